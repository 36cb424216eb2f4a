# Las palabras de los documentos impresos (la hoja de expectativas, los límites, los acuerdos,
# las notas para la sesión y el kit de recuperación). Cada mensaje es texto plano; en el kit de
# recuperación, lo que va entre comillas invertidas es una orden y se imprime en letra de
# máquina de escribir.

## En cada página.

page-of = Página { $page } de { $pages }
printed-on = Impreso el { $date }.
yes = Sí
no = No

## Los límites, en su lista y en las notas para la sesión.

boundaries-title = Límites
boundaries-none = No se eligió ningún límite para esta página.
boundary-why = Por qué importa
boundary-if-crossed = Lo que yo haré si se cruza
boundary-review-on = Revisarlo el
whose-mine = Mío
whose-partners = De mi pareja
whose-ours = Nuestro
boundary-status-draft = Borrador
boundary-status-discussed = Hablado
boundary-status-agreed = Acordado
boundary-status-needs-revisiting = Hay que revisarlo
boundary-status-retired = Retirado

## El registro de acuerdos.

agreements-title = Acuerdos
agreements-none = Todavía no hay acuerdos en el registro.
agreements-due =
    { $count ->
        [one] Hay 1 que toca volver a hablar.
       *[other] Hay { $count } que toca volver a hablar.
    }
ledger-agreement = Acuerdo
ledger-where = Cómo está
ledger-revisit-on = Volver a hablarlo el
ledger-due = Toca hablarlo
agreement-status-new = Aún sin revisar
agreement-status-kept = Vigente
agreement-status-needs-revisiting = Hay que revisarlo
agreement-status-renegotiated = Renegociado
agreement-status-retired = Retirado

## La hoja de expectativas.

worksheet-title = Hoja de expectativas
worksheet-title-named = Hoja de expectativas: { $title }
worksheet-intro =
    En cada área, cada persona escribe lo que espera, con sus propias palabras. Después, miren
    cada expectativa con las cinco preguntas y anoten el punto medio con el que los dos pueden
    vivir. No hay respuestas equivocadas: tómense el tiempo que necesiten, y dejen un área para
    otro día si ahora es demasiado.
worksheet-names = Nombres
worksheet-date = Fecha
worksheet-realism = ¿Es realista?
worksheet-partner-1 = Persona 1
worksheet-partner-2 = Persona 2
worksheet-partner-1-expects = Lo que espera la persona 1
worksheet-partner-2-expects = Lo que espera la persona 2
worksheet-middle = El punto medio que acordamos
worksheet-middle-agreed = El punto medio que acordamos (en el registro de acuerdos)
worksheet-revisit-on = Volver a hablarlo el
worksheet-mine = Lo que yo espero
worksheet-theirs-understood = Lo que espera mi pareja (según lo entiendo yo)
worksheet-theirs-told = Lo que espera mi pareja (según me lo dijo)
realism-specific = ¿Es concreta?
realism-in-control = ¿Está en su mano?
realism-hold-myself = ¿La cumpliría yo también?
realism-room-to-flex = ¿Deja margen para ser flexibles?
realism-leaves-free = ¿Nos deja libres a cada uno (amistades, privacidad, dinero, decir que no)?

## Las notas para la sesión con tu terapeuta.

packet-title = Notas para la sesión
packet-entries =
    { $count ->
        [one] 1 entrada del diario
       *[other] { $count } entradas del diario
    }
packet-boundaries =
    { $count ->
        [one] 1 límite
       *[other] { $count } límites
    }
packet-agreements =
    { $count ->
        [one] 1 acuerdo
       *[other] { $count } acuerdos
    }
packet-prepared = Elegido para compartir, y privado. Preparado el { $date }.
packet-mood-title = El ánimo en estos días
packet-mood-about = El ánimo medio de cada día, según las entradas de estas notas.
packet-entries-title = Entradas del diario
packet-entry-mood = ánimo { $mood } de 5 ({ $word })
packet-untitled = Sin título
mood-1 = muy bajo
mood-2 = bajo
mood-3 = regular
mood-4 = bien
mood-5 = muy bien

## El kit de recuperación.

kit-title = Kit de recuperación de Trellis
kit-heading = Tu código de recuperación de Trellis
kit-made-on = Hecho el { $date }.
kit-typing =
    Al escribirlo, los espacios y las mayúsculas dan igual. Los caracteres son los dígitos 0 y
    del 2 al 9 y las letras, sin I, O ni B después del primer grupo.
kit-opens-title = Qué abre
kit-opens =
    Este código abre tu diario de Trellis en este equipo, y cualquier instantánea suya hecha
    desde el día de arriba. Con él puedes elegir una nueva frase de contraseña si olvidas la
    tuya. Quien tenga esta hoja puede hacer lo mismo y leer todo lo que escribiste, así que
    guárdala como guardarías una llave.
kit-use-title = Cómo usarlo
kit-use-app-label = En la aplicación:
kit-use-app = en la pantalla de desbloqueo, elige «¿Olvidaste tu frase de contraseña?», escribe el código y elige una nueva frase de contraseña.
kit-use-terminal-label = En una terminal:
kit-use-terminal = ejecuta `trellis recover` y dale el código cuando te lo pida.
kit-use-after = Después, haz un código nuevo (en Ajustes, o con `trellis recovery new`) por si alguien vio este, e imprime su kit.
kit-keep-title = Dónde guardarlo
kit-keep =
    En un lugar privado al que solo tú llegues y que no esté junto a tu equipo: con tus papeles
    importantes, en un cajón con llave o con alguien en quien confíes por completo. No como foto
    en el móvil, ni en tu correo.
kit-shred = Cuando hagas un código nuevo, este deja de funcionar: entonces destruye esta hoja.
kit-checked = He comprobado que puedo leer cada carácter de esta hoja.
