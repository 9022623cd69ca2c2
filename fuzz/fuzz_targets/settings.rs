//! Arbitrary bytes as an evaluation's settings file (`evaluation.toml`): parsed, then checked
//! against each bundled questionnaire as `Evaluation::open` does, without a panic. Settings
//! that pass give an evaluation whose rounds can all be found again by id and by name.

#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use partnereval::evaluation::{Evaluation, parse_settings};
use partnereval_fuzz::{action_in_partnership, partner_contributions};

const NAME: &str = "evaluation.toml";

fuzz_target!(|data: &[u8]| {
    // The file is read as UTF-8 text first (`read_settings_text`); other bytes stop there.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let settings = match parse_settings(NAME, text) {
        Ok(settings) => settings,
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    for def in [action_in_partnership(), partner_contributions()] {
        let definition = match settings.apply_to(def.clone(), NAME, text) {
            Ok(definition) => definition,
            Err(e) => {
                let _ = e.to_string();
                continue;
            }
        };
        assert!(!definition.languages.is_empty());
        assert!(definition.offers(&definition.default_language));
        let evaluation = Evaluation {
            dir: PathBuf::from("fuzz-evaluation"),
            settings: settings.clone(),
            definition,
        };
        let _ = evaluation.breakdowns();
        let _ = evaluation.responses_dir();
        for round in evaluation.rounds() {
            let _ = evaluation.round_dir(&round);
            for wanted in [&round.id, &round.name] {
                let found = evaluation
                    .find_round(wanted)
                    .unwrap_or_else(|e| panic!("round `{wanted}` not found: {e}"));
                assert_eq!(found, round, "`{wanted}` finds another round");
            }
        }
    }
});
