//! What a questionnaire file means: ids, references, scores, bands, languages.
//!
//! Every check runs, so a user sees every problem at once. Findings carry a [`Path`];
//! the loader turns it into a line and column.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::format::{AnswerOption, Band, ItemKind, QuestionnaireFile};
use super::locate::Path;
use crate::diagnostic::Severity;
use crate::i18n::{QuestionnaireMessages, Short};
use crate::sanitize;
use crate::text::{Text, is_language_code};

/// The code that marks "no answer" in responses; no option may use it.
pub const NO_ANSWER_CODE: &str = "no-answer";

/// One problem, at a path in the questionnaire, said in the current language
/// ([`crate::i18n::current`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub path: Path,
    /// Where in the string at `path` the problem is (a byte of its value), for problems
    /// inside a condition.
    pub within: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

/// The longest short label of an item, and label of a profile field, in characters.
pub const MAX_SHORT: usize = 40;
pub const MAX_FIELD_LABEL: usize = 30;

/// Where a path is in the file, as line and column: the messages about a conflict (a
/// duplicated id) say where its first half is.
pub type Locate<'a> = &'a dyn Fn(&Path) -> (usize, usize);

/// Checks the meaning of a questionnaire that parsed; returns every problem found.
pub fn validate(q: &QuestionnaireFile, locate: Locate<'_>) -> Vec<Finding> {
    let mut v = Validator {
        q,
        locate,
        m: &crate::i18n::current().questionnaire,
        findings: Vec::new(),
    };
    v.metadata();
    v.all_texts();
    v.scales();
    v.prerequisites_and_profile();
    v.items();
    v.conditions();
    v.dimensions();
    v.bands();
    v.matrix();
    v.findings
}

/// Whether `id` is a valid identifier: starts with a letter or digit, then letters, digits,
/// `-` or `_`; at most 64 characters.
pub fn is_identifier(id: &str) -> bool {
    /// The bytes an identifier may hold. A table, and no early exit: every line of a
    /// million-line bundle checks its response id.
    const ALLOWED: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            let b = c as u8;
            t[c] = b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
            c += 1;
        }
        t
    };
    let b = id.as_bytes();
    b.len() <= 64
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter().fold(true, |ok, &c| ok & ALLOWED[usize::from(c)])
}

/// A list of identifiers, for the messages about them.
#[derive(Debug, Clone, Copy)]
enum Ids {
    OptionCode,
    ScaleId,
    PrerequisiteId,
    ProfileFieldId,
    ChoiceCode,
    ItemId,
    RowId,
    DimensionId,
    BandId,
}

impl Ids {
    fn invalid(self, m: &QuestionnaireMessages, id: &str) -> String {
        match self {
            Ids::OptionCode => m.invalid_option_code(id),
            Ids::ScaleId => m.invalid_scale_id(id),
            Ids::PrerequisiteId => m.invalid_prerequisite_id(id),
            Ids::ProfileFieldId => m.invalid_profile_field_id(id),
            Ids::ChoiceCode => m.invalid_choice_code(id),
            Ids::ItemId => m.invalid_item_id(id),
            Ids::RowId => m.invalid_row_id(id),
            Ids::DimensionId => m.invalid_dimension_id(id),
            Ids::BandId => m.invalid_band_id(id),
        }
    }

    fn duplicate(self, m: &QuestionnaireMessages, id: &str, (l, c): (usize, usize)) -> String {
        match self {
            Ids::OptionCode => m.duplicate_option_code(id, l, c),
            Ids::ScaleId => m.duplicate_scale_id(id, l, c),
            Ids::PrerequisiteId => m.duplicate_prerequisite_id(id, l, c),
            Ids::ProfileFieldId => m.duplicate_profile_field_id(id, l, c),
            Ids::ChoiceCode => m.duplicate_choice_code(id, l, c),
            Ids::ItemId => m.duplicate_item_id(id, l, c),
            Ids::RowId => m.duplicate_row_id(id, l, c),
            Ids::DimensionId => m.duplicate_dimension_id(id, l, c),
            Ids::BandId => m.duplicate_band_id(id, l, c),
        }
    }
}

/// A number from the file, as its author wrote it (up to 6 decimals), in the message's
/// language.
fn num(x: f64) -> Short {
    Short(x, 6)
}

struct Validator<'q> {
    q: &'q QuestionnaireFile,
    locate: Locate<'q>,
    m: &'static QuestionnaireMessages,
    findings: Vec<Finding>,
}

impl<'q> Validator<'q> {
    fn error(&mut self, path: Path, message: impl Into<String>) {
        self.push(path, Severity::Error, message.into());
    }

    fn warning(&mut self, path: Path, message: impl Into<String>) {
        self.push(path, Severity::Warning, message.into());
    }

    fn push(&mut self, path: Path, severity: Severity, message: String) {
        self.findings.push(Finding {
            path,
            within: None,
            severity,
            message,
        });
    }

    /// Checks ids of one collection: each valid, none repeated.
    fn ids<'a>(&mut self, what: Ids, ids: impl IntoIterator<Item = (Path, &'a str)>) {
        let mut seen: HashMap<&str, Path> = HashMap::new();
        for (path, id) in ids {
            if !is_identifier(id) {
                self.error(path.clone(), what.invalid(self.m, id));
            }
            if let Some(first) = seen.get(id) {
                let message = what.duplicate(self.m, id, (self.locate)(first));
                self.error(path, message);
            } else {
                seen.insert(id, path);
            }
        }
    }

    fn metadata(&mut self) {
        let q = self.q;
        let root = Path::root();
        let id_ok = !q.id.is_empty()
            && q.id.len() <= 64
            && q.id
                .starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && q.id.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.')
            });
        let m = self.m;
        if !id_ok {
            self.error(root.key("id"), m.invalid_questionnaire_id(&q.id));
        }
        if q.version.trim().is_empty() || q.version.chars().any(char::is_whitespace) {
            self.error(root.key("version"), m.invalid_version);
        }
        if q.languages.is_empty() {
            self.error(root.key("languages"), m.no_languages);
        }
        let mut seen = HashSet::new();
        for (i, lang) in q.languages.iter().enumerate() {
            let path = root.key("languages").index(i);
            if !is_language_code(lang) {
                self.error(path, m.not_a_language_code(lang));
            } else if !seen.insert(lang.as_str()) {
                self.error(path, m.language_twice(lang));
            }
        }
        if let Some(default) = &q.default_language
            && !q.languages.contains(default)
        {
            self.error(
                root.key("default_language"),
                m.default_language_not_declared(default),
            );
        }
        let t = q.divergence.threshold;
        if !(t > 0.0 && t <= 0.5) {
            self.error(
                root.key("divergence").key("threshold"),
                m.threshold_out_of_range(num(t)),
            );
        }
        if q.items.is_empty() {
            self.error(root, m.no_items);
        }
    }

    fn all_texts(&mut self) {
        let texts = texts(self.q);
        for (path, text) in texts {
            self.text(path, text);
        }
    }

    fn text(&mut self, path: Path, text: &Text) {
        let declared = &self.q.languages;
        // Each valid language once: a bad `languages` list is reported once, not per text.
        let mut seen = HashSet::new();
        let wanted: Vec<&String> = declared
            .iter()
            .filter(|l| is_language_code(l) && seen.insert(l.as_str()))
            .collect();
        match text {
            Text::Plain(s) => self.text_string(path, s),
            Text::PerLanguage(map) => {
                for lang in wanted {
                    if !map.contains_key(lang) {
                        self.error(path.clone(), self.m.text_missing_language(lang));
                    }
                }
                for (lang, s) in map {
                    let p = path.key(lang);
                    if !declared.contains(lang) {
                        self.error(p, self.m.language_not_declared(lang, &declared.join(", ")));
                    } else {
                        self.text_string(p, s);
                    }
                }
            }
        }
    }

    fn text_string(&mut self, path: Path, s: &str) {
        if s.trim().is_empty() {
            self.error(path, self.m.empty_text);
        } else if let Some(c) = s.chars().find(|&c| sanitize::is_unsafe(c)) {
            let code = format!("{:04X}", c as u32);
            self.error(path, self.m.control_character(&code));
        }
    }

    fn options(&mut self, path: Path, options: &[AnswerOption]) {
        let m = self.m;
        if options.is_empty() {
            self.error(path.clone(), m.empty_options);
            return;
        }
        self.ids(
            Ids::OptionCode,
            options
                .iter()
                .enumerate()
                .map(|(i, o)| (path.index(i).key("code"), o.code.as_str())),
        );
        for (i, o) in options.iter().enumerate() {
            if o.code == NO_ANSWER_CODE {
                self.error(path.index(i).key("code"), m.reserved_no_answer);
            }
            if let Some(score) = o.score
                && !score.is_finite()
            {
                self.error(path.index(i).key("score"), m.score_not_finite(num(score)));
            }
        }
        let scored = options.iter().filter(|o| o.score.is_some()).count();
        if scored != 0 && scored != options.len() {
            for (i, o) in options.iter().enumerate() {
                if o.score.is_none() {
                    self.error(path.index(i), m.option_unscored(&o.code));
                }
            }
        }
    }

    fn scales(&mut self) {
        let root = Path::root().key("scales");
        self.ids(
            Ids::ScaleId,
            self.q
                .scales
                .iter()
                .enumerate()
                .map(|(i, s)| (root.index(i).key("id"), s.id.as_str())),
        );
        for (i, scale) in self.q.scales.iter().enumerate() {
            self.options(root.index(i).key("options"), &scale.options);
        }
    }

    fn prerequisites_and_profile(&mut self) {
        let q = self.q;
        let pre = Path::root().key("prerequisites");
        self.ids(
            Ids::PrerequisiteId,
            q.prerequisites
                .iter()
                .enumerate()
                .map(|(i, p)| (pre.index(i).key("id"), p.id.as_str())),
        );
        let profile = Path::root().key("profile");
        self.ids(
            Ids::ProfileFieldId,
            q.profile
                .iter()
                .enumerate()
                .map(|(i, p)| (profile.index(i).key("id"), p.id.as_str())),
        );
        for (i, field) in q.profile.iter().enumerate() {
            if let Some(label) = &field.label {
                self.short_label(&profile.index(i).key("label"), label, MAX_FIELD_LABEL);
            }
            let path = profile.index(i).key("choices");
            if field.choices.is_empty() && !field.partners {
                self.error(path.clone(), self.m.empty_choices);
            }
            self.ids(
                Ids::ChoiceCode,
                field
                    .choices
                    .iter()
                    .enumerate()
                    .map(|(j, c)| (path.index(j).key("code"), c.code.as_str())),
            );
        }
    }

    /// A short label that would not fit a table column: a warning, since it still works.
    fn short_label(&mut self, path: &Path, text: &Text, max: usize) {
        let long = match text {
            Text::Plain(s) => vec![(path.clone(), s)],
            Text::PerLanguage(map) => map.iter().map(|(l, s)| (path.key(l), s)).collect(),
        };
        for (p, s) in long {
            let n = s.chars().count();
            if n > max {
                self.warning(p, self.m.label_too_long(n, max));
            }
        }
    }

    fn items(&mut self) {
        let q = self.q;
        let root = Path::root().key("items");
        self.ids(
            Ids::ItemId,
            q.items
                .iter()
                .enumerate()
                .map(|(i, item)| (root.index(i).key("id"), item.id.as_str())),
        );
        let scale_ids: HashSet<&str> = q.scales.iter().map(|s| s.id.as_str()).collect();
        for (i, item) in q.items.iter().enumerate() {
            let path = root.index(i);
            let kind = item.kind.name();
            if let Some(short) = &item.short {
                self.short_label(&path.key("short"), short, MAX_SHORT);
            }
            if item.kind.has_options() {
                match (&item.options, &item.scale) {
                    (Some(_), Some(_)) => self.error(path.key("scale"), self.m.options_and_scale),
                    (None, None) => self.error(path.clone(), self.m.needs_options(kind)),
                    (Some(options), None) => self.options(path.key("options"), options),
                    (None, Some(scale)) if !scale_ids.contains(scale.as_str()) => {
                        self.error(path.key("scale"), {
                            let known: Vec<String> =
                                q.scales.iter().map(|s| format!("`{}`", s.id)).collect();
                            let known = if known.is_empty() {
                                "–".to_owned()
                            } else {
                                known.join(", ")
                            };
                            self.m.unknown_scale(scale, &known)
                        })
                    }
                    (None, Some(_)) => {}
                }
            } else {
                for (key, present) in [
                    ("options", item.options.is_some()),
                    ("scale", item.scale.is_some()),
                ] {
                    if present {
                        self.error(path.key(key), self.m.not_for_kind(key, kind));
                    }
                }
            }
            self.kind_fields(&path, item);
        }
    }

    /// Fields that only some kinds accept, and their ranges.
    fn kind_fields(&mut self, path: &Path, item: &super::format::Item) {
        let kind = item.kind;
        let m = self.m;
        let not_for = |key: &str| m.not_for_kind(key, kind.name());
        match (&item.rows, kind) {
            (None, ItemKind::Grid) => {
                self.error(path.clone(), m.grid_needs_rows);
            }
            (Some(rows), ItemKind::Grid) => {
                if rows.is_empty() {
                    self.error(path.key("rows"), m.empty_rows);
                }
                let rows_path = path.key("rows");
                self.ids(
                    Ids::RowId,
                    rows.iter()
                        .enumerate()
                        .map(|(i, r)| (rows_path.index(i).key("id"), r.id.as_str())),
                );
            }
            (Some(_), _) => self.error(path.key("rows"), not_for("rows")),
            (None, _) => {}
        }
        let number_fields = [
            ("min", item.min.is_some()),
            ("max", item.max.is_some()),
            ("integer", item.integer.is_some()),
            ("unit", item.unit.is_some()),
        ];
        if kind == ItemKind::Number {
            for (key, value) in [("min", item.min), ("max", item.max)] {
                if let Some(v) = value
                    && !v.is_finite()
                {
                    self.error(path.key(key), m.not_finite(key));
                }
            }
            if let (Some(min), Some(max)) = (item.min, item.max)
                && min > max
            {
                self.error(path.key("max"), m.max_below_min(num(min), num(max)));
            }
        } else {
            for (key, present) in number_fields {
                if present {
                    self.error(path.key(key), not_for(key));
                }
            }
        }
        if kind == ItemKind::Multiple {
            if item.max_choices == Some(0) {
                self.error(path.key("max_choices"), m.max_choices_zero);
            }
            self.exclusive_min_choices(path, item);
            let available = self.option_count(item);
            if let (Some(min), Some(max)) = (item.min_choices, item.max_choices)
                && min > max
            {
                self.error(path.key("max_choices"), m.max_choices_below_min(min, max));
            }
            for (key, value) in [
                ("min_choices", item.min_choices),
                ("max_choices", item.max_choices),
            ] {
                if let (Some(v), Some(n)) = (value, available)
                    && v as usize > n
                {
                    self.error(path.key(key), m.choices_above_options(key, v, n));
                }
            }
        } else {
            for (key, present) in [
                ("min_choices", item.min_choices.is_some()),
                ("max_choices", item.max_choices.is_some()),
            ] {
                if present {
                    self.error(path.key(key), not_for(key));
                }
            }
        }
        if item.reverse == Some(true) {
            let scores = || {
                options_of(self.q, item)
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(|o| o.score)
            };
            let spread =
                scores().fold(f64::NEG_INFINITY, f64::max) > scores().fold(f64::INFINITY, f64::min);
            if !kind.is_scored() {
                self.error(path.key("reverse"), not_for("reverse"));
            } else if !spread {
                self.error(path.key("reverse"), m.reverse_needs_scores.to_owned());
            }
        }
        if kind == ItemKind::Text {
            for (key, present) in [
                ("no_answer", item.no_answer.is_some()),
                ("comment", item.comment.is_some()),
            ] {
                if present {
                    self.error(path.key(key), not_for(key));
                }
            }
        }
    }

    fn option_count(&self, item: &'q super::format::Item) -> Option<usize> {
        options_of(self.q, item).map(<[_]>::len)
    }

    /// An exclusive option is ticked alone: `min_choices` above 1 would refuse it.
    fn exclusive_min_choices(&mut self, path: &Path, item: &super::format::Item) {
        let Some(min) = item.min_choices.filter(|&n| n > 1) else {
            return;
        };
        let options = options_of(self.q, item).unwrap_or_default();
        if let Some(o) = options.iter().find(|o| o.exclusive) {
            self.error(
                path.key("min_choices"),
                self.m.exclusive_min_choices(&o.code, min),
            );
        }
    }

    /// Exclusive options are for `multiple` items: on the options of another kind, or on a
    /// scale another kind uses.
    fn exclusive_options(&mut self) {
        let q = self.q;
        for (i, item) in q.items.iter().enumerate() {
            if item.kind == ItemKind::Multiple {
                continue;
            }
            let path = Path::root().key("items").index(i);
            for (j, o) in item.options.iter().flatten().enumerate() {
                if o.exclusive {
                    self.error(
                        path.key("options").index(j).key("exclusive"),
                        self.m.exclusive_not_multiple(item.kind.name()),
                    );
                }
            }
            if item.options.is_none()
                && let Some(scale) = item.scale.as_deref()
                && let Some(o) = q
                    .scales
                    .iter()
                    .find(|s| s.id == scale)
                    .and_then(|s| s.options.iter().find(|o| o.exclusive))
            {
                self.error(
                    path.key("scale"),
                    self.m
                        .exclusive_in_scale(&o.code, scale, &item.id, item.kind.name()),
                );
            }
        }
    }

    /// Each `show_if`: its syntax and what it refers to, each problem where it is in the
    /// condition.
    fn conditions(&mut self) {
        self.exclusive_options();
        let q = self.q;
        for (i, item) in q.items.iter().enumerate() {
            let Some(text) = item.show_if.as_deref() else {
                continue;
            };
            if let Err(problems) = super::condition::compile(text, q, i) {
                for p in problems {
                    self.findings.push(Finding {
                        path: Path::root().key("items").index(i).key("show_if"),
                        within: Some(p.at),
                        severity: Severity::Error,
                        message: p.message,
                    });
                }
            }
        }
    }

    fn dimensions(&mut self) {
        let q = self.q;
        let root = Path::root().key("dimensions");
        self.ids(
            Ids::DimensionId,
            q.dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| (root.index(i).key("id"), d.id.as_str())),
        );
        let items: HashMap<&str, (usize, &super::format::Item)> = q
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.as_str(), (i, item)))
            .collect();
        let mut member_of: HashMap<&str, Path> = HashMap::new();
        let mut unscored_reported: HashSet<String> = HashSet::new();
        for (d, dim) in q.dimensions.iter().enumerate() {
            let path = root.index(d).key("items");
            if dim.items.is_empty() {
                self.error(path.clone(), self.m.empty_dimension);
            }
            for (j, id) in dim.items.iter().enumerate() {
                let at = path.index(j);
                let Some(&(index, item)) = items.get(id.as_str()) else {
                    self.error(at, self.m.unknown_item(id));
                    continue;
                };
                if let Some(first) = member_of.get(id.as_str()) {
                    let (line, column) = (self.locate)(first);
                    self.error(at, self.m.item_in_two_dimensions(id, line, column));
                    continue;
                }
                member_of.insert(id.as_str(), at.clone());
                if !item.kind.is_scored() {
                    self.error(at, self.m.unscored_kind_in_dimension(id, item.kind.name()));
                    continue;
                }
                self.require_scores(index, item, &mut unscored_reported);
            }
        }
        let in_matrix = |id: &str| {
            q.matrix
                .as_ref()
                .is_some_and(|m| m.contributes == id || m.receives.as_deref() == Some(id))
        };
        // An item whose options have no score (yes/no) is reported on its own: it is in no
        // mean, and being in no dimension is what it is meant to be.
        let scored = |i: &super::format::Item| {
            i.kind.is_scored()
                && options_of(q, i).is_some_and(|o| o.iter().any(|o| o.score.is_some()))
        };
        if q.dimensions.is_empty() {
            if q.items.iter().any(|i| scored(i) && !in_matrix(&i.id)) {
                self.warning(Path::root(), self.m.no_dimensions);
            }
        } else {
            for (i, item) in q.items.iter().enumerate() {
                if scored(item) && !member_of.contains_key(item.id.as_str()) && !in_matrix(&item.id)
                {
                    self.warning(
                        Path::root().key("items").index(i).key("id"),
                        self.m.item_in_no_dimension(&item.id),
                    );
                }
            }
        }
    }

    /// Items in a dimension need a score on every option (reported once per option).
    fn require_scores(
        &mut self,
        index: usize,
        item: &'q super::format::Item,
        reported: &mut HashSet<String>,
    ) {
        let (base, options) = match (&item.options, &item.scale) {
            (Some(options), _) => (
                Path::root().key("items").index(index).key("options"),
                options.as_slice(),
            ),
            (None, Some(scale)) => match self.q.scales.iter().position(|s| &s.id == scale) {
                Some(s) => (
                    Path::root().key("scales").index(s).key("options"),
                    self.q.scales[s].options.as_slice(),
                ),
                None => return,
            },
            (None, None) => return,
        };
        // Options partly scored are reported by `options` already.
        if options.iter().any(|o| o.score.is_some()) {
            return;
        }
        for (i, o) in options.iter().enumerate() {
            let path = base.index(i);
            if o.score.is_none() && reported.insert(path.to_string()) {
                self.error(path, self.m.option_needs_score(&o.code, &item.id));
            }
        }
    }

    fn bands(&mut self) {
        let q = self.q;
        // The questionnaire's bands cover the items whose scale sets none: they must all
        // have one score range, which the bands cover.
        let ranges: Vec<(f64, f64)> = {
            let mut ranges: Vec<(f64, f64)> = Vec::new();
            for item in q.items.iter().filter(|i| i.kind.is_scored()) {
                let own = item
                    .scale
                    .as_deref()
                    .and_then(|id| q.scales.iter().find(|s| s.id == id))
                    .is_some_and(|s| !s.bands.is_empty());
                if let (false, Some(range)) = (own, options_of(self.q, item).and_then(range_of))
                    && !ranges.contains(&range)
                {
                    ranges.push(range);
                }
            }
            ranges
        };
        if !q.bands.is_empty() && ranges.len() > 1 {
            let list: Vec<String> = ranges
                .iter()
                .map(|(lo, hi)| {
                    let m = crate::i18n::current();
                    format!("{}–{}", m.short(*lo, 2), m.short(*hi, 2))
                })
                .collect();
            self.error(
                Path::root().key("bands").index(0),
                self.m.bands_several_ranges(&list.join(", ")),
            );
        }
        let range = (ranges.len() == 1)
            .then(|| ranges[0])
            .or_else(|| score_range(q));
        self.check_bands(Path::root().key("bands"), &q.bands, range);
        for (k, scale) in q.scales.iter().enumerate() {
            let path = Path::root().key("scales").index(k);
            self.check_bands(path.key("bands"), &scale.bands, range_of(&scale.options));
            if let Some(t) = scale.threshold
                && !(t.is_finite() && t > 0.0)
            {
                self.error(path.key("threshold"), self.m.threshold_not_positive);
            }
        }
    }

    /// Bands with unique ids, finite and non-empty limits, no overlap or gap, covering
    /// `range`.
    fn check_bands(&mut self, root: Path, bands: &[Band], range: Option<(f64, f64)>) {
        if bands.is_empty() {
            return;
        }
        self.ids(
            Ids::BandId,
            bands
                .iter()
                .enumerate()
                .map(|(i, b)| (root.index(i).key("id"), b.id.as_str())),
        );
        let m = self.m;
        let mut ordered: Vec<(usize, &Band)> = Vec::new();
        for (i, band) in bands.iter().enumerate() {
            if !band.min.is_finite() || !band.max.is_finite() {
                self.error(root.index(i), m.band_limits_not_finite);
            } else if band.min >= band.max {
                self.error(
                    root.index(i).key("max"),
                    m.empty_band(&band.id, num(band.min), num(band.max)),
                );
            } else {
                ordered.push((i, band));
            }
        }
        ordered.sort_by(|a, b| a.1.min.total_cmp(&b.1.min));
        for pair in ordered.windows(2) {
            let ((_, low), (j, high)) = (pair[0], pair[1]);
            if low.max > high.min {
                self.error(
                    root.index(j).key("min"),
                    m.bands_overlap(
                        &low.id,
                        num(low.min),
                        num(low.max),
                        &high.id,
                        num(high.min),
                        num(high.max),
                    ),
                );
            } else if low.max < high.min {
                self.error(
                    root.index(j).key("min"),
                    m.bands_gap(&low.id, &high.id, num(low.max), num(high.min)),
                );
            }
        }
        if let (Some((lo, hi)), Some(&(first_i, first)), Some(&(last_i, last))) =
            (range, ordered.first(), ordered.last())
        {
            if first.min > lo {
                self.error(
                    root.index(first_i).key("min"),
                    m.bands_start_above(num(first.min), num(lo)),
                );
            }
            if last.max < hi {
                self.error(
                    root.index(last_i).key("max"),
                    m.bands_end_below(num(last.max), num(hi)),
                );
            }
        }
    }
}

/// The lowest and highest score of `options`, when some are scored.
fn range_of(options: &[AnswerOption]) -> Option<(f64, f64)> {
    options
        .iter()
        .filter_map(|o| o.score)
        .filter(|s| s.is_finite())
        .fold(None, |acc, s| match acc {
            None => Some((s, s)),
            Some((lo, hi)) => Some((f64::min(lo, s), f64::max(hi, s))),
        })
}

impl Validator<'_> {
    /// The matrix names a profile field and grid items with the same rows.
    fn matrix(&mut self) {
        let q = self.q;
        let Some(m) = &q.matrix else { return };
        let root = Path::root().key("matrix");
        let say = self.m;
        if !q.profile.iter().any(|f| f.id == m.by) {
            self.error(root.key("by"), say.unknown_profile_field(&m.by));
        }
        let grid = |id: &str| {
            q.items
                .iter()
                .find(|i| i.id == id && i.kind == ItemKind::Grid)
        };
        let rows_of = |id: &str| -> Vec<&str> {
            grid(id)
                .and_then(|i| i.rows.as_ref())
                .map(|r| r.iter().map(|r| r.id.as_str()).collect())
                .unwrap_or_default()
        };
        if grid(&m.contributes).is_none() {
            self.error(root.key("contributes"), say.not_a_grid(&m.contributes));
        }
        if let Some(receives) = &m.receives {
            if grid(receives).is_none() {
                self.error(root.key("receives"), say.not_a_grid(receives));
            } else if rows_of(receives) != rows_of(&m.contributes) {
                self.error(
                    root.key("receives"),
                    say.rows_differ(receives, &m.contributes),
                );
            }
        }
        let rows = rows_of(&m.contributes);
        for (i, row) in m.cash_rows.iter().enumerate() {
            if !rows.contains(&row.as_str()) {
                self.error(
                    root.key("cash_rows").index(i),
                    say.not_a_row(row, &m.contributes),
                );
            }
        }
    }
}

/// The options an item offers, wherever they are written (its own, or its scale's).
pub fn options_of<'q>(
    q: &'q QuestionnaireFile,
    item: &'q super::format::Item,
) -> Option<&'q [AnswerOption]> {
    if let Some(options) = &item.options {
        return Some(options);
    }
    let scale = item.scale.as_deref()?;
    q.scales
        .iter()
        .find(|s| s.id == scale)
        .map(|s| s.options.as_slice())
}

/// Lowest and highest option score over the scored items, if any are scored.
pub fn score_range(q: &QuestionnaireFile) -> Option<(f64, f64)> {
    let scales: BTreeMap<&str, &[AnswerOption]> = q
        .scales
        .iter()
        .map(|s| (s.id.as_str(), s.options.as_slice()))
        .collect();
    let scores = q
        .items
        .iter()
        .filter(|i| i.kind.is_scored())
        .flat_map(|i| {
            let options = match (&i.options, &i.scale) {
                (Some(o), _) => o.as_slice(),
                (None, Some(s)) => scales.get(s.as_str()).copied().unwrap_or(&[]),
                _ => &[],
            };
            options.iter().filter_map(|o| o.score)
        })
        .filter(|s| s.is_finite());
    scores.fold(None, |acc, s| match acc {
        None => Some((s, s)),
        Some((lo, hi)) => Some((f64::min(lo, s), f64::max(hi, s))),
    })
}

/// Every text in the questionnaire with its path, in file order.
pub fn texts(q: &QuestionnaireFile) -> Vec<(Path, &Text)> {
    let root = Path::root();
    let mut out: Vec<(Path, &Text)> = vec![(root.key("title"), &q.title)];
    for (key, text) in [
        ("description", &q.description),
        ("credit", &q.credit),
        ("source", &q.source),
        ("licence", &q.licence),
    ] {
        if let Some(t) = text {
            out.push((root.key(key), t));
        }
    }
    if let Some(notice) = &q.notice {
        out.push((root.key("notice"), notice));
    }
    if let Some(closing) = &q.comments.closing {
        out.push((root.key("comments").key("closing"), closing));
    }
    if let Some(label) = &q.no_answer.label {
        out.push((root.key("no_answer").key("label"), label));
    }
    for (i, b) in q.bands.iter().enumerate() {
        out.push((root.key("bands").index(i).key("label"), &b.label));
    }
    for (i, s) in q.scales.iter().enumerate() {
        let p = root.key("scales").index(i).key("options");
        for (j, o) in s.options.iter().enumerate() {
            out.push((p.index(j).key("label"), &o.label));
        }
    }
    for (i, pre) in q.prerequisites.iter().enumerate() {
        let p = root.key("prerequisites").index(i);
        out.push((p.key("text"), &pre.text));
        out.push((p.key("unmet"), &pre.unmet));
    }
    for (i, field) in q.profile.iter().enumerate() {
        let p = root.key("profile").index(i);
        if let Some(label) = &field.label {
            out.push((p.key("label"), label));
        }
        out.push((p.key("text"), &field.text));
        if let Some(help) = &field.help {
            out.push((p.key("help"), help));
        }
        for (j, c) in field.choices.iter().enumerate() {
            out.push((p.key("choices").index(j).key("label"), &c.label));
        }
    }
    for (i, item) in q.items.iter().enumerate() {
        let p = root.key("items").index(i);
        out.push((p.key("text"), &item.text));
        if let Some(short) = &item.short {
            out.push((p.key("short"), short));
        }
        if let Some(help) = &item.help {
            out.push((p.key("help"), help));
        }
        if let Some(unit) = &item.unit {
            out.push((p.key("unit"), unit));
        }
        for (j, o) in item.options.iter().flatten().enumerate() {
            out.push((p.key("options").index(j).key("label"), &o.label));
        }
        for (j, r) in item.rows.iter().flatten().enumerate() {
            out.push((p.key("rows").index(j).key("text"), &r.text));
        }
    }
    for (i, d) in q.dimensions.iter().enumerate() {
        let p = root.key("dimensions").index(i);
        out.push((p.key("name"), &d.name));
        if let Some(desc) = &d.description {
            out.push((p.key("description"), desc));
        }
    }
    out
}
