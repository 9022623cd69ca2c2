languages = langues
rule-reading-aid = Les scores (pour l'autodiagnostic fourni : A = 3, B = 2, C = 1), les moyennes, les médianes, les écarts types, les niveaux et l'ensemble sont des aides à la lecture de partnereval : ils ne font pas partie de l'outil original, qui ne donne aucun score et sert à nourrir la discussion. Pour les retirer d’un rapport : --no-scores.
rule-reading-aid-own = Les scores sont ceux que le questionnaire donne à chaque option ; les moyennes, les médianes, les écarts types, les niveaux et l'ensemble sont des aides à la lecture de partnereval, pour nourrir la discussion, pas des verdicts. Pour les retirer d’un rapport : --no-scores.
report-prerequisites = Questions préalables
prerequisite-line = { $question } { $no } sur { $answered } { $no ->
    [one] a répondu non.
   *[other] ont répondu non.
}
prerequisite-meaning = Ce que signifie un non
col-members = réponses des membres
col-group-mean = moyenne du groupe
collective-comments = Commentaires du groupe
collective-conditions = Réponses du groupe par condition
collective-differs = Le groupe s'est entendu sur une autre réponse que la réponse majoritaire des membres pour : { $items }.
collective-only = Aucune réponse individuelle : ce rapport présente la réponse collective du groupe, énoncé par énoncé.
# Between two hints or clauses of one line.
semicolon = {""} ;{" "}
# The separator after a label: ": " in English, " : " in French.
colon = {""} :{" "}
minutes = environ { $m } minutes
credit = Référence
source = Source
licence = Licence
prerequisites = Avant de commencer
prerequisites-note = Questions oui/non ; le questionnaire convient quand chaque réponse est oui.
if-not = Sinon
profile = À propos de vous
profile-note = Chaque question peut être passée (« je préfère ne pas répondre »).
items = Énoncés
dimension = condition
dimensions = Conditions
required = obligatoire
optional = facultatif
no-answer-offered = « pas de réponse » possible
option-alone = cochée seule
asked-only-if = posé seulement si { $rule }
comment-offered = commentaire possible
closing-comment = Commentaire final
no-answer-default = Pas de réponse / je ne peux pas me prononcer
kind-single = un seul choix
kind-multiple = plusieurs choix
kind-text = texte libre
kind-number = nombre
kind-grid = grille
score = score
range-between = de { $min } à { $max }
range-at-least = au moins { $min }
range-at-most = au plus { $max }
range-any = toute valeur
choices-between-between = cocher de { $min } à { $max }
choices-between-at-least = cocher au moins { $min }
choices-between-at-most = cocher au plus { $max }
choices-between-any = cocher librement
bands = Niveaux
bands-rule = Un score moyen s est dans un niveau quand min <= s < max (le niveau le plus haut inclut son max).
divergence = Divergence : un énoncé est divergent quand au moins { $percent } % de ses réponses valides sont dans le tiers supérieur de son échelle et au moins autant dans le tiers inférieur (pour A/B/C : A et C ; sur une échelle de 1 à 5 : 4–5 et 1–2 ; de 0 à 10 : 7–10 et 0–3).
list-columns-1 = id
list-columns-2 = version
list-columns-3 = titre
list-columns-4 = langues
list-columns-5 = énoncés
list-columns-6 = source
bundled = intégré
language-name = Français
choose-language = Langue / Language
intro-anonymous = Vos réponses sont anonymes : aucun nom ni coordonnée n’est enregistré, et les rapports ne montrent jamais un groupe plus petit que la taille minimale.
intro-collective = Mode collectif : le groupe remplit ensemble une seule réponse commune, en s’entendant sur chaque énoncé.
intro-no-names = Aucun nom, courriel ni autre coordonnée vous concernant n’est enregistré.
intro-drafts = Vos réponses sont enregistrées au fur et à mesure ; vous pouvez arrêter à tout moment (Ctrl-C) et reprendre plus tard.
start = Commencer
quit = Quitter
progress = { $n } / { $total }
yes = Oui
no = Non
continue-anyway = Continuer quand même
stop-here = Arrêter ici (rien n’est soumis)
prefer-not-to-say = Je préfère ne pas répondre
add-comment = Ajouter un commentaire…
edit-comment = Modifier mon commentaire…
comment-prompt = Votre commentaire (vide pour le retirer)
back = Retour
optional-enter = facultatif : Entrée pour passer
answer-needed = Une réponse est nécessaire pour continuer.
not-a-number = Veuillez taper un nombre.
whole-number = Veuillez taper un nombre entier.
out-of-range = Veuillez taper un nombre { $range }.
closing-heading = Une dernière chose
review-heading = Revoyez vos réponses
review-prompt = Soumettre maintenant, ou modifier une réponse ?
submit = Soumettre
change-answer = Modifier une réponse…
save-and-leave = Garder comme brouillon et quitter
which-answer = Quelle réponse voulez-vous modifier ?
not-answered = (sans réponse)
skipped = (passé)
missing-required = Ces énoncés obligatoires n’ont pas encore de réponse : { $ids }.
comment-label = commentaire
drafts-found =
    { $n ->
        [one] Une réponse inachevée a été trouvée.
       *[other] { $n } réponses inachevées ont été trouvées.
    }
# A file among the drafts that is not offered, and why.
draft-not-offered = Non proposé : { $path } : { $reason }
start-new = Commencer une nouvelle réponse
interrupted =
    Interrompu. Vos réponses sont conservées ; pour continuer, lancez :
    {"  "}{ $cmd }
interrupted-nothing-saved = Interrompu ; rien n’a été enregistré.
# The input ended (`--plain` reading a file or a pipe) before the response was done.
end-of-input =
    L’entrée s’est terminée avant le questionnaire. Vos réponses sont conservées comme brouillon ; pour continuer, lancez :
    {"  "}{ $cmd }
end-of-input-nothing-saved = L’entrée s’est terminée avant la première réponse ; rien n’a été enregistré.
left-as-draft =
    Vos réponses sont gardées comme brouillon ; pour continuer, lancez :
    {"  "}{ $cmd }
abandoned = Arrêté ; rien n’a été soumis.
thanks = Merci. Votre réponse est enregistrée :
choose-between = Veuillez taper un numéro de 1 à { $n }.
tick-plain = Tapez les numéros à cocher, séparés par des espaces (p. ex. 1 3), puis Entrée.
overall = Ensemble
rule-percentages = Les pourcentages portent sur les réponses valides : « pas de réponse » est compté à part et exclu des pourcentages et des moyennes.
rule-mean = Moyenne, médiane et écart type (échantillon, n-1) portent sur les scores des options ; une condition regroupe les réponses à tous ses énoncés.
rule-common-scale = Les énoncés d’échelles différentes ne sont jamais moyennés tels quels : une condition (ou l’ensemble) dont les énoncés sont sur des échelles différentes donne sa moyenne sur une échelle commune de 0 à 100, chaque réponse placée selon sa position dans l’étendue des scores de son énoncé (0 = son score le plus bas, 100 = le plus haut), avec les niveaux faible 0–33,33, moyen 33,33–66,67, fort 66,67–100 ; ses réponses ne sont pas comptées par option, puisque les options d’échelles différentes ne sont pas les mêmes.
rule-least-favourable = Moins favorables : énoncés pour lesquels au moins { $share } % des réponses valides ont choisi les options les moins favorables de l’énoncé (celles du tiers inférieur de son échelle : pour A/B/C, C ; sur une échelle de 1 à 5, 1 et 2), du plus grand nombre de ces réponses au plus petit (à égalité : le plus de réponses valides d’abord, puis l’ordre du questionnaire). La moyenne n’est pas le critère.
rule-reversed = Scores inversés (énoncés formulés à l’inverse) : { $items }. Leurs scores sont inversés avant tout calcul (plus bas + plus haut − score), pour que, pour eux aussi, un score plus élevé soit plus favorable et que les options les moins favorables soient celles qui approuvent l’énoncé.
rule-anonymity = Aucun groupe de moins de { $min } répondants n’est montré. Les petits groupes sont réunis dans un « regroupement », avec le groupe suivant le plus petit au besoin, pour qu’aucun ne puisse être déduit en soustrayant les groupes montrés du total. Un énoncé auquel moins de { $min } répondants ont répondu n’est montré nulle part. Dans un groupe montré, un énoncé auquel moins de { $min } membres ont répondu est retiré des résultats de ce groupe (avec celui d’un autre groupe au besoin, selon la même règle). Quand les résultats peuvent être ventilés selon plusieurs champs, une ventilation n’est montrée que si chacun de ses groupes a, avec chaque groupe des autres champs, soit aucun répondant en commun, soit au moins { $min }, et un énoncé seulement si c’est aussi vrai de ses réponses.
not-stated = non précisé
pooled-label = Regroupement ({ $groups })
pooled-reason = montrés ensemble dans un « regroupement » : au moins un compte moins de { $min } répondants, et aucun ne doit pouvoir être déduit par soustraction
hidden-reason = non montrés : ensemble, ils comptent moins de { $min } répondants
# Why a breakdown is withheld: (the field asked for, the other field, min).
crossing-reason = résultats par { $by } non montrés : un groupe de { $by } et un groupe de { $other } ont moins de { $min } répondants en commun ; mis côte à côte, les résultats par { $by } et par { $other } pourraient être soustraits les uns des autres pour révéler leurs réponses. Pour présenter les résultats par { $by }, retirez { $other } de report_by dans evaluation.toml (ou l’inverse).
# Why a breakdown is withheld when its crossings cannot be checked.
crossing-unchecked = résultats par ce champ non montrés : le questionnaire compte trop de champs de profil ou de choix pour vérifier que ses ventilations ne peuvent pas être soustraites les unes des autres ; gardez un seul champ dans report_by dans evaluation.toml
# Why some items are left out of one group's figures: (items, min).
items-withheld-reason = { $items } : retirés des résultats de ce groupe, de ses conditions et de son ensemble, parce que moins de { $min } de ses membres y ont répondu (ou parce que le résultat d’un autre groupe pourrait sinon être déduit par soustraction)
# `round new`: (name, id, dir, folder).
round-started = Tour « { $name } » ({ $id }) commencé dans { $dir } ; `take` écrit maintenant dans { $folder }.
# `round new`: (drafts left, the previous round's name).
round-drafts-left =
    { $n ->
        [one] { $n } brouillon inachevé reste dans le tour « { $previous } » : il peut encore être terminé avec `take`, qui le propose et le soumet dans ce tour ; d’ici là, le rapport de ce tour le compte comme brouillon.
       *[other] { $n } brouillons inachevés restent dans le tour « { $previous } » : ils peuvent encore être terminés avec `take`, qui les propose et les soumet dans ce tour ; d’ici là, le rapport de ce tour les compte comme brouillons.
    }
# `round new`: (dir).
round-compare-hint = Comparez les deux tours quand les membres auront répondu : partnereval compare { $dir }
round-columns-1 = {""}
round-columns-2 = Tour
round-columns-3 = Commencé
round-columns-4 = Dossier
round-columns-5 = Fichiers
round-columns-6 = Lots
round-columns-7 = Brouillons
round-current-note = * le tour en cours : `take` y écrit, `report` le lit.
# The name of the first round when a second starts without `--first-name`.
first-round-name = Tour 1
# `init`: (name, dir, questionnaire id, version, languages, min).
init-created = Évaluation « { $name } » créée dans { $dir } ({ $id } { $version }, langues { $languages }, taille minimale des groupes { $min }).
init-partners = Partenaires : { $names }.
init-no-partners = Aucune liste de partenaires : les répondants ne peuvent répondre que pour « une autre organisation ». Ajoutez les partenaires dans { $dir }/evaluation.toml, ou recommencez avec --partners "A, B, C".
init-next =
    Les membres répondent avec : partnereval take { $dir }
    Les réglages sont dans : { $dir }/evaluation.toml
# Why some items are left out of the whole report: (items, min).
items-withheld-all = { $items } : non montrés, ni par groupe ni à côté de la réponse collective, parce que moins de { $min } répondants y ont répondu (les autres ont choisi « pas de réponse », les ont laissés de côté ou ne les ont pas vus) ; les conditions et l’ensemble portent sur les autres énoncés.
withheld =
    { $n ->
        [0] Aucune réponse individuelle
        [one] Seulement { $n } réponse individuelle
       *[other] Seulement { $n } réponses individuelles
    } : les résultats sont montrés à partir de { $min }, pour qu’aucune réponse ne puisse être attribuée à une personne.
other-items = Autres énoncés
report-to-discuss = À discuter
col-item = n°
col-mean = moy.
col-median = méd.
col-sd = é.t.
col-band = niveau
col-why = pourquoi
col-statement = énoncé
col-answers = réponses (% des valides)
col-no-answer = p. de rép.
col-not-applicable = s. o.
col-divergent = div.
divergent-word = divergent
least-favourable-word = moins favorable
reversed-word = score inversé
report-by = Par groupe : { $field } (moyenne et niveau)
by-note = ! marque un énoncé divergent dans le groupe.
report-collective = Réponse collective du { $date }
col-group-answer = réponse du groupe
col-majority = réponse majoritaire des membres
differs-word = diffère
report-comments = Commentaires
report-choices = Plusieurs réponses
report-numbers = Nombres
report-open = Questions ouvertes
choices-note = La part de chaque option est calculée sur les répondants qui ont répondu à la question (n) : chacun pouvant cocher plusieurs options, les parts totalisent plus de 100 %.
numbers-note = Min., max., moyenne et quartiles des nombres donnés : Q1, la médiane et Q3 laissent sous eux le quart, la moitié et les trois quarts des réponses (par interpolation entre deux réponses lorsqu’ils tombent entre elles, comme R et pandas le font par défaut).
col-option = option
col-count = nombre
col-min = min.
col-q1 = Q1
col-q3 = Q3
col-max = max.
report-rules = Comment lire ce rapport
compare-rules = Comment lire cette comparaison
respondents = Répondants
collective-responses = réponses collectives
unfinished-drafts = brouillons inachevés
skipped-files = fichiers écartés
matrix-rules-1 = Présenté par organisation, comme annoncé aux répondants avant qu’ils répondent : la taille minimale des groupes ne s’applique pas à la matrice.
matrix-rules-2 = Le niveau d’une organisation pour une catégorie est la médiane des réponses des personnes qui ont répondu pour elle ; « je ne sais pas » est exclu.
matrix-rules-3 = Les niveaux valent aucune 0, faible 1, moyenne 2, forte 3 ; les totaux additionnent les niveaux, et la part d’une organisation est son total sur la somme des totaux.
matrix-rules-4 = Le solde est ce qu’une organisation reçoit moins ce qu’elle apporte : au-dessus de 0, elle reçoit plus qu’elle n’apporte.
matrix-rules-5 = Un manque est une catégorie à laquelle aucune organisation ne contribue ; une dépendance, une catégorie portée par une seule organisation ; en nature désigne tout sauf l’argent. Des réponses à deux niveaux ou plus d’écart au sein d’une organisation sont signalées comme un désaccord.
matrix-heading = Matrice des contributions
matrix-contributes = Ce que chaque organisation apporte (niveau médian : 0 aucune, 1 faible, 2 moyenne, 3 forte)
matrix-receives = Ce que chaque organisation reçoit (niveau médian)
matrix-balance = Bilan par organisation
col-category = catégorie
col-organisation = organisation
col-total = total
col-respondents = répondants
col-contributed = apporte
col-received = reçoit
col-share = part
col-balance = solde
gaps-label = Manques (aucune organisation ne contribue)
dependencies-label = Dépendances (une seule organisation la porte)
in-kind-label = Contributions en nature (tout sauf l’argent) : { $percent } % de l’ensemble des contributions.
not-answered-label = Organisations qui n’ont pas répondu
disagreements-label = Désaccords au sein d’une organisation
none-word = néant
matrix-unnamed = Autre ou non nommée (regroupées)
matrix-unnamed-hidden = { $n } répondants qui n’ont pas nommé d’organisation partenaire ne sont pas montrés : moins de { $min }.
round = Tour
compare-withheld =
    { $label } compte { $n } { $n ->
        [one] réponse individuelle
       *[other] réponses individuelles
    }, moins de { $min } : aucun chiffre n’est comparé, pour qu’aucune réponse ne puisse être attribuée à une personne.
compare-rule-change-scales = Variation : la moyenne du second tour (donné par --to) moins celle du premier (donné par --from). Une variation de plus que le seuil de son échelle compte comme une hausse ou une baisse, sauf si elle est dans les marges du hasard (voir plus bas) ; une variation plus petite, comme stable. Seuils :
compare-scale-threshold = { $items } : { $threshold } point (scores de { $low } à { $high }).
compare-rule-change = Variation : la moyenne du second tour (donné par --to) moins celle du premier (donné par --from). Une variation de plus de { $threshold } point (les scores vont de { $low } à { $high }) compte comme une hausse ou une baisse, sauf si elle est dans les marges du hasard (voir plus bas) ; une variation plus petite, comme stable.
compare-rule-percentages = Les pourcentages portent sur les réponses valides de chaque tour (« pas de réponse » exclu) ; leurs variations sont en points de pourcentage (pts).
compare-rule-anonymity = Chaque tour est compilé comme un rapport distinct : un tour de moins de { $min } réponses individuelles n’est pas comparé.
compare-heading = De { $from } à { $to }
respondent-count =
    { $n } { $n ->
        [one] répondant
       *[other] répondants
    }
col-change = Variation
col-trend = Tendance
points-short = pts
trend-word =
    { $trend ->
        [improved] en hausse
        [declined] en baisse
        [steady] stable
        [higher] plus élevé
        [lower] plus bas
        [within-chance] dans les marges du hasard
       *[other] non comparable
    }
divergence-change-word =
    { $change ->
        [appeared] nouvellement divergent
        [resolved] n’est plus divergent
        [both] divergent aux deux tours
       *[other] {""}
    }
divergence-change-short =
    { $change ->
        [appeared] apparue
        [resolved] disparue
        [both] les deux tours
       *[other] {""}
    }
no-trend = Aucun énoncé n’a varié de plus que le seuil.
trend-heading =
    { $trend ->
        [improved] En hausse
        [declined] En baisse
        [higher] Plus élevés
        [lower] Plus bas
        [within-chance] Dans les marges du hasard (répondre de nouveau pourrait donner ces variations)
       *[other] Non comparables
    }
divergence-heading = Changements de divergence
html-footer = Compilé par partnereval { $v }. Cette page ne demande aucune connexion réseau et peut être imprimée.
html-profile = Profil des conditions
common-scale-name = conditions dont les énoncés sont sur des échelles différentes (0 à 100)
scale-bands-line = Niveaux pour { $items } : { $bands }.
html-profile-note-scales = Score moyen de chaque condition sur sa propre échelle, de son score le plus bas (à gauche) au plus haut (à droite) ; les zones ombrées sont les niveaux. Une condition dont les énoncés sont sur des échelles différentes est sur l’échelle commune de 0 à 100.
html-profile-note = Score moyen de chaque condition, de { $low } (à gauche) à { $high } (à droite) ; les zones ombrées sont les niveaux.
html-mean-alt = { $name } : moyenne { $mean } sur une échelle de { $low } à { $high }, niveau { $band }
html-items = Réponses par énoncé
html-bar-rule = Chaque barre montre toutes les réponses, « pas de réponse » compris (gris hachuré) ; les pourcentages écrits dessous portent sur les réponses valides.
html-summary = Ce qui a changé
html-most-favourable = le plus favorable
html-least-favourable = le moins favorable
col-round = { $round } : moy. (n)
compare-note = A pts, B pts… : variation en points de pourcentage. Divergent : apparue (seulement dans « { $to } »), disparue (seulement dans « { $from } »), les deux tours.
compare-rule-chance = Hasard : une variation plus grande que le seuil est comparée à ce que donnerait le simple fait de répondre de nouveau, par un test de permutation bilatéral de la différence des scores moyens, au seuil de signification de { $significance }. Pour un énoncé, les réponses sont redistribuées entre les deux tours ; la valeur p est exacte, calculée à partir du nombre de réponses à chaque option (pour de très grands tours, par des répartitions tirées au hasard, comme ci-dessous). Pour une condition et l'ensemble, ce sont les personnes qui sont redistribuées, chacune avec son score moyen sur les énoncés auxquels elle a répondu, puisque les réponses d'une même personne à plusieurs énoncés ne sont pas indépendantes : exactement, sur toutes les répartitions, quand les personnes peuvent être réparties d'au plus { $splits } façons ; sinon sur { $resamples } répartitions tirées au hasard à partir d'une graine fixe (méthode de Monte-Carlo : les mêmes réponses donnent toujours la même valeur p).
compare-rule-within-chance = Dans les marges du hasard : une variation plus grande que le seuil dont la valeur p est de { $significance } ou plus. Les données ne permettent pas de la distinguer des écarts que produit le simple fait de répondre de nouveau ; elle n'est donc comptée ni comme une hausse ni comme une baisse. Quand aucun test n'est possible, le seuil seul décide.
