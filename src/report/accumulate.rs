//! Counting responses as they stream by: only counts are kept, so memory does not grow with
//! the number of responses, and partial counts from several threads add up.
//!
//! Besides the answers to each question, respondents are counted by their mean score over
//! each dimension ([`Acc::means`]): `compare` tests a dimension's change by shuffling whole
//! respondents between two rounds, and needs how many respondents had each mean. Those are
//! counts too (of respondents per number of items answered and score sum), so memory stays
//! bounded.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use super::Skipped;
use crate::questionnaire::format::ItemKind;
use crate::questionnaire::{DefinedItem, Definition};
use crate::response::check::{Checker, Found, Identity};
use crate::response::fast::FastReader;
use crate::response::view::{AnswerView, ResponseView};
use crate::response::{Mode, NO_ANSWER_CODE, Response};

/// A scored question: an item, or one row of a grid (`item.row`).
#[derive(Debug)]
pub struct Question<'d> {
    pub id: String,
    pub item: &'d DefinedItem,
    pub row: Option<&'d str>,
}

/// Where each answer goes: the scored questions of a questionnaire and the profile fields
/// whose groups are counted separately.
#[derive(Debug)]
pub struct Layout<'d> {
    pub def: &'d Definition,
    pub questions: Vec<Question<'d>>,
    /// Item index → its questions (one, or one per grid row).
    items: Vec<Vec<usize>>,
    /// Item index → its place in [`Acc::others`], for `multiple`, `number` and `text`.
    pub others: Vec<Option<usize>>,
    pub checker: Checker<'d>,
    /// The one-pass reader of the usual bundle line.
    pub fast: FastReader<'d>,
    /// Indices into `def.profile` of the fields counted per group (`--by`, the matrix).
    pub grouped: Vec<usize>,
    /// Whether respondents are also counted per combination of their profile answers
    /// ([`Acc::cross`]), to check that two breakdowns cannot be subtracted from each other.
    pub cross: bool,
    /// Where each respondent's mean scores are counted ([`Acc::means`]); `None` when the
    /// scores do not fit (see [`Lattice`]).
    pub lattice: Option<Lattice>,
}

/// The scores of a questionnaire as whole steps above the lowest score, so that a
/// respondent's score sum is an integer and means are compared exactly: a score `s` is
/// `(s - low) * scale` steps.
#[derive(Debug, Clone)]
pub struct Lattice {
    pub low: f64,
    /// Steps per score point.
    pub scale: f64,
    /// Per question: its scope (the index of its dimension in `def.dimensions`), if any;
    /// every question is also in the overall scope, `def.dimensions.len()`.
    pub scope: Vec<Option<usize>>,
    /// Per question, per option (in the item's order): its score in steps; `None` when the
    /// option has no score.
    pub steps: Vec<Vec<Option<i64>>>,
    /// Per scope, where its counts start in [`Acc::dense`] and how many step sums a number
    /// of answers spans, when every scope's (answers, sum) fit in [`DENSE`] counts; `None`
    /// to count in [`Acc::means`] instead.
    pub dense: Option<Vec<(usize, usize)>>,
    /// The number of counts of [`Acc::dense`].
    pub dense_len: usize,
}

/// The most counts [`Acc::dense`] holds (beyond, the sparse [`Acc::means`] is used).
const DENSE: usize = 1 << 12;

/// Steps per score point tried in turn: the first that makes every score whole is used.
const SCALES: [f64; 18] = [
    1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 20.0, 24.0, 25.0, 50.0, 60.0, 100.0, 120.0,
    1000.0, 10000.0,
];

/// How many answers of each question are remembered with the respondent's other answers,
/// so that a question withheld for too few answers can be taken out of those respondents'
/// means ([`Acc::respondent_means`]); with more answers than this the question is shown,
/// unless the minimum group size is larger.
pub const REMEMBERED: usize = 32;

/// The code of "not answered" (or no answer) in a remembered respondent's answers.
const NONE: u16 = u16::MAX;

/// The first respondents to answer each question, with all their answers (see
/// [`REMEMBERED`]): each kept once, however many questions it is remembered for.
#[derive(Debug, Default)]
pub struct Remembered {
    /// The fingerprint of each one's id.
    ids: Vec<u64>,
    /// Their option (index) for every question, [`NONE`] when not answered; `questions`
    /// per respondent.
    codes: Vec<u16>,
    questions: usize,
    /// Per question, the respondents (indices) remembered for it: the first who gave it
    /// a valid answer.
    by_question: Vec<Vec<u32>>,
}

impl Remembered {
    fn new(questions: usize) -> Self {
        Remembered {
            questions,
            by_question: vec![Vec::new(); questions],
            ..Remembered::default()
        }
    }

    /// The answers of respondent `r`.
    fn codes(&self, r: u32) -> &[u16] {
        let at = r as usize * self.questions;
        &self.codes[at..at + self.questions]
    }

    /// Remembers a respondent for each question it answered that has room.
    fn add(&mut self, id: u64, codes: &[u16]) {
        if self.questions != codes.len() {
            if !self.ids.is_empty() {
                return;
            }
            *self = Remembered::new(codes.len());
        }
        let room = |q: usize| self.by_question[q].len() < REMEMBERED;
        if !codes.iter().enumerate().any(|(q, &c)| c != NONE && room(q)) {
            return;
        }
        let r = self.ids.len() as u32;
        self.ids.push(id);
        self.codes.extend_from_slice(codes);
        for (q, _) in codes.iter().enumerate().filter(|(_, c)| **c != NONE) {
            if self.by_question[q].len() < REMEMBERED {
                self.by_question[q].push(r);
            }
        }
    }

    /// Forgets a respondent taken out again (if it was remembered).
    fn remove(&mut self, id: u64, codes: &[u16]) {
        let found = (0..self.ids.len() as u32).find(|&r| {
            self.ids[r as usize] == id
                && self.codes(r) == codes
                && self.by_question.iter().any(|list| list.contains(&r))
        });
        if let Some(r) = found {
            for list in &mut self.by_question {
                list.retain(|&x| x != r);
            }
        }
    }

    /// Adds those of `other`, within the room each question has.
    fn merge(&mut self, other: Remembered) {
        if self.questions == 0 {
            *self = other;
            return;
        }
        let mut placed: Vec<Option<u32>> = vec![None; other.ids.len()];
        for (q, list) in other.by_question.iter().enumerate() {
            for &r in list {
                if self.by_question[q].len() >= REMEMBERED {
                    break;
                }
                let mine = *placed[r as usize].get_or_insert_with(|| {
                    self.ids.push(other.ids[r as usize]);
                    self.codes.extend_from_slice(other.codes(r));
                    (self.ids.len() - 1) as u32
                });
                self.by_question[q].push(mine);
            }
        }
    }

    /// The respondents remembered for question `q`.
    fn of(&self, q: usize) -> &[u32] {
        self.by_question.get(q).map_or(&[], Vec::as_slice)
    }
}

impl Lattice {
    /// The lattice of `def`'s scores over `questions`, if one fits the packed keys of
    /// [`Acc::means`] (at most 255 dimensions, 65 535 questions and 2^40 steps in a sum).
    fn new(def: &Definition, questions: &[Question<'_>]) -> Option<Lattice> {
        let scores = || {
            questions
                .iter()
                .flat_map(|q| q.item.options.iter().filter_map(|o| o.score))
        };
        let low = scores().fold(f64::INFINITY, f64::min);
        let high = scores().fold(f64::NEG_INFINITY, f64::max);
        if !low.is_finite() || !high.is_finite() {
            return None;
        }
        let whole = |x: f64| (x - x.round()).abs() < 1e-6;
        let scale = *SCALES
            .iter()
            .find(|&&k| scores().all(|s| whole((s - low) * k)))?;
        let span = ((high - low) * scale).round();
        if def.dimensions.len() >= 255
            || questions.len() >= 65_535
            || span * questions.len() as f64 >= (1u64 << 40) as f64
        {
            return None;
        }
        let scope = questions
            .iter()
            .map(|q| {
                let d = q.item.dimension.as_deref()?;
                def.dimensions.iter().position(|x| x.id == d)
            })
            .collect();
        let steps = questions
            .iter()
            .map(|q| {
                q.item
                    .options
                    .iter()
                    .map(|o| o.score.map(|s| ((s - low) * scale).round() as i64))
                    .collect()
            })
            .collect();
        let scopes = def.dimensions.len() + 1;
        let mut sizes = vec![0usize; scopes];
        for q in questions {
            let d = q.item.dimension.as_deref();
            if let Some(k) = d.and_then(|d| def.dimensions.iter().position(|x| x.id == d)) {
                sizes[k] += 1;
            }
            sizes[scopes - 1] += 1;
        }
        // Scope k: (answers 0..=q) × (sums 0..=q·span).
        let mut dense = Vec::with_capacity(scopes);
        let mut at = 0usize;
        for q in sizes {
            let stride = q * span as usize + 1;
            dense.push((at, stride));
            at = at.saturating_add((q + 1).saturating_mul(stride));
        }
        Some(Lattice {
            low,
            scale,
            scope,
            steps,
            dense: (at <= DENSE).then_some(dense),
            dense_len: at,
        })
    }

    /// The number of scopes: each dimension, then the overall.
    pub fn scopes(&self, def: &Definition) -> usize {
        def.dimensions.len() + 1
    }

    /// Per scope, (scored answers, score sum in steps) of one respondent's answers `codes`
    /// (option index per question, [`NONE`] when not answered), leaving out the questions
    /// `left_out`, into `sums`.
    fn sums(&self, codes: &[u16], left_out: &[usize], sums: &mut [(u32, i64)]) {
        let overall = sums.len() - 1;
        sums.iter_mut().for_each(|s| *s = (0, 0));
        for (q, &code) in codes.iter().enumerate() {
            if code == NONE || left_out.contains(&q) {
                continue;
            }
            let Some(Some(step)) = self.steps[q].get(code as usize) else {
                continue;
            };
            if let Some(d) = self.scope[q] {
                sums[d].0 += 1;
                sums[d].1 += step;
            }
            sums[overall].0 += 1;
            sums[overall].1 += step;
        }
    }
}

/// The key of [`Acc::means`]: scope (8 bits), scored answers (16 bits), score sum in steps
/// (40 bits).
fn mean_key(scope: usize, answered: u32, steps: i64) -> u64 {
    ((scope as u64) << 56) | ((answered as u64) << 40) | (steps as u64 & ((1 << 40) - 1))
}

fn mean_key_parts(key: u64) -> (usize, u32, i64) {
    (
        (key >> 56) as usize,
        ((key >> 40) & 0xffff) as u32,
        (key & ((1 << 40) - 1)) as i64,
    )
}

/// A quick hash for the integer keys of [`Acc::means`] (counted once per respondent and
/// dimension: the default hasher would slow the reading of large bundles).
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, x: u64) {
        // SplitMix64's finaliser.
        let mut z = (self.0 ^ x).wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        self.0 = z ^ (z >> 31);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by [`mean_key`].
pub type MeanCounts = HashMap<u64, i64, BuildHasherDefault<KeyHasher>>;

/// Each distinct respondent mean of one scope with how many respondents had it, lowest
/// first.
pub type RespondentMeans = Vec<(f64, u64)>;

impl<'d> Layout<'d> {
    /// The layout of `def`, counting groups of the profile fields in `grouped_fields`.
    pub fn new(def: &'d Definition, grouped_fields: &[&str]) -> Self {
        let mut questions = Vec::new();
        let mut items: Vec<Vec<usize>> = vec![Vec::new(); def.items.len()];
        for (index, item) in def
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.kind.is_scored())
        {
            let slots = &mut items[index];
            if item.kind == ItemKind::Grid {
                for row in &item.rows {
                    slots.push(questions.len());
                    questions.push(Question {
                        id: format!("{}.{}", item.id, row.id),
                        item,
                        row: Some(row.id.as_str()),
                    });
                }
            } else {
                slots.push(questions.len());
                questions.push(Question {
                    id: item.id.clone(),
                    item,
                    row: None,
                });
            }
        }
        let mut next = 0;
        let others = def
            .items
            .iter()
            .map(|item| {
                super::other::Other::of(item).map(|_| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        let mut grouped = Vec::new();
        for field in grouped_fields {
            if let Some(i) = def.profile.iter().position(|f| f.id == *field)
                && !grouped.contains(&i)
            {
                grouped.push(i);
            }
        }
        Layout {
            def,
            questions,
            items,
            others,
            checker: Checker::new(def, Identity::Exact),
            fast: FastReader::new(def),
            grouped,
            cross: false,
            lattice: None,
        }
        .with_lattice()
    }

    fn with_lattice(mut self) -> Self {
        self.lattice = Lattice::new(self.def, &self.questions);
        self
    }

    /// Counts respondents per combination of profile answers too ([`Acc::cross`]), when
    /// the questionnaire's profile fits [`cross_key`].
    pub fn with_cross(mut self, on: bool) -> Self {
        self.cross = on && crosses_fit(self.def);
        self
    }
}

/// Whether every combination of profile answers of `def` packs into one [`cross_key`]:
/// at most 8 fields of at most 254 choices each.
pub fn crosses_fit(def: &Definition) -> bool {
    def.profile.len() <= 8 && def.profile.iter().all(|f| f.choices.len() < 255)
}

/// The profile answers of one respondent packed into one integer: the slot of field `i`
/// (its choice index, or the number of choices for "did not say") in byte `i`.
pub fn cross_key(slots: impl Iterator<Item = usize>) -> u64 {
    slots
        .take(8)
        .enumerate()
        .fold(0, |key, (i, slot)| key | ((slot as u64 & 0xff) << (8 * i)))
}

/// The slot of field `field` in a [`cross_key`].
pub fn cross_slot(key: u64, field: usize) -> usize {
    ((key >> (8 * field)) & 0xff) as usize
}

/// Answers to one question: per option (in the item's order), and no-answer apart; and the
/// respondents it was not asked (its `show_if` not met). Signed so that a response counted
/// twice can be taken out again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub options: Vec<i64>,
    pub no_answer: i64,
    pub not_applicable: i64,
}

impl Counts {
    pub fn merge(&mut self, other: &Counts) {
        if self.options.len() < other.options.len() {
            self.options.resize(other.options.len(), 0);
        }
        for (a, b) in self.options.iter_mut().zip(&other.options) {
            *a += b;
        }
        self.no_answer += other.no_answer;
        self.not_applicable += other.not_applicable;
    }

    fn bump(&mut self, option: Option<usize>, sign: i64, len: usize) {
        match option {
            None => self.no_answer += sign,
            Some(k) => {
                if self.options.len() < len {
                    self.options.resize(len, 0);
                }
                self.options[k] += sign;
            }
        }
    }
}

/// The respondents of one group of a profile field, and their answers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupCounts {
    pub code: Option<String>,
    pub n: i64,
    pub counts: Vec<Counts>,
}

/// Where a response came from: a source file, and the line for bundles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub source: u32,
    pub line: u32,
}

/// Everything a report needs from the responses, counted.
#[derive(Debug, Default)]
pub struct Acc {
    pub individual: i64,
    /// Per question.
    pub all: Vec<Counts>,
    /// Per profile field: (choice code, or None for "did not say") → respondents.
    pub profile: Vec<Vec<(Option<String>, i64)>>,
    /// Per prerequisite: the individual respondents who answered yes, and no.
    pub prerequisites: Vec<[i64; 2]>,
    /// Per grouped field (the layout's `grouped`): each group's counts.
    pub groups: Vec<Vec<GroupCounts>>,
    /// (comment key, text): `item` or `item.row`.
    pub comments: Vec<(String, String)>,
    /// The answers to each `multiple`, `number` and `text` item (the layout's `others`).
    pub others: Vec<super::other::Other>,
    pub closing: Vec<String>,
    pub collectives: Vec<Response>,
    /// Bad inputs, with where they are (for a stable order).
    pub bad: Vec<(Location, Skipped)>,
    /// Fingerprints of the response ids, to find repeated ids at the end.
    pub ids: Vec<u64>,
    /// Where the reading of a bundle stopped early (too many invalid lines): nothing from
    /// there on was counted, and `export` must not write it either.
    pub stopped: Vec<Location>,
    /// Set when a part of a bundle had more invalid lines than are recorded one by one.
    pub overflow: bool,
    /// Respondents per combination of profile answers ([`cross_key`]), when the layout
    /// asks for it.
    pub cross: std::collections::HashMap<u64, i64>,
    /// Per combination of profile answers, the valid answers (not "no answer") to each
    /// question, when the layout asks for crossings.
    pub cross_items: std::collections::HashMap<u64, Vec<i64>>,
    /// Respondents per scope (each dimension, then the overall), number of scored answers
    /// in it and score sum in steps of the layout's [`Lattice`] ([`mean_key`]): how many
    /// respondents had each mean score. Empty without a lattice, and when they are counted
    /// in `dense`.
    pub means: MeanCounts,
    /// The same counts in one array, where the lattice's `dense` places them (allocated on
    /// the first response).
    pub dense: Vec<i64>,
    /// Per question, the first [`REMEMBERED`] respondents who gave it a valid answer, with
    /// all their answers: only to take a withheld question out of their means.
    pub remembered: Remembered,
    /// Where the answers of the response being counted go (reused).
    found: Found,
    /// The option index of each question in the response being counted (reused).
    codes: Vec<u16>,
    /// Per scope, the response's (scored answers, score sum) (reused).
    sums: Vec<(u32, i64)>,
    /// Whether each item was asked of the response being counted, when some item has a
    /// `show_if` (reused; empty otherwise).
    asked: Vec<bool>,
}

/// A 64-bit fingerprint of a response id (ids themselves would not fit in memory by the
/// million; equal fingerprints are checked against the real ids).
pub fn fingerprint(id: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

impl Acc {
    pub fn new(layout: &Layout<'_>) -> Self {
        Acc {
            all: vec![Counts::default(); layout.questions.len()],
            prerequisites: vec![[0, 0]; layout.def.prerequisites.len()],
            profile: layout
                .def
                .profile
                .iter()
                .map(|f| {
                    f.choices
                        .iter()
                        .map(|c| Some(c.code.clone()))
                        .chain([None])
                        .map(|c| (c, 0))
                        .collect()
                })
                .collect(),
            groups: layout
                .grouped
                .iter()
                .map(|&f| {
                    let field = &layout.def.profile[f];
                    field
                        .choices
                        .iter()
                        .map(|c| Some(c.code.clone()))
                        .chain([None])
                        .map(|code| GroupCounts {
                            code,
                            n: 0,
                            counts: Vec::new(),
                        })
                        .collect()
                })
                .collect(),
            remembered: Remembered::new(layout.questions.len()),
            others: layout
                .def
                .items
                .iter()
                .filter_map(super::other::Other::of)
                .collect(),
            ..Acc::default()
        }
    }

    /// Records a file or line that could not be read as a response.
    pub fn reject(&mut self, at: Location, file: String, reason: String) {
        self.bad.push((
            at,
            Skipped {
                file,
                reason,
                at: None,
            },
        ));
    }

    /// Records a file or line that could not be read as a response, with the place of the
    /// problem (`place`: the file or bundle, its line and column).
    pub fn reject_at(
        &mut self,
        at: Location,
        file: String,
        reason: String,
        place: crate::diagnostic::Diagnostic,
    ) {
        self.bad.push((
            at,
            Skipped {
                file,
                reason,
                at: Some(place),
            },
        ));
    }

    /// Checks a response and counts it, or records why it is unusable.
    pub fn add(
        &mut self,
        layout: &Layout<'_>,
        view: &ResponseView<'_>,
        at: Location,
        name: impl FnOnce() -> String,
    ) {
        self.add_from(layout, view, at, name, None);
    }

    /// [`Acc::add`] for a response read from `text`: a response refused is located at the
    /// key of its first problem, as `FILE:LINE:COL` (`file`, and the line in it where
    /// `text` starts: a bundle's line, or 1 for a file).
    pub fn add_located(
        &mut self,
        layout: &Layout<'_>,
        view: &ResponseView<'_>,
        at: Location,
        name: impl FnOnce() -> String,
        (text, file, first_line): (&[u8], &str, usize),
    ) {
        self.add_from(layout, view, at, name, Some((text, file, first_line)));
    }

    fn add_from(
        &mut self,
        layout: &Layout<'_>,
        view: &ResponseView<'_>,
        at: Location,
        name: impl FnOnce() -> String,
        source: Option<(&[u8], &str, usize)>,
    ) {
        let mut found = std::mem::take(&mut self.found);
        let problems = layout.checker.check_keyed(view, &mut found);
        if problems.is_empty() {
            self.ids.push(fingerprint(&view.id));
            self.apply(layout, view, &found, 1);
        } else {
            let reason = problems
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join(crate::i18n::current().responses.problem_separator);
            match source {
                Some((text, file, first_line)) => {
                    let text = String::from_utf8_lossy(text);
                    let offset = crate::response::locate::key_offset(&text, true, &problems[0].key);
                    let mut place = crate::diagnostic::Diagnostic::at(
                        file,
                        &text,
                        offset,
                        crate::diagnostic::Severity::Error,
                        reason.clone(),
                    );
                    place.line += first_line - 1;
                    self.reject_at(at, name(), reason, place);
                }
                None => self.reject(at, name(), reason),
            }
        }
        self.found = found;
    }

    /// Counts an individual response in the compact layout straight from its bytes, when
    /// the fast path can read it ([`FastReader`]); false when the general path must.
    pub fn add_fast(&mut self, layout: &Layout<'_>, line: &[u8]) -> bool {
        let mut found = std::mem::take(&mut self.found);
        let counted = match layout.fast.read(&layout.checker, line, &mut found) {
            Some(id) => {
                let id = fingerprint(id);
                self.ids.push(id);
                self.individual += 1;
                // The fast path reads no questionnaire with a `show_if`: every item is asked.
                self.count(layout, &found, 1, id, &[], |_| None);
                true
            }
            None => false,
        };
        self.found = found;
        counted
    }

    /// Takes a counted response out again (it repeats another's id).
    pub fn remove(&mut self, layout: &Layout<'_>, view: &ResponseView<'_>) {
        let mut found = Found::default();
        if layout.checker.check(view, &mut found).is_empty() {
            self.apply(layout, view, &found, -1);
        }
    }

    /// Counts a checked response in (`sign` 1) or takes it out again (`sign` -1); `found`
    /// holds the item index of each of its answers.
    fn apply(&mut self, layout: &Layout<'_>, view: &ResponseView<'_>, found: &Found, sign: i64) {
        // A collective response's comments are the group's, shown with its answers; only
        // the individual ones are pooled (and never tied to a group).
        if view.mode == Mode::Collective {
            if sign > 0 {
                if let Some(r) = owned(view) {
                    self.collectives.push(r);
                }
            } else if let Some(k) = self.collectives.iter().position(|r| r.id == view.id) {
                self.collectives.remove(k);
            }
            return;
        }
        let clean = |t: &str| crate::sanitize::for_terminal(t).into_owned();
        for (key, text) in &view.comments {
            edit(&mut self.comments, sign, (key.to_string(), clean(text)));
        }
        if let Some(text) = &view.closing_comment {
            edit(&mut self.closing, sign, clean(text));
        }
        self.individual += sign;
        let id = fingerprint(&view.id);
        let mut asked = std::mem::take(&mut self.asked);
        asked.clear();
        if layout.checker.conditional() {
            crate::questionnaire::condition::relevance_into(layout.def, view, &mut asked);
        }
        self.count(layout, found, sign, id, &asked, |k| {
            view.answers.get(k).map(|(_, a)| a)
        });
        self.asked = asked;
    }

    /// Counts the profile groups and answers of an individual response whose answers are in
    /// `found`, and its mean scores; `answer(k)` gives the k-th answer for those `found`
    /// could not place (grids, and answers to check again); `id` is the fingerprint of the
    /// response's id; `asked` says which items were asked (empty: all of them), the others
    /// are counted not applicable.
    fn count<'v>(
        &mut self,
        layout: &Layout<'_>,
        found: &Found,
        sign: i64,
        id: u64,
        asked: &[bool],
        answer: impl Fn(usize) -> Option<&'v AnswerView<'v>>,
    ) {
        let def = layout.def;
        // Slots follow the choices, with "did not say" last.
        let slot = |field: usize| -> usize {
            match found.profile.get(field) {
                Some(&k) if k != Found::OTHER => k as usize,
                _ => def.profile[field].choices.len(),
            }
        };
        for field in 0..def.profile.len() {
            let k = slot(field);
            self.profile[field][k].1 += sign;
        }
        for (counts, answer) in self.prerequisites.iter_mut().zip(&found.prerequisites) {
            match answer {
                Some(true) => counts[0] += sign,
                Some(false) => counts[1] += sign,
                None => {}
            }
        }
        let mut cross_row = None;
        if layout.cross {
            let key = cross_key((0..def.profile.len()).map(slot));
            *self.cross.entry(key).or_default() += sign;
            cross_row = Some(
                self.cross_items
                    .entry(key)
                    .or_insert_with(|| vec![0; layout.questions.len()]),
            );
        }
        let questions = layout.questions.len();
        let mut groups = [0usize; 4];
        for (g, &field) in layout.grouped.iter().enumerate().take(groups.len()) {
            let k = slot(field);
            groups[g] = k;
            let group = &mut self.groups[g][k];
            group.n += sign;
            if group.counts.is_empty() {
                group.counts = vec![Counts::default(); questions];
            }
        }
        let grouped = layout.grouped.len().min(groups.len());
        let mut codes = std::mem::take(&mut self.codes);
        codes.clear();
        codes.resize(questions, NONE);
        for (k, &(item, option)) in found.answers.iter().enumerate() {
            if let Some(Some(slot)) = layout.others.get(item) {
                if let (Some(answer), Some(other)) = (answer(k), self.others.get_mut(*slot)) {
                    other.add(&def.items[item], answer, sign);
                }
                continue;
            }
            let Some(qs) = layout.items.get(item) else {
                continue;
            };
            for &q in qs {
                let question = &layout.questions[q];
                let len = question.item.options.len();
                let option = match option {
                    Found::NO_ANSWER => None,
                    Found::OTHER => {
                        let Some(answer) = answer(k) else { continue };
                        let code = match (answer, question.row) {
                            (AnswerView::Rows(rows), Some(row)) => {
                                rows.iter().find(|(r, _)| r == row).map(|(_, c)| c.as_ref())
                            }
                            (AnswerView::Text(code), None) => Some(code.as_ref()),
                            _ => None,
                        };
                        let Some(code) = code else { continue };
                        if code == NO_ANSWER_CODE {
                            None
                        } else {
                            match question.item.options.iter().position(|o| o.code == code) {
                                Some(k) => Some(k),
                                None => continue,
                            }
                        }
                    }
                    k => Some(k as usize),
                };
                self.all[q].bump(option, sign, len);
                if let Some(k) = option {
                    codes[q] = k as u16;
                }
                if let (Some(row), Some(_)) = (cross_row.as_deref_mut(), option) {
                    row[q] += sign;
                }
                for (slots, &k) in self.groups.iter_mut().zip(&groups).take(grouped) {
                    slots[k].counts[q].bump(option, sign, len);
                }
            }
        }
        for (item, _) in asked.iter().enumerate().filter(|(_, asked)| !**asked) {
            if let Some(Some(slot)) = layout.others.get(item)
                && let Some(other) = self.others.get_mut(*slot)
            {
                other.not_asked(sign);
            }
            for &q in layout.items.get(item).into_iter().flatten() {
                self.all[q].not_applicable += sign;
                for (slots, &k) in self.groups.iter_mut().zip(&groups).take(grouped) {
                    slots[k].counts[q].not_applicable += sign;
                }
            }
        }
        self.count_means(layout, &codes, sign, id);
        self.codes = codes;
    }

    /// Counts the mean scores of a respondent whose answers are `codes` (option index per
    /// question), and remembers them with the first answers of each question.
    fn count_means(&mut self, layout: &Layout<'_>, codes: &[u16], sign: i64, id: u64) {
        let Some(lattice) = &layout.lattice else {
            return;
        };
        let mut sums = std::mem::take(&mut self.sums);
        sums.resize(lattice.scopes(layout.def), (0, 0));
        lattice.sums(codes, &[], &mut sums);
        if let Some(places) = &lattice.dense {
            if self.dense.is_empty() {
                self.dense = vec![0; lattice.dense_len];
            }
            for (&(answered, steps), &(at, stride)) in sums.iter().zip(places) {
                if answered > 0 {
                    self.dense[at + answered as usize * stride + steps as usize] += sign;
                }
            }
        } else {
            for (scope, &(answered, steps)) in sums.iter().enumerate() {
                if answered > 0 {
                    *self
                        .means
                        .entry(mean_key(scope, answered, steps))
                        .or_default() += sign;
                }
            }
        }
        self.sums = sums;
        if sign > 0 {
            self.remembered.add(id, codes);
        } else {
            self.remembered.remove(id, codes);
        }
    }

    /// Per scope (each dimension of `layout.def`, then the overall), each distinct mean
    /// score of the respondents with a scored answer in it, and how many had it; the
    /// questions `withheld` (answered by too few) are left out of every respondent's means.
    /// `None` for a scope whose means cannot be known: no lattice, or a withheld question
    /// answered by more respondents than were remembered.
    pub fn respondent_means(
        &self,
        layout: &Layout<'_>,
        withheld: &[usize],
    ) -> Vec<Option<RespondentMeans>> {
        let scopes = layout.def.dimensions.len() + 1;
        let Some(lattice) = &layout.lattice else {
            return vec![None; scopes];
        };
        let mut counts = self.means.clone();
        if let Some(places) = &lattice.dense {
            for (scope, &(at, stride)) in places.iter().enumerate() {
                let end = places.get(scope + 1).map_or(self.dense.len(), |p| p.0);
                for (k, &n) in self.dense.get(at..end).unwrap_or(&[]).iter().enumerate() {
                    if n != 0 {
                        let (answered, steps) = (k / stride, k % stride);
                        *counts
                            .entry(mean_key(scope, answered as u32, steps as i64))
                            .or_default() += n;
                    }
                }
            }
        }
        let mut known = vec![true; scopes];
        let mut affected: Vec<u32> = Vec::new();
        for &q in withheld {
            let valid: i64 = self.all[q].options.iter().sum();
            let remembered = self.remembered.of(q);
            if remembered.len() as i64 != valid {
                if let Some(d) = lattice.scope[q] {
                    known[d] = false;
                }
                known[scopes - 1] = false;
                continue;
            }
            affected.extend(remembered);
        }
        affected.sort_unstable();
        affected.dedup();
        let (mut before, mut after) = (vec![(0, 0); scopes], vec![(0, 0); scopes]);
        for r in affected {
            let codes = self.remembered.codes(r);
            lattice.sums(codes, &[], &mut before);
            lattice.sums(codes, withheld, &mut after);
            for scope in 0..scopes {
                if before[scope].0 > 0 {
                    *counts
                        .entry(mean_key(scope, before[scope].0, before[scope].1))
                        .or_default() -= 1;
                }
                if after[scope].0 > 0 {
                    *counts
                        .entry(mean_key(scope, after[scope].0, after[scope].1))
                        .or_default() += 1;
                }
            }
        }
        let mut lists: Vec<RespondentMeans> = vec![Vec::new(); scopes];
        for (key, n) in counts {
            let (scope, answered, steps) = mean_key_parts(key);
            if scope >= scopes || n == 0 {
                continue;
            }
            if n < 0 {
                // Taken out more often than counted: the counts do not add up.
                known[scope] = false;
                continue;
            }
            lists[scope].push((
                lattice.low + steps as f64 / (lattice.scale * f64::from(answered)),
                n as u64,
            ));
        }
        lists
            .into_iter()
            .zip(known)
            .map(|(mut list, known)| {
                known.then(|| {
                    // Equal fractions (4/2 and 2/1) divide to the same number: merged.
                    list.sort_by(|a, b| a.0.total_cmp(&b.0));
                    list.dedup_by(|later, kept| {
                        let same = later.0 == kept.0;
                        if same {
                            kept.1 += later.1;
                        }
                        same
                    });
                    list
                })
            })
            .collect()
    }

    /// Adds the counts of another accumulator (from another thread or file).
    pub fn merge(mut self, other: Acc) -> Acc {
        self.individual += other.individual;
        for (a, b) in self.all.iter_mut().zip(&other.all) {
            a.merge(b);
        }
        for (mine, theirs) in self.profile.iter_mut().zip(other.profile) {
            for (m, (_, n)) in mine.iter_mut().zip(theirs) {
                m.1 += n;
            }
        }
        for (mine, theirs) in self.groups.iter_mut().zip(other.groups) {
            for (g, group) in mine.iter_mut().zip(theirs) {
                g.n += group.n;
                if g.counts.is_empty() {
                    g.counts = group.counts;
                } else {
                    for (a, b) in g.counts.iter_mut().zip(&group.counts) {
                        a.merge(b);
                    }
                }
            }
        }
        for (mine, theirs) in self.prerequisites.iter_mut().zip(other.prerequisites) {
            mine[0] += theirs[0];
            mine[1] += theirs[1];
        }
        self.comments.extend(other.comments);
        if self.others.is_empty() {
            self.others = other.others;
        } else {
            for (mine, theirs) in self.others.iter_mut().zip(other.others) {
                mine.merge(theirs);
            }
        }
        self.closing.extend(other.closing);
        self.collectives.extend(other.collectives);
        self.bad.extend(other.bad);
        self.ids.extend(other.ids);
        self.stopped.extend(other.stopped);
        self.overflow |= other.overflow;
        for (key, n) in other.cross {
            *self.cross.entry(key).or_default() += n;
        }
        for (key, n) in other.means {
            *self.means.entry(key).or_default() += n;
        }
        if self.dense.is_empty() {
            self.dense = other.dense;
        } else {
            for (a, b) in self.dense.iter_mut().zip(&other.dense) {
                *a += b;
            }
        }
        for (key, valid) in other.cross_items {
            let mine = self
                .cross_items
                .entry(key)
                .or_insert_with(|| vec![0; valid.len()]);
            for (a, b) in mine.iter_mut().zip(&valid) {
                *a += b;
            }
        }
        // No more than REMEMBERED for a question either: one with more answers is complete
        // only if its list holds every one, which `respondent_means` checks.
        self.remembered.merge(other.remembered);
        self
    }
}

/// Adds `value` to a list (`sign` 1), or takes one equal value out (`sign` -1).
fn edit<T: PartialEq>(list: &mut Vec<T>, sign: i64, value: T) {
    if sign > 0 {
        list.push(value);
    } else if let Some(k) = list.iter().position(|x| *x == value) {
        list.remove(k);
    }
}

/// An owned response from a checked view (collective responses are kept whole).
fn owned(view: &ResponseView<'_>) -> Option<Response> {
    use crate::response::{Answer, QuestionnaireRef};
    let answers = view
        .answers
        .iter()
        .map(|(k, a)| {
            let a = match a {
                AnswerView::Number(x) => Answer::Number(*x),
                AnswerView::Text(s) => Answer::Text(s.to_string()),
                AnswerView::Choices(c) => {
                    Answer::Choices(c.iter().map(|s| s.to_string()).collect())
                }
                AnswerView::Rows(r) => Answer::Rows(
                    r.iter()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect(),
                ),
            };
            (k.to_string(), a)
        })
        .collect();
    Some(Response {
        schema_version: view.schema_version,
        id: view.id.to_string(),
        questionnaire: QuestionnaireRef {
            id: view.questionnaire.id.to_string(),
            version: view.questionnaire.version.to_string(),
            hash: view.questionnaire.hash.to_string(),
        },
        language: view.language.to_string(),
        submitted: view.submitted.parse().ok()?,
        mode: view.mode,
        prerequisites: view
            .prerequisites
            .iter()
            .map(|(k, v)| (k.to_string(), *v))
            .collect(),
        profile: view
            .profile
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        answers,
        comments: view
            .comments
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        closing_comment: view.closing_comment.as_ref().map(|c| c.to_string()),
    })
}
