# La pantalla de imprimir: volver ($screen es el nombre de la pantalla de la que se vino), qué imprimir y en qué papel.
print-back = Volver a { $screen }
print-title = Imprimir
print-intro = Hojas de trabajo para completar en pareja, en la mesa; tus límites y acuerdos en papel, o notas para llevar a tu terapeuta.
print-what = Qué imprimir
print-document-worksheet-blank = Hoja de expectativas, en blanco
print-document-worksheet = Hoja de expectativas, completada
print-document-boundaries = Límites
print-document-agreements = Acuerdos
print-document-packet = Notas para tu terapeuta
print-worksheet-label = Hoja de trabajo
print-untitled = Sin título
print-no-worksheet = Aún no hay ninguna hoja de trabajo guardada. Empieza una en la pantalla En pareja → Expectativas, o imprime una en blanco.
print-every-boundary = Todos los límites, no solo los acordados
print-packet-from = Desde
print-packet-to = Hasta
print-packet-range-hint = Sin fechas: los últimos { $days } días. Solo lo que elijas aquí va en las notas.
print-packet-tags = Solo las entradas con estas etiquetas
print-packet-tags-hint = (ninguna marcada: todas las entradas del periodo)
print-packet-boundaries = Límites que incluir
print-packet-agreements = Acuerdos que incluir
print-paper = Papel
print-paper-a4 = A4
print-paper-letter = Carta (EE. UU.)
print-show = Mostrar las páginas
print-making = Preparando las páginas. Un documento largo tarda un poco.
print-stop = Detener
# Las páginas que se muestran, y guardarlas o imprimirlas.
print-page-count =
    { $count ->
        [one] { $count } página
       *[other] { $count } páginas
    }
print-save = Guardar como PDF…
print-print = Imprimir…
print-opening-dialog = Abriendo el diálogo de impresión…
print-cannot-instead = En su lugar, puedes guardarlas como PDF e imprimir ese archivo desde otro programa u otro equipo.
print-not-encrypted = Un PDF no está cifrado: cualquiera que tenga el archivo puede leerlo. Guárdalo en un lugar privado o bórralo cuando termines.
print-page-alt = Página { $page } de { $count }
print-other-pages =
    { $count ->
        [one] La otra página está en el PDF.
       *[other] Las otras { $count } páginas están en el PDF.
    }
print-placeholder-making = Preparando las páginas…
print-placeholder-changed = La elección cambió. “Mostrar las páginas” muestra aquí las páginas nuevas.
# Lo que se dice después de guardar ($path es dónde quedó el archivo) o imprimir. $what es lo impreso: "pages" (las de un documento), "code" (el código de recuperación) o "entry" (una entrada del diario).
print-saved =
    { $count ->
        [one] Se guardó { $count } página en { $path }.
       *[other] Se guardaron { $count } páginas en { $path }.
    }
print-after-sent =
    { $what ->
        [code] El código se envió a la impresora que elegiste.
        [entry] La entrada se envió a la impresora que elegiste.
       *[pages] Las páginas se enviaron a la impresora que elegiste.
    }
print-after-failed =
    { $what ->
        [code] No se pudo imprimir el código: ninguna impresora de este equipo lo aceptó.
        [entry] No se pudo imprimir la entrada: ninguna impresora de este equipo la aceptó.
       *[pages] No se pudieron imprimir las páginas: ninguna impresora de este equipo las aceptó.
    }
# Una entrada del diario en papel: su ánimo, de 1 a 5, en palabras.
print-entry-mood =
    Ánimo { $mood } de 5 ({ $mood ->
        [1] muy bajo
        [2] bajo
        [3] normal
        [4] bueno
       *[5] muy bueno
    })
