//! The exit codes, one table for every command: the same kind of problem ends every command
//! with the same code. The README's "Exit codes" table is this one (`tests/exit_codes.rs`
//! checks both, and runs every command with every kind of problem).

/// Everything went as asked.
pub const OK: u8 = 0;
/// A file or an answer we were given is invalid (a questionnaire, settings, a response, a
/// draft, an answers file): every problem is said, located where it has a place.
pub const INVALID_INPUT: u8 = 1;
/// The command line is wrong (an unknown option, a value out of range, options that do not
/// go together, a questionnaire, round, field or language that does not exist), or a file
/// could not be read or written.
pub const USAGE_OR_IO: u8 = 2;
/// The user interrupted (Ctrl-C) or the input ended; whatever was typed is kept as a draft.
pub const INTERRUPTED: u8 = 130;

/// Every code with what it means, as the README's table gives them.
pub const TABLE: [(u8, &str); 4] = [
    (OK, "everything went as asked"),
    (
        INVALID_INPUT,
        "invalid input: a questionnaire, settings, response, draft or answers file has problems (all listed on stderr, located as `FILE:LINE:COL` where they have a place)",
    ),
    (
        USAGE_OR_IO,
        "usage or I/O: the command line is wrong (unknown option, value out of range, options that do not go together, unknown questionnaire, round, field or language), or a file could not be read or written",
    ),
    (
        INTERRUPTED,
        "interrupted (Ctrl-C) or the input ended during `take`; the answers so far are kept as a draft",
    ),
];
