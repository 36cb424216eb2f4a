# Los nombres de las pantallas: el menú principal de la cabecera, y donde se nombre una pantalla ("Volver a …").
shell-view-journal = Diario
shell-view-mood = Ánimo
shell-view-library = Biblioteca
shell-view-together = En pareja
shell-view-checkin = Revisión
shell-view-reminders = Recordatorios
shell-view-print = Imprimir
shell-view-settings = Ajustes
shell-view-worry = Cuando la preocupación aprieta
shell-view-safety-check = ¿Esto es seguro?
# La cabecera: el nombre del menú principal para lectores de pantalla, y Bloquear ($keys es el atajo, "Ctrl+L").
shell-nav-label = Principal
shell-lock = Bloquear
shell-lock-title = Bloquear ahora ({ $keys })
# Los avisos bajo la cabecera: el botón que cierra cada uno.
shell-dismiss = Cerrar
# Un enlace que lleva adonde la app no puede ir ahora.
shell-out-of-sight = Eso queda oculto en el modo “en pareja”. Termina “en pareja” con tu frase de contraseña para abrirlo.
shell-not-yet = Eso aún no está en esta versión. Mientras tanto, tu diario es un buen lugar para ello.
shell-notice-write = Escribir en el diario
# Después de abrir con el código de recuperación.
shell-after-recovery = Abriste { $name } con tu código de recuperación. Si alguien más pudo verlo, crea uno nuevo ahora; si alguien conocía tu frase de contraseña anterior, dale también una clave nueva a tu diario.
shell-open-settings = Abrir Ajustes
# La revisión semanal que se ofrece en la pantalla del diario, y lo que se dice una vez creada ($says viene del recordatorio, p. ej. "every Sunday at 19:00").
shell-offer-checkin-label = Una revisión semanal
shell-offer-checkin = ¿Te ayudaría una revisión semanal? Unos veinte minutos para repasar la semana, con tu pareja o por tu cuenta. { $name } puede recordártelo cada domingo a las 19:00; puedes cambiar el día y la hora, o quitarlo, en Recordatorios.
shell-offer-checkin-yes = Sí, recuérdamelo
shell-offer-checkin-not-now = Ahora no
shell-checkin-set = Hecho: un recordatorio de revisión semanal, { $says }. Puedes cambiarlo o quitarlo en Recordatorios.
shell-open-reminders = Abrir Recordatorios
