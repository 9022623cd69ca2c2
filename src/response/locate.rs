//! Where a key of an answers file is in its text, so that a problem with an answer is said
//! as `FILE:LINE:COL` at the line of its key.

use toml::de::{DeTable, DeValue};

/// Byte offset of the key `key` (`["answers", "q03"]`) in `text`, an answers file in JSON
/// or TOML that parsed: of the deepest part of it that is in the file (a required answer
/// that is missing is reported at its table), 0 when none is.
pub fn key_offset(text: &str, json: bool, key: &[String]) -> usize {
    if json {
        json_key_offset(text.as_bytes(), key)
    } else {
        toml_key_offset(text, key)
    }
}

fn toml_key_offset(text: &str, key: &[String]) -> usize {
    let Ok(root) = DeTable::parse(text) else {
        return 0;
    };
    let mut table: &DeTable<'_> = root.get_ref();
    let mut offset = 0;
    for segment in key {
        let Some((k, v)) = table.get_key_value(segment.as_str()) else {
            break;
        };
        offset = k.span().start;
        match v.get_ref() {
            DeValue::Table(t) => table = t,
            _ => break,
        }
    }
    offset
}

/// The JSON counterpart of [`toml_key_offset`]: a scan of the text (which serde_json
/// accepted) that follows the path from object to object.
fn json_key_offset(b: &[u8], key: &[String]) -> usize {
    let mut offset = 0;
    let mut i = skip_space(b, 0);
    for segment in key {
        // At the start of an object: look through its members for `segment`.
        if b.get(i) != Some(&b'{') {
            break;
        }
        i = skip_space(b, i + 1);
        let mut found = false;
        while b.get(i) == Some(&b'"') {
            let start = i;
            let end = string_end(b, i);
            let name = &b[start..end];
            i = skip_space(b, end);
            // The `:`, then the value.
            i = skip_space(b, i + 1);
            if key_is(name, segment) {
                offset = start;
                found = true;
                break;
            }
            i = skip_space(b, value_end(b, i));
            if b.get(i) == Some(&b',') {
                i = skip_space(b, i + 1);
            }
        }
        if !found {
            break;
        }
    }
    offset
}

fn skip_space(b: &[u8], mut i: usize) -> usize {
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

/// The offset after the string that starts (with its `"`) at `i`.
fn string_end(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The offset after the value that starts at `i`.
fn value_end(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i = string_end(b, i);
                if depth == 0 {
                    return i;
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => return i,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            b',' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Whether the JSON string `quoted` (with its quotes) says `key`.
fn key_is(quoted: &[u8], key: &str) -> bool {
    let inner = &quoted[1..quoted.len().saturating_sub(1).max(1)];
    if !inner.contains(&b'\\') {
        return inner == key.as_bytes();
    }
    serde_json::from_slice::<String>(quoted).is_ok_and(|s| s == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|p| (*p).to_owned()).collect()
    }

    #[test]
    fn json_keys_are_found_past_other_values() {
        let text = r#"{ "mode": "individual", "profile": {"sector": "x"},
  "comments": {"q01": "a \"}\" b", "q02": [1, {"x": "}"}]},
  "answers": {
    "q01": "A",
    "q\u0039": ["B", "C"],
    "q03": {"r1": "A"}
  }
}"#;
        let at = |parts: &[&str]| key_offset(text, true, &key(parts));
        assert!(text[at(&["answers", "q01"])..].starts_with(r#""q01": "A""#));
        assert!(text[at(&["answers", "q9"])..].starts_with(r#""q\u0039""#));
        assert!(text[at(&["answers", "q03"])..].starts_with(r#""q03": {"#));
        assert!(text[at(&["profile", "sector"])..].starts_with(r#""sector""#));
        // A missing answer: at its table.
        assert!(text[at(&["answers", "q04"])..].starts_with(r#""answers""#));
        assert_eq!(at(&["closing_comment"]), 0);
    }

    #[test]
    fn toml_keys_are_found_in_tables_inline_tables_and_dotted_keys() {
        let text = "mode = \"individual\"\nprofile.sector = \"x\"\n\n[answers]\nq01 = \"A\"\nq02 = { r1 = \"B\" }\n";
        let at = |parts: &[&str]| key_offset(text, false, &key(parts));
        assert!(text[at(&["answers", "q01"])..].starts_with("q01 = "));
        assert!(text[at(&["answers", "q02"])..].starts_with("q02 = "));
        assert!(text[at(&["profile", "sector"])..].starts_with("sector = "));
        assert!(text[at(&["answers", "q04"])..].starts_with("answers]"));
        assert_eq!(at(&["language"]), 0);
    }
}
