# Ocultar al momento, arriba en todas las pantallas. $keys: sus teclas («Ctrl+Shift+H»).
safety-hide-button = Ocultar
safety-hide-title = Ocultar ahora: guarda, bloquea y quita la ventana de la vista ({ $keys })

# «Seguridad y ayuda»: su botón (en todas las pantallas, también antes de desbloquear) y su diálogo.
safety-help-name = Seguridad y ayuda
# En una ventana estrecha, el botón dice solo la primera parte.
safety-help-short = Seguridad
safety-help-and-help = y ayuda
safety-dialog-label = Seguridad y ayuda
safety-back-to-safety-first = La seguridad primero
safety-close = Cerrar
safety-unlock-first = Desbloquea { $name } para usar esto.
safety-lead = Si tu pareja te da miedo, tu seguridad va antes que cualquier cosa de esta app.
safety-first-danger-now = Si estás en peligro ahora, llama al número de emergencias de tu país.
safety-first-counselling = La terapia de pareja no es el primer paso cuando una de las dos personas tiene miedo de la otra. Habla primero por tu cuenta con un servicio de apoyo o con una persona profesional que sepa de maltrato.
safety-first-leaving = Irte puede volver las cosas más peligrosas durante un tiempo. Lo más seguro es planearlo con un servicio de apoyo. El artículo «La seguridad primero», más abajo, explica dónde encontrar uno.
safety-check-offer-title = Una comprobación privada: ¿esto es seguro?
safety-check-offer = ¿No sabes bien lo grave que es? Una lista breve pregunta por las señales de peligro y responde con los pasos a seguir que encajan contigo. No hay puntuación, y tus respuestas se guardan bajo llave en { $name }.
safety-check-offer-button = Hacer la comprobación privada
safety-sharing-title = Compartir con tu pareja nunca es una obligación
safety-sharing = Puedes compartir una página que elijas con tu pareja, que la recibe en su propio { $name } (En pareja → Con mi pareja). Antes ves exactamente lo que se envía, y el envío no se puede deshacer: su copia es suya. Nunca le debes a nadie mostrarle lo que escribes. Si alguien exige verlo, o lo revisa a tus espaldas, eso no es un problema de confianza que trabajar aquí: es una señal de control. El artículo «La seguridad primero», más abajo, explica dónde encontrar apoyo.
safety-hide-fast-title = Oculta esta app rápido
# Alrededor de las teclas de Ocultar: «Pulsa [Ctrl Shift H], o Ocultar arriba…».
safety-hide-fast-press = Pulsa
safety-hide-fast = , o Ocultar en la parte de arriba de la ventana. Guarda lo que estás escribiendo, se bloquea, borra lo que haya copiado y quita la ventana de la vista. También se bloquea sola cuando se bloquea la pantalla o el equipo entra en reposo.

# «Seguridad y ayuda»: lo que la app deja en el equipo, y cómo ocultar o quitar cada cosa.
safety-traces-title = Lo que esta app deja en el equipo
safety-traces-intro = Alguien que use este equipo podría encontrar estas cosas. Así puedes ocultar o quitar cada una.
safety-trace-app-title = La app y su entrada en el menú
safety-trace-app = Cualquiera puede ver que la app está instalada. En Ajustes puedes hacer que la ventana y la pantalla de desbloqueo digan «Notas» en lugar del nombre de la app. Para quitar la app, desinstálala con el gestor de programas de tu sistema.
safety-trace-tray-title = El icono de la bandeja y el inicio con la sesión
safety-trace-tray = Mientras la app sigue en la bandeja del sistema (junto al reloj), muestra su propio icono, aunque hayas elegido el nombre «Notas». Si activaste «Abrir al iniciar sesión», tu lista de programas de inicio la muestra como «Notas», pero arranca el programa con su propio nombre, que puede ver cualquiera que mire con más atención. Un elemento creado por una versión anterior puede mostrar todavía ese nombre. Desactiva el ajuste para quitarlo.
safety-trace-reminders-title = Recordatorios y notificaciones
safety-trace-reminders = Los recordatorios aparecen en la pantalla. Solo dicen que toca un recordatorio. La única excepción: un recordatorio en el que marcaste «Mostrar su texto en la notificación» muestra también su título y su nota, y solo mientras { $name } esté sin bloquear. Nunca se muestra nada de tu diario. Si incluso un aviso en pantalla es un riesgo, no actives los recordatorios, o desactívalos.
safety-trace-calendar-title = Un archivo de calendario
safety-trace-calendar = Si guardaste tus recordatorios como archivo de calendario (.ics) y lo añadiste a un calendario, aparecen en todos los dispositivos con los que se sincroniza ese calendario, y para cualquiera con quien lo compartas. El propio archivo nombra la app. Quita los recordatorios en tu app de calendario y borra el archivo.
safety-trace-snapshots-title = Instantáneas y copias de seguridad
safety-trace-snapshots = Las instantáneas y las copias de seguridad están protegidas con tu frase de contraseña, pero cualquiera puede ver que están ahí. Si elegiste una carpeta para las instantáneas, o guardaste una copia de seguridad en algún sitio, se guardan allí, no junto al diario. Bórralas también allí.
safety-trace-printed-codes-title = Códigos de recuperación impresos
safety-trace-printed-codes = Un código impreso puede abrir tu diario. Guárdalo donde solo tú puedas llegar. Si alguien puede haberlo visto, crea un código nuevo en Ajustes; el anterior deja de funcionar.
safety-trace-sync-title = Tus otros equipos y la carpeta compartida
safety-trace-sync = Si mantienes tu diario sincronizado con otro equipo (Ajustes → Tus equipos), todo lo que escribes va también a ese equipo, y en la carpeta compartida hay archivos sellados: quien la vea puede notar que están ahí. Conecta solo equipos que uses únicamente tú. Un código de recuperación de cualquiera de ellos abre también lo que hay en la carpeta compartida. Para dejarlo, quita un equipo en Ajustes, o deja de sincronizar y borra la carpeta compartida.
safety-trace-shares-title = Lo que compartes con tu pareja
safety-trace-shares = Un archivo para compartir que guardaste solo lo pueden abrir tu pareja y tú, pero quien lo encuentre puede notar que está ahí. Cuando tu pareja lo tenga, bórralo de donde lo dejaste. Lo que tu pareja comparte contigo se guarda bajo llave en { $name }.
safety-trace-exports-title = Exportaciones y PDF
safety-trace-exports = Las exportaciones y los PDF no están protegidos: cualquiera que los abra puede leerlos. Guárdalos en un lugar privado. Bórralos cuando termines, y vacía también la papelera.
safety-trace-recent-title = Archivos recientes e historial de impresión
safety-trace-recent = Tu equipo puede mostrar por su nombre los archivos que abriste o guardaste hace poco, como una exportación, un PDF o una copia de seguridad. Tu impresora puede guardar una lista de lo que se imprimió. Borra la lista de archivos recientes en tu gestor de archivos o en los ajustes del sistema, y la lista de la impresora si tiene una.
safety-trace-folder-title = La carpeta del diario
# Antes de la ruta de la carpeta (o, si no se conoce, de safety-trace-folder-default); después va un punto.
safety-trace-folder-where = Tu diario se guarda en
safety-trace-folder-default = la carpeta de la app dentro de tu carpeta de datos
safety-trace-folder = Está protegido con tu frase de contraseña, así que nadie puede leerlo sin ella, pero sí pueden ver que está ahí. Para quitar tu diario, cierra la app y borra esta carpeta, y también las instantáneas, copias de seguridad y exportaciones que hayas hecho. A veces los archivos borrados se pueden recuperar con herramientas especiales, así que borrarlos no garantiza que nadie los encuentre.

# «¿Esto es seguro?»: la comprobación privada, sus señales y los pasos a seguir con los que responde.
safety-check-title = ¿Esto es seguro? Una comprobación privada
safety-check-intro = Marca lo que sea cierto para ti, ahora o en los últimos meses. No hay puntuación. Al guardar, verás los pasos a seguir que encajan con lo que marcaste.
safety-check-danger-now = Si estás en peligro ahora mismo, llama al número de emergencias de tu país.
# Alrededor de las teclas de Ocultar: «Pulsa [Ctrl Shift H] para ocultar esta app al instante».
safety-check-hide-press = Pulsa
safety-check-hide-at-once = para ocultar esta app al instante.
safety-check-opening = Abriendo tu comprobación…
safety-check-legend = ¿Qué es cierto para ti?
safety-sign-afraid = Le tengo miedo a mi pareja.
safety-sign-hurt = Me ha golpeado, empujado o hecho daño.
safety-sign-choked = Me ha estrangulado o asfixiado, aunque sea una sola vez.
safety-sign-threatened-to-kill = Ha amenazado con matarme, con matarse o con matar a alguien que quiero.
safety-sign-weapon = Tiene un arma de fuego u otra arma, o me ha amenazado con una.
safety-sign-worse = La violencia está empeorando o pasa con más frecuencia.
safety-sign-separation = Me he ido, pienso irme, o mi pareja cree que podría hacerlo.
safety-sign-forced-sex = Me ha obligado o presionado a tener relaciones sexuales.
safety-sign-children-or-pets = Ha amenazado o hecho daño a mis hijos o a mis mascotas.
safety-sign-controls = Controla mi dinero, mi teléfono o adónde voy.
safety-sign-watches = Revisa mi teléfono, mis mensajes o dónde estoy.
safety-sign-isolates = Me menosprecia o me aleja de mis amistades y de mi familia.
# $date: el día, ya escrito.
safety-check-last-saved = Guardado por última vez el { $date }.
safety-check-save = Guardar y ver los pasos a seguir
safety-answer-danger-title = Por favor, busca ayuda pronto
safety-answer-danger-signs = Algunas de las cosas que marcaste son señales de peligro grave. Mereces estar a salvo, y no es culpa tuya.
safety-answer-danger-contact = Por favor, ponte en contacto pronto con una línea de ayuda contra la violencia en la pareja o con los servicios de emergencia.
safety-answer-danger-device = Usa un teléfono o un equipo que tu pareja no pueda ver ni revisar, como el teléfono de una amistad o un equipo de una biblioteca. Una línea de ayuda puede ayudarte a hacer un plan para estar a salvo.
safety-answer-worry-title = No tienes que resolver esto a solas
safety-answer-worry-signs = Lo que marcaste pueden ser señales de maltrato o de control. No es culpa tuya.
safety-answer-worry-helpline = Una línea de ayuda contra la violencia en la pareja puede hablarlo contigo de forma confidencial, aunque no lo tengas claro. Llama o escribe por chat desde un teléfono o un equipo que tu pareja no pueda ver ni revisar.
safety-answer-nothing-title = No hay nada marcado
safety-answer-nothing-trust = Si algo sigue sin parecerte bien, confía en esa sensación. Puedes volver a esta comprobación cuando quieras.
safety-answer-read-safety-first = Leer «La seguridad primero»: cómo encontrar ayuda donde vives
safety-answer-read-signs = Leer «Señales de problemas de confianza»
safety-check-kept = Tus respuestas se guardan bajo llave en { $name }, solo en este equipo. No aparecen en la búsqueda, las copias de seguridad ni las exportaciones. Quien pueda desbloquear { $name } podría verlas.
safety-check-clear-ask = Borrar mis respuestas…
safety-check-clear-group = Borrar mis respuestas
safety-check-clear-question = ¿Borrarlas ahora?
safety-check-clear = Borrarlas
safety-check-keep = Conservarlas
