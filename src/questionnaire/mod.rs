//! Questionnaire definitions: the TOML format, loading, validation and the normalised model.

pub mod bundled;
pub mod definition;
pub mod format;
pub mod load;
pub mod locate;
pub mod validate;

pub use definition::{DefinedItem, Definition};
pub use load::{
    Checked, Loaded, Origin, load, load_file, load_path, parse_bytes, parse_str, read_questionnaire,
};
