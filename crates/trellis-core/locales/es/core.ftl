# Las palabras propias del núcleo que llegan a una persona, en español. Mismos ids que en el
# archivo en inglés; lo que falte aquí se dice en inglés.

## El nombre corriente que la app puede mostrar en lugar del suyo (Ajustes → Privacidad en
## pantalla), para que un vistazo a la pantalla no diga para qué sirve.
app-neutral-name = Notas

## Avisos de los recordatorios. Nunca dicen lo que alguien escribió, salvo que la persona lo
## permitiera en ese recordatorio ($name: el nombre de la app tal como se muestra).
notice-one-due = Toca un recordatorio.
notice-many-due = Tocan { $count } recordatorios.
notice-missed = { $count ->
    [one] Tocó un recordatorio mientras { $name } estaba cerrado o el equipo en reposo.
   *[other] Tocaron { $count } recordatorios mientras { $name } estaba cerrado o el equipo en reposo.
  }

## Lo que oyen las pantallas de desbloqueo, de recuperación y del primer inicio cuando una
## frase de contraseña o un código de recuperación no sirven.
error-wrong-passphrase = esa frase de contraseña no abre este diario; revísala y vuelve a intentarlo, o recupera el acceso con tu código de recuperación
error-wrong-recovery-code = ese código de recuperación no abre este diario; revisa cada carácter y vuelve a intentarlo
error-empty-passphrase = la frase de contraseña está vacía; elige una frase de varias palabras
error-code-empty = escribe tu código de recuperación
error-code-character = el carácter { $at } del código de recuperación (en el grupo { $group }) no puede ser correcto: un código solo tiene letras y cifras, y nunca B, I, O ni 1; compara ese grupo con tu copia guardada
error-code-length = el código de recuperación tiene { $found } letras y cifras, y debería tener { $expected }; busca un grupo con una de más o de menos
error-code-checksum = el código de recuperación tiene un error de escritura en algún sitio; compara cada grupo con tu copia guardada, carácter a carácter
