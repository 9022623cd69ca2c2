//! The tool's own words, in English and French.
//!
//! The texts are Fluent files, one folder per language (`locales/en`, `locales/fr`), so a
//! reviewer corrects a wording without reading Rust, a third language is a new folder, and
//! plural forms follow each language's rules. [`Messages`] names every message once
//! (`messages.rs`); French spacing is applied by one function as the texts are formatted
//! ([`crate::typography::french_text`]).

#[macro_use]
mod macros;
mod catalogue;
mod messages;
mod parts;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicPtr, Ordering};

pub use catalogue::{Arg, Catalogue, Dress, Fixed, SOURCES, Short, pseudo};
pub use messages::Messages;
pub use parts::{
    CommandMessages, HelpMessages, QuestionnaireMessages, ResponseMessages, ServeMessages,
    SurveyMessages,
};

/// A message id and the names of its variables.
pub type Key = (&'static str, &'static [&'static str]);

/// Every message id of every part, with its variables, and the arrays of texts (for the
/// catalogue tests).
pub fn all_keys() -> (Vec<Key>, Vec<(&'static str, usize)>) {
    let mut keys: Vec<Key> = [
        Messages::KEYS,
        QuestionnaireMessages::KEYS,
        ResponseMessages::KEYS,
        CommandMessages::KEYS,
        HelpMessages::KEYS,
        SurveyMessages::KEYS,
        ServeMessages::KEYS,
        HANDWRITTEN,
    ]
    .concat();
    keys.sort_unstable();
    let arrays = [
        Messages::ARRAYS,
        QuestionnaireMessages::ARRAYS,
        ResponseMessages::ARRAYS,
        CommandMessages::ARRAYS,
        HelpMessages::ARRAYS,
        SurveyMessages::ARRAYS,
        ServeMessages::ARRAYS,
    ]
    .concat();
    (keys, arrays)
}

/// The messages formatted by hand-written methods below.
const HANDWRITTEN: &[Key] = &[
    ("range_between", &["min", "max"]),
    ("range_at_least", &["min"]),
    ("range_at_most", &["max"]),
    ("range_any", &[]),
    ("choices_between_between", &["min", "max"]),
    ("choices_between_at_least", &["min"]),
    ("choices_between_at_most", &["max"]),
    ("choices_between_any", &[]),
    ("out_of_range", &["range"]),
];

/// The languages partnereval speaks.
pub const LANGUAGES: &[&str] = &["en", "fr"];

/// The language of the user's locale (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, the first
/// that is set and not empty, as POSIX orders them): `fr` for `fr_CA.UTF-8`; `None` for the
/// `C` and `POSIX` locales or when none is set.
pub fn locale_language() -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())?;
    language_of_locale(&value)
}

/// The language to speak before a command knows better: the first `--lang` on the command
/// line (`--lang fr`, `--lang=fr,en`), else the locale's, else English. Commands that open
/// an evaluation switch to its language with [`set_current`].
pub fn startup_language(args: &[std::ffi::OsString]) -> String {
    let mut args = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.split(',').next()) {
            return lang.trim().to_ascii_lowercase();
        }
    }
    locale_language().unwrap_or_else(|| "en".to_owned())
}

/// The language code of a locale name: `fr_CA.UTF-8` → `fr`, `en_GB@euro` → `en`.
pub fn language_of_locale(locale: &str) -> Option<String> {
    let lang: String = locale
        .split(['_', '.', '@', '-'])
        .next()?
        .to_ascii_lowercase();
    let valid = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    (valid && lang != "c" && lang != "posix").then_some(lang)
}

/// The language to speak when none was asked for: the locale's, when `offered` has it
/// (`fr` matches `fr` and `fr-CA`), else `default`.
pub fn preferred_language(offered: &[String], default: &str) -> String {
    locale_language()
        .and_then(|lang| {
            offered
                .iter()
                .find(|o| **o == lang || o.starts_with(&format!("{lang}-")))
                .cloned()
        })
        .unwrap_or_else(|| default.to_owned())
}

impl Messages {
    /// A range of numbers: "from 1 to 5", "at least 0", "any value".
    pub fn range(&self, min: Option<f64>, max: Option<f64>) -> String {
        self.bounds("range", min, max)
    }

    /// How many boxes may be ticked: "tick 1 to 3", "tick any".
    pub fn choices_between(&self, min: Option<u32>, max: Option<u32>) -> String {
        self.bounds("choices_between", min.map(f64::from), max.map(f64::from))
    }

    /// "Please type a number from 1 to 5."
    pub fn out_of_range(&self, min: Option<f64>, max: Option<f64>) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("range", self.range(min, max));
        self.catalogue().format("out_of_range", Some(&args))
    }

    fn bounds(&self, key: &str, min: Option<f64>, max: Option<f64>) -> String {
        use catalogue::Arg;
        let mut args = fluent_bundle::FluentArgs::new();
        let which = match (min, max) {
            (Some(_), Some(_)) => "between",
            (Some(_), None) => "at_least",
            (None, Some(_)) => "at_most",
            (None, None) => "any",
        };
        if let Some(min) = min {
            args.set("min", min.value(self.lang).into_owned());
        }
        if let Some(max) = max {
            args.set("max", max.value(self.lang).into_owned());
        }
        self.catalogue()
            .format(&format!("{key}_{which}"), Some(&args))
    }

    /// A mean or other figure with two decimals in this language ("2.42", "2,42"), or a
    /// dash.
    pub fn num(&self, x: Option<f64>) -> String {
        x.map_or_else(
            || "–".to_owned(),
            |v| crate::typography::decimal(self.lang, v, 2),
        )
    }

    /// A percentage rounded to whole, in this language ("58%", "58 %").
    pub fn pct(&self, x: f64) -> String {
        crate::typography::percent(self.lang, x)
    }

    /// A signed change with two decimals ("+0.25", "-0,10", "0.00"), or a dash.
    pub fn signed(&self, x: Option<f64>) -> String {
        x.map_or_else(
            || "–".to_owned(),
            |v| crate::typography::signed(self.lang, v, 2),
        )
    }

    /// A number with at most `decimals` decimals, none when whole ("1.5", "1,5", "3").
    pub fn short(&self, x: f64, decimals: usize) -> String {
        crate::typography::short(self.lang, x, decimals)
    }
}

/// The messages for `lang`: French for `fr` and its variants, English otherwise.
///
/// With `PARTNEREVAL_PSEUDO=1` in the environment, every language gets the test-only
/// pseudo-language instead (English with every letter changed), to find texts that do not
/// come through the catalogue.
pub fn messages(lang: &str) -> &'static Messages {
    static EN: OnceLock<Messages> = OnceLock::new();
    static FR: OnceLock<Messages> = OnceLock::new();
    static PSEUDO: OnceLock<Messages> = OnceLock::new();
    static PSEUDO_ON: OnceLock<bool> = OnceLock::new();
    let english =
        || EN.get_or_init(|| Messages::new(leak(Catalogue::load("en", Dress::Plain, None))));
    if *PSEUDO_ON.get_or_init(|| std::env::var_os("PARTNEREVAL_PSEUDO").is_some_and(|v| v == "1")) {
        return PSEUDO
            .get_or_init(|| Messages::new(leak(Catalogue::load("en", Dress::Pseudo, None))));
    }
    if lang == "fr" || lang.starts_with("fr-") {
        FR.get_or_init(|| {
            let fallback = english().catalogue();
            Messages::new(leak(Catalogue::load("fr", Dress::French, Some(fallback))))
        })
    } else {
        english()
    }
}

fn leak(catalogue: Catalogue) -> &'static Catalogue {
    Box::leak(Box::new(catalogue))
}

static CURRENT: AtomicPtr<Messages> = AtomicPtr::new(std::ptr::null_mut());

/// Makes `m` the language of messages written where no evaluation or report decides it
/// (errors, above all). `main` sets it from `--lang` or the locale, and commands set it
/// again once they know the evaluation's language.
pub fn set_current(m: &'static Messages) {
    CURRENT.store(std::ptr::from_ref(m).cast_mut(), Ordering::Relaxed);
}

thread_local! {
    /// The language of one piece of work on this thread (see [`with_current`]).
    static ON_THIS_THREAD: std::cell::Cell<Option<&'static Messages>> =
        const { std::cell::Cell::new(None) };
}

/// Runs `work` with `m` as the language of the messages it writes on this thread, whatever
/// [`set_current`] says: a server answers each person in their own language (the checks'
/// reasons on a member's page are in the member's language).
pub fn with_current<R>(m: &'static Messages, work: impl FnOnce() -> R) -> R {
    let before = ON_THIS_THREAD.with(|c| c.replace(Some(m)));
    // Put back even if `work` panics.
    struct Restore(Option<&'static Messages>);
    impl Drop for Restore {
        fn drop(&mut self) {
            ON_THIS_THREAD.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(before);
    work()
}

/// The messages of [`with_current`] on this thread, else those set by [`set_current`];
/// English before either.
pub fn current() -> &'static Messages {
    if let Some(m) = ON_THIS_THREAD.with(std::cell::Cell::get) {
        return m;
    }
    let p = CURRENT.load(Ordering::Relaxed);
    if p.is_null() {
        messages("en")
    } else {
        // SAFETY: only `&'static Messages` are ever stored.
        unsafe { &*p }
    }
}

#[cfg(test)]
mod locale_tests {
    use super::language_of_locale;

    #[test]
    fn locale_names_give_their_language() {
        assert_eq!(language_of_locale("fr_CA.UTF-8").as_deref(), Some("fr"));
        assert_eq!(language_of_locale("en_GB@euro").as_deref(), Some("en"));
        assert_eq!(language_of_locale("fr").as_deref(), Some("fr"));
        assert_eq!(language_of_locale("C.UTF-8"), None);
        assert_eq!(language_of_locale("POSIX"), None);
        assert_eq!(language_of_locale(""), None);
    }
}
