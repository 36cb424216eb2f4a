# La pantalla de la biblioteca: la lista de artículos, su búsqueda y sus temas ($keys es el atajo, "Ctrl F").
library-articles-label = Artículos
library-search-label = Buscar en la biblioteca
library-search-placeholder = Buscar en la biblioteca ({ $keys })
library-topic-label = Tema
library-all-topics = Todos los temas
library-found =
    { $count ->
        [one] Aparece en { $count } artículo
       *[other] Aparece en { $count } artículos
    }
library-nothing-found = No se encontró nada
library-article-label = Artículo
# La biblioteca antes de abrir un artículo ($title es el del primer artículo).
library-intro-title = La biblioteca
library-intro = Artículos breves sobre la confianza: de dónde vienen los problemas de confianza, cómo hablar de ellos y pequeños pasos que ayudan. Cada uno termina con algo para probar aquí.
library-intro-how = Léelos en orden, elige un tema o busca lo que tengas en mente.
library-start-with = Empezar con “{ $title }”
# Un artículo: la nota sobre uno que aún no está escrito en el idioma elegido, y los artículos anterior y siguiente.
library-article-in-english = Este artículo aún no está en tu idioma, así que aquí lo tienes en inglés.
library-more-articles = Más artículos
library-previous = Anterior
library-next = Siguiente
# Los botones "Pruébalo" al final de un artículo: su título, y adónde lleva cada uno.
library-try-it-title = Pruébalo en { $name }
library-try-it-locked = Desbloquea { $name } para usar esto. Los artículos se abren aquí tal cual.
library-try-after-unlocking = al desbloquear
library-try-later-version = en una versión futura
library-try-prompt = Pregunta guía del diario
library-try-journal = Diario
library-try-boundaries = Límites
library-try-expectations = Hoja de expectativas
library-try-worksheets = Hojas de trabajo
library-try-mood = Ánimo
library-try-checkin = Revisión semanal
library-try-thought-record = Diario · registro de pensamientos
library-try-safety = Seguridad
library-try-reminder = Recordatorio
library-try-article = Artículo
# Un enlace web o de correo en un artículo (o en la vista previa de una entrada): se pregunta antes de salir de la app. El nombre del sitio va en negrita entre la parte "before" y la parte "after".
library-leave-mail-before = ¿Escribir a
library-leave-mail-after = con tu programa de correo?
library-leave-web-before = ¿Abrir
library-leave-web-after = en tu navegador web?
library-leave-outside = Se abre fuera de esta app.
library-leave-mail = Escribir un correo
library-leave-web = Abrir en el navegador
library-leave-stay = Quedarme aquí
