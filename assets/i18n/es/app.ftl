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
