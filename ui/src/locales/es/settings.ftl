# Ajustes.
settings-language-title = Idioma
settings-language-label = Mostrar { $name } en
settings-language-system = El idioma del sistema ({ $language })
settings-language-hint = Las pantallas, la biblioteca, las hojas de trabajo y la pantalla de desbloqueo siguen esta elección al momento. Se guarda en este equipo.
settings-language-saved = Guardado. Todas las pantallas muestran ahora este idioma.
