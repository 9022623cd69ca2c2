# The survey's screens: prompts, hints, the review, drafts.
# The texts of src/i18n/parts/survey.rs.

hint-separator = {" · "}
key-move = ↑↓: move
key-confirm = Enter: confirm
key-back = Esc: back
key-cancel = Esc: cancel
key-tick = Space: tick
key-rows = ↑↓: row
key-grid-enter = Enter: next row
key-grid-done = on the last row: done
key-comment = c: comment
more-above = ↑ more above
more-below = ↓ more below
plain-choose = Type a number and press Enter.
plain-back = type < to go back
plain-cancel = type < to keep it as it was
group-answer = The group's answer: agree on one option together.
intro-group = No name or contact detail is recorded: the response is the group's.
review-heading-group = Review the group's answers
row-not-answered = (not answered)
key-letters = ↑↓, { $letters } or 1–{ $last }: choose
key-numbers = 1–{ $last }: choose
key-page = ←→: page { $page } of { $pages }
key-levels = ←→ or 1–{ $last }: answer
plain-choose-letters = Type a number or a letter ({ $letters }) and press Enter.
choose-between-letters = Please type a number from 1 to { $n } or a letter ({ $letters }).
choose-from-to = Please type a number from { $first } to { $last }.
plain-default = Enter alone: { $n }.
no-answer-enter = Enter alone: "{ $label }"
answer-every-row = Please answer every row; "{ $label }" counts as an answer.
no-answer-alone = "{ $label }" cannot be ticked with other options.
exclusive-unticked-others = Ticking "{ $option }" unticked: { $others }.
exclusive-unticked = "{ $option }" was unticked: it cannot go with other options.
exclusive-alone = "{ $option }" cannot be ticked with other options: tick it alone, or the others.
answers-dropped = { $count ->
        [one] Your answer to { $items } was removed: that question no longer applies after your change.
       *[other] Your answers to { $items } were removed: those questions no longer apply after your change.
    }
comment-on = Your comment on "{ $row }" (empty to remove it)
resume-draft-entry = Resume: { $details }
draft-progress = { $done } of { $total } answered
draft-last = last: { $item }
draft-started = started { $date }
draft-saved = saved { $when }
draft-round = round "{ $round }"
drafts-collective-elsewhere =
    { $n ->
        [one] { $n } collective draft is not offered here: take --collective offers it.
       *[other] { $n } collective drafts are not offered here: take --collective offers them.
    }
drafts-individual-elsewhere =
    { $n ->
        [one] { $n } individual draft is not offered here: take without --collective offers it.
       *[other] { $n } individual drafts are not offered here: take without --collective offers them.
    }
review-page = page { $page } of { $pages }
