# CODI Workshop: what participants read on their phones (the voting page, the page
# for typing a code, and a table's page for scoring its ministry). Shown in the
# workspace's language, or the one the phone chose.

## The page for typing a code.

phone-landing-title = CODI Workshop : saisissez votre code
phone-landing-label = Le code affiché au projecteur, ou sur la fiche de votre table
phone-landing-open = Ouvrir
phone-landing-note = Majuscules ou minuscules, les deux fonctionnent. Pas de compte ni d'application : votre téléphone ne garde qu'un nombre aléatoire pour ne voter qu'une fois.
phone-not-open = Ce code n'est pas ouvert. Vérifiez le code affiché au projecteur, ou sur la fiche de votre table.
phone-no-page = Il n'y a aucune page à cette adresse. Saisissez plutôt le code.

## The voting page.

phone-title = Vote de la salle CODI
phone-language = Langue
phone-connecting = Connexion…
phone-noscript = Cette page a besoin de JavaScript pour envoyer votre vote. Sans JavaScript, votez avec votre carton : l'animateur compte aussi les cartons.
phone-waiting-title = En attente de l'animateur
phone-waiting = En attente de l'animateur.
phone-area = Domaine { $number } sur { $areas }
phone-anonymous = Les votes sont anonymes : seuls les décomptes sont conservés, et personne ne voit qui a choisi quoi.
phone-voted = { $voted ->
    [one] { $voted } téléphone a voté.
   *[other] { $voted } téléphones ont voté.
}
phone-your-mark = ✔ Votre vote
phone-your-vote = Votre vote : { $vote }. Vous pouvez le modifier jusqu'à la clôture du vote.
phone-tap = Touchez votre réponse.
phone-result = n = { $n } · médiane { $median }
phone-result-no-median = n = { $n }
phone-closed = Le vote sur ce domaine est clos.
phone-closed-yours = Le vote sur ce domaine est clos. Votre vote : { $vote }.
phone-ended-title = Ce vote est terminé
phone-ended = Ce vote est terminé. Merci. Lorsque l'animateur lancera le suivant, scannez le nouveau code affiché au projecteur.
phone-lost = L'ordinateur portable de l'animateur ne répond pas. Gardez cette page ouverte : elle reprendra d'elle-même dès que l'ordinateur répondra de nouveau.
phone-retrying = Pas de connexion avec l'ordinateur portable de l'animateur. Nouvelle tentative…
phone-sending = Envoi…
phone-not-sent = Le vote n'est pas arrivé : l'ordinateur portable ne répond pas. Touchez de nouveau dans un instant.
phone-too-many-phones = Trop de téléphones depuis cette adresse ont rejoint ce vote. Levez plutôt votre carton.
phone-code-not-open = Ce code n'est pas ouvert. Vérifiez le projecteur ou la fiche de votre table.
phone-too-many-requests = Trop de requêtes ou de codes erronés depuis cet appareil. Attendez { $seconds } secondes, puis réessayez.
phone-not-joined = Ce téléphone n'a pas rejoint ce vote ; rechargez la page.
phone-unreadable = Le vote n'a pas pu être lu.
phone-no-area = Le vote n'indique aucun domaine.
phone-not-an-answer = Ce n'est pas une réponse valide.
phone-counted = Vote comptabilisé.
phone-refused-closed = Le vote est clos. En attente de l'animateur.
phone-refused-not-open = Ce domaine n'est plus ouvert au vote ; la page affiche maintenant le domaine ouvert.
phone-refused-revealed = Le vote sur ce domaine est clos : le résultat est en cours de discussion.
phone-refused-too-fast = Trop de votes depuis ce téléphone ; attendez quelques secondes.
phone-refused-full = La salle est pleine : aucun autre téléphone ne peut rejoindre ce vote.
phone-refused-bad-answer = Cette réponse ne figure pas sur l'échelle de ce domaine.

## A table's page: where a ministry's table types its answers, area by area. The
## page's script fills in the variables itself, after the message is chosen: a select
## on a number would always take its default, so counts are written so that any
## number reads right.

table-title = Notation par table CODI
table-areas = Domaines
table-noscript = Cette page a besoin de JavaScript pour enregistrer les réponses de votre table. Sans JavaScript, écrivez-les sur la fiche de votre table et remettez-la à l'animateur.
table-area-answered = Domaine { $number } : { $title } (réponse : { $answer })
table-area-not-answered = Domaine { $number } : { $title } (sans réponse)
table-area-of = Domaine { $number } sur { $total } : { $title }
table-note = Message de l'animateur : { $note }
table-submitted-note = Votre table a envoyé ses réponses. Pour en modifier une, appuyez sur Rouvrir ci-dessous.
table-guiding-questions = Questions d'orientation
table-last-round = Cycle précédent : { $answer }
table-your-choice = ✔ Le choix de votre table
table-rationale = Justification : pourquoi ce niveau ?
table-evidence = Éléments probants : documents, données, exemples
table-kept-here = Tout ce qui est saisi ici reste sur cet appareil jusqu'à ce que l'ordinateur portable de l'animateur l'ait reçu : un rechargement ou une coupure de connexion ne fait rien perdre.
# What a device chose when it chose no answer (in table-other-chose and table-choose-again).
table-nothing = aucune réponse
table-other-chose = Un autre appareil de votre table a choisi : { $theirs } (affiché ci-dessus). Vous aviez choisi : { $mine }.
table-other-typed = Un autre appareil de votre table a enregistré le texte ci-dessus pendant que vous écriviez. Votre texte, qui n'est pas perdu :
table-choose-again = Choisir de nouveau : { $answer }
table-use-mine = Utiliser le mien
table-add-mine = Ajouter le mien en dessous
table-keep-saved = Garder le choix enregistré
table-drop-mine = Abandonner le mien
table-previous = ◀ Précédent
table-next = Suivant ▶
table-submit = Envoyer ({ $answered } sur { $total })
table-reopen = Rouvrir
table-merged = Un autre appareil de votre table a enregistré ce domaine pendant que vous écriviez : son texte est affiché, le vôtre est conservé en dessous.
table-updated = Mis à jour depuis un autre appareil de votre table.
table-both-shown = Un autre appareil de votre table a aussi enregistré ce domaine : les deux versions sont affichées.
table-status-submitted = Envoyé. Vous pouvez rouvrir jusqu'à ce que l'animateur clôture la notation par table.
table-status-unsaved = Domaines pas encore sur l'ordinateur portable : { $count }. Conservés sur cet appareil ; envoi en cours…
table-status-answered = Domaines renseignés : { $answered } sur { $total }. Tout s'enregistre automatiquement.
table-saving = Enregistrement…
table-saved = Enregistré à { $time }
table-not-saved = Non enregistré : { $message }
table-not-saved-yet = Pas encore enregistré : pas de connexion avec l'ordinateur portable de l'animateur. Conservé sur cet appareil ; nouvelle tentative…
table-lost = L'ordinateur portable de l'animateur ne répond pas. Gardez cette page ouverte : vos réponses sont enregistrées sur cet appareil et seront envoyées dès que l'ordinateur répondra de nouveau.
table-kept-until-open = Domaines conservés sur cet appareil : { $count }. Ils seront envoyés si la notation par table rouvre.
table-not-submitted = Pas de connexion avec l'ordinateur portable de l'animateur : rien n'a été envoyé. Réessayez dans un instant.
table-not-reopened = Pas de connexion avec l'ordinateur portable de l'animateur : rien n'a été rouvert. Réessayez dans un instant.
table-retrying = Pas de connexion avec l'ordinateur portable de l'animateur. Nouvelle tentative…

## The table page: the laptop's replies.

table-closed = La notation par table est close. Ce que votre table a enregistré se trouve sur l'ordinateur portable de l'animateur ; ce qui n'a pas été enregistré reste sur cet appareil.
table-refused-closed = La notation par table n'est pas ouverte. Adressez-vous à l'animateur.
table-refused-code = Ce code de table n'est pas (ou plus) valide. Demandez à l'animateur l'adresse de votre table.
table-refused-area = Ce domaine ne figure pas dans l'instrument de ce cycle.
# $why says what was wrong with the text or answer.
table-refused-invalid = Non enregistré : { $why }
table-refused-submitted = Votre table a envoyé ses réponses. Rouvrez pour en modifier une.
table-refused-conflict = Un autre appareil de votre table a enregistré ce domaine pendant que vous écriviez.
table-unreadable-save = L'enregistrement n'a pas pu être lu.
table-unreadable-request = La requête n'a pas pu être lue.
table-save-no-area = L'enregistrement n'indique aucun domaine.
table-not-an-answer = Ce n'est pas une réponse valide.
table-reply-saved = Enregistré.
table-reply-submitted = Envoyé.
table-reply-reopened = Rouvert.

## The voting page.

# The round was signed off (validated) after review: it is read-only.
phone-refused-validated = Ce cycle a été approuvé : il n'accepte plus de votes.

## A table's page: where a ministry's table types its answers, area by area. The
## page's script fills in the variables itself, after the message is chosen: a select
## on a number would always take its default, so counts are written so that any
## number reads right.

table-validated-note = Ce cycle a été approuvé à l'issue de la revue : ses réponses peuvent être consultées, mais plus modifiées.

## The table page: the laptop's replies.

# The round was signed off (validated) after review: nothing more is saved. The page keeps what was typed.
table-refused-validated = Ce cycle a été approuvé : il n'accepte plus de modifications. Ce que vous avez saisi reste sur cette page ; adressez-vous à l'animateur.
