//! The questionnaires shipped inside the binary, so they work after `cargo install`.

/// A questionnaire compiled into the binary from `questionnaires/`.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// The questionnaire id (also the file stem).
    pub id: &'static str,
    /// The TOML text.
    pub source: &'static str,
}

impl Bundled {
    /// How diagnostics name it.
    pub fn display_name(&self) -> String {
        format!("bundled:{}", self.id)
    }
}

/// The id of the bundled Self-Evaluation Tool for Action in Partnership.
pub const SELF_EVALUATION: &str = "action-in-partnership";

/// Every bundled questionnaire; a test checks this matches `questionnaires/*.toml`.
pub const BUNDLED: &[Bundled] = &[
    Bundled {
        id: SELF_EVALUATION,
        source: include_str!("../../questionnaires/action-in-partnership.toml"),
    },
    Bundled {
        id: "partner-contributions",
        source: include_str!("../../questionnaires/partner-contributions.toml"),
    },
];

/// The bundled questionnaire with id `id`.
pub fn find(id: &str) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|b| b.id == id)
}
