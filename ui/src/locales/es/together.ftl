# En pareja: las pestañas de la vista, y empezar «en pareja en este equipo».
together-title = En pareja
together-tabs-label = Herramientas para los dos
together-tab-boundaries = Límites
together-tab-expectations = Expectativas
together-tab-agreements = Acuerdos
together-tab-partner = Con mi pareja
together-only-shared = Solo se ve lo que es para los dos.
together-start = Empezar en pareja…
together-start-title = Mostrar solo las herramientas compartidas; tu diario y tus páginas privadas vuelven al escribir tu frase de contraseña
together-print = Imprimir…

# La cabecera mientras están en pareja en este equipo, y el diálogo que lo termina.
together-badge = En pareja
together-end-ask = Terminar…
together-end-title = Terminar «en pareja»
together-end-text = Tu diario y tus páginas privadas vuelven en cuanto escribas tu frase de contraseña.
together-end-passphrase-label = Tu frase de contraseña
together-end = Terminar
together-stay = Seguir en pareja

# En pareja → Con mi pareja: la conexión con la app de tu pareja.
together-partner-title = Con mi pareja
together-never-owed = Compartir nunca es una obligación: eliges cada página, ves exactamente qué se envía y no hay forma de deshacer el envío. Si alguien te exige ver lo que escribes, eso no es un problema de confianza.
together-read-safety-first = Leer La seguridad primero
together-connected-with = Conexión con { $partner }
together-connected-since = Desde el { $day } · las palabras fueron
together-open-share = Abrir un envío de { $partner }…
together-forget-question = ¿Olvidar la conexión? Los envíos guardados aquí se quedan.
together-forget = Olvidar
together-forget-keep = Mantenerla
together-forget-ask = Olvidar esta conexión…
together-drop-hint = También puedes soltar un archivo de envío en esta ventana.
together-how-to-share = Para compartir una página, ábrela (una hoja de trabajo, un acuerdo, una entrada del diario) y elige «Compartir con mi pareja…».
together-connect-title = Conectar con mi pareja
together-connect-text = Cada quien da a la otra persona la tarjeta de su { $name }. No guarda ningún secreto: solo le permite preparar envíos para ti y comprobar que los tuyos vienen de ti.
together-my-card-label = Tu tarjeta
together-my-card-qr = Tu tarjeta como código QR
together-card-copy = Copiar
together-card-copied = Copiada
together-my-card-hint = Cópiala en un mensaje para tu pareja, o deja que lea el código con su teléfono y se la envíe.
together-their-card-label = Su tarjeta
together-compare-words = Las dos pantallas deberían mostrar estas seis palabras. Compáralas con tu pareja, en persona o en una llamada:
together-words-differ = Si su pantalla muestra otras palabras, alguien cambió una tarjeta por el camino: no conectes.
together-partner-name-label = ¿Qué nombre usas para tu pareja?
together-connect = Sí, coinciden: conectar

# En pareja → Con mi pareja: los envíos recibidos, y lo que se hizo con ellos.
together-shared-with-you = Compartido contigo
together-share-from = De { $partner } · llegó el { $day }
together-in-your-agreements = En tus acuerdos.
together-open-agreement = Abrirlo
together-agreement-other-words = Tu acuerdo tiene otras palabras (versión { $version }).
together-take-their-words = Usar sus palabras
together-keep-agreement = Guardar en mis acuerdos
together-fill-label = Poner sus expectativas junto a las mías en
together-fill-choose = Elige una hoja de trabajo…
together-fill = Completar
together-connected-said = Conexión hecha con { $partner }. Lo que compartas se lo queda: no hay forma de deshacer un envío.
together-forgotten-said = La conexión está olvidada. Los envíos guardados aquí se quedan; no se abren envíos nuevos hasta que vuelvas a conectar.
together-share-opened-before = Este envío ya se había abierto; no se guardó nada nuevo.
together-share-kept = Se guardó un envío de { $partner }.
together-filled-said = Las expectativas de { $partner } están ahora en «{ $title }», tal como las contó.
together-took-their-words = Tu acuerdo tiene ahora las palabras de { $partner }; las tuyas están en su historial.
together-agreement-kept = Ya está en tus acuerdos.

# En qué punto está un acuerdo con tu pareja. $partner es su nombre, o uno de estos dos.
together-your-partner = tu pareja
together-your-partner-start = Tu pareja
together-both-agreed = Los dos aceptaron la versión { $version } el { $day }.
together-i-agreed = Aceptaste la versión { $version } el { $day }; { $partner } aún no ha dicho nada.
together-they-agreed = { $partner } aceptó la versión { $version } el { $day }. Compártelo de vuelta marcando «Acepto» para decirle que tú también.
together-agreed-then-changed = Los dos aceptaron la versión { $agreed } el { $day }; desde entonces las palabras han cambiado (ahora es la versión { $version }).
together-shared-not-agreed = Compartido con { $partner }: versión { $version }, que nadie ha aceptado todavía.

# Compartir con mi pareja…: exactamente lo que se envía, antes de guardar el archivo.
together-share-with = Compartir con { $partner }
together-share-with-partner = Compartir con mi pareja
together-share-close = Cerrar
together-share-connect-first = Primero conéctate con tu pareja en { $name }: se intercambian tarjetas y se comparan seis palabras, una sola vez.
together-share-connect = Conectar con mi pareja…
together-share-areas = Áreas que compartir
together-share-agree = Acepto estas palabras (el envío lo dice y tus acuerdos guardan la fecha)
together-share-exact = Esto es exactamente lo que verá { $partner }:
together-share-exact-they = Esto es exactamente lo que verá tu pareja:
together-share-never-owed = Compartir nunca es una obligación. No se puede deshacer: cuando tenga el archivo, su copia es suya.
together-share-done = Listo
together-share-save = Guardar el archivo…
together-share-cancel = Cancelar
together-share-saved = Guardado. Dale el archivo a { $partner } como prefieras: una memoria USB, un mensaje, una carpeta que usen los dos.

# Páginas compartidas, de solo lectura: antes de enviarse y al llegar.
together-item-worksheet = Hoja de expectativas «{ $title }»
together-item-boundaries =
    { $count ->
        [one] Un límite
       *[other] { $count } límites
    }
together-item-agreement = Un acuerdo
together-item-letter = Una carta: «{ $title }»
together-item-middle-ground = Punto medio:
together-item-why = Por qué:
together-item-if-crossed = Si se cruza:
together-item-version = Versión { $version }
together-item-you-agree = aceptas estas palabras
together-item-they-agreed = { $partner } aceptó estas palabras el { $day }
together-item-written = Escrita el { $day }

# La revisión semanal: su encabezado, y la pregunta de seguridad antes de empezar.
checkin-title = Revisión semanal
checkin-intro = Unos veinte minutos, con tu pareja o por tu cuenta. Sigue los pasos en orden, sáltate lo que no encaje esta semana y ve con calma. Por tu cuenta, deja vacías las líneas de tu pareja.
checkin-loading = Preparando el guion de esta semana…
checkin-try-again = Intentar de nuevo
checkin-safety-question = ¿Es seguro para ti hablar o escribir sobre esto ahora mismo?
checkin-together-choice = Lo hacemos en pareja en este equipo: mantener mi diario y mis páginas privadas fuera de la vista hasta que escriba mi frase de contraseña.
checkin-safe-yes = Sí, es seguro
checkin-safe-no = No, o tengo dudas

# La revisión semanal: los pasos, por título y por nombre corto (la fila de pasos).
checkin-steps-label = Pasos de la revisión
checkin-step-count = Paso { $step } de { $total }
checkin-step-last-time-title = Lo que tocaba probar la semana pasada
checkin-step-went-well-title = Lo que fue bien
checkin-step-boundaries-title = Límites desde la última vez
checkin-step-agreements-title = Acuerdos que toca revisar
checkin-step-on-my-mind-title = Algo que me ronda la cabeza
checkin-step-appreciations-title = Agradecimientos
checkin-step-next-week-title = Algo que probar la próxima semana
checkin-step-last-time-name = La última vez
checkin-step-went-well-name = Fue bien
checkin-step-boundaries-name = Límites
checkin-step-agreements-name = Acuerdos
checkin-step-on-my-mind-name = En mi cabeza
checkin-step-appreciations-name = Agradecimientos
checkin-step-next-week-name = Próxima semana

# La revisión semanal: lo que pregunta cada paso.
checkin-restored = Tus respuestas de antes han vuelto, tal como las dejaste.
checkin-optional = (opcional)
checkin-in-their-words = (en sus palabras)
checkin-in-their-words-optional = (en sus palabras, opcional)
checkin-last-time-said = La última vez, el { $day }, dijiste que probarías:
checkin-last-time-said-undated = La última vez dijiste que probarías:
checkin-last-time-label = ¿Cómo fue?
checkin-went-well-hint = Una cosa cada cual, por pequeña que sea. Empieza por aquí: marca el tono.
checkin-went-well-me-label = Algo que fue bien para mí
checkin-went-well-partner-label = Algo que fue bien para mi pareja
checkin-only-ours = Mientras dure «En pareja» solo se ven tus límites compartidos («nuestros»).
checkin-boundaries-none = No se anotó ningún momento en tus límites desde el { $day }. Si alguno se respetó o se cruzó, puedes anotarlo en En pareja → Límites y volver; tus respuestas de aquí se quedan.
checkin-boundaries-hint = Los momentos anotados desde el { $day }. Habla de lo que ayudó y de lo que costó, sin llevar la cuenta.
checkin-boundary-counts-honoured = respetado { $count }×
checkin-boundary-counts-crossed = cruzado { $count }×
checkin-boundary-counts-both = respetado { $honoured }×, cruzado { $crossed }×
checkin-moment-honoured = respetado
checkin-moment-crossed = cruzado
checkin-boundary-note-label = Lo que dijimos al respecto
checkin-agreements-none = Esta semana no toca revisar ningún acuerdo.
checkin-agreements-hint = Para cada uno: ¿sigue funcionando? Mantenlo, cambia sus palabras o retíralo. Si no hay tiempo, deja alguno para otra semana.
checkin-decision-keep = Mantenerlo
checkin-decision-keep-help = Sigue funcionando tal cual.
checkin-decision-change = Cambiarlo
checkin-decision-change-help = Mantenerlo, con otras palabras.
checkin-decision-retire = Retirarlo
checkin-decision-retire-help = Ya cumplió su función.
checkin-decision-not-this-week = Esta semana no
checkin-agreement-new-words = Sus nuevas palabras
checkin-agreement-history-note = Una nota para su historial
checkin-agreement-note = Una nota
checkin-agreement-note-hint = (opcional; se guarda en esta revisión, el acuerdo queda como está)
checkin-on-my-mind-hint = Puedes saltarte este paso. Por turnos, más o menos una cosa cada cual. Empieza con «Siento … por … y necesito …», sin culpar.
checkin-on-my-mind-listen = En pareja: la otra persona escucha y, antes de responder, repite lo que oyó.
checkin-on-my-mind-me-label = Algo que me ronda la cabeza
checkin-on-my-mind-partner-label = Algo que le ronda la cabeza a mi pareja
checkin-appreciations-hint = Algo concreto que notaste y que te alegró. Dilo en voz alta y luego escríbelo.
checkin-appreciation-me-label = Un agradecimiento de mi parte
checkin-appreciation-partner-label = Un agradecimiento de mi pareja
checkin-next-week-hint = Algo pequeño y concreto para la semana que viene. La revisión de la próxima semana empieza con eso.
checkin-next-week-label = Algo que probar la próxima semana

# La revisión semanal: avanzar, guardar las respuestas, empezar de nuevo.
checkin-back = ← Atrás
checkin-next = Siguiente
checkin-save = Guardar la revisión
checkin-kept-as-you-write = Tus respuestas se guardan, bajo llave en tu diario, mientras escribes: cierra { $name } y estarán aquí la próxima vez.
checkin-start-over-ask = Empezar de nuevo…
checkin-start-over-question = ¿Descartar estas respuestas?
checkin-start-over = Empezar de nuevo
checkin-keep-answers = Conservarlas
checkin-keep-failed = No se pudieron guardar tus respuestas para más tarde: { $reason }
checkin-change-needs-words = «{ $agreement }» está marcado para cambiar: escribe sus nuevas palabras o elige otra respuesta.
checkin-nothing-written = Aún no hay nada escrito. Responde al menos una pregunta antes de guardar.

# La revisión semanal, una vez guardada.
checkin-saved-title = Guardado en tu diario
checkin-saved-text = «{ $title }» está en tu diario, marcada como revisión.
checkin-saved-linked-boundaries =
    «{ $title }» está en tu diario, marcada como revisión y vinculada a { $count ->
        [one] un límite
       *[other] { $count } límites
    }.
checkin-saved-linked-agreements =
    «{ $title }» está en tu diario, marcada como revisión y vinculada a { $count ->
        [one] un acuerdo
       *[other] { $count } acuerdos
    }.
checkin-saved-linked-both =
    «{ $title }» está en tu diario, marcada como revisión y vinculada a { $boundaries ->
        [one] un límite
       *[other] { $boundaries } límites
    } y { $agreements ->
        [one] un acuerdo
       *[other] { $agreements } acuerdos
    }.
checkin-saved-next-week = La revisión de la próxima semana empezará con lo que elegiste probar:
checkin-saved-out-of-sight = Está en tu diario, fuera de la vista mientras dure «En pareja».
checkin-open-in-journal = Abrir en el diario
checkin-share = Compartir con mi pareja…
checkin-back-to-checkin = Volver a la revisión

# Cuando la preocupación se dispara: el registro de pensamientos, sus pasos por título y por nombre corto.
worry-title = Cuando la preocupación se dispara
worry-intro = Una página para atravesar una ola de preocupación: espera antes de comprobar, escríbelo y elige qué preguntar. Se guarda en tu diario. Sáltate cualquier paso.
worry-steps-label = Pasos del registro de pensamientos
worry-step-count = Paso { $step } de { $total }
worry-step-now-title = Ponle nombre y espera antes de comprobar
worry-step-happened-title = Qué pasó
worry-step-story-title = La historia que me conté
worry-step-evidence-title = Las pruebas
worry-step-after-title = ¿Cuánta fuerza tiene ahora la preocupación?
worry-step-ask-title = Qué voy a preguntar, y cuándo
worry-step-now-name = Ahora mismo
worry-step-happened-name = Qué pasó
worry-step-story-name = La historia
worry-step-evidence-name = Pruebas
worry-step-after-name = Después
worry-step-ask-name = Preguntar

# Cuando la preocupación se dispara: la espera tranquila de veinte minutos. $step es el nombre corto del paso «Después».
worry-wait-label = La espera de veinte minutos
worry-wait-over = Pasaron los veinte minutos.
worry-wait-over-rate = ¿Cuánta fuerza tiene ahora la preocupación? Puedes volver a puntuarla en el paso «{ $step }».
worry-wait-done = Listo
worry-wait-minutes-left =
    { $count ->
        [one] Queda { $count } minuto.
       *[other] Quedan { $count } minutos.
    }
worry-wait-hint = Por favor, no compruebes nada hasta entonces. Suelta el aire despacio, camina un poco o lávate la cara con agua fresca. Puedes seguir escribiendo aquí.
worry-wait-stop = Parar el temporizador
worry-wait-start = Esperar veinte minutos antes
worry-wait-start-hint = Aquí aparece un temporizador discreto. Cuando termina, no pasa nada más.

# Cuando la preocupación se dispara: lo que pregunta cada paso.
worry-scale-hint = (0 es calma, 10 es lo más fuerte que llega a ser)
worry-before-legend = ¿Cuánta fuerza tiene la preocupación ahora mismo?
worry-after-legend = ¿Cuánta fuerza tiene ahora la preocupación?
worry-now-name-it = Dítelo: «Esto es un pico de preocupación». El sentimiento es real. La historia que te cuenta quizá no lo sea.
worry-now-wait-first = Mirar su teléfono o llamar una y otra vez puede aliviar durante unos minutos; luego la preocupación vuelve más fuerte. Así que primero, espera.
worry-afraid = Si tienes miedo de tu pareja, puede que la preocupación te esté avisando de algo real.
worry-read-safety-first = Leer La seguridad primero
worry-happened-hint = Solo los hechos, como los vería una cámara. «Dijo que llegaría a las seis. Ya son las siete».
worry-happened-label = Qué pasó
worry-story-hint = ¿Qué decía la preocupación que estaba pasando? Escríbelo tal como llegó. «Está con otra persona».
worry-story-label = La historia que me conté
worry-evidence-for-label = Pruebas a favor de la historia
worry-evidence-for-hint = (hechos que la sostienen)
worry-evidence-against-label = Pruebas en contra de la historia
worry-evidence-against-hint = (hechos que no encajan, y qué otra cosa podría explicarlo)
worry-evidence-real = Las pruebas a favor de la historia me parecen reales
# «Entonces quizá no… [Si a tu pareja le cuesta confiar en ti] trata… Si tienes miedo de tu pareja, [lee La seguridad primero].» Lo que va entre corchetes son enlaces.
worry-real-maybe-not = Entonces quizá no sea un pico de preocupación. Tu duda puede tener una base, y esa es otra situación.
worry-real-article = Si a tu pareja le cuesta confiar en ti
worry-real-article-about = trata la duda con base, desde los dos lados.
worry-real-afraid = Si tienes miedo de tu pareja,
worry-real-read-safety-first = lee La seguridad primero
worry-after-hint = Puntúala de nuevo. Ver que baja, aunque sea un poco, muestra que la preocupación sube y baja por sí sola.
worry-ask-hint = Un momento tranquilo suele ir mejor que uno de pánico. Prepara una sola pregunta clara, empezando por cómo te sentiste. Si preguntar cualquier cosa no te parece seguro, sáltate este paso.
worry-ask-label = Qué voy a preguntar
worry-ask-when-label = Cuándo lo voy a preguntar

# Cuando la preocupación se dispara: avanzar, guardar, y una vez guardado.
worry-back = ← Atrás
worry-next = Siguiente
worry-save = Guardar en mi diario
worry-foot = Tus respuestas se quedan en esta pantalla hasta que las guardes, y al bloquear se conservan hasta que vuelvas a desbloquear.
worry-nothing-written = Escribe al menos una respuesta, o puntúa la preocupación, antes de guardar.
worry-saved-title = Guardado en tu diario
# Después va la etiqueta «#thought record» (del núcleo), y luego worry-saved-find.
worry-saved-tagged = «{ $title }» está en tu diario, con la etiqueta
worry-saved-find = Puedes encontrarla con la búsqueda y cambiarla allí como cualquier entrada.
worry-open-in-journal = Abrir en el diario
worry-start-new = Empezar uno nuevo
