//! The survey engine: asks a questionnaire through a [`Prompter`], one question at a time,
//! with a way back, comments, a review screen, and the draft saved after every answer.
//!
//! The engine decides what is asked and in which words; the prompter lays it out (see
//! [`layout`]) and says which keys do what.

pub mod layout;
pub mod plain;
pub mod prompter;
pub mod tty;

use crate::i18n::{Messages, messages};
use crate::questionnaire::condition::relevance;
use crate::questionnaire::format::{ItemKind, ProfileField};
use crate::questionnaire::{DefinedItem, Definition};
use crate::response::check::check_answer;
use crate::response::{Answer, Draft, Mode, Response};
use crate::sanitize;
use crate::text::Text;
pub use prompter::{
    Entry, Escape, Field, Grid, GridReply, Menu, PromptError, PromptResult, Prompter,
};

/// One question of the sequence, in the order asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Prerequisite(usize),
    Profile(usize),
    Item(usize),
    /// Row `.1` of grid item `.0`.
    GridRow(usize, usize),
    Closing,
}

/// How a survey ended.
#[derive(Debug)]
pub enum Outcome {
    /// The respondent submitted: the response to write.
    Submitted(Box<Response>),
    /// The respondent chose to keep a draft and leave.
    Left,
    /// The respondent stopped (the questionnaire does not fit, or quit at the start).
    Abandoned,
}

/// Why a survey stopped without an outcome.
#[derive(Debug)]
pub enum SurveyError {
    /// Ctrl-C; the draft holds every answer given.
    Interrupted,
    /// The input ended; the draft holds every answer given.
    EndOfInput,
    /// The terminal failed.
    Io(std::io::Error),
    /// The draft could not be saved.
    Save(anyhow::Error),
}

impl From<PromptError> for SurveyError {
    fn from(e: PromptError) -> Self {
        match e {
            PromptError::Interrupted => SurveyError::Interrupted,
            PromptError::EndOfInput => SurveyError::EndOfInput,
            PromptError::Io(e) => SurveyError::Io(e),
        }
    }
}

/// What an answered question asks the engine to do next.
enum Nav {
    Next,
    Back,
    Stop,
}

/// Saves a draft; called after every answer.
pub type SaveDraft<'a> = dyn FnMut(&Draft) -> anyhow::Result<()> + 'a;

/// A survey of one respondent (or group) in progress.
pub struct Survey<'a> {
    def: &'a Definition,
    m: &'static Messages,
    steps: Vec<Step>,
    draft: Draft,
    save: &'a mut SaveDraft<'a>,
    /// Whether this is a new response (the introduction is shown) or a resumed one.
    fresh: bool,
    /// Messages for the next screen (answers dropped by a change).
    notes: Vec<String>,
    /// Which items were asked when the respondent left the review to change an answer:
    /// an item asked only since then is asked before going back to the review.
    asked_at_review: Option<Vec<bool>>,
}

/// Whether profile field `field` is asked in `mode`: all of them of a person; of a group
/// answering together none of the personal ones, only the organisation a contribution
/// matrix is reported by (the group answers for one organisation).
pub fn asks(def: &Definition, mode: Mode, field: &ProfileField) -> bool {
    mode == Mode::Individual || def.matrix.as_ref().is_some_and(|m| m.by == field.id)
}

/// The sequence of questions of `def` in `mode`.
pub fn steps(def: &Definition, mode: Mode) -> Vec<Step> {
    let mut steps: Vec<Step> = (0..def.prerequisites.len())
        .map(Step::Prerequisite)
        .collect();
    steps.extend(
        def.profile
            .iter()
            .enumerate()
            .filter(|(_, f)| asks(def, mode, f))
            .map(|(i, _)| Step::Profile(i)),
    );
    for (i, item) in def.items.iter().enumerate() {
        if item.kind == ItemKind::Grid {
            steps.extend((0..item.rows.len()).map(|r| Step::GridRow(i, r)));
        } else {
            steps.push(Step::Item(i));
        }
    }
    if def.closing_comment.is_some() {
        steps.push(Step::Closing);
    }
    steps
}

/// The item that step `step` of `def` in `mode` asks, if it asks one.
pub fn item_at(def: &Definition, mode: Mode, step: usize) -> Option<usize> {
    match steps(def, mode).get(step)? {
        Step::Item(i) | Step::GridRow(i, _) => Some(*i),
        _ => None,
    }
}

/// The name of item `i` in lists, in `lang`: "12. " and its short label, else the start of
/// its text.
pub fn item_name(def: &Definition, i: usize, lang: &str) -> String {
    let item = &def.items[i];
    let name = match &item.short {
        Some(short) => sanitize::one_line(short.get(lang, &def.default_language)),
        None => {
            let text = sanitize::one_line(item.text.get(lang, &def.default_language));
            let words: Vec<&str> = text.split(' ').collect();
            if words.len() > 8 {
                format!("{} …", words[..8].join(" "))
            } else {
                text
            }
        }
    };
    format!("{}. {name}", i + 1)
}

impl<'a> Survey<'a> {
    /// A survey continuing `draft` (a new one has `step` 0 and no answers).
    pub fn new(
        def: &'a Definition,
        draft: Draft,
        fresh: bool,
        save: &'a mut SaveDraft<'a>,
    ) -> Self {
        Survey {
            def,
            m: messages(&draft.response.language),
            steps: steps(def, draft.response.mode),
            draft,
            save,
            fresh,
            notes: Vec::new(),
            asked_at_review: None,
        }
    }

    /// The draft as it stands.
    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    fn collective(&self) -> bool {
        self.draft.response.mode == Mode::Collective
    }

    /// Runs the survey to its end.
    pub fn run(&mut self, p: &mut dyn Prompter) -> Result<Outcome, SurveyError> {
        p.set_language(self.m);
        if self.fresh && !self.introduction(p)? {
            return Ok(Outcome::Abandoned);
        }
        // A draft may hold an answer its other answers no longer ask for.
        self.drop_not_asked();
        self.save()?;
        let mut back_to_review = false;
        loop {
            // A question not asked (its `show_if` not met) is passed over.
            let asked = relevance(self.def, &self.draft.response);
            while self.draft.step < self.steps.len() && !self.step_asked(self.draft.step, &asked) {
                self.draft.step += 1;
            }
            let at = self.draft.step;
            if at >= self.steps.len() {
                self.asked_at_review = None;
                match self.review(p)? {
                    Review::Submit => {
                        let mut response = self.draft.response.clone();
                        // A group's response holds no personal answer, even one a draft
                        // kept from an earlier version (nor, then, an answer that depended
                        // on one).
                        let (def, mode) = (self.def, response.mode);
                        response.profile.retain(|id, _| {
                            def.profile
                                .iter()
                                .any(|f| &f.id == id && asks(def, mode, f))
                        });
                        drop_not_asked(def, &mut response);
                        return Ok(Outcome::Submitted(Box::new(response)));
                    }
                    Review::Leave => return Ok(Outcome::Left),
                    Review::Change(step) => {
                        self.draft.step = step;
                        self.asked_at_review = Some(asked);
                        back_to_review = true;
                        continue;
                    }
                }
            }
            // A compact grid covers all the rows of its item in one question.
            let (first, last) = match self.steps[at] {
                Step::GridRow(i, _) if p.compact_grid() => self.grid_span(i),
                _ => (at, at),
            };
            let nav = self.ask(p, self.steps[at])?;
            // A changed answer may make later questions not apply: their answers go.
            self.drop_not_asked();
            match nav {
                Nav::Stop => return Ok(Outcome::Abandoned),
                Nav::Back => self.draft.step = self.asked_before(first).unwrap_or(first),
                Nav::Next => {
                    let at = last;
                    let next = at + 1;
                    let same_grid = matches!(
                        (self.steps[at], self.steps.get(next)),
                        (Step::GridRow(i, _), Some(Step::GridRow(j, _))) if i == *j
                    );
                    self.draft.step = if back_to_review && !same_grid {
                        self.newly_asked(at).unwrap_or(self.steps.len())
                    } else {
                        next
                    };
                }
            }
            if self.draft.step >= self.steps.len() {
                back_to_review = false;
            }
            self.save()?;
        }
    }

    /// Whether step `step` is asked, given which items are (`asked`, per item).
    fn step_asked(&self, step: usize, asked: &[bool]) -> bool {
        match self.steps.get(step) {
            Some(Step::Item(i) | Step::GridRow(i, _)) => asked.get(*i).copied().unwrap_or(true),
            _ => true,
        }
    }

    /// The last step before `step` that is asked.
    fn asked_before(&self, step: usize) -> Option<usize> {
        let asked = relevance(self.def, &self.draft.response);
        (0..step).rev().find(|&k| self.step_asked(k, &asked))
    }

    /// After a change made from the review, the first question after step `at` that is
    /// asked now, was not then, and has no answer yet.
    fn newly_asked(&self, at: usize) -> Option<usize> {
        let before = self.asked_at_review.as_ref()?;
        let now = relevance(self.def, &self.draft.response);
        (at + 1..self.steps.len()).find(|&k| match self.steps[k] {
            Step::Item(i) | Step::GridRow(i, _) => {
                now[i]
                    && !before.get(i).copied().unwrap_or(true)
                    && !self
                        .draft
                        .response
                        .answers
                        .contains_key(&self.def.items[i].id)
            }
            _ => false,
        })
    }

    /// Takes out the answers (and comments) to items no longer asked, and says so on the
    /// next screen.
    fn drop_not_asked(&mut self) {
        let dropped = drop_not_asked(self.def, &mut self.draft.response);
        if !dropped.is_empty() {
            let names: Vec<String> = dropped
                .iter()
                .map(|&i| item_name(self.def, i, self.lang()))
                .collect();
            self.notes.push(
                self.m
                    .survey
                    .answers_dropped(&names.join(", "), names.len()),
            );
        }
    }

    /// Shows a new screen, with the messages waiting for it.
    fn show(&mut self, p: &mut dyn Prompter, text: &str) -> PromptResult<()> {
        p.screen(text)?;
        for note in std::mem::take(&mut self.notes) {
            p.message(&note)?;
        }
        Ok(())
    }

    fn save(&mut self) -> Result<(), SurveyError> {
        (self.save)(&self.draft).map_err(SurveyError::Save)
    }

    fn save_now(&mut self) -> PromptResult<()> {
        (self.save)(&self.draft).map_err(|e| PromptError::Io(std::io::Error::other(e)))
    }

    fn lang(&self) -> &str {
        &self.draft.response.language
    }

    /// A text of the questionnaire in the survey's language, safe for a terminal.
    fn text(&self, t: &Text) -> String {
        sanitize::for_terminal(t.get(self.lang(), &self.def.default_language)).into_owned()
    }

    /// Like [`Survey::text`], on one line (labels, options).
    fn label(&self, t: &Text) -> String {
        sanitize::one_line(t.get(self.lang(), &self.def.default_language))
    }

    /// Whether going back is possible from the current question: some question before it
    /// is asked.
    fn can_go_back(&self) -> bool {
        self.asked_before(self.draft.step).is_some()
    }

    fn introduction(&mut self, p: &mut dyn Prompter) -> PromptResult<bool> {
        let (def, m) = (self.def, self.m);
        // As written: capitals would be spelt out letter by letter by some screen readers.
        let mut parts = vec![self.label(&def.title)];
        if let Some(d) = &def.description {
            parts.push(self.text(d));
        }
        if let Some(notice) = &def.notice {
            parts.push(self.text(notice));
        }
        if let Some(minutes) = def.estimated_minutes {
            parts.push(m.minutes(minutes));
        }
        if self.collective() {
            parts.push(m.intro_collective.to_owned());
            parts.push(m.survey.intro_group.to_owned());
        } else {
            // A matrix is reported per organisation: its notice says so, and anonymity is
            // not promised.
            parts.push(
                if def.matrix.is_some() {
                    m.intro_no_names
                } else {
                    m.intro_anonymous
                }
                .to_owned(),
            );
        }
        parts.push(m.intro_drafts.to_owned());
        self.show(p, &parts.join("\n\n"))?;
        let entries = [Entry::plain(m.start), Entry::plain(m.quit)];
        let menu = Menu {
            prompt: "",
            entries: &entries,
            default: Some(0),
            back: false,
        };
        Ok(matches!(p.select(&menu)?, Some(0)))
    }

    /// The "back" entry, offered everywhere but on the first question.
    fn back_entry(&self, entries: &mut Vec<Entry>) -> Option<usize> {
        self.can_go_back().then(|| {
            entries.push(Entry::plain(self.m.back));
            entries.len() - 1
        })
    }

    fn ask(&mut self, p: &mut dyn Prompter, step: Step) -> PromptResult<Nav> {
        match step {
            Step::Prerequisite(i) => self.prerequisite(p, i),
            Step::Profile(i) => self.profile(p, i),
            Step::Item(i) => {
                let item = &self.def.items[i];
                match item.kind {
                    ItemKind::Single => self.single(p, i, None),
                    ItemKind::Multiple => self.multiple(p, i),
                    ItemKind::Number => self.number(p, i),
                    ItemKind::Text => self.free_text(p, i),
                    ItemKind::Grid => self.single(p, i, Some(0)),
                }
            }
            Step::GridRow(i, _) if p.compact_grid() => self.compact_grid(p, i),
            Step::GridRow(i, row) => self.single(p, i, Some(row)),
            Step::Closing => self.closing(p),
        }
    }

    fn prerequisite(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let pre = &def.prerequisites[i];
        let screen = format!("{}\n\n{}", m.prerequisites, self.text(&pre.text));
        loop {
            self.show(p, &screen)?;
            let mut entries = vec![Entry::plain(m.yes), Entry::plain(m.no)];
            let back = self.back_entry(&mut entries);
            let default = self
                .draft
                .response
                .prerequisites
                .get(&pre.id)
                .map(|&yes| if yes { 0 } else { 1 });
            let menu = Menu {
                prompt: "",
                entries: &entries,
                default,
                back: back.is_some(),
            };
            match p.select(&menu)? {
                Some(0) => {
                    self.draft
                        .response
                        .prerequisites
                        .insert(pre.id.clone(), true);
                    return Ok(Nav::Next);
                }
                Some(1) => {
                    self.draft
                        .response
                        .prerequisites
                        .insert(pre.id.clone(), false);
                    self.save_now()?;
                    p.message(&self.text(&pre.unmet))?;
                    let entries = [Entry::plain(m.continue_anyway), Entry::plain(m.stop_here)];
                    let menu = Menu {
                        prompt: "",
                        entries: &entries,
                        default: Some(0),
                        back: true,
                    };
                    return match p.select(&menu)? {
                        Some(0) => Ok(Nav::Next),
                        Some(_) => Ok(Nav::Stop),
                        None => continue,
                    };
                }
                _ if back.is_none() => continue,
                _ => return Ok(Nav::Back),
            }
        }
    }

    fn profile(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let field = &def.profile[i];
        let mut screen = format!(
            "{}\n{}\n\n{}",
            m.profile,
            m.profile_note,
            self.text(&field.text)
        );
        if let Some(help) = &field.help {
            screen.push_str(&format!("\n({})", self.label(help)));
        }
        self.show(p, &screen)?;
        let mut entries: Vec<Entry> = field
            .choices
            .iter()
            .map(|c| Entry::plain(self.label(&c.label)))
            .collect();
        entries.push(Entry::plain(m.prefer_not_to_say));
        let skip = entries.len() - 1;
        let back = self.back_entry(&mut entries);
        let current = self.draft.response.profile.get(&field.id);
        let default = match current {
            Some(code) => field.choices.iter().position(|c| &c.code == code),
            // Skipped before: "prefer not to say" stays chosen.
            None if self.draft.step < self.furthest() => Some(skip),
            None => None,
        };
        let menu = Menu {
            prompt: "",
            entries: &entries,
            default,
            back: back.is_some(),
        };
        match p.select(&menu)? {
            Some(c) if c < field.choices.len() => {
                self.draft
                    .response
                    .profile
                    .insert(field.id.clone(), field.choices[c].code.clone());
                Ok(Nav::Next)
            }
            Some(c) if c == skip => {
                self.draft.response.profile.remove(&field.id);
                Ok(Nav::Next)
            }
            Some(c) if Some(c) == back => Ok(Nav::Back),
            _ if back.is_none() => Ok(Nav::Next),
            _ => Ok(Nav::Back),
        }
    }

    /// The step after the last question answered so far (profile questions left unanswered
    /// on purpose leave no trace otherwise).
    fn furthest(&self) -> usize {
        let r = &self.draft.response;
        self.steps
            .iter()
            .rposition(|s| match s {
                Step::Item(i) | Step::GridRow(i, _) => {
                    r.answers.contains_key(&self.def.items[*i].id)
                }
                Step::Closing => r.closing_comment.is_some(),
                _ => false,
            })
            .map_or(0, |k| k + 1)
    }

    /// The screen of an item: progress and condition, whose answer it is in collective
    /// mode, the statement and its help.
    fn item_screen(&self, index: usize, item: &DefinedItem) -> String {
        let mut heading = self.m.progress(index + 1, self.def.items.len());
        if let Some(d) = item
            .dimension
            .as_deref()
            .and_then(|d| self.def.dimension(d))
        {
            heading.push_str(&format!(" · {}", self.label(&d.name)));
        }
        if self.collective() {
            heading.push('\n');
            heading.push_str(self.m.survey.group_answer);
        }
        let mut screen = format!("{heading}\n\n{}", self.text(&item.text));
        if let Some(help) = &item.help {
            screen.push_str(&format!("\n({})", self.label(help)));
        }
        screen
    }

    /// The entries of the options of `item`, lettered when the options are named by letters.
    fn option_entries(&self, item: &DefinedItem) -> Vec<Entry> {
        item.options
            .iter()
            .map(|o| Entry {
                letter: option_letter(item, &o.code),
                number: option_number(item, &o.code),
                text: self.label(&o.label),
            })
            .collect()
    }

    /// A single-choice item, or one row of a grid.
    fn single(&mut self, p: &mut dyn Prompter, i: usize, row: Option<usize>) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let item = &def.items[i];
        let mut screen = self.item_screen(i, item);
        let mut prompt = String::new();
        if let Some(r) = row {
            let row_text = self.label(&item.rows[r].text);
            screen.push_str(&format!(
                "\n\n{} {row_text}",
                m.progress(r + 1, item.rows.len()),
            ));
            prompt = row_text;
        }
        loop {
            // Shown again after a comment, so that the question is never out of view.
            self.show(p, &screen)?;
            let mut entries = self.option_entries(item);
            let no_answer = item.no_answer.then(|| {
                entries.push(Entry::plain(self.no_answer_label()));
                entries.len() - 1
            });
            let comment_key = match row {
                Some(r) => format!("{}.{}", item.id, item.rows[r].id),
                None => item.id.clone(),
            };
            let has_comment = self.draft.response.comments.contains_key(&comment_key);
            let comment = item.comment.then(|| {
                entries.push(Entry::plain(if has_comment {
                    m.edit_comment
                } else {
                    m.add_comment
                }));
                entries.len() - 1
            });
            let back = self.back_entry(&mut entries);
            let current = self.current_code(item, row);
            let default = current.as_deref().and_then(|code| {
                if code == crate::response::NO_ANSWER_CODE {
                    no_answer
                } else {
                    item.options.iter().position(|o| o.code == code)
                }
            });
            let menu = Menu {
                prompt: &prompt,
                entries: &entries,
                default,
                back: back.is_some(),
            };
            let chosen = p.select(&menu)?;
            let code = match chosen {
                Some(c) if c < item.options.len() => item.options[c].code.clone(),
                Some(c) if Some(c) == no_answer => crate::response::NO_ANSWER_CODE.to_owned(),
                Some(c) if Some(c) == comment => {
                    let row_label = row.map(|r| self.label(&item.rows[r].text));
                    self.comment(p, &comment_key, row_label.as_deref())?;
                    continue;
                }
                _ if back.is_none() => continue,
                _ => return Ok(Nav::Back),
            };
            let answers = &mut self.draft.response.answers;
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
            return Ok(Nav::Next);
        }
    }

    /// The first and last step of grid item `i`.
    fn grid_span(&self, i: usize) -> (usize, usize) {
        let first = self
            .steps
            .iter()
            .position(|s| matches!(s, Step::GridRow(j, _) if *j == i));
        let last = self
            .steps
            .iter()
            .rposition(|s| matches!(s, Step::GridRow(j, _) if *j == i));
        (first.unwrap_or(0), last.unwrap_or(0))
    }

    /// All the rows of a grid on one screen.
    fn compact_grid(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let item = &def.items[i];
        let rows: Vec<String> = item.rows.iter().map(|r| self.label(&r.text)).collect();
        let mut levels: Vec<String> = item.options.iter().map(|o| self.label(&o.label)).collect();
        if item.no_answer {
            levels.push(self.no_answer_label());
        }
        let no_answer = item.no_answer.then_some(item.options.len());
        let mut current: Vec<Option<usize>> = (0..item.rows.len())
            .map(|r| {
                self.current_code(item, Some(r)).and_then(|code| {
                    if code == crate::response::NO_ANSWER_CODE {
                        no_answer
                    } else {
                        item.options.iter().position(|o| o.code == code)
                    }
                })
            })
            .collect();
        let back = self.can_go_back();
        let mut cursor = current.iter().position(Option::is_none).unwrap_or(0);
        self.show(p, &self.item_screen(i, item))?;
        loop {
            let grid = Grid {
                rows: &rows,
                levels: &levels,
                current: &current,
                cursor,
                comments: item.comment,
                back,
            };
            let (chosen, comment) = match p.grid(&grid)? {
                GridReply::Done(c) => (c, Err(Nav::Next)),
                GridReply::Back(c) => (c, Err(Nav::Back)),
                GridReply::Comment(row, c) => (c, Ok(row)),
            };
            current = chosen;
            let answered: std::collections::BTreeMap<String, String> = current
                .iter()
                .enumerate()
                .filter_map(|(r, level)| {
                    let k = (*level)?;
                    let code = if Some(k) == no_answer {
                        crate::response::NO_ANSWER_CODE.to_owned()
                    } else {
                        item.options.get(k)?.code.clone()
                    };
                    Some((item.rows[r].id.clone(), code))
                })
                .collect();
            if answered.is_empty() {
                self.draft.response.answers.remove(&item.id);
            } else {
                self.draft
                    .response
                    .answers
                    .insert(item.id.clone(), Answer::Rows(answered));
            }
            match comment {
                Ok(row) => {
                    // Back on the row commented on.
                    cursor = row;
                    self.save_now()?;
                    let key = format!("{}.{}", item.id, item.rows[row].id);
                    self.comment(p, &key, Some(&rows[row]))?;
                    self.show(p, &self.item_screen(i, item))?;
                }
                Err(Nav::Next) if item.required && current.iter().any(Option::is_none) => {
                    cursor = current.iter().position(Option::is_none).unwrap_or(0);
                    self.save_now()?;
                    let label = if item.no_answer {
                        self.no_answer_label()
                    } else {
                        m.no_answer_default.to_owned()
                    };
                    p.message(&m.survey.answer_every_row(&label))?;
                }
                Err(Nav::Back) if !back => {}
                Err(nav) => return Ok(nav),
            }
        }
    }

    fn no_answer_label(&self) -> String {
        match &self.def.no_answer_label {
            Some(label) => self.label(label),
            None => self.m.no_answer_default.to_owned(),
        }
    }

    fn current_code(&self, item: &DefinedItem, row: Option<usize>) -> Option<String> {
        match (self.draft.response.answers.get(&item.id), row) {
            (Some(Answer::Text(code)), None) => Some(code.clone()),
            (Some(Answer::Rows(rows)), Some(r)) => rows.get(&item.rows[r].id).cloned(),
            _ => None,
        }
    }

    /// Asks for the comment `key` (an item, or an item's row named `row`); Escape leaves
    /// it as it was.
    fn comment(&mut self, p: &mut dyn Prompter, key: &str, row: Option<&str>) -> PromptResult<()> {
        let current = self
            .draft
            .response
            .comments
            .get(key)
            .cloned()
            .unwrap_or_default();
        let prompt = match row {
            Some(row) => self.m.survey.comment_on(row),
            None => self.m.comment_prompt.to_owned(),
        };
        let field = Field {
            prompt: &prompt,
            initial: &current,
            escape: Escape::Cancel,
        };
        let Some(text) = p.input(&field)? else {
            return Ok(());
        };
        let text = text.trim();
        if text.is_empty() {
            self.draft.response.comments.remove(key);
        } else {
            self.draft
                .response
                .comments
                .insert(key.to_owned(), text.to_owned());
        }
        self.save_now()
    }

    fn multiple(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let item = &self.def.items[i];
        let screen = self.item_screen(i, item);
        let mut items: Vec<String> = item.options.iter().map(|o| self.label(&o.label)).collect();
        let no_answer = item.no_answer.then(|| {
            items.push(self.no_answer_label());
            items.len() - 1
        });
        let exclusive: Vec<bool> = (0..items.len())
            .map(|k| item.options.get(k).is_some_and(|o| o.exclusive))
            .collect();
        let back = self.can_go_back();
        self.show(p, &screen)?;
        // Ticks sorted out for an exclusive option, shown again to be confirmed.
        let mut sorted: Option<Vec<bool>> = None;
        loop {
            let current = self.draft.response.answers.get(&item.id);
            let checked: Vec<bool> = sorted.take().unwrap_or_else(|| {
                (0..items.len())
                    .map(|k| match current {
                        Some(Answer::Choices(codes)) => {
                            k < item.options.len() && codes.contains(&item.options[k].code)
                        }
                        Some(a) if a.is_no_answer() => Some(k) == no_answer,
                        _ => false,
                    })
                    .collect()
            });
            let Some(ticked) = p.multi_select(&items, &checked, &exclusive, back)? else {
                if !back {
                    continue;
                }
                return Ok(Nav::Back);
            };
            // "None of these" ticked with others: the one newly ticked wins, and the
            // respondent is told and sees the ticks again.
            let after: Vec<bool> = (0..items.len()).map(|k| ticked.contains(&k)).collect();
            let ticks = prompter::exclusive_ticks(&checked, &after, &exclusive);
            if let Some(note) = ticks.note(&items, self.m) {
                p.message(&note)?;
                if !matches!(ticks, prompter::Ticks::Conflict { .. }) {
                    sorted = Some(ticks.apply(&after));
                }
                continue;
            }
            let answer = if no_answer.is_some_and(|n| ticked.contains(&n)) {
                if ticked.len() > 1 {
                    p.message(&self.m.survey.no_answer_alone(&self.no_answer_label()))?;
                    continue;
                }
                Some(Answer::no_answer())
            } else if ticked.is_empty() {
                None
            } else {
                let mut sorted = ticked.clone();
                sorted.sort_unstable();
                Some(Answer::Choices(
                    sorted
                        .iter()
                        .map(|&k| item.options[k].code.clone())
                        .collect(),
                ))
            };
            if let Some(Nav::Next) = self.record(p, item, answer)? {
                return Ok(Nav::Next);
            }
        }
    }

    /// Records `answer` (None: left empty) if valid; tells the respondent otherwise.
    fn record(
        &mut self,
        p: &mut dyn Prompter,
        item: &DefinedItem,
        answer: Option<Answer>,
    ) -> PromptResult<Option<Nav>> {
        match answer {
            None if item.required => {
                p.message(self.m.answer_needed)?;
                Ok(None)
            }
            None => {
                self.draft.response.answers.remove(&item.id);
                Ok(Some(Nav::Next))
            }
            Some(a) => match check_answer(item, &a) {
                Ok(()) => {
                    self.draft.response.answers.insert(item.id.clone(), a);
                    Ok(Some(Nav::Next))
                }
                Err(problem) => {
                    p.message(&problem)?;
                    Ok(None)
                }
            },
        }
    }

    /// What Enter alone does in a text field of `item` (none: the closing comment).
    fn input_prompt(&self, item: Option<&DefinedItem>) -> String {
        let m = self.m;
        match item {
            Some(item) if item.no_answer => {
                format!("({})", m.survey.no_answer_enter(&self.no_answer_label()))
            }
            Some(item) if item.required => String::new(),
            _ => format!("({})", m.optional_enter),
        }
    }

    /// A line typed for a question; `None` to go back.
    fn typed(
        &self,
        p: &mut dyn Prompter,
        prompt: &str,
        initial: &str,
    ) -> PromptResult<Option<String>> {
        let back = self.can_go_back();
        let field = Field {
            prompt,
            initial,
            escape: if back { Escape::Back } else { Escape::Stay },
        };
        loop {
            match p.input(&field)? {
                None if back => return Ok(None),
                None => continue,
                // "<" was the way back before Escape was: still understood.
                Some(line) if line.trim() == "<" && back => return Ok(None),
                Some(line) => return Ok(Some(line.trim().to_owned())),
            }
        }
    }

    fn number(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let item = &def.items[i];
        let mut screen = self.item_screen(i, item);
        if item.min.is_some() || item.max.is_some() || item.unit.is_some() {
            let mut range = m.range(item.min, item.max);
            if let Some(unit) = &item.unit {
                range = format!("{range} ({})", self.label(unit));
            }
            screen.push_str(&format!("\n{range}"));
        }
        self.show(p, &screen)?;
        let prompt = self.input_prompt(Some(item));
        loop {
            let initial = match self.draft.response.answers.get(&item.id) {
                Some(Answer::Number(x)) => x.to_string(),
                _ => String::new(),
            };
            let Some(line) = self.typed(p, &prompt, &initial)? else {
                return Ok(Nav::Back);
            };
            let answer = if line.is_empty() {
                item.no_answer.then(Answer::no_answer)
            } else {
                match line.replace(',', ".").parse::<f64>() {
                    Ok(x) if x.is_finite() => {
                        if item.integer && x.fract() != 0.0 {
                            p.message(m.whole_number)?;
                            continue;
                        }
                        if item.min.is_some_and(|min| x < min)
                            || item.max.is_some_and(|max| x > max)
                        {
                            p.message(&m.out_of_range(item.min, item.max))?;
                            continue;
                        }
                        Some(Answer::Number(x))
                    }
                    _ => {
                        p.message(m.not_a_number)?;
                        continue;
                    }
                }
            };
            if let Some(nav) = self.record(p, item, answer)? {
                return Ok(nav);
            }
        }
    }

    fn free_text(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let item = &self.def.items[i];
        self.show(p, &self.item_screen(i, item))?;
        let prompt = self.input_prompt(Some(item));
        loop {
            let initial = match self.draft.response.answers.get(&item.id) {
                Some(Answer::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let Some(line) = self.typed(p, &prompt, &initial)? else {
                return Ok(Nav::Back);
            };
            let answer = (!line.is_empty()).then_some(Answer::Text(line));
            if let Some(nav) = self.record(p, item, answer)? {
                return Ok(nav);
            }
        }
    }

    fn closing(&mut self, p: &mut dyn Prompter) -> PromptResult<Nav> {
        let Some(question) = &self.def.closing_comment else {
            return Ok(Nav::Next);
        };
        self.show(
            p,
            &format!("{}\n\n{}", self.m.closing_heading, self.text(question)),
        )?;
        let initial = self
            .draft
            .response
            .closing_comment
            .clone()
            .unwrap_or_default();
        let Some(line) = self.typed(p, &self.input_prompt(None), &initial)? else {
            return Ok(Nav::Back);
        };
        self.draft.response.closing_comment = (!line.is_empty()).then_some(line);
        Ok(Nav::Next)
    }

    /// Items that are asked, required and have no answer yet.
    fn missing(&self) -> Vec<&'a str> {
        let asked = relevance(self.def, &self.draft.response);
        self.def
            .items
            .iter()
            .zip(asked)
            .filter(|(item, asked)| {
                let answer = self.draft.response.answers.get(&item.id);
                *asked && item.required && answer.is_none_or(|a| check_answer(item, a).is_err())
            })
            .map(|(item, _)| item.id.as_str())
            .collect()
    }

    /// The label of option `code` of `item` in the survey's language, with its letter when
    /// options have letters; the no-answer label for the no-answer flag; the code itself
    /// when the questionnaire has no such option.
    fn option_label(&self, item: &DefinedItem, code: &str) -> String {
        if code == crate::response::NO_ANSWER_CODE {
            return self.no_answer_label();
        }
        match item.options.iter().find(|o| o.code == code) {
            // The letter held to its text by a no-break space: a wrapped review line never
            // ends with "B." alone, its option on the next.
            Some(o) => match option_letter(item, code) {
                Some(letter) => format!("{letter}.\u{a0}{}", self.label(&o.label)),
                None => self.label(&o.label),
            },
            None => sanitize::one_line(code),
        }
    }

    /// The review's lines, one entry per question (a grid's rows on lines of their own),
    /// each with the step it is asked at. Every answer is in full: the prompter wraps.
    fn summary(&self) -> Vec<(String, usize)> {
        let (def, m) = (self.def, self.m);
        let r = &self.draft.response;
        let step_of =
            |wanted: &dyn Fn(&Step) -> bool| self.steps.iter().position(wanted).unwrap_or(0);
        let mut lines = Vec::new();
        for (i, field) in def.profile.iter().enumerate() {
            if !asks(def, r.mode, field) {
                continue;
            }
            let value = match r.profile.get(&field.id) {
                Some(code) => field
                    .choices
                    .iter()
                    .find(|c| &c.code == code)
                    .map(|c| self.label(&c.label))
                    .unwrap_or_else(|| sanitize::one_line(code)),
                None => m.skipped.to_owned(),
            };
            let name = field
                .label
                .as_ref()
                .map_or_else(|| field.id.clone(), |l| self.label(l));
            lines.push((
                format!("{name}{}{value}", m.colon),
                step_of(&|s| *s == Step::Profile(i)),
            ));
        }
        let asked = relevance(def, r);
        // An item not asked is not listed: it has no answer to review or change.
        for (i, item) in def.items.iter().enumerate().filter(|(i, _)| asked[*i]) {
            let name = item_name(def, i, self.lang());
            let step = step_of(&|s| matches!(s, Step::Item(j) | Step::GridRow(j, _) if *j == i));
            let commented = r.comments.contains_key(&item.id)
                || item
                    .rows
                    .iter()
                    .any(|row| r.comments.contains_key(&format!("{}.{}", item.id, row.id)));
            let mark = if commented {
                format!(" [{}]", m.comment_label)
            } else {
                String::new()
            };
            let value = match r.answers.get(&item.id) {
                None => m.not_answered.to_owned(),
                Some(a) if a.is_no_answer() => self.no_answer_label(),
                Some(Answer::Text(code)) if item.kind == ItemKind::Single => {
                    self.option_label(item, code)
                }
                Some(Answer::Text(text)) => sanitize::one_line(text),
                Some(Answer::Number(x)) => x.to_string(),
                Some(Answer::Choices(codes)) => codes
                    .iter()
                    .map(|code| self.option_label(item, code))
                    .collect::<Vec<_>>()
                    .join(", "),
                Some(Answer::Rows(rows)) => {
                    let rows: Vec<String> = item
                        .rows
                        .iter()
                        .map(|row| {
                            let answer = rows.get(&row.id).map_or_else(
                                || m.survey.row_not_answered.to_owned(),
                                |code| self.option_label(item, code),
                            );
                            format!("    {}{}{answer}", self.label(&row.text), m.colon)
                        })
                        .collect();
                    lines.push((format!("{name}{mark}\n{}", rows.join("\n")), step));
                    continue;
                }
            };
            lines.push((format!("{name}{mark}{}{value}", m.colon), step));
        }
        if def.closing_comment.is_some() {
            let value = r
                .closing_comment
                .as_deref()
                .map_or(m.skipped.to_owned(), sanitize::one_line);
            lines.push((
                format!("{}{}{value}", m.closing_heading, m.colon),
                step_of(&|s| *s == Step::Closing),
            ));
        }
        lines
    }

    fn review(&mut self, p: &mut dyn Prompter) -> PromptResult<Review> {
        let m = self.m;
        let heading = if self.collective() {
            m.survey.review_heading_group
        } else {
            m.review_heading
        };
        loop {
            let summary = self.summary();
            let lines: Vec<&str> = summary.iter().map(|(l, _)| l.as_str()).collect();
            self.show(p, &format!("{heading}\n\n{}", lines.join("\n")))?;
            let entries = [
                Entry::plain(m.submit),
                Entry::plain(m.change_answer),
                Entry::plain(m.save_and_leave),
            ];
            let menu = Menu {
                prompt: m.review_prompt,
                entries: &entries,
                default: Some(0),
                back: true,
            };
            match p.select(&menu)? {
                Some(0) => {
                    let missing = self.missing();
                    if missing.is_empty() {
                        return Ok(Review::Submit);
                    }
                    p.message(&m.missing_required(&missing.join(", ")))?;
                    let first = missing[0];
                    let step = self
                        .steps
                        .iter()
                        .position(|s| matches!(s, Step::Item(j) | Step::GridRow(j, _) if self.def.items[*j].id == first))
                        .unwrap_or(0);
                    let entries = [
                        Entry::plain(m.change_answer),
                        Entry::plain(m.save_and_leave),
                    ];
                    let menu = Menu {
                        prompt: "",
                        entries: &entries,
                        default: Some(0),
                        back: true,
                    };
                    match p.select(&menu)? {
                        Some(0) => return Ok(Review::Change(step)),
                        Some(_) => return Ok(Review::Leave),
                        None => continue,
                    }
                }
                Some(1) => {
                    let mut entries: Vec<Entry> = lines.iter().map(|l| Entry::plain(*l)).collect();
                    entries.push(Entry::plain(m.back));
                    self.show(p, m.which_answer)?;
                    let menu = Menu {
                        prompt: "",
                        entries: &entries,
                        default: None,
                        back: true,
                    };
                    match p.select(&menu)? {
                        Some(k) if k < summary.len() => return Ok(Review::Change(summary[k].1)),
                        _ => continue,
                    }
                }
                Some(_) => return Ok(Review::Leave),
                // Back from the review: to the last question.
                None => return Ok(Review::Change(self.steps.len().saturating_sub(1))),
            }
        }
    }
}

/// What the respondent chose on the review screen.
enum Review {
    Submit,
    Leave,
    Change(usize),
}

/// Takes out of `response` the answers and comments of the items its other answers do not
/// ask (their `show_if` not met); returns those items whose answer was taken out.
pub fn drop_not_asked(def: &Definition, response: &mut Response) -> Vec<usize> {
    if !def.has_conditions() {
        return Vec::new();
    }
    let asked = relevance(def, response);
    let mut dropped = Vec::new();
    for (i, item) in def.items.iter().enumerate().filter(|(i, _)| !asked[*i]) {
        if response.answers.remove(&item.id).is_some() {
            dropped.push(i);
        }
        let prefix = format!("{}.", item.id);
        response
            .comments
            .retain(|key, _| key != &item.id && !key.starts_with(&prefix));
    }
    dropped
}

/// A new draft for `def`.
pub fn new_draft(def: &Definition, language: &str, mode: Mode) -> Draft {
    Draft {
        schema_version: crate::response::RESPONSE_SCHEMA_VERSION,
        step: 0,
        response: Response::new(def, language, mode),
    }
}

/// The letter shown before an option ("A") when the options are named by letters, as the
/// instrument's A/B/C are and as people call them in the discussion; none when codes are
/// words or numbers (`none`, `yes`, `7`), which are for machines and would be read as part
/// of the answer.
pub fn option_letter(item: &DefinedItem, code: &str) -> Option<char> {
    let lettered = crate::questionnaire::lettered(item.options.iter().map(|o| o.code.as_str()));
    if lettered { code.chars().next() } else { None }
}

/// The number an option is chosen by when every option of `item` is coded by a whole
/// number written plainly ("0" to "10"), so that typing 7 records "7".
fn option_number(item: &DefinedItem, code: &str) -> Option<usize> {
    let plain = |c: &str| -> Option<usize> {
        let n: usize = c.parse().ok()?;
        (n.to_string() == c).then_some(n)
    };
    if item.options.iter().all(|o| plain(&o.code).is_some()) {
        plain(code)
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
