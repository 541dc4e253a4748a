<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ihre Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Deleting all local data…</source>
        <translation>Alle lokalen Daten werden gelöscht…</translation>
    </message>
    <message>
        <source>Local data deleted</source>
        <translation>Lokale Daten gelöscht</translation>
    </message>
    <message>
        <source>Everything ConvoSphere kept on this device is deleted. It starts afresh now.</source>
        <translation>Alles, was ConvoSphere auf diesem Gerät gespeichert hatte, ist gelöscht. Es startet jetzt neu.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Deleting all local data</source>
        <translation>Löschen aller lokalen Daten</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Lesen des Synchronisierungskontos</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Go to Chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <source>Go to Knowledge</source>
        <translation>Wissen öffnen</translation>
    </message>
    <message>
        <source>Go to Tools</source>
        <translation>Werkzeuge öffnen</translation>
    </message>
    <message>
        <source>Go to Jobs</source>
        <translation>Aufgaben öffnen</translation>
    </message>
    <message>
        <source>Go to Usage</source>
        <translation>Nutzung öffnen</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Set up a model provider</source>
        <translation>Modellanbieter einrichten</translation>
    </message>
    <message>
        <source>Edit assistants</source>
        <translation>Assistenten bearbeiten</translation>
    </message>
    <message>
        <source>Collapse or expand the sidebar (Ctrl+B)</source>
        <translation>Seitenleiste ein- oder ausklappen (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show the conversations&apos; trash</source>
        <translation>Papierkorb der Unterhaltungen anzeigen</translation>
    </message>
    <message>
        <source>Switch workspace…</source>
        <translation>Arbeitsbereich wechseln…</translation>
    </message>
    <message>
        <source>Search history and saved searches…</source>
        <translation>Suchverlauf und gespeicherte Suchen…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Archived conversation</source>
        <translation>Archivierte Unterhaltung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>Finding what Ctrl+K offers</source>
        <translation>Ermitteln der Einträge für Ctrl+K</translation>
    </message>
    <message>
        <source>Suggesting searches</source>
        <translation>Vorschlagen von Suchen</translation>
    </message>
    <message>
        <source>ConvoSphere cannot open your data</source>
        <translation>ConvoSphere kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Öffnen Ihrer Daten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Your data was upgraded; a backup is at {path}</source>
        <translation>Ihre Daten wurden aktualisiert; eine Sicherung liegt unter {path}</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Lesen der Einstellungen</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic or a local server in Settings → Chat.</source>
        <translation>Richten Sie OpenAI, Anthropic oder einen lokalen Server unter Einstellungen → Chat ein.</translation>
    </message>
    <message>
        <source>Checking the model server</source>
        <translation>Prüfen des Modellservers</translation>
    </message>
    <message>
        <source>Preparing the knowledge base</source>
        <translation>Vorbereiten der Wissensbasis</translation>
    </message>
    <message>
        <source>Opening sync</source>
        <translation>Starten der Synchronisierung</translation>
    </message>
    <message>
        <source>Reading the workspace</source>
        <translation>Lesen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Opening your synced workspace</source>
        <translation>Ihr synchronisierter Arbeitsbereich wird geöffnet</translation>
    </message>
    <message>
        <source>ConvoSphere restarts now to open the workspace your account syncs. What was on this device stays in its own workspace.</source>
        <translation>ConvoSphere startet jetzt neu, um den Arbeitsbereich zu öffnen, den Ihr Konto synchronisiert. Was auf diesem Gerät war, bleibt in seinem eigenen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Your data is still opening…</source>
        <translation>Ihre Daten werden noch geöffnet…</translation>
    </message>
    <message>
        <source>Opening “{workspace}”…</source>
        <translation>„{workspace}“ wird geöffnet…</translation>
    </message>
    <message>
        <source>Switching workspace</source>
        <translation>Wechseln des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The text you were typing in “{workspace}” is here, not sent yet.</source>
        <translation>Der Text, den Sie in „{workspace}“ geschrieben haben, ist hier – noch nicht gesendet.</translation>
    </message>
    <message>
        <source>The text you were typing is here, not sent yet.</source>
        <translation>Der Text, den Sie geschrieben haben, ist hier – noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Clearing the carried text</source>
        <translation>Entfernen des mitgenommenen Texts</translation>
    </message>
    <message>
        <source>Reading text carried from the last workspace</source>
        <translation>Lesen des Texts aus dem letzten Arbeitsbereich</translation>
    </message>
    <message>
        <source>Finding the cited passage</source>
        <translation>Suchen der zitierten Textstelle</translation>
    </message>
    <message>
        <source>Reading background jobs</source>
        <translation>Lesen der Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>Running background jobs</source>
        <translation>Ausführen der Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message>
        <source> · {duration} left</source>
        <translation> · noch {duration}</translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) — {done} of {total}</source>
        <translation>
            <numerusform>%n Hintergrundaufgabe — {done} von {total}</numerusform>
            <numerusform>%n Hintergrundaufgaben — {done} von {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing up</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Speichern der Einstellungen</translation>
    </message>
    <message>
        <source>Saving the model provider</source>
        <translation>Speichern des Modellanbieters</translation>
    </message>
    <message>
        <source>Model provider saved. {where}</source>
        <translation>Modellanbieter gespeichert. {where}</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer</source>
        <translation>Suchen nach Modellservern auf diesem Computer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>ConvoSphere will be in {language} after it restarts.</source>
        <translation>ConvoSphere erscheint nach dem Neustart auf {language}.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>this assistant&apos;s instructions</source>
        <translation>den Anweisungen dieses Assistenten</translation>
    </message>
    <message>
        <source>How this assistant should answer (system prompt)</source>
        <translation>Wie dieser Assistent antworten soll (Systemprompt)</translation>
    </message>
    <message>
        <source>Default (as in Settings)</source>
        <translation>Standard (wie in den Einstellungen)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Answer from my documents, with citations</source>
        <translation>Aus meinen Dokumenten antworten, mit Quellenangaben</translation>
    </message>
    <message>
        <source>Tool names, separated by commas</source>
        <translation>Werkzeugnamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
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
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>Erlaubte Werkzeuge</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>Neuer Assistent</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Listing assistants</source>
        <translation>Auflisten der Assistenten</translation>
    </message>
    <message>
        <source>Saving the assistant</source>
        <translation>Speichern des Assistenten</translation>
    </message>
    <message>
        <source>Deleting the assistant</source>
        <translation>Löschen des Assistenten</translation>
    </message>
    <message>
        <source>Looking for other versions</source>
        <translation>Suchen nach anderen Versionen</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) of the instructions</source>
        <translation>
            <numerusform>%n andere Version der Anweisungen</numerusform>
            <numerusform>%n andere Versionen der Anweisungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>The assistant answering in this conversation (the list ends in Edit assistants…)</source>
        <translation>Der Assistent, der in dieser Unterhaltung antwortet (die Liste endet mit „Assistenten bearbeiten…“)</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>A model for this conversation only (empty: the default)</source>
        <translation>Ein Modell nur für diese Unterhaltung (leer: Standard)</translation>
    </message>
    <message>
        <source>Listing the server&apos;s models</source>
        <translation>Auflisten der Modelle des Servers</translation>
    </message>
    <message numerus="yes">
        <source>A model for this conversation only (empty: the default); %n offered by the server</source>
        <translation>
            <numerusform>Ein Modell nur für diese Unterhaltung (leer: Standard); %n vom Server angeboten</numerusform>
            <numerusform>Ein Modell nur für diese Unterhaltung (leer: Standard); %n vom Server angeboten</numerusform>
        </translation>
    </message>
    <message>
        <source>A model for this conversation only (empty: the default); type its name</source>
        <translation>Ein Modell nur für diese Unterhaltung (leer: Standard); Namen eingeben</translation>
    </message>
    <message>
        <source>Listing assistants</source>
        <translation>Auflisten der Assistenten</translation>
    </message>
    <message>
        <source>No assistant</source>
        <translation>Kein Assistent</translation>
    </message>
    <message>
        <source>Several assistants ({count})…</source>
        <translation>Mehrere Assistenten ({count})…</translation>
    </message>
    <message>
        <source>Several assistants…</source>
        <translation>Mehrere Assistenten…</translation>
    </message>
    <message>
        <source>Edit assistants…</source>
        <translation>Assistenten bearbeiten…</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s assistants</source>
        <translation>Speichern der Assistenten der Unterhaltung</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s model</source>
        <translation>Speichern des Modells der Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Ask anything…  (Enter sends, Shift+Enter adds a line)</source>
        <translation>Fragen Sie etwas…  (Enter sendet, Umschalt+Enter für neue Zeile)</translation>
    </message>
    <message>
        <source>Ask the round…  (@Name asks one assistant alone; Enter sends)</source>
        <translation>Fragen Sie die Runde…  (@Name fragt nur einen Assistenten; Enter sendet)</translation>
    </message>
    <message>
        <source>Chat with OpenAI, Anthropic, or a model running on this computer (Ollama, LM Studio, llama.cpp, vLLM) that works without a network. Answers stream in and are saved as they arrive, so nothing is lost.&lt;br&gt;&lt;br&gt;Type below and press &lt;b&gt;Enter&lt;/b&gt;. &lt;b&gt;Ctrl+N&lt;/b&gt; starts a new chat and &lt;b&gt;Ctrl+K&lt;/b&gt; jumps anywhere.</source>
        <translation>Chatten Sie mit OpenAI, Anthropic oder einem Modell auf diesem Computer (Ollama, LM Studio, llama.cpp, vLLM), das ohne Netzwerk funktioniert. Antworten erscheinen fortlaufend und werden beim Eintreffen gespeichert, sodass nichts verloren geht.&lt;br&gt;&lt;br&gt;Schreiben Sie unten und drücken Sie &lt;b&gt;Enter&lt;/b&gt;. &lt;b&gt;Ctrl+N&lt;/b&gt; beginnt einen neuen Chat, mit &lt;b&gt;Ctrl+K&lt;/b&gt; springen Sie überallhin.</translation>
    </message>
    <message>
        <source>Each assistant answers in turn, seeing the answers before its own. Start a question with @Name to ask one assistant alone.</source>
        <translation>Jeder Assistent antwortet der Reihe nach und sieht die Antworten vor seiner eigenen. Beginnen Sie eine Frage mit @Name, um nur einen Assistenten zu fragen.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <source>Set up a model provider…</source>
        <translation>Modellanbieter einrichten…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>Letzte Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Set up the provider…</source>
        <translation>Anbieter einrichten…</translation>
    </message>
    <message>
        <source>Reading your documents</source>
        <translation>Lesen Ihrer Dokumente</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s documents choice</source>
        <translation>Speichern der Dokumentauswahl der Unterhaltung</translation>
    </message>
    <message>
        <source>Importing {files}…</source>
        <translation>{files} wird importiert…</translation>
    </message>
    <message>
        <source>Attaching the file</source>
        <translation>Anhängen der Datei</translation>
    </message>
    <message>
        <source>{files} could not be imported: see Jobs.</source>
        <translation>{files} konnte nicht importiert werden: siehe Aufgaben.</translation>
    </message>
    <message>
        <source>Reading the attached file</source>
        <translation>Lesen der angehängten Datei</translation>
    </message>
    <message>
        <source>{files} has no text to search.</source>
        <translation>{files} enthält keinen durchsuchbaren Text.</translation>
    </message>
    <message>
        <source>Answers come from {files}</source>
        <translation>Antworten stammen aus {files}</translation>
    </message>
    <message>
        <source>Model provider: {provider} — change…</source>
        <translation>Modellanbieter: {provider} — ändern…</translation>
    </message>
    <message>
        <source>Chat offline with {server} ({model})</source>
        <translation>Offline chatten mit {server} ({model})</translation>
    </message>
    <message>
        <source>Chat offline with {server}</source>
        <translation>Offline chatten mit {server}</translation>
    </message>
    <message>
        <source>Opening your conversations… your question goes then</source>
        <translation>Ihre Unterhaltungen werden geöffnet… danach geht Ihre Frage los</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Preparing the model client</source>
        <translation>Vorbereiten des Modell-Clients</translation>
    </message>
    <message>
        <source>Editing your last message: Enter sends it as a new version (the original stays, a ‹ › away). Esc cancels.</source>
        <translation>Sie bearbeiten Ihre letzte Nachricht: Enter sendet sie als neue Version (das Original bleibt, per ‹&#xa0;› erreichbar). Esc bricht ab.</translation>
    </message>
    <message>
        <source>Editing an earlier message: Enter sends it as a new version (the original stays, a ‹ › away). Esc cancels.</source>
        <translation>Sie bearbeiten eine frühere Nachricht: Enter sendet sie als neue Version (das Original bleibt, per ‹&#xa0;› erreichbar). Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Opening the conversation</source>
        <translation>Öffnen der Unterhaltung</translation>
    </message>
    <message>
        <source>Opening the branch</source>
        <translation>Öffnen des Zweigs</translation>
    </message>
    <message>
        <source>Streaming the answer</source>
        <translation>Empfangen der Antwort</translation>
    </message>
    <message>
        <source>Using {tool}…</source>
        <translation>{tool} wird verwendet…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Antwortet…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Antwort stoppen (Esc); bereits Empfangenes bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>Connected through {interfaces}</source>
        <translation>Verbunden über {interfaces}</translation>
    </message>
    <message>
        <source>No network connection: chat with cloud models waits; the rest works offline.</source>
        <translation>Keine Netzwerkverbindung: Chats mit Cloud-Modellen warten; alles andere funktioniert offline.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Last message {when}</source>
        <translation>Letzte Nachricht {when}</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Conversations you deleted: restore them or delete for good</source>
        <translation>Gelöschte Unterhaltungen: wiederherstellen oder endgültig löschen</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Delete every conversation in the trash for good</source>
        <translation>Alle Unterhaltungen im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>Listing conversations</source>
        <translation>Auflisten der Unterhaltungen</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>Papierkorb durchsuchen</translation>
    </message>
    <message>
        <source>Nothing in the trash matches that.</source>
        <translation>Nichts im Papierkorb passt dazu.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted conversations wait here until you empty it.</source>
        <translation>Der Papierkorb ist leer. Gelöschte Unterhaltungen bleiben hier, bis Sie ihn leeren.</translation>
    </message>
    <message>
        <source>No conversation mentions that.</source>
        <translation>Keine Unterhaltung erwähnt das.</translation>
    </message>
    <message>
        <source>Nothing archived.</source>
        <translation>Nichts archiviert.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Archivierung aufheben</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Changing the conversation</source>
        <translation>Ändern der Unterhaltung</translation>
    </message>
    <message>
        <source>Moving to trash</source>
        <translation>Verschieben in den Papierkorb</translation>
    </message>
    <message>
        <source>Restoring the conversation</source>
        <translation>Wiederherstellen der Unterhaltung</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>diese Unterhaltung</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>“{title}” and all its messages will be deleted for good. This cannot be undone.</source>
        <translation>„{title}“ und alle Nachrichten darin werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting the conversation</source>
        <translation>Löschen der Unterhaltung</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) and all their messages will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n Unterhaltung und alle Nachrichten darin werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Unterhaltungen und alle Nachrichten darin werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Leeren des Papierkorbs</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Exporting the conversation</source>
        <translation>Exportieren der Unterhaltung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Die Unterhaltung</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash (find it under Trash).</source>
        <translation>„{title}“ liegt jetzt im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>DataWatch</name>
    <message>
        <source>Watching for changes</source>
        <translation>Überwachen von Änderungen</translation>
    </message>
    <message>
        <source>Checking who owns the background work</source>
        <translation>Prüfen, wer die Hintergrundarbeit übernimmt</translation>
    </message>
    <message>
        <source>Looking for changes</source>
        <translation>Suchen nach Änderungen</translation>
    </message>
    <message>
        <source>Reading background jobs</source>
        <translation>Lesen der Hintergrundaufgaben</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That conversation is no longer there: it was moved to the trash or deleted meanwhile, perhaps from another window or the command line.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr: Sie wurde inzwischen in den Papierkorb verschoben oder gelöscht, vielleicht aus einem anderen Fenster oder über die Kommandozeile.</translation>
    </message>
    <message>
        <source>ConvoSphere is not allowed to write to {path}. Check its permissions.</source>
        <translation>ConvoSphere darf nicht in {path} schreiben. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>A file operation failed ({path}): {reason}.</source>
        <translation>Ein Dateivorgang ist fehlgeschlagen ({path}): {reason}.</translation>
    </message>
    <message>
        <source>A file operation failed: {reason}.</source>
        <translation>Ein Dateivorgang ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). The details are in the log file; nothing you saved was lost.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({error}). Die Details stehen in der Protokolldatei; nichts Gespeichertes ging verloren.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBar</name>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Meine Dokumente nutzen</translation>
    </message>
    <message>
        <source>Search your knowledge base for each question and cite what it finds</source>
        <translation>Für jede Frage die Wissensbasis durchsuchen und Fundstellen als Quelle angeben</translation>
    </message>
    <message>
        <source>Search all documents, or only some tags or documents</source>
        <translation>Alle Dokumente durchsuchen oder nur bestimmte Tags oder Dokumente</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Import a file and ask about it</source>
        <translation>Eine Datei importieren und Fragen dazu stellen</translation>
    </message>
    <message>
        <source>Only documents tagged</source>
        <translation>Nur Dokumente mit Tag</translation>
    </message>
    <message>
        <source>Choose documents…</source>
        <translation>Dokumente auswählen…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagged {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>Answer from these documents</source>
        <translation>Aus diesen Dokumenten antworten</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Nach Titel filtern</translation>
    </message>
    <message>
        <source>No documents yet: import some on the Knowledge page.</source>
        <translation>Noch keine Dokumente: Importieren Sie welche auf der Seite Wissen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking network…</source>
        <translation>Netzwerk wird geprüft…</translation>
    </message>
    <message>
        <source>No model server set up</source>
        <translation>Kein Modellserver eingerichtet</translation>
    </message>
    <message>
        <source>{name}: answering</source>
        <translation>{name}: antwortet</translation>
    </message>
    <message>
        <source>{name}: not answering</source>
        <translation>{name}: antwortet nicht</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — everything local keeps working</source>
        <translation>Offline — alles Lokale funktioniert weiter</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Einklappen</translation>
    </message>
    <message>
        <source>Show page names</source>
        <translation>Seitennamen anzeigen</translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation>Nur Symbole</translation>
    </message>
    <message>
        <source>Workspace “{name}”: switch or join another (Ctrl+K)</source>
        <translation>Arbeitsbereich „{name}“: wechseln oder einem anderen beitreten (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Find a conversation, document, assistant, setting or command…</source>
        <translation>Unterhaltung, Dokument, Assistent, Einstellung oder Befehl suchen…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>No match for “{text}”</source>
        <translation>Kein Treffer für „{text}“</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Gespeicherte Suche</translation>
    </message>
    <message>
        <source>Recent search</source>
        <translation>Letzte Suche</translation>
    </message>
    <message>
        <source>Search by title</source>
        <translation>Suche nach Titel</translation>
    </message>
    <message>
        <source>Search by tag</source>
        <translation>Suche nach Tag</translation>
    </message>
    <message>
        <source>Search by heading</source>
        <translation>Suche nach Überschrift</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Several assistants</source>
        <translation>Mehrere Assistenten</translation>
    </message>
    <message>
        <source>Ticked assistants answer each question in turn, each seeing the answers before its own. Drag to change the order. Start a question with &lt;b&gt;@Name&lt;/b&gt; to ask one alone.</source>
        <translation>Markierte Assistenten beantworten jede Frage der Reihe nach und sehen dabei die Antworten vor ihrer eigenen. Ziehen Sie, um die Reihenfolge zu ändern. Beginnen Sie eine Frage mit &lt;b&gt;@Name&lt;/b&gt;, um nur einen zu fragen.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Sums up each round:</source>
        <translation>Fasst jede Runde zusammen:</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Round: {assistants}</source>
        <translation>Runde: {assistants}</translation>
    </message>
    <message>
        <source> · then {assistant} sums up</source>
        <translation> · dann fasst {assistant} zusammen</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Gelöschter Assistent</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Stopped before any text arrived</source>
        <translation>Gestoppt, bevor Text ankam</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Gelöschter Assistent</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Assistant · {model}</source>
        <translation>Assistent · {model}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Checking for updates</source>
        <translation>Suchen nach Updates</translation>
    </message>
    <message>
        <source>Version {version} is available…</source>
        <translation>Version {version} ist verfügbar…</translation>
    </message>
    <message>
        <source>Opens the download page after asking; nothing is downloaded here.</source>
        <translation>Öffnet nach Rückfrage die Downloadseite; hier wird nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>ConvoSphere {version} is out.</source>
        <translation>ConvoSphere {version} ist erschienen.</translation>
    </message>
    <message>
        <source>Open its download page in your browser? Your data stays as it is and is upgraded when the new version starts.</source>
        <translation>Die Downloadseite im Browser öffnen? Ihre Daten bleiben, wie sie sind, und werden beim Start der neuen Version aktualisiert.</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Update verfügbar</translation>
    </message>
</context>
</TS>
