//! `partnereval list`: the questionnaires a user can name.

use std::io::Write;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cli::{ListArgs, ListFormat};
use crate::i18n::messages;
use crate::questionnaire::{Definition, bundled, load::local_files, parse_bytes, parse_str};
use crate::sanitize;
use crate::text::Text;

/// Version of the `list --format json` format.
pub const LIST_SCHEMA_VERSION: u32 = 1;

/// What `list --format json` prints: the questionnaires a user can name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval questionnaire list")]
pub struct Listing {
    /// Version of this format: 1.
    pub schema_version: u32,
    /// The bundled questionnaires, then the valid ones in ./questionnaires/ (invalid files are
    /// named on stderr and left out).
    pub questionnaires: Vec<Entry>,
}

/// One questionnaire of the list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The questionnaire's id, by which commands name it.
    pub id: String,
    /// The questionnaire's version.
    pub version: String,
    /// Its title: one string, or one per language code.
    pub title: Text,
    /// The language codes it is written in.
    pub languages: Vec<String>,
    /// How many items it has.
    pub items: usize,
    /// How many dimensions (conditions) group its items.
    pub dimensions: usize,
    /// `bundled`, or the path of the file (relative to the current folder).
    pub source: String,
}

impl Entry {
    fn new(def: &Definition, source: String) -> Self {
        Entry {
            id: def.id.clone(),
            version: def.version.clone(),
            title: def.title.clone(),
            languages: def.languages.clone(),
            items: def.items.len(),
            dimensions: def.dimensions.len(),
            source,
        }
    }
}

pub fn run(
    args: &ListArgs,
    style: crate::output::Style,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let lang = args
        .lang
        .clone()
        .or_else(crate::i18n::locale_language)
        .unwrap_or_else(|| "en".to_owned());
    // The table speaks `--lang` or the locale's language; the warnings, partnereval's (see
    // `crate::main`).
    let m = messages(&lang);
    let warn = &crate::i18n::current().commands;
    let mut entries = Vec::new();
    let mut bundled_hashes = Vec::new();
    for b in bundled::BUNDLED {
        if let Some(def) = parse_str(&b.display_name(), b.source).definition {
            bundled_hashes.push(def.hash.clone());
            entries.push(Entry::new(&def, "bundled".to_owned()));
        }
    }
    for path in local_files() {
        let name = path.display().to_string();
        let checked =
            match crate::questionnaire::read_questionnaire(&path, crate::files::Links::Follow) {
                Ok(bytes) => parse_bytes(&name, &bytes),
                Err(e) => {
                    eprintln!(
                        "{}",
                        warn.list_cannot_read(
                            &sanitize::for_terminal(&name),
                            &crate::error::io_reason(&e)
                        )
                    );
                    continue;
                }
            };
        match checked.definition {
            // The bundled files themselves, when run from a source checkout.
            Some(def) if bundled_hashes.contains(&def.hash) => {}
            Some(def) => entries.push(Entry::new(&def, name)),
            None => eprintln!(
                "{}",
                warn.list_invalid(&crate::shell::word(&name), checked.errors().count())
            ),
        }
    }
    match args.format {
        ListFormat::Json => {
            let listing = Listing {
                schema_version: LIST_SCHEMA_VERSION,
                questionnaires: entries,
            };
            serde_json::to_writer_pretty(&mut *out, &listing)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            let mut table = crate::tables::compact(style);
            table.set_header(m.list_columns);
            for e in &entries {
                let lang = Some(lang.clone())
                    .filter(|l| e.languages.contains(l))
                    .unwrap_or_else(|| e.languages.first().cloned().unwrap_or_default());
                let source = if e.source == "bundled" {
                    m.bundled.to_owned()
                } else {
                    sanitize::one_line(&e.source)
                };
                table.add_row(vec![
                    e.id.clone(),
                    e.version.clone(),
                    sanitize::one_line(e.title.get(&lang, &lang)),
                    e.languages.join(", "),
                    e.items.to_string(),
                    source,
                ]);
            }
            crate::tables::tighten(&mut table);
            // Ids, versions and counts never wrap; titles and paths may.
            for i in [0, 1, 3, 4] {
                if let Some(column) = table.column_mut(i) {
                    column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
                }
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(())
}
