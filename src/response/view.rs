//! A response read without copying: strings borrowed from the input where JSON allows,
//! maps kept as lists of pairs. Reports read millions of responses through this view; the
//! owned [`Response`] is for writing.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{Answer, Mode, Response};

/// A response as read from JSON, borrowing from the input.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseView<'a> {
    pub schema_version: u32,
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub questionnaire: QuestionnaireRefView<'a>,
    #[serde(borrow)]
    pub language: Cow<'a, str>,
    #[serde(borrow)]
    pub submitted: Cow<'a, str>,
    pub mode: Mode,
    #[serde(default, borrow, deserialize_with = "pairs")]
    pub prerequisites: Vec<(Cow<'a, str>, bool)>,
    #[serde(default, borrow, deserialize_with = "pairs")]
    pub profile: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    #[serde(borrow, deserialize_with = "pairs")]
    pub answers: Vec<(Cow<'a, str>, AnswerView<'a>)>,
    #[serde(default, borrow, deserialize_with = "pairs")]
    pub comments: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    #[serde(default, borrow)]
    pub closing_comment: Option<Cow<'a, str>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRefView<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub version: Cow<'a, str>,
    #[serde(borrow)]
    pub hash: Cow<'a, str>,
}

/// One answer, borrowed; the same shapes as [`Answer`].
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerView<'a> {
    Number(f64),
    Text(Cow<'a, str>),
    Choices(Vec<Cow<'a, str>>),
    Rows(Vec<(Cow<'a, str>, Cow<'a, str>)>),
}

impl AnswerView<'_> {
    pub fn is_no_answer(&self) -> bool {
        matches!(self, AnswerView::Text(s) if s == super::NO_ANSWER_CODE)
    }
}

impl<'a> ResponseView<'a> {
    /// The profile answer for `field`.
    pub fn profile(&self, field: &str) -> Option<&str> {
        self.profile
            .iter()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.as_ref())
    }

    /// The answer to `item`.
    pub fn answer(&self, item: &str) -> Option<&AnswerView<'a>> {
        self.answers.iter().find(|(k, _)| k == item).map(|(_, v)| v)
    }
}

impl Response {
    /// This response seen through the borrowed view (for the checks both share).
    pub fn view(&self) -> ResponseView<'_> {
        fn b(s: &str) -> Cow<'_, str> {
            Cow::Borrowed(s)
        }
        ResponseView {
            schema_version: self.schema_version,
            id: b(&self.id),
            questionnaire: QuestionnaireRefView {
                id: b(&self.questionnaire.id),
                version: b(&self.questionnaire.version),
                hash: b(&self.questionnaire.hash),
            },
            language: b(&self.language),
            submitted: Cow::Owned(self.submitted.to_string()),
            mode: self.mode,
            prerequisites: self.prerequisites.iter().map(|(k, v)| (b(k), *v)).collect(),
            profile: self.profile.iter().map(|(k, v)| (b(k), b(v))).collect(),
            answers: self.answers.iter().map(|(k, v)| (b(k), v.view())).collect(),
            comments: self.comments.iter().map(|(k, v)| (b(k), b(v))).collect(),
            closing_comment: self.closing_comment.as_deref().map(b),
        }
    }
}

impl Answer {
    pub fn view(&self) -> AnswerView<'_> {
        match self {
            Answer::Number(x) => AnswerView::Number(*x),
            Answer::Text(s) => AnswerView::Text(Cow::Borrowed(s)),
            Answer::Choices(c) => {
                AnswerView::Choices(c.iter().map(|s| Cow::Borrowed(s.as_str())).collect())
            }
            Answer::Rows(r) => AnswerView::Rows(
                r.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Cow::Borrowed(v.as_str())))
                    .collect(),
            ),
        }
    }
}

/// A response's answers as a relevance rule (`show_if`) reads them.
impl crate::questionnaire::condition::Answers for ResponseView<'_> {
    fn code(&self, item: &str) -> Option<&str> {
        match self.answer(item)? {
            AnswerView::Text(code) if code != super::NO_ANSWER_CODE => Some(code),
            _ => None,
        }
    }

    fn ticked(&self, item: &str, code: &str) -> Option<bool> {
        match self.answer(item)? {
            AnswerView::Choices(codes) => Some(codes.iter().any(|c| c == code)),
            _ => None,
        }
    }

    fn number(&self, item: &str) -> Option<f64> {
        match self.answer(item)? {
            AnswerView::Number(x) => Some(*x),
            _ => None,
        }
    }

    fn profile(&self, field: &str) -> Option<&str> {
        ResponseView::profile(self, field)
    }
}

/// The same for a response being written (the survey's draft, an answers file).
impl crate::questionnaire::condition::Answers for Response {
    fn code(&self, item: &str) -> Option<&str> {
        match self.answers.get(item)? {
            Answer::Text(code) if code != super::NO_ANSWER_CODE => Some(code),
            _ => None,
        }
    }

    fn ticked(&self, item: &str, code: &str) -> Option<bool> {
        match self.answers.get(item)? {
            Answer::Choices(codes) => Some(codes.iter().any(|c| c == code)),
            _ => None,
        }
    }

    fn number(&self, item: &str) -> Option<f64> {
        match self.answers.get(item)? {
            Answer::Number(x) => Some(*x),
            _ => None,
        }
    }

    fn profile(&self, field: &str) -> Option<&str> {
        self.profile.get(field).map(String::as_str)
    }
}

/// A JSON object as a list of pairs, in file order (repeated keys kept, so they can be
/// reported).
fn pairs<'de, D, K, V>(deserializer: D) -> Result<Vec<(K, V)>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de>,
    V: Deserialize<'de>,
{
    struct Pairs<K, V>(PhantomData<(K, V)>);
    impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Pairs<K, V> {
        type Value = Vec<(K, V)>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
            while let Some(pair) = map.next_entry()? {
                out.push(pair);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Pairs(PhantomData))
}

/// What an answer may be, as serde's messages say it (in English: it is put into the
/// parser's English message, and said again in the reader's language by
/// [`super::parse_error`]).
pub(crate) const EXPECTING_ANSWER: &str =
    "an option code, a text, a number, a list of codes or a table of rows";

impl<'de: 'a, 'a> Deserialize<'de> for AnswerView<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<'a>(PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = AnswerView<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(EXPECTING_ANSWER)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(AnswerView::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(AnswerView::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(AnswerView::Number(v as f64))
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(AnswerView::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(AnswerView::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(AnswerView::Text(Cow::Owned(v)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut codes = Vec::new();
                while let Some(code) = seq.next_element::<Cow<'de, str>>()? {
                    codes.push(code);
                }
                Ok(AnswerView::Choices(codes))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut rows = Vec::new();
                while let Some((k, v)) = map.next_entry::<Cow<'de, str>, Cow<'de, str>>()? {
                    rows.push((k, v));
                }
                Ok(AnswerView::Rows(rows))
            }
        }
        deserializer.deserialize_any(V(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_what_it_can_and_reads_every_shape() {
        let json = r#"{"schema_version":1,"id":"x","questionnaire":{"id":"q","version":"1","hash":"h"},
            "language":"en","submitted":"2026-01-02","mode":"individual","profile":{"sector":"a"},
            "answers":{"q1":"A","q2":3,"q3":["a","b"],"q4":{"r":"no-answer"},"q5":"caf\u00e9"}}"#;
        let v: ResponseView<'_> = serde_json::from_str(json).unwrap();
        assert!(matches!(v.id, Cow::Borrowed("x")));
        assert_eq!(v.profile("sector"), Some("a"));
        assert_eq!(v.answer("q1"), Some(&AnswerView::Text(Cow::Borrowed("A"))));
        assert_eq!(v.answer("q2"), Some(&AnswerView::Number(3.0)));
        assert!(matches!(v.answer("q3"), Some(AnswerView::Choices(c)) if c.len() == 2));
        assert!(matches!(v.answer("q4"), Some(AnswerView::Rows(r)) if r[0].1 == "no-answer"));
        assert_eq!(
            v.answer("q5"),
            Some(&AnswerView::Text(Cow::Owned("café".into())))
        );
        let bad = json.replace("\"mode\"", "\"name\":\"Alice\",\"mode\"");
        assert!(
            serde_json::from_str::<ResponseView<'_>>(&bad)
                .unwrap_err()
                .to_string()
                .contains("unknown field `name`")
        );
    }
}

/// Reads a response written in the exact compact layout partnereval itself writes in
/// bundles (`serde_json::to_string` of a [`Response`]), without the general JSON machinery.
/// Anything else (whitespace, escapes, another key order, numbers or lists as answers)
/// gives `None`, and the caller reads the line with serde instead; what this accepts, serde
/// would read the same way, so the checks that follow are the same.
pub fn parse_compact(line: &str) -> Option<ResponseView<'_>> {
    // Escapes and raw control characters (which JSON forbids) go to serde.
    // (A fold without early exit, so that it runs on whole vectors of bytes.)
    if line
        .as_bytes()
        .iter()
        .fold(false, |found, &b| found | (b < 0x20) | (b == b'\\'))
    {
        return None;
    }
    let mut c = Cursor { s: line, at: 0 };
    c.lit("{\"schema_version\":")?;
    let schema_version = c.uint()?;
    c.lit(",\"id\":")?;
    let id = c.string()?;
    c.lit(",\"questionnaire\":{\"id\":")?;
    let qid = c.string()?;
    c.lit(",\"version\":")?;
    let version = c.string()?;
    c.lit(",\"hash\":")?;
    let hash = c.string()?;
    c.lit("},\"language\":")?;
    let language = c.string()?;
    c.lit(",\"submitted\":")?;
    let submitted = c.string()?;
    c.lit(",\"mode\":")?;
    let mode = match c.string()? {
        "individual" => Mode::Individual,
        "collective" => Mode::Collective,
        _ => return None,
    };
    let mut prerequisites = Vec::new();
    if c.lit(",\"prerequisites\":{").is_some() {
        c.map(|c| {
            let key = c.string()?;
            c.lit(":")?;
            let value = if c.lit("true").is_some() {
                true
            } else {
                c.lit("false")?;
                false
            };
            prerequisites.push((Cow::Borrowed(key), value));
            Some(())
        })?;
    }
    c.lit(",\"profile\":{")?;
    let mut profile = Vec::new();
    c.map(|c| {
        let key = c.string()?;
        c.lit(":")?;
        profile.push((Cow::Borrowed(key), Cow::Borrowed(c.string()?)));
        Some(())
    })?;
    c.lit(",\"answers\":{")?;
    let mut answers = Vec::with_capacity(24);
    c.map(|c| {
        let key = c.string()?;
        c.lit(":")?;
        answers.push((
            Cow::Borrowed(key),
            AnswerView::Text(Cow::Borrowed(c.string()?)),
        ));
        Some(())
    })?;
    let mut comments = Vec::new();
    if c.lit(",\"comments\":{").is_some() {
        c.map(|c| {
            let key = c.string()?;
            c.lit(":")?;
            comments.push((Cow::Borrowed(key), Cow::Borrowed(c.string()?)));
            Some(())
        })?;
    }
    let closing_comment = if c.lit(",\"closing_comment\":").is_some() {
        Some(Cow::Borrowed(c.string()?))
    } else {
        None
    };
    c.lit("}")?;
    (c.at == line.len()).then_some(ResponseView {
        schema_version,
        id: Cow::Borrowed(id),
        questionnaire: QuestionnaireRefView {
            id: Cow::Borrowed(qid),
            version: Cow::Borrowed(version),
            hash: Cow::Borrowed(hash),
        },
        language: Cow::Borrowed(language),
        submitted: Cow::Borrowed(submitted),
        mode,
        prerequisites,
        profile,
        answers,
        comments,
        closing_comment,
    })
}

struct Cursor<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn lit(&mut self, text: &str) -> Option<()> {
        self.s.as_bytes()[self.at..]
            .starts_with(text.as_bytes())
            .then(|| self.at += text.len())
    }

    /// A string without escapes or control characters (the caller made sure there are
    /// none).
    fn string(&mut self) -> Option<&'a str> {
        self.lit("\"")?;
        let rest = &self.s.as_bytes()[self.at..];
        let len = rest.iter().position(|&b| b == b'"')?;
        let text = &self.s[self.at..self.at + len];
        self.at += len + 1;
        Some(text)
    }

    fn uint(&mut self) -> Option<u32> {
        let rest = &self.s.as_bytes()[self.at..];
        let len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 || len > 9 || (len > 1 && rest[0] == b'0') {
            return None;
        }
        let value = self.s[self.at..self.at + len].parse().ok()?;
        self.at += len;
        Some(value)
    }

    /// The entries of an object whose `{` was read, up to its `}`.
    fn map(&mut self, mut entry: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        if self.lit("}").is_some() {
            return Some(());
        }
        loop {
            entry(self)?;
            if self.lit("}").is_some() {
                return Some(());
            }
            self.lit(",")?;
        }
    }
}

#[cfg(test)]
mod compact_tests {
    use super::*;
    use crate::response::{Answer, QuestionnaireRef};

    /// Whatever the compact reader accepts, serde reads the same way.
    #[test]
    fn the_compact_reader_agrees_with_serde() {
        let mut r = Response {
            schema_version: 1,
            id: "abc".into(),
            questionnaire: QuestionnaireRef {
                id: "q".into(),
                version: "1".into(),
                hash: "sha256:x".into(),
            },
            language: "fr".into(),
            submitted: jiff::civil::date(2026, 1, 2),
            mode: Mode::Collective,
            prerequisites: [("p".to_owned(), false)].into_iter().collect(),
            profile: [("sector".to_owned(), "é".to_owned())]
                .into_iter()
                .collect(),
            answers: [
                ("q01".to_owned(), Answer::Text("A".into())),
                ("q02".to_owned(), Answer::Text("no-answer".into())),
            ]
            .into_iter()
            .collect(),
            comments: [("q01".to_owned(), "Très bien".to_owned())]
                .into_iter()
                .collect(),
            closing_comment: Some("fin".into()),
        };
        let line = serde_json::to_string(&r).unwrap();
        let fast = parse_compact(&line).expect("the compact layout");
        let slow: ResponseView<'_> = serde_json::from_str(&line).unwrap();
        assert_eq!(fast, slow);
        r.prerequisites.clear();
        r.comments.clear();
        r.closing_comment = None;
        r.profile.clear();
        let line = serde_json::to_string(&r).unwrap();
        assert_eq!(
            parse_compact(&line).unwrap(),
            serde_json::from_str::<ResponseView<'_>>(&line).unwrap()
        );
        // anything unusual goes to serde
        for other in [
            line.replace("\"q01\":\"A\"", "\"q01\":3"),
            line.replace(':', ": "),
            line.replace("\"A\"", "\"\\u0041\""),
            format!("{} ", line),
            line.replace("\"mode\":\"collective\"", "\"mode\":\"group\""),
            line.replacen("{\"schema_version\":1", "{\"schema_version\":01", 1),
        ] {
            assert!(parse_compact(&other).is_none(), "{other}");
        }
    }
}
