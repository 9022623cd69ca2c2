# partnereval serve : ce qu'il affiche, et les mots de ses pages.
# Les textes de src/i18n/parts/serve.rs.

how-to-stop = Ctrl-C arrête le serveur une fois écrites les réponses en cours d'enregistrement.
loopback-only = Seul cet ordinateur peut ouvrir ces adresses ; --lan sert le réseau local.
main-label = Questionnaire
languages-label = Langues
drafts-on-server = Vos réponses sont enregistrées au fur et à mesure : si la page se ferme ou si la connexion tombe, rouvrez la même adresse sur cet appareil pour continuer.
answer-in = Répondre en
next = Suivant
comment-optional = Commentaire (facultatif)
may-stay-empty = Facultatif : laissez vide pour passer.
change = Modifier
answer-it = Y répondre
not-submitted = La réponse ne peut pas être envoyée :
thanks-title = Merci
thanks-text = Votre réponse est enregistrée. Vous pouvez fermer cette page.
group-saved-text = La réponse du groupe est enregistrée.
kept = Gardé comme brouillon
kept-text = Vos réponses sont gardées. Rouvrez cette adresse sur cet appareil pour continuer.
stopped = Arrêté
already-submitted = Déjà envoyée
already-submitted-text = Cette réponse a déjà été envoyée ; rien n'a été modifié.
no-draft = Rien à poursuivre
no-draft-text = Ce questionnaire a été arrêté ou n'est plus sur le serveur ; vous pouvez recommencer.
form-refused = Formulaire refusé
form-refused-text = Ce formulaire vient d'une autre page ou d'une autre session. Revenez au questionnaire et réessayez.
form-unreadable = Formulaire illisible
form-unreadable-text = Le formulaire envoyé n'a pas pu être lu. Revenez au questionnaire et réessayez.
not-saved = Non enregistré
not-saved-text = Le serveur n'a pas pu enregistrer vos réponses. Prévenez l'animation ; vos dernières réponses enregistrées sont gardées.
to-survey = Retour au questionnaire
to-start = Au début
to-dashboard = Retour à la page de l'animation
facilitator-heading = Animation
answered-heading = Réponses
refresh = Actualiser
report-heading = Rapport compilé
report-text = Le rapport du tour, tel que l'écrit partnereval report --format html, compilé maintenant.
open-report = Ouvrir le rapport
report-failed = Le rapport n'a pas pu être compilé ; le terminal du serveur dit pourquoi.
collective-heading = Réponse collective
collective-text = Pour le projecteur : le groupe parcourt les énoncés, avec la répartition des réponses des membres, et s'accorde sur une réponse pour chacun ; elle est enregistrée comme la réponse collective du tour.
collective-start = Commencer la réponse du groupe
collective-resume = Poursuivre la réponse du groupe
serving = Évaluation servie : { $name } ; les réponses vont dans { $folder }
members-address = Membres : { $url }
facilitator-address = Animation (gardez cette adresse pour vous) : { $url }
cannot-listen = impossible d'écouter sur { $address } : { $reason }
stopped-summary =
    Arrêté. { $members ->
        [0] Aucune réponse reçue
        [one] { $members } réponse reçue
       *[other] { $members } réponses reçues
    } des membres et { $groups ->
        [0] aucune réponse collective
        [one] { $groups } réponse collective
       *[other] { $groups } réponses collectives
    }.
empty-is-no-answer = Laissez vide pour « { $label } ».
row-comment = Commentaire sur « { $row } » (facultatif)
change-named = Modifier : { $name }
round-named = tour « { $round } »
answered =
    { $n ->
        [one] { $n } membre a répondu.
       *[other] { $n } membres ont répondu.
    }
too-few-yet = Moins de { $min } membres ont répondu pour l'instant : le compte s'affiche à partir de { $min }, pour qu'aucune réponse ne puisse être reconnue.
spread-heading =
    { $n ->
        [one] Ce qu'a répondu { $n } membre
       *[other] Ce qu'ont répondu { $n } membres
    }
spread-withheld = Les réponses des membres s'affichent ici dès que { $min } ont répondu.
tls-no-pem = il ne contient aucun certificat PEM (« -----BEGIN CERTIFICATE----- »)
tls-bad-certificate = { $file } : chaîne de certificats inutilisable : { $reason }
tls-bad-key = { $file } : clé privée inutilisable : { $reason }
tls-mismatch = { $cert } et { $key } ne peuvent pas servir le HTTPS ensemble : { $reason }
