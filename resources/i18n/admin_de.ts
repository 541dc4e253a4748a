<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminAudit</name>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Sign-ins (auth.*)</source>
        <translation>Anmeldungen (auth.*)</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Users (user.*)</source>
        <translation>Benutzer (user.*)</translation>
    </message>
    <message>
        <source>Members (member.*)</source>
        <translation>Mitglieder (member.*)</translation>
    </message>
    <message>
        <source>Workspaces (workspace.*)</source>
        <translation>Arbeitsbereiche (workspace.*)</translation>
    </message>
    <message>
        <source>Sync (sync.*)</source>
        <translation>Synchronisierung (sync.*)</translation>
    </message>
    <message>
        <source>Audit exports</source>
        <translation>Protokollexporte</translation>
    </message>
    <message>
        <source>Personal data (gdpr.*)</source>
        <translation>Personenbezogene Daten (gdpr.*)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <source>erased user {id}</source>
        <translation>gelöschter Benutzer {id}</translation>
    </message>
    <message>
        <source>server operator</source>
        <translation>Serverbetreiber</translation>
    </message>
    <message>
        <source>hash {hash}</source>
        <translation>Hash {hash}</translation>
    </message>
    <message>
        <source>Actor: email or user id</source>
        <translation>Akteur: E-Mail oder Benutzer-ID</translation>
    </message>
    <message>
        <source>Pick a group, or type an action such as member.role or auth.</source>
        <translation>Wählen Sie eine Gruppe oder geben Sie eine Aktion ein, z. B. member.role oder auth.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Neuere</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Ältere ›</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Kein Eintrag entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Exported the audit log ({size}, {format}) to {path}.</source>
        <translation>Prüfprotokoll ({size}, {format}) nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Exportieren des Prüfprotokolls</translation>
    </message>
</context>
<context>
    <name>AdminColumns</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation>Aktive Geräte</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Serverrolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>AdminConsole</name>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} von {total}</translation>
    </message>
    <message>
        <source>{what} failed: {error}</source>
        <translation>Fehler beim {what}: {error}</translation>
    </message>
    <message>
        <source>Admin console</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Sign in as a server admin or auditor to see the team server.</source>
        <translation>Melden Sie sich als Server-Admin oder Prüfer an, um den Team-Server zu sehen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>The team server at {url}; you are an admin.</source>
        <translation>Der Team-Server unter {url}; Sie sind Admin.</translation>
    </message>
    <message>
        <source>The team server at {url}; you are an auditor (read only).</source>
        <translation>Der Team-Server unter {url}; Sie sind Prüfer (nur Lesen).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(erased account)</source>
        <translation>(gelöschtes Konto)</translation>
    </message>
</context>
<context>
    <name>AdminHealth</name>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Devices connected now</source>
        <translation>Jetzt verbundene Geräte</translation>
    </message>
    <message>
        <source>Devices active (24 h)</source>
        <translation>Aktive Geräte (24 h)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reading the server&apos;s health</source>
        <translation>Lesen des Serverzustands</translation>
    </message>
    <message>
        <source>sync protocol {protocol}</source>
        <translation>Sync-Protokoll {protocol}</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>NOT answering</source>
        <translation>antwortet NICHT</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>live-update streams open</source>
        <translation>offene Live-Update-Verbindungen</translation>
    </message>
    <message>
        <source>last signed checkpoint at #{seq}</source>
        <translation>letzter signierter Prüfpunkt bei #{seq}</translation>
    </message>
    <message>
        <source>no signed checkpoint yet</source>
        <translation>noch kein signierter Prüfpunkt</translation>
    </message>
    <message>
        <source>Checked at {time}.</source>
        <translation>Geprüft um {time}.</translation>
    </message>
    <message>
        <source>The server cannot reach its database: sync and sign-in fail.</source>
        <translation>Der Server erreicht seine Datenbank nicht: Synchronisierung und Anmeldung schlagen fehl.</translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Prüfer</translation>
    </message>
</context>
<context>
    <name>AdminUsage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>By workspace</source>
        <translation>Nach Arbeitsbereich</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Nach Benutzer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Estimated cost (USD)</source>
        <translation>Geschätzte Kosten (USD)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation>Aktive Geräte</translation>
    </message>
    <message>
        <source>Changes synced per day</source>
        <translation>Synchronisierte Änderungen pro Tag</translation>
    </message>
    <message>
        <source>Reading usage</source>
        <translation>Lesen der Nutzung</translation>
    </message>
    <message>
        <source>Since {day} (UTC days). Tokens and cost are what the members&apos; apps reported with their answers; they are estimates.</source>
        <translation>Seit {day} (Tage in UTC). Tokens und Kosten sind das, was die Apps der Mitglieder mit ihren Antworten gemeldet haben; es sind Schätzungen.</translation>
    </message>
    <message>
        <source>Nothing was synced in this period.</source>
        <translation>In diesem Zeitraum wurde nichts synchronisiert.</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>No server role</source>
        <translation>Keine Serverrolle</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Aktiv und deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Auditor (reads users, audit, usage, health)</source>
        <translation>Prüfer (liest Benutzer, Protokoll, Nutzung, Zustand)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Search by email</source>
        <translation>Nach E-Mail suchen</translation>
    </message>
    <message>
        <source>Invite to a workspace…</source>
        <translation>In Arbeitsbereich einladen…</translation>
    </message>
    <message>
        <source>Server role…</source>
        <translation>Serverrolle…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Lesen der Benutzer</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>Kein Konto gefunden.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Serverrolle</translation>
    </message>
    <message>
        <source>Server role of {email}:</source>
        <translation>Serverrolle von {email}:</translation>
    </message>
    <message>
        <source>Changing the server role</source>
        <translation>Ändern der Serverrolle</translation>
    </message>
    <message>
        <source>Disable this account?</source>
        <translation>Dieses Konto deaktivieren?</translation>
    </message>
    <message>
        <source>{email} is signed out on every device at once and cannot sign in again until you enable the account. Their data stays on the server.</source>
        <translation>{email} wird sofort auf allen Geräten abgemeldet und kann sich erst wieder anmelden, wenn Sie das Konto aktivieren. Die Daten bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Disabling the account</source>
        <translation>Deaktivieren des Kontos</translation>
    </message>
    <message>
        <source>Enabling the account</source>
        <translation>Aktivieren des Kontos</translation>
    </message>
    <message>
        <source>{email} is disabled: every session ended; server role {role}.</source>
        <translation>{email} ist deaktiviert: Alle Sitzungen wurden beendet; Serverrolle {role}.</translation>
    </message>
    <message>
        <source>{email} is active; server role {role}.</source>
        <translation>{email} ist aktiv; Serverrolle {role}.</translation>
    </message>
</context>
<context>
    <name>AdminWorkspaces</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>anyone with the code</source>
        <translation>jeder mit dem Code</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Name suchen</translation>
    </message>
    <message>
        <source>Select a workspace to see its members.</source>
        <translation>Wählen Sie einen Arbeitsbereich, um seine Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Rolle setzen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Pending invites</source>
        <translation>Offene Einladungen</translation>
    </message>
    <message>
        <source>Revoke invite</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>When a member erases their account:</source>
        <translation>Wenn ein Mitglied sein Konto löscht:</translation>
    </message>
    <message>
        <source>Keep what they made, anonymised</source>
        <translation>Inhalte behalten, anonymisiert</translation>
    </message>
    <message>
        <source>Delete what they made, on every device</source>
        <translation>Inhalte löschen, auf allen Geräten</translation>
    </message>
    <message>
        <source>Reading workspaces</source>
        <translation>Lesen der Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No workspace matches.</source>
        <translation>Kein Arbeitsbereich gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) (the first {shown} are listed).</source>
        <translation>
            <numerusform>%n Arbeitsbereich (die ersten {shown} sind aufgeführt).</numerusform>
            <numerusform>%n Arbeitsbereiche (die ersten {shown} sind aufgeführt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s).</source>
        <translation>
            <numerusform>%n Arbeitsbereich.</numerusform>
            <numerusform>%n Arbeitsbereiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members of “{name}”</source>
        <translation>Mitglieder von „{name}“</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s settings</source>
        <translation>Lesen der Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>In “{name}”, an erased member&apos;s content is now kept, anonymised.</source>
        <translation>In „{name}“ werden die Inhalte eines gelöschten Mitglieds jetzt anonymisiert behalten.</translation>
    </message>
    <message>
        <source>In “{name}”, an erased member&apos;s content is now deleted everywhere.</source>
        <translation>In „{name}“ werden die Inhalte eines gelöschten Mitglieds jetzt überall gelöscht.</translation>
    </message>
    <message>
        <source>Saving the workspace&apos;s settings</source>
        <translation>Speichern der Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Reading members</source>
        <translation>Lesen der Mitglieder</translation>
    </message>
    <message>
        <source>Invites are for team workspaces.</source>
        <translation>Einladungen gibt es nur für Team-Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Reading invites</source>
        <translation>Lesen der Einladungen</translation>
    </message>
    <message>
        <source>Pending invites ({count})</source>
        <translation>Offene Einladungen ({count})</translation>
    </message>
    <message>
        <source>No pending invites</source>
        <translation>Keine offenen Einladungen</translation>
    </message>
    <message>
        <source>Revoking the invite</source>
        <translation>Widerrufen der Einladung</translation>
    </message>
    <message>
        <source>The invite was revoked: its code no longer works.</source>
        <translation>Die Einladung wurde widerrufen: Ihr Code funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The owner keeps the workspace until they transfer it.</source>
        <translation>Der Eigentümer behält den Arbeitsbereich, bis er ihn überträgt.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s role</source>
        <translation>Ändern der Mitgliedsrolle</translation>
    </message>
    <message>
        <source>{email} is now {role} of “{name}”.</source>
        <translation>{email} ist jetzt {role} von „{name}“.</translation>
    </message>
    <message>
        <source>Remove this member?</source>
        <translation>Dieses Mitglied entfernen?</translation>
    </message>
    <message>
        <source>{email} leaves “{name}”. Their devices stop syncing it at their next sync and tell them so; what they made stays in the workspace.</source>
        <translation>{email} verlässt „{name}“. Die Geräte des Mitglieds synchronisieren den Arbeitsbereich ab der nächsten Synchronisierung nicht mehr und teilen dies mit; die erstellten Inhalte bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Removing the member</source>
        <translation>Entfernen des Mitglieds</translation>
    </message>
    <message>
        <source>{who} was removed from “{name}”.</source>
        <translation>{who} wurde aus „{name}“ entfernt.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Editor — reads and changes everything</source>
        <translation>Bearbeiter – liest und ändert alles</translation>
    </message>
    <message>
        <source>Viewer — reads only</source>
        <translation>Betrachter – nur Lesen</translation>
    </message>
    <message>
        <source>Admin — also manages members</source>
        <translation>Admin – verwaltet auch Mitglieder</translation>
    </message>
    <message>
        <source>Invite to a workspace</source>
        <translation>In einen Arbeitsbereich einladen</translation>
    </message>
    <message>
        <source>Optional: only this account may use the code</source>
        <translation>Optional: nur dieses Konto darf den Code nutzen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>The code appears here, once</source>
        <translation>Der Code erscheint hier, einmalig</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The invitee pastes the code in Settings → Account &amp; sync. Send it any way you like.</source>
        <translation>Die eingeladene Person fügt den Code unter Einstellungen → Konto &amp; Synchronisierung ein. Senden Sie ihn auf beliebigem Weg.</translation>
    </message>
    <message>
        <source>Create code</source>
        <translation>Code erstellen</translation>
    </message>
    <message>
        <source>Reading workspaces</source>
        <translation>Lesen der Arbeitsbereiche</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team workspace yet: create one first.</source>
        <translation>Es gibt noch keinen Team-Arbeitsbereich: Erstellen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Creating the invite</source>
        <translation>Erstellen der Einladung</translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: only {email} can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Code für {workspace} als {role} erstellt: Nur {email} kann ihn innerhalb von %n Tag nutzen. Er wird nur jetzt angezeigt.</numerusform>
            <numerusform>Code für {workspace} als {role} erstellt: Nur {email} kann ihn innerhalb von %n Tagen nutzen. Er wird nur jetzt angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: whoever has it can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Code für {workspace} als {role} erstellt: Wer ihn hat, kann ihn innerhalb von %n Tag nutzen. Er wird nur jetzt angezeigt.</numerusform>
            <numerusform>Code für {workspace} als {role} erstellt: Wer ihn hat, kann ihn innerhalb von %n Tagen nutzen. Er wird nur jetzt angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>{value}G</source>
        <comment>billions, on a chart axis</comment>
        <translation>{value} Mrd.</translation>
    </message>
    <message>
        <source>{value}M</source>
        <comment>millions, on a chart axis</comment>
        <translation>{value} Mio.</translation>
    </message>
    <message>
        <source>{value}k</source>
        <comment>thousands, on a chart axis</comment>
        <translation>{value} Tsd.</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Sonstige ({count})</translation>
    </message>
    <message>
        <source>{name}: {value} ({share})</source>
        <translation>{name}: {value} ({share})</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
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
        <translation>Tag</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>${amount}</source>
        <comment>a cost in US dollars</comment>
        <translation>{amount}&#xa0;$</translation>
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
            <numerusform>%n Antwort ohne Nutzungsbericht: Tokens geschätzt</numerusform>
            <numerusform>%n Antworten ohne Nutzungsbericht: Tokens geschätzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of a model with no known price</source>
        <translation>
            <numerusform>%n Antwort eines Modells ohne bekannten Preis</numerusform>
            <numerusform>%n Antworten eines Modells ohne bekannten Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>All my devices (synced answers too)</source>
        <translation>Alle meine Geräte (auch synchronisierte Antworten)</translation>
    </message>
    <message>
        <source>When you chat, each answer&apos;s tokens and its estimated cost appear here, per provider and model per day. Answers from a local server count tokens and cost nothing.</source>
        <translation>Wenn Sie chatten, erscheinen hier die Tokens und geschätzten Kosten jeder Antwort, pro Anbieter und Modell und Tag. Antworten eines lokalen Servers zählen Tokens und kosten nichts.</translation>
    </message>
    <message>
        <source>When you chat, import documents or search, this page fills in: conversations and messages per day; tokens and estimated cost per provider and model per day; documents and storage by type and tag; searches; background jobs.</source>
        <translation>Wenn Sie chatten, Dokumente importieren oder suchen, füllt sich diese Seite: Unterhaltungen und Nachrichten pro Tag; Tokens und geschätzte Kosten pro Anbieter, Modell und Tag; Dokumente und Speicher nach Typ und Tag; Suchen; Hintergrundaufgaben.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Estimated cost (USD)</source>
        <translation>Geschätzte Kosten (USD)</translation>
    </message>
    <message>
        <source>Tokens per day, by model</source>
        <translation>Tokens pro Tag, nach Modell</translation>
    </message>
    <message>
        <source>Costs are estimates from public list prices; your provider&apos;s bill is what counts.</source>
        <translation>Die Kosten sind Schätzungen nach öffentlichen Listenpreisen; maßgeblich ist die Rechnung Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Tokens und Kosten</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>Noch keine Nutzung</translation>
    </message>
    <message>
        <source>Reading usage…</source>
        <translation>Nutzung wird gelesen…</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Tokens and estimated cost of your answers; conversations, documents, searches and background jobs.</source>
        <translation>Tokens und geschätzte Kosten Ihrer Antworten; Unterhaltungen, Dokumente, Suchen und Hintergrundaufgaben.</translation>
    </message>
    <message>
        <source>Reading usage</source>
        <translation>Lesen der Nutzung</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n estimated</source>
        <translation>
            <numerusform>≈ %n geschätzt</numerusform>
            <numerusform>≈ %n geschätzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of models with no known price</source>
        <translation>
            <numerusform>%n Antwort von Modellen ohne bekannten Preis</numerusform>
            <numerusform>%n Antworten von Modellen ohne bekannten Preis</numerusform>
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
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save “{caption}” as a CSV file</source>
        <translation>„{caption}“ als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Documents added in the chosen period</source>
        <translation>Im gewählten Zeitraum hinzugefügte Dokumente</translation>
    </message>
    <message>
        <source>When you chat, the conversations you start and the messages of each day appear here.</source>
        <translation>Wenn Sie chatten, erscheinen hier die begonnenen Unterhaltungen und die Nachrichten jedes Tages.</translation>
    </message>
    <message>
        <source>Conversations and messages per day</source>
        <translation>Unterhaltungen und Nachrichten pro Tag</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Conversations started</source>
        <translation>Begonnene Unterhaltungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Import documents in Knowledge: their number and storage by type and by tag appear here.</source>
        <translation>Importieren Sie Dokumente unter Wissen: Ihre Anzahl und ihr Speicher nach Typ und Tag erscheinen hier.</translation>
    </message>
    <message>
        <source>Storage by type</source>
        <translation>Speicher nach Typ</translation>
    </message>
    <message>
        <source>Documents per tag</source>
        <translation>Dokumente nach Tags</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Tags</translation>
    </message>
    <message>
        <source>Searches you run in Knowledge or with Ctrl+K appear here: how many each day and the queries you run most.</source>
        <translation>Suchen unter Wissen oder mit Strg+K erscheinen hier: wie viele pro Tag und Ihre häufigsten Suchanfragen.</translation>
    </message>
    <message>
        <source>Search history is off, so searches are not recorded and none can be counted here. Turn on “Remember searches” in Settings to see your search activity.</source>
        <translation>Der Suchverlauf ist aus, daher werden Suchen nicht aufgezeichnet und hier nicht gezählt. Schalten Sie „Suchen merken“ in den Einstellungen ein, um Ihre Suchaktivität zu sehen.</translation>
    </message>
    <message>
        <source>Queries by the day they were last run</source>
        <translation>Suchanfragen nach dem Tag ihrer letzten Ausführung</translation>
    </message>
    <message>
        <source>Most run queries</source>
        <translation>Häufigste Suchanfragen</translation>
    </message>
    <message>
        <source>Distinct queries last run that day (history keeps one entry per query)</source>
        <translation>Verschiedene Suchanfragen, zuletzt an diesem Tag ausgeführt (der Verlauf speichert einen Eintrag pro Anfrage)</translation>
    </message>
    <message>
        <source>Search history is off (Settings): new searches are not recorded, so they are not counted here. What was recorded before stays until you clear it.</source>
        <translation>Der Suchverlauf ist aus (Einstellungen): Neue Suchen werden nicht aufgezeichnet und daher hier nicht gezählt. Bisher Aufgezeichnetes bleibt, bis Sie es löschen.</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Suchanfragen</translation>
    </message>
    <message>
        <source>Background work (imports, re-indexing, bulk actions) appears here, by kind and outcome, with the reason of each failure.</source>
        <translation>Hintergrundarbeit (Importe, Neuindizierung, Massenaktionen) erscheint hier, nach Art und Ergebnis, mit dem Grund jedes Fehlschlags.</translation>
    </message>
    <message>
        <source>Jobs by kind and outcome</source>
        <translation>Aufgaben nach Art und Ergebnis</translation>
    </message>
    <message>
        <source>By kind and state</source>
        <translation>Nach Art und Status</translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation>Fehlgeschlagene Aufgaben</translation>
    </message>
</context>
</TS>
