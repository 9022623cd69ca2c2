//! The documented exit codes.

/// Everything went as asked.
pub const OK: u8 = 0;
/// A file or an answer we were given is invalid (the message says which and why).
pub const INVALID_INPUT: u8 = 1;
/// The command line is wrong, or a file could not be read or written.
pub const USAGE_OR_IO: u8 = 2;
/// The user interrupted (Ctrl-C); whatever was typed is kept as a draft.
pub const INTERRUPTED: u8 = 130;
