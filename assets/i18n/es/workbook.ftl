# CODI Workshop: the sentences of the exported workbooks.
# CODI Workshop: the sentences of the exported workbooks (the About sheet, notes, the
# help on a template's score cells), in the workspace's language. Sheet names and
# column heads stay English: files are read back by them.

workbook-workspace = Espacio de trabajo
workbook-instrument = Instrumento
workbook-instrument-version = { $title } (versión { $version })
workbook-round = Ronda
# A round on the About sheet: its title, id, date and the instrument version it used.
workbook-round-line = { $title } ({ $id }), { $date }: versión { $version } del instrumento
workbook-scale = Escala
workbook-aggregation = Agregación
workbook-exported = Exportado
workbook-exported-by = Exportado por
workbook-importing = Importación
workbook-importing-note = La hoja Scores se puede editar y volver a importar (Archivo › Importar calificaciones (CSV, Excel, OpenDocument)..., o `codi-workshop import`); las demás hojas son solo de lectura.
workbook-changes-need-two = Los cambios requieren dos rondas; este espacio de trabajo tiene menos.
# The help shown on a template's score cell; $levels is the highest level (4).
workbook-score = Calificación
workbook-score-help = Un nivel 1-{ $levels }, NA (no aplica) o NI (información insuficiente).
workbook-not-a-score = No es una calificación válida
workbook-choose-score = Elija 1-{ $levels }, NA o NI de la lista.
