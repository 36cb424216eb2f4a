# Compartidos por las pantallas de límites, hojas de trabajo y acuerdos: botones, etiquetas y palabras del historial.
tools-back = Volver
tools-edit = Editar
tools-share = Compartir con mi pareja…
tools-delete-open = Borrar…
tools-delete = Borrar
tools-cancel = Cancelar
tools-save = Guardar
tools-save-changes = Guardar cambios
tools-history = Historial
tools-optional = (opcional)
tools-change-note = Una nota sobre este cambio
tools-revisit-on = Volver a hablarlo el
tools-yes = Sí
tools-no = No

# El nombre de un campo en un historial o una comparación, y un valor vacío ahí.
tools-field-text = Redacción
tools-field-whose = De quién
tools-field-category = Categoría
tools-field-why = Por qué importa
tools-field-if-crossed = Qué haré si se traspasa
tools-field-status = Estado
tools-field-review-on = Fecha de revisión
tools-field-revisit-on = Fecha para volver a hablarlo
tools-field-mine = Mi expectativa
tools-field-theirs = La expectativa de mi pareja
tools-field-theirs-from = De dónde sale la expectativa de mi pareja
tools-field-middle = Punto medio que acordamos
tools-change-empty = (vacío)

# Límites: de quién es un límite y en qué punto está.
boundaries-whose-mine = Mío
boundaries-whose-partners = De mi pareja
boundaries-whose-ours = Nuestro
boundaries-status-draft = Borrador
boundaries-status-discussed = Hablado
boundaries-status-agreed = Acordado
boundaries-status-needs-revisiting = Hay que revisarlo
boundaries-status-retired = Retirado

# Límites: la lista, sus filtros y una lista vacía.
boundaries-title = Límites
boundaries-intro = Lo que cada persona necesita para sentirse a salvo y respetada, y lo que harás si se traspasa.
boundaries-add = Añadir un límite
boundaries-find-label = Buscar límites
boundaries-search = Buscar en tus límites
boundaries-only-ours = Mientras compartes el equipo con tu pareja, solo se ven los límites compartidos («nuestros»).
boundaries-filter-whose = De quién
boundaries-filter-anyone = De cualquiera
boundaries-filter-category = Categoría
boundaries-filter-any-category = Todas las categorías
boundaries-filter-status = Estado
boundaries-filter-any-status = Cualquier estado
boundaries-none-match = Ningún límite coincide.
boundaries-show-all-shared = Mostrar todos los límites compartidos
boundaries-show-all = Mostrar todos los límites
boundaries-empty = Aún no tienes límites. Un límite dice lo que necesitas y lo que harás para cuidarte. Empieza por uno que sea pequeño y claro.
boundaries-review-due = Ha llegado su fecha de revisión.
boundaries-review-due-on = Ha llegado su fecha de revisión ({ $date }).
boundaries-review-now = Revisarlo ahora
boundaries-damaged-what = Este límite
boundaries-deleted = Límite borrado.

# Límites: un límite abierto, y retirarlo o borrarlo.
boundaries-back = Todos los límites
boundaries-review-on = se revisa el { $date }
boundaries-detail-why = Por qué importa
boundaries-detail-if-crossed = Qué haré si se traspasa
boundaries-open-agreement = Abrirlo en Acuerdos
boundaries-to-agreement = Añadir a acuerdos
boundaries-retire-open = Retirar…
boundaries-retire-explain = Al retirarlo, este límite y su historial se conservan, marcados como fuera de uso.
boundaries-retire-note = Una nota sobre el porqué
boundaries-retire = Retirar
boundaries-delete-confirm = ¿Borrar este límite y su historial? Puedes deshacerlo justo después.
boundaries-keep = Conservarlo
boundaries-retired-notice = Retirado. Se queda aquí con su historial.
boundaries-added-to-agreements = Añadido a tus acuerdos.
boundaries-changed-elsewhere = Este límite se cambió en otro lugar mientras lo editabas. Tu texto sigue aquí. Revísalo y vuelve a guardar para quedarte con tu versión.

# Límites: momentos en que se respetó o se traspasó, y el pequeño gráfico de recuento.
boundaries-moments-title = Respetado o traspasado
boundaries-log-label = Anotar un momento
boundaries-moment-on = Cuándo
boundaries-moment-note = Una nota breve
boundaries-honoured = Respetado
boundaries-crossed = Traspasado
boundaries-moment-remove = Quitar
boundaries-moment-remove-label = Quitar el momento del { $date }
boundaries-moments-empty = Aún no hay nada anotado. Anota un momento en que este límite se respetó o se traspasó; con el tiempo verás cómo van las cosas.
boundaries-moment-removed = Momento quitado.
boundaries-tally-label = Últimos 30 días: respetado { $honoured30 }, traspasado { $crossed30 }. Últimos 90 días: respetado { $honoured90 }, traspasado { $crossed90 }.
# Después de un número: «3 respetados · 1 traspasado».
boundaries-tally-honoured = { $count ->
    [one] respetado
   *[other] respetados
}
boundaries-tally-crossed = { $count ->
    [one] traspasado
   *[other] traspasados
}
boundaries-tally-days = { $days } días
boundaries-tally-bar-honoured = Respetado, { $days } días
boundaries-tally-bar-crossed = Traspasado, { $days } días
boundaries-tally-text = Respetado { $honoured } · traspasado { $crossed } en { $days } días

# Límites: el formulario para añadir o editar uno.
boundaries-form-new-title = Añadir un límite
boundaries-form-edit-title = Editar este límite
boundaries-form-text = El límite
boundaries-form-text-example = Por ejemplo: me tomaré un descanso de veinte minutos cuando empecemos a gritar.
boundaries-form-whose = ¿De quién es este límite?
boundaries-form-category = Categoría
boundaries-form-examples = Por ejemplo:
boundaries-form-why = Por qué me importa
boundaries-form-if-crossed = Qué haré si se traspasa
boundaries-form-status = En qué punto está
boundaries-form-review-on = Revisarlo el
boundaries-form-note-example = Lo hablamos el domingo y cambiamos las 21:00 por las 22:00
boundaries-form-note-hint = Se guarda en el historial del límite, junto a lo que cambió.
boundaries-form-add = Añadir límite
boundaries-form-missing = Escribe primero el límite.

# Hojas de trabajo: la lista, y una hoja nueva.
worksheets-title = Expectativas
worksheets-intro = Lo que espera cada persona, área por área, y el punto medio al que se llega en pareja. De vez en cuando, empieza una hoja nueva para ver qué ha cambiado.
worksheets-compare-list-open = Comparar dos hojas…
worksheets-empty = Aún no hay hojas de trabajo. La primera puede ser corta: rellena las áreas que más importan ahora.
worksheets-filled = { $filled } de { $total } { $total ->
    [one] área rellenada
   *[other] áreas rellenadas
}
worksheets-damaged-what = Esta hoja de trabajo
worksheets-new-title = Nueva hoja de trabajo
worksheets-new = Nueva hoja de trabajo
worksheets-title-label = Título
worksheets-date-label = Fecha
# El título que recibe una hoja cuando no se escribe ninguno.
worksheets-default-title = Nuestras expectativas
worksheets-deleted = Hoja de trabajo borrada.

# Hojas de trabajo: una hoja abierta.
worksheets-back = Todas las hojas
worksheets-from-open = Empezar una hoja nueva a partir de esta
worksheets-compare-open = Comparar…
worksheets-rename-open = Cambiar nombre…
worksheets-delete-confirm = ¿Borrar esta hoja y todas sus respuestas? Puedes deshacerlo justo después. Los acuerdos que salieron de ella siguen en tus acuerdos.
worksheets-keep = Conservarla
worksheets-from-title = Una hoja nueva a partir de esta
worksheets-from-hint = Tus respuestas se copian, así que solo cambias lo que ahora es distinto.
worksheets-from-start = Empezarla
worksheets-fill-hint = Rellena lo que puedas; no pasa nada si quedan áreas vacías. Las respuestas se guardan mientras escribes.
worksheets-own-area-label = Añade un área propia
worksheets-own-area-example = Por ejemplo: Mascotas, o Vacaciones en familia
worksheets-own-area-add = Añadir un área
worksheets-copied-notice = Tus respuestas se copiaron en esta hoja nueva. Cambia lo que ahora sea distinto.
worksheets-changed-elsewhere = Esta hoja de trabajo se cambió en otro lugar, así que se volvió a cargar. Lo que escribiste en «{ $area }» se conserva.

# Hojas de trabajo: un área de una hoja.
worksheets-area-agreed = Acordada
worksheets-area-saving = Guardando…
worksheets-area-unsaved = Aún sin guardar
worksheets-area-not-saved = No se guardó
worksheets-area-filled = Rellenada
worksheets-area-empty = Vacía
worksheets-area-mine = Mi expectativa
worksheets-area-theirs = La expectativa de mi pareja
worksheets-area-theirs-from = De dónde sale la expectativa de mi pareja
worksheets-their-side-understood = Según lo entiendo yo
worksheets-their-side-told = Según me lo dijo
worksheets-area-middle = El punto medio que acordamos
worksheets-area-in-agreements = En tus acuerdos.
worksheets-area-open-agreement = Abrirlo
worksheets-area-update-agreement = Actualizar el acuerdo
worksheets-area-agree = Marcar como acordado
worksheets-area-remove-confirm = ¿Quitar esta área y sus respuestas de esta hoja?
worksheets-area-remove = Quitar
worksheets-area-keep = Conservarla
worksheets-area-remove-open = Quitar esta área…

# Hojas de trabajo: la prueba de realismo de un área, y lo que dice cuando una expectativa quita libertad.
worksheets-realism-title = ¿Es realista?
worksheets-realism-specific = ¿Es concreta?
worksheets-realism-in-control = ¿Está en su mano?
worksheets-realism-hold-myself = ¿La cumpliría yo también?
worksheets-realism-room-to-flex = ¿Deja margen para ser flexibles?
worksheets-realism-leaves-free = ¿Nos deja libres a cada uno (amistades, privacidad, dinero, decir que no)?
worksheets-not-free = Una expectativa que aparta a uno de los dos de sus amistades, su privacidad, su dinero o su derecho a decir que no es control, no confianza.
# «Si sientes miedo, lee [La seguridad primero].»
worksheets-not-free-afraid-before = Si sientes miedo, lee
worksheets-not-free-safety-link = La seguridad primero
worksheets-not-free-afraid-after = .
# «Si la expectativa es tuya, [Si soy yo quien controla] puede ayudarte.»
worksheets-not-free-yours-before = Si la expectativa es tuya,
worksheets-not-free-control-link = Si soy yo quien controla
worksheets-not-free-yours-after = puede ayudarte.

# Hojas de trabajo: elegir dos para comparar, y la comparación.
worksheets-compare-pick-title = Comparar dos hojas de trabajo
worksheets-compare-before = Hoja anterior
worksheets-compare-after = Hoja posterior
worksheets-compare-same = Elige dos hojas distintas.
worksheets-compare = Comparar
worksheets-compare-title = Comparación de dos hojas
worksheets-compare-earlier = Anterior
worksheets-compare-later = Posterior
worksheets-compare-show-same = { $count ->
    [one] Mostrar también el área sin cambios
   *[other] Mostrar también las { $count } áreas sin cambios
}
worksheets-compare-nothing = Nada cambió entre estas dos hojas.
worksheets-compare-change-same = Sin cambios
worksheets-compare-change-added = Añadida
worksheets-compare-change-changed = Cambiada
worksheets-compare-change-removed = Quitada
worksheets-compare-changed-fields = Cambios: { $fields }
worksheets-compare-earlier-of = Anterior · { $title }
worksheets-compare-later-of = Posterior · { $title }
worksheets-compare-marked = (cambiado)
worksheets-compare-earlier-value = Anterior:
worksheets-compare-later-value = Posterior:
worksheets-compare-empty = Sin respuesta

# Acuerdos: en qué punto está un acuerdo.
agreements-status-new = Aún sin revisar
agreements-status-kept = Vigente
agreements-status-needs-revisiting = Hay que revisarlo
agreements-status-renegotiated = Renegociado
agreements-status-retired = Retirado
agreements-standing-made-today = Hecho hoy · aún sin revisar
agreements-revisit-on-date = volver a hablarlo el { $date }
agreements-between-both = acordado por los dos, versión { $version }
agreements-between-with = versión { $version } con { $partner }
agreements-between-with-partner = versión { $version } con tu pareja
agreements-source-boundary = Del límite «{ $text }»
agreements-source-a-boundary = De un límite
agreements-source-area = Del área «{ $name }» de una hoja de trabajo
agreements-source-a-worksheet = De una hoja de trabajo

# Acuerdos: el registro, y el pequeño formulario para añadir uno.
agreements-title = Acuerdos
agreements-intro = Lo que acordaron los dos: escrito aquí o salido de tus hojas de trabajo y tus límites. Primero aparecen los que toca volver a hablar.
agreements-add-title = Añadir un acuerdo
agreements-add-text = Lo que acordaron los dos
agreements-add-example = Los teléfonos se quedan en la cocina durante la cena
# Va seguido de las teclas «Ctrl Enter» y de agreements-add-hint-keys.
agreements-add-hint = Aparece como «aún sin revisar» hasta que marques cómo fue.
agreements-add-hint-keys = lo añade.
agreements-add-revisit = Volver a hablarlo el
agreements-add-kept = Lo que escribiste sigue aquí.
agreements-add = Añadir acuerdo
agreements-missing = Escribe primero el acuerdo.
agreements-added = Añadido: «{ $text }».
agreements-empty = Aún no hay acuerdos. Escribe uno arriba, marca como acordado un punto medio en una hoja de trabajo o añade un límite a tus acuerdos.
agreements-due = Toca volver a hablarlo
agreements-damaged-what = Este acuerdo
agreements-deleted = Acuerdo borrado.

# Acuerdos: un acuerdo abierto, y editarlo.
agreements-back = Todos los acuerdos
agreements-form-title = Editar este acuerdo
agreements-form-text = El acuerdo
agreements-form-status = En qué punto está
agreements-form-note-example = Lo hablamos en nuestra revisión
agreements-delete-confirm = ¿Borrar este acuerdo y su historial? Puedes deshacerlo justo después.
agreements-keep = Conservarlo
agreements-changed-elsewhere = Este acuerdo se cambió en otro lugar mientras lo editabas. Tu texto sigue aquí. Revísalo y vuelve a guardar para quedarte con tu versión.
