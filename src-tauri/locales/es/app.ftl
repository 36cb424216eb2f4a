# Las palabras propias de la aplicación de escritorio, junto a las del núcleo
# (crates/trellis-core/locales): sus errores que no son del núcleo, los títulos de los diálogos
# de archivos del sistema, el menú de la bandeja y su única notificación. $name: el nombre de
# la aplicación tal como se muestra ("Trellis" o el neutro); $reason: las palabras del propio
# sistema para lo que falló.

## Errores.
error-no-journal = todavía no hay ningún diario; crea uno primero
error-journal-exists = ya existe un diario; desbloquéalo en lugar de crear otro
error-locked-while-laying-out = el diario se bloqueó mientras se preparaban las páginas; desbloquéalo para verlas
error-work-stopped = el trabajo se detuvo de forma inesperada: { $reason }
error-dialog-stopped = el diálogo se cerró de forma inesperada: { $reason }
error-print-dialog = no se pudo abrir el diálogo de impresión: { $reason }
error-printing-stopped = la impresión se detuvo de forma inesperada: { $reason }
error-login-setting = no se pudo cambiar el ajuste de inicio de sesión: { $reason }
error-clipboard = no se pudo usar el portapapeles: { $reason }
error-no-browser = { $name } no pudo abrir tu navegador ni tu programa de correo.
error-link-refused = { $name } solo abre enlaces web, de correo y de { $name }.

## Los títulos de los diálogos de archivos del sistema, y los tipos de archivo que muestran.
dialog-backup = Guardar la copia de seguridad
dialog-json = Exportar como JSON
dialog-new-folder = Elige una carpeta nueva y vacía
dialog-snapshot-folder = ¿Dónde se guardan las instantáneas?
dialog-sync-folder = Elige la carpeta que comparten tus equipos
dialog-pdf = Guardar como PDF
dialog-share = Guardar el envío para tu pareja
dialog-open-share = Abrir un envío de tu pareja
dialog-import = Elige un archivo para importar
filter-backup = copia de seguridad age
filter-share = envío de { $name }
filter-exports = Exportaciones

## La bandeja.
tray-open = Abrir
tray-lock = Bloquear
tray-snooze-all = Posponer todo 1 hora
tray-quit = Salir
tray-still-running = { $name } sigue abierto en la bandeja, así que tus recordatorios siguen llegando. Ciérralo desde el menú de la bandeja.
