# La pantalla del diario: su marco, los botones sobre la lista y lo que se ve cuando no hay ninguna entrada abierta.
journal-title = Diario
journal-entries-label = Entradas
journal-entry-label = Entrada
journal-new-entry = Nueva entrada
journal-start-from-prompt = Empezar con una pregunta guía
journal-open-worry = Cuando la preocupación se dispara
journal-empty-title = Tu diario
journal-empty-intro = Escribe lo que pasó, lo que sentiste y lo que te dijiste a ti sobre ello. Nadie más puede leerlo.
# «Empieza una <entrada nueva>, elige una <pregunta guía> si no sabes por dónde empezar, o abre una entrada de la lista.»
# Las dos palabras entre ángulos se muestran en negrita, entre las piezas que las rodean.
journal-empty-hint-start = Empieza una
journal-empty-hint-new-entry = entrada nueva
journal-empty-hint-middle = , elige una
journal-empty-hint-prompt = pregunta guía
journal-empty-hint-end = si no sabes por dónde empezar, o abre una entrada de la lista.
# «Atajos: Ctrl N nueva entrada · Ctrl F buscar · …»: las teclas se muestran antes de cada palabra.
journal-shortcuts = Atajos:
journal-shortcut-new-entry = nueva entrada
journal-shortcut-search = buscar
journal-shortcut-save = guardar ya
journal-shortcut-lock = bloquear
journal-shortcut-hide = ocultar
# El aviso tras borrar una entrada, con Deshacer al lado.
journal-deleted = Entrada borrada.

# La lista de entradas: búsqueda, etiquetas, resultados, «un día como hoy» y las entradas.
journal-search-label = Buscar en las entradas
# $shortcut son las teclas que llevan a la búsqueda («Ctrl F»).
journal-search-placeholder = Buscar en las entradas ({ $shortcut })
journal-tags-filter-label = Filtrar por etiqueta
journal-tag-paused = Buscando en todas las entradas: el filtro de la etiqueta #{ $tag } queda en pausa hasta que borres la búsqueda.
journal-found = { $count ->
    [one] Encontrado en { $count } entrada
   *[other] Encontrado en { $count } entradas
}
journal-found-elsewhere-only = No se encontraron entradas
journal-found-nothing = No se encontró nada
journal-found-together = También en «En pareja»
journal-kind-boundary = Límite
journal-kind-worksheet = Hoja de trabajo
journal-kind-agreement = Acuerdo
journal-untitled = Sin título
journal-on-this-day = Un día como hoy
journal-tagged = Con la etiqueta #{ $tag }
journal-all-entries = Todas las entradas
journal-no-entries = Todavía no hay entradas.
journal-check-in-mark = Revisión
# Tras la fecha de una entrada en la lista: su ánimo, de 1 a 5.
journal-row-mood = ánimo { $mood }/5
journal-damaged = Esta entrada no se puede leer
journal-show-more = Mostrar más

# La entrada que se está escribiendo: la barra de arriba, guardar, imprimir, compartir y borrar.
journal-status-new = Nueva entrada
journal-status-saved = Guardado
journal-status-unsaved = Editando…
journal-status-saving = Guardando…
journal-status-error = Sin guardar
journal-date-label = Fecha
journal-time-label = Hora
journal-preview = Vista previa
journal-edit = Editar
journal-print = Imprimir…
journal-print-failed = No se pudo imprimir la entrada: ninguna impresora de este equipo la aceptó. Puedes copiar su texto en otro programa para imprimirlo.
journal-share-check-in = Compartir con mi pareja…
journal-share-check-in-title = Compartir el resumen de esta revisión con tu pareja
journal-share-letter = Compartir como carta…
journal-share-letter-title = Compartir la entrada guardada con tu pareja, como una carta
journal-delete-ask = Borrar…
# Tras el motivo por el que falló un guardado.
journal-save-failed-kept = Tu texto sigue aquí; { $name } lo seguirá intentando.
journal-delete-confirm = ¿Borrar esta entrada? Puedes deshacerlo justo después.
journal-delete = Borrar
journal-delete-keep = Conservarla
journal-title-label = Título
journal-title-placeholder = Título
journal-body-label = Entrada (Markdown)
journal-body-placeholder = Escribe aquí. Puedes usar Markdown: **negrita**, *cursiva*, - listas.
journal-preview-label = Vista previa
# Se muestra sobre la pantalla cuando un guardado se conservó como entrada nueva.
journal-kept-apart = Esta entrada se cambió o se borró en otra ventana después de que la abrieras, así que tu texto se guardó como una entrada nueva a su lado. No se perdió nada.

# El ánimo de una entrada, de 1 a 5.
journal-mood-legend = Ánimo
journal-mood-not-set = sin indicar
journal-mood-level = { $mood ->
    [1] Muy bajo
    [2] Bajo
    [3] Regular
    [4] Bueno
   *[5] Muy bueno
}
# $label es la palabra del nivel (journal-mood-level).
journal-mood-button = Ánimo { $mood } de 5, { $label }

# Las etiquetas de una entrada. $key es la tecla que añade una etiqueta («Enter»).
journal-tags-label = Etiquetas
journal-tags-hint = { $key } para añadir
journal-tag-remove = Quitar la etiqueta { $tag }

# «Trata sobre…»: los límites y acuerdos con los que se enlaza una entrada.
journal-about-label = Trata sobre
journal-about-open = { $kind ->
    [boundary] Abrir este límite
   *[agreement] Abrir este acuerdo
}
journal-about-gone = (ya no existe)
journal-about-remove = Quitar el enlace a { $name }
journal-about-choose-label = Enlazar esta entrada con un límite o un acuerdo
journal-about-choose = Enlazar un límite o un acuerdo…
journal-about-boundaries = Límites
journal-about-agreements = Acuerdos

# «Empezar con una pregunta guía»: el diálogo para elegir una pregunta guía.
journal-prompts-title = Empezar con una pregunta guía
journal-prompts-close = Cerrar
journal-prompts-search = Buscar preguntas guía
journal-prompts-pick-for-me = Elige una por mí
journal-prompts-groups-label = Mostrar las preguntas guía de
journal-prompts-all = Todas
journal-prompts-count = { $count ->
    [one] { $count } pregunta guía
   *[other] { $count } preguntas guía
}
journal-prompts-found = { $count ->
    [one] { $count } pregunta guía encontrada
   *[other] { $count } preguntas guía encontradas
}
journal-prompts-none = Ninguna pregunta guía tiene esas palabras. Prueba con otra palabra o con «{ journal-prompts-all }».
journal-prompts-loading = Cargando…

# El gráfico del ánimo: el ánimo medio de cada día en 30, 90 o 365 días.
journal-chart-title = El ánimo con el tiempo
journal-chart-range-label = Periodo
journal-chart-range = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
# «Ánimo medio en los últimos 30 días: <3,5> de 5, a partir de 4 entradas en 3 días.» La media se muestra en negrita.
journal-chart-average-start = Ánimo medio en los últimos { $days } días:
journal-chart-average-value = { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }
journal-chart-average-end = de 5, a partir de { $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
} en { $moodDays ->
    [one] { $moodDays } día
   *[other] { $moodDays } días
}.
journal-chart-empty = No hay ánimos registrados en los últimos { $days } días. Elige un ánimo al escribir una entrada para verlo aquí.
journal-chart-label = Gráfico de líneas del ánimo medio diario, de 1 a 5, en los últimos { $days } días
# Un día en el texto del gráfico para lectores de pantalla: su fecha y su ánimo medio.
journal-chart-day = { $date }: { NUMBER($average, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
journal-chart-tooltip = Ánimo { NUMBER($mood, minimumFractionDigits: 1, maximumFractionDigits: 1) } de 5
journal-chart-note = El ánimo sube y baja; es parte del proceso. La tendencia a lo largo de semanas dice más que cualquier día suelto.
