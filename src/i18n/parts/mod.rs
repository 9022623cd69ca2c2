//! The messages of errors and diagnostics, in parts by what they are about.

mod commands;
mod help;
mod questionnaire;
mod responses;
mod survey;

pub use commands::CommandMessages;
pub use help::HelpMessages;
pub use questionnaire::QuestionnaireMessages;
pub use responses::ResponseMessages;
pub use survey::SurveyMessages;
