# The help of the command line: what each command and option is for.
# The texts of src/i18n/parts/help.rs.
# English help is written by clap from the doc comments of src/cli.rs; these are the same
# words (a test holds them together). Other languages replace clap's texts with theirs.

cli-about = Évaluer comment les partenaires d'un partenariat travaillent ensemble : questionnaires en TOML, réponses dans le terminal, rapports compilés pour la discussion en groupe
cli-after-help =
    Langue : celle de --lang si elle est donnée ; sinon, pour une évaluation ou un questionnaire, la langue de la locale (LC_ALL, LC_MESSAGES ou LANG) s'il l'offre, sinon sa langue par défaut ; pour les autres commandes, la langue de la locale, sinon l'anglais.
    Codes de sortie : 0 succès, 1 données invalides, 2 erreur d'utilisation ou d'entrée-sortie, 130 interruption.

## clap's own words

cli-usage-heading = Utilisation :
cli-heading-commands = Commandes :
cli-heading-arguments = Arguments :
cli-heading-options = Options :
cli-help-flag = Afficher l'aide
cli-help-flag-more = Afficher l'aide (plus de détails avec --help)
cli-help-flag-summary = Afficher l'aide (un résumé avec -h)
cli-version-flag = Afficher la version
cli-help-command-about = Afficher ce message ou l'aide des sous-commandes données
cli-help-command-arg = Afficher l'aide de ces sous-commandes
cli-default-value = [par défaut : { $value }]
cli-possible-values = [valeurs possibles : { $values }]

## clap's errors (when the command line cannot be read)

clap-error = erreur : { $message }
clap-unknown-argument = argument inattendu « { $arg } »
clap-invalid-value = valeur invalide « { $value } » pour « { $arg } »
clap-value-required = une valeur est nécessaire pour « { $arg } », mais aucune n'a été donnée
clap-invalid-subcommand = sous-commande inconnue « { $name } »
clap-missing-required = ces arguments obligatoires n'ont pas été donnés :
clap-missing-subcommand = « { $name } » demande une sous-commande, mais aucune n'a été donnée
clap-subcommands = [sous-commandes : { $values }]
clap-conflict = l'argument « { $arg } » ne peut pas être utilisé avec « { $other } »
clap-conflict-list = l'argument « { $arg } » ne peut pas être utilisé avec :
clap-used-twice = l'argument « { $arg } » ne peut pas être utilisé plusieurs fois
clap-too-many-values = valeur inattendue « { $value } » pour « { $arg } » ; aucune autre n'était attendue
clap-similar-argument =
    astuce : { $n ->
        [one] un argument semblable existe
       *[other] des arguments semblables existent
    } : { $values }
clap-similar-subcommand =
    astuce : { $n ->
        [one] une sous-commande semblable existe
       *[other] des sous-commandes semblables existent
    } : { $values }
clap-similar-value =
    astuce : { $n ->
        [one] une valeur semblable existe
       *[other] des valeurs semblables existent
    } : { $values }
clap-tip = astuce : { $tip }
clap-tip-as-value = astuce : pour donner { $arg } comme valeur, écrivez { $usage }
clap-tip-exists = astuce : { $usage } existe
clap-tip-remove-dashes = astuce : la sous-commande { $subcommand } existe ; pour l’utiliser, retirez le « -- » qui la précède
clap-try-help = Pour en savoir plus, essayez « { $flag } ».
clap-quoted = « { $value } »

## Placeholders for values

cli-value-when = QUAND
cli-value-lang = LANGUE
cli-value-langs = LANGUE,...
cli-value-file = FICHIER
cli-value-dir = DOSSIER
cli-value-target = CIBLE
cli-value-responses = RÉPONSES
cli-value-field = CHAMP
cli-value-round = TOUR
cli-value-name = NOM
cli-value-round-or-path = TOUR|CHEMIN
cli-value-command = COMMANDE

## Commands and their options

cli-color = Quand colorer la sortie : auto (un terminal seulement, jamais un fichier ni un tube ; pas si NO_COLOR est défini ou si TERM vaut dumb), always (toujours, fichiers compris) ou never (jamais)
cli-list-about = Lister les questionnaires intégrés et ceux du dossier ./questionnaires/
cli-list-format = Format de sortie : table (un tableau) ou json
cli-list-lang = Langue des titres et des en-têtes (par défaut : la langue de la locale, d'après LC_ALL, LC_MESSAGES ou LANG, quand un questionnaire l'offre ; sinon sa langue par défaut)
cli-show-about = Afficher un questionnaire : introduction, profil, énoncés avec leurs options, conditions, niveaux
cli-show-questionnaire = L'identifiant d'un questionnaire intégré (voir `partnereval list`) ou le chemin d'un fichier .toml
cli-show-lang = Langue à afficher (text : celle qui est affichée ; json : la seule gardée). Par défaut : toutes pour json ; pour text, la langue de la locale (LC_ALL, LC_MESSAGES ou LANG) quand le questionnaire l'offre, sinon sa langue par défaut
cli-show-format = Format de sortie : text (lisible dans un terminal) ou json (la définition normalisée, voir `partnereval schema definition`)
cli-validate-about = Vérifier des fichiers de questionnaire et signaler chaque problème sous la forme FICHIER{":"}LIGNE{":"}COL
cli-validate-files = Fichiers de questionnaire (ou identifiants de questionnaires intégrés) à vérifier
cli-init-about = Créer un dossier d'évaluation : paramètres, copie figée du questionnaire, responses/
cli-init-dir = Le dossier à créer (ou un dossier existant, vide ou sans évaluation)
cli-init-questionnaire = Le questionnaire : l'identifiant d'un questionnaire intégré (voir `partnereval list`) ou le chemin d'un fichier .toml
cli-init-name = Nom de l'évaluation (par défaut : le titre du questionnaire)
cli-init-lang = Langues parmi lesquelles les répondants peuvent choisir, séparées par des virgules (par défaut : toutes celles du questionnaire)
cli-init-min-group = Les rapports ne montrent jamais un groupe de moins de répondants que ce nombre
cli-init-partners = Les organisations partenaires, séparées par des virgules (proposées aux répondants comme leur organisation, pour la matrice des contributions)
cli-take-about = Répondre à un questionnaire : de façon interactive dans un terminal, ligne par ligne (--plain) ou à partir d'un fichier de réponses (--answers)
cli-take-target = Un dossier d'évaluation, l'identifiant d'un questionnaire intégré ou un fichier de questionnaire
cli-take-out = Où vont les réponses quand CIBLE est un questionnaire (par défaut : le dossier courant)
cli-take-lang = Langue dans laquelle répondre (par défaut : demandée quand plusieurs sont offertes, la langue de la locale d'après LC_ALL, LC_MESSAGES ou LANG en premier)
cli-take-collective = Le groupe remplit ensemble une seule réponse commune (enregistrée comme réponse collective)
cli-take-plain = Questions ligne par ligne avec des choix numérotés, pour les lecteurs d'écran et les terminaux simples
cli-take-answers = Soumettre des réponses préparées à partir d'un fichier TOML ou JSON (`-` pour l'entrée standard), sans rien demander
cli-take-resume = Reprendre le brouillon qui porte cet identifiant
cli-take-round = Répondre dans ce tour de l'évaluation (son nom ou son identifiant ; par défaut : le tour en cours) : ses brouillons sont proposés, et la réponse y est enregistrée
cli-serve-about = Servir le tour en cours de l'évaluation dans le navigateur, pour une réunion : les membres répondent depuis leur téléphone, l'animateur ou l'animatrice voit le compte, le rapport et la réponse du groupe
cli-serve-evaluation = Le dossier de l'évaluation
cli-serve-lan = Écouter sur le réseau local (toutes les adresses, port 8470) plutôt que sur cet ordinateur seulement
cli-serve-bind = L'adresse et le port où écouter (par défaut : 127.0.0.1:8470 ; le port 0 en choisit un libre)
cli-serve-lang = La langue des pages avant qu'un membre choisisse, et des pages de l'animation
cli-serve-tls-cert = Servir en HTTPS avec cette chaîne de certificats (PEM) ; demande --tls-key
cli-serve-tls-key = La clé privée de --tls-cert (PEM)
cli-report-about = Compiler les réponses en un rapport pour la discussion en groupe (tableau, JSON, CSV, Markdown, HTML)
cli-report-target = Un dossier d'évaluation, ou un questionnaire (identifiant intégré ou fichier .toml) suivi de fichiers et de dossiers de réponses
cli-report-responses = Fichiers, dossiers et lots de réponses (quand CIBLE est un questionnaire) ; `-` ou un tube nommé : un lot lu sur l'entrée standard ou dans le tube
cli-report-format = Format de sortie : table (des tableaux pour un terminal), json (le modèle du rapport, docs/report-format.md), csv (format long : une ligne par énoncé × option × groupe), markdown (pour les notes de réunion) ou html (une page autonome avec des graphiques, à projeter ou à imprimer)
cli-report-by = Présenter côte à côte les résultats de chaque groupe de ce champ de profil (p. ex. sector)
cli-report-round = Le tour à présenter (son nom ou son identifiant ; par défaut : le tour en cours)
cli-report-no-scores = Laisser de côté les scores, les moyennes, les niveaux et l'ensemble (des aides à la lecture de partnereval, qui ne font pas partie de l'outil original) : montrer seulement combien de personnes ont choisi chaque option
cli-compile-lang = Langue des textes propres au résultat (par défaut : la langue de la locale, d'après LC_ALL, LC_MESSAGES ou LANG, quand le questionnaire l'offre ; sinon sa langue par défaut)
cli-compile-min-group = Taille minimale des groupes (par défaut : celle de l'évaluation, ou 3) ; elle peut seulement être augmentée
cli-compile-skip-invalid = Signaler les fichiers de réponses invalides comme ignorés et continuer, au lieu de refuser
cli-output = Écrire dans ce fichier ordinaire au lieu de la sortie standard (`-` : la sortie standard). Un fichier existant n'est remplacé qu'avec --force, et garde ses permissions
cli-force = Remplacer le fichier de --output s'il existe
cli-round-about = Commencer un nouveau tour d'une évaluation (les partenaires répondent de nouveau), ou lister ses tours
cli-round-new-about = Commencer un tour : `take` écrit ensuite dans ce tour et `report` le lit
cli-round-new-dir = Le dossier d'évaluation
cli-round-new-name = Nom du nouveau tour, p. ex. « printemps 2027 »
cli-round-new-first-name = Nom à donner au premier tour, quand le nouveau est le deuxième (par défaut : « Round 1 », ou « Tour 1 » dans une évaluation en français)
cli-round-list-about = Lister les tours d'une évaluation avec leurs réponses et leurs brouillons
cli-round-list-dir = Le dossier d'évaluation
cli-round-list-format = Format de sortie : table (un tableau) ou json
cli-compare-about = Comparer deux tours (ou deux ensembles de réponses) : ce qui a changé, par énoncé et par condition
cli-compare-target = Un dossier d'évaluation (--from et --to sont alors des tours), ou un questionnaire (ce sont alors des fichiers, des dossiers ou des lots de réponses ; `-` pour l'entrée standard d'un côté)
cli-compare-from = Le tour ou l'ensemble de réponses le plus ancien (par défaut : le tour qui précède le tour en cours)
cli-compare-to = Le tour ou l'ensemble de réponses le plus récent (par défaut : le tour en cours)
cli-compare-threshold = Un changement de la moyenne plus grand que ce nombre de points est signalé en hausse ou en baisse (par défaut : 15 % de l'étendue des scores, 0,3 pour A/B/C)
cli-compare-format = Format de sortie : table (des tableaux pour un terminal), json (le modèle de la comparaison, docs/comparison-format.md), csv (format long : une ligne par énoncé ou condition × mesure), markdown (pour les notes de réunion) ou html (une page autonome avec des barres appariées, à projeter ou à imprimer)
cli-export-about = Écrire toutes les réponses, vérifiées, dans un seul lot NDJSON (une réponse par ligne)
cli-export-target = Un dossier d'évaluation, ou un questionnaire suivi de fichiers, de dossiers et de lots de réponses
cli-export-responses = Fichiers, dossiers et lots de réponses (quand CIBLE est un questionnaire) ; `-` ou un tube nommé : un lot lu sur l'entrée standard ou dans le tube
cli-export-format = Format de sortie : ndjson (une réponse par ligne, en JSON)
cli-export-round = Le tour à exporter (son nom ou son identifiant ; par défaut : le tour en cours)
cli-export-skip-invalid = Laisser de côté les réponses invalides (énumérées sur la sortie d'erreur) au lieu de refuser
cli-demo-about = Créer une évaluation remplie de réponses fictives réalistes, pour essayer les rapports
cli-demo-dir = Le dossier d'évaluation à créer
cli-demo-questionnaire = Le questionnaire (identifiant intégré ou fichier .toml)
cli-demo-respondents = Nombre de réponses individuelles à créer
cli-demo-seed = La même graine donne les mêmes réponses
cli-demo-collective = Ajouter une réponse collective, comme si le groupe avait aussi répondu ensemble
cli-demo-rounds = Créer ce nombre de tours, chacun avec N réponses, comme si le partenariat s'était évalué de nouveau ; les choses changent d'un tour à l'autre
cli-demo-bundle = Écrire les réponses dans un seul lot NDJSON (responses/demo.ndjson) au lieu d'un fichier par réponse
cli-schema-about = Afficher le schéma JSON de l'un des formats de fichier de partnereval
cli-schema-name = Quel format : questionnaire (le format TOML des questionnaires), definition (la définition normalisée de `show --format json`), evaluation (les paramètres d'une évaluation, evaluation.toml), response (une réponse soumise), draft (un brouillon), answers (un fichier de réponses pour `take --answers`), report (le rapport de `report --format json`), comparison (la comparaison de `compare --format json`), list (les questionnaires de `list --format json`) ou rounds (les tours de `round list --format json`)
cli-completions-about = Afficher un script de complétion pour un shell (p. ex. `partnereval completions bash > ~/.local/share/bash-completion/completions/partnereval`)
cli-completions-shell = Le shell pour lequel compléter
cli-man-about = Afficher la page de manuel de partnereval ou de l'une de ses commandes, ou les écrire toutes dans un dossier (`partnereval man --out-dir ~/.local/share/man/man1`)
cli-man-command = La commande dont afficher la page, p. ex. `report` ou `round new` (par défaut : la page de partnereval, qui liste les commandes)
cli-man-out-dir = Écrire plutôt toutes les pages dans ce dossier (partnereval.1, partnereval-report.1, etc. ; le dossier est créé s'il manque, les pages déjà présentes sont remplacées)
cli-man-lang = Langue des pages (par défaut : celle de la locale, d'après LC_ALL, LC_MESSAGES ou LANG, si partnereval la parle ; sinon l'anglais)

## The manual pages (`partnereval man`): the manual they belong to, and their headings

man-manual = Manuel de partnereval
man-heading-name = NOM
man-heading-synopsis = SYNOPSIS
man-heading-description = DESCRIPTION
man-heading-commands = COMMANDES
man-heading-notes = REMARQUES
man-heading-version = VERSION
man-heading-see-also = VOIR AUSSI
