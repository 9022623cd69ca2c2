# The help of the command line: what each command and option is for.
# The texts of src/i18n/parts/help.rs.
# English help is written by clap from the doc comments of src/cli.rs; these are the same
# words (a test holds them together). Other languages replace clap's texts with theirs.

cli-about = Evaluate how well a partnership works together: questionnaires in TOML, surveys in the terminal, compiled reports for the group discussion
cli-after-help =
    Language: --lang when given; else, for an evaluation or a questionnaire, the locale's language (LC_ALL, LC_MESSAGES or LANG) when it offers it, else its default language; for other commands, the locale's language, else English.
    Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error, 130 interrupted.

## clap's own words

cli-usage-heading = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-help-flag = Print help
cli-help-flag-more = Print help (see more with '--help')
cli-help-flag-summary = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-command-about = Print this message or the help of the given subcommand(s)
cli-help-command-arg = Print help for the subcommand(s)
cli-default-value = [default: { $value }]
cli-possible-values = [possible values: { $values }]

## clap's errors (when the command line cannot be read)

clap-error = error: { $message }
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-invalid-subcommand = unrecognized subcommand '{ $name }'
clap-missing-required = the following required arguments were not provided:
clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
clap-subcommands = [subcommands: { $values }]
clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-conflict-list = the argument '{ $arg }' cannot be used with:
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-similar-argument =
    tip: { $n ->
        [one] a similar argument exists
       *[other] some similar arguments exist
    }: { $values }
clap-similar-subcommand =
    tip: { $n ->
        [one] a similar subcommand exists
       *[other] some similar subcommands exist
    }: { $values }
clap-similar-value =
    tip: { $n ->
        [one] a similar value exists
       *[other] some similar values exist
    }: { $values }
clap-tip = tip: { $tip }
clap-tip-as-value = tip: to pass { $arg } as a value, write { $usage }
clap-tip-exists = tip: { $usage } exists
clap-tip-remove-dashes = tip: the subcommand { $subcommand } exists; to use it, remove the "--" before it
clap-try-help = For more information, try '{ $flag }'.
clap-quoted = '{ $value }'

## Placeholders for values

cli-value-when = WHEN
cli-value-lang = LANG
cli-value-langs = LANG,...
cli-value-file = FILE
cli-value-dir = DIR
cli-value-target = TARGET
cli-value-responses = RESPONSES
cli-value-field = FIELD
cli-value-round = ROUND
cli-value-name = NAME
cli-value-round-or-path = ROUND|PATH
cli-value-command = COMMAND

## Commands and their options

cli-color = When to colour output: auto (a terminal only, never a file or a pipe; not when NO_COLOR is set or TERM is dumb), always (files too) or never
cli-list-about = List the bundled questionnaires and those in ./questionnaires/
cli-list-format = Output format
cli-list-lang = Language of the titles and headings (default: the locale's language, from LC_ALL, LC_MESSAGES or LANG, where a questionnaire offers it; else its default language)
cli-show-about = Show a questionnaire: introduction, profile, items with their options, dimensions, bands
cli-show-questionnaire = A bundled questionnaire id (see `partnereval list`) or a path to a .toml file
cli-show-lang = Language to show (text: the one shown; json: the only one kept). Default: all for json; for text, the locale's language (LC_ALL, LC_MESSAGES or LANG) when the questionnaire offers it, else its default language
cli-show-format = Output format
cli-validate-about = Check questionnaire files and report every problem as FILE{":"}LINE{":"}COL
cli-validate-files = Questionnaire files (or bundled ids) to check
cli-init-about = Create an evaluation folder: settings, a frozen copy of the questionnaire, responses/
cli-init-dir = The folder to create (or an empty or unrelated existing folder)
cli-init-questionnaire = The questionnaire: a bundled id (see `partnereval list`) or a path to a .toml file
cli-init-name = Name of the evaluation (default: the questionnaire's title)
cli-init-lang = Languages respondents may choose from, comma-separated (default: all the questionnaire's)
cli-init-min-group = Reports never show a group with fewer respondents than this
cli-init-partners = The partner organisations, comma-separated (offered as the respondent's organisation by the contribution matrix)
cli-take-about = Answer a questionnaire: interactively in a terminal, line by line (--plain), or from an answers file (--answers)
cli-take-target = An evaluation folder, a bundled questionnaire id, or a questionnaire file
cli-take-out = Where responses go when TARGET is a questionnaire (default: the current folder)
cli-take-lang = Language to answer in (default: asked when several are offered, the locale's language from LC_ALL, LC_MESSAGES or LANG first)
cli-take-collective = The group fills in one shared answer together (recorded as a collective response)
cli-take-plain = Line-based prompts with numbered choices, for screen readers and simple terminals
cli-take-answers = Submit prepared answers from a TOML or JSON file (`-` for standard input) without asking anything
cli-take-resume = Continue the draft with this id
cli-take-round = Answer in this round of the evaluation (its name or id; default: the current round): its drafts are offered, and the response goes into it
cli-serve-about = Serve the evaluation's current round in the browser for a meeting: members answer from their phones, the facilitator sees the count, the report and the group's answer
cli-serve-evaluation = The evaluation folder
cli-serve-lan = Listen on the local network (every address, port 8470) instead of this computer only
cli-serve-bind = The address and port to listen on (default: 127.0.0.1:8470; port 0 picks a free one)
cli-serve-lang = The language of the pages before a member chooses, and of the facilitator's pages
cli-serve-tls-cert = Serve over HTTPS with this certificate chain (PEM); needs --tls-key
cli-serve-tls-key = The private key of --tls-cert (PEM)
cli-report-about = Compile the responses into a report for the group discussion (table, JSON, CSV, Markdown, HTML)
cli-report-target = An evaluation folder, or a questionnaire (bundled id or .toml file) followed by response files and folders
cli-report-responses = Response files, folders and bundles (when TARGET is a questionnaire); `-` or a named pipe: a bundle read from standard input or the pipe
cli-report-format = Output format
cli-report-by = Show the figures of each group of this profile field side by side (e.g. sector)
cli-report-round = The round to report (its name or id; default: the current round)
cli-report-no-scores = Leave out scores, means, bands and the overall (partnereval's reading aids, not part of the original tool): show only how many chose each option
cli-compile-lang = Language of the output's own texts (default: the locale's language, from LC_ALL, LC_MESSAGES or LANG, when the questionnaire offers it; else its default language)
cli-compile-min-group = Minimum group size (default: the evaluation's setting, or 3); can only raise it
cli-compile-skip-invalid = Report invalid response files as skipped and go on, instead of refusing
cli-output = Write to this regular file instead of standard output (`-`: standard output). An existing file is replaced only with --force, keeping its permissions
cli-force = Replace the --output file if it exists
cli-round-about = Start a new round of an evaluation (the partners answer again), or list its rounds
cli-round-new-about = Start a round: `take` then writes into it and `report` reads it
cli-round-new-dir = The evaluation folder
cli-round-new-name = Name of the new round, e.g. "2027 spring"
cli-round-new-first-name = Name to give the first round, when this is the second one (default: "Round 1")
cli-round-list-about = List the rounds of an evaluation with their responses and drafts
cli-round-list-dir = The evaluation folder
cli-round-list-format = Output format
cli-compare-about = Compare two rounds (or two sets of responses): per item and per dimension, what changed
cli-compare-target = An evaluation folder (then --from and --to are rounds), or a questionnaire (then they are response files, folders or bundles; `-` for standard input on one side)
cli-compare-from = The earlier round or response set (default: the round before the current one)
cli-compare-to = The later round or response set (default: the current round)
cli-compare-threshold = A change in the mean larger than this is flagged as improved or declined (default: 15% of the score range, 0.3 for A/B/C)
cli-compare-format = Output format
cli-export-about = Write every response as one NDJSON bundle (one response per line), checked
cli-export-target = An evaluation folder, or a questionnaire followed by response files, folders and bundles
cli-export-responses = Response files, folders and bundles (when TARGET is a questionnaire); `-` or a named pipe: a bundle read from standard input or the pipe
cli-export-format = Output format
cli-export-round = The round to export (its name or id; default: the current round)
cli-export-skip-invalid = Leave invalid responses out (listed on stderr) instead of refusing
cli-demo-about = Create an evaluation filled with realistic synthetic responses, to try reports on
cli-demo-dir = The evaluation folder to create
cli-demo-questionnaire = The questionnaire (bundled id or .toml file)
cli-demo-respondents = How many individual responses to make
cli-demo-seed = The same seed gives the same responses
cli-demo-collective = Add a collective response, as if the group had also answered together
cli-demo-rounds = Make this many rounds ("Round 1", "Round 2"…), each with N responses, as if the partnership had evaluated itself again; things change between rounds
cli-demo-bundle = Write the responses as one NDJSON bundle (responses/demo.ndjson) instead of one file each
cli-schema-about = Print the JSON Schema of one of partnereval's file formats
cli-schema-name = Which format
cli-completions-about = Print a shell completion script (e.g. `partnereval completions bash > ~/.local/share/bash-completion/completions/partnereval`)
cli-completions-shell = The shell to complete for
cli-man-about = Print the manual page of partnereval or of one of its commands, or write them all into a folder (`partnereval man --out-dir ~/.local/share/man/man1`)
cli-man-command = The command whose page to print, e.g. `report` or `round new` (default: partnereval's own page, which lists the commands)
cli-man-out-dir = Write every page into this folder instead (partnereval.1, partnereval-report.1 and so on; the folder is made if missing, pages already there are replaced)
cli-man-lang = Language of the pages (default: the locale's language, from LC_ALL, LC_MESSAGES or LANG, when partnereval speaks it; else English)

## The manual pages (`partnereval man`): the manual they belong to, and their headings

man-manual = partnereval manual
man-heading-name = NAME
man-heading-synopsis = SYNOPSIS
man-heading-description = DESCRIPTION
man-heading-commands = COMMANDS
man-heading-notes = NOTES
man-heading-version = VERSION
man-heading-see-also = SEE ALSO
