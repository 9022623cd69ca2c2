//! The survey engine through the scripted prompter: order, back, review, validation, drafts.

use std::cell::RefCell;

use super::prompter::{Reply, Scripted, pick, typed};
use super::*;
use crate::questionnaire::{bundled, parse_str};
use crate::response::Mode;

fn bundled_definition() -> Definition {
    let b = bundled::find("action-in-partnership").unwrap();
    parse_str("bundled", b.source).definition.unwrap()
}

const KINDS: &str = r#"
schema_version = 1
id = "kinds"
version = "1"
languages = ["en", "fr"]
title = { en = "Kinds", fr = "Sortes" }
[no_answer]
allowed = true
[[items]]
id = "hours"
kind = "number"
text = { en = "Hours?", fr = "Heures?" }
min = 0
max = 40
integer = true
[[items]]
id = "channels"
kind = "multiple"
text = { en = "Channels?", fr = "Canaux?" }
max_choices = 2
options = [
  { code = "mail", label = { en = "Mail", fr = "Courrier" } },
  { code = "web", label = { en = "Web", fr = "Web" } },
  { code = "talk", label = { en = "Talk", fr = "Parole" } },
]
[[items]]
id = "trust"
kind = "grid"
text = { en = "Trust?", fr = "Confiance?" }
rows = [
  { id = "a", text = { en = "Row a", fr = "Ligne a" } },
  { id = "b", text = { en = "Row b", fr = "Ligne b" } },
]
options = [
  { code = "1", score = 1, label = { en = "Low", fr = "Faible" } },
  { code = "2", score = 2, label = { en = "High", fr = "Élevée" } },
]
[[items]]
id = "story"
kind = "text"
text = { en = "Story?", fr = "Histoire?" }
[[dimensions]]
id = "d"
name = "D"
items = ["trust"]
"#;

fn kinds_definition() -> Definition {
    parse_str("kinds.toml", KINDS).definition.unwrap()
}

/// Runs a survey with a script; returns the outcome, the drafts saved, and the prompter.
fn run(
    def: &Definition,
    draft: Draft,
    fresh: bool,
    script: Vec<Reply>,
) -> (Result<Outcome, SurveyError>, Vec<Draft>, Scripted) {
    let saved = RefCell::new(Vec::new());
    let mut save = |d: &Draft| -> anyhow::Result<()> {
        saved.borrow_mut().push(d.clone());
        Ok(())
    };
    let mut prompter = Scripted::new(script);
    let outcome = {
        let mut survey = Survey::new(def, draft, fresh, &mut save);
        survey.run(&mut prompter)
    };
    (outcome, saved.into_inner(), prompter)
}

/// Start, both prerequisites yes, sector public health, role skipped, years 1-3.
fn opening() -> Vec<Reply> {
    vec![
        pick("Start"),
        pick("Yes"),
        pick("Yes"),
        pick("Public health"),
        pick("Prefer not to say"),
        pick("One to three"),
    ]
}

fn submitted(outcome: Result<Outcome, SurveyError>) -> Response {
    match outcome {
        Ok(Outcome::Submitted(r)) => *r,
        other => panic!("expected a submitted response, got {other:?}"),
    }
}

#[test]
fn a_full_survey_records_every_answer_in_order() {
    let def = bundled_definition();
    let mut script = opening();
    for n in 1..=18 {
        script.push(match n {
            3 => pick("No answer"),
            4 => pick("C."),
            _ => pick("A."),
        });
        if n == 4 {
            // A comment, then the answer.
            script.insert(script.len() - 1, pick("Add a comment"));
            script.insert(script.len() - 1, typed("  Mostly consulted.  "));
        }
    }
    script.push(typed("Good year."));
    script.push(pick("Submit"));
    let (outcome, saved, prompter) =
        run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(r.answers.len(), 18);
    assert_eq!(r.answers["q01"], Answer::Text("A".into()));
    assert!(r.answers["q03"].is_no_answer());
    assert_eq!(r.answers["q04"], Answer::Text("C".into()));
    assert_eq!(r.comments["q04"], "Mostly consulted.");
    assert_eq!(r.closing_comment.as_deref(), Some("Good year."));
    assert_eq!(
        r.profile.get("sector").map(String::as_str),
        Some("public-health")
    );
    assert_eq!(r.profile.get("role"), None, "skipped fields are absent");
    assert_eq!(r.profile.get("years").map(String::as_str), Some("1-3"));
    assert_eq!(r.prerequisites.len(), 2);
    assert_eq!(r.mode, Mode::Individual);
    // saved after the introduction, after every answer and after the comment
    assert!(saved.len() > 2 + 3 + 18 + 1, "{}", saved.len());
    let item_screens: Vec<&String> = prompter
        .transcript
        .iter()
        .filter(|l| l.starts_with("[screen] ") && l.contains(" / 18"))
        .collect();
    // Item 4 is shown again after its comment, the question with it.
    assert_eq!(item_screens.len(), 19);
    assert!(
        item_screens[5].starts_with("[screen] 5 / 18 · Commitment of key actors"),
        "{}",
        item_screens[5]
    );
    // The checks the real command makes on submission pass.
    assert!(
        crate::response::check::check(&r, &def, crate::response::check::Identity::Exact).is_empty()
    );
}

#[test]
fn back_returns_to_the_previous_item_with_its_answer_selected() {
    let def = bundled_definition();
    let mut script = opening();
    script.extend([pick("A."), pick("B."), pick("Back"), pick("C.")]);
    for _ in 3..=18 {
        script.push(pick("B."));
    }
    script.extend([typed(""), pick("Submit")]);
    let (outcome, _, prompter) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert_eq!(r.answers["q02"], Answer::Text("C".into()));
    assert_eq!(r.answers["q01"], Answer::Text("A".into()));
    assert_eq!(r.closing_comment, None);
    // q02 was shown again with B preselected
    let reshown = prompter
        .transcript
        .iter()
        .filter(|l| l.starts_with("[select]") && l.contains("default=Some(1)"))
        .count();
    assert!(reshown >= 1);
}

#[test]
fn the_review_screen_changes_any_answer_then_comes_back() {
    let def = bundled_definition();
    let mut script = opening();
    for _ in 1..=18 {
        script.push(pick("A."));
    }
    script.push(typed(""));
    script.extend([
        pick("Change an answer"),
        pick("5. Power to decide"),
        pick("C."),
        pick("Change an answer"),
        pick("Sector"),
        pick("Municipality"),
        pick("Submit"),
    ]);
    let (outcome, _, prompter) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(r.answers["q05"], Answer::Text("C".into()));
    assert_eq!(r.answers["q06"], Answer::Text("A".into()));
    assert_eq!(r.profile["sector"], "municipality");
    let reviews: Vec<&String> = prompter
        .transcript
        .iter()
        .filter(|l| l.starts_with("[screen] Review your answers"))
        .collect();
    assert_eq!(reviews.len(), 3);
    // Items by number and short label, each answer in full with its letter.
    let last = reviews[2];
    assert!(
        last.contains(
            "\n5. Power to decide and commit: C.\u{a0}...rarely have the authority to decide or to commit resources."
        ),
        "{last}"
    );
    assert!(last.contains("\nSector: Municipality\n"), "{last}");
}

#[test]
fn collective_mode_asks_no_personal_question_and_says_whose_answer_it_is() {
    let def = bundled_definition();
    let mut script = vec![pick("Start"), pick("Yes"), pick("Yes")];
    for _ in 1..=18 {
        script.push(pick("B."));
    }
    script.extend([typed(""), pick("Submit")]);
    let mut draft = new_draft(&def, "en", Mode::Collective);
    // A profile answer left in a draft never reaches a group's response.
    draft
        .response
        .profile
        .insert("sector".into(), "municipality".into());
    let (outcome, _, prompter) = run(&def, draft, true, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(r.mode, Mode::Collective);
    assert!(r.profile.is_empty(), "{:?}", r.profile);
    let all = prompter.transcript.join("\n");
    assert!(all.contains("Collective mode"));
    assert!(!all.contains("Your answers are anonymous"), "{all}");
    assert!(!all.contains("About you"), "{all}");
    let items: Vec<&String> = prompter
        .transcript
        .iter()
        .filter(|l| l.starts_with("[screen] ") && l.contains(" / 18"))
        .collect();
    assert_eq!(items.len(), 18);
    for screen in items {
        assert!(screen.contains("\nThe group's answer"), "{screen}");
    }
    assert!(all.contains("[screen] Review the group's answers"));
    assert!(!all.contains("\nSector: "), "{all}");
}

#[test]
fn interrupting_keeps_every_answer_given_before() {
    let def = bundled_definition();
    let mut script = opening();
    script.extend([pick("A."), pick("B."), Reply::Interrupt]);
    let (outcome, saved, _) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    assert!(matches!(outcome, Err(SurveyError::Interrupted)));
    let last = saved.last().unwrap();
    assert_eq!(last.response.answers.len(), 2);
    assert_eq!(last.response.answers["q02"], Answer::Text("B".into()));
    // resuming continues at q03
    let mut script = vec![pick("C.")];
    for _ in 4..=18 {
        script.push(pick("A."));
    }
    script.extend([typed(""), pick("Submit")]);
    let (outcome, _, prompter) = run(&def, last.clone(), false, script);
    let r = submitted(outcome);
    assert_eq!(r.id, last.response.id);
    assert_eq!(r.answers["q03"], Answer::Text("C".into()));
    assert_eq!(r.answers["q01"], Answer::Text("A".into()));
    assert!(
        !prompter.transcript.iter().any(|l| l.contains("Start")),
        "no introduction when resuming"
    );
}

#[test]
fn an_unmet_prerequisite_explains_and_may_stop() {
    let def = bundled_definition();
    let script = vec![pick("Start"), pick("No"), pick("Stop here")];
    let (outcome, saved, prompter) =
        run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    assert!(matches!(outcome, Ok(Outcome::Abandoned)));
    assert!(
        prompter
            .transcript
            .iter()
            .any(|l| l.starts_with("[message] This tool is meant for partners who act together"))
    );
    assert!(!saved.last().unwrap().response.prerequisites["beyond-networking"]);
    // or go on anyway
    let mut script = vec![
        pick("Start"),
        pick("No"),
        pick("Continue anyway"),
        pick("Yes"),
        pick("Prefer"),
        pick("Prefer"),
        pick("Prefer"),
    ];
    for _ in 1..=18 {
        script.push(pick("B."));
    }
    script.extend([typed(""), pick("Submit")]);
    let (outcome, _, _) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert!(!r.prerequisites["beyond-networking"]);
    assert!(r.profile.is_empty());
}

#[test]
fn quitting_at_the_introduction_abandons() {
    let def = bundled_definition();
    let (outcome, _, _) = run(
        &def,
        new_draft(&def, "en", Mode::Individual),
        true,
        vec![pick("Quit")],
    );
    assert!(matches!(outcome, Ok(Outcome::Abandoned)));
}

#[test]
fn keep_as_draft_leaves_without_submitting() {
    let def = bundled_definition();
    let mut draft = new_draft(&def, "en", Mode::Individual);
    draft.step = steps(&def, Mode::Individual).len(); // straight to the review
    let (outcome, _, prompter) = run(
        &def,
        draft,
        false,
        vec![pick("Submit"), pick("Keep as a draft")],
    );
    assert!(matches!(outcome, Ok(Outcome::Left)));
    assert!(
        prompter
            .transcript
            .iter()
            .any(|l| l.contains("These required items have no answer yet: q01, q02"))
    );
}

#[test]
fn submit_with_missing_answers_goes_to_the_first_one() {
    let def = bundled_definition();
    let mut draft = new_draft(&def, "en", Mode::Individual);
    for item in &def.items {
        if item.id != "q07" {
            draft
                .response
                .answers
                .insert(item.id.clone(), Answer::Text("B".into()));
        }
    }
    draft.step = steps(&def, Mode::Individual).len();
    let script = vec![
        pick("Submit"),
        pick("Change an answer"),
        pick("A."),
        pick("Submit"),
    ];
    let (outcome, _, prompter) = run(&def, draft, false, script);
    let r = submitted(outcome);
    assert_eq!(r.answers["q07"], Answer::Text("A".into()));
    assert!(
        prompter
            .transcript
            .iter()
            .any(|l| l.starts_with("[screen] 7 / 18"))
    );
}

#[test]
fn numbers_choices_grids_and_texts_are_checked_as_they_are_typed() {
    let def = kinds_definition();
    let script = vec![
        pick("Start"),
        typed("lots"),
        typed("41"),
        typed("2.5"),
        typed("12"),
        Reply::Tick(vec!["Mail".into(), "Web".into(), "Talk".into()]),
        Reply::Tick(vec!["Mail".into(), "No answer".into()]),
        Reply::Tick(vec!["Talk".into(), "Mail".into()]),
        pick("High"),
        pick("No answer"),
        typed("<"),
        Reply::Escape,
        pick("Low"),
        pick("No answer"),
        typed("It went well."),
        pick("Submit"),
    ];
    let (outcome, _, prompter) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let messages: Vec<&String> = prompter
        .transcript
        .iter()
        .filter(|l| l.starts_with("[message]"))
        .collect();
    assert_eq!(
        messages,
        [
            "[message] Please type a number.",
            "[message] Please type a number from 0 to 40.",
            "[message] Please type a whole number.",
            "[message] tick at most 2 options, not 3",
            "[message] \"No answer / don't know\" cannot be ticked with other options.",
        ]
    );
    let r = submitted(outcome);
    assert_eq!(r.answers["hours"], Answer::Number(12.0));
    assert_eq!(
        r.answers["channels"],
        Answer::Choices(vec!["mail".into(), "talk".into()])
    );
    let rows = match &r.answers["trust"] {
        Answer::Rows(rows) => rows.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(rows["a"], "1");
    assert_eq!(rows["b"], "no-answer");
    assert_eq!(r.answers["story"], Answer::Text("It went well.".into()));
}

#[test]
fn every_prompt_is_in_french_when_answering_in_french() {
    let def = bundled_definition();
    let script = vec![pick("Commencer"), pick("Oui"), pick("Non"), pick("Arrêter")];
    let (outcome, _, prompter) = run(&def, new_draft(&def, "fr", Mode::Individual), true, script);
    assert!(matches!(outcome, Ok(Outcome::Abandoned)));
    let all = prompter.transcript.join("\n");
    assert!(all.contains("Vos réponses sont anonymes"));
    assert!(all.contains("Avant de commencer"));
    assert!(all.contains("Continuer quand même"));
    assert!(all.contains("Retour"));
    for english in ["Start", "Yes", "Back", "anonymous", "Before you start"] {
        assert!(
            !all.contains(english),
            "English text `{english}` in a French survey:\n{all}"
        );
    }
}

/// `lead` is asked if `role = yes`, `training` if `benefits includes training`; `benefits`
/// has an exclusive "None of these".
const RELEVANCE: &str = r#"
schema_version = 1
id = "relevance"
version = "1"
languages = ["en"]
title = "Relevance"
[[items]]
id = "role"
text = "Do you lead a project?"
options = [{ code = "yes", label = "Yes" }, { code = "no", label = "No" }]
[[items]]
id = "lead"
short = "Support for leads"
text = "Do you get the support you need?"
show_if = "role = yes"
comment = true
options = [{ code = "A", label = "Fully", score = 3 }, { code = "C", label = "Hardly", score = 1 }]
[[items]]
id = "benefits"
kind = "multiple"
text = "What has the partnership brought you?"
options = [
  { code = "training", label = "Training" },
  { code = "contacts", label = "Contacts" },
  { code = "none", label = "None of these", exclusive = true },
]
[[items]]
id = "training"
short = "Useful training"
text = "Was the training useful?"
show_if = "benefits includes training"
options = [{ code = "A", label = "Very", score = 3 }, { code = "C", label = "Not really", score = 1 }]
[[dimensions]]
id = "support"
name = "Support"
items = ["lead", "training"]
"#;

fn relevance_definition() -> Definition {
    parse_str("relevance.toml", RELEVANCE).definition.unwrap()
}

fn tick(labels: &[&str]) -> Reply {
    Reply::Tick(labels.iter().map(|l| l.to_string()).collect())
}

/// The questions shown, in order: the statement of each item screen ("2 / 4", a blank line,
/// the statement).
fn questions(prompter: &Scripted) -> Vec<String> {
    prompter
        .transcript
        .iter()
        .filter_map(|l| l.strip_prefix("[screen] "))
        .filter(|s| {
            s.split(" / ")
                .next()
                .is_some_and(|n| n.parse::<usize>().is_ok())
        })
        .map(|s| s.lines().nth(2).unwrap_or(s).to_owned())
        .collect()
}

#[test]
fn an_item_whose_rule_is_not_met_is_not_asked_nor_reviewed() {
    let def = relevance_definition();
    let script = vec![
        pick("Start"),
        pick("No"),
        tick(&["Contacts"]),
        pick("Submit"),
    ];
    let (outcome, _, prompter) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(
        r.answers.keys().collect::<Vec<_>>(),
        ["benefits", "role"],
        "{:?}",
        r.answers
    );
    let all = prompter.transcript.join("\n");
    assert!(!all.contains("Do you get the support"), "{all}");
    assert!(!all.contains("Was the training useful"), "{all}");
    let review = prompter
        .transcript
        .iter()
        .rfind(|l| l.starts_with("[screen] Review your answers"))
        .unwrap();
    assert!(review.contains("1. Do you lead a project?: No"), "{review}");
    assert!(!review.contains("Support for leads"), "{review}");
    assert!(!review.contains("Useful training"), "{review}");
    // What was submitted fits: nothing irrelevant, nothing required missing.
    assert_eq!(
        crate::response::check::check(&r, &def, crate::response::check::Identity::Exact),
        Vec::<String>::new()
    );
}

#[test]
fn going_back_and_changing_an_answer_drops_the_answers_that_no_longer_apply() {
    let def = relevance_definition();
    let script = vec![
        pick("Start"),
        pick("Yes"),
        pick("Add a comment"),
        typed("Little help so far."),
        pick("A. Fully"),
        // From "benefits", back twice to "role", and change it.
        Reply::Escape,
        Reply::Escape,
        pick("No"),
        tick(&["Contacts"]),
        pick("Submit"),
    ];
    let (outcome, drafts, prompter) =
        run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert!(!r.answers.contains_key("lead"), "{:?}", r.answers);
    assert!(r.comments.is_empty(), "the comment goes with its answer");
    // Back from "benefits" went to "lead", then to "role": both were asked then.
    assert_eq!(
        questions(&prompter),
        [
            "Do you lead a project?",
            "Do you get the support you need?",
            "Do you get the support you need?",
            "What has the partnership brought you?",
            "Do you get the support you need?",
            "Do you lead a project?",
            "What has the partnership brought you?",
        ]
        .map(String::from)
    );
    // Said on the next screen, by number and short label.
    let said = prompter
        .transcript
        .iter()
        .position(|l| {
            l == "[message] Your answer to 2. Support for leads was removed: that question no longer applies after your change."
        })
        .unwrap_or_else(|| panic!("{:#?}", prompter.transcript));
    assert!(
        prompter.transcript[said - 1].starts_with("[screen] 3 / 4"),
        "{}",
        prompter.transcript[said - 1]
    );
    // The draft saved after the change holds it no more.
    let last = drafts.last().unwrap();
    assert!(!last.response.answers.contains_key("lead"));
}

#[test]
fn a_change_from_the_review_asks_what_it_makes_apply_before_coming_back() {
    let def = relevance_definition();
    let script = vec![
        pick("Start"),
        pick("No"),
        tick(&["Contacts"]),
        pick("Change an answer"),
        pick("1. Do you lead"),
        pick("Yes"),
        // Now asked, and required: asked before the review.
        pick("C. Hardly"),
        pick("Submit"),
    ];
    let (outcome, _, prompter) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(r.answers["lead"], Answer::Text("C".into()));
    // Straight back to the review: "benefits" is not asked again.
    let asked_benefits = prompter
        .transcript
        .iter()
        .filter(|l| l.starts_with("[multi]"))
        .count();
    assert_eq!(asked_benefits, 1);
}

#[test]
fn an_exclusive_option_unticks_the_others_and_is_unticked_by_them() {
    let def = relevance_definition();
    let script = vec![
        pick("Start"),
        pick("No"),
        // Both at once from nothing: which was meant cannot be told.
        tick(&["Training", "None of these"]),
        // "None of these" added to Training: Training goes.
        tick(&["Training"]),
        pick("A. Very"),
        Reply::Escape,
        Reply::Escape,
        tick(&["Training", "None of these"]),
        tick(&["None of these"]),
        // Training added to "None of these": it goes.
        pick("Change an answer"),
        pick("3. What has"),
        tick(&["None of these", "Contacts"]),
        tick(&["Contacts"]),
        pick("Submit"),
    ];
    let (outcome, _, prompter) = run(&def, new_draft(&def, "en", Mode::Individual), true, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert_eq!(
        r.answers["benefits"],
        Answer::Choices(vec!["contacts".into()])
    );
    assert!(!r.answers.contains_key("training"), "dropped with Training");
    let messages: Vec<&str> = prompter
        .transcript
        .iter()
        .filter_map(|l| l.strip_prefix("[message] "))
        .collect();
    assert_eq!(
        messages,
        [
            "\"None of these\" cannot be ticked with other options: tick it alone, or the others.",
            "Ticking \"None of these\" unticked: Training.",
            "Your answer to 4. Useful training was removed: that question no longer applies after your change.",
            "\"None of these\" was unticked: it cannot go with other options.",
        ]
    );
    // After each, the ticks sorted out are shown again to be confirmed.
    let multis: Vec<&String> = prompter
        .transcript
        .iter()
        .filter(|l| l.starts_with("[multi]"))
        .collect();
    assert!(
        multis[1].contains("checked=[false, false, false]"),
        "{}",
        multis[1]
    );
    assert!(
        multis[3].contains("checked=[false, false, true]"),
        "{}",
        multis[3]
    );
    assert!(
        multis[5].contains("checked=[false, true, false]"),
        "{}",
        multis[5]
    );
}

#[test]
fn a_draft_resumed_with_an_answer_that_no_longer_applies_drops_it_and_says_so() {
    let def = relevance_definition();
    let mut draft = new_draft(&def, "en", Mode::Individual);
    // Saved mid-way: "role" changed to no, "lead" still answered, the step on "lead".
    draft
        .response
        .answers
        .insert("role".into(), Answer::Text("no".into()));
    draft
        .response
        .answers
        .insert("lead".into(), Answer::Text("A".into()));
    draft.step = 1;
    let script = vec![tick(&["Contacts"]), pick("Submit")];
    let (outcome, drafts, prompter) = run(&def, draft, false, script);
    let r = submitted(outcome);
    assert_eq!(prompter.remaining(), 0);
    assert!(!r.answers.contains_key("lead"));
    assert!(
        !drafts[0].response.answers.contains_key("lead"),
        "saved at once"
    );
    // It resumes on the next question asked, saying what was dropped.
    assert!(
        prompter.transcript[0].starts_with("[screen] 3 / 4"),
        "{:#?}",
        prompter.transcript
    );
    assert!(
        prompter.transcript[1].starts_with("[message] Your answer to 2. Support for leads"),
        "{:#?}",
        prompter.transcript
    );
}
