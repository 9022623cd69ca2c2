//! Paths into a questionnaire (`items[3].options[1].code`) and where they are in the TOML.

use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// One step of a path: a table key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Where a value is in the questionnaire's tree, independent of the text layout.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(Vec<Segment>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }

    /// This path followed by table key `key`.
    pub fn key(&self, key: &str) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Key(key.to_owned()));
        p
    }

    /// This path followed by array index `index`.
    pub fn index(&self, index: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Index(index));
        p
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if i == 0 => write!(f, "{k}")?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// The byte range of the value at `path`, or of the deepest part of it that exists (a
/// missing key is reported where its table is).
pub fn span_of(root: &Spanned<DeTable<'_>>, path: &Path) -> Range<usize> {
    let mut span = root.span();
    // The whole document's span starts at 0; a problem with the document as a whole is
    // reported on its first line.
    if path.0.is_empty() {
        return 0..0;
    }
    let mut value: Option<&DeValue<'_>> = None;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    for seg in &path.0 {
        let next = match (seg, table, value) {
            (Segment::Key(k), Some(t), _) => t.get(k.as_str()),
            (Segment::Index(i), _, Some(DeValue::Array(a))) => a.get(*i),
            _ => None,
        };
        let Some(next) = next else { break };
        span = next.span();
        value = Some(next.get_ref());
        table = match next.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        };
    }
    span
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_falls_back_to_the_parent() {
        let src = "id = \"x\"\n[[items]]\nid = \"a\"\n[[items]]\nid = \"b\"\noptions = [{ code = \"A\" }]\n";
        let root = DeTable::parse(src).unwrap();
        let at = |p: &Path| &src[span_of(&root, p)];
        assert_eq!(at(&Path::root().key("id")), "\"x\"");
        assert_eq!(at(&Path::root().key("items").index(1).key("id")), "\"b\"");
        let code = Path::root()
            .key("items")
            .index(1)
            .key("options")
            .index(0)
            .key("code");
        assert_eq!(at(&code), "\"A\"");
        assert_eq!(code.to_string(), "items[1].options[0].code");
        // a key that does not exist: reported at its parent
        let missing = span_of(&root, &Path::root().key("items").index(0).key("text"));
        assert!(
            src[missing.start..].starts_with("[[items]]") || src[missing].contains("id = \"a\"")
        );
    }
}
