# Las palabras propias del núcleo que llegan a una persona, en español. Mismos ids que en el
# archivo en inglés; lo que falte aquí se dice en inglés.

## Cómo se escribe un número con decimales: la marca entre la parte entera y las décimas ("8,5 MB").
decimal-mark = ,

## El nombre corriente que la app puede mostrar en lugar del suyo (Ajustes → Privacidad en
## pantalla), para que un vistazo a la pantalla no diga para qué sirve.
app-neutral-name = Notas

## Avisos de los recordatorios. Nunca dicen lo que alguien escribió, salvo que la persona lo
## permitiera en ese recordatorio ($name: el nombre de la app tal como se muestra).
notice-one-due = Toca un recordatorio.
notice-many-due = Tocan { $count } recordatorios.
notice-missed = { $count ->
    [one] Tocó un recordatorio mientras { $name } estaba cerrado o el equipo en reposo.
   *[other] Tocaron { $count } recordatorios mientras { $name } estaba cerrado o el equipo en reposo.
  }

## Lo que oyen las pantallas de desbloqueo, de recuperación y del primer inicio cuando una
## frase de contraseña o un código de recuperación no sirven.
error-wrong-passphrase = esa frase de contraseña no abre este diario; revísala y vuelve a intentarlo, o recupera el acceso con tu código de recuperación
error-wrong-recovery-code = ese código de recuperación no abre este diario; revisa cada carácter y vuelve a intentarlo
error-empty-passphrase = la frase de contraseña está vacía; elige una frase de varias palabras
error-code-empty = escribe tu código de recuperación
error-code-character = el carácter { $at } del código de recuperación (en el grupo { $group }) no puede ser correcto: un código solo tiene letras y cifras, y nunca B, I, O ni 1; compara ese grupo con tu copia guardada
error-code-length = el código de recuperación tiene { $found } letras y cifras, y debería tener { $expected }; busca un grupo con una de más o de menos
error-code-checksum = el código de recuperación tiene un error de escritura en algún sitio; compara cada grupo con tu copia guardada, carácter a carácter

## Las fechas que guarda Trellis, tal como las dicen los mensajes de abajo.
date-range = una fecha entre 1970 y 9999

## Palabras de otro sitio (el sistema, otro programa), tal como llegan.
as-is = { $text }

## El diario, su base de datos y sus archivos. $path, $folder: una ruta tal como la escribe el
## sistema; $reason: las palabras del propio sistema sobre lo que falló.
error-no-vault = no hay ningún diario en { $path }; crea uno primero (`trellis init`)
error-vault-exists = ya hay un diario en { $path }; desbloquéalo o elige otra carpeta
error-locked = el diario está bloqueado; desbloquéalo primero
error-slot-too-costly = el espacio de claves del diario pide un trabajo scrypt de 2^{ $work }, más que el máximo permitido de 2^22; puede estar dañado o haber sido manipulado
error-slot-damaged = las claves que abren este diario están dañadas; restáuralo desde una copia de seguridad
error-vault-folder = no se pudo preparar la carpeta del diario { $path }: { $reason }
error-newer-vault = este diario lo escribió una versión más nueva de Trellis (esquema { $found }; esta versión conoce hasta el { $known }); actualiza Trellis para abrirlo
error-vault-damaged = la base de datos del diario en { $path } está dañada o no es un diario de Trellis; restáuralo desde una copia de seguridad
error-disk-full = el disco está lleno; libera algo de espacio y vuelve a intentarlo (no se perdió nada)
error-busy = el diario está abierto en otra ventana o en otro comando; ciérralo allí y vuelve a intentarlo
error-index-stopped = el índice de búsqueda se detuvo mientras se creaba; bloquea y desbloquea el diario para crearlo de nuevo
error-database = no se pudo usar la base de datos del diario: { $reason }
error-key-changed = el diario recibió una clave nueva en otra ventana o en otro comando; desbloquéalo de nuevo (no se escribió nada)
error-file-exists = { $path } ya existe; elige otro nombre (Trellis nunca sobrescribe un archivo)
error-file-write = no se pudo escribir { $path }: { $reason }
error-file-read = no se pudo leer { $path }: { $reason }

## Cualquier registro. $kind: entry, boundary, worksheet, agreement, reminder, draft, share o
## safety check (en inglés, para elegir la palabra); $id: su id.
error-record-not-found = no hay { $kind ->
        [entry] ninguna entrada
        [boundary] ningún límite
        [worksheet] ninguna hoja de expectativas
        [agreement] ningún acuerdo
        [reminder] ningún recordatorio
        [draft] ningún borrador
        [share] ningún envío
       *[other] ningún registro
    } con el id { $id }; mira la lista para ver sus ids
error-record-damaged = { $kind ->
        [entry] la entrada
        [boundary] el límite
        [worksheet] la hoja de expectativas
        [agreement] el acuerdo
        [reminder] el recordatorio
        [draft] el borrador
        [share] el envío
       *[other] el registro
    } { $id } tiene daños y no se puede leer; lo demás no se ve afectado
error-record-changed = { $kind ->
        [entry] la entrada
        [boundary] el límite
        [worksheet] la hoja de expectativas
        [agreement] el acuerdo
        [reminder] el recordatorio
        [draft] el borrador
        [share] el envío
       *[other] el registro
    } { $id } se cambió o se borró en otro lugar desde que se abrió
error-record-too-large = es demasiado grande ({ $size } MB); un registro puede tener hasta { $max } MB de texto
error-not-an-id = `{ $text }` no es un id de { $kind ->
        [entry] entrada
        [boundary] límite
        [worksheet] hoja de expectativas
        [agreement] acuerdo
        [reminder] recordatorio
        [draft] borrador
        [share] envío
       *[other] registro
    }; los ids tienen este aspecto: 0192f3a4-5b6c-7d8e-9f00-112233445566

## El diario y el registro de pensamientos. $field: el nombre de un campo de fecha, tal como se guarda.
error-entry-not-found = no hay ninguna entrada con el id { $id }; mira la lista de entradas para ver sus ids
error-entry-damaged = la entrada { $id } tiene daños y no se puede leer; las demás entradas no se ven afectadas
error-entry-changed = la entrada { $id } se cambió o se borró en otro lugar desde que se abrió
error-entry-too-large = la entrada es demasiado grande ({ $size } MB); una entrada puede tener hasta 8 MB de texto
error-bad-mood = el ánimo tiene que ser un número entero del 1 al 5
error-entry-date = entrada { $id }: `{ $field }` tiene que ser { date-range }; no se guardó nada
error-export-write = no se pudo escribir la exportación: { $reason }
error-worry-range = la fuerza de la preocupación va de 0 a { $max }
error-thought-record-empty = este registro de pensamientos está vacío; escribe al menos una respuesta antes de guardarlo

## Límites, hojas de expectativas y acuerdos.
error-tool-changed = { $kind ->
        [boundary] el límite
        [worksheet] la hoja de expectativas
        [agreement] el acuerdo
        [entry] la entrada
        [reminder] el recordatorio
        [draft] el borrador
        [share] el envío
       *[other] el registro
    } { $id } se cambió en otro lugar desde que se abrió; vuelve a abrir la página para ver el cambio
error-tool-too-large = es demasiado grande ({ $size } MB); aquí caben hasta { $max } MB de texto
error-empty-worksheet-title = el título de una hoja de expectativas no puede estar vacío
error-empty-area-name = el nombre de un área no puede estar vacío
error-empty-agreement = el texto de un acuerdo no puede estar vacío
error-empty-boundary = el texto de un límite no puede estar vacío
error-too-many-areas = una hoja de expectativas puede tener { $count ->
        [one] un área propia como mucho
       *[other] hasta { $count } áreas propias
    }
error-area-not-own = solo se puede quitar un área que añadiste tú; vacía las demás
error-middle-ground-first = escribe primero el punto medio acordado
error-no-such-area = esta hoja de expectativas no tiene el área `{ $area }`
error-not-a-category = `{ $category }` no es una categoría de límites; elige una de estas: { $known }
error-no-such-moment = este límite no tiene ningún momento con el número { $number }
error-no-removed-moment = no hay ningún momento quitado que volver a poner

## Recordatorios. $zone, $time: lo que se escribió, tal cual.
error-rule-no-days = un recordatorio semanal necesita al menos un día
error-rule-day = el día de un recordatorio mensual tiene que estar entre 1 y 31
error-rule-zone = `{ $zone }` no es una zona horaria que Trellis conozca; usa un nombre como America/Mexico_City o Europe/Madrid
error-rule-time = `{ $time }` no es una hora del día; usa el formato de 24 horas HH:MM, como 19:00
error-rule-date = el día de un recordatorio de una sola vez (`on`) tiene que ser { date-range }, como 2027-05-31
error-reminder-follows-date = este recordatorio sigue una fecha de revisión o de repaso; cambia esa fecha en su lugar
error-reminder-needs-words = un recordatorio propio necesita unas palabras que digan de qué se trata
reminder-default-title =
    { $purpose ->
        [checkin] Revisión semanal
        [journal] Unos minutos para tu diario
        [boundary-review] Repasa tus límites
       *[agreement-revisit] Revisa tus acuerdos
    }
reminder-about =
    { $purpose ->
        [agreement-revisit] Revisar un acuerdo: { $what }
       *[boundary-review] Repasar un límite: { $what }
    }

## La revisión semanal.
error-not-a-check-in = la entrada { $id } no es una revisión semanal; mira la lista de revisiones para ver sus ids
error-check-in-empty = esta revisión semanal está vacía; responde al menos una pregunta antes de guardarla
error-changed-agreement-needs-words = un acuerdo que cambia necesita sus palabras nuevas

## La pareja: tarjetas y envíos. $name: como la persona llama a su pareja. Un envío rechazado
## se dice como una frase y después «No se guardó nada.».
error-partner-not-connected = primero conéctate con tu pareja: se intercambian las tarjetas y se comparan las seis palabras
error-partner-connected = este Trellis ya está conectado con { $name }; olvida primero esa conexión
error-partner-locked = Trellis está bloqueado; desbloquéalo primero
error-not-a-card = esa no es una tarjeta de pareja de Trellis; empieza por “trellis-partner-1”
error-own-card = esa es la tarjeta de este mismo Trellis; pega la de tu pareja
error-partner-words-differ = esas no son las seis palabras de estas dos tarjetas; si la pantalla de tu pareja muestra otras palabras, una tarjeta cambió por el camino: no te conectes
error-partner-needs-name = ponle un nombre a tu pareja para mostrarlo en lo que comparta
error-share-no-worksheet = ese envío no trae ninguna hoja de expectativas
error-share-no-agreement = ese envío no trae ningún acuerdo en ese lugar
error-share-no-area = no hay nada que compartir: ninguna área de esta hoja de expectativas tiene algo escrito
error-share-no-boundaries = elige los límites que quieres compartir
error-share-not-a-check-in = esa entrada no es una revisión semanal
error-share-refused = { $why } No se guardó nada.
error-refused-not-a-share = Esto no es un envío de Trellis.
error-refused-too-large = Este archivo es demasiado grande para ser un envío de Trellis.
error-refused-not-for-us = Este envío no se hizo para este Trellis, o se cambió o se cortó por el camino.
error-refused-not-from-partner = Este envío no lo hizo el Trellis de { $name }.
error-refused-own-share = Este es un envío que hiciste tú; es para tu pareja.

## La sincronización entre equipos. $name: el nombre de un equipo.
error-sync-not-set-up = este equipo todavía no se sincroniza; elige primero una carpeta (`trellis sync folder`)
error-sync-set-up = este equipo ya se sincroniza a través de { $folder }
error-sync-folder-in-use = { $folder } ya guarda los cambios de un grupo de equipos; para añadir este equipo, únete a ellos (`trellis sync join`)
error-sync-not-a-folder = { $folder } no es una carpeta a través de la cual Trellis sincronice (no tiene folder-id); elige la carpeta que usa el otro equipo
error-sync-other-vault = la carpeta ahora pertenece a otro diario, así que no se leyó ni se escribió nada; vuelve a elegir la carpeta de este diario
error-sync-not-ours = la carpeta tiene cambios con el id de este equipo que este equipo no escribió (¿restauraste este diario desde una copia de seguridad, o lo copiaste desde otro equipo?); no se leyó ni se escribió nada. Deja de sincronizar aquí (`trellis sync leave`) y vuelve a unirte como un equipo nuevo
error-sync-removed = otro equipo quitó a este de la sincronización; no se leyó ni se escribió nada
error-sync-no-computer = ningún equipo `{ $name }` pide unirse ni se sincroniza aquí; `trellis sync devices` los muestra
error-sync-words-differ = esas palabras no coinciden con las de ese equipo; apruébalo solo cuando las dos pantallas muestren las mismas seis palabras
error-sync-no-name = ponle un nombre a este equipo (como «Portátil»), para que los demás lo distingan
error-sync-code-opens-nothing = ese código de recuperación no abre ninguna de las claves de los equipos de esta carpeta. Comprueba que sea el código de un equipo que se sincronizaba a través de esta carpeta (y que no se quitó), o únete con las seis palabras de un equipo que esté al día

## Copias de seguridad, instantáneas e importaciones. $why: uno de los mensajes de abajo, o las
## palabras del programa que leyó el archivo.
error-import-refused = { $why }; no se importó nada
error-backup-damaged = este archivo de copia de seguridad está dañado o incompleto ({ $why }); no se cambió nada
error-backup-passphrase = esa frase de contraseña no abre esta copia de seguridad
error-backup-too-costly = pide más trabajo que cualquier copia de seguridad de Trellis
error-backup-encrypted = esta es una copia de seguridad cifrada; escribe la frase de contraseña que elegiste para ella
error-backup-newer = esta copia de seguridad es de la versión { $version }, hecha por un Trellis más nuevo; actualiza Trellis para importarla
error-backup-no-version = esta copia de seguridad no dice su versión
error-not-json = esto no es JSON de Trellis ({ $reason })
error-not-a-backup = este JSON no es una copia de seguridad de Trellis (no tiene "format": "trellis-backup")
error-file-unexpected = el archivo no se lee como se esperaba: { $reason }
error-restore-not-empty = la carpeta { $path } no está vacía; una instantánea solo se restaura en una carpeta nueva
error-snapshot-unreadable = la instantánea nueva no se puede volver a leer
error-clock-unnameable = el reloj marca una hora que no cabe en un nombre de archivo
error-not-a-full-path = { $path } no es la ruta completa de una carpeta
error-folder-not-text = ese nombre de carpeta no es texto
error-folder-name-not-text = el nombre de carpeta { $path } no es un texto que Trellis pueda pasar a otro programa
error-no-temporary-name = no queda ningún nombre temporal libre en la carpeta de instantáneas
## Un registro de una importación que no se pudo escribir ($kind como arriba), y por qué (un
## recordatorio sin título, o lo que le puede pasar a cualquier registro).
error-import-record = { $kind ->
        [entry] entrada
        [boundary] límite
        [worksheet] hoja de expectativas
        [agreement] acuerdo
        [reminder] recordatorio
        [draft] borrador
        [share] envío
       *[other] registro
    } { $id }: { $why }
error-import-no-title = `title` está vacío
## Dónde está una fecha fuera de rango en una copia de seguridad de Trellis: $kind como arriba,
## $index contando desde 1, luego una versión anterior, luego un momento o un área ($part).
error-import-date = { $place }: `{ $field }` tiene que ser { date-range }
import-place = { $kind ->
        [entry] entrada
        [boundary] límite
        [worksheet] hoja de expectativas
        [agreement] acuerdo
       *[other] registro
    } { $index } (contando desde 1)
import-place-version = { $place }, versión anterior { $version }
import-place-part = { $place }, { $part ->
        [moment] momento
        [area] área
       *[other] parte
    } { $index }
## Lo que trae mal la exportación de otra app: $app es "jrnl" o "Day One"; $field el nombre de
## un campo en el archivo de esa app; $what uno de los mensajes error-field-.
error-not-an-export = esto no es una exportación de { $app }: no tiene una lista de "entries"
error-import-not-an-object = la entrada { $entry } (contando desde 1) no es un objeto
error-import-field = entrada { $entry } (contando desde 1): `{ $field }` { $what }
error-field-missing = no está
error-field-text = tiene que ser texto
error-field-tags = tiene que ser una lista de textos
error-field-list = tiene que ser una lista
error-field-true-or-false = tiene que ser true o false
error-field-too-large = es más grande de lo que cabe en una entrada (8 MB)
error-field-date = tiene que tener la forma 2024-05-31
error-field-time = tiene que tener la forma 21:05
error-field-date-time = tiene que ser una fecha como 2024-05-31T21:05:00Z
error-field-no-such-time = no existe en tu zona horaria
error-field-date-range = tiene que ser { date-range }
error-zip-unreadable = este zip no se puede leer ({ $reason })
error-no-day-one-journal = ahí no se encontró ningún diario de Day One (un archivo .json)
error-day-one-too-much = esta exportación de Day One se descomprime en más de { $max } MB de texto de diario, más de lo que Trellis lee en una sola importación (un zip puede estar hecho para descomprimirse mucho más allá de su tamaño); exporta menos diarios cada vez e impórtalos uno a uno
## Un archivo de una exportación de Day One que no se puede leer ($what: uno de los mensajes import-file).
error-import-unreadable = no se puede leer { $what } ({ $reason })
import-file-of-folder = un archivo de la carpeta
import-file-in-zip = { $name } dentro del zip
import-the-file = el archivo

## La biblioteca de artículos (un fallo en su contenido es un fallo de Trellis). $list: los
## idiomas, cada uno con su propio nombre.
error-library-content = el contenido de la biblioteca tiene un fallo de Trellis ({ $file }: { $problem })
error-no-article = no hay ningún artículo llamado `{ $name }`; `trellis library list` los muestra todos
error-library-language = la biblioteca no está escrita en `{ $lang }`; está en { $list }
error-library-index = no se pudo crear el índice de la biblioteca: { $reason }

## Imprimir: un documento que no se pudo maquetar es un fallo de Trellis. $what: uno de los
## mensajes print-what, con su artículo.
error-print-layout = Trellis no pudo maquetar { $what } (es un fallo de Trellis, no de lo que escribiste); por favor, avísanos
print-what-worksheet-blank = la hoja de expectativas en blanco
print-what-worksheet = la hoja de expectativas
print-what-boundaries = los límites
print-what-agreements = los acuerdos
print-what-recovery-kit = el kit de recuperación
print-what-packet = las notas para tu terapeuta

## Las fechas como el núcleo las escribe con palabras (el título de una revisión guardada, los
## documentos impresos): "domingo, 3 de mayo de 2026", "3 de mayo de 2026".
long-day = { $weekday }, { $day } de { $month } de { $year }
day-month-year = { $day } de { $month } de { $year }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
## "dom, 3 may 2026": un día en palabras cortas, como el comando `trellis` lista los recordatorios.
short-day = { $weekday }, { $day } { $month } { $year }
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

## La regla de un recordatorio en palabras: "cada domingo a las 19:00". $at: rule-at, dicho
## antes; $time: una hora de 24 horas, HH:MM; $hour: su hora (de 0 a 23), para decir "a la una";
## $date: un día en palabras (day-month-year); $days: los nombres de los días unidos con
## rule-days-and; $day: el día del mes (de 1 a 31; el último día del mes cuando es más corto).
rule-at = { $hour ->
        [1] a la
       *[other] a las
    } { $time }
rule-once = una vez, el { $date } { $at }
rule-daily = todos los días { $at }
rule-weekly = cada { $days } { $at }
rule-monthly = cada mes el día { $day } { $at }
# Los dos últimos días: "lunes, martes y viernes".
rule-days-and = { $rest } y { $last }

## Una revisión semanal guardada: su título y los apartados de la entrada del diario que se
## escribe con sus respuestas ($what: lo que la persona escribió, tal cual).
check-in-title = Revisión semanal, { $date }
check-in-last-try = Lo que tocaba probar la semana pasada
check-in-we-said = Dijimos que probaríamos: { $what }
check-in-how-it-went = Cómo fue: { $what }
check-in-went-well = Lo que fue bien
check-in-for-me = Para mí
check-in-for-partner = Para mi pareja
check-in-boundaries = Límites de los que hablamos
check-in-agreements = Acuerdos que volvimos a mirar
check-in-kept = se mantiene
check-in-changed = cambiado
check-in-retired = retirado
check-in-talked = lo hablamos, sin decidir nada todavía
check-in-on-our-minds = Algo que nos ronda la cabeza
check-in-from-me = De mi parte
check-in-from-partner = De parte de mi pareja
check-in-appreciations = Agradecimientos
check-in-try-next = Para probar la próxima semana
check-in-ledger-note = En nuestra revisión semanal

## La exportación legible en Markdown: los nombres de su carpeta y sus archivos (sin .md, en
## minúsculas, sin espacios), y los títulos y etiquetas de los archivos de límites, hojas,
## acuerdos y recordatorios. $date: una fecha como 2026-05-03; $whose, $status y $kind: el
## valor tal como lo guarda el JSON de la copia (mine, partners, ours; draft, needs_revisiting…;
## honoured, crossed).
md-folder-entries = entradas
md-file-entry = entrada
md-file-boundaries = limites
md-file-worksheets = hojas-de-expectativas
md-file-agreements = acuerdos
md-file-reminders = recordatorios
md-boundaries = Límites
md-whose = De quién: { $whose ->
        [mine] mío
        [partners] de mi pareja
       *[ours] nuestro
    }
md-category = Categoría: { $category }
md-boundary-status = Estado: { $status ->
        [draft] borrador
        [discussed] hablado
        [agreed] acordado
        [needs_revisiting] hay que revisarlo
       *[retired] retirado
    }
md-review-on = Revisarlo el: { $date }
md-why = Por qué importa
md-if-crossed = Si se cruza
md-moments = Momentos
md-moment = { $kind ->
        [honoured] respetado
       *[crossed] cruzado
    }
md-earlier-versions = Versiones anteriores
md-worksheets = Hojas de expectativas
md-mine = Lo que yo espero
md-theirs = Lo que espera mi pareja
md-middle = El punto medio
md-yes = sí
md-no = no
# Las cinco preguntas de la hoja, cada una con md-yes, md-no o "—" (sin responder).
md-check = Concreta: { $specific } · En su mano: { $in_control } · La cumpliría yo también: { $hold_myself } · Deja margen para ser flexibles: { $room_to_flex } · Nos deja libres a cada uno: { $leaves_free }
md-revisit-on = Volver a hablarlo el: { $date }
md-agreements = Acuerdos
md-agreement-status = Estado: { $status ->
        [new] aún sin revisar
        [kept] vigente
        [needs_revisiting] hay que revisarlo
        [renegotiated] renegociado
       *[retired] retirado
    }
md-earlier = Antes, { $date }: { $text }
md-reminders = Recordatorios
# $rule: la regla del recordatorio en palabras (rule-once, rule-weekly…); $zone: una zona
# horaria como Europe/Madrid.
md-when = Cuándo: { $rule } ({ $zone })
md-paused = En pausa

## Un registro que una copia o una exportación no pudo leer y dejó fuera; $kind como arriba, $id
## su id.
left-out-record = { $kind ->
        [entry] la entrada
        [boundary] el límite
        [worksheet] la hoja de expectativas
        [agreement] el acuerdo
        [reminder] el recordatorio
        [draft] el borrador
        [share] el envío
       *[other] el registro
    } { $id }
left-out-version = una versión anterior de { $kind ->
        [entry] la entrada
        [boundary] el límite
        [worksheet] la hoja de expectativas
        [agreement] el acuerdo
        [reminder] el recordatorio
        [draft] el borrador
        [share] el envío
       *[other] el registro
    } { $id }
