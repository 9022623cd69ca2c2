//! A virtual terminal for the pseudo-terminal tests: fed what the program writes, it keeps
//! the screen a person would see, and counts the lines that ran past the right edge (a
//! terminal wraps them on its own, which is what a layout must never let happen).
//!
//! Two emulators are fed the same bytes. The screen of record is the `vt100` crate's, a
//! complete terminal emulator (character widths, every escape sequence). The small one
//! here understands what partnereval writes (text, CR, LF, backspace, cursor moves `CSI H`,
//! `A`–`D`, `G`, erasing `CSI J`, `CSI K`; colours and modes ignored) and counts every
//! line that ran past the edge as it happens, even one erased since, which `vt100` cannot
//! tell once it is redrawn; [`Screen::disagreement`] checks that both show the same, so
//! that the count is made on a faithful screen.

/// A screen of `rows` × `cols` characters.
pub struct Screen {
    /// The screen of record.
    reference: vt100::Parser,
    /// The small emulator, which counts overflows.
    own: Own,
    /// A row of the reference screen was seen wrapped.
    wrapped: bool,
    /// How many times a line ran past the right edge (at least once when `wrapped`).
    pub overflows: usize,
}

impl Screen {
    pub fn new(rows: usize, cols: usize) -> Screen {
        let size = |n: usize| {
            u16::try_from(n)
                .ok()
                .and_then(std::num::NonZeroU16::new)
                .expect("a screen size")
        };
        Screen {
            reference: vt100::Parser::new(size(rows), size(cols), 0),
            own: Own::new(rows, cols),
            wrapped: false,
            overflows: 0,
        }
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        self.reference.process(bytes);
        self.own.feed(bytes);
        // A row wrapped on the reference screen is an overflow too, whatever the small
        // emulator made of it.
        let screen = self.reference.screen();
        self.wrapped |= (0..screen.size().0.get()).any(|row| screen.row_wrapped(row));
        self.overflows = self.own.overflows.max(usize::from(self.wrapped));
    }

    /// The screen's lines, without trailing spaces.
    pub fn lines(&self) -> Vec<String> {
        self.reference
            .screen()
            .rows(0, self.reference.screen().size().1.get())
            .map(|l| l.trim_end().to_owned())
            .collect()
    }

    /// The screen as one text, its lines joined by spaces and runs of spaces made one:
    /// to look for a sentence wherever it was wrapped.
    pub fn flat(&self) -> String {
        flatten(&self.lines())
    }

    /// Where the two emulators show different things (the small one then misread what was
    /// written, and its count of overflows cannot be trusted): both screens.
    pub fn disagreement(&self) -> Option<String> {
        let (reference, own) = (self.lines(), self.own.lines());
        (reference != own).then(|| {
            format!(
                "vt100 shows:\n{}\n--- the small emulator shows:\n{}",
                reference.join("\n"),
                own.join("\n")
            )
        })
    }
}

fn flatten(lines: &[String]) -> String {
    lines
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The small emulator: a screen of `rows` × `cols` characters.
struct Own {
    rows: usize,
    cols: usize,
    cells: Vec<Vec<char>>,
    row: usize,
    col: usize,
    /// A character was written in the last column: the next one goes on the next line.
    pending: bool,
    /// How many times a line ran past the right edge.
    pub overflows: usize,
    /// Bytes of a character not complete yet.
    partial: Vec<u8>,
    state: State,
}

enum State {
    Text,
    Escape,
    Csi(String),
}

impl Own {
    fn new(rows: usize, cols: usize) -> Own {
        Own {
            rows,
            cols,
            cells: vec![vec![' '; cols]; rows],
            row: 0,
            col: 0,
            pending: false,
            overflows: 0,
            partial: Vec::new(),
            state: State::Text,
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        self.partial.extend_from_slice(bytes);
        let text = match std::str::from_utf8(&self.partial) {
            Ok(text) => {
                let text = text.to_owned();
                self.partial.clear();
                text
            }
            Err(e) if e.error_len().is_none() => {
                let valid = e.valid_up_to();
                let text = String::from_utf8_lossy(&self.partial[..valid]).into_owned();
                self.partial.drain(..valid);
                text
            }
            Err(_) => {
                let text = String::from_utf8_lossy(&self.partial).into_owned();
                self.partial.clear();
                text
            }
        };
        for c in text.chars() {
            self.put(c);
        }
    }

    fn put(&mut self, c: char) {
        match std::mem::replace(&mut self.state, State::Text) {
            State::Escape => {
                if c == '[' {
                    self.state = State::Csi(String::new());
                }
            }
            State::Csi(mut params) => {
                if ('\u{30}'..='\u{3f}').contains(&c) || c == ' ' {
                    params.push(c);
                    self.state = State::Csi(params);
                } else {
                    self.csi(&params, c);
                }
            }
            State::Text => match c {
                '\x1b' => self.state = State::Escape,
                '\r' => {
                    self.col = 0;
                    self.pending = false;
                }
                '\n' => {
                    self.line_feed();
                    self.pending = false;
                }
                '\x08' => {
                    self.col = self.col.saturating_sub(1);
                    self.pending = false;
                }
                c if c.is_control() => {}
                c => self.print(c),
            },
        }
    }

    fn print(&mut self, c: char) {
        if console::measure_text_width(&c.to_string()) == 0 {
            return;
        }
        if self.pending {
            self.overflows += 1;
            self.col = 0;
            self.line_feed();
            self.pending = false;
        }
        self.cells[self.row][self.col] = c;
        if self.col + 1 == self.cols {
            self.pending = true;
        } else {
            self.col += 1;
        }
    }

    fn line_feed(&mut self) {
        if self.row + 1 == self.rows {
            self.cells.remove(0);
            self.cells.push(vec![' '; self.cols]);
        } else {
            self.row += 1;
        }
    }

    fn csi(&mut self, params: &str, fin: char) {
        if params.starts_with('?') {
            return;
        }
        let nums: Vec<usize> = params
            .split(';')
            .map(|p| p.parse::<usize>().unwrap_or(0))
            .collect();
        let n = |k: usize| nums.get(k).copied().filter(|&v| v > 0).unwrap_or(1);
        self.pending = false;
        match fin {
            'H' | 'f' => {
                self.row = (n(0) - 1).min(self.rows - 1);
                self.col = (n(1) - 1).min(self.cols - 1);
            }
            'A' => self.row = self.row.saturating_sub(n(0)),
            'B' => self.row = (self.row + n(0)).min(self.rows - 1),
            'C' => self.col = (self.col + n(0)).min(self.cols - 1),
            'D' => self.col = self.col.saturating_sub(n(0)),
            'G' => self.col = (n(0) - 1).min(self.cols - 1),
            'J' => {
                let (row, col) = (self.row, self.col);
                match nums.first().copied().unwrap_or(0) {
                    0 => {
                        self.cells[row][col..].fill(' ');
                        for line in &mut self.cells[row + 1..] {
                            line.fill(' ');
                        }
                    }
                    1 => {
                        for line in &mut self.cells[..row] {
                            line.fill(' ');
                        }
                        self.cells[row][..=col].fill(' ');
                    }
                    _ => {
                        for line in &mut self.cells {
                            line.fill(' ');
                        }
                    }
                }
            }
            'K' => {
                let (row, col) = (self.row, self.col);
                match nums.first().copied().unwrap_or(0) {
                    0 => self.cells[row][col..].fill(' '),
                    1 => self.cells[row][..=col].fill(' '),
                    _ => self.cells[row].fill(' '),
                }
            }
            _ => {}
        }
    }

    /// The screen's lines, without trailing spaces.
    fn lines(&self) -> Vec<String> {
        self.cells
            .iter()
            .map(|l| l.iter().collect::<String>().trim_end().to_owned())
            .collect()
    }
}

#[test]
fn lines_that_run_past_the_edge_are_counted() {
    let mut s = Screen::new(3, 5);
    s.feed(b"abcde\r\nfg");
    assert_eq!(s.overflows, 0);
    assert_eq!(s.lines(), ["abcde", "fg", ""]);
    s.feed(b"hijk");
    assert_eq!(s.overflows, 1);
    assert_eq!(s.disagreement(), None);
    // Erased since: still counted.
    s.feed("\x1b[H\x1b[2Jé\x1b[K\x1b[J".as_bytes());
    assert_eq!(s.lines(), ["é", "", ""]);
    assert_eq!(s.overflows, 1);
    assert_eq!(s.disagreement(), None);
}

#[test]
fn wide_characters_are_measured_as_a_terminal_does() {
    // Six characters of two cells each run past a 10-column edge on a real terminal; the
    // small emulator, which gives each one cell, sees no overflow, and the screens differ.
    let mut s = Screen::new(2, 10);
    s.feed("日本語日本語".as_bytes());
    assert_eq!(s.lines(), ["日本語日本", "語"]);
    assert!(s.overflows > 0);
    assert!(s.disagreement().is_some());
    // Redrawn, the overflow is still counted.
    s.feed(b"\x1b[H\x1b[2Jok");
    assert!(s.overflows > 0);
    assert_eq!(s.disagreement(), None);
}
