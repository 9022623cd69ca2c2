//! The tool's own words, in English and French.
//!
//! One struct holds every message; a language is one value of it, so a message missing in
//! one language does not compile.

/// Every text partnereval itself writes for people (questionnaire texts come from files).
pub struct Messages {
    pub lang: &'static str,
    pub languages: &'static str,
    /// The separator after a label: ": " in English, " : " in French.
    pub colon: &'static str,
    pub minutes: fn(u32) -> String,
    pub credit: &'static str,
    pub source: &'static str,
    pub licence: &'static str,
    pub prerequisites: &'static str,
    pub prerequisites_note: &'static str,
    pub if_not: &'static str,
    pub profile: &'static str,
    pub profile_note: &'static str,
    pub items: &'static str,
    pub dimension: &'static str,
    pub dimensions: &'static str,
    pub no_dimension: &'static str,
    pub required: &'static str,
    pub optional: &'static str,
    pub no_answer_offered: &'static str,
    pub comment_offered: &'static str,
    pub closing_comment: &'static str,
    pub no_answer_default: &'static str,
    pub kind_single: &'static str,
    pub kind_multiple: &'static str,
    pub kind_text: &'static str,
    pub kind_number: &'static str,
    pub kind_grid: &'static str,
    pub score: &'static str,
    pub range: fn(Option<f64>, Option<f64>) -> String,
    pub choices_between: fn(Option<u32>, Option<u32>) -> String,
    pub bands: &'static str,
    pub bands_rule: &'static str,
    pub divergence: fn(f64) -> String,
    pub list_columns: [&'static str; 6],
    pub bundled: &'static str,
}

pub static EN: Messages = Messages {
    lang: "en",
    languages: "languages",
    colon: ": ",
    minutes: |m| format!("about {m} minutes"),
    credit: "Credit",
    source: "Source",
    licence: "Licence",
    prerequisites: "Before you start",
    prerequisites_note: "Yes/no questions; the questionnaire fits when every answer is yes.",
    if_not: "If not",
    profile: "About you",
    profile_note: "Every question can be skipped (\"prefer not to say\").",
    items: "Items",
    dimension: "dimension",
    dimensions: "Dimensions",
    no_dimension: "no dimension",
    required: "required",
    optional: "optional",
    no_answer_offered: "\"no answer\" offered",
    comment_offered: "comment offered",
    closing_comment: "Closing comment",
    no_answer_default: "No answer / don't know",
    kind_single: "one choice",
    kind_multiple: "several choices",
    kind_text: "free text",
    kind_number: "number",
    kind_grid: "grid",
    score: "score",
    range: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("from {a} to {b}"),
        (Some(a), None) => format!("at least {a}"),
        (None, Some(b)) => format!("at most {b}"),
        (None, None) => "any value".to_owned(),
    },
    choices_between: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("tick {a} to {b}"),
        (Some(a), None) => format!("tick at least {a}"),
        (None, Some(b)) => format!("tick at most {b}"),
        (None, None) => "tick any".to_owned(),
    },
    bands: "Bands",
    bands_rule: "A mean score s is in a band when min <= s < max (the highest band includes its max).",
    divergence: |t| {
        format!(
            "Divergence: an item is divergent when at least {}% of its valid answers are at each end of the scale (the strongest and the weakest option).",
            crate::i18n::percent(t)
        )
    },
    list_columns: ["id", "version", "title", "languages", "items", "source"],
    bundled: "bundled",
};

pub static FR: Messages = Messages {
    lang: "fr",
    languages: "langues",
    colon: " : ",
    minutes: |m| format!("environ {m} minutes"),
    credit: "Crédit",
    source: "Source",
    licence: "Licence",
    prerequisites: "Avant de commencer",
    prerequisites_note: "Questions oui/non ; le questionnaire convient quand chaque réponse est oui.",
    if_not: "Sinon",
    profile: "À propos de vous",
    profile_note: "Chaque question peut être passée (« préfère ne pas répondre »).",
    items: "Énoncés",
    dimension: "dimension",
    dimensions: "Dimensions",
    no_dimension: "aucune dimension",
    required: "obligatoire",
    optional: "facultatif",
    no_answer_offered: "« sans réponse » possible",
    comment_offered: "commentaire possible",
    closing_comment: "Commentaire final",
    no_answer_default: "Sans réponse / je ne sais pas",
    kind_single: "un seul choix",
    kind_multiple: "plusieurs choix",
    kind_text: "texte libre",
    kind_number: "nombre",
    kind_grid: "grille",
    score: "score",
    range: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("de {a} à {b}"),
        (Some(a), None) => format!("au moins {a}"),
        (None, Some(b)) => format!("au plus {b}"),
        (None, None) => "toute valeur".to_owned(),
    },
    choices_between: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("cocher de {a} à {b}"),
        (Some(a), None) => format!("cocher au moins {a}"),
        (None, Some(b)) => format!("cocher au plus {b}"),
        (None, None) => "cocher librement".to_owned(),
    },
    bands: "Bandes",
    bands_rule: "Un score moyen s est dans une bande quand min <= s < max (la bande la plus haute inclut son max).",
    divergence: |t| {
        format!(
            "Divergence : un énoncé est divergent quand au moins {} % de ses réponses valides sont à chaque extrémité de l'échelle (l'option la plus forte et la plus faible).",
            crate::i18n::percent(t)
        )
    },
    list_columns: ["id", "version", "titre", "langues", "énoncés", "source"],
    bundled: "intégré",
};

/// The messages for `lang`: French for `fr` and its variants, English otherwise.
pub fn messages(lang: &str) -> &'static Messages {
    if lang == "fr" || lang.starts_with("fr-") {
        &FR
    } else {
        &EN
    }
}

/// A share (0.25) as a percentage without needless decimals (25, 12.5).
pub fn percent(share: f64) -> String {
    let p = (share * 1000.0).round() / 10.0;
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn percent_drops_needless_decimals() {
        assert_eq!(super::percent(0.25), "25");
        assert_eq!(super::percent(0.125), "12.5");
        assert_eq!(super::percent(1.0 / 3.0), "33.3");
    }
}
