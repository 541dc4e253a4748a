<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
    <message>
        <source>Deleting all local data…</source>
        <translation>Eliminando todos los datos locales…</translation>
    </message>
    <message>
        <source>Local data deleted</source>
        <translation>Datos locales eliminados</translation>
    </message>
    <message>
        <source>Everything ConvoSphere kept on this device is deleted. It starts afresh now.</source>
        <translation>Se ha eliminado todo lo que ConvoSphere guardaba en este dispositivo. Ahora empieza de cero.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <source>Deleting all local data</source>
        <translation>Eliminar todos los datos locales</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Leer la cuenta de sincronización</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Go to Chat</source>
        <translation>Ir a Chat</translation>
    </message>
    <message>
        <source>Go to Knowledge</source>
        <translation>Ir a Conocimiento</translation>
    </message>
    <message>
        <source>Go to Tools</source>
        <translation>Ir a Herramientas</translation>
    </message>
    <message>
        <source>Go to Jobs</source>
        <translation>Ir a Tareas</translation>
    </message>
    <message>
        <source>Go to Usage</source>
        <translation>Ir a Uso</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Ir a Configuración</translation>
    </message>
    <message>
        <source>Set up a model provider</source>
        <translation>Configurar un proveedor de modelos</translation>
    </message>
    <message>
        <source>Edit assistants</source>
        <translation>Editar asistentes</translation>
    </message>
    <message>
        <source>Collapse or expand the sidebar (Ctrl+B)</source>
        <translation>Contraer o expandir la barra lateral (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show the conversations&apos; trash</source>
        <translation>Mostrar la papelera de conversaciones</translation>
    </message>
    <message>
        <source>Switch workspace…</source>
        <translation>Cambiar de espacio de trabajo…</translation>
    </message>
    <message>
        <source>Search history and saved searches…</source>
        <translation>Historial y búsquedas guardadas…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Archived conversation</source>
        <translation>Conversación archivada</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <source>Finding what Ctrl+K offers</source>
        <translation>Buscar las entradas de Ctrl+K</translation>
    </message>
    <message>
        <source>Suggesting searches</source>
        <translation>Sugerir búsquedas</translation>
    </message>
    <message>
        <source>ConvoSphere cannot open your data</source>
        <translation>ConvoSphere no puede abrir tus datos</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Abrir tus datos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Your data was upgraded; a backup is at {path}</source>
        <translation>Tus datos se han actualizado; hay una copia de seguridad en {path}</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Leer la configuración</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic or a local server in Settings → Chat.</source>
        <translation>Configura OpenAI, Anthropic o un servidor local en Configuración → Chat.</translation>
    </message>
    <message>
        <source>Checking the model server</source>
        <translation>Comprobar el servidor de modelos</translation>
    </message>
    <message>
        <source>Preparing the knowledge base</source>
        <translation>Preparar la base de conocimiento</translation>
    </message>
    <message>
        <source>Opening sync</source>
        <translation>Iniciar la sincronización</translation>
    </message>
    <message>
        <source>Reading the workspace</source>
        <translation>Leer el espacio de trabajo</translation>
    </message>
    <message>
        <source>Opening your synced workspace</source>
        <translation>Abriendo tu espacio de trabajo sincronizado</translation>
    </message>
    <message>
        <source>ConvoSphere restarts now to open the workspace your account syncs. What was on this device stays in its own workspace.</source>
        <translation>ConvoSphere se reinicia ahora para abrir el espacio de trabajo que sincroniza tu cuenta. Lo que había en este dispositivo se queda en su propio espacio de trabajo.</translation>
    </message>
    <message>
        <source>Your data is still opening…</source>
        <translation>Tus datos todavía se están abriendo…</translation>
    </message>
    <message>
        <source>Opening “{workspace}”…</source>
        <translation>Abriendo «{workspace}»…</translation>
    </message>
    <message>
        <source>Switching workspace</source>
        <translation>Cambiar de espacio de trabajo</translation>
    </message>
    <message>
        <source>The text you were typing in “{workspace}” is here, not sent yet.</source>
        <translation>El texto que escribías en «{workspace}» está aquí, aún sin enviar.</translation>
    </message>
    <message>
        <source>The text you were typing is here, not sent yet.</source>
        <translation>El texto que escribías está aquí, aún sin enviar.</translation>
    </message>
    <message>
        <source>Clearing the carried text</source>
        <translation>Borrar el texto trasladado</translation>
    </message>
    <message>
        <source>Reading text carried from the last workspace</source>
        <translation>Leer el texto traído del último espacio de trabajo</translation>
    </message>
    <message>
        <source>Finding the cited passage</source>
        <translation>Buscar el fragmento citado</translation>
    </message>
    <message>
        <source>Reading background jobs</source>
        <translation>Leer las tareas en segundo plano</translation>
    </message>
    <message>
        <source>Running background jobs</source>
        <translation>Ejecutar las tareas en segundo plano</translation>
    </message>
    <message>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message>
        <source> · {duration} left</source>
        <translation> · quedan {duration}</translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) — {done} of {total}</source>
        <translation>
            <numerusform>%n tarea en segundo plano — {done} de {total}</numerusform>
            <numerusform>%n tareas en segundo plano — {done} de {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing up</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Saving the model provider</source>
        <translation>Guardar el proveedor de modelos</translation>
    </message>
    <message>
        <source>Model provider saved. {where}</source>
        <translation>Proveedor de modelos guardado. {where}</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer</source>
        <translation>Buscar servidores de modelos en este equipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ConvoSphere will be in {language} after it restarts.</source>
        <translation>ConvoSphere estará en {language} cuando se reinicie.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what}: ha fallado</translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>this assistant&apos;s instructions</source>
        <translation>las instrucciones de este asistente</translation>
    </message>
    <message>
        <source>How this assistant should answer (system prompt)</source>
        <translation>Cómo debe responder este asistente (prompt del sistema)</translation>
    </message>
    <message>
        <source>Default (as in Settings)</source>
        <translation>Predeterminado (como en Configuración)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Answer from my documents, with citations</source>
        <translation>Responder a partir de mis documentos, con citas</translation>
    </message>
    <message>
        <source>Tool names, separated by commas</source>
        <translation>Nombres de herramientas, separados por comas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máx.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>Herramientas permitidas</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>Nuevo asistente</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Listing assistants</source>
        <translation>Listar los asistentes</translation>
    </message>
    <message>
        <source>Saving the assistant</source>
        <translation>Guardar el asistente</translation>
    </message>
    <message>
        <source>Deleting the assistant</source>
        <translation>Eliminar el asistente</translation>
    </message>
    <message>
        <source>Looking for other versions</source>
        <translation>Buscar otras versiones</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) of the instructions</source>
        <translation>
            <numerusform>%n versión distinta de las instrucciones</numerusform>
            <numerusform>%n versiones distintas de las instrucciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>The assistant answering in this conversation (the list ends in Edit assistants…)</source>
        <translation>El asistente que responde en esta conversación (la lista termina con «Editar asistentes…»)</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo predeterminado</translation>
    </message>
    <message>
        <source>A model for this conversation only (empty: the default)</source>
        <translation>Un modelo solo para esta conversación (vacío: el predeterminado)</translation>
    </message>
    <message>
        <source>Listing the server&apos;s models</source>
        <translation>Listar los modelos del servidor</translation>
    </message>
    <message numerus="yes">
        <source>A model for this conversation only (empty: the default); %n offered by the server</source>
        <translation>
            <numerusform>Un modelo solo para esta conversación (vacío: el predeterminado); %n ofrecido por el servidor</numerusform>
            <numerusform>Un modelo solo para esta conversación (vacío: el predeterminado); %n ofrecidos por el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>A model for this conversation only (empty: the default); type its name</source>
        <translation>Un modelo solo para esta conversación (vacío: el predeterminado); escribe su nombre</translation>
    </message>
    <message>
        <source>Listing assistants</source>
        <translation>Listar los asistentes</translation>
    </message>
    <message>
        <source>No assistant</source>
        <translation>Sin asistente</translation>
    </message>
    <message>
        <source>Several assistants ({count})…</source>
        <translation>Varios asistentes ({count})…</translation>
    </message>
    <message>
        <source>Several assistants…</source>
        <translation>Varios asistentes…</translation>
    </message>
    <message>
        <source>Edit assistants…</source>
        <translation>Editar asistentes…</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s assistants</source>
        <translation>Guardar los asistentes de la conversación</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s model</source>
        <translation>Guardar el modelo de la conversación</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Ask anything…  (Enter sends, Shift+Enter adds a line)</source>
        <translation>Pregunta lo que quieras…  (Intro envía, Mayús+Intro añade una línea)</translation>
    </message>
    <message>
        <source>Ask the round…  (@Name asks one assistant alone; Enter sends)</source>
        <translation>Pregunta a la ronda…  (@Nombre pregunta solo a un asistente; Intro envía)</translation>
    </message>
    <message>
        <source>Chat with OpenAI, Anthropic, or a model running on this computer (Ollama, LM Studio, llama.cpp, vLLM) that works without a network. Answers stream in and are saved as they arrive, so nothing is lost.&lt;br&gt;&lt;br&gt;Type below and press &lt;b&gt;Enter&lt;/b&gt;. &lt;b&gt;Ctrl+N&lt;/b&gt; starts a new chat and &lt;b&gt;Ctrl+K&lt;/b&gt; jumps anywhere.</source>
        <translation>Chatea con OpenAI, Anthropic o un modelo que se ejecuta en este equipo (Ollama, LM Studio, llama.cpp, vLLM) y funciona sin red. Las respuestas aparecen en tiempo real y se guardan según llegan, así que no se pierde nada.&lt;br&gt;&lt;br&gt;Escribe abajo y pulsa &lt;b&gt;Intro&lt;/b&gt;. &lt;b&gt;Ctrl+N&lt;/b&gt; inicia un chat nuevo y &lt;b&gt;Ctrl+K&lt;/b&gt; te lleva a cualquier parte.</translation>
    </message>
    <message>
        <source>Each assistant answers in turn, seeing the answers before its own. Start a question with @Name to ask one assistant alone.</source>
        <translation>Cada asistente responde por turnos y ve las respuestas anteriores a la suya. Empieza una pregunta con @Nombre para preguntar solo a un asistente.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aún no hay conversaciones</translation>
    </message>
    <message>
        <source>Set up a model provider…</source>
        <translation>Configurar un proveedor de modelos…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>Editar el último mensaje</translation>
    </message>
    <message>
        <source>Set up the provider…</source>
        <translation>Configurar el proveedor…</translation>
    </message>
    <message>
        <source>Reading your documents</source>
        <translation>Leer tus documentos</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s documents choice</source>
        <translation>Guardar la selección de documentos de la conversación</translation>
    </message>
    <message>
        <source>Importing {files}…</source>
        <translation>Importando {files}…</translation>
    </message>
    <message>
        <source>Attaching the file</source>
        <translation>Adjuntar el archivo</translation>
    </message>
    <message>
        <source>{files} could not be imported: see Jobs.</source>
        <translation>No se pudo importar {files}: consulta Tareas.</translation>
    </message>
    <message>
        <source>Reading the attached file</source>
        <translation>Leer el archivo adjunto</translation>
    </message>
    <message>
        <source>{files} has no text to search.</source>
        <translation>{files} no tiene texto en el que buscar.</translation>
    </message>
    <message>
        <source>Answers come from {files}</source>
        <translation>Las respuestas salen de {files}</translation>
    </message>
    <message>
        <source>Model provider: {provider} — change…</source>
        <translation>Proveedor de modelos: {provider} — cambiar…</translation>
    </message>
    <message>
        <source>Chat offline with {server} ({model})</source>
        <translation>Chatear sin conexión con {server} ({model})</translation>
    </message>
    <message>
        <source>Chat offline with {server}</source>
        <translation>Chatear sin conexión con {server}</translation>
    </message>
    <message>
        <source>Opening your conversations… your question goes then</source>
        <translation>Abriendo tus conversaciones… tu pregunta se enviará después</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Empieza una conversación nueva</translation>
    </message>
    <message>
        <source>Preparing the model client</source>
        <translation>Preparar el cliente del modelo</translation>
    </message>
    <message>
        <source>Editing your last message: Enter sends it as a new version (the original stays, a ‹ › away). Esc cancels.</source>
        <translation>Editando tu último mensaje: Intro lo envía como versión nueva (el original se conserva, a un ‹&#xa0;› de distancia). Esc cancela.</translation>
    </message>
    <message>
        <source>Editing an earlier message: Enter sends it as a new version (the original stays, a ‹ › away). Esc cancels.</source>
        <translation>Editando un mensaje anterior: Intro lo envía como versión nueva (el original se conserva, a un ‹&#xa0;› de distancia). Esc cancela.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Opening the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
    <message>
        <source>Opening the branch</source>
        <translation>Abrir la rama</translation>
    </message>
    <message>
        <source>Streaming the answer</source>
        <translation>Recibir la respuesta</translation>
    </message>
    <message>
        <source>Using {tool}…</source>
        <translation>Usando {tool}…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Respondiendo…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Detener la respuesta (Esc); lo recibido se conserva</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>Connected through {interfaces}</source>
        <translation>Conectado a través de {interfaces}</translation>
    </message>
    <message>
        <source>No network connection: chat with cloud models waits; the rest works offline.</source>
        <translation>Sin conexión de red: el chat con modelos en la nube espera; el resto funciona sin conexión.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Last message {when}</source>
        <translation>Último mensaje {when}</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Ver archivadas</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Conversations you deleted: restore them or delete for good</source>
        <translation>Conversaciones que eliminaste: restáuralas o elimínalas para siempre</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Delete every conversation in the trash for good</source>
        <translation>Eliminar para siempre todas las conversaciones de la papelera</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aún no hay conversaciones.</translation>
    </message>
    <message>
        <source>Listing conversations</source>
        <translation>Listar las conversaciones</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>Volver a conversaciones</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>Buscar en la papelera</translation>
    </message>
    <message>
        <source>Nothing in the trash matches that.</source>
        <translation>Nada en la papelera coincide.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted conversations wait here until you empty it.</source>
        <translation>La papelera está vacía. Las conversaciones eliminadas esperan aquí hasta que la vacíes.</translation>
    </message>
    <message>
        <source>No conversation mentions that.</source>
        <translation>Ninguna conversación menciona eso.</translation>
    </message>
    <message>
        <source>Nothing archived.</source>
        <translation>No hay nada archivado.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Eliminar para siempre…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportar como Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportar como JSON…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Cambiar el nombre de la conversación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Changing the conversation</source>
        <translation>Cambiar la conversación</translation>
    </message>
    <message>
        <source>Moving to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Restoring the conversation</source>
        <translation>Restaurar la conversación</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>esta conversación</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>¿Eliminar para siempre?</translation>
    </message>
    <message>
        <source>“{title}” and all its messages will be deleted for good. This cannot be undone.</source>
        <translation>«{title}» y todos sus mensajes se eliminarán para siempre. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting the conversation</source>
        <translation>Eliminar la conversación</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>¿Vaciar la papelera?</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) and all their messages will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n conversación y todos sus mensajes se eliminarán para siempre. No se puede deshacer.</numerusform>
            <numerusform>%n conversaciones y todos sus mensajes se eliminarán para siempre. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <source>Exporting the conversation</source>
        <translation>Exportar la conversación</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>La conversación</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash (find it under Trash).</source>
        <translation>«{title}» se movió a la papelera (búscala en Papelera).</translation>
    </message>
</context>
<context>
    <name>DataWatch</name>
    <message>
        <source>Watching for changes</source>
        <translation>Vigilar los cambios</translation>
    </message>
    <message>
        <source>Checking who owns the background work</source>
        <translation>Comprobar quién gestiona el trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Looking for changes</source>
        <translation>Buscar cambios</translation>
    </message>
    <message>
        <source>Reading background jobs</source>
        <translation>Leer las tareas en segundo plano</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That conversation is no longer there: it was moved to the trash or deleted meanwhile, perhaps from another window or the command line.</source>
        <translation>Esa conversación ya no existe: se movió a la papelera o se eliminó mientras tanto, quizá desde otra ventana o la línea de comandos.</translation>
    </message>
    <message>
        <source>ConvoSphere is not allowed to write to {path}. Check its permissions.</source>
        <translation>ConvoSphere no tiene permiso para escribir en {path}. Revisa sus permisos.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>El disco está lleno. Libera espacio y vuelve a intentarlo; no se ha perdido nada.</translation>
    </message>
    <message>
        <source>A file operation failed ({path}): {reason}.</source>
        <translation>Falló una operación de archivo ({path}): {reason}.</translation>
    </message>
    <message>
        <source>A file operation failed: {reason}.</source>
        <translation>Falló una operación de archivo: {reason}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). The details are in the log file; nothing you saved was lost.</source>
        <translation>Algo inesperado salió mal ({error}). Los detalles están en el archivo de registro; no se perdió nada de lo que guardaste.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBar</name>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Usar mis documentos</translation>
    </message>
    <message>
        <source>Search your knowledge base for each question and cite what it finds</source>
        <translation>Buscar en tu base de conocimiento en cada pregunta y citar lo que encuentre</translation>
    </message>
    <message>
        <source>Search all documents, or only some tags or documents</source>
        <translation>Buscar en todos los documentos o solo en algunas etiquetas o documentos</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Import a file and ask about it</source>
        <translation>Importa un archivo y pregunta sobre él</translation>
    </message>
    <message>
        <source>Only documents tagged</source>
        <translation>Solo documentos con la etiqueta</translation>
    </message>
    <message>
        <source>Choose documents…</source>
        <translation>Elegir documentos…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagged {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Answer from these documents</source>
        <translation>Responder a partir de estos documentos</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrar por título</translation>
    </message>
    <message>
        <source>No documents yet: import some on the Knowledge page.</source>
        <translation>Aún no hay documentos: importa algunos en la página Conocimiento.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking network…</source>
        <translation>Comprobando la red…</translation>
    </message>
    <message>
        <source>No model server set up</source>
        <translation>Ningún servidor de modelos configurado</translation>
    </message>
    <message>
        <source>{name}: answering</source>
        <translation>{name}: responde</translation>
    </message>
    <message>
        <source>{name}: not answering</source>
        <translation>{name}: no responde</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline — everything local keeps working</source>
        <translation>Sin conexión — todo lo local sigue funcionando</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Show page names</source>
        <translation>Mostrar nombres de páginas</translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation>Solo iconos</translation>
    </message>
    <message>
        <source>Workspace “{name}”: switch or join another (Ctrl+K)</source>
        <translation>Espacio de trabajo «{name}»: cambia o únete a otro (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Find a conversation, document, assistant, setting or command…</source>
        <translation>Busca una conversación, documento, asistente, ajuste o comando…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>No match for “{text}”</source>
        <translation>Sin resultados para «{text}»</translation>
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
        <source>Search by title</source>
        <translation>Búsqueda por título</translation>
    </message>
    <message>
        <source>Search by tag</source>
        <translation>Búsqueda por etiqueta</translation>
    </message>
    <message>
        <source>Search by heading</source>
        <translation>Búsqueda por encabezado</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Buscar en los documentos</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Several assistants</source>
        <translation>Varios asistentes</translation>
    </message>
    <message>
        <source>Ticked assistants answer each question in turn, each seeing the answers before its own. Drag to change the order. Start a question with &lt;b&gt;@Name&lt;/b&gt; to ask one alone.</source>
        <translation>Los asistentes marcados responden cada pregunta por turnos, y cada uno ve las respuestas anteriores a la suya. Arrastra para cambiar el orden. Empieza una pregunta con &lt;b&gt;@Nombre&lt;/b&gt; para preguntar solo a uno.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Sums up each round:</source>
        <translation>Resume cada ronda:</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>Round: {assistants}</source>
        <translation>Ronda: {assistants}</translation>
    </message>
    <message>
        <source> · then {assistant} sums up</source>
        <translation> · luego {assistant} resume</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Asistente eliminado</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Incompleta</translation>
    </message>
    <message>
        <source>Stopped before any text arrived</source>
        <translation>Detenida antes de que llegara texto</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Asistente eliminado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Assistant · {model}</source>
        <translation>Asistente · {model}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Checking for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>Version {version} is available…</source>
        <translation>La versión {version} está disponible…</translation>
    </message>
    <message>
        <source>Opens the download page after asking; nothing is downloaded here.</source>
        <translation>Abre la página de descarga tras preguntar; aquí no se descarga nada.</translation>
    </message>
    <message>
        <source>ConvoSphere {version} is out.</source>
        <translation>Ya está disponible ConvoSphere {version}.</translation>
    </message>
    <message>
        <source>Open its download page in your browser? Your data stays as it is and is upgraded when the new version starts.</source>
        <translation>¿Abrir su página de descarga en el navegador? Tus datos se quedan como están y se actualizan cuando se inicie la nueva versión.</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
</context>
</TS>
