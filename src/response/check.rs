//! Whether a response fits its questionnaire: every problem, by key.

use std::collections::HashSet;

use super::view::{AnswerView, ResponseView};
use super::{Answer, NO_ANSWER_CODE, RESPONSE_SCHEMA_VERSION, Response};
use crate::i18n::Short;
use crate::questionnaire::format::ItemKind;
use crate::questionnaire::{DefinedItem, Definition};

/// How strictly to compare the questionnaire a response names with `def`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    /// Id, version and content hash must all match.
    Exact,
    /// Only the answers are checked (for answers being assembled).
    Ignore,
}

/// Every way `response` does not fit `def`; empty when it fits.
pub fn check(response: &Response, def: &Definition, identity: Identity) -> Vec<String> {
    check_view(&response.view(), def, identity)
}

/// [`check`], each problem with the key it is about.
pub fn check_keyed(response: &Response, def: &Definition, identity: Identity) -> Vec<Problem> {
    Checker::new(def, identity).check_keyed(&response.view(), &mut Found::default())
}

/// Every way a response read as a view does not fit `def`; empty when it fits.
pub fn check_view(
    response: &ResponseView<'_>,
    def: &Definition,
    identity: Identity,
) -> Vec<String> {
    Checker::new(def, identity).check(response, &mut Found::default())
}

/// One way a response does not fit, with the key it is about (`["answers", "q03"]`;
/// empty when it is about the response as a whole), so that it can be located in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: Vec<String>,
    pub text: String,
}

impl Problem {
    fn at(key: &[&str], text: String) -> Self {
        Problem {
            key: key.iter().map(|k| (*k).to_owned()).collect(),
            text,
        }
    }
}

/// What a check learned about a valid response, so that counting it needs no more lookups.
#[derive(Debug, Default, Clone)]
pub struct Found {
    /// For each answer, in order: its item index (`usize::MAX` if unknown) and, for
    /// single-choice items, its option index or [`Found::NO_ANSWER`] ([`Found::OTHER`] for
    /// other kinds).
    pub answers: Vec<(usize, u32)>,
    /// For each profile field of the questionnaire: the choice index, or [`Found::OTHER`]
    /// when not given.
    pub profile: Vec<u32>,
    /// For each prerequisite of the questionnaire: the answer, when given.
    pub prerequisites: Vec<Option<bool>>,
}

/// The day `s` is, written `YYYY-MM-DD`; parsed by hand because a bundle has one per line.
fn parse_day(s: &str) -> Option<jiff::civil::Date> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let number =
        |r: std::ops::Range<usize>| b[r].iter().fold(0i32, |n, d| n * 10 + i32::from(d - b'0'));
    let (Ok(year), Ok(month), Ok(day)) = (
        i16::try_from(number(0..4)),
        i8::try_from(number(5..7)),
        i8::try_from(number(8..10)),
    ) else {
        return None;
    };
    jiff::civil::Date::new(year, month, day).ok()
}

/// The earliest day a response may carry.
const EARLIEST_DAY: jiff::civil::Date = jiff::civil::date(2000, 1, 1);

/// The latest day a response may carry: tomorrow, so that a response from a time zone
/// ahead of this machine's is not refused. Read once per run.
static LATEST_DAY: std::sync::LazyLock<jiff::civil::Date> = std::sync::LazyLock::new(|| {
    let today = super::today();
    today.tomorrow().unwrap_or(today)
});

/// Why `s` cannot be the day of a response: not a day, or outside 2000-01-01 … tomorrow.
pub(crate) fn day_problem(s: &str) -> Option<String> {
    let m = &crate::i18n::current().responses;
    let Some(day) = parse_day(s) else {
        return Some(m.check_not_a_day(s));
    };
    if day < EARLIEST_DAY {
        return Some(m.check_day_too_early(s, &EARLIEST_DAY.to_string()));
    }
    if day > *LATEST_DAY {
        return Some(m.check_day_in_future(s));
    }
    None
}

/// Why `id` cannot be a response id (which is also a file name): ids are 1 to 64 ASCII
/// letters, digits, `-` and `_`, starting with a letter or digit, like every id of
/// partnereval.
pub fn id_problem(id: &str) -> Option<String> {
    if crate::questionnaire::validate::is_identifier(id) {
        return None;
    }
    let shown: String = crate::sanitize::one_line(id).chars().take(40).collect();
    let more = if id.chars().count() > 40 { "…" } else { "" };
    Some(
        crate::i18n::current()
            .responses
            .check_not_a_response_id(&format!("{shown}{more}")),
    )
}

/// The key of the no-answer code.
static NO_ANSWER_KEY: std::sync::LazyLock<Key> =
    std::sync::LazyLock::new(|| Key::of(NO_ANSWER_CODE));

impl Found {
    pub const NO_ANSWER: u32 = u32::MAX - 1;
    pub const OTHER: u32 = u32::MAX;
}

/// Checks many responses against one questionnaire: built once, it finds an answer's item
/// without searching the whole list.
#[derive(Debug)]
pub struct Checker<'d> {
    def: &'d Definition,
    identity: Identity,
    /// Item ids in sorted order with their index.
    sorted: Vec<(&'d str, usize)>,
    /// Short ids and codes packed into integers, compared without calling memcmp: item ids,
    /// each item's option codes, each profile field's id and choice codes.
    item_keys: Vec<Key>,
    option_keys: Vec<Vec<Key>>,
    profile_keys: Vec<(Key, Vec<Key>)>,
    /// Whether some item is asked only when its `show_if` is met.
    conditional: bool,
}

/// A string of at most 15 bytes packed with its length into one integer; longer strings
/// have no key (`Key::NONE`) and are compared as strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(u128);

impl Key {
    pub const NONE: Key = Key(u128::MAX);

    #[inline]
    pub fn of(s: &str) -> Key {
        Key::of_bytes(s.as_bytes())
    }

    /// The key of raw bytes: equal to a string's key only when the bytes are that string's.
    #[inline]
    pub fn of_bytes(b: &[u8]) -> Key {
        if b.len() > 15 {
            return Key::NONE;
        }
        let mut bytes = [0u8; 16];
        bytes[..b.len()].copy_from_slice(b);
        bytes[15] = b.len() as u8;
        Key(u128::from_le_bytes(bytes))
    }

    /// Whether `s` (with key `key`) equals the string this key was made from, `full`.
    #[inline]
    fn matches(self, key: Key, s: &str, full: &str) -> bool {
        self.matches_bytes(key, s.as_bytes(), full)
    }

    /// [`Key::matches`] for raw bytes.
    #[inline]
    pub(crate) fn matches_bytes(self, key: Key, s: &[u8], full: &str) -> bool {
        if self == Key::NONE || key == Key::NONE {
            s == full.as_bytes()
        } else {
            self == key
        }
    }
}

/// Whether a list of keys repeats one (small lists: compared pairwise, no allocation).
fn first_repeat<'k>(keys: impl Iterator<Item = &'k str> + Clone) -> Option<&'k str> {
    keys.clone().enumerate().find_map(|(i, k)| {
        keys.clone()
            .skip(i + 1)
            .any(|other| other == k)
            .then_some(k)
    })
}

impl<'d> Checker<'d> {
    pub fn new(def: &'d Definition, identity: Identity) -> Self {
        let mut sorted: Vec<(&str, usize)> = def
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.as_str(), i))
            .collect();
        sorted.sort_unstable();
        Checker {
            def,
            identity,
            item_keys: def.items.iter().map(|i| Key::of(&i.id)).collect(),
            option_keys: def
                .items
                .iter()
                .map(|i| i.options.iter().map(|o| Key::of(&o.code)).collect())
                .collect(),
            profile_keys: def
                .profile
                .iter()
                .map(|f| {
                    (
                        Key::of(&f.id),
                        f.choices.iter().map(|c| Key::of(&c.code)).collect(),
                    )
                })
                .collect(),
            sorted,
            conditional: def.has_conditions(),
        }
    }

    /// Whether some item of the questionnaire has a `show_if`.
    pub fn conditional(&self) -> bool {
        self.conditional
    }

    /// The index of item `id`, trying `hint` first (answers usually come in item order).
    pub fn item_index(&self, id: &str, hint: usize) -> Option<usize> {
        self.item_index_bytes(id.as_bytes(), hint)
    }

    /// [`Checker::item_index`] for raw bytes.
    #[inline]
    pub(crate) fn item_index_bytes(&self, id: &[u8], hint: usize) -> Option<usize> {
        if let Some(item) = self.def.items.get(hint)
            && self.item_keys[hint].matches_bytes(Key::of_bytes(id), id, &item.id)
        {
            return Some(hint);
        }
        self.sorted
            .binary_search_by(|(k, _)| k.as_bytes().cmp(id))
            .ok()
            .map(|k| self.sorted[k].1)
    }

    /// Every way `response` does not fit; `found` receives where its answers go.
    pub fn check(&self, response: &ResponseView<'_>, found: &mut Found) -> Vec<String> {
        self.check_keyed(response, found)
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    /// [`Checker::check`], each problem with the key it is about.
    pub fn check_keyed(&self, response: &ResponseView<'_>, found: &mut Found) -> Vec<Problem> {
        let def = self.def;
        let m = &crate::i18n::current().responses;
        let mut problems = Vec::new();
        found.answers.clear();
        found.profile.clear();
        found.profile.resize(def.profile.len(), Found::OTHER);
        found.prerequisites.clear();
        found.prerequisites.resize(def.prerequisites.len(), None);
        if response.schema_version != RESPONSE_SCHEMA_VERSION {
            problems.push(Problem::at(
                &["schema_version"],
                m.check_version_unsupported(response.schema_version, RESPONSE_SCHEMA_VERSION),
            ));
            return problems;
        }
        if self.identity == Identity::Exact {
            let q = &response.questionnaire;
            if q.id != def.id {
                problems.push(Problem::at(
                    &["questionnaire"],
                    m.check_other_questionnaire(&q.id, &def.id),
                ));
                return problems;
            }
            if q.version != def.version {
                problems.push(Problem::at(
                    &["questionnaire"],
                    m.check_other_version(&q.version, &def.id, &def.version),
                ));
            } else if q.hash != def.hash {
                problems.push(Problem::at(
                    &["questionnaire"],
                    m.check_other_text(&def.id, &def.version, &q.hash, &def.hash),
                ));
            }
        }
        if let Some(problem) = id_problem(&response.id) {
            problems.push(Problem::at(&["id"], m.located("id", &problem)));
        }
        if let Some(problem) = day_problem(&response.submitted) {
            problems.push(Problem::at(
                &["submitted"],
                m.located("submitted", &problem),
            ));
        }
        let repeats = [
            (
                "prerequisites",
                first_repeat(response.prerequisites.iter().map(|(k, _)| k.as_ref())),
            ),
            (
                "profile",
                first_repeat(response.profile.iter().map(|(k, _)| k.as_ref())),
            ),
            (
                "comments",
                first_repeat(response.comments.iter().map(|(k, _)| k.as_ref())),
            ),
        ];
        for (what, key) in repeats {
            if let Some(k) = key {
                problems.push(Problem::at(
                    &[what, k],
                    m.check_given_twice(&format!("{what}.{k}")),
                ));
            }
        }
        if !def.offers(&response.language) {
            problems.push(Problem::at(
                &["language"],
                m.check_language_not_offered(&response.language, &def.languages.join(", ")),
            ));
        }
        for (id, yes) in &response.prerequisites {
            match def.prerequisites.iter().position(|p| p.id == *id) {
                Some(k) => found.prerequisites[k] = Some(*yes),
                None => problems.push(Problem::at(
                    &["prerequisites", id],
                    m.check_unknown_prerequisite(&format!("prerequisites.{id}")),
                )),
            }
        }
        for (field_id, code) in &response.profile {
            let field_key = Key::of(field_id);
            let Some(f) = def.profile.iter().enumerate().position(|(f, field)| {
                self.profile_keys[f]
                    .0
                    .matches(field_key, field_id, &field.id)
            }) else {
                problems.push(Problem::at(
                    &["profile", field_id],
                    m.check_unknown_profile_field(&format!("profile.{field_id}")),
                ));
                continue;
            };
            let field = &def.profile[f];
            let code_key = Key::of(code);
            let keys = &self.profile_keys[f].1;
            match field
                .choices
                .iter()
                .enumerate()
                .position(|(k, c)| keys[k].matches(code_key, code, &c.code))
            {
                Some(k) => found.profile[f] = k as u32,
                None => {
                    let codes: Vec<&str> = field.choices.iter().map(|c| c.code.as_str()).collect();
                    problems.push(Problem::at(
                        &["profile", field_id],
                        m.check_not_a_choice(
                            &format!("profile.{field_id}"),
                            code,
                            &codes.join(", "),
                        ),
                    ));
                }
            }
        }
        // Which items are asked (all of them unless some have a `show_if`).
        let relevance = if self.conditional {
            crate::questionnaire::condition::relevance(def, response)
        } else {
            Vec::new()
        };
        let asked = |i: usize| relevance.get(i).copied().unwrap_or(true);
        // Answers, marking which items are answered (a bit per item, no allocation for the
        // usual questionnaire of at most 128 items).
        let mut answered = [0u128; 1];
        let mut answered_more: Vec<bool> = Vec::new();
        for (k, (id, answer)) in response.answers.iter().enumerate() {
            let Some(i) = self.item_index(id, k) else {
                found.answers.push((usize::MAX, Found::OTHER));
                problems.push(Problem::at(
                    &["answers", id],
                    m.check_unknown_item(&format!("answers.{id}")),
                ));
                continue;
            };
            let seen = if i < 128 {
                let bit = 1u128 << i;
                let seen = answered[0] & bit != 0;
                answered[0] |= bit;
                seen
            } else {
                answered_more.resize(def.items.len(), false);
                std::mem::replace(&mut answered_more[i], true)
            };
            if seen {
                problems.push(Problem::at(
                    &["answers", id],
                    m.check_given_twice(&format!("answers.{id}")),
                ));
            }
            let item = &def.items[i];
            if !asked(i) {
                problems.push(Problem::at(
                    &["answers", id],
                    not_applicable(&format!("answers.{id}"), item),
                ));
            }
            // The common case, a single choice, is checked here with its option found once.
            let option = match (item.kind, answer) {
                (ItemKind::Single, AnswerView::Text(code)) => {
                    let key = Key::of(code);
                    if key == *NO_ANSWER_KEY && item.no_answer {
                        Some(Found::NO_ANSWER)
                    } else {
                        let keys = &self.option_keys[i];
                        item.options
                            .iter()
                            .enumerate()
                            .position(|(k, o)| keys[k].matches(key, code, &o.code))
                            .map(|k| k as u32)
                    }
                }
                _ => None,
            };
            match option {
                Some(option) => found.answers.push((i, option)),
                None => {
                    found.answers.push((i, Found::OTHER));
                    if let Err(problem) = check_answer_view(item, answer) {
                        problems.push(Problem::at(
                            &["answers", id],
                            m.located(&format!("answers.{id}"), &problem),
                        ));
                    }
                }
            }
        }
        for (i, item) in def
            .items
            .iter()
            .enumerate()
            .filter(|&(i, item)| item.required && asked(i))
        {
            let is_answered = if i < 128 {
                answered[0] & (1 << i) != 0
            } else {
                answered_more.get(i).copied().unwrap_or(false)
            };
            if !is_answered {
                problems.push(Problem::at(
                    &["answers", &item.id],
                    m.check_required_unanswered(&format!("answers.{}", item.id)),
                ));
            }
        }
        self.comments(response, &relevance, &mut problems);
        problems
    }

    /// The comments; `relevance` says which items are asked (empty: all of them).
    fn comments(
        &self,
        response: &ResponseView<'_>,
        relevance: &[bool],
        problems: &mut Vec<Problem>,
    ) {
        let def = self.def;
        let m = &crate::i18n::current().responses;
        for (id, comment) in &response.comments {
            let key = || format!("comments.{id}");
            let at = |text| Problem::at(&["comments", id], text);
            // A note on a grid row is keyed `item.row`.
            let (item_id, row) = match id.split_once('.') {
                Some((item, row)) => (item, Some(row)),
                None => (id.as_ref(), None),
            };
            if let (Some(row), Some(item)) = (row, def.item(item_id))
                && !item.rows.iter().any(|r| r.id == row)
            {
                problems.push(at(m.check_no_such_row(&key(), item_id, row)));
                continue;
            }
            let asked = |item: &DefinedItem| {
                def.items
                    .iter()
                    .position(|i| i.id == item.id)
                    .is_none_or(|k| relevance.get(k).copied().unwrap_or(true))
            };
            match def.item(item_id) {
                None => problems.push(at(m.check_unknown_item(&key()))),
                Some(item) if !item.comment => problems.push(at(m.check_no_comments(&key()))),
                Some(item) if !asked(item) => problems.push(at(not_applicable(&key(), item))),
                Some(_) if comment.trim().is_empty() => {
                    problems.push(at(m.check_empty_comment(&key())))
                }
                Some(_) => {}
            }
        }
        if response.closing_comment.is_some() && def.closing_comment.is_none() {
            problems.push(Problem::at(
                &["closing_comment"],
                m.check_no_closing_comment("closing_comment"),
            ));
        }
    }
}

/// Why `key` (an answer or comment of `item`) has no place: the item is not asked.
fn not_applicable(key: &str, item: &DefinedItem) -> String {
    let rule = item
        .show_if
        .as_ref()
        .map(ToString::to_string)
        .unwrap_or_default();
    crate::i18n::current()
        .responses
        .check_not_applicable(key, &rule)
}

/// Whether `answer` is a valid answer to `item`.
pub fn check_answer(item: &DefinedItem, answer: &Answer) -> Result<(), String> {
    check_answer_view(item, &answer.view())
}

/// Whether a borrowed answer is a valid answer to `item`.
pub fn check_answer_view(item: &DefinedItem, answer: &AnswerView<'_>) -> Result<(), String> {
    let m = &crate::i18n::current().responses;
    let codes = || -> String {
        let codes: Vec<&str> = item.options.iter().map(|o| o.code.as_str()).collect();
        codes.join(", ")
    };
    let code_ok = |code: &str| item.options.iter().any(|o| o.code == code);
    let no_answer_ok = |grid: bool| match (item.no_answer, grid) {
        (true, _) => Ok(()),
        (false, false) => Err(m.check_item_no_no_answer(NO_ANSWER_CODE)),
        (false, true) => Err(m.check_grid_no_no_answer(NO_ANSWER_CODE)),
    };
    // A number as the person wrote it, with as many decimals as it has (up to 12).
    let number = |x: f64| Short(x, 12);
    match (item.kind, answer) {
        (ItemKind::Text, AnswerView::Text(text)) if text.trim().is_empty() => {
            Err(m.check_empty_text.to_owned())
        }
        (ItemKind::Text, AnswerView::Text(_)) => Ok(()),
        (_, a) if a.is_no_answer() => no_answer_ok(false),
        (ItemKind::Single, AnswerView::Text(code)) if code_ok(code) => Ok(()),
        (ItemKind::Single, AnswerView::Text(code)) => Err(m.check_not_an_option(code, &codes())),
        (ItemKind::Multiple, AnswerView::Choices(chosen)) => {
            let mut seen = HashSet::new();
            for code in chosen {
                let code = code.as_ref();
                if !code_ok(code) {
                    return Err(m.check_not_an_option(code, &codes()));
                }
                if !seen.insert(code) {
                    return Err(m.check_ticked_twice(code));
                }
            }
            if chosen.len() > 1
                && let Some(alone) = item
                    .options
                    .iter()
                    .find(|o| o.exclusive && chosen.iter().any(|c| *c == o.code))
            {
                return Err(m.check_exclusive(&alone.code));
            }
            let n = chosen.len() as u32;
            if let Some(min) = item.min_choices
                && n < min
            {
                return Err(m.check_too_few_ticked(min, n));
            }
            if let Some(max) = item.max_choices
                && n > max
            {
                return Err(m.check_too_many_ticked(max, n));
            }
            Ok(())
        }
        (ItemKind::Number, AnswerView::Number(x)) => {
            if !x.is_finite() {
                return Err(m.check_not_finite.to_owned());
            }
            if item.integer && x.fract() != 0.0 {
                return Err(m.check_not_whole(number(*x)));
            }
            let x = *x;
            match (item.min, item.max) {
                (Some(min), Some(max)) if x < min || x > max => {
                    Err(m.check_outside_range(number(x), number(min), number(max)))
                }
                (Some(min), None) if x < min => {
                    Err(m.check_outside_range_at_least(number(x), number(min)))
                }
                (None, Some(max)) if x > max => {
                    Err(m.check_outside_range_at_most(number(x), number(max)))
                }
                _ => Ok(()),
            }
        }
        (ItemKind::Grid, AnswerView::Rows(rows)) => {
            for (row, code) in rows {
                if !item.rows.iter().any(|r| r.id == *row) {
                    return Err(m.check_unknown_row(row));
                }
                if code == NO_ANSWER_CODE {
                    no_answer_ok(true)?;
                } else if !code_ok(code) {
                    return Err(m.check_row_not_an_option(row, code, &codes()));
                }
            }
            if item.required
                && let Some(missing) = item
                    .rows
                    .iter()
                    .find(|r| !rows.iter().any(|(k, _)| *k == r.id))
            {
                return Err(m.check_row_unanswered(&missing.id));
            }
            Ok(())
        }
        (kind, _) => Err(wrong_shape(kind)),
    }
}

/// Why an answer of the wrong shape is not an answer to an item of `kind`.
fn wrong_shape(kind: ItemKind) -> String {
    let m = &crate::i18n::current().responses;
    let name = kind.name();
    match kind {
        ItemKind::Single => m.check_wrong_shape_single(name),
        ItemKind::Multiple => m.check_wrong_shape_multiple(name),
        ItemKind::Text => m.check_wrong_shape_text(name),
        ItemKind::Number => m.check_wrong_shape_number(name),
        ItemKind::Grid => m.check_wrong_shape_grid(name),
    }
}
