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

/// The folder, inside a responses folder, that holds drafts.
pub const DRAFTS_DIR: &str = ".drafts";

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
    fs::create_dir_all(dir).with_context(|| format!("cannot create folder {}", dir.display()))?;
    let target = dir.join(name);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".tmp-").suffix(".partial");
    // Evaluation folders are shared: files get the usual permissions (as the umask allows),
    // not the private ones of temporary files.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a file in {}", dir.display()))?;
    temp.write_all(bytes)
        .and_then(|()| {
            if durable {
                temp.as_file().sync_all()
            } else {
                Ok(())
            }
        })
        .with_context(|| format!("cannot write to {}", dir.display()))?;
    if replace {
        temp.persist(&target)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write {}", target.display()))?;
    } else {
        temp.persist_noclobber(&target)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot write {}", target.display()))?;
    }
    // Make the rename itself durable.
    if durable && let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(target)
}

/// Writes a submitted response into `dir` as `<id>.json`; returns its path.
pub fn submit(dir: &Path, response: &Response) -> anyhow::Result<PathBuf> {
    let mut json = serde_json::to_vec_pretty(response)?;
    json.push(b'\n');
    write_atomic(dir, &format!("{}.json", response.id), &json, false)
}

/// The drafts folder of a responses folder.
pub fn drafts_dir(responses: &Path) -> PathBuf {
    responses.join(DRAFTS_DIR)
}

/// Saves (or replaces) a draft.
pub fn save_draft(responses: &Path, draft: &Draft) -> anyhow::Result<PathBuf> {
    let mut json = serde_json::to_vec_pretty(draft)?;
    json.push(b'\n');
    write_atomic(
        &drafts_dir(responses),
        &format!("{}.json", draft.response.id),
        &json,
        true,
    )
}

/// Removes a draft once its response is submitted (or abandoned).
pub fn remove_draft(responses: &Path, id: &str) -> anyhow::Result<()> {
    let path = drafts_dir(responses).join(format!("{id}.json"));
    match fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("cannot remove draft {}", path.display()))
        }
        _ => Ok(()),
    }
}

/// Reads a draft by id.
pub fn load_draft(responses: &Path, id: &str) -> anyhow::Result<Draft> {
    if !crate::questionnaire::validate::is_identifier(id) {
        anyhow::bail!("`{id}` is not a draft id");
    }
    let path = drafts_dir(responses).join(format!("{id}.json"));
    let bytes = fs::read(&path)
        .with_context(|| format!("no draft `{id}` in {}", drafts_dir(responses).display()))?;
    parse_draft(&bytes).with_context(|| format!("{} is not a valid draft", path.display()))
}

fn parse_draft(bytes: &[u8]) -> anyhow::Result<Draft> {
    let draft: Draft = serde_json::from_slice(bytes)?;
    if draft.schema_version != RESPONSE_SCHEMA_VERSION {
        anyhow::bail!(
            "draft format version {} is not supported",
            draft.schema_version
        );
    }
    Ok(draft)
}

/// Every readable draft in a responses folder, oldest first, and the number that could not
/// be read.
pub fn list_drafts(responses: &Path) -> (Vec<Draft>, usize) {
    let Ok(entries) = fs::read_dir(drafts_dir(responses)) else {
        return (Vec::new(), 0);
    };
    let mut drafts = Vec::new();
    let mut unreadable = 0;
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        match fs::read(&path)
            .map_err(anyhow::Error::from)
            .and_then(|b| parse_draft(&b))
        {
            Ok(d) => drafts.push(d),
            Err(_) => unreadable += 1,
        }
    }
    drafts.sort_by(|a, b| {
        (a.response.submitted, &a.response.id).cmp(&(b.response.submitted, &b.response.id))
    });
    (drafts, unreadable)
}
