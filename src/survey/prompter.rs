//! The seam between the survey engine and whoever answers: a terminal, a line-based
//! reader, or a test script.

use std::collections::VecDeque;

use crate::i18n::Messages;

/// Why a prompt did not return an answer.
#[derive(Debug)]
pub enum PromptError {
    /// Ctrl-C: keep the draft and leave.
    Interrupted,
    /// The input ended (a pipe or file read with `--plain`): keep the draft and leave.
    EndOfInput,
    /// The terminal could not be used.
    Io(std::io::Error),
}

impl From<std::io::Error> for PromptError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::Interrupted => PromptError::Interrupted,
            std::io::ErrorKind::UnexpectedEof => PromptError::EndOfInput,
            _ => PromptError::Io(e),
        }
    }
}

pub type PromptResult<T> = Result<T, PromptError>;

/// One entry of a menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The option's letter ("A") when the options are named by letters, as the instrument's
    /// A/B/C are: it is shown before the text, and typing it chooses the entry.
    pub letter: Option<char>,
    /// The option's code when every option of the item is a whole number (a 0–10 rating):
    /// the menu numbers the entry with it, so that what is typed is what is recorded.
    pub number: Option<usize>,
    /// The text, one paragraph (the prompter wraps it).
    pub text: String,
}

impl Entry {
    /// An entry without a letter.
    pub fn plain(text: impl Into<String>) -> Entry {
        Entry {
            letter: None,
            number: None,
            text: text.into(),
        }
    }

    /// The entry as it reads: "A. text", or the text.
    pub fn label(&self) -> String {
        match self.letter {
            Some(l) => format!("{l}. {}", self.text),
            None => self.text.clone(),
        }
    }
}

/// A choice among entries.
#[derive(Debug, Clone, Copy)]
pub struct Menu<'a> {
    /// A line above the entries (may be empty).
    pub prompt: &'a str,
    pub entries: &'a [Entry],
    /// The entry chosen when the respondent only confirms.
    pub default: Option<usize>,
    /// Whether the respondent may go back from here (the prompter says how, once).
    pub back: bool,
}

impl Menu<'_> {
    /// The number each entry is chosen by: 1, 2, 3… in order; or, when the options are
    /// numbered by their codes (a 0–10 scale), those codes, and the entries after them
    /// (no answer…) the numbers that follow the highest.
    pub fn numbers(&self) -> Vec<usize> {
        if self.entries.iter().all(|e| e.number.is_none()) {
            return (1..=self.entries.len()).collect();
        }
        let mut next = self
            .entries
            .iter()
            .filter_map(|e| e.number)
            .max()
            .unwrap_or(0)
            + 1;
        self.entries
            .iter()
            .map(|e| {
                e.number.unwrap_or_else(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    }

    /// The entry numbered `n`.
    pub fn by_number(&self, n: usize) -> Option<usize> {
        self.numbers().iter().position(|&k| k == n)
    }
}

/// What Escape (or its line-based equivalent) does on a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// Nothing: there is nowhere to go back to.
    Stay,
    /// Goes back to the previous question.
    Back,
    /// Leaves the text as it was (a comment).
    Cancel,
}

/// A line of text to type.
#[derive(Debug, Clone, Copy)]
pub struct Field<'a> {
    /// What to type, and what Enter alone does (the engine's words).
    pub prompt: &'a str,
    /// The text so far.
    pub initial: &'a str,
    pub escape: Escape,
}

/// All the rows of a grid at once.
#[derive(Debug, Clone, Copy)]
pub struct Grid<'a> {
    pub rows: &'a [String],
    /// The choices of every row, in order.
    pub levels: &'a [String],
    /// The level chosen so far for each row.
    pub current: &'a [Option<usize>],
    /// The row to start on.
    pub cursor: usize,
    /// Whether a comment can be written on a row.
    pub comments: bool,
    pub back: bool,
}

/// What the survey engine needs from a user interface. Texts arrive cleaned of control
/// characters and in the respondent's language, one paragraph a line (a line's leading
/// spaces are its indent); implementations lay them out to their width.
pub trait Prompter {
    /// The language of the prompter's own words (its keys and hints).
    fn set_language(&mut self, m: &'static Messages) {
        let _ = m;
    }

    /// Starts a new screen showing `text` (a heading line, then paragraphs).
    fn screen(&mut self, text: &str) -> PromptResult<()>;

    /// A short message under the current screen (a hint, or why an answer was refused).
    fn message(&mut self, text: &str) -> PromptResult<()>;

    /// One entry of `menu`; `None` when the respondent asks to go back.
    fn select(&mut self, menu: &Menu) -> PromptResult<Option<usize>>;

    /// Any number of `items`; `None` when the respondent asks to go back. An item marked
    /// in `exclusive` ("none of these") is ticked alone: a prompter that ticks one entry at
    /// a time unticks the others when it is ticked, and it when another is (see
    /// [`exclusive_ticks`]), and says so; the engine sorts out the others.
    fn multi_select(
        &mut self,
        items: &[String],
        checked: &[bool],
        exclusive: &[bool],
        back: bool,
    ) -> PromptResult<Option<Vec<usize>>>;

    /// A line of text, starting from `field.initial`; `None` on Escape (see [`Escape`]).
    fn input(&mut self, field: &Field) -> PromptResult<Option<String>>;

    /// Whether [`Prompter::grid`] shows all the rows of a grid on one screen; otherwise the
    /// engine asks row by row.
    fn compact_grid(&self) -> bool {
        false
    }

    /// All the rows of a grid at once.
    fn grid(&mut self, grid: &Grid) -> PromptResult<GridReply> {
        let _ = grid;
        Err(PromptError::Io(std::io::Error::other(
            "this prompter asks grids row by row",
        )))
    }
}

/// What ticking did to a several-choice answer with an exclusive entry ("none of these"),
/// from the ticks `before` to those `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ticks {
    /// Nothing to sort out: no exclusive entry is ticked with another.
    Kept,
    /// Exclusive entry `by` was ticked: the others (`unticked`) were unticked.
    Alone { by: usize, unticked: Vec<usize> },
    /// Other entries were ticked: the exclusive ones (`unticked`) were unticked.
    Others { unticked: Vec<usize> },
    /// Exclusive entry `by` and others were newly ticked together: which one was meant
    /// cannot be told.
    Conflict { by: usize },
}

impl Ticks {
    /// The ticks once sorted out (`after` itself when kept or in conflict).
    pub fn apply(&self, after: &[bool]) -> Vec<bool> {
        let mut ticks = after.to_vec();
        if let Ticks::Alone { unticked, .. } | Ticks::Others { unticked } = self {
            for &k in unticked {
                ticks[k] = false;
            }
        }
        ticks
    }

    /// What to tell the respondent, with `items` the entries' labels.
    pub fn note(&self, items: &[String], m: &Messages) -> Option<String> {
        let label = |k: usize| items.get(k).cloned().unwrap_or_default();
        match self {
            Ticks::Kept => None,
            Ticks::Alone { by, unticked } => Some(
                m.survey.exclusive_unticked_others(
                    &label(*by),
                    &unticked
                        .iter()
                        .map(|&k| label(k))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ),
            Ticks::Others { unticked } => Some(
                unticked
                    .iter()
                    .map(|&k| m.survey.exclusive_unticked(&label(k)))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            Ticks::Conflict { by } => Some(m.survey.exclusive_alone(&label(*by))),
        }
    }
}

/// How the ticks `after` sort out against those `before` when entries marked in `exclusive`
/// are ticked alone: the one newly ticked wins (an exclusive entry unticks the others,
/// another entry unticks the exclusive ones).
pub fn exclusive_ticks(before: &[bool], after: &[bool], exclusive: &[bool]) -> Ticks {
    let on = |ticks: &[bool], k: usize| ticks.get(k).copied().unwrap_or(false);
    let ticked: Vec<usize> = (0..after.len()).filter(|&k| after[k]).collect();
    let alone: Vec<usize> = ticked
        .iter()
        .copied()
        .filter(|&k| on(exclusive, k))
        .collect();
    if ticked.len() < 2 || alone.is_empty() {
        return Ticks::Kept;
    }
    let new: Vec<usize> = ticked.iter().copied().filter(|&k| !on(before, k)).collect();
    match new.as_slice() {
        [k] if on(exclusive, *k) => Ticks::Alone {
            by: *k,
            unticked: ticked.into_iter().filter(|x| x != k).collect(),
        },
        [_, ..] if new.iter().all(|&k| !on(exclusive, k)) => Ticks::Others { unticked: alone },
        _ => Ticks::Conflict { by: alone[0] },
    }
}

/// What the respondent did on a compact grid.
#[derive(Debug, Clone, PartialEq)]
pub enum GridReply {
    /// Confirmed these levels.
    Done(Vec<Option<usize>>),
    /// Asked to go back, keeping these levels.
    Back(Vec<Option<usize>>),
    /// Asked to write a comment on row `.0`, with these levels so far.
    Comment(usize, Vec<Option<usize>>),
}

/// One scripted reply for [`Scripted`].
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Choose the first item that starts with this text.
    Pick(String),
    /// Esc: go back.
    Escape,
    /// Tick the items starting with these texts.
    Tick(Vec<String>),
    /// Type this line.
    Type(String),
    /// Confirm a compact grid with these levels.
    Grid(Vec<Option<usize>>),
    /// Ctrl-C.
    Interrupt,
}

/// Shorthand for [`Reply::Pick`].
pub fn pick(prefix: &str) -> Reply {
    Reply::Pick(prefix.to_owned())
}

/// Shorthand for [`Reply::Type`].
pub fn typed(line: &str) -> Reply {
    Reply::Type(line.to_owned())
}

/// A prompter that replays a script and records what it was shown: for testing the engine
/// without a terminal.
#[derive(Debug, Default)]
pub struct Scripted {
    replies: VecDeque<Reply>,
    /// Everything shown, in order: screens, messages, prompts with their items.
    pub transcript: Vec<String>,
    /// Whether grids are asked on one screen ([`Reply::Grid`]).
    pub compact: bool,
}

impl Scripted {
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        Scripted {
            replies: replies.into_iter().collect(),
            transcript: Vec::new(),
            compact: false,
        }
    }

    /// Replies not used (a test usually expects none).
    pub fn remaining(&self) -> usize {
        self.replies.len()
    }

    fn next(&mut self) -> PromptResult<Reply> {
        match self.replies.pop_front() {
            Some(Reply::Interrupt) | None => Err(PromptError::Interrupted),
            Some(reply) => {
                self.transcript.push(format!("> {reply:?}"));
                Ok(reply)
            }
        }
    }
}

impl Prompter for Scripted {
    fn screen(&mut self, text: &str) -> PromptResult<()> {
        self.transcript.push(format!("[screen] {text}"));
        Ok(())
    }

    fn message(&mut self, text: &str) -> PromptResult<()> {
        self.transcript.push(format!("[message] {text}"));
        Ok(())
    }

    fn select(&mut self, menu: &Menu) -> PromptResult<Option<usize>> {
        let items: Vec<String> = menu.entries.iter().map(Entry::label).collect();
        self.transcript.push(format!(
            "[select] {} {items:?} default={:?} back={}",
            menu.prompt, menu.default, menu.back
        ));
        match self.next()? {
            Reply::Pick(prefix) => items
                .iter()
                .position(|i| i.starts_with(&prefix))
                .map(Some)
                .ok_or_else(|| panic!("no item starts with {prefix:?} in {items:?}")),
            Reply::Escape => Ok(None),
            other => panic!(
                "script gave {other:?} to a select: {} {items:?}",
                menu.prompt
            ),
        }
    }

    fn multi_select(
        &mut self,
        items: &[String],
        checked: &[bool],
        _exclusive: &[bool],
        back: bool,
    ) -> PromptResult<Option<Vec<usize>>> {
        self.transcript
            .push(format!("[multi] {items:?} checked={checked:?} back={back}"));
        match self.next()? {
            Reply::Tick(prefixes) => Ok(Some(
                prefixes
                    .iter()
                    .map(|p| {
                        items
                            .iter()
                            .position(|i| i.starts_with(p.as_str()))
                            .unwrap_or_else(|| panic!("no item starts with {p:?} in {items:?}"))
                    })
                    .collect(),
            )),
            Reply::Escape => Ok(None),
            other => panic!("script gave {other:?} to a multi-select: {items:?}"),
        }
    }

    fn input(&mut self, field: &Field) -> PromptResult<Option<String>> {
        self.transcript.push(format!(
            "[input] {} initial={:?} escape={:?}",
            field.prompt, field.initial, field.escape
        ));
        match self.next()? {
            Reply::Type(line) => Ok(Some(line)),
            Reply::Escape => Ok(None),
            other => panic!("script gave {other:?} to an input: {}", field.prompt),
        }
    }

    fn compact_grid(&self) -> bool {
        self.compact
    }

    fn grid(&mut self, grid: &Grid) -> PromptResult<GridReply> {
        self.transcript.push(format!(
            "[grid] {:?} {:?} current={:?}",
            grid.rows, grid.levels, grid.current
        ));
        match self.next()? {
            Reply::Grid(levels) => Ok(GridReply::Done(levels)),
            Reply::Escape => Ok(GridReply::Back(grid.current.to_vec())),
            other => panic!("script gave {other:?} to a grid"),
        }
    }
}
