# Ajustes.
settings-language-title = Idioma
settings-language-label = Mostrar { $name } en
settings-language-system = El idioma del sistema ({ $language })
settings-language-hint = Las pantallas, la biblioteca, las hojas de trabajo y la pantalla de desbloqueo siguen esta elección al momento. Se guarda en este equipo.
settings-language-saved = Guardado. Todas las pantallas muestran ahora este idioma.

# Ajustes: el título de la pantalla.
settings-title = Ajustes

# Ajustes → Bloqueo automático. La tecla (Ctrl L) va entre la pista y settings-lock-key.
settings-lock-title = Bloqueo automático
settings-lock-label = Bloquear tras estos minutos sin actividad
settings-lock-save = Guardar
settings-lock-hint = De { $min } minuto a { NUMBER($max, useGrouping: 0) } (un día). { $name } también se bloquea cuando se bloquea la pantalla o el equipo entra en reposo.
settings-lock-key = bloquea al instante.

# Ajustes → Cambiar la frase de contraseña.
settings-pass-title = Cambiar la frase de contraseña
settings-pass-current = Frase de contraseña actual
settings-pass-new = Nueva frase de contraseña
settings-pass-repeat = Escribe la nueva otra vez
settings-pass-type-current = Escribe tu frase de contraseña actual.
settings-pass-rekey = Dar también a tu diario una clave nueva
settings-pass-rekey-hint = (recomendado si alguien conocía tu frase de contraseña o tu código de recuperación anteriores: las copias antiguas de tu diario ya no abren nada nuevo; recibes un código de recuperación nuevo)
settings-pass-resealing = Volviendo a sellar { $done } de { $total } entradas…
settings-pass-preparing-key = Preparando una clave nueva…
settings-pass-busy = Cambiando…
settings-pass-submit = Cambiar la frase de contraseña
settings-pass-changed = Tu frase de contraseña ha cambiado. Usa la nueva a partir de ahora; tu código de recuperación sigue funcionando.
# Le sigue lo que pasó con las instantáneas, si había alguna.
settings-pass-changed-rekeyed = Tu frase de contraseña ha cambiado y tu diario tiene una clave nueva. Las copias antiguas de tu diario, la frase de contraseña anterior y el código de recuperación anterior no abren nada de lo que se escriba a partir de ahora.
settings-pass-wrong = La frase de contraseña actual no es correcta. No se cambió nada.

# Ajustes → Código de recuperación.
settings-code-title = Código de recuperación
settings-code-intro = Si perdiste tu código de recuperación, o crees que otra persona lo vio, crea uno nuevo. El código anterior deja de funcionar.
settings-code-confirm = Para crear un código nuevo, escribe tu frase de contraseña. El código anterior deja de funcionar.
settings-code-passphrase = Tu frase de contraseña
settings-code-show = Mostrar un código nuevo
settings-code-cancel = Cancelar
settings-code-new = Mostrar un código de recuperación nuevo…
settings-code-wrong-passphrase = Esa frase de contraseña no es correcta. No se cambió nada; tu código de recuperación sigue funcionando.

# Ajustes → Versiones anteriores (de las entradas del diario).
settings-history-title = Versiones anteriores
settings-history-label = Guardar la versión anterior de una entrada cada vez que la cambie
settings-history-hint = Desactivado por defecto. Las versiones anteriores se cifran como la entrada y se borran con ella.
settings-history-on = Cada vez que cambies una entrada, se guardará la versión anterior, cifrada como la entrada.
settings-history-off = A partir de ahora ya no se guardan las versiones anteriores.

# Ajustes → Privacidad en pantalla. $name es el nombre que se muestra ahora: el propio de la app, o el neutro «Notas».
settings-privacy-title = Privacidad en pantalla
settings-privacy-notes-label = Mostrar el nombre como «Notas»
settings-privacy-notes-hint = El título de la ventana, la barra de tareas y la pantalla de desbloqueo dicen entonces «Notas» en lugar del nombre propio de la app. Nunca muestran títulos de entradas, cantidades ni fechas.
settings-name-notes-on = La ventana y la pantalla de desbloqueo dicen ahora «{ $name }».
settings-name-notes-off = La ventana y la pantalla de desbloqueo vuelven a decir «{ $name }».
# Después de la tecla (Ctrl Shift H).
settings-privacy-hide-key = oculta { $name } al instante, desde cualquier pantalla: guarda lo que estás escribiendo, bloquea, borra todo lo que { $name } haya copiado y quita la ventana de la vista. El botón Ocultar de arriba hace lo mismo.

# Ajustes → Atajos de teclado: lo que hace cada tecla.
settings-keys-title = Atajos de teclado
settings-keys-new-entry = Nueva entrada
settings-keys-search = Buscar entradas
settings-keys-save = Guardar ahora ({ $name } también guarda mientras escribes)
settings-keys-lock = Bloquear ahora
settings-keys-hide = Ocultar ahora: guardar, bloquear y quitar la ventana de la vista
settings-keys-tab = Moverse entre campos y botones
