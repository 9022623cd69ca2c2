//! The fast path for the line a bundle holds a million times: an individual response in
//! partnereval's own compact layout, to the evaluation's questionnaire, answering single-choice
//! items only, without comments. It is read and checked in one pass over the bytes, with no
//! allocation, straight into a [`Found`].
//!
//! It accepts a line only when it is sure that the general path ([`parse_compact`] or
//! serde, then [`Checker::check`]) would accept it and find the same answers; anything else
//! (another layout, an escape, a comment, a collective response, an unknown key, a problem)
//! returns `None`, and the caller takes the general path, which also words the problems. A
//! test feeds both paths the same lines, valid and broken, and compares what they count.
//!
//! [`parse_compact`]: super::view::parse_compact

use super::RESPONSE_SCHEMA_VERSION;
use super::check::{Checker, Found, Key, is_day};
use crate::questionnaire::Definition;
use crate::questionnaire::format::ItemKind;

/// What the fast path needs to know of a questionnaire, prepared once.
#[derive(Debug)]
pub struct FastReader<'d> {
    def: &'d Definition,
    /// `{"schema_version":1,"id":"`
    head: Vec<u8>,
    /// `","questionnaire":{"id":"ID","version":"V","hash":"H"},"language":"`
    questionnaire: Vec<u8>,
    /// Bit k set: item k is required. (Questionnaires of more than 128 items take the
    /// general path.)
    required: u128,
    /// Per item: it is a single-choice item.
    single: Vec<bool>,
    /// Key of `no-answer`.
    no_answer: Key,
}

/// The bytes of a JSON string starting at `at` (after its opening quote), and where its
/// closing quote is; the line was checked to hold no escape.
#[inline]
fn string(line: &[u8], at: usize) -> Option<(&[u8], usize)> {
    // Short strings: a plain loop beats a call to memchr.
    let len = line.get(at..)?.iter().position(|&b| b == b'"')?;
    Some((&line[at..at + len], at + len))
}

#[inline]
fn lit(line: &[u8], at: &mut usize, text: &[u8]) -> Option<()> {
    line.get(*at..)?
        .starts_with(text)
        .then(|| *at += text.len())
}

/// A packed key of raw bytes: it equals the key of a string only when the bytes are that
/// string's, so bytes that are not UTF-8 never match.
#[inline]
fn key(bytes: &[u8]) -> Key {
    Key::of_bytes(bytes)
}

impl<'d> FastReader<'d> {
    pub fn new(def: &'d Definition) -> Self {
        let json = |s: &str| serde_json::to_string(s).expect("strings serialise");
        let questionnaire = format!(
            "\",\"questionnaire\":{{\"id\":{},\"version\":{},\"hash\":{}}},\"language\":\"",
            json(&def.id),
            json(&def.version),
            json(&def.hash)
        );
        let mut required = 0u128;
        for (k, item) in def.items.iter().enumerate().take(128) {
            if item.required {
                required |= 1 << k;
            }
        }
        FastReader {
            def,
            head: format!("{{\"schema_version\":{RESPONSE_SCHEMA_VERSION},\"id\":\"").into_bytes(),
            questionnaire: questionnaire.into_bytes(),
            required,
            single: def
                .items
                .iter()
                .map(|i| i.kind == ItemKind::Single)
                .collect(),
            no_answer: Key::of(super::NO_ANSWER_CODE),
        }
    }

    /// Reads and checks `line`; on success `found` holds where its answers go (as
    /// [`Checker::check`] would fill it) and the response's id is returned.
    pub fn read<'l>(
        &self,
        checker: &Checker<'_>,
        line: &'l [u8],
        found: &mut Found,
    ) -> Option<&'l str> {
        let def = self.def;
        if def.items.len() > 128
            || line
                .iter()
                .fold(false, |bad, &b| bad | (b < 0x20) | (b == b'\\'))
        {
            return None;
        }
        found.answers.clear();
        found.profile.clear();
        found.profile.resize(def.profile.len(), Found::OTHER);
        let mut at = 0;
        lit(line, &mut at, &self.head)?;
        let (id, end) = string(line, at)?;
        let id = std::str::from_utf8(id).ok()?;
        at = end;
        lit(line, &mut at, &self.questionnaire)?;
        let (language, end) = string(line, at)?;
        if !def.languages.iter().any(|l| l.as_bytes() == language) {
            return None;
        }
        at = end;
        lit(line, &mut at, b"\",\"submitted\":\"")?;
        let (day, end) = string(line, at)?;
        if !is_day(std::str::from_utf8(day).ok()?) {
            return None;
        }
        at = end;
        lit(line, &mut at, b"\",\"mode\":\"individual\"")?;
        if lit(line, &mut at, b",\"prerequisites\":{").is_some() {
            let mut seen = 0u128;
            self.entries(line, &mut at, |key, at| {
                let k = def
                    .prerequisites
                    .iter()
                    .position(|p| p.id.as_bytes() == key)
                    .filter(|&k| k < 128)?;
                if seen & (1 << k) != 0 {
                    return None;
                }
                seen |= 1 << k;
                if lit(line, at, b"true").is_none() {
                    lit(line, at, b"false")?;
                }
                Some(())
            })?;
        }
        lit(line, &mut at, b",\"profile\":{")?;
        self.entries(line, &mut at, |field, at| {
            let field_key = key(field);
            let f = (0..def.profile.len()).find(|&f| {
                checker
                    .profile_key(f)
                    .matches_bytes(field_key, field, &def.profile[f].id)
            })?;
            if found.profile[f] != Found::OTHER {
                return None;
            }
            lit(line, at, b"\"")?;
            let (code, end) = string(line, *at)?;
            *at = end + 1;
            let code_key = key(code);
            let choices = &def.profile[f].choices;
            let k = (0..choices.len()).find(|&k| {
                checker
                    .choice_key(f, k)
                    .matches_bytes(code_key, code, &choices[k].code)
            })?;
            found.profile[f] = k as u32;
            Some(())
        })?;
        lit(line, &mut at, b",\"answers\":{")?;
        let mut answered = 0u128;
        let mut hint = 0;
        self.entries(line, &mut at, |item, at| {
            let i = checker.item_index_bytes(item, hint)?;
            hint = i + 1;
            if !self.single[i] || answered & (1 << i) != 0 {
                return None;
            }
            answered |= 1 << i;
            lit(line, at, b"\"")?;
            let (code, end) = string(line, *at)?;
            *at = end + 1;
            let code_key = key(code);
            let option = &def.items[i];
            let k = if code_key == self.no_answer && option.no_answer {
                Found::NO_ANSWER
            } else {
                (0..option.options.len()).find(|&k| {
                    checker
                        .option_key(i, k)
                        .matches_bytes(code_key, code, &option.options[k].code)
                })? as u32
            };
            found.answers.push((i, k));
            Some(())
        })?;
        // Comments and a closing comment take the general path; so does anything after.
        lit(line, &mut at, b"}")?;
        if at != line.len() || answered & self.required != self.required {
            return None;
        }
        Some(id)
    }

    /// The `"key":VALUE` entries of an object whose `{` was read, up to its `}`; `value` reads
    /// the value after the colon.
    fn entries(
        &self,
        line: &[u8],
        at: &mut usize,
        mut value: impl FnMut(&[u8], &mut usize) -> Option<()>,
    ) -> Option<()> {
        if lit(line, at, b"}").is_some() {
            return Some(());
        }
        loop {
            lit(line, at, b"\"")?;
            let (key, end) = string(line, *at)?;
            *at = end + 1;
            lit(line, at, b":")?;
            value(key, at)?;
            if lit(line, at, b"}").is_some() {
                return Some(());
            }
            lit(line, at, b",")?;
        }
    }
}
