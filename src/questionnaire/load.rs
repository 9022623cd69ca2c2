//! Reading questionnaire files: bytes → TOML → format types → validated [`Definition`].
//!
//! `parse_str` never fails and never panics: it returns every diagnostic it found and the
//! definition when there was no error. `load` resolves what a user typed (a bundled id or a
//! path) and turns errors into [`crate::error::Error`].

use std::path::{Path as FsPath, PathBuf};

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::bundled;
use super::definition::Definition;
use super::format::{QuestionnaireFile, SCHEMA_VERSION};
use super::locate::{Path, span_of};
use super::validate::validate;
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::error::Error;
use crate::files::Links;

/// Largest questionnaire file we read (a real one is a few dozen kilobytes).
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Deepest nesting of arrays and inline tables we hand to the TOML parser.
const MAX_NESTING: usize = 64;

/// The outcome of reading one questionnaire: diagnostics (errors and warnings, sorted) and
/// the definition when there was no error.
#[derive(Debug)]
pub struct Checked {
    pub definition: Option<Definition>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    fn failed(diagnostics: Vec<Diagnostic>) -> Self {
        Checked {
            definition: None,
            diagnostics,
        }
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }
}

/// Where a questionnaire came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    File(PathBuf),
}

/// A loaded, valid questionnaire and where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub definition: Definition,
    pub origin: Origin,
    /// The exact text it was read from (copied into evaluation folders).
    pub source: String,
}

/// The messages of this module, in the current language.
fn say() -> &'static crate::i18n::QuestionnaireMessages {
    &crate::i18n::current().questionnaire
}

/// Reads raw bytes: size and encoding first, then [`parse_str`].
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Checked {
    const MIB: usize = 1024 * 1024;
    const _: () = assert!(
        MAX_FILE_BYTES.is_multiple_of(MIB),
        "the limit is said in MiB"
    );
    if bytes.len() > MAX_FILE_BYTES {
        return Checked::failed(vec![Diagnostic {
            file: name.to_owned(),
            line: 1,
            column: 1,
            severity: Severity::Error,
            message: say().too_large((MAX_FILE_BYTES / MIB) as u64),
        }]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_str(name, text),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            Checked::failed(vec![Diagnostic::at(
                name,
                valid,
                valid.len(),
                Severity::Error,
                say().not_utf8,
            )])
        }
    }
}

/// Parses and validates questionnaire TOML; `name` is used in diagnostics. A byte-order
/// mark and CRLF line ends are accepted ([`crate::encoding`]).
pub fn parse_str(name: &str, src: &str) -> Checked {
    let normalised = crate::encoding::normalised(src);
    let src: &str = &normalised;
    let error_at = |offset: usize, message: String| {
        Checked::failed(vec![Diagnostic::at(
            name,
            src,
            offset,
            Severity::Error,
            message,
        )])
    };
    if let Some(offset) = too_deep(src) {
        return error_at(offset, say().too_deep(MAX_NESTING));
    }
    let root = match DeTable::parse(src) {
        Ok(root) => root,
        Err(e) => {
            return error_at(
                e.span().map_or(0, |s| s.start),
                say().invalid_toml(&crate::sanitize::one_line(e.message())),
            );
        }
    };
    if let Some(problem) = version_problem(&root) {
        let offset = span_of(&root, &Path::root().key("schema_version")).start;
        return error_at(offset, problem);
    }
    let file = match deserialize(&root) {
        Ok(file) => file,
        Err(errors) => {
            let mut diagnostics: Vec<Diagnostic> = errors
                .into_iter()
                .map(|(offset, message)| {
                    Diagnostic::at(name, src, offset, Severity::Error, message)
                })
                .collect();
            diagnostic::sort(&mut diagnostics);
            diagnostics.dedup();
            return Checked::failed(diagnostics);
        }
    };
    let locate = |path: &Path| diagnostic::line_column(src, span_of(&root, path).start);
    let mut diagnostics: Vec<Diagnostic> = validate(&file, &locate)
        .into_iter()
        .map(|f| {
            let span = span_of(&root, &f.path);
            let within = f.within.map_or(0, |at| in_string(&src[span.clone()], at));
            Diagnostic::at(name, src, span.start + within, f.severity, f.message)
        })
        .collect();
    diagnostic::sort(&mut diagnostics);
    let definition = diagnostics
        .iter()
        .all(|d| !d.is_error())
        .then(|| Definition::from_file(&file));
    Checked {
        definition,
        diagnostics,
    }
}

/// Where byte `at` of a string's value is in `raw`, the string as written in the file (with
/// its quotes and escapes); 0, the string's start, for a multi-line string.
fn in_string(raw: &str, at: usize) -> usize {
    if raw.starts_with("\"\"\"") || raw.starts_with("'''") {
        return 0;
    }
    if raw.starts_with('\'') {
        return (1 + at).min(raw.len());
    }
    if !raw.starts_with('"') {
        return 0;
    }
    // A basic string: an escape is several characters written for one.
    let mut decoded = 0;
    let mut chars = raw.char_indices().skip(1);
    while let Some((k, c)) = chars.next() {
        if decoded >= at || c == '"' {
            return k;
        }
        if c == '\\' {
            let (len, value) = match chars.next().map(|(_, e)| e) {
                Some('u') => (4, None),
                Some('U') => (8, None),
                Some(_) => (0, Some(1)),
                None => (0, Some(0)),
            };
            let hex: String = (0..len)
                .filter_map(|_| chars.next().map(|(_, h)| h))
                .collect();
            decoded += value.unwrap_or_else(|| {
                u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .map_or(1, char::len_utf8)
            });
        } else {
            decoded += c.len_utf8();
        }
    }
    raw.len()
}

/// The first offset where brackets or braces nest deeper than [`MAX_NESTING`], outside
/// strings and comments. The TOML parser recurses on nesting; this keeps hostile input from
/// exhausting the stack.
fn too_deep(src: &str) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            quote @ (b'"' | b'\'') => {
                let triple = bytes[i..].starts_with(&[quote; 3]);
                let delim: &[u8] = if triple { &[quote; 3] } else { &[quote] };
                i += delim.len();
                while i < bytes.len() && !bytes[i..].starts_with(delim) {
                    if quote == b'"' && bytes[i] == b'\\' {
                        i += 1;
                    }
                    if !triple && bytes[i.min(bytes.len() - 1)] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                i += delim.len() - 1;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Why `schema_version` stops us from reading further, if it does.
fn version_problem(root: &Spanned<DeTable<'_>>) -> Option<String> {
    let Some(value) = root.get_ref().get("schema_version") else {
        return Some(say().missing_schema_version(SCHEMA_VERSION));
    };
    match value.get_ref() {
        DeValue::Integer(i) if i.as_str() == SCHEMA_VERSION.to_string() => None,
        DeValue::Integer(i) => {
            Some(say().newer_version(&crate::sanitize::one_line(i.as_str()), SCHEMA_VERSION))
        }
        other => Some(say().schema_version_type(SCHEMA_VERSION, other.type_str())),
    }
}

/// Deserialises the whole file; on failure, deserialises each element of each array of
/// tables on its own as well, so that problems in different items are all reported.
fn deserialize(root: &Spanned<DeTable<'_>>) -> Result<QuestionnaireFile, Vec<(usize, String)>> {
    let whole = toml::de::Deserializer::from(root.clone());
    let first = match serde::Deserialize::deserialize(whole) {
        Ok(file) => return Ok(file),
        Err(e) => e,
    };
    let mut errors = Vec::new();
    let collections: [(&str, ElementCheck); 7] = [
        ("items", check::<super::format::Item>),
        ("dimensions", check::<super::format::Dimension>),
        ("scales", check::<super::format::Scale>),
        ("profile", check::<super::format::ProfileField>),
        ("prerequisites", check::<super::format::Prerequisite>),
        ("bands", check::<super::format::Band>),
        ("languages", check::<String>),
    ];
    let mut rest = root.get_ref().clone();
    for (key, check) in collections {
        if let Some(value) = rest.get(key)
            && let DeValue::Array(elements) = value.get_ref()
        {
            errors.extend(elements.iter().cloned().filter_map(check));
            let span = value.span();
            let empty = DeValue::Array(toml::de::DeArray::new());
            if let Some(slot) = rest.get_mut(key) {
                *slot = Spanned::new(span, empty);
            }
        }
    }
    // The top level with the arrays emptied: problems outside them.
    let top = toml::de::Deserializer::from(Spanned::new(root.span(), rest));
    if let Err(e) = <QuestionnaireFile as serde::Deserialize>::deserialize(top) {
        errors.push(describe(&e));
    }
    if errors.is_empty() {
        errors.push(describe(&first));
    }
    Err(errors)
}

/// Deserialises one element of an array on its own; returns its error, located.
type ElementCheck = for<'a> fn(Spanned<DeValue<'a>>) -> Option<(usize, String)>;

fn check<T: DeserializeOwned>(value: Spanned<DeValue<'_>>) -> Option<(usize, String)> {
    let de = toml::de::ValueDeserializer::from(value);
    T::deserialize(de).err().map(|e| describe(&e))
}

fn describe(e: &toml::de::Error) -> (usize, String) {
    let message = crate::sanitize::one_line(e.message());
    (e.span().map_or(0, |s| s.start), in_words(&message))
}

/// A message of serde (or of the TOML deserialiser) in the current language, when it is one
/// of the forms a questionnaire author meets; any other is given as it is, in a sentence of
/// ours.
fn in_words(message: &str) -> String {
    let m = say();
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return m.missing_field(field);
    }
    if let Some((field, expected)) = message
        .strip_prefix("unknown field `")
        .and_then(|r| r.split_once("`, expected "))
    {
        let (list, count) = listed(expected);
        return m.unknown_field(field, list, count);
    }
    if let Some((value, expected)) = message
        .strip_prefix("unknown variant `")
        .and_then(|r| r.split_once("`, expected "))
    {
        let (list, count) = listed(expected);
        return m.unknown_variant(value, list, count);
    }
    for (prefix, value_problem) in [("invalid type: ", false), ("invalid value: ", true)] {
        let Some((found, expected)) = message
            .strip_prefix(prefix)
            .and_then(|r| r.rsplit_once(", expected "))
        else {
            continue;
        };
        let (Some((kind, value)), Some(expected)) = (found_kind(found), expected_kind(expected))
        else {
            break;
        };
        return if value_problem {
            m.invalid_value(kind, value, expected)
        } else {
            m.invalid_type(kind, value, expected)
        };
    }
    match message {
        "wanted string or table" => m.wanted_string_or_table.to_owned(),
        "data did not match any variant of untagged enum Text" => m.text_shape.to_owned(),
        _ => m.format_problem(&rust_types_in_words(message)),
    }
}

/// A message with the Rust type names it may hold put in words.
fn rust_types_in_words(message: &str) -> String {
    let mut message = message.to_owned();
    for (rust, words) in [
        ("expected u32", "expected a whole number"),
        ("expected f64", "expected a number"),
        ("expected a sequence", "expected an array"),
        ("expected a boolean", "expected true or false"),
    ] {
        message = message.replace(rust, words);
    }
    message
}

/// serde's list of allowed names (`` one of `a`, `b` `` or `` `a` ``) and how many there are.
fn listed(expected: &str) -> (&str, usize) {
    match expected.strip_prefix("one of ") {
        Some(list) => (list, list.matches("`, `").count() + 1),
        None => (expected, 1),
    }
}

/// What serde found (`string "x"`, ``integer `5` ``, `map`): its kind and the value as
/// serde quotes it.
fn found_kind(found: &str) -> Option<(&'static str, &str)> {
    match found {
        "sequence" => return Some(("array", "")),
        "map" => return Some(("table", "")),
        _ => {}
    }
    let (kind, value) = found.split_once(' ')?;
    let kind = match kind {
        "string" => "string",
        "integer" => "integer",
        "floating" => return Some(("float", value.strip_prefix("point ")?)),
        "boolean" => "boolean",
        _ => return None,
    };
    Some((kind, value))
}

/// What serde expected, as the messages name it.
fn expected_kind(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "u32" | "u64" | "usize" => "whole-number",
        "f64" => "number",
        "a sequence" => "array",
        "a boolean" => "boolean",
        "a string" => "string",
        _ => return None,
    })
}

/// Resolves what a user typed where a questionnaire is expected: an existing file path, a
/// bundled id, or the id of a `*.toml` in `./questionnaires/`.
pub fn load(arg: &str) -> Result<Loaded, Error> {
    let as_path = FsPath::new(arg);
    let looks_like_path = arg.contains(['/', '\\']) || arg.ends_with(".toml");
    if as_path.is_file() || looks_like_path {
        return load_path(as_path);
    }
    if let Some(b) = bundled::find(arg) {
        let checked = parse_str(&b.display_name(), b.source);
        return match checked.definition {
            Some(definition) => Ok(Loaded {
                definition,
                origin: Origin::Bundled,
                source: b.source.to_owned(),
            }),
            None => Err(Error::InvalidFile(checked.diagnostics)),
        };
    }
    for path in local_files() {
        let bytes = match read_questionnaire(&path, Links::Follow) {
            Ok(bytes) => bytes,
            // The file named like what was asked for: say why it cannot be used.
            Err(error) if path.file_stem().is_some_and(|s| s == arg) => {
                return Err(Error::Read { path, error });
            }
            Err(_) => continue,
        };
        let checked = parse_bytes(&path.display().to_string(), &bytes);
        if checked.definition.as_ref().is_some_and(|d| d.id == arg) {
            return load_path(&path);
        }
    }
    let mut known: Vec<String> = bundled::BUNDLED.iter().map(|b| b.id.to_owned()).collect();
    known.extend(
        local_files()
            .iter()
            .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned())),
    );
    // A local copy of a bundled questionnaire is named once.
    let mut seen = std::collections::HashSet::new();
    known.retain(|k| seen.insert(k.clone()));
    Err(Error::UnknownQuestionnaire {
        name: arg.to_owned(),
        known,
    })
}

/// Reads a questionnaire file: a regular file, no more than one byte over the limit (which
/// [`parse_bytes`] then reports with its location).
pub fn read_questionnaire(path: &FsPath, links: Links) -> std::io::Result<Vec<u8>> {
    crate::files::read_up_to(path, links, MAX_FILE_BYTES as u64)
}

/// Reads and validates the questionnaire file at `path` (a path the user gave: a link is
/// followed).
pub fn load_path(path: &FsPath) -> Result<Loaded, Error> {
    load_file(path, Links::Follow)
}

/// Reads and validates the questionnaire file at `path`, following a link or not.
pub fn load_file(path: &FsPath, links: Links) -> Result<Loaded, Error> {
    let bytes = read_questionnaire(path, links).map_err(|source| Error::Read {
        path: path.to_owned(),
        error: source,
    })?;
    let checked = parse_bytes(&path.display().to_string(), &bytes);
    match checked.definition {
        Some(definition) => Ok(Loaded {
            definition,
            origin: Origin::File(path.to_owned()),
            source: String::from_utf8_lossy(&bytes).into_owned(),
        }),
        None => Err(Error::InvalidFile(
            checked.errors().cloned().collect::<Vec<_>>(),
        )),
    }
}

/// The `*.toml` files in `./questionnaires/`, sorted by name.
pub fn local_files() -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir("questionnaires") else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_outside_strings_and_comments() {
        assert_eq!(too_deep("a = \"[[[[[[\" # [[[[[\n"), None);
        let deep = format!("a = {}1{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(too_deep(&deep), Some(4 + MAX_NESTING));
        let ok = format!("a = {}1{}", "[".repeat(10), "]".repeat(10));
        assert_eq!(too_deep(&ok), None);
        assert_eq!(too_deep("a = '''x\n[[[''' \"\\\"[\""), None);
        assert_eq!(too_deep("a = \"unterminated\n["), None);
        assert_eq!(too_deep("\"\\"), None);
    }
}
