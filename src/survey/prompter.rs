//! The seam between the survey engine and whoever answers: a terminal, a line-based
//! reader, or a test script.

use std::collections::VecDeque;

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

/// What the survey engine needs from a user interface. Texts arrive cleaned of control
/// characters and in the respondent's language; implementations only lay them out.
pub trait Prompter {
    /// Starts a new screen showing `text` (a heading line, then paragraphs).
    fn screen(&mut self, text: &str) -> PromptResult<()>;

    /// A short message under the current screen (a hint, or why an answer was refused).
    fn message(&mut self, text: &str) -> PromptResult<()>;

    /// One choice among `items`; `None` when the respondent asks to go back (Esc).
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: Option<usize>,
    ) -> PromptResult<Option<usize>>;

    /// Any number of `items`; `None` when the respondent asks to go back.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> PromptResult<Option<Vec<usize>>>;

    /// A line of text, starting from `initial`.
    fn input(&mut self, prompt: &str, initial: &str) -> PromptResult<String>;

    /// Whether [`Prompter::grid`] shows all the rows of a grid on one screen; otherwise the
    /// engine asks row by row.
    fn compact_grid(&self) -> bool {
        false
    }

    /// All the rows of a grid at once: `levels` are the choices of every row, `current` the
    /// level chosen so far for each row.
    fn grid(
        &mut self,
        prompt: &str,
        rows: &[String],
        levels: &[String],
        current: &[Option<usize>],
    ) -> PromptResult<GridReply> {
        let _ = (prompt, rows, levels, current);
        Err(PromptError::Io(std::io::Error::other(
            "this prompter asks grids row by row",
        )))
    }
}

/// What the respondent did on a compact grid.
#[derive(Debug, Clone, PartialEq)]
pub enum GridReply {
    /// Confirmed these levels.
    Done(Vec<Option<usize>>),
    /// Asked to go back, keeping these levels.
    Back(Vec<Option<usize>>),
    /// Asked to write a note on row `.0`, with these levels so far.
    Note(usize, Vec<Option<usize>>),
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
}

impl Scripted {
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        Scripted {
            replies: replies.into_iter().collect(),
            transcript: Vec::new(),
        }
    }

    /// Replies not used (a test usually expects none).
    pub fn remaining(&self) -> usize {
        self.replies.len()
    }

    fn next(&mut self, prompt: &str) -> PromptResult<Reply> {
        match self.replies.pop_front() {
            Some(Reply::Interrupt) | None => Err(PromptError::Interrupted),
            Some(reply) => {
                self.transcript.push(format!("> {reply:?}"));
                let _ = prompt;
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

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: Option<usize>,
    ) -> PromptResult<Option<usize>> {
        self.transcript
            .push(format!("[select] {prompt} {items:?} default={default:?}"));
        match self.next(prompt)? {
            Reply::Pick(prefix) => items
                .iter()
                .position(|i| i.starts_with(&prefix))
                .map(Some)
                .ok_or_else(|| panic!("no item starts with {prefix:?} in {items:?}")),
            Reply::Escape => Ok(None),
            other => panic!("script gave {other:?} to a select: {prompt} {items:?}"),
        }
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> PromptResult<Option<Vec<usize>>> {
        self.transcript
            .push(format!("[multi] {prompt} {items:?} checked={checked:?}"));
        match self.next(prompt)? {
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
            other => panic!("script gave {other:?} to a multi-select: {prompt}"),
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> PromptResult<String> {
        self.transcript
            .push(format!("[input] {prompt} initial={initial:?}"));
        match self.next(prompt)? {
            Reply::Type(line) => Ok(line),
            other => panic!("script gave {other:?} to an input: {prompt}"),
        }
    }
}
