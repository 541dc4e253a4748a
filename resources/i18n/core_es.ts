<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {documents} with “{tag}”</source>
        <translation>Etiquetar {documents} con “{tag}”</translation>
    </message>
    <message>
        <source>“{job}” did not tag documents.</source>
        <translation>“{job}” no etiquetó documentos.</translation>
    </message>
    <message>
        <source>Those documents already had the tag: nothing to undo.</source>
        <translation>Esos documentos ya tenían la etiqueta: no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Undo: remove “{tag}” from {documents}</source>
        <translation>Deshacer: quitar “{tag}” de {documents}</translation>
    </message>
    <message>
        <source>Remove “{tag}” from {documents}</source>
        <translation>Quitar “{tag}” de {documents}</translation>
    </message>
    <message>
        <source>These documents are already in the trash.</source>
        <translation>Estos documentos ya están en la papelera.</translation>
    </message>
    <message>
        <source>Move {documents} to the trash</source>
        <translation>Mover {documents} a la papelera</translation>
    </message>
    <message>
        <source>None of these documents is in the trash.</source>
        <translation>Ninguno de estos documentos está en la papelera.</translation>
    </message>
    <message>
        <source>Restore {documents} from the trash</source>
        <translation>Restaurar {documents} de la papelera</translation>
    </message>
    <message>
        <source>“{job}” did not move documents to the trash.</source>
        <translation>“{job}” no movió documentos a la papelera.</translation>
    </message>
    <message>
        <source>Only documents in the trash can be deleted for good.</source>
        <translation>Solo los documentos de la papelera se pueden eliminar definitivamente.</translation>
    </message>
    <message>
        <source>Delete {documents} for good</source>
        <translation>Eliminar definitivamente {documents}</translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation>La papelera ya está vacía.</translation>
    </message>
    <message>
        <source>Empty the trash ({documents})</source>
        <translation>Vaciar la papelera ({documents})</translation>
    </message>
    <message>
        <source>Export to a file ending in .zip (not “{name}”).</source>
        <translation>Exporta a un archivo que termine en .zip (no “{name}”).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Export {documents} to {name}</source>
        <translation>Exportar {documents} a {name}</translation>
    </message>
    <message>
        <source>Reprocess {documents}</source>
        <translation>Reprocesar {documents}</translation>
    </message>
    <message>
        <source>Reprocessing documents is not available in this version.</source>
        <translation>Reprocesar documentos no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Select at least one document first.</source>
        <translation>Selecciona primero al menos un documento.</translation>
    </message>
    <message>
        <source>This job item ({key}) is not a range of documents.</source>
        <translation>Este elemento de la tarea ({key}) no es un rango de documentos.</translation>
    </message>
    <message>
        <source>The tag “{tag}” was deleted while this job ran; make it again and retry.</source>
        <translation>La etiqueta “{tag}” se eliminó mientras se ejecutaba esta tarea; vuelve a crearla y reinténtalo.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The file of that version is no longer on this device.</source>
        <translation>El archivo de esa versión ya no está en este dispositivo.</translation>
    </message>
    <message>
        <source>(The file {sha}… is not on this device.)</source>
        <translation>(El archivo {sha}… no está en este dispositivo.)</translation>
    </message>
    <message>
        <source>(A {type} file of {size}, {sha}…: its text shows once indexed.)</source>
        <translation>(Un archivo {type} de {size}, {sha}…: su texto se mostrará cuando esté indexado.)</translation>
    </message>
    <message>
        <source>That version was already resolved.</source>
        <translation>Esa versión ya se resolvió.</translation>
    </message>
    <message>
        <source>The item that version belongs to is not in this workspace.</source>
        <translation>El elemento al que pertenece esa versión no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>No conflict versions are kept for {entity} items.</source>
        <translation>No se guardan versiones en conflicto para los elementos {entity}.</translation>
    </message>
    <message>
        <source>Index the chosen file</source>
        <translation>Indexar el archivo elegido</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Reindexación</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Eliminar documentos</translation>
    </message>
    <message>
        <source>Tag documents</source>
        <translation>Etiquetar documentos</translation>
    </message>
    <message>
        <source>Untag documents</source>
        <translation>Quitar etiquetas</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Exportar documentos</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Conversations started</source>
        <translation>Conversaciones iniciadas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>No se registró ningún motivo</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database {path}: {error}</source>
        <translation>No se puede abrir la base de datos {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a ConvoSphere database. Choose another data folder.</source>
        <translation>{path} no es una base de datos de ConvoSphere. Elige otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or not a database ({error}). Restore it from a backup, or move it aside to start afresh.</source>
        <translation>La base de datos {path} está dañada o no es una base de datos ({error}). Restáurala desde una copia de seguridad o muévela a otro sitio para empezar de cero.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of ConvoSphere (schema {schema}; this version understands up to {head}). Update ConvoSphere to open it. Nothing was changed.</source>
        <translation>Estos datos los escribió una versión más reciente de ConvoSphere (esquema {schema}; esta versión entiende hasta {head}). Actualiza ConvoSphere para abrirlos. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not copy {name} into the library: {error}</source>
        <translation>No se pudo copiar {name} en la biblioteca: {error}</translation>
    </message>
    <message>
        <source>A downloaded file did not match its checksum ({sha}…); it will be downloaded again.</source>
        <translation>Un archivo descargado no coincidía con su suma de comprobación ({sha}…); se volverá a descargar.</translation>
    </message>
    <message>
        <source>Could not store downloaded files: {error}</source>
        <translation>No se pudieron guardar los archivos descargados: {error}</translation>
    </message>
</context>
<context>
    <name>LibraryExport</name>
    <message>
        <source>Could not write the export {path}: {error}</source>
        <translation>No se pudo escribir la exportación {path}: {error}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported: {names}.</source>
        <translation>
            <numerusform>No se pudo exportar %n documento: {names}.</numerusform>
            <numerusform>No se pudieron exportar %n documentos: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>it was purged</source>
        <translation>se eliminó definitivamente</translation>
    </message>
    <message>
        <source>its file is missing from the library</source>
        <translation>falta su archivo en la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>The export was written to {path} without %n document(s) that could not be read (see the errors above); retry once they are fixed to add them.</source>
        <translation>
            <numerusform>La exportación se escribió en {path} sin %n documento que no se pudo leer (consulta los errores de arriba); reinténtalo cuando esté corregido para añadirlo.</numerusform>
            <numerusform>La exportación se escribió en {path} sin %n documentos que no se pudieron leer (consulta los errores de arriba); reinténtalo cuando estén corregidos para añadirlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Choose a full path for the export, not {path}.</source>
        <translation>Elige una ruta completa para la exportación, no {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation>La carpeta {folder} no existe: elige otro lugar.</translation>
    </message>
    <message>
        <source>ConvoSphere may not write to {folder}: choose another place.</source>
        <translation>ConvoSphere no puede escribir en {folder}: elige otro lugar.</translation>
    </message>
    <message>
        <source>Save the export outside ConvoSphere&apos;s data folder: deleting the local data would delete it too.</source>
        <translation>Guarda la exportación fuera de la carpeta de datos de ConvoSphere: al eliminar los datos locales también se eliminaría.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} es una carpeta: elige un nombre de archivo.</translation>
    </message>
    <message>
        <source>Export my data to {name}</source>
        <translation>Exportar mis datos a {name}</translation>
    </message>
    <message>
        <source>Could not write the export {path}: {error}</source>
        <translation>No se pudo escribir la exportación {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing from the library and are not in the export ({files}…).</source>
        <translation>
            <numerusform>Falta %n archivo en la biblioteca y no está en la exportación ({files}…).</numerusform>
            <numerusform>Faltan %n archivos en la biblioteca y no están en la exportación ({files}…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export misses its {parts}: retry the job.</source>
        <translation>A la exportación le falta: {parts}. Reintenta la tarea.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no secure keyring available</source>
        <translation>no hay ningún llavero seguro disponible</translation>
    </message>
    <message>
        <source>Saved {name} in the system keyring, but the older unencrypted copy in {path} could not be removed ({error}), so it is still the one used. Make {folder} writable, or delete the file, then save again.</source>
        <translation>{name} se guardó en el llavero del sistema, pero la copia antigua sin cifrar de {path} no se pudo eliminar ({error}), así que sigue siendo la que se usa. Haz que {folder} admita escritura o elimina el archivo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>the system keyring failed: {reason}</source>
        <translation>el llavero del sistema falló: {reason}</translation>
    </message>
    <message>
        <source>Could not save {name}: {failure}, and {problem}</source>
        <translation>No se pudo guardar {name}: {failure}, y {problem}</translation>
    </message>
    <message>
        <source>Could not remove {name} from {path} ({error}). Make {folder} writable, or delete the file by hand.</source>
        <translation>No se pudo quitar {name} de {path} ({error}). Haz que {folder} admita escritura o elimina el archivo a mano.</translation>
    </message>
    <message>
        <source>Could not remove {name} from the system keyring ({reason}). Unlock the keyring and try again.</source>
        <translation>No se pudo quitar {name} del llavero del sistema ({reason}). Desbloquea el llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>the system keyring was unavailable when it was saved</source>
        <translation>el llavero del sistema no estaba disponible al guardarla</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Not set (the system keyring could not be read: {reason})</source>
        <translation>Sin definir (no se pudo leer el llavero del sistema: {reason})</translation>
    </message>
    <message>
        <source>{override}. The value you entered is used once {variable} is unset. {stored}</source>
        <translation>{override}. El valor que has introducido se usará cuando {variable} deje de estar definida. {stored}</translation>
    </message>
    <message>
        <source>it returned a different value than was stored</source>
        <translation>devolvió un valor distinto del guardado</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({keyring})</source>
        <translation>Guardada en el llavero del sistema ({keyring})</translation>
    </message>
    <message>
        <source>Stored unencrypted in {path} ({reason})</source>
        <translation>Guardada sin cifrar en {path} ({reason})</translation>
    </message>
    <message>
        <source>Could not read {path} ({error}). Check that the file is readable by you.</source>
        <translation>No se pudo leer {path} ({error}). Comprueba que tienes permiso para leer el archivo.</translation>
    </message>
    <message>
        <source>{path} {problem}. Fix it, or delete it and enter your keys again in Settings.</source>
        <translation>{path} {problem}. Corrígelo, o elimínalo y vuelve a introducir tus claves en Configuración.</translation>
    </message>
    <message>
        <source>{folder} is a file where ConvoSphere needs its settings folder. Move or rename that file, then save again.</source>
        <translation>{folder} es un archivo, pero ConvoSphere necesita ahí su carpeta de configuración. Mueve o cambia el nombre de ese archivo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}). Make sure {folder} is a folder you can write to and the disk is not full, then save again.</source>
        <translation>No se pudo escribir {path} ({error}). Asegúrate de que {folder} es una carpeta en la que puedes escribir y de que el disco no está lleno, y vuelve a guardar.</translation>
    </message>
    <message>
        <source>Set by the environment variable {variable} (not editable here)</source>
        <translation>Definida por la variable de entorno {variable} (no se puede editar aquí)</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column})</source>
        <translation>no es un JSON válido (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>should hold a JSON object of names to text values</source>
        <translation>debería contener un objeto JSON de nombres y valores de texto</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{label} must be on or off.</source>
        <translation>“{label}” debe estar activado o desactivado.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>El valor de “{label}” debe ser un número.</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}.</source>
        <translation>El valor de “{label}” debe ser un número, no {value}.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>El valor de “{label}” debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>El valor de “{label}” debe ser texto.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>El valor de “{label}” debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Aún sin configurar</translation>
    </message>
    <message>
        <source>Local or OpenAI-compatible server (Ollama, LM Studio, llama.cpp)</source>
        <translation>Servidor local o compatible con OpenAI (Ollama, LM Studio, llama.cpp)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark mode, or pick one.</source>
        <translation>Sigue el modo claro u oscuro del sistema, o elige uno.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, messages and the command line; follows the system unless you pick one. Takes effect when ConvoSphere restarts.</source>
        <translation>El idioma de los menús, los mensajes y la línea de comandos; sigue al sistema salvo que elijas uno. Se aplica al reiniciar ConvoSphere.</translation>
    </message>
    <message>
        <source>Touch-friendly</source>
        <translation>Modo táctil</translation>
    </message>
    <message>
        <source>Larger buttons, rows and check boxes, for touch screens and easier clicking.</source>
        <translation>Botones, filas y casillas más grandes, para pantallas táctiles y para hacer clic con más facilidad.</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Proveedor del modelo</translation>
    </message>
    <message>
        <source>Where chat answers come from.</source>
        <translation>De dónde vienen las respuestas del chat.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>The model to chat with, e.g. gpt-5-mini or llama3.2.</source>
        <translation>El modelo con el que chatear, p. ej. gpt-5-mini o llama3.2.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 for Ollama.</source>
        <translation>URL base de un servidor compatible con OpenAI, p. ej. http://127.0.0.1:11434/v1 para Ollama.</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clave de API de OpenAI</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database.</source>
        <translation>Se guarda en el llavero del sistema, nunca en la base de datos.</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clave de API de Anthropic</translation>
    </message>
    <message>
        <source>Local server API key</source>
        <translation>Clave de API del servidor local</translation>
    </message>
    <message>
        <source>Only if your local server asks for one. Kept in the system keyring.</source>
        <translation>Solo si tu servidor local la pide. Se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>How documents are turned into vectors for search; changing it re-embeds them in the background.</source>
        <translation>Cómo se convierten los documentos en vectores para la búsqueda; al cambiarlo se vuelven a calcular en segundo plano.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>On this device (all-MiniLM-L6-v2, works offline)</source>
        <translation>En este dispositivo (all-MiniLM-L6-v2, funciona sin conexión)</translation>
    </message>
    <message>
        <source>OpenAI embeddings API</source>
        <translation>API de embeddings de OpenAI</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>Remember searches</source>
        <translation>Recordar búsquedas</translation>
    </message>
    <message>
        <source>Keep the searches you run on this device, to suggest them as you type and list them in the search history. Off, nothing more is recorded.</source>
        <translation>Guarda las búsquedas que haces en este dispositivo para sugerirlas mientras escribes y mostrarlas en el historial. Desactivado, no se registra nada más.</translation>
    </message>
    <message>
        <source>Background jobs at once</source>
        <translation>Tareas simultáneas en segundo plano</translation>
    </message>
    <message>
        <source>How many background jobs (imports, bulk actions) run at the same time.</source>
        <translation>Cuántas tareas en segundo plano (importaciones, acciones en bloque) se ejecutan a la vez.</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Attempts per item</source>
        <translation>Intentos por elemento</translation>
    </message>
    <message>
        <source>How often a failing item of a job is tried before it is reported as failed.</source>
        <translation>Cuántas veces se intenta un elemento fallido de una tarea antes de darlo por fallido.</translation>
    </message>
    <message>
        <source>Let the model use tools</source>
        <translation>Permitir que el modelo use herramientas</translation>
    </message>
    <message>
        <source>Offer the built-in tools and your MCP servers&apos; tools to the model in chat.</source>
        <translation>Ofrece al modelo en el chat las herramientas integradas y las de tus servidores MCP.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Tool approval</source>
        <translation>Aprobación de herramientas</translation>
    </message>
    <message>
        <source>When a tool call waits for your answer. Servers you always allow never ask.</source>
        <translation>Cuándo una llamada a una herramienta espera tu respuesta. Los servidores que siempre permites nunca preguntan.</translation>
    </message>
    <message>
        <source>Ask before anything that writes or reaches the network</source>
        <translation>Preguntar antes de cualquier cosa que escriba o acceda a la red</translation>
    </message>
    <message>
        <source>Ask before every call</source>
        <translation>Preguntar antes de cada llamada</translation>
    </message>
    <message>
        <source>Tool steps per answer</source>
        <translation>Pasos de herramientas por respuesta</translation>
    </message>
    <message>
        <source>How many rounds of tool calls one answer may make before it must reply.</source>
        <translation>Cuántas rondas de llamadas a herramientas puede hacer una respuesta antes de tener que contestar.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>At start, read the release feed below and say when a newer version is out. Nothing is downloaded unless you ask; off, the app sends nothing.</source>
        <translation>Al iniciar, lee el canal de versiones de abajo y avisa cuando haya una versión más reciente. No se descarga nada salvo que lo pidas; desactivado, la aplicación no envía nada.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Release feed</source>
        <translation>Canal de versiones</translation>
    </message>
    <message>
        <source>The https:// address of the release feed the update check reads.</source>
        <translation>La dirección https:// del canal de versiones que lee la búsqueda de actualizaciones.</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Servidor de sincronización</translation>
    </message>
    <message>
        <source>The team or personal server this device syncs with (empty: this device only).</source>
        <translation>El servidor de equipo o personal con el que se sincroniza este dispositivo (vacío: solo este dispositivo).</translation>
    </message>
    <message>
        <source>Account &amp; sync</source>
        <translation>Cuenta y sincronización</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>The account this device syncs as.</source>
        <translation>La cuenta con la que se sincroniza este dispositivo.</translation>
    </message>
    <message>
        <source>Sync session</source>
        <translation>Sesión de sincronización</translation>
    </message>
    <message>
        <source>This device&apos;s session with the sync server.</source>
        <translation>La sesión de este dispositivo con el servidor de sincronización.</translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation>Espacio de trabajo actual</translation>
    </message>
    <message>
        <source>The workspace the app and the CLI open.</source>
        <translation>El espacio de trabajo que abren la aplicación y la línea de comandos.</translation>
    </message>
    <message>
        <source>First run done</source>
        <translation>Primer inicio hecho</translation>
    </message>
    <message>
        <source>Whether the welcome dialog was shown.</source>
        <translation>Si se mostró el diálogo de bienvenida.</translation>
    </message>
    <message>
        <source>Sidebar collapsed</source>
        <translation>Barra lateral contraída</translation>
    </message>
    <message>
        <source>Whether the page list shows icons only.</source>
        <translation>Si la lista de páginas muestra solo iconos.</translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation>Geometría de la ventana</translation>
    </message>
    <message>
        <source>Where the main window was, as Qt saved it.</source>
        <translation>Dónde estaba la ventana principal, tal como lo guardó Qt.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>No existe ningún ajuste llamado {key}.</translation>
    </message>
    <message>
        <source>{label} is not stored on this device.</source>
        <translation>“{label}” no se guarda en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>{title}, p. {page}</source>
        <translation>{title}, p. {page}</translation>
    </message>
    <message>
        <source>{title}, pp. {first}–{last}</source>
        <translation>{title}, pp. {first}–{last}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server did not resume the download where it stopped.</source>
        <translation>El servidor no reanudó la descarga donde se detuvo.</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer stopped part-way.</source>
        <translation>La respuesta del servidor de sincronización se cortó a mitad.</translation>
    </message>
    <message>
        <source>The sync server at {url} stopped answering ({error}). What arrived is kept; the rest comes next time.</source>
        <translation>El servidor de sincronización en {url} dejó de responder ({error}). Lo que llegó se conserva; el resto llegará la próxima vez.</translation>
    </message>
    <message>
        <source>The sync server at {url} cannot be reached ({error}). Your changes are kept and go when it can.</source>
        <translation>No se puede contactar con el servidor de sincronización en {url} ({error}). Tus cambios se conservan y se enviarán cuando sea posible.</translation>
    </message>
    <message>
        <source>The sync server ended this device&apos;s session: {detail} Sign in again.</source>
        <translation>El servidor de sincronización cerró la sesión de este dispositivo: {detail} Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sync server refused: {detail}</source>
        <translation>El servidor de sincronización se negó: {detail}</translation>
    </message>
    <message>
        <source>The sync server has no such thing: {detail}</source>
        <translation>Eso no existe en el servidor de sincronización: {detail}</translation>
    </message>
    <message>
        <source>The sync server had a problem ({status}): {detail}</source>
        <translation>El servidor de sincronización tuvo un problema ({status}): {detail}</translation>
    </message>
    <message>
        <source>The sync server refused the request ({status}): {detail}</source>
        <translation>El servidor de sincronización rechazó la solicitud ({status}): {detail}</translation>
    </message>
    <message>
        <source>This device is not signed in to a sync server: run `sync login`.</source>
        <translation>Este dispositivo no ha iniciado sesión en ningún servidor de sincronización: ejecuta `sync login`.</translation>
    </message>
    <message>
        <source>This device&apos;s workspace “{name}” now syncs.</source>
        <translation>El espacio de trabajo “{name}” de este dispositivo ya se sincroniza.</translation>
    </message>
    <message>
        <source>This device now opens your synced workspace “{name}”. What was on this device before stays in “{local}” (`workspaces use` switches).</source>
        <translation>Este dispositivo abre ahora tu espacio de trabajo sincronizado “{name}”. Lo que había antes en este dispositivo sigue en “{local}” (`workspaces use` cambia de uno a otro).</translation>
    </message>
    <message>
        <source>You are not a member of a workspace called “{name}”.</source>
        <translation>No eres miembro de ningún espacio de trabajo llamado “{name}”.</translation>
    </message>
    <message>
        <source>You are no longer a member of “{name}” on the sync server (you were removed, or it was deleted), so it no longer syncs on this device. What it holds here stays.</source>
        <translation>Ya no eres miembro de “{name}” en el servidor de sincronización (te quitaron o se eliminó), así que ya no se sincroniza en este dispositivo. Lo que contiene aquí se conserva.</translation>
    </message>
    <message>
        <source>Index {documents} from sync</source>
        <translation>Indexar {documents} recibidos por sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>You can only read this workspace: your change was undone.</source>
        <translation>Solo puedes leer este espacio de trabajo: tu cambio se ha deshecho.</translation>
    </message>
    <message>
        <source>This device&apos;s clock is ahead of the server&apos;s: set the right time.</source>
        <translation>El reloj de este dispositivo va por delante del del servidor: pon la hora correcta.</translation>
    </message>
    <message>
        <source>The server refused a change.</source>
        <translation>El servidor rechazó un cambio.</translation>
    </message>
    <message>
        <source>No answer from the browser within {minutes} minutes: the sign-in was not finished. Try again.</source>
        <translation>Sin respuesta del navegador en {minutes} minutos: no se completó el inicio de sesión. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Single sign-on was cancelled.</source>
        <translation>Se canceló el inicio de sesión único (SSO).</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This address only takes the sign-in.</source>
        <translation>Esta dirección solo recibe el inicio de sesión.</translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation>Ya respondido</translation>
    </message>
    <message>
        <source>This sign-in is already over.</source>
        <translation>Este inicio de sesión ya terminó.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You can close this tab and go back to ConvoSphere.</source>
        <translation>Puedes cerrar esta pestaña y volver a ConvoSphere.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (state mismatch), so it was ignored. Start the sign-in again.</source>
        <translation>El navegador devolvió una respuesta que no pertenece a este inicio de sesión (state no coincide), así que se ignoró. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Single sign-on failed: {reason}</source>
        <translation>Error en el inicio de sesión único (SSO): {reason}</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code.</source>
        <translation>El navegador volvió sin código de inicio de sesión.</translation>
    </message>
    <message>
        <source>Download {files} from sync ({size})</source>
        <translation>Descargar {files} de la sincronización ({size})</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>Tag names cannot contain control characters.</source>
        <translation>Los nombres de etiqueta no pueden contener caracteres de control.</translation>
    </message>
    <message>
        <source>Tag names cannot contain commas (commas separate tags as you type).</source>
        <translation>Los nombres de etiqueta no pueden contener comas (las comas separan etiquetas al escribir).</translation>
    </message>
    <message>
        <source>Tag names can be at most {limit} characters; “{name}…” has {length}.</source>
        <translation>Los nombres de etiqueta pueden tener como máximo {limit} caracteres; “{name}…” tiene {length}.</translation>
    </message>
    <message>
        <source>“{color}” is not a colour; use #rrggbb, for example #4e79a7.</source>
        <translation>“{color}” no es un color; usa #rrggbb, por ejemplo #4e79a7.</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists.</source>
        <translation>Ya existe una etiqueta llamada “{name}”.</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists; merge the two tags instead.</source>
        <translation>Ya existe una etiqueta llamada “{name}”; combina las dos etiquetas en su lugar.</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into “{name}”.</source>
        <translation>Elige al menos otra etiqueta para combinarla en “{name}”.</translation>
    </message>
    <message>
        <source>There is no tag named “{name}”.</source>
        <translation>No existe ninguna etiqueta llamada “{name}”.</translation>
    </message>
    <message>
        <source>A tag&apos;s description can be at most {limit} characters.</source>
        <translation>La descripción de una etiqueta puede tener como máximo {limit} caracteres.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>The release feed names the version {version}, not like 1.2.3.</source>
        <translation>El canal de versiones indica la versión {version}, no en formato 1.2.3.</translation>
    </message>
    <message>
        <source>The release feed must be an https:// address, not {url}.</source>
        <translation>El canal de versiones debe ser una dirección https://, no {url}.</translation>
    </message>
    <message>
        <source>The release feed is not JSON.</source>
        <translation>El canal de versiones no es JSON.</translation>
    </message>
    <message>
        <source>The release feed has no version.</source>
        <translation>El canal de versiones no indica ninguna versión.</translation>
    </message>
    <message>
        <source>The release feed has no download page address.</source>
        <translation>El canal de versiones no indica ninguna dirección de página de descarga.</translation>
    </message>
    <message>
        <source>The release feed answered HTTP {status}.</source>
        <translation>El canal de versiones respondió HTTP {status}.</translation>
    </message>
    <message>
        <source>The release feed is too large to be a feed.</source>
        <translation>El canal de versiones es demasiado grande para ser un canal.</translation>
    </message>
    <message>
        <source>Could not reach the release feed: {error}</source>
        <translation>No se pudo acceder al canal de versiones: {error}</translation>
    </message>
    <message>
        <source>Update checks are on but no release feed address is set.</source>
        <translation>La búsqueda de actualizaciones está activada, pero no hay ninguna dirección de canal de versiones.</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
</context>
</TS>
