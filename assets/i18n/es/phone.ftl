# CODI Workshop: what participants read on their phones (the voting page and the page
# for typing a code). Shown in the workspace's language, or the one the phone chose.

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
