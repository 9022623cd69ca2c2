//! The survey engine: asks a questionnaire through a [`Prompter`], one question at a time,
//! with a way back, comments, a review screen, and the draft saved after every answer.

pub mod plain;
pub mod prompter;
pub mod tty;

use crate::i18n::{Messages, messages};
use crate::questionnaire::format::ItemKind;
use crate::questionnaire::{DefinedItem, Definition};
use crate::response::check::check_answer;
use crate::response::{Answer, Draft, Response};
use crate::sanitize;
use crate::text::Text;
pub use prompter::{GridReply, PromptError, PromptResult, Prompter};

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
    width: usize,
    /// Whether this is a new response (the introduction is shown) or a resumed one.
    fresh: bool,
}

/// The sequence of questions of `def`.
pub fn steps(def: &Definition) -> Vec<Step> {
    let mut steps: Vec<Step> = (0..def.prerequisites.len())
        .map(Step::Prerequisite)
        .collect();
    steps.extend((0..def.profile.len()).map(Step::Profile));
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

impl<'a> Survey<'a> {
    /// A survey continuing `draft` (a new one has `step` 0 and no answers).
    pub fn new(
        def: &'a Definition,
        draft: Draft,
        fresh: bool,
        width: usize,
        save: &'a mut SaveDraft<'a>,
    ) -> Self {
        Survey {
            def,
            m: messages(&draft.response.language),
            steps: steps(def),
            draft,
            save,
            width: width.clamp(30, 100),
            fresh,
        }
    }

    /// The draft as it stands.
    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    /// Runs the survey to its end.
    pub fn run(&mut self, p: &mut dyn Prompter) -> Result<Outcome, SurveyError> {
        if self.fresh && !self.introduction(p)? {
            return Ok(Outcome::Abandoned);
        }
        self.save()?;
        let mut back_to_review = false;
        loop {
            let at = self.draft.step;
            if at >= self.steps.len() {
                match self.review(p)? {
                    Review::Submit => {
                        return Ok(Outcome::Submitted(Box::new(self.draft.response.clone())));
                    }
                    Review::Leave => return Ok(Outcome::Left),
                    Review::Change(step) => {
                        self.draft.step = step;
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
            match self.ask(p, self.steps[at])? {
                Nav::Stop => return Ok(Outcome::Abandoned),
                Nav::Back => self.draft.step = first.saturating_sub(1),
                Nav::Next => {
                    let at = last;
                    let next = at + 1;
                    let same_grid = matches!(
                        (self.steps[at], self.steps.get(next)),
                        (Step::GridRow(i, _), Some(Step::GridRow(j, _))) if i == *j
                    );
                    self.draft.step = if back_to_review && !same_grid {
                        self.steps.len()
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

    fn save(&mut self) -> Result<(), SurveyError> {
        (self.save)(&self.draft).map_err(SurveyError::Save)
    }

    fn text(&self, t: &Text) -> String {
        sanitize::for_terminal(t.get(&self.draft.response.language, &self.def.default_language))
            .into_owned()
    }

    fn wrap(&self, text: &str) -> String {
        text.split('\n')
            .map(|para| textwrap::fill(para, self.width))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A choice label wrapped with a hanging indent, so long options stay readable.
    fn choice(&self, marker: &str, label: &str) -> String {
        let first = if marker.is_empty() {
            String::new()
        } else {
            format!("{marker} ")
        };
        // Menus put two columns of their own ("❯ ") before the first line only.
        let indent = " ".repeat(console::measure_text_width(&first) + 2);
        let options = textwrap::Options::new(self.width.saturating_sub(4))
            .initial_indent(&first)
            .subsequent_indent(&indent);
        textwrap::fill(&sanitize::one_line(label), &options)
    }

    fn introduction(&mut self, p: &mut dyn Prompter) -> PromptResult<bool> {
        let (def, m) = (self.def, self.m);
        // As written: capitals would be spelt out letter by letter by some screen readers.
        let mut parts = vec![self.text(&def.title)];
        if let Some(d) = &def.description {
            parts.push(self.wrap(&self.text(d)));
        }
        if let Some(notice) = &def.notice {
            parts.push(self.wrap(&self.text(notice)));
        }
        if let Some(minutes) = def.estimated_minutes {
            parts.push(m.minutes(minutes));
        }
        if self.draft.response.mode == crate::response::Mode::Collective {
            parts.push(self.wrap(m.intro_collective));
        }
        // A matrix is reported per organisation: its notice says so, and anonymity is not
        // promised.
        parts.push(self.wrap(if def.matrix.is_some() {
            m.intro_no_names
        } else {
            m.intro_anonymous
        }));
        parts.push(self.wrap(m.intro_drafts));
        p.screen(&parts.join("\n\n"))?;
        let items = [m.start.to_owned(), m.quit.to_owned()];
        Ok(matches!(p.select("", &items, Some(0))?, Some(0)))
    }

    /// The "back" entry, offered everywhere but on the first question.
    fn back_item(&self, items: &mut Vec<String>) -> Option<usize> {
        (self.draft.step > 0).then(|| {
            items.push(self.m.back.to_owned());
            items.len() - 1
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
        p.screen(&format!(
            "{}\n\n{}",
            m.prerequisites,
            self.wrap(&self.text(&pre.text))
        ))?;
        let mut items = vec![m.yes.to_owned(), m.no.to_owned()];
        self.back_item(&mut items);
        let default = self
            .draft
            .response
            .prerequisites
            .get(&pre.id)
            .map(|&yes| if yes { 0 } else { 1 });
        match p.select("", &items, default)? {
            Some(0) => {
                self.draft
                    .response
                    .prerequisites
                    .insert(pre.id.clone(), true);
                Ok(Nav::Next)
            }
            Some(1) => {
                self.draft
                    .response
                    .prerequisites
                    .insert(pre.id.clone(), false);
                (self.save)(&self.draft).map_err(|e| PromptError::Io(std::io::Error::other(e)))?;
                p.message(&self.wrap(&self.text(&pre.unmet)))?;
                let items = [m.continue_anyway.to_owned(), m.stop_here.to_owned()];
                match p.select("", &items, Some(0))? {
                    Some(0) => Ok(Nav::Next),
                    Some(_) => Ok(Nav::Stop),
                    None => Ok(Nav::Back),
                }
            }
            _ if self.draft.step == 0 => self.prerequisite(p, i),
            _ => Ok(Nav::Back),
        }
    }

    fn profile(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let field = &def.profile[i];
        let mut screen = format!(
            "{}\n{}\n\n{}",
            m.profile,
            self.wrap(m.profile_note),
            self.wrap(&self.text(&field.text))
        );
        if let Some(help) = &field.help {
            screen.push_str(&format!("\n({})", self.wrap(&self.text(help))));
        }
        p.screen(&screen)?;
        let mut items: Vec<String> = field
            .choices
            .iter()
            .map(|c| self.choice("", &self.text(&c.label)))
            .collect();
        items.push(m.prefer_not_to_say.to_owned());
        let skip = items.len() - 1;
        let back = self.back_item(&mut items);
        let current = self.draft.response.profile.get(&field.id);
        let default = current.and_then(|code| field.choices.iter().position(|c| &c.code == code));
        match p.select("", &items, default)? {
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
            _ if self.draft.step == 0 => Ok(Nav::Next),
            _ => Ok(Nav::Back),
        }
    }

    /// The screen heading of an item: progress and dimension.
    fn item_heading(&self, index: usize, item: &DefinedItem) -> String {
        let mut heading = self.m.progress(index + 1, self.def.items.len());
        if let Some(d) = item
            .dimension
            .as_deref()
            .and_then(|d| self.def.dimension(d))
        {
            heading.push_str(&format!(" · {}", sanitize::one_line(&self.text(&d.name))));
        }
        let mut screen = format!("{heading}\n\n{}", self.wrap(&self.text(&item.text)));
        if let Some(help) = &item.help {
            screen.push_str(&format!("\n({})", self.wrap(&self.text(help))));
        }
        screen
    }

    /// A single-choice item, or one row of a grid.
    fn single(&mut self, p: &mut dyn Prompter, i: usize, row: Option<usize>) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let item = &def.items[i];
        let mut screen = self.item_heading(i, item);
        let mut prompt = String::new();
        if let Some(r) = row {
            let row_text = self.text(&item.rows[r].text);
            screen.push_str(&format!(
                "\n\n{} {}",
                m.progress(r + 1, item.rows.len()),
                sanitize::one_line(&row_text)
            ));
            prompt = sanitize::one_line(&row_text);
        }
        p.screen(&screen)?;
        loop {
            let mut items: Vec<String> = item
                .options
                .iter()
                .map(|o| self.choice(&option_marker(item, &o.code), &self.text(&o.label)))
                .collect();
            let no_answer = item.no_answer.then(|| {
                items.push(self.no_answer_label());
                items.len() - 1
            });
            let comment_key = match row {
                Some(r) => format!("{}.{}", item.id, item.rows[r].id),
                None => item.id.clone(),
            };
            let has_comment = self.draft.response.comments.contains_key(&comment_key);
            let comment = item.comment.then(|| {
                items.push(
                    if has_comment {
                        m.edit_comment
                    } else {
                        m.add_comment
                    }
                    .to_owned(),
                );
                items.len() - 1
            });
            self.back_item(&mut items);
            let current = self.current_code(item, row);
            let default = current.as_deref().and_then(|code| {
                if code == crate::response::NO_ANSWER_CODE {
                    no_answer
                } else {
                    item.options.iter().position(|o| o.code == code)
                }
            });
            let chosen = p.select(&prompt, &items, default)?;
            let code = match chosen {
                Some(c) if c < item.options.len() => item.options[c].code.clone(),
                Some(c) if Some(c) == no_answer => crate::response::NO_ANSWER_CODE.to_owned(),
                Some(c) if Some(c) == comment => {
                    self.comment(p, &comment_key)?;
                    continue;
                }
                _ if self.draft.step == 0 => continue,
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
        p.screen(&self.item_heading(i, item))?;
        let rows: Vec<String> = item
            .rows
            .iter()
            .map(|r| sanitize::one_line(&self.text(&r.text)))
            .collect();
        let mut levels: Vec<String> = item
            .options
            .iter()
            .map(|o| sanitize::one_line(&self.text(&o.label)))
            .collect();
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
        loop {
            let (chosen, note) = match p.grid(m.grid_hint, &rows, &levels, &current)? {
                GridReply::Done(c) => (c, Err(Nav::Next)),
                GridReply::Back(c) => (c, Err(Nav::Back)),
                GridReply::Note(row, c) => (c, Ok(row)),
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
            match note {
                Ok(row) => self.comment(p, &format!("{}.{}", item.id, item.rows[row].id))?,
                Err(Nav::Next) if item.required && current.iter().any(Option::is_none) => {
                    p.message(m.answer_every_row)?
                }
                Err(Nav::Back) if self.draft.step == 0 => {}
                Err(nav) => return Ok(nav),
            }
        }
    }

    fn no_answer_label(&self) -> String {
        match &self.def.no_answer_label {
            Some(label) => sanitize::one_line(&self.text(label)),
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

    fn comment(&mut self, p: &mut dyn Prompter, item_id: &str) -> PromptResult<()> {
        let current = self
            .draft
            .response
            .comments
            .get(item_id)
            .cloned()
            .unwrap_or_default();
        let text = p.input(self.m.comment_prompt, &current)?;
        let text = text.trim();
        if text.is_empty() {
            self.draft.response.comments.remove(item_id);
        } else {
            self.draft
                .response
                .comments
                .insert(item_id.to_owned(), text.to_owned());
        }
        (self.save)(&self.draft).map_err(|e| PromptError::Io(std::io::Error::other(e)))
    }

    fn multiple(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let item = &def.items[i];
        p.screen(&self.item_heading(i, item))?;
        let mut items: Vec<String> = item
            .options
            .iter()
            .map(|o| self.choice("", &self.text(&o.label)))
            .collect();
        let no_answer = item.no_answer.then(|| {
            items.push(self.no_answer_label());
            items.len() - 1
        });
        loop {
            let current = self.draft.response.answers.get(&item.id);
            let checked: Vec<bool> = (0..items.len())
                .map(|k| match current {
                    Some(Answer::Choices(codes)) => {
                        k < item.options.len() && codes.contains(&item.options[k].code)
                    }
                    Some(a) if a.is_no_answer() => Some(k) == no_answer,
                    _ => false,
                })
                .collect();
            let Some(ticked) = p.multi_select(m.tick_hint, &items, &checked)? else {
                if self.draft.step == 0 {
                    continue;
                }
                return Ok(Nav::Back);
            };
            let answer = if no_answer.is_some_and(|n| ticked.contains(&n)) {
                if ticked.len() > 1 {
                    p.message(m.no_answer_alone)?;
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

    /// The hints after an input prompt.
    fn input_prompt(&self, item: Option<&DefinedItem>) -> String {
        let m = self.m;
        let mut hints = Vec::new();
        match item {
            Some(item) if item.no_answer => hints.push(m.no_answer_enter),
            Some(item) if !item.required => hints.push(m.optional_enter),
            None => hints.push(m.optional_enter),
            _ => {}
        }
        if self.draft.step > 0 {
            hints.push(m.type_back);
        }
        if hints.is_empty() {
            String::new()
        } else {
            format!("({})", hints.join(m.semicolon))
        }
    }

    fn number(&mut self, p: &mut dyn Prompter, i: usize) -> PromptResult<Nav> {
        let (def, m) = (self.def, self.m);
        let item = &def.items[i];
        let mut screen = self.item_heading(i, item);
        if item.min.is_some() || item.max.is_some() || item.unit.is_some() {
            let mut range = m.range(item.min, item.max);
            if let Some(unit) = &item.unit {
                range = format!("{range} ({})", sanitize::one_line(&self.text(unit)));
            }
            screen.push_str(&format!("\n{range}"));
        }
        p.screen(&screen)?;
        loop {
            let initial = match self.draft.response.answers.get(&item.id) {
                Some(Answer::Number(x)) => x.to_string(),
                _ => String::new(),
            };
            let line = p.input(&self.input_prompt(Some(item)), &initial)?;
            let line = line.trim();
            if line == "<" && self.draft.step > 0 {
                return Ok(Nav::Back);
            }
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
        p.screen(&self.item_heading(i, item))?;
        loop {
            let initial = match self.draft.response.answers.get(&item.id) {
                Some(Answer::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let line = p.input(&self.input_prompt(Some(item)), &initial)?;
            let line = line.trim();
            if line == "<" && self.draft.step > 0 {
                return Ok(Nav::Back);
            }
            let answer = (!line.is_empty()).then(|| Answer::Text(line.to_owned()));
            if let Some(nav) = self.record(p, item, answer)? {
                return Ok(nav);
            }
        }
    }

    fn closing(&mut self, p: &mut dyn Prompter) -> PromptResult<Nav> {
        let Some(question) = &self.def.closing_comment else {
            return Ok(Nav::Next);
        };
        p.screen(&format!(
            "{}\n\n{}",
            self.m.closing_heading,
            self.wrap(&self.text(question))
        ))?;
        let initial = self
            .draft
            .response
            .closing_comment
            .clone()
            .unwrap_or_default();
        let line = p.input(&self.input_prompt(None), &initial)?;
        let line = line.trim();
        if line == "<" && self.draft.step > 0 {
            return Ok(Nav::Back);
        }
        self.draft.response.closing_comment = (!line.is_empty()).then(|| line.to_owned());
        Ok(Nav::Next)
    }

    /// Items that are required and have no answer yet.
    fn missing(&self) -> Vec<&'a str> {
        self.def
            .items
            .iter()
            .filter(|item| {
                let answer = self.draft.response.answers.get(&item.id);
                item.required && answer.is_none_or(|a| check_answer(item, a).is_err())
            })
            .map(|item| item.id.as_str())
            .collect()
    }

    /// The label of option `code` of `item` in the survey's language; "no answer" for the
    /// no-answer flag; the code itself when the questionnaire has no such option.
    fn option_label(&self, item: &DefinedItem, code: &str) -> String {
        if code == crate::response::NO_ANSWER_CODE {
            return self.no_answer_label();
        }
        item.options
            .iter()
            .find(|o| o.code == code)
            .map_or_else(|| code.to_owned(), |o| self.text(&o.label))
    }

    /// One line per question for the review screen, with the step it is asked at.
    fn summary(&self) -> Vec<(String, usize)> {
        let (def, m) = (self.def, self.m);
        let r = &self.draft.response;
        let step_of =
            |wanted: &dyn Fn(&Step) -> bool| self.steps.iter().position(wanted).unwrap_or(0);
        let mut lines = Vec::new();
        for (i, field) in def.profile.iter().enumerate() {
            let value = match r.profile.get(&field.id) {
                Some(code) => field
                    .choices
                    .iter()
                    .find(|c| &c.code == code)
                    .map(|c| self.text(&c.label))
                    .unwrap_or_else(|| code.clone()),
                None => m.skipped.to_owned(),
            };
            let name = field
                .label
                .as_ref()
                .map_or_else(|| field.id.clone(), |l| self.text(l));
            lines.push((
                format!(
                    "{}{}{}",
                    sanitize::one_line(&name),
                    m.colon,
                    sanitize::one_line(&value)
                ),
                step_of(&|s| *s == Step::Profile(i)),
            ));
        }
        for (i, item) in def.items.iter().enumerate() {
            let value = match r.answers.get(&item.id) {
                None => m.not_answered.to_owned(),
                Some(a) if a.is_no_answer() => self.no_answer_label(),
                Some(Answer::Text(code)) if item.kind == ItemKind::Single => item
                    .options
                    .iter()
                    .find(|o| &o.code == code)
                    .map(|o| {
                        let marker = option_marker(item, code);
                        let label = sanitize::one_line(&self.text(&o.label));
                        if marker.is_empty() {
                            label
                        } else {
                            format!("{code}  {label}")
                        }
                    })
                    .unwrap_or_else(|| code.clone()),
                Some(Answer::Text(text)) => sanitize::one_line(text),
                Some(Answer::Number(x)) => x.to_string(),
                Some(Answer::Choices(codes)) => codes
                    .iter()
                    .map(|code| sanitize::one_line(&self.option_label(item, code)))
                    .collect::<Vec<_>>()
                    .join(", "),
                Some(Answer::Rows(rows)) => item
                    .rows
                    .iter()
                    .map(|row| {
                        let answer = rows
                            .get(&row.id)
                            .map_or_else(|| "–".to_owned(), |code| self.option_label(item, code));
                        format!(
                            "{}{}{}",
                            sanitize::one_line(&self.text(&row.text)),
                            m.colon,
                            sanitize::one_line(&answer)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · "),
            };
            let step = step_of(&|s| matches!(s, Step::Item(j) | Step::GridRow(j, _) if *j == i));
            // The comment mark goes first so that cutting long lines never hides it.
            let mark = if r.comments.contains_key(&item.id) {
                format!(" [{}]", m.comment_label)
            } else {
                String::new()
            };
            let line = format!("{}{mark}  {}", item.id, value);
            lines.push((line, step));
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
        loop {
            let summary = self.summary();
            let width = self.width;
            let lines: Vec<String> = summary
                .iter()
                .map(|(line, _)| console::truncate_str(line, width, "…").into_owned())
                .collect();
            // Menus put two columns before each entry; one line per entry keeps paging right.
            let entries: Vec<String> = summary
                .iter()
                .map(|(line, _)| {
                    console::truncate_str(line, width.saturating_sub(3), "…").into_owned()
                })
                .collect();
            p.screen(&format!("{}\n\n{}", m.review_heading, lines.join("\n")))?;
            let items = [
                m.submit.to_owned(),
                m.change_answer.to_owned(),
                m.save_and_leave.to_owned(),
            ];
            match p.select(m.review_prompt, &items, Some(0))? {
                Some(0) => {
                    let missing = self.missing();
                    if missing.is_empty() {
                        return Ok(Review::Submit);
                    }
                    p.message(&self.wrap(&m.missing_required(&missing.join(", "))))?;
                    let first = missing[0];
                    let step = self
                        .steps
                        .iter()
                        .position(|s| matches!(s, Step::Item(j) | Step::GridRow(j, _) if self.def.items[*j].id == first))
                        .unwrap_or(0);
                    let items = [m.change_answer.to_owned(), m.save_and_leave.to_owned()];
                    match p.select("", &items, Some(0))? {
                        Some(0) => return Ok(Review::Change(step)),
                        Some(_) => return Ok(Review::Leave),
                        None => continue,
                    }
                }
                Some(1) => {
                    let mut items = entries;
                    items.push(m.back.to_owned());
                    p.screen(m.which_answer)?;
                    match p.select("", &items, None)? {
                        Some(k) if k < summary.len() => return Ok(Review::Change(summary[k].1)),
                        _ => continue,
                    }
                }
                Some(_) => return Ok(Review::Leave),
                None => continue,
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

/// A new draft for `def`.
pub fn new_draft(def: &Definition, language: &str, mode: crate::response::Mode) -> Draft {
    Draft {
        schema_version: crate::response::RESPONSE_SCHEMA_VERSION,
        step: 0,
        response: Response::new(def, language, mode),
    }
}

/// The mark shown before an option: its letter ("A.") when the options are named by
/// letters, as the instrument's A/B/C are and as people call them in the discussion; none
/// when codes are words or numbers (`none`, `yes`, `7`), which are for machines and would
/// be read as part of the answer.
fn option_marker(item: &DefinedItem, code: &str) -> String {
    let lettered = item
        .options
        .iter()
        .all(|o| o.code.len() == 1 && o.code.bytes().all(|b| b.is_ascii_uppercase()));
    if lettered {
        format!("{code}.")
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests;
