# partnereval serve: what it prints, and the words of its pages.
# The texts of src/i18n/parts/serve.rs.

how-to-stop = Ctrl-C stops the server once the answers being saved are written.
loopback-only = Only this computer can open these addresses; --lan serves the local network.
main-label = Survey
languages-label = Languages
drafts-on-server = Your answers are saved as you go: if the page closes or the connection drops, open the same address again on this device to go on.
answer-in = Answer in
next = Next
comment-optional = Comment (optional)
may-stay-empty = Optional: leave empty to skip.
change = Change
answer-it = Answer it
not-submitted = The response cannot be submitted:
thanks-title = Thank you
thanks-text = Your response is saved. You can close this page.
group-saved-text = The group's response is saved.
kept = Kept as a draft
kept-text = Your answers are kept. Open this address again on this device to go on.
stopped = Stopped
already-submitted = Already submitted
already-submitted-text = This response was submitted already; nothing was changed.
no-draft = Nothing to continue
no-draft-text = This survey was stopped or is no longer on the server; you can start again.
form-refused = Form not accepted
form-refused-text = This form comes from another page or another session. Go back to the survey and try again.
form-unreadable = Form not readable
form-unreadable-text = The form sent could not be read. Go back to the survey and try again.
not-saved = Not saved
not-saved-text = The server could not save your answers. Tell the facilitator; your last saved answers are kept.
to-survey = Back to the survey
to-start = To the start
to-dashboard = Back to the facilitator's page
facilitator-heading = Facilitator
answered-heading = Responses
refresh = Refresh
report-heading = Compiled report
report-text = The round's report, as partnereval report --format html writes it, compiled now.
open-report = Open the report
report-failed = The report could not be compiled; the server's terminal says why.
collective-heading = Collective answer
collective-text = For the projector: the group goes through the items, with the spread of the members' answers, and agrees an answer for each; it is saved as the round's collective response.
collective-start = Start the group's answer
collective-resume = Continue the group's answer
serving = Serving { $name }; responses go to { $folder }
members-address = Members: { $url }
facilitator-address = Facilitator (keep this address to yourself): { $url }
cannot-listen = cannot listen on { $address }: { $reason }
stopped-summary =
    Stopped. Received { $members ->
        [one] { $members } response
       *[other] { $members } responses
    } from members and { $groups ->
        [one] { $groups } collective response
       *[other] { $groups } collective responses
    }.
empty-is-no-answer = Leave empty for "{ $label }".
row-comment = Comment on "{ $row }" (optional)
change-named = Change: { $name }
round-named = round "{ $round }"
answered =
    { $n ->
        [one] { $n } member has answered.
       *[other] { $n } members have answered.
    }
too-few-yet = Fewer than { $min } members have answered so far: the count is shown from { $min } on, so that no answer can be told apart.
spread-heading =
    { $n ->
        [one] What { $n } member answered
       *[other] What { $n } members answered
    }
spread-withheld = The members' answers are shown here once { $min } have answered.
tls-no-pem = it holds no PEM certificate ("-----BEGIN CERTIFICATE-----")
tls-bad-certificate = { $file }: not a usable certificate chain: { $reason }
tls-bad-key = { $file }: not a usable private key: { $reason }
tls-mismatch = { $cert } and { $key } cannot serve HTTPS together: { $reason }
