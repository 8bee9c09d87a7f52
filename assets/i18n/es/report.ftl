# CODI Workshop: las palabras fijas de los informes en PDF (el resumen del ministerio,
# el informe del taller y las hojas de las mesas). Se imprimen en el idioma del espacio de trabajo.

## On every page.

# El número de página del pie.
report-page = Página { $page } de { $total }
# El extremo derecho del encabezado; $date ya está escrita a la manera del idioma.
report-generated = Generado el { $date }
# Sobre una celda de tabla que continúa desde la página anterior.
report-continued = (continuación)
report-not-scored = Sin calificar

## Months, for dates written out in full ($day $month $year).

report-long-date = { $day } de { $month } de { $year }
report-month-1 = enero
report-month-2 = febrero
report-month-3 = marzo
report-month-4 = abril
report-month-5 = mayo
report-month-6 = junio
report-month-7 = julio
report-month-8 = agosto
report-month-9 = septiembre
report-month-10 = octubre
report-month-11 = noviembre
report-month-12 = diciembre

## The radar.

# Junto a un área que el radar no puede trazar como número; $code es NA o NI.
report-radar-not-plotted = { $code }: no se traza
report-radar-unscored = sin calificar
# Debajo del radar; $rings enumera los niveles, p. ej. "1 Latente, 2 Emergente, …".
report-radar-rings = Anillos desde el centro (0): { $rings }. Las áreas NA, NI y sin calificar no se trazan como números: las líneas se interrumpen allí.

## The documents' titles (in the viewer's title bar) and subjects.

# "Título, versión V" del instrumento.
report-instrument-version = { $title }, versión { $version }
report-summary-title = { $code } – { $round } – resumen del ministerio
report-summary-subject = Resumen del ministerio CODI
report-workshop-title = { $round } – informe del taller
report-workshop-subject = Informe del taller CODI

## Words used in several places.

report-round = Ronda
report-instrument = Instrumento
report-scored-with = Calificada con
report-facilitator = Facilitador(a)
report-participants = Participantes
report-previous-round = Ronda anterior
report-notes = Notas
report-area = Área
report-ministry = Ministerio
report-cluster = Grupo
report-median = Mediana
report-answered = Respondidas
report-method-note = Mediana de los niveles acordados (sin NA ni NI); la media es solo indicativa. Estas son convenciones de esta aplicación: el CODI no define ninguna regla de agregación.

## The workshop report's cover.

report-cover = Portada
report-cover-kicker = INFORME DEL TALLER CODI
# El encabezado de la portada y de las primeras páginas.
report-workshop-header = Informe del taller — { $round } ({ $date })
report-contents = Contenido
report-cover-method = Método: { $note } Acuerdo = proporción de los votos que recibió la respuesta más votada. Cobertura = áreas con una respuesta acordada (un nivel, NA o NI).
report-cover-round = { $round } (ID { $id }), { $date }
report-cover-scored-with = versión { $version } del instrumento (el espacio de trabajo usa ahora la { $now })
report-cover-participants = { $total } ({ $women } mujeres, { $men } hombres{ $other ->
        [0] {""}
       *[other] , { $other } otros
    }; { $share }% mujeres)
report-in-numbers = En cifras
report-count-ministries = Ministerios
report-count-complete = { $n ->
        [one] { $n } completo
       *[other] { $n } completos
    }
report-count-in-progress = En curso
report-count-not-started = { $n } sin iniciar
report-count-answered = Áreas respondidas
report-count-share = { $share }% de todas las áreas de todos los ministerios
report-count-no-ministries = sin ministerios
report-count-na-ni = NA / NI
report-count-na-ni-note = no aplica / información insuficiente
report-how-to-read = Cómo leer los colores y los códigos

## The workshop report's sections (headings and the contents list).

report-heatmap-title = Mapa de calor: todos los ministerios por área
report-distribution-title = Distribución por área
report-completion-title = Avance por ministerio
report-reasons-title = Cambios por motivo
report-actions-title = Acciones por área y estado
report-summaries = Resúmenes de los ministerios
report-annex-title = Anexo metodológico
report-annex-header = Anexo metodológico — { $round } ({ $date })
# En la lista del contenido.
report-contents-page = página { $page }

## The heatmap.

report-heatmap = Mapa de calor
report-heatmap-header = Mapa de calor — { $round } ({ $date })
report-heatmap-note = La respuesta acordada de cada ministerio en cada área, { $round }. El número de cada celda es el nivel; NA = no aplica, NI = información insuficiente, – = sin calificar. Mediana de las áreas con nivel.
report-no-ministries = Este espacio de trabajo aún no tiene ministerios.
report-median-over-ministries = Mediana de los ministerios

## The distribution per area and the completion list.

# Un encabezado: $section es el nombre corto de una sección.
report-section-header = { $section } — { $round } ({ $date })
report-distribution-note = Cuántos de los { $n } ministerios dieron cada respuesta, por área. La barra se divide por respuesta; los conteos figuran en las columnas de la derecha. Mediana de los ministerios con nivel.
report-answers-across = Respuestas de los ministerios
report-completion = Avance
report-completion-note = Áreas con una respuesta acordada (un nivel, NA o NI) de un total de { $n }, por ministerio.
report-levels = Niveles
report-status = Estado
report-complete = Completo
report-in-progress = En curso
report-not-started = Sin iniciar

## The reasons for a change, the actions' statuses and the groups of moved levels
## (in the reports and in the window).

reason-performance = Cambio real en el desempeño
reason-evidence = Evidencia nueva o mejor
reason-interpretation = Interpretación distinta
reason-earlier-error = La calificación anterior era errónea
reason-definition = Cambió la definición del área
reason-other = Otro
reason-not-given = Motivo no indicado
action-status-planned = Planificada
action-status-in-progress = En curso
action-status-done = Realizada
action-status-dropped = Descartada
moved-declined-performance = Empeoraron: cambio real en el desempeño
moved-improved-performance = Mejoraron: cambio real en el desempeño
# $reason es uno de los motivos de arriba, en minúsculas.
moved-rerated = Recalificadas, sin cambio en el desempeño: { $reason }
moved-declined-no-reason = Empeoraron: motivo no indicado
moved-improved-no-reason = Mejoraron: motivo no indicado

## The changes by reason and the actions by area and status (workshop report).

report-reasons = Motivos
report-reasons-note = Niveles que cambiaron desde { $previous } ({ $date }), agrupados según el motivo que dio la sala. Solo un cambio real en el desempeño es una mejora o un empeoramiento; los demás son recalificaciones. No se cuentan las áreas que no son comparables entre versiones del instrumento.
report-the-previous-round = la ronda anterior
report-no-level-moved = Ningún nivel cambió.
report-reason = Motivo
report-areas = Áreas
report-where = Dónde (ministerio: área)
report-actions = Acciones
report-actions-note = Acciones que acordó el taller, contadas por área y estado. El resumen de cada ministerio las enumera completas, con responsables, plazos y lo que encontró el seguimiento.
report-actions-followed = Seguimiento de las acciones acordadas en { $previous } ({ $date }), según se actualizó en esta ronda
report-actions-agreed-now = Acordadas en esta ronda, para la próxima
report-no-actions = No se registraron acciones.
report-all = Total
report-all-areas = Todas las áreas

## A ministry summary: why scores changed, and the actions.

report-why-changed = Por qué cambiaron las calificaciones
report-why-changed-note = Solo un cambio real en el desempeño es una mejora o un empeoramiento; una recalificación (nueva evidencia, otra interpretación, un error anterior, una definición modificada) no lo es.
report-no-actions-ministry = No se registraron acciones para este ministerio.
report-actions-followed-ministry = Seguimiento de las acciones acordadas en { $previous } ({ $date })
report-action-and-follow-up = Acción y seguimiento
report-owner-and-due = Responsable y plazo
report-follow-up = Seguimiento: { $text }
report-due = plazo: { $date }

## A ministry summary: the table of areas.

report-discussed = discusión: { $time }
report-no-votes = No se registraron votos
report-vote-median = mediana { $median }
report-vote-agreement = acuerdo { $agreement }
report-agreed-level = Nivel acordado
report-votes-in-room = Votos en la sala
report-rationale-and-evidence = Justificación y evidencia
report-scores-title = Calificaciones, justificación y evidencia
report-no-rationale = No se registró ninguna justificación.
report-no-evidence = Evidencia: no se registró ninguna.
report-evidence = Evidencia
report-table-rationale = Justificación de la mesa
report-table-evidence = Evidencia de la mesa
report-room-differs = Por qué la sala acordó otra cosa
report-dissent = Disenso u opinión minoritaria
report-table-proposed = Propuesta de la mesa
report-no-answer-yet = aún sin respuesta
report-why-it-changed = Por qué cambió
report-assessment-notes = Notas sobre esta evaluación
report-summary-method = Método: { $note } Acuerdo = proporción de los votos que recibió la respuesta más votada.
report-trend-title = Tendencia por área
report-trend-note = Nivel acordado en cada ronda del espacio de trabajo ({ $n ->
        [one] { $n } ronda
       *[other] { $n } rondas
    }), ubicado según la fecha; la línea discontinua y el punto grande señalan esta ronda. NA, NI y – (sin calificar) se escriben en la parte inferior y dejan un hueco.

## A ministry summary: page one.

report-summary-kicker = RESUMEN DEL MINISTERIO · { $round }
# Se agrega a la línea de la ronda cuando se calificó con otra versión del instrumento.
report-summary-scored-with = ; calificada con la versión { $version } del instrumento
report-first-round = Ninguna: esta es la primera ronda
report-code = Código
report-generated-label = Generado
report-median-between = entre { $low } y { $high }
report-no-levels-agreed = ningún nivel acordado
report-coverage = Cobertura
report-coverage-note = { $levels } niveles · { $na } NA · { $ni } NI · { $unscored } sin calificar
report-median-level = Nivel mediano
report-mean = Media (indicativa)
report-mean-note = escala ordinal: interpretar con cautela
report-change-since = Cambio desde la ronda anterior
report-nothing-to-compare = primera ronda: nada que comparar
report-change-note = { $unchanged } sin cambios, { $newly } con nivel por primera vez, { $gone } ahora sin nivel
# Se agrega a la nota de arriba cuando algunos niveles se recalificaron.
report-change-rerated = ; { $n } recalificadas, sin cambio en el desempeño
report-profile = Perfil en las áreas
report-legend-this-round = { $round } ({ $date }): esta ronda
report-legend-previous-round = { $round } ({ $date }): ronda anterior
# Los títulos de la tabla de cambios: el nivel anterior, el nivel actual, el cambio.
report-prev = Ant.
report-now = Actual
report-change = Cambio
report-change-table-note = Cambio = nivel de esta ronda menos el de la ronda anterior. "nivel nuevo": ahora tiene nivel y antes no (sin calificar, NA o NI); "ahora sin nivel": lo contrario.
report-change-table-first = No hay ronda anterior: los cambios empiezan con la próxima ronda.
report-rerated-by = recalificada { $by }
report-new-level = nivel nuevo
report-no-level-now = ahora sin nivel
report-not-comparable = no comparable

## The method annex.

report-method = Método
report-annex-note = Cómo se obtuvieron estas calificaciones: lo que un lector necesita para valorarlas y lo que la próxima ronda necesita para compararse con ellas.
report-scale = Escala
report-voting = Votación
report-aggregation = Agregación
report-participation = Participación
report-history = Historial
report-reasons-for-change = Motivos de cambio
report-data-date = Fecha de los datos
# Una ronda en la lista de rondas y sus versiones del instrumento.
report-annex-version = { $round } ({ $date }): versión { $version }
report-annex-instrument = { $instrument }. Rondas: { $versions }.
report-annex-scale = { $levels }. { $na } ({ $na_code }): { $na_meaning } { $ni } ({ $ni_code }): { $ni_meaning } Ninguna de las dos es un número: ambas se excluyen de las medianas y las medias.
# Lo que significan NA y NI cuando el instrumento no lo indica.
report-annex-na = el área no corresponde.
report-annex-ni = la sala no pudo acordar un nivel con la información disponible.
report-annex-aggregation = { $note } Cobertura: { $answered } de { $areas } áreas tienen una respuesta acordada ({ $levels } niveles, { $na } NA, { $ni } NI).
report-voted-phones-cards = celulares y tarjetas
report-voted-phones = celulares
report-voted-cards = tarjetas contadas por el facilitador
report-voted-none = no se registraron votos
report-annex-voting = La sala votó con { $how }: { $cards } votos con tarjeta en { $card_areas } áreas, { $phones } votos por celular en { $phone_areas } áreas. Los celulares votan de forma anónima (solo conteos, un voto por celular y área). La respuesta acordada es la decisión de la sala tras la discusión, no un conteo.
report-annex-participants = Taller: { $total } participantes ({ $women } mujeres, { $men } hombres, { $other } otros).
report-annex-people = Personas registradas: { $n }.
report-annex-people-for = { $n } personas registradas para { $ministries } ministerios.
report-annex-offices = Oficinas: { $offices }.
report-not-recorded = No se registró.
report-chain-intact = la cadena de hashes está intacta
report-chain-broken = ADVERTENCIA: el historial se modificó fuera de la aplicación en la entrada { $entry }
report-chain-emptied = ADVERTENCIA: el historial se recortó fuera de la aplicación
report-annex-history = Cambios registrados en esta ronda: { $n }; { $chain }. Deshacer agrega una entrada; nunca se elimina ninguna entrada.
report-annex-no-change = Ningún área comparable cambió su respuesta acordada desde la ronda anterior.
report-annex-reasons = Áreas comparables que cambiaron desde la ronda anterior: { $n }; motivos: { $used }. Solo un cambio real en el desempeño cuenta como mejora o empeoramiento; los demás son recalificaciones.
report-annex-no-time = ningún registro tiene hora
report-annex-last-change = último cambio en un registro: { $time }

## The table sheets (one page per ministry's table).

report-sheet-header = Hoja de la mesa · { $code } · { $round }
report-sheets-title = { $round } – hojas de las mesas
report-sheets-subject = Hojas de las mesas CODI
report-sheet-round = { $round } · calificación por mesas
report-sheet-scan = En un celular, una tableta o una computadora portátil conectada a la red Wi-Fi del taller, escanee el código o abra:
# $code es el código de la mesa, p. ej. K7P2QX.
report-sheet-code = Código de la mesa: { $code }. Conserve esta hoja en su mesa: el código abre solo su ministerio.
report-sheet-no-device = ¿No tiene dispositivo? Marque una casilla por área en esta hoja y entréguela al facilitador.
# Cuánto de la ronda de un ministerio está respondido.
coverage-describe = { $answered }/{ $areas } respondidas ({ $levels } niveles, { $na } NA, { $ni } NI)
# Un cambio en breve: $by es p. ej. +1 o -2.
change-rerated = recalificada { $by }
change-new = nivel nuevo
change-dropped = sin nivel
change-not-comparable = n/c

## On every page.

# Above every page of a report whose round has not been validated (review and sign-off).
report-draft = BORRADOR: sin validar
report-draft-under-review = BORRADOR: en revisión, aún sin validar

## Review and sign-off (method annex)

report-review = Revisión
report-review-draft = Borrador: aún no se envió a revisión.
# $by is who took the step and $date the day, already written the language's way.
report-review-under-review = En revisión: enviada a revisión por { $by } el { $date }.
report-review-validated = Validada por { $by } el { $date }.
report-review-returned = De nuevo en borrador: devuelta por { $by } el { $date }.
# A reopening of a validated round, with its reason.
report-review-reopened = Reabierta por { $by } el { $date }: { $reason }.
report-comments-title = Comentarios de los revisores y respuestas
# Column heads of the comments matrix: where (ministry and area number), the comment, the response, resolved or not.
report-comments-where = Ministerio: área
report-comments-comment = Comentario (revisor)
report-comments-response = Respuesta
report-comments-resolved = Resuelto
report-comments-yes = sí
report-comments-open = pendiente

## Review and sign-off (method annex)

# The files merged into the round (a national exercise across rooms): the annex row.
report-sources = Combinado a partir de
# $file is the other workspace's title; $date the day of the merge; $fields how many fields it brought.
report-source = { $file }, combinado el { $date }: { $fields } campos
# As report-source, with $place the venue and facilitator it gave for the round.
report-source-place = { $file } ({ $place }), combinado el { $date }: { $fields } campos
# The heatmap grouped by cluster (report --by-cluster): a band above each cluster's ministries with the cluster's median per area.
report-cluster-band = { $cluster } ({ $n ->
        [one] un ministerio
       *[other] { $n } ministerios
    }): mediana
report-no-cluster = Sin grupo
# Under an area's rationale and evidence: the workspace file (its title) this record came from in a merge.
report-record-source = Combinado a partir de: { $file }
# Text alternatives of the charts, read aloud by screen readers (the PDF's figures, the app's radar).
# $areas is a list of report-alt-area or report-alt-area-was joined with commas.
report-alt-radar = Gráfico de radar de { $ministry }, { $round }: { $areas }.
report-alt-radar-against = Gráfico de radar de { $ministry }, { $round } frente a { $previous }: { $areas }.
report-alt-area = { $area } { $answer }
report-alt-area-was = { $area } { $answer } (antes: { $was })
report-alt-na = no aplica
report-alt-ni = información insuficiente
report-alt-unscored = sin calificar
# $points is a list of report-alt-trend-point joined with commas, oldest round first.
report-alt-trend = Tendencia del área { $area } para { $ministry } en { $n ->
        [one] { $n } ronda
       *[other] { $n } rondas
    }: { $points }.
report-alt-trend-point = { $round } { $answer }
# $parts is a list of report-alt-count joined with commas.
report-alt-distribution = Cómo respondieron los ministerios en el área { $area }: { $parts }.
report-alt-count = { $answer }: { $count ->
        [one] { $count } ministerio
       *[other] { $count } ministerios
    }
# The QR code on a table sheet, read aloud by screen readers.
report-alt-qr = Código QR que abre { $url }

## Handouts for the room (codi-workshop handout): one page each.
handout-subject = Material impreso del taller CODI
handout-keys-title = Atajos de teclado para el facilitador
handout-keys-sub = Tenga esta hoja junto a la computadora portátil. En la aplicación, F1 muestra la misma lista.
handout-keys-note = Las teclas nunca actúan mientras un cuadro de texto tiene el cursor: escribir 1 en una justificación es solo texto. Esc sale del cuadro; Tab llega a todos los controles.
handout-phone-title = Vote desde su celular
handout-phone-sub = Sin aplicación, sin cuenta y sin internet: solo la red Wi-Fi del taller.
handout-phone-scan = Escanee el código con la cámara de su celular o escriba esta dirección:
handout-phone-wifi = Conéctese a la red Wi-Fi del taller (pregunte su nombre al facilitador). Con datos móviles no se llega a la computadora portátil.
handout-phone-open = Escanee el código QR del proyector o escriba en su navegador la dirección que aparece allí, que empieza por http://
handout-phone-code = Si la página le pide un código, escriba el código del proyector. Mayúsculas o minúsculas, ambas funcionan.
handout-phone-tap = La página muestra el área que se está discutiendo. Toque su nivel, o No aplica (NA), o Información insuficiente (NI).
handout-phone-change = Puede cambiar su voto hasta que el facilitador revele los votos. La página indica su elección con una marca de verificación.
handout-phone-reveal = Después de revelar los votos, la sala discute la distribución y acuerda un nivel. Mantenga la página abierta: pasa sola a la siguiente área.
handout-phone-private-title = Su voto es anónimo
handout-phone-private = La aplicación solo guarda cuántos votos recibió cada respuesta. Nunca registra quién votó ni qué eligió cada persona, y no guarda nada sobre su celular.
handout-phone-trouble-title = Si no funciona
handout-phone-trouble = Verifique que su celular esté conectado a la red Wi-Fi del taller y escriba la dirección con http:// al principio. Si aun así no se abre, vote con su tarjeta: el facilitador cuenta juntas las tarjetas y los celulares.
handout-about-title = CODI: qué es y cómo funciona la jornada de hoy
handout-about-sub = Para todas las personas en la sala.
handout-about-what = El Instrumento de diagnóstico de base (Core Diagnostic Instrument, CODI) es una de las herramientas de Evaluación Interinstitucional de la Protección Social (Inter-Agency Social Protection Assessment, ISPA), elaboradas en conjunto por socios para el desarrollo y de uso gratuito. Examina todo el sistema de protección social de un país, no un solo programa, y se repite cada pocos años para que cada ministerio pueda ver cómo ha cambiado su trabajo. No compara países. Hoy cada ministerio califica su propio trabajo en diez áreas de desempeño.
handout-about-areas = Las diez áreas
handout-about-levels = Los niveles, y dos respuestas que no son niveles
handout-about-today = Cómo se trabaja hoy cada área
handout-about-step-read = El facilitador lee el área y sus preguntas orientadoras.
handout-about-step-vote = Primero se discute la evidencia; luego todos votan a la vez, con una tarjeta o un celular.
handout-about-step-reveal = Los votos se revelan todos juntos, para que nadie siga a la primera mano que se levanta.
handout-about-step-agree = La sala conversa sobre la distribución y acuerda una respuesta. El voto la orienta, pero no la decide.
handout-about-step-record = Se anotan la justificación y la evidencia, junto con cualquier disenso, para que la próxima ronda pueda ver el porqué.
handout-about-note = No aplica (NA) e Información insuficiente (NI) nunca se cuentan como niveles. Los votos son anónimos: solo se guardan los conteos.
