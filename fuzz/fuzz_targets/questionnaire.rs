//! Arbitrary bytes as a questionnaire file (`questionnaire.toml` of an evaluation folder,
//! `validate FILE`, `show FILE`): read, parsed and validated without a panic; a definition
//! exactly when no diagnostic is an error; then used as a report and `show` use it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use partnereval::commands::show::render_text;
use partnereval::output::Style;
use partnereval::questionnaire::parse_bytes;
use partnereval::report::accumulate::{Acc, Layout};

fuzz_target!(|data: &[u8]| {
    let checked = parse_bytes("fuzz.toml", data);
    let has_error = checked.errors().next().is_some();
    assert_eq!(
        checked.definition.is_some(),
        !has_error,
        "a definition exactly when there is no error"
    );
    for d in &checked.diagnostics {
        assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        let _ = d.to_string();
    }
    let Some(def) = checked.definition else {
        return;
    };
    // The same text gives the same definition, down to its hash (which responses carry).
    let again = parse_bytes("fuzz.toml", data)
        .definition
        .expect("valid the second time too");
    assert_eq!(def.hash, again.hash);
    // A valid questionnaire is then counted with (report) and shown (show).
    let fields: Vec<&str> = def.profile.iter().map(|f| f.id.as_str()).collect();
    let layout = Layout::new(&def, &fields).with_cross(true);
    let _ = Acc::new(&layout);
    let mut out = Vec::new();
    for lang in &def.languages {
        render_text(&def, lang, Style::plain(60), &mut out).expect("writing to memory");
    }
});
