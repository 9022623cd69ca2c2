//! The tool's own words, in English and French.
//!
//! One struct holds every message; a language is one value of it, so a message missing in
//! one language does not compile.

/// Every text partnereval itself writes for people (questionnaire texts come from files).
pub struct Messages {
    pub lang: &'static str,
    pub languages: &'static str,
    /// The separator after a label: ": " in English, " : " in French.
    pub colon: &'static str,
    pub minutes: fn(u32) -> String,
    pub credit: &'static str,
    pub source: &'static str,
    pub licence: &'static str,
    pub prerequisites: &'static str,
    pub prerequisites_note: &'static str,
    pub if_not: &'static str,
    pub profile: &'static str,
    pub profile_note: &'static str,
    pub items: &'static str,
    pub dimension: &'static str,
    pub dimensions: &'static str,
    pub required: &'static str,
    pub optional: &'static str,
    pub no_answer_offered: &'static str,
    pub comment_offered: &'static str,
    pub closing_comment: &'static str,
    pub no_answer_default: &'static str,
    pub kind_single: &'static str,
    pub kind_multiple: &'static str,
    pub kind_text: &'static str,
    pub kind_number: &'static str,
    pub kind_grid: &'static str,
    pub score: &'static str,
    pub range: fn(Option<f64>, Option<f64>) -> String,
    pub choices_between: fn(Option<u32>, Option<u32>) -> String,
    pub bands: &'static str,
    pub bands_rule: &'static str,
    pub divergence: fn(f64) -> String,
    pub list_columns: [&'static str; 6],
    pub bundled: &'static str,
    pub language_name: &'static str,
    pub choose_language: &'static str,
    pub intro_anonymous: &'static str,
    pub intro_collective: &'static str,
    pub intro_no_names: &'static str,
    pub intro_drafts: &'static str,
    pub start: &'static str,
    pub quit: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub continue_anyway: &'static str,
    pub stop_here: &'static str,
    pub prefer_not_to_say: &'static str,
    pub add_comment: &'static str,
    pub edit_comment: &'static str,
    pub comment_prompt: &'static str,
    pub back: &'static str,
    pub type_back: &'static str,
    pub optional_enter: &'static str,
    pub no_answer_enter: &'static str,
    pub answer_needed: &'static str,
    pub not_a_number: &'static str,
    pub whole_number: &'static str,
    pub out_of_range: fn(Option<f64>, Option<f64>) -> String,
    pub tick_hint: &'static str,
    pub grid_hint: &'static str,
    pub answer_every_row: &'static str,
    pub no_answer_alone: &'static str,
    pub closing_heading: &'static str,
    pub review_heading: &'static str,
    pub review_prompt: &'static str,
    pub submit: &'static str,
    pub change_answer: &'static str,
    pub save_and_leave: &'static str,
    pub which_answer: &'static str,
    pub not_answered: &'static str,
    pub skipped: &'static str,
    pub missing_required: fn(&str) -> String,
    pub comment_label: &'static str,
    pub drafts_found: fn(usize) -> String,
    /// A file among the drafts that is not offered, and why.
    pub draft_not_offered: fn(&str, &str) -> String,
    pub resume_draft: fn(&str, usize, usize) -> String,
    pub start_new: &'static str,
    pub interrupted: fn(&str) -> String,
    pub interrupted_nothing_saved: &'static str,
    /// The input ended (`--plain` reading a file or a pipe) before the response was done.
    pub end_of_input: fn(&str) -> String,
    pub end_of_input_nothing_saved: &'static str,
    pub left_as_draft: fn(&str) -> String,
    pub abandoned: &'static str,
    pub thanks: &'static str,
    pub select_hint: &'static str,
    pub choose_between: fn(usize) -> String,
    pub tick_plain: &'static str,
    pub overall: &'static str,
    pub rule_percentages: &'static str,
    pub rule_mean: &'static str,
    pub rule_least_favourable: fn(&str, usize) -> String,
    pub rule_anonymity: fn(usize) -> String,
    pub not_stated: &'static str,
    pub pooled_label: fn(&str) -> String,
    pub pooled_reason: fn(usize) -> String,
    pub hidden_reason: fn(usize) -> String,
    /// Why a breakdown is withheld: (the field asked for, the other field, min).
    pub crossing_reason: fn(&str, &str, usize) -> String,
    /// Why a breakdown is withheld when its crossings cannot be checked.
    pub crossing_unchecked: &'static str,
    /// Why some items are left out of one group's figures: (items, min).
    pub items_withheld_reason: fn(&str, usize) -> String,
    /// `round new`: (name, id, dir, folder).
    pub round_started: fn(&str, &str, &str, &str) -> String,
    /// `round new`: (drafts left, the previous round's name).
    pub round_drafts_left: fn(usize, &str) -> String,
    /// `round new`: (dir).
    pub round_compare_hint: fn(&str) -> String,
    /// `round list` columns.
    pub round_columns: [&'static str; 7],
    pub round_current_note: &'static str,
    /// The name of the first round when a second starts without `--first-name`.
    pub first_round_name: &'static str,
    /// `init`: (name, dir, questionnaire id, version, languages, min).
    pub init_created: fn(&str, &str, &str, &str, &str, u32) -> String,
    pub init_partners: fn(&str) -> String,
    pub init_no_partners: fn(&str) -> String,
    pub init_next: fn(&str) -> String,
    /// Why some items are left out of the whole report: (items, min).
    pub items_withheld_all: fn(&str, usize) -> String,
    pub withheld: fn(usize, usize) -> String,
    pub other_items: &'static str,
    pub report_to_discuss: &'static str,
    pub col_item: &'static str,
    pub col_mean: &'static str,
    pub col_median: &'static str,
    pub col_sd: &'static str,
    pub col_band: &'static str,
    pub col_why: &'static str,
    pub col_statement: &'static str,
    pub col_answers: &'static str,
    pub col_no_answer: &'static str,
    pub col_divergent: &'static str,
    pub divergent_word: &'static str,
    pub least_favourable_word: &'static str,
    pub report_by: fn(&str) -> String,
    pub by_note: &'static str,
    pub report_collective: fn(&str) -> String,
    pub col_group_answer: &'static str,
    pub col_majority: &'static str,
    pub differs_word: &'static str,
    pub report_comments: &'static str,
    pub report_rules: &'static str,
    pub compare_rules: &'static str,
    pub respondents: &'static str,
    pub collective_responses: &'static str,
    pub unfinished_drafts: &'static str,
    pub skipped_files: &'static str,
    pub matrix_rules: [&'static str; 5],
    pub matrix_heading: &'static str,
    pub matrix_contributes: &'static str,
    pub matrix_receives: &'static str,
    pub matrix_balance: &'static str,
    pub col_category: &'static str,
    pub col_organisation: &'static str,
    pub col_total: &'static str,
    pub col_respondents: &'static str,
    pub col_contributed: &'static str,
    pub col_received: &'static str,
    pub col_share: &'static str,
    pub col_balance: &'static str,
    pub gaps_label: &'static str,
    pub dependencies_label: &'static str,
    pub in_kind_label: fn(f64) -> String,
    pub not_answered_label: &'static str,
    pub disagreements_label: &'static str,
    pub none_word: &'static str,
    pub matrix_unnamed: &'static str,
    pub matrix_unnamed_hidden: fn(usize, usize) -> String,
    pub round: &'static str,
    pub compare_withheld: fn(&str, usize, usize) -> String,
    pub compare_rule_change: fn(f64, f64, f64) -> String,
    pub compare_rule_percentages: &'static str,
    pub compare_rule_anonymity: fn(usize) -> String,
    pub compare_heading: fn(&str, &str) -> String,
    pub respondent_count: fn(usize) -> String,
    pub col_change: &'static str,
    pub col_trend: &'static str,
    pub points_short: &'static str,
    pub points_note: &'static str,
    pub trend_word: fn(&str) -> &'static str,
    pub divergence_change_word: fn(&str) -> &'static str,
    pub divergence_change_short: fn(&str) -> &'static str,
    pub no_trend: &'static str,
    pub trend_heading: fn(&str) -> &'static str,
    pub divergence_heading: &'static str,
    pub html_footer: fn(&str) -> String,
    pub html_profile: &'static str,
    pub html_profile_note: fn(f64, f64) -> String,
    pub html_mean_alt: fn(&str, &str, f64, f64, &str) -> String,
    pub html_items: &'static str,
    pub html_bar_rule: &'static str,
    pub html_summary: &'static str,
    pub html_pair_note: &'static str,
    pub html_most_favourable: &'static str,
    pub html_least_favourable: &'static str,
}

pub static EN: Messages = Messages {
    lang: "en",
    languages: "languages",
    colon: ": ",
    minutes: |m| format!("about {m} minutes"),
    credit: "Credit",
    source: "Source",
    licence: "Licence",
    prerequisites: "Before you start",
    prerequisites_note: "Yes/no questions; the questionnaire fits when every answer is yes.",
    if_not: "If not",
    profile: "About you",
    profile_note: "Every question can be skipped (\"prefer not to say\").",
    items: "Items",
    dimension: "dimension",
    dimensions: "Dimensions",
    required: "required",
    optional: "optional",
    no_answer_offered: "\"no answer\" offered",
    comment_offered: "comment offered",
    closing_comment: "Closing comment",
    no_answer_default: "No answer / don't know",
    kind_single: "one choice",
    kind_multiple: "several choices",
    kind_text: "free text",
    kind_number: "number",
    kind_grid: "grid",
    score: "score",
    range: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("from {a} to {b}"),
        (Some(a), None) => format!("at least {a}"),
        (None, Some(b)) => format!("at most {b}"),
        (None, None) => "any value".to_owned(),
    },
    choices_between: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("tick {a} to {b}"),
        (Some(a), None) => format!("tick at least {a}"),
        (None, Some(b)) => format!("tick at most {b}"),
        (None, None) => "tick any".to_owned(),
    },
    bands: "Bands",
    bands_rule: "A mean score s is in a band when min <= s < max (the highest band includes its max).",
    divergence: |t| {
        format!(
            "Divergence: an item is divergent when at least {}% of its valid answers are at each end of the scale (the strongest and the weakest option).",
            crate::typography::short("en", t * 100.0, 1)
        )
    },
    list_columns: ["id", "version", "title", "languages", "items", "source"],
    bundled: "bundled",
    language_name: "English",
    choose_language: "Language / Langue",
    intro_anonymous: "Your answers are anonymous: no name or contact detail is recorded, and reports never show a group smaller than the minimum group size.",
    intro_no_names: "No name, e-mail or other contact detail of yours is recorded.",
    intro_collective: "Collective mode: the group fills in one shared answer together, agreeing on each item.",
    intro_drafts: "Your answers are saved as you go; you can stop at any time (Ctrl-C) and resume later.",
    start: "Start",
    quit: "Quit",
    progress: |n, total| format!("{n} / {total}"),
    yes: "Yes",
    no: "No",
    continue_anyway: "Continue anyway",
    stop_here: "Stop here (nothing is submitted)",
    prefer_not_to_say: "Prefer not to say",
    add_comment: "Add a comment...",
    edit_comment: "Change my comment...",
    comment_prompt: "Your comment (empty to remove it)",
    back: "Back",
    type_back: "type < to go back",
    optional_enter: "optional: Enter to skip",
    no_answer_enter: "Enter alone for no answer",
    answer_needed: "An answer is needed to go on.",
    not_a_number: "Please type a number.",
    whole_number: "Please type a whole number.",
    out_of_range: |min, max| format!("Please type a number {}.", (EN.range)(min, max)),
    tick_hint: "Space to tick, Enter to confirm, Esc to go back",
    grid_hint: "Up/Down: row · Left/Right or a number: answer · n: note · Enter: done · Esc: back",
    answer_every_row: "Please answer every row; \"no answer\" counts as an answer.",
    no_answer_alone: "\"No answer\" cannot be ticked with other options.",
    closing_heading: "One last thing",
    review_heading: "Review your answers",
    review_prompt: "Submit now, or change an answer?",
    submit: "Submit",
    change_answer: "Change an answer...",
    save_and_leave: "Keep as a draft and leave",
    which_answer: "Which answer do you want to change?",
    not_answered: "(not answered)",
    skipped: "(skipped)",
    missing_required: |ids| format!("These required items have no answer yet: {ids}."),
    comment_label: "comment",
    draft_not_offered: |path, reason| format!("Not offered: {path}: {reason}"),
    drafts_found: |n| {
        if n == 1 {
            "An unfinished response was found.".to_owned()
        } else {
            format!("{n} unfinished responses were found.")
        }
    },
    resume_draft: |date, done, total| {
        format!("Resume the one started {date} ({done} of {total} answered)")
    },
    start_new: "Start a new response",
    interrupted_nothing_saved: "Interrupted; nothing was saved.",
    end_of_input: |cmd| {
        format!(
            "The input ended before the survey did. Your answers so far are kept as a draft; to continue, run:\n  {cmd}"
        )
    },
    end_of_input_nothing_saved: "The input ended before the first answer; nothing was saved.",
    interrupted: |cmd| {
        format!("Interrupted. Your answers so far are kept; to continue, run:\n  {cmd}")
    },
    left_as_draft: |cmd| format!("Your answers are kept as a draft; to continue, run:\n  {cmd}"),
    abandoned: "Stopped; nothing was submitted.",
    thanks: "Thank you. Your response is saved:",
    select_hint: "Type a number and press Enter (< to go back).",
    choose_between: |n| format!("Please type a number from 1 to {n}."),
    tick_plain: "Type the numbers to tick, separated by spaces (e.g. 1 3), then Enter.",
    overall: "Overall",
    rule_percentages: "Percentages are of valid answers: \"no answer\" is counted apart and left out of percentages and means.",
    rule_mean: "Mean, median and standard deviation (sample, n-1) are of the option scores; a dimension pools the answers to all its items.",
    rule_least_favourable: |band, n| {
        format!(
            "Least favourable: items whose mean is in the lowest band ({band}); when none is, the {n} items with the lowest mean (ties in questionnaire order)."
        )
    },
    rule_anonymity: |min| {
        format!(
            "No group of fewer than {min} respondents is shown. Smaller groups are pooled into \"other\", with the next smallest group when needed, so that none can be worked out by subtracting the shown groups from the total. An item answered by fewer than {min} respondents is shown nowhere. Within a shown group, an item answered by fewer than {min} of its members is left out of that group's figures (with another group's when needed, by the same rule). When figures may be broken down by several fields, a breakdown is shown only if each of its groups shares either none or at least {min} respondents with each group of the other fields, and an item only if the same holds for its answers."
        )
    },
    not_stated: "not stated",
    pooled_label: |groups| format!("Other ({groups})"),
    pooled_reason: |min| {
        format!(
            "shown together as \"other\": at least one has fewer than {min} respondents, and none may be worked out by subtraction"
        )
    },
    hidden_reason: |min| format!("not shown: together they have fewer than {min} respondents"),
    crossing_reason: |by, other, min| {
        format!(
            "figures by {by} are not shown: a group of {by} and a group of {other} have fewer than {min} respondents in common, so figures by {by} set beside figures by {other} could be subtracted from each other to reveal their answers. To report by {by}, remove {other} from report_by in evaluation.toml (or the other way round)."
        )
    },
    crossing_unchecked: "figures by this field are not shown: the questionnaire has too many profile fields or choices to check that its breakdowns cannot be subtracted from each other; keep one field in report_by in evaluation.toml",
    round_started: |name, id, dir, folder| {
        format!("Started round \"{name}\" ({id}) in {dir}; `take` now writes into {folder}.")
    },
    round_drafts_left: |n, previous| {
        format!(
            "{n} unfinished {} stay in round \"{previous}\": they can no longer be resumed by `take`, and are counted as drafts in that round's report.",
            if n == 1 { "draft" } else { "drafts" }
        )
    },
    round_compare_hint: |dir| {
        format!("Compare the two rounds once people have answered: partnereval compare {dir}")
    },
    round_columns: [
        "", "Round", "Started", "Folder", "Files", "Bundles", "Drafts",
    ],
    round_current_note: "* the current round: `take` writes into it, `report` reads it.",
    first_round_name: "Round 1",
    init_created: |name, dir, id, version, languages, min| {
        format!(
            "Created evaluation \"{name}\" in {dir} ({id} {version}, languages {languages}, minimum group size {min})."
        )
    },
    init_partners: |names| format!("Partners: {names}."),
    init_no_partners: |dir| {
        format!(
            "No partner list: respondents can only answer as \"other\". Add partners to {dir}/evaluation.toml, or start again with --partners \"A, B, C\"."
        )
    },
    init_next: |dir| {
        format!(
            "Members answer with:   partnereval take {dir}\nSettings are in:       {dir}/evaluation.toml"
        )
    },
    items_withheld_all: |items, min| {
        format!(
            "{items}: not shown, in any group or beside the collective answer, because fewer than {min} respondents answered them (the others chose \"no answer\"); conditions and the overall are over the other items."
        )
    },
    items_withheld_reason: |items, min| {
        format!(
            "{items}: left out of this group's figures, its conditions and its overall, because fewer than {min} of its members answered them (or because another group's figure could otherwise be worked out by subtraction)"
        )
    },
    withheld: |n, min| {
        format!(
            "Only {n} individual {}: results are shown from {min} on, so that no answer can be traced to a person.",
            if n == 1 { "response" } else { "responses" }
        )
    },
    other_items: "Other items",
    report_to_discuss: "To discuss",
    col_item: "item",
    col_mean: "mean",
    col_median: "med.",
    col_sd: "sd",
    col_band: "band",
    col_why: "why",
    col_statement: "statement",
    col_answers: "answers (% of valid)",
    col_no_answer: "no ans.",
    col_divergent: "div.",
    divergent_word: "divergent",
    least_favourable_word: "least favourable",
    report_by: |field| format!("By group: {field} (mean and band)"),
    by_note: "! marks a divergent item within the group.",
    report_collective: |date| {
        format!("Collective response of {date} beside the individual answers")
    },
    col_group_answer: "group answer",
    col_majority: "individual majority",
    differs_word: "differs",
    report_comments: "Comments",
    report_rules: "How to read this report",
    compare_rules: "How to read this comparison",
    respondents: "Respondents",
    collective_responses: "collective responses",
    unfinished_drafts: "unfinished drafts",
    skipped_files: "skipped files",
    matrix_rules: [
        "Reported per organisation, as respondents were told before answering: the minimum group size does not apply to the matrix.",
        "An organisation's level in a category is the median of the answers of the people who answered for it; \"don't know\" is left out.",
        "Levels are scored none 0, minor 1, moderate 2, major 3; totals add the levels, and an organisation's share is its total over the sum of all totals.",
        "Balance is what an organisation receives minus what it contributes: above 0 it gets more than it brings.",
        "A gap is a category no organisation contributes to; a dependency, one that a single organisation carries; in-kind is everything but money. Answers two levels or more apart within one organisation are flagged as a disagreement.",
    ],
    matrix_heading: "Contribution matrix",
    matrix_contributes: "What each organisation contributes (median level: 0 none, 1 minor, 2 moderate, 3 major)",
    matrix_receives: "What each organisation receives (median level)",
    matrix_balance: "Balance per organisation",
    col_category: "category",
    col_organisation: "organisation",
    col_total: "total",
    col_respondents: "respondents",
    col_contributed: "contributes",
    col_received: "receives",
    col_share: "share",
    col_balance: "balance",
    gaps_label: "Gaps (no organisation contributes)",
    dependencies_label: "Dependencies (a single organisation carries it)",
    in_kind_label: |p| {
        format!(
            "In-kind contributions (all but money): {}% of all contributions.",
            p.round()
        )
    },
    not_answered_label: "Organisations that have not answered",
    disagreements_label: "Disagreements within an organisation",
    none_word: "none",
    matrix_unnamed: "Other or not named (pooled)",
    matrix_unnamed_hidden: |n, min| {
        format!(
            "{n} respondents who did not name a partner organisation are not shown: fewer than {min}."
        )
    },
    round: "Round",
    compare_withheld: |label, n, min| {
        format!(
            "{label} has {n} individual {}, fewer than {min}: no figures are compared, so that no answer can be traced to a person.",
            if n == 1 { "response" } else { "responses" }
        )
    },
    compare_rule_change: |t, low, high| {
        format!(
            "Change: the mean of the second (2, --to) minus the mean of the first (1, --from). A change of more than {t:.2} points (scores go from {low} to {high}) counts as improved or declined; a smaller one as steady."
        )
    },
    compare_rule_percentages: "Percentages are of the valid answers of each round (no answer left out); their changes are in percentage points (pts).",
    compare_rule_anonymity: |min| {
        format!(
            "Each round is compiled as its own report: a round with fewer than {min} individual responses is not compared."
        )
    },
    compare_heading: |from, to| format!("From {from} to {to}"),
    respondent_count: |n| format!("{n} respondent{}", if n == 1 { "" } else { "s" }),
    col_change: "Change",
    col_trend: "Trend",
    points_short: "pts",
    points_note: "A pts, B pts…: change in percentage points. Divergent: new (only in 2), ended (only in 1), both.",
    trend_word: |t| match t {
        "improved" => "improved",
        "declined" => "declined",
        "steady" => "steady",
        "higher" => "higher",
        "lower" => "lower",
        _ => "not comparable",
    },
    divergence_change_word: |d| match d {
        "appeared" => "newly divergent",
        "resolved" => "no longer divergent",
        "both" => "divergent in both",
        _ => "",
    },
    divergence_change_short: |d| match d {
        "appeared" => "new",
        "resolved" => "ended",
        "both" => "both",
        _ => "",
    },
    no_trend: "No item changed by more than the threshold.",
    trend_heading: |t| match t {
        "improved" => "Improved",
        "declined" => "Declined",
        "higher" => "Higher",
        "lower" => "Lower",
        _ => "Not comparable",
    },
    divergence_heading: "Divergence changed",
    html_footer: |v| {
        format!(
            "Compiled by partnereval {v}. This page needs no network connection and can be printed."
        )
    },
    html_profile: "Profile of the dimensions",
    html_profile_note: |low, high| {
        format!(
            "Mean score of each dimension, from {low} (left) to {high} (right); shaded zones are the bands."
        )
    },
    html_mean_alt: |name, mean, low, high, band| {
        format!("{name}: mean {mean} on a scale from {low} to {high}, band {band}")
    },
    html_items: "Answers per item",
    html_bar_rule: "Each bar shows all answers, no answer included (hatched grey); the percentages written under it are of the valid answers.",
    html_summary: "What changed",
    html_pair_note: "For each dimension, the earlier round on the first line and the later round with the change on the second.",
    html_most_favourable: "most favourable",
    html_least_favourable: "least favourable",
};

pub static FR: Messages = Messages {
    lang: "fr",
    languages: "langues",
    colon: "\u{a0}: ",
    minutes: |m| format!("environ {m} minutes"),
    credit: "Référence",
    source: "Source",
    licence: "Licence",
    prerequisites: "Avant de commencer",
    prerequisites_note: "Questions oui/non\u{202f}; le questionnaire convient quand chaque réponse est oui.",
    if_not: "Sinon",
    profile: "À propos de vous",
    profile_note: "Chaque question peut être passée («\u{a0}je préfère ne pas répondre\u{a0}»).",
    items: "Énoncés",
    dimension: "condition",
    dimensions: "Conditions",
    required: "obligatoire",
    optional: "facultatif",
    no_answer_offered: "«\u{a0}pas de réponse\u{a0}» possible",
    comment_offered: "commentaire possible",
    closing_comment: "Commentaire final",
    no_answer_default: "Pas de réponse / je ne peux pas me prononcer",
    kind_single: "un seul choix",
    kind_multiple: "plusieurs choix",
    kind_text: "texte libre",
    kind_number: "nombre",
    kind_grid: "grille",
    score: "score",
    range: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("de {a} à {b}"),
        (Some(a), None) => format!("au moins {a}"),
        (None, Some(b)) => format!("au plus {b}"),
        (None, None) => "toute valeur".to_owned(),
    },
    choices_between: |min, max| match (min, max) {
        (Some(a), Some(b)) => format!("cocher de {a} à {b}"),
        (Some(a), None) => format!("cocher au moins {a}"),
        (None, Some(b)) => format!("cocher au plus {b}"),
        (None, None) => "cocher librement".to_owned(),
    },
    bands: "Niveaux",
    bands_rule: "Un score moyen s est dans un niveau quand min <= s < max (le niveau le plus haut inclut son max).",
    divergence: |t| {
        format!(
            "Divergence\u{a0}: un énoncé est divergent quand au moins {}\u{a0}% de ses réponses valides sont à chaque extrémité de l’échelle (l’option la plus forte et la plus faible).",
            crate::typography::short("fr", t * 100.0, 1)
        )
    },
    list_columns: ["id", "version", "titre", "langues", "énoncés", "source"],
    bundled: "intégré",
    language_name: "Français",
    choose_language: "Langue / Language",
    intro_anonymous: "Vos réponses sont anonymes\u{a0}: aucun nom ni coordonnée n’est enregistré, et les rapports ne montrent jamais un groupe plus petit que la taille minimale.",
    intro_no_names: "Aucun nom, courriel ni autre coordonnée vous concernant n’est enregistré.",
    intro_collective: "Mode collectif\u{a0}: le groupe remplit ensemble une seule réponse commune, en s’entendant sur chaque énoncé.",
    intro_drafts: "Vos réponses sont enregistrées au fur et à mesure\u{202f}; vous pouvez arrêter à tout moment (Ctrl-C) et reprendre plus tard.",
    start: "Commencer",
    quit: "Quitter",
    progress: |n, total| format!("{n} / {total}"),
    yes: "Oui",
    no: "Non",
    continue_anyway: "Continuer quand même",
    stop_here: "Arrêter ici (rien n’est soumis)",
    prefer_not_to_say: "Je préfère ne pas répondre",
    add_comment: "Ajouter un commentaire...",
    edit_comment: "Modifier mon commentaire...",
    comment_prompt: "Votre commentaire (vide pour le retirer)",
    back: "Retour",
    type_back: "tapez < pour revenir",
    optional_enter: "facultatif\u{a0}: Entrée pour passer",
    no_answer_enter: "Entrée seule pour «\u{a0}pas de réponse\u{a0}»",
    answer_needed: "Une réponse est nécessaire pour continuer.",
    not_a_number: "Veuillez taper un nombre.",
    whole_number: "Veuillez taper un nombre entier.",
    out_of_range: |min, max| format!("Veuillez taper un nombre {}.", (FR.range)(min, max)),
    tick_hint: "Espace pour cocher, Entrée pour valider, Échap pour revenir",
    grid_hint: "Haut/Bas\u{a0}: ligne · Gauche/Droite ou un chiffre\u{a0}: réponse · n\u{a0}: note · Entrée\u{a0}: terminé · Échap\u{a0}: retour",
    answer_every_row: "Veuillez répondre à chaque ligne\u{202f}; «\u{a0}pas de réponse\u{a0}» compte comme une réponse.",
    no_answer_alone: "«\u{a0}Pas de réponse\u{a0}» ne peut pas être coché avec d’autres options.",
    closing_heading: "Une dernière chose",
    review_heading: "Revoyez vos réponses",
    review_prompt: "Soumettre maintenant, ou modifier une réponse\u{202f}?",
    submit: "Soumettre",
    change_answer: "Modifier une réponse...",
    save_and_leave: "Garder comme brouillon et quitter",
    which_answer: "Quelle réponse voulez-vous modifier\u{202f}?",
    not_answered: "(sans réponse)",
    skipped: "(passé)",
    missing_required: |ids| {
        format!("Ces énoncés obligatoires n’ont pas encore de réponse\u{a0}: {ids}.")
    },
    comment_label: "commentaire",
    draft_not_offered: |path, reason| format!("Non proposé\u{a0}: {path}\u{a0}: {reason}"),
    drafts_found: |n| {
        if n == 1 {
            "Une réponse inachevée a été trouvée.".to_owned()
        } else {
            format!("{n} réponses inachevées ont été trouvées.")
        }
    },
    resume_draft: |date, done, total| {
        format!("Reprendre celle commencée le {date} ({done} sur {total} répondus)")
    },
    start_new: "Commencer une nouvelle réponse",
    interrupted_nothing_saved: "Interrompu\u{202f}; rien n’a été enregistré.",
    end_of_input: |cmd| {
        format!(
            "L’entrée s’est terminée avant le questionnaire. Vos réponses sont conservées comme brouillon\u{202f}; pour continuer, lancez\u{a0}:\n  {cmd}"
        )
    },
    end_of_input_nothing_saved: "L’entrée s’est terminée avant la première réponse\u{202f}; rien n’a été enregistré.",
    interrupted: |cmd| {
        format!(
            "Interrompu. Vos réponses sont conservées\u{202f}; pour continuer, lancez\u{a0}:\n  {cmd}"
        )
    },
    left_as_draft: |cmd| {
        format!(
            "Vos réponses sont gardées comme brouillon\u{202f}; pour continuer, lancez\u{a0}:\n  {cmd}"
        )
    },
    abandoned: "Arrêté\u{202f}; rien n’a été soumis.",
    thanks: "Merci. Votre réponse est enregistrée\u{a0}:",
    select_hint: "Tapez un numéro et appuyez sur Entrée (< pour revenir).",
    choose_between: |n| format!("Veuillez taper un numéro de 1 à {n}."),
    tick_plain: "Tapez les numéros à cocher, séparés par des espaces (p. ex. 1 3), puis Entrée.",
    overall: "Ensemble",
    rule_percentages: "Les pourcentages portent sur les réponses valides\u{a0}: «\u{a0}pas de réponse\u{a0}» est compté à part et exclu des pourcentages et des moyennes.",
    rule_mean: "Moyenne, médiane et écart type (échantillon, n-1) portent sur les scores des options\u{202f}; une condition regroupe les réponses à tous ses énoncés.",
    rule_least_favourable: |band, n| {
        format!(
            "Moins favorables\u{a0}: énoncés dont la moyenne est dans le niveau le plus bas ({band})\u{202f}; s’il n’y en a pas, les {n} énoncés de plus faible moyenne (à égalité, dans l’ordre du questionnaire)."
        )
    },
    rule_anonymity: |min| {
        format!(
            "Aucun groupe de moins de {min}\u{a0}répondants n’est montré. Les petits groupes sont réunis dans un «\u{a0}regroupement\u{a0}», avec le groupe suivant le plus petit au besoin, pour qu’aucun ne puisse être déduit en soustrayant les groupes montrés du total. Un énoncé auquel moins de {min}\u{a0}répondants ont répondu n’est montré nulle part. Dans un groupe montré, un énoncé auquel moins de {min}\u{a0}membres ont répondu est retiré des résultats de ce groupe (avec celui d’un autre groupe au besoin, selon la même règle). Quand les résultats peuvent être ventilés selon plusieurs champs, une ventilation n’est montrée que si chacun de ses groupes a, avec chaque groupe des autres champs, soit aucun répondant en commun, soit au moins {min}, et un énoncé seulement si c’est aussi vrai de ses réponses."
        )
    },
    not_stated: "non précisé",
    pooled_label: |groups| format!("Regroupement ({groups})"),
    pooled_reason: |min| {
        format!(
            "montrés ensemble dans un «\u{a0}regroupement\u{a0}»\u{a0}: au moins un compte moins de {min} répondants, et aucun ne doit pouvoir être déduit par soustraction"
        )
    },
    hidden_reason: |min| {
        format!("non montrés\u{a0}: ensemble, ils comptent moins de {min} répondants")
    },
    crossing_reason: |by, other, min| {
        format!(
            "résultats par {by} non montrés\u{a0}: un groupe de {by} et un groupe de {other} ont moins de {min}\u{a0}répondants en commun\u{202f}; mis côte à côte, les résultats par {by} et par {other} pourraient être soustraits les uns des autres pour révéler leurs réponses. Pour présenter les résultats par {by}, retirez {other} de report_by dans evaluation.toml (ou l’inverse)."
        )
    },
    crossing_unchecked: "résultats par ce champ non montrés\u{a0}: le questionnaire compte trop de champs de profil ou de choix pour vérifier que ses ventilations ne peuvent pas être soustraites les unes des autres\u{202f}; gardez un seul champ dans report_by dans evaluation.toml",
    round_started: |name, id, dir, folder| {
        format!(
            "Tour «\u{a0}{name}\u{a0}» ({id}) commencé dans {dir}\u{202f}; `take` écrit maintenant dans {folder}."
        )
    },
    round_drafts_left: |n, previous| {
        format!(
            "{n}\u{a0}{} dans le tour «\u{a0}{previous}\u{a0}»\u{a0}: `take` ne peut plus {} reprendre, et {} compté{} comme brouillon{} dans le rapport de ce tour.",
            if n == 1 {
                "brouillon inachevé reste"
            } else {
                "brouillons inachevés restent"
            },
            if n == 1 { "le" } else { "les" },
            if n == 1 { "il est" } else { "ils sont" },
            if n == 1 { "" } else { "s" },
            if n == 1 { "" } else { "s" }
        )
    },
    round_compare_hint: |dir| {
        format!(
            "Comparez les deux tours quand les membres auront répondu\u{a0}: partnereval compare {dir}"
        )
    },
    round_columns: [
        "",
        "Tour",
        "Commencé",
        "Dossier",
        "Fichiers",
        "Lots",
        "Brouillons",
    ],
    round_current_note: "* le tour en cours\u{a0}: `take` y écrit, `report` le lit.",
    first_round_name: "Tour 1",
    init_created: |name, dir, id, version, languages, min| {
        format!(
            "Évaluation «\u{a0}{name}\u{a0}» créée dans {dir} ({id} {version}, langues {languages}, taille minimale des groupes {min})."
        )
    },
    init_partners: |names| format!("Partenaires\u{a0}: {names}."),
    init_no_partners: |dir| {
        format!(
            "Aucune liste de partenaires\u{a0}: les répondants ne peuvent répondre que pour «\u{a0}une autre organisation\u{a0}». Ajoutez les partenaires dans {dir}/evaluation.toml, ou recommencez avec --partners \"A, B, C\"."
        )
    },
    init_next: |dir| {
        format!(
            "Les membres répondent avec\u{a0}: partnereval take {dir}\nLes réglages sont dans\u{a0}: {dir}/evaluation.toml"
        )
    },
    items_withheld_all: |items, min| {
        format!(
            "{items}\u{a0}: non montrés, ni par groupe ni à côté de la réponse collective, parce que moins de {min}\u{a0}répondants y ont répondu (les autres ont choisi «\u{a0}pas de réponse\u{a0}»)\u{202f}; les conditions et l’ensemble portent sur les autres énoncés."
        )
    },
    items_withheld_reason: |items, min| {
        format!(
            "{items}\u{a0}: retirés des résultats de ce groupe, de ses conditions et de son ensemble, parce que moins de {min}\u{a0}de ses membres y ont répondu (ou parce que le résultat d’un autre groupe pourrait sinon être déduit par soustraction)"
        )
    },
    withheld: |n, min| {
        format!(
            "{}\u{a0}: les résultats sont montrés à partir de {min}, pour qu’aucune réponse ne puisse être attribuée à une personne.",
            match n {
                0 => "Aucune réponse individuelle".to_owned(),
                1 => "Seulement 1\u{a0}réponse individuelle".to_owned(),
                n => format!("Seulement {n}\u{a0}réponses individuelles"),
            }
        )
    },
    other_items: "Autres énoncés",
    report_to_discuss: "À discuter",
    col_item: "n°",
    col_mean: "moy.",
    col_median: "méd.",
    col_sd: "é.t.",
    col_band: "niveau",
    col_why: "pourquoi",
    col_statement: "énoncé",
    col_answers: "réponses (% des valides)",
    col_no_answer: "p. de rép.",
    col_divergent: "div.",
    divergent_word: "divergent",
    least_favourable_word: "moins favorable",
    report_by: |field| format!("Par groupe\u{a0}: {field} (moyenne et niveau)"),
    by_note: "! marque un énoncé divergent dans le groupe.",
    report_collective: |date| {
        format!("Réponse collective du {date} à côté des réponses individuelles")
    },
    col_group_answer: "réponse du groupe",
    col_majority: "réponse majoritaire des membres",
    differs_word: "diffère",
    report_comments: "Commentaires",
    report_rules: "Comment lire ce rapport",
    compare_rules: "Comment lire cette comparaison",
    respondents: "Répondants",
    collective_responses: "réponses collectives",
    unfinished_drafts: "brouillons inachevés",
    skipped_files: "fichiers écartés",
    matrix_rules: [
        "Présenté par organisation, comme annoncé aux répondants avant qu’ils répondent\u{a0}: la taille minimale des groupes ne s’applique pas à la matrice.",
        "Le niveau d’une organisation pour une catégorie est la médiane des réponses des personnes qui ont répondu pour elle\u{202f}; «\u{a0}je ne sais pas\u{a0}» est exclu.",
        "Les niveaux valent aucune 0, faible 1, moyenne 2, forte 3\u{202f}; les totaux additionnent les niveaux, et la part d’une organisation est son total sur la somme des totaux.",
        "Le solde est ce qu’une organisation reçoit moins ce qu’elle apporte\u{a0}: au-dessus de 0, elle reçoit plus qu’elle n’apporte.",
        "Un manque est une catégorie à laquelle aucune organisation ne contribue\u{202f}; une dépendance, une catégorie portée par une seule organisation\u{202f}; en nature désigne tout sauf l’argent. Des réponses à deux niveaux ou plus d’écart au sein d’une organisation sont signalées comme un désaccord.",
    ],
    matrix_heading: "Matrice des contributions",
    matrix_contributes: "Ce que chaque organisation apporte (niveau médian\u{a0}: 0 aucune, 1 faible, 2 moyenne, 3 forte)",
    matrix_receives: "Ce que chaque organisation reçoit (niveau médian)",
    matrix_balance: "Bilan par organisation",
    col_category: "catégorie",
    col_organisation: "organisation",
    col_total: "total",
    col_respondents: "répondants",
    col_contributed: "apporte",
    col_received: "reçoit",
    col_share: "part",
    col_balance: "solde",
    gaps_label: "Manques (aucune organisation ne contribue)",
    dependencies_label: "Dépendances (une seule organisation la porte)",
    in_kind_label: |p| {
        format!(
            "Contributions en nature (tout sauf l’argent)\u{a0}: {}\u{a0}% de l’ensemble des contributions.",
            p.round()
        )
    },
    not_answered_label: "Organisations qui n’ont pas répondu",
    disagreements_label: "Désaccords au sein d’une organisation",
    none_word: "néant",
    matrix_unnamed: "Autre ou non nommée (regroupées)",
    matrix_unnamed_hidden: |n, min| {
        format!(
            "{n} répondants qui n’ont pas nommé d’organisation partenaire ne sont pas montrés\u{a0}: moins de {min}."
        )
    },
    round: "Cycle",
    compare_withheld: |label, n, min| {
        format!(
            "{label} compte {n} {}, moins de {min}\u{a0}: aucun chiffre n’est comparé, pour qu’aucune réponse ne puisse être attribuée à une personne.",
            if n <= 1 {
                "réponse individuelle"
            } else {
                "réponses individuelles"
            }
        )
    },
    compare_rule_change: |t, low, high| {
        let (low, high) = (
            crate::typography::short("fr", low, 2),
            crate::typography::short("fr", high, 2),
        );
        format!(
            "Variation\u{a0}: la moyenne du second (2, --to) moins celle du premier (1, --from). Une variation de plus de {} point (les scores vont de {low} à {high}) compte comme une hausse ou une baisse\u{202f}; une variation plus petite, comme stable.",
            crate::typography::decimal("fr", t, 2)
        )
    },
    compare_rule_percentages: "Les pourcentages portent sur les réponses valides de chaque tour («\u{a0}pas de réponse\u{a0}» exclu)\u{202f}; leurs variations sont en points de pourcentage (pts).",
    compare_rule_anonymity: |min| {
        format!(
            "Chaque tour est compilé comme un rapport distinct\u{a0}: un tour de moins de {min} réponses individuelles n’est pas comparé."
        )
    },
    compare_heading: |from, to| format!("De {from} à {to}"),
    respondent_count: |n| format!("{n} répondant{}", if n > 1 { "s" } else { "" }),
    col_change: "Variation",
    col_trend: "Tendance",
    points_short: "pts",
    points_note: "A pts, B pts…\u{a0}: variation en points de pourcentage. Divergent\u{a0}: apparue (au 2e tour seulement), disparue (au 1er tour seulement), les deux tours.",
    trend_word: |t| match t {
        "improved" => "en hausse",
        "declined" => "en baisse",
        "steady" => "stable",
        "higher" => "plus élevé",
        "lower" => "plus bas",
        _ => "non comparable",
    },
    divergence_change_word: |d| match d {
        "appeared" => "nouvellement divergent",
        "resolved" => "n’est plus divergent",
        "both" => "divergent aux deux tours",
        _ => "",
    },
    divergence_change_short: |d| match d {
        "appeared" => "apparue",
        "resolved" => "disparue",
        "both" => "les deux tours",
        _ => "",
    },
    no_trend: "Aucun énoncé n’a varié de plus que le seuil.",
    trend_heading: |t| match t {
        "improved" => "En hausse",
        "declined" => "En baisse",
        "higher" => "Plus élevés",
        "lower" => "Plus bas",
        _ => "Non comparables",
    },
    divergence_heading: "Changements de divergence",
    html_footer: |v| {
        format!(
            "Compilé par partnereval {v}. Cette page ne demande aucune connexion réseau et peut être imprimée."
        )
    },
    html_profile: "Profil des conditions",
    html_profile_note: |low, high| {
        let (low, high) = (
            crate::typography::short("fr", low, 2),
            crate::typography::short("fr", high, 2),
        );
        format!(
            "Score moyen de chaque condition, de {low} (à gauche) à {high} (à droite)\u{202f}; les zones ombrées sont les niveaux."
        )
    },
    html_mean_alt: |name, mean, low, high, band| {
        let (low, high) = (
            crate::typography::short("fr", low, 2),
            crate::typography::short("fr", high, 2),
        );
        format!("{name}\u{a0}: moyenne {mean} sur une échelle de {low} à {high}, niveau {band}")
    },
    html_items: "Réponses par énoncé",
    html_bar_rule: "Chaque barre montre toutes les réponses, «\u{a0}pas de réponse\u{a0}» compris (gris hachuré)\u{202f}; les pourcentages écrits dessous portent sur les réponses valides.",
    html_summary: "Ce qui a changé",
    html_pair_note: "Pour chaque condition, le tour précédent sur la première ligne, le plus récent et la variation sur la seconde.",
    html_most_favourable: "le plus favorable",
    html_least_favourable: "le moins favorable",
};

/// The messages for `lang`: French for `fr` and its variants, English otherwise.
/// The language of the user's locale (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, the first
/// that is set and not empty, as POSIX orders them): `fr` for `fr_CA.UTF-8`; `None` for the
/// `C` and `POSIX` locales or when none is set.
pub fn locale_language() -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())?;
    language_of_locale(&value)
}

/// The language code of a locale name: `fr_CA.UTF-8` → `fr`, `en_GB@euro` → `en`.
pub fn language_of_locale(locale: &str) -> Option<String> {
    let lang: String = locale
        .split(['_', '.', '@', '-'])
        .next()?
        .to_ascii_lowercase();
    let valid = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    (valid && lang != "c" && lang != "posix").then_some(lang)
}

/// The language to speak when none was asked for: the locale's, when `offered` has it
/// (`fr` matches `fr` and `fr-CA`), else `default`.
pub fn preferred_language(offered: &[String], default: &str) -> String {
    locale_language()
        .and_then(|lang| {
            offered
                .iter()
                .find(|o| **o == lang || o.starts_with(&format!("{lang}-")))
                .cloned()
        })
        .unwrap_or_else(|| default.to_owned())
}

impl Messages {
    /// A mean or other figure with two decimals in this language ("2.42", "2,42"), or a
    /// dash.
    pub fn num(&self, x: Option<f64>) -> String {
        x.map_or_else(
            || "–".to_owned(),
            |v| crate::typography::decimal(self.lang, v, 2),
        )
    }

    /// A percentage rounded to whole, in this language ("58%", "58 %").
    pub fn pct(&self, x: f64) -> String {
        crate::typography::percent(self.lang, x)
    }

    /// A signed change with two decimals ("+0.25", "-0,10", "0.00"), or a dash.
    pub fn signed(&self, x: Option<f64>) -> String {
        x.map_or_else(
            || "–".to_owned(),
            |v| crate::typography::signed(self.lang, v, 2),
        )
    }

    /// A number with at most `decimals` decimals, none when whole ("1.5", "1,5", "3").
    pub fn short(&self, x: f64, decimals: usize) -> String {
        crate::typography::short(self.lang, x, decimals)
    }
}

pub fn messages(lang: &str) -> &'static Messages {
    if lang == "fr" || lang.starts_with("fr-") {
        &FR
    } else {
        &EN
    }
}

#[cfg(test)]
mod locale_tests {
    use super::language_of_locale;

    #[test]
    fn locale_names_give_their_language() {
        assert_eq!(language_of_locale("fr_CA.UTF-8").as_deref(), Some("fr"));
        assert_eq!(language_of_locale("en_GB@euro").as_deref(), Some("en"));
        assert_eq!(language_of_locale("fr").as_deref(), Some("fr"));
        assert_eq!(language_of_locale("C.UTF-8"), None);
        assert_eq!(language_of_locale("POSIX"), None);
        assert_eq!(language_of_locale(""), None);
    }
}
