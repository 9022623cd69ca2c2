//! What the fuzz targets share: the bundled questionnaires, parsed once.

use std::sync::OnceLock;

use partnereval::questionnaire::{Definition, bundled, parse_str};
use partnereval::report::accumulate::{Acc, Counts, Layout};

/// The bundled questionnaire `id`, parsed and validated.
fn bundled_definition(id: &str) -> Definition {
    let b = bundled::find(id).expect("a bundled questionnaire");
    parse_str(&b.display_name(), b.source)
        .definition
        .expect("the bundled questionnaires are valid")
}

/// `action-in-partnership`: the questionnaire of the usual evaluation.
pub fn action_in_partnership() -> &'static Definition {
    static DEF: OnceLock<Definition> = OnceLock::new();
    DEF.get_or_init(|| bundled_definition("action-in-partnership"))
}

/// `partner-contributions`: the contribution matrix (a profile field of partners).
pub fn partner_contributions() -> &'static Definition {
    static DEF: OnceLock<Definition> = OnceLock::new();
    DEF.get_or_init(|| bundled_definition("partner-contributions"))
}

/// The layouts a report counts `action-in-partnership` with: no breakdown, and broken down
/// by sector with the crossings of profile answers counted.
pub fn layouts() -> &'static [Layout<'static>] {
    static LAYOUTS: OnceLock<Vec<Layout<'static>>> = OnceLock::new();
    LAYOUTS.get_or_init(|| {
        let def = action_in_partnership();
        vec![
            Layout::new(def, &[]),
            Layout::new(def, &["sector"]).with_cross(true),
        ]
    })
}

/// Whether `acc` counts nothing at all (a response counted in, then taken out again).
pub fn counts_nothing(acc: &Acc) -> bool {
    let zero = |c: &Counts| c.no_answer == 0 && c.options.iter().all(|&n| n == 0);
    acc.individual == 0
        && acc.all.iter().all(zero)
        && acc.profile.iter().flatten().all(|(_, n)| *n == 0)
        && acc
            .groups
            .iter()
            .flatten()
            .all(|g| g.n == 0 && g.counts.iter().all(zero))
        && acc.cross.values().all(|&n| n == 0)
        && acc.comments.is_empty()
        && acc.closing.is_empty()
        && acc.collectives.is_empty()
}
