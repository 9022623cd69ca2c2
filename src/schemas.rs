//! JSON Schemas of the file formats, generated from the Rust types.
//!
//! The committed copies in `docs/` are checked against these by `tests/schemas.rs`.

use crate::cli::SchemaName;
use crate::questionnaire::Definition;
use crate::questionnaire::format::QuestionnaireFile;

/// Every published schema: its name and the file it is committed as under `docs/`.
pub const ALL: &[(SchemaName, &str)] = &[
    (SchemaName::Questionnaire, "questionnaire.schema.json"),
    (SchemaName::Definition, "definition.schema.json"),
];

/// The schema as pretty JSON with a final newline.
pub fn render(name: SchemaName) -> String {
    let schema = match name {
        SchemaName::Questionnaire => schemars::schema_for!(QuestionnaireFile),
        SchemaName::Definition => schemars::schema_for!(Definition),
    };
    let mut json = serde_json::to_string_pretty(&schema).expect("schemas serialise");
    json.push('\n');
    json
}
