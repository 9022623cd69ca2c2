# Evaluations and commands: their errors, and the output of validate, demo, list and show.
# The texts of src/i18n/parts/commands.rs.

## Errors in general

# The severity of a located problem: `FILE:LINE:COL: error: ...`.
severity-error = erreur
severity-warning = avertissement
# The line of an error on stderr.
error-line = partnereval : erreur : { $message }
# A line of a list of problems in one file.
problem-line = { $file } : erreur : { $problem }
unknown-questionnaire = questionnaire inconnu `{ $name }` : donnez le chemin d'un fichier .toml ou l'un de ces questionnaires : { $known }
threshold-several-scales = --threshold fixe une seule variation en points de score, mais les énoncés de ce questionnaire sont sur plusieurs échelles ({ $scales }) : fixez plutôt le `threshold` de chaque échelle dans le questionnaire, ou omettez --threshold pour utiliser 15 % de l’étendue de chaque échelle
cannot-read = impossible de lire { $path } : { $reason }
# Why a file could not be read (the system says it in English; French says it here).
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
io-already-exists = le fichier existe déjà
io-is-a-directory = c'est un dossier
io-not-a-directory = ce n'est pas un dossier
io-storage-full = plus d'espace libre sur le disque
io-read-only = système de fichiers en lecture seule
io-quota-exceeded = quota de disque dépassé
io-file-too-large = le fichier est trop grand pour le système de fichiers
io-invalid-filename = ce nom n'est pas valide sur ce système de fichiers
language-not-offered = `{ $lang }` n'est pas une langue de ce questionnaire (langues offertes : { $offered })
problems-nothing-written =
    { $file } : { $n ->
        [one] { $n } problème
       *[other] { $n } problèmes
    } ; rien n'a été écrit

## Output files (--output)

folder-missing = { $dir } n'existe pas ; créez d'abord le dossier
not-a-file-name = { $path } n'est pas un nom de fichier
output-in-evaluation = { $path } fait partie d'un dossier d'évaluation ; écrivez la sortie ailleurs
output-not-regular = { $path } est { $kind } ; --output n'écrit que dans des fichiers ordinaires (pour écrire dans un tube ou un périphérique, passez par le shell : > { $path })
output-exists = { $path } existe déjà ; ajoutez --force pour le remplacer, ou choisissez un autre nom

## What a command reads

evaluation-with-files = un dossier d'évaluation se lit à partir de ses propres réponses (le tour en cours, ou --round) ; pour la commande { $command } sur d'autres fichiers, donnez d'abord un questionnaire : partnereval { $command } QUESTIONNAIRE FICHIERS...
not-an-evaluation-for = { $dir } n'est pas un dossier d'évaluation (il n'a pas de fichier evaluation.toml) ; pour la commande { $command } sur un dossier de réponses, donnez d'abord le questionnaire : partnereval { $command } QUESTIONNAIRE { $dir }
round-needs-evaluation = --round s'applique à un dossier d'évaluation ; { $target } est un questionnaire
responses-after-questionnaire = donnez les fichiers, dossiers ou lots de réponses après le questionnaire : partnereval { $command } { $target } responses/
min-group-below = --min-group { $n } est sous la taille minimale des groupes de cette évaluation ({ $min }) ; --min-group peut seulement l'augmenter
not-an-evaluation = { $dir } n'est pas un dossier d'évaluation (il n'a pas de fichier evaluation.toml)

## take

take-not-an-evaluation = { $dir } n'est pas un dossier d'évaluation (il n'a pas de fichier evaluation.toml) ; créez-en un avec `partnereval init { $dir } --questionnaire Q`
take-out-with-evaluation = --out s'applique à un questionnaire ; un dossier d'évaluation garde ses réponses dans son dossier responses/
take-no-terminal = take pose ses questions dans un terminal, et il n'y en a pas ici. Utilisez --plain pour répondre ligne par ligne sur l'entrée standard, ou --answers FICHIER pour soumettre des réponses préparées (partnereval take { $target } --answers reponses.toml).
survey-interrupted = interrompu
survey-end-of-input = l'entrée s'est terminée
terminal-failed = le terminal a fait défaut : { $reason }
cannot-save-draft = impossible d'enregistrer le brouillon : { $reason }
draft-label = brouillon { $id }
draft-other-version = le brouillon { $id } a été commencé avec une autre version du questionnaire ({ $questionnaire } { $version }) ; il ne peut pas être repris ici
stdin-unreadable = impossible de lire les réponses sur l'entrée standard
stdin-too-large = <stdin> : plus de { $size } de réponses ; un fichier de réponses fait quelques kilo-octets
stdin-not-utf8 = <stdin> : les réponses ne sont pas du texte UTF-8
file-not-utf8 = { $file } : le fichier n'est pas du texte UTF-8
settings-not-utf8 = { $path } : le fichier n'est pas du texte UTF-8 (octet { $byte })

## compare

compare-not-evaluation = { $dir } n'est pas un dossier d'évaluation (il n'a pas de fichier evaluation.toml) ; pour comparer deux ensembles de réponses, donnez d'abord le questionnaire : partnereval compare QUESTIONNAIRE --from ANCIEN --to NOUVEAU
compare-files-hint =
    { $error }
    Pour comparer des fichiers, des dossiers ou des lots de réponses, donnez le questionnaire comme CIBLE : partnereval compare { $id } --from ANCIEN --to NOUVEAU
single-round = { $dir } n'a qu'un seul tour pour l'instant ; quand les partenaires s'évalueront de nouveau, commencez le tour suivant avec `partnereval round new { $dir } NOM`, puis comparez
first-round-none-before = « { $name } » est le premier tour de { $dir } : il n'y en a aucun avant ; nommez le tour avec lequel le comparer : --from TOUR
same-round = --from et --to désignent le même tour (« { $name } ») ; comparez deux tours différents
compare-needs-both = avec un questionnaire, donnez les deux ensembles de réponses : partnereval compare { $target } --from ANCIEN --to NOUVEAU (fichiers, dossiers ou lots NDJSON)
bad-threshold = --threshold doit être un nombre de points égal ou supérieur à 0, pas { $value }

## report and export

by-refused = les résultats par `{ $field }` ne sont pas permis ici (permis : { $allowed }). Des résultats ventilés selon deux champs différents peuvent être soustraits les uns des autres pour révéler les réponses d'une personne ; une évaluation permet les champs énumérés dans `report_by` de son fichier evaluation.toml.
by-allowed-none = aucun
not-a-profile-field = `{ $field }` n'est pas un champ de profil de ce questionnaire (champs : { $known })
compile-refused =
    { $n ->
        [one] { $n } réponse sur { $total } est invalide ; rien n'a été compilé (utilisez --skip-invalid pour la signaler comme ignorée et continuer)
       *[other] { $n } réponses sur { $total } sont invalides ; rien n'a été compilé (utilisez --skip-invalid pour les signaler comme ignorées et continuer)
    }
compile-skipped =
    { $n ->
        [one] { $n } réponse invalide ignorée (--skip-invalid)
       *[other] { $n } réponses invalides ignorées (--skip-invalid)
    }
export-refused =
    { $n ->
        [one] { $n } réponse est invalide ; rien n'a été exporté (utilisez --skip-invalid pour la laisser de côté)
       *[other] { $n } réponses sont invalides ; rien n'a été exporté (utilisez --skip-invalid pour les laisser de côté)
    }
export-left-out =
    { $n ->
        [one] { $n } réponse invalide laissée de côté
       *[other] { $n } réponses invalides laissées de côté
    }

## Evaluation folders and rounds

unknown-round = { $dir } n'a pas de tour `{ $wanted }` ; ses tours sont : { $rounds }
round-name-length = un tour doit avoir un nom de 1 à 100 caractères
first-name-too-late = --first-name nomme le premier tour au moment où le deuxième commence ; cette évaluation a déjà des tours (renommez-les dans evaluation.toml)
round-exists = { $dir } a déjà un tour nommé `{ $name }` ({ $id }) ; rien n'a été modifié
cannot-edit = impossible de modifier { $path }
cannot-create = impossible de créer { $path }
rounds-not-tables = { $path } : `rounds` n'est pas une liste de tables [[rounds]]
already-evaluation = { $dir } contient déjà une évaluation ; rien n'a été modifié
min-group-too-small = la taille minimale des groupes doit être d'au moins { $min } : avec moins, les membres pourraient reconnaître les réponses des uns et des autres
responses-not-folder = { $path } est { $kind }, pas un dossier ; rien n'a été écrit
not-a-real-folder = { $path } est { $kind }, pas un dossier de l'évaluation ; partnereval ne lit et n'écrit que dans de vrais dossiers à l'intérieur d'une évaluation (déplacez-le ailleurs, et créez un dossier de ce nom)

## Problems of evaluation.toml (each located at FILE:LINE:COL)

settings-version = la version { $version } du format des paramètres n'est pas prise en charge ; cette version de partnereval lit la version { $supported }
settings-language-not-offered = la langue `{ $lang }` n'est pas offerte par le questionnaire
settings-languages-empty = `languages` est vide
settings-min-group = `min_group_size` doit être d'au moins { $min }
settings-profile-unknown = profile : `{ $field }` n'est pas un champ de profil du questionnaire
settings-profile-no-choices = profile : `{ $field }` n'a aucun choix
settings-profile-bad-code = profile : `{ $field }`, le code de choix `{ $code }` n'est pas un identifiant valide (lettres, chiffres, `-`, `_` ; pas `no-answer`)
settings-profile-code-twice = profile : `{ $field }`, un code de choix est utilisé deux fois
settings-report-by-unknown = report_by : `{ $field }` n'est pas un champ de profil du questionnaire
settings-too-many-rounds = { $n } tours ; une évaluation en a au plus { $max }
settings-round-id = l'identifiant de tour `{ $id }` n'est pas valide (lettres minuscules, chiffres, `-`, `_`)
settings-round-id-twice = l'identifiant de tour `{ $id }` est utilisé deux fois
settings-round-empty-name = le tour `{ $id }` a un nom vide
settings-round-control = tour `{ $id }` : son nom contient des caractères de contrôle
settings-round-name-twice = le nom de tour `{ $name }` est utilisé deux fois
settings-round-name-is-id = le nom de tour `{ $name }` est l'identifiant d'un autre tour ; `--round` ne pourrait pas les distinguer
settings-partner-code = le code de partenaire `{ $code }` n'est pas un identifiant valide (lettres, chiffres, `-`, `_`)
settings-partner-code-twice = le code de partenaire `{ $code }` est utilisé deux fois
settings-partner-is-choice = le code de partenaire `{ $code }` est aussi un choix de `{ $field }` dans le questionnaire ; donnez un autre code au partenaire

## validate

validate-ok =
    { $file } : valide : { $questionnaire } ({ $items ->
        [one] { $items } énoncé
       *[other] { $items } énoncés
    }, { $dimensions ->
        [one] { $dimensions } condition
       *[other] { $dimensions } conditions
    }, langues { $languages }){ $warnings ->
        [0] {""}
        [one] , { $warnings } avertissement
       *[other] , { $warnings } avertissements
    }
validate-invalid =
    { $file } : invalide : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } avertissement
       *[other] , { $warnings } avertissements
    }
validate-summary =
    { $invalid ->
        [one] { $invalid } fichier de questionnaire sur { $total } est invalide
       *[other] { $invalid } fichiers de questionnaire sur { $total } sont invalides
    }
validate-unreadable =
    { $unreadable ->
        [one] { $unreadable } fichier sur { $total } n'a pas pu être lu
       *[other] { $unreadable } fichiers sur { $total } n'ont pas pu être lus
    }

## list

list-cannot-read = avertissement : impossible de lire { $path } : { $reason }
list-invalid =
    avertissement : { $path } n'est pas un questionnaire valide ({ $n ->
        [one] { $n } erreur
       *[other] { $n } erreurs
    }) ; lancez `partnereval validate { $path }`

## demo

demo-name = Démo : { $title }
demo-round-name = Tour { $n }
cannot-create-bundle = impossible de créer le lot
demo-created =
    Évaluation de démonstration créée dans { $dir } : { $n ->
        [one] { $n } réponse fictive
       *[other] { $n } réponses fictives
    }{ $rounds ->
        [1] {""}
       *[other] {" "}dans chacun des { $rounds } tours
    } au questionnaire { $questionnaire } (graine { $seed }){ $collective ->
        [1] {" "}et une réponse collective
       *[other] {""}
    }.
demo-try = Essayez : { $report }
demo-try-rounds =
    Essayez : { $report }
    {"          "}{ $compare }

## man

man-unknown-command = `{ $name }` n'est pas une commande de partnereval (commandes qui ont une page de manuel : { $commands })
man-language = les pages de manuel de partnereval ne sont pas en `{ $lang }` (langues : { $languages })
