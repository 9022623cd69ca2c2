//! Arbitrary bytes as one line of an NDJSON bundle, or a response file, read by the general
//! path of `report` (the compact reader or serde, then the checker) against the bundled
//! `action-in-partnership`, without a panic. Also:
//! - what the compact reader (`parse_compact`) reads, serde reads the same way;
//! - a response is refused with a reason, or counted; counted and then taken out again (as
//!   a repeated id is), it leaves nothing counted.

#![no_main]

use libfuzzer_sys::fuzz_target;
use partnereval::report::accumulate::{Acc, Location};
use partnereval::report::input;
use partnereval::response::check::Found;
use partnereval::response::view::{ResponseView, parse_compact};
use partnereval_fuzz::{counts_nothing, layouts};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Some(compact) = parse_compact(text)
    {
        let by_serde: ResponseView<'_> = serde_json::from_str(text)
            .unwrap_or_else(|e| panic!("the compact reader read a line serde refuses: {e}"));
        assert_eq!(compact, by_serde, "the compact reader and serde differ");
    }
    let view = match input::parse(data) {
        Ok(view) => view,
        Err(reason) => {
            assert!(!reason.is_empty());
            return;
        }
    };
    let at = Location { source: 0, line: 1 };
    for layout in layouts() {
        let mut found = Found::default();
        let problems = layout.checker.check(&view, &mut found);
        let mut acc = Acc::new(layout);
        acc.add(layout, &view, at, || "line".to_owned());
        if problems.is_empty() {
            assert!(acc.bad.is_empty(), "{:?}", acc.bad);
            assert_eq!(acc.ids.len(), 1);
            acc.remove(layout, &view);
            assert!(counts_nothing(&acc), "taken out again, it leaves counts");
        } else {
            assert!(problems.iter().all(|p| !p.is_empty()));
            assert_eq!(acc.bad.len(), 1);
            assert!(counts_nothing(&acc), "a refused response was counted");
        }
    }
});
