# CODI Workshop: English, the reference language. Every other language has the same
# message ids, variables and attributes (tests/i18n.rs checks it).

language-name = Français

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-choose-level = Convenir d'un niveau (après le dévoilement : puis la justification)
action-not-applicable = Sans objet
action-insufficient-info = Information insuffisante
action-clear-answer = Effacer la réponse convenue
action-previous-area = Domaine précédent
action-next-area = Domaine suivant
action-first-area = Premier domaine
action-summary-page = Page de synthèse
action-quick-tally = Décompte des cartons, par ex. 035 (Enter : appliquer et dévoiler)
action-reveal-votes = Dévoiler les votes, ou les masquer de nouveau
action-go-to-rationale = Rédiger la justification
action-save-and-next = Terminé : domaine ouvert suivant (aussi depuis une zone de texte)
action-questions = Questions d'orientation sur la vue salle
action-timer = Lancer ou mettre en pause le chronomètre de discussion
action-second-screen = Présenter la vue salle (de nouveau : retour)
    .tooltip = Sur un second écran, s'il y en a un
action-room-voting = Lancer ou arrêter le vote de la salle par téléphone
action-join-page = Pendant le vote de la salle : un grand code QR et l'adresse pour participer
action-accept-proposal = Notation par table : accepter la proposition de la table comme réponse convenue
action-leave-session = Quitter un champ ou une commande ; de nouveau : l'espace de travail
action-move-in-table = Tableau des ministères : se déplacer entre les cellules (Tab pour y accéder)
action-score-cell = Tableau des ministères : noter la cellule choisie
action-score-next = Noter le ministère suivant du cycle le plus récent
action-present = Présentation : le graphique seul, en grand (de nouveau : quitter)
action-end-presentation = Quitter la présentation
action-previous-page = Tendance présentée : les domaines précédents
action-next-page = Tendance présentée : les domaines suivants
action-submit = Valider une boîte de dialogue, ou ajouter le contenu d'un champ à une ligne
action-undo = Annuler
action-redo = Rétablir
action-zoom-in = Zoom avant
action-zoom-out = Zoom arrière
action-zoom-reset = Réinitialiser le zoom
action-fullscreen = Plein écran
action-open = Ouvrir...
action-save-as = Enregistrer sous...
action-help = Raccourcis clavier
action-new-workspace = Nouvel espace de travail
    .tooltip = Un espace de travail vide, enregistré automatiquement jusqu'à ce que vous choisissiez son emplacement
action-new-with-instrument = Nouvel espace de travail avec un autre instrument...
    .tooltip = Un espace de travail vide, noté avec un fichier d'instrument (JSON)
action-use-instrument = Utiliser une autre version de l'instrument pour les nouveaux cycles...
    .tooltip = Les cycles passés conservent la version avec laquelle ils ont été notés
action-open-demo = Ouvrir l'espace de travail de démonstration
    .tooltip = Un espace de travail fictif pour essayer l'application ; vos fichiers ne sont pas modifiés
action-import = Importer des notes (CSV, Excel, OpenDocument)...
    .tooltip = Des notes issues d'un fichier ; les modifications sont listées et peuvent être annulées
action-export-csv = Exporter en CSV...
    .tooltip = Toutes les notes, une ligne par domaine, pour d'autres logiciels
action-export-xlsx = Exporter un classeur Excel...
    .tooltip = Toutes les notes et le détail des cycles, chacun sur sa propre feuille
action-key-card = Imprimer la fiche des raccourcis de l'animateur (PDF)...
action-phone-handout = Imprimer la fiche pour voter par téléphone (PDF)...
    .tooltip = Avec l'adresse pour rejoindre le vote et son code QR pendant que le vote en salle est ouvert
action-about-handout = Imprimer la page sur CODI pour la salle (PDF)...
action-table-template = Modèle Excel pour les tables...
    .tooltip = Un classeur que la table d'un ministère remplit hors ligne pour le cycle le plus récent
action-ministry-pdf = Exporter en PDF : synthèse de ce ministère...
    .tooltip = Deux pages sur le ministère ouvert dans la session de notation
action-workshop-pdf = Exporter en PDF : rapport de l'atelier...
    .tooltip = Tous les ministères du cycle, avec l'annexe méthodologique
action-show-workspace = Espace de travail
action-show-results = Résultats
action-radar = Résultats : Radar
action-trend = Résultats : Tendance
action-heatmap = Résultats : Carte thermique
action-changes = Résultats : Évolutions
action-history = Résultats : Historique
action-light-theme = Thème clair (contraste élevé)
action-dark-theme = Thème sombre
action-about = À propos de CODI Workshop
action-open-data-folder = Ouvrir le dossier de données
    .tooltip = Emplacement des espaces de travail jamais enregistrés et des sauvegardes

# A menu item about a round: the action's text without its "...", then the round.
action-with-round = { $action } ({ $round })...
# A key pressed when its action cannot be taken: the action, then why.
action-not-now = { $action } : { $why }.

## Why an action is not available now (shown on the greyed item and after a key).

unavailable-nothing-to-undo = Rien à annuler
unavailable-nothing-to-redo = Rien à rétablir
unavailable-add-a-round = Ajoutez d'abord un cycle
unavailable-open-scoring = Ouvrez d'abord la session de notation d'un ministère
unavailable-workspace-shown = L'espace de travail est déjà affiché
unavailable-results-shown = Les résultats sont déjà affichés

## The menu bar.

menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-help = Aide
menu-open-recent = Ouvrir un fichier récent
menu-no-recent = Aucun fichier récent
menu-language = Langue
menu-bangla-digits = Chiffres bengalis (০১২৩)
menu-go-workspace = ◀ Espace de travail
menu-go-results = Résultats ▶

## The hint line under a scoring page: a key, then one short word.

hint-level = niveau
hint-na = NA
hint-ni = NI
hint-tally = décompte
hint-reveal = dévoiler
hint-rationale = justifier
hint-next = suivant
hint-questions = questions
hint-timer = chrono
hint-present = présenter
hint-back = retour
hint-every-key = F1 : toutes les touches

## Help: the key list (F1) and About.

help-keys-title = Raccourcis clavier
help-about-title = À propos de CODI Workshop
help-close = Fermer (Esc)
help-scope-global = Partout
help-scope-scoring = Sur une page de notation
help-scope-workspace = Sur l'écran de l'espace de travail
help-scope-results = Sur les écrans de résultats
help-scope-boxes = Dans une boîte de dialogue ou un champ à une ligne
help-typing-note = Les touches simples sont sans effet tant que le curseur est dans une zone de texte ; Esc permet d'en sortir.
about-version = Version
about-instrument = Instrument intégré
about-instrument-value = { $title } (version { $version })
about-workspace = Cet espace de travail
about-workspace-value = les nouveaux cycles utilisent la version { $version }
about-data-folder = Dossier de données
about-open-data-folder = Ouvrir le dossier de données
about-no-data-folder = aucun : ce système n'a pas de dossier personnel
about-licences = Licences
about-language = Langue de l'interface
about-translation-note = Les textes en bengali, en espagnol et en français ont été rédigés par les développeurs et doivent être relus par des locuteurs natifs avant tout usage officiel.

## The workspace screen.

workspace-title = Titre de l'espace de travail
workspace-instrument = Instrument : { $title } (version { $version })
workspace-language = Langue de la salle, des téléphones et des rapports
workspace-language-tip = Ce qu'affichent le projecteur, les téléphones des participants et les rapports PDF. Vos menus gardent la langue choisie dans Affichage › Langue.

## The room view: what the projector shows (in the workspace's language).

room-not-scored = Pas encore noté
room-chosen = choisi
room-level-name = Niveau { $level } { $label }
room-agreed = Réponse convenue : { $answer }
room-last-round = Cycle précédent ({ $date }) : { $answer }
room-last-round-not-comparable = Cycle précédent ({ $date }) : { $answer } (le domaine a changé depuis : non comparable)
room-table-proposed = Proposition de la table : { $answer }
room-stats = n = { $n } · médiane { $median } · accord { $agreement }
room-questions-title = Questions d'orientation
room-no-questions = Ce domaine n'a pas de questions d'orientation.
room-questions-back = Q ou Esc : retour aux niveaux
room-clock-over = Dépassement : { $time }
join-open = Vote par téléphone · votants : { $voted }
join-closed = Vote par téléphone clos · votants : { $voted }
join-no-address = Aucune adresse accessible aux téléphones.
join-title = Participer au vote
join-step-wifi = 1. Connectez votre téléphone au même Wi-Fi que cet ordinateur portable.
join-step-scan = 2. Scannez le code avec l'appareil photo, ou ouvrez :
join-voted-here = Votants sur ce domaine : { $voted }
join-privacy = Pas de compte, pas d'application. Votre téléphone ne garde qu'un nombre aléatoire pour ne voter qu'une fois ; personne ne peut voir ce que vous avez choisi.
join-back = J ou Esc : retour aux niveaux

## The facilitator's panel: counting votes.

votes-card-count = Décompte des cartons
votes-entered = { $n ->
    [one] { $n } vote saisi
   *[other] { $n } votes saisis
}
votes-entered-phones = Votes saisis : { $n } ({ $phones } par téléphone + { $cards } par carton)
votes-hide = Masquer les votes
votes-reveal = Dévoiler les votes
votes-clear = Effacer les votes
votes-one-by-one = Compter un par un
votes-tally-hint = T, puis par ex. 2:3 3:5
votes-one-less = Un vote de moins pour { $answer }
votes-one-more = Un vote de plus pour { $answer }
votes-for = Votes pour { $answer }
votes-for-hidden = Votes pour { $answer } : masqués jusqu'au dévoilement
votes-agree-median = Convenir de la médiane : { $answer }
votes-last-round = Cycle précédent ({ $date })
votes-area-changed = Ce domaine a changé dans l'instrument depuis.

## The scoring page's strip of areas.

scoring-gone = Ce cycle ou ce ministère n'existe plus.
scoring-back-to-workspace = Retour à l'espace de travail
scoring-previous = ◀ Domaine précédent
scoring-previous-tip = Domaine précédent (←)
scoring-next = Domaine suivant ▶
scoring-next-tip = Domaine suivant (→)
scoring-area-not-scored = non noté
scoring-area-answer = réponse { $answer }
scoring-go-to-area = Aller au domaine { $number } : { $area } ({ $state })
scoring-summary = Synthèse
scoring-go-to-summary = Aller à la page de synthèse

## Banners over the screen, the status line and the window's title.

banner-not-saved = Non enregistré : { $error }. Votre travail est conservé en mémoire et l'enregistrement sera retenté.
banner-conflict = { $path } a été modifié par un autre programme depuis son ouverture. Votre version est conservée en mémoire et n'a pas été écrite.
banner-conflict-overwrite = Écraser avec ma version
banner-conflict-reload = Charger l'autre version
banner-conflict-save-mine = Enregistrer ma version sous...
banner-open-elsewhere = Cet espace de travail est aussi ouvert dans une autre fenêtre. Les deux peuvent le modifier : un enregistrement n'écrase jamais les modifications de l'autre fenêtre sans le demander, mais tenez-vous-en si possible à une seule fenêtre.
banner-recovery = Un espace de travail jamais enregistré dans un fichier a été retrouvé{ $when }.
banner-recovery-when = { " " }(dernière modification le { $when })
banner-recovery-restore = Le restaurer
banner-recovery-set-aside = Le mettre de côté
banner-export-making = Création en cours : { $what }, { $path }…
banner-export-cancelling = Annulation : rien ne sera écrit dans { $path }…
banner-export-cancel = Annuler l'exportation
banner-progress = { $done } sur { $total }
banner-saving-as = Enregistrement de l'espace de travail dans { $path }…
banner-import-reading = Lecture de { $path }… Rien ne change avant la fin de la lecture.
banner-import-rows = Lignes lues : { $rows }
banner-import-cancel = Annuler l'importation
banner-open-folder = Ouvrir le dossier
banner-dismiss = Fermer
status-saved = ✔ Toutes les modifications sont enregistrées
status-saving = Enregistrement…
status-failed = Non enregistré : voir le message ci-dessus
status-conflict = Non enregistré : fichier modifié ailleurs
status-zoom = · zoom { $percent } %
title-unsaved = { $title } (non enregistré dans un fichier)
title-saved = tout est enregistré
title-saving = enregistrement…
title-failed = NON ENREGISTRÉ
title-conflict = NON ENREGISTRÉ : fichier modifié ailleurs
location-file = Fichier : { $path }
location-autosaved = Pas encore dans un fichier à vous : enregistré automatiquement dans { $path }. Utilisez Fichier › Enregistrer sous... pour choisir un fichier.
location-unsaved = Non enregistré dans un fichier. Les modifications sont enregistrées automatiquement dès la première saisie.

## Messages after an action.

msg-time-not-recorded = Le temps de discussion n'a pas été enregistré : { $error }.
msg-could-not-open = Impossible d'ouvrir { $path } : { $error }
msg-all-scored = Tous les ministères sont notés dans le cycle le plus récent.
msg-table-new-code = La table de { $ministry } a un nouveau code, { $code } ; l'ancien ne fonctionne plus. Imprimez de nouveau sa fiche.
msg-table-code-revoked = Le code de la table de { $ministry } est révoqué : ses appareils ne peuvent plus rien ouvrir ni enregistrer.
msg-table-code-unchanged = Le code de la table n'a pas été modifié : { $error }
msg-no-data-folder = Ce système n'a pas de dossier de données pour l'application (aucun dossier personnel).
msg-round-unchanged = Le cycle { $round } n'a pas été modifié.
msg-folder-not-made = Le dossier { $path } n'a pas pu être créé : { $error }
msg-nothing-exported = Rien n'a été exporté.
msg-removed = Supprimé. Ctrl+Z annule la suppression.
msg-not-changed = Aucune modification : { $error }.
msg-nothing-to-undo = Rien à annuler.
msg-nothing-to-redo = Rien à rétablir.
msg-step-failed = Cette étape n'a pas pu être annulée : { $error }.
dialog-png-kind = Image PNG
dialog-save-chart = Enregistrer le graphique en PNG

## The workspace screen: rounds and ministries.

workspace-rounds = Cycles ({ $n })
workspace-new-round = Nouveau cycle...
workspace-no-rounds = Aucun cycle pour l'instant. Un cycle correspond à un atelier : ajoutez-en un pour commencer la notation.
round-menu = Actions sur le cycle { $round }
round-edit = Modifier le cycle...
round-export-pdf = Exporter le rapport de l'atelier en PDF...
round-export-pdf-scored = Exporter le rapport de l'atelier en PDF, ministères notés uniquement...
round-export-pdf-clusters = Exporter le rapport de l'atelier en PDF, groupe par groupe...
round-tables = Notation par table : chaque ministère se note lui-même
round-tables-tip = La table de chaque ministère remplit ce cycle depuis un téléphone ou un ordinateur portable connecté à ce réseau
round-remove = Supprimer le cycle...
workspace-ministries = Ministères et divisions ({ $n })
workspace-add-ministry = Ajouter un ministère...
workspace-no-ministries = Aucun ministère pour l'instant : ajoutez le premier.
workspace-add-round-first = Ajoutez un cycle à gauche pour commencer la notation.
workspace-matrix-hint = Domaines ayant une réponse, par cycle (✔ tous, – aucun pour l'instant). Cliquez sur une cellule pour la noter.
workspace-rounds-shown = cycles { $first }-{ $last } sur { $total }
workspace-earlier-rounds = Afficher les cycles précédents
workspace-later-rounds = Afficher les cycles suivants
workspace-code = Code
workspace-name = Nom
ministry-menu = Actions sur { $ministry }
ministry-edit = Modifier le ministère { $ministry }...
ministry-move-up = Monter
ministry-move-down = Descendre
ministry-remove = Supprimer le ministère { $ministry }...
ministry-menu-tip = Modifier, déplacer ou supprimer

## Dialogs on the workspace screen.

confirm-remove-ministry = Supprimer { $ministry } ?
confirm-remove-ministry-text = Domaines notés pour { $ministry }, tous cycles confondus : { $n }. Ils seront supprimés eux aussi. Vous pouvez annuler avec Ctrl+Z.
confirm-remove-ministry-yes = Supprimer { $ministry } et ses notes
confirm-remove-round = Supprimer le cycle { $round } ?
confirm-remove-round-text = Domaines notés dans ce cycle : { $n }. Ils seront supprimés eux aussi. Vous pouvez annuler avec Ctrl+Z.
confirm-remove-round-yes = Supprimer le cycle et ses notes
confirm-keep = Conserver
dialog-cancel = Annuler
dialog-save-changes = Enregistrer les modifications
dialog-add-ministry = Ajouter un ministère ou une division
dialog-edit-ministry = Modifier le ministère { $ministry }
dialog-add-ministry-button = Ajouter le ministère
dialog-new-round = Nouveau cycle
dialog-edit-round = Modifier le cycle
dialog-add-round-button = Ajouter le cycle
dialog-round-removed = Ce cycle a été supprimé.
field-code = Code
field-name = Nom
field-cluster = Groupe
field-ministry-code = Code du ministère
field-ministry-name = Nom du ministère
field-ministry-cluster = Groupe du ministère
field-new-ministry-code = Code du nouveau ministère
field-new-ministry-name = Nom du nouveau ministère
field-new-ministry-cluster = Groupe du nouveau ministère
field-title = Titre
field-date = Date
field-location = Lieu
field-facilitator = Animation
field-participants = Participants
field-women = femmes
field-men = hommes
field-other = autres
field-notes = Notes
field-round-title = Titre du cycle
field-round-date = Date du cycle
field-round-location = Lieu du cycle
field-round-facilitator = Animation du cycle
field-round-notes = Notes du cycle
field-new-round-title = Titre du nouveau cycle
field-new-round-date = Date du nouveau cycle
field-new-round-location = Lieu du nouveau cycle
field-new-round-facilitator = Animation du nouveau cycle
field-new-round-notes = Notes du nouveau cycle

## The facilitator's panel on a scoring page.

panel-facilitator = Animation
panel-room-window = Fenêtre de la salle
panel-room-window-tip = La vue salle dans sa propre fenêtre, pour un projecteur utilisé comme second écran. F5 présente la vue salle : sur le second écran s'il y en a un, sinon en plein écran ici.
panel-start-voting = Lancer le vote de la salle (W)
panel-stop-voting = Arrêter le vote de la salle
panel-voting-tip = Les téléphones connectés à ce réseau votent sur le domaine ouvert ; seuls les décomptes sont conservés
panel-no-wifi = Aucun réseau Wi-Fi trouvé : seul cet ordinateur portable peut ouvrir l'adresse. Rejoignez le Wi-Fi de la salle ou activez un point d'accès, puis appuyez deux fois sur W.
panel-firewall = Si Windows demande si CODI Workshop peut utiliser le réseau, autorisez-le sur les réseaux privés. Sur un réseau marqué Public, les téléphones ne peuvent pas joindre cet ordinateur portable : marquez le Wi-Fi comme Privé (Paramètres › Réseau › propriétés du Wi-Fi), ou utilisez un point d'accès.
panel-address = Adresse affichée pour la salle :
panel-address-tip = Cet ordinateur portable est connecté à plusieurs réseaux : choisissez celui qu'utilisent les téléphones
panel-phones-see-result = Les téléphones voient le résultat après le dévoilement
timer-label = Chronomètre { $time }
timer-start = Démarrer
timer-pause = Pause
timer-start-name = Démarrer le chronomètre
timer-pause-name = Mettre le chronomètre en pause
timer-tip = S démarre et met en pause
timer-reset = Réinitialiser
timer-reset-name = Réinitialiser le chronomètre
timer-per-area = Temps par domaine
timer-per-area-tip = Temps de discussion par domaine
timer-minutes = min
text-rationale = Justification
text-rationale-hint = R : pourquoi la salle a convenu de cette note
text-evidence = Éléments probants
text-evidence-hint = Documents, données ou exemples cités
text-dissent = Désaccord ou avis minoritaire
text-dissent-hint = Un avis que la salle n'a pas partagé, consigné dans le compte rendu
earlier-round = Cycle antérieur : { $round } ({ $date }). Toute modification demande d'abord une confirmation.
earlier-round-changing = ✎ Modification d'un cycle antérieur : { $round } ({ $date })
answer-heading = Réponse convenue ({ $keys }, N, I)
answer-agree-on = Convenir de { $answer }
answer-clear = Effacer la note
present-area = Domaine { $number } sur { $areas }
present-hide = Masquer les votes (V)
present-reveal = Dévoiler les votes (V)
present-pause = Mettre le chronomètre en pause (S)
present-start = Démarrer le chronomètre (S)
present-back = Retour à la vue de l'animateur (F5)
present-keys = Les touches fonctionnent comme d'habitude : 1-4 convenir · T décompte · V dévoiler · ← → domaines · F5 ou Esc : retour
proposal-heading = Proposition de la table : { $answer }
proposal-rationale = Justification : { $text }
proposal-evidence = Éléments probants : { $text }
proposal-accepted = Acceptée
proposal-accept = Accepter la proposition (A)
proposal-accept-tip = Faire de la réponse de la table la réponse convenue ; ses textes ne remplissent que les zones vides
proposal-why-otherwise = La salle a convenu d'une autre réponse : pourquoi ?
proposal-why-hint = par ex. de nouveaux éléments probants de la division des finances
proposal-note = Note pour la table
proposal-note-hint = par ex. domaine 4 : quelle circulaire ?
proposal-send = Envoyer
proposal-sent = Envoyé : { $note }
summary-title = Synthèse
summary-figures = Couverture { $coverage } · médiane { $median } · moyenne { $mean } (à titre indicatif)
summary-time = Temps de discussion : { $time } au total
summary-area = Domaine
summary-agreed = Réponse convenue
summary-since = Depuis le { $date }
summary-change = Évolution
summary-time-head = Temps
summary-rationale = Justification
summary-open-area = Ouvrir le domaine { $number }
summary-changes = Depuis le cycle précédent : { $improved } en progrès, { $unchanged } sans changement, { $declined } en recul ; { $new } avec une première note, { $gone } désormais sans note.
summary-rerated = Réévalués pour une autre raison que la performance, comptés à part : { $n }.
summary-not-comparable = Domaines modifiés dans l'instrument, non comparés : { $n }.
summary-export = Exporter cette synthèse en PDF...
summary-next = Noter le ministère suivant : { $ministry } ▶
## The record on a scoring page: actions, reasons for a change, attendance, history.

record-carried = Actions convenues au cycle { $round }
record-carried-note = À suivre en premier : où en sont-elles ?
record-due = échéance : { $date }
record-what-happened = Ce qui s'est passé
record-what-happened-hint = par ex. projet approuvé, budget en attente
record-why-changed = Réponse convenue au cycle { $round } : { $before } ; désormais : { $now }. Pourquoi la note a-t-elle changé ?
record-choose-reason = Choisir un motif
record-reason-name = Motif du changement : { $reason }
record-skip = Passer
record-skip-tip = Enregistré comme « motif non indiqué »
record-note = Remarque (facultative)
record-not-blocking = Non bloquant : la salle peut poursuivre.
record-actions = Actions avant le prochain cycle
record-add = Ajouter
record-new-action-hint = Nouvelle action : ce qui sera fait
record-action-hint = Ce qui sera fait
record-owner-hint = Responsable (service ou fonction)
record-remove = Supprimer
record-due-hint = Échéance AAAA-MM-JJ
record-not-a-date = date non valide
record-who = Qui a participé :
record-people = personnes
record-from = de
record-offices-hint = services ou divisions, sans noms
record-history = Historique ({ $n })
record-no-history = Aucune modification enregistrée pour l'instant.
record-history-older = … et { $n } plus anciennes : voir Fichier › Exporter l'historique
record-step-undo = (annulation)
record-step-redo = (rétablissement)
record-now = désormais : { $value }
record-before = Avant : { $value }
record-after = Après : { $value }
## The table scoring dashboard.

tables-not-open = La notation par table n'est pas ouverte. Lancez-la depuis le menu ⋯ d'un cycle sur l'écran de l'espace de travail.
tables-heading = Notation par table · { $round }
tables-stop = Arrêter la notation par table
tables-show-addresses = Afficher les adresses des tables
tables-sheets = Fiches des tables (PDF)...
tables-sheets-tip = Une page par table avec son adresse et son code QR, et les domaines à cocher sur papier
tables-counts = Tables : { $tables } · commencées : { $started } · envoyées : { $submitted }. Les notes restent masquées jusqu'à l'examen en plénière.
tables-revoked = aucun code : révoqué
tables-submitted = ✔ envoyée
tables-started = commencée il y a { $time }
tables-not-started = pas commencée
tables-new-code = Nouveau code (l'ancien ne fonctionne plus)
tables-revoke = Révoquer le code de cette table
tables-code-menu = Actions sur le code de la table de { $ministry }
tables-hours = { $hours } h { $minutes } min
tables-minutes = { $minutes } min
## The results screens.

results-leave = P ou Esc : quitter la présentation
results-empty = Les résultats s'affichent dès que l'espace de travail contient des cycles, des ministères et des notes.
results-radar = Radar
results-trend = Tendance
results-heatmap = Carte thermique
results-changes = Évolutions
results-history = Historique
results-radar-view = Vue Radar
results-trend-view = Vue Tendance
results-heatmap-view = Vue Carte thermique
results-changes-view = Vue Évolutions
results-history-view = Vue Historique
results-present = Présenter (P)
results-present-tip = Le graphique seul, avec de grands libellés, pour la salle
results-png = Enregistrer en PNG...
results-png-tip = Le graphique tel que présenté, en image pour des diapositives

## The results: the changes between two rounds.

changes-from-round = Du cycle
changes-to-round = Au cycle
changes-ministries = Ministères
changes-same-round = Choisissez deux cycles différents à comparer.
changes-title = Évolutions entre { $from } et { $to }
changes-counts = En progrès : { $improved } · sans changement : { $unchanged } · en recul : { $declined } · réévalués : { $rerated } (sans changement de performance)   (avec une première note : { $newly }, désormais sans note : { $gone }, non comparables : { $incomparable } ; listés à part, non comptés comme évolutions)
changes-show-unchanged = Afficher les domaines sans changement ({ $n })
changes-ministry = Ministère
changes-area = Domaine
changes-from = Avant
changes-to = Après
changes-change = Évolution
changes-unchanged = Sans changement
changes-newly-scored = Avec une première note (un niveau désormais, aucun auparavant)
changes-no-longer-scored = Désormais sans note (un niveau auparavant, aucun désormais)
changes-not-comparable = Non comparables (le domaine a changé d'une version de l'instrument à l'autre)
# A heading of the list of changes: a group's title and how many areas are in it.
changes-group = { $title } : { $n }

## The record on a scoring page: actions, reasons for a change, attendance, history.

record-status-name = Statut : { $status }

## Messages after an action.

msg-showing-demo = { $error }. L'espace de travail de démonstration est affiché à la place.
msg-dialog-open = Une boîte de dialogue de fichier est déjà ouverte ; répondez-y d'abord.
msg-dialogs-off = Les boîtes de dialogue de fichier sont désactivées ; indiquez le fichier sur la ligne de commande.
msg-dialog-failed = La boîte de dialogue de fichier n'a pas pu s'ouvrir : { $error }
msg-opened = Fichier ouvert : { $path }
msg-still-saving = Enregistrement dans { $path } en cours ; attendez qu'il soit terminé.
msg-instrument-unchanged = L'instrument n'a pas été modifié : { $error }
msg-restored-unsaved = L'espace de travail non enregistré a été restauré. Utilisez Fichier › Enregistrer sous... pour le conserver dans le fichier de votre choix.
msg-loaded-disk = La version enregistrée sur le disque a été chargée. Ctrl+Z rétablit la vôtre.
msg-chart-no-picture = Le graphique n'a pas pu être converti en image sur ce système ; rien n'a été enregistré.
msg-chart-not-saved = Le graphique n'a pas été enregistré : { $error }
msg-export-cancelled = Exportation annulée : rien n'a été écrit.
msg-export-failed = Rien n'a été exporté : { $error }
# $what is the export under way, e.g. "the workshop report".
msg-still-making = Création en cours : { $what }. Attendez la fin, ou annulez-la.
msg-import-failed = Rien n'a été importé. { $error }

## The results: choices shared by the charts.

results-round = Cycle
results-ministry = Ministère
results-all-ministries = Tous les ministères
# How a series is drawn, in the radar's legend.
results-style-solid = trait plein
results-style-dashed = tirets
results-style-dotted = pointillés
results-style-short-dashes = tirets courts

## The results: the radar.

radar-mode-rounds = Cycles d'un ministère
radar-mode-ministries = Ministères d'un cycle
radar-mode-medians = Par rapport aux médianes du groupe et de l'ensemble
radar-rounds = Cycles
radar-ministries = Ministères (6 au maximum ; sélectionnés : { $n })
radar-choose = Choisissez à gauche ce qu'il faut afficher.
radar-title-ministries = Ministères au cycle { $round }
radar-title-medians = { $ministry } par rapport à son groupe et à l'ensemble des ministères, { $round }
# Under the chart: a round or ministry, then how much of it is answered.
radar-coverage = { $who } : couverture { $coverage }
radar-cluster-median-over = Médiane du groupe { $cluster } ({ $n ->
        [one] { $n } ministère
       *[other] { $n } ministères
    })
radar-cluster-median = Médiane du groupe { $cluster }
radar-all-median-over = Médiane de l'ensemble des ministères ({ $n })
radar-all-median = Médiane de l'ensemble des ministères
radar-rings = Anneaux à partir du centre : { $rings }
radar-hollow = Les marqueurs creux situés hors de l'anneau extérieur correspondent à NA / NI : ce ne sont pas des niveaux, ils ne sont jamais représentés par un nombre. Les lignes s'y interrompent.

## The results: the trend, the heatmap and the history.

trend-mode-ministry = Un ministère, tous les domaines
trend-mode-all = Tous les ministères : médiane et étendue
trend-how-to-read = x : dates des cycles (espacement réel) · y : niveau convenu · vides : NA, NI ou non noté ; une interruption là où le domaine a changé dans l'instrument · survolez un point pour voir le cycle et la justification
trend-title-ministry = { $ministry }, cycle par cycle
trend-title-all = Tous les ministères : médiane et étendue, cycle par cycle
trend-paging = Domaines { $first }-{ $last } sur { $total } · ← → pour les autres
heatmap-sort = Trier :
heatmap-sort-list = ordre de la liste
heatmap-sort-name = nom
heatmap-sort-cluster = groupe
heatmap-sort-median = médiane
heatmap-group = Afficher par groupe
heatmap-no-cluster = Sans groupe
heatmap-title = { $round } : tous les ministères par domaine
heatmap-note = Cellules : niveau convenu (nombre affiché), NA et NI en gris, – non noté. Cliquez sur une cellule pour ouvrir la page de notation correspondante.
heatmap-median-answered = Médiane · renseignés
heatmap-median = Médiane
history-nothing = Rien n'a encore été enregistré pour ce choix. Toute modification d'une note, d'un décompte, d'un texte, d'un motif ou d'une action est conservée ici.
history-count = { $n ->
        [one] { $n } entrée
       *[other] { $n } entrées
    }, de la plus récente à la plus ancienne

## More messages, dialogs and labels of the window.

# The title a new workspace starts with.
workspace-new-title = Nouvel espace de travail
msg-new-workspace = Nouvel espace de travail. Il est enregistré automatiquement ; utilisez Fichier › Enregistrer sous... pour choisir son emplacement.
# $instrument is the instrument's title, $version its version.
msg-new-workspace-with = Nouvel espace de travail noté avec { $instrument } (version { $version }).
# $instrument is the instrument's title, $version its version.
msg-instrument-in-use = Les nouveaux cycles seront notés avec { $instrument } (version { $version }). Les cycles passés conservent la version avec laquelle ils ont été notés ; les domaines dont le sens a changé sont signalés comme non comparables.
msg-saved-as = Enregistré dans { $path }. Les modifications y sont désormais enregistrées automatiquement.
# File types and titles of the file dialogs.
dialog-instrument-kind = Instrument (JSON)
dialog-choose-instrument = Choisir un fichier d'instrument
dialog-export-pdf = Exporter en PDF
dialog-workspace-kind = Espace de travail CODI
dialog-open-workspace = Ouvrir un espace de travail
dialog-save-workspace-as = Enregistrer l'espace de travail sous
dialog-excel-kind = Classeur Excel
dialog-scores-kind = Notes (CSV, Excel, OpenDocument)
dialog-import-scores = Importer des notes
dialog-export-csv = Exporter les notes en CSV
dialog-export-xlsx = Exporter un classeur Excel
dialog-save-template = Enregistrer un modèle pour les tables

# $round is the round's title, $date its date.
confirm-past-round = Modifier le cycle { $round } ?
confirm-past-round-text = Vous modifiez le cycle { $round } du { $date }, un cycle antérieur : ses notes constituent le compte rendu de cet atelier. Ne le modifiez que pour corriger une erreur ; une nouvelle évaluation relève d'un nouveau cycle. Jusqu'à ce que vous quittiez cette session, aucune confirmation ne sera plus demandée pour les modifications de ce cycle.
confirm-past-round-keep = Ne pas le modifier
confirm-past-round-yes = Modifier le cycle { $round }
confirm-stop-tables = Arrêter la notation par table ?
# $n is how many tables have not submitted; $tables lists their ministries' codes.
confirm-stop-tables-text = { $n ->
        [one] { $n } table n'a pas encore envoyé ses réponses
       *[other] { $n } tables n'ont pas encore envoyé leurs réponses
    } : { $tables }. Les appareils concernés indiqueront que la notation par table est close ; ce qui a été enregistré reste dans l'espace de travail, et le travail pourra reprendre lorsque vous rouvrirez la notation par table.
confirm-stop-tables-keep = Laisser la notation par table ouverte
confirm-stop-tables-yes = Arrêter la notation par table
confirm-export-folder = Exporter vers le dossier par défaut ?
# $folder is the default export folder. "Don't export" is confirm-export-folder-keep.
confirm-export-folder-text = La boîte de dialogue de fichier s'est fermée immédiatement : il se peut qu'aucune boîte de dialogue ne soit disponible sur cet ordinateur. L'exportation peut se faire plutôt dans { $folder }, sous un nouveau nom. Si vous avez annulé volontairement, choisissez Ne pas exporter.
confirm-export-folder-keep = Ne pas exporter
confirm-export-folder-yes = Exporter vers ce dossier

msg-still-reading = Lecture de { $path } en cours ; attendez, ou annulez-la d'abord.
msg-import-cancelled = Importation annulée : aucun élément de { $path } n'a été appliqué.
# One warning about an import ($note, in English), put into msg-imported-notes.
msg-import-note = Remarque : { $note }.
# $summary says what was imported (in English), e.g. "240 rows: 12 added".
msg-imported = Fichier importé : { $path }. { $summary } Ctrl+Z annule l'importation.
# As msg-imported; $notes are the import's warnings, each one msg-import-note.
msg-imported-notes = Fichier importé : { $path }. { $summary } { $notes } Ctrl+Z annule l'importation.
msg-export-onto-workspace = { $path } est l'espace de travail lui-même ; choisissez un autre fichier pour l'exportation.
msg-not-left = L'espace de travail actuel n'a pas pu être enregistré ; il reste donc ouvert : { $error }
msg-no-dialog-no-folder = Aucune boîte de dialogue de fichier n'a pu s'ouvrir, et le dossier { $path } n'a pas pu être créé : { $error }
# $width and $height are the picture's size in pixels.
msg-chart-saved = Graphique ({ $width } x { $height } pixels) enregistré dans { $path }.
msg-pdf-saved = PDF ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) enregistré dans { $path }.
# $what is the file made (in English), e.g. "the workbook".
msg-exported = Exportation terminée : { $what }, dans { $path }.
# A warning about an export ($note, in English), added after msg-pdf-saved or msg-exported.
msg-export-note = Remarque : { $note }
msg-window-stays-open = La fenêtre reste ouverte, car le travail n'a pas pu être enregistré : { $error }
msg-dropped-unknown = { $path } n'est ni un espace de travail (.codi.json) ni un fichier de notes (.csv, .xlsx, .ods) ; il n'a donc pas été ouvert.

# The hint line of a scoring session. $key is the key that was pressed, e.g. "P".
keys-esc-again = Esc de nouveau : retour à l'espace de travail
keys-not-on-summary = { $key } : ouvrez d'abord un domaine ; vous êtes sur la page de synthèse
keys-no-proposal = { $key } : ce domaine n'a aucune proposition de table à accepter
keys-proposal-empty = { $key } : la table n'a proposé aucune réponse pour ce domaine
keys-join-not-voting = { $key } : la page de participation n'est disponible que pendant le vote de la salle (W le lance)
keys-nothing-to-reveal = { $key } : rien à dévoiler pour l'instant : aucun vote n'a été reçu

# A cell of the completion matrix, for screen readers and tooltips.
workspace-cell-score = Noter { $ministry } au cycle { $round }
# $n is the number of areas of the round's instrument; $answered how many have an agreed answer.
workspace-cell-all-answered = { $n ->
        [one] { $n } domaine sur { $n } renseigné
       *[other] les { $n } domaines sont renseignés
    }
workspace-cell-not-started = { $n ->
        [one] pas commencé : 0 domaine renseigné sur { $n }
       *[other] pas commencé : 0 domaine renseigné sur { $n }
    }
workspace-cell-answered = { $n ->
        [one] domaines renseignés : { $answered } sur { $n }
       *[other] domaines renseignés : { $answered } sur { $n }
    }
workspace-cell-no-instrument = aucun instrument pour ce cycle
# Under a round scored with another instrument version than the current one.
workspace-round-instrument = noté avec la version { $version } de l'instrument
workspace-round-needs-title = Un cycle doit avoir un titre.
workspace-new-round-needs-title = Donnez un titre au nouveau cycle.
# $error says what is wrong with the code typed (in English).
workspace-code-problem = Code : { $error }
workspace-code-used = Le code { $code } est déjà utilisé.
workspace-ministry-needs-name = Donnez un nom au ministère ou à la division.
# $date is the text typed; keep YYYY-MM-DD and the example as they are.
workspace-not-a-date = `{ $date }` n'est pas une date valide ; écrivez-la sous la forme AAAA-MM-JJ (année-mois-jour), par ex. 2024-08-04.

# A heatmap cell for screen readers: $area is the area's number, $answer its answer's code.
heatmap-cell = { $ministry }, domaine { $area } : { $answer }
heatmap-cell-not-scored = non noté
trend-not-scored = non noté
votes-not-scored-yet = Pas encore noté
# The title of the room view's own window.
present-room-window = CODI Workshop : vue salle
# $address is the join page's address.
join-qr-alt = Code QR pour { $address }

# Whether the history's chain of hashes holds. $n is the number of entries.
history-chain-intact = { $n ->
        [one] { $n } entrée au total
       *[other] { $n } entrées au total
    } · chaîne de hachages intacte
history-chain-emptied = { $n ->
        [one] { $n } entrée
       *[other] { $n } entrées
    } · l'historique du fichier a été tronqué en dehors de l'application : ses entrées antérieures ont disparu
# $entry is the number of the first entry that was changed.
history-chain-broken = { $n ->
        [one] { $n } entrée
       *[other] { $n } entrées
    } · l'historique a été modifié en dehors de l'application à l'entrée { $entry } : ce qu'il affiche à partir de là n'est pas fiable

# What Ctrl+Z (undo) or Ctrl+Y (redo) did. $step is "undo" or "redo". $more is empty, or
# a space and step-more when the step changed more than one thing. $place names a
# ministry, an area and a round (step-place).
step-nothing = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } d'une étape qui n'a rien modifié.
# $n is how many other changes the same step made.
step-more = { $n ->
        [one] (et { $n } autre modification)
       *[other] (et { $n } autres modifications)
    }
# $now is the answer it went back to, e.g. "3 Established".
step-answer = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } de la réponse convenue pour { $place } : désormais { $now }{ $more }.
step-answer-cleared = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } de la réponse convenue pour { $place } : désormais sans note{ $more }.
step-votes = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } d'une modification des votes pour { $place }{ $more }.
# $field is which text of the area record: rationale, evidence, differs (why the room
# agreed otherwise than the table proposed) or dissent.
step-text = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } { $field ->
        [rationale] de la justification
        [evidence] des éléments probants
        [differs] du motif de l'écart avec la proposition de la table
       *[dissent] du désaccord ou de l'avis minoritaire
    } pour { $place }{ $more }.
step-reason = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } du motif du changement pour { $place }{ $more }.
step-actions = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } des actions pour { $place }{ $more }.
step-other = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } d'une modification concernant { $place }{ $more }.
# $title is the workspace's title it went back to.
step-title = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } du titre : désormais « { $title } »{ $more }.
# $what says in English what was added, changed or removed (rounds, ministries, instruments).
step-structure = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } : { $what }{ $more }.
step-notes = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } du champ Notes de { $ministry }{ $more }.
step-attendance = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } de la liste des participants de { $ministry }{ $more }.
step-table = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } de l'accès de la table de { $ministry }{ $more }.
# $area is the area's number and $label its short name, e.g. "HSD, area 3 (Appropriateness), Follow-up workshop".
step-place = { $ministry }, domaine { $area } ({ $label }), { $round }
# As step-place, when the round's instrument no longer has the area: $area is its id.
step-place-area-id = { $ministry }, { $area }, { $round }

## What an export makes, inside messages ("Still making { $what }…").

export-what-pdf = le PDF
export-what-scores = les notes
export-what-workbook = le classeur
export-what-template = le modèle pour les tables

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-review = Résultats : Revue et approbation

## Messages after an action.

# $round is the round's id. The round was signed off after review.
msg-round-validated = Aucune modification : le cycle { $round } est validé et en lecture seule. Pour le modifier, rouvrez-le en indiquant un motif dans Résultats › Revue.
# $status is one of review-status-*.
msg-review-step = Cycle { $round } : { $status }.

## The facilitator's panel on a scoring page.

# The round was signed off after review; $date is YYYY-MM-DD.
panel-validated = Validé par { $by } le { $date } : lecture seule. Rien ne peut être modifié ici tant que le cycle n'a pas été rouvert dans Résultats › Revue.

## The results screens.

results-review = Revue
results-review-view = Vue Revue et approbation

## Results › Review: a round's review and sign-off, and the reviewers' comments

review-status-draft = Brouillon : pas encore validé
review-status-under-review = En revue
review-status-validated = Validé
review-draft-note = Les rapports de ce cycle portent la mention PROJET sur chaque page tant qu'il n'est pas validé.
review-validated-note = Ce cycle est en lecture seule : les notes, les votes, les textes et les commentaires ne peuvent plus être modifiés, ni depuis cet ordinateur portable, ni depuis les téléphones ou les tables. Rouvrez-le, en indiquant un motif, pour y apporter une modification.
# One step of the review; $status is draft, under-review or validated; $time is in UTC.
review-step = { $time } : { $status }, par { $by }
review-step-reason = { $time } : { $status }, par { $by }. Motif : { $reason }
review-by = Votre nom (conservé dans l'historique)
review-reason = Motif de la réouverture du cycle
review-send = Envoyer en revue
review-validate = Valider et approuver
review-return = Remettre en brouillon
review-reopen = Rouvrir
review-needs-name = Saisissez d'abord votre nom : chaque étape est signée.
review-needs-reason = Indiquez pourquoi le cycle est rouvert.
# $n comments, of which $open are not resolved.
review-comments = Commentaires des relecteurs : { $n } (non résolus : { $open })
review-no-comments = Aucun commentaire pour l'instant.
review-response = Réponse
review-resolved = Résolu
review-add = Ajouter un commentaire de relecteur
review-ministry = Ministère
review-area = Domaine
review-comment = Commentaire
review-reviewer = Relecteur (nom ou service)
review-add-button = Ajouter le commentaire
review-add-needs = Choisissez un ministère et un domaine, puis rédigez le commentaire.

## More messages, dialogs and labels of the window.

step-comments = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } des commentaires des relecteurs pour { $place }{ $more }.
# $round is the round's id. Review steps are not undone; this shows only if a merged edit includes one.
step-review = { $step ->
        [undo] Annulation
       *[redo] Rétablissement
    } d'une étape de revue du cycle { $round }{ $more }.

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-merge = Fusionner un espace de travail...
    .tooltip = La copie de cet espace de travail venant d'un autre ordinateur portable : ses modifications sont reprises ; là où les deux ont modifié la même chose, vous choisissez

## Messages after an action.

# Merging another laptop's workspace file into this one.
msg-merge-unreadable = Rien n'a été fusionné : { $path } n'a pas pu être lu. { $error }
msg-merge-refused = Rien n'a été fusionné depuis { $path } : { $error }
msg-merge-nothing = { $path } ne contient rien qui manque à cet espace de travail : rien à fusionner.
msg-merge-cancelled = Fusion annulée : rien n'a été modifié.
# $taken fields came over; $n conflicts were settled as chosen. Undo takes the whole merge back.
msg-merged = Fusion de { $path } terminée. Champs repris : { $taken } ; conflits réglés selon votre choix : { $n }. Annuler revient sur toute la fusion.

## More messages, dialogs and labels of the window.

dialog-merge-workspace = Fusionner un espace de travail avec celui-ci

## File › Merge workspace: the conflicts window
# $file is the other file's name.
merge-title = Fusionner { $file }
merge-summary = { $taken ->
        [0] Aucun champ n'est repris de ce fichier.
        [one] Un champ est repris de ce fichier.
       *[other] { $taken } champs sont repris de ce fichier.
    } { $n ->
        [0] Aucun conflit.
        [one] Un conflit : les deux fichiers l'ont modifié différemment depuis leur séparation. Choisissez une version.
       *[other] { $n } conflits : les deux fichiers les ont modifiés différemment depuis leur séparation. Choisissez une version pour chacun.
    }
merge-notes = Conservé de ce fichier (à vérifier)
merge-all-here = Ce fichier pour tous les conflits
merge-all-there = L'autre fichier pour tous les conflits
merge-here = Ce fichier
merge-there = L'autre fichier
merge-both = Additionner les deux décomptes
merge-write = Le réécrire
# The text box under merge-write, for screen readers.
merge-write-box = Le nouveau texte
# One side of a conflict: the value, who changed it and when (may be empty).
merge-side = { $value } ({ $by } { $time })
# As merge-side when nobody is named.
merge-side-time = { $value } ({ $time })
# $field is a field's key.
merge-field = { $field ->
        [answer] réponse convenue
        [cards] votes par carton
        [phones] votes par téléphone
        [rationale] justification
        [evidence] éléments probants
        [dissent] désaccord ou avis minoritaire
        [differs-from-table] motif de l'écart avec la proposition de la table
        [reason] motif du changement
        [actions] actions
        [comments] commentaires des relecteurs
       *[other] { $field }
    }
# A ministry of the other file that may be one of this file's; $why is "code" (the codes look alike) or "name" (the same name).
merge-lookalike = { $there } dans l'autre fichier est { $here } ici ({ $why ->
        [code] codes semblables
        [name] même nom
       *[other] mis en correspondance
    })
merge-go = Fusionner
merge-go-needs = { $n ->
        [one] Choisissez d'abord une version pour { $n } conflit restant.
       *[other] Choisissez d'abord une version pour { $n } conflits restants.
    }
merge-cancel = Annuler
# In the facilitator's panel: the workspace file this record came from in a merge.
panel-record-source = Fusionné depuis : { $file }
