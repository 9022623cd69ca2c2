//! The messages of errors and diagnostics, in parts by what they are about.

mod commands;
mod help;
mod questionnaire;
mod responses;
mod serve;
mod survey;

pub use commands::CommandMessages;
pub use help::HelpMessages;
pub use questionnaire::QuestionnaireMessages;
pub use responses::ResponseMessages;
pub use serve::ServeMessages;
pub use survey::SurveyMessages;
