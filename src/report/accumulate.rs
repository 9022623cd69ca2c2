//! Counting responses as they stream by: only counts are kept, so memory does not grow with
//! the number of responses, and partial counts from several threads add up.

use std::hash::{Hash, Hasher};

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
    pub checker: Checker<'d>,
    /// The one-pass reader of the usual bundle line.
    pub fast: FastReader<'d>,
    /// Indices into `def.profile` of the fields counted per group (`--by`, the matrix).
    pub grouped: Vec<usize>,
    /// Whether respondents are also counted per combination of their profile answers
    /// ([`Acc::cross`]), to check that two breakdowns cannot be subtracted from each other.
    pub cross: bool,
}

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
            checker: Checker::new(def, Identity::Exact),
            fast: FastReader::new(def),
            grouped,
            cross: false,
        }
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

/// Answers to one question: per option (in the item's order), and no-answer apart. Signed so
/// that a response counted twice can be taken out again.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub options: Vec<i64>,
    pub no_answer: i64,
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
    /// Where the answers of the response being counted go (reused).
    found: Found,
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
            ..Acc::default()
        }
    }

    /// Records a file or line that could not be read as a response.
    pub fn reject(&mut self, at: Location, file: String, reason: String) {
        self.bad.push((at, Skipped { file, reason }));
    }

    /// Checks a response and counts it, or records why it is unusable.
    pub fn add(
        &mut self,
        layout: &Layout<'_>,
        view: &ResponseView<'_>,
        at: Location,
        name: impl FnOnce() -> String,
    ) {
        let mut found = std::mem::take(&mut self.found);
        let problems = layout.checker.check(view, &mut found);
        if problems.is_empty() {
            self.ids.push(fingerprint(&view.id));
            self.apply(layout, view, &found, 1);
        } else {
            self.reject(
                at,
                name(),
                problems.join(crate::i18n::current().responses.problem_separator),
            );
        }
        self.found = found;
    }

    /// Counts an individual response in the compact layout straight from its bytes, when
    /// the fast path can read it ([`FastReader`]); false when the general path must.
    pub fn add_fast(&mut self, layout: &Layout<'_>, line: &[u8]) -> bool {
        let mut found = std::mem::take(&mut self.found);
        let counted = match layout.fast.read(&layout.checker, line, &mut found) {
            Some(id) => {
                self.ids.push(fingerprint(id));
                self.individual += 1;
                self.count(layout, &found, 1, |_| None);
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
        self.count(layout, found, sign, |k| view.answers.get(k).map(|(_, a)| a));
    }

    /// Counts the profile groups and answers of an individual response whose answers are in
    /// `found`; `answer(k)` gives the k-th answer for those `found` could not place
    /// (grids, and answers to check again).
    fn count<'v>(
        &mut self,
        layout: &Layout<'_>,
        found: &Found,
        sign: i64,
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
        for (k, &(item, option)) in found.answers.iter().enumerate() {
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
                if let (Some(row), Some(_)) = (cross_row.as_deref_mut(), option) {
                    row[q] += sign;
                }
                for (slots, &k) in self.groups.iter_mut().zip(&groups).take(grouped) {
                    slots[k].counts[q].bump(option, sign, len);
                }
            }
        }
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
        self.closing.extend(other.closing);
        self.collectives.extend(other.collectives);
        self.bad.extend(other.bad);
        self.ids.extend(other.ids);
        self.stopped.extend(other.stopped);
        self.overflow |= other.overflow;
        for (key, n) in other.cross {
            *self.cross.entry(key).or_default() += n;
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
