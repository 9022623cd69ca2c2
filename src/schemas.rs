//! JSON Schemas of the file formats, generated from the Rust types.
//!
//! The committed copies in `docs/` are checked against these by `tests/show.rs`.

use crate::cli::SchemaName;
use crate::questionnaire::Definition;
use crate::questionnaire::format::QuestionnaireFile;

/// Every published schema: its name and the file it is committed as under `docs/`.
pub const ALL: &[(SchemaName, &str)] = &[
    (SchemaName::Questionnaire, "questionnaire.schema.json"),
    (SchemaName::Definition, "definition.schema.json"),
    (SchemaName::Evaluation, "evaluation.schema.json"),
    (SchemaName::Response, "response.schema.json"),
    (SchemaName::Draft, "draft.schema.json"),
    (SchemaName::Answers, "answers.schema.json"),
    (SchemaName::Report, "report.schema.json"),
    (SchemaName::Comparison, "comparison.schema.json"),
    (SchemaName::List, "list.schema.json"),
    (SchemaName::Rounds, "rounds.schema.json"),
];

/// The schema as pretty JSON with a final newline.
pub fn render(name: SchemaName) -> String {
    let schema = match name {
        SchemaName::Questionnaire => schemars::schema_for!(QuestionnaireFile),
        SchemaName::Definition => schemars::schema_for!(Definition),
        SchemaName::Evaluation => schemars::schema_for!(crate::evaluation::Settings),
        SchemaName::Response => schemars::schema_for!(crate::response::Response),
        SchemaName::Draft => schemars::schema_for!(crate::response::Draft),
        SchemaName::Answers => schemars::schema_for!(crate::response::answers_file::AnswersFile),
        SchemaName::Report => schemars::schema_for!(crate::report::Report),
        SchemaName::Comparison => schemars::schema_for!(crate::report::compare::Comparison),
        SchemaName::List => schemars::schema_for!(crate::commands::list::Listing),
        SchemaName::Rounds => schemars::schema_for!(crate::commands::round::RoundListing),
    };
    let mut json = serde_json::to_string_pretty(&schema).expect("schemas serialise");
    json.push('\n');
    json
}
