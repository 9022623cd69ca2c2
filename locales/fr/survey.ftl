# The survey's screens: prompts, hints, the review, drafts.
# The texts of src/i18n/parts/survey.rs.

hint-separator = {" · "}
key-move = ↑↓ : se déplacer
key-confirm = Entrée : confirmer
key-back = Échap : retour
key-cancel = Échap : annuler
key-tick = Espace : cocher
key-rows = ↑↓ : ligne
key-grid-enter = Entrée : ligne suivante
key-grid-done = à la dernière ligne : terminé
key-comment = c : commentaire
more-above = ↑ suite plus haut
more-below = ↓ suite plus bas
plain-choose = Tapez un numéro et appuyez sur Entrée.
plain-back = tapez < pour revenir
plain-cancel = tapez < pour le laisser tel quel
group-answer = Réponse collective : entendez-vous sur un seul choix.
intro-group = Aucun nom ni aucune coordonnée ne sont enregistrés : la réponse est celle du groupe.
review-heading-group = Revoyez la réponse collective
row-not-answered = (sans réponse)
key-letters = ↑↓, { $letters } ou 1–{ $last } : choisir
key-numbers = 1–{ $last } : choisir
key-page = ←→ : page { $page } sur { $pages }
key-levels = ←→ ou 1–{ $last } : réponse
plain-choose-letters = Tapez un numéro ou une lettre ({ $letters }) et appuyez sur Entrée.
choose-between-letters = Veuillez taper un numéro de 1 à { $n } ou une lettre ({ $letters }).
choose-from-to = Veuillez taper un numéro de { $first } à { $last }.
plain-default = Entrée seule : { $n }.
no-answer-enter = Entrée seule : « { $label } »
answer-every-row = Veuillez répondre à chaque ligne ; « { $label } » compte comme une réponse.
no-answer-alone = « { $label } » ne peut pas être coché avec d'autres choix.
exclusive-unticked-others = Cocher « { $option } » a décoché : { $others }.
exclusive-unticked = « { $option } » a été décoché : ce choix ne va pas avec d'autres.
exclusive-alone = « { $option } » ne peut pas être coché avec d'autres choix : cochez-le seul, ou les autres.
answers-dropped = { $count ->
        [one] Votre réponse à { $items } a été retirée : cet énoncé ne s'applique plus après votre changement.
       *[other] Vos réponses à { $items } ont été retirées : ces énoncés ne s'appliquent plus après votre changement.
    }
comment-on = Votre commentaire sur « { $row } » (vide pour le retirer)
resume-draft-entry = Reprendre : { $details }
draft-progress =
    { $done ->
        [0] aucun énoncé répondu sur { $total }
        [one] { $done } énoncé répondu sur { $total }
       *[other] { $done } énoncés répondus sur { $total }
    }
draft-last = dernier : { $item }
draft-started = commencé le { $date }
draft-saved = enregistré le { $when }
draft-round = tour « { $round } »
drafts-collective-elsewhere =
    { $n ->
        [one] { $n } brouillon de réponse collective n'est pas proposé ici : take --collective le propose.
       *[other] { $n } brouillons de réponse collective ne sont pas proposés ici : take --collective les propose.
    }
drafts-individual-elsewhere =
    { $n ->
        [one] { $n } brouillon de réponse individuelle n'est pas proposé ici : take sans --collective le propose.
       *[other] { $n } brouillons de réponse individuelle ne sont pas proposés ici : take sans --collective les propose.
    }
review-page = page { $page } sur { $pages }
