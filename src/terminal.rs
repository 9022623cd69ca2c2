//! The width text is laid out in, decided in one place.

/// The narrowest and widest layouts partnereval makes.
pub const MIN_WIDTH: usize = 20;
pub const MAX_WIDTH: usize = 200;

/// The width to lay text out in for `term`: `COLUMNS` when it is set to a number (as `ls`
/// and most tools do, so that `COLUMNS=120 partnereval report …` and tests get what they
/// ask for), else the terminal's width, else 80 (not a terminal); always within
/// [`MIN_WIDTH`]..=[`MAX_WIDTH`].
pub fn width(term: &console::Term) -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or_else(|| term.size_checked().map(|(_, cols)| usize::from(cols)))
        .unwrap_or(80)
        .clamp(MIN_WIDTH, MAX_WIDTH)
}
