//! The survey's rules as functions of a draft, shared by every front end: the terminal's
//! question loop ([`super::Survey`]) and the browser's plain forms (`crate::serve`).
//!
//! Each function takes what the respondent gave (a typed line, the options ticked, a code)
//! and either changes the response or says, in the survey's language, why it cannot.

use crate::i18n::Messages;
use crate::questionnaire::format::ItemKind;
use crate::questionnaire::{DefinedItem, Definition};
use crate::response::check::check_answer;
use crate::response::{Answer, Draft, NO_ANSWER_CODE, Response};
use crate::sanitize;
use crate::text::Text;

use super::{Step, asks, item_name, option_letter};
use crate::questionnaire::condition::relevance;

/// A text of the questionnaire in `lang`, on one line (labels, options).
pub fn label(def: &Definition, t: &Text, lang: &str) -> String {
    sanitize::one_line(t.get(lang, &def.default_language))
}

/// The label of "no answer": the questionnaire's own, else partnereval's.
pub fn no_answer_label(def: &Definition, m: &Messages, lang: &str) -> String {
    match &def.no_answer_label {
        Some(l) => label(def, l, lang),
        None => m.no_answer_default.to_owned(),
    }
}

/// The label of option `code` of `item` in `lang`, with its letter when options have
/// letters; the no-answer label for the no-answer flag; the code itself when the
/// questionnaire has no such option.
pub fn option_label(
    def: &Definition,
    item: &DefinedItem,
    code: &str,
    m: &Messages,
    lang: &str,
) -> String {
    if code == NO_ANSWER_CODE {
        return no_answer_label(def, m, lang);
    }
    match item.options.iter().find(|o| o.code == code) {
        // The letter held to its text by a no-break space: a wrapped review line never
        // ends with "B." alone, its option on the next.
        Some(o) => match option_letter(item, code) {
            Some(letter) => format!("{letter}.\u{a0}{}", label(def, &o.label, lang)),
            None => label(def, &o.label, lang),
        },
        None => sanitize::one_line(code),
    }
}

/// The answer a line typed for number item `item` gives: empty is "no answer" when the
/// item offers it (else nothing); a comma is a decimal point.
pub fn number_answer(
    item: &DefinedItem,
    line: &str,
    m: &Messages,
) -> Result<Option<Answer>, String> {
    let line = line.trim();
    if line.is_empty() {
        return Ok(item.no_answer.then(Answer::no_answer));
    }
    match line.replace(',', ".").parse::<f64>() {
        Ok(x) if x.is_finite() => {
            if item.integer && x.fract() != 0.0 {
                return Err(m.whole_number.to_owned());
            }
            if item.min.is_some_and(|min| x < min) || item.max.is_some_and(|max| x > max) {
                return Err(m.out_of_range(item.min, item.max));
            }
            Ok(Some(Answer::Number(x)))
        }
        _ => Err(m.not_a_number.to_owned()),
    }
}

/// The answer of several-choice item `item` whose entries `ticked` are ticked: option
/// indexes, and `item.options.len()` for "no answer", which goes alone.
pub fn multiple_answer(
    def: &Definition,
    item: &DefinedItem,
    ticked: &[usize],
    m: &Messages,
    lang: &str,
) -> Result<Option<Answer>, String> {
    let no_answer = item.no_answer.then_some(item.options.len());
    if no_answer.is_some_and(|n| ticked.contains(&n)) {
        if ticked.len() > 1 {
            return Err(m.survey.no_answer_alone(&no_answer_label(def, m, lang)));
        }
        return Ok(Some(Answer::no_answer()));
    }
    if ticked.is_empty() {
        return Ok(None);
    }
    let mut sorted: Vec<usize> = ticked
        .iter()
        .copied()
        .filter(|&k| k < item.options.len())
        .collect();
    sorted.sort_unstable();
    sorted.dedup();
    Ok(Some(Answer::Choices(
        sorted
            .iter()
            .map(|&k| item.options[k].code.clone())
            .collect(),
    )))
}

/// Records `answer` to `item` (none: left empty) when it is valid: an empty answer to a
/// required item, or one the questionnaire's checks refuse, is not, and why is returned.
pub fn record(
    response: &mut Response,
    item: &DefinedItem,
    answer: Option<Answer>,
    m: &Messages,
) -> Result<(), String> {
    match answer {
        None if item.required => Err(m.answer_needed.to_owned()),
        None => {
            response.answers.remove(&item.id);
            Ok(())
        }
        Some(a) => {
            check_answer(item, &a)?;
            response.answers.insert(item.id.clone(), a);
            Ok(())
        }
    }
}

/// Chooses `code` (an option's, or the no-answer code) for single-choice item `item`, or
/// for its row `row` when it is a grid.
pub fn choose(response: &mut Response, item: &DefinedItem, row: Option<usize>, code: String) {
    let answers = &mut response.answers;
    match row {
        None => {
            answers.insert(item.id.clone(), Answer::Text(code));
        }
        Some(r) => {
            let entry = answers
                .entry(item.id.clone())
                .or_insert_with(|| Answer::Rows(Default::default()));
            if !matches!(entry, Answer::Rows(_)) {
                *entry = Answer::Rows(Default::default());
            }
            if let Answer::Rows(rows) = entry {
                rows.insert(item.rows[r].id.clone(), code);
            }
        }
    }
}

/// The code chosen so far for `item` (or its row `row`).
pub fn current_code(response: &Response, item: &DefinedItem, row: Option<usize>) -> Option<String> {
    match (response.answers.get(&item.id), row) {
        (Some(Answer::Text(code)), None) => Some(code.clone()),
        (Some(Answer::Rows(rows)), Some(r)) => rows.get(&item.rows[r].id).cloned(),
        _ => None,
    }
}

/// The key of the comment on `item`, or on its row `row`.
pub fn comment_key(item: &DefinedItem, row: Option<usize>) -> String {
    match row {
        Some(r) => format!("{}.{}", item.id, item.rows[r].id),
        None => item.id.clone(),
    }
}

/// Sets comment `key` to `text` (trimmed); an empty text removes it.
pub fn set_comment(response: &mut Response, key: &str, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        response.comments.remove(key);
    } else {
        response.comments.insert(key.to_owned(), text.to_owned());
    }
}

/// Sets the closing comment; an empty text removes it.
pub fn set_closing(response: &mut Response, text: &str) {
    let text = text.trim();
    response.closing_comment = (!text.is_empty()).then(|| text.to_owned());
}

/// Items that are asked, required and have no valid answer yet.
pub fn missing<'d>(def: &'d Definition, response: &Response) -> Vec<&'d str> {
    let asked = relevance(def, response);
    def.items
        .iter()
        .zip(asked)
        .filter(|(item, asked)| {
            let answer = response.answers.get(&item.id);
            *asked && item.required && answer.is_none_or(|a| check_answer(item, a).is_err())
        })
        .map(|(item, _)| item.id.as_str())
        .collect()
}

/// Whether step `step` is asked, given which items are (`asked`, per item): a question
/// whose `show_if` is not met is passed over.
pub fn step_asked(steps: &[Step], step: usize, asked: &[bool]) -> bool {
    match steps.get(step) {
        Some(Step::Item(i) | Step::GridRow(i, _)) => asked.get(*i).copied().unwrap_or(true),
        _ => true,
    }
}

/// The first step from `step` on that is asked (the review, `steps.len()`, when none).
pub fn asked_from(def: &Definition, steps: &[Step], response: &Response, step: usize) -> usize {
    let asked = relevance(def, response);
    (step..steps.len())
        .find(|&k| step_asked(steps, k, &asked))
        .unwrap_or(steps.len())
}

/// The last step before `step` that is asked.
pub fn asked_before(
    def: &Definition,
    steps: &[Step],
    response: &Response,
    step: usize,
) -> Option<usize> {
    let asked = relevance(def, response);
    (0..step).rev().find(|&k| step_asked(steps, k, &asked))
}

/// After a change made from the review, the first question after step `at` that is asked
/// now, was not when the review was left (`before`, per item), and has no answer yet: it is
/// asked before going back to the review.
pub fn newly_asked(
    def: &Definition,
    steps: &[Step],
    response: &Response,
    at: usize,
    before: &[bool],
) -> Option<usize> {
    let now = relevance(def, response);
    (at + 1..steps.len()).find(|&k| match steps[k] {
        Step::Item(i) | Step::GridRow(i, _) => {
            now[i]
                && !before.get(i).copied().unwrap_or(true)
                && !response.answers.contains_key(&def.items[i].id)
        }
        _ => false,
    })
}

/// Takes out the answers (and comments) to items no longer asked; returns what to say
/// about it on the next screen, if anything went.
pub fn drop_not_asked_note(
    def: &Definition,
    response: &mut Response,
    m: &Messages,
) -> Option<String> {
    let dropped = super::drop_not_asked(def, response);
    if dropped.is_empty() {
        return None;
    }
    let names: Vec<String> = dropped
        .iter()
        .map(|&i| item_name(def, i, &response.language))
        .collect();
    Some(m.survey.answers_dropped(&names.join(", "), names.len()))
}

/// The step at which item `id` is asked (its first row, for a grid).
pub fn step_of_item(def: &Definition, steps: &[Step], id: &str) -> Option<usize> {
    steps
        .iter()
        .position(|s| matches!(s, Step::Item(j) | Step::GridRow(j, _) if def.items[*j].id == id))
}

/// The response a finished draft submits: a group's holds no personal answer, even one a
/// draft kept from an earlier version (nor, then, an answer that depended on one); no
/// answer to an item not asked.
pub fn finished(def: &Definition, draft: &Draft) -> Response {
    let mut response = draft.response.clone();
    let mode = response.mode;
    response.profile.retain(|id, _| {
        def.profile
            .iter()
            .any(|f| &f.id == id && asks(def, mode, f))
    });
    super::drop_not_asked(def, &mut response);
    response
}

/// One line of the review: what it says and the step that asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewLine {
    /// The question's name ("12. Shared aims", "Sector").
    pub name: String,
    /// The answer, or what stands for none; a grid's rows are in `rows`.
    pub value: String,
    /// A grid's rows: each row's text and answer.
    pub rows: Vec<(String, String)>,
    /// Whether a comment was written on it.
    pub commented: bool,
    /// The step to go back to, to change it.
    pub step: usize,
}

/// The review's lines, one per question asked (profile, items, closing comment), each with
/// the step it is asked at; every answer in full. An item not asked is not listed: it has
/// no answer to review or change.
pub fn review(
    def: &Definition,
    steps: &[Step],
    response: &Response,
    m: &Messages,
) -> Vec<ReviewLine> {
    let lang = response.language.as_str();
    let step_of = |wanted: &dyn Fn(&Step) -> bool| steps.iter().position(wanted).unwrap_or(0);
    let mut lines = Vec::new();
    for (i, field) in def.profile.iter().enumerate() {
        if !asks(def, response.mode, field) {
            continue;
        }
        let value = match response.profile.get(&field.id) {
            Some(code) => field
                .choices
                .iter()
                .find(|c| &c.code == code)
                .map(|c| label(def, &c.label, lang))
                .unwrap_or_else(|| sanitize::one_line(code)),
            None => m.skipped.to_owned(),
        };
        let name = field
            .label
            .as_ref()
            .map_or_else(|| field.id.clone(), |l| label(def, l, lang));
        lines.push(ReviewLine {
            name,
            value,
            rows: Vec::new(),
            commented: false,
            step: step_of(&|s| *s == Step::Profile(i)),
        });
    }
    let asked = relevance(def, response);
    for (i, item) in def.items.iter().enumerate().filter(|(i, _)| asked[*i]) {
        let name = item_name(def, i, lang);
        let step = step_of(&|s| matches!(s, Step::Item(j) | Step::GridRow(j, _) if *j == i));
        let commented = response.comments.contains_key(&item.id)
            || item.rows.iter().any(|row| {
                response
                    .comments
                    .contains_key(&format!("{}.{}", item.id, row.id))
            });
        let mut rows = Vec::new();
        let value = match response.answers.get(&item.id) {
            None => m.not_answered.to_owned(),
            Some(a) if a.is_no_answer() => no_answer_label(def, m, lang),
            Some(Answer::Text(code)) if item.kind == ItemKind::Single => {
                option_label(def, item, code, m, lang)
            }
            Some(Answer::Text(text)) => sanitize::one_line(text),
            Some(Answer::Number(x)) => x.to_string(),
            Some(Answer::Choices(codes)) => codes
                .iter()
                .map(|code| option_label(def, item, code, m, lang))
                .collect::<Vec<_>>()
                .join(", "),
            Some(Answer::Rows(given)) => {
                rows = item
                    .rows
                    .iter()
                    .map(|row| {
                        let answer = given.get(&row.id).map_or_else(
                            || m.survey.row_not_answered.to_owned(),
                            |code| option_label(def, item, code, m, lang),
                        );
                        (label(def, &row.text, lang), answer)
                    })
                    .collect();
                String::new()
            }
        };
        lines.push(ReviewLine {
            name,
            value,
            rows,
            commented,
            step,
        });
    }
    if def.closing_comment.is_some() {
        let value = response
            .closing_comment
            .as_deref()
            .map_or(m.skipped.to_owned(), sanitize::one_line);
        lines.push(ReviewLine {
            name: m.closing_heading.to_owned(),
            value,
            rows: Vec::new(),
            commented: false,
            step: step_of(&|s| *s == Step::Closing),
        });
    }
    lines
}
