<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountSection</name>
    <message>
        <source>Account &amp;&amp; sync</source>
        <translation>Cuenta &amp;&amp; sincronización</translation>
    </message>
    <message>
        <source>Sync keeps your conversations, assistants and documents the same on all your devices through a server you or your team run. Without it everything stays on this device. You can work offline either way.</source>
        <translation>La sincronización mantiene tus conversaciones, asistentes y documentos iguales en todos tus dispositivos mediante un servidor que gestionas tú o tu equipo. Sin ella, todo se queda en este dispositivo. Puedes trabajar sin conexión en ambos casos.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with single sign-on</source>
        <translation>Iniciar sesión con inicio de sesión único (SSO)</translation>
    </message>
    <message>
        <source>Opens your browser to sign in with your company account</source>
        <translation>Abre tu navegador para iniciar sesión con tu cuenta de empresa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Leyendo la cuenta de sincronización</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;{server}&lt;/b&gt; as &lt;b&gt;{email}&lt;/b&gt;. Synced workspaces: {names}.</source>
        <translation>Sesión iniciada en &lt;b&gt;{server}&lt;/b&gt; como &lt;b&gt;{email}&lt;/b&gt;. Espacios de trabajo sincronizados: {names}.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, your email and your password.</source>
        <translation>Introduce la dirección del servidor, tu correo y tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Asking the server how to sign in</source>
        <translation>Preguntando al servidor cómo iniciar sesión</translation>
    </message>
    <message>
        <source>single sign-on</source>
        <translation>inicio de sesión único (SSO)</translation>
    </message>
    <message>
        <source>Sign in with {name}</source>
        <translation>Iniciar sesión con {name}</translation>
    </message>
    <message>
        <source>Emails at {domains} sign in with their company directory password.</source>
        <translation>Los correos de {domains} inician sesión con la contraseña del directorio de la empresa.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Introduce la dirección del servidor.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser (it opened at the sign-in page); this waits up to 5 minutes.</source>
        <translation>Termina de iniciar sesión en tu navegador (se abrió en la página de inicio de sesión); se espera hasta 5 minutos.</translation>
    </message>
    <message>
        <source>Signing in with single sign-on</source>
        <translation>Inicio de sesión con inicio de sesión único (SSO)</translation>
    </message>
    <message>
        <source>No browser could be opened: open this address in one: {url}</source>
        <translation>No se pudo abrir ningún navegador: abre esta dirección en uno: {url}</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this device.</source>
        <translation>Sesión cerrada. Todo se queda en este dispositivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>última sincronización {time}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline — changes wait here</source>
        <translation>Sin conexión: los cambios esperan aquí</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation>: {reason}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message numerus="yes">
        <source>There are %n other version(s) of {what}, from edits made at the same time on two devices. Nothing was lost: compare them and choose.</source>
        <translation>
            <numerusform>Hay otra versión para {what}, de cambios hechos a la vez en dos dispositivos. No se perdió nada: compáralas y elige.</numerusform>
            <numerusform>Hay %n versiones más para {what}, de cambios hechos a la vez en dos dispositivos. No se perdió nada: compáralas y elige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current text&lt;/b&gt; (what this device uses now)</source>
        <translation>&lt;b&gt;Texto actual&lt;/b&gt; (el que usa ahora este dispositivo)</translation>
    </message>
    <message>
        <source>Choose this version</source>
        <translation>Elegir esta versión</translation>
    </message>
    <message>
        <source>Use the other version&apos;s text: saved as your edit, it reaches your other devices.</source>
        <translation>Usar el texto de la otra versión: se guarda como tu cambio y llega a tus otros dispositivos.</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Mantener el actual</translation>
    </message>
    <message>
        <source>Keep the current text and set every other version aside.</source>
        <translation>Mantener el texto actual y apartar todas las demás versiones.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Delete this other version only.</source>
        <translation>Eliminar solo esta otra versión.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading the other versions</source>
        <translation>Leyendo las otras versiones</translation>
    </message>
    <message>
        <source>Other version {index} of {count} — {origin}</source>
        <translation>Otra versión {index} de {count} — {origin}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current file&lt;/b&gt; (what this device uses now)</source>
        <translation>&lt;b&gt;Archivo actual&lt;/b&gt; (el que usa ahora este dispositivo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other version&lt;/b&gt; ({origin})</source>
        <translation>&lt;b&gt;Otra versión&lt;/b&gt; ({origin})</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n línea es distinta.</numerusform>
            <numerusform>%n líneas son distintas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Los textos son iguales.</translation>
    </message>
    <message>
        <source>Resolving the versions</source>
        <translation>Resolviendo las versiones</translation>
    </message>
    <message>
        <source>written {when}</source>
        <translation>escrita el {when}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <source>{when} on this device</source>
        <translation>{when} en este dispositivo</translation>
    </message>
    <message>
        <source>{when} on device {device}</source>
        <translation>{when} en el dispositivo {device}</translation>
    </message>
    <message>
        <source>this document&apos;s file</source>
        <translation>el archivo de este documento</translation>
    </message>
    <message>
        <source>Looking for other versions of the file</source>
        <translation>Buscando otras versiones del archivo</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>ayer {time}</translation>
    </message>
    <message>
        <source>{name} — this device</source>
        <translation>{name} — este dispositivo</translation>
    </message>
    <message>
        <source>{name}
Device id {id}
Last seen {when}</source>
        <translation>{name}
ID del dispositivo {id}
Última actividad {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tus dispositivos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Sign out device</source>
        <translation>Cerrar sesión del dispositivo</translation>
    </message>
    <message>
        <source>Ends that device&apos;s session at once; what is on it stays there. It can sign in again.</source>
        <translation>Cierra al momento la sesión de ese dispositivo; lo que contiene se queda allí. Puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Asking the server for your devices…</source>
        <translation>Preguntando al servidor por tus dispositivos…</translation>
    </message>
    <message>
        <source>Listing your devices</source>
        <translation>Listando tus dispositivos</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) signed in to this account.</source>
        <translation>
            <numerusform>%n dispositivo con sesión iniciada en esta cuenta.</numerusform>
            <numerusform>%n dispositivos con sesión iniciada en esta cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device is signed in to this account.</source>
        <translation>Ningún dispositivo tiene sesión iniciada en esta cuenta.</translation>
    </message>
    <message>
        <source>Sign out this device</source>
        <translation>Cerrar sesión en este dispositivo</translation>
    </message>
    <message>
        <source>Signing out “{name}”…</source>
        <translation>Cerrando la sesión de «{name}»…</translation>
    </message>
    <message>
        <source>“{name}” is signed out. Its data stays on it.</source>
        <translation>«{name}» ha cerrado sesión. Sus datos se quedan en él.</translation>
    </message>
    <message>
        <source>Signing a device out</source>
        <translation>Cerrando la sesión de un dispositivo</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything here stays on this device unless you sync it. Export it as a zip of JSON and your documents&apos; files (API keys and sign-in tokens are never included), or delete it from this device.</source>
        <translation>Todo lo que hay aquí se queda en este dispositivo salvo que lo sincronices. Expórtalo como un zip con JSON y los archivos de tus documentos (las claves de API y los tokens de sesión nunca se incluyen) o elimínalo de este dispositivo.</translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation>Exportar mis datos…</translation>
    </message>
    <message>
        <source>Delete all local data…</source>
        <translation>Eliminar todos los datos locales…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Download my data from the server…</source>
        <translation>Descargar mis datos del servidor…</translation>
    </message>
    <message>
        <source>Erase my server account…</source>
        <translation>Borrar mi cuenta del servidor…</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Leyendo la cuenta de sincronización</translation>
    </message>
    <message>
        <source>On the sync server {server} you are {email}: download everything it holds about you (a zip of JSON and files), or erase your account there.</source>
        <translation>En el servidor de sincronización {server} eres {email}: descarga todo lo que guarda sobre ti (un zip con JSON y archivos) o borra allí tu cuenta.</translation>
    </message>
    <message>
        <source>Download my data from the server</source>
        <translation>Descargar mis datos del servidor</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Downloading what the server holds about you…</source>
        <translation>Descargando lo que el servidor guarda sobre ti…</translation>
    </message>
    <message>
        <source>The server&apos;s data about you was saved to {file} ({size}).</source>
        <translation>Los datos del servidor sobre ti se guardaron en {file} ({size}).</translation>
    </message>
    <message>
        <source>Downloading my server data</source>
        <translation>Descargando mis datos del servidor</translation>
    </message>
    <message>
        <source>Erase your server account?</source>
        <translation>¿Borrar tu cuenta del servidor?</translation>
    </message>
    <message>
        <source>Erase my account</source>
        <translation>Borrar mi cuenta</translation>
    </message>
    <message>
        <source>Erasing your account on the server…</source>
        <translation>Borrando tu cuenta en el servidor…</translation>
    </message>
    <message>
        <source>Your server account is erased and this device is signed out. Everything on this device is still here.</source>
        <translation>Tu cuenta del servidor está borrada y este dispositivo ha cerrado sesión. Todo lo que hay en este dispositivo sigue aquí.</translation>
    </message>
    <message>
        <source>Erasing my server account</source>
        <translation>Borrando mi cuenta del servidor</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Preparando la exportación…</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportando a {file}…</translation>
    </message>
    <message>
        <source>Starting the export</source>
        <translation>Iniciando la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Exporting to {file}… {done} of %n step(s)</source>
        <translation>
            <numerusform>Exportando a {file}… {done} de %n paso</numerusform>
            <numerusform>Exportando a {file}… {done} de %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data was exported to {file} ({size}).</source>
        <translation>Tus datos se exportaron a {file} ({size}).</translation>
    </message>
    <message>
        <source>The export is paused: resume it in Jobs.</source>
        <translation>La exportación está en pausa: reanúdala en Tareas.</translation>
    </message>
    <message>
        <source>see Jobs for the details</source>
        <translation>consulta Tareas para ver los detalles</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>The export did not finish ({state}): {reason}</source>
        <translation>La exportación no terminó ({state}): {reason}</translation>
    </message>
    <message>
        <source>Counting your data</source>
        <translation>Contando tus datos</translation>
    </message>
    <message>
        <source>Deleting all local data…</source>
        <translation>Eliminando todos los datos locales…</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;{name}&lt;/b&gt; to confirm:</source>
        <translation>Escribe &lt;b&gt;{name}&lt;/b&gt; para confirmar:</translation>
    </message>
    <message>
        <source>Delete all local data?</source>
        <translation>¿Eliminar todos los datos locales?</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>Your account &lt;b&gt;{email}&lt;/b&gt; on &lt;code&gt;{server}&lt;/code&gt; is erased:&lt;ul&gt;&lt;li&gt;your email, password, devices and sessions, your personal workspace and your invites are removed from the server&lt;/li&gt;&lt;li&gt;what you made in team workspaces stays there, no longer linked to you&lt;/li&gt;&lt;li&gt;the audit log keeps one entry saying an account was erased, under a pseudonym&lt;/li&gt;&lt;/ul&gt;This device is signed out; what is on it stays until you delete it here. This cannot be undone.</source>
        <translation>Tu cuenta &lt;b&gt;{email}&lt;/b&gt; en &lt;code&gt;{server}&lt;/code&gt; se borra:&lt;ul&gt;&lt;li&gt;tu correo, contraseña, dispositivos y sesiones, tu espacio de trabajo personal y tus invitaciones se eliminan del servidor&lt;/li&gt;&lt;li&gt;lo que creaste en espacios de trabajo de equipo se queda allí, sin vínculo contigo&lt;/li&gt;&lt;li&gt;el registro de auditoría guarda una entrada que indica que se borró una cuenta, bajo un seudónimo&lt;/li&gt;&lt;/ul&gt;Este dispositivo cierra sesión; lo que contiene se queda hasta que lo elimines aquí. No se puede deshacer.</translation>
    </message>
    <message>
        <source>This deletes from this device, for good:&lt;ul&gt;&lt;li&gt;{conversations} ({messages})&lt;/li&gt;&lt;li&gt;{documents} and their files ({size}), with the search index&lt;/li&gt;&lt;li&gt;{assistants} and {tags}&lt;/li&gt;&lt;li&gt;your settings, API keys and this device&apos;s sync sign-in&lt;/li&gt;&lt;/ul&gt;All of it is in &lt;code&gt;{folder}&lt;/code&gt;. What was synced stays on the server and your other devices. ConvoSphere then starts afresh, as on its first run. Export your data first if you may want it back.</source>
        <translation>Esto elimina de este dispositivo, para siempre:&lt;ul&gt;&lt;li&gt;{conversations} ({messages})&lt;/li&gt;&lt;li&gt;{documents} y sus archivos ({size}), con el índice de búsqueda&lt;/li&gt;&lt;li&gt;{assistants} y {tags}&lt;/li&gt;&lt;li&gt;tu configuración, tus claves de API y el inicio de sesión de sincronización de este dispositivo&lt;/li&gt;&lt;/ul&gt;Todo está en &lt;code&gt;{folder}&lt;/code&gt;. Lo sincronizado se queda en el servidor y en tus otros dispositivos. Después ConvoSphere empieza de cero, como la primera vez. Exporta antes tus datos si puedes necesitarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistant(s)</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Another ConvoSphere window or command is using this data. Close it, then delete again.</source>
        <translation>Otra ventana o comando de ConvoSphere está usando estos datos. Ciérralo y vuelve a eliminar.</translation>
    </message>
</context>
<context>
    <name>ProviderSetup</name>
    <message>
        <source>Welcome to ConvoSphere</source>
        <translation>Te damos la bienvenida a ConvoSphere</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Proveedor de modelos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should answers come from?&lt;/b&gt;&lt;br&gt;You can change this any time in Settings. Skipping is fine: the knowledge base works without any model.</source>
        <translation>&lt;b&gt;¿De dónde deben venir las respuestas?&lt;/b&gt;&lt;br&gt;Puedes cambiarlo cuando quieras en Configuración. Puedes omitirlo: la base de conocimiento funciona sin ningún modelo.</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Otro servidor</translation>
    </message>
    <message>
        <source>Pick a model the server offers, or type its name</source>
        <translation>Elige un modelo que ofrezca el servidor o escribe su nombre</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Ask the server for its models: shows whether it answers</source>
        <translation>Pide al servidor sus modelos: muestra si responde</translation>
    </message>
    <message>
        <source>Kept in your system keyring, never in ConvoSphere&apos;s database.</source>
        <translation>Se guarda en el llavero de tu sistema, nunca en la base de datos de ConvoSphere.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <source>Listing the server&apos;s models</source>
        <translation>Listando los modelos del servidor</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected to {server}: %n model(s).</source>
        <translation>
            <numerusform>✓ Conectado con {server}: %n modelo.</numerusform>
            <numerusform>✓ Conectado con {server}: %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Connected to {server}, but it offers no models yet: type a model name.</source>
        <translation>✓ Conectado con {server}, pero aún no ofrece modelos: escribe el nombre de un modelo.</translation>
    </message>
    <message>
        <source>Optional for most local servers</source>
        <translation>Opcional en la mayoría de servidores locales</translation>
    </message>
    <message>
        <source>Choose a model first</source>
        <translation>Elige primero un modelo</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>Esta herramienta no lleva argumentos.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a JSON list, e.g. {example}</source>
        <translation>una lista JSON, p. ej. {example}</translation>
    </message>
    <message>
        <source>a JSON object, e.g. {example}</source>
        <translation>un objeto JSON, p. ej. {example}</translation>
    </message>
    <message>
        <source>{name} must be {kind}.</source>
        <translation>{name} debe ser {kind}.</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>una lista JSON</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>ServerDialogs</name>
    <message>
        <source>Add an MCP server</source>
        <translation>Añadir un servidor MCP</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
    <message>
        <source>Runs on this computer (stdio)</source>
        <translation>Se ejecuta en este equipo (stdio)</translation>
    </message>
    <message>
        <source>Remote, over HTTP</source>
        <translation>Remoto, por HTTP</translation>
    </message>
    <message>
        <source>KEY=value, one per line (kept in the secret store)</source>
        <translation>CLAVE=valor, una por línea (se guarda en el almacén de secretos)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Ponle un nombre al servidor.</translation>
    </message>
    <message>
        <source>“{line}” is not KEY=value.</source>
        <translation>«{line}» no tiene la forma CLAVE=valor.</translation>
    </message>
    <message>
        <source>The command cannot be read: {reason}.</source>
        <translation>No se puede leer el comando: {reason}.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>Introduce el comando que inicia el servidor.</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importar servidores MCP</translation>
    </message>
    <message>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON other assistants use, e.g. &lt;code&gt;{example}&lt;/code&gt;. Values in &lt;code&gt;env&lt;/code&gt; and &lt;code&gt;headers&lt;/code&gt; go to the secret store.</source>
        <translation>Pega el JSON &lt;code&gt;mcpServers&lt;/code&gt; que usan otros asistentes, p. ej. &lt;code&gt;{example}&lt;/code&gt;. Los valores de &lt;code&gt;env&lt;/code&gt; y &lt;code&gt;headers&lt;/code&gt; van al almacén de secretos.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Open an mcpServers file</source>
        <translation>Abrir un archivo mcpServers</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Los cambios se guardan al hacerlos.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Leyendo la configuración</translation>
    </message>
    <message>
        <source>Reading where secrets are kept</source>
        <translation>Leyendo dónde se guardan los secretos</translation>
    </message>
    <message>
        <source>Paste a key and press Save</source>
        <translation>Pega una clave y pulsa Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Contando documentos</translation>
    </message>
    <message numerus="yes">
        <source>Switching to “{model}” re-embeds all %n document(s) in your knowledge base.</source>
        <translation>
            <numerusform>Cambiar a «{model}» vuelve a vectorizar %n documento de tu base de conocimiento.</numerusform>
            <numerusform>Cambiar a «{model}» vuelve a vectorizar los %n documentos de tu base de conocimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs on this computer in the background and may take a while; search uses the old vectors until it finishes.</source>
        <translation>Se ejecuta en este equipo en segundo plano y puede tardar; la búsqueda usa los vectores antiguos hasta que termine.</translation>
    </message>
    <message>
        <source>All their text is sent to the embedding service, which may bill you for it; search uses the old vectors until it finishes.</source>
        <translation>Todo su texto se envía al servicio de embeddings, que puede cobrártelo; la búsqueda usa los vectores antiguos hasta que termine.</translation>
    </message>
    <message>
        <source>Re-embed every document?</source>
        <translation>¿Volver a vectorizar todos los documentos?</translation>
    </message>
    <message>
        <source>Saving {setting}</source>
        <translation>Guardando {setting}</translation>
    </message>
    <message>
        <source>Removing {setting}</source>
        <translation>Quitando {setting}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>última sincronización {time}</translation>
    </message>
    <message>
        <source>{state} at {time}</source>
        <translation>{state} a las {time}</translation>
    </message>
    <message>
        <source>Everything on this device is on the sync server.</source>
        <translation>Todo lo de este dispositivo está en el servidor de sincronización.</translation>
    </message>
    <message>
        <source>Sending and fetching changes now.</source>
        <translation>Enviando y recibiendo cambios ahora.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Everything keeps working here; changes wait on this device and go when it can be reached.</source>
        <translation>No se puede contactar con el servidor de sincronización. Aquí todo sigue funcionando; los cambios esperan en este dispositivo y se envían cuando se pueda contactar.</translation>
    </message>
    <message>
        <source>Sync stopped on an error. Your changes are kept on this device.</source>
        <translation>La sincronización se detuvo por un error. Tus cambios se conservan en este dispositivo.</translation>
    </message>
    <message>
        <source>This device does not sync. Sign in under Settings → Account &amp; sync.</source>
        <translation>Este dispositivo no se sincroniza. Inicia sesión en Configuración → Cuenta &amp; sincronización.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cambio pendiente de enviar</numerusform>
            <numerusform>%n cambios pendientes de enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes waiting to be sent</source>
        <translation>No hay cambios pendientes de enviar</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Última sincronización {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
</context>
<context>
    <name>ToolApproval</name>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
    <message>
        <source>Always allow this server</source>
        <translation>Permitir siempre este servidor</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrada</translation>
    </message>
    <message>
        <source>server “{name}”</source>
        <translation>servidor «{name}»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {tool}?&lt;/b&gt; ({where}; {risk}) {description}</source>
        <translation>&lt;b&gt;¿Ejecutar {tool}?&lt;/b&gt; ({where}; {risk}) {description}</translation>
    </message>
    <message>
        <source>Always allow “{name}”</source>
        <translation>Permitir siempre «{name}»</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Built-in tools</source>
        <translation>Herramientas integradas</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integradas</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Tools that come with ConvoSphere; they only read.</source>
        <translation>Herramientas incluidas en ConvoSphere; solo leen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasa de error</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Duración mediana</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>What the model may use: built-in tools and your MCP servers. Anything that writes or reaches the network asks you first.</source>
        <translation>Lo que puede usar el modelo: herramientas integradas y tus servidores MCP. Todo lo que escribe o accede a la red te pregunta antes.</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Añadir servidor…</translation>
    </message>
    <message>
        <source>Import mcpServers JSON…</source>
        <translation>Importar JSON mcpServers…</translation>
    </message>
    <message>
        <source>No tools connected yet beyond the built-in ones. Add an MCP server — one that runs on this computer, or a remote one — or import the mcpServers JSON you use with other assistants. Every call that writes or reaches the network waits for you.</source>
        <translation>Aún no hay herramientas conectadas aparte de las integradas. Añade un servidor MCP (uno en este equipo o uno remoto) o importa el JSON mcpServers que usas con otros asistentes. Cada llamada que escribe o accede a la red espera tu aprobación.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Execution log</source>
        <translation>Registro de ejecución</translation>
    </message>
    <message>
        <source>Start / restart</source>
        <translation>Iniciar / reiniciar</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Always allow its tools</source>
        <translation>Permitir siempre sus herramientas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>The result shows here.</source>
        <translation>El resultado aparece aquí.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Per tool</source>
        <translation>Por herramienta</translation>
    </message>
    <message>
        <source>Reading the MCP servers</source>
        <translation>Leyendo los servidores MCP</translation>
    </message>
    <message>
        <source>Reading the tool log</source>
        <translation>Leyendo el registro de herramientas</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integradas</translation>
    </message>
    <message>
        <source>Always there; they read only, so they run without asking.</source>
        <translation>Siempre disponibles; solo leen, así que se ejecutan sin preguntar.</translation>
    </message>
    <message>
        <source>Server: {info}</source>
        <translation>Servidor: {info}</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n recurso</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting {name}</source>
        <translation>Iniciando {name}</translation>
    </message>
    <message>
        <source>Switching the server</source>
        <translation>Cambiando el servidor</translation>
    </message>
    <message>
        <source>Changing the approval</source>
        <translation>Cambiando la aprobación</translation>
    </message>
    <message>
        <source>Remove the server?</source>
        <translation>¿Quitar el servidor?</translation>
    </message>
    <message>
        <source>Remove “{name}” and the secrets kept for it?</source>
        <translation>¿Quitar «{name}» y los secretos guardados para él?</translation>
    </message>
    <message>
        <source>Stopping {name}</source>
        <translation>Deteniendo {name}</translation>
    </message>
    <message>
        <source>Removing the server</source>
        <translation>Quitando el servidor</translation>
    </message>
    <message>
        <source>{tool}   ({risk})</source>
        <translation>{tool}   ({risk})</translation>
    </message>
    <message>
        <source>{tool} — cannot be used</source>
        <translation>{tool} — no se puede usar</translation>
    </message>
    <message>
        <source>Running {tool}…</source>
        <translation>Ejecutando {tool}…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Error ({time}):</source>
        <translation>Error ({time}):</translation>
    </message>
    <message>
        <source>Result ({time}):</source>
        <translation>Resultado ({time}):</translation>
    </message>
    <message>
        <source>Running {tool}</source>
        <translation>Ejecutando {tool}</translation>
    </message>
    <message>
        <source>Adding the server</source>
        <translation>Añadiendo el servidor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Añadidos: {names}.</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}.</source>
        <translation>{name} omitido: {reason}.</translation>
    </message>
    <message>
        <source>Imported MCP servers</source>
        <translation>Servidores MCP importados</translation>
    </message>
    <message>
        <source>Importing MCP servers</source>
        <translation>Importando servidores MCP</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>this device only</source>
        <translation>solo este dispositivo</translation>
    </message>
    <message>
        <source>on the server — join to use it here</source>
        <translation>en el servidor: únete para usarlo aquí</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Each workspace has its own conversations, assistants and documents. Opening another restarts ConvoSphere into it; text you are typing comes along.</source>
        <translation>Cada espacio de trabajo tiene sus propias conversaciones, asistentes y documentos. Abrir otro reinicia ConvoSphere en él; el texto que estás escribiendo se conserva.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Listing workspaces</source>
        <translation>Listando espacios de trabajo</translation>
    </message>
    <message>
        <source>Sign in under Settings → Account &amp; sync to see your team&apos;s workspaces.</source>
        <translation>Inicia sesión en Configuración → Cuenta &amp; sincronización para ver los espacios de trabajo de tu equipo.</translation>
    </message>
    <message>
        <source>Asking the server for your other workspaces…</source>
        <translation>Preguntando al servidor por tus otros espacios de trabajo…</translation>
    </message>
    <message>
        <source>Listing the server&apos;s workspaces</source>
        <translation>Listando los espacios de trabajo del servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) on the server to join.</source>
        <translation>
            <numerusform>%n espacio de trabajo en el servidor para unirte.</numerusform>
            <numerusform>%n espacios de trabajo en el servidor para unirte.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have every workspace of yours on this device.</source>
        <translation>Tienes todos tus espacios de trabajo en este dispositivo.</translation>
    </message>
    <message>
        <source>Only this device&apos;s workspaces are listed. {reason}</source>
        <translation>Solo se muestran los espacios de trabajo de este dispositivo. {reason}</translation>
    </message>
    <message>
        <source>Joining “{name}”…</source>
        <translation>Uniéndote a «{name}»…</translation>
    </message>
    <message>
        <source>Joining a workspace</source>
        <translation>Uniéndote a un espacio de trabajo</translation>
    </message>
    <message>
        <source>Downloading “{name}” (conversations, documents, files)…</source>
        <translation>Descargando «{name}» (conversaciones, documentos, archivos)…</translation>
    </message>
    <message>
        <source>Checking the first sync</source>
        <translation>Comprobando la primera sincronización</translation>
    </message>
    <message>
        <source>“{name}” is on this device now. Open it to work in it.</source>
        <translation>«{name}» ya está en este dispositivo. Ábrelo para trabajar en él.</translation>
    </message>
</context>
</TS>
