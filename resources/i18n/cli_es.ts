<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>ConvoSphere Desktop: an offline-first AI assistant for knowledge work.</source>
        <translation>ConvoSphere Desktop: un asistente de IA para el trabajo con conocimiento, pensado para funcionar sin conexión.</translation>
    </message>
    <message>
        <source>keep all data in DIR instead of the per-user data folder (also: CONVOSPHERE_DATA_DIR)</source>
        <translation>guardar todos los datos en DIR en lugar de la carpeta de datos del usuario (también: CONVOSPHERE_DATA_DIR)</translation>
    </message>
    <message>
        <source>start, migrate the database, paint the main window, wait until the chat page accepts a question and quit (for CI and benchmarks)</source>
        <translation>iniciar, migrar la base de datos, dibujar la ventana principal, esperar a que la página de Chat acepte una pregunta y salir (para CI y pruebas de rendimiento)</translation>
    </message>
    <message>
        <source>open on this page instead of Chat</source>
        <translation>abrir en esta página en lugar de Chat</translation>
    </message>
    <message>
        <source>open this document in the viewer</source>
        <translation>abrir este documento en el visor</translation>
    </message>
    <message>
        <source>with --open-document: page N</source>
        <translation>con --open-document: página N</translation>
    </message>
    <message>
        <source>keep all data in DIR (as before the command)</source>
        <translation>guardar todos los datos en DIR (como antes del comando)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
</context>
<context>
    <name>CliAsk</name>
    <message>
        <source>ask a question; the answer streams to stdout and is saved to your history</source>
        <translation>hacer una pregunta; la respuesta se muestra en stdout a medida que llega y se guarda en tu historial</translation>
    </message>
    <message>
        <source>Ask a question. The answer streams to stdout as it arrives and is saved to the same history the app shows. Use - as the prompt to read it from stdin.</source>
        <translation>Haz una pregunta. La respuesta se muestra en stdout a medida que llega y se guarda en el mismo historial que muestra la aplicación. Usa - como pregunta para leerla de stdin.</translation>
    </message>
    <message>
        <source>the question (quote it)</source>
        <translation>la pregunta (entre comillas)</translation>
    </message>
    <message>
        <source>answer as this assistant (name or id); give it twice or more for a round: each answers in turn, seeing the answers before its own</source>
        <translation>responder como este asistente (nombre o id); indícalo dos o más veces para una ronda: cada uno responde por turno y ve las respuestas anteriores a la suya</translation>
    </message>
    <message>
        <source>with two or more --assistant: this assistant answers last, summing the round up</source>
        <translation>con dos o más --assistant: este asistente responde el último y resume la ronda</translation>
    </message>
    <message>
        <source>override the model provider</source>
        <translation>cambiar el proveedor del modelo</translation>
    </message>
    <message>
        <source>override the model</source>
        <translation>cambiar el modelo</translation>
    </message>
    <message>
        <source>address of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (implies --provider openai_compatible)</source>
        <translation>dirección de un servidor compatible con OpenAI, p. ej. http://127.0.0.1:11434/v1 (implica --provider openai_compatible)</translation>
    </message>
    <message>
        <source>add to this conversation instead of a new one</source>
        <translation>añadir a esta conversación en lugar de crear una nueva</translation>
    </message>
    <message>
        <source>search your documents and cite them (default: as the assistant says)</source>
        <translation>buscar en tus documentos y citarlos (por defecto: según el asistente)</translation>
    </message>
    <message>
        <source>do not search your documents</source>
        <translation>no buscar en tus documentos</translation>
    </message>
    <message>
        <source>search only documents with this tag (repeatable; implies --documents)</source>
        <translation>buscar solo en documentos con esta etiqueta (repetible; implica --documents)</translation>
    </message>
    <message>
        <source>let the model call tools (built-in and your MCP servers&apos;); in a terminal only read-only ones run</source>
        <translation>dejar que el modelo use herramientas (las integradas y las de tus servidores MCP); en una terminal solo se ejecutan las de solo lectura</translation>
    </message>
    <message>
        <source>with --tools: also run tools that write or reach the network, without asking</source>
        <translation>con --tools: ejecutar también, sin preguntar, las herramientas que escriben o acceden a la red</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>la pregunta está vacía</translation>
    </message>
    <message>
        <source>no assistant {name} (have: {names})</source>
        <translation>no hay ningún asistente {name} (disponibles: {names})</translation>
    </message>
    <message>
        <source>--summarizer needs two or more --assistant</source>
        <translation>--summarizer necesita dos o más --assistant</translation>
    </message>
    <message>
        <source>{name} (summary)</source>
        <translation>{name} (resumen)</translation>
    </message>
    <message>
        <source>(conversation {id})</source>
        <translation>(conversación {id})</translation>
    </message>
    <message>
        <source>its answer {state}.</source>
        <translation>su respuesta: {state}.</translation>
    </message>
    <message>
        <source>{name}: {why} The round stopped there; the answers so far are saved in conversation {id}.</source>
        <translation>{name}: {why} La ronda se detuvo ahí; las respuestas hasta ahora se guardaron en la conversación {id}.</translation>
    </message>
    <message>
        <source>not running {tool} ({risk}); add --approve-all to allow it.</source>
        <translation>no se ejecuta {tool} ({risk}); añade --approve-all para permitirlo.</translation>
    </message>
    <message>
        <source>{error} Retrying…</source>
        <translation>{error} Reintentando…</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>the partial answer is saved in conversation {id} (marked {state}); Continue or Retry it in the app, or ask on with --conversation {id}.</source>
        <translation>la respuesta parcial se guardó en la conversación {id} (marcada como {state}); continúala o reinténtala en la aplicación, o sigue preguntando con --conversation {id}.</translation>
    </message>
</context>
<context>
    <name>CliConflicts</name>
    <message>
        <source>versions kept from conflicting edits, and choosing</source>
        <translation>versiones guardadas de ediciones en conflicto, y elegir entre ellas</translation>
    </message>
    <message>
        <source>every kept version here</source>
        <translation>todas las versiones guardadas aquí</translation>
    </message>
    <message>
        <source>a kept version beside the current</source>
        <translation>una versión guardada junto a la actual</translation>
    </message>
    <message>
        <source>the version&apos;s id (or its first characters)</source>
        <translation>el id de la versión (o sus primeros caracteres)</translation>
    </message>
    <message>
        <source>use the kept version (an edit that syncs)</source>
        <translation>usar la versión guardada (una edición que se sincroniza)</translation>
    </message>
    <message>
        <source>keep the current value; set every kept version of it aside</source>
        <translation>mantener el valor actual; apartar todas sus versiones guardadas</translation>
    </message>
    <message>
        <source>delete this kept version only</source>
        <translation>eliminar solo esta versión guardada</translation>
    </message>
    <message>
        <source>“{prefix}” names {count} versions: give more of the id</source>
        <translation>“{prefix}” corresponde a {count} versiones: indica más caracteres del id</translation>
    </message>
    <message>
        <source>no kept version {prefix} (see `conflicts list`)</source>
        <translation>no hay ninguna versión guardada {prefix} (consulta `conflicts list`)</translation>
    </message>
    <message>
        <source>No kept versions: nothing to choose.</source>
        <translation>No hay versiones guardadas: nada que elegir.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>kept version</source>
        <translation>versión guardada</translation>
    </message>
    <message>
        <source>“{name}” uses the kept version now; it syncs as your edit.</source>
        <translation>“{name}” usa ahora la versión guardada; se sincroniza como tu edición.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” keeps its current value; %n kept version(s) set aside.</source>
        <translation>
            <numerusform>“{name}” mantiene su valor actual; %n versión guardada apartada.</numerusform>
            <numerusform>“{name}” mantiene su valor actual; %n versiones guardadas apartadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept version of “{name}” is deleted.</source>
        <translation>Se eliminó la versión guardada de “{name}”.</translation>
    </message>
</context>
<context>
    <name>CliConversations</name>
    <message>
        <source>list, export, trash or restore conversations</source>
        <translation>listar, exportar, mover a la papelera o restaurar conversaciones</translation>
    </message>
    <message>
        <source>list conversations</source>
        <translation>listar las conversaciones</translation>
    </message>
    <message>
        <source>in titles and messages</source>
        <translation>en títulos y mensajes</translation>
    </message>
    <message>
        <source>list archived ones instead</source>
        <translation>listar en su lugar las archivadas</translation>
    </message>
    <message>
        <source>list the ones in the trash instead</source>
        <translation>listar en su lugar las de la papelera</translation>
    </message>
    <message>
        <source>export one conversation</source>
        <translation>exportar una conversación</translation>
    </message>
    <message>
        <source>the conversation&apos;s id (see `conversations list`)</source>
        <translation>el id de la conversación (consulta `conversations list`)</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>escribir en FILE en lugar de stdout</translation>
    </message>
    <message>
        <source>move a conversation to the trash</source>
        <translation>mover una conversación a la papelera</translation>
    </message>
    <message>
        <source>bring a conversation back from the trash</source>
        <translation>recuperar una conversación de la papelera</translation>
    </message>
    <message>
        <source>the conversation&apos;s id (see `conversations list --trash`)</source>
        <translation>el id de la conversación (consulta `conversations list --trash`)</translation>
    </message>
    <message>
        <source>{id} is already in the trash.</source>
        <translation>{id} ya está en la papelera.</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>No existe la conversación {id}.</translation>
    </message>
    <message>
        <source>{id} is not in the trash.</source>
        <translation>{id} no está en la papelera.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Moved to the trash: {title} ({id})</source>
        <translation>Movida a la papelera: {title} ({id})</translation>
    </message>
    <message>
        <source>Restored: {title} ({id})</source>
        <translation>Restaurada: {title} ({id})</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Nothing in the trash matches {text}.</source>
        <translation>Nada en la papelera coincide con {text}.</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>No hay conversaciones.</translation>
    </message>
    <message>
        <source>No conversation mentions {text}.</source>
        <translation>Ninguna conversación menciona {text}.</translation>
    </message>
</context>
<context>
    <name>CliDocs</name>
    <message>
        <source>list documents, act on many</source>
        <translation>listar documentos, actuar sobre muchos a la vez</translation>
    </message>
    <message>
        <source>documents with their tags</source>
        <translation>documentos con sus etiquetas</translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation>listar en su lugar la papelera</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>como máximo esta cantidad (0: todos)</translation>
    </message>
    <message>
        <source>add TAG to documents</source>
        <translation>añadir TAG a documentos</translation>
    </message>
    <message>
        <source>remove TAG from documents</source>
        <translation>quitar TAG de documentos</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <translation>mover a la papelera</translation>
    </message>
    <message>
        <source>bring back from the trash</source>
        <translation>recuperar de la papelera</translation>
    </message>
    <message>
        <source>zip files plus a manifest</source>
        <translation>archivos en un zip con un manifiesto</translation>
    </message>
    <message>
        <source>purge the trash for good</source>
        <translation>vaciar la papelera definitivamente</translation>
    </message>
    <message>
        <source>open a document in the app&apos;s viewer</source>
        <translation>abrir un documento en el visor de la aplicación</translation>
    </message>
    <message>
        <source>at page N (from 1)</source>
        <translation>en la página N (desde 1)</translation>
    </message>
    <message>
        <source>print a document&apos;s (page&apos;s) text</source>
        <translation>mostrar el texto de un documento (de una página)</translation>
    </message>
    <message>
        <source>only page N (OCR text for scans)</source>
        <translation>solo la página N (texto OCR para escaneos)</translation>
    </message>
    <message>
        <source>save the first page as PNG</source>
        <translation>guardar la primera página como PNG</translation>
    </message>
    <message>
        <source>only documents with tag T (repeat: with all of them)</source>
        <translation>solo documentos con la etiqueta T (repetido: con todas ellas)</translation>
    </message>
    <message>
        <source>these documents</source>
        <translation>estos documentos</translation>
    </message>
    <message>
        <source>every document (see --tag)</source>
        <translation>todos los documentos (consulta --tag)</translation>
    </message>
    <message>
        <source>No documents match.</source>
        <translation>Ningún documento coincide.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Aún no hay documentos.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <source>import files and folders into the knowledge base</source>
        <translation>importar archivos y carpetas a la base de conocimiento</translation>
    </message>
    <message>
        <source>Import PDF, Markdown, text, Word, HTML and source files (folders are searched recursively). Interrupted imports resume on the next run.</source>
        <translation>Importa archivos PDF, Markdown, de texto, Word, HTML y de código fuente (las carpetas se recorren de forma recursiva). Las importaciones interrumpidas se reanudan en la siguiente ejecución.</translation>
    </message>
    <message>
        <source>files or folders to import</source>
        <translation>archivos o carpetas que importar</translation>
    </message>
    <message>
        <source>only finish imports that were interrupted</source>
        <translation>solo terminar las importaciones interrumpidas</translation>
    </message>
    <message>
        <source>print the outcome as JSON</source>
        <translation>mostrar el resultado como JSON</translation>
    </message>
    <message>
        <source>no progress line</source>
        <translation>sin línea de progreso</translation>
    </message>
    <message>
        <source>name files or folders to import (or use --resume)</source>
        <translation>indica archivos o carpetas que importar (o usa --resume)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier import(s) are left to ConvoSphere, which is running.</source>
        <translation>
            <numerusform>%n importación anterior queda a cargo de ConvoSphere, que está en ejecución.</numerusform>
            <numerusform>%n importaciones anteriores quedan a cargo de ConvoSphere, que está en ejecución.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n interrupted import(s)…</source>
        <translation>
            <numerusform>Reanudando %n importación interrumpida…</numerusform>
            <numerusform>Reanudando %n importaciones interrumpidas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n file(s) in those folders of kinds that cannot be imported.</source>
        <translation>
            <numerusform>Se omite %n archivo de esas carpetas de un tipo que no se puede importar.</numerusform>
            <numerusform>Se omiten %n archivos de esas carpetas de tipos que no se pueden importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to resume.</source>
        <translation>Nada que reanudar.</translation>
    </message>
    <message>
        <source>import interrupted; run `convosphere import --resume` to go on.</source>
        <translation>importación interrumpida; ejecuta `convosphere import --resume` para continuar.</translation>
    </message>
    <message>
        <source>Scanned pages were rendered with QtPdf: poppler (pdftoppm) is not installed (on Debian or Ubuntu: apt install poppler-utils).</source>
        <translation>Las páginas escaneadas se representaron con QtPdf: poppler (pdftoppm) no está instalado (en Debian o Ubuntu: apt install poppler-utils).</translation>
    </message>
    <message>
        <source>Importing {done} of {total} files · {pages} pages ({pages_rate}/s) · {chunks} chunks ({chunks_rate}/s)</source>
        <translation>Importando {done} de {total} archivos · {pages} páginas ({pages_rate}/s) · {chunks} fragmentos ({chunks_rate}/s)</translation>
    </message>
    <message>
        <source>Imported {imported}, {duplicates} already in the library, {failed} failed.</source>
        <translation>Importados: {imported}; {duplicates} ya estaban en la biblioteca; {failed} fallaron.</translation>
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
    <name>CliInfo</name>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>id del dispositivo</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>id del espacio de trabajo</translation>
    </message>
    <message>
        <source>show where the data lives and the schema version</source>
        <translation>mostrar dónde están los datos y la versión del esquema</translation>
    </message>
</context>
<context>
    <name>CliJobs</name>
    <message>
        <source>list, cancel or retry jobs</source>
        <translation>listar, cancelar o reintentar tareas</translation>
    </message>
    <message>
        <source>jobs, newest first</source>
        <translation>tareas, las más recientes primero</translation>
    </message>
    <message>
        <source>at most this many (50)</source>
        <translation>como máximo esta cantidad (50)</translation>
    </message>
    <message>
        <source>stop a job for good</source>
        <translation>detener una tarea definitivamente</translation>
    </message>
    <message>
        <source>the job&apos;s id (see `jobs list`)</source>
        <translation>el id de la tarea (consulta `jobs list`)</translation>
    </message>
    <message>
        <source>run a failed or cancelled job&apos;s unfinished items again</source>
        <translation>volver a ejecutar los elementos pendientes de una tarea fallida o cancelada</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Aún no hay tareas.</translation>
    </message>
    <message>
        <source>Cancelled {title}.</source>
        <translation>Cancelado: {title}.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>{title}: {state} ({done} of {total} done, {failed} failed)</source>
        <translation>{title}: {state} ({done} de {total} hechos, {failed} fallidos)</translation>
    </message>
</context>
<context>
    <name>CliKb</name>
    <message>
        <source>maintain the knowledge base</source>
        <translation>mantener la base de conocimiento</translation>
    </message>
    <message>
        <source>compare chunks, keyword index, vectors and files; --repair fixes what differs</source>
        <translation>comparar fragmentos, índice de palabras clave, vectores y archivos; --repair corrige las diferencias</translation>
    </message>
    <message>
        <source>Run it when no import is running (an import in progress looks like drift).</source>
        <translation>Ejecútalo cuando no haya ninguna importación en curso (una importación en curso parece una discrepancia).</translation>
    </message>
    <message>
        <source>make the stores agree again</source>
        <translation>volver a poner de acuerdo los almacenes</translation>
    </message>
    <message>
        <source>The knowledge base is consistent.</source>
        <translation>La base de conocimiento es coherente.</translation>
    </message>
    <message>
        <source>Repaired: {problem}</source>
        <translation>Reparado: {problem}</translation>
    </message>
    <message>
        <source>Found: {problem}</source>
        <translation>Encontrado: {problem}</translation>
    </message>
    <message>
        <source>Run `convosphere kb check --repair` to fix this.</source>
        <translation>Ejecuta `convosphere kb check --repair` para corregirlo.</translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <source>search the knowledge base (keywords and meaning)</source>
        <translation>buscar en la base de conocimiento (palabras clave y significado)</translation>
    </message>
    <message>
        <source>Prints passages ranked by hybrid (keyword + vector) search, with document, page and score. `search history` lists the searches run on this device; `search --suggest PREFIX` lists suggestions for what has been typed.</source>
        <translation>Muestra fragmentos ordenados por búsqueda híbrida (palabras clave + vectores), con documento, página y puntuación. `search history` lista las búsquedas hechas en este dispositivo; `search --suggest PREFIX` lista sugerencias para lo que se ha escrito.</translation>
    </message>
    <message>
        <source>what to look for, or &quot;history&quot; for the search history</source>
        <translation>qué buscar, o “history” para el historial de búsquedas</translation>
    </message>
    <message>
        <source>what to look for (any text, even &quot;history&quot;)</source>
        <translation>qué buscar (cualquier texto, incluso “history”)</translation>
    </message>
    <message>
        <source>list search suggestions for PREFIX and exit</source>
        <translation>listar sugerencias de búsqueda para PREFIX y salir</translation>
    </message>
    <message>
        <source>with history: forget every search</source>
        <translation>con history: olvidar todas las búsquedas</translation>
    </message>
    <message>
        <source>only documents with this tag</source>
        <translation>solo documentos con esta etiqueta</translation>
    </message>
    <message>
        <source>only documents of this type</source>
        <translation>solo documentos de este tipo</translation>
    </message>
    <message>
        <source>only this document id</source>
        <translation>solo este id de documento</translation>
    </message>
    <message>
        <source>imported on or after YYYY-MM-DD</source>
        <translation>importados el YYYY-MM-DD o después</translation>
    </message>
    <message>
        <source>imported before YYYY-MM-DD</source>
        <translation>importados antes del YYYY-MM-DD</translation>
    </message>
    <message>
        <source>at most this many results (10; suggestions: 8; history: 100)</source>
        <translation>como máximo esta cantidad de resultados (10; sugerencias: 8; historial: 100)</translation>
    </message>
    <message>
        <source>only the best passage of each document</source>
        <translation>solo el mejor fragmento de cada documento</translation>
    </message>
    <message>
        <source>(hybrid)</source>
        <translation>(por defecto: hybrid)</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>no es una fecha (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <source>say what to search for: convosphere search WORDS (or search history, or search --suggest PREFIX)</source>
        <translation>indica qué buscar: convosphere search WORDS (o search history, o search --suggest PREFIX)</translation>
    </message>
    <message>
        <source>Did you mean: {query}?</source>
        <translation>¿Quisiste decir: {query}?</translation>
    </message>
    <message>
        <source>No passages found.</source>
        <translation>No se encontraron fragmentos.</translation>
    </message>
    <message>
        <source>No suggestions for “{prefix}”.</source>
        <translation>No hay sugerencias para “{prefix}”.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n search(es).</source>
        <translation>
            <numerusform>Se olvidó %n búsqueda.</numerusform>
            <numerusform>Se olvidaron %n búsquedas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search history is off: searches are not recorded (setting “Remember searches”).</source>
        <translation>El historial de búsquedas está desactivado: las búsquedas no se guardan (opción “Recordar búsquedas”).</translation>
    </message>
    <message>
        <source>No searches recorded.</source>
        <translation>No hay búsquedas guardadas.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
</context>
<context>
    <name>CliStates</name>
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
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>recibiendo</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
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
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>sign in to a sync server, see its state, sync now</source>
        <translation>iniciar sesión en un servidor de sincronización, ver su estado, sincronizar ahora</translation>
    </message>
    <message>
        <source>sign this device in</source>
        <translation>iniciar sesión en este dispositivo</translation>
    </message>
    <message>
        <source>the server&apos;s address, e.g. https://sync.example.com</source>
        <translation>la dirección del servidor, p. ej. https://sync.example.com</translation>
    </message>
    <message>
        <source>read the password from standard input (never from the command line)</source>
        <translation>leer la contraseña de la entrada estándar (nunca de la línea de comandos)</translation>
    </message>
    <message>
        <source>sign in with your company account in the system browser (single sign-on)</source>
        <translation>iniciar sesión con tu cuenta de empresa en el navegador del sistema (inicio de sesión único (SSO))</translation>
    </message>
    <message>
        <source>check the password against the company directory (LDAP); the server also does this by itself for the email domains it is set up for</source>
        <translation>comprobar la contraseña en el directorio de la empresa (LDAP); el servidor también lo hace por sí mismo para los dominios de correo configurados</translation>
    </message>
    <message>
        <source>sign this device out</source>
        <translation>cerrar la sesión de este dispositivo</translation>
    </message>
    <message>
        <source>where sync stands</source>
        <translation>estado de la sincronización</translation>
    </message>
    <message>
        <source>one push/pull round for every synced workspace</source>
        <translation>una ronda de envío y recepción para cada espacio de trabajo sincronizado</translation>
    </message>
    <message>
        <source>Signed in to {server} as {email}.</source>
        <translation>Sesión iniciada en {server} como {email}.</translation>
    </message>
    <message>
        <source>--sso signs in in the browser: leave out --email and --password-stdin</source>
        <translation>--sso inicia sesión en el navegador: omite --email y --password-stdin</translation>
    </message>
    <message>
        <source>give --email E --password-stdin (or --sso to sign in in the browser)</source>
        <translation>indica --email E --password-stdin (o --sso para iniciar sesión en el navegador)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>Opening your browser to sign in:</source>
        <translation>Abriendo tu navegador para iniciar sesión:</translation>
    </message>
    <message>
        <source>No browser could be opened here: open the address above yourself.</source>
        <translation>No se pudo abrir ningún navegador aquí: abre tú la dirección de arriba.</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this device.</source>
        <translation>Sesión cerrada. Todo se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>Not signed in: this device keeps its data to itself.</source>
        <translation>Sin sesión iniciada: este dispositivo guarda sus datos para sí.</translation>
    </message>
    <message>
        <source>this device only</source>
        <translation>solo este dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {when}</source>
        <translation>última sincronización {when}</translation>
    </message>
    <message numerus="yes">
        <source>sent %n change(s)</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} rechazados</translation>
    </message>
    <message>
        <source>{workspace}: {sent}, received {pulled}; files up {up}, down {down}.</source>
        <translation>{workspace}: {sent}, {pulled} recibidos; archivos subidos {up}, bajados {down}.</translation>
    </message>
    <message>
        <source>No workspace syncs yet: run `convosphere sync login URL --email E`.</source>
        <translation>Aún no se sincroniza ningún espacio de trabajo: ejecuta `convosphere sync login URL --email E`.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>CliTags</name>
    <message>
        <source>list and edit tags</source>
        <translation>listar y editar etiquetas</translation>
    </message>
    <message>
        <source>every tag with its documents</source>
        <translation>todas las etiquetas con sus documentos</translation>
    </message>
    <message>
        <source>make a tag</source>
        <translation>crear una etiqueta</translation>
    </message>
    <message>
        <source>#rrggbb (default: picked from the name)</source>
        <translation>#rrggbb (por defecto: elegido a partir del nombre)</translation>
    </message>
    <message>
        <source>give a tag a new name</source>
        <translation>cambiar el nombre de una etiqueta</translation>
    </message>
    <message>
        <source>fold tags into another</source>
        <translation>fusionar etiquetas en otra</translation>
    </message>
    <message>
        <source>delete a tag (documents are kept)</source>
        <translation>eliminar una etiqueta (los documentos se conservan)</translation>
    </message>
    <message>
        <source>No tags yet. Make one with: convosphere tags create NAME</source>
        <translation>Aún no hay etiquetas. Crea una con: convosphere tags create NAME</translation>
    </message>
    <message numerus="yes">
        <source>{count} document(s)</source>
        <translation>
            <numerusform>{count} documento</numerusform>
            <numerusform>{count} documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Made the tag “{name}” ({color}).</source>
        <translation>Etiqueta “{name}” creada ({color}).</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>“{old}” ahora se llama “{new}”.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n tag(s) into “{name}”:</source>
        <translation>
            <numerusform>%n etiqueta fusionada en “{name}”:</numerusform>
            <numerusform>%n etiquetas fusionadas en “{name}”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) moved</source>
        <translation>
            <numerusform>%n documento movido</numerusform>
            <numerusform>%n documentos movidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already had it.</source>
        <translation>{count} ya la tenían.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag “{name}”; it was removed from %n document(s).</source>
        <translation>
            <numerusform>Etiqueta “{name}” eliminada; se quitó de %n documento.</numerusform>
            <numerusform>Etiqueta “{name}” eliminada; se quitó de %n documentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>MCP servers and the tools the model may use</source>
        <translation>servidores MCP y las herramientas que puede usar el modelo</translation>
    </message>
    <message>
        <source>servers (started to list them) and their tools</source>
        <translation>servidores (iniciados para listarlos) y sus herramientas</translation>
    </message>
    <message>
        <source>add a server: NAME -- COMMAND [ARGS...], or NAME --url URL</source>
        <translation>añadir un servidor: NAME -- COMMAND [ARGS...], o NAME --url URL</translation>
    </message>
    <message>
        <source>Add an MCP server started on this computer (convosphere tools add time -- uvx mcp-server-time) or reached over HTTP (convosphere tools add docs --url URL).</source>
        <translation>Añade un servidor MCP que se inicia en este equipo (convosphere tools add time -- uvx mcp-server-time) o al que se accede por HTTP (convosphere tools add docs --url URL).</translation>
    </message>
    <message>
        <source>after --</source>
        <translation>después de --</translation>
    </message>
    <message>
        <source>the address of a streamable HTTP server</source>
        <translation>la dirección de un servidor HTTP streamable</translation>
    </message>
    <message>
        <source>kept in the secret store</source>
        <translation>se guarda en el almacén de secretos</translation>
    </message>
    <message>
        <source>an HTTP header (kept in the secret store)</source>
        <translation>una cabecera HTTP (se guarda en el almacén de secretos)</translation>
    </message>
    <message>
        <source>add the servers of an mcpServers JSON file</source>
        <translation>añadir los servidores de un archivo JSON mcpServers</translation>
    </message>
    <message>
        <source>a JSON file with an mcpServers object (- for stdin)</source>
        <translation>un archivo JSON con un objeto mcpServers (- para stdin)</translation>
    </message>
    <message>
        <source>call a tool yourself</source>
        <translation>usar una herramienta tú mismo</translation>
    </message>
    <message>
        <source>a server name, or convosphere for a built-in tool</source>
        <translation>un nombre de servidor, o convosphere para una herramienta integrada</translation>
    </message>
    <message>
        <source>the arguments, a JSON object</source>
        <translation>los argumentos, un objeto JSON</translation>
    </message>
    <message>
        <source>remove a server</source>
        <translation>quitar un servidor</translation>
    </message>
    <message>
        <source>Built-in tools (read-only):</source>
        <translation>Herramientas integradas (solo lectura):</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one with: convosphere tools add NAME -- COMMAND [ARGS...]</source>
        <translation>Aún no hay servidores MCP. Añade uno con: convosphere tools add NAME -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Give either a command (after --) or --url, not both.</source>
        <translation>Indica un comando (después de --) o --url, no ambos.</translation>
    </message>
    <message>
        <source>Give the command after --, e.g. tools add time -- uvx mcp-server-time</source>
        <translation>Indica el comando después de --, p. ej. tools add time -- uvx mcp-server-time</translation>
    </message>
    <message numerus="yes">
        <source>Added the MCP server “{name}” ({target}); %n secret value(s) went to the secret store.</source>
        <translation>
            <numerusform>Servidor MCP “{name}” añadido ({target}); %n valor secreto se guardó en el almacén de secretos.</numerusform>
            <numerusform>Servidor MCP “{name}” añadido ({target}); %n valores secretos se guardaron en el almacén de secretos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the MCP server “{name}” ({target}).</source>
        <translation>Servidor MCP “{name}” añadido ({target}).</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>“{name}” añadido.</translation>
    </message>
    <message>
        <source>Skipped “{name}”: {reason}.</source>
        <translation>“{name}” omitido: {reason}.</translation>
    </message>
    <message>
        <source>{tool} ended with an error.</source>
        <translation>{tool} terminó con un error.</translation>
    </message>
    <message>
        <source>Removed the MCP server “{name}” and its secrets.</source>
        <translation>Servidor MCP “{name}” y sus secretos eliminados.</translation>
    </message>
    <message>
        <source>{flag} takes KEY=VALUE, not “{value}”.</source>
        <translation>{flag} espera KEY=VALUE, no “{value}”.</translation>
    </message>
</context>
<context>
    <name>CliWorkspaces</name>
    <message>
        <source>list, choose, share or join workspaces</source>
        <translation>listar, elegir, compartir o unirse a espacios de trabajo</translation>
    </message>
    <message>
        <source>this device&apos;s workspaces</source>
        <translation>los espacios de trabajo de este dispositivo</translation>
    </message>
    <message>
        <source>the workspace commands work in</source>
        <translation>el espacio de trabajo en el que actúan los comandos</translation>
    </message>
    <message>
        <source>its name or id</source>
        <translation>su nombre o id</translation>
    </message>
    <message>
        <source>publish a workspace of this device to the sync server</source>
        <translation>publicar un espacio de trabajo de este dispositivo en el servidor de sincronización</translation>
    </message>
    <message>
        <source>replicate a server workspace you are a member of</source>
        <translation>replicar un espacio de trabajo del servidor del que eres miembro</translation>
    </message>
    <message>
        <source>its name or id on the server</source>
        <translation>su nombre o id en el servidor</translation>
    </message>
    <message>
        <source>no workspace called “{name}” on this device (see `workspaces list`)</source>
        <translation>no hay ningún espacio de trabajo llamado “{name}” en este dispositivo (consulta `workspaces list`)</translation>
    </message>
    <message>
        <source>synced, id {id}</source>
        <translation>sincronizado, id {id}</translation>
    </message>
    <message>
        <source>this device only, id {id}</source>
        <translation>solo este dispositivo, id {id}</translation>
    </message>
    <message>
        <source>Commands now work in “{name}”.</source>
        <translation>Los comandos actúan ahora en “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is on the server now; `sync now` sends its contents.</source>
        <translation>“{name}” ya está en el servidor; `sync now` envía su contenido.</translation>
    </message>
    <message>
        <source>“{name}” ({role}) will sync to this device; `sync now` fetches it.</source>
        <translation>“{name}” ({role}) se sincronizará con este dispositivo; `sync now` lo descarga.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>subcomandos</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido junto con el argumento %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argumento &quot;-&quot; con el modo %r</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>se esperaba %s argumento</numerusform>
            <numerusform>se esperaban %s argumentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>opción en conflicto: %s</numerusform>
            <numerusform>opciones en conflicto: %s</numerusform>
        </translation>
    </message>
</context>
</TS>
