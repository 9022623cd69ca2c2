//! Evaluation folders: settings, a frozen copy of the questionnaire, and responses.
//!
//! ```text
//! DIR/
//!   evaluation.toml      settings (docs/evaluation-format.md)
//!   questionnaire.toml   the questionnaire as it was when the evaluation was created
//!   responses/           one JSON file per submitted response
//!   responses/.drafts/   responses in progress
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::questionnaire::format::Choice;
use crate::questionnaire::{Definition, Loaded, load_path};
use crate::response::store;

/// Version of the settings format this build reads and writes.
pub const SETTINGS_SCHEMA_VERSION: u32 = 1;
pub const SETTINGS_FILE: &str = "evaluation.toml";
pub const QUESTIONNAIRE_FILE: &str = "questionnaire.toml";
pub const RESPONSES_DIR: &str = "responses";
/// Default minimum number of respondents a group needs to be shown in a report.
pub const DEFAULT_MIN_GROUP_SIZE: u32 = 3;
/// No evaluation may set a smaller minimum: in a group of two, each knows the other's answers.
pub const SMALLEST_MIN_GROUP_SIZE: u32 = 3;

/// The settings file of an evaluation folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval evaluation settings")]
pub struct Settings {
    /// Version of this format; this build reads version 1.
    pub schema_version: u32,
    /// Name of the evaluation, shown to respondents and in reports.
    pub name: String,
    /// Day the evaluation was created.
    #[schemars(with = "String", extend("format" = "date"))]
    pub created: Date,
    /// Languages respondents may choose from (a subset of the questionnaire's).
    pub languages: Vec<String>,
    /// Groups with fewer respondents are never shown in reports.
    #[serde(default = "default_min_group_size")]
    pub min_group_size: u32,
    /// The partner organisations, offered by profile fields with `partners = true` (the
    /// contribution matrix's `organisation`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    /// Profile fields that reports may break figures down by (`report --by`). One field by
    /// default: figures broken down by two fields can be subtracted from each other to
    /// reveal one person's answers. Absent: the questionnaire's first profile field (none
    /// for a contribution matrix, which is already reported per organisation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_by: Option<Vec<String>>,
    /// Profile field id → replacement choices (e.g. the list of sectors).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profile: BTreeMap<String, ProfileOverride>,
}

/// A partner organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Code stored in responses, made from the name by `init --partners`.
    pub code: String,
    /// The organisation's name as people know it.
    pub name: String,
}

/// Partners from a comma-separated list of names, each with a code made from its name that
/// differs from the others and from the `reserved` codes (the questionnaire's own choices).
pub fn partners_from_names(names: &str, reserved: &[String]) -> Vec<Partner> {
    let mut partners: Vec<Partner> = Vec::new();
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let mut base = String::new();
        for c in name.chars().flat_map(char::to_lowercase).map(unaccent) {
            if c.is_ascii_alphanumeric() {
                base.push(c);
            } else if !base.ends_with('-') && !base.is_empty() {
                base.push('-');
            }
        }
        let base = base.trim_end_matches('-').to_owned();
        let base = if base.is_empty() {
            "partner".to_owned()
        } else {
            base
        };
        let mut code = base.clone();
        let mut k = 2;
        while partners.iter().any(|p| p.code == code) || reserved.contains(&code) {
            code = format!("{base}-{k}");
            k += 1;
        }
        partners.push(Partner {
            code,
            name: name.to_owned(),
        });
    }
    partners
}

fn default_min_group_size() -> u32 {
    DEFAULT_MIN_GROUP_SIZE
}

/// New choices for a profile field of the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileOverride {
    pub choices: Vec<Choice>,
}

/// The letter without its accent, for codes made from names ("Santé" → "sante").
fn unaccent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// An opened evaluation folder.
#[derive(Debug, Clone)]
pub struct Evaluation {
    pub dir: PathBuf,
    pub settings: Settings,
    /// The questionnaire with the settings' profile overrides applied (its hash is the
    /// questionnaire's own).
    pub definition: Definition,
}

/// The profile fields a report may break figures down by when nothing says otherwise.
pub fn default_breakdowns(def: &Definition) -> Vec<String> {
    if def.matrix.is_some() {
        return Vec::new();
    }
    def.profile
        .first()
        .map(|f| vec![f.id.clone()])
        .unwrap_or_default()
}

impl Evaluation {
    /// The profile fields reports may break figures down by.
    pub fn breakdowns(&self) -> Vec<String> {
        self.settings
            .report_by
            .clone()
            .unwrap_or_else(|| default_breakdowns(&self.definition))
    }

    /// Whether `dir` looks like an evaluation folder.
    pub fn is_evaluation(dir: &Path) -> bool {
        dir.join(SETTINGS_FILE).is_file()
    }

    pub fn responses_dir(&self) -> PathBuf {
        self.dir.join(RESPONSES_DIR)
    }

    /// Creates an evaluation in `dir` (which must not hold one already).
    pub fn init(
        dir: &Path,
        questionnaire: &Loaded,
        name: Option<&str>,
        languages: Option<Vec<String>>,
        min_group_size: u32,
        partners: Vec<Partner>,
    ) -> anyhow::Result<Evaluation> {
        let def = &questionnaire.definition;
        if dir.join(SETTINGS_FILE).exists() || dir.join(QUESTIONNAIRE_FILE).exists() {
            return Err(Error::Invalid(format!(
                "{} already holds an evaluation; nothing was changed",
                dir.display()
            ))
            .into());
        }
        let languages = languages.unwrap_or_else(|| def.languages.clone());
        for lang in &languages {
            def.require_language(lang)?;
        }
        if min_group_size < SMALLEST_MIN_GROUP_SIZE {
            return Err(
                Error::Invalid(format!("the minimum group size must be at least {SMALLEST_MIN_GROUP_SIZE}: with fewer, members could recognise each other's answers")).into(),
            );
        }
        let settings = Settings {
            schema_version: SETTINGS_SCHEMA_VERSION,
            name: name.map(str::to_owned).unwrap_or_else(|| {
                def.title
                    .get(&def.default_language, &def.default_language)
                    .to_owned()
            }),
            created: crate::response::today(),
            languages,
            min_group_size,
            partners,
            report_by: Some(default_breakdowns(def)),
            profile: BTreeMap::new(),
        };
        std::fs::create_dir_all(dir.join(RESPONSES_DIR))
            .with_context(|| format!("cannot create {}", dir.join(RESPONSES_DIR).display()))?;
        store::write_atomic(
            dir,
            QUESTIONNAIRE_FILE,
            questionnaire.source.as_bytes(),
            false,
        )?;
        let text = settings_text(&settings)?;
        store::write_atomic(dir, SETTINGS_FILE, text.as_bytes(), false)?;
        Evaluation::open(dir)
    }

    /// Opens the evaluation in `dir`, checking its settings against its questionnaire.
    pub fn open(dir: &Path) -> anyhow::Result<Evaluation> {
        let settings_path = dir.join(SETTINGS_FILE);
        let name = settings_path.display().to_string();
        let text = std::fs::read_to_string(&settings_path).map_err(|source| Error::Read {
            path: settings_path.clone(),
            error: source,
        })?;
        let settings: Settings = toml::from_str(&text).map_err(|e| {
            Error::InvalidFile(vec![Diagnostic::at(
                &name,
                &text,
                e.span().map_or(0, |s| s.start),
                Severity::Error,
                crate::sanitize::one_line(e.message()),
            )])
        })?;
        let error = |message: String| {
            Error::InvalidFile(vec![Diagnostic::at(
                &name,
                &text,
                0,
                Severity::Error,
                message,
            )])
        };
        if settings.schema_version != SETTINGS_SCHEMA_VERSION {
            return Err(error(format!(
                "settings format version {} is not supported; this partnereval reads version {SETTINGS_SCHEMA_VERSION}",
                settings.schema_version
            ))
            .into());
        }
        let mut definition = load_path(&dir.join(QUESTIONNAIRE_FILE))?.definition;
        let mut problems = Vec::new();
        for lang in &settings.languages {
            if !definition.offers(lang) {
                problems.push(format!(
                    "language `{lang}` is not offered by the questionnaire"
                ));
            }
        }
        if settings.languages.is_empty() {
            problems.push("`languages` is empty".to_owned());
        }
        if settings.min_group_size < SMALLEST_MIN_GROUP_SIZE {
            problems.push(format!(
                "`min_group_size` must be at least {SMALLEST_MIN_GROUP_SIZE}"
            ));
        }
        for (field, replacement) in &settings.profile {
            match definition.profile.iter_mut().find(|f| &f.id == field) {
                None => problems.push(format!(
                    "profile `{field}` is not a profile field of the questionnaire"
                )),
                Some(_) if replacement.choices.is_empty() => {
                    problems.push(format!("profile `{field}` has no choices"))
                }
                Some(f) => {
                    let languages = definition.languages.clone();
                    f.choices = replacement
                        .choices
                        .iter()
                        .map(|c| Choice {
                            code: c.code.clone(),
                            label: c.label.expanded(&languages, &definition.default_language),
                        })
                        .collect();
                }
            }
        }
        for field in settings.report_by.iter().flatten() {
            if !definition.profile.iter().any(|f| &f.id == field) {
                problems.push(format!(
                    "report_by: `{field}` is not a profile field of the questionnaire"
                ));
            }
        }
        let mut codes = std::collections::HashSet::new();
        for partner in &settings.partners {
            if !crate::questionnaire::validate::is_identifier(&partner.code) {
                problems.push(format!(
                    "partner code `{}` is not an identifier (letters, digits, `-`, `_`)",
                    partner.code
                ));
            }
            if !codes.insert(partner.code.as_str()) {
                problems.push(format!("partner code `{}` is used twice", partner.code));
            }
        }
        for field in definition.profile.iter_mut().filter(|f| f.partners) {
            let mut choices: Vec<Choice> = settings
                .partners
                .iter()
                .map(|p| Choice {
                    code: p.code.clone(),
                    label: crate::text::Text::Plain(p.name.clone()),
                })
                .collect();
            for c in &choices {
                if field.choices.iter().any(|own| own.code == c.code) {
                    problems.push(format!(
                        "partner code `{}` is also a choice of `{}` in the questionnaire; give the partner another code",
                        c.code, field.id
                    ));
                }
            }
            choices.append(&mut field.choices);
            field.choices = choices;
        }
        if !problems.is_empty() {
            return Err(Error::InvalidFile(
                problems
                    .into_iter()
                    .map(|p| Diagnostic::at(&name, &text, 0, Severity::Error, p))
                    .collect(),
            )
            .into());
        }
        definition
            .languages
            .retain(|l| settings.languages.contains(l));
        if !definition.offers(&definition.default_language) {
            definition.default_language = settings.languages[0].clone();
        }
        Ok(Evaluation {
            dir: dir.to_owned(),
            settings,
            definition,
        })
    }
}

/// The settings file's text, with a comment saying what it is.
fn settings_text(settings: &Settings) -> anyhow::Result<String> {
    let body = toml::to_string_pretty(settings)?;
    Ok(format!(
        "# partnereval evaluation settings (see docs/evaluation-format.md).\n\
         # The questionnaire is frozen in questionnaire.toml; responses go to responses/.\n\n{body}"
    ))
}
