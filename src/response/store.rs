//! Response and draft files on disk: atomic, never half-written, never clashing.
//!
//! A file is written to a temporary name in its destination folder, flushed to disk, then
//! renamed: readers see the old file or the new one, never a part. Response names are random
//! (UUID v4), so any number of respondents can submit into one folder at once.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{Draft, RESPONSE_SCHEMA_VERSION, Response};
use crate::files::{self, Links};

/// The name of the temporary file of an atomic write: `.tmp-XXXXXX.partial`.
const TEMP_PREFIX: &str = ".tmp-";
const TEMP_SUFFIX: &str = ".partial";

/// The folder, inside a responses folder, that holds drafts.
pub const DRAFTS_DIR: &str = ".drafts";

/// A folder to write into: a `root` the user named (a link there is followed) and the
/// folders `inside` it that partnereval made and that must be real folders (never followed
/// through a link, even one put there while a survey runs): `responses`, `rounds/ID`,
/// `.drafts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folder {
    pub root: PathBuf,
    pub inside: Vec<String>,
}

impl Folder {
    /// A folder the user named, with nothing inside it to check.
    pub fn plain(root: impl Into<PathBuf>) -> Folder {
        Folder {
            root: root.into(),
            inside: Vec::new(),
        }
    }

    /// The folder `name` inside this one.
    pub fn child(&self, name: &str) -> Folder {
        let mut inside = self.inside.clone();
        inside.push(name.to_owned());
        Folder {
            root: self.root.clone(),
            inside,
        }
    }

    /// The folder's path.
    pub fn path(&self) -> PathBuf {
        self.inside
            .iter()
            .fold(self.root.clone(), |p, part| p.join(part))
    }
}

/// Writes `bytes` to `dir/name` atomically and durably. With `replace = false` an existing
/// file is never overwritten.
pub fn write_atomic(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    replace: bool,
) -> anyhow::Result<PathBuf> {
    write_file(dir, name, bytes, replace, true)
}

/// Like [`write_atomic`]; `durable = false` skips flushing to disk (for generated demo data,
/// where a crash loses nothing but time). Readers still never see half a file.
pub fn write_file(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    replace: bool,
    durable: bool,
) -> anyhow::Result<PathBuf> {
    write(&Folder::plain(dir), name, bytes, replace, durable, None)
}

/// Like [`write_atomic`], giving the new file `permissions` (those of the file it
/// replaces, say) instead of the usual ones.
pub fn write_atomic_with(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    replace: bool,
    permissions: Option<fs::Permissions>,
) -> anyhow::Result<PathBuf> {
    write(&Folder::plain(dir), name, bytes, replace, true, permissions)
}

/// Opens `folder` for writing into, making the folders that are missing: its root by path,
/// then each folder inside it relative to the one before, never through a link.
#[cfg(unix)]
fn open_folder(folder: &Folder) -> anyhow::Result<rustix::fd::OwnedFd> {
    use rustix::fs::{CWD, Mode, OFlags, mkdirat, openat};
    let m = &crate::i18n::current().responses;
    let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    fs::create_dir_all(&folder.root)
        .with_context(|| m.store_cannot_create_folder(&folder.root.display().to_string()))?;
    let mut fd = openat(CWD, &folder.root, dir_flags, Mode::empty())
        .with_context(|| m.store_cannot_open_folder(&folder.root.display().to_string()))?;
    let mut path = folder.root.clone();
    for part in &folder.inside {
        path.push(part);
        match mkdirat(&fd, part.as_str(), Mode::from_raw_mode(0o777)) {
            Ok(()) | Err(rustix::io::Errno::EXIST) => {}
            Err(e) => {
                return Err(std::io::Error::from(e))
                    .with_context(|| m.store_cannot_create_folder(&path.display().to_string()));
            }
        }
        fd = match openat(
            &fd,
            part.as_str(),
            dir_flags | OFlags::NOFOLLOW,
            Mode::empty(),
        ) {
            Ok(fd) => fd,
            // A link (refused by O_NOFOLLOW) or a file (not a folder) in its place.
            Err(rustix::io::Errno::LOOP | rustix::io::Errno::MLINK | rustix::io::Errno::NOTDIR) => {
                return Err(
                    crate::error::Error::Invalid(m.store_not_an_evaluation_folder(
                        &crate::sanitize::one_line(&path.display().to_string()),
                    ))
                    .into(),
                );
            }
            Err(e) => {
                return Err(std::io::Error::from(e))
                    .with_context(|| m.store_cannot_open_folder(&path.display().to_string()));
            }
        };
    }
    Ok(fd)
}

/// Writes `bytes` to `folder/name`: into a temporary file made in the opened folder, flushed,
/// then renamed over `name` (or next to it, refusing to replace it, with `replace = false`).
#[cfg(unix)]
fn write(
    folder: &Folder,
    name: &str,
    bytes: &[u8],
    replace: bool,
    durable: bool,
    permissions: Option<fs::Permissions>,
) -> anyhow::Result<PathBuf> {
    use rustix::fs::{
        AtFlags, Mode, OFlags, RenameFlags, linkat, openat, renameat, renameat_with, unlinkat,
    };
    let m = &crate::i18n::current().responses;
    let dir = folder.path();
    let target = dir.join(name);
    let dirfd = open_folder(folder)?;
    // A fresh temporary name; another writer's, or a planted file, is never opened.
    let (temp, fd) = {
        let mut tries = 0;
        loop {
            let temp: String = format!(
                "{TEMP_PREFIX}{}{TEMP_SUFFIX}",
                (0..12)
                    .map(|_| fastrand::alphanumeric())
                    .collect::<String>()
            );
            // Evaluation folders are shared: files get the usual permissions (as the umask
            // allows), not the private ones of temporary files.
            match openat(
                &dirfd,
                temp.as_str(),
                OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(0o666),
            ) {
                Ok(fd) => break (temp, fd),
                Err(rustix::io::Errno::EXIST) if tries < 100 => tries += 1,
                Err(e) => {
                    return Err(std::io::Error::from(e)).with_context(|| {
                        m.store_cannot_create_file_in(&dir.display().to_string())
                    });
                }
            }
        }
    };
    let remove_temp = || {
        let _ = unlinkat(&dirfd, temp.as_str(), AtFlags::empty());
    };
    let mut file = fs::File::from(fd);
    let written = (|| -> std::io::Result<()> {
        if let Some(permissions) = permissions {
            file.set_permissions(permissions)?;
        }
        file.write_all(bytes)?;
        if durable {
            file.sync_all()?;
        }
        Ok(())
    })();
    drop(file);
    if let Err(e) = written {
        remove_temp();
        return Err(e).with_context(|| m.store_cannot_write_to(&dir.display().to_string()));
    }
    let renamed = if replace {
        renameat(&dirfd, temp.as_str(), &dirfd, name)
    } else {
        match renameat_with(&dirfd, temp.as_str(), &dirfd, name, RenameFlags::NOREPLACE) {
            // File systems without RENAME_NOREPLACE: a hard link fails when the name exists.
            Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => {
                linkat(&dirfd, temp.as_str(), &dirfd, name, AtFlags::empty())
            }
            other => other,
        }
    };
    remove_temp();
    renamed
        .map_err(std::io::Error::from)
        .with_context(|| m.store_cannot_write(&target.display().to_string()))?;
    // Make the rename itself durable.
    if durable {
        let _ = rustix::fs::fsync(&dirfd);
    }
    Ok(target)
}

#[cfg(not(unix))]
fn write(
    folder: &Folder,
    name: &str,
    bytes: &[u8],
    replace: bool,
    durable: bool,
    permissions: Option<fs::Permissions>,
) -> anyhow::Result<PathBuf> {
    let m = &crate::i18n::current().responses;
    let dir = folder.path();
    fs::create_dir_all(&dir)
        .with_context(|| m.store_cannot_create_folder(&dir.display().to_string()))?;
    let target = dir.join(name);
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    let mut temp = builder
        .tempfile_in(&dir)
        .with_context(|| m.store_cannot_create_file_in(&dir.display().to_string()))?;
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.write_all(bytes)
        .and_then(|()| {
            if durable {
                temp.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .with_context(|| m.store_cannot_write_to(&dir.display().to_string()))?;
    if replace {
        temp.persist(&target).map_err(|e| e.error)
    } else {
        temp.persist_noclobber(&target).map_err(|e| e.error)
    }
    .with_context(|| m.store_cannot_write(&target.display().to_string()))?;
    Ok(target)
}

/// The file name of response or draft `id`: made by partnereval from a checked id, never
/// from a text taken as it is (a planted draft could otherwise name `../../x`).
pub fn file_name(id: &str) -> anyhow::Result<String> {
    match super::check::id_problem(id) {
        None => Ok(format!("{id}.json")),
        Some(problem) => Err(crate::error::Error::Invalid(problem).into()),
    }
}

/// Writes a submitted response into `folder` as `<id>.json`; returns its path.
pub fn submit(folder: &Folder, response: &Response) -> anyhow::Result<PathBuf> {
    let name = file_name(&response.id)?;
    let mut json = serde_json::to_vec_pretty(response)?;
    json.push(b'\n');
    write(folder, &name, &json, false, true, None)
}

/// The drafts folder of a responses folder.
pub fn drafts_dir(responses: &Path) -> PathBuf {
    responses.join(DRAFTS_DIR)
}

/// Saves (or replaces) a draft in the `.drafts` folder of `responses`.
pub fn save_draft(responses: &Folder, draft: &Draft) -> anyhow::Result<PathBuf> {
    let name = file_name(&draft.response.id)?;
    let mut json = serde_json::to_vec_pretty(draft)?;
    json.push(b'\n');
    write(&responses.child(DRAFTS_DIR), &name, &json, true, true, None)
}

/// Removes a draft once its response is submitted (or abandoned), in the drafts folder
/// opened as it was written into (never through a link).
pub fn remove_draft(responses: &Folder, id: &str) -> anyhow::Result<()> {
    let drafts = responses.child(DRAFTS_DIR);
    let name = file_name(id)?;
    let path = drafts.path().join(&name);
    #[cfg(unix)]
    let removed = open_folder(&drafts).and_then(|dirfd| {
        rustix::fs::unlinkat(&dirfd, name.as_str(), rustix::fs::AtFlags::empty())
            .map_err(|e| std::io::Error::from(e).into())
    });
    #[cfg(not(unix))]
    let removed = fs::remove_file(&path).map_err(anyhow::Error::from);
    match removed {
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound) =>
        {
            Ok(())
        }
        Err(e) => Err(e.context(
            crate::i18n::current()
                .responses
                .draft_cannot_remove(&path.display().to_string()),
        )),
        Ok(()) => Ok(()),
    }
}

/// Reads a draft by id. The draft must be a regular file (not a link) named after the id
/// it holds. An id that cannot be a draft's or names none is a usage error (it was typed on
/// the command line); a draft that cannot be used is invalid input.
pub fn load_draft(responses: &Path, id: &str) -> Result<Draft, crate::error::Error> {
    use crate::error::Error;
    let m = &crate::i18n::current().responses;
    if !crate::questionnaire::validate::is_identifier(id) {
        return Err(Error::Usage(
            m.draft_not_an_id(&crate::sanitize::one_line(id)),
        ));
    }
    let path = drafts_dir(responses).join(format!("{id}.json"));
    if matches!(fs::symlink_metadata(&path), Err(e) if e.kind() == std::io::ErrorKind::NotFound) {
        return Err(Error::Usage(
            m.draft_missing(id, &drafts_dir(responses).display().to_string()),
        ));
    }
    read_draft(&path, id)
        .map_err(|reason| Error::Invalid(m.located(&path.display().to_string(), &reason)))
}

/// Reads the draft file `path`, which must hold the draft `id`; or why it cannot be used.
fn read_draft(path: &Path, id: &str) -> Result<Draft, String> {
    let m = &crate::i18n::current().responses;
    let bytes = files::read(path, Links::Refuse, files::MAX_RESPONSE_BYTES)
        .map_err(|e| m.file_cannot_read(&e.to_string()))?;
    let draft = parse_draft(&bytes).map_err(|e| m.draft_not_valid(&e))?;
    if draft.response.id != id {
        return Err(m.draft_misnamed(&crate::sanitize::one_line(&draft.response.id), id));
    }
    Ok(draft)
}

/// A draft from its bytes, or what is wrong with them.
fn parse_draft(bytes: &[u8]) -> Result<Draft, String> {
    let draft: Draft = serde_json::from_slice(crate::encoding::without_bom(bytes))
        .map_err(|e| super::parse_error::json(&e))?;
    if draft.schema_version != RESPONSE_SCHEMA_VERSION {
        return Err(crate::i18n::current()
            .responses
            .draft_version_unsupported(draft.schema_version));
    }
    Ok(draft)
}

/// When draft `id` of a responses folder was last saved (its file's modification time).
pub fn draft_saved_at(responses: &Path, id: &str) -> Option<std::time::SystemTime> {
    let name = file_name(id).ok()?;
    fs::symlink_metadata(drafts_dir(responses).join(name))
        .ok()?
        .modified()
        .ok()
}

/// The drafts of a responses folder.
#[derive(Debug, Default)]
pub struct Drafts {
    /// Every usable draft, oldest first.
    pub drafts: Vec<Draft>,
    /// Entries of the drafts folder that are not usable drafts, each with the reason.
    pub unusable: Vec<(PathBuf, String)>,
}

/// Every draft in a responses folder, oldest first, and the entries that are not usable
/// drafts (named with their reason: nothing in the folder is passed over in silence).
pub fn list_drafts(responses: &Path) -> Drafts {
    let m = &crate::i18n::current().responses;
    let dir = drafts_dir(responses);
    let mut out = Drafts::default();
    let Ok(entries) = fs::read_dir(&dir) else {
        return out;
    };
    let mut temporaries = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if is_temporary(&name) {
            temporaries.push(path);
            continue;
        }
        let Some(id) = name.strip_suffix(".json") else {
            out.unusable.push((path, m.draft_not_a_draft.to_owned()));
            continue;
        };
        if let Some(problem) = super::check::id_problem(id) {
            out.unusable.push((path, m.draft_bad_name(&problem)));
            continue;
        }
        match read_draft(&path, id) {
            Ok(d) => out.drafts.push(d),
            Err(reason) => out.unusable.push((path, reason)),
        }
    }
    out.drafts.sort_by(|a, b| {
        (a.response.submitted, &a.response.id).cmp(&(b.response.submitted, &b.response.id))
    });
    out.unusable.sort();
    remove_stale(&temporaries);
    out
}

/// Whether `name` is one of the temporary files that atomic writes go through.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// How old a temporary file must be before it is taken to be left over from a write that
/// was killed: a real write renames its file within milliseconds.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// Removes those of `temporaries` (temporary files of atomic writes, found in a listing)
/// that writes killed halfway left behind (they may hold answers): regular files untouched
/// for ten minutes, so that a write in progress is never disturbed. Returns how many.
pub fn remove_stale(temporaries: &[PathBuf]) -> usize {
    let mut removed = 0;
    for path in temporaries {
        let Ok(meta) = path.symlink_metadata() else {
            continue;
        };
        let stale = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.file_type().is_file() && stale && fs::remove_file(path).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn writes_never_go_through_a_link_inside_the_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("eval");
        std::fs::create_dir(&root).unwrap();
        let elsewhere = tmp.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, root.join("responses")).unwrap();
        let folder = Folder {
            root: root.clone(),
            inside: vec!["responses".to_owned()],
        };
        let e = write(&folder, "x.json", b"{}", false, true, None).unwrap_err();
        assert!(
            format!("{e:#}").contains("is not a folder of the evaluation"),
            "{e:#}"
        );
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
        // Through a real folder it works, and leaves no temporary file.
        std::fs::remove_file(root.join("responses")).unwrap();
        write(&folder.child(".drafts"), "x.json", b"{}", false, true, None).unwrap();
        write(
            &folder.child(".drafts"),
            "x.json",
            b"{\n}",
            true,
            true,
            None,
        )
        .unwrap();
        assert!(write(&folder.child(".drafts"), "x.json", b"[]", false, true, None).is_err());
        let names: Vec<_> = std::fs::read_dir(root.join("responses/.drafts"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["x.json"]);
        assert_eq!(
            std::fs::read(root.join("responses/.drafts/x.json")).unwrap(),
            b"{\n}"
        );
    }
}
