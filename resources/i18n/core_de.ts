<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {documents} with “{tag}”</source>
        <translation>{documents} mit „{tag}“ taggen</translation>
    </message>
    <message>
        <source>“{job}” did not tag documents.</source>
        <translation>„{job}“ hat keine Dokumente getaggt.</translation>
    </message>
    <message>
        <source>Those documents already had the tag: nothing to undo.</source>
        <translation>Diese Dokumente hatten den Tag schon: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undo: remove “{tag}” from {documents}</source>
        <translation>Rückgängig: „{tag}“ von {documents} entfernen</translation>
    </message>
    <message>
        <source>Remove “{tag}” from {documents}</source>
        <translation>„{tag}“ von {documents} entfernen</translation>
    </message>
    <message>
        <source>These documents are already in the trash.</source>
        <translation>Diese Dokumente sind bereits im Papierkorb.</translation>
    </message>
    <message>
        <source>Move {documents} to the trash</source>
        <translation>{documents} in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>None of these documents is in the trash.</source>
        <translation>Keines dieser Dokumente ist im Papierkorb.</translation>
    </message>
    <message>
        <source>Restore {documents} from the trash</source>
        <translation>{documents} aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>“{job}” did not move documents to the trash.</source>
        <translation>„{job}“ hat keine Dokumente in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Only documents in the trash can be deleted for good.</source>
        <translation>Nur Dokumente im Papierkorb können endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete {documents} for good</source>
        <translation>{documents} endgültig löschen</translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation>Der Papierkorb ist bereits leer.</translation>
    </message>
    <message>
        <source>Empty the trash ({documents})</source>
        <translation>Papierkorb leeren ({documents})</translation>
    </message>
    <message>
        <source>Export to a file ending in .zip (not “{name}”).</source>
        <translation>Exportieren Sie in eine Datei mit der Endung .zip (nicht „{name}“).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Export {documents} to {name}</source>
        <translation>{documents} nach {name} exportieren</translation>
    </message>
    <message>
        <source>Reprocess {documents}</source>
        <translation>{documents} neu verarbeiten</translation>
    </message>
    <message>
        <source>Reprocessing documents is not available in this version.</source>
        <translation>Das Neuverarbeiten von Dokumenten ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select at least one document first.</source>
        <translation>Wählen Sie zuerst mindestens ein Dokument aus.</translation>
    </message>
    <message>
        <source>This job item ({key}) is not a range of documents.</source>
        <translation>Dieser Aufgabenschritt ({key}) ist kein Dokumentbereich.</translation>
    </message>
    <message>
        <source>The tag “{tag}” was deleted while this job ran; make it again and retry.</source>
        <translation>Der Tag „{tag}“ wurde gelöscht, während diese Aufgabe lief. Legen Sie ihn neu an und wiederholen Sie die Aufgabe.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The file of that version is no longer on this device.</source>
        <translation>Die Datei dieser Version ist nicht mehr auf diesem Gerät.</translation>
    </message>
    <message>
        <source>(The file {sha}… is not on this device.)</source>
        <translation>(Die Datei {sha}… ist nicht auf diesem Gerät.)</translation>
    </message>
    <message>
        <source>(A {type} file of {size}, {sha}…: its text shows once indexed.)</source>
        <translation>(Eine {type}-Datei mit {size}, {sha}…: Ihr Text erscheint, sobald sie indexiert ist.)</translation>
    </message>
    <message>
        <source>That version was already resolved.</source>
        <translation>Diese Version wurde bereits aufgelöst.</translation>
    </message>
    <message>
        <source>The item that version belongs to is not in this workspace.</source>
        <translation>Das Element, zu dem diese Version gehört, ist nicht in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No conflict versions are kept for {entity} items.</source>
        <translation>Für {entity}-Elemente werden keine Konfliktversionen aufbewahrt.</translation>
    </message>
    <message>
        <source>Index the chosen file</source>
        <translation>Gewählte Datei indexieren</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Neu indexieren</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Dokumente löschen</translation>
    </message>
    <message>
        <source>Tag documents</source>
        <translation>Dokumente taggen</translation>
    </message>
    <message>
        <source>Untag documents</source>
        <translation>Tags entfernen</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Dokumente exportieren</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
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
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Zuletzt ausgeführt</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Suchanfragen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Kein Grund erfasst</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database {path}: {error}</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>{path} is not a ConvoSphere database. Choose another data folder.</source>
        <translation>{path} ist keine ConvoSphere-Datenbank. Wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or not a database ({error}). Restore it from a backup, or move it aside to start afresh.</source>
        <translation>Die Datenbank {path} ist beschädigt oder keine Datenbank ({error}). Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of ConvoSphere (schema {schema}; this version understands up to {head}). Update ConvoSphere to open it. Nothing was changed.</source>
        <translation>Diese Daten wurden von einer neueren ConvoSphere-Version geschrieben (Schema {schema}; diese Version versteht bis {head}). Aktualisieren Sie ConvoSphere, um sie zu öffnen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not copy {name} into the library: {error}</source>
        <translation>{name} konnte nicht in die Bibliothek kopiert werden: {error}</translation>
    </message>
    <message>
        <source>A downloaded file did not match its checksum ({sha}…); it will be downloaded again.</source>
        <translation>Eine heruntergeladene Datei passte nicht zu ihrer Prüfsumme ({sha}…); sie wird erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Could not store downloaded files: {error}</source>
        <translation>Heruntergeladene Dateien konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>LibraryExport</name>
    <message>
        <source>Could not write the export {path}: {error}</source>
        <translation>Der Export {path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported: {names}.</source>
        <translation>
            <numerusform>%n Dokument konnte nicht exportiert werden: {names}.</numerusform>
            <numerusform>%n Dokumente konnten nicht exportiert werden: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>it was purged</source>
        <translation>es wurde endgültig gelöscht</translation>
    </message>
    <message>
        <source>its file is missing from the library</source>
        <translation>seine Datei fehlt in der Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>The export was written to {path} without %n document(s) that could not be read (see the errors above); retry once they are fixed to add them.</source>
        <translation>
            <numerusform>Der Export wurde nach {path} geschrieben, ohne %n Dokument, das nicht gelesen werden konnte (siehe die Fehler oben). Wiederholen Sie ihn nach der Behebung, um es hinzuzufügen.</numerusform>
            <numerusform>Der Export wurde nach {path} geschrieben, ohne %n Dokumente, die nicht gelesen werden konnten (siehe die Fehler oben). Wiederholen Sie ihn nach der Behebung, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Choose a full path for the export, not {path}.</source>
        <translation>Wählen Sie einen vollständigen Pfad für den Export, nicht {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation>Der Ordner {folder} existiert nicht: Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>ConvoSphere may not write to {folder}: choose another place.</source>
        <translation>ConvoSphere darf nicht in {folder} schreiben: Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Save the export outside ConvoSphere&apos;s data folder: deleting the local data would delete it too.</source>
        <translation>Speichern Sie den Export außerhalb des Datenordners von ConvoSphere: Beim Löschen der lokalen Daten würde er sonst mitgelöscht.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} ist ein Ordner: Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Export my data to {name}</source>
        <translation>Meine Daten nach {name} exportieren</translation>
    </message>
    <message>
        <source>Could not write the export {path}: {error}</source>
        <translation>Der Export {path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing from the library and are not in the export ({files}…).</source>
        <translation>
            <numerusform>%n Datei fehlt in der Bibliothek und ist nicht im Export ({files}…).</numerusform>
            <numerusform>%n Dateien fehlen in der Bibliothek und sind nicht im Export ({files}…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export misses its {parts}: retry the job.</source>
        <translation>Dem Export fehlt: {parts}. Wiederholen Sie die Aufgabe.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no secure keyring available</source>
        <translation>kein sicherer Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Saved {name} in the system keyring, but the older unencrypted copy in {path} could not be removed ({error}), so it is still the one used. Make {folder} writable, or delete the file, then save again.</source>
        <translation>{name} wurde im Systemschlüsselbund gespeichert, aber die ältere unverschlüsselte Kopie in {path} konnte nicht entfernt werden ({error}) und wird daher weiter verwendet. Machen Sie {folder} beschreibbar oder löschen Sie die Datei und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>the system keyring failed: {reason}</source>
        <translation>der Systemschlüsselbund hat versagt: {reason}</translation>
    </message>
    <message>
        <source>Could not save {name}: {failure}, and {problem}</source>
        <translation>{name} konnte nicht gespeichert werden: {failure}, und {problem}</translation>
    </message>
    <message>
        <source>Could not remove {name} from {path} ({error}). Make {folder} writable, or delete the file by hand.</source>
        <translation>{name} konnte nicht aus {path} entfernt werden ({error}). Machen Sie {folder} beschreibbar oder löschen Sie die Datei von Hand.</translation>
    </message>
    <message>
        <source>Could not remove {name} from the system keyring ({reason}). Unlock the keyring and try again.</source>
        <translation>{name} konnte nicht aus dem Systemschlüsselbund entfernt werden ({reason}). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the system keyring was unavailable when it was saved</source>
        <translation>der Systemschlüsselbund war beim Speichern nicht verfügbar</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Not set (the system keyring could not be read: {reason})</source>
        <translation>Nicht festgelegt (der Systemschlüsselbund konnte nicht gelesen werden: {reason})</translation>
    </message>
    <message>
        <source>{override}. The value you entered is used once {variable} is unset. {stored}</source>
        <translation>{override}. Der eingegebene Wert wird verwendet, sobald {variable} nicht mehr gesetzt ist. {stored}</translation>
    </message>
    <message>
        <source>it returned a different value than was stored</source>
        <translation>er lieferte einen anderen Wert zurück als gespeichert</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({keyring})</source>
        <translation>Im Systemschlüsselbund gespeichert ({keyring})</translation>
    </message>
    <message>
        <source>Stored unencrypted in {path} ({reason})</source>
        <translation>Unverschlüsselt in {path} gespeichert ({reason})</translation>
    </message>
    <message>
        <source>Could not read {path} ({error}). Check that the file is readable by you.</source>
        <translation>{path} konnte nicht gelesen werden ({error}). Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>{path} {problem}. Fix it, or delete it and enter your keys again in Settings.</source>
        <translation>{path} {problem}. Beheben Sie das, oder löschen Sie die Datei und geben Sie Ihre Schlüssel in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>{folder} is a file where ConvoSphere needs its settings folder. Move or rename that file, then save again.</source>
        <translation>{folder} ist eine Datei, wo ConvoSphere seinen Einstellungsordner braucht. Verschieben oder benennen Sie diese Datei um und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}). Make sure {folder} is a folder you can write to and the disk is not full, then save again.</source>
        <translation>{path} konnte nicht geschrieben werden ({error}). Stellen Sie sicher, dass {folder} ein Ordner ist, in den Sie schreiben dürfen, und dass der Datenträger nicht voll ist. Speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Set by the environment variable {variable} (not editable here)</source>
        <translation>Durch die Umgebungsvariable {variable} festgelegt (hier nicht änderbar)</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column})</source>
        <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>should hold a JSON object of names to text values</source>
        <translation>sollte ein JSON-Objekt mit Namen und Textwerten enthalten</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{label} must be on or off.</source>
        <translation>„{label}“ muss ein- oder ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>Der Wert für „{label}“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}.</source>
        <translation>Der Wert für „{label}“ muss eine Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>Der Wert für „{label}“ muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>Der Wert für „{label}“ muss Text sein.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>Der Wert für „{label}“ muss einer der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Noch nicht eingerichtet</translation>
    </message>
    <message>
        <source>Local or OpenAI-compatible server (Ollama, LM Studio, llama.cpp)</source>
        <translation>Lokaler oder OpenAI-kompatibler Server (Ollama, LM Studio, llama.cpp)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark mode, or pick one.</source>
        <translation>Dem hellen oder dunklen Modus des Systems folgen oder einen wählen.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of menus, messages and the command line; follows the system unless you pick one. Takes effect when ConvoSphere restarts.</source>
        <translation>Die Sprache von Menüs, Meldungen und Befehlszeile; folgt dem System, sofern Sie keine wählen. Wirkt nach einem Neustart von ConvoSphere.</translation>
    </message>
    <message>
        <source>Touch-friendly</source>
        <translation>Touch-freundlich</translation>
    </message>
    <message>
        <source>Larger buttons, rows and check boxes, for touch screens and easier clicking.</source>
        <translation>Größere Schaltflächen, Zeilen und Kontrollkästchen für Touchscreens und leichteres Klicken.</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Modellanbieter</translation>
    </message>
    <message>
        <source>Where chat answers come from.</source>
        <translation>Woher die Antworten im Chat kommen.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model to chat with, e.g. gpt-5-mini or llama3.2.</source>
        <translation>Das Modell für den Chat, z. B. gpt-5-mini oder llama3.2.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 for Ollama.</source>
        <translation>Basis-URL eines OpenAI-kompatiblen Servers, z. B. http://127.0.0.1:11434/v1 für Ollama.</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database.</source>
        <translation>Im Systemschlüsselbund aufbewahrt, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>Local server API key</source>
        <translation>API-Schlüssel des lokalen Servers</translation>
    </message>
    <message>
        <source>Only if your local server asks for one. Kept in the system keyring.</source>
        <translation>Nur, wenn Ihr lokaler Server einen verlangt. Im Systemschlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>How documents are turned into vectors for search; changing it re-embeds them in the background.</source>
        <translation>Wie Dokumente für die Suche in Vektoren umgewandelt werden; eine Änderung bettet sie im Hintergrund neu ein.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>On this device (all-MiniLM-L6-v2, works offline)</source>
        <translation>Auf diesem Gerät (all-MiniLM-L6-v2, funktioniert offline)</translation>
    </message>
    <message>
        <source>OpenAI embeddings API</source>
        <translation>OpenAI-Embeddings-API</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Remember searches</source>
        <translation>Suchen merken</translation>
    </message>
    <message>
        <source>Keep the searches you run on this device, to suggest them as you type and list them in the search history. Off, nothing more is recorded.</source>
        <translation>Ihre Suchen auf diesem Gerät aufbewahren, um sie beim Tippen vorzuschlagen und im Suchverlauf aufzulisten. Ausgeschaltet wird nichts mehr erfasst.</translation>
    </message>
    <message>
        <source>Background jobs at once</source>
        <translation>Gleichzeitige Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>How many background jobs (imports, bulk actions) run at the same time.</source>
        <translation>Wie viele Hintergrundaufgaben (Importe, Sammelaktionen) gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Attempts per item</source>
        <translation>Versuche pro Element</translation>
    </message>
    <message>
        <source>How often a failing item of a job is tried before it is reported as failed.</source>
        <translation>Wie oft ein fehlschlagendes Element einer Aufgabe versucht wird, bevor es als fehlgeschlagen gemeldet wird.</translation>
    </message>
    <message>
        <source>Let the model use tools</source>
        <translation>Modell darf Werkzeuge nutzen</translation>
    </message>
    <message>
        <source>Offer the built-in tools and your MCP servers&apos; tools to the model in chat.</source>
        <translation>Dem Modell im Chat die eingebauten Werkzeuge und die Werkzeuge Ihrer MCP-Server anbieten.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Tool approval</source>
        <translation>Werkzeugfreigabe</translation>
    </message>
    <message>
        <source>When a tool call waits for your answer. Servers you always allow never ask.</source>
        <translation>Wann ein Werkzeugaufruf auf Ihre Antwort wartet. Server, die Sie immer erlauben, fragen nie.</translation>
    </message>
    <message>
        <source>Ask before anything that writes or reaches the network</source>
        <translation>Vor allem fragen, was schreibt oder ins Netz geht</translation>
    </message>
    <message>
        <source>Ask before every call</source>
        <translation>Vor jedem Aufruf fragen</translation>
    </message>
    <message>
        <source>Tool steps per answer</source>
        <translation>Werkzeugschritte pro Antwort</translation>
    </message>
    <message>
        <source>How many rounds of tool calls one answer may make before it must reply.</source>
        <translation>Wie viele Runden von Werkzeugaufrufen eine Antwort machen darf, bevor sie antworten muss.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Nach Aktualisierungen suchen</translation>
    </message>
    <message>
        <source>At start, read the release feed below and say when a newer version is out. Nothing is downloaded unless you ask; off, the app sends nothing.</source>
        <translation>Beim Start den Release-Feed unten lesen und melden, wenn eine neuere Version erschienen ist. Es wird nichts heruntergeladen, außer Sie wünschen es; ausgeschaltet sendet die App nichts.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Release feed</source>
        <translation>Release-Feed</translation>
    </message>
    <message>
        <source>The https:// address of the release feed the update check reads.</source>
        <translation>Die https://-Adresse des Release-Feeds, den die Aktualisierungsprüfung liest.</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Synchronisierungsserver</translation>
    </message>
    <message>
        <source>The team or personal server this device syncs with (empty: this device only).</source>
        <translation>Der Team- oder persönliche Server, mit dem dieses Gerät synchronisiert (leer: nur dieses Gerät).</translation>
    </message>
    <message>
        <source>Account &amp; sync</source>
        <translation>Konto &amp; Synchronisierung</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>The account this device syncs as.</source>
        <translation>Das Konto, mit dem dieses Gerät synchronisiert.</translation>
    </message>
    <message>
        <source>Sync session</source>
        <translation>Synchronisierungssitzung</translation>
    </message>
    <message>
        <source>This device&apos;s session with the sync server.</source>
        <translation>Die Sitzung dieses Geräts beim Synchronisierungsserver.</translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation>Aktueller Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace the app and the CLI open.</source>
        <translation>Der Arbeitsbereich, den App und Befehlszeile öffnen.</translation>
    </message>
    <message>
        <source>First run done</source>
        <translation>Erster Start erledigt</translation>
    </message>
    <message>
        <source>Whether the welcome dialog was shown.</source>
        <translation>Ob der Willkommensdialog gezeigt wurde.</translation>
    </message>
    <message>
        <source>Sidebar collapsed</source>
        <translation>Seitenleiste eingeklappt</translation>
    </message>
    <message>
        <source>Whether the page list shows icons only.</source>
        <translation>Ob die Seitenliste nur Symbole zeigt.</translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation>Fenstergeometrie</translation>
    </message>
    <message>
        <source>Where the main window was, as Qt saved it.</source>
        <translation>Wo das Hauptfenster war, wie Qt es gespeichert hat.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>Es gibt keine Einstellung namens {key}.</translation>
    </message>
    <message>
        <source>{label} is not stored on this device.</source>
        <translation>„{label}“ wird nicht auf diesem Gerät gespeichert.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>{title}, p. {page}</source>
        <translation>{title}, S. {page}</translation>
    </message>
    <message>
        <source>{title}, pp. {first}–{last}</source>
        <translation>{title}, S. {first}–{last}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server did not resume the download where it stopped.</source>
        <translation>Der Server hat den Download nicht dort fortgesetzt, wo er abbrach.</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer stopped part-way.</source>
        <translation>Die Antwort des Synchronisierungsservers brach mittendrin ab.</translation>
    </message>
    <message>
        <source>The sync server at {url} stopped answering ({error}). What arrived is kept; the rest comes next time.</source>
        <translation>Der Synchronisierungsserver unter {url} antwortet nicht mehr ({error}). Was angekommen ist, bleibt erhalten; der Rest kommt beim nächsten Mal.</translation>
    </message>
    <message>
        <source>The sync server at {url} cannot be reached ({error}). Your changes are kept and go when it can.</source>
        <translation>Der Synchronisierungsserver unter {url} ist nicht erreichbar ({error}). Ihre Änderungen bleiben erhalten und werden übertragen, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>The sync server ended this device&apos;s session: {detail} Sign in again.</source>
        <translation>Der Synchronisierungsserver hat die Sitzung dieses Geräts beendet: {detail} Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sync server refused: {detail}</source>
        <translation>Der Synchronisierungsserver hat abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The sync server has no such thing: {detail}</source>
        <translation>Das gibt es auf dem Synchronisierungsserver nicht: {detail}</translation>
    </message>
    <message>
        <source>The sync server had a problem ({status}): {detail}</source>
        <translation>Der Synchronisierungsserver hatte ein Problem ({status}): {detail}</translation>
    </message>
    <message>
        <source>The sync server refused the request ({status}): {detail}</source>
        <translation>Der Synchronisierungsserver hat die Anfrage abgelehnt ({status}): {detail}</translation>
    </message>
    <message>
        <source>This device is not signed in to a sync server: run `sync login`.</source>
        <translation>Dieses Gerät ist bei keinem Synchronisierungsserver angemeldet: Führen Sie `sync login` aus.</translation>
    </message>
    <message>
        <source>This device&apos;s workspace “{name}” now syncs.</source>
        <translation>Der Arbeitsbereich „{name}“ dieses Geräts wird jetzt synchronisiert.</translation>
    </message>
    <message>
        <source>This device now opens your synced workspace “{name}”. What was on this device before stays in “{local}” (`workspaces use` switches).</source>
        <translation>Dieses Gerät öffnet jetzt Ihren synchronisierten Arbeitsbereich „{name}“. Was vorher auf diesem Gerät war, bleibt in „{local}“ (Wechsel mit `workspaces use`).</translation>
    </message>
    <message>
        <source>You are not a member of a workspace called “{name}”.</source>
        <translation>Sie sind kein Mitglied eines Arbeitsbereichs namens „{name}“.</translation>
    </message>
    <message>
        <source>You are no longer a member of “{name}” on the sync server (you were removed, or it was deleted), so it no longer syncs on this device. What it holds here stays.</source>
        <translation>Sie sind auf dem Synchronisierungsserver kein Mitglied von „{name}“ mehr (Sie wurden entfernt oder er wurde gelöscht), daher wird er auf diesem Gerät nicht mehr synchronisiert. Was er hier enthält, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Index {documents} from sync</source>
        <translation>{documents} aus der Synchronisierung indexieren</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>You can only read this workspace: your change was undone.</source>
        <translation>Sie können diesen Arbeitsbereich nur lesen: Ihre Änderung wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>This device&apos;s clock is ahead of the server&apos;s: set the right time.</source>
        <translation>Die Uhr dieses Geräts geht gegenüber der des Servers vor: Stellen Sie die richtige Zeit ein.</translation>
    </message>
    <message>
        <source>The server refused a change.</source>
        <translation>Der Server hat eine Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>No answer from the browser within {minutes} minutes: the sign-in was not finished. Try again.</source>
        <translation>Keine Antwort vom Browser innerhalb von {minutes} Minuten: Die Anmeldung wurde nicht abgeschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Single sign-on was cancelled.</source>
        <translation>Die Anmeldung per Single Sign-On wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address only takes the sign-in.</source>
        <translation>Diese Adresse nimmt nur die Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation>Bereits beantwortet</translation>
    </message>
    <message>
        <source>This sign-in is already over.</source>
        <translation>Diese Anmeldung ist bereits beendet.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and go back to ConvoSphere.</source>
        <translation>Sie können diesen Tab schließen und zu ConvoSphere zurückkehren.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (state mismatch), so it was ignored. Start the sign-in again.</source>
        <translation>Der Browser kam mit einer Antwort zurück, die nicht zu dieser Anmeldung gehört (state stimmt nicht überein); sie wurde ignoriert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Single sign-on failed: {reason}</source>
        <translation>Single Sign-On fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code.</source>
        <translation>Der Browser kam ohne Anmeldecode zurück.</translation>
    </message>
    <message>
        <source>Download {files} from sync ({size})</source>
        <translation>{files} aus der Synchronisierung herunterladen ({size})</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <source>Tag names cannot contain control characters.</source>
        <translation>Tag-Namen dürfen keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Tag names cannot contain commas (commas separate tags as you type).</source>
        <translation>Tag-Namen dürfen keine Kommas enthalten (Kommas trennen Tags bei der Eingabe).</translation>
    </message>
    <message>
        <source>Tag names can be at most {limit} characters; “{name}…” has {length}.</source>
        <translation>Tag-Namen dürfen höchstens {limit} Zeichen lang sein; „{name}…“ hat {length}.</translation>
    </message>
    <message>
        <source>“{color}” is not a colour; use #rrggbb, for example #4e79a7.</source>
        <translation>„{color}“ ist keine Farbe; verwenden Sie #rrggbb, zum Beispiel #4e79a7.</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists.</source>
        <translation>Ein Tag namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists; merge the two tags instead.</source>
        <translation>Ein Tag namens „{name}“ gibt es bereits; führen Sie die beiden Tags stattdessen zusammen.</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into “{name}”.</source>
        <translation>Wählen Sie mindestens einen weiteren Tag, der in „{name}“ aufgehen soll.</translation>
    </message>
    <message>
        <source>There is no tag named “{name}”.</source>
        <translation>Es gibt keinen Tag namens „{name}“.</translation>
    </message>
    <message>
        <source>A tag&apos;s description can be at most {limit} characters.</source>
        <translation>Die Beschreibung eines Tags darf höchstens {limit} Zeichen lang sein.</translation>
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
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>The release feed names the version {version}, not like 1.2.3.</source>
        <translation>Der Release-Feed nennt die Version {version}, nicht im Format 1.2.3.</translation>
    </message>
    <message>
        <source>The release feed must be an https:// address, not {url}.</source>
        <translation>Der Release-Feed muss eine https://-Adresse sein, nicht {url}.</translation>
    </message>
    <message>
        <source>The release feed is not JSON.</source>
        <translation>Der Release-Feed ist kein JSON.</translation>
    </message>
    <message>
        <source>The release feed has no version.</source>
        <translation>Der Release-Feed enthält keine Version.</translation>
    </message>
    <message>
        <source>The release feed has no download page address.</source>
        <translation>Der Release-Feed enthält keine Adresse einer Download-Seite.</translation>
    </message>
    <message>
        <source>The release feed answered HTTP {status}.</source>
        <translation>Der Release-Feed antwortete mit HTTP {status}.</translation>
    </message>
    <message>
        <source>The release feed is too large to be a feed.</source>
        <translation>Der Release-Feed ist zu groß für einen Feed.</translation>
    </message>
    <message>
        <source>Could not reach the release feed: {error}</source>
        <translation>Der Release-Feed ist nicht erreichbar: {error}</translation>
    </message>
    <message>
        <source>Update checks are on but no release feed address is set.</source>
        <translation>Die Suche nach Aktualisierungen ist eingeschaltet, aber keine Release-Feed-Adresse ist festgelegt.</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
</context>
</TS>
