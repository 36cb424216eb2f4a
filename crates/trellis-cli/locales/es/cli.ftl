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
answer-yes-no = s sí si / n no
answer-keep-change-retire = m mantener mantenerlo / c cambiar cambiarlo / r retirar retirarlo
checkin-go-on = ¿Sigues desde ellas? [S/n; n empieza de nuevo y las descarta]
checkin-ended-before-start = las respuestas terminaron antes de empezar la revisión semanal; las respuestas anteriores se siguen conservando
checkin-answer-y-n = Responde s (sí) o n (no), por favor.
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
checkin-keep-change-retire = ¿Mantenerlo, cambiarlo o retirarlo? [m/c/r, Enter para más tarde]
checkin-answer-k-c-r = Responde m, c o r, o pulsa Enter, por favor.
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
sync-waiting =
    { $for ->
        [folder] En espera: la carpeta { $folder } no está (¿una unidad sin conectar?).
        [approval] En espera: este equipo espera que lo aprueben en un equipo ya sincronizado; las palabras que hay que comparar: { $words }.
        [file] En espera: aún no ha llegado un archivo del equipo { $computer }.
        [whole_file] En espera: un archivo del equipo { $computer } aún no ha llegado del todo (o no se puede leer).
       *[other_computer] En espera: los cambios del equipo { $computer } esperan los de otro equipo.
    }
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
sync-two-computers-line =
    { $at } { $kind ->
        [entry] entrada
        [boundary] límite
        [worksheet] hoja de trabajo
        [agreement] acuerdo
        [reminder] recordatorio
        [draft] borrador
        [safety_check] comprobación privada
        [share] compartido por tu pareja
       *[other] registro
    } { $id } ({ $what ->
        [changed_then_deleted] cambiado en dos equipos y luego borrado: se guarda la otra versión
        [deleted_and_changed] borrado en un equipo y cambiado en otro: se guarda
       *[changed] cambiado en dos equipos
    })
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
share-write-it = ¿Lo escribo en { $file }? [s/N]
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

## `--help`: lo que hace cada comando y cada opción, y las palabras propias de clap.
## help-<comando>-<subcomando>: un comando; help-arg-<nombre>: una opción o un argumento que se
## dice igual dondequiera que esté; help-<comando>-arg-<nombre>: uno que se dice distinto en ese
## comando. FILE, DIR, N y similares nombran lo que toma una opción: se dejan tal cual.

help-usage = Uso:
help-commands = Comandos
help-arguments = Argumentos
help-options = Opciones
help-help = Muestra esta ayuda o la del subcomando o subcomandos indicados
help-arg-help = Muestra la ayuda
help-arg-version = Muestra la versión
help-arg-help-more = Muestra la ayuda (con más detalle con '--help')
help-arg-help-summary = Muestra la ayuda (un resumen con '-h')
help-trellis = Trellis: un diario privado y cifrado para trabajar los problemas de confianza.
help-trellis-after = Lo que escribes nunca es un argumento (otros usuarios podrían leerlo, y tu terminal lo guarda): los comandos lo leen de la entrada estándar como líneas `Campo: valor` y luego el texto (o JSON), de --from-file FILE, o te lo preguntan en una terminal.
help-arg-vault = La carpeta del diario [por defecto: $TRELLIS_VAULT; si no, la carpeta de datos del sistema]
help-arg-passphrase-file = Lee la frase de contraseña de la primera línea de FILE [variable de entorno: TRELLIS_PASSPHRASE_FILE]
help-init = Crea un diario nuevo; escribe el código de recuperación una sola vez, como última línea
help-init-arg-kdf-work-factor = Factor de trabajo de scrypt (log2 N). Por debajo de 18 es débil: solo para pruebas y mediciones
help-arg-recovery-kit = Escribe también en FILE el kit de recuperación (un PDF con el código y cómo usarlo)
help-arg-paper = El papel del kit de recuperación
help-journal = Escribe, lee y busca entradas del diario
help-journal-add = Añade una entrada; escribe su id. Su título, sus etiquetas y su texto (Markdown) se leen de la entrada estándar como líneas `Title: …` y `Tags: a, b`, y luego el texto; o te los pregunta en una terminal
help-arg-mood = Ánimo, de 1 (bajo) a 5 (bueno)
help-arg-prompt = El id de la pregunta guía que responde esta entrada
help-arg-from-file = Lee las palabras (líneas `Campo: valor` y luego el texto; o JSON) de FILE; `-` es la entrada estándar. Sin esta opción: la entrada estándar si llega por una tubería; si no, te pregunta cada campo
help-journal-list = Lista las entradas, la más reciente primero
help-journal-list-arg-limit = Cuántas mostrar
help-arg-offset = Cuántas saltar primero
help-arg-json = Escribe JSON
help-journal-show = Muestra una entrada
help-journal-edit = Cambia una entrada: solo cambian los campos que des. Las palabras nuevas se leen como en `add` (un campo que no des se queda como está)
help-arg-no-tags = Quita todas las etiquetas
help-arg-no-mood = Quita el ánimo
help-journal-delete = Borra una entrada
help-journal-search = Busca en los títulos, los textos y las etiquetas las palabras que se leen de la entrada estándar (o que te pregunta); la última palabra vale también como comienzo de palabra
help-journal-search-arg-limit = Cuántos resultados como mucho
help-journal-today = Las entradas escritas en este mismo día en años anteriores
help-journal-tags = Las etiquetas, con cuántas entradas lleva cada una
help-boundary = Límites: add, list, show, edit, history, log (anotar momentos), retire, delete
help-boundary-add = Añade un límite; escribe su id. Sus palabras se leen de la entrada estándar: líneas `Why:`, `If crossed:` y `Note:`, y luego el texto del límite (o te las pregunta en una terminal)
help-arg-category = El id de una categoría de límites [por defecto: emotional]
help-arg-review-on = Cuándo volver a revisarlo
help-boundary-list = Lista los límites: primero los que toca revisar, al final los retirados
help-boundary-list-arg-category = El id de una categoría (lo muestra `trellis library categories`)
help-arg-search = Solo los límites que contienen las palabras que se leen de la entrada estándar (o que te pregunta)
help-boundary-show = Muestra un límite, sus momentos anotados y sus cuentas
help-boundary-edit = Cambia un límite: solo cambian los campos que des; la versión anterior se guarda. Las palabras nuevas se leen como en `add` (un campo que no des se queda como está)
help-arg-no-review = Quita la fecha de revisión
help-boundary-history = Su historial: cada cambio con su nota, el más reciente primero
help-boundary-log = Anota un momento en que el límite se respetó o se cruzó; una nota breve se lee de la entrada estándar (o te la pregunta)
help-boundary-log-arg-on = El día en que pasó [por defecto: hoy]
help-boundary-retire = Retira un límite: se queda, con su historial, marcado como retirado. El porqué, en pocas palabras, se lee de la entrada estándar (o te lo pregunta)
help-boundary-delete = Borra un límite y su historial
help-worksheet = Hojas de expectativas: new, list, show, fill, compare
help-worksheet-new = Empieza una hoja de expectativas; escribe su id. Su título se lee de la entrada estándar (o te lo pregunta)
help-worksheet-new-arg-on = Su fecha [por defecto: hoy]
help-worksheet-new-arg-from = Trae las respuestas de esta hoja de expectativas
help-worksheet-list = Lista las hojas de expectativas, la más reciente primero
help-worksheet-show = Muestra una hoja de expectativas, área por área
help-worksheet-show-arg-all = Incluye las áreas vacías
help-worksheet-fill = Completa un área: solo cambian las respuestas que des. Las palabras se leen de la entrada estándar como líneas `Mine:`, `Theirs:` y `Middle:` (el punto medio), o te las pregunta
help-arg-area = El id del área (lo muestra `trellis worksheet show ID --all`)
help-arg-told = Mi pareja me dijo lo que espera (si no: según lo entiendo)
help-arg-understood = Lo que espera mi pareja es según lo entiendo
help-arg-specific = ¿Es concreta?
help-arg-in-control = ¿Depende de mi pareja?
help-arg-hold-myself = ¿Yo también la cumpliría?
help-arg-room-to-flex = ¿Deja margen?
help-arg-leaves-free = ¿Nos deja libres a los dos (amistades, privacidad, dinero, decir que no)?
help-arg-revisit-on = Cuándo volver a mirarlo
help-arg-agreed = Marca el punto medio como acordado: pasa al registro de acuerdos
help-worksheet-compare = Compara dos hojas de expectativas, área por área
help-agreement = El registro de acuerdos: list, show, edit
help-agreement-list = Lista los acuerdos: primero los que toca revisar
help-agreement-show = Muestra un acuerdo y su historial
help-agreement-edit = Cambia un acuerdo: solo cambian los campos que des; la versión anterior se guarda. Las palabras nuevas se leen de la entrada estándar: una línea `Note:` y luego el texto nuevo (o te las pregunta)
help-arg-no-revisit = Quita la fecha de revisión
help-reminder = Recordatorios: list, add, edit, remove; snooze, skip, pause, resume, due y export-ics usan solo el horario y no piden la frase de contraseña
help-reminder-list = Lista los recordatorios con sus palabras, el más próximo primero
help-reminder-add = Añade un recordatorio; escribe su id. Sus palabras (uno tuyo propio las necesita) se leen de la entrada estándar: una línea `Note:` y luego el título; o te las pregunta en una terminal
help-arg-purpose = Para qué es
help-arg-every = Cada cuánto
help-arg-on = Para --every once: el día
help-arg-days = Para --every weekly: los días, como sun o mon,thu
help-arg-day = Para --every monthly: el día del mes (el último día cuando el mes es más corto)
help-arg-at = La hora local, de 24 horas, HH:MM
help-arg-zone = Una zona IANA como Europe/Madrid [por defecto: la de este equipo]
help-arg-show-words = Deja que las notificaciones muestren sus palabras mientras Trellis está desbloqueado: yes o no
help-reminder-edit = Cambia un recordatorio: solo cambian las opciones que des. Las palabras nuevas se leen como en `add` (un campo que no des se queda como está)
help-reminder-remove = Quita un recordatorio
help-reminder-snooze = Pospone un recordatorio, o todos los que avisarían antes de que acabe el aplazamiento (sin frase de contraseña)
help-reminder-snooze-arg-id = El recordatorio (o --all)
help-arg-how = 10m, 1h o tomorrow (mañana a las 09:00)
help-reminder-skip = Omite lo que viene: un aplazamiento pendiente o, si no hay, su próxima vez (sin frase de contraseña)
help-reminder-pause = Pone un recordatorio en pausa hasta que lo reanudes (sin frase de contraseña)
help-reminder-resume = Reanuda un recordatorio en pausa a partir de ahora; lo que habría avisado mientras tanto ya no avisa
help-reminder-due = Lo que avisaría en INSTANT, sin anotar nada (sin frase de contraseña)
help-reminder-due-arg-at = Un instante RFC 3339 [por defecto: ahora]
help-reminder-export-ics = Escribe los recordatorios como un archivo iCalendar con títulos neutros (sin frase de contraseña)
help-reminder-export-ics-arg-out = Dónde escribirlo; nunca se escribe encima de un archivo que ya existe
help-checkin = La revisión semanal: start (guiada, o con todas las respuestas de un archivo), list, show
help-checkin-start = Hace la revisión semanal de esta semana: te hace cada pregunta por turno (una respuesta por línea), guarda cada respuesta tal como la das y, al final, la revisión; escribe su id. Si quedan respuestas de una que no se guardó, primero te pregunta si seguir desde ellas (y o n). Con `--from-file` (o --kept o --retire) no pregunta nada y guarda lo que dicen
help-arg-kept = Un acuerdo que toca revisar y que sigue funcionando (repítelo para más)
help-arg-retire = Un acuerdo que retirar (repítelo para más)
help-checkin-start-arg-from-file = Lee todas las respuestas de FILE (`-`: la entrada estándar) como líneas `Campo: valor`: Last try note, Well me, Well partner, Boundary ID (una nota sobre ese límite), Change ID (las nuevas palabras de un acuerdo), Mind me, Mind partner, Thanks me, Thanks partner, Try next; o como JSON con esos campos
help-checkin-list = Lista las revisiones semanales, la más reciente primero
help-checkin-show = Muestra una revisión semanal
help-print = Imprime en PDF: la hoja de expectativas (en blanco o completada), los límites, los acuerdos, las notas para tu terapeuta
help-print-worksheet = La hoja de expectativas: una guardada, por su ID, o en blanco para completarla a mano
help-print-worksheet-arg-id = La hoja de expectativas que imprimir (`trellis worksheet list` muestra los ids)
help-arg-blank = Imprime una hoja de expectativas en blanco, con todas las áreas y espacio para escribir
help-print-worksheet-arg-out = El PDF nuevo (nunca se escribe encima de otro)
help-print-boundaries = Los límites, con su porqué, lo que haré y la fecha de revisión (por defecto, los acordados)
help-print-boundaries-arg-all = Todos los límites que no están retirados, no solo los acordados
help-print-agreements = El registro de acuerdos, con los que toca hablar marcados
help-print-packet = Notas para tu terapeuta: las entradas que marques (--entry) o un intervalo de fechas (con etiquetas), su gráfico de ánimo, y los límites y acuerdos que nombres. Nada más
help-print-packet-arg-from = El primer día (YYYY-MM-DD) [por defecto: 30 días antes de --to]
help-print-packet-arg-to = El último día (YYYY-MM-DD) [por defecto: hoy]
help-arg-tagged = Solo las entradas del intervalo con alguna de las etiquetas que se leen de la entrada estándar, separadas por comas (o que te pregunta): las etiquetas son palabras privadas, nunca argumentos
help-arg-entries = Exactamente estas entradas, sea cual sea el intervalo (repítelo)
help-arg-boundaries = Incluye este límite (repítelo)
help-arg-agreements = Incluye este acuerdo (repítelo)
help-library = Lee y busca en la biblioteca de artículos (no hace falta un diario)
help-arg-lang = El idioma en que leer la biblioteca [por defecto: el de LC_ALL, LC_MESSAGES o LANG si la biblioteca está escrita en él; si no, inglés]
help-library-list = Lista los artículos en orden de lectura
help-library-read = Lee un artículo como texto simple
help-library-search = Busca en los artículos las palabras que se leen de la entrada estándar (o que te pregunta): lo que buscas dice algo de ti, así que no es un argumento
help-library-categories = Lista las categorías de límites (los ids para `trellis boundary add --category`)
help-library-areas = Lista las áreas de la hoja de expectativas (los ids para `trellis worksheet fill`)
help-library-render = Escribe el HTML saneado de cualquier archivo Markdown (para ver cómo queda tu propio contenido)
help-passwd = Cambia la frase de contraseña
help-arg-new-passphrase-file = Lee la nueva frase de contraseña de FILE (si no, te la pregunta dos veces)
help-passwd-arg-kdf-work-factor = Factor de trabajo de scrypt para la nueva frase de contraseña [por defecto: 18]
help-arg-rekey = Cambia también la clave del diario: todas las entradas se vuelven a sellar, se escribe un código de recuperación nuevo (última línea), y una copia antigua del diario con la frase de contraseña o el código antiguos no abre nada de lo que se escriba a partir de ahora
help-recovery = Códigos de recuperación
help-recovery-new = Crea un código de recuperación nuevo (pide la frase de contraseña); el anterior deja de funcionar. Escribe el código nuevo una sola vez, como última línea
help-recover = Desbloquea con el código de recuperación y pone una frase de contraseña nueva
help-recover-arg-recovery-code-file = Lee el código de recuperación de FILE
help-export = Exporta todo lo que se puede leer (sin cifrar, a propósito): JSON en FILE, o Markdown en DIR
help-export-arg-out = Dónde escribirlo; nunca se escribe encima de un archivo que ya existe ni en una carpeta que no está vacía
help-import = Importa desde jrnl, Day One o Trellis, todo o nada; una segunda importación no añade nada
help-import-arg-backup-passphrase-file = Para una copia de seguridad .age de Trellis: lee su frase de contraseña de FILE (si no, te la pregunta)
help-snapshot = Instantáneas: copias selladas del diario
help-snapshot-create = Toma una instantánea ahora (sellada como el diario; no pide la frase de contraseña)
help-arg-folder = Dónde ponerla [por defecto: la carpeta elegida en los ajustes; si no, `snapshots` dentro del diario]
help-arg-keep = Cuántas instantáneas conservar [por defecto: el ajuste, 10]
help-snapshot-list = Lista las instantáneas, la más reciente primero
help-snapshot-verify = Comprueba que una instantánea se abre y que todos sus registros se leen, sin restaurarla
help-snapshot-verify-arg-recovery-code-file = La abre con el código de recuperación de FILE en lugar de con la frase de contraseña
help-snapshot-restore = Restaura una instantánea en una carpeta nueva (nunca encima de un diario)
help-snapshot-restore-arg-to = La carpeta del diario nuevo: no debe existir todavía, o debe estar vacía
help-backup = La copia de seguridad portátil: un archivo age con todo
help-backup-create = Escribe todos los registros en un archivo age, cifrado con una frase de contraseña elegida para él (también se abre con `age -d`)
help-backup-create-arg-out = El archivo nuevo (nunca se escribe encima de otro), por ejemplo trellis-backup.age
help-backup-create-arg-backup-passphrase-file = Lee la frase de contraseña de la copia de FILE (si no, te la pregunta dos veces)
help-backup-create-arg-kdf-work-factor = Factor de trabajo de scrypt [por defecto: 18]
help-sync = Tus equipos al día a través de una carpeta compartida: folder, join, now, status, devices, approve, remove, leave
help-sync-folder = Empieza a sincronizar a través de FOLDER (vacía o nueva), como primer equipo
help-sync-folder-arg-name = El nombre de este equipo, tal como lo mostrarán los demás ("Portátil")
help-sync-join = Se une a los equipos que se sincronizan a través de FOLDER; escribe seis palabras que comparar en un equipo que ya esté al día, que es el que aprueba a este (`trellis sync approve`). Si no tienes a mano ningún equipo al día (se perdió), se une con su código de recuperación
help-sync-join-arg-name = El nombre de este equipo, tal como lo mostrarán los demás ("Escritorio")
help-sync-join-arg-recovery-code-file = Se une con el código de recuperación (leído de FILE) de un equipo que se sincronizaba a través de FOLDER, en lugar de con las seis palabras
help-sync-now = Sincroniza una vez ahora: escribe lo que cambió aquí y lee lo que escribieron los demás
help-sync-status = En qué punto está este equipo: la carpeta, los equipos, lo que queda pendiente
help-sync-devices = Los equipos: al día, pidiendo unirse (con sus seis palabras), quitados
help-sync-approve = Deja entrar a un equipo que pide unirse, después de comparar las seis palabras que muestra su pantalla
help-sync-approve-arg-id = El comienzo de su id (de `trellis sync devices`)
help-sync-approve-arg-words = Las seis palabras que muestra su pantalla, escritas aquí
help-sync-remove = Quita un equipo: la carpeta recibe una clave nueva que ese equipo no tiene. Conserva lo que ya tenía
help-sync-leave = Deja de sincronizar en este equipo (los registros se quedan; la carpeta se deja como está)
help-partner = El Trellis propio de tu pareja: show (la tarjeta de este), connect (seis palabras), forget
help-partner-show = La tarjeta de este Trellis (para dársela a tu pareja) y con quién está conectado
help-partner-connect = Conecta con el Trellis de tu pareja: escribe las seis palabras que comparar con su pantalla, y conecta cuando las escribas (o las des con --words)
help-arg-card-file = Lee la tarjeta de tu pareja de FILE (la línea que escribió su `trellis partner show`)
help-partner-connect-arg-name = Cómo llamar a tu pareja en lo que comparta (si no, te lo pregunta; otros programas de este equipo pueden ver un nombre dado aquí)
help-partner-connect-arg-words = Las seis palabras que muestran las dos pantallas, escritas aquí después de compararlas
help-partner-forget = Olvida la conexión (los envíos guardados se quedan; los nuevos no se abren)
help-share = Comparte con tu pareja, como un archivo, las páginas que elijas, o abre un envío suyo
help-share-worksheet = Comparte una hoja de expectativas: lo que esperas (y el punto medio) en cada área que tenga algo escrito, o en las áreas que des
help-arg-areas = Solo estas áreas (sus ids, separados por comas)
help-arg-out = Dónde escribir el envío (un archivo nuevo; nunca se escribe encima de nada)
help-arg-yes = Lo escribe sin preguntar, después de mostrarlo
help-share-boundaries = Comparte los límites que elijas
help-share-agreement = Comparte las palabras de un acuerdo (con su versión, para que los dos acepten la misma)
help-arg-agree = Dice en el envío que aceptas estas palabras (el registro guarda el día)
help-share-check-in = Comparte una revisión semanal guardada, tal como se lee su entrada
help-share-letter = Comparte una entrada del diario escrita como carta a tu pareja
help-share-open = Abre un envío de tu pareja y lo guarda
help-arg-into-worksheet = Completa también "lo que espera mi pareja" en esta hoja de expectativas con lo suyo, según te lo dijo
help-share-keep-agreement = Guarda en tus acuerdos el acuerdo de un envío de tu pareja (o toma sus palabras para uno que tienen los dos; las tuyas quedan en su historial)
help-share-list = Los envíos de tu pareja guardados aquí

## Lo que clap añade a la ayuda de un argumento: el valor que toma si no se da, los valores que
## acepta y la variable de entorno que lee.
arg-default = [por defecto: { $value }]
arg-possible-values = [valores posibles: { $values }]
arg-env = [variable de entorno: { $name }]

## Un error al escribir la orden. $arg: una opción o un argumento tal como lo escribe el uso
## ('--format <FORMAT>'); $value: lo que se escribió; $name: un comando; $values: lo que se
## aceptaría, separado por comas; $wanted y $given: cuántos valores lleva una opción y cuántos
## se le dieron.
mistake-error = error: { $mistake }
mistake-more = Para saber más, prueba '{ $help }'.
mistake-used-twice = el argumento '{ $arg }' no se puede usar más de una vez
mistake-conflict = el argumento '{ $arg }' no se puede usar junto con
mistake-conflict-subcommand = el subcomando '{ $name }' no se puede usar junto con
mistake-conflict-others = uno o más de los otros argumentos dados
mistake-no-equals = hace falta un signo igual para dar un valor a '{ $arg }'
mistake-value-missing = '{ $arg }' necesita un valor, y no se dio ninguno
mistake-invalid-value = '{ $value }' no es un valor válido para '{ $arg }'
mistake-possible-values = [valores posibles: { $values }]
mistake-unknown-subcommand = no existe el subcomando '{ $name }'
mistake-missing = faltan estos argumentos, que son obligatorios:
mistake-needs-subcommand = '{ $name }' necesita un subcomando, y no se dio ninguno
mistake-subcommands = [subcomandos: { $values }]
mistake-not-utf8 = uno o más argumentos no son texto UTF-8 válido
mistake-too-many-values = no se esperaba el valor '{ $value }' para '{ $arg }': no admite más
mistake-too-few-values = '{ $arg }' necesita { $wanted } valores; solo { $given ->
        [one] se dio { $given }
       *[other] se dieron { $given }
    }
mistake-wrong-number-of-values = '{ $arg }' necesita { $wanted } valores, y { $given ->
        [one] se dio { $given }
       *[other] se dieron { $given }
    }
mistake-unknown-argument = no se esperaba el argumento '{ $arg }'
# $what: subcommand, argument o value; $similar: los parecidos, cada uno entre comillas.
mistake-similar = consejo: { $what ->
        [subcommand] { $count ->
            [one] existe un subcomando parecido
           *[other] existen subcomandos parecidos
        }
        [argument] { $count ->
            [one] existe un argumento parecido
           *[other] existen argumentos parecidos
        }
       *[value] { $count ->
            [one] existe un valor parecido
           *[other] existen valores parecidos
        }
    }: { $similar }
