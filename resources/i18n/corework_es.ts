<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Assistants</name>
    <message>
        <source>General assistant</source>
        <translation>Asistente general</translation>
    </message>
    <message>
        <source>You are a helpful, precise assistant. Answer in Markdown; keep answers as short as the question allows. When you are not sure, say so.</source>
        <translation>Eres un asistente útil y preciso. Responde en Markdown; haz las respuestas tan breves como permita la pregunta. Cuando no estés seguro, dilo.</translation>
    </message>
    <message>
        <source>Writing editor</source>
        <translation>Corrector de textos</translation>
    </message>
    <message>
        <source>You are a careful editor. Improve clarity, grammar and flow while keeping the author&apos;s voice, and explain any significant change in one line.</source>
        <translation>Eres un corrector cuidadoso. Mejora la claridad, la gramática y la fluidez respetando la voz del autor, y explica cada cambio importante en una línea.</translation>
    </message>
    <message>
        <source>Code helper</source>
        <translation>Ayudante de programación</translation>
    </message>
    <message>
        <source>You are an experienced programmer. Give working code in fenced code blocks that name their language, explain it briefly, and point out pitfalls.</source>
        <translation>Eres un programador con experiencia. Da código que funcione en bloques de código que indiquen su lenguaje, explícalo brevemente y señala los posibles problemas.</translation>
    </message>
    <message>
        <source>Research with my documents</source>
        <translation>Investigar en mis documentos</translation>
    </message>
    <message>
        <source>Answer from the numbered passages of the user&apos;s documents and cite them as [1], [2]. If the passages do not answer the question, say so plainly.</source>
        <translation>Responde a partir de los fragmentos numerados de los documentos del usuario y cítalos como [1], [2]. Si los fragmentos no responden a la pregunta, dilo claramente.</translation>
    </message>
    <message>
        <source>That assistant no longer exists.</source>
        <translation>Ese asistente ya no existe.</translation>
    </message>
    <message>
        <source>An assistant needs a name.</source>
        <translation>Un asistente necesita un nombre.</translation>
    </message>
    <message>
        <source>An assistant&apos;s name can be at most {count} characters.</source>
        <translation>El nombre de un asistente puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>Unknown model provider “{name}”.</source>
        <translation>Proveedor de modelos desconocido «{name}».</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 2.</source>
        <translation>La temperatura debe estar entre 0 y 2.</translation>
    </message>
    <message>
        <source>Max tokens must be a positive number.</source>
        <translation>El máximo de tokens debe ser un número positivo.</translation>
    </message>
</context>
<context>
    <name>BuiltinTools</name>
    <message>
        <source>“{title}” has no text on page {page}.</source>
        <translation>«{title}» no tiene texto en la página {page}.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known IANA time zone.</source>
        <translation>«{zone}» no es una zona horaria IANA conocida.</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Buscar en mis documentos</translation>
    </message>
    <message>
        <source>Hybrid keyword and semantic search over the user&apos;s documents; returns numbered passages with title and page to cite.</source>
        <translation>Búsqueda híbrida por palabras clave y semántica en los documentos del usuario; devuelve fragmentos numerados con título y página para citar.</translation>
    </message>
    <message>
        <source>Read a document page</source>
        <translation>Leer una página de un documento</translation>
    </message>
    <message>
        <source>The text of one page of a document (by its document_id from search results).</source>
        <translation>El texto de una página de un documento (por su document_id de los resultados de búsqueda).</translation>
    </message>
    <message>
        <source>List tags</source>
        <translation>Listar etiquetas</translation>
    </message>
    <message>
        <source>The tags of the user&apos;s documents, with how many documents each has.</source>
        <translation>Las etiquetas de los documentos del usuario, con cuántos documentos tiene cada una.</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Hora actual</translation>
    </message>
    <message>
        <source>The current date and time, in the user&apos;s time zone or an IANA zone.</source>
        <translation>La fecha y la hora actuales, en la zona horaria del usuario o en una zona IANA.</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculadora</translation>
    </message>
    <message>
        <source>Evaluate an arithmetic expression: numbers, + - * / // % ** ( ), sqrt, log, exp, sin, cos, tan, abs, round, floor, ceil, min, max, pi, e.</source>
        <translation>Evalúa una expresión aritmética: números, + - * / // % ** ( ), sqrt, log, exp, sin, cos, tan, abs, round, floor, ceil, min, max, pi, e.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>The expression is empty.</source>
        <translation>La expresión está vacía.</translation>
    </message>
    <message>
        <source>The expression is longer than {count} characters.</source>
        <translation>La expresión tiene más de {count} caracteres.</translation>
    </message>
    <message>
        <source>“{expression}” is not an arithmetic expression.</source>
        <translation>«{expression}» no es una expresión aritmética.</translation>
    </message>
    <message>
        <source>“{expression}” cannot be computed: {reason}.</source>
        <translation>«{expression}» no se puede calcular: {reason}.</translation>
    </message>
    <message>
        <source>Exponents above {limit} are not computed.</source>
        <translation>No se calculan exponentes mayores que {limit}.</translation>
    </message>
    <message>
        <source>Only numbers, + - * / // % ** ( ), and {names} are allowed.</source>
        <translation>Solo se permiten números, + - * / // % ** ( ) y {names}.</translation>
    </message>
    <message>
        <source>The result is not a real number.</source>
        <translation>El resultado no es un número real.</translation>
    </message>
    <message>
        <source>The result is too large.</source>
        <translation>El resultado es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>ChatErrors</name>
    <message>
        <source>{label} took too long to answer. Check your connection, or that the local model server is running, and try again.</source>
        <translation>{label} tardó demasiado en responder. Comprueba tu conexión, o que el servidor de modelos local esté en marcha, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{label} took too long to answer. Check your connection and try again.</source>
        <translation>{label} tardó demasiado en responder. Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to {where} failed. Check your network connection, or that the local model server is running, and try again.</source>
        <translation>Falló la conexión ({where}). Comprueba tu conexión de red, o que el servidor de modelos local esté en marcha, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to {where} failed. Check your network connection and try again.</source>
        <translation>Falló la conexión ({where}). Comprueba tu conexión de red y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong talking to {label} ({error}). The details are in the log file.</source>
        <translation>Algo inesperado falló al comunicarse con {label} ({error}). Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>{label} sent a response ConvoSphere could not read. Try again; if it keeps happening, the server software may need an update.</source>
        <translation>{label} envió una respuesta que ConvoSphere no pudo leer. Vuelve a intentarlo; si sigue pasando, puede que el software del servidor necesite una actualización.</translation>
    </message>
    <message>
        <source>{label} sent a response ConvoSphere could not read. Try again; if it keeps happening, the server may need an update.</source>
        <translation>{label} envió una respuesta que ConvoSphere no pudo leer. Vuelve a intentarlo; si sigue pasando, puede que el servidor necesite una actualización.</translation>
    </message>
    <message>
        <source>What arrived is kept: Continue picks up where it stopped, or Retry asks again.</source>
        <translation>Lo que llegó se conserva: «Continuar» sigue donde se detuvo y «Reintentar» vuelve a preguntar.</translation>
    </message>
    <message>
        <source>The connection to {where} ended before the answer was finished.</source>
        <translation>La conexión ({where}) terminó antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>The connection to {where} dropped before the answer was finished.</source>
        <translation>La conexión ({where}) se cortó antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>{label} rejected the API key ({status}). Check the key in {where}.</source>
        <translation>{label} rechazó la clave de API ({status}). Comprueba la clave en {where}.</translation>
    </message>
    <message>
        <source>{label} does not allow this API key to do that ({status}). Check the key in {where}.</source>
        <translation>{label} no permite que esta clave de API haga eso ({status}). Comprueba la clave en {where}.</translation>
    </message>
    <message>
        <source>Settings → Chat (local server key)</source>
        <translation>Configuración → Chat (clave del servidor local)</translation>
    </message>
    <message>
        <source>Settings → Chat</source>
        <translation>Configuración → Chat</translation>
    </message>
    <message>
        <source>Your {label} account has run out of credit. Add credit or choose another provider, then try again.</source>
        <translation>Tu cuenta se quedó sin crédito ({label}). Añade crédito o elige otro proveedor y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is limiting how fast requests can be made. Try again in %n second(s).</source>
        <translation>
            <numerusform>{label} está limitando la frecuencia de las solicitudes. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>{label} está limitando la frecuencia de las solicitudes. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} is limiting how fast requests can be made. Try again in a moment.</source>
        <translation>{label} está limitando la frecuencia de las solicitudes. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{label} has no model called “{model}”. Choose another model for this conversation or its assistant.</source>
        <translation>{label} no tiene ningún modelo llamado «{model}». Elige otro modelo para esta conversación o su asistente.</translation>
    </message>
    <message>
        <source>{where} has no chat endpoint (404). Check the server address in Settings → Chat; for local servers it usually ends in /v1.</source>
        <translation>{where} no tiene punto de acceso de chat (404). Comprueba la dirección del servidor en Configuración → Chat; en los servidores locales suele terminar en /v1.</translation>
    </message>
    <message>
        <source>This conversation is too long for {model}. Start a new conversation, or choose a model with a larger context window.</source>
        <translation>Esta conversación es demasiado larga para {model}. Empieza una conversación nueva o elige un modelo con una ventana de contexto mayor.</translation>
    </message>
    <message>
        <source>{label} timed out waiting for the request. Try again.</source>
        <translation>{label} agotó el tiempo de espera de la solicitud. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{label} had a server error ({status}). This is usually temporary: try again in a minute.</source>
        <translation>{label} tuvo un error del servidor ({status}). Suele ser temporal: vuelve a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <source>{label} refused the request ({status}): “{said}”.</source>
        <translation>{label} rechazó la solicitud ({status}): «{said}».</translation>
    </message>
    <message>
        <source>{label} refused the request ({status}).</source>
        <translation>{label} rechazó la solicitud ({status}).</translation>
    </message>
    <message>
        <source>{label} at {address}</source>
        <translation>{label} en {address}</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
    <message>
        <source>The {label} client could not be loaded ({error}). Reinstalling ConvoSphere may help.</source>
        <translation>No se pudo cargar el cliente ({label}) ({error}). Reinstalar ConvoSphere puede ayudar.</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <source>Interrupted: this answer is incomplete.</source>
        <translation>Interrumpida: esta respuesta está incompleta.</translation>
    </message>
    <message>
        <source>Stopped: this answer is incomplete.</source>
        <translation>Detenida: esta respuesta está incompleta.</translation>
    </message>
    <message>
        <source>Still being written when exported.</source>
        <translation>Todavía se estaba escribiendo al exportar.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Exported {when}</source>
        <translation>Exportado el {when}</translation>
    </message>
    <message>
        <source>{names}; summarised by {name}</source>
        <translation>{names}; resumido por {name}</translation>
    </message>
    <message>
        <source>Assistants: {names}</source>
        <translation>Asistentes: {names}</translation>
    </message>
    <message>
        <source>Assistant: {name}</source>
        <translation>Asistente: {name}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>{name}, summary</source>
        <translation>{name}, resumen</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Asistente eliminado</translation>
    </message>
</context>
<context>
    <name>ChatMetrics</name>
    <message>
        <source>{value} s</source>
        <translation>{value} s</translation>
    </message>
    <message>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <source>{time} to first token</source>
        <translation>{time} hasta el primer token</translation>
    </message>
    <message>
        <source>{value} tokens/s</source>
        <translation>{value} tokens/s</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>free (local)</source>
        <translation>gratis (local)</translation>
    </message>
    <message>
        <source>≈${value}</source>
        <translation>≈{value} $</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No model provider is set up yet. Choose OpenAI, Anthropic or a local server in Settings → Chat.</source>
        <translation>Todavía no hay ningún proveedor de modelos configurado. Elige OpenAI, Anthropic o un servidor local en Configuración → Chat.</translation>
    </message>
    <message>
        <source>No model is chosen for {label}. Enter one in Settings → Chat, or pick one for this conversation.</source>
        <translation>No hay ningún modelo elegido ({label}). Escribe uno en Configuración → Chat o elige uno para esta conversación.</translation>
    </message>
    <message>
        <source>The local server&apos;s address is not set. Enter it in Settings → Chat, e.g. http://127.0.0.1:11434/v1 for Ollama.</source>
        <translation>La dirección del servidor local no está definida. Escríbela en Configuración → Chat, p. ej. http://127.0.0.1:11434/v1 para Ollama.</translation>
    </message>
    <message>
        <source>There is no {label} API key yet. Add it in Settings → Chat.</source>
        <translation>Todavía no hay ninguna clave de API para {label}. Añádela en Configuración → Chat.</translation>
    </message>
    <message>
        <source>No API key needed.</source>
        <translation>No hace falta clave de API.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>New conversation</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>No existe la conversación {id}.</translation>
    </message>
    <message>
        <source>There is no conversation {id} in the trash.</source>
        <translation>No existe la conversación {id} en la papelera.</translation>
    </message>
    <message>
        <source>There is no message {id}.</source>
        <translation>No existe el mensaje {id}.</translation>
    </message>
    <message>
        <source>ConvoSphere closed before this answer was finished. What arrived is kept: Continue picks up where it stopped.</source>
        <translation>ConvoSphere se cerró antes de que esta respuesta terminara. Lo que llegó se conserva: «Continuar» sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>ConvoSphere closed before any of this answer arrived. Retry asks again.</source>
        <translation>ConvoSphere se cerró antes de que llegara nada de esta respuesta. «Reintentar» vuelve a preguntar.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>No document has the id “{id}”: it may have been deleted. `convosphere docs list` shows the ids.</source>
        <translation>Ningún documento tiene el id «{id}»: puede que se haya eliminado. `convosphere docs list` muestra los id.</translation>
    </message>
    <message>
        <source>The stored copy of “{title}” is missing from the library; import the file again.</source>
        <translation>Falta la copia guardada de «{title}» en la biblioteca; vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>“{title}” has pages 1–{count}, not {page}.</source>
        <translation>«{title}» tiene las páginas 1–{count}, no {page}.</translation>
    </message>
    <message>
        <source>“{title}” cannot be read: {reason}.</source>
        <translation>«{title}» no se puede leer: {reason}.</translation>
    </message>
    <message>
        <source>The first page of “{title}” cannot be rendered ({reason}).</source>
        <translation>La primera página de «{title}» no se puede mostrar ({reason}).</translation>
    </message>
    <message>
        <source>“{title}” is not a readable image.</source>
        <translation>«{title}» no es una imagen legible.</translation>
    </message>
    <message>
        <source>Could not save “{title}” to {path}: {reason}.</source>
        <translation>No se pudo guardar «{title}» en {path}: {reason}.</translation>
    </message>
    <message>
        <source>“{title}” has no pages to export: save a copy instead.</source>
        <translation>«{title}» no tiene páginas que exportar: guarda una copia en su lugar.</translation>
    </message>
    <message>
        <source>“{title}” has pages 1–{count}; choose a range within them.</source>
        <translation>«{title}» tiene las páginas 1–{count}; elige un intervalo dentro de ellas.</translation>
    </message>
    <message>
        <source>Could not export pages of “{title}”: {reason}.</source>
        <translation>No se pudieron exportar páginas de «{title}»: {reason}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>No se pudo escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>“{title}” has no page {page}.</source>
        <translation>«{title}» no tiene página {page}.</translation>
    </message>
</context>
<context>
    <name>Embedding</name>
    <message>
        <source>A file of the on-device embedding model is missing ({path}); reinstall ConvoSphere.</source>
        <translation>Falta un archivo del modelo de embeddings del dispositivo ({path}); reinstala ConvoSphere.</translation>
    </message>
    <message>
        <source>A file of the on-device embedding model is damaged ({path}: its checksum does not match); reinstall ConvoSphere.</source>
        <translation>Un archivo del modelo de embeddings del dispositivo está dañado ({path}: su suma de comprobación no coincide); reinstala ConvoSphere.</translation>
    </message>
    <message>
        <source>The embedding server did not answer ({error}). Check the embedding model in Settings, or switch back to the on-device model.</source>
        <translation>El servidor de embeddings no respondió ({error}). Comprueba el modelo de embeddings en Configuración o vuelve al modelo del dispositivo.</translation>
    </message>
    <message>
        <source>The OpenAI embedding model needs an OpenAI API key: add it in Settings, or choose the on-device model.</source>
        <translation>El modelo de embeddings de OpenAI necesita una clave de API de OpenAI: añádela en Configuración o elige el modelo del dispositivo.</translation>
    </message>
    <message>
        <source>The OpenAI-compatible embedding model needs a server address: set it in Settings (Chat → Server address), or choose the on-device model.</source>
        <translation>El modelo de embeddings compatible con OpenAI necesita una dirección de servidor: defínela en Configuración (Chat → Dirección del servidor) o elige el modelo del dispositivo.</translation>
    </message>
</context>
<context>
    <name>JobStates</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>This item cannot be processed.</source>
        <translation>Este elemento no se puede procesar.</translation>
    </message>
    <message>
        <source>The job stopped because of an internal error ({error}).</source>
        <translation>La tarea se detuvo por un error interno ({error}).</translation>
    </message>
    <message>
        <source>it has already finished</source>
        <translation>ya ha terminado</translation>
    </message>
    <message>
        <source>it is not in progress</source>
        <translation>no está en curso</translation>
    </message>
    <message>
        <source>it is not paused (retry runs a failed or cancelled job again)</source>
        <translation>no está en pausa («Reintentar» vuelve a ejecutar una tarea fallida o cancelada)</translation>
    </message>
    <message>
        <source>only failed or cancelled jobs can be retried</source>
        <translation>solo se pueden reintentar las tareas fallidas o canceladas</translation>
    </message>
    <message>
        <source>Cannot cancel the job “{title}”: {reason} (it is {state}).</source>
        <translation>No se puede cancelar la tarea «{title}»: {reason} (estado: {state}).</translation>
    </message>
    <message>
        <source>Cannot pause the job “{title}”: {reason} (it is {state}).</source>
        <translation>No se puede pausar la tarea «{title}»: {reason} (estado: {state}).</translation>
    </message>
    <message>
        <source>Cannot resume the job “{title}”: {reason} (it is {state}).</source>
        <translation>No se puede reanudar la tarea «{title}»: {reason} (estado: {state}).</translation>
    </message>
    <message>
        <source>Cannot retry the job “{title}”: {reason} (it is {state}).</source>
        <translation>No se puede reintentar la tarea «{title}»: {reason} (estado: {state}).</translation>
    </message>
    <message>
        <source>This version of ConvoSphere cannot run jobs of kind {kind}</source>
        <translation>Esta versión de ConvoSphere no puede ejecutar tareas de tipo {kind}</translation>
    </message>
    <message>
        <source>Job parameters must be plain JSON data: {reason}</source>
        <translation>Los parámetros de una tarea deben ser datos JSON simples: {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the job “{title}”: {reason}</source>
        <translation>No se pudo preparar la tarea «{title}»: {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the job “{title}”: its handler planned an item key that is not text ({type})</source>
        <translation>No se pudo preparar la tarea «{title}»: su controlador planificó una clave de elemento que no es texto ({type})</translation>
    </message>
    <message numerus="yes">
        <source>{failed} of %n item(s) failed. See the list of errors, then retry to run those items again.</source>
        <translation>
            <numerusform>Error en {failed} de %n elemento. Revisa la lista de errores y reintenta la tarea para volver a ejecutar esos elementos.</numerusform>
            <numerusform>Error en {failed} de %n elementos. Revisa la lista de errores y reintenta la tarea para volver a ejecutar esos elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no job with id {id}</source>
        <translation>No existe ninguna tarea con el id {id}</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>That document no longer exists: it was deleted meanwhile, perhaps from another window or the command line.</source>
        <translation>Ese documento ya no existe: se eliminó mientras tanto, quizá desde otra ventana o desde la línea de comandos.</translation>
    </message>
</context>
<context>
    <name>KnowledgeCheck</name>
    <message numerus="yes">
        <source>%n chunk(s) belong to no document</source>
        <translation>
            <numerusform>%n segmento no pertenece a ningún documento</numerusform>
            <numerusform>%n segmentos no pertenecen a ningún documento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) were made by an older chunker</source>
        <translation>
            <numerusform>%n segmento se creó con un divisor anterior</numerusform>
            <numerusform>%n segmentos se crearon con un divisor anterior</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) are missing from the keyword index</source>
        <translation>
            <numerusform>%n segmento falta en el índice de palabras clave</numerusform>
            <numerusform>%n segmentos faltan en el índice de palabras clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword index row(s) have no chunk</source>
        <translation>
            <numerusform>%n fila del índice de palabras clave no tiene segmento</numerusform>
            <numerusform>%n filas del índice de palabras clave no tienen segmento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) have no chunk</source>
        <translation>
            <numerusform>%n vector no tiene segmento</numerusform>
            <numerusform>%n vectores no tienen segmento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) have no vector</source>
        <translation>
            <numerusform>%n segmento no tiene vector</numerusform>
            <numerusform>%n segmentos no tienen vector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have no chunks</source>
        <translation>
            <numerusform>%n documento no tiene segmentos</numerusform>
            <numerusform>%n documentos no tienen segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) belong to no document</source>
        <translation>
            <numerusform>%n archivo guardado no pertenece a ningún documento</numerusform>
            <numerusform>%n archivos guardados no pertenecen a ningún documento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)&apos; stored files are missing (import them again)</source>
        <translation>
            <numerusform>Falta el archivo guardado de %n documento (vuelve a importarlo)</numerusform>
            <numerusform>Faltan los archivos guardados de %n documentos (vuelve a importarlos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking chunks and the keyword index…</source>
        <translation>Comprobando los segmentos y el índice de palabras clave…</translation>
    </message>
    <message>
        <source>Checking vectors…</source>
        <translation>Comprobando los vectores…</translation>
    </message>
    <message>
        <source>Checking stored files…</source>
        <translation>Comprobando los archivos guardados…</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <source>Old Word documents (.doc) cannot be read: save it as .docx and import that.</source>
        <translation>Los documentos de Word antiguos (.doc) no se pueden leer: guárdalo como .docx e importa ese archivo.</translation>
    </message>
    <message>
        <source>Rich text (.rtf) cannot be read: save it as .docx or plain text and import that.</source>
        <translation>El texto enriquecido (.rtf) no se puede leer: guárdalo como .docx o como texto sin formato e importa ese archivo.</translation>
    </message>
    <message>
        <source>Apple Pages files cannot be read: export it as PDF or Word and import that.</source>
        <translation>Los archivos de Apple Pages no se pueden leer: expórtalo como PDF o Word e importa ese archivo.</translation>
    </message>
    <message>
        <source>OpenDocument text cannot be read yet: save it as .docx and import that.</source>
        <translation>El texto OpenDocument todavía no se puede leer: guárdalo como .docx e importa ese archivo.</translation>
    </message>
    <message>
        <source>E-books (.epub) cannot be read yet: convert it to PDF or HTML and import that.</source>
        <translation>Los libros electrónicos (.epub) todavía no se pueden leer: conviértelo a PDF o HTML e importa ese archivo.</translation>
    </message>
    <message>
        <source>{name} no longer exists; it was moved or deleted.</source>
        <translation>{name} ya no existe; se movió o se eliminó.</translation>
    </message>
    <message>
        <source>{name} is not a regular file.</source>
        <translation>{name} no es un archivo normal.</translation>
    </message>
    <message>
        <source>{name} is not a kind of file the knowledge base reads. Supported: PDF, Markdown, plain text, Word (.docx), HTML, source code and images (PNG, JPEG, TIFF).</source>
        <translation>{name} no es un tipo de archivo que la base de conocimiento lea. Formatos admitidos: PDF, Markdown, texto sin formato, Word (.docx), HTML, código fuente e imágenes (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); there is nothing to import.</source>
        <translation>{name} está vacío (0 bytes); no hay nada que importar.</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be imported. Split it into smaller files and import those.</source>
        <translation>{name} ocupa {size}; se pueden importar archivos de hasta {limit}. Divídelo en archivos más pequeños e impórtalos.</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation>{name} no se puede leer: permiso denegado.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} no se puede leer: {reason}.</translation>
    </message>
    <message>
        <source>Already in the library as “{title}”.</source>
        <translation>Ya está en la biblioteca como «{title}».</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Restaurado desde la papelera.</translation>
    </message>
    <message>
        <source>The stored copy of “{title}” is missing; import the file again.</source>
        <translation>Falta la copia guardada de «{title}»; vuelve a importar el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned PDFs need poppler to render their pages for text recognition, and it is not installed (on Debian or Ubuntu: apt install poppler-utils). The app renders them with QtPdf instead: import the file from the app.</source>
        <translation>Los PDF escaneados necesitan poppler para mostrar sus páginas para el reconocimiento de texto, y no está instalado (en Debian o Ubuntu: apt install poppler-utils). La aplicación los muestra con QtPdf en su lugar: importa el archivo desde la aplicación.</translation>
    </message>
    <message>
        <source>{name} is damaged: its pages cannot be rendered.</source>
        <translation>{name} está dañado: sus páginas no se pueden mostrar.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an image.</source>
        <translation>{name} está dañado o no es una imagen.</translation>
    </message>
    <message>
        <source>{name} has no text layer, and text recognition (OCR) found no words in it.</source>
        <translation>{name} no tiene capa de texto, y el reconocimiento de texto (OCR) no encontró palabras en él.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it, save a copy without the password (or print it to PDF), and import that copy.</source>
        <translation>{name} está protegido con contraseña. Ábrelo, guarda una copia sin la contraseña (o imprímelo como PDF) e importa esa copia.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({reason}); open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>{name} está dañado o no es un PDF ({reason}); ábrelo en un visor de PDF, guarda una copia nueva e impórtala.</translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages could be read. Open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>{name} está dañado: no se pudo leer ninguna de sus páginas. Ábrelo en un visor de PDF, guarda una copia nueva e impórtala.</translation>
    </message>
    <message>
        <source>{name} has no text layer (it looks like a scan). Run text recognition (OCR) on it, for example with your scanner&apos;s software or ocrmypdf, then import it again.</source>
        <translation>{name} no tiene capa de texto (parece un escaneo). Pásale un reconocimiento de texto (OCR), por ejemplo con el software de tu escáner u ocrmypdf, y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>{name} is an image: its text is read by text recognition (OCR).</source>
        <translation>{name} es una imagen: su texto se lee con reconocimiento de texto (OCR).</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text; check that it is the file you meant to import.</source>
        <translation>{name} parece un archivo binario, no texto; comprueba que es el archivo que querías importar.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} no contiene texto.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a Word document (.docx); open and save it again in Word.</source>
        <translation>{name} está dañado o no es un documento de Word (.docx); ábrelo y vuelve a guardarlo en Word.</translation>
    </message>
</context>
<context>
    <name>KnowledgeJobs</name>
    <message>
        <source>Re-embed documents for the new embedding model</source>
        <translation>Recalcular los embeddings de los documentos para el nuevo modelo</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Importar %n elemento</numerusform>
            <numerusform>Importar %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message>
        <source>The MCP server “{name}” is switched off.</source>
        <translation>El servidor MCP «{name}» está desactivado.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” was added on another device; add its command or address on this one to use it.</source>
        <translation>El servidor MCP «{name}» se añadió en otro dispositivo; indica su comando o su dirección en este para usarlo.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” failed: {reason} It is started again in {seconds} s.</source>
        <translation>El servidor MCP «{name}» falló: {reason} Se volverá a iniciar dentro de {seconds} s.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n tool(s).</source>
        <translation>
            <numerusform>Listo: %n herramienta.</numerusform>
            <numerusform>Listo: %n herramientas.</numerusform>
        </translation>
    </message>
    <message>
        <source>It stopped unexpectedly.</source>
        <translation>Se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <source>It did not finish starting within {seconds} s.</source>
        <translation>No terminó de iniciarse en {seconds} s.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” could not be started.</source>
        <translation>No se pudo iniciar el servidor MCP «{name}».</translation>
    </message>
    <message>
        <source>The MCP server “{name}” is not running.</source>
        <translation>El servidor MCP «{name}» no está en marcha.</translation>
    </message>
    <message>
        <source>{tool} on “{name}” did not answer within {seconds} s; the call was cancelled.</source>
        <translation>{tool} en «{name}» no respondió en {seconds} s; se canceló la llamada.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” stopped while running {tool}.</source>
        <translation>El servidor MCP «{name}» se detuvo mientras ejecutaba {tool}.</translation>
    </message>
    <message>
        <source>{tool} on “{name}” failed: {reason}</source>
        <translation>{tool} en «{name}» falló: {reason}</translation>
    </message>
    <message>
        <source>{tool} cannot be used: {reason}.</source>
        <translation>{tool} no se puede usar: {reason}.</translation>
    </message>
    <message>
        <source>Its command was not found ({command}).</source>
        <translation>No se encontró su comando ({command}).</translation>
    </message>
    <message>
        <source>Its command may not be run ({reason}).</source>
        <translation>Su comando no se puede ejecutar ({reason}).</translation>
    </message>
    <message>
        <source>It failed to start: {reason}</source>
        <translation>No pudo iniciarse: {reason}</translation>
    </message>
    <message>
        <source>Its last error output: {output}</source>
        <translation>Su última salida de error: {output}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>There is no MCP server named “{name}” (servers: {names}).</source>
        <translation>No hay ningún servidor MCP llamado «{name}» (servidores: {names}).</translation>
    </message>
    <message>
        <source>A server started on this computer needs a command.</source>
        <translation>Un servidor que se inicia en este equipo necesita un comando.</translation>
    </message>
    <message>
        <source>“{address}” is not an http:// or https:// address.</source>
        <translation>«{address}» no es una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>This is not valid JSON ({reason}, line {line}).</source>
        <translation>Esto no es JSON válido ({reason}, línea {line}).</translation>
    </message>
    <message>
        <source>Expected an object like {example}.</source>
        <translation>Se esperaba un objeto como {example}.</translation>
    </message>
    <message>
        <source>a server with this name exists</source>
        <translation>ya existe un servidor con este nombre</translation>
    </message>
    <message>
        <source>its entry is not an object</source>
        <translation>su entrada no es un objeto</translation>
    </message>
    <message>
        <source>its headers are not an object</source>
        <translation>sus encabezados no son un objeto</translation>
    </message>
    <message>
        <source>it has neither a command nor a url</source>
        <translation>no tiene ni comando (command) ni URL (url)</translation>
    </message>
    <message>
        <source>its args must be a list and its env an object</source>
        <translation>sus args deben ser una lista y su env un objeto</translation>
    </message>
    <message>
        <source>“{name}” cannot be a server name: use up to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>«{name}» no puede ser un nombre de servidor: usa hasta 40 letras, dígitos, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>There is already a server named “{name}”.</source>
        <translation>Ya existe un servidor llamado «{name}».</translation>
    </message>
    <message>
        <source>The MCP server settings in {path} cannot be read ({reason}).</source>
        <translation>No se puede leer la configuración de los servidores MCP en {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>“{address}” is not an http:// or https:// address.</source>
        <translation>«{address}» no es una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>{label} answered {status} for its model list.</source>
        <translation>{label} respondió {status} al pedir su lista de modelos.</translation>
    </message>
    <message>
        <source>Could not reach {address} ({reason}).</source>
        <translation>No se pudo conectar con {address} ({reason}).</translation>
    </message>
    <message>
        <source>{label} did not answer with a model list.</source>
        <translation>{label} no respondió con una lista de modelos.</translation>
    </message>
    <message>
        <source>{name} ({host})</source>
        <translation>{name} ({host})</translation>
    </message>
    <message>
        <source>{label} answers at {address}.</source>
        <translation>{label} responde en {address}.</translation>
    </message>
    <message>
        <source>{label} refused the API key ({status}).</source>
        <translation>{label} rechazó la clave de API ({status}).</translation>
    </message>
    <message>
        <source>Could not reach {label} at {address} ({reason}).</source>
        <translation>No se pudo conectar con {label} en {address} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>the model server</source>
        <translation>el servidor de modelos</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>There is no assistant “{name}”.</source>
        <translation>No existe el asistente «{name}».</translation>
    </message>
    <message>
        <source>There is no assistant “{name}” to summarise.</source>
        <translation>No existe el asistente «{name}» para hacer el resumen.</translation>
    </message>
    <message>
        <source>{name} cannot both answer in the round and summarise it: choose another summariser, or take it out of the round.</source>
        <translation>{name} no puede responder en la ronda y resumirla a la vez: elige otro asistente de resumen o quítalo de la ronda.</translation>
    </message>
    <message>
        <source>A summariser needs assistants whose answers it sums up.</source>
        <translation>Un asistente de resumen necesita asistentes cuyas respuestas resumir.</translation>
    </message>
    <message>
        <source>The assistant that should answer is no longer there (it was deleted); choose another in the conversation&apos;s assistants.</source>
        <translation>El asistente que debía responder ya no está (se eliminó); elige otro entre los asistentes de la conversación.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>p. {page}</source>
        <translation>pág. {page}</translation>
    </message>
    <message>
        <source>pp. {first}–{last}</source>
        <translation>págs. {first}–{last}</translation>
    </message>
    <message>
        <source>Type something to search for before saving the search.</source>
        <translation>Escribe algo que buscar antes de guardar la búsqueda.</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Búsqueda guardada</translation>
    </message>
    <message>
        <source>Recent search</source>
        <translation>Búsqueda reciente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message numerus="yes">
        <source>The model asked for more tools after %n step(s), the limit for one answer; ask again to let it go on.</source>
        <translation>
            <numerusform>El modelo pidió más herramientas después de %n paso, el límite para una respuesta; vuelve a preguntar para que continúe.</numerusform>
            <numerusform>El modelo pidió más herramientas después de %n pasos, el límite para una respuesta; vuelve a preguntar para que continúe.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <source>approved: {who}</source>
        <translation>aprobado: {who}</translation>
    </message>
</context>
<context>
    <name>ToolSchema</name>
    <message>
        <source>its input schema is not a JSON object</source>
        <translation>su esquema de entrada no es un objeto JSON</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>its input schema is invalid at {where}: {reason}</source>
        <translation>su esquema de entrada no es válido en {where}: {reason}</translation>
    </message>
    <message>
        <source>its input schema must describe an object, not “{type}”</source>
        <translation>su esquema de entrada debe describir un objeto, no «{type}»</translation>
    </message>
    <message>
        <source>The arguments for {tool} do not fit its schema: {details}.</source>
        <translation>Los argumentos de {tool} no se ajustan a su esquema: {details}.</translation>
    </message>
    <message>
        <source>The arguments for {tool} are not valid JSON ({reason} at character {position}).</source>
        <translation>Los argumentos de {tool} no son JSON válido ({reason} en el carácter {position}).</translation>
    </message>
    <message>
        <source>The arguments for {tool} must be a JSON object.</source>
        <translation>Los argumentos de {tool} deben ser un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>writes locally</source>
        <translation>escribe localmente</translation>
    </message>
    <message>
        <source>reaches the network</source>
        <translation>accede a la red</translation>
    </message>
    <message>
        <source>[The result was cut: it had {count} characters; only the first {limit} are shown.]</source>
        <translation>[El resultado se recortó: tenía {count} caracteres; solo se muestran los primeros {limit}.]</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>always allowed for its server</source>
        <translation>siempre permitido para su servidor</translation>
    </message>
    <message>
        <source>automatic (read-only)</source>
        <translation>automático (solo lectura)</translation>
    </message>
    <message>
        <source>approve-all</source>
        <translation>todo aprobado (approve-all)</translation>
    </message>
    <message>
        <source>run by hand</source>
        <translation>ejecutado a mano</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>“{server}” has no tool named {tool} (it has: {tools}).</source>
        <translation>«{server}» no tiene ninguna herramienta llamada {tool} (tiene: {tools}).</translation>
    </message>
    <message>
        <source>There is no tool named {tool}. The tools are: {tools}.</source>
        <translation>No hay ninguna herramienta llamada {tool}. Las herramientas son: {tools}.</translation>
    </message>
    <message>
        <source>The user did not allow {tool} to run.</source>
        <translation>El usuario no permitió ejecutar {tool}.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>{tool} failed: {error}</source>
        <translation>{tool} falló: {error}</translation>
    </message>
    <message>
        <source>{tool} did not finish within {seconds} s.</source>
        <translation>{tool} no terminó en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>TurnFlow</name>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondiendo…</translation>
    </message>
    <message>
        <source>Waiting for {label}…</source>
        <translation>Esperando respuesta ({label})…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Esperando al modelo…</translation>
    </message>
    <message>
        <source>Trying again in {seconds} s (attempt {attempt})…</source>
        <translation>Nuevo intento dentro de {seconds} s (intento {attempt})…</translation>
    </message>
    <message>
        <source>Sending your message</source>
        <translation>Enviando tu mensaje</translation>
    </message>
    <message>
        <source>Asking the next assistant</source>
        <translation>Preguntando al siguiente asistente</translation>
    </message>
    <message>
        <source>Preparing the answer</source>
        <translation>Preparando la respuesta</translation>
    </message>
</context>
</TS>
