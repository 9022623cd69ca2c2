//! Opening and reading files that anyone may have put in a shared folder.
//!
//! An evaluation folder usually sits on a shared drive that every member can write to, so
//! any name in it may be a link, a named pipe, a device or a file of gigabytes. Every file
//! partnereval reads goes through here:
//!
//! - it is opened without blocking (a named pipe with no writer would hang the open) and,
//!   inside an evaluation or responses folder, without following a symbolic link;
//! - it must be a regular file, checked on the opened handle (so that nothing can be
//!   swapped in between a check and the open);
//! - it is read up to a limit, applied while reading, never after.
//!
//! One exception: a named pipe that the user names on the command line as responses
//! (`report Q <(…)`, a FIFO) or `-` for standard input is read as a stream of NDJSON lines
//! ([`open_pipe`], `crate::report::input`), each line under the limit of a response.
//!
//! Links are refused inside evaluation folders rather than followed: a link could lead a
//! report to count files from outside the evaluation, or to a device. Paths given on the
//! command line are the user's own choice and are followed, but must still end at a regular
//! file. The rules are written down in `docs/security.md`.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Whether a symbolic link may be followed to the file it points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// The path was named by the user (a command-line argument).
    Follow,
    /// The path was found inside an evaluation or responses folder.
    Refuse,
}

/// Largest questionnaire file read (the bundled one is about 30 KiB).
pub const MAX_QUESTIONNAIRE_BYTES: u64 = 8 * 1024 * 1024;
/// Largest evaluation settings file read.
pub const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;
/// Largest response, draft or answers file read; a real one is under a few kilobytes.
pub const MAX_RESPONSE_BYTES: u64 = 4 * 1024 * 1024;

/// What a file system entry is, in words (with its article: "a named pipe (FIFO)", "un
/// tube nommé (FIFO)"), for messages about entries that are not read.
pub fn kind_name(file_type: std::fs::FileType) -> &'static str {
    let m = &crate::i18n::current().responses;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return m.file_kind_fifo;
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return m.file_kind_device;
        }
        if file_type.is_socket() {
            return m.file_kind_socket;
        }
    }
    if file_type.is_symlink() {
        m.file_kind_link
    } else if file_type.is_dir() {
        m.file_kind_folder
    } else if file_type.is_file() {
        m.file_kind_file
    } else {
        m.file_kind_other
    }
}

/// The error of an entry that is not a regular file.
fn not_regular(file_type: std::fs::FileType) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::i18n::current()
            .responses
            .file_not_regular(kind_name(file_type)),
    )
}

/// The error of opening a link with links refused.
pub fn link_refused() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::i18n::current().responses.file_link_refused,
    )
}

/// Checks, on the opened handle, that `file` is a regular file.
pub fn require_regular(file: &File) -> io::Result<()> {
    // One plain fstat: this runs once per response file, 100,000 times for a large folder.
    #[cfg(unix)]
    {
        let stat = rustix::fs::fstat(file)?;
        if rustix::fs::FileType::from_raw_mode(stat.st_mode) == rustix::fs::FileType::RegularFile {
            return Ok(());
        }
    }
    let file_type = file.metadata()?.file_type();
    if file_type.is_file() {
        Ok(())
    } else {
        Err(not_regular(file_type))
    }
}

/// Opens `path` for reading; it must be a regular file.
pub fn open_regular(path: &Path, links: Links) -> io::Result<File> {
    let file = open_raw(path, links)?;
    require_regular(&file)?;
    Ok(file)
}

#[cfg(unix)]
fn open_raw(path: &Path, links: Links) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut flags = rustix::fs::OFlags::NONBLOCK.bits() | rustix::fs::OFlags::NOCTTY.bits();
    if links == Links::Refuse {
        flags |= rustix::fs::OFlags::NOFOLLOW.bits();
    }
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags as i32)
        .open(path)
        .map_err(|e| {
            if links == Links::Refuse && is_link_error(&e) {
                link_refused()
            } else {
                e
            }
        })
}

#[cfg(not(unix))]
fn open_raw(path: &Path, links: Links) -> io::Result<File> {
    if links == Links::Refuse && std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(link_refused());
    }
    File::open(path)
}

/// Opens a named pipe the user named on the command line (`mkfifo`, or `<(…)`, which the
/// shell gives as a `/dev/fd/N` that leads to a pipe), for reading once from start to end.
/// Unlike every other open here, it blocks until a writer opens the pipe, as `cat` does:
/// the user asked for it. What is opened must be a pipe or a regular file (should the
/// path have changed since it was looked at), never a device.
pub fn open_pipe(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NOCTTY.bits() as i32);
    }
    let file = options.open(path)?;
    if !is_pipe(&file.metadata()?.file_type()) {
        require_regular(&file)?;
    }
    Ok(file)
}

/// Whether `file_type` is a named or anonymous pipe.
pub fn is_pipe(file_type: &std::fs::FileType) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        file_type.is_fifo()
    }
    #[cfg(not(unix))]
    {
        let _ = file_type;
        false
    }
}

/// Refuses to read standard input (`-`) when it is a terminal: nobody types responses or
/// answers by hand there, and waiting for them would look like a hang.
pub fn stdin_not_a_terminal() -> Result<(), crate::error::Error> {
    use std::io::IsTerminal;
    if io::stdin().is_terminal() {
        return Err(crate::error::Error::Usage(
            crate::i18n::current()
                .responses
                .stdin_is_terminal
                .to_owned(),
        ));
    }
    Ok(())
}

/// Whether an open with `O_NOFOLLOW` failed because the last component is a link.
#[cfg(unix)]
pub fn is_link_error(e: &io::Error) -> bool {
    // ELOOP on Linux and the BSDs; EMLINK on some older BSDs.
    matches!(
        e.raw_os_error(),
        Some(code) if code == rustix::io::Errno::LOOP.raw_os_error()
            || code == rustix::io::Errno::MLINK.raw_os_error()
    )
}

/// Opens the entry `name` of the already open folder `folder`: never follows a link, and
/// never blocks on a named pipe. The caller checks that it is a regular file.
#[cfg(unix)]
pub fn open_in_folder(folder: &File, name: &std::ffi::OsStr) -> io::Result<File> {
    use rustix::fs::{Mode, OFlags, openat};
    let fd = openat(
        folder,
        name,
        OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY,
        Mode::empty(),
    )
    .map_err(io::Error::from)
    .map_err(|e| if is_link_error(&e) { link_refused() } else { e })?;
    Ok(File::from(fd))
}

/// Reads what is left of `file`, refusing more than `limit` bytes: the limit is applied
/// while reading, so a huge or endless file costs at most `limit` bytes of memory.
pub fn read_limited(file: &mut File, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(bytes)
}

/// The error for a file over `limit` bytes.
pub fn too_large(limit: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        crate::i18n::current()
            .responses
            .file_too_large(&size(limit)),
    )
}

/// Opens the regular file at `path` and reads at most `limit + 1` bytes of it: for parsers
/// that report an oversized file themselves, with its location.
pub fn read_up_to(path: &Path, links: Links, limit: u64) -> io::Result<Vec<u8>> {
    let file = open_regular(path, links)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Opens and reads the regular file at `path`, up to `limit` bytes.
pub fn read(path: &Path, links: Links, limit: u64) -> io::Result<Vec<u8>> {
    let mut file = open_regular(path, links)?;
    read_limited(&mut file, limit)
}

/// A size in bytes for a message: "4 MiB", "512 KiB", "100 bytes" ("4 Mio", "100 octets").
pub fn size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    let m = &crate::i18n::current().responses;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        m.file_size_mib(bytes / MIB)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        m.file_size_kib(bytes / 1024)
    } else {
        m.file_size_bytes(bytes)
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn special_files_are_refused_without_blocking() {
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("pipe");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
        )
        .unwrap();
        let e = read(&fifo, Links::Follow, 10).unwrap_err();
        assert!(e.to_string().contains("named pipe"), "{e}");
        let e = read(Path::new("/dev/zero"), Links::Follow, 10).unwrap_err();
        assert!(e.to_string().contains("a device"), "{e}");
        let e = read(tmp.path(), Links::Follow, 10).unwrap_err();
        assert!(e.to_string().contains("folder"), "{e}");
    }

    #[test]
    fn links_are_followed_only_when_allowed() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("real.json");
        std::fs::write(&target, b"{}").unwrap();
        let link = tmp.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(read(&link, Links::Follow, 10).unwrap(), b"{}");
        let e = read(&link, Links::Refuse, 10).unwrap_err();
        assert!(e.to_string().contains("symbolic link"), "{e}");
        let folder = File::open(tmp.path()).unwrap();
        let e = open_in_folder(&folder, std::ffi::OsStr::new("link.json")).unwrap_err();
        assert!(e.to_string().contains("symbolic link"), "{e}");
    }

    #[test]
    fn the_limit_applies_while_reading() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("f");
        std::fs::write(&path, vec![b'x'; 11]).unwrap();
        assert_eq!(read(&path, Links::Refuse, 11).unwrap().len(), 11);
        let e = read(&path, Links::Refuse, 10).unwrap_err();
        assert!(e.to_string().contains("larger than 10 bytes"), "{e}");
        assert_eq!(size(4 * 1024 * 1024), "4 MiB");
    }
}
