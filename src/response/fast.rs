//! The fast path for the line a bundle holds a million times: an individual response in
//! partnereval's own compact layout, to the evaluation's questionnaire, answering single-choice
//! items only, without comments. It is read and checked in one pass over the bytes, with no
//! allocation, straight into a [`Found`].
//!
//! A questionnaire with relevance rules (`show_if`) takes the general path for every line:
//! which answers a line may and must hold depends on its other answers there.
//!
//! It accepts a line only when it is sure that the general path ([`parse_compact`] or
//! serde, then [`Checker::check`]) would accept it and find the same answers; anything else
//! (another layout, an escape, a comment, a collective response, an unknown key, a problem)
//! returns `None`, and the caller takes the general path, which also words the problems. A
//! test feeds both paths the same lines, valid and broken, and compares what they count.
//!
//! [`parse_compact`]: super::view::parse_compact

use super::RESPONSE_SCHEMA_VERSION;
use super::check::{Checker, Found, day_problem};
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
    /// Whether some item has a `show_if` (every line then takes the general path).
    conditional: bool,
    /// The strings a line is expected to hold, ready to be recognised in place.
    languages: OneOf,
    prerequisites: OneOf,
    fields: OneOf,
    choices: Vec<OneOf>,
    items: Vec<Quoted>,
    options: Vec<OneOf>,
    no_answer: Quoted,
}

/// The bytes of a JSON string starting at `at` (after its opening quote), and where its
/// closing quote is; the line was checked to hold no escape.
#[inline]
fn string(line: &[u8], at: usize) -> Option<(&[u8], usize)> {
    let len = memchr::memchr(b'"', line.get(at..)?)?;
    Some((&line[at..at + len], at + len))
}

#[inline]
fn lit(line: &[u8], at: &mut usize, text: &[u8]) -> Option<()> {
    line.get(*at..)?
        .starts_with(text)
        .then(|| *at += text.len())
}

/// One expected byte (cheaper than [`lit`] for `"`, `:`, `,` and `}`).
#[inline(always)]
fn byte(line: &[u8], at: &mut usize, b: u8) -> Option<()> {
    (line.get(*at) == Some(&b)).then(|| *at += 1)
}

/// A short string followed by its closing quote, packed to be recognised in the line with
/// one load and one comparison (the line holds no escape, so a string ends at its first
/// quote: matching the text and the quote is matching the whole string).
#[derive(Debug, Clone)]
struct Quoted {
    text: Vec<u8>,
    /// The text and the quote as little-endian bytes, when they fit in 16 bytes.
    packed: Option<(u128, u128)>,
}

impl Quoted {
    fn new(text: &str) -> Self {
        let mut bytes = text.as_bytes().to_vec();
        bytes.push(b'"');
        let packed = (bytes.len() <= 16).then(|| {
            let mut value = [0u8; 16];
            let mut mask = [0u8; 16];
            value[..bytes.len()].copy_from_slice(&bytes);
            mask[..bytes.len()].fill(0xff);
            (u128::from_le_bytes(value), u128::from_le_bytes(mask))
        });
        bytes.pop();
        Quoted {
            text: bytes,
            packed,
        }
    }

    /// Whether the string at `at` (after its opening quote) is this one; if so, moves `at`
    /// past its closing quote.
    #[inline(always)]
    fn take(&self, line: &[u8], at: &mut usize) -> bool {
        let here = match (self.packed, line.get(*at..*at + 16)) {
            (Some((value, mask)), Some(window)) => {
                let window = u128::from_le_bytes(window.try_into().expect("16 bytes"));
                window & mask == value
            }
            _ => {
                let n = self.text.len();
                line.get(*at..*at + n) == Some(&self.text[..]) && line.get(*at + n) == Some(&b'"')
            }
        };
        if here {
            *at += self.text.len() + 1;
        }
        here
    }
}

/// Strings one of which is expected at some place in a line (the options of an item, the
/// languages…); at most one can be there, since each is matched with its closing quote.
#[derive(Debug, Clone)]
struct OneOf {
    all: Vec<Quoted>,
    /// (value, mask, length) of each, when all of them fit in 16 bytes.
    packed: Option<Vec<(u128, u128, usize)>>,
}

impl OneOf {
    fn new<'s>(texts: impl Iterator<Item = &'s str>) -> Self {
        let all: Vec<Quoted> = texts.map(Quoted::new).collect();
        let packed = all
            .iter()
            .map(|q| q.packed.map(|(v, m)| (v, m, q.text.len() + 1)))
            .collect();
        OneOf { all, packed }
    }

    /// The index of the string at `at` (after its opening quote), moving `at` past its
    /// closing quote; one load for the usual short strings.
    #[inline(always)]
    fn take(&self, line: &[u8], at: &mut usize) -> Option<usize> {
        if let (Some(packed), Some(window)) = (&self.packed, line.get(*at..*at + 16)) {
            let window = u128::from_le_bytes(window.try_into().expect("16 bytes"));
            let k = packed.iter().position(|(v, m, _)| window & m == *v)?;
            *at += packed[k].2;
            return Some(k);
        }
        self.all.iter().position(|q| q.take(line, at))
    }
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
            conditional: def.has_conditions(),
            single: def
                .items
                .iter()
                .map(|i| i.kind == ItemKind::Single)
                .collect(),
            languages: OneOf::new(def.languages.iter().map(String::as_str)),
            prerequisites: OneOf::new(def.prerequisites.iter().map(|p| p.id.as_str())),
            fields: OneOf::new(def.profile.iter().map(|f| f.id.as_str())),
            choices: def
                .profile
                .iter()
                .map(|f| OneOf::new(f.choices.iter().map(|c| c.code.as_str())))
                .collect(),
            items: def.items.iter().map(|i| Quoted::new(&i.id)).collect(),
            options: def
                .items
                .iter()
                .map(|i| OneOf::new(i.options.iter().map(|o| o.code.as_str())))
                .collect(),
            no_answer: Quoted::new(super::NO_ANSWER_CODE),
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
        if self.conditional
            || def.items.len() > 128
            || def.prerequisites.len() > 128
            || line
                .iter()
                .fold(false, |bad, &b| bad | (b < 0x20) | (b == b'\\'))
        {
            return None;
        }
        found.answers.clear();
        found.profile.clear();
        found.profile.resize(def.profile.len(), Found::OTHER);
        found.prerequisites.clear();
        found.prerequisites.resize(def.prerequisites.len(), None);
        let mut at = 0;
        lit(line, &mut at, &self.head)?;
        let (id, end) = string(line, at)?;
        let id = std::str::from_utf8(id).ok()?;
        if !crate::questionnaire::validate::is_identifier(id) {
            return None;
        }
        at = end;
        lit(line, &mut at, &self.questionnaire)?;
        self.languages.take(line, &mut at)?;
        lit(line, &mut at, b",\"submitted\":\"")?;
        let day = line.get(at..at + 10)?;
        if day_problem(std::str::from_utf8(day).ok()?).is_some() {
            return None;
        }
        at += 10;
        lit(line, &mut at, b"\",\"mode\":\"individual\"")?;
        if lit(line, &mut at, b",\"prerequisites\":{").is_some() {
            let mut seen = 0u128;
            entries(line, &mut at, |at| {
                let k = self.prerequisites.take(line, at)?;
                if seen & (1 << k) != 0 {
                    return None;
                }
                seen |= 1 << k;
                byte(line, at, b':')?;
                let yes = if lit(line, at, b"true").is_some() {
                    true
                } else {
                    lit(line, at, b"false")?;
                    false
                };
                found.prerequisites[k] = Some(yes);
                Some(())
            })?;
        }
        lit(line, &mut at, b",\"profile\":{")?;
        entries(line, &mut at, |at| {
            let f = self.fields.take(line, at)?;
            if found.profile[f] != Found::OTHER {
                return None;
            }
            byte(line, at, b':')?;
            byte(line, at, b'"')?;
            found.profile[f] = self.choices[f].take(line, at)? as u32;
            Some(())
        })?;
        lit(line, &mut at, b",\"answers\":{")?;
        let mut answered = 0u128;
        // Answers usually come in item order: the next item is tried first.
        let mut hint = 0;
        entries(line, &mut at, |at| {
            let i = match self.items.get(hint) {
                Some(item) if item.take(line, at) => hint,
                _ => {
                    let (id, end) = string(line, *at)?;
                    *at = end + 1;
                    checker.item_index_bytes(id, hint)?
                }
            };
            hint = i + 1;
            if !self.single[i] || answered & (1 << i) != 0 {
                return None;
            }
            answered |= 1 << i;
            byte(line, at, b':')?;
            byte(line, at, b'"')?;
            let k = match self.options[i].take(line, at) {
                Some(k) => k as u32,
                None if def.items[i].no_answer && self.no_answer.take(line, at) => Found::NO_ANSWER,
                None => return None,
            };
            found.answers.push((i, k));
            Some(())
        })?;
        // Comments and a closing comment take the general path; so does anything after.
        byte(line, &mut at, b'}')?;
        if at != line.len() || answered & self.required != self.required {
            return None;
        }
        Some(id)
    }
}

/// The `"key":VALUE` entries of an object whose `{` was read, up to its `}`; `entry` reads
/// each from after the key's opening quote.
#[inline(always)]
fn entries(
    line: &[u8],
    at: &mut usize,
    mut entry: impl FnMut(&mut usize) -> Option<()>,
) -> Option<()> {
    if byte(line, at, b'}').is_some() {
        return Some(());
    }
    loop {
        byte(line, at, b'"')?;
        entry(at)?;
        if byte(line, at, b'}').is_some() {
            return Some(());
        }
        byte(line, at, b',')?;
    }
}
