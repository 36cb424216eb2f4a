# Recordatorios: el encabezado de la pantalla.
reminders-title = Recordatorios
reminders-intro = Pequeños avisos para lo que quieres seguir haciendo: tu revisión semanal, unos minutos de escritura, un vistazo a tus límites. Una notificación solo dice «toca un recordatorio», a menos que elijas otra cosa.

# Recordatorios: para qué es un recordatorio (los botones de «Añadir», el título del formulario y el pequeño encabezado de cada uno en la lista).
reminders-purpose-checkin = Revisión semanal
reminders-purpose-journal = Escritura
reminders-purpose-boundary-review = Repaso de límites
reminders-purpose-agreement-revisit = Acuerdos
reminders-purpose-custom = Personal
reminders-add-label = Añadir un recordatorio
reminders-add = Añadir:
reminders-empty = Todavía no hay recordatorios. Mucha gente empieza con una revisión semanal: a la misma hora cada semana, unos veinte minutos, en pareja o a solas.

# Recordatorios → el formulario de un recordatorio nuevo o cambiado.
reminders-form-change = Cambiar este recordatorio
# $purpose: para qué es, en minúsculas («revisión semanal»).
reminders-form-new = Nuevo recordatorio: { $purpose }
reminders-form-title = Qué dice
reminders-form-title-default = (opcional: «{ $purpose }» si lo dejas vacío)
reminders-form-note = Una nota
reminders-form-optional = (opcional)
reminders-form-every = Cada cuánto
reminders-every-once = Una vez
reminders-every-day = Cada día
reminders-every-week = Cada semana
reminders-every-month = Cada mes
# La fecha de un recordatorio que llega una sola vez.
reminders-form-on = Día
# El día del mes de un recordatorio mensual.
reminders-form-day = Día del mes
reminders-form-day-hint = (el último día en los meses más cortos)
reminders-form-at = Hora
# Los días de la semana de un recordatorio semanal.
reminders-form-days = Estos días
reminders-form-show-words = Mostrar su texto en la notificación
reminders-form-show-words-hint = (solo mientras { $name } esté sin bloquear; cualquiera que vea tu pantalla podría leerlo)
reminders-form-save = Guardar cambios
reminders-form-add = Añadir recordatorio
reminders-form-cancel = Cancelar
reminders-missing-day = Elige el día en que debe recordártelo.
reminders-missing-weekday = Elige al menos un día de la semana.
reminders-missing-time = Elige la hora a la que debe recordártelo.
reminders-missing-title = Ponle unas palabras a tu recordatorio, para que sepas para qué es.
# En qué reloj van las horas; $zone y $computer son nombres de zonas horarias («hora de Europa central», «UTC»).
reminders-zone-computer = Horario: el de tu equipo ({ $zone }).
reminders-zone-other = Horario: { $zone }, no el de tu equipo ({ $computer }).

# Recordatorios → la lista: la línea y los botones de cada recordatorio. $when es un día y una hora.
# Una regla que se repite, dentro de una frase ($days: los días unidos, «miércoles y domingo»; $hour: la hora como número).
reminders-rule-daily = cada día { $hour ->
    [1] a la
   *[other] a las
  } { $time }
reminders-rule-weekly = cada { $days } { $hour ->
    [1] a la
   *[other] a las
  } { $time }
reminders-rule-monthly = cada mes, el día { $day }, { $hour ->
    [1] a la
   *[other] a las
  } { $time }
reminders-rule-once = Una vez, el { $date } a las { $time }
reminders-state-paused = En pausa
reminders-state-done = Terminado: no volverá a recordártelo
reminders-state-snoozed = Pospuesto hasta el { $when }
reminders-state-next = Próximo: { $when }
reminders-follows-date = sigue su fecha
reminders-damaged = Su texto no se pudo leer; aun así te lo recuerda.
reminders-show-words = Mostrar texto
reminders-snooze = Posponer…
reminders-snooze-label = Posponer { $title }
reminders-snooze-ten-minutes = 10 minutos
reminders-snooze-one-hour = 1 hora
reminders-snooze-tomorrow = Mañana por la mañana
reminders-skip = Saltar el próximo
reminders-pause = Pausar
reminders-resume = Reanudar
reminders-change = Cambiar
reminders-remove = Quitar…
reminders-remove-confirm = Quitarlo
reminders-remove-keep = Conservar
reminders-removed = Recordatorio quitado.

# Recordatorios: lo que se acaba de hacer, dicho a un lector de pantalla. $rule es la frase del núcleo («Cada domingo a las 19:00»).
reminders-saved = Guardado. { $rule }.
reminders-snoozed = Pospuesto hasta el { $when }.
reminders-skipped = Se saltó el próximo.
reminders-paused = En pausa.
reminders-resumed = Reanudado.
reminders-put-back = Recuperado.

# Recordatorios → Cuando la ventana está cerrada.
reminders-running-title = Cuando la ventana está cerrada
reminders-running-tray = Al cerrar la ventana, { $name } sigue en marcha en la bandeja del sistema, con el diario bloqueado, para que los recordatorios sigan llegando. Para salir del todo, usa el menú de la bandeja.
reminders-running-no-tray = Este escritorio no muestra bandeja del sistema, así que cerrar la ventana cierra { $name }. Los recordatorios llegan mientras la app está abierta; los que se pierdan con la app cerrada se juntan en una sola notificación cuando vuelva a abrirse.
reminders-autostart-tray = Abrir { $name } al iniciar sesión
reminders-autostart-tray-hint = (espera en la bandeja, con el diario bloqueado)
reminders-autostart-window = Abrir { $name } al iniciar sesión
reminders-autostart-window-hint = (se abre su ventana, con el diario bloqueado, para que puedan llegar los recordatorios)
# El título que recibe un recordatorio cuando la persona lo deja vacío.
reminders-default-title-checkin = Revisión semanal
reminders-default-title-journal = Unos minutos para tu diario
reminders-default-title-boundary-review = Repasa tus límites
reminders-default-title-agreement-revisit = Revisa tus acuerdos
