//! The normalised questionnaire: what every other part of partnereval works with.
//!
//! Built from a validated [`QuestionnaireFile`]: options resolved from scales, defaults
//! applied, every text expanded to every language, each item knowing its dimension. It is
//! what `show --format json` prints, and its SHA-256 identifies the content.
//!
//! French texts (`fr`, `fr-CA`…) are spaced as French is printed
//! ([`crate::typography::french_text`]) once the hash is taken: the hash is of the texts as
//! written, so that a change of typography never makes responses already given look as if
//! they answered another questionnaire.

use std::borrow::Cow;
use std::collections::HashMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::format::{
    AnswerOption, Band, Dimension, Divergence, ItemKind, Matrix, Prerequisite, ProfileField,
    QuestionnaireFile, Row,
};
use super::validate::score_range;
use crate::text::Text;

/// Version of the normalised definition format printed by `show --format json`.
pub const DEFINITION_SCHEMA_VERSION: u32 = 1;

/// A questionnaire ready for use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "partnereval normalised questionnaire")]
pub struct Definition {
    /// Version of this JSON format.
    pub schema_version: u32,
    pub id: String,
    pub version: String,
    /// `sha256:` and the hex digest of this definition without `hash`; stored in responses.
    pub hash: String,
    pub languages: Vec<String>,
    pub default_language: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Shown in the introduction (e.g. that answers are reported per organisation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Text>,
    /// The question inviting a closing comment, when one is offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing_comment: Option<Text>,
    /// Label of the "no answer" flag, when the questionnaire sets one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_answer_label: Option<Text>,
    pub divergence: Divergence,
    /// Interpretation bands, lowest first (the defaults when the file sets none).
    pub bands: Vec<Band>,
    pub prerequisites: Vec<Prerequisite>,
    pub profile: Vec<ProfileField>,
    pub items: Vec<DefinedItem>,
    pub dimensions: Vec<Dimension>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<Matrix>,
    /// The scales that set their own bands or compare threshold (absent when none does).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<ScaleRules>,
}

/// What a scale sets for the items on it: bands and the compare threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleRules {
    pub id: String,
    /// Bands over the scale's score range, lowest first (empty: the default).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
}

/// The share of an item's score range that `compare` counts as a move by default.
pub const DEFAULT_THRESHOLD_SHARE: f64 = 0.15;

/// An item with everything resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DefinedItem {
    pub id: String,
    pub kind: ItemKind,
    pub text: Text,
    /// A few words naming the item in lists and tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// When the item is asked: a condition on earlier answers (written `show_if` in the
    /// file). When it is not met, the item is not applicable: not asked, not required, and
    /// not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<super::condition::Condition>,
    /// Whether an answer (or the no-answer flag) is needed to submit, when it is asked.
    pub required: bool,
    /// Whether "no answer / don't know" is offered.
    pub no_answer: bool,
    /// Whether an optional comment is offered.
    pub comment: bool,
    /// The dimension the item belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    /// The shared scale the options come from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// Whether the item is scored the other way round: its options' scores below are
    /// already turned around (`low + high − s`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reverse: bool,
    /// The options, first shown first (empty for `text` and `number`), with the scores
    /// used in every figure.
    pub options: Vec<AnswerOption>,
    /// Rows of a `grid` item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Row>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub integer: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_choices: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_choices: Option<u32>,
}

impl Definition {
    /// Normalises a questionnaire that passed validation.
    pub fn from_file(q: &QuestionnaireFile) -> Definition {
        let languages = q.languages.clone();
        let default_language = q
            .default_language
            .clone()
            .unwrap_or_else(|| languages.first().cloned().unwrap_or_default());
        let dimension_of: HashMap<&str, &str> = q
            .dimensions
            .iter()
            .flat_map(|d| d.items.iter().map(|i| (i.as_str(), d.id.as_str())))
            .collect();
        let items = q
            .items
            .iter()
            .enumerate()
            .map(|(index, item)| DefinedItem {
                id: item.id.clone(),
                kind: item.kind,
                text: item.text.clone(),
                short: item.short.clone(),
                help: item.help.clone(),
                show_if: item
                    .show_if
                    .as_deref()
                    .and_then(|c| super::condition::compile(c, q, index).ok()),
                required: item.required.unwrap_or(item.kind != ItemKind::Text),
                no_answer: item.kind != ItemKind::Text
                    && item.no_answer.unwrap_or(q.no_answer.allowed),
                comment: item.kind != ItemKind::Text && item.comment.unwrap_or(q.comments.items),
                dimension: dimension_of.get(item.id.as_str()).map(|d| d.to_string()),
                scale: item.options.is_none().then(|| item.scale.clone()).flatten(),
                reverse: item.reverse.unwrap_or(false),
                options: {
                    let options = match (&item.options, &item.scale) {
                        (Some(options), _) => options.clone(),
                        (None, Some(scale)) => q
                            .scales
                            .iter()
                            .find(|s| &s.id == scale)
                            .map(|s| s.options.clone())
                            .unwrap_or_default(),
                        (None, None) => Vec::new(),
                    };
                    if item.reverse == Some(true) {
                        reversed(options)
                    } else {
                        options
                    }
                },
                rows: item.rows.clone().unwrap_or_default(),
                min: item.min,
                max: item.max,
                integer: item.integer.unwrap_or(false),
                unit: item.unit.clone(),
                min_choices: item.min_choices,
                max_choices: item.max_choices,
            })
            .collect();
        let mut bands: Vec<Band> = if q.bands.is_empty() {
            score_range(q)
                .map(|(lo, hi)| default_bands(lo, hi))
                .unwrap_or_default()
        } else {
            q.bands.clone()
        };
        bands.sort_by(|a, b| a.min.total_cmp(&b.min));
        let mut definition = Definition {
            schema_version: DEFINITION_SCHEMA_VERSION,
            id: q.id.clone(),
            version: q.version.clone(),
            hash: String::new(),
            languages: languages.clone(),
            default_language: default_language.clone(),
            title: q.title.clone(),
            description: q.description.clone(),
            notice: q.notice.clone(),
            estimated_minutes: q.estimated_minutes,
            credit: q.credit.clone(),
            source: q.source.clone(),
            licence: q.licence.clone(),
            closing_comment: q.comments.closing.clone(),
            no_answer_label: q.no_answer.label.clone(),
            divergence: q.divergence.clone(),
            bands,
            prerequisites: q.prerequisites.clone(),
            profile: q.profile.clone(),
            items,
            dimensions: q.dimensions.clone(),
            matrix: q.matrix.clone(),
            scales: q
                .scales
                .iter()
                .filter(|s| !s.bands.is_empty() || s.threshold.is_some())
                .map(|s| {
                    let mut bands = s.bands.clone();
                    bands.sort_by(|a, b| a.min.total_cmp(&b.min));
                    ScaleRules {
                        id: s.id.clone(),
                        bands,
                        threshold: s.threshold,
                    }
                })
                .collect(),
        };
        definition.map_texts(|t| *t = t.expanded(&languages, &default_language));
        definition.hash = definition.content_hash();
        definition.space_french();
        definition
    }

    /// Spaces every French text (`fr` and `fr-*`) as French is printed: a no-break space
    /// before `:` and inside « », a narrow one before `;`, `!` and `?`, the typographic
    /// apostrophe. Authors write ordinary spaces. Web and e-mail addresses are left alone.
    fn space_french(&mut self) {
        self.map_texts(|t| {
            if let Text::PerLanguage(map) = t {
                for (lang, s) in map.iter_mut() {
                    if (lang == "fr" || lang.starts_with("fr-"))
                        && let Cow::Owned(spaced) = french_spacing(s)
                    {
                        *s = spaced;
                    }
                }
            }
        });
    }

    /// The same definition with every text reduced to `lang` (which it must offer).
    pub fn restricted_to(&self, lang: &str) -> Definition {
        let mut def = self.clone();
        let languages = vec![lang.to_owned()];
        let fallback = def.default_language.clone();
        def.map_texts(|t| *t = t.expanded(&languages, &fallback));
        def.languages = languages;
        def.default_language = lang.to_owned();
        def
    }

    /// Applies `f` to every text a person reads.
    pub fn map_texts(&mut self, mut f: impl FnMut(&mut Text)) {
        let opt = |t: &mut Option<Text>, f: &mut dyn FnMut(&mut Text)| {
            if let Some(t) = t {
                f(t)
            }
        };
        f(&mut self.title);
        opt(&mut self.description, &mut f);
        opt(&mut self.notice, &mut f);
        opt(&mut self.credit, &mut f);
        opt(&mut self.source, &mut f);
        opt(&mut self.licence, &mut f);
        opt(&mut self.closing_comment, &mut f);
        opt(&mut self.no_answer_label, &mut f);
        self.bands.iter_mut().for_each(|b| f(&mut b.label));
        for s in &mut self.scales {
            s.bands.iter_mut().for_each(|b| f(&mut b.label));
        }
        for p in &mut self.prerequisites {
            f(&mut p.text);
            f(&mut p.unmet);
        }
        for field in &mut self.profile {
            opt(&mut field.label, &mut f);
            f(&mut field.text);
            opt(&mut field.help, &mut f);
            field.choices.iter_mut().for_each(|c| f(&mut c.label));
        }
        for item in &mut self.items {
            f(&mut item.text);
            opt(&mut item.short, &mut f);
            opt(&mut item.help, &mut f);
            opt(&mut item.unit, &mut f);
            item.options.iter_mut().for_each(|o| f(&mut o.label));
            item.rows.iter_mut().for_each(|r| f(&mut r.text));
        }
        for d in &mut self.dimensions {
            f(&mut d.name);
            opt(&mut d.description, &mut f);
        }
    }

    /// `sha256:<hex>` of the canonical JSON of this definition with an empty `hash`.
    pub fn content_hash(&self) -> String {
        let unhashed = Definition {
            hash: String::new(),
            ..self.clone()
        };
        let json = serde_json::to_vec(&unhashed).expect("a definition always serialises");
        let digest = Sha256::digest(&json);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }

    /// Whether some item is asked only when a condition is met.
    pub fn has_conditions(&self) -> bool {
        self.items.iter().any(|i| i.show_if.is_some())
    }

    /// The item with id `id`.
    pub fn item(&self, id: &str) -> Option<&DefinedItem> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The dimension with id `id`.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The band a mean score falls in: `min <= s < max`, or `s == max` for the top band.
    pub fn band_of(&self, score: f64) -> Option<&Band> {
        band_in(&self.bands, score)
    }

    /// The bands an item's mean is read on: its scale's own, else the questionnaire's when
    /// they span the item's score range, else that range cut in three. Empty for an item
    /// without scores.
    pub fn item_bands(&self, item: &DefinedItem) -> Cow<'_, [Band]> {
        if let Some(own) = item
            .scale
            .as_deref()
            .and_then(|id| self.scales.iter().find(|s| s.id == id))
            .filter(|s| !s.bands.is_empty())
        {
            return Cow::Borrowed(&own.bands);
        }
        let Some((lo, hi)) = item.score_range() else {
            return Cow::Borrowed(&[]);
        };
        if bands_span(&self.bands) == Some((lo, hi)) {
            Cow::Borrowed(&self.bands)
        } else {
            let mut bands = default_bands(lo, hi);
            let languages = self.languages.clone();
            for b in &mut bands {
                b.label = b.label.expanded(&languages, &self.default_language);
            }
            Cow::Owned(bands)
        }
    }

    /// The change in an item's mean that `compare` counts as a move: its scale's
    /// threshold, else [`DEFAULT_THRESHOLD_SHARE`] of its score range (0.3 for A/B/C),
    /// rounded to two decimals.
    pub fn item_threshold(&self, item: &DefinedItem) -> Option<f64> {
        let own = item
            .scale
            .as_deref()
            .and_then(|id| self.scales.iter().find(|s| s.id == id))
            .and_then(|s| s.threshold);
        own.or_else(|| {
            let (lo, hi) = item.score_range()?;
            let t = (hi - lo) * DEFAULT_THRESHOLD_SHARE;
            (t > 0.0).then(|| (t * 100.0).round() / 100.0)
        })
    }

    /// An error naming the offered languages unless `lang` is one of them.
    pub fn require_language(&self, lang: &str) -> Result<(), crate::error::Error> {
        if self.offers(lang) {
            Ok(())
        } else {
            Err(crate::error::Error::Language {
                lang: lang.to_owned(),
                offered: self.languages.clone(),
            })
        }
    }

    /// Whether `lang` is one of the questionnaire's languages.
    /// Whether question `id` (an item, or a grid row `item.row`) is a contribution level of
    /// the matrix: neither favourable nor unfavourable.
    pub fn is_matrix_level(&self, id: &str) -> bool {
        let item = id.split_once('.').map_or(id, |(item, _)| item);
        self.matrix
            .as_ref()
            .is_some_and(|mx| mx.contributes == item || mx.receives.as_deref() == Some(item))
    }

    pub fn offers(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }
}

impl DefinedItem {
    /// The lowest and highest score of its options (`None` when no option is scored).
    pub fn score_range(&self) -> Option<(f64, f64)> {
        self.options
            .iter()
            .filter_map(|o| o.score)
            .fold(None, |acc, s| match acc {
                None => Some((s, s)),
                Some((lo, hi)) => Some((lo.min(s), hi.max(s))),
            })
    }

    /// The codes of its options in the lowest third of its score range (at most
    /// `low + (high − low) / 3`): the least favourable answers. For A/B/C scored 3/2/1, C;
    /// on a 1–5 scale, 1 and 2; on 0–10, 0 to 3. Empty without two different scores.
    pub fn lower_third(&self) -> Vec<&str> {
        self.third(|s, lo, hi| s <= lo + (hi - lo) / 3.0 + 1e-9)
    }

    /// The codes of its options in the highest third of its score range (at least
    /// `high − (high − low) / 3`): the most favourable answers.
    pub fn upper_third(&self) -> Vec<&str> {
        self.third(|s, lo, hi| s >= hi - (hi - lo) / 3.0 - 1e-9)
    }

    fn third(&self, inside: impl Fn(f64, f64, f64) -> bool) -> Vec<&str> {
        let Some((lo, hi)) = self.score_range().filter(|(lo, hi)| hi > lo) else {
            return Vec::new();
        };
        self.options
            .iter()
            .filter(|o| o.score.is_some_and(|s| inside(s, lo, hi)))
            .map(|o| o.code.as_str())
            .collect()
    }
}

/// `text` spaced by [`crate::typography::french_text`], except its web and e-mail addresses
/// (words with `://`, `www.` or `@`), where `?` and `;` belong to the address.
fn french_spacing(text: &str) -> Cow<'_, str> {
    let is_address = |w: &str| w.contains("://") || w.starts_with("www.") || w.contains('@');
    if !text.split_whitespace().any(is_address) {
        return crate::typography::french_text(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    // The end of the last word seen, and of the last address copied.
    let (mut seen, mut plain_from) = (0, 0);
    for word in text.split_whitespace() {
        // Only spaces lie between the last word and this one.
        let start = seen + text[seen..].find(word).unwrap_or(0);
        seen = start + word.len();
        if is_address(word) {
            out.push_str(&crate::typography::french_text(&text[plain_from..start]));
            out.push_str(word);
            plain_from = seen;
        }
    }
    out.push_str(&crate::typography::french_text(&text[plain_from..]));
    Cow::Owned(out)
}

/// The default bands: the score range cut in three equal parts.
/// The band of `bands` (lowest first) that `score` falls in.
pub fn band_in(bands: &[Band], score: f64) -> Option<&Band> {
    let last = bands.len().checked_sub(1)?;
    bands.iter().enumerate().find_map(|(i, b)| {
        let upper_ok = score < b.max || (i == last && score == b.max);
        (score >= b.min && upper_ok).then_some(b)
    })
}

/// The lowest and highest limits of `bands` (lowest first).
pub fn bands_span(bands: &[Band]) -> Option<(f64, f64)> {
    Some((bands.first()?.min, bands.last()?.max))
}

/// The options with each score `s` turned into `low + high − s` (a reverse-scored item).
fn reversed(mut options: Vec<AnswerOption>) -> Vec<AnswerOption> {
    let scores = options.iter().filter_map(|o| o.score);
    let (lo, hi) = (
        scores.clone().fold(f64::INFINITY, f64::min),
        scores.fold(f64::NEG_INFINITY, f64::max),
    );
    for o in &mut options {
        o.score = o.score.map(|s| lo + hi - s);
    }
    options
}

/// The range cut in three equal parts: weak, moderate, strong.
pub fn default_bands(lo: f64, hi: f64) -> Vec<Band> {
    let step = (hi - lo) / 3.0;
    let labels = [
        ("weak", "weak", "faible"),
        ("moderate", "moderate", "moyen"),
        ("strong", "strong", "fort"),
    ];
    labels
        .iter()
        .enumerate()
        .map(|(i, (id, en, fr))| Band {
            id: id.to_string(),
            label: Text::PerLanguage(
                [
                    ("en".to_owned(), en.to_string()),
                    ("fr".to_owned(), fr.to_string()),
                ]
                .into_iter()
                .collect(),
            ),
            min: lo + step * i as f64,
            max: if i == 2 {
                hi
            } else {
                lo + step * (i + 1) as f64
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::parse_str;

    fn definition(bands: &str) -> Definition {
        let src = format!(
            "schema_version = 1\nid = \"t\"\nversion = \"1\"\nlanguages = [\"en\"]\ntitle = \"T\"\n{bands}\n[[items]]\nid = \"q\"\ntext = \"Q\"\noptions = [{{ code = \"A\", label = \"a\", score = 3 }}, {{ code = \"C\", label = \"c\", score = 1 }}]\n"
        );
        let checked = parse_str("t.toml", &src);
        checked.definition.expect("valid")
    }

    #[test]
    fn bands_include_their_minimum_and_the_top_one_its_maximum() {
        let bands = "[[bands]]\nid = \"weak\"\nlabel = \"w\"\nmin = 1\nmax = 1.5\n[[bands]]\nid = \"moderate\"\nlabel = \"m\"\nmin = 1.5\nmax = 2.5\n[[bands]]\nid = \"strong\"\nlabel = \"s\"\nmin = 2.5\nmax = 3\n";
        let def = definition(bands);
        let band = |s: f64| def.band_of(s).map(|b| b.id.as_str());
        assert_eq!(band(1.0), Some("weak"));
        assert_eq!(band(1.4999), Some("weak"));
        assert_eq!(band(1.5), Some("moderate"));
        assert_eq!(band(2.5), Some("strong"));
        assert_eq!(band(3.0), Some("strong"));
        assert_eq!(band(3.01), None);
        assert_eq!(band(0.99), None);
    }

    #[test]
    fn default_bands_cut_the_score_range_in_three() {
        let def = definition("");
        let limits: Vec<(String, f64, f64)> = def
            .bands
            .iter()
            .map(|b| (b.id.clone(), b.min, b.max))
            .collect();
        let third = 2.0 / 3.0;
        assert_eq!(
            limits,
            [
                ("weak".to_owned(), 1.0, 1.0 + third),
                ("moderate".to_owned(), 1.0 + third, 1.0 + 2.0 * third),
                ("strong".to_owned(), 1.0 + 2.0 * third, 3.0),
            ]
        );
        assert_eq!(def.band_of(2.0).map(|b| b.id.as_str()), Some("moderate"));
    }

    #[test]
    fn french_texts_are_spaced_after_hashing() {
        let src = "schema_version = 1\nid = \"t\"\nversion = \"1\"\nlanguages = [\"en\", \"fr-CA\"]\ntitle = \"Acme : l'outil\"\n[[items]]\nid = \"q\"\ntext = { en = \"Is it clear? Yes: no\", fr-CA = \"Est-ce clair ? Voir https://x.org/?a=1;b=2 ; « oui »\" }\noptions = [{ code = \"A\", label = \"a\", score = 3 }, { code = \"C\", label = \"c\", score = 1 }]\n";
        let def = parse_str("t.toml", src).definition.expect("valid");
        assert_eq!(
            def.items[0].text.get("fr-CA", "en"),
            "Est-ce clair\u{202f}? Voir https://x.org/?a=1;b=2\u{202f}; «\u{a0}oui\u{a0}»"
        );
        // English, and a plain text in English, are left as written.
        assert_eq!(def.items[0].text.get("en", "en"), "Is it clear? Yes: no");
        assert_eq!(def.title.get("en", "en"), "Acme : l'outil");
        assert_eq!(def.title.get("fr-CA", "en"), "Acme\u{a0}: l’outil");
        // The hash is of the texts as written.
        let mut as_written = def.clone();
        as_written.items[0].text = Text::PerLanguage(
            [
                ("en".to_owned(), "Is it clear? Yes: no".to_owned()),
                (
                    "fr-CA".to_owned(),
                    "Est-ce clair ? Voir https://x.org/?a=1;b=2 ; « oui »".to_owned(),
                ),
            ]
            .into_iter()
            .collect(),
        );
        as_written.title = Text::PerLanguage(
            [
                ("en".to_owned(), "Acme : l'outil".to_owned()),
                ("fr-CA".to_owned(), "Acme : l'outil".to_owned()),
            ]
            .into_iter()
            .collect(),
        );
        assert_ne!(def.content_hash(), def.hash);
        assert_eq!(as_written.content_hash(), def.hash);
    }

    #[test]
    fn addresses_keep_their_signs() {
        assert_eq!(
            french_spacing("Écrivez à a;b@x.org ou voyez www.x.org?p=1 ! Merci"),
            "Écrivez à a;b@x.org ou voyez www.x.org?p=1\u{202f}! Merci"
        );
        assert_eq!(french_spacing("rien"), "rien");
    }

    #[test]
    fn the_hash_changes_with_the_content_only() {
        let a = definition("");
        let b = definition("");
        assert_eq!(a.hash, b.hash);
        assert_eq!(a.hash, a.content_hash());
        let mut c = a.clone();
        c.items[0].text = Text::from("Another statement");
        assert_ne!(c.content_hash(), a.hash);
    }
}
