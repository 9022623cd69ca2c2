//! A virtual terminal for the pseudo-terminal tests: fed what the program writes, it keeps
//! the screen a person would see, and counts the lines that ran past the right edge (a
//! terminal wraps them on its own, which is what a layout must never let happen).
//!
//! It understands what partnereval writes: text, CR, LF, backspace, cursor moves
//! (`CSI H`, `A`–`D`, `G`), erasing (`CSI J`, `CSI K`); colours and modes are ignored.

/// A screen of `rows` × `cols` characters.
pub struct Screen {
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

impl Screen {
    pub fn new(rows: usize, cols: usize) -> Screen {
        Screen {
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

    pub fn feed(&mut self, bytes: &[u8]) {
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
    pub fn lines(&self) -> Vec<String> {
        self.cells
            .iter()
            .map(|l| l.iter().collect::<String>().trim_end().to_owned())
            .collect()
    }

    /// The screen as one text, its lines joined by spaces and runs of spaces made one:
    /// to look for a sentence wherever it was wrapped.
    pub fn flat(&self) -> String {
        self.lines()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
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
    s.feed("\x1b[H\x1b[2Jé\x1b[K\x1b[J".as_bytes());
    assert_eq!(s.lines(), ["é", "", ""]);
}
