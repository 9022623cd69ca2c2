# Responses, drafts and answers files: reading, checking and storing them.
# The texts of src/i18n/parts/responses.rs.
# Values given to these messages (ids, codes, keys such as answers.q01, paths, what the
# system or a parser says) are shown as they are.

# A problem at a place: a key (answers.q01) or a file.
located = { $place } : { $problem }
# Between the problems of one response, on one line.
problem-separator = {""} ;{" "}

## Checking a response (or answers) against its questionnaire.

check-not-a-day = `{ $value }` n'est pas une date (AAAA-MM-JJ)
check-day-too-early = `{ $value }` précède le { $earliest }
check-day-in-future = `{ $value }` est une date future
check-not-a-response-id = `{ $id }` n'est pas un identifiant de réponse (1 à 64 lettres, chiffres, `-` ou `_`, commençant par une lettre ou un chiffre)
check-version-unsupported = la version { $version } du format des réponses n'est pas prise en charge ; cette version de partnereval lit la version { $supported }
# The file answers another questionnaire.
check-other-questionnaire = répond au questionnaire `{ $found }`, et non à `{ $expected }`
check-other-version = répond à la version { $version } de `{ $questionnaire }` ; cette évaluation utilise la version { $expected }
check-other-text = répond à un autre texte de `{ $questionnaire }` { $version } (empreinte du contenu { $found } au lieu de { $expected })
check-given-twice = { $key } : figure deux fois
check-language-not-offered = la langue `{ $lang }` n'est pas une langue du questionnaire ({ $offered })
check-unknown-prerequisite = { $key } : question préalable inconnue
check-unknown-profile-field = { $key } : champ de profil inconnu
check-not-a-choice = { $key } : `{ $code }` n'est pas un choix possible (choix : { $choices })
check-unknown-item = { $key } : énoncé inconnu
check-required-unanswered = { $key } : énoncé obligatoire sans réponse
check-no-such-row = { $key } : `{ $item }` n'a pas de ligne `{ $row }`
check-no-comments = { $key } : cet énoncé ne prend pas de commentaire
check-empty-comment = { $key } : le commentaire est vide
check-no-closing-comment = { $key } : ce questionnaire n'offre pas de commentaire final
# $code is the no-answer code, `no-answer`.
check-item-no-no-answer = cet énoncé n'offre pas « pas de réponse » (`{ $code }`)
check-grid-no-no-answer = cette grille n'offre pas « pas de réponse » (`{ $code }`)
check-empty-text = le texte est vide ; omettez plutôt l'énoncé
check-not-an-option = `{ $code }` n'est pas une option (options : { $options })
check-ticked-twice = `{ $code }` est coché deux fois
check-exclusive = `{ $code }` se coche seule ou pas du tout : décochez les autres options, ou `{ $code }`
check-not-applicable = { $key } : cet énoncé n'est posé que si `{ $rule }`, ce que les autres réponses ne remplissent pas : retirez-le
check-too-few-ticked =
    { $min ->
        [one] cochez au moins { $min } option, et non { $n }
       *[other] cochez au moins { $min } options, et non { $n }
    }
check-too-many-ticked =
    { $max ->
        [one] cochez au plus { $max } option, et non { $n }
       *[other] cochez au plus { $max } options, et non { $n }
    }
check-not-finite = ce n'est pas un nombre fini
check-not-whole = { $value } n'est pas un nombre entier
check-outside-range = { $value } est hors des valeurs acceptées (de { $min } à { $max })
check-outside-range-at-least = { $value } est hors des valeurs acceptées (au moins { $min })
check-outside-range-at-most = { $value } est hors des valeurs acceptées (au plus { $max })
check-unknown-row = ligne `{ $row }` inconnue
check-row-not-an-option = ligne `{ $row }` : `{ $code }` n'est pas une option (options : { $options })
check-row-unanswered = la ligne `{ $row }` n'a pas de réponse
# An answer of the wrong shape; $kind is the item's kind as written in questionnaires.
check-wrong-shape-single = réponse non valide pour un énoncé `{ $kind }` (il faut un code d'option, en texte)
check-wrong-shape-multiple = réponse non valide pour un énoncé `{ $kind }` (il faut une liste de codes d'options)
check-wrong-shape-text = réponse non valide pour un énoncé `{ $kind }` (il faut un texte)
check-wrong-shape-number = réponse non valide pour un énoncé `{ $kind }` (il faut un nombre)
check-wrong-shape-grid = réponse non valide pour un énoncé `{ $kind }` (il faut une table qui associe à chaque identifiant de ligne un code d'option)

## Answers files (take --answers).

answers-version-unsupported = schema_version { $version } n'est pas prise en charge ; utilisez { $supported }
answers-not-an-answer = réponse non valide : donnez un code d'option, `{ $code }`, un texte, un nombre, une liste de codes ou une table de lignes

## Writing files; drafts.

store-cannot-create-folder = impossible de créer le dossier { $path }
store-cannot-open-folder = impossible d'ouvrir le dossier { $path }
store-not-an-evaluation-folder = { $path } n'est pas un dossier de l'évaluation (un lien ou un fichier a été mis à sa place) ; rien n'y a été écrit
store-cannot-create-file-in = impossible de créer un fichier dans { $dir }
store-cannot-write-to = impossible d'écrire dans { $dir }
store-cannot-write = impossible d'écrire { $path }
draft-cannot-remove = impossible de supprimer le brouillon { $path }
draft-not-an-id = `{ $id }` n'est pas un identifiant de brouillon
draft-missing = aucun brouillon `{ $id }` dans { $dir }
draft-not-valid = brouillon non valide : { $reason }
draft-misnamed = contient le brouillon `{ $found }`, et non `{ $id }` comme l'indique son nom ; il a été renommé ou déposé là par quelqu'un, et n'est pas utilisé
draft-version-unsupported = la version { $version } du format des brouillons n'est pas prise en charge
draft-not-a-draft = pas un brouillon (les brouillons sont nommés ID.json)
draft-bad-name = nom de brouillon non valide : { $problem }

## Files anyone may have put in a shared folder.

file-cannot-read = lecture impossible : { $reason }
# What an entry of a folder is, to be put in file-not-regular and other messages.
file-kind-fifo = un tube nommé (FIFO)
file-kind-device = un périphérique
file-kind-socket = une interface de connexion (socket)
file-kind-link = un lien symbolique
file-kind-folder = un dossier
file-kind-file = un fichier ordinaire
file-kind-other = autre chose qu'un fichier ordinaire
file-not-regular = c'est { $kind }, pas un fichier ordinaire
file-link-refused = c'est un lien symbolique ; les liens à l'intérieur d'un dossier d'évaluation ne sont pas suivis
file-too-large = il dépasse { $size }, le maximum que partnereval lit pour ce genre de fichier
file-size-mib = { $n } Mio
file-size-kib = { $n } Kio
file-size-bytes =
    { $n ->
        [one] { $n } octet
       *[other] { $n } octets
    }

## The files and bundles a report reads.

stdin-is-terminal = `-` désigne l'entrée standard, qui est ici un terminal : faites passer les données par un tube ou une redirection (`commande | partnereval … -` ou `partnereval … - < FICHIER`)
stream-read-twice = l'entrée standard ou un tube nommé ne se lit qu'une fois
stream-not-read-yet = l'entrée standard ou un tube nommé a été relu avant d'avoir été lu
stream-waiting = partnereval : en attente de réponses écrites dans le tube nommé { $name } (Ctrl-C pour arrêter)
stream-given-twice = `{ $name }` est donné deux fois, mais il ne se lit qu'une fois (entrée standard ou tube)
input-not-read = non lu : { $reason }
input-warning = partnereval : avertissement : { $file } : { $reason }
input-no-such-file = fichier ou dossier introuvable
input-not-a-response-file = ni un fichier de réponse (*.json) ni un lot de réponses (*.ndjson)
input-folder-not-read = c'est un dossier ; les dossiers à l'intérieur d'un dossier de réponses ne sont pas lus
input-not-a-source = c'est { $kind }, pas un fichier ni un dossier de réponses
input-response-too-large = plus de { $size }, c'est trop pour une réponse
input-empty-file = le fichier est vide
input-not-utf8 = ce n'est pas du texte UTF-8 (octet { $byte })
input-not-json = JSON non valide : { $detail }
input-not-a-response = pas une réponse partnereval : { $detail }
input-line-too-long = la ligne dépasse { $size }, la taille maximale d'une réponse ; le reste du lot n'est pas lu
input-too-many-bad-lines = plus de { $n } lignes de ce lot ne sont pas des réponses valides ; il n'est pas lu à partir de cette ligne
input-reread-failed = n'a pas pu être relu pour chercher les identifiants de réponse répétés ({ $reason }) ; rien n'a été compilé
input-repeats-id = reprend l'identifiant de réponse { $id } de { $place }

## What a JSON (or TOML) parser finds wrong.

json-at = { $problem }, à la ligne { $line }, colonne { $column }
json-eof-list = fin du texte au milieu d'une liste
json-eof-object = fin du texte au milieu d'un objet
json-eof-string = fin du texte au milieu d'une chaîne de caractères
json-eof-value = fin du texte là où une valeur est attendue
json-expected-colon = `:` attendu
json-expected-comma-or-bracket = `,` ou `]` attendu
json-expected-comma-or-brace = `,` ou `{"}"}` attendu
json-expected-ident = mot attendu (true, false ou null)
json-expected-value = valeur attendue
json-expected-quote = `"` attendu
json-invalid-escape = séquence d'échappement non valide
json-invalid-number = nombre non valide
json-number-out-of-range = nombre hors limites
json-invalid-unicode = point de code Unicode non valide
json-control-character = caractère de contrôle (\u0000-\u001F) dans une chaîne de caractères
json-key-not-string = une clé doit être une chaîne de caractères
json-lone-surrogate = demi-code de tête isolé dans une séquence d'échappement hexadécimale
json-trailing-comma = virgule en trop
json-trailing-characters = caractères en trop après la fin
json-end-of-hex-escape = séquence d'échappement hexadécimale incomplète
json-recursion-limit = imbrication trop profonde
# $expected is a list of the fields the format has.
parse-unknown-field = champ inconnu `{ $field }` (champs possibles : { $expected })
parse-missing-field = champ manquant : `{ $field }`
parse-duplicate-field = champ en double : `{ $field }`
# $expected is a list of the values allowed.
parse-unknown-variant = valeur inconnue `{ $value }` (valeurs possibles : { $expected })
parse-invalid-type = type non valide : { $found }, alors qu'il faut { $expected }
parse-invalid-value = valeur non valide : { $found }, alors qu'il faut { $expected }
# What was found, to be put in parse-invalid-type.
parse-found-boolean = booléen `{ $value }`
parse-found-integer = entier `{ $value }`
parse-found-float = nombre décimal `{ $value }`
# $value is the string in double quotes.
parse-found-string = chaîne { $value }
parse-found-null = null
parse-found-sequence = liste
parse-found-map = objet
# What was expected, to be put in parse-invalid-type.
parse-expected-string = une chaîne de caractères
parse-expected-boolean = true ou false
parse-expected-unsigned = un nombre entier de 0 ou plus
parse-expected-integer = un nombre entier
parse-expected-number = un nombre
parse-expected-map = un objet
parse-expected-object = un objet
parse-expected-sequence = une liste
parse-expected-answer = un code d'option, un texte, un nombre, une liste de codes ou une table de lignes
