# Las palabras del comando `trellis`, en español: lo que escribe para las personas
# (confirmaciones, avisos, preguntas, las líneas alrededor del código de recuperación). Los ids,
# las fechas, las rutas y `--json` no se traducen; lo que va entre comillas invertidas es un
# comando o una opción, y se deja tal cual.

## Crear un diario, frases de contraseña y códigos de recuperación

init-created = Se creó un diario nuevo en { $dir }.
init-code-below = Abajo está tu código de recuperación. Solo se muestra esta vez.
init-write-it-down = Anótalo o imprímelo, y guárdalo en un lugar seguro y privado:
init-what-it-does = abre el diario y te deja poner una frase de contraseña nueva si olvidas la tuya.
passwd-changed = Frase de contraseña cambiada. Usa la nueva a partir de ahora; tu código de recuperación sigue funcionando.
passwd-resealing = Volviendo a sellar { $done } de { $total } registros…
passwd-rekeyed = Frase de contraseña cambiada y diario sellado con una clave nueva. Las copias antiguas del diario, la frase de contraseña antigua
passwd-rekeyed-old = y el código de recuperación antiguo no abren nada de lo que se escriba a partir de ahora.
passwd-new-code = Tu nuevo código de recuperación está abajo. Solo se muestra esta vez; guárdalo en un lugar privado:
recover-done = Acceso recuperado. Ahora el diario se abre con tu nueva frase de contraseña.
recover-code-still-works = Tu código de recuperación sigue funcionando. Si alguien más pudo verlo, crea uno nuevo ahora:
recovery-new-made = Se creó un código de recuperación nuevo; el anterior ya no abre el diario.
recovery-new-shown-once = Solo se muestra esta vez. Anótalo o imprímelo, y guárdalo en un lugar privado:
warning-weak-work-factor = aviso: un factor de trabajo de { $n } es débil; úsalo solo para pruebas y mediciones
error-no-data-folder = no se encontró tu carpeta de datos; usa --vault DIR o define TRELLIS_VAULT

## Pedir secretos

prompt-passphrase = Frase de contraseña
prompt-new-passphrase = Nueva frase de contraseña
prompt-repeat-passphrase = Repite la nueva frase de contraseña
prompt-backup-passphrase = Frase de contraseña de la copia de seguridad
passphrases-differ = las dos frases de contraseña no coinciden; no se cambió nada, vuelve a intentarlo
no-terminal = no se dio ninguna frase de contraseña y no hay una terminal donde pedirla; usa --passphrase-file FILE, TRELLIS_PASSPHRASE_FILE o TRELLIS_PASSPHRASE
secret-passphrase = frase de contraseña
secret-new-passphrase = nueva frase de contraseña
secret-recovery-code = código de recuperación
secret-backup-passphrase = frase de contraseña de la copia de seguridad
warning-readable-secret-file = aviso: otros usuarios pueden leer el archivo de { $what } { $file }; hazlo privado con `chmod 600`
error-read-secret-file = no se pudo leer el archivo de { $what } { $file }

## El diario

untitled = (sin título)
journal-damaged-row = (dañada: esta entrada no se puede leer)
journal-check-in = revisión semanal
journal-mood = ánimo { $mood }/5
journal-tags = etiquetas: { $tags }
journal-prompt = pregunta guía: { $prompt }
journal-about-boundary = sobre el límite { $id }
journal-about-agreement = sobre el acuerdo { $id }
journal-saved = Entrada { $id } guardada.
journal-deleted = Entrada { $id } borrada.
journal-no-match = Ninguna entrada coincide.
journal-nothing-today = No se escribió nada en este día en años anteriores.
journal-tags-and-no-tags = --no-tags quita todas las etiquetas; da etiquetas nuevas o --no-tags, no ambas cosas
search-no-words = escribe en la entrada estándar las palabras que buscas
warning-damaged-records = aviso: { $count ->
    [one] { $count } registro no se pudo leer (dañado)
   *[other] { $count } registros no se pudieron leer (dañados)
}: { $list }

## Imprimir

pages = { $count ->
    [one] { $count } página
   *[other] { $count } páginas
}
print-wrote = Se escribió { $file } ({ $pages }).
print-wrote-private = Se escribió { $file } ({ $pages }). Un PDF no está cifrado: guárdalo en privado o bórralo cuando termines.
print-name-a-worksheet = indica una hoja de expectativas (ID) o pide --blank
print-from-after-to = --from es posterior a --to; intercámbialos

## Instantáneas, copias de seguridad, exportación e importación

snapshot-taken = Instantánea tomada; se abre con la frase de contraseña y el código de recuperación que tiene ahora el diario.
snapshot-none = Aún no hay instantáneas. `trellis snapshot create` toma una.
snapshot-restored = Restaurada en { $dir }. Ábrela con `trellis --vault { $dir } …` y la frase de contraseña de la instantánea.
backup-wrote = Se { $count ->
    [one] escribió { $count } registro
   *[other] escribieron { $count } registros
} en { $file }. Se abre con la frase de contraseña que elegiste para ella, en Trellis o con `age -d`.
export-writing = Escribiendo { $done } de { $total } archivos…
export-done = Se exportaron { $entries } entradas, { $boundaries } límites, { $worksheets } hojas de expectativas, { $agreements } acuerdos y { $reminders } recordatorios a { $file }. Quien pueda abrirlo puede leerlo.
import-done = { $count ->
    [one] Se importó { $count } registro
   *[other] Se importaron { $count } registros
}; { $already } ya estaban aquí y se dejaron como estaban.
import-photos-skipped = { $count ->
    [one] Se omitió { $count } foto
   *[other] Se omitieron { $count } fotos
}: Trellis solo guarda texto.
warning-left-out = aviso: { $count ->
    [one] se dejó fuera { $count } registro dañado
   *[other] se dejaron fuera { $count } registros dañados
}: { $list }

## La biblioteca

library-in-english = Este artículo aún no está en tu idioma; aquí lo tienes en inglés.
library-no-match = Ningún artículo coincide.
error-read-file = no se pudo leer { $file }

## Lo que contiene una instantánea, y las instantáneas tras cambiar la clave

snapshot-holds = La instantánea contiene { $holds }.
snapshot-all-read = Se abre, y { $count ->
    [one] su registro y sus versiones anteriores se leen
   *[other] sus { $count } registros y sus versiones anteriores se leen
}.
snapshot-unreadable = no se puede leer
snapshot-damaged = { $count ->
    [one] { $count } no se puede leer
   *[other] { $count } no se pueden leer
}: { $list }
holds-none = ningún registro
holds-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
holds-boundaries = { $count ->
    [one] { $count } límite
   *[other] { $count } límites
}
holds-worksheets = { $count ->
    [one] { $count } hoja de expectativas
   *[other] { $count } hojas de expectativas
}
holds-agreements = { $count ->
    [one] { $count } acuerdo
   *[other] { $count } acuerdos
}
holds-reminders = { $count ->
    [one] { $count } recordatorio
   *[other] { $count } recordatorios
}
holds-drafts = { $count ->
    [one] { $count } revisión semanal sin guardar
   *[other] { $count } revisiones semanales sin guardar
}
# Los dos últimos de una lista: "12 entradas, 3 límites y 1 recordatorio".
list-and = { $rest } y { $last }
rekey-snapshots-replaced = Se { $count ->
    [one] borró { $count } instantánea hecha
   *[other] borraron { $count } instantáneas hechas
} con la clave antigua, y se tomó una nueva en su lugar: { $path }
rekey-snapshots-deleted = Se { $count ->
    [one] borró { $count } instantánea hecha
   *[other] borraron { $count } instantáneas hechas
} con la clave antigua. No se pudo tomar una nueva ahora; toma una con `trellis snapshot create`.
rekey-snapshots-not-changed = aviso: las instantáneas de { $folder } no se cambiaron (no se pudo llegar a la carpeta o cambiarla). Bórralas, o seguirán abriéndose con la frase de contraseña y el código de recuperación antiguos. La próxima instantánea que se tome ahí las reemplaza.

## Recordatorios

reminder-snoozed-all = { $count ->
    [one] Se pospuso { $count } recordatorio
   *[other] Se pospusieron { $count } recordatorios
}.
reminder-snoozed-until = Pospuesto hasta { $when }.
reminder-skipped = Omitido. El siguiente: { $when }.
reminder-paused = En pausa. Vuelve a avisarte cuando lo reanudes.
reminder-resumed = Reanudado. El siguiente: { $when }.
reminder-nothing-due = No hay nada pendiente.
reminder-wrote-ics = Se escribió { $file }. Sus títulos son neutros; las palabras de tus recordatorios se quedan en Trellis.
reminder-none = Aún no hay recordatorios. Añade uno: trellis reminder add checkin --every weekly --days sun --at 19:00
reminder-no-zone = No se pudo leer la zona horaria de este equipo, así que el recordatorio usa horas UTC. Para elegir su zona: trellis reminder edit { $id } --zone Europe/Madrid (o la tuya)
reminder-removed = Eliminado.
reminder-state-paused = en pausa
reminder-state-next = siguiente: { $when }
reminder-state-done = terminado
reminder-damaged = (sus palabras están dañadas y no se pueden leer)
reminder-words-shown = , con sus palabras a la vista
reminder-when-none = ninguno
reminder-when-never = nunca
reminder-not-an-instant = `{ $text }` no es un instante RFC 3339, como 2026-11-29T19:00:00+01:00
reminder-say-when = di a qué hora con --at HH:MM
reminder-once-needs-on = --every once necesita --on YYYY-MM-DD
reminder-monthly-needs-day = --every monthly necesita --day N
reminder-say-how-often = di cada cuánto con --every once|daily|weekly|monthly
reminder-weekly-needs-days = --every weekly necesita --days, como sun o mon,thu
reminder-not-a-day = `{ $text }` no es un día de la semana

## Límites, acuerdos, hojas de expectativas y revisiones semanales

boundary-damaged-row = (dañado: este límite no se puede leer)
boundary-none = Ningún límite coincide.
boundary-saved = Límite { $id } guardado; la versión anterior está en su historial.
boundary-logged = Anotado. En los últimos 30 días, se respetó { $honoured } { $honoured ->
    [one] vez
   *[other] veces
} y se cruzó { $crossed } { $crossed ->
    [one] vez
   *[other] veces
}.
boundary-retired = Límite { $id } retirado; conserva su historial.
boundary-deleted = Límite { $id } borrado, junto con su historial.
agreement-damaged-row = (dañado: este acuerdo no se puede leer)
agreement-none = Aún no hay acuerdos. Marca como acordado el punto medio de una hoja de expectativas para añadir uno.
agreement-saved = Acuerdo { $id } guardado; la versión anterior está en su historial.
worksheet-damaged-row = (dañada: esta hoja de expectativas no se puede leer)
worksheet-saved = Guardado.
worksheet-saved-agreement = Guardado; el punto medio es el acuerdo { $id } del registro de acuerdos.
worksheet-no-differences = No hay diferencias.
worksheet-no-area = esta hoja de expectativas no tiene ningún área `{ $area }`; sus áreas son: { $areas }
checkin-none = Aún no hay revisiones semanales. Haz la primera con: trellis checkin start
checkin-to-try = (para probar: { $what })
checkin-change-needs-words = el acuerdo { $id } va a cambiar: escribe sus nuevas palabras después de `Change { $id }:`

## Preguntar cada campo en una terminal (los nombres de los campos del formulario, `Title:`, no cambian)

ask-last-try-note = Cómo fue lo que ibas a probar la semana pasada
ask-well-me = Una cosa que me fue bien a mí
ask-well-partner = Una cosa que le fue bien a mi pareja
ask-boundary-note = Una nota sobre un límite
ask-agreement-change = Un acuerdo que se mantiene con otras palabras
ask-mind-me = Una cosa que tengo en mente
ask-mind-partner = Una cosa que mi pareja tiene en mente
ask-thanks-me = Un agradecimiento de mi parte
ask-thanks-partner = Un agradecimiento de mi pareja
ask-try-next = Una cosa para probar la semana que viene
ask-title = Título
ask-tags = Etiquetas, separadas por comas
ask-entry-body = Escribe la entrada
ask-search = Buscar
ask-packet-tags = Solo las entradas con alguna de estas etiquetas, separadas por comas
ask-reminder-title = Sus propias palabras (Enter para ninguna)
ask-reminder-note = Una nota más larga (Enter para ninguna)
ask-agreement-text = El acuerdo
ask-change-note = Una nota que se guarda con este cambio
ask-boundary-text = El límite
ask-boundary-why = Por qué es importante
ask-boundary-if-crossed = Qué haré si se cruza
ask-short-note = Una nota breve (Enter para ninguna)
ask-worksheet-title = Su título
ask-mine = Lo que yo espero
ask-theirs = Lo que espera mi pareja
ask-middle = El punto medio
ask-body-end = { $ask } (termina con { $keys } en una línea aparte):
ask-body-end-editing = { $ask } (termina con { $keys } en una línea aparte; { $keys } solo lo deja como está):
ask-keeps = { $ask } (Enter lo deja como está)

## Leer las palabras de un formulario (los nombres de los campos no cambian)

words-read-file = no se pudo leer el archivo de palabras { $file }
words-not-a-field-line = la línea { $line } de las palabras no es `Campo: valor`; los campos aquí son: { $fields }
words-not-json = las palabras no son JSON válido (línea { $line }, columna { $column })
words-json-not-an-object = las palabras en JSON son un solo objeto con sus campos
words-unknown-field = las palabras tienen un campo que este comando no usa; sus campos son: { $fields }
words-list-not-text = el campo { $field } tiene una lista de algo que no es texto
words-not-text = el campo { $field } no es texto
words-read-written = no se pudo leer lo que se escribió
words-read-answer = no se pudo leer la respuesta
words-read-stdin = no se pudieron leer las palabras de la entrada estándar

## Mostrar límites, acuerdos y hojas de expectativas (el nombre de una opción, como `active`, no cambia)

boundary-review-due = REVISIÓN PENDIENTE
boundary-tally-30 = 30 días: respetado { $honoured }, cruzado { $crossed }
boundary-tally = Últimos 30 días: respetado { $honoured_30 }, cruzado { $crossed_30 } · últimos 90 días: respetado { $honoured_90 }, cruzado { $crossed_90 }
boundary-review-on = revisar el { $on }
boundary-why = Por qué es importante
boundary-if-crossed = Si se cruza
boundary-note = Nota
boundary-moments = Momentos
agreement-revisit = revisar el { $on }
agreement-due = PENDIENTE
agreement-revisit-on = revisar el { $on }
your-partner = Tu pareja
history = Historial
timeline-created = creado
timeline-changed = cambiado
worksheet-filled-in = { $filled } de { $total } áreas completadas
worksheet-area-added = añadida
worksheet-area-removed = quitada
worksheet-area-changed = cambiada: { $fields }
worksheet-mine = Lo que yo espero
worksheet-theirs-told = Lo que espera mi pareja (según me dijo)
worksheet-theirs-understood = Lo que espera mi pareja (según lo entiendo)
worksheet-middle = Punto medio
# Cada comprobación es `yes`, `no` o `unknown` (aún sin responder).
worksheet-checks = Concreta: { $specific ->
    [yes] sí
    [no] no
   *[unknown] –
} · Depende de mi pareja: { $in_control ->
    [yes] sí
    [no] no
   *[unknown] –
} · Yo también la cumpliría: { $hold_myself ->
    [yes] sí
    [no] no
   *[unknown] –
} · Deja margen: { $room_to_flex ->
    [yes] sí
    [no] no
   *[unknown] –
} · Nos deja libres a los dos: { $leaves_free ->
    [yes] sí
    [no] no
   *[unknown] –
}
worksheet-revisit-on = Revisar el { $on }
worksheet-agreed = Acordado: acuerdo { $id }
not-a-choice = `{ $text }` no es una de las opciones aquí

## La revisión semanal guiada (las respuestas y/n y k/c/r no cambian)

checkin-unsaved = Empezaste una revisión semanal y no la guardaste; sus respuestas se conservan.
checkin-go-on = ¿Sigues desde ellas? [Y/n; n empieza de nuevo y las descarta]
checkin-ended-before-start = las respuestas terminaron antes de empezar la revisión semanal; las respuestas anteriores se siguen conservando
checkin-answer-y-n = Responde y (sí) o n (no), por favor.
checkin-intro = Revisión semanal. Unos veinte minutos; pulsa Enter para saltar una pregunta.
checkin-intro-kept = Cada respuesta se guarda tal como la das: si paras, `trellis checkin start` sigue desde ahí.
checkin-last-time = La última vez ({ $on }) dijiste que probarías: { $try }
checkin-how-did-it-go = ¿Cómo fue?
checkin-went-well = Lo que fue bien
checkin-boundaries-since = Límites desde { $since }
checkin-no-moments = No se anotó ningún momento desde entonces.
checkin-honoured = respetado
checkin-crossed = cruzado
checkin-anything-to-say = ¿Algo que decir sobre esto? (Enter para seguir)
checkin-kept-from-before = (guardado de antes) { $answer }
checkin-agreements-due = Acuerdos que toca revisar
checkin-none-due = No toca revisar ninguno.
checkin-decision-keep = mantenerlo
checkin-decision-change = cambiarlo
checkin-decision-retire = retirarlo
checkin-decision-talked = lo hablamos, aún sin decidir
checkin-keep-change-retire = ¿Mantenerlo (k), cambiarlo (c) o retirarlo (r)? [k/c/r, Enter para más tarde]
checkin-answer-k-c-r = Responde k, c o r, o pulsa Enter, por favor.
checkin-the-new-words-were = las nuevas palabras: { $words }
checkin-the-new-words = Las nuevas palabras
checkin-needs-new-words = Un acuerdo que cambia necesita sus nuevas palabras.
checkin-on-my-mind = Una cosa que tengo en mente (puedes saltarte esto)
# Cómo sacar con cuidado una cosa que tienes en mente (la pantalla de la app dice lo mismo).
checkin-mind-turns = Por turnos. Empieza con "Me siento … con … y necesito …", sobre una sola cosa, sin culpas.
checkin-mind-listen = La otra persona escucha y repite lo que oyó antes de responder.
checkin-appreciations = Agradecimientos
checkin-next-week = La semana que viene
checkin-ended-before-end = las respuestas terminaron antes que la revisión semanal; no se guardó, pero las respuestas dadas se conservan: `trellis checkin start` sigue desde ellas

## Sincronizar con tus otros equipos a través de una carpeta (`trellis sync`). Los números y
## las seis palabras no cambian.

sync-started = Este equipo ya se sincroniza a través de { $folder }; { $count ->
    [one] se escribió { $count } cambio
   *[other] se escribieron { $count } cambios
} allí.
sync-on-the-other = En tu otro equipo: trellis sync join <la misma carpeta, tal como se ve allí> --name <su nombre>
sync-joined-with-code = Este equipo se unió con el código de recuperación y ya está al día: { $count ->
    [one] leyó { $count } cambio
   *[other] leyó { $count } cambios
}.
sync-if-code-lost = Si el equipo de ese código se perdió, quítalo desde un equipo que esté al día (`trellis sync remove`).
sync-asks-to-join = Este equipo pide unirse. En un equipo que ya esté al día, ejecuta `trellis sync devices`
sync-compare-words = y comprueba que muestra estas seis palabras; después apruébalo con ellas:
sync-approved-now = Este equipo ya tiene acceso y está al día.
sync-wrote-read = Se { $sent ->
    [one] escribió { $sent } cambio
   *[other] escribieron { $sent } cambios
} y se { $received ->
    [one] leyó { $received }
   *[other] leyeron { $received }
}.
sync-two-at-once = { $count ->
    [one] Uno era
   *[other] { $count } eran
} sobre algo que se cambió en dos equipos a la vez: se conservan las dos versiones (`trellis sync status`).
# $what: lo que la sincronización espera, con las palabras del núcleo.
sync-waiting = En espera: { $what }.
sync-approved = { $id } ya tiene acceso. Recibirá todo en su próxima sincronización.
sync-removed = Se quitó { $id }: no leerá nada de lo que se escriba a partir de ahora. Conserva lo que ya tenía.
sync-left = Este equipo ya no se sincroniza. Sus registros se quedan aquí; la carpeta se deja como está.
sync-reading = { $count ->
    [one] Se leyó { $count } cambio…
   *[other] Se leyeron { $count } cambios…
}
sync-folder = Carpeta: { $folder }
sync-this-computer = Este equipo: { $name } ({ $id })
sync-waiting-words = Esperando a que lo aprueben; las seis palabras que hay que comparar: { $words }
sync-not-written = Cambios que aún no se escribieron en la carpeta: { $count }
# $engine: el programa que mantiene una carpeta sincronizada (Syncthing, Dropbox…).
sync-vault-in-synced-folder = Aviso: el propio diario está dentro de una carpeta que { $engine } mantiene sincronizada. Si dos equipos escriben en la misma base de datos, la dañan: saca el diario de esa carpeta y sincroniza solo a través de la carpeta compartida.
sync-two-computers = Cambiado en dos equipos a la vez (se conservan las dos versiones):
computer-this-one = este equipo
computer-in-step-since = al día, último cambio { $at }
computer-in-step = al día
computer-asks-to-join = pide unirse; sus palabras: { $words }
computer-removed = quitado
computer-no-name = (aún sin nombre)

## Tu pareja y lo que compartes con ella (`trellis partner`, `trellis share`). $name: como la
## persona llama a su pareja; la respuesta y/N no cambia.

partner-card = La tarjeta de este Trellis (dásela a tu pareja; no contiene ningún secreto):
partner-connected-since = Hay conexión con { $name } desde el { $since }; las palabras eran: { $words }.
partner-none = Todavía no hay conexión con tu pareja.
partner-read-card = no se pudo leer la tarjeta de { $file }
partner-ask-name = ¿Qué nombre usas para tu pareja? (se muestra en lo que comparta contigo)
partner-read-name = no se pudo leer el nombre
partner-words-shown = La pantalla de tu pareja debería mostrar estas seis palabras:
partner-other-words = Si muestra otras palabras, no te conectes. Escribe las palabras para conectarte:
partner-read-words = no se pudieron leer las palabras
partner-connected = Conexión hecha con { $name }. Lo que compartas se lo queda: no hay forma de deshacer un envío.
partner-forgot = Se olvidó la conexión. Los envíos que guardaste aquí se quedan.
share-no-agreement = ese envío no trae ningún acuerdo
share-kept-agreement = Ya está en tus acuerdos (id { $id }).
share-opened-before = Este envío ya se había abierto; no se guardó nada nuevo.
share-kept = Se guardó un envío de { $name } (id { $id }):
share-filled-worksheet = Se completó lo que espera tu pareja en la hoja de expectativas { $id }, según te lo dijo.
share-none = Tu pareja aún no te ha enviado nada.
# Un envío en la lista: $what es lo que trae ("hoja de expectativas, límites").
share-from = de { $name }: { $what }
share-exactly-this = Esto es exactamente lo que verá { $name }:
share-never-owed = Compartir nunca es una obligación. No se puede deshacer: su copia es suya.
share-write-it = ¿Lo escribo en { $file }? [y/N]
share-nothing-written = no se escribió nada
share-wrote = Se escribió { $file }. Dáselo a { $name } como prefieras: una memoria USB, un mensaje, una carpeta que usen los dos.
shared-worksheet = hoja de expectativas
shared-boundaries = límites
shared-agreement = acuerdo
shared-letter = carta
shared-check-in = revisión semanal
# Un elemento compartido tal como se muestra: $title es su propio título, $on su día (AAAA-MM-DD).
shown-worksheet = Hoja de expectativas «{ $title }» ({ $on })
shown-middle = punto medio
shown-boundaries = Límites
shown-why = por qué
shown-if-crossed = si se cruza
shown-agreement = Acuerdo
shown-version-agreed = versión { $version }, aceptada el { $on }
shown-version = versión { $version }
shown-letter = Carta «{ $title }» ({ $on })
# En qué punto está un acuerdo que tienes con tu pareja. $partner: como la llamas; $on: un día
# con palabras; $agreed: la versión que aceptaron los dos, cuando las palabras cambiaron después.
standing-both-on = Los dos aceptaron la versión { $version } el { $on }.
standing-both = Los dos aceptaron la versión { $version }.
standing-mine = Aceptaste la versión { $version } el { $on }; { $partner } todavía no ha dicho nada.
standing-theirs = { $partner } aceptó la versión { $version } el { $on }; compártelo de vuelta con --agree para decir que tú también.
standing-changed = Los dos aceptaron la versión { $agreed } el { $on }; desde entonces las palabras han cambiado (ahora es la versión { $version }).
standing-held = Compartido con { $partner }: versión { $version }.
