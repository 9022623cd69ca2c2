//! Differential: a bundle line read by the fast reader (`response::fast`) and by the general
//! path. Whenever the fast reader takes a line, the general path must read and accept it
//! too, and count the same respondents, answers, profile answers, groups and ids
//! (`report::input::fast_path_agrees`, the comparison of the unit test
//! `report::input::fast_path_tests`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use partnereval::report::input::fast_path_agrees;
use partnereval_fuzz::layouts;

fuzz_target!(|data: &[u8]| {
    for layout in layouts() {
        if let Err(disagreement) = fast_path_agrees(layout, data) {
            panic!("{disagreement}");
        }
    }
});
