# Responses, drafts and answers files: reading, checking and storing them.
# The texts of src/i18n/parts/responses.rs.
# Values given to these messages (ids, codes, keys such as answers.q01, paths, what the
# system or a parser says) are shown as they are.

# A problem at a place: a key (answers.q01) or a file.
located = { $place }: { $problem }
# Between the problems of one response, on one line.
problem-separator = ;{" "}

## Checking a response (or answers) against its questionnaire.

check-not-a-day = `{ $value }` is not a day (YYYY-MM-DD)
check-day-too-early = `{ $value }` is before { $earliest }
check-day-in-future = `{ $value }` is a day in the future
check-not-a-response-id = `{ $id }` is not a response id (1 to 64 letters, digits, `-` or `_`, starting with a letter or digit)
check-version-unsupported = response format version { $version } is not supported; this partnereval reads version { $supported }
# The file answers another questionnaire.
check-other-questionnaire = answers questionnaire `{ $found }`, not `{ $expected }`
check-other-version = was made with version { $version } of `{ $questionnaire }`; this evaluation uses version { $expected }
check-other-text = was made with a different text of `{ $questionnaire }` { $version } (content hash { $found } instead of { $expected })
check-given-twice = { $key }: given twice
check-language-not-offered = language `{ $lang }` is not one of the questionnaire's ({ $offered })
check-unknown-prerequisite = { $key }: unknown prerequisite
check-unknown-profile-field = { $key }: unknown profile field
check-not-a-choice = { $key }: `{ $code }` is not a choice (choices: { $choices })
check-unknown-item = { $key }: unknown item
check-required-unanswered = { $key }: required item has no answer
check-no-such-row = { $key }: `{ $item }` has no row `{ $row }`
check-no-comments = { $key }: this item does not take comments
check-empty-comment = { $key }: the comment is empty
check-no-closing-comment = { $key }: this questionnaire does not offer one
# $code is the no-answer code, `no-answer`.
check-item-no-no-answer = this item does not offer `{ $code }`
check-grid-no-no-answer = this grid does not offer `{ $code }`
check-empty-text = the text is empty; leave the item out instead
check-not-an-option = `{ $code }` is not an option (options: { $options })
check-ticked-twice = `{ $code }` is ticked twice
check-exclusive = `{ $code }` is ticked alone or not at all: untick the other options, or `{ $code }`
check-not-applicable = { $key }: this item is asked only if `{ $rule }`, which the other answers do not meet: leave it out
check-too-few-ticked =
    { $min ->
        [one] tick at least { $min } option, not { $n }
       *[other] tick at least { $min } options, not { $n }
    }
check-too-many-ticked =
    { $max ->
        [one] tick at most { $max } option, not { $n }
       *[other] tick at most { $max } options, not { $n }
    }
check-not-finite = not a finite number
check-not-whole = { $value } is not a whole number
check-outside-range = { $value } is outside the accepted range ({ $min } to { $max })
check-outside-range-at-least = { $value } is outside the accepted range ({ $min } to any)
check-outside-range-at-most = { $value } is outside the accepted range (any to { $max })
check-unknown-row = unknown row `{ $row }`
check-row-not-an-option = row `{ $row }`: `{ $code }` is not an option (options: { $options })
check-row-unanswered = row `{ $row }` has no answer
# An answer of the wrong shape; $kind is the item's kind as written in questionnaires.
check-wrong-shape-single = not a valid answer to a `{ $kind }` item (expected an option code as a string)
check-wrong-shape-multiple = not a valid answer to a `{ $kind }` item (expected an array of option codes)
check-wrong-shape-text = not a valid answer to a `{ $kind }` item (expected a string)
check-wrong-shape-number = not a valid answer to a `{ $kind }` item (expected a number)
check-wrong-shape-grid = not a valid answer to a `{ $kind }` item (expected a table of row id to option code)

## Answers files (take --answers).

answers-version-unsupported = schema_version { $version } is not supported; use { $supported }
answers-not-an-answer = not a valid answer: give an option code, `{ $code }`, a text, a number, a list of codes or a table of rows

## Writing files; drafts.

store-cannot-create-folder = cannot create folder { $path }
store-cannot-open-folder = cannot open folder { $path }
store-not-an-evaluation-folder = { $path } is not a folder of the evaluation (a link or a file was put in its place); nothing was written there
store-cannot-create-file-in = cannot create a file in { $dir }
store-cannot-write-to = cannot write to { $dir }
store-cannot-write = cannot write { $path }
draft-cannot-remove = cannot remove draft { $path }
draft-not-an-id = `{ $id }` is not a draft id
draft-missing = no draft `{ $id }` in { $dir }
draft-not-valid = not a valid draft: { $reason }
draft-misnamed = holds the draft `{ $found }`, not `{ $id }` as its name says; it was renamed or planted, and is not used
draft-version-unsupported = draft format version { $version } is not supported
draft-not-a-draft = not a draft (drafts are named ID.json)
draft-bad-name = not a draft name: { $problem }

## Files anyone may have put in a shared folder.

file-cannot-read = cannot read: { $reason }
# What an entry of a folder is, to be put in file-not-regular and other messages.
file-kind-fifo = a named pipe (FIFO)
file-kind-device = a device
file-kind-socket = a socket
file-kind-link = a symbolic link
file-kind-folder = a folder
file-kind-file = a regular file
file-kind-other = not a regular file
file-not-regular = it is { $kind }, not a regular file
file-link-refused = it is a symbolic link; links inside an evaluation folder are not followed
file-too-large = it is larger than { $size }, the most partnereval reads for such a file
file-size-mib = { $n } MiB
file-size-kib = { $n } KiB
file-size-bytes =
    { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }

## The files and bundles a report reads.

stdin-is-terminal = `-` stands for standard input, which is a terminal here: pipe or redirect the input into partnereval (`command | partnereval … -` or `partnereval … - < FILE`)
stream-read-twice = standard input or a named pipe can be read only once
stream-not-read-yet = standard input or a named pipe was read again before it was read
stream-waiting = partnereval: waiting for responses to be written into the named pipe { $name } (Ctrl-C to stop)
stream-given-twice = `{ $name }` is given twice, but it can be read only once (standard input or a pipe)
input-not-read = not read: { $reason }
input-warning = partnereval: warning: { $file }: { $reason }
input-no-such-file = no such file or folder
input-not-a-response-file = not a response file (*.json) or bundle (*.ndjson)
input-folder-not-read = it is a folder; folders inside a responses folder are not read
input-not-a-source = it is { $kind }, not a file or folder of responses
input-response-too-large = more than { $size } is too large for a response
input-empty-file = the file is empty
input-not-utf8 = not UTF-8 text (byte { $byte })
input-not-json = not valid JSON: { $detail }
input-not-a-response = not a partnereval response: { $detail }
input-line-too-long = the line is longer than { $size }, the most a response may be; the rest of the bundle is not read
input-too-many-bad-lines = more than { $n } lines of this bundle are not valid responses; it is not read from this line on
input-reread-failed = could not be read again to look for repeated response ids ({ $reason }); nothing was compiled
input-repeats-id = repeats the response id { $id } of { $place }

## What a JSON (or TOML) parser finds wrong.

json-at = { $problem } at line { $line } column { $column }
json-eof-list = EOF while parsing a list
json-eof-object = EOF while parsing an object
json-eof-string = EOF while parsing a string
json-eof-value = EOF while parsing a value
json-expected-colon = expected `:`
json-expected-comma-or-bracket = expected `,` or `]`
json-expected-comma-or-brace = expected `,` or `{"}"}`
json-expected-ident = expected ident
json-expected-value = expected value
json-expected-quote = expected `"`
json-invalid-escape = invalid escape
json-invalid-number = invalid number
json-number-out-of-range = number out of range
json-invalid-unicode = invalid unicode code point
json-control-character = control character (\u0000-\u001F) found while parsing a string
json-key-not-string = key must be a string
json-lone-surrogate = lone leading surrogate in hex escape
json-trailing-comma = trailing comma
json-trailing-characters = trailing characters
json-end-of-hex-escape = unexpected end of hex escape
json-recursion-limit = recursion limit exceeded
# $expected is a list of the fields the format has.
parse-unknown-field = unknown field `{ $field }`, expected one of { $expected }
parse-missing-field = missing field `{ $field }`
parse-duplicate-field = duplicate field `{ $field }`
# $expected is a list of the values allowed.
parse-unknown-variant = unknown variant `{ $value }`, expected one of { $expected }
parse-invalid-type = invalid type: { $found }, expected { $expected }
parse-invalid-value = invalid value: { $found }, expected { $expected }
# What was found, to be put in parse-invalid-type.
parse-found-boolean = boolean `{ $value }`
parse-found-integer = integer `{ $value }`
parse-found-float = floating point `{ $value }`
# $value is the string in double quotes.
parse-found-string = string { $value }
parse-found-null = null
parse-found-sequence = sequence
parse-found-map = map
# What was expected, to be put in parse-invalid-type.
parse-expected-string = a string
parse-expected-boolean = a boolean
parse-expected-unsigned = a whole number of 0 or more
parse-expected-integer = a whole number
parse-expected-number = a number
parse-expected-map = a map
parse-expected-object = an object
parse-expected-sequence = a sequence
parse-expected-answer = an option code, a text, a number, a list of codes or a table of rows
