# CODI Workshop : les mots fixes des rapports PDF (la synthèse d'un ministère, le
# rapport de l'atelier et les fiches des tables). Imprimés dans la langue de l'espace de travail.

## On every page.

# The footer's page number.
report-page = Page { $page } sur { $total }
# The running header's right end; $date is already written the language's way.
report-generated = Généré le { $date }
# Above a table cell that goes on from the page before.
report-continued = (suite)
report-not-scored = Non noté

## Months, for dates written out in full ($day $month $year).

report-long-date = { $day } { $month } { $year }
report-month-1 = janvier
report-month-2 = février
report-month-3 = mars
report-month-4 = avril
report-month-5 = mai
report-month-6 = juin
report-month-7 = juillet
report-month-8 = août
report-month-9 = septembre
report-month-10 = octobre
report-month-11 = novembre
report-month-12 = décembre

## The radar.

# Beside an area the radar cannot draw as a number; $code is NA or NI.
report-radar-not-plotted = { $code } : non représenté
report-radar-unscored = non noté
# Below the radar; $rings lists the levels, e.g. "1 Latent, 2 Emerging, …".
report-radar-rings = Anneaux à partir du centre (0) : { $rings }. Les domaines NA, NI et non notés ne sont pas représentés par un nombre : les lignes s'y interrompent.

## The documents' titles (in the viewer's title bar) and subjects.

# "Title, version V" of the instrument.
report-instrument-version = { $title }, version { $version }
report-summary-title = { $code } – { $round } – synthèse du ministère
report-summary-subject = Synthèse CODI du ministère
report-workshop-title = { $round } – rapport de l'atelier
report-workshop-subject = Rapport de l'atelier CODI

## Words used in several places.

report-round = Cycle
report-instrument = Instrument
report-scored-with = Noté avec
report-facilitator = Animation
report-participants = Participants
report-previous-round = Cycle précédent
report-notes = Notes
report-area = Domaine
report-ministry = Ministère
report-cluster = Groupe
report-median = Médiane
report-answered = Renseignés
report-method-note = Médiane des niveaux convenus (NA et NI exclus) ; la moyenne n'est donnée qu'à titre indicatif. Ce sont les conventions de cette application : le CODI lui-même ne définit aucune règle d'agrégation.

## The workshop report's cover.

report-cover = Page de couverture
report-cover-kicker = RAPPORT DE L'ATELIER CODI
# The running header of the cover and the first pages.
report-workshop-header = Rapport de l'atelier — { $round } ({ $date })
report-contents = Sommaire
report-cover-method = Méthode : { $note } Accord = part des votes recueillis par la réponse la plus votée. Couverture = domaines ayant une réponse convenue (un niveau, NA ou NI).
report-cover-round = { $round } (identifiant { $id }), { $date }
report-cover-scored-with = version { $version } de l'instrument (l'espace de travail utilise désormais la version { $now })
report-cover-participants = { $total } (femmes : { $women }, hommes : { $men }{ $other ->
        [0] {""}
       *[other] , autres : { $other }
    } ; { $share } % de femmes)
report-in-numbers = En chiffres
report-count-ministries = Ministères
report-count-complete = { $n ->
        [one] { $n } terminé
       *[other] { $n } terminés
    }
report-count-in-progress = En cours
report-count-not-started = { $n ->
        [one] { $n } non commencé
       *[other] { $n } non commencés
    }
report-count-answered = Domaines renseignés
report-count-share = { $share } % de l'ensemble des domaines de tous les ministères
report-count-no-ministries = aucun ministère
report-count-na-ni = NA / NI
report-count-na-ni-note = sans objet / information insuffisante
report-how-to-read = Comment lire les couleurs et les codes

## The workshop report's sections (headings and the contents list).

report-heatmap-title = Carte thermique : tous les ministères par domaine
report-distribution-title = Répartition par domaine
report-completion-title = Avancement par ministère
report-reasons-title = Évolutions par motif
report-actions-title = Actions par domaine et par statut
report-summaries = Synthèses des ministères
report-annex-title = Annexe méthodologique
report-annex-header = Annexe méthodologique — { $round } ({ $date })
# In the contents list.
report-contents-page = page { $page }

## The heatmap.

report-heatmap = Carte thermique
report-heatmap-header = Carte thermique — { $round } ({ $date })
report-heatmap-note = La réponse convenue de chaque ministère dans chaque domaine, { $round }. Le nombre figurant dans chaque cellule est le niveau ; NA = sans objet, NI = information insuffisante, – = non noté. Médiane calculée sur les domaines ayant un niveau.
report-no-ministries = Cet espace de travail ne compte encore aucun ministère.
report-median-over-ministries = Médiane des ministères

## The distribution per area and the completion list.

# A running header: $section is a section's short name.
report-section-header = { $section } — { $round } ({ $date })
report-distribution-note = Nombre de ministères (sur { $n }) ayant donné chaque réponse, par domaine. La barre est divisée par réponse ; les effectifs figurent dans les colonnes de droite. Médiane calculée sur les ministères ayant un niveau.
report-answers-across = Réponses des ministères
report-completion = Avancement
report-completion-note = Domaines ayant une réponse convenue (un niveau, NA ou NI) sur { $n }, par ministère.
report-levels = Niveaux
report-status = Statut
report-complete = Terminé
report-in-progress = En cours
report-not-started = Non commencé

## The reasons for a change, the actions' statuses and the groups of moved levels
## (in the reports and in the window).

reason-performance = Changement réel de performance
reason-evidence = Éléments probants nouveaux ou plus solides
reason-interpretation = Interprétation différente
reason-earlier-error = Note antérieure erronée
reason-definition = Définition du domaine modifiée
reason-other = Autre
reason-not-given = Motif non indiqué
action-status-planned = Prévue
action-status-in-progress = En cours
action-status-done = Réalisée
action-status-dropped = Abandonnée
moved-declined-performance = En recul : changement réel de performance
moved-improved-performance = En progrès : changement réel de performance
# $reason is one of the reasons above, in small letters.
moved-rerated = Réévalué, sans changement de performance : { $reason }
moved-declined-no-reason = En recul : motif non indiqué
moved-improved-no-reason = En progrès : motif non indiqué

## The changes by reason and the actions by area and status (workshop report).

report-reasons = Motifs
report-reasons-note = Niveaux ayant changé depuis { $previous } ({ $date }), regroupés selon le motif indiqué par la salle. Seul un changement réel de performance constitue un progrès ou un recul ; les autres changements sont des réévaluations. Les domaines non comparables d'une version de l'instrument à l'autre ne sont pas comptés.
report-the-previous-round = le cycle précédent
report-no-level-moved = Aucun niveau n'a changé.
report-reason = Motif
report-areas = Domaines
report-where = Où (ministère : domaine)
report-actions = Actions
report-actions-note = Actions convenues par l'atelier, comptées par domaine et par statut. La synthèse de chaque ministère les présente en détail, avec les responsables, les échéances et les constats du suivi.
report-actions-followed = Suivi des actions convenues ({ $previous }, { $date }), mises à jour au cours de ce cycle
report-actions-agreed-now = Actions convenues au cours de ce cycle, pour le suivant
report-no-actions = Aucune action n'a été enregistrée.
report-all = Total
report-all-areas = Tous les domaines

## A ministry summary: why scores changed, and the actions.

report-why-changed = Pourquoi les notes ont changé
report-why-changed-note = Seul un changement réel de performance constitue un progrès ou un recul ; une réévaluation (nouveaux éléments probants, autre lecture, erreur antérieure, définition modifiée) n'en est pas un.
report-no-actions-ministry = Aucune action n'a été enregistrée pour ce ministère.
report-actions-followed-ministry = Suivi des actions convenues au cycle { $previous } ({ $date })
report-action-and-follow-up = Action et suivi
report-owner-and-due = Responsable et échéance
report-follow-up = Suivi : { $text }
report-due = échéance : { $date }

## A ministry summary: the table of areas.

report-discussed = discussion : { $time }
report-no-votes = Aucun vote enregistré
report-vote-median = médiane { $median }
report-vote-agreement = accord { $agreement }
report-agreed-level = Niveau convenu
report-votes-in-room = Votes dans la salle
report-rationale-and-evidence = Justification et éléments probants
report-scores-title = Notes, justification et éléments probants
report-no-rationale = Aucune justification enregistrée.
report-no-evidence = Éléments probants : aucun enregistré.
report-evidence = Éléments probants
report-table-rationale = Justification de la table
report-table-evidence = Éléments probants de la table
report-room-differs = Pourquoi la salle a convenu d'une autre réponse
report-dissent = Désaccord ou avis minoritaire
report-table-proposed = Proposition de la table
report-no-answer-yet = pas encore de réponse
report-why-it-changed = Motif du changement
report-assessment-notes = Notes sur cette évaluation
report-summary-method = Méthode : { $note } Accord = part des votes recueillis par la réponse la plus votée.
report-trend-title = Tendance par domaine
report-trend-note = Niveau convenu à chaque cycle de l'espace de travail ({ $n ->
        [one] { $n } cycle
       *[other] { $n } cycles
    }), placé selon la date ; la ligne discontinue et le gros point signalent ce cycle. NA, NI et – (non noté) sont inscrits en bas et laissent un vide.

## A ministry summary: page one.

report-summary-kicker = SYNTHÈSE DU MINISTÈRE · { $round }
# Added to the round's line when it was scored with another instrument version.
report-summary-scored-with = { " " }; noté avec la version { $version } de l'instrument
report-first-round = Aucun : il s'agit du premier cycle
report-code = Code
report-generated-label = Généré le
report-median-between = entre { $low } et { $high }
report-no-levels-agreed = aucun niveau convenu
report-coverage = Couverture
report-coverage-note = { $levels ->
        [one] { $levels } niveau
       *[other] { $levels } niveaux
    } · { $na } NA · { $ni } NI · { $unscored ->
        [one] { $unscored } non noté
       *[other] { $unscored } non notés
    }
report-median-level = Niveau médian
report-mean = Moyenne (indicative)
report-mean-note = échelle ordinale : à interpréter avec prudence
report-change-since = Évolution depuis le cycle précédent
report-nothing-to-compare = premier cycle : rien à comparer
report-change-note = { $unchanged } sans changement, { $newly } désormais avec un niveau, { $gone } désormais sans niveau
# Added to the note above when some levels were re-rated.
report-change-rerated = { " " }; { $n ->
        [one] { $n } réévalué, sans changement de performance
       *[other] { $n } réévalués, sans changement de performance
    }
report-profile = Profil par domaine
report-legend-this-round = { $round } ({ $date }) : ce cycle
report-legend-previous-round = { $round } ({ $date }) : cycle précédent
# The change table's heads: the previous level, the level now, the change.
report-prev = Préc.
report-now = Actuel
report-change = Évolution
report-change-table-note = Évolution = niveau de ce cycle moins celui du cycle précédent. « nouveau niveau » : un niveau désormais, aucun auparavant (non noté, NA ou NI) ; « plus de niveau » : l'inverse.
report-change-table-first = Pas de cycle précédent : les évolutions seront calculées à partir du prochain cycle.
report-rerated-by = réévalué { $by }
report-new-level = nouveau niveau
report-no-level-now = plus de niveau
report-not-comparable = non comparable

## The method annex.

report-method = Méthode
report-annex-note = Comment ces notes ont été établies : ce dont un lecteur a besoin pour les apprécier, et ce dont le prochain cycle a besoin pour s'y comparer.
report-scale = Échelle
report-voting = Vote
report-aggregation = Agrégation
report-participation = Participation
report-history = Historique
report-reasons-for-change = Motifs de changement
report-data-date = Date des données
# One round in the list of rounds and their instrument versions.
report-annex-version = { $round } ({ $date }) : version { $version }
report-annex-instrument = { $instrument }. Cycles : { $versions }.
report-annex-scale = { $levels }. { $na } ({ $na_code }) : { $na_meaning } { $ni } ({ $ni_code }) : { $ni_meaning } Ni l'un ni l'autre n'est un nombre : tous deux sont exclus des médianes et des moyennes.
# What NA and NI mean when the instrument does not say.
report-annex-na = le domaine ne s'applique pas.
report-annex-ni = la salle n'a pas pu convenir d'un niveau avec les informations dont elle disposait.
report-annex-aggregation = { $note } Couverture : { $answered ->
        [one] { $answered } domaine sur { $areas } a une réponse convenue
       *[other] { $answered } domaines sur { $areas } ont une réponse convenue
    } ({ $levels ->
        [one] { $levels } niveau
       *[other] { $levels } niveaux
    }, { $na } NA, { $ni } NI).
report-voted-phones-cards = téléphones et cartons
report-voted-phones = téléphones
report-voted-cards = cartons comptés par l'animateur
report-voted-none = aucun vote enregistré
report-annex-voting = Mode de vote de la salle : { $how }. Votes par carton : { $cards } (domaines concernés : { $card_areas }) ; votes par téléphone : { $phones } (domaines concernés : { $phone_areas }). Les téléphones votent anonymement (seuls les décomptes sont conservés, un vote par téléphone et par domaine). La réponse convenue est la décision prise par la salle après discussion, et non un décompte.
report-annex-participants = Participants à l'atelier : { $total } (femmes : { $women }, hommes : { $men }, autres : { $other }).
report-annex-people = Personnes enregistrées : { $n }.
report-annex-people-for = Personnes enregistrées : { $n }, pour { $ministries ->
        [one] { $ministries } ministère
       *[other] { $ministries } ministères
    }.
report-annex-offices = Services : { $offices }.
report-not-recorded = Non renseigné.
report-chain-intact = la chaîne de hachages est intacte
report-chain-broken = AVERTISSEMENT : l'historique a été modifié en dehors de l'application à l'entrée { $entry }
report-chain-emptied = AVERTISSEMENT : l'historique a été tronqué en dehors de l'application
report-annex-history = Modifications enregistrées pour ce cycle : { $n } ; { $chain }. Une annulation ajoute une entrée ; aucune entrée n'est jamais supprimée.
report-annex-no-change = Aucun domaine comparable n'a changé de réponse convenue depuis le cycle précédent.
report-annex-reasons = Domaines comparables ayant changé depuis le cycle précédent : { $n } ; motifs : { $used }. Seul un changement réel de performance compte comme progrès ou recul ; les autres changements sont des réévaluations.
report-annex-no-time = aucun enregistrement ne porte d'horodatage
report-annex-last-change = dernière modification d'un enregistrement : { $time }

## The table sheets (one page per ministry's table).

report-sheet-header = Fiche de table · { $code } · { $round }
report-sheets-title = { $round } – fiches des tables
report-sheets-subject = Fiches des tables CODI
report-sheet-round = { $round } · notation par table
report-sheet-scan = Sur un téléphone, une tablette ou un ordinateur portable connecté au Wi-Fi de l'atelier, scannez le code ou ouvrez :
# $code is the table's code, e.g. K7P2QX.
report-sheet-code = Code de la table : { $code }. Gardez cette fiche à votre table : le code n'ouvre que votre ministère.
report-sheet-no-device = Pas d'appareil ? Cochez une case par domaine sur cette fiche et remettez-la à l'animateur.
# How much of a ministry's round is answered.
coverage-describe = { $answered }/{ $areas } avec réponse ({ $levels ->
        [one] { $levels } niveau
       *[other] { $levels } niveaux
    }, { $na } NA, { $ni } NI)
# A change in short: $by is e.g. +1 or -2.
change-rerated = réévalué { $by }
change-new = nouveau
change-dropped = retiré
change-not-comparable = n/c

## On every page.

# Above every page of a report whose round has not been validated (review and sign-off).
report-draft = PROJET : non validé
report-draft-under-review = PROJET : en revue, pas encore validé

## Review and sign-off (method annex)

report-review = Revue
report-review-draft = Brouillon : pas encore envoyé en revue.
# $by is who took the step and $date the day, already written the language's way.
report-review-under-review = En revue : envoyé en revue par { $by } le { $date }.
report-review-validated = Validé par { $by } le { $date }.
report-review-returned = De nouveau en brouillon : renvoyé par { $by } le { $date }.
# A reopening of a validated round, with its reason.
report-review-reopened = Rouvert par { $by } le { $date } : { $reason }.
report-comments-title = Commentaires des relecteurs et réponses
# Column heads of the comments matrix: where (ministry and area number), the comment, the response, resolved or not.
report-comments-where = Ministère : domaine
report-comments-comment = Commentaire (relecteur)
report-comments-response = Réponse
report-comments-resolved = Résolu
report-comments-yes = oui
report-comments-open = non résolu
# The files merged into the round (a national exercise across rooms): the annex row.
report-sources = Fichiers fusionnés
# $file is the other workspace's title; $date the day of the merge; $fields how many fields it brought.
report-source = { $file }, fusionné le { $date } : { $fields ->
        [one] { $fields } champ
       *[other] { $fields } champs
    }
# As report-source, with $place the venue and facilitator it gave for the round.
report-source-place = { $file } ({ $place }), fusionné le { $date } : { $fields ->
        [one] { $fields } champ
       *[other] { $fields } champs
    }
# The heatmap grouped by cluster (report --by-cluster): a band above each cluster's ministries with the cluster's median per area.
report-cluster-band = { $cluster } ({ $n ->
        [one] { $n } ministère
       *[other] { $n } ministères
    }) : médiane
report-no-cluster = Sans groupe
# Under an area's rationale and evidence: the workspace file (its title) this record came from in a merge.
report-record-source = Fusionné depuis : { $file }
# Text alternatives of the charts, read aloud by screen readers (the PDF's figures, the app's radar).
# $areas is a list of report-alt-area or report-alt-area-was joined with commas.
report-alt-radar = Graphique radar pour { $ministry }, { $round } : { $areas }.
report-alt-radar-against = Graphique radar pour { $ministry }, { $round } par rapport à { $previous } : { $areas }.
report-alt-area = { $area } { $answer }
report-alt-area-was = { $area } { $answer } (auparavant : { $was })
report-alt-na = sans objet
report-alt-ni = information insuffisante
report-alt-unscored = non noté
# $points is a list of report-alt-trend-point joined with commas, oldest round first.
report-alt-trend = Tendance du domaine { $area } pour { $ministry } sur { $n ->
        [one] { $n } cycle
       *[other] { $n } cycles
    } : { $points }.
report-alt-trend-point = { $round } { $answer }
# $parts is a list of report-alt-count joined with commas.
report-alt-distribution = Réponses des ministères pour le domaine { $area } : { $parts }.
report-alt-count = { $answer } : { $count ->
        [one] { $count } ministère
       *[other] { $count } ministères
    }
# The QR code on a table sheet, read aloud by screen readers.
report-alt-qr = Code QR qui ouvre { $url }

## Handouts for the room (codi-workshop handout): one page each.
handout-subject = Support imprimé de l'atelier CODI
handout-keys-title = Raccourcis clavier pour l'animateur
handout-keys-sub = Gardez cette fiche à côté de l'ordinateur portable. Dans l'application, F1 affiche la même liste.
handout-keys-note = Les touches sont sans effet tant que le curseur est dans une zone de texte : taper 1 dans une justification, c'est écrire du texte. Esc permet d'en sortir ; Tab atteint chaque commande.
handout-phone-title = Votez depuis votre téléphone
handout-phone-sub = Pas d'application, pas de compte, pas d'internet : seulement le Wi-Fi de l'atelier.
handout-phone-scan = Scannez le code avec l'appareil photo de votre téléphone, ou tapez cette adresse :
handout-phone-wifi = Connectez-vous au réseau Wi-Fi de l'atelier (demandez son nom à l'animateur). Les données mobiles ne permettent pas de joindre l'ordinateur portable.
handout-phone-open = Scannez le code QR affiché au projecteur, ou tapez dans votre navigateur l'adresse affichée, qui commence par http://
handout-phone-code = Si la page demande un code, saisissez le code affiché au projecteur. Majuscules ou minuscules, les deux fonctionnent.
handout-phone-tap = La page affiche le domaine en discussion. Touchez votre niveau, ou Sans objet (NA), ou Information insuffisante (NI).
handout-phone-change = Vous pouvez modifier votre vote jusqu'à ce que l'animateur dévoile les votes. La page signale votre choix par une coche.
handout-phone-reveal = Après le dévoilement, la salle discute de la répartition des votes et convient d'un niveau. Gardez la page ouverte : elle passe d'elle-même au domaine suivant.
handout-phone-private-title = Votre vote est anonyme
handout-phone-private = L'application ne conserve que le nombre de votes obtenus par chaque réponse. Elle n'enregistre jamais qui a voté ni ce qu'une personne a choisi, et ne garde rien sur votre téléphone.
handout-phone-trouble-title = Si cela ne fonctionne pas
handout-phone-trouble = Vérifiez que votre téléphone est bien connecté au Wi-Fi de l'atelier, et tapez l'adresse avec http:// au début. Si la page ne s'ouvre toujours pas, votez avec votre carton : l'animateur compte ensemble les cartons et les téléphones.
handout-about-title = CODI : ce que c'est et comment se déroule la journée
handout-about-sub = Pour toutes les personnes présentes dans la salle.
handout-about-what = L'Instrument de diagnostic de base (Core Diagnostic Instrument, CODI) est l'un des outils d'évaluation interinstitutions de la protection sociale (Inter-Agency Social Protection Assessment, ISPA), élaborés conjointement par des partenaires de développement et utilisables gratuitement. Il examine l'ensemble du système de protection sociale d'un pays, et non un seul programme, et il est reconduit à quelques années d'intervalle pour que chaque ministère puisse voir comment son travail a évolué. Il ne compare pas les pays entre eux. Aujourd'hui, chaque ministère note son propre travail dans dix domaines de performance.
handout-about-areas = Les dix domaines
handout-about-levels = Les niveaux, et deux réponses qui ne sont pas des niveaux
handout-about-today = Comment se déroule chaque domaine aujourd'hui
handout-about-step-read = L'animateur lit le domaine et ses questions d'orientation.
handout-about-step-vote = Vous discutez des éléments probants, puis tout le monde vote en même temps, avec un carton ou un téléphone.
handout-about-step-reveal = Les votes sont dévoilés tous ensemble, pour que personne ne suive la première main levée.
handout-about-step-agree = La salle discute de la répartition et convient d'une réponse. Le vote éclaire la décision ; il ne la prend pas.
handout-about-step-record = La justification et les éléments probants sont consignés, avec tout éventuel désaccord, pour que le prochain cycle puisse comprendre pourquoi.
handout-about-note = Sans objet (NA) et Information insuffisante (NI) ne comptent jamais comme des niveaux. Les votes sont anonymes : seuls les décomptes sont conservés.
