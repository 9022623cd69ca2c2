//! Prompting in a terminal: arrow keys, letters and numbers, Esc to go back, Ctrl-C to stop.
//!
//! Every key redraws the whole screen from its top: the screen's text, the messages under
//! it, the question's entries and the keys hint, laid out to the terminal's width and
//! height. Nothing is left over from an earlier drawing, and what the person needs stays in
//! view together: when it does not all fit, the list of entries scrolls (the question stays)
//! or, when the text itself is too long (the introduction, the review), the text is turned
//! page by page with ← and →, its heading on every page.

use console::{Key, Term, measure_text_width, style};

use super::layout::{hint_lines, usable, wrap_paragraph, wrap_text};
use super::prompter::{
    Entry, Escape, Field, Grid, GridReply, Menu, PromptError, PromptResult, Prompter,
};
use crate::i18n::Messages;

/// The terminal prompter; questions go to stderr so stdout stays for results.
pub struct Tty {
    term: Term,
    m: &'static Messages,
    /// The current screen's text: a heading line, then paragraphs.
    screen: String,
    /// Messages shown under the screen's text since it was shown.
    notes: Vec<String>,
    /// The page of the screen's text in view, when it takes more than one.
    page: usize,
    /// The first entry in view of a list that scrolls.
    top: usize,
    /// How many lines the last drawing took.
    drawn: usize,
}

impl Default for Tty {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        let _ = self.term.show_cursor();
    }
}

/// What a prompt shows under the screen's text.
#[derive(Debug, Default)]
struct View {
    /// Lines above the list (a prompt, a grid's legend), already wrapped.
    pre: Vec<String>,
    /// The list: each entry's lines, already wrapped and styled.
    blocks: Vec<Vec<String>>,
    /// The entry with the cursor.
    cursor: usize,
    /// Lines under the list (a text being typed), already wrapped.
    post: Vec<String>,
    /// The keys hint, one hint each.
    hints: Vec<String>,
    /// Where the terminal's cursor goes in `post` (line, column); hidden when `None`.
    caret: Option<(usize, usize)>,
}

/// What is drawn: the lines, where the cursor goes, how many pages the text has.
#[derive(Debug)]
struct Drawn {
    lines: Vec<String>,
    caret: Option<(usize, usize)>,
    pages: usize,
}

impl Tty {
    pub fn new() -> Self {
        Tty {
            term: Term::stderr(),
            m: crate::i18n::current(),
            screen: String::new(),
            notes: Vec::new(),
            page: 0,
            top: 0,
            drawn: 0,
        }
    }

    /// The terminal's size: rows, and the columns text may use.
    fn size(&self) -> (usize, usize) {
        let rows = self
            .term
            .size_checked()
            .map_or(24, |(rows, _)| usize::from(rows));
        (rows.max(6), usable(crate::output::live_width(&self.term)))
    }

    /// Draws the screen with `view` under it; returns how many pages the text has.
    fn draw(&mut self, view: &View) -> PromptResult<usize> {
        let (rows, cols) = self.size();
        let drawn = compose(
            &self.screen,
            &self.notes,
            view,
            rows,
            cols,
            self.sep(),
            self.m,
            &mut self.page,
            &mut self.top,
        );
        self.drawn = drawn.lines.len();
        let mut out = String::from("\x1b[?25l\x1b[H");
        out.push_str(&drawn.lines.join("\x1b[K\r\n"));
        out.push_str("\x1b[K\x1b[J");
        match drawn.caret {
            Some((row, col)) => out.push_str(&format!("\x1b[{};{}H\x1b[?25h", row + 1, col + 1)),
            None if view.blocks.is_empty() && view.post.is_empty() => {
                // Nothing to answer: what comes next is written under the text.
                if drawn.lines.len() < rows {
                    out.push_str("\r\n");
                }
                out.push_str("\x1b[?25h");
            }
            None => {}
        }
        self.term.write_str(&out)?;
        self.term.flush()?;
        Ok(drawn.pages)
    }

    fn sep(&self) -> &'static str {
        self.m.survey.hint_separator
    }

    /// Reads a key; Ctrl-C leaves the cursor under the drawing, for the message that follows.
    fn key(&mut self) -> PromptResult<Key> {
        match self.term.read_key_raw() {
            Ok(Key::CtrlC) => {
                self.leave();
                Err(PromptError::Interrupted)
            }
            Ok(key) => Ok(key),
            Err(e) => {
                self.leave();
                Err(e.into())
            }
        }
    }

    /// Puts the cursor under the drawing (the terminal keeps it on the screen), shown: what is
    /// written next goes there.
    fn leave(&mut self) {
        let _ = self
            .term
            .write_str(&format!("\x1b[{};1H\x1b[?25h", self.drawn + 1));
        let _ = self.term.flush();
    }

    /// Turns the page of the text on ←/→ and PgUp/PgDn; whether `key` did.
    fn turn_page(&mut self, key: &Key, pages: usize) -> bool {
        if pages < 2 {
            return false;
        }
        match key {
            Key::ArrowLeft | Key::PageUp => {
                self.page = self.page.saturating_sub(1);
                true
            }
            Key::ArrowRight | Key::PageDown => {
                self.page = (self.page + 1).min(pages - 1);
                true
            }
            _ => false,
        }
    }

    /// The lines of a list's entry: its marker on the first, the rest under its text.
    fn block(&self, text: &str, marker: &str, chosen: bool, cols: usize) -> Vec<String> {
        let lead = measure_text_width(marker);
        let mut lines = Vec::new();
        for (k, (line, _)) in wrap_text(text, cols.saturating_sub(lead))
            .into_iter()
            .enumerate()
        {
            let prefix = if k == 0 {
                marker.to_owned()
            } else {
                " ".repeat(lead)
            };
            let line = if chosen {
                style(line).for_stderr().cyan().bold().to_string()
            } else {
                line
            };
            lines.push(format!("{}{line}", cursor_mark(&prefix, chosen && k == 0)));
        }
        lines
    }
}

/// The marker before the entry with the cursor, styled.
fn cursor_mark(prefix: &str, cursor: bool) -> String {
    if cursor {
        style(prefix).for_stderr().cyan().bold().to_string()
    } else {
        prefix.to_owned()
    }
}

/// Lays the screen's text, the notes and `view` out in `rows` × `cols`.
#[allow(clippy::too_many_arguments)]
fn compose(
    screen: &str,
    notes: &[String],
    view: &View,
    rows: usize,
    cols: usize,
    sep: &str,
    m: &Messages,
    page: &mut usize,
    top: &mut usize,
) -> Drawn {
    let mut head = if screen.is_empty() {
        Vec::new()
    } else {
        wrap_text(screen, cols)
    };
    let mut notes: Vec<String> = notes
        .iter()
        .flat_map(|n| wrap_text(n, cols))
        .map(|(l, _)| style(l).for_stderr().yellow().to_string())
        .collect();
    // A blank line between the notes and the prompt or list under them.
    let under = !view.pre.is_empty() || !view.blocks.is_empty();
    if !notes.is_empty() && under {
        notes.push(String::new());
    }
    let fixed = notes.len() + view.pre.len() + view.post.len();
    let heights: Vec<usize> = view.blocks.iter().map(Vec::len).collect();
    let list: usize = heights.iter().sum();
    let gap = usize::from(!head.is_empty());
    // The heading: the first paragraph, on every page.
    let hl = if head.is_empty() {
        0
    } else {
        1 + head.iter().skip(1).take_while(|(_, start)| !start).count()
    };
    let hints = |extra: Option<String>| {
        let mut all = view.hints.clone();
        all.extend(extra);
        hint_lines(&all, sep, cols)
            .into_iter()
            .map(|l| style(l).for_stderr().dim().to_string())
            .collect::<Vec<_>>()
    };
    let mut hint = hints(None);
    let tallest = heights.get(view.cursor).copied().unwrap_or(0);
    let min_list = list.min(tallest + 2).max(list.min(3));

    // Everything, with a blank line before the hints when there is room; when there is
    // not, the blank line under the heading goes first (paragraphs stay apart).
    let mut all = head.len() + gap + fixed + list + hint.len();
    if all > rows && head.get(hl).is_some_and(|(line, _)| line.is_empty()) {
        head.remove(hl);
        all -= 1;
    }
    let (head_range, list_budget, pages) = if all <= rows {
        *page = 0;
        ((hl, head.len()), list, 1)
    } else if head.len() + gap + fixed + min_list + hint.len() <= rows {
        // The text stays whole; the list scrolls.
        *page = 0;
        let budget = rows - head.len() - gap - fixed - hint.len();
        ((hl, head.len()), budget, 1)
    } else {
        // The text is turned page by page, its heading on each.
        let pages_hint = |n: usize, p: usize| hints(Some(m.survey.key_page(p + 1, n)));
        hint = pages_hint(2, 0);
        let list_budget = list.min((rows.saturating_sub(fixed + hint.len() + 3) / 2).max(min_list));
        // The heading, a blank line, the page, a blank line, then the rest.
        let size = rows
            .saturating_sub(fixed + hint.len() + list_budget + hl + 2)
            .max(1);
        let content: Vec<(String, bool)> = head.iter().skip(hl).cloned().collect();
        let bounds = pages_of(&content, size);
        *page = (*page).min(bounds.len().saturating_sub(1));
        hint = pages_hint(bounds.len(), *page);
        let (from, to) = bounds.get(*page).copied().unwrap_or((0, 0));
        ((from + hl, to + hl), list_budget, bounds.len())
    };

    let mut lines: Vec<String> = Vec::new();
    if !head.is_empty() {
        for (heading, _) in &head[..hl] {
            lines.push(style(heading).for_stderr().bold().to_string());
        }
        let (from, to) = head_range;
        let body: Vec<&String> = head[from..to].iter().map(|(l, _)| l).collect();
        // A page starts with its text, not with the blank line before it.
        let paged = pages > 1;
        let skip = if paged {
            body.iter().take_while(|l| l.is_empty()).count()
        } else {
            0
        };
        if paged {
            lines.push(String::new());
        }
        lines.extend(body.into_iter().skip(skip).cloned());
        if gap > 0 && (fixed + list > 0) {
            lines.push(String::new());
        }
    }
    lines.extend(notes);
    lines.extend(view.pre.iter().cloned());
    lines.extend(window(view, &heights, list_budget, top, m));
    let post_at = lines.len();
    lines.extend(view.post.iter().cloned());
    if lines.len() + hint.len() < rows {
        lines.push(String::new());
    }
    lines.extend(hint);
    if lines.len() > rows {
        // Only when the terminal is tiny: the end (the answer, the keys) matters most.
        let cut = lines.len() - rows;
        lines.drain(1..(1 + cut).min(lines.len()));
    }
    let caret = view.caret.map(|(line, col)| {
        let drawn = post_at + line;
        (drawn.min(lines.len().saturating_sub(1)), col)
    });
    Drawn {
        lines,
        caret,
        pages,
    }
}

/// The pages of `content` (lines with whether a paragraph starts there), `size` lines each
/// at most, breaking between paragraphs where one fits: (from, to) of each. A page starts
/// with an indented paragraph (a grid's row on the review) only when the paragraph that
/// leads in to it starts that page too: the rows go to the next page with the name of
/// their grid, and only a grid longer than a page is cut between its rows.
fn pages_of(content: &[(String, bool)], size: usize) -> Vec<(usize, usize)> {
    let mut pages = Vec::new();
    let mut start = 0;
    while start < content.len() && content[start].0.is_empty() {
        start += 1;
    }
    let lead_in = |k: usize| content[k].1 && !content[k].0.starts_with(' ');
    while start < content.len() {
        let mut end = (start + size).min(content.len());
        if end < content.len() && !lead_in(end) {
            let last = |good: &dyn Fn(usize) -> bool| (start + 1..end).rev().find(|&k| good(k));
            // Before the lead-in of what would be cut; else, inside a paragraph, at least
            // between two.
            let inside = !content[end].1;
            if let Some(k) = last(&lead_in).or_else(|| {
                if inside {
                    last(&|k| content[k].1)
                } else {
                    None
                }
            }) {
                end = k;
            }
        }
        pages.push((start, end));
        start = end;
        while start < content.len() && content[start].0.is_empty() {
            start += 1;
        }
    }
    if pages.is_empty() {
        pages.push((0, 0));
    }
    pages
}

/// The lines of the list in view: all of it when it fits in `budget` lines, else the
/// entries around the cursor between "more above" and "more below".
fn window(
    view: &View,
    heights: &[usize],
    budget: usize,
    top: &mut usize,
    m: &Messages,
) -> Vec<String> {
    let total: usize = heights.iter().sum();
    if total <= budget {
        *top = 0;
        return view.blocks.iter().flatten().cloned().collect();
    }
    let n = heights.len();
    let cursor = view.cursor.min(n.saturating_sub(1));
    let sum = |a: usize, b: usize| heights[a..b].iter().sum::<usize>();
    // The lines entries `a..b` take, with "more above" and "more below" where needed.
    let need = |a: usize, b: usize| sum(a, b) + usize::from(a > 0) + usize::from(b < n);
    if cursor < *top {
        *top = cursor;
    }
    while *top < cursor && need(*top, cursor + 1) > budget {
        *top += 1;
    }
    let mut end = cursor + 1;
    while end < n && need(*top, end + 1) <= budget {
        end += 1;
    }
    while *top > 0 && need(*top - 1, end) <= budget {
        *top -= 1;
    }
    let dim = |t: &str| style(format!("  {t}")).for_stderr().dim().to_string();
    let mut lines = Vec::new();
    if *top > 0 {
        lines.push(dim(m.survey.more_above));
    }
    let mut shown: Vec<String> = view.blocks[*top..end].iter().flatten().cloned().collect();
    // Only an entry taller than the room left is ever cut.
    shown.truncate(
        budget
            .saturating_sub(usize::from(*top > 0) + usize::from(end < n))
            .max(1),
    );
    lines.extend(shown);
    if end < n {
        lines.push(dim(m.survey.more_below));
    }
    lines
}

/// The letters of a menu's entries, as a hint says them: "A/B/C".
fn letters(entries: &[Entry]) -> String {
    entries
        .iter()
        .filter_map(|e| e.letter.map(String::from))
        .collect::<Vec<_>>()
        .join("/")
}

impl Prompter for Tty {
    fn set_language(&mut self, m: &'static Messages) {
        self.m = m;
    }

    fn screen(&mut self, text: &str) -> PromptResult<()> {
        if self.screen != text {
            self.page = 0;
            self.top = 0;
        }
        // Messages said before the first screen (drafts not offered here) stay under it:
        // drawn alone, they would be wiped at once.
        if !self.screen.is_empty() {
            self.notes.clear();
        }
        self.screen = text.to_owned();
        self.draw(&View::default())?;
        Ok(())
    }

    fn message(&mut self, text: &str) -> PromptResult<()> {
        self.notes.push(text.to_owned());
        self.draw(&View::default())?;
        Ok(())
    }

    fn select(&mut self, menu: &Menu) -> PromptResult<Option<usize>> {
        let n = menu.entries.len();
        if n == 0 {
            return Ok(None);
        }
        let mut cursor = menu.default.unwrap_or(0).min(n - 1);
        let letters = letters(menu.entries);
        let lettered = menu.entries.iter().filter(|e| e.letter.is_some()).count();
        loop {
            let (_, cols) = self.size();
            let s = &self.m.survey;
            // Arrows and letters both choose: one hint says so.
            let mut hints = vec![if lettered > 0 {
                s.key_letters(&letters, lettered)
            } else {
                s.key_move.to_owned()
            }];
            hints.push(s.key_confirm.to_owned());
            if menu.back {
                hints.push(s.key_back.to_owned());
            }
            let view = View {
                pre: if menu.prompt.is_empty() {
                    Vec::new()
                } else {
                    wrap_paragraph(menu.prompt, cols)
                },
                blocks: menu
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        let marker = if i == cursor { "❯ " } else { "  " };
                        self.block(&e.label(), marker, i == cursor, cols)
                    })
                    .collect(),
                cursor,
                hints,
                ..View::default()
            };
            let pages = self.draw(&view)?;
            let key = self.key()?;
            if self.turn_page(&key, pages) {
                continue;
            }
            match key {
                Key::ArrowUp | Key::BackTab | Key::Char('k') => cursor = (cursor + n - 1) % n,
                Key::ArrowDown | Key::Tab | Key::Char('j') => cursor = (cursor + 1) % n,
                Key::Home | Key::PageUp => cursor = 0,
                Key::End | Key::PageDown => cursor = n - 1,
                Key::Enter => return Ok(Some(cursor)),
                Key::Escape | Key::Backspace if menu.back => return Ok(None),
                Key::Char(c) => {
                    let up = c.to_ascii_uppercase();
                    if let Some(k) = menu.entries.iter().position(|e| e.letter == Some(up)) {
                        cursor = k;
                    } else if let Some(k) = c.to_digit(10).and_then(|d| menu.by_number(d as usize))
                    {
                        cursor = k;
                    }
                }
                _ => {}
            }
        }
    }

    fn multi_select(
        &mut self,
        items: &[String],
        checked: &[bool],
        exclusive: &[bool],
        back: bool,
    ) -> PromptResult<Option<Vec<usize>>> {
        let n = items.len();
        if n == 0 {
            return Ok(Some(Vec::new()));
        }
        let mut ticked: Vec<bool> = (0..n)
            .map(|i| checked.get(i).copied().unwrap_or(false))
            .collect();
        let mut cursor = 0;
        // The note saying what an exclusive entry unticked, replaced by the next one.
        let mut note: Option<usize> = None;
        loop {
            let (_, cols) = self.size();
            let s = &self.m.survey;
            let mut hints = vec![
                s.key_move.to_owned(),
                s.key_tick.to_owned(),
                s.key_confirm.to_owned(),
            ];
            if back {
                hints.push(s.key_back.to_owned());
            }
            let view = View {
                blocks: items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let mark = if ticked[i] { "[x] " } else { "[ ] " };
                        let marker = format!("{}{mark}", if i == cursor { "❯ " } else { "  " });
                        self.block(item, &marker, i == cursor, cols)
                    })
                    .collect(),
                cursor,
                hints,
                ..View::default()
            };
            let pages = self.draw(&view)?;
            let key = self.key()?;
            if self.turn_page(&key, pages) {
                continue;
            }
            let before = ticked.clone();
            match key {
                Key::ArrowUp | Key::BackTab | Key::Char('k') => cursor = (cursor + n - 1) % n,
                Key::ArrowDown | Key::Tab | Key::Char('j') => cursor = (cursor + 1) % n,
                Key::Char(' ') => ticked[cursor] = !ticked[cursor],
                Key::Char(c) if c.is_ascii_digit() => {
                    let d = c.to_digit(10).unwrap_or(0) as usize;
                    if (1..=n).contains(&d) {
                        cursor = d - 1;
                        ticked[cursor] = !ticked[cursor];
                    }
                }
                Key::Enter => return Ok(Some((0..n).filter(|&i| ticked[i]).collect())),
                Key::Escape | Key::Backspace if back => return Ok(None),
                _ => {}
            }
            // Once something is ticked or unticked, "an answer is needed" no longer applies.
            if ticked != before
                && let Some(k) = self.notes.iter().position(|t| t == self.m.answer_needed)
            {
                self.notes.remove(k);
                note = note.map(|j| if j > k { j - 1 } else { j });
            }
            // One entry ticked at a time: an exclusive one unticks the others, another
            // unticks the exclusive ones, and a note says so.
            let sorted = super::prompter::exclusive_ticks(&before, &ticked, exclusive);
            if let Some(text) = sorted.note(items, self.m) {
                ticked = sorted.apply(&ticked);
                match note {
                    Some(k) if k < self.notes.len() => self.notes[k] = text,
                    _ => {
                        self.notes.push(text);
                        note = Some(self.notes.len() - 1);
                    }
                }
            }
        }
    }

    fn input(&mut self, field: &Field) -> PromptResult<Option<String>> {
        let mut text: Vec<char> = field.initial.chars().collect();
        let mut at = text.len();
        loop {
            let (_, cols) = self.size();
            let s = &self.m.survey;
            let mut hints = vec![s.key_confirm.to_owned()];
            match field.escape {
                Escape::Stay => {}
                Escape::Back => hints.push(s.key_back.to_owned()),
                Escape::Cancel => hints.push(s.key_cancel.to_owned()),
            }
            let (post, caret) = edit_lines(&text, at, cols);
            let view = View {
                pre: if field.prompt.is_empty() {
                    Vec::new()
                } else {
                    wrap_paragraph(field.prompt, cols)
                },
                post,
                caret: Some(caret),
                hints,
                ..View::default()
            };
            let pages = self.draw(&view)?;
            let key = self.key()?;
            if matches!(key, Key::PageUp | Key::PageDown) && self.turn_page(&key, pages) {
                continue;
            }
            match key {
                Key::Enter => {
                    self.leave_field();
                    return Ok(Some(text.iter().collect()));
                }
                Key::Escape if field.escape != Escape::Stay => {
                    self.leave_field();
                    return Ok(None);
                }
                Key::Backspace if at > 0 => {
                    at -= 1;
                    text.remove(at);
                }
                Key::Del if at < text.len() => {
                    text.remove(at);
                }
                Key::ArrowLeft => at = at.saturating_sub(1),
                Key::ArrowRight => at = (at + 1).min(text.len()),
                Key::Home => at = 0,
                Key::End => at = text.len(),
                Key::Char(c) if !crate::sanitize::is_unsafe(c) && c != '\t' => {
                    text.insert(at, c);
                    at += 1;
                }
                _ => {}
            }
        }
    }

    fn compact_grid(&self) -> bool {
        true
    }

    fn grid(&mut self, grid: &Grid) -> PromptResult<GridReply> {
        let rows = grid.rows.len();
        let levels = grid.levels.len();
        if rows == 0 || levels == 0 {
            return Ok(GridReply::Done(grid.current.to_vec()));
        }
        let mut chosen = grid.current.to_vec();
        let mut cursor = grid.cursor.min(rows - 1);
        loop {
            let (_, cols) = self.size();
            let s = &self.m.survey;
            let mut hints = vec![
                s.key_rows.to_owned(),
                s.key_levels(levels),
                // One hint: what Enter does on the last row is not split from what it does
                // on the others.
                format!("{}{}{}", s.key_grid_enter, self.sep(), s.key_grid_done),
            ];
            if grid.comments {
                hints.push(s.key_comment.to_owned());
            }
            if grid.back {
                hints.push(s.key_back.to_owned());
            }
            let (pre, blocks) =
                grid_blocks(grid.rows, grid.levels, &chosen, cursor, cols, self.sep());
            let view = View {
                pre,
                blocks,
                cursor,
                hints,
                ..View::default()
            };
            let pages = self.draw(&view)?;
            let key = self.key()?;
            if matches!(key, Key::PageUp | Key::PageDown) && self.turn_page(&key, pages) {
                continue;
            }
            let last = levels - 1;
            match key {
                Key::ArrowUp | Key::BackTab | Key::Char('k') => cursor = cursor.saturating_sub(1),
                Key::ArrowDown | Key::Tab | Key::Char('j') => cursor = (cursor + 1).min(rows - 1),
                Key::ArrowLeft | Key::Char('h') => {
                    chosen[cursor] = Some(chosen[cursor].map_or(0, |k| k.saturating_sub(1)))
                }
                Key::ArrowRight | Key::Char('l') => {
                    chosen[cursor] = Some(chosen[cursor].map_or(0, |k| (k + 1).min(last)))
                }
                Key::Char(c) if c.is_ascii_digit() => {
                    let d = c.to_digit(10).unwrap_or(0) as usize;
                    if (1..=levels).contains(&d) {
                        chosen[cursor] = Some(d - 1);
                    }
                }
                Key::Char('c' | 'C' | 'n') if grid.comments => {
                    return Ok(GridReply::Comment(cursor, chosen));
                }
                Key::Enter if cursor + 1 < rows => cursor += 1,
                Key::Enter => return Ok(GridReply::Done(chosen)),
                Key::Escape | Key::Backspace if grid.back => return Ok(GridReply::Back(chosen)),
                _ => {}
            }
        }
    }
}

impl Tty {
    /// Hides the caret of a text field that was answered.
    fn leave_field(&mut self) {
        let _ = self.term.hide_cursor();
    }
}

/// The lines of a text being typed ("> " then the text, wrapped at spaces, a word broken
/// only when it fills a line alone) and where the caret goes: (line, column).
fn edit_lines(text: &[char], at: usize, cols: usize) -> (Vec<String>, (usize, usize)) {
    let lead = 2;
    let room = cols.saturating_sub(lead).max(4);
    let w = |c: char| measure_text_width(&c.to_string());
    let span = |a: usize, b: usize| text[a..b].iter().map(|&c| w(c)).sum::<usize>();
    // Each line as the range of characters it shows.
    let mut ranges = Vec::new();
    let (mut start, mut width, mut space) = (0, 0, None);
    for (i, &c) in text.iter().enumerate() {
        if width + w(c) > room {
            space = match space {
                // A space that runs past the edge ends its line, unseen; the next line
                // starts with the word after it, in line with the others.
                _ if c == ' ' => {
                    ranges.push((start, i + 1));
                    start = i + 1;
                    width = 0;
                    continue;
                }
                Some(sp) if sp + 1 > start => {
                    ranges.push((start, sp + 1));
                    start = sp + 1;
                    None
                }
                _ => {
                    ranges.push((start, i));
                    start = i;
                    None
                }
            };
            width = span(start, i);
        }
        if c == ' ' {
            space = Some(i);
        }
        width += w(c);
    }
    ranges.push((start, text.len()));
    let lines: Vec<String> = ranges
        .iter()
        .enumerate()
        .map(|(k, &(a, b))| {
            let lead = if k == 0 { "> " } else { "  " };
            // The space that ended a full line is not shown.
            let b = if span(a, b) > room { b - 1 } else { b };
            format!("{lead}{}", text[a..b].iter().collect::<String>())
        })
        .collect();
    let k = ranges
        .iter()
        .position(|&(a, b)| at >= a && at < b)
        .unwrap_or(ranges.len() - 1);
    let mut caret = (k, lead + span(ranges[k].0, at.max(ranges[k].0)));
    let mut lines = lines;
    if caret.1 >= lead + room {
        // Past a full line: at the start of the next, a new one when it is the last.
        if k + 1 == lines.len() {
            lines.push(String::from("  "));
        }
        caret = (k + 1, lead);
    }
    (lines, caret)
}

/// A grid laid out in `cols`: the levels side by side on each row when they fit; else each
/// row with the name of its level, and the levels numbered in a legend above; else, on a
/// narrow screen, each row's name with its level on the line under it.
fn grid_blocks(
    rows: &[String],
    levels: &[String],
    chosen: &[Option<usize>],
    cursor: usize,
    cols: usize,
    sep: &str,
) -> (Vec<String>, Vec<Vec<String>>) {
    let label_width = rows
        .iter()
        .map(|r| measure_text_width(r))
        .max()
        .unwrap_or(0);
    let cells: usize = levels.iter().map(|l| measure_text_width(l) + 2).sum();
    let none = "–";
    let styled = |text: &str, on: bool| {
        if on {
            style(text).for_stderr().cyan().bold().to_string()
        } else {
            text.to_owned()
        }
    };
    if 2 + label_width + 2 + cells <= cols {
        let blocks = rows
            .iter()
            .enumerate()
            .map(|(r, row)| {
                let pad = " ".repeat(label_width - measure_text_width(row));
                let answer: String = levels
                    .iter()
                    .enumerate()
                    .map(|(k, level)| {
                        if chosen[r] == Some(k) {
                            styled(&format!("[{level}]"), true)
                        } else {
                            format!(" {level} ")
                        }
                    })
                    .collect();
                let marker = cursor_mark(if r == cursor { "❯ " } else { "  " }, r == cursor);
                vec![format!(
                    "{marker}{}{pad}  {answer}",
                    styled(row, r == cursor)
                )]
            })
            .collect();
        return (Vec::new(), blocks);
    }
    let legend: Vec<String> = levels
        .iter()
        .enumerate()
        .map(|(k, l)| format!("{} {l}", k + 1))
        .collect();
    let mut pre = hint_lines(&legend, sep, cols);
    pre.push(String::new());
    let blocks = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let on = r == cursor;
            let marker = cursor_mark(if on { "❯ " } else { "  " }, on);
            let (level, width) = match chosen[r] {
                Some(k) => {
                    let text = format!("{} {}", k + 1, levels[k]);
                    let width = measure_text_width(&text);
                    (styled(&text, true), width)
                }
                None => (none.to_owned(), 1),
            };
            let label = measure_text_width(row);
            // In a column when it fits, else beside the row's name, else under it.
            if 2 + label_width + 2 + width <= cols {
                let pad = " ".repeat(label_width - label);
                vec![format!("{marker}{}{pad}  {level}", styled(row, on))]
            } else if 2 + label + 2 + width <= cols {
                vec![format!("{marker}{}  {level}", styled(row, on))]
            } else {
                let mut lines: Vec<String> = wrap_paragraph(row, cols - 2)
                    .into_iter()
                    .enumerate()
                    .map(|(k, l)| {
                        if k == 0 {
                            format!("{marker}{}", styled(&l, on))
                        } else {
                            format!("  {}", styled(&l, on))
                        }
                    })
                    .collect();
                lines.push(format!("    {level}"));
                lines
            }
        })
        .collect();
    (pre, blocks)
}

/// The messages of `lang`, for tests of the layout.
#[cfg(test)]
fn m(lang: &str) -> &'static Messages {
    crate::i18n::messages(lang)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_grid_s_rows_stay_under_its_name_across_pages() {
        let content: Vec<(String, bool)> = [
            "",
            "Organisation: Alpha",
            "1. Contributes",
            "    Funding: Minor",
            "    Staff: Minor",
            "2. Receives",
            "    Funding: Moderate",
            "    Staff: Moderate",
            "    Data: Moderate",
            "Closing: (skipped)",
        ]
        .iter()
        .map(|l| (l.to_string(), true))
        .collect();
        // 6 lines a page: the second grid goes whole to the next page, not its rows alone.
        assert_eq!(super::pages_of(&content, 6), [(1, 5), (5, 10)]);
        // 3 a page: the first grid fits on a page of its own; the second, longer than a
        // page, starts a page and is broken between its rows.
        assert_eq!(
            super::pages_of(&content, 3),
            [(1, 2), (2, 5), (5, 8), (8, 10)]
        );
        // Paragraphs without indented ones after them are cut as before.
        let plain: Vec<(String, bool)> = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|l| (l.to_string(), true))
            .collect();
        assert_eq!(super::pages_of(&plain, 2), [(0, 2), (2, 4), (4, 5)]);
    }

    use super::*;

    fn plain(s: &str) -> String {
        console::strip_ansi_codes(s).into_owned()
    }

    #[test]
    fn a_long_text_is_paged_with_its_heading_and_the_menu_on_every_page() {
        let mut text = String::from("Review your answers\n");
        for k in 1..=60 {
            text.push_str(&format!(
                "\n{k}. An answer long enough to wrap on a narrow screen, twice over at least."
            ));
        }
        let view = View {
            blocks: vec![
                vec!["❯ Submit".into()],
                vec!["  Change".into()],
                vec!["  Keep".into()],
            ],
            hints: vec!["↑↓: move".into(), "Enter: confirm".into()],
            ..View::default()
        };
        for (rows, cols) in [(24, 39), (24, 79), (40, 119)] {
            let (mut page, mut top) = (0, 0);
            let first = compose(
                &text,
                &[],
                &view,
                rows,
                cols,
                " · ",
                m("en"),
                &mut page,
                &mut top,
            );
            assert!(first.pages > 1, "{rows}x{cols}");
            let mut seen = Vec::new();
            for p in 0..first.pages {
                page = p;
                let drawn = compose(
                    &text,
                    &[],
                    &view,
                    rows,
                    cols,
                    " · ",
                    m("en"),
                    &mut page,
                    &mut top,
                );
                assert!(
                    drawn.lines.len() <= rows,
                    "{rows}x{cols}: {:?}",
                    drawn.lines
                );
                let lines: Vec<String> = drawn.lines.iter().map(|l| plain(l)).collect();
                assert_eq!(lines[0], "Review your answers");
                assert!(
                    lines.iter().all(|l| measure_text_width(l) <= cols),
                    "{lines:?}"
                );
                assert!(lines.iter().any(|l| l == "❯ Submit"));
                assert!(
                    lines
                        .iter()
                        .any(|l| l.contains(&format!("page {} of {}", p + 1, first.pages))),
                    "{lines:?}"
                );
                seen.extend(lines.iter().filter(|l| l.contains(". An answer")).cloned());
            }
            // Every entry on some page, none cut between two.
            assert_eq!(seen.len(), 60, "{seen:?}");
        }
    }

    #[test]
    fn a_long_list_scrolls_around_the_cursor_under_a_question_that_stays() {
        let text = "3 / 18 · Condition\n\nIn our partnership, the question stays in view.";
        let blocks: Vec<Vec<String>> = (0..30)
            .map(|k| vec![format!("  entry {k}"), "  and its second line".into()])
            .collect();
        let mut view = View {
            blocks,
            hints: vec!["Enter: confirm".into()],
            ..View::default()
        };
        let (mut page, mut top) = (0, 0);
        for cursor in [0, 10, 29, 5] {
            view.cursor = cursor;
            let drawn = compose(
                text,
                &[],
                &view,
                24,
                39,
                " · ",
                m("en"),
                &mut page,
                &mut top,
            );
            let lines: Vec<String> = drawn.lines.iter().map(|l| plain(l)).collect();
            assert!(lines.len() <= 24);
            assert!(
                lines.iter().any(|l| l.contains("question stays")),
                "{lines:?}"
            );
            assert!(
                lines.iter().any(|l| l == &format!("  entry {cursor}")),
                "{cursor}: {lines:?}"
            );
            assert_eq!(lines.last().unwrap(), "Enter: confirm");
        }
    }

    #[test]
    fn grids_fit_forty_columns() {
        let rows: Vec<String> = [
            "Funding",
            "Liens avec la communauté et réseaux",
            "Pouvoir de décision",
        ]
        .map(String::from)
        .to_vec();
        let levels: Vec<String> = [
            "Aucune",
            "Faible",
            "Moyenne",
            "Forte",
            "Je ne peux pas me prononcer",
        ]
        .map(String::from)
        .to_vec();
        let chosen = [Some(4), None, Some(2)];
        for cols in [39, 79, 119] {
            let (pre, blocks) = grid_blocks(&rows, &levels, &chosen, 1, cols, " · ");
            for line in pre.iter().chain(blocks.iter().flatten()) {
                assert!(measure_text_width(line) <= cols, "{cols}: {line:?}");
            }
            let all = plain(&blocks.concat().join("\n"));
            assert!(all.contains("Je ne peux pas me prononcer"), "{cols}: {all}");
        }
    }

    #[test]
    fn the_caret_follows_the_text_being_typed() {
        let text: Vec<char> = "abcdefghij".chars().collect();
        let (lines, caret) = edit_lines(&text, 10, 8);
        assert_eq!(lines, ["> abcdef", "  ghij"]);
        assert_eq!(caret, (1, 6));
        let (_, caret) = edit_lines(&text, 0, 8);
        assert_eq!(caret, (0, 2));
        // Words are kept whole.
        let text: Vec<char> = "one two three four".chars().collect();
        let (lines, caret) = edit_lines(&text, 18, 11);
        assert_eq!(lines, ["> one two ", "  three ", "  four"]);
        assert_eq!(caret, (2, 6));
        let (_, caret) = edit_lines(&text, 4, 11);
        assert_eq!(caret, (0, 6));
        // A space just past the edge ends the line: the next starts in line with the others
        // (it began with that space, one column in), and the caret on that space waits at
        // the start of the next line.
        let text: Vec<char> = "abcdef ghi".chars().collect();
        let (lines, caret) = edit_lines(&text, 10, 8);
        assert_eq!(lines, ["> abcdef", "  ghi"]);
        assert_eq!(caret, (1, 5));
        let (_, caret) = edit_lines(&text, 6, 8);
        assert_eq!(caret, (1, 2));
        let text: Vec<char> = "abcdef ".chars().collect();
        let (lines, caret) = edit_lines(&text, 7, 8);
        assert_eq!(lines, ["> abcdef", "  "]);
        assert_eq!(caret, (1, 2));
    }
}
