//! Questionnaire definitions: the TOML format, loading, validation and the normalised model.

pub mod bundled;
pub mod condition;
pub mod definition;
pub mod format;
pub mod load;
pub mod locate;
pub mod validate;

pub use definition::{DefinedItem, Definition, band_in, bands_span, default_bands};

/// Whether options with these codes are named by letters (the instrument's A, B, C), as
/// people call them in the discussion: then screens and reports show the letter before the
/// option's words. Codes that are words or numbers (`none`, `yes`, `7`) are for machines.
pub fn lettered<'a>(codes: impl IntoIterator<Item = &'a str>) -> bool {
    codes
        .into_iter()
        .all(|c| c.len() == 1 && c.bytes().all(|b| b.is_ascii_uppercase()))
}
pub use load::{
    Checked, Loaded, Origin, load, load_file, load_path, parse_bytes, parse_str, read_questionnaire,
};
