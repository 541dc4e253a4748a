<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountSection</name>
    <message>
        <source>Account &amp;&amp; sync</source>
        <translation>Konto &amp;&amp; Synchronisierung</translation>
    </message>
    <message>
        <source>Sync keeps your conversations, assistants and documents the same on all your devices through a server you or your team run. Without it everything stays on this device. You can work offline either way.</source>
        <translation>Die Synchronisierung hält Ihre Unterhaltungen, Assistenten und Dokumente auf allen Ihren Geräten gleich – über einen Server, den Sie oder Ihr Team betreiben. Ohne sie bleibt alles auf diesem Gerät. Offline arbeiten können Sie in beiden Fällen.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with single sign-on</source>
        <translation>Mit Single Sign-On anmelden</translation>
    </message>
    <message>
        <source>Opens your browser to sign in with your company account</source>
        <translation>Öffnet Ihren Browser zur Anmeldung mit Ihrem Firmenkonto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Nicht mehr auf den Browser warten</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Synchronisierungskonto lesen</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;{server}&lt;/b&gt; as &lt;b&gt;{email}&lt;/b&gt;. Synced workspaces: {names}.</source>
        <translation>Bei &lt;b&gt;{server}&lt;/b&gt; angemeldet als &lt;b&gt;{email}&lt;/b&gt;. Synchronisierte Arbeitsbereiche: {names}.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, your email and your password.</source>
        <translation>Geben Sie die Adresse des Servers, Ihre E-Mail und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Asking the server how to sign in</source>
        <translation>Server nach Anmeldeverfahren fragen</translation>
    </message>
    <message>
        <source>single sign-on</source>
        <translation>Single Sign-On</translation>
    </message>
    <message>
        <source>Sign in with {name}</source>
        <translation>Mit {name} anmelden</translation>
    </message>
    <message>
        <source>Emails at {domains} sign in with their company directory password.</source>
        <translation>E-Mail-Adressen bei {domains} melden sich mit dem Passwort des Firmenverzeichnisses an.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser (it opened at the sign-in page); this waits up to 5 minutes.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab (er hat die Anmeldeseite geöffnet); es wird bis zu 5 Minuten gewartet.</translation>
    </message>
    <message>
        <source>Signing in with single sign-on</source>
        <translation>Anmelden mit Single Sign-On</translation>
    </message>
    <message>
        <source>No browser could be opened: open this address in one: {url}</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser: {url}</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this device.</source>
        <translation>Abgemeldet. Alles bleibt auf diesem Gerät.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>zuletzt synchronisiert {time}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
    <message>
        <source>Offline — changes wait here</source>
        <translation>Offline – Änderungen warten hier</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
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
        <translation>Vergleichen…</translation>
    </message>
    <message numerus="yes">
        <source>There are %n other version(s) of {what}, from edits made at the same time on two devices. Nothing was lost: compare them and choose.</source>
        <translation>
            <numerusform>Von {what} gibt es eine weitere Version, aus gleichzeitigen Änderungen auf zwei Geräten. Nichts ging verloren: Vergleichen Sie und wählen Sie aus.</numerusform>
            <numerusform>Von {what} gibt es %n weitere Versionen, aus gleichzeitigen Änderungen auf zwei Geräten. Nichts ging verloren: Vergleichen Sie und wählen Sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current text&lt;/b&gt; (what this device uses now)</source>
        <translation>&lt;b&gt;Aktueller Text&lt;/b&gt; (den dieses Gerät jetzt verwendet)</translation>
    </message>
    <message>
        <source>Choose this version</source>
        <translation>Diese Version wählen</translation>
    </message>
    <message>
        <source>Use the other version&apos;s text: saved as your edit, it reaches your other devices.</source>
        <translation>Den Text der anderen Version übernehmen: Er wird als Ihre Änderung gespeichert und erreicht Ihre anderen Geräte.</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Aktuellen behalten</translation>
    </message>
    <message>
        <source>Keep the current text and set every other version aside.</source>
        <translation>Den aktuellen Text behalten und alle anderen Versionen beiseitelegen.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete this other version only.</source>
        <translation>Nur diese andere Version löschen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the other versions</source>
        <translation>Andere Versionen lesen</translation>
    </message>
    <message>
        <source>Other version {index} of {count} — {origin}</source>
        <translation>Andere Version {index} von {count} – {origin}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current file&lt;/b&gt; (what this device uses now)</source>
        <translation>&lt;b&gt;Aktuelle Datei&lt;/b&gt; (die dieses Gerät jetzt verwendet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other version&lt;/b&gt; ({origin})</source>
        <translation>&lt;b&gt;Andere Version&lt;/b&gt; ({origin})</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Die Texte sind gleich.</translation>
    </message>
    <message>
        <source>Resolving the versions</source>
        <translation>Versionen auflösen</translation>
    </message>
    <message>
        <source>written {when}</source>
        <translation>geschrieben {when}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>aufbewahrt</translation>
    </message>
    <message>
        <source>{when} on this device</source>
        <translation>{when} auf diesem Gerät</translation>
    </message>
    <message>
        <source>{when} on device {device}</source>
        <translation>{when} auf Gerät {device}</translation>
    </message>
    <message>
        <source>this document&apos;s file</source>
        <translation>der Datei dieses Dokuments</translation>
    </message>
    <message>
        <source>Looking for other versions of the file</source>
        <translation>Nach anderen Versionen der Datei suchen</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <source>{name} — this device</source>
        <translation>{name} – dieses Gerät</translation>
    </message>
    <message>
        <source>{name}
Device id {id}
Last seen {when}</source>
        <translation>{name}
Geräte-ID {id}
Zuletzt gesehen {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Geräte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sign out device</source>
        <translation>Gerät abmelden</translation>
    </message>
    <message>
        <source>Ends that device&apos;s session at once; what is on it stays there. It can sign in again.</source>
        <translation>Beendet die Sitzung dieses Geräts sofort; was darauf ist, bleibt dort. Es kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Asking the server for your devices…</source>
        <translation>Server nach Ihren Geräten fragen…</translation>
    </message>
    <message>
        <source>Listing your devices</source>
        <translation>Ihre Geräte auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) signed in to this account.</source>
        <translation>
            <numerusform>%n Gerät ist bei diesem Konto angemeldet.</numerusform>
            <numerusform>%n Geräte sind bei diesem Konto angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device is signed in to this account.</source>
        <translation>Kein Gerät ist bei diesem Konto angemeldet.</translation>
    </message>
    <message>
        <source>Sign out this device</source>
        <translation>Dieses Gerät abmelden</translation>
    </message>
    <message>
        <source>Signing out “{name}”…</source>
        <translation>„{name}“ wird abgemeldet…</translation>
    </message>
    <message>
        <source>“{name}” is signed out. Its data stays on it.</source>
        <translation>„{name}“ ist abgemeldet. Seine Daten bleiben darauf.</translation>
    </message>
    <message>
        <source>Signing a device out</source>
        <translation>Ein Gerät abmelden</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Everything here stays on this device unless you sync it. Export it as a zip of JSON and your documents&apos; files (API keys and sign-in tokens are never included), or delete it from this device.</source>
        <translation>Alles hier bleibt auf diesem Gerät, sofern Sie es nicht synchronisieren. Exportieren Sie es als ZIP mit JSON und den Dateien Ihrer Dokumente (API-Schlüssel und Anmeldetoken sind nie enthalten) oder löschen Sie es von diesem Gerät.</translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation>Meine Daten exportieren…</translation>
    </message>
    <message>
        <source>Delete all local data…</source>
        <translation>Alle lokalen Daten löschen…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Download my data from the server…</source>
        <translation>Meine Daten vom Server laden…</translation>
    </message>
    <message>
        <source>Erase my server account…</source>
        <translation>Mein Serverkonto löschen…</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Synchronisierungskonto lesen</translation>
    </message>
    <message>
        <source>On the sync server {server} you are {email}: download everything it holds about you (a zip of JSON and files), or erase your account there.</source>
        <translation>Auf dem Synchronisierungsserver {server} sind Sie {email}: Laden Sie alles herunter, was er über Sie speichert (ein ZIP mit JSON und Dateien), oder löschen Sie dort Ihr Konto.</translation>
    </message>
    <message>
        <source>Download my data from the server</source>
        <translation>Meine Daten vom Server laden</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Downloading what the server holds about you…</source>
        <translation>Lade herunter, was der Server über Sie speichert…</translation>
    </message>
    <message>
        <source>The server&apos;s data about you was saved to {file} ({size}).</source>
        <translation>Die Daten des Servers über Sie wurden in {file} gespeichert ({size}).</translation>
    </message>
    <message>
        <source>Downloading my server data</source>
        <translation>Meine Serverdaten herunterladen</translation>
    </message>
    <message>
        <source>Erase your server account?</source>
        <translation>Ihr Serverkonto löschen?</translation>
    </message>
    <message>
        <source>Erase my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>Erasing your account on the server…</source>
        <translation>Ihr Konto auf dem Server wird gelöscht…</translation>
    </message>
    <message>
        <source>Your server account is erased and this device is signed out. Everything on this device is still here.</source>
        <translation>Ihr Serverkonto ist gelöscht und dieses Gerät abgemeldet. Alles auf diesem Gerät ist noch da.</translation>
    </message>
    <message>
        <source>Erasing my server account</source>
        <translation>Mein Serverkonto löschen</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Export wird vorbereitet…</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export nach {file}…</translation>
    </message>
    <message>
        <source>Starting the export</source>
        <translation>Export starten</translation>
    </message>
    <message numerus="yes">
        <source>Exporting to {file}… {done} of %n step(s)</source>
        <translation>
            <numerusform>Export nach {file}… {done} von %n Schritt</numerusform>
            <numerusform>Export nach {file}… {done} von %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data was exported to {file} ({size}).</source>
        <translation>Ihre Daten wurden nach {file} exportiert ({size}).</translation>
    </message>
    <message>
        <source>The export is paused: resume it in Jobs.</source>
        <translation>Der Export ist pausiert: Setzen Sie ihn unter „Aufgaben“ fort.</translation>
    </message>
    <message>
        <source>see Jobs for the details</source>
        <translation>Details unter „Aufgaben“</translation>
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
        <source>The export did not finish ({state}): {reason}</source>
        <translation>Der Export wurde nicht abgeschlossen ({state}): {reason}</translation>
    </message>
    <message>
        <source>Counting your data</source>
        <translation>Ihre Daten zählen</translation>
    </message>
    <message>
        <source>Deleting all local data…</source>
        <translation>Alle lokalen Daten werden gelöscht…</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;{name}&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;{name}&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Delete all local data?</source>
        <translation>Alle lokalen Daten löschen?</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Your account &lt;b&gt;{email}&lt;/b&gt; on &lt;code&gt;{server}&lt;/code&gt; is erased:&lt;ul&gt;&lt;li&gt;your email, password, devices and sessions, your personal workspace and your invites are removed from the server&lt;/li&gt;&lt;li&gt;what you made in team workspaces stays there, no longer linked to you&lt;/li&gt;&lt;li&gt;the audit log keeps one entry saying an account was erased, under a pseudonym&lt;/li&gt;&lt;/ul&gt;This device is signed out; what is on it stays until you delete it here. This cannot be undone.</source>
        <translation>Ihr Konto &lt;b&gt;{email}&lt;/b&gt; auf &lt;code&gt;{server}&lt;/code&gt; wird gelöscht:&lt;ul&gt;&lt;li&gt;Ihre E-Mail, Ihr Passwort, Ihre Geräte und Sitzungen, Ihr persönlicher Arbeitsbereich und Ihre Einladungen werden vom Server entfernt&lt;/li&gt;&lt;li&gt;was Sie in Team-Arbeitsbereichen erstellt haben, bleibt dort, aber nicht mehr mit Ihnen verknüpft&lt;/li&gt;&lt;li&gt;das Prüfprotokoll behält einen Eintrag unter einem Pseudonym, dass ein Konto gelöscht wurde&lt;/li&gt;&lt;/ul&gt;Dieses Gerät wird abgemeldet; was darauf ist, bleibt, bis Sie es hier löschen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This deletes from this device, for good:&lt;ul&gt;&lt;li&gt;{conversations} ({messages})&lt;/li&gt;&lt;li&gt;{documents} and their files ({size}), with the search index&lt;/li&gt;&lt;li&gt;{assistants} and {tags}&lt;/li&gt;&lt;li&gt;your settings, API keys and this device&apos;s sync sign-in&lt;/li&gt;&lt;/ul&gt;All of it is in &lt;code&gt;{folder}&lt;/code&gt;. What was synced stays on the server and your other devices. ConvoSphere then starts afresh, as on its first run. Export your data first if you may want it back.</source>
        <translation>Dies löscht endgültig von diesem Gerät:&lt;ul&gt;&lt;li&gt;{conversations} ({messages})&lt;/li&gt;&lt;li&gt;{documents} samt Dateien ({size}) und dem Suchindex&lt;/li&gt;&lt;li&gt;{assistants} und {tags}&lt;/li&gt;&lt;li&gt;Ihre Einstellungen, API-Schlüssel und die Synchronisierungsanmeldung dieses Geräts&lt;/li&gt;&lt;/ul&gt;Alles davon liegt in &lt;code&gt;{folder}&lt;/code&gt;. Was synchronisiert wurde, bleibt auf dem Server und Ihren anderen Geräten. ConvoSphere startet danach neu wie beim ersten Mal. Exportieren Sie Ihre Daten vorher, falls Sie sie zurückhaben möchten.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assistant(s)</source>
        <translation>
            <numerusform>%n Assistent</numerusform>
            <numerusform>%n Assistenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Another ConvoSphere window or command is using this data. Close it, then delete again.</source>
        <translation>Ein anderes ConvoSphere-Fenster oder ein Befehl verwendet diese Daten. Schließen Sie es und löschen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>ProviderSetup</name>
    <message>
        <source>Welcome to ConvoSphere</source>
        <translation>Willkommen bei ConvoSphere</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should answers come from?&lt;/b&gt;&lt;br&gt;You can change this any time in Settings. Skipping is fine: the knowledge base works without any model.</source>
        <translation>&lt;b&gt;Woher sollen Antworten kommen?&lt;/b&gt;&lt;br&gt;Sie können das jederzeit in den Einstellungen ändern. Überspringen ist in Ordnung: Die Wissensbasis funktioniert auch ohne Modell.</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>Pick a model the server offers, or type its name</source>
        <translation>Wählen Sie ein Modell des Servers oder geben Sie seinen Namen ein</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the server for its models: shows whether it answers</source>
        <translation>Fragt den Server nach seinen Modellen: zeigt, ob er antwortet</translation>
    </message>
    <message>
        <source>Kept in your system keyring, never in ConvoSphere&apos;s database.</source>
        <translation>Wird im Schlüsselbund Ihres Systems gespeichert, nie in der Datenbank von ConvoSphere.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Verbinde mit {server}…</translation>
    </message>
    <message>
        <source>Listing the server&apos;s models</source>
        <translation>Modelle des Servers auflisten</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected to {server}: %n model(s).</source>
        <translation>
            <numerusform>✓ Verbunden mit {server}: %n Modell.</numerusform>
            <numerusform>✓ Verbunden mit {server}: %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Connected to {server}, but it offers no models yet: type a model name.</source>
        <translation>✓ Verbunden mit {server}, aber er bietet noch keine Modelle an: Geben Sie einen Modellnamen ein.</translation>
    </message>
    <message>
        <source>Optional for most local servers</source>
        <translation>Für die meisten lokalen Server optional</translation>
    </message>
    <message>
        <source>Choose a model first</source>
        <translation>Wählen Sie zuerst ein Modell</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>Dieses Werkzeug hat keine Argumente.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a JSON list, e.g. {example}</source>
        <translation>eine JSON-Liste, z. B. {example}</translation>
    </message>
    <message>
        <source>a JSON object, e.g. {example}</source>
        <translation>ein JSON-Objekt, z. B. {example}</translation>
    </message>
    <message>
        <source>{name} must be {kind}.</source>
        <translation>{name} muss {kind} sein.</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>eine JSON-Liste</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ServerDialogs</name>
    <message>
        <source>Add an MCP server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>Runs on this computer (stdio)</source>
        <translation>Läuft auf diesem Computer (stdio)</translation>
    </message>
    <message>
        <source>Remote, over HTTP</source>
        <translation>Entfernt, über HTTP</translation>
    </message>
    <message>
        <source>KEY=value, one per line (kept in the secret store)</source>
        <translation>SCHLÜSSEL=Wert, einer pro Zeile (im Geheimnisspeicher abgelegt)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
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
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>“{line}” is not KEY=value.</source>
        <translation>„{line}“ hat nicht die Form SCHLÜSSEL=Wert.</translation>
    </message>
    <message>
        <source>The command cannot be read: {reason}.</source>
        <translation>Der Befehl kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>Geben Sie den Befehl ein, der den Server startet.</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
    <message>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON other assistants use, e.g. &lt;code&gt;{example}&lt;/code&gt;. Values in &lt;code&gt;env&lt;/code&gt; and &lt;code&gt;headers&lt;/code&gt; go to the secret store.</source>
        <translation>Fügen Sie das &lt;code&gt;mcpServers&lt;/code&gt;-JSON ein, das andere Assistenten verwenden, z. B. &lt;code&gt;{example}&lt;/code&gt;. Werte in &lt;code&gt;env&lt;/code&gt; und &lt;code&gt;headers&lt;/code&gt; kommen in den Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Open an mcpServers file</source>
        <translation>mcpServers-Datei öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ihre Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Einstellungen lesen</translation>
    </message>
    <message>
        <source>Reading where secrets are kept</source>
        <translation>Lesen, wo Geheimnisse liegen</translation>
    </message>
    <message>
        <source>Paste a key and press Save</source>
        <translation>Schlüssel einfügen und „Speichern“ drücken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Dokumente zählen</translation>
    </message>
    <message numerus="yes">
        <source>Switching to “{model}” re-embeds all %n document(s) in your knowledge base.</source>
        <translation>
            <numerusform>Der Wechsel zu „{model}“ bettet %n Dokument Ihrer Wissensbasis neu ein.</numerusform>
            <numerusform>Der Wechsel zu „{model}“ bettet alle %n Dokumente Ihrer Wissensbasis neu ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs on this computer in the background and may take a while; search uses the old vectors until it finishes.</source>
        <translation>Das läuft auf diesem Computer im Hintergrund und kann dauern; die Suche nutzt bis dahin die alten Vektoren.</translation>
    </message>
    <message>
        <source>All their text is sent to the embedding service, which may bill you for it; search uses the old vectors until it finishes.</source>
        <translation>Ihr gesamter Text wird an den Embedding-Dienst gesendet, der dafür Kosten berechnen kann; die Suche nutzt bis dahin die alten Vektoren.</translation>
    </message>
    <message>
        <source>Re-embed every document?</source>
        <translation>Alle Dokumente neu einbetten?</translation>
    </message>
    <message>
        <source>Saving {setting}</source>
        <translation>{setting} speichern</translation>
    </message>
    <message>
        <source>Removing {setting}</source>
        <translation>{setting} entfernen</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>zuletzt synchronisiert {time}</translation>
    </message>
    <message>
        <source>{state} at {time}</source>
        <translation>{state} um {time}</translation>
    </message>
    <message>
        <source>Everything on this device is on the sync server.</source>
        <translation>Alles auf diesem Gerät ist auf dem Synchronisierungsserver.</translation>
    </message>
    <message>
        <source>Sending and fetching changes now.</source>
        <translation>Änderungen werden gerade gesendet und abgerufen.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Everything keeps working here; changes wait on this device and go when it can be reached.</source>
        <translation>Der Synchronisierungsserver ist nicht erreichbar. Hier funktioniert weiter alles; Änderungen warten auf diesem Gerät und werden gesendet, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>Sync stopped on an error. Your changes are kept on this device.</source>
        <translation>Die Synchronisierung wurde wegen eines Fehlers angehalten. Ihre Änderungen bleiben auf diesem Gerät.</translation>
    </message>
    <message>
        <source>This device does not sync. Sign in under Settings → Account &amp; sync.</source>
        <translation>Dieses Gerät synchronisiert nicht. Melden Sie sich unter Einstellungen → Konto &amp; Synchronisierung an.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden</numerusform>
            <numerusform>%n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes waiting to be sent</source>
        <translation>Keine Änderungen warten auf das Senden</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Zuletzt synchronisiert {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
</context>
<context>
    <name>ToolApproval</name>
    <message>
        <source>Allow once</source>
        <translation>Einmal erlauben</translation>
    </message>
    <message>
        <source>Always allow this server</source>
        <translation>Diesem Server immer erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>server “{name}”</source>
        <translation>Server „{name}“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {tool}?&lt;/b&gt; ({where}; {risk}) {description}</source>
        <translation>&lt;b&gt;{tool} ausführen?&lt;/b&gt; ({where}; {risk}) {description}</translation>
    </message>
    <message>
        <source>Always allow “{name}”</source>
        <translation>„{name}“ immer erlauben</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Built-in tools</source>
        <translation>Integrierte Werkzeuge</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>Tools that come with ConvoSphere; they only read.</source>
        <translation>Werkzeuge, die mit ConvoSphere kommen; sie lesen nur.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Mediandauer</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>What the model may use: built-in tools and your MCP servers. Anything that writes or reaches the network asks you first.</source>
        <translation>Was das Modell verwenden darf: integrierte Werkzeuge und Ihre MCP-Server. Alles, was schreibt oder ins Netz geht, fragt Sie vorher.</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Import mcpServers JSON…</source>
        <translation>mcpServers-JSON importieren…</translation>
    </message>
    <message>
        <source>No tools connected yet beyond the built-in ones. Add an MCP server — one that runs on this computer, or a remote one — or import the mcpServers JSON you use with other assistants. Every call that writes or reaches the network waits for you.</source>
        <translation>Außer den integrierten sind noch keine Werkzeuge verbunden. Fügen Sie einen MCP-Server hinzu – einen auf diesem Computer oder einen entfernten – oder importieren Sie das mcpServers-JSON, das Sie mit anderen Assistenten verwenden. Jeder Aufruf, der schreibt oder ins Netz geht, wartet auf Sie.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Execution log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <source>Start / restart</source>
        <translation>Starten / neu starten</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Always allow its tools</source>
        <translation>Werkzeuge immer erlauben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>The result shows here.</source>
        <translation>Das Ergebnis erscheint hier.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Per tool</source>
        <translation>Pro Werkzeug</translation>
    </message>
    <message>
        <source>Reading the MCP servers</source>
        <translation>MCP-Server lesen</translation>
    </message>
    <message>
        <source>Reading the tool log</source>
        <translation>Werkzeugprotokoll lesen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Always there; they read only, so they run without asking.</source>
        <translation>Immer vorhanden; sie lesen nur und laufen daher ohne Rückfrage.</translation>
    </message>
    <message>
        <source>Server: {info}</source>
        <translation>Server: {info}</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n Prompt</numerusform>
            <numerusform>%n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting {name}</source>
        <translation>{name} starten</translation>
    </message>
    <message>
        <source>Switching the server</source>
        <translation>Server umschalten</translation>
    </message>
    <message>
        <source>Changing the approval</source>
        <translation>Freigabe ändern</translation>
    </message>
    <message>
        <source>Remove the server?</source>
        <translation>Server entfernen?</translation>
    </message>
    <message>
        <source>Remove “{name}” and the secrets kept for it?</source>
        <translation>„{name}“ und die dafür gespeicherten Geheimnisse entfernen?</translation>
    </message>
    <message>
        <source>Stopping {name}</source>
        <translation>{name} stoppen</translation>
    </message>
    <message>
        <source>Removing the server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>{tool}   ({risk})</source>
        <translation>{tool}   ({risk})</translation>
    </message>
    <message>
        <source>{tool} — cannot be used</source>
        <translation>{tool} – nicht nutzbar</translation>
    </message>
    <message>
        <source>Running {tool}…</source>
        <translation>{tool} läuft…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Error ({time}):</source>
        <translation>Fehler ({time}):</translation>
    </message>
    <message>
        <source>Result ({time}):</source>
        <translation>Ergebnis ({time}):</translation>
    </message>
    <message>
        <source>Running {tool}</source>
        <translation>{tool} ausführen</translation>
    </message>
    <message>
        <source>Adding the server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Hinzugefügt: {names}.</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}.</source>
        <translation>{name} übersprungen: {reason}.</translation>
    </message>
    <message>
        <source>Imported MCP servers</source>
        <translation>Importierte MCP-Server</translation>
    </message>
    <message>
        <source>Importing MCP servers</source>
        <translation>MCP-Server importieren</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
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
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>this device only</source>
        <translation>nur dieses Gerät</translation>
    </message>
    <message>
        <source>on the server — join to use it here</source>
        <translation>auf dem Server – zum Nutzen hier beitreten</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt geöffnet</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Each workspace has its own conversations, assistants and documents. Opening another restarts ConvoSphere into it; text you are typing comes along.</source>
        <translation>Jeder Arbeitsbereich hat eigene Unterhaltungen, Assistenten und Dokumente. Öffnen Sie einen anderen, startet ConvoSphere darin neu; Text, den Sie gerade tippen, kommt mit.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Listing workspaces</source>
        <translation>Arbeitsbereiche auflisten</translation>
    </message>
    <message>
        <source>Sign in under Settings → Account &amp; sync to see your team&apos;s workspaces.</source>
        <translation>Melden Sie sich unter Einstellungen → Konto &amp; Synchronisierung an, um die Arbeitsbereiche Ihres Teams zu sehen.</translation>
    </message>
    <message>
        <source>Asking the server for your other workspaces…</source>
        <translation>Server nach Ihren anderen Arbeitsbereichen fragen…</translation>
    </message>
    <message>
        <source>Listing the server&apos;s workspaces</source>
        <translation>Arbeitsbereiche des Servers auflisten</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) on the server to join.</source>
        <translation>
            <numerusform>%n Arbeitsbereich auf dem Server zum Beitreten.</numerusform>
            <numerusform>%n Arbeitsbereiche auf dem Server zum Beitreten.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have every workspace of yours on this device.</source>
        <translation>Alle Ihre Arbeitsbereiche sind auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Only this device&apos;s workspaces are listed. {reason}</source>
        <translation>Nur die Arbeitsbereiche dieses Geräts werden angezeigt. {reason}</translation>
    </message>
    <message>
        <source>Joining “{name}”…</source>
        <translation>„{name}“ beitreten…</translation>
    </message>
    <message>
        <source>Joining a workspace</source>
        <translation>Einem Arbeitsbereich beitreten</translation>
    </message>
    <message>
        <source>Downloading “{name}” (conversations, documents, files)…</source>
        <translation>„{name}“ wird heruntergeladen (Unterhaltungen, Dokumente, Dateien)…</translation>
    </message>
    <message>
        <source>Checking the first sync</source>
        <translation>Erste Synchronisierung prüfen</translation>
    </message>
    <message>
        <source>“{name}” is on this device now. Open it to work in it.</source>
        <translation>„{name}“ ist jetzt auf diesem Gerät. Öffnen Sie ihn, um darin zu arbeiten.</translation>
    </message>
</context>
</TS>
