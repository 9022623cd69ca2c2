//! Reading the responses a report compiles: folders and files, every bad one named with
//! the reason, nothing dropped silently.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Skipped;
use crate::error::Error;
use crate::questionnaire::Definition;
use crate::response::check::{Identity, check};
use crate::response::{Response, store};

/// What was read: the valid responses, the bad files and the number of drafts.
#[derive(Debug, Default)]
pub struct Read {
    pub responses: Vec<Response>,
    pub bad: Vec<Skipped>,
    pub drafts: usize,
}

/// Largest response file we read; a real one is under a few kilobytes.
const MAX_RESPONSE_BYTES: u64 = 4 * 1024 * 1024;

/// Reads every response in `paths` (files, or folders of `*.json` files) against `def`.
pub fn read(paths: &[PathBuf], def: &Definition) -> Result<Read, Error> {
    let mut files = Vec::new();
    let mut read = Read::default();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "json")
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            found.sort();
            files.extend(found);
            let (drafts, unreadable) = store::list_drafts(path);
            read.drafts += drafts.len() + unreadable;
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            return Err(Error::Read {
                path: path.clone(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or folder"),
            });
        }
    }
    let mut seen: HashMap<String, String> = HashMap::new();
    for file in files {
        let name = file.display().to_string();
        match parse(&file, def) {
            Ok(response) => match seen.get(&response.id) {
                Some(first) => read.bad.push(Skipped {
                    file: name,
                    reason: format!("repeats the response id {} of {first}", response.id),
                }),
                None => {
                    seen.insert(response.id.clone(), name);
                    read.responses.push(response);
                }
            },
            Err(reason) => read.bad.push(Skipped { file: name, reason }),
        }
    }
    Ok(read)
}

/// One response file, checked; the reason it is unusable otherwise.
fn parse(file: &Path, def: &Definition) -> Result<Response, String> {
    let meta = std::fs::metadata(file).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_RESPONSE_BYTES {
        return Err(format!("{} bytes is too large for a response", meta.len()));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the file is empty".to_owned());
    }
    let response: Response = serde_json::from_slice(&bytes).map_err(|e| {
        let what = if e.is_syntax() || e.is_eof() {
            "not valid JSON"
        } else {
            "not a partnereval response"
        };
        format!("{what}: {}", crate::sanitize::one_line(&e.to_string()))
    })?;
    let problems = check(&response, def, Identity::Exact);
    if problems.is_empty() {
        Ok(response)
    } else {
        Err(problems.join("; "))
    }
}
