<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdminAudit</name>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Sign-ins (auth.*)</source>
        <translation>Inicios de sesión (auth.*)</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Users (user.*)</source>
        <translation>Usuarios (user.*)</translation>
    </message>
    <message>
        <source>Members (member.*)</source>
        <translation>Miembros (member.*)</translation>
    </message>
    <message>
        <source>Workspaces (workspace.*)</source>
        <translation>Espacios de trabajo (workspace.*)</translation>
    </message>
    <message>
        <source>Sync (sync.*)</source>
        <translation>Sincronización (sync.*)</translation>
    </message>
    <message>
        <source>Audit exports</source>
        <translation>Exportaciones del registro</translation>
    </message>
    <message>
        <source>Personal data (gdpr.*)</source>
        <translation>Datos personales (gdpr.*)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <source>erased user {id}</source>
        <translation>usuario borrado {id}</translation>
    </message>
    <message>
        <source>server operator</source>
        <translation>operador del servidor</translation>
    </message>
    <message>
        <source>hash {hash}</source>
        <translation>hash {hash}</translation>
    </message>
    <message>
        <source>Actor: email or user id</source>
        <translation>Autor: correo o ID de usuario</translation>
    </message>
    <message>
        <source>Pick a group, or type an action such as member.role or auth.</source>
        <translation>Elige un grupo o escribe una acción, como member.role o auth.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Más recientes</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Más antiguas ›</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lectura del registro de auditoría</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Exported the audit log ({size}, {format}) to {path}.</source>
        <translation>Registro de auditoría ({size}, {format}) exportado a {path}.</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Exportación del registro de auditoría</translation>
    </message>
</context>
<context>
    <name>AdminColumns</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation>Dispositivos activos</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Rol en el servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
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
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
</context>
<context>
    <name>AdminConsole</name>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} de {total}</translation>
    </message>
    <message>
        <source>{what} failed: {error}</source>
        <translation>{what}: ha fallado. {error}</translation>
    </message>
    <message>
        <source>Admin console</source>
        <translation>Consola de administración</translation>
    </message>
    <message>
        <source>Sign in as a server admin or auditor to see the team server.</source>
        <translation>Inicia sesión como administrador o auditor del servidor para ver el servidor del equipo.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>The team server at {url}; you are an admin.</source>
        <translation>El servidor del equipo en {url}; eres administrador.</translation>
    </message>
    <message>
        <source>The team server at {url}; you are an auditor (read only).</source>
        <translation>El servidor del equipo en {url}; eres auditor (solo lectura).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>(erased account)</source>
        <translation>(cuenta borrada)</translation>
    </message>
</context>
<context>
    <name>AdminHealth</name>
    <message>
        <source>Server version</source>
        <translation>Versión del servidor</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Devices connected now</source>
        <translation>Dispositivos conectados</translation>
    </message>
    <message>
        <source>Devices active (24 h)</source>
        <translation>Dispositivos activos (24 h)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reading the server&apos;s health</source>
        <translation>Lectura del estado del servidor</translation>
    </message>
    <message>
        <source>sync protocol {protocol}</source>
        <translation>protocolo de sincronización {protocol}</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>NOT answering</source>
        <translation>NO responde</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>live-update streams open</source>
        <translation>flujos de actualización en vivo abiertos</translation>
    </message>
    <message>
        <source>last signed checkpoint at #{seq}</source>
        <translation>último punto de control firmado en el n.º {seq}</translation>
    </message>
    <message>
        <source>no signed checkpoint yet</source>
        <translation>aún no hay ningún punto de control firmado</translation>
    </message>
    <message>
        <source>Checked at {time}.</source>
        <translation>Comprobado a las {time}.</translation>
    </message>
    <message>
        <source>The server cannot reach its database: sync and sign-in fail.</source>
        <translation>El servidor no llega a su base de datos: la sincronización y el inicio de sesión fallan.</translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
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
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>AdminUsage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>By workspace</source>
        <translation>Por espacio de trabajo</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Por usuario</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Estimated cost (USD)</source>
        <translation>Coste estimado (USD)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation>Dispositivos activos</translation>
    </message>
    <message>
        <source>Changes synced per day</source>
        <translation>Cambios sincronizados por día</translation>
    </message>
    <message>
        <source>Reading usage</source>
        <translation>Lectura del uso</translation>
    </message>
    <message>
        <source>Since {day} (UTC days). Tokens and cost are what the members&apos; apps reported with their answers; they are estimates.</source>
        <translation>Desde el {day} (días UTC). Los tokens y el coste son los que las aplicaciones de los miembros informaron con sus respuestas; son estimaciones.</translation>
    </message>
    <message>
        <source>Nothing was synced in this period.</source>
        <translation>No se sincronizó nada en este periodo.</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditores</translation>
    </message>
    <message>
        <source>No server role</source>
        <translation>Sin rol en el servidor</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Activos y desactivados</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Auditor (reads users, audit, usage, health)</source>
        <translation>Auditor (lee usuarios, auditoría, uso, estado)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Search by email</source>
        <translation>Buscar por correo</translation>
    </message>
    <message>
        <source>Invite to a workspace…</source>
        <translation>Invitar a un espacio de trabajo…</translation>
    </message>
    <message>
        <source>Server role…</source>
        <translation>Rol en el servidor…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Lectura de usuarios</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>Ninguna cuenta coincide.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aún no hay cuentas.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Rol en el servidor</translation>
    </message>
    <message>
        <source>Server role of {email}:</source>
        <translation>Rol en el servidor de {email}:</translation>
    </message>
    <message>
        <source>Changing the server role</source>
        <translation>Cambio del rol en el servidor</translation>
    </message>
    <message>
        <source>Disable this account?</source>
        <translation>¿Desactivar esta cuenta?</translation>
    </message>
    <message>
        <source>{email} is signed out on every device at once and cannot sign in again until you enable the account. Their data stays on the server.</source>
        <translation>{email} cierra sesión en todos sus dispositivos a la vez y no puede volver a iniciarla hasta que actives la cuenta. Sus datos se quedan en el servidor.</translation>
    </message>
    <message>
        <source>Disabling the account</source>
        <translation>Desactivación de la cuenta</translation>
    </message>
    <message>
        <source>Enabling the account</source>
        <translation>Activación de la cuenta</translation>
    </message>
    <message>
        <source>{email} is disabled: every session ended; server role {role}.</source>
        <translation>{email} está desactivado: se cerraron todas las sesiones; rol en el servidor {role}.</translation>
    </message>
    <message>
        <source>{email} is active; server role {role}.</source>
        <translation>{email} está activo; rol en el servidor {role}.</translation>
    </message>
</context>
<context>
    <name>AdminWorkspaces</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>anyone with the code</source>
        <translation>cualquiera con el código</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Select a workspace to see its members.</source>
        <translation>Selecciona un espacio de trabajo para ver sus miembros.</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Asignar rol</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <source>Pending invites</source>
        <translation>Invitaciones pendientes</translation>
    </message>
    <message>
        <source>Revoke invite</source>
        <translation>Revocar invitación</translation>
    </message>
    <message>
        <source>When a member erases their account:</source>
        <translation>Cuando un miembro borra su cuenta:</translation>
    </message>
    <message>
        <source>Keep what they made, anonymised</source>
        <translation>Conservar su contenido, anonimizado</translation>
    </message>
    <message>
        <source>Delete what they made, on every device</source>
        <translation>Eliminar su contenido en todos los dispositivos</translation>
    </message>
    <message>
        <source>Reading workspaces</source>
        <translation>Lectura de espacios de trabajo</translation>
    </message>
    <message>
        <source>No workspace matches.</source>
        <translation>Ningún espacio de trabajo coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) (the first {shown} are listed).</source>
        <translation>
            <numerusform>%n espacio de trabajo (se muestran los {shown} primeros).</numerusform>
            <numerusform>%n espacios de trabajo (se muestran los {shown} primeros).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s).</source>
        <translation>
            <numerusform>%n espacio de trabajo.</numerusform>
            <numerusform>%n espacios de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members of “{name}”</source>
        <translation>Miembros de «{name}»</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s settings</source>
        <translation>Lectura de la configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>In “{name}”, an erased member&apos;s content is now kept, anonymised.</source>
        <translation>En «{name}», el contenido de un miembro borrado ahora se conserva, anonimizado.</translation>
    </message>
    <message>
        <source>In “{name}”, an erased member&apos;s content is now deleted everywhere.</source>
        <translation>En «{name}», el contenido de un miembro borrado ahora se elimina en todas partes.</translation>
    </message>
    <message>
        <source>Saving the workspace&apos;s settings</source>
        <translation>Guardado de la configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>Reading members</source>
        <translation>Lectura de miembros</translation>
    </message>
    <message>
        <source>Invites are for team workspaces.</source>
        <translation>Las invitaciones son para espacios de trabajo de equipo.</translation>
    </message>
    <message>
        <source>Reading invites</source>
        <translation>Lectura de invitaciones</translation>
    </message>
    <message>
        <source>Pending invites ({count})</source>
        <translation>Invitaciones pendientes ({count})</translation>
    </message>
    <message>
        <source>No pending invites</source>
        <translation>No hay invitaciones pendientes</translation>
    </message>
    <message>
        <source>Revoking the invite</source>
        <translation>Revocación de la invitación</translation>
    </message>
    <message>
        <source>The invite was revoked: its code no longer works.</source>
        <translation>La invitación se revocó: su código ya no funciona.</translation>
    </message>
    <message>
        <source>The owner keeps the workspace until they transfer it.</source>
        <translation>El propietario conserva el espacio de trabajo hasta que lo transfiera.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s role</source>
        <translation>Cambio del rol del miembro</translation>
    </message>
    <message>
        <source>{email} is now {role} of “{name}”.</source>
        <translation>{email} ahora es {role} de «{name}».</translation>
    </message>
    <message>
        <source>Remove this member?</source>
        <translation>¿Quitar a este miembro?</translation>
    </message>
    <message>
        <source>{email} leaves “{name}”. Their devices stop syncing it at their next sync and tell them so; what they made stays in the workspace.</source>
        <translation>{email} sale de «{name}». Sus dispositivos dejan de sincronizarlo en la próxima sincronización y se lo indican; lo que creó se queda en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Removing the member</source>
        <translation>Retirada del miembro</translation>
    </message>
    <message>
        <source>{who} was removed from “{name}”.</source>
        <translation>{who} se quitó de «{name}».</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Editor — reads and changes everything</source>
        <translation>Editor: lee y modifica todo</translation>
    </message>
    <message>
        <source>Viewer — reads only</source>
        <translation>Lector: solo lectura</translation>
    </message>
    <message>
        <source>Admin — also manages members</source>
        <translation>Administrador: también gestiona los miembros</translation>
    </message>
    <message>
        <source>Invite to a workspace</source>
        <translation>Invitar a un espacio de trabajo</translation>
    </message>
    <message>
        <source>Optional: only this account may use the code</source>
        <translation>Opcional: solo esta cuenta puede usar el código</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válido durante</translation>
    </message>
    <message>
        <source>The code appears here, once</source>
        <translation>El código aparece aquí, una sola vez</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>The invitee pastes the code in Settings → Account &amp; sync. Send it any way you like.</source>
        <translation>La persona invitada pega el código en Configuración → Cuenta y sincronización. Envíalo como quieras.</translation>
    </message>
    <message>
        <source>Create code</source>
        <translation>Crear código</translation>
    </message>
    <message>
        <source>Reading workspaces</source>
        <translation>Lectura de espacios de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>día</numerusform>
            <numerusform>días</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team workspace yet: create one first.</source>
        <translation>Aún no hay ningún espacio de trabajo de equipo: crea uno primero.</translation>
    </message>
    <message>
        <source>Creating the invite</source>
        <translation>Creación de la invitación</translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: only {email} can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Código creado para {workspace} como {role}: solo {email} puede usarlo en un plazo de %n día. Solo se muestra ahora.</numerusform>
            <numerusform>Código creado para {workspace} como {role}: solo {email} puede usarlo en un plazo de %n días. Solo se muestra ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: whoever has it can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Código creado para {workspace} como {role}: quien lo tenga puede usarlo en un plazo de %n día. Solo se muestra ahora.</numerusform>
            <numerusform>Código creado para {workspace} como {role}: quien lo tenga puede usarlo en un plazo de %n días. Solo se muestra ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>{value}G</source>
        <comment>billions, on a chart axis</comment>
        <translation>{value} mil M</translation>
    </message>
    <message>
        <source>{value}M</source>
        <comment>millions, on a chart axis</comment>
        <translation>{value} M</translation>
    </message>
    <message>
        <source>{value}k</source>
        <comment>thousands, on a chart axis</comment>
        <translation>{value} mil</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Otros ({count})</translation>
    </message>
    <message>
        <source>{name}: {value} ({share})</source>
        <translation>{name}: {value} ({share})</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>&lt;{percent}</source>
        <translation>&lt; {percent}</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
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
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Tokens de entrada</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Tokens de salida</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>${amount}</source>
        <comment>a cost in US dollars</comment>
        <translation>{amount}&#xa0;US$</translation>
    </message>
    <message>
        <source>{cost} + ?</source>
        <translation>{cost} + ?</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) had no usage report: tokens estimated</source>
        <translation>
            <numerusform>%n respuesta sin informe de uso: tokens estimados</numerusform>
            <numerusform>%n respuestas sin informe de uso: tokens estimados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of a model with no known price</source>
        <translation>
            <numerusform>%n respuesta de un modelo sin precio conocido</numerusform>
            <numerusform>%n respuestas de un modelo sin precio conocido</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>All my devices (synced answers too)</source>
        <translation>Todos mis dispositivos (también respuestas sincronizadas)</translation>
    </message>
    <message>
        <source>When you chat, each answer&apos;s tokens and its estimated cost appear here, per provider and model per day. Answers from a local server count tokens and cost nothing.</source>
        <translation>Cuando chateas, aquí aparecen los tokens y el coste estimado de cada respuesta, por proveedor, modelo y día. Las respuestas de un servidor local cuentan tokens y no cuestan nada.</translation>
    </message>
    <message>
        <source>When you chat, import documents or search, this page fills in: conversations and messages per day; tokens and estimated cost per provider and model per day; documents and storage by type and tag; searches; background jobs.</source>
        <translation>Cuando chateas, importas documentos o buscas, esta página se llena: conversaciones y mensajes por día; tokens y coste estimado por proveedor, modelo y día; documentos y almacenamiento por tipo y etiqueta; búsquedas; tareas en segundo plano.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Estimated cost (USD)</source>
        <translation>Coste estimado (USD)</translation>
    </message>
    <message>
        <source>Tokens per day, by model</source>
        <translation>Tokens por día, por modelo</translation>
    </message>
    <message>
        <source>Costs are estimates from public list prices; your provider&apos;s bill is what counts.</source>
        <translation>Los costes son estimaciones según precios públicos; lo que cuenta es la factura de tu proveedor.</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Tokens y coste</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>Aún no hay uso</translation>
    </message>
    <message>
        <source>Reading usage…</source>
        <translation>Leyendo el uso…</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Tokens and estimated cost of your answers; conversations, documents, searches and background jobs.</source>
        <translation>Tokens y coste estimado de tus respuestas; conversaciones, documentos, búsquedas y tareas en segundo plano.</translation>
    </message>
    <message>
        <source>Reading usage</source>
        <translation>Lectura del uso</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n estimated</source>
        <translation>
            <numerusform>≈ %n estimado</numerusform>
            <numerusform>≈ %n estimados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of models with no known price</source>
        <translation>
            <numerusform>%n respuesta de modelos sin precio conocido</numerusform>
            <numerusform>%n respuestas de modelos sin precio conocido</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} ({provider})</source>
        <translation>{model} ({provider})</translation>
    </message>
</context>
<context>
    <name>UsagePanels</name>
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
        <translation>completada</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save “{caption}” as a CSV file</source>
        <translation>Guardar «{caption}» como archivo CSV</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Documents added in the chosen period</source>
        <translation>Documentos añadidos en el periodo elegido</translation>
    </message>
    <message>
        <source>When you chat, the conversations you start and the messages of each day appear here.</source>
        <translation>Cuando chateas, aquí aparecen las conversaciones que empiezas y los mensajes de cada día.</translation>
    </message>
    <message>
        <source>Conversations and messages per day</source>
        <translation>Conversaciones y mensajes por día</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
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
        <source>Import documents in Knowledge: their number and storage by type and by tag appear here.</source>
        <translation>Importa documentos en Conocimiento: aquí aparecen su número y su almacenamiento por tipo y por etiqueta.</translation>
    </message>
    <message>
        <source>Storage by type</source>
        <translation>Almacenamiento por tipo</translation>
    </message>
    <message>
        <source>Documents per tag</source>
        <translation>Documentos por etiqueta</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Por etiqueta</translation>
    </message>
    <message>
        <source>Searches you run in Knowledge or with Ctrl+K appear here: how many each day and the queries you run most.</source>
        <translation>Las búsquedas que haces en Conocimiento o con Ctrl+K aparecen aquí: cuántas cada día y las consultas que más usas.</translation>
    </message>
    <message>
        <source>Search history is off, so searches are not recorded and none can be counted here. Turn on “Remember searches” in Settings to see your search activity.</source>
        <translation>El historial de búsqueda está desactivado, así que las búsquedas no se registran ni se pueden contar aquí. Activa «Recordar búsquedas» en Configuración para ver tu actividad de búsqueda.</translation>
    </message>
    <message>
        <source>Queries by the day they were last run</source>
        <translation>Consultas según el día de su última ejecución</translation>
    </message>
    <message>
        <source>Most run queries</source>
        <translation>Consultas más frecuentes</translation>
    </message>
    <message>
        <source>Distinct queries last run that day (history keeps one entry per query)</source>
        <translation>Consultas distintas ejecutadas por última vez ese día (el historial guarda una entrada por consulta)</translation>
    </message>
    <message>
        <source>Search history is off (Settings): new searches are not recorded, so they are not counted here. What was recorded before stays until you clear it.</source>
        <translation>El historial de búsqueda está desactivado (Configuración): las búsquedas nuevas no se registran, así que no se cuentan aquí. Lo registrado antes se queda hasta que lo borres.</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Background work (imports, re-indexing, bulk actions) appears here, by kind and outcome, with the reason of each failure.</source>
        <translation>El trabajo en segundo plano (importaciones, reindexación, acciones masivas) aparece aquí, por tipo y resultado, con el motivo de cada fallo.</translation>
    </message>
    <message>
        <source>Jobs by kind and outcome</source>
        <translation>Tareas por tipo y resultado</translation>
    </message>
    <message>
        <source>By kind and state</source>
        <translation>Por tipo y estado</translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation>Tareas fallidas</translation>
    </message>
</context>
</TS>
