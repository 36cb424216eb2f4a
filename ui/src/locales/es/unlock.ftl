# Primer arranque: crear el diario.
unlock-create-title = Te damos la bienvenida a { $name }
unlock-create-intro = { $name } guarda un diario privado en este equipo. Todo lo que escribes se cifra con una frase de contraseña que solo tú conoces.
unlock-create-passphrase-label = Elige una frase de contraseña
unlock-repeat-label = Escríbela otra vez
unlock-create-hint = Unas cuantas palabras sin relación entre sí forman una frase de contraseña fácil de recordar y difícil de adivinar. Si la olvidas, solo tu código de recuperación puede abrir tu diario.
unlock-create-busy = Creando…
unlock-create-submit = Crear mi diario

# La pantalla de desbloqueo: por qué se bloqueó, y la frase de contraseña.
unlock-title = Desbloquear { $name }
unlock-reason-idle = { $name } se bloqueó tras un rato sin actividad.
unlock-reason-slept = { $name } se bloqueó mientras el equipo estaba en reposo.
unlock-reason-screen-locked = { $name } se bloqueó al bloquearse la pantalla.
unlock-reason-locked = { $name } está bajo llave.
unlock-reason-closed = { $name } está bajo llave. Sigue funcionando en la bandeja del sistema para avisarte de tus recordatorios.
unlock-reason-rekeyed = Tu diario recibió una llave nueva en otra ventana. Desbloquéalo con la nueva frase de contraseña.
unlock-pending-kept = Lo que estabas escribiendo se conserva, y se guardará en cuanto desbloquees.
unlock-passphrase-label = Frase de contraseña
unlock-wrong-passphrase = Esa frase de contraseña no abrió tu diario. Tómate tu tiempo y vuelve a intentarlo.
unlock-checking = Comprobando tu frase de contraseña…
unlock-forgot = ¿Olvidaste tu frase de contraseña?
unlock-busy = Desbloqueando…
unlock-submit = Desbloquear

# Recuperar con el código de recuperación: el código y después una nueva frase de contraseña.
unlock-recover-title = Recuperar con tu código
unlock-recover-intro = Escribe el código de recuperación que guardaste cuando empezaste tu diario y luego elige una nueva frase de contraseña. Tus entradas se quedan como están.
unlock-recovery-code-label = Código de recuperación
unlock-recover-code-hint = Da igual si usas espacios, guiones o mayúsculas.
unlock-recover-passphrase-label = Nueva frase de contraseña
unlock-recover-missing-code = Escribe tu código de recuperación.
unlock-recover-back = Volver
unlock-recover-busy = Recuperando…
unlock-recover-submit = Recuperar y desbloquear

# El código de recuperación, que se muestra una sola vez (al crear el diario o al pedir uno nuevo).
unlock-code-title = Tu código de recuperación
unlock-code-replaces = Este código nuevo sustituye al anterior, que ya no sirve.
unlock-code-ready = Tu diario está listo.
unlock-code-what-for = Si algún día olvidas tu frase de contraseña, este código abre tu diario y te permite elegir una nueva.
unlock-code-once = Solo se muestra esta vez.
unlock-code-not-kept = { $name } no lo guarda. Anótalo o imprímelo, y guárdalo en un lugar privado.
unlock-code-copy = Copiar
unlock-code-copied = Copiado
unlock-code-print = Imprimir…
unlock-code-save-kit = Guardar un kit de recuperación (PDF)…
# $keys: las teclas que copian («Ctrl+C»).
unlock-code-copied-said = Copiado. { $name } lo quitará del portapapeles dentro de un minuto.
unlock-code-copy-failed = El código está seleccionado: pulsa { $keys } para copiarlo.
unlock-code-kit-hint = El kit de recuperación es una página con este código y cómo usarlo. Un PDF no está cifrado: imprímelo y después borra el archivo.
# $path: dónde se guardó el PDF.
unlock-code-kit-saved = El kit de recuperación se guardó en { $path }. Imprímelo, guarda el papel en un lugar privado y borra el archivo.
unlock-code-print-failed = No se pudo imprimir el código: ninguna impresora de este equipo lo aceptó. Guarda un kit de recuperación (PDF) e imprímelo desde otro programa, o anota el código a mano.
# Impreso encima del código, solo en papel.
unlock-code-print-heading = Código de recuperación de { $name }. Guarda esta página en un lugar privado: con ella, cualquiera puede abrir tu diario. Los espacios dan igual al escribirlo.
unlock-code-saved-check = Mi código de recuperación está guardado
unlock-code-continue = Continuar

# Un campo de frase de contraseña, en cada pantalla que la pide.
unlock-field-show = Mostrar
unlock-field-hide = Ocultar
unlock-field-show-label = Mostrar la frase de contraseña
unlock-field-hide-label = Ocultar la frase de contraseña
unlock-field-caps-lock = Las mayúsculas están activadas (Bloq Mayús).

# Elegir una nueva frase de contraseña: lo que aún falta para poder usarla.
unlock-missing-choose = Elige una frase de contraseña de unas cuantas palabras.
unlock-missing-checking = Comprobando la frase de contraseña…
unlock-missing-weak = Añade una o dos palabras más. La frase de contraseña todavía es fácil de adivinar.
unlock-missing-repeat = Escribe la frase de contraseña otra vez para confirmarla.
unlock-missing-differ = Las dos frases de contraseña no coinciden.

# El medidor de fortaleza bajo una nueva frase de contraseña: su nombre, cada nivel y sus consejos.
unlock-strength = Fortaleza:
unlock-strength-checking = Comprobando…
unlock-strength-very-weak = Muy débil
unlock-strength-weak = Débil
unlock-strength-fair = Aceptable
unlock-strength-good = Buena
unlock-strength-strong = Fuerte
unlock-strength-common-together = Estas palabras suelen ir juntas; una que solo tú elegirías la hace mucho más difícil de adivinar.
unlock-strength-longer = Cuanto más larga, más difícil de adivinar: añade otra palabra.
unlock-strength-add-own-word = Añade una o dos palabras más que solo tú elegirías.
# Los consejos del propio medidor (los da solo en inglés), dichos de una frase de contraseña.
unlock-strength-tip-straight-row = Las filas seguidas de teclas del teclado son fáciles de adivinar.
unlock-strength-tip-simple-repeat = Los caracteres repetidos, como «aaa», son fáciles de adivinar.
unlock-strength-tip-extended-repeat = Los patrones repetidos, como «abcabcabc», son fáciles de adivinar.
unlock-strength-tip-sequences = Las secuencias habituales, como «abc», son fáciles de adivinar.
unlock-strength-tip-recent-years = Los años recientes son fáciles de adivinar.
unlock-strength-tip-dates = Las fechas son fáciles de adivinar.
unlock-strength-tip-top-ten = Esta frase de contraseña se usa muchísimo.
unlock-strength-tip-top-hundred = Esta frase de contraseña se usa con mucha frecuencia.
unlock-strength-tip-common = Esta frase de contraseña es muy común.
unlock-strength-tip-similar-to-common = Se parece a una frase de contraseña muy común.
unlock-strength-tip-word-by-itself = Una sola palabra es fácil de adivinar.
unlock-strength-tip-names-by-themselves = Un nombre o un apellido solo es fácil de adivinar.
unlock-strength-tip-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
unlock-strength-tip-user-inputs = No debería incluir datos personales.
unlock-strength-tip-pwned = Esta frase de contraseña apareció en una filtración de datos en internet.
unlock-strength-tip-reverse-words = Evita palabras comunes escritas al revés.
unlock-strength-tip-avoid-dates = Evita fechas y años relacionados contigo.
unlock-strength-tip-avoid-recent-years = Evita los años recientes.
unlock-strength-tip-associated-years = Evita años relacionados contigo.
unlock-strength-tip-avoid-sequences = Evita las secuencias de caracteres habituales.
unlock-strength-tip-repeated = Evita repetir palabras y caracteres.
unlock-strength-tip-another-word = Añade más palabras que sean poco comunes.
unlock-strength-tip-use-words = Usa varias palabras, pero evita las frases hechas.
unlock-strength-tip-change-elsewhere = Si usas esta frase de contraseña en otro sitio, conviene que la cambies.

# Ajustes → bloqueo automático: el tiempo escrito, dicho de vuelta (el número entero tal cual, sin separador de miles).
unlock-auto-lock-range = Elige un número entero de minutos entre { NUMBER($min, useGrouping: 0) } y { NUMBER($max, useGrouping: 0) } (un día). Un tiempo corto protege lo que escribes si te alejas del equipo; uno largo te pide la frase de contraseña con menos frecuencia.
unlock-auto-lock-saved-minutes = Guardado: se bloquea tras { $minutes ->
        [one] { NUMBER($minutes, useGrouping: 0) } minuto
       *[other] { NUMBER($minutes, useGrouping: 0) } minutos
    } sin actividad.
unlock-auto-lock-saved-hours = Guardado: se bloquea tras { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } sin actividad.
