//! Bundles that can be read only once: standard input (`-`), a named pipe, a process
//! substitution (`<(…)`, which the shell gives as a `/dev/fd/N` leading to a pipe).
//!
//! They are read as NDJSON bundles, block by block like any bundle. What is read is copied
//! into an unnamed temporary file as it goes, so that it can be read again (to find
//! repeated response ids, and by `export` to write the responses out) without keeping it in
//! memory. The temporary file goes when partnereval ends, however it ends.

use std::fs::File;
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::{OnceLock, mpsc};
use std::time::Duration;

use crate::error::Error;

/// The name standard input goes by in messages (`<stdin>:3: not valid JSON: …`).
pub const STDIN_NAME: &str = "<stdin>";

/// One input read once, and the copy of what was read.
#[derive(Debug)]
pub struct Stream {
    /// The named pipe; `None` for standard input.
    pipe: Option<PathBuf>,
    /// The copy, once reading has started.
    copy: OnceLock<File>,
}

impl Stream {
    /// Standard input, which must not be a terminal.
    pub fn stdin() -> Result<Self, Error> {
        crate::files::stdin_not_a_terminal()?;
        Ok(Stream {
            pipe: None,
            copy: OnceLock::new(),
        })
    }

    /// The named pipe at `path`.
    pub fn pipe(path: &Path) -> Self {
        Stream {
            pipe: Some(path.to_owned()),
            copy: OnceLock::new(),
        }
    }

    /// Opens the input for its only reading; what is read is copied as it goes.
    pub fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        let copy = tempfile::tempfile()?;
        let writer = copy.try_clone()?;
        if self.copy.set(copy).is_err() {
            return Err(io::Error::other(
                crate::i18n::current().responses.stream_read_twice,
            ));
        }
        let input: Box<dyn Read + Send> = match &self.pipe {
            None => Box::new(io::stdin()),
            Some(path) => Box::new(open_waiting(path)?),
        };
        Ok(Box::new(Copying {
            input,
            copy: writer,
        }))
    }

    /// What was read, from its start (after [`Stream::open`] and the reading).
    pub fn again(&self) -> io::Result<File> {
        let copy = self.copy.get().ok_or_else(|| {
            io::Error::other(crate::i18n::current().responses.stream_not_read_yet)
        })?;
        let mut copy = copy.try_clone()?;
        copy.rewind()?;
        Ok(copy)
    }
}

/// How long to wait for a writer on a named pipe before saying that partnereval waits.
const PATIENCE: Duration = Duration::from_secs(1);

/// Opens the named pipe at `path`, which waits for a writer (as `cat` does); says so on
/// stderr when none has come after [`PATIENCE`], so that the wait is not taken for a hang.
fn open_waiting(path: &Path) -> io::Result<File> {
    let (sender, receiver) = mpsc::channel();
    let pipe = path.to_owned();
    std::thread::spawn(move || {
        let _ = sender.send(crate::files::open_pipe(&pipe));
    });
    let gone = || io::Error::other(crate::i18n::current().responses.stream_not_read_yet);
    match receiver.recv_timeout(PATIENCE) {
        Ok(opened) => opened,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            eprintln!(
                "{}",
                crate::i18n::current()
                    .responses
                    .stream_waiting(&crate::sanitize::for_terminal(&path.display().to_string()))
            );
            receiver.recv().unwrap_or_else(|_| Err(gone()))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(gone()),
    }
}

/// Reads from `input` and writes what it read to `copy`.
struct Copying {
    input: Box<dyn Read + Send>,
    copy: File,
}

impl Read for Copying {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.input.read(buf)?;
        self.copy.write_all(&buf[..n])?;
        Ok(n)
    }
}

/// The inputs of one command that can be read only once, to refuse one named twice (`-`
/// twice, or a pipe under two names: `- /dev/stdin` when standard input is a pipe).
#[derive(Debug, Default)]
pub struct ReadOnce {
    stdin: bool,
    pipes: Vec<(u64, u64)>,
}

impl ReadOnce {
    /// Takes standard input; `Err` when it was taken already.
    pub fn stdin(&mut self) -> Result<(), Error> {
        if std::mem::replace(&mut self.stdin, true) {
            return Err(twice("-"));
        }
        #[cfg(unix)]
        if let Ok(stat) = rustix::fs::fstat(io::stdin())
            && rustix::fs::FileType::from_raw_mode(stat.st_mode) == rustix::fs::FileType::Fifo
        {
            // The types of these fields differ between systems.
            #[allow(clippy::unnecessary_cast)]
            self.pipes.push((stat.st_dev as u64, stat.st_ino as u64));
        }
        Ok(())
    }

    /// Takes the named pipe at `path` (whose `meta`data, links followed, was read);
    /// `Err` when it was taken already, under this name or another.
    pub fn pipe(&mut self, path: &Path, meta: &std::fs::Metadata) -> Result<(), Error> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let id = (meta.dev(), meta.ino());
            if self.pipes.contains(&id) {
                return Err(twice(&path.display().to_string()));
            }
            self.pipes.push(id);
        }
        #[cfg(not(unix))]
        let _ = (path, meta);
        Ok(())
    }
}

fn twice(name: &str) -> Error {
    Error::Usage(
        crate::i18n::current()
            .responses
            .stream_given_twice(&crate::sanitize::one_line(name)),
    )
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_pipe_is_read_once_and_again_from_its_copy() {
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("pipe");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
        )
        .unwrap();
        let writer = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::write(fifo, b"one\ntwo\n").unwrap())
        };
        let stream = Stream::pipe(&fifo);
        assert!(stream.again().is_err());
        let mut read = String::new();
        stream.open().unwrap().read_to_string(&mut read).unwrap();
        writer.join().unwrap();
        assert_eq!(read, "one\ntwo\n");
        for _ in 0..2 {
            let mut again = String::new();
            stream.again().unwrap().read_to_string(&mut again).unwrap();
            assert_eq!(again, read);
        }
        let e = stream.open().err().unwrap();
        assert!(e.to_string().contains("once"), "{e}");
    }

    #[test]
    fn a_pipe_is_taken_once_under_any_name() {
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("pipe");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
        )
        .unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&fifo, &link).unwrap();
        let mut once = ReadOnce::default();
        once.pipe(&fifo, &std::fs::metadata(&fifo).unwrap())
            .unwrap();
        let e = once
            .pipe(&link, &std::fs::metadata(&link).unwrap())
            .unwrap_err();
        assert!(e.to_string().contains("link"), "{e}");
    }
}
