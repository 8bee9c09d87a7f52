# CODI Workshop: what participants read on their phones (the voting page, the page
# for typing a code, and a table's page for scoring its ministry). Shown in the
# workspace's language, or the one the phone chose.

## The page for typing a code.

phone-landing-title = CODI Workshop: escriba su código
phone-landing-label = El código del proyector o de la hoja de su mesa
phone-landing-open = Abrir
phone-landing-note = Mayúsculas o minúsculas, ambas funcionan. Sin cuenta ni aplicación: su celular solo guarda un número aleatorio para votar una sola vez.
phone-not-open = Este código no está abierto. Verifique el código en el proyector o en la hoja de su mesa.
phone-no-page = No hay ninguna página en esta dirección. Mejor escriba el código.

## The voting page.

phone-title = Votación en sala CODI
phone-language = Idioma
phone-connecting = Conectando…
phone-noscript = Esta página necesita JavaScript para enviar su voto. Sin él, vote con su tarjeta: el facilitador también cuenta las tarjetas.
phone-waiting-title = Esperando al facilitador
phone-waiting = Esperando al facilitador.
phone-area = Área { $number } de { $areas }
phone-anonymous = Los votos son anónimos: solo se guardan los conteos y nadie ve lo que eligió cada persona.
phone-voted = { $voted ->
    [one] { $voted } celular ha votado.
   *[other] { $voted } celulares han votado.
}
phone-your-mark = ✔ Su voto
phone-your-vote = Su voto: { $vote }. Puede cambiarlo hasta que se cierre la votación.
phone-tap = Toque su respuesta.
phone-result = n = { $n } · mediana { $median }
phone-result-no-median = n = { $n }
phone-closed = La votación de esta área se cerró.
phone-closed-yours = La votación de esta área se cerró. Su voto: { $vote }.
phone-ended-title = Esta votación terminó
phone-ended = Esta votación terminó. Gracias. Cuando el facilitador inicie la siguiente, escanee el nuevo código en el proyector.
phone-lost = La computadora portátil del facilitador no responde. Mantenga esta página abierta: continuará sola cuando la computadora vuelva a responder.
phone-retrying = Sin conexión con la computadora portátil del facilitador. Reintentando…
phone-sending = Enviando…
phone-not-sent = El voto no llegó: la computadora portátil no responde. Toque de nuevo en un momento.
phone-too-many-phones = Demasiados celulares de esta dirección se unieron a esta votación. En su lugar, levante su tarjeta.
phone-code-not-open = Este código no está abierto. Verifique el proyector o la hoja de su mesa.
phone-too-many-requests = Demasiadas solicitudes o códigos incorrectos desde este dispositivo. Espere { $seconds } segundos y vuelva a intentarlo.
phone-not-joined = Este celular no se ha unido a esta votación; vuelva a cargar la página.
phone-unreadable = No se pudo leer el voto.
phone-no-area = El voto no indica ninguna área.
phone-not-an-answer = Esa no es una respuesta válida.
phone-counted = Voto registrado.
phone-refused-closed = La votación está cerrada. Esperando al facilitador.
phone-refused-not-open = Esta área ya no está abierta a votación; la página muestra ahora el área abierta.
phone-refused-revealed = La votación de esta área se cerró: se está discutiendo el resultado.
phone-refused-too-fast = Demasiados votos desde este celular; espere unos segundos.
phone-refused-full = La sala está llena: no pueden unirse más celulares a esta votación.
phone-refused-bad-answer = Esa respuesta no está en la escala de esta área.

## A table's page: where a ministry's table types its answers, area by area. The
## page's script fills in the variables itself, after the message is chosen: a select
## on a number would always take its default, so counts are written so that any
## number reads right.

table-title = Calificación por mesas CODI
table-areas = Áreas
table-noscript = Esta página necesita JavaScript para guardar las respuestas de su mesa. Sin él, escríbalas en la hoja de su mesa y entréguela al facilitador.
table-area-answered = Área { $number }: { $title } (respondida: { $answer })
table-area-not-answered = Área { $number }: { $title } (sin responder)
table-area-of = Área { $number } de { $total }: { $title }
table-note = Mensaje del facilitador: { $note }
table-submitted-note = Su mesa envió sus respuestas. Para cambiar alguna, presione Reabrir abajo.
table-guiding-questions = Preguntas orientadoras
table-last-round = Ronda anterior: { $answer }
table-your-choice = ✔ La elección de su mesa
table-rationale = Justificación: ¿por qué este nivel?
table-evidence = Evidencia: documentos, datos, ejemplos
table-kept-here = Todo lo que se escribe aquí se guarda en este dispositivo hasta que la computadora portátil del facilitador lo reciba: recargar la página o perder la conexión no borra nada.
# What a device chose when it chose no answer (in table-other-chose and table-choose-again).
table-nothing = ninguna respuesta
table-other-chose = Otro dispositivo de su mesa eligió: { $theirs } (se muestra arriba). Usted había elegido: { $mine }.
table-other-typed = Otro dispositivo de su mesa guardó el texto de arriba mientras usted escribía. Su texto no se perdió:
table-choose-again = Volver a elegir: { $answer }
table-use-mine = Usar el mío
table-add-mine = Agregar el mío abajo
table-keep-saved = Conservar la elección guardada
table-drop-mine = Descartar el mío
table-previous = ◀ Anterior
table-next = Siguiente ▶
table-submit = Enviar ({ $answered } de { $total })
table-reopen = Reabrir
table-merged = Otro dispositivo de su mesa guardó esta área mientras usted escribía: se muestra el texto guardado y el que usted escribió se conserva debajo.
table-updated = Actualizado desde otro dispositivo de su mesa.
table-both-shown = Otro dispositivo de su mesa también guardó esta área: se muestran ambas versiones.
table-status-submitted = Enviado. Puede reabrir hasta que el facilitador cierre la calificación por mesas.
table-status-unsaved = Áreas que aún no llegan a la computadora portátil: { $count }. Se conservan en este dispositivo; enviando…
table-status-answered = Áreas respondidas: { $answered } de { $total }. Todo se guarda automáticamente.
table-saving = Guardando…
table-saved = Guardado: { $time }
table-not-saved = No se guardó: { $message }
table-not-saved-yet = Aún no se guardó: sin conexión con la computadora portátil del facilitador. Se conserva en este dispositivo; reintentando…
table-lost = La computadora portátil del facilitador no responde. Mantenga esta página abierta: sus respuestas están guardadas en este dispositivo y se enviarán cuando la computadora vuelva a responder.
table-kept-until-open = Áreas conservadas en este dispositivo: { $count }. Se enviarán si la calificación por mesas se vuelve a abrir.
table-not-submitted = Sin conexión con la computadora portátil del facilitador: no se envió. Vuelva a intentarlo en un momento.
table-not-reopened = Sin conexión con la computadora portátil del facilitador: no se reabrió. Vuelva a intentarlo en un momento.
table-retrying = Sin conexión con la computadora portátil del facilitador. Reintentando…

## The table page: the laptop's replies.

table-closed = La calificación por mesas está cerrada. Lo que su mesa guardó está en la computadora portátil del facilitador; lo que no se guardó permanece en este dispositivo.
table-refused-closed = La calificación por mesas no está abierta. Consulte al facilitador.
table-refused-code = Este código de mesa no es válido (o ya no lo es). Pida al facilitador la dirección de su mesa.
table-refused-area = Esta área no está en el instrumento de esta ronda.
# $why says what was wrong with the text or answer.
table-refused-invalid = No se guardó: { $why }
table-refused-submitted = Su mesa ya envió sus respuestas. Presione Reabrir para cambiar alguna.
table-refused-conflict = Otro dispositivo de su mesa guardó esta área mientras usted escribía.
table-unreadable-save = No se pudo leer lo que se quiso guardar.
table-unreadable-request = No se pudo leer la solicitud.
table-save-no-area = Lo que se quiso guardar no indica ninguna área.
table-not-an-answer = Esa no es una respuesta válida.
table-reply-saved = Guardado.
table-reply-submitted = Enviado.
table-reply-reopened = Reabierto.

## The voting page.

# The round was signed off (validated) after review: it is read-only.
phone-refused-validated = Esta ronda ya fue aprobada y no admite más votos.

## A table's page: where a ministry's table types its answers, area by area. The
## page's script fills in the variables itself, after the message is chosen: a select
## on a number would always take its default, so counts are written so that any
## number reads right.

table-validated-note = Esta ronda fue aprobada tras la revisión: sus respuestas se pueden leer, pero ya no se pueden cambiar.

## The table page: the laptop's replies.

# The round was signed off (validated) after review: nothing more is saved. The page keeps what was typed.
table-refused-validated = Esta ronda ya fue aprobada y no admite más cambios. Lo que usted escribió permanece en esta página; consulte al facilitador.
