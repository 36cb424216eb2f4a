# Ajustes → Copia de seguridad y exportación.
backup-title = Copia de seguridad y exportación

# Copia de seguridad y exportación → Instantáneas: los ajustes y la lista.
backup-snapshots-title = Instantáneas
backup-snapshots-intro = Una instantánea es una copia sellada de todo tu diario. { $name } hace una como mucho una vez al día, después de que cambies algo (la primera, después de que escribas algo por primera vez). Se abre con la frase de contraseña que tenías ese día.
backup-snapshots-folder = Carpeta
backup-snapshots-folder-default = La carpeta habitual, junto a tu diario.
backup-snapshots-last = La última
backup-snapshots-none = Ninguna todavía
backup-snapshots-problem = La última instantánea automática no funcionó: { $problem }. { $name } lo volverá a intentar más tarde, y puedes hacer una ahora.
backup-snapshots-change-folder = Cambiar carpeta…
backup-snapshots-use-default = Usar la carpeta habitual
backup-snapshots-folder-hint = Una carpeta sincronizada o en otro disco mantiene tu diario a salvo si este equipo se estropea.
backup-keep-label = Cuántas instantáneas conservar
backup-keep-save = Guardar
backup-keep-hint = De { $min } a { $max }. Las más antiguas se van primero.
backup-snapshot-now = Hacer una instantánea ahora
backup-snapshots-list-title = Tus instantáneas
backup-snapshot-check = Comprobar
backup-snapshot-check-label = Comprobar la instantánea del { $when }
backup-snapshot-restore = Restaurar…
backup-snapshot-restore-label = Restaurar la instantánea del { $when }…
backup-snapshots-show-fewer = Mostrar menos
backup-snapshots-show-all = Mostrar las { $count }
backup-panel-close = Cerrar

# Copia de seguridad y exportación → Instantáneas: lo que hicieron los ajustes y «Hacer una instantánea ahora».
backup-folder-changed = Desde ahora, las instantáneas van a { $folder }.
backup-folder-default = Las instantáneas vuelven a ir a la carpeta habitual: { $folder }.
backup-keep-problem = Elige un número entero de { $min } a { $max }.
backup-keep-saved =
    { $count ->
        [one] Se conserva { $count } instantánea, la más reciente.
       *[other] Se conservan las { $count } instantáneas más recientes.
    }
backup-snapshot-taken = Instantánea hecha: { $when }, { $size }, con { $holds }.
backup-snapshot-taken-plain = Instantánea hecha.

# Copia de seguridad y exportación → Instantáneas: comprobar una, en su panel bajo la fila de la lista.
backup-check-passphrase = La frase de contraseña que tenías ese día
backup-check-go = Comprobarla
backup-check-busy = Comprobando…
backup-check-whole =
    { $count ->
        [one] Se leyó { $count } registro. Esta instantánea está completa.
       *[other] Se leyeron los { $count } registros. Esta instantánea está completa.
    }
backup-check-holds = Contiene { $holds }.
# Un registro que no se pudo leer: su tipo y su id.
backup-check-damaged-record =
    { $kind ->
        [entry] entrada
        [boundary] límite
        [worksheet] hoja de trabajo
        [agreement] acuerdo
        [reminder] recordatorio
        [draft] revisión sin guardar
        [safety_check] comprobación privada
        [share] algo que compartió tu pareja
       *[other] { $kind }
    } { $id }
backup-check-checked =
    { $count ->
        [one] { $count } registro comprobado.
       *[other] { $count } registros comprobados.
    }
backup-check-unreadable =
    { $count ->
        [one] { $count } registro no se pudo leer: { $names }.
       *[other] { $count } registros no se pudieron leer: { $names }.
    }
backup-check-rest-fine = El resto de esta instantánea está bien.
backup-check-wrong-passphrase = Esa frase de contraseña no abre esta instantánea. Una instantánea se abre con la frase de contraseña que tenías el día en que se hizo.

# Copia de seguridad y exportación → Instantáneas: restaurar una, en su panel. La opción de la línea de órdenes va entre las dos partes.
backup-restore-explain = Al restaurar, se pone una copia de esta instantánea en una carpeta nueva y vacía. Nunca sustituye el diario que usas ahora. Después abres la copia iniciando { $name } con
backup-restore-explain-end = y esa carpeta.
backup-restore-go = Elegir una carpeta nueva y restaurar
# $option y $command son lo que hay que escribir, tal cual.
backup-restored = La instantánea está restaurada en { $folder }. Tu diario de aquí sigue tal como estaba. Para abrir la copia, inicia la aplicación con { $option } (o, en una terminal, { $command }).
backup-restore-not-empty = Esa carpeta no está vacía. Elige una carpeta nueva y vacía: una restauración nunca escribe encima de nada.

# Ajustes → Cambiar la frase de contraseña: lo que una clave nueva hizo con las instantáneas hechas con la antigua.
backup-rekeyed-replaced =
    { $count ->
        [one] Se borró { $count } instantánea hecha con la clave antigua, y una nueva ocupó su lugar.
       *[other] Se borraron { $count } instantáneas hechas con la clave antigua, y una nueva ocupó su lugar.
    }
backup-rekeyed-removed =
    { $count ->
        [one] Se borró { $count } instantánea hecha con la clave antigua. Haz una nueva en Copia de seguridad y exportación, más abajo.
       *[other] Se borraron { $count } instantáneas hechas con la clave antigua. Haz una nueva en Copia de seguridad y exportación, más abajo.
    }
backup-rekeyed-not-changed = Las instantáneas de { $folder } no se cambiaron: no se pudo llegar a esa carpeta. Bórralas, o seguirán abriéndose con la frase de contraseña y el código de recuperación antiguos (la próxima instantánea que se haga allí las sustituye).

# Lo que contiene una instantánea, un archivo de copia o una exportación, solo en números.
backup-count-entries =
    { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }
backup-count-boundaries =
    { $count ->
        [one] { $count } límite
       *[other] { $count } límites
    }
backup-count-worksheets =
    { $count ->
        [one] { $count } hoja de trabajo
       *[other] { $count } hojas de trabajo
    }
backup-count-agreements =
    { $count ->
        [one] { $count } acuerdo
       *[other] { $count } acuerdos
    }
backup-count-reminders =
    { $count ->
        [one] { $count } recordatorio
       *[other] { $count } recordatorios
    }
backup-count-drafts =
    { $count ->
        [one] { $count } revisión sin guardar
       *[other] { $count } revisiones sin guardar
    }
# Los dos últimos números de una lista; $rest son los anteriores, separados por comas.
backup-list = { $rest } y { $last }
backup-holds-nothing = ningún registro todavía
backup-holds-unreadable = no se puede leer
backup-left-out =
    { $count ->
        [one] { $count } registro no se pudo leer y quedó fuera: { $names }. También está dañado en tu diario; todo lo demás está en el archivo.
       *[other] { $count } registros no se pudieron leer y quedaron fuera: { $names }. También están dañados en tu diario; todo lo demás está en el archivo.
    }
# Un registro que quedó fuera, nombrado en la lista de backup-left-out: $kind es lo que es, $id su id.
backup-left-out-record = { $kind ->
        [entry] la entrada
        [boundary] el límite
        [worksheet] la hoja de expectativas
        [agreement] el acuerdo
        [reminder] el recordatorio
        [draft] el borrador
        [safety_check] la comprobación privada
        [share] el envío
       *[other] el registro
    } { $id }
backup-left-out-version = una versión anterior de { $kind ->
        [entry] la entrada
        [boundary] el límite
        [worksheet] la hoja de expectativas
        [agreement] el acuerdo
        [reminder] el recordatorio
        [draft] el borrador
        [safety_check] la comprobación privada
        [share] el envío
       *[other] el registro
    } { $id }
# Tamaños: $unit es KB, MB, GB o TB.
backup-size-bytes =
    { $count ->
        [one] { $count } byte
       *[other] { $count } bytes
    }
backup-size = { $size } { $unit }

# Copia de seguridad y exportación → Archivo de copia. La orden (age -d) va entre las dos últimas partes.
backup-file-title = Archivo de copia de seguridad
backup-file-intro = Un archivo cifrado con todo lo que hay en tu diario (las entradas con sus versiones anteriores, los límites, las hojas de trabajo, los acuerdos y los recordatorios), para guardarlo en un lugar seguro o pasarlo a otro equipo. Tiene su propia frase de contraseña, que puede ser distinta de la que usas para desbloquear.
backup-file-tools = Abrirlo con otras herramientas
backup-file-tools-format = El archivo es un archivo age estándar (age-encryption.org) que contiene tu diario en JSON.
backup-file-tools-command = La orden
backup-file-tools-command-end = lo abre con la frase de contraseña del archivo, sin esta aplicación.
backup-file-stays = Tus ajustes, y una revisión que aún no has guardado, se quedan en este equipo.
# Antes de la ruta del archivo que se va a crear.
backup-file-saving-to = Se guardará en
backup-file-passphrase = Una frase de contraseña para este archivo
backup-file-passphrase-repeat = Escríbela otra vez
backup-file-make = Crear el archivo de copia
backup-file-cancel = Cancelar
backup-file-choose = Crear un archivo de copia…
backup-file-saved = El archivo de copia de seguridad está guardado: { $path }. Contiene { $holds }.
backup-file-saved-opens = Se abre con la frase de contraseña que acabas de elegir.

# Copia de seguridad y exportación → Copia legible (exportar).
backup-export-title = Copia legible
backup-export-warning = Quien pueda abrir estos archivos puede leer todo lo que contienen. Guárdalos en un lugar privado y bórralos cuando termines.
backup-export-intro = Los archivos Markdown se abren con cualquier editor de texto, un archivo por cada entrada. JSON es para otras aplicaciones.
backup-export-markdown = Exportar como archivos Markdown…
backup-export-json = Exportar como JSON…
backup-export-progress = Progreso de la exportación
backup-export-written = Van { $done } de { $total }…
backup-exported-json = Exportación lista: { $counts }, como JSON en { $path }.
backup-exported-markdown = Exportación lista: { $counts }, como archivos Markdown en { $path }.

# Copia de seguridad y exportación → Importar. jrnl y Day One son otras aplicaciones de diario.
backup-import-title = Importar
backup-import-intro = Trae entradas de otra aplicación de diario, o de un archivo de exportación o de copia de seguridad hecho aquí. Las entradas que ya están aquí se dejan como están, y si algo del archivo está mal, no se importa nada.
backup-import-source = ¿Qué vas a importar?
backup-source-jrnl-hint = el archivo JSON de jrnl --export json
backup-source-day-one-hint = su zip de exportación, o el Journal.json que contiene
backup-source-own-hint = una exportación JSON, o un archivo de copia .age hecho aquí
# Antes del nombre del archivo elegido.
backup-import-file = Archivo:
backup-import-passphrase = La frase de contraseña del archivo de copia
backup-import-go = Importar
backup-import-choose-another = Elegir otro archivo…
backup-import-choose = Elegir un archivo para importar…
backup-imported-entries =
    { $count ->
        [one] Se importó { $count } entrada.
       *[other] Se importaron { $count } entradas.
    }
backup-imported-records =
    { $count ->
        [one] Se importó { $count } registro.
       *[other] Se importaron { $count } registros.
    }
backup-import-nothing-new = No hay nada nuevo que importar.
backup-import-empty = Este archivo no tenía nada que importar.
backup-import-some-there =
    { $count ->
        [one] { $count } ya estaba aquí y se dejó como está.
       *[other] { $count } ya estaban aquí y se dejaron como están.
    }
backup-import-all-entries-there =
    { $count ->
        [one] La única entrada ya estaba aquí y se dejó como está.
       *[other] Las { $count } entradas ya estaban aquí y se dejaron como están.
    }
backup-import-all-records-there =
    { $count ->
        [one] El único registro ya estaba aquí y se dejó como está.
       *[other] Los { $count } registros ya estaban aquí y se dejaron como están.
    }
backup-import-photos-skipped =
    { $count ->
        [one] Se omitió { $count } foto: tu diario guarda solo texto.
       *[other] Se omitieron { $count } fotos: tu diario guarda solo texto.
    }
backup-import-wrong-passphrase = Esa frase de contraseña no abre esta copia de seguridad. No se importó nada.

# Copia de seguridad y exportación: por qué algo no funcionó, y lo que quedó como estaba.
backup-nothing-imported = No se importó nada.
backup-nothing-changed = No se cambió nada.
backup-failed-exists = Ya hay algo ahí, y esta aplicación nunca escribe encima de archivos. Elige otro nombre, o una carpeta nueva y vacía.
backup-failed-disk-full = El disco está lleno. Libera algo de espacio y vuelve a intentarlo.
backup-failed-locked = Tu diario está bloqueado. Desbloquéalo y vuelve a intentarlo.

# Copia de seguridad y exportación: lo que está haciendo la tarea en curso.
backup-busy-folder = Eligiendo una carpeta…
backup-busy-choose-backup = Eligiendo dónde guardar…
backup-busy-choose-import = Eligiendo un archivo…
backup-busy-keep = Guardando…
backup-busy-snapshot = Haciendo una instantánea…
backup-busy-check = Comprobando la instantánea…
backup-busy-restore = Restaurando…
backup-busy-backup = Creando el archivo de copia…
backup-busy-export = Exportando…
backup-busy-import = Importando…

# Ajustes → Tus equipos: mantener el diario sincronizado con otro equipo, antes de empezar.
sync-title = Tus equipos
sync-loading = Buscando…
sync-intro = Mantén este diario sincronizado con otro equipo tuyo, a través de una carpeta que Syncthing, Nextcloud, Dropbox o una memoria USB ya mantienen sincronizada. Allí solo van archivos sellados: nadie que vea la carpeta puede leer lo que escribiste, ni saber qué tipo de cosa es.
sync-intro-hint = Deja el diario en sí fuera de esa carpeta. Cada equipo conserva su propia frase de contraseña.
sync-name-label = Nombre de este equipo
sync-name-placeholder = Portátil
sync-name-missing = Primero ponle un nombre a este equipo, como «Portátil», para que el otro pueda distinguirlos.
sync-start = Empezar con este equipo…
sync-start-busy = Empezando…
sync-join = Unirme a mi otro equipo…
sync-join-busy = Uniéndose…
sync-start-hint = Empieza en el equipo que tiene tu diario ahora; únete desde el otro, eligiendo la misma carpeta compartida tal como aparece allí.
sync-lost-title = Mi otro equipo se perdió o se rompió
sync-lost-intro = Si no tienes a mano ningún equipo sincronizado que deje entrar a este, puede hacerlo el código de recuperación de uno que sincronizaba a través de la carpeta. Este equipo se une con la misma carpeta compartida y trae todo lo que se escribió allí.
sync-lost-code-label = El código de recuperación de ese equipo
sync-lost-join = Unirme con este código…
sync-lost-hint = Después quita el equipo perdido de la lista, para que no lea nada nuevo si alguien lo encuentra.

# Ajustes → Tus equipos: una vez que sincroniza. $engine es el programa que sincroniza una carpeta (Syncthing, Dropbox…).
sync-folder = Carpeta
sync-this-computer = Este equipo
sync-journal-in-synced-folder = Tu diario en sí está dentro de una carpeta que { $engine } mantiene sincronizada. Cuando dos equipos escriben el mismo archivo de diario, se daña. Saca el diario de esa carpeta y deja que solo se sincronice la carpeta compartida.
sync-waiting-intro = Este equipo espera a que lo dejen entrar. En tu otro equipo, abre Ajustes → Tus equipos. Cuando muestre estas mismas seis palabras, elige allí «Sí, coinciden».
sync-waiting-hint = Si las palabras son distintas, no lo dejes entrar: puede que otra persona haya puesto una clave en la carpeta.
sync-asking = Un equipo quiere unirse.
sync-asking-named = Un equipo quiere unirse: { $name }.
sync-asking-words = Su pantalla debería mostrar estas seis palabras:
sync-approve = Sí, coinciden
sync-approve-hint = Si son distintas, déjalo así: no recibe nada hasta que digas que sí.
sync-computers-title = Equipos
sync-computer-unnamed = Un equipo aún sin nombre
sync-remove = Quitar…
sync-remove-label = Quitar { $name }…
sync-remove-label-unnamed = Quitar este equipo…
sync-remove-hint = Conserva lo que ya tiene.
sync-remove-confirm = Quitarlo
sync-cancel = Cancelar
sync-no-other = Todavía no hay otro equipo. En tu otro equipo, elige «Unirme a mi otro equipo» con esta misma carpeta.
sync-now = Sincronizar ahora
sync-now-busy = Sincronizando…
sync-now-read = Traídos { $count }…
sync-now-hint = También se sincroniza solo cada pocos segundos mientras está desbloqueado; nunca mientras está bloqueado.
sync-recovery-ready = Si alguna vez pierdes este equipo, otro puede unirse en su lugar con el código de recuperación de este.
sync-problem = La última sincronización no funcionó: { $problem }
# $for: lo que espera la sincronización; $folder, $words o $computer (un id corto) dicen cuál.
sync-waiting-item =
    { $for ->
        [folder] En espera: la carpeta { $folder } no está (¿una unidad sin conectar?).
        [approval] En espera de que te dejen entrar desde un equipo ya sincronizado; las palabras para comparar: { $words }.
        [file] En espera: aún no ha llegado un archivo del equipo { $computer }.
        [whole_file] En espera: un archivo del equipo { $computer } aún no ha llegado del todo, o no se puede leer.
       *[other_computer] En espera: los cambios del equipo { $computer } esperan los de otro equipo.
    }
sync-two-computers-title = Cambiado en dos equipos a la vez
sync-two-computers-hint = No se perdió nada: de una entrada o una hoja de trabajo, las dos versiones están en tu lista; de lo demás, la otra versión está en su historial.
# $kind: el tipo de registro; $what: lo que le hicieron los dos equipos.
sync-two-computers-item =
    { $kind ->
        [entry] Una entrada del diario
        [boundary] Un límite
        [worksheet] Una hoja de trabajo
        [agreement] Un acuerdo
        [reminder] Un recordatorio
        [draft] Una revisión sin guardar
        [safety_check] Una comprobación privada
        [share] Algo que compartió tu pareja
       *[other] Un registro
    }: { $what ->
        [changed_then_deleted] cambiado en dos equipos y luego borrado; se guarda la otra versión
        [deleted_and_changed] borrado en un equipo y cambiado en otro; se guarda
       *[changed] cambiado en dos equipos
    }
sync-leave = Dejar de sincronizar en este equipo…
sync-leave-hint = Todo se queda en este equipo; solo deja de sincronizarse.
sync-leave-confirm = Dejar de sincronizar aquí

# Ajustes → Tus equipos: en qué punto está cada equipo, y lo que hizo una tarea.
sync-state-this-one = Este equipo
sync-state-asks = Pide unirse
sync-state-removed = Quitado: no lee nada escrito desde entonces
sync-state-in-step = Sincronizado
sync-state-in-step-since = Sincronizado · último cambio { $when }
sync-report-joined = Este equipo ya tiene acceso y está sincronizado.
sync-report-sent =
    { $count ->
        [one] se envió { $count } cambio
       *[other] se enviaron { $count } cambios
    }
sync-report-received =
    { $count ->
        [one] se trajo { $count } cambio
       *[other] se trajeron { $count } cambios
    }
# $what: lo que se envió y lo que se trajo, separados por una coma.
sync-report-done = Listo: { $what }.
sync-report-nothing = Nada nuevo en ninguno de los dos lados.
sync-report-two-computers =
    { $count ->
        [one] Uno se cambió en dos equipos a la vez; se conservan las dos versiones.
       *[other] { $count } se cambiaron en dos equipos a la vez; se conservan las dos versiones.
    }
sync-started = Este equipo ahora mantiene tu diario sincronizado a través de esa carpeta. En tu otro equipo, elige «Unirme a mi otro equipo» con la misma carpeta.
sync-recovered = El código de recuperación dejó entrar a este equipo: ya está sincronizado y trae todo lo que escribieron los demás. Si el equipo de ese código se perdió, quítalo de la lista de equipos.
sync-approved = { $name } ya puede unirse. Trae todo en su próxima sincronización.
sync-approved-unnamed = Ese equipo ya puede unirse. Trae todo en su próxima sincronización.
sync-removed = Se quitó { $name }. Conserva lo que ya tenía, y no lee nada escrito a partir de ahora.
sync-removed-unnamed = Se quitó ese equipo. Conserva lo que ya tenía, y no lee nada escrito a partir de ahora.
sync-left = Este equipo ya no se sincroniza. Todo se queda aquí; la carpeta compartida se deja como está.
