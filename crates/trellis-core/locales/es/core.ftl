# Las palabras propias del núcleo que llegan a una persona, en español. Mismos ids que en el
# archivo en inglés; lo que falte aquí se dice en inglés.

## Avisos de los recordatorios. Nunca dicen lo que alguien escribió, salvo que la persona lo
## permitiera en ese recordatorio ($name: el nombre de la app tal como se muestra).
notice-one-due = Toca un recordatorio.
notice-many-due = Tocan { $count } recordatorios.
notice-missed = { $count ->
    [one] Tocó un recordatorio mientras { $name } estaba cerrado o el equipo en reposo.
   *[other] Tocaron { $count } recordatorios mientras { $name } estaba cerrado o el equipo en reposo.
  }
