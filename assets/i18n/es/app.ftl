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
