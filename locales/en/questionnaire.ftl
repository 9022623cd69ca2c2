# Questionnaire files: loading them, and every problem validation finds.
# The texts of src/i18n/parts/questionnaire.rs. Each is said to the author of a
# questionnaire file, after its location (FILE:LINE:COL): what is wrong, and how to fix it.
# Keys of the file (`options`, `min_choices`) and values (ids, codes) stay as written.

## Reading the file

# (size in MiB)
too-large = the file is larger than { $size } MiB; a questionnaire may be at most that
not-utf8 = the file is not UTF-8 text (is it a questionnaire TOML file?)
too-deep = arrays and inline tables are nested more than { $levels } levels deep
# The parser's reason is in English.
invalid-toml = invalid TOML: { $reason }
missing-schema-version = missing `schema_version`: add `schema_version = { $version }` at the top
newer-version = this questionnaire uses format version { $found }; this partnereval reads version { $version } (a newer partnereval may read it)
schema-version-type = `schema_version` must be the integer { $version }, not { $kind ->
        [array] an array
        [integer] an integer
        *[other] a { $kind }
    }

## The shape of the file (problems found by serde, put in words)

missing-field = missing field `{ $field }`
# fields: `id`, `kind`, ... as serde lists them.
unknown-field = unknown field `{ $field }`, expected { $count ->
        [one] { $fields }
        *[other] one of { $fields }
    }
unknown-variant = unknown variant `{ $value }`, expected { $count ->
        [one] { $values }
        *[other] one of { $values }
    }
# found: string, integer, float, boolean, array, table; value: as written ("twenty", `5`).
invalid-type = invalid type: { $found ->
        [string] string { $value }
        [integer] integer { $value }
        [float] floating point { $value }
        [boolean] boolean { $value }
        [array] sequence
        *[table] map
    }, expected { $expected ->
        [whole-number] a whole number
        [number] a number
        [array] an array
        [boolean] true or false
        *[string] a string
    }
invalid-value = invalid value: { $found ->
        [string] string { $value }
        [integer] integer { $value }
        [float] floating point { $value }
        [boolean] boolean { $value }
        [array] sequence
        *[table] map
    }, expected { $expected ->
        [whole-number] a whole number
        [number] a number
        [array] an array
        [boolean] true or false
        *[string] a string
    }
wanted-string-or-table = wanted string or table
text-shape = data did not match any variant of untagged enum Text
# A reason from the parser, in English, that partnereval does not put in words itself.
format-problem = { $reason }

## Identifiers: invalid, then used twice (line and column of the first use)

invalid-option-code = invalid option code `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-scale-id = invalid scale id `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-prerequisite-id = invalid prerequisite id `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-profile-field-id = invalid profile field id `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-choice-code = invalid choice code `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-item-id = invalid item id `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-row-id = invalid row id `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-dimension-id = invalid dimension id `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
invalid-band-id = invalid band id `{ $id }`: use letters, digits, `-` and `_`, starting with a letter or digit (at most 64 characters)
duplicate-option-code = duplicate option code `{ $id }` (first at { $line }:{ $column })
duplicate-scale-id = duplicate scale id `{ $id }` (first at { $line }:{ $column })
duplicate-prerequisite-id = duplicate prerequisite id `{ $id }` (first at { $line }:{ $column })
duplicate-profile-field-id = duplicate profile field id `{ $id }` (first at { $line }:{ $column })
duplicate-choice-code = duplicate choice code `{ $id }` (first at { $line }:{ $column })
duplicate-item-id = duplicate item id `{ $id }` (first at { $line }:{ $column })
duplicate-row-id = duplicate row id `{ $id }` (first at { $line }:{ $column })
duplicate-dimension-id = duplicate dimension id `{ $id }` (first at { $line }:{ $column })
duplicate-band-id = duplicate band id `{ $id }` (first at { $line }:{ $column })

## The questionnaire as a whole

invalid-questionnaire-id = invalid questionnaire id `{ $id }`: use lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit
invalid-version = `version` must be a non-empty word without spaces, e.g. `1.0.0`
no-languages = `languages` is empty: declare at least one, e.g. `["en"]`
not-a-language-code = `{ $code }` is not a language code such as `en`, `fr` or `fr-CA`
language-twice = language `{ $lang }` is declared twice
default-language-not-declared = default language `{ $lang }` is not in `languages`
threshold-out-of-range = divergence threshold { $threshold } is out of range: give the share of answers needed at each end, above 0 and at most 0.5 (e.g. 0.25)
no-items = the questionnaire has no items: add at least one `[[items]]`

## Texts

text-missing-language = text missing in language `{ $lang }`
# declared: the languages as written in `languages`, comma-separated.
language-not-declared = language `{ $lang }` is not declared in `languages` ({ $declared })
empty-text = text is empty
# code: hexadecimal, as in U+001B.
control-character = text contains the control character U+{ $code }; remove it
label-too-long = label of { $length } characters; keep it to a few words ({ $max } characters at most) so that it fits a table column

## Options, scales, profile fields, items

empty-options = the option list is empty
reserved-no-answer = `no-answer` is reserved: set `no_answer = true` instead of writing it as an option
score-not-finite = score must be a finite number, not { $score }
option-unscored = option `{ $code }` has no `score` while other options have one: score every option or none
empty-choices = the choice list is empty (or set `partners = true` to offer the evaluation's partner organisations)
options-and-scale = give either `options` or `scale`, not both
# kind: single, multiple, grid.
needs-options = a `{ $kind }` item needs `options` or a `scale`
unknown-scale = unknown scale `{ $scale }`; the scales under `[[scales]]` are: { $known }
not-for-kind = `{ $field }` does not apply to `{ $kind }` items
grid-needs-rows = a `grid` item needs `rows`
threshold-not-positive = `threshold` must be a number of score points above 0
bands-several-ranges = these bands would apply to items on different score ranges ({ $ranges }): give each scale its own `bands` under `[[scales]]` instead (items on a scale without bands are read on their range cut in three)
reverse-needs-scores = `reverse = true` turns the scores around: the item needs options with at least two different scores
empty-rows = the row list is empty
not-finite = `{ $field }` must be a finite number
max-below-min = `max` ({ $max }) is below `min` ({ $min })
max-choices-below-min = `max_choices` ({ $max }) is below `min_choices` ({ $min })
# field: min_choices or max_choices.
choices-above-options = `{ $field }` ({ $value }) is more than { $options ->
        [one] the only option
        *[other] the { $options } options
    }
max-choices-zero = `max_choices = 0` refuses every tick: give 1 or more, or remove it
exclusive-min-choices = `min_choices = { $min }` would refuse `{ $code }`, which is exclusive and so ticked alone: lower `min_choices` to 1
# kind: single, grid, text, number.
exclusive-not-multiple = `exclusive` applies to options of `multiple` items only, not of `{ $kind }` items
exclusive-in-scale = scale `{ $scale }` has the exclusive option `{ $code }`, but `{ $item }` is a `{ $kind }` item: only `multiple` items take exclusive options (give this item a scale without one)

## Relevance rules (`show_if`). Not "condition": that is a dimension's name for people.
# found: `x` as written, or condition-end.

condition-empty = `show_if` is empty: write a rule such as `role = yes`, or remove it
condition-end = the end of `show_if`
condition-quoted = write codes without quotes, e.g. `role = yes`
condition-character = `{ $character }` has no meaning in `show_if`: use ids, codes, numbers, `=`, `!=`, `<`, `<=`, `>`, `>=`, brackets, commas and the words `and`, `or`, `not`, `in`, `includes`
condition-expected-item = expected an item id or `profile.FIELD`, found { $found }
condition-expected-operator = expected `=`, `!=`, `in`, `not in`, `includes`, `<`, `<=`, `>` or `>=` after `{ $id }`, found { $found }
condition-expected-in = expected `in` after `{ $id } not` (as in `{ $id } not in (a, b)`), found { $found }
condition-expected-value = expected a code or a number after `{ $op }`, found { $found }
condition-expected-list = expected a list of codes in brackets after `{ $op }`, such as `(yes, maybe)`, found { $found }
condition-expected-comma = expected `,` or `)` in the list of codes, found { $found }
condition-expected-close = expected `)` to close the bracket, found { $found }
condition-expected-and-or = expected `and`, `or` or the end of `show_if`, found { $found }
condition-unknown-item = unknown item `{ $id }`: `show_if` tests an item written before this one, or a profile field as `profile.ID`
condition-unknown-profile-field = unknown profile field `{ $id }` ({ $count ->
        [0] the questionnaire has no profile fields
        [one] the profile field is { $fields }
        *[other] the profile fields are { $fields }
    })
condition-partners-field = profile field `{ $id }` offers the evaluation's partner organisations, which a questionnaire does not know: `show_if` cannot test it
# kind: single, multiple, number, or profile (a profile field).
condition-operator = `{ $op }` does not apply to `{ $id }`: { $kind ->
        [multiple] it is a `multiple` item, tested with `{ $id } includes CODE`
        [number] it is a `number` item, compared with `=`, `!=`, `<`, `<=`, `>` or `>=` and a number
        [profile] a profile field is tested with `=`, `!=`, `in` or `not in` and its codes
        *[other] it is a `{ $kind }` item, tested with `=`, `!=`, `in` or `not in` and its codes
    }
condition-on-itself = an item cannot depend on its own answer: test an item written before `{ $id }`
condition-forward = `{ $id }` comes after `{ $item }`: `show_if` can only test items asked before its own (move `{ $item }` below `{ $id }`, or test another item)
condition-unknown-code = `{ $code }` is not a code of `{ $id }` (codes: { $codes })
condition-not-a-number = `{ $value }` is not a number, but `{ $id }` is a `number` item: compare it with a number, e.g. `{ $id } >= 1`
# kind: text, grid.
condition-not-testable = `{ $id }` is a `{ $kind }` item, whose answers `show_if` cannot test: test a `single`, `multiple` or `number` item, or a profile field

## Dimensions

empty-dimension = the dimension has no items
unknown-item = unknown item `{ $id }`
item-in-two-dimensions = item `{ $id }` is already in a dimension; an item belongs to one dimension at most (first at { $line }:{ $column })
# kind: text, number, multiple.
unscored-kind-in-dimension = item `{ $id }` is a `{ $kind }` item; only `single` and `grid` items are scored and can belong to a dimension
no-dimensions = no dimensions: reports will show the items and the overall result only
item-in-no-dimension = item `{ $id }` is in no dimension; it counts in the overall result only
option-needs-score = option `{ $code }` has no `score`, but item `{ $item }` belongs to a dimension and needs one on every option

## Bands

band-limits-not-finite = band limits must be finite numbers
empty-band = band `{ $id }` is empty: `max` ({ $max }) must be above `min` ({ $min })
bands-overlap = bands `{ $low }` ({ $low_min }–{ $low_max }) and `{ $high }` ({ $high_min }–{ $high_max }) overlap
bands-gap = bands `{ $low }` and `{ $high }` leave a gap between { $from } and { $to }
bands-start-above = the bands start at { $start } but scores go down to { $lowest }
bands-end-below = the bands end at { $end } but scores go up to { $highest }

## The matrix

unknown-profile-field = unknown profile field `{ $id }`
not-a-grid = `{ $id }` is not a `grid` item
rows-differ = `{ $receives }` must have the same rows as `{ $contributes }`, in the same order
not-a-row = `{ $row }` is not a row of `{ $item }`
