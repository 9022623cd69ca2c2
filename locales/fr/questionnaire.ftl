# Questionnaire files: loading them, and every problem validation finds.
# The texts of src/i18n/parts/questionnaire.rs. Each is said to the author of a
# questionnaire file, after its location (FILE:LINE:COL): what is wrong, and how to fix it.
# Keys of the file (`options`, `min_choices`) and values (ids, codes) stay as written; what
# is to be typed into the file keeps its decimal point (`0.25`).

## Reading the file

# (size in MiB)
too-large = le fichier fait plus de { $size } Mio ; un questionnaire ne peut pas dépasser cette taille
not-utf8 = le fichier n'est pas du texte UTF-8 (est-ce bien un fichier TOML de questionnaire ?)
too-deep = des tableaux ou des tables en ligne sont imbriqués plus de { $levels } fois les uns dans les autres
# The parser's reason is in English.
invalid-toml = TOML invalide : { $reason }
missing-schema-version = `schema_version` manquant : ajoutez `schema_version = { $version }` au début du fichier
newer-version = ce questionnaire suit la version { $found } du format ; cette version de partnereval lit la version { $version } (une version plus récente de partnereval pourrait le lire)
schema-version-type = `schema_version` doit être le nombre entier { $version }, pas { $kind ->
        [string] une chaîne de caractères
        [float] un nombre décimal
        [boolean] un booléen
        [datetime] une date
        [array] un tableau
        [table] une table
        *[other] une valeur de type { $kind }
    }

## The shape of the file (problems found by serde, put in words)

missing-field = il manque la clé `{ $field }`
# fields: `id`, `kind`, ... as serde lists them.
unknown-field = clé `{ $field }` inconnue ; { $count ->
        [one] la seule clé possible ici est { $fields }
        *[other] les clés possibles ici sont { $fields }
    }
unknown-variant = valeur `{ $value }` inconnue ; { $count ->
        [one] la seule valeur possible est { $values }
        *[other] les valeurs possibles sont { $values }
    }
# found: string, integer, float, boolean, array, table; value: as written ("twenty", `5`).
invalid-type = type invalide : il faut { $expected ->
        [whole-number] un nombre entier
        [number] un nombre
        [array] un tableau
        [boolean] true ou false
        *[string] une chaîne de caractères
    } ici, pas { $found ->
        [string] la chaîne { $value }
        [integer] le nombre entier { $value }
        [float] le nombre décimal { $value }
        [boolean] le booléen { $value }
        [array] un tableau
        *[table] une table
    }
invalid-value = valeur invalide : il faut { $expected ->
        [whole-number] un nombre entier positif ou nul
        [number] un nombre
        [array] un tableau
        [boolean] true ou false
        *[string] une chaîne de caractères
    } ici, pas { $found ->
        [string] la chaîne { $value }
        [integer] le nombre entier { $value }
        [float] le nombre décimal { $value }
        [boolean] le booléen { $value }
        [array] un tableau
        *[table] une table
    }
wanted-string-or-table = il faut ici une chaîne de caractères ou une table
text-shape = un texte doit être une chaîne de caractères, ou une table avec une chaîne par langue déclarée
# A reason from the parser, in English, that partnereval does not put in words itself.
format-problem = le fichier ne suit pas le format des questionnaires : { $reason }

## Identifiers: invalid, then used twice (line and column of the first use)

invalid-option-code = code d'option `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-scale-id = identifiant d'échelle `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-prerequisite-id = identifiant de préalable `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-profile-field-id = identifiant de champ de profil `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-choice-code = code de choix `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-item-id = identifiant d'énoncé `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-row-id = identifiant de ligne `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-dimension-id = identifiant de condition `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
invalid-band-id = identifiant de niveau `{ $id }` invalide : utilisez des lettres, des chiffres, `-` et `_`, en commençant par une lettre ou un chiffre (64 caractères au plus)
duplicate-option-code = code d'option `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-scale-id = identifiant d'échelle `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-prerequisite-id = identifiant de préalable `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-profile-field-id = identifiant de champ de profil `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-choice-code = code de choix `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-item-id = identifiant d'énoncé `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-row-id = identifiant de ligne `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-dimension-id = identifiant de condition `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })
duplicate-band-id = identifiant de niveau `{ $id }` en double (première occurrence : ligne { $line }, colonne { $column })

## The questionnaire as a whole

invalid-questionnaire-id = identifiant de questionnaire `{ $id }` invalide : utilisez des lettres minuscules, des chiffres, `-`, `_` et `.`, en commençant par une lettre ou un chiffre
invalid-version = `version` doit être un mot non vide, sans espace, p. ex. `1.0.0`
no-languages = `languages` est vide : déclarez au moins une langue, p. ex. `["fr"]`
not-a-language-code = `{ $code }` n'est pas un code de langue comme `en`, `fr` ou `fr-CA`
language-twice = la langue `{ $lang }` est déclarée deux fois
default-language-not-declared = la langue par défaut `{ $lang }` n'est pas dans `languages`
threshold-out-of-range = le seuil de divergence { $threshold } est hors limites : donnez la part des réponses nécessaire à chaque extrémité, supérieure à 0 et d'au plus 0,5 (p. ex. `0.25`)
no-items = le questionnaire n'a aucun énoncé : ajoutez au moins un `[[items]]`

## Texts

text-missing-language = texte manquant dans la langue `{ $lang }`
# declared: the languages as written in `languages`, comma-separated.
language-not-declared = la langue `{ $lang }` n'est pas déclarée dans `languages` ({ $declared })
empty-text = le texte est vide
# code: hexadecimal, as in U+001B.
control-character = le texte contient le caractère de contrôle U+{ $code } ; retirez-le
label-too-long = libellé de { $length } caractères ; gardez-le à quelques mots ({ $max } caractères au plus) pour qu'il tienne dans une colonne de tableau

## Options, scales, profile fields, items

empty-options = la liste d'options est vide
reserved-no-answer = `no-answer` est réservé : écrivez `no_answer = true` au lieu d'en faire une option
score-not-finite = le score doit être un nombre fini, pas { $score }
option-unscored = l'option `{ $code }` n'a pas de `score` alors que d'autres options en ont un : donnez un score à toutes les options ou à aucune
empty-choices = la liste de choix est vide (ou écrivez `partners = true` pour proposer les organisations partenaires de l'évaluation)
options-and-scale = donnez soit `options`, soit `scale`, pas les deux
# kind: single, multiple, grid.
needs-options = un énoncé de type `{ $kind }` doit avoir `options` ou `scale`
unknown-scale = échelle `{ $scale }` inconnue ; les échelles sous `[[scales]]` sont : { $known }
not-for-kind = `{ $field }` ne s'applique pas aux énoncés de type `{ $kind }`
grid-needs-rows = un énoncé de type `grid` doit avoir `rows`
threshold-not-positive = `threshold` doit être un nombre de points de score supérieur à 0
bands-several-ranges = ces niveaux s’appliqueraient à des énoncés d’étendues de scores différentes ({ $ranges }) : donnez plutôt à chaque échelle ses propres `bands` sous `[[scales]]` (les énoncés d’une échelle sans niveaux sont lus sur leur étendue coupée en trois)
reverse-needs-scores = `reverse = true` inverse les scores : l’énoncé doit avoir des options d’au moins deux scores différents
empty-rows = la liste de lignes est vide
not-finite = `{ $field }` doit être un nombre fini
max-below-min = `max` ({ $max }) est inférieur à `min` ({ $min })
max-choices-below-min = `max_choices` ({ $max }) est inférieur à `min_choices` ({ $min })
# field: min_choices or max_choices.
choices-above-options = `{ $field }` ({ $value }) dépasse { $options ->
        [0] le nombre d'options (0)
        [one] la seule option
        *[other] les { $options } options
    }
max-choices-zero = `max_choices = 0` refuse toute case cochée : donnez 1 ou plus, ou retirez-le
exclusive-min-choices = `min_choices = { $min }` refuserait `{ $code }`, qui est exclusive et donc cochée seule : ramenez `min_choices` à 1
# kind: single, grid, text, number.
exclusive-not-multiple = `exclusive` s'applique seulement aux options des énoncés `multiple`, pas des énoncés `{ $kind }`
exclusive-in-scale = l'échelle `{ $scale }` a l'option exclusive `{ $code }`, mais `{ $item }` est un énoncé `{ $kind }` : seuls les énoncés `multiple` prennent des options exclusives (donnez à cet énoncé une échelle qui n'en a pas)

## Relevance rules (`show_if`): « règle `show_if` », never « condition » (a dimension).
# found: `x` as written, or condition-end.

condition-empty = `show_if` est vide : écrivez une règle comme `role = yes`, ou retirez-le
condition-end = la fin de `show_if`
condition-quoted = écrivez les codes sans guillemets, p. ex. `role = yes`
condition-character = `{ $character }` n'a pas de sens dans `show_if` : utilisez des identifiants, des codes, des nombres, `=`, `!=`, `<`, `<=`, `>`, `>=`, des parenthèses, des virgules et les mots `and`, `or`, `not`, `in`, `includes`
condition-expected-item = identifiant d'énoncé ou `profile.CHAMP` attendu, mais trouvé { $found }
condition-expected-operator = `=`, `!=`, `in`, `not in`, `includes`, `<`, `<=`, `>` ou `>=` attendu après `{ $id }`, mais trouvé { $found }
condition-expected-in = `in` attendu après `{ $id } not` (comme dans `{ $id } not in (a, b)`), mais trouvé { $found }
condition-expected-value = code ou nombre attendu après `{ $op }`, mais trouvé { $found }
condition-expected-list = liste de codes entre parenthèses attendue après `{ $op }`, comme `(yes, maybe)`, mais trouvé { $found }
condition-expected-comma = `,` ou `)` attendu dans la liste de codes, mais trouvé { $found }
condition-expected-close = `)` attendu pour fermer la parenthèse, mais trouvé { $found }
condition-expected-and-or = `and`, `or` ou la fin de `show_if` attendu, mais trouvé { $found }
condition-unknown-item = énoncé `{ $id }` inconnu : `show_if` porte sur un énoncé écrit avant celui-ci, ou sur un champ de profil écrit `profile.ID`
condition-unknown-profile-field = champ de profil `{ $id }` inconnu ({ $count ->
        [0] le questionnaire n'a aucun champ de profil
        [one] le champ de profil est { $fields }
        *[other] les champs de profil sont { $fields }
    })
condition-partners-field = le champ de profil `{ $id }` propose les organisations partenaires de l'évaluation, qu'un questionnaire ne connaît pas : `show_if` ne peut pas porter sur lui
# kind: single, multiple, number, or profile (a profile field).
condition-operator = `{ $op }` ne s'applique pas à `{ $id }` : { $kind ->
        [multiple] c'est un énoncé `multiple`, vérifié avec `{ $id } includes CODE`
        [number] c'est un énoncé `number`, comparé avec `=`, `!=`, `<`, `<=`, `>` ou `>=` et un nombre
        [profile] un champ de profil se vérifie avec `=`, `!=`, `in` ou `not in` et ses codes
        *[other] c'est un énoncé `{ $kind }`, vérifié avec `=`, `!=`, `in` ou `not in` et ses codes
    }
condition-on-itself = un énoncé ne peut pas dépendre de sa propre réponse : portez la règle sur un énoncé écrit avant `{ $id }`
condition-forward = `{ $id }` vient après `{ $item }` : `show_if` ne peut porter que sur des énoncés posés avant le sien (placez `{ $item }` après `{ $id }`, ou portez la règle sur un autre énoncé)
condition-unknown-code = `{ $code }` n'est pas un code de `{ $id }` (codes : { $codes })
condition-not-a-number = `{ $value }` n'est pas un nombre, mais `{ $id }` est un énoncé `number` : comparez-le à un nombre, p. ex. `{ $id } >= 1`
# kind: text, grid.
condition-not-testable = `{ $id }` est un énoncé `{ $kind }`, dont `show_if` ne peut pas vérifier les réponses : portez la règle sur un énoncé `single`, `multiple` ou `number`, ou sur un champ de profil

## Dimensions

empty-dimension = la condition n'a aucun énoncé
unknown-item = énoncé `{ $id }` inconnu
item-in-two-dimensions = l'énoncé `{ $id }` est déjà dans une condition ; un énoncé appartient à une condition au plus (première occurrence : ligne { $line }, colonne { $column })
# kind: text, number, multiple.
unscored-kind-in-dimension = l'énoncé `{ $id }` est de type `{ $kind }` ; seuls les énoncés `single` et `grid` ont un score et peuvent appartenir à une condition
no-dimensions = aucune condition : les rapports montreront seulement les énoncés et le résultat d'ensemble
item-in-no-dimension = l'énoncé `{ $id }` n'appartient à aucune condition ; il compte seulement dans le résultat d'ensemble
option-needs-score = l'option `{ $code }` n'a pas de `score`, mais l'énoncé `{ $item }` appartient à une condition et en demande un pour chaque option

## Bands

band-limits-not-finite = les limites d'un niveau doivent être des nombres finis
empty-band = le niveau `{ $id }` est vide : `max` ({ $max }) doit être supérieur à `min` ({ $min })
bands-overlap = les niveaux `{ $low }` ({ $low_min }–{ $low_max }) et `{ $high }` ({ $high_min }–{ $high_max }) se chevauchent
bands-gap = les niveaux `{ $low }` et `{ $high }` laissent un écart entre { $from } et { $to }
bands-start-above = les niveaux commencent à { $start }, mais les scores descendent jusqu'à { $lowest }
bands-end-below = les niveaux finissent à { $end }, mais les scores montent jusqu'à { $highest }

## The matrix

unknown-profile-field = champ de profil `{ $id }` inconnu
not-a-grid = `{ $id }` n'est pas un énoncé de type `grid`
rows-differ = `{ $receives }` doit avoir les mêmes lignes que `{ $contributes }`, dans le même ordre
not-a-row = `{ $row }` n'est pas une ligne de `{ $item }`
