<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppTheme</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>Assembler</name>
    <message>
        <source>the body</source>
        <translation>el cuerpo</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>the request id</source>
        <translation>el ID de solicitud</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la solicitud</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>the body follows the status</source>
        <translation>el cuerpo sigue al estado</translation>
    </message>
    <message>
        <source>the same failure printed again</source>
        <translation>el mismo fallo impreso de nuevo</translation>
    </message>
    <message>
        <source>the status restated</source>
        <translation>el estado repetido</translation>
    </message>
    <message>
        <source>it adds what the failure lacked</source>
        <translation>añade lo que le faltaba al fallo</translation>
    </message>
    <message>
        <source>a documented message follows the status</source>
        <translation>un mensaje documentado sigue al estado</translation>
    </message>
    <message>
        <source>%1 (%2) joined with %3 (%4): %5</source>
        <translation>%1 (%2) unido con %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>CallInspector</name>
    <message numerus="yes">
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n carácter más no mostrado)</numerusform>
            <numerusform>(%n caracteres más no mostrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>This call has no place in the input to read it from.</source>
        <translation>Esta llamada no tiene un lugar en la entrada desde el que leerla.</translation>
    </message>
    <message>
        <source>This call&apos;s entry is too large to show (%1 MB).</source>
        <translation>La entrada de esta llamada es demasiado grande para mostrarla (%1 MB).</translation>
    </message>
    <message>
        <source>The input cannot be read again: %1</source>
        <translation>La entrada no se puede volver a leer: %1</translation>
    </message>
    <message>
        <source>The input changed since it was read: this call is no longer where it was.</source>
        <translation>La entrada cambió desde que se leyó: esta llamada ya no está donde estaba.</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Select this call where it stands in the input</source>
        <translation>Seleccionar esta llamada donde está en la entrada</translation>
    </message>
    <message>
        <source>Choose a call in the timeline to see its request and response.</source>
        <translation>Elija una llamada en la cronología para ver su solicitud y su respuesta.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>The input changed since it was read: this call is no longer where it was.</source>
        <translation>La entrada cambió desde que se leyó: esta llamada ya no está donde estaba.</translation>
    </message>
    <message>
        <source>(the log line holds the request and the response: see the response)</source>
        <translation>(la línea del registro contiene la solicitud y la respuesta: vea la respuesta)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Show in input</source>
        <translation>Mostrar en la entrada</translation>
    </message>
    <message>
        <source>The file changed since it was read: this call is no longer where it was.</source>
        <translation>El archivo cambió desde que se leyó: esta llamada ya no está donde estaba.</translation>
    </message>
    <message>
        <source>(cut: the lines are longer than can be shown here)</source>
        <translation>(recortado: las líneas son más largas de lo que se puede mostrar aquí)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: no se puede leer</translation>
    </message>
    <message>
        <source>%1: no version</source>
        <translation>%1: sin versión</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos;: duplicate id</source>
        <translation>%1: entrada &apos;%2&apos;: ID duplicado</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: el archivo ocupa más de %2 MiB</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>the packed catalog is of another format</source>
        <translation>el catálogo empaquetado tiene otro formato</translation>
    </message>
    <message>
        <source>the packed catalog is damaged</source>
        <translation>el catálogo empaquetado está dañado</translation>
    </message>
    <message>
        <source>the embedded catalog is missing</source>
        <translation>falta el catálogo integrado</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, device or pipe cannot be a catalog)</source>
        <translation>%1: no es un archivo normal (una carpeta, un dispositivo o una tubería no pueden ser un catálogo)</translation>
    </message>
</context>
<context>
    <name>CatalogFetcher</name>
    <message>
        <source>the server refused the connection</source>
        <translation>el servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>no se encontró el nombre del servidor</translation>
    </message>
    <message>
        <source>the server closed the connection before the end</source>
        <translation>el servidor cerró la conexión antes del final</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>the secure connection failed: %1</source>
        <translation>falló la conexión segura: %1</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>falló el proxy: %1</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>falló la descarga: %1</translation>
    </message>
    <message numerus="yes">
        <source>the transfer stalled: nothing arrived for %n second(s)</source>
        <translation>
            <numerusform>la transferencia se detuvo: no llegó nada durante %n segundo</numerusform>
            <numerusform>la transferencia se detuvo: no llegó nada durante %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the transfer took longer than %n second(s)</source>
        <translation>
            <numerusform>la transferencia tardó más de %n segundo</numerusform>
            <numerusform>la transferencia tardó más de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation>se rechazó el certificado del servidor: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB, over the %2 MB limit</source>
        <translation>el archivo ocupa %1 MB, por encima del límite de %2 MB</translation>
    </message>
    <message>
        <source>more than %1 MB arrived, over the limit</source>
        <translation>llegaron más de %1 MB, por encima del límite</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>más de %1 redirecciones</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>el servidor respondió HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be an object with &apos;label&apos; and &apos;url&apos;</source>
        <translation>debe ser un objeto con &apos;label&apos; y &apos;url&apos;</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: only https and mailto links are allowed</source>
        <translation>se rechaza el enlace &apos;%1&apos;: solo se permiten enlaces https y mailto</translation>
    </message>
    <message>
        <source>must be an array of links</source>
        <translation>debe ser una lista de enlaces</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>campo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an object with &apos;name&apos;, &apos;method&apos; and &apos;path&apos;</source>
        <translation>debe ser un objeto con &apos;name&apos;, &apos;method&apos; y &apos;path&apos;</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must hold 2 to 5 steps, not %1</source>
        <translation>debe contener de 2 a 5 pasos, no %1</translation>
    </message>
    <message>
        <source>must be an object with &apos;text&apos; and optional &apos;links&apos;</source>
        <translation>debe ser un objeto con &apos;text&apos; y, opcionalmente, &apos;links&apos;</translation>
    </message>
    <message>
        <source>uses {%1}, which the template does not declare</source>
        <translation>usa {%1}, que la plantilla no declara</translation>
    </message>
    <message>
        <source>must have the form &apos;%1.&lt;slug&gt;&apos; in lower case</source>
        <translation>debe tener la forma &apos;%1.&lt;slug&gt;&apos; en minúsculas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a canonical status name</source>
        <translation>&apos;%1&apos; no es un nombre de estado canónico</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 does not go with status %2</source>
        <translation>%1 no corresponde al estado %2</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON no válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the top level must be an object with &apos;api&apos; and &apos;entries&apos;</source>
        <translation>el nivel superior debe ser un objeto con &apos;api&apos; y &apos;entries&apos;</translation>
    </message>
    <message>
        <source>must be a lower-case slug such as &apos;connect-domain&apos;</source>
        <translation>debe ser un identificador en minúsculas como &apos;connect-domain&apos;</translation>
    </message>
    <message>
        <source>must be an array of URLs</source>
        <translation>debe ser una lista de URL</translation>
    </message>
    <message>
        <source>must be an array of https URLs</source>
        <translation>debe ser una lista de URL https</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>ID duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an array of %1 strings, one per step</source>
        <translation>debe ser una lista de %1 cadenas, una por paso</translation>
    </message>
    <message>
        <source>must map each English link label to its translation</source>
        <translation>debe asociar cada etiqueta de enlace en inglés con su traducción</translation>
    </message>
    <message>
        <source>the entry has no link labelled &apos;%1&apos;</source>
        <translation>la entrada no tiene ningún enlace con la etiqueta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an object keyed by language code</source>
        <translation>debe ser un objeto cuyas claves sean códigos de idioma</translation>
    </message>
    <message>
        <source>is not a language code such as &apos;de&apos; or &apos;es&apos;</source>
        <translation>no es un código de idioma como &apos;de&apos; o &apos;es&apos;</translation>
    </message>
    <message>
        <source>lists the link &apos;%1&apos; twice</source>
        <translation>incluye dos veces el enlace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: an https link must not hold a user name or password (it hides the host the link opens)</source>
        <translation>se rechaza el enlace &apos;%1&apos;: un enlace https no debe contener un nombre de usuario ni una contraseña (ocultan el host que abre el enlace)</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: a mailto link may set only subject, body and cc, not &apos;%2&apos;</source>
        <translation>se rechaza el enlace &apos;%1&apos;: un enlace mailto solo puede indicar subject, body y cc, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; no es %2</translation>
    </message>
    <message>
        <source>must be an object with &apos;nameserverSuffixes&apos;, &apos;addresses&apos; and &apos;cnameTargets&apos;</source>
        <translation>debe ser un objeto con &apos;nameserverSuffixes&apos;, &apos;addresses&apos; y &apos;cnameTargets&apos;</translation>
    </message>
    <message>
        <source>a host name</source>
        <translation>un nombre de host</translation>
    </message>
    <message>
        <source>an IPv4 or IPv6 address</source>
        <translation>una dirección IPv4 o IPv6</translation>
    </message>
    <message>
        <source>must be an array of domain-check findings</source>
        <translation>debe ser un array de hallazgos de la comprobación del dominio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain-check finding (one of: %2)</source>
        <translation>«%1» no es un hallazgo de la comprobación del dominio (uno de: %2)</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, código %2</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Search codes, messages, troubleshooting and steps (Ctrl+K)</source>
        <translation>Buscar códigos, mensajes, soluciones y pasos (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <source>Error catalog</source>
        <translation>Catálogo de errores</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the catalog</source>
        <translation>
            <numerusform>%n entrada en el catálogo</numerusform>
            <numerusform>%n entradas en el catálogo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entries match</source>
        <translation>
            <numerusform>%1 de %2 entradas coincide</numerusform>
            <numerusform>%1 de %2 entradas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Ninguna entrada coincide</translation>
    </message>
    <message>
        <source>No code, message, troubleshooting text or step holds all of: %1</source>
        <translation>Ningún código, mensaje, texto de solución ni paso contiene todo esto: %1</translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <source>the server answered &quot;not modified&quot; but there is no saved copy</source>
        <translation>el servidor respondió «no modificado», pero no hay ninguna copia guardada</translation>
    </message>
    <message>
        <source>the file is not a valid catalog: %1</source>
        <translation>el archivo no es un catálogo válido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: updated (%n entries)</source>
        <translation>
            <numerusform>%1: actualizado (%n entrada)</numerusform>
            <numerusform>%1: actualizado (%n entradas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: unchanged (%n entries)</source>
        <translation>
            <numerusform>%1: sin cambios (%n entrada)</numerusform>
            <numerusform>%1: sin cambios (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2; the copy from %3 is kept</source>
        <translation>%1: falló: %2; se conserva la copia de %3</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>List the error catalog.</source>
        <translation>Muestra el catálogo de errores.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Escribe JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Look up entries by status: 403, PERMISSION_DENIED, &quot;PERMISSION_DENIED (403)&quot; or &quot;permission denied&quot;.</source>
        <translation>Busca entradas por estado: 403, PERMISSION_DENIED, &quot;PERMISSION_DENIED (403)&quot; o &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Look up entries by error code (case, spaces, _ and - do not matter).</source>
        <translation>Busca entradas por código de error (no importan mayúsculas, espacios, _ ni -).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Diagnose a file (- for standard input): a JSON body, HTTP or curl output, a HAR export or a log.</source>
        <translation>Diagnostica un archivo (- para la entrada estándar): un cuerpo JSON, una salida HTTP o de curl, una exportación HAR o un registro.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Show at most N matches per response (ties included).</source>
        <translation>Muestra como máximo N coincidencias por respuesta (incluidos los empates).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Layer a catalog file over the embedded one (repeatable).</source>
        <translation>Superpone un archivo de catálogo al integrado (se puede repetir).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Open the window, paint it once and quit (for measurements).</source>
        <translation>Abre la ventana, la dibuja una vez y sale (para mediciones).</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>Files to open in the window, one window each.</source>
        <translation>Archivos que se abren en la ventana, cada uno en una ventana propia.</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[archivos...]</translation>
    </message>
    <message>
        <source>--top takes a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--top requiere un número entero igual o mayor que 0, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid embedded catalog: %1</source>
        <translation>catálogo integrado no válido: %1</translation>
    </message>
    <message>
        <source>invalid catalog: %1</source>
        <translation>catálogo no válido: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: give an HTTP status such as 403 or a name such as PERMISSION_DENIED</source>
        <translation>estado desconocido &apos;%1&apos;: indique un estado HTTP como 403 o un nombre como PERMISSION_DENIED</translation>
    </message>
    <message>
        <source>Open a window of its own, even if one is already open.</source>
        <translation>Abre una ventana propia, aunque ya haya una abierta.</translation>
    </message>
    <message>
        <source>The name the running window answers to (default: one per user).</source>
        <translation>El nombre al que responde la ventana abierta (por defecto: uno por usuario).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Diagnoses failed Wix Domains API responses offline, against the embedded catalog of documented errors. With none of --list, --match or --status/--code, opens the window.</source>
        <translation>Diagnostica sin conexión respuestas fallidas de la API de Wix Domains con el catálogo integrado de errores documentados. Sin --list, --match ni --status/--code, abre la ventana.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: give the file to diagnose with --match FILE</source>
        <translation>argumento inesperado &apos;%1&apos;: indique el archivo que se va a diagnosticar con --match ARCHIVO</translation>
    </message>
    <message>
        <source>--%1 is for the window: it does not go with --list, --match or --status/--code</source>
        <translation>--%1 es para la ventana: no se combina con --list, --match ni --status/--code</translation>
    </message>
    <message>
        <source>Read at most this many MiB of the --match input (default 256); the rest is not read, and the answer says so.</source>
        <translation>Leer como máximo esta cantidad de MiB de la entrada de --match (256 por defecto); el resto no se lee, y la respuesta lo indica.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>reading standard input until it is closed (Ctrl+D at a terminal)</source>
        <translation>leyendo la entrada estándar hasta que se cierre (Ctrl+D en una terminal)</translation>
    </message>
    <message>
        <source>waiting for %1 to be written and closed</source>
        <translation>esperando a que %1 se escriba y se cierre</translation>
    </message>
    <message>
        <source>%1 is a device: reading at most the --max-input limit</source>
        <translation>%1 es un dispositivo: se lee como máximo hasta el límite de --max-input</translation>
    </message>
    <message>
        <source>--max-input takes a number of MiB from 1 to %1, not &apos;%2&apos;</source>
        <translation>--max-input espera un número de MiB entre 1 y %1, no «%2»</translation>
    </message>
    <message>
        <source>--json, --top and --max-input go with --list, --match FILE or --status/--code</source>
        <translation>--json, --top y --max-input van con --list, --match ARCHIVO o --status/--code</translation>
    </message>
    <message>
        <source>Subscribe to the catalog file at URL (https) and bring it up to date.</source>
        <translation>Se suscribe al archivo de catálogo situado en URL (https) y lo actualiza.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Check a domain&apos;s live DNS: nameservers, addresses and www record, and whether they point at Wix.</source>
        <translation>Comprueba el DNS en vivo de un dominio: servidores de nombres, direcciones y registro www, y si apuntan a Wix.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>choose one of --list, --match FILE, --status/--code, --update-catalog URL or --check-dns DOMAIN</source>
        <translation>elija una de estas opciones: --list, --match ARCHIVO, --status/--code, --update-catalog URL o --check-dns DOMINIO</translation>
    </message>
    <message>
        <source>--dns-server takes an IP address, not &apos;%1&apos;</source>
        <translation>--dns-server requiere una dirección IP, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Print, for each response (or looked-up entry), the reply the window copies, as text (the default) or markdown.</source>
        <translation>Imprime, para cada respuesta (o entrada consultada), la respuesta que copia la ventana, como text (predeterminado) o markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Write the --reply in this language: en, de or es (default: the interface&apos;s).</source>
        <translation>Escribe la --reply en este idioma: en, de o es (predeterminado: el de la interfaz).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>--reply and --reply-language go with --match FILE or --status/--code</source>
        <translation>--reply y --reply-language van con --match ARCHIVO o --status/--code</translation>
    </message>
    <message>
        <source>--reply prints the reply as text or markdown: it does not go with --json</source>
        <translation>--reply imprime la respuesta como text o markdown: no va con --json</translation>
    </message>
    <message>
        <source>--reply takes text or markdown, not &apos;%1&apos;</source>
        <translation>--reply admite text o markdown, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--reply-language goes with --reply</source>
        <translation>--reply-language va con --reply</translation>
    </message>
    <message>
        <source>--reply-language takes one of %1, not &apos;%2&apos;</source>
        <translation>--reply-language admite uno de %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>response %1: no documented error fits it, so there is no reply</source>
        <translation>respuesta %1: ningún error documentado encaja, así que no hay respuesta</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system&apos;s (repeatable with --check-domain).</source>
        <translation>Consultar este servidor DNS (una dirección IP) en lugar del del sistema (repetible con --check-domain).</translation>
    </message>
    <message>
        <source>Check a domain&apos;s registration (RDAP, at its registry) and its live DNS.</source>
        <translation>Comprobar el registro de un dominio (RDAP, en su registro) y su DNS actual.</translation>
    </message>
    <message>
        <source>The RDAP bootstrap file (RFC 9224) to use instead of the embedded one: an https URL or a file.</source>
        <translation>El archivo de arranque RDAP (RFC 9224) que se usa en lugar del incorporado: una URL https o un archivo.</translation>
    </message>
    <message>
        <source>URL|file</source>
        <translation>URL|archivo</translation>
    </message>
    <message>
        <source>--dns-server goes with --check-dns or --check-domain</source>
        <translation>--dns-server va con --check-dns o --check-domain</translation>
    </message>
    <message>
        <source>--rdap-bootstrap goes with --check-domain</source>
        <translation>--rdap-bootstrap va con --check-domain</translation>
    </message>
    <message>
        <source>Print the report of --match or --status/--code as text (the default), markdown, html or json (as --json): markdown and html as the window&apos;s Save diagnosis writes them.</source>
        <translation>Imprimir el informe de --match o --status/--code como text (predeterminado), markdown, html o json (como --json): markdown y html tal como los escribe «Guardar diagnóstico» en la ventana.</translation>
    </message>
    <message>
        <source>--format goes with --match FILE or --status/--code</source>
        <translation>--format va con --match ARCHIVO o --status/--code</translation>
    </message>
    <message>
        <source>--reply prints the reply: it does not go with --format</source>
        <translation>--reply imprime la respuesta: no va con --format</translation>
    </message>
    <message>
        <source>--format takes text, markdown, html or json, not &apos;%1&apos;</source>
        <translation>--format admite text, markdown, html o json, no «%1»</translation>
    </message>
    <message>
        <source>--json and --format %1 ask for two formats</source>
        <translation>--json y --format %1 piden dos formatos</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Genérica</translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>The registry and DNS agree on Wix&apos;s nameservers (%1): the delegation is in place.</source>
        <translation>El registro y el DNS coinciden en los servidores de nombres de Wix (%1): la delegación está establecida.</translation>
    </message>
    <message>
        <source>The registrar still lists nameservers that are not Wix&apos;s (%1), and DNS answers with them: a NAMESERVERS connection waits for the registrar.</source>
        <translation>El registrador aún tiene servidores de nombres que no son los de Wix (%1), y el DNS responde con ellos: una conexión NAMESERVERS espera al registrador.</translation>
    </message>
    <message>
        <source>Wix&apos;s nameservers are set at the registry (%1), but %2 still answers %3: the old answer may be served until %4 (its TTL).</source>
        <translation>En el registro están los servidores de nombres de Wix (%1), pero %2 aún responde %3: la respuesta antigua puede servirse hasta las %4 (su TTL).</translation>
    </message>
    <message>
        <source>The nameservers disagree: the registry lists %1, %2 answers %3.</source>
        <translation>Los servidores de nombres no coinciden: el registro tiene %1, %2 responde %3.</translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the delegation is signed (DNSSEC). Remove the DS records at the registrar first, or the domain goes dark for validating resolvers.</source>
        <translation>Antes de cambiar a los servidores de nombres de Wix: la delegación está firmada (DNSSEC). Elimine primero los registros DS en el registrador, o el dominio dejará de resolverse para los resolutores que validan.</translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the current DNS has MX records (%1) that will not exist at Wix; mail stops until they are added there.</source>
        <translation>Antes de cambiar a los servidores de nombres de Wix: el DNS actual tiene registros MX (%1) que no existirán en Wix; el correo se detiene hasta que se añadan allí.</translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the current DNS has TXT records (%1) that will not exist at Wix (SPF, site verifications); add them there.</source>
        <translation>Antes de cambiar a los servidores de nombres de Wix: el DNS actual tiene registros TXT (%1) que no existirán en Wix (SPF, verificaciones de sitios); añádalos allí.</translation>
    </message>
</context>
<context>
    <name>DiagnosePage</name>
    <message>
        <source>Paste a response, drop a file, or press Ctrl+V anywhere</source>
        <translation>Pegue una respuesta, suelte un archivo o pulse Ctrl+V en cualquier lugar</translation>
    </message>
    <message>
        <source>Response to diagnose</source>
        <translation>Respuesta que diagnosticar</translation>
    </message>
    <message>
        <source>A JSON error body, curl -v or curl -i output, a raw HTTP response, a HAR export, log lines, or just &quot;403 DOMAINS_GUID_NOT_FOUND&quot;.</source>
        <translation>Un cuerpo de error JSON, la salida de curl -v o curl -i, una respuesta HTTP sin procesar, una exportación HAR, líneas de registro o solo &quot;403 DOMAINS_GUID_NOT_FOUND&quot;.</translation>
    </message>
    <message>
        <source>Diagnosis in progress</source>
        <translation>Diagnóstico en curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Lo que se leyó</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The clipboard holds no text to diagnose.</source>
        <translation>El portapapeles no contiene texto que diagnosticar.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>No se puede abrir %1: no es un archivo legible.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is diagnosed in full, but it is too large to show here. Type or paste to replace it.</source>
        <translation>%1 (%2) se diagnostica completo, pero es demasiado grande para mostrarlo aquí. Escriba o pegue para sustituirlo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was read</source>
        <translation>No se leyó nada</translation>
    </message>
    <message>
        <source>Diagnosis cancelled: the results cover only what was read before.</source>
        <translation>Diagnóstico cancelado: los resultados abarcan solo lo leído hasta entonces.</translation>
    </message>
    <message>
        <source>No failed API response found</source>
        <translation>No se encontró ninguna respuesta fallida de la API</translation>
    </message>
    <message>
        <source>Nothing in this text looks like an error: no HTTP status of 400 or more, no error code, no documented message. A successful response, or prose, gives no result.</source>
        <translation>Nada en este texto parece un error: ningún estado HTTP de 400 o más, ningún código de error, ningún mensaje documentado. Una respuesta correcta, o texto corrido, no da ningún resultado.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Leído: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error response(s)</source>
        <translation>
            <numerusform>%n respuesta de error</numerusform>
            <numerusform>%n respuestas de error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted</source>
        <translation>
            <numerusform>%n secreto eliminado</numerusform>
            <numerusform>%n secretos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to diagnose yet.</source>
        <translation>Aún no hay nada que diagnosticar.</translation>
    </message>
    <message>
        <source>Paste a failed response</source>
        <translation>Pegue una respuesta fallida</translation>
    </message>
    <message>
        <source>Paste what the customer sent: a JSON error body, curl -v output, a raw HTTP response, a HAR export, log lines, or just &quot;403 DOMAINS_GUID_NOT_FOUND&quot;. Secrets such as Authorization headers are removed before anything is shown. Press &quot;Try an example&quot; to see how it works.</source>
        <translation>Pegue lo que envió el cliente: un cuerpo de error JSON, la salida de curl -v, una respuesta HTTP sin procesar, una exportación HAR, líneas de registro o solo &quot;403 DOMAINS_GUID_NOT_FOUND&quot;. Los secretos, como los encabezados Authorization, se eliminan antes de mostrar nada. Pulse &quot;Probar un ejemplo&quot; para ver cómo funciona.</translation>
    </message>
    <message>
        <source>Try an e&amp;xample</source>
        <translation>&amp;Probar un ejemplo</translation>
    </message>
    <message>
        <source>Load an example curl -v response and diagnose it</source>
        <translation>Cargar una respuesta de ejemplo de curl -v y diagnosticarla</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Diagnosticando…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>Filtrar resultados</translation>
    </message>
    <message>
        <source>Show only the results that contain every word typed: a code, a domain, a path, a request ID (Ctrl+F from the results)</source>
        <translation>Mostrar solo los resultados que contienen cada palabra escrita: un código, un dominio, una ruta, un ID de solicitud (Ctrl+F desde los resultados)</translation>
    </message>
    <message>
        <source>No result contains “%1”.</source>
        <translation>Ningún resultado contiene «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n response(s)</source>
        <translation>
            <numerusform>%1 de %n respuesta</numerusform>
            <numerusform>%1 de %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct error(s)</source>
        <translation>
            <numerusform>%n error distinto</numerusform>
            <numerusform>%n errores distintos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 no contiene texto.</translation>
    </message>
    <message>
        <source>%1 is not text: it is not shown here.</source>
        <translation>%1 no es texto: no se muestra aquí.</translation>
    </message>
    <message>
        <source>The answer for this input appears here once it has been read.</source>
        <translation>La respuesta para esta entrada aparece aquí en cuanto se haya leído.</translation>
    </message>
    <message>
        <source>Diagnosis cancelled</source>
        <translation>Diagnóstico cancelado</translation>
    </message>
    <message>
        <source>No failed response was found before the diagnosis was cancelled.</source>
        <translation>No se encontró ninguna respuesta fallida antes de cancelar el diagnóstico.</translation>
    </message>
    <message>
        <source>Not a response: binary data</source>
        <translation>No es una respuesta: datos binarios</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>This input has no timeline: it holds fewer than two Wix calls and follows no documented flow.</source>
        <translation>Esta entrada no tiene cronología: contiene menos de dos llamadas a Wix y no sigue ningún flujo documentado.</translation>
    </message>
    <message>
        <source>The input is a file too large to show in the editor: this call is %1 of it.</source>
        <translation>La entrada es un archivo demasiado grande para mostrarlo en el editor: esta llamada es %1 del mismo.</translation>
    </message>
    <message>
        <source>This call is no longer in the input: the text changed since it was read.</source>
        <translation>Esta llamada ya no está en la entrada: el texto cambió desde que se leyó.</translation>
    </message>
    <message>
        <source>Selected %1 in the input.</source>
        <translation>%1 seleccionado en la entrada.</translation>
    </message>
</context>
<context>
    <name>DiagnosisFile</name>
    <message>
        <source>request ID %1</source>
        <translation>ID de solicitud %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No documented error fits</source>
        <translation>Ningún error documentado corresponde</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Leído: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error response(s)</source>
        <translation>
            <numerusform>%n respuesta de error</numerusform>
            <numerusform>%n respuestas de error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct error(s)</source>
        <translation>
            <numerusform>%n error distinto</numerusform>
            <numerusform>%n errores distintos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted</source>
        <translation>
            <numerusform>%n secreto eliminado</numerusform>
            <numerusform>%n secretos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnóstico de %1</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>catálogo %1</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n times</source>
        <translation>
            <numerusform>Visto %n vez</numerusform>
            <numerusform>Visto %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>Other candidates:</source>
        <translation>Otros candidatos:</translation>
    </message>
    <message>
        <source>This response failed, but nothing in the catalog matches what it says.</source>
        <translation>Esta respuesta falló, pero nada en el catálogo corresponde a lo que dice.</translation>
    </message>
    <message>
        <source>The input (%1) is too large to be included here.</source>
        <translation>La entrada (%1) es demasiado grande para incluirla aquí.</translation>
    </message>
    <message>
        <source>Input, secrets removed</source>
        <translation>Entrada, sin secretos</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Página HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>JSON, as the command line writes it (*.json)</source>
        <translation>JSON, como lo escribe la línea de comandos (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Text, as the command line prints it (*.txt)</source>
        <translation>Texto, tal como lo imprime la línea de órdenes (*.txt)</translation>
    </message>
</context>
<context>
    <name>DnsCheckPanel</name>
    <message>
        <source>Add to the repl&amp;y</source>
        <translation>Añadir a &amp;la respuesta</translation>
    </message>
    <message>
        <source>Ask the registry and DNS now about %1: its registration, nameservers, addresses and www record</source>
        <translation>Preguntar ahora al registro y al DNS por %1: su registro, servidores de nombres, direcciones y registro www</translation>
    </message>
    <message>
        <source>Domain check: registration, delegation, propagation, warnings and records</source>
        <translation>Comprobación del dominio: registro, delegación, propagación, advertencias y registros</translation>
    </message>
    <message>
        <source>Include the verdict, the sections and the records in the copied reply</source>
        <translation>Incluir el veredicto, las secciones y los registros en la respuesta copiada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the domain check</source>
        <translation>Cerrar la comprobación del dominio</translation>
    </message>
    <message>
        <source>Check domain</source>
        <translation>Comprobar el dominio</translation>
    </message>
    <message>
        <source>Checking %1 at the registry and in DNS…</source>
        <translation>Comprobando %1 en el registro y en el DNS…</translation>
    </message>
    <message>
        <source>Expected records</source>
        <translation>Registros esperados</translation>
    </message>
    <message>
        <source>Expected records (%1)</source>
        <translation>Registros esperados (%1)</translation>
    </message>
    <message>
        <source>%1 checked in %2 ms.</source>
        <translation>%1 comprobado en %2 ms.</translation>
    </message>
</context>
<context>
    <name>DnsChecker</name>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation>&apos;%1&apos; no es un nombre de dominio</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsReport</name>
    <message>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>no records of this type</source>
        <translation>no hay registros de este tipo</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>el nombre no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>el servidor DNS no pudo responder (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused to answer (REFUSED)</source>
        <translation>el servidor DNS se negó a responder (REFUSED)</translation>
    </message>
    <message>
        <source>no answer in time (timed out)</source>
        <translation>sin respuesta a tiempo (se agotó el tiempo de espera)</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>la consulta falló</translation>
    </message>
    <message>
        <source>the DNS server %1</source>
        <translation>el servidor DNS %1</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>el resolvedor del sistema</translation>
    </message>
    <message>
        <source>the system&apos;s resolver (%1)</source>
        <translation>el resolutor del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>DnsVerdict</name>
    <message>
        <source>NAMESERVERS fits when the owner can change the domain&apos;s nameservers at the registrar: to Wix&apos;s (under %1).</source>
        <translation>NAMESERVERS corresponde cuando el propietario puede cambiar los servidores de nombres del dominio en el registrador: a los de Wix (bajo %1).</translation>
    </message>
    <message>
        <source>POINTING fits when the DNS stays where it is: %1 A record to %2, and www CNAME to %3.</source>
        <translation>POINTING corresponde cuando el DNS se queda donde está: registro A de %1 hacia %2, y CNAME www hacia %3.</translation>
    </message>
    <message>
        <source> (of the parent zone %1)</source>
        <translation> (de la zona principal %1)</translation>
    </message>
    <message>
        <source>Nameservers%1: %2.</source>
        <translation>Servidores de nombres%1: %2.</translation>
    </message>
    <message>
        <source>Addresses: %1.</source>
        <translation>Direcciones: %1.</translation>
    </message>
    <message>
        <source>www CNAME: %1.</source>
        <translation>CNAME www: %1.</translation>
    </message>
    <message>
        <source>The nameservers of %1 are already Wix&apos;s: a NAMESERVERS connection is in place.</source>
        <translation>Los servidores de nombres de %1 ya son los de Wix: hay una conexión NAMESERVERS establecida.</translation>
    </message>
    <message>
        <source>%1 already points at Wix (%2): a POINTING connection is in place.</source>
        <translation>%1 ya apunta a Wix (%2): hay una conexión POINTING establecida.</translation>
    </message>
    <message>
        <source>the www CNAME</source>
        <translation>el CNAME www</translation>
    </message>
    <message>
        <source>the A record and the www CNAME</source>
        <translation>el registro A y el CNAME www</translation>
    </message>
    <message>
        <source>the A record</source>
        <translation>el registro A</translation>
    </message>
    <message>
        <source>It also has other addresses (%1): remove them, or visitors reach two different servers.</source>
        <translation>También tiene otras direcciones (%1): quítelas, o los visitantes llegarán a dos servidores distintos.</translation>
    </message>
    <message>
        <source>%1 does not point at Wix yet: its records are another host&apos;s.</source>
        <translation>%1 aún no apunta a Wix: sus registros son de otro host.</translation>
    </message>
    <message>
        <source>Only some of the nameservers are Wix&apos;s (%1): all of them must be.</source>
        <translation>Solo algunos de los servidores de nombres son de Wix (%1): deben serlo todos.</translation>
    </message>
    <message>
        <source>%1 exists but the DNS server gave no NS, A, AAAA or www CNAME records for it.</source>
        <translation>%1 existe, pero el servidor DNS no devolvió ningún registro NS, A, AAAA ni CNAME www para él.</translation>
    </message>
    <message>
        <source>No verdict: %1.</source>
        <translation>Sin veredicto: %1.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN): nobody has registered it, or it is misspelt.</source>
        <translation>%1 no existe en DNS (NXDOMAIN): nadie lo ha registrado o está mal escrito.</translation>
    </message>
    <message>
        <source>This supports the error: the name does not exist, so it is available for purchase and must be bought before it can be connected.</source>
        <translation>Esto confirma el error: el nombre no existe, así que está disponible para su compra y debe comprarse antes de poder conectarlo.</translation>
    </message>
    <message>
        <source>This does not support the error: the name exists in DNS, so it has been registered. Check the spelling and the TLD sent in the request.</source>
        <translation>Esto no confirma el error: el nombre existe en DNS, así que ya está registrado. Compruebe cómo se escribe y el TLD enviado en la solicitud.</translation>
    </message>
    <message>
        <source>The request asked for %1, which is what DNS shows in place.</source>
        <translation>La solicitud pedía %1, que es lo que el DNS muestra establecido.</translation>
    </message>
    <message>
        <source>The request asked for %1, but DNS shows %2 in place: the connection type differs.</source>
        <translation>La solicitud pedía %1, pero el DNS muestra %2 establecido: el tipo de conexión es distinto.</translation>
    </message>
    <message>
        <source>DNS shows a %1 connection to Wix in place for this domain.</source>
        <translation>El DNS muestra una conexión %1 con Wix establecida para este dominio.</translation>
    </message>
    <message>
        <source>The domain must be registered before it can be connected: check its spelling.</source>
        <translation>El dominio debe estar registrado antes de poder conectarlo: compruebe cómo se escribe.</translation>
    </message>
    <message>
        <source>The request asked for %1; DNS does not show it in place yet.</source>
        <translation>La solicitud pedía %1; el DNS aún no lo muestra establecido.</translation>
    </message>
    <message>
        <source>Live DNS check of %1:</source>
        <translation>Comprobación en vivo del DNS de %1:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>no usable reply: an empty one, or none at all</source>
        <translation>ninguna respuesta útil: una vacía o ninguna</translation>
    </message>
    <message>
        <source>it answered NXDOMAIN, as a broken or filtering resolver does</source>
        <translation>respondió NXDOMAIN, como hace un resolutor averiado o que filtra</translation>
    </message>
    <message>
        <source>%1 cannot resolve %2 NS, a name every working resolver resolves (%3)</source>
        <translation>%1 no puede resolver %2 NS, un nombre que todo resolutor que funciona resuelve (%3)</translation>
    </message>
    <message>
        <source>%1 gave no answer for %2 %3 (%4)</source>
        <translation>%1 no dio respuesta para %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Nothing can be said about %1 until a working DNS server answers; try again, or ask another server.</source>
        <translation>No se puede decir nada de %1 hasta que responda un servidor DNS que funcione; inténtelo de nuevo o consulte otro servidor.</translation>
    </message>
    <message>
        <source>Asked %1; the check took %2 ms.</source>
        <translation>Consultado: %1; la comprobación tardó %2 ms.</translation>
    </message>
</context>
<context>
    <name>DomainExplanation</name>
    <message>
        <source>the domain is registered at %1 since %2</source>
        <translation>el dominio está registrado en %1 desde %2</translation>
    </message>
    <message>
        <source>the domain is registered at %1</source>
        <translation>el dominio está registrado en %1</translation>
    </message>
    <message>
        <source>the registry holds the domain: it is registered</source>
        <translation>el registro tiene el dominio: está registrado</translation>
    </message>
    <message>
        <source>the registry answered that it has no such domain: it is not registered</source>
        <translation>el registro respondió que no existe ese dominio: no está registrado</translation>
    </message>
    <message>
        <source>the domain expired on %1</source>
        <translation>el dominio caducó el %1</translation>
    </message>
    <message>
        <source>the registry shows the domain %1</source>
        <translation>el registro muestra el dominio: %1</translation>
    </message>
    <message>
        <source>This explains %1: %2.</source>
        <translation>Esto explica %1: %2.</translation>
    </message>
</context>
<context>
    <name>DomainSection</name>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Not known: it needs the registry&apos;s answer and a DNS server that can be trusted.</source>
        <translation>Desconocido: hace falta la respuesta del registro y un servidor DNS de confianza.</translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation>Propagación</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
</context>
<context>
    <name>ExpectedRecords</name>
    <message>
        <source>%1: in place (%2 answers it).</source>
        <translation>%1: presente (%2 lo devuelve).</translation>
    </message>
    <message>
        <source>%1: missing (%2 answers no such record).</source>
        <translation>%1: falta (%2 no devuelve ningún registro así).</translation>
    </message>
    <message>
        <source>%1: missing (%2 answers %3).</source>
        <translation>%1: falta (%2 devuelve %3).</translation>
    </message>
    <message>
        <source>%1: not known (%2 gave no answer for it).</source>
        <translation>%1: desconocido (%2 no respondió a esa consulta).</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+Intro, Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of more than %2 matches</source>
        <translation>%1 de más de %2 coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 de %n coincidencia</numerusform>
            <numerusform>%1 de %n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowAnalysis</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>fuera de orden</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>still polling</source>
        <translation>aún consultando</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrable</translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>the flow</source>
        <translation>el flujo</translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation>debe contener objetos</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>se usa dos veces</translation>
    </message>
</context>
<context>
    <name>FlowJudge</name>
    <message>
        <source>%1 failed with %2: the flow&apos;s step %3, “%4”, comes before it and is not in this input; the error says it was not done.</source>
        <translation>%1 falló con %2: el paso %3 del flujo, «%4», va antes y no está en esta entrada; el error dice que no se hizo.</translation>
    </message>
    <message>
        <source>%1 was called for a domain whose %2 is %3, which it does not serve.</source>
        <translation>Se llamó a %1 para un dominio cuyo %2 es %3, y no atiende esos dominios.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was called %n time(s)%2 and still says %3 %4: it can take up to %5 hours.</source>
        <translation>
            <numerusform>Se llamó a %1 %n vez%2 y aún dice %3 %4: puede tardar hasta %5 horas.</numerusform>
            <numerusform>Se llamó a %1 %n veces%2 y aún dice %3 %4: puede tardar hasta %5 horas.</numerusform>
        </translation>
    </message>
    <message>
        <source> over %1</source>
        <translation> durante %1</translation>
    </message>
    <message>
        <source>%1 (step %2) failed with HTTP %3%4.</source>
        <translation>%1 (paso %2) falló con HTTP %3%4.</translation>
    </message>
    <message>
        <source>%1 (step %2) was called before %3 (step %4), which the flow puts ahead of it.</source>
        <translation>Se llamó a %1 (paso %2) antes que a %3 (paso %4), que el flujo pone delante.</translation>
    </message>
    <message>
        <source>%1 (step %2) is not in this input, though later steps are.</source>
        <translation>%1 (paso %2) no está en esta entrada, aunque sí pasos posteriores.</translation>
    </message>
    <message>
        <source>%1 is still waiting for its result.</source>
        <translation>%1 aún espera su resultado.</translation>
    </message>
    <message>
        <source>The calls stop before %1 (step %2).</source>
        <translation>Las llamadas se detienen antes de %1 (paso %2).</translation>
    </message>
    <message>
        <source>Every step of the flow that an input can show is done.</source>
        <translation>Todos los pasos del flujo que una entrada puede mostrar están hechos.</translation>
    </message>
</context>
<context>
    <name>FlowReader</name>
    <message>
        <source>flow &apos;%1&apos;, %2: field &apos;%3&apos; %4</source>
        <translation>flujo &apos;%1&apos;, %2: campo &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation>debe ser una URL https</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation>debe contener objetos</translation>
    </message>
    <message>
        <source>must be &quot;request&quot; or &quot;response&quot;</source>
        <translation>debe ser &quot;request&quot; o &quot;response&quot;</translation>
    </message>
    <message>
        <source>must hold member paths such as &quot;a.b&quot;</source>
        <translation>debe contener rutas de miembros como &quot;a.b&quot;</translation>
    </message>
    <message>
        <source>must list at least one path</source>
        <translation>debe indicar al menos una ruta</translation>
    </message>
    <message>
        <source>must start with / and come with a method</source>
        <translation>debe empezar por / e ir con un método</translation>
    </message>
    <message>
        <source>is not a known rule kind</source>
        <translation>no es un tipo de regla conocido</translation>
    </message>
    <message>
        <source>names no step</source>
        <translation>no nombra ningún paso</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>debe ser un número positivo</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>debe indicar al menos un paso</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>se usa dos veces</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
</context>
<context>
    <name>HarReader</name>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 en el carácter %2</translation>
    </message>
    <message>
        <source>HAR %1 has no response object and was skipped.</source>
        <translation>HAR %1 no tiene objeto response y se omitió.</translation>
    </message>
    <message>
        <source>HAR %1: response.status is not a number; skipped.</source>
        <translation>HAR %1: response.status no es un número; se omitió.</translation>
    </message>
    <message>
        <source>HAR %1: response.content.text is not a string; body ignored.</source>
        <translation>HAR %1: response.content.text no es una cadena; se ignoró el cuerpo.</translation>
    </message>
    <message>
        <source>HAR %1 is not valid JSON (%2) and was skipped.</source>
        <translation>HAR %1 no es JSON válido (%2) y se omitió.</translation>
    </message>
    <message>
        <source>HAR %1: %2</source>
        <translation>HAR %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more problems in the HAR file.</source>
        <translation>... y %1 problemas más en el archivo HAR.</translation>
    </message>
    <message>
        <source>The HAR file ends inside entry %1: it may be truncated. The entries before it were read; what there is of entry %1 was read as plain text.</source>
        <translation>El archivo HAR termina dentro de la entrada %1: puede estar truncado. Se leyeron las entradas anteriores; lo que hay de la entrada %1 se leyó como texto sin formato.</translation>
    </message>
    <message>
        <source>The HAR file ends after entry %1, before its list of entries is closed: it may be truncated.</source>
        <translation>El archivo HAR termina después de la entrada %1, antes de cerrar su lista de entradas: puede estar truncado.</translation>
    </message>
    <message>
        <source>The HAR file ends before it is closed: it may be truncated. All its %1 entries were read.</source>
        <translation>El archivo HAR termina antes de cerrarse: puede estar truncado. Se leyeron sus %1 entradas.</translation>
    </message>
    <message>
        <source>HAR %1 holds a text longer than %2: only its first %2 were read, the rest was skipped.</source>
        <translation>HAR %1 contiene un texto de más de %2: solo se leyeron sus primeros %2; el resto se omitió.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search history (codes, domains, messages)</source>
        <translation>Buscar en el historial (códigos, dominios, mensajes)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Recent diagnoses</source>
        <translation>Diagnósticos recientes</translation>
    </message>
    <message>
        <source>No diagnoses yet. Each paste you diagnose is kept here, with secrets removed.</source>
        <translation>Aún no hay diagnósticos. Cada texto pegado que diagnostique se guarda aquí, sin secretos.</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Vaciar el historial…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Vaciar el historial</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>No se pudo vaciar el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n diagnoses from the history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Quitar el %n diagnóstico del historial? No se puede deshacer.</numerusform>
            <numerusform>¿Quitar los %n diagnósticos del historial? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>&amp;Vaciar el historial</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%1  (%n times)</source>
        <translation>
            <numerusform>%1  (%n vez)</numerusform>
            <numerusform>%1  (%n veces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>no list of items</source>
        <translation>no hay lista de elementos</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2) and could not be moved aside either; history is not saved this session.</source>
        <translation>No se pudo leer el archivo de historial %1 (%2) ni apartarlo; el historial no se guarda en esta sesión.</translation>
    </message>
    <message>
        <source>The history file could not be read (%1). It was kept as %2 and a new history was started.</source>
        <translation>No se pudo leer el archivo de historial (%1). Se conservó como %2 y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>not kept in history: the input is larger than %1 KiB</source>
        <translation>no se guarda en el historial: la entrada ocupa más de %1 KiB</translation>
    </message>
    <message>
        <source>the history file is locked by another window</source>
        <translation>otra ventana tiene bloqueado el archivo de historial</translation>
    </message>
    <message numerus="yes">
        <source>%n history item(s) could not be read (a date or a value of the wrong type) and could not be kept aside either: %1.</source>
        <translation>
            <numerusform>No se pudo leer %n elemento del historial (una fecha o un valor de tipo incorrecto) ni tampoco apartarlo: %1.</numerusform>
            <numerusform>No se pudieron leer %n elementos del historial (una fecha o un valor de tipo incorrecto) ni tampoco apartarlos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history item(s) could not be read (a date or a value of the wrong type); they were kept in %1.</source>
        <translation>
            <numerusform>No se pudo leer %n elemento del historial (una fecha o un valor de tipo incorrecto); se guardó en %1.</numerusform>
            <numerusform>No se pudieron leer %n elementos del historial (una fecha o un valor de tipo incorrecto); se guardaron en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>el disco está lleno (%1)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>the history lock file could not be created</source>
        <translation>no se pudo crear el archivo de bloqueo del historial</translation>
    </message>
    <message>
        <source>the history file is still busy</source>
        <translation>el archivo de historial todavía se está escribiendo</translation>
    </message>
</context>
<context>
    <name>InputFormat</name>
    <message>
        <source>empty input</source>
        <translation>entrada vacía</translation>
    </message>
    <message>
        <source>look-up</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>HAR export</source>
        <translation>exportación HAR</translation>
    </message>
    <message>
        <source>curl -v output</source>
        <translation>salida de curl -v</translation>
    </message>
    <message>
        <source>raw HTTP response</source>
        <translation>respuesta HTTP sin procesar</translation>
    </message>
    <message>
        <source>log</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>Wix JSON error body</source>
        <translation>cuerpo de error JSON de Wix</translation>
    </message>
    <message>
        <source>Google-style JSON error</source>
        <translation>error JSON al estilo de Google</translation>
    </message>
    <message>
        <source>problem+json body</source>
        <translation>cuerpo problem+json</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>Reading stopped after %1 bytes: %2. What was read before is shown.</source>
        <translation>La lectura se detuvo tras %1 bytes: %2. Se muestra lo leído hasta entonces.</translation>
    </message>
    <message>
        <source>Reading was cancelled: only the part read so far is shown.</source>
        <translation>Se canceló la lectura: solo se muestra la parte leída hasta ahora.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8: bytes that could not be read were replaced with «�».</source>
        <translation>La entrada no es UTF-8 válido: los bytes que no se pudieron leer se sustituyeron por «�».</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL byte(s) in the input were read as spaces.</source>
        <translation>
            <numerusform>%n byte NUL de la entrada se leyó como espacio.</numerusform>
            <numerusform>%n bytes NUL de la entrada se leyeron como espacios.</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like a HAR file, but it is not valid JSON (%1 at character %2): it may be truncated. It was read as plain text instead.</source>
        <translation>Parece un archivo HAR, pero no es JSON válido (%1 en el carácter %2): puede estar truncado. Se leyó como texto sin formato.</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be read as a document; it was read as plain text instead.</source>
        <translation>El JSON tiene demasiados niveles de anidamiento para leerlo como documento; se leyó como texto sin formato.</translation>
    </message>
    <message>
        <source>This looks like JSON, but it is not valid (%1 at character %2); it was read as plain text instead.</source>
        <translation>Parece JSON, pero no es válido (%1 en el carácter %2); se leyó como texto sin formato.</translation>
    </message>
    <message>
        <source>The input is larger than %1: the first %1 were read (--max-input raises the limit).</source>
        <translation>La entrada es mayor que %1: se leyeron los primeros %1 (--max-input eleva el límite).</translation>
    </message>
    <message>
        <source>This is not text but binary data (%1, starting %2): nothing in it was read.</source>
        <translation>No es texto sino datos binarios (%1, empieza por %2): no se leyó nada de su contenido.</translation>
    </message>
    <message>
        <source>The input is empty: there is nothing to diagnose.</source>
        <translation>La entrada está vacía: no hay nada que diagnosticar.</translation>
    </message>
    <message>
        <source>The input holds only white space (%1): there is nothing to diagnose.</source>
        <translation>La entrada solo contiene espacios en blanco (%1): no hay nada que diagnosticar.</translation>
    </message>
    <message>
        <source>Part of the input is not text (binary data such as an image, an archive or random bytes): about %1 of it were not searched for errors or secrets.</source>
        <translation>Parte de la entrada no es texto (datos binarios como una imagen, un archivo comprimido o bytes aleatorios): unos %1 de ella no se revisaron en busca de errores ni secretos.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>líneas %1-%2</translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation>entrada %1 de %2</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>elemento %1 de %2</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Entries that fit</source>
        <translation>Entradas que corresponden</translation>
    </message>
    <message>
        <source>Any code: type to filter</source>
        <translation>Cualquier código: escriba para filtrar</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Choose a status, a code, or both.</source>
        <translation>Elija un estado, un código o ambos.</translation>
    </message>
    <message>
        <source>Look up a status and a code</source>
        <translation>Consultar un estado y un código</translation>
    </message>
    <message>
        <source>Pick the HTTP status the customer got and the error code they quote, for example 403 and DOMAINS_GUID_NOT_FOUND. Choosing a status narrows the codes; typing in the code box filters them.</source>
        <translation>Elija el estado HTTP que recibió el cliente y el código de error que cita, por ejemplo 403 y DOMAINS_GUID_NOT_FOUND. Al elegir un estado se acotan los códigos; al escribir en el cuadro de código se filtran.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) fit</source>
        <translation>
            <numerusform>%n entrada corresponde</numerusform>
            <numerusform>%n entradas corresponden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fits</source>
        <translation>Nada corresponde</translation>
    </message>
    <message>
        <source>No documented error has this status and code. Check the code&apos;s spelling, or choose &quot;Any status&quot;: the same code may be documented under another status.</source>
        <translation>Ningún error documentado tiene este estado y este código. Compruebe cómo se escribe el código o elija &quot;Cualquier estado&quot;: el mismo código puede estar documentado con otro estado.</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) contain “%1”</source>
        <translation>
            <numerusform>%n código contiene «%1»</numerusform>
            <numerusform>%n códigos contienen «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep typing, or pick a code</source>
        <translation>Siga escribiendo o elija un código</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is part of %n documented code(s). Choose one from the list or type the rest.</source>
        <translation>
            <numerusform>«%1» forma parte de %n código documentado. Elíjalo de la lista o escriba el resto.</numerusform>
            <numerusform>«%1» forma parte de %n códigos documentados. Elija uno de la lista o escriba el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries share status %1: add a code to narrow them. Current APIs first, then what the history saw most and last.</source>
        <translation>
            <numerusform>%n entrada tiene el estado %1: añada un código para acotar. Primero las API actuales, luego lo que el historial vio más y más recientemente.</numerusform>
            <numerusform>%n entradas comparten el estado %1: añada un código para acotarlas. Primero las API actuales, luego lo que el historial vio más y más recientemente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Domains Troubleshooter</source>
        <translation>Domains Troubleshooter</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a response, HAR or log file</source>
        <translation>Abrir un archivo de respuesta, HAR o registro</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Paste and diagnose</source>
        <translation>&amp;Pegar y diagnosticar</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>C&amp;lear input</source>
        <translation>&amp;Borrar la entrada</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Copiar &amp;respuesta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>Copiar &amp;ID de solicitud</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Search the catalog</source>
        <translation>Bu&amp;scar en el catálogo</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>Ca&amp;tálogo</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Domains Troubleshooter</source>
        <translation>Acerca &amp;de Domains Troubleshooter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Responses, HAR exports and logs (*.json *.har *.txt *.log);;All files (*)</source>
        <translation>Respuestas, exportaciones HAR y registros (*.json *.har *.txt *.log);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1 · %n entries</source>
        <translation>
            <numerusform>Catálogo %1 · %n entrada</numerusform>
            <numerusform>Catálogo %1 · %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n catalog file(s) refused</source>
        <translation>
            <numerusform>⚠ %n archivo de catálogo rechazado</numerusform>
            <numerusform>⚠ %n archivos de catálogo rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog files refused</source>
        <translation>Archivos de catálogo rechazados</translation>
    </message>
    <message>
        <source>These catalog files were not loaded; the app runs on the embedded catalog and the files that loaded:

%1</source>
        <translation>Estos archivos de catálogo no se cargaron; la aplicación funciona con el catálogo integrado y los archivos que sí se cargaron:

%1</translation>
    </message>
    <message>
        <source>Not kept in history: the input is larger than %1 KiB.</source>
        <translation>No se guarda en el historial: la entrada ocupa más de %1 KiB.</translation>
    </message>
    <message>
        <source>History not saved: %1</source>
        <translation>Historial no guardado: %1</translation>
    </message>
    <message>
        <source>About Domains Troubleshooter</source>
        <translation>Acerca de Domains Troubleshooter</translation>
    </message>
    <message numerus="yes">
        <source>Domains Troubleshooter %1

Diagnoses failed Wix Domains API responses offline and says what to do about them.

Catalog %2, %n entries, from:
%3</source>
        <translation>
            <numerusform>Domains Troubleshooter %1

Diagnostica sin conexión respuestas fallidas de la API de Wix Domains y dice qué hacer con ellas.

Catálogo %2, %n entrada, de:
%3</numerusform>
            <numerusform>Domains Troubleshooter %1

Diagnostica sin conexión respuestas fallidas de la API de Wix Domains y dice qué hacer con ellas.

Catálogo %2, %n entradas, de:
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Copy reply as plain &amp;text</source>
        <translation>Copiar respuesta como &amp;texto sin formato</translation>
    </message>
    <message>
        <source>Copy the reply for the ticket as plain text</source>
        <translation>Copiar la respuesta para el ticket como texto sin formato</translation>
    </message>
    <message>
        <source>Copy reply as &amp;Markdown</source>
        <translation>Copiar respuesta como &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy the reply for the ticket as Markdown</source>
        <translation>Copiar la respuesta para el ticket como Markdown</translation>
    </message>
    <message>
        <source>%1 — Domains Troubleshooter</source>
        <translation>%1 — Domains Troubleshooter</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message numerus="yes">
        <source>%n team catalog file(s) refused: press ⚠ for why.</source>
        <translation>
            <numerusform>%n archivo de catálogo del equipo rechazado: pulse ⚠ para ver el motivo.</numerusform>
            <numerusform>%n archivos de catálogo del equipo rechazados: pulse ⚠ para ver los motivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a response, HAR export or log file and diagnose it</source>
        <translation>Abrir una respuesta, una exportación HAR o un archivo de registro y diagnosticarlo</translation>
    </message>
    <message>
        <source>Search and reopen past diagnoses (kept with secrets removed)</source>
        <translation>Buscar y volver a abrir diagnósticos anteriores (guardados sin secretos)</translation>
    </message>
    <message>
        <source>Team catalogs, reply format, history size and theme</source>
        <translation>Catálogos del equipo, formato de respuesta, tamaño del historial y tema</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Cerrar la ventana y salir</translation>
    </message>
    <message>
        <source>Replace the input with the clipboard and diagnose it</source>
        <translation>Sustituir la entrada por el portapapeles y diagnosticarla</translation>
    </message>
    <message>
        <source>Empty the input (Ctrl+Z brings it back)</source>
        <translation>Vaciar la entrada (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>Copy a reply for the ticket in the format chosen in the settings</source>
        <translation>Copiar una respuesta para el ticket en el formato elegido en la configuración</translation>
    </message>
    <message>
        <source>Copy the request ID of the response shown, to quote to Wix support</source>
        <translation>Copiar el ID de solicitud de la respuesta mostrada, para indicarlo al soporte de Wix</translation>
    </message>
    <message>
        <source>Search codes, messages, troubleshooting text and steps in the catalog</source>
        <translation>Buscar códigos, mensajes, textos de solución y pasos en el catálogo</translation>
    </message>
    <message>
        <source>Paste or open a failed response</source>
        <translation>Pegar o abrir una respuesta fallida</translation>
    </message>
    <message>
        <source>Look up a status and an error code</source>
        <translation>Consultar un estado y un código de error</translation>
    </message>
    <message>
        <source>Browse and search the whole catalog</source>
        <translation>Explorar y buscar en todo el catálogo</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text in the input and the answer</source>
        <translation>Texto más grande en la entrada y la respuesta</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text in the input and the answer</source>
        <translation>Texto más pequeño en la entrada y la respuesta</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Text in the input and the answer at its normal size</source>
        <translation>Texto de la entrada y la respuesta a su tamaño normal</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Todos los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>Version, catalog version and sources</source>
        <translation>Versión, versión del catálogo y fuentes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error response(s)</source>
        <translation>
            <numerusform>%1: %n respuesta con error</numerusform>
            <numerusform>%1: %n respuestas con error</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>B&amp;uscar…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Go to the next match of the text to find</source>
        <translation>Ir a la siguiente coincidencia del texto buscado</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Go to the previous match of the text to find</source>
        <translation>Ir a la coincidencia anterior del texto buscado</translation>
    </message>
    <message>
        <source>Find text in the input or in the answer; in the results, filter them</source>
        <translation>Buscar texto en la entrada o en la respuesta; en los resultados, filtrarlos</translation>
    </message>
    <message>
        <source>Save &amp;diagnosis…</source>
        <translation>Guardar &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the diagnosis as Markdown, HTML or JSON, with secrets removed, to attach to a ticket</source>
        <translation>Guardar el diagnóstico como Markdown, HTML o JSON, sin secretos, para adjuntarlo a un ticket</translation>
    </message>
    <message>
        <source>Nothing to save: diagnose a response first.</source>
        <translation>Nada que guardar: diagnostique primero una respuesta.</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>%1 diagnosis</source>
        <translation>%1 diagnóstico</translation>
    </message>
    <message>
        <source>Save the diagnosis</source>
        <translation>Guardar el diagnóstico</translation>
    </message>
    <message>
        <source>Diagnosis not saved</source>
        <translation>Diagnóstico no guardado</translation>
    </message>
    <message>
        <source>The diagnosis could not be saved to %1: %2

Nothing was written there; a file that was already there is unchanged.</source>
        <translation>No se pudo guardar el diagnóstico en %1: %2

No se escribió nada allí; un archivo que ya existía no ha cambiado.</translation>
    </message>
    <message>
        <source>Diagnosis saved to %1.</source>
        <translation>Diagnóstico guardado en %1.</translation>
    </message>
    <message>
        <source>Results or &amp;Timeline</source>
        <translation>Resultados &amp;o cronología</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Switch the Diagnose page between its results and the timeline of every Wix call in the input</source>
        <translation>Cambiar la página Diagnosticar entre sus resultados y la cronología de cada llamada a Wix de la entrada</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>the message matches the documented template</source>
        <translation>el mensaje coincide con la plantilla documentada</translation>
    </message>
    <message>
        <source>the text contains the documented message</source>
        <translation>el texto contiene el mensaje documentado</translation>
    </message>
    <message>
        <source>this error is documented without a message: the code identifies it</source>
        <translation>este error está documentado sin mensaje: lo identifica el código</translation>
    </message>
    <message>
        <source>no message to compare: identified by its code</source>
        <translation>no hay mensaje que comparar: identificado por su código</translation>
    </message>
    <message>
        <source>the message differs from the documented “%1”</source>
        <translation>el mensaje difiere del documentado «%1»</translation>
    </message>
    <message>
        <source>code %1 matches</source>
        <translation>el código %1 coincide</translation>
    </message>
    <message>
        <source>code %1 differs from the documented %2</source>
        <translation>el código %1 difiere del documentado %2</translation>
    </message>
    <message>
        <source>HTTP status %1 matches</source>
        <translation>el estado HTTP %1 coincide</translation>
    </message>
    <message>
        <source>HTTP status %1 differs from the documented %2 %3</source>
        <translation>el estado HTTP %1 difiere del documentado %2 %3</translation>
    </message>
    <message>
        <source>the URL names the %1 endpoint</source>
        <translation>la URL indica el endpoint %1</translation>
    </message>
    <message>
        <source>the URL names another endpoint than %1</source>
        <translation>la URL indica un endpoint distinto de %1</translation>
    </message>
    <message>
        <source>A text of %1 MB is too long to look for documented messages in; its status and code were still read.</source>
        <translation>Un texto de %1 MB es demasiado largo para buscar en él mensajes documentados; aun así se leyeron su estado y su código.</translation>
    </message>
    <message>
        <source>only the HTTP status is certain: this is Wix&apos;s general meaning of %1</source>
        <translation>solo el estado HTTP es seguro: este es el significado general de %1 en Wix</translation>
    </message>
    <message>
        <source>an empty body {&quot;message&quot;: &quot;&quot;, &quot;details&quot;: {}} is how Wix sends 5xx system errors</source>
        <translation>un cuerpo vacío {&quot;message&quot;: &quot;&quot;, &quot;details&quot;: {}} es como Wix envía los errores de sistema 5xx</translation>
    </message>
    <message>
        <source>HTTP status %1 has no entry in the catalog.</source>
        <translation>El estado HTTP %1 no tiene ninguna entrada en el catálogo.</translation>
    </message>
    <message>
        <source>the message shares %1% of the words of the documented “%2”, but not its wording</source>
        <translation>el mensaje comparte el %1 % de las palabras del documentado «%2», pero no su redacción</translation>
    </message>
    <message>
        <source>the URL names another Wix API (%1)</source>
        <translation>la URL indica otra API de Wix (%1)</translation>
    </message>
    <message>
        <source>the request method %1 differs from the %2 of %3</source>
        <translation>el método de la solicitud %1 difiere del %2 de %3</translation>
    </message>
    <message>
        <source>This is not a Domains API error: the URL names the %1 API.</source>
        <translation>No es un error de la API de Domains: la URL indica la API %1.</translation>
    </message>
    <message>
        <source>This is not a Domains API error: no Domains table documents the code %1.</source>
        <translation>No es un error de la API de Domains: ninguna tabla de Domains documenta el código %1.</translation>
    </message>
    <message>
        <source>message truncated: what was received is the beginning of the documented message</source>
        <translation>mensaje truncado: lo recibido es el comienzo del mensaje documentado</translation>
    </message>
    <message>
        <source>message truncated: what was received is the beginning of %1 documented messages</source>
        <translation>mensaje truncado: lo recibido es el comienzo de %1 mensajes documentados</translation>
    </message>
    <message>
        <source>code %1 differs from the documented %2, but the whole documented message with its status decides over entries that share only the code</source>
        <translation>el código %1 difiere del %2 documentado, pero el mensaje documentado completo con su estado decide sobre las entradas que solo comparten el código</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>unbalanced &apos;}&apos; at position %1</source>
        <translation>&apos;}&apos; sin pareja en la posición %1</translation>
    </message>
    <message>
        <source>malformed placeholder at position %1: write {name}</source>
        <translation>marcador mal formado en la posición %1: escriba {nombre}</translation>
    </message>
    <message>
        <source>placeholders {%1} and {%2} need text between them</source>
        <translation>los marcadores {%1} y {%2} necesitan texto entre ellos</translation>
    </message>
    <message>
        <source>the template has no literal text</source>
        <translation>la plantilla no tiene texto literal</translation>
    </message>
</context>
<context>
    <name>ParsedResponse</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de solicitud %1</translation>
    </message>
</context>
<context>
    <name>Propagation</name>
    <message>
        <source>Resolvers asked: %1. Wix&apos;s answer: %2; another answer: %3; no answer (not counted as a mismatch): %4.</source>
        <translation>Resolvers consultados: %1. Respuesta de Wix: %2; otra respuesta: %3; sin respuesta (no cuenta como discrepancia): %4.</translation>
    </message>
    <message>
        <source>%1: Wix&apos;s answer (%2).</source>
        <translation>%1: respuesta de Wix (%2).</translation>
    </message>
    <message>
        <source>%1: not Wix&apos;s answer (%2); the old answer may be served until %3.</source>
        <translation>%1: no es la respuesta de Wix (%2); la respuesta antigua puede servirse hasta las %3.</translation>
    </message>
    <message>
        <source>%1: not Wix&apos;s answer (%2).</source>
        <translation>%1: no es la respuesta de Wix (%2).</translation>
    </message>
    <message>
        <source>%1: no answer, so no evidence either way (%2)</source>
        <translation>%1: sin respuesta, así que no prueba nada (%2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Domains Troubleshooter</source>
        <translation>Domains Troubleshooter</translation>
    </message>
</context>
<context>
    <name>RdapBootstrap</name>
    <message>
        <source>not an RDAP bootstrap file (RFC 9224)</source>
        <translation>no es un archivo de arranque RDAP (RFC 9224)</translation>
    </message>
</context>
<context>
    <name>RdapBootstrapStore</name>
    <message>
        <source>the bootstrap file lists no RDAP service</source>
        <translation>el archivo de arranque no indica ningún servicio RDAP</translation>
    </message>
    <message>
        <source>the bootstrap file is not of version 1.0 (RFC 9224)</source>
        <translation>el archivo de arranque no es de la versión 1.0 (RFC 9224)</translation>
    </message>
    <message>
        <source>the bootstrap file has no publication date</source>
        <translation>el archivo de arranque no tiene fecha de publicación</translation>
    </message>
</context>
<context>
    <name>RdapChecker</name>
    <message>
        <source>the registry limits requests (HTTP 429): try again in %1 seconds</source>
        <translation>el registro limita las solicitudes (HTTP 429): inténtelo de nuevo en %1 segundos</translation>
    </message>
    <message>
        <source>the registry limits requests (HTTP 429): try again after %1</source>
        <translation>el registro limita las solicitudes (HTTP 429): inténtelo de nuevo después de %1</translation>
    </message>
    <message>
        <source>the registry limits requests (HTTP 429): try again later</source>
        <translation>el registro limita las solicitudes (HTTP 429): inténtelo más tarde</translation>
    </message>
    <message>
        <source>the bootstrap file cannot be read</source>
        <translation>no se puede leer el archivo de arranque</translation>
    </message>
    <message>
        <source>no RDAP server is known for .%1 (not in the bootstrap file nor in the override table)</source>
        <translation>no se conoce ningún servidor RDAP para .%1 (ni en el archivo de arranque ni en la tabla de excepciones)</translation>
    </message>
    <message>
        <source>the bootstrap file could not be used: %1</source>
        <translation>no se pudo usar el archivo de arranque: %1</translation>
    </message>
</context>
<context>
    <name>RdapRecord</name>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la respuesta no es JSON: %1</translation>
    </message>
    <message>
        <source>the answer is not an RDAP domain object</source>
        <translation>la respuesta no es un objeto de dominio RDAP</translation>
    </message>
    <message>
        <source>transfer locked</source>
        <translation>bloqueado para transferencias</translation>
    </message>
    <message>
        <source>in the redemption period (expired; only the registrant can restore it, at a fee)</source>
        <translation>en el período de redención (caducado; solo el titular puede recuperarlo, pagando una tarifa)</translation>
    </message>
    <message>
        <source>pending delete (about to be released)</source>
        <translation>pendiente de eliminación (a punto de liberarse)</translation>
    </message>
    <message>
        <source>on hold (not published in DNS)</source>
        <translation>en espera (no publicado en el DNS)</translation>
    </message>
    <message>
        <source>update locked</source>
        <translation>bloqueado para cambios</translation>
    </message>
    <message>
        <source>delete locked</source>
        <translation>bloqueado para eliminación</translation>
    </message>
    <message>
        <source>a transfer is pending</source>
        <translation>hay una transferencia pendiente</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>caduca en %n día</numerusform>
            <numerusform>caduca en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducó hace %n día</numerusform>
            <numerusform>caducó hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>caduca hoy</translation>
    </message>
</context>
<context>
    <name>RdapResult</name>
    <message>
        <source>The registry lists no nameservers: the domain cannot resolve.</source>
        <translation>El registro no tiene servidores de nombres: el dominio no puede resolverse.</translation>
    </message>
    <message>
        <source>The registry lists Wix&apos;s nameservers (%1): a NAMESERVERS connection is set at the registry.</source>
        <translation>El registro tiene los servidores de nombres de Wix (%1): en el registro está configurada una conexión NAMESERVERS.</translation>
    </message>
    <message>
        <source>The registry lists Wix&apos;s nameservers mixed with others (%1): all of them must be Wix&apos;s.</source>
        <translation>El registro tiene los servidores de nombres de Wix mezclados con otros (%1): todos deben ser los de Wix.</translation>
    </message>
    <message>
        <source>The registry lists other nameservers than Wix&apos;s (%1): for a NAMESERVERS connection the registrar must change them to Wix&apos;s.</source>
        <translation>El registro tiene otros servidores de nombres que los de Wix (%1): para una conexión NAMESERVERS, el registrador debe cambiarlos por los de Wix.</translation>
    </message>
    <message>
        <source>Registrar: %1</source>
        <translation>Registrador: %1</translation>
    </message>
    <message>
        <source>Registered on %1.</source>
        <translation>Registrado el %1.</translation>
    </message>
    <message>
        <source>Expiry date %1: %2.</source>
        <translation>Fecha de caducidad %1: %2.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Estado: %1.</translation>
    </message>
    <message>
        <source>The delegation is signed (DNSSEC): before the nameservers change, remove the DS records at the registrar, or the domain goes dark for validating resolvers.</source>
        <translation>La delegación está firmada (DNSSEC): antes de cambiar los servidores de nombres, elimine los registros DS en el registrador, o el dominio dejará de resolverse para los resolutores que validan.</translation>
    </message>
    <message>
        <source>The delegation is not signed (no DNSSEC at the registry).</source>
        <translation>La delegación no está firmada (sin DNSSEC en el registro).</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 está registrado.</translation>
    </message>
    <message>
        <source>%1 is registered, but %2.</source>
        <translation>%1 está registrado, pero %2.</translation>
    </message>
    <message>
        <source>%1 is not registered: the registry answered that it has no such domain (HTTP 404).</source>
        <translation>%1 no está registrado: el registro respondió que no existe ese dominio (HTTP 404).</translation>
    </message>
    <message>
        <source>No answer from the registry: %1.</source>
        <translation>Sin respuesta del registro: %1.</translation>
    </message>
    <message>
        <source>Nothing is known about the registration of %1 until the registry answers; try again later.</source>
        <translation>No se sabe nada del registro de %1 hasta que el registro responda; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Asked %1; the check took %2 ms (bootstrap file %3 of %4).</source>
        <translation>Consultado: %1; la comprobación tardó %2 ms (archivo de arranque %3 del %4).</translation>
    </message>
</context>
<context>
    <name>ReadProgress</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n segundo</numerusform>
            <numerusform>quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n minuto</numerusform>
            <numerusform>quedan aproximadamente %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 de %2 leídos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RemediationHtml</name>
    <message>
        <source>Message received</source>
        <translation>Mensaje recibido</translation>
    </message>
    <message>
        <source>Documented message</source>
        <translation>Mensaje documentado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Documented troubleshooting</source>
        <translation>Solución documentada</translation>
    </message>
    <message>
        <source>Wix documentation</source>
        <translation>Documentación de Wix</translation>
    </message>
    <message>
        <source>Deprecated:</source>
        <translation>Obsoleto:</translation>
    </message>
    <message>
        <source>Why this match</source>
        <translation>Por qué esta coincidencia</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Véase también:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Status received</source>
        <translation>Estado recibido</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Código recibido</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s), identical each time.</source>
        <translation>
            <numerusform>Visto %n vez, idéntico cada vez.</numerusform>
            <numerusform>Visto %n veces, idéntico cada vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) with different values: %1.</source>
        <translation>
            <numerusform>Visto %n vez con valores distintos: %1.</numerusform>
            <numerusform>Visto %n veces con valores distintos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more value(s)</source>
        <translation>
            <numerusform>y %n valor más</numerusform>
            <numerusform>y %n valores más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemediationView</name>
    <message>
        <source>Match:</source>
        <translation>Coincidencia:</translation>
    </message>
    <message>
        <source>Match confidence</source>
        <translation>Confianza de la coincidencia</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>Copiar &amp;ID de solicitud</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Copiar ID de solicitud</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copiar respuesta</translation>
    </message>
    <message>
        <source>Reply copied as plain text.</source>
        <translation>Respuesta copiada como texto sin formato.</translation>
    </message>
    <message>
        <source>Reply copied as Markdown.</source>
        <translation>Respuesta copiada como Markdown.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Choose an error to see what it means and what to do.</source>
        <translation>Elija un error para ver qué significa y qué hacer.</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Coincidencia: %1</translation>
    </message>
    <message>
        <source>%1, confidence %2</source>
        <translation>%1, confianza %2</translation>
    </message>
    <message>
        <source>No documented error fits</source>
        <translation>Ningún error documentado corresponde</translation>
    </message>
    <message>
        <source>This response failed, but nothing in the catalog matches what it says.</source>
        <translation>Esta respuesta falló, pero nada del catálogo coincide con lo que dice.</translation>
    </message>
    <message>
        <source>Nearest misses</source>
        <translation>Casi coincidencias</translation>
    </message>
    <message>
        <source>Request ID copied.</source>
        <translation>ID de solicitud copiado.</translation>
    </message>
    <message>
        <source>This link was not opened: only https and mailto links from the catalog open.</source>
        <translation>No se abrió este enlace: solo se abren los enlaces https y mailto del catálogo.</translation>
    </message>
    <message>
        <source>The language of the reply: the customer&apos;s, whatever the window&apos;s</source>
        <translation>El idioma de la respuesta: el del cliente, sea cual sea el de la ventana</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Idioma de la respuesta</translation>
    </message>
    <message>
        <source>Copy reply as plain &amp;text</source>
        <translation>Copiar respuesta como &amp;texto sin formato</translation>
    </message>
    <message>
        <source>Copy reply as &amp;Markdown</source>
        <translation>Copiar respuesta como &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy a reply for the ticket (Ctrl+Shift+C); Down arrow: choose the format</source>
        <translation>Copiar una respuesta para el ticket (Ctrl+Mayús+C); flecha abajo: elegir el formato</translation>
    </message>
    <message>
        <source>Nothing to copy: choose an error first.</source>
        <translation>No hay nada que copiar: elija primero un error.</translation>
    </message>
    <message>
        <source>This response carries no request ID.</source>
        <translation>Esta respuesta no lleva ID de solicitud.</translation>
    </message>
    <message>
        <source>Opening %1 in the browser.</source>
        <translation>Abriendo %1 en el navegador.</translation>
    </message>
    <message>
        <source>No web browser or mail program could be started for %1. Copy the link with the context menu.</source>
        <translation>No se pudo iniciar ningún navegador ni programa de correo para %1. Copie el enlace con el menú contextual.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>The %1 request failed with HTTP %2</source>
        <translation>La solicitud %1 falló con HTTP %2</translation>
    </message>
    <message>
        <source>, error code %1</source>
        <translation>, código de error %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje de la API: «%1»</translation>
    </message>
    <message>
        <source>**What it means:** %1</source>
        <translation>**Qué significa, según la documentación de Wix:** «%1»</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Qué significa, según la documentación de Wix: «%1»</translation>
    </message>
    <message>
        <source>**What to do:**</source>
        <translation>**Qué hacer:**</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>**Note:** %1</source>
        <translation>**Nota:** %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Request ID: %1 (quote it if you contact Wix support)</source>
        <translation>ID de solicitud: %1 (indíquelo si contacta con el soporte de Wix)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Wix documentation</source>
        <translation>Documentación de Wix</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1</source>
        <translation>La solicitud falló con HTTP %1</translation>
    </message>
    <message>
        <source>The request %1 failed with HTTP %2</source>
        <translation>La solicitud %1 falló con HTTP %2</translation>
    </message>
    <message>
        <source>Error code received: %1</source>
        <translation>Código de error recibido: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <source>The same error came back for each of these (responses in brackets):</source>
        <translation>El mismo error se devolvió para cada uno de estos valores (número de respuestas entre paréntesis):</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Where the calls stand in Wix&apos;s documented flow</source>
        <translation>Dónde están las llamadas en el flujo documentado de Wix</translation>
    </message>
    <message>
        <source>Where the calls stand in Wix&apos;s documented flow:</source>
        <translation>Dónde están las llamadas en el flujo documentado de Wix:</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>Flujo: %1</translation>
    </message>
</context>
<context>
    <name>ResultGroups</name>
    <message numerus="yes">
        <source>More than %1 different errors were found: %n further response(s) with other errors were counted but are not listed.</source>
        <translation>
            <numerusform>Se encontraron más de %1 errores distintos: %n respuesta más con otros errores se contó, pero no se muestra.</numerusform>
            <numerusform>Se encontraron más de %1 errores distintos: %n respuestas más con otros errores se contaron, pero no se muestran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different value(s)</source>
        <translation>
            <numerusform>%n valor</numerusform>
            <numerusform>%n valores distintos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>no documented error fits</source>
        <translation>ningún error documentado corresponde</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidato</numerusform>
            <numerusform>%n candidatos</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>%1 match, confidence %2</source>
        <translation>coincidencia %1, confianza %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, seen %n time(s)</source>
        <translation>
            <numerusform>%1, visto %n vez</numerusform>
            <numerusform>%1, visto %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical response(s)</source>
        <translation>
            <numerusform>%n respuesta idéntica</numerusform>
            <numerusform>%n respuestas idénticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) · same error · %1</source>
        <translation>
            <numerusform>%n respuesta · mismo error · %1</numerusform>
            <numerusform>%n respuestas · mismo error · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Errores de %1</translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>el disco está lleno (%1)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to (%2)</source>
        <translation>no se puede escribir en la carpeta %1 (%2)</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>SearchFilterModel</name>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 de %n entrada</numerusform>
            <numerusform>%1 de %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Team catalog files</source>
        <translation>Archivos de catálogo del equipo</translation>
    </message>
    <message>
        <source>Files layered over the embedded catalog, in order: an entry with the same id replaces the embedded one.</source>
        <translation>Archivos que se superponen, en orden, al catálogo integrado: una entrada con el mismo ID sustituye a la integrada.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Reply &amp;format:</source>
        <translation>&amp;Formato de respuesta:</translation>
    </message>
    <message>
        <source>Reply format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <source>&amp;History size:</source>
        <translation>&amp;Tamaño del historial:</translation>
    </message>
    <message>
        <source>History size</source>
        <translation>Tamaño del historial</translation>
    </message>
    <message>
        <source> diagnoses</source>
        <translation> diagnósticos</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Add team catalog files</source>
        <translation>Añadir archivos de catálogo del equipo</translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation>Archivos de catálogo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Earlier in the order: later files replace entries of earlier ones</source>
        <translation>Antes en el orden: los archivos posteriores sustituyen las entradas de los anteriores</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (rechazado)</translation>
    </message>
    <message>
        <source>Refused at the last load: %1</source>
        <translation>Rechazado en la última carga: %1</translation>
    </message>
    <message>
        <source>Not a catalog file</source>
        <translation>No es un archivo de catálogo</translation>
    </message>
    <message>
        <source>Only regular files can be team catalogs; these were not added:
%1</source>
        <translation>Solo los archivos normales pueden ser catálogos del equipo; estos no se añadieron:
%1</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>el resolvedor del sistema</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address. Give one such as 1.1.1.1, or leave the field empty to use the system&apos;s resolver.</source>
        <translation>&apos;%1&apos; no es una dirección IP. Indique una como 1.1.1.1 o deje el campo vacío para usar el resolvedor del sistema.</translation>
    </message>
    <message>
        <source>System follows the desktop; the theme changes when you press OK</source>
        <translation>Sistema sigue al escritorio; el tema cambia al pulsar Aceptar</translation>
    </message>
    <message>
        <source>Nothing here changes until you press OK; Cancel leaves every setting as it was, catalog subscriptions included.</source>
        <translation>Nada cambia hasta que pulse Aceptar; Cancelar deja cada ajuste como estaba, incluidas las suscripciones de catálogo.</translation>
    </message>
    <message>
        <source>DNS server for Check domain</source>
        <translation>Servidor DNS para Comprobar el dominio</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver for Check domain:</source>
        <translation>Servidor DNS para Com&amp;probar el dominio:</translation>
    </message>
    <message>
        <source>none: the system&apos;s resolver only</source>
        <translation>ninguno: solo el resolver del sistema</translation>
    </message>
    <message>
        <source>Resolvers for propagation</source>
        <translation>Resolvers para la propagación</translation>
    </message>
    <message>
        <source>IP addresses, separated by spaces, of the resolvers Check domain also asks to see how far the records have spread; empty keeps to the system&apos;s resolver</source>
        <translation>Direcciones IP, separadas por espacios, de los resolvers que Comprobar el dominio consulta también para ver hasta dónde se han propagado los registros; vacío: solo el resolver del sistema</translation>
    </message>
    <message>
        <source>Resolvers for propa&amp;gation:</source>
        <translation>Reso&amp;lvers para la propagación:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address. Give addresses such as 1.1.1.1, separated by spaces, or leave the field empty to keep to the system&apos;s resolver.</source>
        <translation>«%1» no es una dirección IP. Indique direcciones como 1.1.1.1, separadas por espacios, o deje el campo vacío para usar solo el resolver del sistema.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Campo siguiente / anterior</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed: %1; using the copy from %2</source>
        <translation>Falló: %1; se usa la copia de %2</translation>
    </message>
    <message>
        <source>Failed: %1; no copy yet</source>
        <translation>Falló: %1; aún no hay copia</translation>
    </message>
</context>
<context>
    <name>SubscriptionStore</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 no se puede escribir: %2</translation>
    </message>
    <message>
        <source>The list of catalog subscriptions was damaged; it was set aside as %1.</source>
        <translation>La lista de suscripciones de catálogo estaba dañada; se apartó como %1.</translation>
    </message>
    <message>
        <source>%1 is not subscribed</source>
        <translation>no hay ninguna suscripción a %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a download may be</source>
        <translation>%1 ocupa más de lo que puede ocupar una descarga</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be used (%2); it will be downloaded again at the next update.</source>
        <translation>No se pudo usar la copia guardada de %1 (%2); se volverá a descargar en la próxima actualización.</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be used (%2); it was set aside as %3 and will be downloaded again at the next update.</source>
        <translation>No se pudo usar la copia guardada de %1 (%2); se apartó como %3 y se volverá a descargar en la próxima actualización.</translation>
    </message>
    <message>
        <source>the saved copy was damaged and set aside</source>
        <translation>la copia guardada estaba dañada y se apartó</translation>
    </message>
    <message>
        <source>the catalog subscriptions are being changed by another window or command; try again in a moment</source>
        <translation>otra ventana u orden está cambiando las suscripciones de catálogo; inténtelo de nuevo en un momento</translation>
    </message>
</context>
<context>
    <name>SubscriptionsBox</name>
    <message>
        <source>Catalog subscriptions</source>
        <translation>Suscripciones de catálogo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Baja&amp;r</translation>
    </message>
    <message>
        <source>Update n&amp;ow</source>
        <translation>Actuali&amp;zar ahora</translation>
    </message>
    <message>
        <source>Check for updates at &amp;start-up</source>
        <translation>Buscar actualizaciones al i&amp;niciar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Catalog files published at an https address, layered over the embedded catalog in this order, before the team catalog files. The last good copy of each stays in use until a valid one replaces it. Changes here are kept when you press OK.</source>
        <translation>Archivos de catálogo publicados en una dirección https, que se superponen en este orden al catálogo integrado, antes de los archivos de catálogo del equipo. La última copia correcta de cada uno se sigue usando hasta que otra válida la sustituya. Los cambios aquí se guardan al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Address of a catalog file to subscribe to</source>
        <translation>Dirección de un archivo de catálogo al que suscribirse</translation>
    </message>
    <message>
        <source>type the address of a catalog file first</source>
        <translation>escriba primero la dirección de un archivo de catálogo</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Documented troubleshooting: %1</source>
        <translation>Solución documentada: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read: %1, %2 bytes, %n response(s) with an error</source>
        <translation>
            <numerusform>Leído: %1, %2 bytes, %n respuesta con error</numerusform>
            <numerusform>Leído: %1, %2 bytes, %n respuestas con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n secret(s) redacted</source>
        <translation>
            <numerusform>, %n secreto eliminado</numerusform>
            <numerusform>, %n secretos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
    </message>
    <message>
        <source>No documented error fits this response.</source>
        <translation>Ningún error documentado corresponde a esta respuesta.</translation>
    </message>
    <message>
        <source>Near misses:</source>
        <translation>Casi coincidencias:</translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1: %n entries</source>
        <translation>
            <numerusform>Catálogo %1: %n entrada</numerusform>
            <numerusform>Catálogo %1: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>embedded</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Leído: %1</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s)</source>
        <translation>
            <numerusform>Visto %n vez</numerusform>
            <numerusform>Visto %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n response(s))</source>
        <translation>
            <numerusform>(%n respuesta)</numerusform>
            <numerusform>(%n respuestas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more value(s)</source>
        <translation>
            <numerusform>y %n valor más</numerusform>
            <numerusform>y %n valores más</numerusform>
        </translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>ID de solicitud %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n Wix call(s)</source>
        <translation>
            <numerusform>Cronología: %n llamada a Wix</numerusform>
            <numerusform>Cronología: %n llamadas a Wix</numerusform>
        </translation>
    </message>
    <message>
        <source>... %1 more rows (the JSON report lists them all)</source>
        <translation>... %1 filas más (el informe JSON las lista todas)</translation>
    </message>
    <message>
        <source>Flow: %1 (%2)</source>
        <translation>Flujo: %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 calls)</source>
        <translation>(%1 llamadas)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>× %1 over %2</source>
        <translation>× %1 durante %2</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation>ID de solicitud %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
    <message>
        <source>Entry or facts</source>
        <translation>Entrada o datos</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Flow: %1</source>
        <translation>Flujo: %1</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n call(s))</source>
        <translation>
            <numerusform>(%n llamada)</numerusform>
            <numerusform>(%n llamadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>These calls follow none of the documented flows.</source>
        <translation>Estas llamadas no siguen ninguno de los flujos documentados.</translation>
    </message>
    <message>
        <source>Flow verdicts</source>
        <translation>Veredictos de los flujos</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not listed)</source>
        <translation>
            <numerusform>(%n más sin listar)</numerusform>
            <numerusform>(%n más sin listar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message numerus="yes">
        <source>Calls: %n Wix call(s)</source>
        <translation>
            <numerusform>Llamadas: %n llamada a Wix</numerusform>
            <numerusform>Llamadas: %n llamadas a Wix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation>&apos;%1&apos; no es una dirección válida</translation>
    </message>
    <message>
        <source>an address with a user name or password is refused</source>
        <translation>se rechazan las direcciones con nombre de usuario o contraseña</translation>
    </message>
    <message>
        <source>plain http is refused (only https, or http on this computer)</source>
        <translation>se rechaza http sin cifrar (solo https, o http en este equipo)</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; addresses are refused (only https)</source>
        <translation>se rechazan las direcciones &apos;%1:&apos; (solo https)</translation>
    </message>
    <message>
        <source>redirected from https to %1, which is refused</source>
        <translation>redirigido de https a %1, que se rechaza</translation>
    </message>
    <message>
        <source>redirected to %1: %2</source>
        <translation>redirigido a %1: %2</translation>
    </message>
</context>
</TS>
