//! Evaluation folders: settings, a frozen copy of the questionnaire, and responses.
//!
//! ```text
//! DIR/
//!   evaluation.toml      settings (docs/evaluation-format.md)
//!   questionnaire.toml   the questionnaire as it was when the evaluation was created
//!   responses/           the first round: one JSON file per submitted response
//!   responses/.drafts/   responses in progress
//!   rounds/ID/           each later round (`partnereval round new`), laid out like responses/
//! ```
//!
//! An evaluation that never started a second round has no `rounds` in its settings and
//! keeps everything in `responses/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::files::Links;
use crate::questionnaire::format::Choice;
use crate::questionnaire::{Definition, Loaded, load_file};
use crate::response::store;

/// Version of the settings format this build reads and writes.
pub const SETTINGS_SCHEMA_VERSION: u32 = 1;
pub const SETTINGS_FILE: &str = "evaluation.toml";
pub const QUESTIONNAIRE_FILE: &str = "questionnaire.toml";
pub const RESPONSES_DIR: &str = "responses";
/// Folder of the rounds after the first.
pub const ROUNDS_DIR: &str = "rounds";
/// Id and name given to the first round when a second one starts.
pub const FIRST_ROUND_ID: &str = "round-1";
/// (Its name is "Round 1", or "Tour 1" in French: [`Evaluation::first_round_name`].)
/// The most rounds an evaluation may have (one a season for 250 years).
pub const MAX_ROUNDS: usize = 1000;
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
    /// The rounds, oldest first; the last one is current (`take` writes into it, `report`
    /// reads it). The first round's responses are in `responses/`, each later round's in
    /// `rounds/ID/`. Absent: a single round in `responses/`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
}

/// One round of an evaluation: the partners answering again after some months.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// Identifier made from the name; the folder `rounds/ID/` (except for the first round).
    pub id: String,
    /// The name people use (`--round`, `compare --from/--to` accept it or the id).
    pub name: String,
    /// Day the round started.
    #[schemars(with = "String", extend("format" = "date"))]
    pub started: Date,
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

/// Reads an evaluation's settings file: a regular file inside the folder (not a link), of
/// at most [`crate::files::MAX_SETTINGS_BYTES`], in UTF-8; without a byte-order mark and
/// with LF line ends ([`crate::encoding`]), also when `round new` writes it back.
fn read_settings_text(path: &Path) -> Result<String, Error> {
    let bytes = crate::files::read(path, Links::Refuse, crate::files::MAX_SETTINGS_BYTES).map_err(
        |error| Error::Read {
            path: path.to_owned(),
            error,
        },
    )?;
    String::from_utf8(bytes)
        .map(crate::encoding::normalised_string)
        .map_err(|e| {
            Error::Invalid(crate::i18n::current().commands.settings_not_utf8(
                &path.display().to_string(),
                e.utf8_error().valid_up_to() + 1,
            ))
        })
}

/// Partners from a comma-separated list of names, each with a code made from its name that
/// differs from the others and from the `reserved` codes (the questionnaire's own choices).
pub fn partners_from_names(names: &str, reserved: &[String]) -> Vec<Partner> {
    let mut partners: Vec<Partner> = Vec::new();
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let code = code_from_name(name, "partner", |code| {
            partners.iter().any(|p| p.code == code) || reserved.iter().any(|r| r == code)
        });
        partners.push(Partner {
            code,
            name: name.to_owned(),
        });
    }
    partners
}

/// An identifier made from `name` (lower case, accents removed, `-` between words, at most
/// 48 characters), numbered `-2`, `-3`… while `taken` says it is in use.
pub fn code_from_name(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut base = String::new();
    for c in name.chars().flat_map(char::to_lowercase).map(unaccent) {
        if base.len() >= 48 {
            break;
        }
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.ends_with('-') && !base.is_empty() {
            base.push('-');
        }
    }
    let base = base.trim_end_matches('-').to_owned();
    let base = if base.is_empty() {
        fallback.to_owned()
    } else {
        base
    };
    let mut code = base.clone();
    let mut k = 2;
    while taken(&code) {
        code = format!("{base}-{k}");
        k += 1;
    }
    code
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
        // Any entry of that name: one that is not a regular file is then refused by `open`
        // with the reason, rather than taken for a folder without settings.
        dir.join(SETTINGS_FILE).symlink_metadata().is_ok()
    }

    /// The folder of the current round's responses (where `take` writes).
    pub fn responses_dir(&self) -> PathBuf {
        self.round_dir(&self.current_round())
    }

    /// Whether a second round was ever started (reports then name the round).
    pub fn has_rounds(&self) -> bool {
        self.settings.rounds.len() > 1
    }

    /// The rounds, oldest first; one when no second round was started.
    pub fn rounds(&self) -> Vec<Round> {
        if self.settings.rounds.is_empty() {
            vec![Round {
                id: FIRST_ROUND_ID.to_owned(),
                name: self.first_round_name().to_owned(),
                started: self.settings.created,
            }]
        } else {
            self.settings.rounds.clone()
        }
    }

    /// The round `take` writes into and `report` reads by default: the latest.
    pub fn current_round(&self) -> Round {
        self.rounds()
            .pop()
            .expect("an evaluation has at least one round")
    }

    /// The evaluation's first language (the one its stored words, such as the first round's
    /// name, are in).
    pub fn first_language(&self) -> &str {
        self.settings
            .languages
            .first()
            .map_or(self.definition.default_language.as_str(), String::as_str)
    }

    /// The language partnereval speaks about this evaluation when not told: the locale's
    /// when the evaluation offers it, else its first language.
    pub fn messages(&self) -> &'static crate::i18n::Messages {
        crate::i18n::messages(&crate::i18n::preferred_language(
            &self.settings.languages,
            self.first_language(),
        ))
    }

    /// The first round's name when none was given: in the language partnereval speaks about
    /// this evaluation ([`Evaluation::messages`]). It is stored, and so fixed, when a second
    /// round starts.
    pub fn first_round_name(&self) -> &'static str {
        self.messages().first_round_name
    }

    /// The current round's folder, to write into (see [`store::Folder`]).
    pub fn responses_folder(&self) -> store::Folder {
        self.round_folder(&self.current_round())
    }

    /// The folder of a round's responses, to write into: `responses/` for the first,
    /// `rounds/ID/` after, inside the evaluation.
    pub fn round_folder(&self, round: &Round) -> store::Folder {
        let inside = if self.rounds().first().is_some_and(|r| r.id == round.id) {
            vec![RESPONSES_DIR.to_owned()]
        } else {
            vec![ROUNDS_DIR.to_owned(), round.id.clone()]
        };
        store::Folder {
            root: self.dir.clone(),
            inside,
        }
    }

    /// The path of a round's responses folder (see [`Evaluation::round_folder`]).
    pub fn round_dir(&self, round: &Round) -> PathBuf {
        self.round_folder(round).path()
    }

    /// The round called `wanted` (its id or its name, in any case), or an error listing them.
    pub fn find_round(&self, wanted: &str) -> Result<Round, Error> {
        let rounds = self.rounds();
        let wanted_lower = name_key(wanted);
        rounds
            .iter()
            .find(|r| r.id == wanted_lower || name_key(&r.name) == wanted_lower)
            .cloned()
            .ok_or_else(|| {
                Error::Usage(
                    crate::i18n::current().commands.unknown_round(
                        &self.dir.display().to_string(),
                        &crate::sanitize::one_line(wanted),
                        &rounds
                            .iter()
                            .map(|r| format!("{} ({})", crate::sanitize::one_line(&r.name), r.id))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                )
            })
    }

    /// Starts a new round called `name`, which becomes the current one. When this is the
    /// second round, the first is recorded as `first_name` (default "Round 1"). The settings
    /// file is edited in place, keeping its comments.
    pub fn new_round(&mut self, name: &str, first_name: Option<&str>) -> anyhow::Result<Round> {
        let m = &crate::i18n::current().commands;
        let name = crate::sanitize::one_line(name).trim().to_owned();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(Error::Usage(m.round_name_length.to_owned()).into());
        }
        let mut rounds = self.settings.rounds.clone();
        let mut added = Vec::new();
        if rounds.is_empty() {
            let first = Round {
                id: FIRST_ROUND_ID.to_owned(),
                name: first_name
                    .map(|n| crate::sanitize::one_line(n).trim().to_owned())
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| self.first_round_name().to_owned()),
                started: self.settings.created,
            };
            rounds.push(first.clone());
            added.push(first);
        } else if first_name.is_some() {
            return Err(Error::Usage(m.first_name_too_late.to_owned()).into());
        }
        if let Some(existing) = rounds
            .iter()
            .find(|r| name_key(&r.name) == name_key(&name) || r.id == name_key(&name))
        {
            return Err(Error::Usage(m.round_exists(
                &self.dir.display().to_string(),
                &crate::sanitize::one_line(&existing.name),
                &existing.id,
            ))
            .into());
        }
        let id = code_from_name(&name, "round", |code| {
            rounds
                .iter()
                .any(|r| r.id == code || name_key(&r.name) == code)
                || self.dir.join(ROUNDS_DIR).join(code).exists()
        });
        let round = Round {
            id,
            name,
            started: crate::response::today(),
        };
        rounds.push(round.clone());
        added.push(round.clone());

        let settings_path = self.dir.join(SETTINGS_FILE);
        let text = read_settings_text(&settings_path)?;
        let mut doc: toml_edit::DocumentMut = text
            .parse()
            .with_context(|| m.cannot_edit(&settings_path.display().to_string()))?;
        let array = doc
            .entry("rounds")
            .or_insert_with(|| toml_edit::ArrayOfTables::new().into())
            .as_array_of_tables_mut()
            .ok_or_else(|| {
                Error::Invalid(m.rounds_not_tables(&settings_path.display().to_string()))
            })?;
        for r in &added {
            let mut table = toml_edit::Table::new();
            table.insert("id", toml_edit::value(r.id.as_str()));
            table.insert("name", toml_edit::value(r.name.as_str()));
            table.insert("started", toml_edit::value(r.started.to_string()));
            array.push(table);
        }
        let new_dir = self.dir.join(ROUNDS_DIR).join(&round.id);
        std::fs::create_dir_all(&new_dir)
            .with_context(|| m.cannot_create(&new_dir.display().to_string()))?;
        store::write_atomic(&self.dir, SETTINGS_FILE, doc.to_string().as_bytes(), true)?;
        *self = Evaluation::open(&self.dir)?;
        Ok(round)
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
        let m = &crate::i18n::current().commands;
        let def = &questionnaire.definition;
        if dir.join(SETTINGS_FILE).exists() || dir.join(QUESTIONNAIRE_FILE).exists() {
            return Err(Error::Usage(m.already_evaluation(&dir.display().to_string())).into());
        }
        let languages = languages.unwrap_or_else(|| def.languages.clone());
        for lang in &languages {
            def.require_language(lang)?;
        }
        if min_group_size < SMALLEST_MIN_GROUP_SIZE {
            return Err(Error::Usage(m.min_group_too_small(SMALLEST_MIN_GROUP_SIZE)).into());
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
            rounds: Vec::new(),
        };
        // Nothing is written before the folder is known to be fit: a link in place of
        // responses/ would otherwise leave half an evaluation behind.
        if let Ok(meta) = std::fs::symlink_metadata(dir.join(RESPONSES_DIR))
            && !meta.file_type().is_dir()
        {
            return Err(Error::Usage(m.responses_not_folder(
                &dir.join(RESPONSES_DIR).display().to_string(),
                crate::files::kind_name(meta.file_type()),
            ))
            .into());
        }
        std::fs::create_dir_all(dir.join(RESPONSES_DIR))
            .with_context(|| m.cannot_create(&dir.join(RESPONSES_DIR).display().to_string()))?;
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
        let text = read_settings_text(&settings_path)?;
        let settings = parse_settings(&name, &text)?;
        let definition = load_file(&dir.join(QUESTIONNAIRE_FILE), Links::Refuse)?.definition;
        let definition = settings.apply_to(definition, &name, &text)?;
        let evaluation = Evaluation {
            dir: dir.to_owned(),
            settings,
            definition,
        };
        evaluation.check_folders()?;
        Ok(evaluation)
    }

    /// Checks that the folders partnereval reads from and writes into (`responses/`,
    /// `rounds/`, each round's folder and its `.drafts/`) are real folders of the
    /// evaluation, not links: a link put there by someone with access to the shared folder
    /// would make `take` write, and `report` read, somewhere else.
    fn check_folders(&self) -> Result<(), Error> {
        let mut folders = vec![self.dir.join(RESPONSES_DIR), self.dir.join(ROUNDS_DIR)];
        for round in self.rounds() {
            let dir = self.round_dir(&round);
            folders.push(store::drafts_dir(&dir));
            folders.push(dir);
        }
        for folder in folders {
            match std::fs::symlink_metadata(&folder) {
                Ok(meta) if meta.file_type().is_dir() => {}
                Ok(meta) => {
                    return Err(Error::Invalid(
                        crate::i18n::current().commands.not_a_real_folder(
                            &crate::sanitize::one_line(&folder.display().to_string()),
                            crate::files::kind_name(meta.file_type()),
                        ),
                    ));
                }
                // Folders are made when first needed.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(error) => {
                    return Err(Error::Read {
                        path: folder,
                        error,
                    });
                }
            }
        }
        Ok(())
    }
}

/// Reads the text of a settings file (`name` is used in diagnostics): its TOML and its
/// format version. What the settings say is checked against the questionnaire by
/// [`Settings::apply_to`].
pub fn parse_settings(name: &str, text: &str) -> Result<Settings, Error> {
    let settings: Settings = toml::from_str(text).map_err(|e| {
        Error::InvalidFile(vec![Diagnostic::at(
            name,
            text,
            e.span().map_or(0, |s| s.start),
            Severity::Error,
            crate::sanitize::one_line(e.message()),
        )])
    })?;
    if settings.schema_version != SETTINGS_SCHEMA_VERSION {
        return Err(Error::InvalidFile(vec![Diagnostic::at(
            name,
            text,
            0,
            Severity::Error,
            crate::i18n::current()
                .commands
                .settings_version(settings.schema_version, SETTINGS_SCHEMA_VERSION),
        )]));
    }
    Ok(settings)
}

impl Settings {
    /// Checks these settings, read from `text` (named `name` in diagnostics), against the
    /// evaluation's questionnaire, and returns the questionnaire as the evaluation uses it:
    /// profile choices replaced, partners offered, languages narrowed to the settings'.
    pub fn apply_to(
        &self,
        mut definition: Definition,
        name: &str,
        text: &str,
    ) -> Result<Definition, Error> {
        let settings = self;
        let m = &crate::i18n::current().commands;
        let mut problems: Vec<Problem> = Vec::new();
        for lang in &settings.languages {
            if !definition.offers(lang) {
                problems.push(Problem::at(m.settings_language_not_offered(lang), lang));
            }
        }
        if settings.languages.is_empty() {
            problems.push(Problem::at(
                m.settings_languages_empty.to_owned(),
                "languages",
            ));
        }
        if settings.min_group_size < SMALLEST_MIN_GROUP_SIZE {
            problems.push(Problem::at(
                m.settings_min_group(SMALLEST_MIN_GROUP_SIZE),
                "min_group_size",
            ));
        }
        let bad_code = |c: &Choice| {
            !crate::questionnaire::validate::is_identifier(&c.code)
                || c.code == crate::response::NO_ANSWER_CODE
        };
        for (field, replacement) in &settings.profile {
            match definition.profile.iter_mut().find(|f| &f.id == field) {
                None => problems.push(Problem::at(m.settings_profile_unknown(field), field)),
                Some(_) if replacement.choices.is_empty() => {
                    problems.push(Problem::at(m.settings_profile_no_choices(field), field))
                }
                Some(_) if replacement.choices.iter().any(bad_code) => {
                    for c in replacement.choices.iter().filter(|c| bad_code(c)) {
                        problems.push(Problem::at(
                            m.settings_profile_bad_code(field, &crate::sanitize::one_line(&c.code)),
                            field,
                        ));
                    }
                }
                Some(_)
                    if replacement.choices.iter().enumerate().any(|(k, c)| {
                        replacement.choices[..k].iter().any(|d| d.code == c.code)
                    }) =>
                {
                    problems.push(Problem::last(m.settings_profile_code_twice(field), field))
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
                problems.push(Problem::at(m.settings_report_by_unknown(field), field));
            }
        }
        let mut ids = std::collections::HashSet::new();
        let mut names = std::collections::HashSet::new();
        // Rounds come every few months; thousands mean a planted file, checked no further.
        if settings.rounds.len() > MAX_ROUNDS {
            problems.push(Problem {
                message: m.settings_too_many_rounds(settings.rounds.len(), MAX_ROUNDS),
                at: None,
                last: false,
            });
        }
        let round_ids: std::collections::HashSet<&str> =
            settings.rounds.iter().map(|r| r.id.as_str()).collect();
        for round in settings.rounds.iter().take(MAX_ROUNDS) {
            // Lower case: `--round` looks for ids in lower case, as `round new` makes them.
            if !crate::questionnaire::validate::is_identifier(&round.id)
                || round.id.bytes().any(|b| b.is_ascii_uppercase())
            {
                problems.push(Problem::at(m.settings_round_id(&round.id), &round.id));
            }
            if !ids.insert(round.id.as_str()) {
                problems.push(Problem::last(
                    m.settings_round_id_twice(&round.id),
                    &round.id,
                ));
            }
            if round.name.trim().is_empty() {
                problems.push(Problem::at(
                    m.settings_round_empty_name(&round.id),
                    &round.id,
                ));
            } else if round.name.chars().any(char::is_control) {
                problems.push(Problem::at(m.settings_round_control(&round.id), &round.id));
            } else if !names.insert(name_key(&round.name)) {
                problems.push(Problem::last(
                    m.settings_round_name_twice(&round.name),
                    &round.name,
                ));
            } else if name_key(&round.name) != round.id
                && round_ids.contains(name_key(&round.name).as_str())
            {
                problems.push(Problem::at(
                    m.settings_round_name_is_id(&round.name),
                    &round.name,
                ));
            }
        }
        let mut codes = std::collections::HashSet::new();
        for partner in &settings.partners {
            if !crate::questionnaire::validate::is_identifier(&partner.code) {
                problems.push(Problem::at(
                    m.settings_partner_code(&partner.code),
                    &partner.code,
                ));
            }
            if !codes.insert(partner.code.as_str()) {
                problems.push(Problem::last(
                    m.settings_partner_code_twice(&partner.code),
                    &partner.code,
                ));
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
                    problems.push(Problem::at(
                        m.settings_partner_is_choice(&c.code, &field.id),
                        &c.code,
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
                    .map(|p| {
                        let offset = locate(text, p.at.as_deref(), p.last);
                        Diagnostic::at(name, text, offset, Severity::Error, p.message)
                    })
                    .collect(),
            ));
        }
        definition
            .languages
            .retain(|l| settings.languages.contains(l));
        if !definition.offers(&definition.default_language) {
            definition.default_language = settings.languages[0].clone();
        }
        Ok(definition)
    }
}

/// How rounds are told apart and found by name (`--round`, `compare --from/--to`): trimmed,
/// in any case.
fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A problem of the settings, and the value or key it is about (found in the file to
/// locate the problem).
struct Problem {
    message: String,
    at: Option<String>,
    /// Located at the last place `at` is found (something used twice), not the first.
    last: bool,
}

impl Problem {
    fn at(message: String, at: &str) -> Self {
        Problem {
            message,
            at: Some(at.to_owned()),
            last: false,
        }
    }

    fn last(message: String, at: &str) -> Self {
        Problem {
            message,
            at: Some(at.to_owned()),
            last: true,
        }
    }
}

/// Where in the settings `text` a problem about `named` is: the value (quoted) or the key
/// (at the start of a line or after `.` or `[`), its last occurrence when `last`, or the
/// start of the file.
fn locate(text: &str, named: Option<&str>, last: bool) -> usize {
    let Some(named) = named.filter(|n| !n.is_empty()) else {
        return 0;
    };
    let find = |needle: &str| {
        if last {
            text.rfind(needle)
        } else {
            text.find(needle)
        }
    };
    find(&format!("\"{named}\""))
        .map(|at| at + 1)
        .or_else(|| {
            text.match_indices(named)
                .map(|(at, _)| at)
                .find(|&at| at == 0 || text[..at].ends_with(['\n', '.', '[']))
        })
        .unwrap_or(0)
}

/// The settings file's text, with a comment saying what it is.
fn settings_text(settings: &Settings) -> anyhow::Result<String> {
    let body = toml::to_string_pretty(settings)?;
    Ok(format!(
        "# partnereval evaluation settings (see docs/evaluation-format.md).\n\
         # The questionnaire is frozen in questionnaire.toml; responses go to responses/\n\
         # (later rounds: rounds/ID/).\n\n{body}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{bundled, parse_str};

    fn definition() -> Definition {
        let b = bundled::find("action-in-partnership").unwrap();
        parse_str(&b.display_name(), b.source).definition.unwrap()
    }

    fn with_rounds(rounds: &str) -> String {
        format!(
            "schema_version = 1\nname = \"E\"\ncreated = \"2026-01-15\"\nlanguages = [\"en\"]\n{rounds}"
        )
    }

    /// The settings in `text` checked against the bundled questionnaire, as `open` checks them.
    fn open(text: &str) -> Result<Evaluation, Error> {
        let settings = parse_settings(SETTINGS_FILE, text)?;
        let definition = settings.apply_to(definition(), SETTINGS_FILE, text)?;
        Ok(Evaluation {
            dir: PathBuf::from("e"),
            settings,
            definition,
        })
    }

    fn problems(text: &str) -> Vec<String> {
        match open(text) {
            Ok(_) => Vec::new(),
            Err(Error::InvalidFile(diagnostics)) => {
                diagnostics.iter().map(ToString::to_string).collect()
            }
            Err(e) => panic!("{e}"),
        }
    }

    /// Found by `fuzz/` (target `settings`): a round id with an upper-case letter was
    /// accepted, but `--round` looks for ids in lower case, so the round could not be chosen.
    #[test]
    fn a_round_id_in_upper_case_is_refused_at_its_place() {
        let text = with_rounds(
            "[[rounds]]\nid = \"O\"\nname = \"n\"\nstarted = \"2026-09-01\"\n\n[[rounds]]\nid = \"Round-2\"\nname = \"Two\"\nstarted = \"2026-10-01\"\n",
        );
        assert_eq!(
            problems(&text),
            [
                "evaluation.toml:6:7: error: round id `O` is not an identifier (lower-case letters, digits, `-`, `_`)",
                "evaluation.toml:11:7: error: round id `Round-2` is not an identifier (lower-case letters, digits, `-`, `_`)",
            ]
        );
    }

    /// Found by `fuzz/` (target `settings`): a name with a space around it could not be
    /// chosen with `--round`, which trims what is typed.
    #[test]
    fn every_round_is_found_by_its_id_and_by_its_name() {
        let text = with_rounds(
            "[[rounds]]\nid = \"round-1\"\nname = \" Spring \"\nstarted = \"2026-01-15\"\n\n[[rounds]]\nid = \"r2\"\nname = \"Été 2026\"\nstarted = \"2026-06-01\"\n",
        );
        let evaluation = open(&text).unwrap();
        for round in evaluation.rounds() {
            for wanted in [&round.id, &round.name, &round.name.to_uppercase()] {
                assert_eq!(evaluation.find_round(wanted).unwrap(), round, "{wanted}");
            }
        }
        assert_eq!(evaluation.find_round("spring").unwrap().id, "round-1");
        // Names are told apart the way they are found.
        let text = with_rounds(
            "[[rounds]]\nid = \"round-1\"\nname = \"Spring\"\nstarted = \"2026-01-15\"\n\n[[rounds]]\nid = \"r2\"\nname = \" spring\"\nstarted = \"2026-06-01\"\n\n[[rounds]]\nid = \"r3\"\nname = \"R2 \"\nstarted = \"2026-07-01\"\n",
        );
        assert_eq!(
            problems(&text),
            [
                "evaluation.toml:12:9: error: round name ` spring` is used twice",
                "evaluation.toml:17:9: error: round name `R2 ` is the id of another round; `--round` could not tell them apart",
            ]
        );
    }
}
