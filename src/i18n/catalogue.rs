//! The Fluent files of one language, loaded once and formatted on demand.
//!
//! The files are compiled into the binary (`locales/<lang>/*.ftl`), so a catalogue cannot be
//! missing at run time; `tests/catalogue.rs` checks that every language has every message
//! with the variables the code gives it, and that French follows its typography.

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The Fluent sources of each language, in the order they are loaded.
pub const SOURCES: &[(&str, &[(&str, &str)])] = &[
    (
        "en",
        &[
            (
                "locales/en/partnereval.ftl",
                include_str!("../../locales/en/partnereval.ftl"),
            ),
            (
                "locales/en/questionnaire.ftl",
                include_str!("../../locales/en/questionnaire.ftl"),
            ),
            (
                "locales/en/responses.ftl",
                include_str!("../../locales/en/responses.ftl"),
            ),
            (
                "locales/en/commands.ftl",
                include_str!("../../locales/en/commands.ftl"),
            ),
            (
                "locales/en/help.ftl",
                include_str!("../../locales/en/help.ftl"),
            ),
            (
                "locales/en/survey.ftl",
                include_str!("../../locales/en/survey.ftl"),
            ),
            (
                "locales/en/serve.ftl",
                include_str!("../../locales/en/serve.ftl"),
            ),
        ],
    ),
    (
        "fr",
        &[
            (
                "locales/fr/partnereval.ftl",
                include_str!("../../locales/fr/partnereval.ftl"),
            ),
            (
                "locales/fr/questionnaire.ftl",
                include_str!("../../locales/fr/questionnaire.ftl"),
            ),
            (
                "locales/fr/responses.ftl",
                include_str!("../../locales/fr/responses.ftl"),
            ),
            (
                "locales/fr/commands.ftl",
                include_str!("../../locales/fr/commands.ftl"),
            ),
            (
                "locales/fr/help.ftl",
                include_str!("../../locales/fr/help.ftl"),
            ),
            (
                "locales/fr/survey.ftl",
                include_str!("../../locales/fr/survey.ftl"),
            ),
            (
                "locales/fr/serve.ftl",
                include_str!("../../locales/fr/serve.ftl"),
            ),
        ],
    ),
];

/// How the texts of a catalogue are dressed before they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dress {
    /// As written (English).
    Plain,
    /// French spacing and apostrophes ([`crate::typography::french_text`]).
    French,
    /// Test-only pseudo-language: every letter of the catalogue's own texts is changed, so
    /// that a text that did not come through the catalogue stands out.
    Pseudo,
}

/// One language's messages.
pub struct Catalogue {
    pub lang: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// English, for a message this language lacks (tests make sure none does).
    fallback: Option<&'static Catalogue>,
}

impl Catalogue {
    /// The catalogue of `lang` (one of [`SOURCES`]), dressed as asked.
    pub fn load(lang: &'static str, dress: Dress, fallback: Option<&'static Catalogue>) -> Self {
        let langid = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Names and paths are put in as they are, without bidi isolation marks.
        bundle.set_use_isolating(false);
        bundle.set_transform(match dress {
            Dress::Plain => None,
            Dress::French => Some(french),
            Dress::Pseudo => Some(pseudo),
        });
        let sources = SOURCES
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[][..], |(_, files)| *files);
        for (_, text) in sources {
            // The files are ours and checked by tests; a broken entry is skipped, not fatal.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Catalogue {
            lang,
            bundle,
            fallback,
        }
    }

    /// Whether this catalogue has a message `key` (`snake_case` or `kebab-case`).
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(&fluent_id(key))
    }

    /// The message `key` filled in with `args`.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let id = fluent_id(key);
        let Some(pattern) = self.bundle.get_message(&id).and_then(|m| m.value()) else {
            return match self.fallback {
                Some(english) => english.format(key, args),
                None => id,
            };
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// The message `key` with its variables, and the errors formatting it gave (tests).
    pub fn check(&self, key: &str, args: &FluentArgs) -> Vec<String> {
        let id = fluent_id(key);
        let Some(pattern) = self.bundle.get_message(&id).and_then(|m| m.value()) else {
            return vec![format!("{}: no message `{id}`", self.lang)];
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(args), &mut errors);
        errors
            .into_iter()
            .map(|e| format!("{}: `{id}`: {e}", self.lang))
            .collect()
    }

    /// A text kept for the life of the process (catalogues are loaded once per language).
    pub fn leak(&self, key: &str) -> &'static str {
        Box::leak(self.format(key, None).into_boxed_str())
    }
}

/// Message ids are written `kebab-case` in the files, as Fluent does; the code names them
/// in `snake_case`.
fn fluent_id(key: &str) -> String {
    key.replace('_', "-")
}

fn french(text: &str) -> Cow<'_, str> {
    crate::typography::french_text(text)
}

/// The test-only pseudo-language: letters swapped for accented ones and the text
/// bracketed, "Round" → "⟦Röüñd⟧" (also used by tests to dress questionnaire texts alike).
pub fn pseudo(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let swapped: String = text
        .chars()
        .map(|c| match c {
            'a' => 'å',
            'e' => 'é',
            'i' => 'ï',
            'o' => 'ö',
            'u' => 'ü',
            'A' => 'Å',
            'E' => 'É',
            'I' => 'Ï',
            'O' => 'Ö',
            'U' => 'Ü',
            'y' => 'ÿ',
            'c' => 'ç',
            'n' => 'ñ',
            other => other,
        })
        .collect();
    Cow::Owned(format!("⟦{swapped}⟧"))
}

/// A value put into a message: counts stay numbers (plural forms are chosen by them), other
/// numbers are written by [`crate::typography`] in the message's language.
pub trait Arg {
    fn value(&self, lang: &str) -> FluentValue<'_>;
}

impl Arg for usize {
    fn value(&self, _: &str) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for u32 {
    fn value(&self, _: &str) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for u64 {
    fn value(&self, _: &str) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

/// A figure with at most two decimals, none when whole: "1.5", "1,5", "3".
impl Arg for f64 {
    fn value(&self, lang: &str) -> FluentValue<'_> {
        FluentValue::from(crate::typography::short(lang, *self, 2))
    }
}

impl Arg for str {
    fn value(&self, _: &str) -> FluentValue<'_> {
        FluentValue::from(self)
    }
}

impl Arg for String {
    fn value(&self, _: &str) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self, lang: &str) -> FluentValue<'_> {
        (**self).value(lang)
    }
}

/// A figure with a fixed number of decimals: `Fixed(0.3, 2)` is "0.30", "0,30".
#[derive(Debug, Clone, Copy)]
pub struct Fixed(pub f64, pub usize);

impl Arg for Fixed {
    fn value(&self, lang: &str) -> FluentValue<'_> {
        FluentValue::from(crate::typography::decimal(lang, self.0, self.1))
    }
}

/// A figure with at most a given number of decimals, none when whole: `Short(12.5, 1)` is
/// "12.5", "12,5"; `Short(25.0, 1)` is "25".
#[derive(Debug, Clone, Copy)]
pub struct Short(pub f64, pub usize);

impl Arg for Short {
    fn value(&self, lang: &str) -> FluentValue<'_> {
        FluentValue::from(crate::typography::short(lang, self.0, self.1))
    }
}
