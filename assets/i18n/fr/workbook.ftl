# CODI Workshop: the sentences of the exported workbooks.
# Les phrases des classeurs exportés (la feuille About, les notes, l'aide des cellules
# de note d'un modèle), dans la langue de l'espace de travail. Les noms des feuilles et
# les en-têtes de colonnes restent en anglais : les fichiers sont relus grâce à eux.

workbook-workspace = Espace de travail
workbook-instrument = Instrument
workbook-instrument-version = { $title } (version { $version })
workbook-round = Cycle
# A round on the About sheet: its title, id, date and the instrument version it used.
workbook-round-line = { $title } ({ $id }), { $date } : version { $version } de l'instrument
workbook-scale = Échelle
workbook-aggregation = Agrégation
workbook-exported = Exporté le
workbook-exported-by = Exporté par
workbook-importing = Importation
workbook-importing-note = La feuille Scores peut être modifiée puis réimportée (Fichier › Importer des notes, ou `codi-workshop import`) ; les autres feuilles sont en lecture seule.
workbook-changes-need-two = Les évolutions nécessitent deux cycles ; cet espace de travail en compte moins.
# The help shown on a template's score cell; $levels is the highest level (4).
workbook-score = Note
workbook-score-help = Un niveau de 1 à { $levels }, NA (sans objet) ou NI (information insuffisante).
workbook-not-a-score = Note non valide
workbook-choose-score = Choisissez 1-{ $levels }, NA ou NI dans la liste.
