languages = languages
rule-reading-aid = Scores (for the bundled self-evaluation: A = 3, B = 2, C = 1), means, medians, standard deviations, bands and the overall are partnereval's reading aids, not part of the original tool, which gives no score: it supports a discussion. To leave them out of a report: --no-scores.
rule-reading-aid-own = Scores are those the questionnaire gives each option; means, medians, standard deviations, bands and the overall are partnereval's reading aids, to support the discussion, not verdicts. To leave them out of a report: --no-scores.
report-prerequisites = Prerequisites
prerequisite-line = { $question } { $no } of { $answered } answered no.
prerequisite-meaning = What a no means
col-members = members' answers
col-group-mean = group's mean
collective-comments = The group's comments
collective-conditions = The group's answers by condition
collective-differs = The group agreed on an answer other than the one most members chose on: { $items }.
collective-only = No individual responses: this report gives the group's collective answer, item by item.
# Between two hints or clauses of one line.
semicolon = ;{" "}
# The separator after a label: ": " in English, " : " in French.
colon = :{" "}
minutes = about { $m } minutes
credit = Credit
source = Source
licence = Licence
prerequisites = Before you start
prerequisites-note = Yes/no questions; the questionnaire fits when every answer is yes.
if-not = If not
profile = About you
profile-note = Every question can be skipped ("prefer not to say").
items = Items
dimension = condition
dimensions = Conditions
required = required
optional = optional
no-answer-offered = "no answer" offered
option-alone = ticked alone
asked-only-if = asked only if { $rule }
comment-offered = comment offered
closing-comment = Closing comment
no-answer-default = No answer / don't know
kind-single = one choice
kind-multiple = several choices
kind-text = free text
kind-number = number
kind-grid = grid
score = score
range-between = from { $min } to { $max }
range-at-least = at least { $min }
range-at-most = at most { $max }
range-any = any value
choices-between-between = tick { $min } to { $max }
choices-between-at-least = tick at least { $min }
choices-between-at-most = tick at most { $max }
choices-between-any = tick any
bands = Bands
bands-rule = A mean score s is in a band when min <= s < max (the highest band includes its max).
divergence = Divergence: an item is divergent when at least { $percent }% of its valid answers are in the highest third of its scale and at least as many in the lowest third (for A/B/C: A and C; on a 1 to 5 scale: 4–5 and 1–2; on 0 to 10: 7–10 and 0–3).
list-columns-1 = id
list-columns-2 = version
list-columns-3 = title
list-columns-4 = languages
list-columns-5 = items
list-columns-6 = source
bundled = bundled
language-name = English
choose-language = Language / Langue
intro-anonymous = Your answers are anonymous: no name or contact detail is recorded, and reports never show a group smaller than the minimum group size.
intro-collective = Collective mode: the group fills in one shared answer together, agreeing on each item.
intro-no-names = No name, e-mail or other contact detail of yours is recorded.
intro-drafts = Your answers are saved as you go; you can stop at any time (Ctrl-C) and resume later.
start = Start
quit = Quit
progress = { $n } / { $total }
yes = Yes
no = No
continue-anyway = Continue anyway
stop-here = Stop here (nothing is submitted)
prefer-not-to-say = Prefer not to say
add-comment = Add a comment…
edit-comment = Change my comment…
comment-prompt = Your comment (empty to remove it)
back = Back
optional-enter = optional: Enter to skip
answer-needed = An answer is needed to go on.
not-a-number = Please type a number.
whole-number = Please type a whole number.
out-of-range = Please type a number { $range }.
closing-heading = One last thing
review-heading = Review your answers
review-prompt = Submit now, or change an answer?
submit = Submit
change-answer = Change an answer…
save-and-leave = Keep as a draft and leave
which-answer = Which answer do you want to change?
not-answered = (not answered)
skipped = (skipped)
missing-required = These required items have no answer yet: { $ids }.
comment-label = comment
drafts-found =
    { $n ->
        [one] An unfinished response was found.
       *[other] { $n } unfinished responses were found.
    }
# A file among the drafts that is not offered, and why.
draft-not-offered = Not offered: { $path }: { $reason }
start-new = Start a new response
interrupted =
    Interrupted. Your answers so far are kept; to continue, run:
    {"  "}{ $cmd }
interrupted-nothing-saved = Interrupted; nothing was saved.
# The input ended (`--plain` reading a file or a pipe) before the response was done.
end-of-input =
    The input ended before the survey did. Your answers so far are kept as a draft; to continue, run:
    {"  "}{ $cmd }
end-of-input-nothing-saved = The input ended before the first answer; nothing was saved.
left-as-draft =
    Your answers are kept as a draft; to continue, run:
    {"  "}{ $cmd }
abandoned = Stopped; nothing was submitted.
thanks = Thank you. Your response is saved:
choose-between = Please type a number from 1 to { $n }.
tick-plain = Type the numbers to tick, separated by spaces (e.g. 1 3), then Enter.
overall = Overall
rule-percentages = Percentages are of valid answers: "no answer" is counted apart and left out of percentages and means.
rule-mean = Mean, median and standard deviation (sample, n-1) are of the option scores; a condition pools the answers to all its items.
rule-common-scale = Items on different scales are never averaged as they are: a condition (or the overall) whose items are on different scales gives its mean on a common scale from 0 to 100, each answer placed where it stands in its item's score range (0 = its lowest score, 100 = its highest), with the bands weak 0–33.33, moderate 33.33–66.67, strong 66.67–100; its answers are not counted by option, since the options of different scales are not the same.
rule-least-favourable = Least favourable: items where at least { $share }% of the valid answers chose the item's least favourable options (those in the lowest third of its scale: for A/B/C, C; on a 1 to 5 scale, 1 and 2), most such answers first (ties: more valid answers first, then questionnaire order). The mean is not the criterion.
rule-reversed = Reverse-scored (worded the other way round): { $items }. Their scores are turned around before any figure (lowest + highest − score), so that for them too a higher score is more favourable and the least favourable options are those that agree with the statement.
rule-anonymity = No group of fewer than { $min } respondents is shown. Smaller groups are pooled together, with the next smallest group when needed, so that none can be worked out by subtracting the shown groups from the total. An item answered by fewer than { $min } respondents is shown nowhere. Within a shown group, an item answered by fewer than { $min } of its members is left out of that group's figures (with another group's when needed, by the same rule). When figures may be broken down by several fields, a breakdown is shown only if each of its groups shares either none or at least { $min } respondents with each group of the other fields, and an item only if the same holds for its answers.
not-stated = not stated
pooled-label = Pooled ({ $groups })
pooled-reason = shown pooled together: at least one has fewer than { $min } respondents, and none may be worked out by subtraction
hidden-reason = not shown: together they have fewer than { $min } respondents
# Why a breakdown is withheld: (the field asked for, the other field, min).
crossing-reason = figures by { $by } are not shown: a group of { $by } and a group of { $other } have fewer than { $min } respondents in common, so figures by { $by } set beside figures by { $other } could be subtracted from each other to reveal their answers. To report by { $by }, remove { $other } from report_by in evaluation.toml (or the other way round).
# Why a breakdown is withheld when its crossings cannot be checked.
crossing-unchecked = figures by this field are not shown: the questionnaire has too many profile fields or choices to check that its breakdowns cannot be subtracted from each other; keep one field in report_by in evaluation.toml
# Why some items are left out of one group's figures: (items, min).
items-withheld-reason = { $items }: left out of this group's figures, its conditions and its overall, because fewer than { $min } of its members answered them (or because another group's figure could otherwise be worked out by subtraction)
# `round new`: (name, id, dir, folder).
round-started = Started round "{ $name }" ({ $id }) in { $dir }; `take` now writes into { $folder }.
# `round new`: (drafts left, the previous round's name).
round-drafts-left =
    { $n ->
        [one] { $n } unfinished draft stays in round "{ $previous }": it can still be finished with `take`, which offers it and submits it into that round; until then that round's report counts it as a draft.
       *[other] { $n } unfinished drafts stay in round "{ $previous }": they can still be finished with `take`, which offers them and submits them into that round; until then that round's report counts them as drafts.
    }
round-compare-hint = Compare the two rounds once people have answered: partnereval compare { $dir }
round-columns-1 = {""}
round-columns-2 = Round
round-columns-3 = Started
round-columns-4 = Folder
round-columns-5 = Files
round-columns-6 = Bundles
round-columns-7 = Drafts
round-current-note = * the current round: `take` writes into it, `report` reads it.
# The name of the first round when a second starts without `--first-name`.
first-round-name = Round 1
# `init`: (name, dir, questionnaire id, version, languages, min).
init-created = Created evaluation "{ $name }" in { $dir } ({ $id } { $version }, languages { $languages }, minimum group size { $min }).
init-partners = Partners: { $names }.
init-no-partners = No partner list: respondents can only answer as "other". Add partners to { $dir }/evaluation.toml, or start again with --partners "A, B, C".
init-next =
    Members answer with:   partnereval take { $dir }
    Settings are in:       { $dir }/evaluation.toml
# Why some items are left out of the whole report: (items, min).
items-withheld-all = { $items }: not shown, in any group or beside the collective answer, because fewer than { $min } respondents answered them (the others chose "no answer", left them out, or were not asked them); conditions and the overall are over the other items.
withheld =
    Only { $n } individual { $n ->
        [one] response
       *[other] responses
    }: results are shown from { $min } on, so that no answer can be traced to a person.
other-items = Other items
report-to-discuss = To discuss
col-item = item
col-mean = mean
col-median = med.
col-sd = sd
col-band = band
col-why = why
col-statement = statement
col-answers = answers (% of valid)
col-no-answer = no ans.
col-not-applicable = n/a
col-divergent = div.
divergent-word = divergent
least-favourable-word = least favourable
reversed-word = reverse-scored
report-by = By group: { $field } (mean and band)
by-note = ! marks a divergent item within the group.
report-collective = The group's answer of { $date }
col-group-answer = group answer
col-majority = most members chose
differs-word = differs
report-comments = Comments
report-choices = Several answers
report-numbers = Numbers
report-open = Open questions
choices-note = Each option's share is of the respondents who answered the question (n): as each could tick several options, the shares add up to more than 100%.
numbers-note = Min., max., mean and quartiles of the numbers given: Q1, the median and Q3 leave a quarter, half and three quarters of the answers below them (interpolated between two answers where they fall between, as R and pandas do by default).
col-option = option
col-count = count
col-min = min.
col-q1 = Q1
col-q3 = Q3
col-max = max.
report-rules = How to read this report
compare-rules = How to read this comparison
respondents = Respondents
collective-responses = collective responses
unfinished-drafts = unfinished drafts
skipped-files = skipped files
matrix-rules-1 = Reported per organisation, as respondents were told before answering: the minimum group size does not apply to the matrix.
matrix-rules-2 = An organisation's level in a category is the median of the answers of the people who answered for it; "don't know" is left out.
matrix-rules-3 = Levels are scored none 0, minor 1, moderate 2, major 3; totals add the levels, and an organisation's share is its total over the sum of all totals.
matrix-rules-4 = Balance is what an organisation receives minus what it contributes: above 0 it gets more than it brings.
matrix-rules-5 = A gap is a category no organisation contributes to; a dependency, one that a single organisation carries; in-kind is everything but money. Answers two levels or more apart within one organisation are flagged as a disagreement.
matrix-heading = Contribution matrix
matrix-contributes = What each organisation contributes (median level: 0 none, 1 minor, 2 moderate, 3 major)
matrix-receives = What each organisation receives (median level)
matrix-balance = Balance per organisation
col-category = category
col-organisation = organisation
col-total = total
col-respondents = respondents
col-contributed = contributes
col-received = receives
col-share = share
col-balance = balance
gaps-label = Gaps (no organisation contributes)
dependencies-label = Dependencies (a single organisation carries it)
in-kind-label = In-kind contributions (all but money): { $percent }% of all contributions.
not-answered-label = Organisations that have not answered
disagreements-label = Disagreements within an organisation
none-word = none
matrix-unnamed = Other or not named (pooled)
matrix-unnamed-hidden = { $n } respondents who did not name a partner organisation are not shown: fewer than { $min }.
round = Round
compare-withheld =
    { $label } has { $n } individual { $n ->
        [one] response
       *[other] responses
    }, fewer than { $min }: no figures are compared, so that no answer can be traced to a person.
compare-rule-change-scales = Change: the mean of the second round (given by --to) minus the mean of the first (given by --from). A change of more than its scale's threshold counts as improved or declined, unless it is within chance (below); a smaller one as steady. Thresholds:
compare-scale-threshold = { $items }: { $threshold } points (scores from { $low } to { $high }).
compare-rule-change = Change: the mean of the second round (given by --to) minus the mean of the first (given by --from). A change of more than { $threshold } points (scores go from { $low } to { $high }) counts as improved or declined, unless it is within chance (below); a smaller one as steady.
compare-rule-percentages = Percentages are of the valid answers of each round (no answer left out); their changes are in percentage points (pts).
compare-rule-anonymity = Each round is compiled as its own report: a round with fewer than { $min } individual responses is not compared.
compare-heading = From { $from } to { $to }
respondent-count =
    { $n } { $n ->
        [one] respondent
       *[other] respondents
    }
col-change = Change
col-trend = Trend
points-short = pts
trend-word =
    { $trend ->
        [improved] improved
        [declined] declined
        [steady] steady
        [higher] higher
        [lower] lower
        [within-chance] within chance
       *[other] not comparable
    }
divergence-change-word =
    { $change ->
        [appeared] newly divergent
        [resolved] no longer divergent
        [both] divergent in both
       *[other] {""}
    }
divergence-change-short =
    { $change ->
        [appeared] new
        [resolved] ended
        [both] both
       *[other] {""}
    }
no-trend = No item changed by more than the threshold.
trend-heading =
    { $trend ->
        [improved] Improved
        [declined] Declined
        [higher] Higher
        [lower] Lower
        [within-chance] Within chance (answering again could give these changes)
       *[other] Not comparable
    }
divergence-heading = Divergence changed
html-footer = Compiled by partnereval { $v }. This page needs no network connection and can be printed.
html-profile = Profile of the conditions
common-scale-name = conditions over items on different scales (0 to 100)
scale-bands-line = Bands for { $items }: { $bands }.
html-profile-note-scales = Mean score of each condition on its own scale, from its lowest score (left) to its highest (right); shaded zones are the bands. A condition over items on different scales is on the common scale from 0 to 100.
html-profile-note = Mean score of each condition, from { $low } (left) to { $high } (right); shaded zones are the bands.
html-mean-alt = { $name }: mean { $mean } on a scale from { $low } to { $high }, band { $band }
html-items = Answers per item
html-bar-rule = Each bar shows all answers, no answer included (hatched grey); the percentages written under it are of the valid answers.
html-summary = What changed
html-most-favourable = most favourable
html-least-favourable = least favourable
col-round = { $round }: mean (n)
compare-note = A pts, B pts…: change in percentage points. Divergent: new (only in { $to }), ended (only in { $from }), both.
compare-rule-chance = Chance: a change beyond the threshold is tested against what people answering again could give, with a two-sided permutation test of the difference in mean scores, at the { $significance } significance level. For an item, the answers are shuffled between the two rounds; its p-value is exact, worked out from the counts of each option (for very large rounds, from random splits as below). For a dimension and the overall, whole respondents are shuffled, each with their mean score over the items they answered, since one person's answers to several items are not independent: exactly, over every split, when the respondents can be split in at most { $splits } ways; otherwise over { $resamples } random splits drawn from a fixed seed (Monte Carlo: the same answers always give the same p-value).
compare-rule-within-chance = Within chance: a change beyond the threshold whose p-value is { $significance } or more. The data cannot tell it from the noise of people simply answering again, so it is counted neither as improved nor as declined. When no test can be made, the threshold alone decides.
