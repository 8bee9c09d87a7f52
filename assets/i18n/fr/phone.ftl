# CODI Workshop: what participants read on their phones (the voting page and the page
# for typing a code). Shown in the workspace's language, or the one the phone chose.

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
