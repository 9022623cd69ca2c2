//! Texts a person reads: a plain string, or one string per language.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A text shown to people: either one string used for every language, or a table of
/// strings keyed by language code (`{ en = "...", fr = "..." }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Text {
    /// The same string in every language (names, codes, single-language questionnaires).
    Plain(String),
    /// One string per language code; every language the questionnaire declares must be present.
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, falling back to `fallback`, then to any language present.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        match self {
            Text::Plain(s) => s,
            Text::PerLanguage(map) => map
                .get(lang)
                .or_else(|| map.get(fallback))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    /// The same text as a table holding exactly `languages` (a plain string is repeated).
    pub fn expanded(&self, languages: &[String], fallback: &str) -> Text {
        Text::PerLanguage(
            languages
                .iter()
                .map(|lang| (lang.clone(), self.get(lang, fallback).to_owned()))
                .collect(),
        )
    }

    /// Every string in the text, with the language it is written for (`None` for plain).
    pub fn parts(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Text::Plain(s) => vec![(None, s.as_str())],
            Text::PerLanguage(map) => map
                .iter()
                .map(|(lang, s)| (Some(lang.as_str()), s.as_str()))
                .collect(),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

/// Whether `code` looks like a language code: `en`, `fr`, `pt-BR`, `fr-CA`.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_falls_back_to_default_then_any_language() {
        let t = Text::PerLanguage(BTreeMap::from([
            ("en".to_owned(), "yes".to_owned()),
            ("fr".to_owned(), "oui".to_owned()),
        ]));
        assert_eq!(t.get("fr", "en"), "oui");
        assert_eq!(t.get("de", "en"), "yes");
        assert_eq!(Text::from("x").get("fr", "en"), "x");
    }

    #[test]
    fn expanded_repeats_plain_strings() {
        let t = Text::from("Acme").expanded(&["en".into(), "fr".into()], "en");
        assert_eq!(t.get("fr", "en"), "Acme");
        assert_eq!(t.parts().len(), 2);
    }

    #[test]
    fn language_codes() {
        for ok in ["en", "fr", "fr-CA", "pt-BR", "haw"] {
            assert!(is_language_code(ok), "{ok}");
        }
        for bad in ["", "EN", "e", "english", "fr_CA", "fr-"] {
            assert!(!is_language_code(bad), "{bad}");
        }
    }
}
