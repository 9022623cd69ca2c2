//! Reading the responses a report compiles: folders, response files and NDJSON bundles
//! (standard input and named pipes among them, see [`super::stream`]), streamed through
//! every core, every bad file or line named with the reason, nothing dropped silently.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use super::accumulate::{Acc, Layout, Location, fingerprint};
use super::stream::{ReadOnce, STDIN_NAME, Stream};
use crate::diagnostic::{Diagnostic, Severity};
use crate::encoding::without_bom;
use crate::error::Error;
use crate::response::store;
use crate::response::view::ResponseView;

use crate::files::MAX_RESPONSE_BYTES;
/// A bundle with more invalid lines than this is not read further: its lines are not
/// responses (and recording each reason would take many times the file's size in memory).
pub const MAX_BAD_LINES: usize = 100_000;
/// Bundles are read in blocks of about this size, each split among the cores.
const BLOCK_BYTES: usize = 4 * 1024 * 1024;
/// Response files are read in batches of this many, each split among the cores.
const FILE_BATCH: usize = 4096;

/// One file to read: a response file, or an NDJSON bundle of responses.
#[derive(Debug, Clone)]
pub struct Source {
    /// Its path (for standard input, [`STDIN_NAME`]).
    pub path: PathBuf,
    pub bundle: bool,
    /// The folder it was listed in (an index into [`Sources::folders`]).
    pub folder: Option<u32>,
    /// A bundle that can be read only once (standard input, a named pipe).
    pub stream: Option<Arc<Stream>>,
}

/// The progress a response file counts for (about its size in bytes): folders are not
/// stat'ed file by file just to size a progress bar.
const FILE_WORK: u64 = 1024;

/// Everything to read, found in the folders and files given.
#[derive(Debug, Default)]
pub struct Sources {
    pub files: Vec<Source>,
    /// The folders the files were listed in.
    pub folders: Vec<PathBuf>,
    /// Unfinished drafts in the folders (a count only).
    pub drafts: usize,
    /// How much reading there is, for the progress bar: the bytes of the bundles and
    /// [`FILE_WORK`] per file.
    pub work: u64,
    /// Entries of the folders that are not read (links, pipes, folders, other names), each
    /// with the reason.
    pub not_read: Vec<crate::report::Skipped>,
}

impl Sources {
    fn not_read(&mut self, path: PathBuf, reason: String) {
        self.not_read.push(crate::report::Skipped {
            at: None,
            file: path.display().to_string(),
            reason: crate::i18n::current().responses.input_not_read(&reason),
        });
    }

    /// Says on stderr which entries of the folders were not read, one line each.
    pub fn warn_not_read(&self) {
        let m = &crate::i18n::current().responses;
        for s in &self.not_read {
            eprintln!(
                "{}",
                m.input_warning(
                    &crate::sanitize::for_terminal(&s.file),
                    &crate::sanitize::for_terminal(&s.reason)
                )
            );
        }
    }

    fn add(&mut self, path: PathBuf, folder: Option<u32>) {
        let bundle = is_bundle(&path);
        self.work += if bundle {
            std::fs::metadata(&path).map_or(0, |m| m.len())
        } else {
            FILE_WORK
        };
        self.files.push(Source {
            path,
            bundle,
            folder,
            stream: None,
        });
    }

    /// A bundle read once; its size is not known before it is read.
    fn add_stream(&mut self, path: PathBuf, stream: Stream) {
        self.files.push(Source {
            path,
            bundle: true,
            folder: None,
            stream: Some(Arc::new(stream)),
        });
    }
}

fn is_bundle(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "ndjson" || e == "jsonl")
}

/// What a responses folder may hold besides responses: hidden entries (the `.drafts`
/// folder, temporary files of writes in progress) are passed over by rule; every other
/// entry that is not read is named in [`Sources::not_read`].
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

/// The response files and bundles in `paths` (files, or folders of them; `-` for standard
/// input).
///
/// In a folder, only regular files named `*.json`, `*.ndjson` or `*.jsonl` are read; links,
/// named pipes, devices, sockets, folders and other names are not, and each is listed in
/// [`Sources::not_read`] with the reason. A path given by the user may be a link, but must
/// lead to a folder, a regular file or a named pipe (read as a bundle, once: one given
/// twice is refused, like `-` twice).
pub fn sources(paths: &[PathBuf]) -> Result<Sources, Error> {
    let m = &crate::i18n::current().responses;
    let mut out = Sources::default();
    let mut once = ReadOnce::default();
    for path in paths {
        if path.as_os_str() == "-" {
            once.stdin()?;
            out.add_stream(PathBuf::from(STDIN_NAME), Stream::stdin()?);
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|source| Error::Read {
            path: path.clone(),
            error: if source.kind() == std::io::ErrorKind::NotFound {
                std::io::Error::new(std::io::ErrorKind::NotFound, m.input_no_such_file)
            } else {
                source
            },
        })?;
        if meta.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|source| Error::Read {
                path: path.clone(),
                error: source,
            })?;
            // No stat per entry: the type comes with the listing on most file systems (and
            // is checked again on the opened file). Names are sorted as bytes.
            let entries: Vec<std::fs::DirEntry> =
                entries
                    .collect::<Result<_, _>>()
                    .map_err(|source| Error::Read {
                        path: path.clone(),
                        error: source,
                    })?;
            let mut found: Vec<PathBuf> = Vec::with_capacity(entries.len());
            let mut temporaries = Vec::new();
            for e in entries {
                let name = e.file_name();
                if is_hidden(&name) {
                    if store::is_temporary(&name.to_string_lossy()) {
                        temporaries.push(e.path());
                    }
                    continue;
                }
                let p = Path::new(&name);
                let wanted = p.extension().is_some_and(|x| x == "json") || is_bundle(p);
                match e.file_type() {
                    Ok(t) if t.is_file() && wanted => found.push(e.path()),
                    Ok(t) if t.is_file() => {
                        out.not_read(e.path(), m.input_not_a_response_file.to_owned())
                    }
                    Ok(t) if t.is_symlink() => {
                        out.not_read(e.path(), crate::files::link_refused().to_string())
                    }
                    Ok(t) if t.is_dir() => {
                        out.not_read(e.path(), m.input_folder_not_read.to_owned())
                    }
                    Ok(t) => out.not_read(e.path(), m.file_not_regular(crate::files::kind_name(t))),
                    Err(error) => out.not_read(e.path(), m.file_cannot_read(&error.to_string())),
                }
            }
            found.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
            for p in found {
                out.add(p, Some(out.folders.len() as u32));
            }
            out.folders.push(path.clone());
            store::remove_stale(&temporaries);
            let found = store::list_drafts(path);
            out.drafts += found.drafts.len() + found.unusable.len();
        } else if meta.is_file() {
            out.add(path.clone(), None);
        } else if crate::files::is_pipe(&meta.file_type()) {
            once.pipe(path, &meta)?;
            out.add_stream(path.clone(), Stream::pipe(path));
        } else {
            return Err(Error::Read {
                path: path.clone(),
                error: std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    m.input_not_a_source(crate::files::kind_name(meta.file_type())),
                ),
            });
        }
    }
    out.not_read.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(out)
}

/// A progress bar on stderr that appears only on a terminal, and only once reading has taken
/// more than a second.
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
    enabled: bool,
}

impl Progress {
    pub fn new(total: u64) -> Self {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {percent:>3}% {eta}") {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
            enabled: console::Term::stderr().is_term(),
        }
    }

    /// Adds `bytes` to the work there is (read from a stream, whose size was not known).
    fn grow(&self, bytes: u64) {
        self.bar.inc_length(bytes);
    }

    fn advance(&self, bytes: u64) {
        self.bar.inc(bytes);
        if self.enabled
            && !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() > Duration::from_secs(1)
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Reads and counts every response of `sources`.
pub fn read(sources: &Sources, layout: &Layout<'_>, progress: &Progress) -> Result<Acc, Error> {
    let mut acc = Acc::new(layout);
    let files: Vec<(u32, &Source)> = sources
        .files
        .iter()
        .enumerate()
        .map(|(i, s)| (i as u32, s))
        .filter(|(_, s)| !s.bundle)
        .collect();
    // Each folder opened once, its files opened relative to it.
    let folders: Vec<Option<std::fs::File>> = sources
        .folders
        .iter()
        .map(|f| std::fs::File::open(f).ok())
        .collect();
    for batch in files.chunks(FILE_BATCH) {
        let part = batch
            .par_iter()
            // Boxed, so that each step moves a pointer rather than the whole accumulator.
            .fold(
                || Box::new(Acc::new(layout)),
                |mut acc, (i, source)| {
                    let folder = source
                        .folder
                        .and_then(|k| folders.get(k as usize))
                        .and_then(Option::as_ref);
                    read_file(&mut acc, layout, *i, source, folder, progress);
                    acc
                },
            )
            .reduce(|| Box::new(Acc::new(layout)), merge_boxed);
        acc = acc.merge(*part);
    }
    for (i, source) in sources.files.iter().enumerate().filter(|(_, s)| s.bundle) {
        acc = acc.merge(read_bundle(layout, i as u32, source, progress));
    }
    resolve_duplicates(&mut acc, sources, layout)?;
    acc.bad.sort_by_key(|(at, _)| *at);
    Ok(acc)
}

fn read_file(
    acc: &mut Acc,
    layout: &Layout<'_>,
    source: u32,
    file: &Source,
    folder: Option<&std::fs::File>,
    progress: &Progress,
) {
    let name = || file.path.display().to_string();
    let at = Location { source, line: 0 };
    let counted = with_file_bytes(&file.path, folder, |bytes| {
        let bytes = without_bom(bytes);
        match parse(bytes) {
            Ok(view) => acc.add_located(layout, &view, at, name, (bytes, &name(), 1)),
            Err(reason) => match located(bytes) {
                Some((line, column, problem)) => {
                    let place = Diagnostic {
                        file: name(),
                        line,
                        column,
                        severity: Severity::Error,
                        message: problem,
                    };
                    acc.reject_at(at, name(), reason, place);
                }
                None => acc.reject(at, name(), reason),
            },
        }
    });
    match counted {
        Ok(()) => progress.advance(FILE_WORK),
        Err(reason) => acc.reject(at, name(), reason),
    }
}

/// Opens `path` for reading, relative to the already open `folder` it is in when there is
/// one (no path walk from the root for each of 100,000 files). A file listed in a folder is
/// never opened through a link; every file must be a regular file, checked on the handle.
#[cfg(unix)]
fn open_in(folder: Option<&std::fs::File>, path: &Path) -> std::io::Result<std::fs::File> {
    use crate::files::{Links, open_in_folder, open_regular, require_regular};
    match (folder, path.file_name()) {
        (Some(folder), Some(name)) => {
            let file = open_in_folder(folder, name)?;
            require_regular(&file)?;
            Ok(file)
        }
        _ => open_regular(path, Links::Follow),
    }
}

#[cfg(not(unix))]
fn open_in(folder: Option<&std::fs::File>, path: &Path) -> std::io::Result<std::fs::File> {
    use crate::files::{Links, open_regular};
    let links = if folder.is_some() {
        Links::Refuse
    } else {
        Links::Follow
    };
    open_regular(path, links)
}

/// Reads `source` again after it was counted, giving `visit` the bytes of each response
/// with its line number (0 for a response file), under the same rules and limits as the
/// first reading. A line over the limit ends the reading (it was reported the first time).
pub fn reread(
    source: &Source,
    mut visit: impl FnMut(u32, Vec<u8>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let links = links_of(source);
    if !source.bundle {
        let mut bytes = crate::files::read(&source.path, links, MAX_RESPONSE_BYTES)?;
        bytes.drain(..bytes.len() - without_bom(&bytes).len());
        return visit(0, bytes);
    }
    let file = match &source.stream {
        Some(stream) => stream.again()?,
        None => crate::files::open_regular(&source.path, links)?,
    };
    let mut lines = BufReader::new(file);
    let mut line = Vec::new();
    for k in 1.. {
        line.clear();
        let n = (&mut lines)
            .take(MAX_RESPONSE_BYTES + 2)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        } else if n as u64 > MAX_RESPONSE_BYTES {
            break;
        }
        if k == 1 {
            line.drain(..line.len() - without_bom(&line).len());
        }
        visit(k, std::mem::take(&mut line))?;
    }
    Ok(())
}

/// Whether a link may be followed to `source`: only when the user named it.
fn links_of(source: &Source) -> crate::files::Links {
    if source.folder.is_some() {
        crate::files::Links::Refuse
    } else {
        crate::files::Links::Follow
    }
}

/// The usual response fits in one read of this many bytes.
const FIRST_READ: usize = 16 * 1024;

/// Reads a response file and gives its bytes to `use_bytes`; refuses files above
/// [`MAX_RESPONSE_BYTES`]. The usual response is read into a buffer that each thread reuses
/// (open, read until the end, close; no stat); larger files are read on into memory of their
/// own, up to the limit.
fn with_file_bytes<R>(
    path: &Path,
    folder: Option<&std::fs::File>,
    use_bytes: impl FnOnce(&[u8]) -> R,
) -> Result<R, String> {
    thread_local! {
        static BUFFER: std::cell::RefCell<Box<[u8]>> =
            std::cell::RefCell::new(vec![0; FIRST_READ].into_boxed_slice());
    }
    let m = &crate::i18n::current().responses;
    let cannot = |e: std::io::Error| m.file_cannot_read(&crate::error::io_reason(&e));
    let mut f = open_in(folder, path).map_err(cannot)?;
    BUFFER.with_borrow_mut(|buffer| {
        // Until the end of the file or a full buffer: a network or FUSE file system may
        // return less than asked for before the end.
        let mut filled = 0;
        while filled < FIRST_READ {
            match f.read(&mut buffer[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(cannot(e)),
            }
        }
        if filled < FIRST_READ {
            return Ok(use_bytes(&buffer[..filled]));
        }
        let mut bytes = buffer.to_vec();
        (&mut f)
            .take(MAX_RESPONSE_BYTES + 1 - FIRST_READ as u64)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
        if bytes.len() as u64 > MAX_RESPONSE_BYTES {
            return Err(m.input_response_too_large(&crate::files::size(MAX_RESPONSE_BYTES)));
        }
        Ok(use_bytes(&bytes))
    })
}

/// One response from JSON bytes (a response file or a bundle line), or why it is not one.
/// Public for the fuzz targets (`fuzz/`), not an interface.
#[doc(hidden)]
pub fn parse(bytes: &[u8]) -> Result<ResponseView<'_>, String> {
    let m = &crate::i18n::current().responses;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(m.input_empty_file.to_owned());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| m.input_not_utf8(e.valid_up_to() + 1))?;
    if let Some(view) = crate::response::view::parse_compact(text) {
        return Ok(view);
    }
    serde_json::from_str(text).map_err(|e| {
        let detail = crate::sanitize::one_line(&crate::response::parse_error::json(&e));
        if e.is_syntax() || e.is_eof() {
            m.input_not_json(&detail)
        } else {
            m.input_not_a_response(&detail)
        }
    })
}

/// Where in `bytes` serde finds the problem that makes them not a response, with the problem
/// in words without its place: for the `FILE:LINE:COL` of the lines on stderr.
fn located(bytes: &[u8]) -> Option<(usize, usize, String)> {
    let m = &crate::i18n::current().responses;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let e = serde_json::from_str::<ResponseView<'_>>(text).err()?;
    if e.line() == 0 {
        return None;
    }
    let detail = crate::sanitize::one_line(&crate::response::parse_error::json_problem(&e));
    let problem = if e.is_syntax() || e.is_eof() {
        m.input_not_json(&detail)
    } else {
        m.input_not_a_response(&detail)
    };
    // serde counts columns in bytes; a diagnostic counts characters.
    let line = text.lines().nth(e.line() - 1).unwrap_or("");
    let column = crate::diagnostic::line_column(line, e.column().saturating_sub(1)).1;
    Some((e.line(), column, problem))
}

/// Counts `line` through the fast path ([`Acc::add_fast`]), if it takes it, and through the
/// general path ([`parse`], then [`Acc::add`]). `Ok(false)`: the fast path left the line to
/// the general path; `Ok(true)`: both read it and counted the same; `Err`: the fast path
/// took a line the general path refuses or counts differently. For the tests and the fuzz
/// targets (`fuzz/`), not an interface.
#[doc(hidden)]
pub fn fast_path_agrees(layout: &Layout<'_>, line: &[u8]) -> Result<bool, String> {
    let mut fast = Acc::new(layout);
    if !fast.add_fast(layout, line) {
        return Ok(false);
    }
    let shown = || String::from_utf8_lossy(line).into_owned();
    let mut general = Acc::new(layout);
    match parse(line) {
        Ok(view) => general.add(layout, &view, Location { source: 0, line: 1 }, || {
            "line".to_owned()
        }),
        Err(reason) => {
            return Err(format!(
                "the fast path took a line the general path cannot read ({reason}): {}",
                shown()
            ));
        }
    }
    if !general.bad.is_empty() {
        return Err(format!(
            "the fast path took a line the general path refuses ({:?}): {}",
            general.bad,
            shown()
        ));
    }
    let differ = |what: &str| {
        Err(format!(
            "the two paths count {what} differently: {}",
            shown()
        ))
    };
    if fast.individual != general.individual {
        return differ("respondents");
    }
    if fast.all != general.all {
        return differ("answers");
    }
    if fast.prerequisites != general.prerequisites {
        return differ("prerequisites");
    }
    if fast.profile != general.profile {
        return differ("profile answers");
    }
    if fast.groups != general.groups {
        return differ("groups");
    }
    if fast.ids != general.ids {
        return differ("ids");
    }
    Ok(true)
}

/// Reads up to a block more of `file` into `buf` (after what it holds); false at the end.
fn fill(file: &mut dyn Read, buf: &mut Vec<u8>) -> std::io::Result<bool> {
    let before = buf.len();
    (&mut *file).take(BLOCK_BYTES as u64).read_to_end(buf)?;
    Ok(buf.len() > before)
}

/// Reads a bundle block by block: while the cores parse the lines of one block, the next
/// block is read.
fn read_bundle(layout: &Layout<'_>, source: u32, file: &Source, progress: &Progress) -> Acc {
    let mut acc = Acc::new(layout);
    let path = &file.path;
    let name = path.display().to_string();
    let stream = file.stream.is_some();
    let opened: std::io::Result<Box<dyn Read + Send>> = match &file.stream {
        Some(s) => s.open(),
        None => crate::files::open_regular(path, links_of(file))
            .map(|f| Box::new(f) as Box<dyn Read + Send>),
    };
    let mut file = match opened {
        Ok(f) => f,
        Err(e) => {
            acc.reject(
                Location { source, line: 0 },
                name,
                crate::i18n::current()
                    .responses
                    .file_cannot_read(&crate::error::io_reason(&e)),
            );
            return acc;
        }
    };
    let mut current: Vec<u8> = Vec::with_capacity(2 * BLOCK_BYTES);
    let mut first_line: u32 = 1;
    let mut more = true;
    let mut failed: Option<std::io::Error> = None;
    match fill(&mut file, &mut current) {
        Ok(m) => more = m,
        Err(e) => failed = Some(e),
    }
    // A byte-order mark may start the first line (and only that one).
    current.drain(..current.len() - without_bom(&current).len());
    while !current.is_empty() {
        // Whole lines only; the part of a line at the end waits for the next block.
        let end = if more {
            memchr::memrchr(b'\n', &current).map_or(0, |i| i + 1)
        } else {
            current.len()
        };
        // A line can be no longer than a response file: one without an end would
        // otherwise be gathered into memory for ever.
        if end == 0 && current.len() as u64 > MAX_RESPONSE_BYTES {
            failed = Some(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                crate::i18n::current()
                    .responses
                    .input_line_too_long(&crate::files::size(MAX_RESPONSE_BYTES)),
            ));
            break;
        }
        let mut next: Vec<u8> = Vec::with_capacity(2 * BLOCK_BYTES);
        next.extend_from_slice(&current[end..]);
        let (read, part) = rayon::join(
            || {
                if more {
                    fill(&mut file, &mut next).map(|m| (m, next))
                } else {
                    Ok((false, next))
                }
            },
            || parse_block(layout, source, &name, &current[..end], first_line),
        );
        let (lines, part) = part;
        if part.overflow || acc.bad.len() + part.bad.len() > MAX_BAD_LINES {
            // Too many lines are not responses: this block and the rest of the bundle are
            // not counted, and that is said (and `export` leaves them out too).
            acc.reject(
                Location {
                    source,
                    line: first_line,
                },
                format!("{name}:{first_line}"),
                crate::i18n::current()
                    .responses
                    .input_too_many_bad_lines(MAX_BAD_LINES),
            );
            acc.stopped.push(Location {
                source,
                line: first_line,
            });
            break;
        }
        acc = acc.merge(part);
        first_line += lines;
        if stream {
            progress.grow(end as u64);
        }
        progress.advance(end as u64);
        match read {
            Ok((m, next)) => {
                more = m;
                current = next;
            }
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
        if end == 0 && !more && current.is_empty() {
            break;
        }
    }
    if let Some(e) = failed {
        acc.reject(
            Location {
                source,
                line: first_line,
            },
            format!("{name}:{first_line}"),
            crate::i18n::current()
                .responses
                .file_cannot_read(&e.to_string()),
        );
    }
    acc
}

/// Parses and counts the lines of one block on every core; returns the number of lines.
fn parse_block(
    layout: &Layout<'_>,
    source: u32,
    name: &str,
    block: &[u8],
    first_line: u32,
) -> (u32, Acc) {
    let mut lines: Vec<&[u8]> = Vec::with_capacity(block.len() / 256 + 1);
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', block) {
        lines.push(&block[start..nl]);
        start = nl + 1;
    }
    if start < block.len() {
        lines.push(&block[start..]);
    }
    let part = lines
        .par_iter()
        .enumerate()
        // Boxed, so that each line moves a pointer rather than the whole accumulator.
        .fold(
            || Box::new(Acc::new(layout)),
            |mut acc, (k, line)| {
                let number = first_line + k as u32;
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                if line.iter().all(u8::is_ascii_whitespace) {
                    return acc;
                }
                if acc.add_fast(layout, line) {
                    return acc;
                }
                let at = Location {
                    source,
                    line: number,
                };
                if acc.bad.len() >= MAX_BAD_LINES {
                    // This block will be dropped whole (see `read_bundle`).
                    acc.overflow = true;
                    return acc;
                }
                match parse(line) {
                    Ok(view) => acc.add_located(
                        layout,
                        &view,
                        at,
                        || format!("{name}:{number}"),
                        (line, name, number as usize),
                    ),
                    // A bundle line is one line: its problem is at the column serde found.
                    Err(reason) => match located(line) {
                        Some((_, column, problem)) => {
                            let place = Diagnostic {
                                file: name.to_owned(),
                                line: number as usize,
                                column,
                                severity: Severity::Error,
                                message: problem,
                            };
                            acc.reject_at(at, format!("{name}:{number}"), reason, place);
                        }
                        None => acc.reject(at, format!("{name}:{number}"), reason),
                    },
                }
                acc
            },
        )
        .reduce(|| Box::new(Acc::new(layout)), merge_boxed);
    (lines.len() as u32, *part)
}

fn merge_boxed(a: Box<Acc>, b: Box<Acc>) -> Box<Acc> {
    Box::new(a.merge(*b))
}

/// Finds responses that repeat an id, keeps the first, and takes the others out again,
/// naming each with the first one's place. Only fingerprints were kept while counting; when
/// two are equal, the sources are read again to find the responses and compare real ids.
fn resolve_duplicates(acc: &mut Acc, sources: &Sources, layout: &Layout<'_>) -> Result<(), Error> {
    let mut ids = std::mem::take(&mut acc.ids);
    ids.par_sort_unstable();
    let repeated: HashSet<u64> = ids
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    drop(ids);
    if repeated.is_empty() {
        return Ok(());
    }
    let bad: HashSet<Location> = acc.bad.iter().map(|(at, _)| *at).collect();
    // (id, place, bytes) of every valid response whose fingerprint repeats, in source order.
    let mut places: Vec<(String, Location, Vec<u8>)> = Vec::new();
    for (i, source) in sources.files.iter().enumerate() {
        let mut visit = |line: u32, bytes: Vec<u8>| {
            let at = Location {
                source: i as u32,
                line,
            };
            if bad.contains(&at) {
                return;
            }
            if let Ok(view) = parse(&bytes)
                && repeated.contains(&fingerprint(&view.id))
            {
                let id = view.id.to_string();
                places.push((id, at, bytes));
            }
        };
        let reread = reread(source, |line, bytes| {
            visit(line, bytes);
            Ok(())
        });
        // A source that changed under our feet cannot be checked for repeats: stop rather
        // than perhaps count a response twice.
        if let Err(e) = reread {
            return Err(Error::Read {
                path: source.path.clone(),
                error: std::io::Error::new(
                    e.kind(),
                    crate::i18n::current()
                        .responses
                        .input_reread_failed(&e.to_string()),
                ),
            });
        }
    }
    places.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    for k in 1..places.len() {
        let first = places.iter().find(|p| p.0 == places[k].0).map(|p| p.1);
        let Some(first) = first.filter(|f| *f != places[k].1) else {
            continue;
        };
        if let Ok(view) = parse(&places[k].2) {
            acc.remove(layout, &view);
        }
        let (id, at) = (places[k].0.clone(), places[k].1);
        acc.reject(
            at,
            name_at(sources, at),
            crate::i18n::current()
                .responses
                .input_repeats_id(&id, &name_at(sources, first)),
        );
    }
    Ok(())
}

fn name_at(sources: &Sources, at: Location) -> String {
    let path = sources.files[at.source as usize].path.display();
    if at.line == 0 {
        path.to_string()
    } else {
        format!("{path}:{}", at.line)
    }
}

#[cfg(test)]
mod fast_path_tests {
    //! The fast path ([`crate::response::fast`]) must count exactly what the general path
    //! counts, for every line it accepts, and accept the usual line.

    use super::*;
    use crate::questionnaire::{Definition, bundled, parse_str};
    use crate::response::Mode;
    use crate::response::check::Found;

    fn definition(source: &str) -> Definition {
        parse_str("test.toml", source)
            .definition
            .expect("a valid questionnaire")
    }

    /// Counts `line` through the fast path (if it takes it) and through the general path;
    /// when the fast path took it, both must have counted the same. Returns whether it did.
    fn agree(layout: &Layout<'_>, line: &[u8]) -> bool {
        fast_path_agrees(layout, line).unwrap_or_else(|disagreement| panic!("{disagreement}"))
    }

    /// Lines made from `line` by the edits that matter: each key, code and value replaced,
    /// entries repeated, parts added, and bytes changed at random.
    fn variants(line: &str, rng: &mut fastrand::Rng) -> Vec<Vec<u8>> {
        let mut out: Vec<Vec<u8>> = [
            ("\"A\"", "\"Z\""),
            ("\"A\"", "\"AB\""),
            ("\"B\"", "\"\""),
            ("\"sector\":\"", "\"sector\":\"x"),
            ("\"role\":", "\"rol\":"),
            ("\"language\":\"en\"", "\"language\":\"enx\""),
            ("\"q03\":", "\"q03x\":"),
            ("\"q05\":", "\"q5\":"),
            ("\"B\"", "\"no-answer\""),
            ("\"C\"", "[\"C\"]"),
            ("\"q01\"", "\"q99\""),
            ("\"q02\":", "\"q01\":"),
            ("\"q18\":", "\"Q18\":"),
            ("\"sector\":", "\"role\":"),
            ("\"role\":", "\"sector\":"),
            ("\"years\":", "\"age\":"),
            ("\"language\":\"en\"", "\"language\":\"de\""),
            ("\"language\":\"fr\"", "\"language\":\"\""),
            ("\"submitted\":\"2026-03-0", "\"submitted\":\"2026-02-3"),
            ("\"mode\":\"individual\"", "\"mode\":\"collective\""),
            ("\"version\":\"1.0.0\"", "\"version\":\"1.0.1\""),
            ("sha256:5", "sha256:6"),
            ("\"schema_version\":1", "\"schema_version\":2"),
            ("\"beyond-networking\":", "\"beyond\":"),
            ("\"defined-project\":true", "\"defined-project\":1"),
            ("\"defined-project\":", "\"beyond-networking\":"),
            ("}}", "},\"comments\":{\"q01\":\"Bien.\"}}"),
            ("}}", "},\"closing_comment\":\"Merci\"}"),
            ("\"answers\":{", "\"answers\":{\"q01\":\"A\","),
            ("\",\"", "\", \""),
            ("\"id\":\"", "\"id\":\"\\u0041"),
        ]
        .iter()
        .filter(|(from, _)| line.contains(from))
        .map(|(from, to)| line.replacen(from, to, 1).into_bytes())
        .collect();
        out.push(
            line.replace("\"profile\":{", "\"profile\":{\"sector\":\"education\",")
                .into_bytes(),
        );
        out.push(line.as_bytes()[..line.len() - 1].to_vec());
        out.push(format!("{line}x").into_bytes());
        let mut invalid = line.as_bytes().to_vec();
        invalid[30] = 0xff;
        out.push(invalid);
        for _ in 0..40 {
            let mut bytes = line.as_bytes().to_vec();
            let at = rng.usize(..bytes.len());
            bytes[at] = match rng.u8(..4) {
                0 => b'"',
                1 => b'}',
                2 => rng.u8(b'0'..=b'z'),
                _ => bytes[at].wrapping_add(1),
            };
            out.push(bytes);
        }
        out
    }

    #[test]
    fn the_fast_path_counts_what_the_general_path_counts() {
        let def = definition(bundled::find("action-in-partnership").unwrap().source);
        for grouped in [&[][..], &["sector"][..]] {
            let layout = Layout::new(&def, grouped);
            let demo = crate::demo::Demo::new(&def, 11);
            let mut rng = fastrand::Rng::with_seed(5);
            let (mut taken, mut total) = (0, 0);
            for n in 0..300 {
                let mut response = demo.response(n, Mode::Individual);
                response.comments.clear();
                let line = serde_json::to_string(&response).unwrap();
                assert!(agree(&layout, line.as_bytes()), "the usual line: {line}");
                for variant in variants(&line, &mut rng) {
                    total += 1;
                    if agree(&layout, &variant) {
                        taken += 1;
                    }
                }
            }
            // Most edits make a line the fast path must leave alone; some do not.
            assert!(taken > 0 && taken < total / 2, "{taken} of {total}");
        }
    }

    #[test]
    fn a_questionnaire_with_show_if_takes_the_general_path_which_counts_those_not_asked() {
        let def = definition(
            r#"
schema_version = 1
id = "t"
version = "1"
languages = ["en"]
title = "T"
[[items]]
id = "a"
text = "A?"
options = [{ code = "y", score = 1, label = "Yes" }, { code = "n", score = 0, label = "No" }]
[[items]]
id = "b"
text = "B?"
show_if = "a = y"
options = [{ code = "y", score = 1, label = "Yes" }, { code = "n", score = 0, label = "No" }]
"#,
        );
        let layout = Layout::new(&def, &[]);
        let line = |answers: &str| {
            format!(
                "{{\"schema_version\":1,\"id\":\"x\",\"questionnaire\":{{\"id\":\"t\",\"version\":\"1\",\"hash\":\"{}\"}},\"language\":\"en\",\"submitted\":\"2026-01-02\",\"mode\":\"individual\",\"profile\":{{}},\"answers\":{answers}}}",
                def.hash
            )
            .into_bytes()
        };
        let mut acc = Acc::new(&layout);
        for answers in ["{\"a\":\"n\"}", "{\"a\":\"y\",\"b\":\"n\"}"] {
            let bytes = line(answers);
            assert!(!agree(&layout, &bytes), "the fast path took {answers}");
            let view = parse(&bytes).unwrap();
            acc.add(&layout, &view, Location { source: 0, line: 1 }, || {
                "line".to_owned()
            });
        }
        assert!(acc.bad.is_empty(), "{:?}", acc.bad);
        // `b` was not asked of the first: not applicable, not "no answer".
        assert_eq!((acc.all[1].not_applicable, acc.all[1].no_answer), (1, 0));
        assert_eq!(acc.all[1].options, [0, 1]);
        assert_eq!(acc.all[0].not_applicable, 0);
        // The same line with `b` answered is refused.
        let refused = line("{\"a\":\"n\",\"b\":\"n\"}");
        let view = parse(&refused).unwrap();
        acc.add(&layout, &view, Location { source: 0, line: 2 }, || {
            "line".to_owned()
        });
        assert_eq!(acc.bad.len(), 1);
    }

    #[test]
    fn required_items_grids_and_items_without_no_answer_take_the_general_path() {
        let def = definition(
            r#"
schema_version = 1
id = "t"
version = "1"
languages = ["en"]
title = "T"
[[items]]
id = "a"
text = "A?"
required = true
options = [{ code = "y", score = 1, label = "Yes" }, { code = "n", score = 0, label = "No" }]
[[items]]
id = "b"
text = "B?"
required = false
options = [{ code = "y", score = 1, label = "Yes" }, { code = "n", score = 0, label = "No" }]
[[items]]
id = "g"
kind = "grid"
text = "G?"
required = false
rows = [{ id = "r1", text = "R1" }]
options = [{ code = "y", score = 1, label = "Yes" }, { code = "n", score = 0, label = "No" }]
"#,
        );
        let layout = Layout::new(&def, &[]);
        let head = format!(
            "{{\"schema_version\":1,\"id\":\"x\",\"questionnaire\":{{\"id\":\"t\",\"version\":\"1\",\"hash\":\"{}\"}},\"language\":\"en\",\"submitted\":\"2026-01-02\",\"mode\":\"individual\",\"profile\":{{}},\"answers\":",
            def.hash
        );
        let line = |answers: &str| format!("{head}{answers}}}").into_bytes();
        let valid = line("{\"a\":\"y\",\"b\":\"n\"}");
        let view = parse(&valid).unwrap();
        let mut found = Found::default();
        assert_eq!(
            layout.checker.check(&view, &mut found),
            Vec::<String>::new()
        );
        assert!(
            agree(&layout, &valid),
            "{}",
            String::from_utf8_lossy(&valid)
        );
        // The required item is missing: the general path words the problem.
        assert!(!agree(&layout, &line("{\"b\":\"n\"}")));
        // No "no answer" on these items.
        assert!(!agree(&layout, &line("{\"a\":\"no-answer\"}")));
        // A grid answer.
        assert!(!agree(&layout, &line("{\"a\":\"y\",\"g\":{\"r1\":\"y\"}}")));
    }
}
