# CODI Workshop: English, the reference language. Every other language has the same
# message ids, variables and attributes (tests/i18n.rs checks it).

language-name = Español

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-choose-level = Acordar un nivel (tras revelar: después, la justificación)
action-not-applicable = No aplica
action-insufficient-info = Información insuficiente
action-clear-answer = Borrar la respuesta acordada
action-previous-area = Área anterior
action-next-area = Área siguiente
action-first-area = Primera área
action-summary-page = Página de resumen
action-quick-tally = Conteo de tarjetas, p. ej. 035 (Enter: aplicar y revelar)
action-reveal-votes = Revelar los votos u ocultarlos de nuevo
action-go-to-rationale = Escribir la justificación
action-save-and-next = Listo: siguiente área pendiente (también desde un cuadro de texto)
action-questions = Preguntas orientadoras en la vista de sala
action-timer = Iniciar o pausar el cronómetro de la discusión
action-second-screen = Presentar la vista de sala (otra vez: volver)
    .tooltip = En una segunda pantalla, si la hay
action-room-voting = Iniciar o detener la votación en sala desde celulares
action-join-page = Durante la votación en sala: código QR grande y dirección para unirse
action-accept-proposal = Calificación por mesas: aceptar la propuesta de la mesa como respuesta acordada
action-leave-session = Salir de un cuadro o control; otra vez: el espacio de trabajo
action-move-in-table = Tabla de ministerios: moverse entre celdas (Tab lleva a ella)
action-score-cell = Tabla de ministerios: calificar la celda elegida
action-score-next = Calificar el siguiente ministerio de la ronda más reciente
action-present = Presentación: solo el gráfico, en grande (otra vez: salir)
action-end-presentation = Salir de la presentación
action-previous-page = Tendencia presentada: las áreas anteriores
action-next-page = Tendencia presentada: las áreas siguientes
action-submit = Guardar un diálogo o agregar lo escrito en un cuadro de una línea
action-undo = Deshacer
action-redo = Rehacer
action-zoom-in = Acercar
action-zoom-out = Alejar
action-zoom-reset = Restablecer el zoom
action-fullscreen = Pantalla completa
action-open = Abrir...
action-save-as = Guardar como...
action-help = Atajos de teclado
action-new-workspace = Nuevo espacio de trabajo
    .tooltip = Un espacio de trabajo vacío, que se guarda automáticamente hasta que usted elija dónde
action-new-with-instrument = Nuevo espacio de trabajo con otro instrumento...
    .tooltip = Un espacio de trabajo vacío que se califica con un archivo de instrumento (JSON)
action-use-instrument = Las nuevas rondas usan otra versión del instrumento...
    .tooltip = Las rondas anteriores conservan la versión con la que se calificaron
action-open-demo = Abrir el espacio de trabajo de demostración
    .tooltip = Un espacio de trabajo ficticio para probar la aplicación; sus archivos no se modifican
action-import = Importar calificaciones (CSV, Excel, OpenDocument)...
    .tooltip = Calificaciones desde un archivo; los cambios se enumeran y se pueden deshacer
action-export-csv = Exportar CSV...
    .tooltip = Todas las calificaciones, una fila por área, para otros programas
action-export-xlsx = Exportar libro de Excel...
    .tooltip = Todas las calificaciones y los detalles de las rondas, cada uno en su propia hoja
action-key-card = Imprimir la tarjeta de atajos del facilitador (PDF)...
action-phone-handout = Imprimir la hoja para votar desde el celular (PDF)...
    .tooltip = Con la dirección para unirse y su código QR mientras la votación en la sala está abierta
action-about-handout = Imprimir la página sobre CODI para la sala (PDF)...
action-table-template = Plantilla de Excel para las mesas...
    .tooltip = Un libro que la mesa de un ministerio completa sin conexión para la ronda más reciente
action-ministry-pdf = Exportar PDF: resumen de este ministerio...
    .tooltip = Dos páginas sobre el ministerio abierto en la sesión de calificación
action-workshop-pdf = Exportar PDF: informe del taller...
    .tooltip = Todos los ministerios de la ronda, con el anexo metodológico
action-show-workspace = Espacio de trabajo
action-show-results = Resultados
action-radar = Resultados: Radar
action-trend = Resultados: Tendencia
action-heatmap = Resultados: Mapa de calor
action-changes = Resultados: Cambios
action-history = Resultados: Historial
action-light-theme = Tema claro (alto contraste)
action-dark-theme = Tema oscuro
action-about = Acerca de CODI Workshop
action-open-data-folder = Abrir la carpeta de datos
    .tooltip = Donde se conservan los espacios de trabajo aún no guardados y las copias de seguridad

# A menu item about a round: the action's text without its "...", then the round.
action-with-round = { $action } ({ $round })...
# A key pressed when its action cannot be taken: the action, then why.
action-not-now = { $action }: { $why }.

## Why an action is not available now (shown on the greyed item and after a key).

unavailable-nothing-to-undo = No hay nada que deshacer
unavailable-nothing-to-redo = No hay nada que rehacer
unavailable-add-a-round = Primero agregue una ronda
unavailable-open-scoring = Primero abra la sesión de calificación de un ministerio
unavailable-workspace-shown = Ya se muestra el espacio de trabajo
unavailable-results-shown = Ya se muestran los resultados

## The menu bar.

menu-file = Archivo
menu-edit = Editar
menu-view = Ver
menu-help = Ayuda
menu-open-recent = Abrir reciente
menu-no-recent = No hay archivos recientes
menu-language = Idioma
menu-bangla-digits = Cifras bengalíes (০১২৩)
menu-go-workspace = ◀ Espacio de trabajo
menu-go-results = Resultados ▶

## The hint line under a scoring page: a key, then one short word.

hint-level = nivel
hint-na = NA
hint-ni = NI
hint-tally = conteo
hint-reveal = revelar
hint-rationale = justificar
hint-next = siguiente
hint-questions = preguntas
hint-timer = cronómetro
hint-present = presentar
hint-back = volver
hint-every-key = F1: todas las teclas

## Help: the key list (F1) and About.

help-keys-title = Atajos de teclado
help-about-title = Acerca de CODI Workshop
help-close = Cerrar (Esc)
help-scope-global = En cualquier lugar
help-scope-scoring = En una página de calificación
help-scope-workspace = En la pantalla del espacio de trabajo
help-scope-results = En las pantallas de resultados
help-scope-boxes = En un diálogo o un cuadro de una línea
help-typing-note = Las teclas simples nunca actúan mientras un cuadro de texto tiene el cursor; Esc sale de él.
about-version = Versión
about-instrument = Instrumento integrado
about-instrument-value = { $title } (versión { $version })
about-workspace = Este espacio de trabajo
about-workspace-value = las nuevas rondas usan la versión { $version }
about-data-folder = Carpeta de datos
about-open-data-folder = Abrir la carpeta de datos
about-no-data-folder = ninguna: este sistema no tiene carpeta personal
about-licences = Licencias
about-language = Idioma de la interfaz
about-translation-note = Los textos en bengalí, español y francés fueron redactados por los desarrolladores y están pendientes de revisión por hablantes nativos antes de su uso oficial.

## The workspace screen.

workspace-title = Título del espacio de trabajo
workspace-instrument = Instrumento: { $title } (versión { $version })
workspace-language = Idioma de la sala, los celulares y los informes
workspace-language-tip = Lo que muestran el proyector, los celulares de los participantes y los informes en PDF. Sus menús conservan el idioma elegido en Ver › Idioma.

## The room view: what the projector shows (in the workspace's language).

room-not-scored = Aún sin calificar
room-chosen = elegido
room-level-name = Nivel { $level } { $label }
room-agreed = Acordado: { $answer }
room-last-round = Ronda anterior ({ $date }): { $answer }
room-last-round-not-comparable = Ronda anterior ({ $date }): { $answer } (el área cambió desde entonces: no es comparable)
room-table-proposed = Propuesta de la mesa: { $answer }
room-stats = n = { $n } · mediana { $median } · acuerdo { $agreement }
room-questions-title = Preguntas orientadoras
room-no-questions = Esta área no tiene preguntas orientadoras.
room-questions-back = Q o Esc: volver a los niveles
room-clock-over = Tiempo excedido: { $time }
join-open = Votación por celular · votos: { $voted }
join-closed = Votación por celular cerrada · votos: { $voted }
join-no-address = No hay ninguna dirección a la que puedan conectarse los celulares.
join-title = Únase a la votación
join-step-wifi = 1. Conecte su celular a la misma red Wi-Fi que esta computadora portátil.
join-step-scan = 2. Escanee el código con la cámara o abra:
join-voted-here = Votos en esta área: { $voted }
join-privacy = Sin cuenta ni aplicación. Su celular solo guarda un número aleatorio para votar una sola vez; nadie puede ver lo que usted eligió.
join-back = J o Esc: volver a los niveles

## The facilitator's panel: counting votes.

votes-card-count = Conteo de tarjetas
votes-entered = { $n ->
    [one] { $n } voto registrado
   *[other] { $n } votos registrados
}
votes-entered-phones = Votos registrados: { $n } ({ $phones } celulares + { $cards } tarjetas)
votes-hide = Ocultar los votos
votes-reveal = Revelar los votos
votes-clear = Borrar los votos
votes-one-by-one = Contar uno por uno
votes-tally-hint = T y luego, p. ej., 2:3 3:5
votes-one-less = Un voto menos para { $answer }
votes-one-more = Un voto más para { $answer }
votes-for = Votos para { $answer }
votes-for-hidden = Votos para { $answer }: ocultos hasta revelarlos
votes-agree-median = Acordar la mediana: { $answer }
votes-last-round = Ronda anterior ({ $date })
votes-area-changed = Esta área cambió en el instrumento desde entonces.

## The scoring page's strip of areas.

scoring-gone = Esta ronda o este ministerio ya no existe.
scoring-back-to-workspace = Volver al espacio de trabajo
scoring-previous = ◀ Área anterior
scoring-previous-tip = Área anterior (←)
scoring-next = Área siguiente ▶
scoring-next-tip = Área siguiente (→)
scoring-area-not-scored = sin calificar
scoring-area-answer = respuesta { $answer }
scoring-go-to-area = Ir al área { $number }: { $area } ({ $state })
scoring-summary = Resumen
scoring-go-to-summary = Ir a la página de resumen

## Banners over the screen, the status line and the window's title.

banner-not-saved = No se guardó: { $error }. Su trabajo se conserva en memoria y se volverá a intentar guardarlo.
banner-conflict = Otro programa modificó { $path } desde que se abrió. Su versión se conserva en memoria y no se escribió.
banner-conflict-overwrite = Sobrescribir con mi versión
banner-conflict-reload = Cargar la otra versión
banner-conflict-save-mine = Guardar la mía como...
banner-open-elsewhere = Este espacio de trabajo también está abierto en otra ventana. Ambas pueden editarlo: al guardar nunca se sobrescriben los cambios de la otra ventana sin preguntar, pero, en lo posible, trabaje en una sola ventana.
banner-recovery = Se encontró un espacio de trabajo que nunca se guardó en un archivo{ $when }.
banner-recovery-when = { " " }(último cambio: { $when })
banner-recovery-restore = Restaurarlo
banner-recovery-set-aside = Apartarlo
banner-export-making = Generando { $what }, { $path }…
banner-export-cancelling = Cancelando: no se escribirá nada en { $path }…
banner-export-cancel = Cancelar la exportación
banner-progress = { $done } de { $total }
banner-saving-as = Guardando el espacio de trabajo en { $path }…
banner-import-reading = Leyendo { $path }… Nada cambia hasta que termine la lectura.
banner-import-rows = Filas leídas: { $rows }
banner-import-cancel = Cancelar la importación
banner-open-folder = Abrir la carpeta
banner-dismiss = Descartar
status-saved = ✔ Todos los cambios guardados
status-saving = Guardando…
status-failed = No se guardó: vea el mensaje de arriba
status-conflict = No se guardó: el archivo cambió en otro lugar
status-zoom = · zoom { $percent }%
title-unsaved = { $title } (sin guardar en un archivo)
title-saved = todos los cambios guardados
title-saving = guardando…
title-failed = NO GUARDADO
title-conflict = NO GUARDADO: el archivo cambió en otro lugar
location-file = Archivo: { $path }
location-autosaved = Aún no está en un archivo propio: se guarda automáticamente en { $path }. Use Archivo › Guardar como... para elegir un archivo.
location-unsaved = Sin guardar en un archivo. Los cambios se guardan automáticamente en cuanto usted edita.

## Messages after an action.

msg-time-not-recorded = No se registró el tiempo de discusión: { $error }.
msg-could-not-open = No se pudo abrir { $path }: { $error }
msg-all-scored = Todos los ministerios están calificados en la ronda más reciente.
msg-table-new-code = La mesa de { $ministry } tiene un código nuevo, { $code }; el anterior ya no funciona. Imprima de nuevo su hoja.
msg-table-code-revoked = Se revocó el código de la mesa de { $ministry }: sus dispositivos ya no pueden abrir ni guardar nada.
msg-table-code-unchanged = No se cambió el código de la mesa: { $error }
msg-no-data-folder = Este sistema no tiene una carpeta de datos para la aplicación (no hay carpeta personal).
msg-round-unchanged = La ronda { $round } no se modificó.
msg-folder-not-made = No se pudo crear la carpeta { $path }: { $error }
msg-nothing-exported = No se exportó nada.
msg-removed = Eliminado. Con Ctrl+Z se recupera.
msg-not-changed = No se modificó: { $error }.
msg-nothing-to-undo = No hay nada que deshacer.
msg-nothing-to-redo = No hay nada que rehacer.
msg-step-failed = No se pudo deshacer ese paso: { $error }.
dialog-png-kind = Imagen PNG
dialog-save-chart = Guardar el gráfico como PNG

## The workspace screen: rounds and ministries.

workspace-rounds = Rondas ({ $n })
workspace-new-round = Nueva ronda...
workspace-no-rounds = Aún no hay rondas. Una ronda es un taller: agregue una para empezar a calificar.
round-menu = Acciones de la ronda { $round }
round-edit = Editar la ronda...
round-export-pdf = Exportar el PDF del informe del taller...
round-export-pdf-scored = Exportar el PDF del informe del taller, solo los ministerios calificados...
round-export-pdf-clusters = Exportar el PDF del informe del taller, por grupo...
round-tables = Calificación por mesas: cada ministerio se califica a sí mismo
round-tables-tip = La mesa de cada ministerio completa esta ronda desde un celular o una computadora portátil en esta red
round-remove = Eliminar la ronda...
workspace-ministries = Ministerios y divisiones ({ $n })
workspace-add-ministry = Agregar un ministerio...
workspace-no-ministries = Aún no hay ministerios: agregue el primero.
workspace-add-round-first = Agregue una ronda a la izquierda para empezar a calificar.
workspace-matrix-hint = Áreas respondidas por ronda (✔ todas, – ninguna aún). Haga clic en una celda para calificarla.
workspace-rounds-shown = rondas { $first }-{ $last } de { $total }
workspace-earlier-rounds = Mostrar rondas anteriores
workspace-later-rounds = Mostrar rondas posteriores
workspace-code = Código
workspace-name = Nombre
ministry-menu = Acciones de { $ministry }
ministry-edit = Editar el ministerio { $ministry }...
ministry-move-up = Subir
ministry-move-down = Bajar
ministry-remove = Eliminar el ministerio { $ministry }...
ministry-menu-tip = Editar, mover o eliminar

## Dialogs on the workspace screen.

confirm-remove-ministry = ¿Eliminar { $ministry }?
confirm-remove-ministry-text = Áreas calificadas de { $ministry } en el conjunto de las rondas: { $n }. Se eliminarán junto con el ministerio. Puede deshacerlo con Ctrl+Z.
confirm-remove-ministry-yes = Eliminar { $ministry } y sus calificaciones
confirm-remove-round = ¿Eliminar la ronda { $round }?
confirm-remove-round-text = Áreas calificadas en esta ronda: { $n }. Se eliminarán junto con la ronda. Puede deshacerlo con Ctrl+Z.
confirm-remove-round-yes = Eliminar la ronda y sus calificaciones
confirm-keep = Conservar
dialog-cancel = Cancelar
dialog-save-changes = Guardar los cambios
dialog-add-ministry = Agregar un ministerio o una división
dialog-edit-ministry = Editar el ministerio { $ministry }
dialog-add-ministry-button = Agregar el ministerio
dialog-new-round = Nueva ronda
dialog-edit-round = Editar la ronda
dialog-add-round-button = Agregar la ronda
dialog-round-removed = Esta ronda se eliminó.
field-code = Código
field-name = Nombre
field-cluster = Grupo
field-ministry-code = Código del ministerio
field-ministry-name = Nombre del ministerio
field-ministry-cluster = Grupo del ministerio
field-new-ministry-code = Código del nuevo ministerio
field-new-ministry-name = Nombre del nuevo ministerio
field-new-ministry-cluster = Grupo del nuevo ministerio
field-title = Título
field-date = Fecha
field-location = Lugar
field-facilitator = Facilitador(a)
field-participants = Participantes
field-women = mujeres
field-men = hombres
field-other = otros
field-notes = Notas
field-round-title = Título de la ronda
field-round-date = Fecha de la ronda
field-round-location = Lugar de la ronda
field-round-facilitator = Facilitador(a) de la ronda
field-round-notes = Notas de la ronda
field-new-round-title = Título de la nueva ronda
field-new-round-date = Fecha de la nueva ronda
field-new-round-location = Lugar de la nueva ronda
field-new-round-facilitator = Facilitador(a) de la nueva ronda
field-new-round-notes = Notas de la nueva ronda

## The facilitator's panel on a scoring page.

panel-facilitator = Facilitador(a)
panel-room-window = Ventana de sala
panel-room-window-tip = La vista de sala en su propia ventana, para un proyector usado como segunda pantalla. F5 muestra la sala: en la segunda pantalla si la hay; si no, aquí en pantalla completa.
panel-start-voting = Iniciar la votación en sala (W)
panel-stop-voting = Detener la votación en sala
panel-voting-tip = Los celulares de esta red votan sobre el área abierta; solo se guardan los conteos
panel-no-wifi = No se encontró ninguna red Wi-Fi: solo esta computadora portátil puede abrir la dirección. Conéctese a la red Wi-Fi de la sala o active un punto de acceso y luego presione W dos veces.
panel-firewall = Si Windows pregunta si CODI Workshop puede usar la red, permítalo en las redes privadas. En una red marcada como Pública, los celulares no pueden conectarse con esta computadora portátil: marque la red Wi-Fi como Privada (Configuración › Red › propiedades de la red Wi-Fi) o use un punto de acceso.
panel-address = Dirección que se muestra a la sala:
panel-address-tip = Esta computadora portátil está en varias redes: elija la que usan los celulares
panel-phones-see-result = Los celulares ven el resultado después de revelar los votos
timer-label = Cronómetro { $time }
timer-start = Iniciar
timer-pause = Pausar
timer-start-name = Iniciar el cronómetro
timer-pause-name = Pausar el cronómetro
timer-tip = S inicia y pausa
timer-reset = Reiniciar
timer-reset-name = Reiniciar el cronómetro
timer-per-area = Tiempo por área
timer-per-area-tip = Tiempo de discusión por área
timer-minutes = min
text-rationale = Justificación
text-rationale-hint = R: por qué la sala acordó esta calificación
text-evidence = Evidencia
text-evidence-hint = Documentos, datos o ejemplos citados
text-dissent = Disenso u opinión minoritaria
text-dissent-hint = Una opinión que la sala no compartió, que queda registrada
earlier-round = Ronda anterior: { $round } ({ $date }). Antes de cada cambio se pide confirmación.
earlier-round-changing = ✎ Modificando una ronda anterior: { $round } ({ $date })
answer-heading = Respuesta acordada ({ $keys }, N, I)
answer-agree-on = Acordar { $answer }
answer-clear = Borrar la calificación
present-area = Área { $number } de { $areas }
present-hide = Ocultar los votos (V)
present-reveal = Revelar los votos (V)
present-pause = Pausar el cronómetro (S)
present-start = Iniciar el cronómetro (S)
present-back = Volver a la vista de facilitación (F5)
present-keys = Las teclas funcionan como siempre: 1-4 acordar · T conteo · V revelar · ← → áreas · F5 o Esc: volver
proposal-heading = Propuesta de la mesa: { $answer }
proposal-rationale = Justificación: { $text }
proposal-evidence = Evidencia: { $text }
proposal-accepted = Aceptada
proposal-accept = Aceptar la propuesta (A)
proposal-accept-tip = Convertir la respuesta de la mesa en la respuesta acordada; sus textos solo completan los cuadros vacíos
proposal-why-otherwise = La sala acordó otra cosa: ¿por qué?
proposal-why-hint = p. ej., nueva evidencia de la división de finanzas
proposal-note = Nota para la mesa
proposal-note-hint = p. ej., área 4: ¿qué circular?
proposal-send = Enviar
proposal-sent = Enviada: { $note }
summary-title = Resumen
summary-figures = Cobertura { $coverage } · mediana { $median } · media { $mean } (valores indicativos)
summary-time = Tiempo de discusión: { $time } en total
summary-area = Área
summary-agreed = Acordado
summary-since = Desde { $date }
summary-change = Cambio
summary-time-head = Tiempo
summary-rationale = Justificación
summary-open-area = Abrir el área { $number }
summary-changes = Desde la ronda anterior: { $improved } mejoraron, { $unchanged } sin cambios, { $declined } empeoraron; { $new } calificadas por primera vez, { $gone } ya sin calificar.
summary-rerated = { $n } recalificadas por un motivo distinto del desempeño, contadas aparte.
summary-not-comparable = { $n } áreas cambiaron en el instrumento y no se comparan.
summary-export = Exportar este resumen en PDF...
summary-next = Calificar el siguiente ministerio: { $ministry } ▶

## The record on a scoring page: actions, reasons for a change, attendance, history.

record-carried = Acciones acordadas en { $round }
record-carried-note = Deles seguimiento primero: ¿en qué situación están?
record-due = plazo: { $date }
record-what-happened = Qué ocurrió
record-what-happened-hint = p. ej., borrador aprobado, a la espera de presupuesto
record-why-changed = En { $round } se acordó { $before }; ahora, { $now }. ¿Por qué cambió la calificación?
record-choose-reason = Elija un motivo
record-reason-name = Motivo del cambio: { $reason }
record-skip = Omitir
record-skip-tip = Se registra como "motivo no indicado"
record-note = Nota (opcional)
record-not-blocking = No es obligatorio: la sala puede continuar.
record-actions = Acciones antes de la próxima ronda
record-add = Agregar
record-new-action-hint = Nueva acción: qué se hará
record-action-hint = Qué se hará
record-owner-hint = Responsable (oficina o cargo)
record-remove = Eliminar
record-due-hint = Plazo AAAA-MM-DD
record-not-a-date = no es una fecha
record-who = Participaron:
record-people = personas
record-from = de
record-offices-hint = oficinas o divisiones, sin nombres
record-history = Historial ({ $n })
record-no-history = Aún no se registraron cambios.
record-history-older = … y { $n } más antiguos: vea Archivo › Exportar historial
record-step-undo = (deshacer)
record-step-redo = (rehacer)
record-now = ahora: { $value }
record-before = Antes: { $value }
record-after = Después: { $value }

## The table scoring dashboard.

tables-not-open = La calificación por mesas no está abierta. Iníciela desde el menú ⋯ de una ronda en la pantalla del espacio de trabajo.
tables-heading = Calificación por mesas · { $round }
tables-stop = Detener la calificación por mesas
tables-show-addresses = Mostrar las direcciones de las mesas
tables-sheets = Hojas de las mesas (PDF)...
tables-sheets-tip = Una página por mesa con su dirección y código QR, y las áreas para marcar en papel
tables-counts = Mesas: { $tables } · iniciadas: { $started } · enviadas: { $submitted }. Las calificaciones permanecen ocultas hasta la revisión en plenaria.
tables-revoked = sin código: revocado
tables-submitted = ✔ enviada
tables-started = iniciada hace { $time }
tables-not-started = sin iniciar
tables-new-code = Código nuevo (el anterior deja de funcionar)
tables-revoke = Revocar el código de esta mesa
tables-code-menu = Acciones del código de la mesa de { $ministry }
tables-hours = { $hours } h { $minutes } min
tables-minutes = { $minutes } min

## The results screens.

results-leave = P o Esc: salir de la presentación
results-empty = Los resultados aparecen cuando el espacio de trabajo tiene rondas, ministerios y calificaciones.
results-radar = Radar
results-trend = Tendencia
results-heatmap = Mapa de calor
results-changes = Cambios
results-history = Historial
results-radar-view = Vista de radar
results-trend-view = Vista de tendencia
results-heatmap-view = Vista de mapa de calor
results-changes-view = Vista de cambios
results-history-view = Vista de historial
results-present = Presentar (P)
results-present-tip = Solo el gráfico, con etiquetas grandes, para la sala
results-png = Guardar como PNG...
results-png-tip = El gráfico tal como se presenta, como imagen para diapositivas
record-status-name = Estado: { $status }

## The results: the changes between two rounds.

changes-from-round = Desde la ronda
changes-to-round = Hasta la ronda
changes-ministries = Ministerios
changes-same-round = Elija dos rondas distintas para comparar.
changes-title = Cambios de { $from } a { $to }
changes-counts = Mejoraron { $improved } · sin cambios { $unchanged } · empeoraron { $declined } · recalificadas { $rerated } (sin cambio en el desempeño)   (calificadas por primera vez { $newly }, ya sin calificar { $gone }, no comparables { $incomparable }: se enumeran aparte, no se cuentan como cambio)
changes-show-unchanged = Mostrar las { $n } áreas sin cambios
changes-ministry = Ministerio
changes-area = Área
changes-from = Desde
changes-to = Hasta
changes-change = Cambio
changes-unchanged = Sin cambios
changes-newly-scored = Calificadas por primera vez (ahora con nivel, antes sin él)
changes-no-longer-scored = Ya sin calificar (antes con nivel, ahora sin él)
changes-not-comparable = No comparables (el área cambió entre versiones del instrumento)
# Un título de la lista de cambios: el título de un grupo y cuántas áreas contiene.
changes-group = { $title }: { $n }

## Messages after an action.

msg-showing-demo = { $error }. Se muestra en su lugar el espacio de trabajo de demostración.
msg-dialog-open = Ya hay un diálogo de archivos abierto; respóndalo primero.
msg-dialogs-off = Los diálogos de archivos están desactivados; indique el archivo en la línea de comandos.
msg-dialog-failed = No se pudo abrir el diálogo de archivos: { $error }
msg-opened = Se abrió { $path }
msg-still-saving = Aún se está guardando en { $path }; espere a que termine.
msg-instrument-unchanged = No se cambió el instrumento: { $error }
msg-restored-unsaved = Se restauró el espacio de trabajo sin guardar. Use Archivo › Guardar como... para conservarlo en un archivo de su elección.
msg-loaded-disk = Se cargó la versión del disco. Ctrl+Z recupera la suya.
msg-chart-no-picture = No se pudo generar la imagen del gráfico en este sistema; no se guardó nada.
msg-chart-not-saved = No se guardó el gráfico: { $error }
msg-export-cancelled = Exportación cancelada: no se escribió nada.
msg-export-failed = No se exportó nada: { $error }
# $what is the export under way, e.g. "the workshop report".
msg-still-making = Generación en curso: { $what }. Espere a que termine o cancélela.
msg-import-failed = No se importó nada. { $error }

## The results: choices shared by the charts.

results-round = Ronda
results-ministry = Ministerio
results-all-ministries = Todos los ministerios
# How a series is drawn, in the radar's legend.
results-style-solid = continua
results-style-dashed = discontinua
results-style-dotted = punteada
results-style-short-dashes = guiones cortos

## The results: the radar.

radar-mode-rounds = Rondas de un ministerio
radar-mode-ministries = Ministerios de una ronda
radar-mode-medians = Frente a las medianas del grupo y de todos
radar-rounds = Rondas
radar-ministries = Ministerios (hasta 6; elegidos: { $n })
radar-choose = Elija a la izquierda qué mostrar.
radar-title-ministries = Ministerios en { $round }
radar-title-medians = { $ministry } frente a su grupo y a todos los ministerios, { $round }
# Under the chart: a round or ministry, then how much of it is answered.
radar-coverage = { $who }: cobertura { $coverage }
radar-cluster-median-over = Mediana del grupo { $cluster } (ministerios: { $n })
radar-cluster-median = Mediana del grupo { $cluster }
radar-all-median-over = Mediana de todos los ministerios (ministerios: { $n })
radar-all-median = Mediana de todos los ministerios
radar-rings = Anillos desde el centro: { $rings }
radar-hollow = Los marcadores huecos fuera del anillo exterior son NA / NI: no son un nivel y nunca se trazan como número. Las líneas se interrumpen allí.

## The results: the trend, the heatmap and the history.

trend-mode-ministry = Un ministerio, todas las áreas
trend-mode-all = Todos los ministerios: mediana y rango
trend-how-to-read = x: fechas de las rondas (espaciado real) · y: nivel acordado · huecos: NA, NI o sin calificar; un corte donde el área cambió en el instrumento · pase el cursor sobre un punto para ver la ronda y la justificación
trend-title-ministry = { $ministry }, ronda por ronda
trend-title-all = Todos los ministerios: mediana y rango, ronda por ronda
trend-paging = Áreas { $first }-{ $last } de { $total } · ← → para las demás
heatmap-sort = Ordenar:
heatmap-sort-list = orden de la lista
heatmap-sort-name = nombre
heatmap-sort-cluster = grupo
heatmap-sort-median = mediana
heatmap-group = Separar por grupo
heatmap-no-cluster = Sin grupo
heatmap-title = { $round }: todos los ministerios por área
heatmap-note = Celdas: nivel acordado (con su número), NA y NI en gris, – sin calificar. Haga clic en una celda para abrir esa página de calificación.
heatmap-median-answered = Mediana · respondidas
heatmap-median = Mediana
history-nothing = Aún no hay nada registrado para esta selección. Aquí se conserva cada cambio en una calificación, un conteo, un texto, un motivo o una acción.
history-count = Entradas: { $n }, de la más reciente a la más antigua

## More messages, dialogs and labels of the window.

# The title a new workspace starts with.
workspace-new-title = Nuevo espacio de trabajo
msg-new-workspace = Nuevo espacio de trabajo. Se guarda automáticamente; use Archivo › Guardar como... para elegir dónde.
# $instrument is the instrument's title, $version its version.
msg-new-workspace-with = Nuevo espacio de trabajo calificado con { $instrument } (versión { $version }).
# $instrument is the instrument's title, $version its version.
msg-instrument-in-use = Las nuevas rondas se calificarán con { $instrument } (versión { $version }). Las rondas anteriores conservan la versión con la que se calificaron; las áreas cuyo significado cambió aparecen como no comparables.
msg-saved-as = Guardado en { $path }. Ahora los cambios se guardan allí automáticamente.
# File types and titles of the file dialogs.
dialog-instrument-kind = Instrumento (JSON)
dialog-choose-instrument = Elegir un archivo de instrumento
dialog-export-pdf = Exportar PDF
dialog-workspace-kind = Espacio de trabajo CODI
dialog-open-workspace = Abrir un espacio de trabajo
dialog-save-workspace-as = Guardar el espacio de trabajo como
dialog-excel-kind = Libro de Excel
dialog-scores-kind = Calificaciones (CSV, Excel, OpenDocument)
dialog-import-scores = Importar calificaciones
dialog-export-csv = Exportar las calificaciones como CSV
dialog-export-xlsx = Exportar un libro de Excel
dialog-save-template = Guardar una plantilla para las mesas
# $round is the round's title, $date its date.
confirm-past-round = ¿Modificar la ronda { $round }?
confirm-past-round-text = Está modificando la ronda { $round } del { $date }, una ronda anterior: sus calificaciones son el registro de ese taller. Modifíquela solo para corregir un error; una nueva evaluación corresponde a una nueva ronda. Hasta que salga de esta sesión, no se volverá a pedir confirmación para los cambios en esta ronda.
confirm-past-round-keep = Dejarla sin cambios
confirm-past-round-yes = Modificar la ronda { $round }
confirm-stop-tables = ¿Detener la calificación por mesas?
# $n is how many tables have not submitted; $tables lists their ministries' codes.
confirm-stop-tables-text = { $n ->
        [one] { $n } mesa aún no ha enviado
       *[other] { $n } mesas aún no han enviado
    } sus respuestas: { $tables }. Sus dispositivos indicarán que la calificación por mesas se cerró; lo que guardaron queda en el espacio de trabajo y podrán continuar cuando usted vuelva a abrir la calificación por mesas.
confirm-stop-tables-keep = Mantener abierta la calificación por mesas
confirm-stop-tables-yes = Detener la calificación por mesas
confirm-export-folder = ¿Exportar a la carpeta predeterminada?
# $folder is the default export folder. "Don't export" is confirm-export-folder-keep.
confirm-export-folder-text = El diálogo de archivos se cerró de inmediato; quizá esta computadora no tenga diálogos disponibles. En su lugar, la exportación puede ir a { $folder }, con un nombre nuevo. Si canceló a propósito, elija No exportar.
confirm-export-folder-keep = No exportar
confirm-export-folder-yes = Exportar a esa carpeta
msg-still-reading = Aún se está leyendo { $path }; espere o cancele la lectura primero.
msg-import-cancelled = Importación cancelada: no se aplicó nada de { $path }.
# One warning about an import ($note, in English), put into msg-imported-notes.
msg-import-note = Nota: { $note }.
# $summary says what was imported (in English), e.g. "240 rows: 12 added".
msg-imported = Se importó { $path }. { $summary } Ctrl+Z deshace la importación.
# As msg-imported; $notes are the import's warnings, each one msg-import-note.
msg-imported-notes = Se importó { $path }. { $summary } { $notes } Ctrl+Z deshace la importación.
msg-export-onto-workspace = { $path } es el propio espacio de trabajo; elija otro archivo para la exportación.
msg-not-left = No se pudo guardar el espacio de trabajo actual, por eso sigue abierto: { $error }
msg-no-dialog-no-folder = No se pudo abrir ningún diálogo de archivos ni crear la carpeta { $path }: { $error }
# $width and $height are the picture's size in pixels.
msg-chart-saved = Se guardó el gráfico ({ $width } x { $height } píxeles) en { $path }.
msg-pdf-saved = Se guardó el PDF ({ $pages ->
        [one] { $pages } página
       *[other] { $pages } páginas
    }) en { $path }.
# $what is the file made (in English), e.g. "the workbook".
msg-exported = Exportación lista: { $what }, en { $path }.
# A warning about an export ($note, in English), added after msg-pdf-saved or msg-exported.
msg-export-note = Nota: { $note }
msg-window-stays-open = La ventana sigue abierta porque no se pudo guardar el trabajo: { $error }
msg-dropped-unknown = { $path } no es un espacio de trabajo (.codi.json) ni un archivo de calificaciones (.csv, .xlsx, .ods), por eso no se abrió.
# The hint line of a scoring session. $key is the key that was pressed, e.g. "P".
keys-esc-again = Esc otra vez: volver al espacio de trabajo
keys-not-on-summary = { $key }: primero abra un área; esta es la página de resumen
keys-no-proposal = { $key }: esta área no tiene una propuesta de la mesa para aceptar
keys-proposal-empty = { $key }: la mesa no propuso ninguna respuesta para esta área
keys-join-not-voting = { $key }: la página para unirse solo está disponible durante la votación en sala (W la inicia)
keys-nothing-to-reveal = { $key }: aún no hay nada que revelar, no hay votos
# A cell of the completion matrix, for screen readers and tooltips.
workspace-cell-score = Calificar { $ministry } en { $round }
# $n is the number of areas of the round's instrument; $answered how many have an agreed answer.
workspace-cell-all-answered = { $n ->
        [one] { $n } de { $n } área respondida: todas
       *[other] todas las { $n } áreas respondidas
    }
workspace-cell-not-started = { $n ->
        [one] sin iniciar: 0 de { $n } área respondida
       *[other] sin iniciar: 0 de { $n } áreas respondidas
    }
workspace-cell-answered = { $n ->
        [one] { $answered } de { $n } área respondida
       *[other] { $answered } de { $n } áreas respondidas
    }
workspace-cell-no-instrument = no hay instrumento para esta ronda
# Under a round scored with another instrument version than the current one.
workspace-round-instrument = calificada con la versión { $version } del instrumento
workspace-round-needs-title = Una ronda necesita un título.
workspace-new-round-needs-title = Dé un título a la nueva ronda.
# $error says what is wrong with the code typed (in English).
workspace-code-problem = Código: { $error }
workspace-code-used = El código { $code } ya está en uso.
workspace-ministry-needs-name = Dé un nombre al ministerio o a la división.
# $date is the text typed; keep YYYY-MM-DD and the example as they are.
workspace-not-a-date = `{ $date }` no es una fecha válida; escríbala como AAAA-MM-DD (año-mes-día), p. ej., 2024-08-04.
# A heatmap cell for screen readers: $area is the area's number, $answer its answer's code.
heatmap-cell = { $ministry }, área { $area }: { $answer }
heatmap-cell-not-scored = sin calificar
trend-not-scored = sin calificar
votes-not-scored-yet = Aún sin calificar
# The title of the room view's own window.
present-room-window = CODI Workshop: vista de sala
# $address is the join page's address.
join-qr-alt = Código QR de { $address }
# Whether the history's chain of hashes holds. $n is the number of entries.
history-chain-intact = { $n ->
        [one] { $n } entrada en total
       *[other] { $n } entradas en total
    } · cadena de hashes intacta
history-chain-emptied = { $n ->
        [one] { $n } entrada
       *[other] { $n } entradas
    } · el historial del archivo se recortó fuera de la aplicación: sus entradas anteriores ya no están
# $entry is the number of the first entry that was changed.
history-chain-broken = { $n ->
        [one] { $n } entrada
       *[other] { $n } entradas
    } · el historial se modificó fuera de la aplicación en la entrada { $entry }: lo que muestra a partir de allí no es confiable
# What Ctrl+Z (undo) or Ctrl+Y (redo) did. $step is "undo" or "redo". $more is empty, or
# a space and step-more when the step changed more than one thing. $place names a
# ministry, an area and a round (step-place).
step-nothing = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un paso que no cambió nada.
# $n is how many other changes the same step made.
step-more = { $n ->
        [one] (y { $n } cambio más)
       *[other] (y { $n } cambios más)
    }
# $now is the answer it went back to, e.g. "3 Established".
step-answer = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } la respuesta acordada de { $place }: ahora { $now }{ $more }.
step-answer-cleared = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } la respuesta acordada de { $place }: ahora sin calificar{ $more }.
step-votes = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un cambio en los votos de { $place }{ $more }.
# $field is which text of the area record: rationale, evidence, differs (why the room
# agreed otherwise than the table proposed) or dissent.
step-text = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } { $field ->
        [rationale] la justificación
        [evidence] la evidencia
        [differs] el motivo para diferir de la mesa
       *[dissent] el disenso
    } de { $place }{ $more }.
step-reason = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } el motivo del cambio de { $place }{ $more }.
step-actions = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un cambio en las acciones de { $place }{ $more }.
step-other = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un cambio en { $place }{ $more }.
# $title is the workspace's title it went back to.
step-title = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } el título: ahora "{ $title }"{ $more }.
# $what says in English what was added, changed or removed (rounds, ministries, instruments).
step-structure = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    }: { $what }{ $more }.
step-notes = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un cambio en las notas de { $ministry }{ $more }.
step-attendance = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un cambio en los participantes de { $ministry }{ $more }.
step-table = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un cambio en el acceso de la mesa de { $ministry }{ $more }.
# $area is the area's number and $label its short name, e.g. "HSD, area 3 (Appropriateness), Follow-up workshop".
step-place = { $ministry }, área { $area } ({ $label }), { $round }
# As step-place, when the round's instrument no longer has the area: $area is its id.
step-place-area-id = { $ministry }, { $area }, { $round }

## What an export makes, inside messages ("Still making { $what }…").

export-what-pdf = el PDF
export-what-scores = las calificaciones
export-what-workbook = el libro de Excel
export-what-template = la plantilla para las mesas

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-review = Resultados: Revisión y aprobación

## Messages after an action.

# $round is the round's id. The round was signed off after review.
msg-round-validated = No se modificó: la ronda { $round } está validada y es de solo lectura. Para modificarla, reábrala indicando un motivo en Resultados › Revisión.
# $status is one of review-status-*.
msg-review-step = Ronda { $round }: { $status }.

## The facilitator's panel on a scoring page.

# The round was signed off after review; $date is YYYY-MM-DD.
panel-validated = Validada por { $by } el { $date }: solo lectura. Nada de esto puede cambiar hasta que se reabra en Resultados › Revisión.

## The results screens.

results-review = Revisión
results-review-view = Vista de revisión y aprobación

## Results › Review: a round's review and sign-off, and the reviewers' comments

review-status-draft = Borrador: aún sin validar
review-status-under-review = En revisión
review-status-validated = Validada
review-draft-note = Los informes de esta ronda llevan la marca BORRADOR en cada página hasta que se valide.
review-validated-note = Esta ronda es de solo lectura: las calificaciones, los votos, los textos y los comentarios no pueden cambiar, ni desde esta computadora portátil ni desde los celulares o las mesas. Para cambiar algo, reábrala indicando un motivo.
# One step of the review; $status is draft, under-review or validated; $time is in UTC.
review-step = { $time }: { $status }, por { $by }
review-step-reason = { $time }: { $status }, por { $by }. Motivo: { $reason }
review-by = Su nombre (queda en el historial)
review-reason = Por qué se reabre la ronda
review-send = Enviar a revisión
review-validate = Validar y aprobar
review-return = Devolver a borrador
review-reopen = Reabrir
review-needs-name = Primero escriba su nombre: cada paso queda firmado.
review-needs-reason = Indique por qué se reabre la ronda.
# $n comments, of which $open are not resolved.
review-comments = Comentarios de los revisores: { $n } ({ $open } sin resolver)
review-no-comments = Aún no hay comentarios.
review-response = Respuesta
review-resolved = Resuelto
review-add = Agregar un comentario de revisión
review-ministry = Ministerio
review-area = Área
review-comment = Comentario
review-reviewer = Revisor(a) (nombre u oficina)
review-add-button = Agregar el comentario
review-add-needs = Elija un ministerio y un área, y escriba el comentario.

## More messages, dialogs and labels of the window.

step-comments = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un cambio en los comentarios de revisión de { $place }{ $more }.
# $round is the round's id. Review steps are not undone; this shows only if a merged edit includes one.
step-review = { $step ->
        [undo] Se deshizo
       *[redo] Se rehízo
    } un paso de revisión de la ronda { $round }{ $more }.

## Actions: menus, the key list (F1) and the hint line. "..." ends an action that opens a dialog.

action-merge = Combinar espacio de trabajo...
    .tooltip = La copia de este espacio de trabajo de otra computadora portátil: se incorpora lo que cambió allí; donde ambas cambiaron lo mismo, usted elige

## Messages after an action.

# Merging another laptop's workspace file into this one.
msg-merge-unreadable = No se combinó nada: no se pudo leer { $path }. { $error }
msg-merge-refused = No se combinó nada de { $path }: { $error }
msg-merge-nothing = { $path } no contiene nada que falte en este espacio de trabajo: no hay nada que combinar.
msg-merge-cancelled = Combinación cancelada: no cambió nada.
# $taken fields came over; $n conflicts were settled as chosen. Undo takes the whole merge back.
msg-merged = Se combinó { $path }: { $taken } campos incorporados y { $n } conflictos resueltos según lo que usted eligió. Deshacer revierte toda la combinación.

## More messages, dialogs and labels of the window.

dialog-merge-workspace = Combinar un espacio de trabajo con este

## File › Merge workspace: the conflicts window

# $file is the other file's name.
merge-title = Combinar { $file }
merge-summary = { $taken ->
        [one] Se incorpora un campo de ese archivo.
       *[other] Se incorporan { $taken } campos de ese archivo.
    } { $n ->
        [0] Sin conflictos.
        [one] Un conflicto: ambos archivos lo cambiaron de forma distinta desde que se separaron. Elija cuál conservar.
       *[other] { $n } conflictos: ambos archivos los cambiaron de forma distinta desde que se separaron. Elija cuál conservar en cada uno.
    }
merge-notes = Conservados de este archivo (revíselos)
merge-all-here = Este archivo para todos
merge-all-there = El otro archivo para todos
merge-here = Este archivo
merge-there = El otro archivo
merge-both = Sumar ambos conteos
merge-write = Escribirlo de nuevo
# The text box under merge-write, for screen readers.
merge-write-box = El texto nuevo
# One side of a conflict: the value, who changed it and when (may be empty).
merge-side = { $value } ({ $by } { $time })
# As merge-side when nobody is named.
merge-side-time = { $value } ({ $time })
# $field is a field's key.
merge-field = { $field ->
        [answer] respuesta acordada
        [cards] votos con tarjetas
        [phones] votos por celular
        [rationale] justificación
        [evidence] evidencia
        [dissent] disenso
        [differs-from-table] motivo para diferir de la mesa
        [reason] motivo del cambio
        [actions] acciones
        [comments] comentarios de revisión
       *[other] { $field }
    }
# A ministry of the other file that may be one of this file's; $why is "code" (the codes look alike) or "name" (the same name).
merge-lookalike = { $there } en el otro archivo es { $here } aquí ({ $why ->
        [code] los códigos se parecen
        [name] el mismo nombre
       *[other] coinciden
    })
merge-go = Combinar
merge-go-needs = { $n ->
        [one] Primero elija cuál conservar en { $n } conflicto más.
       *[other] Primero elija cuál conservar en { $n } conflictos más.
    }
merge-cancel = Cancelar
# In the facilitator's panel: the workspace file this record came from in a merge.
panel-record-source = Combinado a partir de: { $file }
