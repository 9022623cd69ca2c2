# Evaluations and commands: their errors, and the output of validate, demo, list and show.
# The texts of src/i18n/parts/commands.rs.

## Errors in general

# The severity of a located problem: `FILE:LINE:COL: error: ...`.
severity-error = error
severity-warning = warning
# The line of an error on stderr.
error-line = partnereval: error: { $message }
# A line of a list of problems in one file.
problem-line = { $file }: error: { $problem }
unknown-questionnaire = unknown questionnaire `{ $name }`: give a path to a .toml file or one of: { $known }
threshold-several-scales = --threshold sets one change in score points, but this questionnaire's items are on several scales ({ $scales }): set each scale's `threshold` in the questionnaire instead, or leave --threshold out to use 15% of each scale's range
cannot-read = cannot read { $path }: { $reason }
# Why a file could not be read or written, in our words rather than the system's (which
# are in English only, with its error number).
io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = the file already exists
io-is-a-directory = it is a folder
io-not-a-directory = it is not a folder
io-storage-full = no space left on the disk
io-read-only = read-only file system
io-quota-exceeded = disk quota exceeded
io-file-too-large = the file is too large for the file system
io-invalid-filename = the name is not valid on this file system
language-not-offered = `{ $lang }` is not a language of this questionnaire (it offers: { $offered })
problems-nothing-written =
    { $file }: { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }; nothing was written

## Output files (--output)

folder-missing = { $dir } does not exist; create the folder first
not-a-file-name = { $path } is not a file name
output-in-evaluation = { $path } is part of an evaluation folder; write the output somewhere else
output-not-regular = { $path } is { $kind }; --output writes regular files only (to write into a pipe or a device, use the shell: > { $path })
output-exists = { $path } exists; add --force to replace it, or choose another name

## What a command reads

evaluation-with-files = an evaluation folder is read from its own responses (the current round, or --round); to { $command } other files, give a questionnaire first: partnereval { $command } QUESTIONNAIRE FILES...
not-an-evaluation-for = { $dir } is not an evaluation folder (no evaluation.toml); to { $command } a folder of responses, give the questionnaire first: partnereval { $command } QUESTIONNAIRE { $dir }
round-needs-evaluation = --round applies to an evaluation folder; { $target } is a questionnaire
responses-after-questionnaire = give the response files, folders or bundles after the questionnaire: partnereval { $command } { $target } responses/
min-group-below = --min-group { $n } is below this evaluation's minimum group size ({ $min }); --min-group may only raise it
not-an-evaluation = { $dir } is not an evaluation folder (no evaluation.toml)

## take

take-not-an-evaluation = { $dir } is not an evaluation folder (it has no evaluation.toml); create one with `partnereval init { $dir } --questionnaire Q`
take-out-with-evaluation = --out applies to a questionnaire; an evaluation folder keeps its responses in its responses/ folder
take-no-terminal = take asks its questions in a terminal, and there is none here. Use --plain to answer line by line on standard input, or --answers FILE to submit prepared answers (partnereval take { $target } --answers answers.toml).
survey-interrupted = interrupted
survey-end-of-input = the input ended
terminal-failed = the terminal failed: { $reason }
cannot-save-draft = cannot save the draft: { $reason }
draft-label = draft { $id }
draft-other-version = draft { $id } was started with another version of the questionnaire ({ $questionnaire } { $version }); it cannot be resumed here
stdin-unreadable = cannot read answers from standard input
stdin-too-large = <stdin>: more than { $size } of answers; an answers file is a few kilobytes
stdin-not-utf8 = <stdin>: the answers are not UTF-8 text
file-not-utf8 = { $file }: the file is not UTF-8 text
settings-not-utf8 = { $path }: the file is not UTF-8 text (byte { $byte })

## compare

compare-not-evaluation = { $dir } is not an evaluation folder (no evaluation.toml); to compare two sets of responses, give the questionnaire first: partnereval compare QUESTIONNAIRE --from OLD --to NEW
compare-files-hint =
    { $error }
    To compare response files, folders or bundles, give the questionnaire as TARGET: partnereval compare { $id } --from OLD --to NEW
single-round = { $dir } has a single round so far; when the partners evaluate again, start the next with `partnereval round new { $dir } NAME`, then compare
first-round-none-before = "{ $name }" is the first round of { $dir }: there is none before it; name the round to compare it with: --from ROUND
same-round = --from and --to are the same round ("{ $name }"); compare two different rounds
compare-needs-both = with a questionnaire, give both response sets: partnereval compare { $target } --from OLD --to NEW (files, folders or NDJSON bundles)
bad-threshold = --threshold must be a number of points of 0 or more, not { $value }

## report and export

by-refused = figures by `{ $field }` are not allowed here (allowed: { $allowed }). Figures broken down by two different fields can be subtracted from each other to reveal one person's answers; an evaluation allows the fields listed in `report_by` in its evaluation.toml.
by-allowed-none = none
not-a-profile-field = `{ $field }` is not a profile field of this questionnaire (fields: { $known })
compile-refused = { $n } of { $total } responses are invalid; nothing was compiled (use --skip-invalid to report them as skipped and go on)
compile-skipped =
    { $n ->
        [one] { $n } invalid response skipped (--skip-invalid)
       *[other] { $n } invalid responses skipped (--skip-invalid)
    }
export-refused =
    { $n ->
        [one] { $n } response is invalid; nothing was exported (use --skip-invalid to leave it out)
       *[other] { $n } responses are invalid; nothing was exported (use --skip-invalid to leave them out)
    }
export-left-out =
    { $n ->
        [one] { $n } invalid response left out
       *[other] { $n } invalid responses left out
    }

## Evaluation folders and rounds

unknown-round = { $dir } has no round `{ $wanted }`; its rounds are: { $rounds }
round-name-length = a round needs a name of 1 to 100 characters
first-name-too-late = --first-name names the first round when the second starts; this evaluation already has rounds (rename them in evaluation.toml)
round-exists = { $dir } already has a round called `{ $name }` ({ $id }); nothing was changed
cannot-edit = cannot edit { $path }
cannot-create = cannot create { $path }
rounds-not-tables = { $path }: `rounds` is not a list of [[rounds]] tables
already-evaluation = { $dir } already holds an evaluation; nothing was changed
min-group-too-small = the minimum group size must be at least { $min }: with fewer, members could recognise each other's answers
responses-not-folder = { $path } is { $kind }, not a folder; nothing was written
not-a-real-folder = { $path } is { $kind }, not a folder of the evaluation; partnereval reads and writes only real folders inside an evaluation (move it away, and make a folder of that name)

## Problems of evaluation.toml (each located at FILE:LINE:COL)

settings-version = settings format version { $version } is not supported; this partnereval reads version { $supported }
settings-language-not-offered = language `{ $lang }` is not offered by the questionnaire
settings-languages-empty = `languages` is empty
settings-min-group = `min_group_size` must be at least { $min }
settings-profile-unknown = profile `{ $field }` is not a profile field of the questionnaire
settings-profile-no-choices = profile `{ $field }` has no choices
settings-profile-bad-code = profile `{ $field }`: choice code `{ $code }` is not an identifier (letters, digits, `-`, `_`; not `no-answer`)
settings-profile-code-twice = profile `{ $field }`: a choice code is used twice
settings-report-by-unknown = report_by: `{ $field }` is not a profile field of the questionnaire
settings-too-many-rounds = { $n } rounds; an evaluation has at most { $max }
settings-round-id = round id `{ $id }` is not an identifier (lower-case letters, digits, `-`, `_`)
settings-round-id-twice = round id `{ $id }` is used twice
settings-round-empty-name = round `{ $id }` has an empty name
settings-round-control = round `{ $id }`: its name holds control characters
settings-round-name-twice = round name `{ $name }` is used twice
settings-round-name-is-id = round name `{ $name }` is the id of another round; `--round` could not tell them apart
settings-partner-code = partner code `{ $code }` is not an identifier (letters, digits, `-`, `_`)
settings-partner-code-twice = partner code `{ $code }` is used twice
settings-partner-is-choice = partner code `{ $code }` is also a choice of `{ $field }` in the questionnaire; give the partner another code

## validate

validate-ok =
    { $file }: ok: { $questionnaire } ({ $items ->
        [one] { $items } item
       *[other] { $items } items
    }, { $dimensions ->
        [one] { $dimensions } condition
       *[other] { $dimensions } conditions
    }, languages { $languages }){ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    }
validate-invalid =
    { $file }: invalid: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    }
validate-summary = { $invalid } of { $total } questionnaire files are invalid
validate-unreadable =
    { $unreadable ->
        [one] { $unreadable } of { $total } files could not be read
       *[other] { $unreadable } of { $total } files could not be read
    }

## list

list-cannot-read = warning: cannot read { $path }: { $reason }
list-invalid =
    warning: { $path } is not a valid questionnaire ({ $n ->
        [one] { $n } error
       *[other] { $n } errors
    }); run `partnereval validate { $path }`

## demo

demo-name = Demo: { $title }
demo-round-name = Round { $n }
cannot-create-bundle = cannot create the bundle
demo-created =
    Created demo evaluation in { $dir }: { $n ->
        [one] { $n } synthetic response
       *[other] { $n } synthetic responses
    }{ $rounds ->
        [1] {""}
       *[other] {" "}in each of { $rounds } rounds
    } to { $questionnaire } (seed { $seed }){ $collective ->
        [1] {" "}and a collective response
       *[other] {""}
    }.
demo-try = Try:   { $report }
demo-try-rounds =
    Try:   { $report }
    {"       "}{ $compare }

## man

man-unknown-command = `{ $name }` is not a partnereval command (commands with a manual page: { $commands })
man-language = partnereval's manual pages are not in `{ $lang }` (languages: { $languages })
