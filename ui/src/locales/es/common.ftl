# El aviso tras borrar o quitar algo («Límite borrado.»), con una forma de recuperarlo.
common-undo = Deshacer
common-dismiss = Cerrar

# Un registro que no se puede leer, en una lista. $what lo nombra: «Este límite», «Este acuerdo».
common-damaged-title = { $what } no se puede leer
# $date es el día en que se escribió.
common-damaged-written = Se escribió el { $date }. Todo lo demás está a salvo.
common-damaged-delete-ask = Borrar…
common-damaged-confirm = ¿Borrar para siempre? No se puede leer nada de su contenido, así que no se podrá deshacer.
common-damaged-delete = Borrar
common-damaged-keep = Conservar

# El aviso sobre todas las pantallas cuando no se pudieron leer registros: «2 entradas y un
# límite no se pudieron leer y puede que tengan daños. Todo lo demás está a salvo; se pueden
# borrar desde su lista (el diario, En pareja → Límites).» Primero cuántos hay de cada tipo:
common-damaged-count-entry = { $count ->
    [one] una entrada
   *[other] { $count } entradas
}
common-damaged-count-boundary = { $count ->
    [one] un límite
   *[other] { $count } límites
}
common-damaged-count-worksheet = { $count ->
    [one] una hoja de trabajo
   *[other] { $count } hojas de trabajo
}
common-damaged-count-agreement = { $count ->
    [one] un acuerdo
   *[other] { $count } acuerdos
}
common-damaged-count-reminder = { $count ->
    [one] el texto de un recordatorio
   *[other] el texto de { $count } recordatorios
}
common-damaged-count-draft = { $count ->
    [one] una revisión sin guardar
   *[other] { $count } revisiones sin guardar
}
# Palabras neutras: el aviso se ve en la ventana principal, donde otra persona podría echar un vistazo.
common-damaged-count-safety-check = { $count ->
    [one] una comprobación privada
   *[other] { $count } comprobaciones privadas
}
common-damaged-count-share = { $count ->
    [one] algo que compartió tu pareja
   *[other] { $count } cosas que compartió tu pareja
}
# Dónde se puede borrar cada tipo.
common-damaged-where-entry = el diario
common-damaged-where-boundary = En pareja → Límites
common-damaged-where-worksheet = En pareja → Expectativas
common-damaged-where-agreement = En pareja → Acuerdos
common-damaged-where-reminder = Recordatorios
common-damaged-where-draft = Revisión → Empezar de nuevo
common-damaged-where-safety-check = Seguridad y ayuda → Hacer la comprobación privada → Guardar
common-damaged-where-share = lo próximo que comparta tu pareja
# Los dos últimos tipos de una lista («2 entradas y un límite»); los anteriores van separados por comas.
common-damaged-and = { $rest } y { $last }
# $list son los tipos y cuántos hay («2 entradas y un límite»), $count cuántos registros hay en
# total y $where los sitios donde borrarlos («el diario, En pareja → Límites»).
common-damaged-banner = { $count ->
    [one] { $list } no se pudo leer y puede que tenga daños. Todo lo demás está a salvo; se puede borrar desde su lista ({ $where }).
   *[other] { $list } no se pudieron leer y puede que tengan daños. Todo lo demás está a salvo; se pueden borrar desde su lista ({ $where }).
}

# El historial de un registro (límites, acuerdos): cada versión, de la más reciente a la más antigua.
# $noun es lo que es el registro: «boundary» (límite) o «agreement» (acuerdo).
common-timeline-created = { $noun ->
    [boundary] Se escribió el límite.
    [agreement] Se escribió el acuerdo.
   *[other] Se escribió.
}
common-timeline-unchanged = Se guardó sin cambiar el texto.
# La nota escrita con un cambio, con las palabras de la persona.
common-timeline-note = «{ $note }»
# Lo que se lee en voz alta por la flecha entre el texto de antes y el de después de un cambio.
common-timeline-changed-to = cambió a
common-timeline-empty = Todavía no hay historial.

## Campos de fecha y hora: el día, el mes en palabras y el año, en el orden del idioma, y una
## hora en el reloj de 24 horas. Los textos de ejemplo se ven en una parte vacía.

date-day = Día
date-day-placeholder = dd
date-month = Mes
date-month-none = mes
date-year = Año
date-year-placeholder = aaaa
date-clear = Borrar la fecha
time-hour = Hora
time-hour-placeholder = hh
time-minute = Minutos
time-minute-placeholder = mm
