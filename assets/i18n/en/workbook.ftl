# CODI Workshop: the sentences of the exported workbooks (the About sheet, notes, the
# help on a template's score cells), in the workspace's language. Sheet names and
# column heads stay English: files are read back by them.

workbook-workspace = Workspace
workbook-instrument = Instrument
workbook-instrument-version = { $title } (version { $version })
workbook-round = Round
# A round on the About sheet: its title, id, date and the instrument version it used.
workbook-round-line = { $title } ({ $id }), { $date }: instrument version { $version }
workbook-scale = Scale
workbook-aggregation = Aggregation
workbook-exported = Exported
workbook-exported-by = Exported by
workbook-importing = Importing
workbook-importing-note = The Scores sheet can be edited and imported back (File › Import, or `codi-workshop import`); the other sheets are for reading.
workbook-changes-need-two = Changes need two rounds; this workspace has fewer.
# The help shown on a template's score cell; $levels is the highest level (4).
workbook-score = Score
workbook-score-help = A level 1-{ $levels }, NA (not applicable) or NI (insufficient information).
workbook-not-a-score = Not a score
workbook-choose-score = Choose 1-{ $levels }, NA or NI from the list.
