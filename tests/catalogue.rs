//! The Fluent files against the code: every language has every message the code names, with
//! no variable the code does not give; nothing is left over; French leaves its spacing to
//! the one function that applies it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentArgs;
use fluent_syntax::ast;
use partnereval::i18n::{self, Catalogue, Dress, SOURCES};

/// Message id → the variables it uses, for one language's files.
fn messages_of(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let files = SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .unwrap_or_else(|| panic!("no sources for {lang}"))
        .1;
    let mut out = BTreeMap::new();
    for (path, text) in files {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    let id = m.id.name.to_owned();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{path}: `{id}` is defined twice in {lang}"
                    );
                }
                ast::Entry::Junk { content } => panic!("{path}: cannot read: {content}"),
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

/// What the code expects: id (as written in the files) → its variables.
fn expected() -> BTreeMap<String, BTreeSet<String>> {
    let (keys, arrays) = i18n::all_keys();
    let mut out = BTreeMap::new();
    for (key, vars) in keys {
        let id = key.replace('_', "-");
        let vars = vars.iter().map(|v| (*v).to_owned()).collect();
        assert!(out.insert(id, vars).is_none(), "`{key}` is named twice");
    }
    for (key, n) in arrays {
        for i in 1..=n {
            out.insert(format!("{}-{i}", key.replace('_', "-")), BTreeSet::new());
        }
    }
    out
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let expected = expected();
    for (lang, _) in SOURCES {
        let found = messages_of(lang);
        let missing: Vec<_> = expected
            .keys()
            .filter(|k| !found.contains_key(*k))
            .collect();
        let extra: Vec<_> = found
            .keys()
            .filter(|k| !expected.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages the code never uses: {extra:?}"
        );
    }
}

#[test]
fn messages_use_only_the_values_the_code_gives() {
    let expected = expected();
    for (lang, _) in SOURCES {
        for (id, vars) in messages_of(lang) {
            let Some(given) = expected.get(&id) else {
                continue;
            };
            let unknown: Vec<_> = vars.difference(given).collect();
            assert!(
                unknown.is_empty(),
                "{lang}: `{id}` uses {unknown:?}, but the code gives only {given:?}"
            );
            // English says everything it is given (French may leave a count unsaid, as in
            // « Aucune réponse »).
            if *lang == "en" {
                let unused: Vec<_> = given.difference(&vars).collect();
                assert!(unused.is_empty(), "en: `{id}` never says {unused:?}");
            }
        }
    }
}

#[test]
fn every_message_formats_without_errors() {
    let (keys, _) = i18n::all_keys();
    for (lang, _) in SOURCES {
        let dress = if *lang == "fr" {
            Dress::French
        } else {
            Dress::Plain
        };
        let catalogue = Catalogue::load(lang, dress, None);
        for (key, vars) in &keys {
            for n in [0usize, 1, 2, 5] {
                let mut args = FluentArgs::new();
                for v in *vars {
                    args.set(*v, n);
                }
                let errors = catalogue.check(key, &args);
                assert!(errors.is_empty(), "{errors:?}");
            }
        }
    }
}

/// The French files are written with ordinary spaces and apostrophes, as a reviewer types
/// them; `typography::french_text` spaces them. A no-break space typed by hand would be
/// invisible to the reviewer and is refused, and so is a colon glued to a word.
#[test]
fn french_files_leave_spacing_to_the_typography() {
    for (path, text) in SOURCES.iter().find(|(l, _)| *l == "fr").unwrap().1 {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let at = format!("{path}:{}", n + 1);
            assert!(
                !line.contains(['\u{a0}', '\u{202f}']),
                "{at}: a no-break space typed by hand; write an ordinary space"
            );
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            let chars: Vec<char> = value.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if *c == ':' && i > 0 && chars[i - 1].is_alphabetic() {
                    let rest: String = chars[i..].iter().take(3).collect();
                    assert!(
                        rest == "://",
                        "{at}: write a space before the colon: {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn french_is_spaced_by_the_catalogue() {
    let fr = i18n::messages("fr");
    assert_eq!(fr.colon, "\u{a0}: ");
    assert!(
        fr.no_answer_offered
            .starts_with("«\u{a0}pas de réponse\u{a0}»")
    );
    let rule = fr.divergence(i18n::Short(25.0, 1));
    assert!(rule.contains("25\u{a0}%"), "{rule}");
    assert!(rule.starts_with("Divergence\u{a0}:"), "{rule}");
    assert!(rule.contains("pour A/B/C\u{a0}: A et C\u{202f};"), "{rule}");
    // Plural forms follow each language's rules: French counts 0 and 1 as singular.
    assert_eq!(fr.respondent_count(0), "0 répondant");
    assert_eq!(fr.respondent_count(2), "2 répondants");
    let en = i18n::messages("en");
    assert_eq!(en.respondent_count(1), "1 respondent");
    assert_eq!(en.respondent_count(0), "0 respondents");
}
