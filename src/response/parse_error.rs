//! What the JSON and TOML parsers say is wrong with a file, in the reader's language.
//!
//! The parsers word their errors in English. The usual ones are recognised here and said
//! again through the catalogue (`json_*`, `parse_*` in `locales/<lang>/responses.ftl`), with
//! the names, values and places they hold kept as they are; anything else is passed on as
//! the parser wrote it.

use crate::i18n::ResponseMessages;

/// What `serde_json` found wrong, with its line and column when it has them.
pub fn json(e: &serde_json::Error) -> String {
    let problem = json_problem(e);
    if e.line() > 0 {
        crate::i18n::current()
            .responses
            .json_at(&problem, e.line(), e.column())
    } else {
        problem
    }
}

/// What `serde_json` found wrong, without its line and column (for a message that gives
/// them as `FILE:LINE:COL`).
pub fn json_problem(e: &serde_json::Error) -> String {
    let m = &crate::i18n::current().responses;
    let text = e.to_string();
    // serde_json writes "MESSAGE at line L column C", or only the message when line is 0.
    let message = if e.line() > 0 {
        text.strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
    } else {
        None
    };
    let Some(message) = message else {
        return serde_message(&text);
    };
    match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            syntax(m, message).map_or_else(|| message.to_owned(), str::to_owned)
        }
        serde_json::error::Category::Data => serde_message(message),
        serde_json::error::Category::Io => message.to_owned(),
    }
}

/// The catalogue's words for one of serde_json's syntax errors.
fn syntax(m: &ResponseMessages, message: &str) -> Option<&'static str> {
    Some(match message {
        "EOF while parsing a list" => m.json_eof_list,
        "EOF while parsing an object" => m.json_eof_object,
        "EOF while parsing a string" => m.json_eof_string,
        "EOF while parsing a value" => m.json_eof_value,
        "expected `:`" => m.json_expected_colon,
        "expected `,` or `]`" => m.json_expected_comma_or_bracket,
        "expected `,` or `}`" => m.json_expected_comma_or_brace,
        "expected ident" => m.json_expected_ident,
        "expected value" => m.json_expected_value,
        "expected `\"`" => m.json_expected_quote,
        "invalid escape" => m.json_invalid_escape,
        "invalid number" => m.json_invalid_number,
        "number out of range" => m.json_number_out_of_range,
        "invalid unicode code point" => m.json_invalid_unicode,
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            m.json_control_character
        }
        "key must be a string" => m.json_key_not_string,
        "lone leading surrogate in hex escape" => m.json_lone_surrogate,
        "trailing comma" => m.json_trailing_comma,
        "trailing characters" => m.json_trailing_characters,
        "unexpected end of hex escape" => m.json_end_of_hex_escape,
        "recursion limit exceeded" => m.json_recursion_limit,
        _ => return None,
    })
}

/// What serde says does not fit the format (the same words from the JSON and the TOML
/// parser, without a place): an unknown, missing or repeated field, a value of the wrong
/// type, no kind of answer.
pub fn serde_message(message: &str) -> String {
    let m = &crate::i18n::current().responses;
    let said = (|| {
        const UNTAGGED: &str = "data did not match any variant of untagged enum Answer";
        if message.contains(UNTAGGED) {
            return Some(
                message.replace(UNTAGGED, &m.answers_not_an_answer(super::NO_ANSWER_CODE)),
            );
        }
        if let Some(rest) = message.strip_prefix("unknown field `") {
            let (field, expected) = name_and_expected(rest)?;
            return Some(m.parse_unknown_field(field, &expected));
        }
        if let Some(rest) = message.strip_prefix("unknown variant `") {
            let (value, expected) = name_and_expected(rest)?;
            return Some(m.parse_unknown_variant(value, &expected));
        }
        if let Some(field) = quoted(message, "missing field `") {
            return Some(m.parse_missing_field(field));
        }
        if let Some(field) = quoted(message, "duplicate field `") {
            return Some(m.parse_duplicate_field(field));
        }
        if let Some(rest) = message.strip_prefix("invalid type: ") {
            let (found, expected) = rest.rsplit_once(", expected ")?;
            return Some(m.parse_invalid_type(&what_found(m, found), &what_expected(m, expected)));
        }
        if let Some(rest) = message.strip_prefix("invalid value: ") {
            let (found, expected) = rest.rsplit_once(", expected ")?;
            return Some(m.parse_invalid_value(&what_found(m, found), &what_expected(m, expected)));
        }
        None
    })();
    said.unwrap_or_else(|| message.to_owned())
}

/// `NAME` of "NAME`, expected one of `a`, `b`" (or "expected `a` or `b`", "expected `a`"),
/// and the names expected as a list: "`a`, `b`". `None` when nothing is expected.
fn name_and_expected(rest: &str) -> Option<(&str, String)> {
    let (name, tail) = rest.rsplit_once("`, expected ")?;
    let names: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
    if names.is_empty() {
        return None;
    }
    let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    Some((name, list.join(", ")))
}

/// `X` of "PREFIX`X`".
fn quoted<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message.strip_prefix(prefix)?.strip_suffix('`')
}

/// What serde says it found ("integer `3`", "string \"x\"", "map").
fn what_found(m: &ResponseMessages, found: &str) -> String {
    let value = |prefix: &str| quoted(found, prefix);
    if let Some(v) = value("boolean `") {
        m.parse_found_boolean(v)
    } else if let Some(v) = value("integer `") {
        m.parse_found_integer(v)
    } else if let Some(v) = value("floating point `") {
        m.parse_found_float(v)
    } else if let Some(v) = found.strip_prefix("string ").filter(|v| v.starts_with('"')) {
        m.parse_found_string(v)
    } else {
        match found {
            "null" | "unit value" => m.parse_found_null.to_owned(),
            "sequence" => m.parse_found_sequence.to_owned(),
            "map" => m.parse_found_map.to_owned(),
            other => other.to_owned(),
        }
    }
}

/// What serde says it expected ("a string", "u32", "struct Response").
fn what_expected(m: &ResponseMessages, expected: &str) -> String {
    match expected {
        "a string" | "a borrowed string" | "string" => m.parse_expected_string,
        "a boolean" => m.parse_expected_boolean,
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => m.parse_expected_unsigned,
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => m.parse_expected_integer,
        "f32" | "f64" => m.parse_expected_number,
        "a map" => m.parse_expected_map,
        "an object" => m.parse_expected_object,
        "a sequence" => m.parse_expected_sequence,
        super::view::EXPECTING_ANSWER => m.parse_expected_answer,
        other if other.starts_with("struct ") => m.parse_expected_object,
        other => return other.to_owned(),
    }
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_error(text: &str) -> String {
        json(&serde_json::from_str::<super::super::Response>(text).unwrap_err())
    }

    #[test]
    fn english_says_what_serde_says() {
        for text in [
            "{\"schema_version\":1,",
            "{\"x\":1}",
            "{\"id\":null}",
            "[1",
            "{} x",
        ] {
            let e = serde_json::from_str::<super::super::Response>(text).unwrap_err();
            assert_eq!(json(&e), e.to_string(), "{text}");
        }
        assert_eq!(
            json_error("{\"schema_version\":1,\"id\":true}"),
            "invalid type: boolean `true`, expected a string at line 1 column 29"
        );
    }

    #[test]
    fn what_is_not_recognised_is_passed_on() {
        assert_eq!(serde_message("something else"), "something else");
        assert_eq!(
            serde_message("unknown field `x`, there are no fields"),
            "unknown field `x`, there are no fields"
        );
    }
}
