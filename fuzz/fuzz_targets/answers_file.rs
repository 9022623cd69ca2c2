//! Arbitrary bytes as an answers file (`take --answers FILE`), read as TOML and as JSON and
//! turned into a response to each bundled questionnaire, without a panic. A response made
//! from answers, written as `take` writes it, is read back by `report` as the same response
//! and passes its checks.

#![no_main]

use libfuzzer_sys::fuzz_target;
use partnereval::report::input;
use partnereval::response::answers_file::{into_response, parse};
use partnereval::response::check::{Checker, Found, Identity};
use partnereval_fuzz::{action_in_partnership, partner_contributions};

fuzz_target!(|data: &[u8]| {
    // `take` reads the file as UTF-8 text first; other bytes stop there.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for name in ["answers.toml", "answers.json"] {
        let answers = match parse(name, text) {
            Ok(answers) => answers,
            Err(e) => {
                let _ = e.to_string();
                continue;
            }
        };
        for def in [action_in_partnership(), partner_contributions()] {
            let response = match into_response(name, answers.clone(), def, None) {
                Ok(response) => response,
                Err(e) => {
                    let _ = e.to_string();
                    continue;
                }
            };
            // As `store::submit` writes it.
            let json = serde_json::to_vec_pretty(&response).expect("a response serialises");
            let view = input::parse(&json).unwrap_or_else(|e| {
                panic!(
                    "report cannot read a response made from answers ({e}): {}",
                    String::from_utf8_lossy(&json)
                )
            });
            assert_eq!(view, response.view(), "read back differently");
            let problems = Checker::new(def, Identity::Exact).check(&view, &mut Found::default());
            assert!(
                problems.is_empty(),
                "report refuses a response made from answers: {problems:?}"
            );
        }
    }
});
