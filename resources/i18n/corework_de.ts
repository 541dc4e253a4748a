<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Assistants</name>
    <message>
        <source>General assistant</source>
        <translation>Allgemeiner Assistent</translation>
    </message>
    <message>
        <source>You are a helpful, precise assistant. Answer in Markdown; keep answers as short as the question allows. When you are not sure, say so.</source>
        <translation>Du bist ein hilfsbereiter, präziser Assistent. Antworte in Markdown; halte Antworten so kurz, wie es die Frage erlaubt. Wenn du dir nicht sicher bist, sag es.</translation>
    </message>
    <message>
        <source>Writing editor</source>
        <translation>Lektor</translation>
    </message>
    <message>
        <source>You are a careful editor. Improve clarity, grammar and flow while keeping the author&apos;s voice, and explain any significant change in one line.</source>
        <translation>Du bist ein sorgfältiger Lektor. Verbessere Klarheit, Grammatik und Lesefluss, ohne die Stimme des Autors zu verändern, und erkläre jede wesentliche Änderung in einer Zeile.</translation>
    </message>
    <message>
        <source>Code helper</source>
        <translation>Programmierhilfe</translation>
    </message>
    <message>
        <source>You are an experienced programmer. Give working code in fenced code blocks that name their language, explain it briefly, and point out pitfalls.</source>
        <translation>Du bist ein erfahrener Programmierer. Gib funktionierenden Code in Codeblöcken mit Sprachangabe, erkläre ihn kurz und weise auf Fallstricke hin.</translation>
    </message>
    <message>
        <source>Research with my documents</source>
        <translation>Recherche in meinen Dokumenten</translation>
    </message>
    <message>
        <source>Answer from the numbered passages of the user&apos;s documents and cite them as [1], [2]. If the passages do not answer the question, say so plainly.</source>
        <translation>Antworte anhand der nummerierten Textstellen aus den Dokumenten des Nutzers und zitiere sie als [1], [2]. Wenn die Textstellen die Frage nicht beantworten, sag das klar.</translation>
    </message>
    <message>
        <source>That assistant no longer exists.</source>
        <translation>Diesen Assistenten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>An assistant needs a name.</source>
        <translation>Ein Assistent braucht einen Namen.</translation>
    </message>
    <message>
        <source>An assistant&apos;s name can be at most {count} characters.</source>
        <translation>Der Name eines Assistenten darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Unknown model provider “{name}”.</source>
        <translation>Unbekannter Modellanbieter „{name}“.</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 2.</source>
        <translation>Die Temperatur muss zwischen 0 und 2 liegen.</translation>
    </message>
    <message>
        <source>Max tokens must be a positive number.</source>
        <translation>Die maximale Tokenzahl muss eine positive Zahl sein.</translation>
    </message>
</context>
<context>
    <name>BuiltinTools</name>
    <message>
        <source>“{title}” has no text on page {page}.</source>
        <translation>„{title}“ hat auf Seite {page} keinen Text.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known IANA time zone.</source>
        <translation>„{zone}“ ist keine bekannte IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Meine Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Hybrid keyword and semantic search over the user&apos;s documents; returns numbered passages with title and page to cite.</source>
        <translation>Hybride Stichwort- und semantische Suche in den Dokumenten des Nutzers; liefert nummerierte Textstellen mit Titel und Seite zum Zitieren.</translation>
    </message>
    <message>
        <source>Read a document page</source>
        <translation>Dokumentseite lesen</translation>
    </message>
    <message>
        <source>The text of one page of a document (by its document_id from search results).</source>
        <translation>Der Text einer Seite eines Dokuments (über seine document_id aus den Suchergebnissen).</translation>
    </message>
    <message>
        <source>List tags</source>
        <translation>Tags auflisten</translation>
    </message>
    <message>
        <source>The tags of the user&apos;s documents, with how many documents each has.</source>
        <translation>Die Tags der Dokumente des Nutzers, jeweils mit der Anzahl ihrer Dokumente.</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Aktuelle Uhrzeit</translation>
    </message>
    <message>
        <source>The current date and time, in the user&apos;s time zone or an IANA zone.</source>
        <translation>Aktuelles Datum und Uhrzeit, in der Zeitzone des Nutzers oder einer IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Evaluate an arithmetic expression: numbers, + - * / // % ** ( ), sqrt, log, exp, sin, cos, tan, abs, round, floor, ceil, min, max, pi, e.</source>
        <translation>Wertet einen arithmetischen Ausdruck aus: Zahlen, + - * / // % ** ( ), sqrt, log, exp, sin, cos, tan, abs, round, floor, ceil, min, max, pi, e.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>The expression is empty.</source>
        <translation>Der Ausdruck ist leer.</translation>
    </message>
    <message>
        <source>The expression is longer than {count} characters.</source>
        <translation>Der Ausdruck ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>“{expression}” is not an arithmetic expression.</source>
        <translation>„{expression}“ ist kein arithmetischer Ausdruck.</translation>
    </message>
    <message>
        <source>“{expression}” cannot be computed: {reason}.</source>
        <translation>„{expression}“ kann nicht berechnet werden: {reason}.</translation>
    </message>
    <message>
        <source>Exponents above {limit} are not computed.</source>
        <translation>Exponenten über {limit} werden nicht berechnet.</translation>
    </message>
    <message>
        <source>Only numbers, + - * / // % ** ( ), and {names} are allowed.</source>
        <translation>Erlaubt sind nur Zahlen, + - * / // % ** ( ) sowie {names}.</translation>
    </message>
    <message>
        <source>The result is not a real number.</source>
        <translation>Das Ergebnis ist keine reelle Zahl.</translation>
    </message>
    <message>
        <source>The result is too large.</source>
        <translation>Das Ergebnis ist zu groß.</translation>
    </message>
</context>
<context>
    <name>ChatErrors</name>
    <message>
        <source>{label} took too long to answer. Check your connection, or that the local model server is running, and try again.</source>
        <translation>{label} hat zu lange nicht geantwortet. Prüfen Sie Ihre Verbindung oder ob der lokale Modellserver läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{label} took too long to answer. Check your connection and try again.</source>
        <translation>{label} hat zu lange nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to {where} failed. Check your network connection, or that the local model server is running, and try again.</source>
        <translation>Verbindung fehlgeschlagen ({where}). Prüfen Sie Ihre Netzwerkverbindung oder ob der lokale Modellserver läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to {where} failed. Check your network connection and try again.</source>
        <translation>Verbindung fehlgeschlagen ({where}). Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong talking to {label} ({error}). The details are in the log file.</source>
        <translation>Bei der Kommunikation mit {label} ist ein unerwarteter Fehler aufgetreten ({error}). Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>{label} sent a response ConvoSphere could not read. Try again; if it keeps happening, the server software may need an update.</source>
        <translation>{label} hat eine Antwort gesendet, die ConvoSphere nicht lesen konnte. Versuchen Sie es erneut; passiert es wieder, braucht die Serversoftware vielleicht ein Update.</translation>
    </message>
    <message>
        <source>{label} sent a response ConvoSphere could not read. Try again; if it keeps happening, the server may need an update.</source>
        <translation>{label} hat eine Antwort gesendet, die ConvoSphere nicht lesen konnte. Versuchen Sie es erneut; passiert es wieder, braucht der Server vielleicht ein Update.</translation>
    </message>
    <message>
        <source>What arrived is kept: Continue picks up where it stopped, or Retry asks again.</source>
        <translation>Was bereits angekommen ist, bleibt erhalten: „Fortsetzen“ macht dort weiter, wo die Antwort abbrach, „Wiederholen“ fragt erneut.</translation>
    </message>
    <message>
        <source>The connection to {where} ended before the answer was finished.</source>
        <translation>Die Verbindung ({where}) brach ab, bevor die Antwort fertig war.</translation>
    </message>
    <message>
        <source>The connection to {where} dropped before the answer was finished.</source>
        <translation>Die Verbindung ({where}) wurde getrennt, bevor die Antwort fertig war.</translation>
    </message>
    <message>
        <source>{label} rejected the API key ({status}). Check the key in {where}.</source>
        <translation>{label} hat den API-Schlüssel abgelehnt ({status}). Prüfen Sie den Schlüssel unter {where}.</translation>
    </message>
    <message>
        <source>{label} does not allow this API key to do that ({status}). Check the key in {where}.</source>
        <translation>{label} erlaubt diesem API-Schlüssel das nicht ({status}). Prüfen Sie den Schlüssel unter {where}.</translation>
    </message>
    <message>
        <source>Settings → Chat (local server key)</source>
        <translation>Einstellungen → Chat (Schlüssel des lokalen Servers)</translation>
    </message>
    <message>
        <source>Settings → Chat</source>
        <translation>Einstellungen → Chat</translation>
    </message>
    <message>
        <source>Your {label} account has run out of credit. Add credit or choose another provider, then try again.</source>
        <translation>Das Guthaben Ihres Kontos ist aufgebraucht ({label}). Laden Sie Guthaben auf oder wählen Sie einen anderen Anbieter und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is limiting how fast requests can be made. Try again in %n second(s).</source>
        <translation>
            <numerusform>{label} begrenzt, wie schnell Anfragen gestellt werden können. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>{label} begrenzt, wie schnell Anfragen gestellt werden können. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} is limiting how fast requests can be made. Try again in a moment.</source>
        <translation>{label} begrenzt, wie schnell Anfragen gestellt werden können. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{label} has no model called “{model}”. Choose another model for this conversation or its assistant.</source>
        <translation>{label} hat kein Modell namens „{model}“. Wählen Sie ein anderes Modell für diese Unterhaltung oder ihren Assistenten.</translation>
    </message>
    <message>
        <source>{where} has no chat endpoint (404). Check the server address in Settings → Chat; for local servers it usually ends in /v1.</source>
        <translation>{where} hat keinen Chat-Endpunkt (404). Prüfen Sie die Serveradresse unter Einstellungen → Chat; bei lokalen Servern endet sie meist auf /v1.</translation>
    </message>
    <message>
        <source>This conversation is too long for {model}. Start a new conversation, or choose a model with a larger context window.</source>
        <translation>Diese Unterhaltung ist zu lang für {model}. Beginnen Sie eine neue Unterhaltung oder wählen Sie ein Modell mit größerem Kontextfenster.</translation>
    </message>
    <message>
        <source>{label} timed out waiting for the request. Try again.</source>
        <translation>{label} hat beim Warten auf die Anfrage eine Zeitüberschreitung gemeldet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{label} had a server error ({status}). This is usually temporary: try again in a minute.</source>
        <translation>{label} hatte einen Serverfehler ({status}). Das ist meist vorübergehend: Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>{label} refused the request ({status}): “{said}”.</source>
        <translation>{label} hat die Anfrage abgelehnt ({status}): „{said}“.</translation>
    </message>
    <message>
        <source>{label} refused the request ({status}).</source>
        <translation>{label} hat die Anfrage abgelehnt ({status}).</translation>
    </message>
    <message>
        <source>{label} at {address}</source>
        <translation>{label} unter {address}</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The {label} client could not be loaded ({error}). Reinstalling ConvoSphere may help.</source>
        <translation>Der Client ({label}) konnte nicht geladen werden ({error}). Eine Neuinstallation von ConvoSphere kann helfen.</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <source>Interrupted: this answer is incomplete.</source>
        <translation>Unterbrochen: Diese Antwort ist unvollständig.</translation>
    </message>
    <message>
        <source>Stopped: this answer is incomplete.</source>
        <translation>Gestoppt: Diese Antwort ist unvollständig.</translation>
    </message>
    <message>
        <source>Still being written when exported.</source>
        <translation>Wurde beim Export noch geschrieben.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Exported {when}</source>
        <translation>Exportiert am {when}</translation>
    </message>
    <message>
        <source>{names}; summarised by {name}</source>
        <translation>{names}; zusammengefasst von {name}</translation>
    </message>
    <message>
        <source>Assistants: {names}</source>
        <translation>Assistenten: {names}</translation>
    </message>
    <message>
        <source>Assistant: {name}</source>
        <translation>Assistent: {name}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>{name}, summary</source>
        <translation>{name}, Zusammenfassung</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Gelöschter Assistent</translation>
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
        <translation>{time} bis zum ersten Token</translation>
    </message>
    <message>
        <source>{value} tokens/s</source>
        <translation>{value} Tokens/s</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>free (local)</source>
        <translation>kostenlos (lokal)</translation>
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
        <translation>Es ist noch kein Modellanbieter eingerichtet. Wählen Sie OpenAI, Anthropic oder einen lokalen Server unter Einstellungen → Chat.</translation>
    </message>
    <message>
        <source>No model is chosen for {label}. Enter one in Settings → Chat, or pick one for this conversation.</source>
        <translation>Kein Modell gewählt ({label}). Geben Sie eines unter Einstellungen → Chat ein oder wählen Sie eines für diese Unterhaltung.</translation>
    </message>
    <message>
        <source>The local server&apos;s address is not set. Enter it in Settings → Chat, e.g. http://127.0.0.1:11434/v1 for Ollama.</source>
        <translation>Die Adresse des lokalen Servers ist nicht festgelegt. Geben Sie sie unter Einstellungen → Chat ein, z. B. http://127.0.0.1:11434/v1 für Ollama.</translation>
    </message>
    <message>
        <source>There is no {label} API key yet. Add it in Settings → Chat.</source>
        <translation>Es gibt noch keinen API-Schlüssel für {label}. Fügen Sie ihn unter Einstellungen → Chat hinzu.</translation>
    </message>
    <message>
        <source>No API key needed.</source>
        <translation>Kein API-Schlüssel nötig.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>Es gibt keine Unterhaltung {id}.</translation>
    </message>
    <message>
        <source>There is no conversation {id} in the trash.</source>
        <translation>Im Papierkorb gibt es keine Unterhaltung {id}.</translation>
    </message>
    <message>
        <source>There is no message {id}.</source>
        <translation>Es gibt keine Nachricht {id}.</translation>
    </message>
    <message>
        <source>ConvoSphere closed before this answer was finished. What arrived is kept: Continue picks up where it stopped.</source>
        <translation>ConvoSphere wurde beendet, bevor diese Antwort fertig war. Was angekommen ist, bleibt erhalten: „Fortsetzen“ macht dort weiter, wo sie abbrach.</translation>
    </message>
    <message>
        <source>ConvoSphere closed before any of this answer arrived. Retry asks again.</source>
        <translation>ConvoSphere wurde beendet, bevor etwas von dieser Antwort ankam. „Wiederholen“ fragt erneut.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>No document has the id “{id}”: it may have been deleted. `convosphere docs list` shows the ids.</source>
        <translation>Kein Dokument hat die ID „{id}“: Es wurde vielleicht gelöscht. `convosphere docs list` zeigt die IDs.</translation>
    </message>
    <message>
        <source>The stored copy of “{title}” is missing from the library; import the file again.</source>
        <translation>Die gespeicherte Kopie von „{title}“ fehlt in der Bibliothek; importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>“{title}” has pages 1–{count}, not {page}.</source>
        <translation>„{title}“ hat die Seiten 1–{count}, nicht {page}.</translation>
    </message>
    <message>
        <source>“{title}” cannot be read: {reason}.</source>
        <translation>„{title}“ kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The first page of “{title}” cannot be rendered ({reason}).</source>
        <translation>Die erste Seite von „{title}“ kann nicht dargestellt werden ({reason}).</translation>
    </message>
    <message>
        <source>“{title}” is not a readable image.</source>
        <translation>„{title}“ ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>Could not save “{title}” to {path}: {reason}.</source>
        <translation>„{title}“ konnte nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>“{title}” has no pages to export: save a copy instead.</source>
        <translation>„{title}“ hat keine Seiten zum Exportieren: Speichern Sie stattdessen eine Kopie.</translation>
    </message>
    <message>
        <source>“{title}” has pages 1–{count}; choose a range within them.</source>
        <translation>„{title}“ hat die Seiten 1–{count}; wählen Sie einen Bereich darin.</translation>
    </message>
    <message>
        <source>Could not export pages of “{title}”: {reason}.</source>
        <translation>Seiten von „{title}“ konnten nicht exportiert werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>“{title}” has no page {page}.</source>
        <translation>„{title}“ hat keine Seite {page}.</translation>
    </message>
</context>
<context>
    <name>Embedding</name>
    <message>
        <source>A file of the on-device embedding model is missing ({path}); reinstall ConvoSphere.</source>
        <translation>Eine Datei des Einbettungsmodells auf dem Gerät fehlt ({path}); installieren Sie ConvoSphere neu.</translation>
    </message>
    <message>
        <source>A file of the on-device embedding model is damaged ({path}: its checksum does not match); reinstall ConvoSphere.</source>
        <translation>Eine Datei des Einbettungsmodells auf dem Gerät ist beschädigt ({path}: die Prüfsumme stimmt nicht); installieren Sie ConvoSphere neu.</translation>
    </message>
    <message>
        <source>The embedding server did not answer ({error}). Check the embedding model in Settings, or switch back to the on-device model.</source>
        <translation>Der Einbettungsserver hat nicht geantwortet ({error}). Prüfen Sie das Einbettungsmodell in den Einstellungen oder wechseln Sie zurück zum Modell auf dem Gerät.</translation>
    </message>
    <message>
        <source>The OpenAI embedding model needs an OpenAI API key: add it in Settings, or choose the on-device model.</source>
        <translation>Das OpenAI-Einbettungsmodell braucht einen OpenAI-API-Schlüssel: Fügen Sie ihn in den Einstellungen hinzu oder wählen Sie das Modell auf dem Gerät.</translation>
    </message>
    <message>
        <source>The OpenAI-compatible embedding model needs a server address: set it in Settings (Chat → Server address), or choose the on-device model.</source>
        <translation>Das OpenAI-kompatible Einbettungsmodell braucht eine Serveradresse: Legen Sie sie in den Einstellungen fest (Chat → Serveradresse) oder wählen Sie das Modell auf dem Gerät.</translation>
    </message>
</context>
<context>
    <name>JobStates</name>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
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
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>This item cannot be processed.</source>
        <translation>Dieses Element kann nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>The job stopped because of an internal error ({error}).</source>
        <translation>Die Aufgabe wurde wegen eines internen Fehlers beendet ({error}).</translation>
    </message>
    <message>
        <source>it has already finished</source>
        <translation>sie ist bereits beendet</translation>
    </message>
    <message>
        <source>it is not in progress</source>
        <translation>sie läuft nicht</translation>
    </message>
    <message>
        <source>it is not paused (retry runs a failed or cancelled job again)</source>
        <translation>sie ist nicht angehalten („Wiederholen“ führt eine fehlgeschlagene oder abgebrochene Aufgabe erneut aus)</translation>
    </message>
    <message>
        <source>only failed or cancelled jobs can be retried</source>
        <translation>nur fehlgeschlagene oder abgebrochene Aufgaben können wiederholt werden</translation>
    </message>
    <message>
        <source>Cannot cancel the job “{title}”: {reason} (it is {state}).</source>
        <translation>Die Aufgabe „{title}“ kann nicht abgebrochen werden: {reason} (Status: {state}).</translation>
    </message>
    <message>
        <source>Cannot pause the job “{title}”: {reason} (it is {state}).</source>
        <translation>Die Aufgabe „{title}“ kann nicht angehalten werden: {reason} (Status: {state}).</translation>
    </message>
    <message>
        <source>Cannot resume the job “{title}”: {reason} (it is {state}).</source>
        <translation>Die Aufgabe „{title}“ kann nicht fortgesetzt werden: {reason} (Status: {state}).</translation>
    </message>
    <message>
        <source>Cannot retry the job “{title}”: {reason} (it is {state}).</source>
        <translation>Die Aufgabe „{title}“ kann nicht wiederholt werden: {reason} (Status: {state}).</translation>
    </message>
    <message>
        <source>This version of ConvoSphere cannot run jobs of kind {kind}</source>
        <translation>Diese Version von ConvoSphere kann Aufgaben der Art {kind} nicht ausführen</translation>
    </message>
    <message>
        <source>Job parameters must be plain JSON data: {reason}</source>
        <translation>Aufgabenparameter müssen einfache JSON-Daten sein: {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the job “{title}”: {reason}</source>
        <translation>Die Aufgabe „{title}“ konnte nicht vorbereitet werden: {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the job “{title}”: its handler planned an item key that is not text ({type})</source>
        <translation>Die Aufgabe „{title}“ konnte nicht vorbereitet werden: Ihr Handler hat einen Elementschlüssel geplant, der kein Text ist ({type})</translation>
    </message>
    <message numerus="yes">
        <source>{failed} of %n item(s) failed. See the list of errors, then retry to run those items again.</source>
        <translation>
            <numerusform>{failed} von %n Element fehlgeschlagen. Sehen Sie sich die Fehlerliste an und wiederholen Sie dann die Aufgabe, um diese Elemente erneut auszuführen.</numerusform>
            <numerusform>{failed} von %n Elementen fehlgeschlagen. Sehen Sie sich die Fehlerliste an und wiederholen Sie dann die Aufgabe, um diese Elemente erneut auszuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no job with id {id}</source>
        <translation>Es gibt keine Aufgabe mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>That document no longer exists: it was deleted meanwhile, perhaps from another window or the command line.</source>
        <translation>Dieses Dokument gibt es nicht mehr: Es wurde inzwischen gelöscht, vielleicht in einem anderen Fenster oder über die Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>KnowledgeCheck</name>
    <message numerus="yes">
        <source>%n chunk(s) belong to no document</source>
        <translation>
            <numerusform>%n Abschnitt gehört zu keinem Dokument</numerusform>
            <numerusform>%n Abschnitte gehören zu keinem Dokument</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) were made by an older chunker</source>
        <translation>
            <numerusform>%n Abschnitt wurde mit einer älteren Zerlegung erstellt</numerusform>
            <numerusform>%n Abschnitte wurden mit einer älteren Zerlegung erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) are missing from the keyword index</source>
        <translation>
            <numerusform>%n Abschnitt fehlt im Stichwortindex</numerusform>
            <numerusform>%n Abschnitte fehlen im Stichwortindex</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword index row(s) have no chunk</source>
        <translation>
            <numerusform>%n Zeile des Stichwortindex hat keinen Abschnitt</numerusform>
            <numerusform>%n Zeilen des Stichwortindex haben keinen Abschnitt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) have no chunk</source>
        <translation>
            <numerusform>%n Vektor hat keinen Abschnitt</numerusform>
            <numerusform>%n Vektoren haben keinen Abschnitt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) have no vector</source>
        <translation>
            <numerusform>%n Abschnitt hat keinen Vektor</numerusform>
            <numerusform>%n Abschnitte haben keinen Vektor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have no chunks</source>
        <translation>
            <numerusform>%n Dokument hat keine Abschnitte</numerusform>
            <numerusform>%n Dokumente haben keine Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) belong to no document</source>
        <translation>
            <numerusform>%n gespeicherte Datei gehört zu keinem Dokument</numerusform>
            <numerusform>%n gespeicherte Dateien gehören zu keinem Dokument</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)&apos; stored files are missing (import them again)</source>
        <translation>
            <numerusform>Bei %n Dokument fehlt die gespeicherte Datei (importieren Sie es erneut)</numerusform>
            <numerusform>Bei %n Dokumenten fehlen die gespeicherten Dateien (importieren Sie sie erneut)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking chunks and the keyword index…</source>
        <translation>Abschnitte und Stichwortindex werden geprüft…</translation>
    </message>
    <message>
        <source>Checking vectors…</source>
        <translation>Vektoren werden geprüft…</translation>
    </message>
    <message>
        <source>Checking stored files…</source>
        <translation>Gespeicherte Dateien werden geprüft…</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <source>Old Word documents (.doc) cannot be read: save it as .docx and import that.</source>
        <translation>Alte Word-Dokumente (.doc) können nicht gelesen werden: Speichern Sie es als .docx und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Rich text (.rtf) cannot be read: save it as .docx or plain text and import that.</source>
        <translation>Rich Text (.rtf) kann nicht gelesen werden: Speichern Sie es als .docx oder reinen Text und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>Apple Pages files cannot be read: export it as PDF or Word and import that.</source>
        <translation>Apple-Pages-Dateien können nicht gelesen werden: Exportieren Sie sie als PDF oder Word und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>OpenDocument text cannot be read yet: save it as .docx and import that.</source>
        <translation>OpenDocument-Text kann noch nicht gelesen werden: Speichern Sie ihn als .docx und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>E-books (.epub) cannot be read yet: convert it to PDF or HTML and import that.</source>
        <translation>E-Books (.epub) können noch nicht gelesen werden: Wandeln Sie sie in PDF oder HTML um und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>{name} no longer exists; it was moved or deleted.</source>
        <translation>{name} existiert nicht mehr; die Datei wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>{name} is not a regular file.</source>
        <translation>{name} ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>{name} is not a kind of file the knowledge base reads. Supported: PDF, Markdown, plain text, Word (.docx), HTML, source code and images (PNG, JPEG, TIFF).</source>
        <translation>{name} ist keine Dateiart, die die Wissensbasis liest. Unterstützt: PDF, Markdown, reiner Text, Word (.docx), HTML, Quellcode und Bilder (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); there is nothing to import.</source>
        <translation>{name} ist leer (0 Bytes); es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be imported. Split it into smaller files and import those.</source>
        <translation>{name} ist {size} groß; importiert werden können Dateien bis {limit}. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese.</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation>{name} kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Already in the library as “{title}”.</source>
        <translation>Bereits in der Bibliothek als „{title}“.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>The stored copy of “{title}” is missing; import the file again.</source>
        <translation>Die gespeicherte Kopie von „{title}“ fehlt; importieren Sie die Datei erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned PDFs need poppler to render their pages for text recognition, and it is not installed (on Debian or Ubuntu: apt install poppler-utils). The app renders them with QtPdf instead: import the file from the app.</source>
        <translation>Gescannte PDFs brauchen Poppler, um ihre Seiten für die Texterkennung darzustellen, und Poppler ist nicht installiert (unter Debian oder Ubuntu: apt install poppler-utils). Die App stellt sie stattdessen mit QtPdf dar: Importieren Sie die Datei aus der App.</translation>
    </message>
    <message>
        <source>{name} is damaged: its pages cannot be rendered.</source>
        <translation>{name} ist beschädigt: Die Seiten können nicht dargestellt werden.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an image.</source>
        <translation>{name} ist beschädigt oder kein Bild.</translation>
    </message>
    <message>
        <source>{name} has no text layer, and text recognition (OCR) found no words in it.</source>
        <translation>{name} hat keine Textebene, und die Texterkennung (OCR) hat darin keine Wörter gefunden.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it, save a copy without the password (or print it to PDF), and import that copy.</source>
        <translation>{name} ist passwortgeschützt. Öffnen Sie die Datei, speichern Sie eine Kopie ohne Passwort (oder drucken Sie sie als PDF) und importieren Sie diese Kopie.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({reason}); open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>{name} ist beschädigt oder kein PDF ({reason}); öffnen Sie die Datei in einem PDF-Programm, speichern Sie eine neue Kopie und importieren Sie diese.</translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages could be read. Open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>{name} ist beschädigt: Keine der Seiten konnte gelesen werden. Öffnen Sie die Datei in einem PDF-Programm, speichern Sie eine neue Kopie und importieren Sie diese.</translation>
    </message>
    <message>
        <source>{name} has no text layer (it looks like a scan). Run text recognition (OCR) on it, for example with your scanner&apos;s software or ocrmypdf, then import it again.</source>
        <translation>{name} hat keine Textebene (es sieht nach einem Scan aus). Lassen Sie eine Texterkennung (OCR) darüber laufen, zum Beispiel mit der Software Ihres Scanners oder mit ocrmypdf, und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>{name} is an image: its text is read by text recognition (OCR).</source>
        <translation>{name} ist ein Bild: Sein Text wird per Texterkennung (OCR) gelesen.</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text; check that it is the file you meant to import.</source>
        <translation>{name} sieht nach einer Binärdatei aus, nicht nach Text; prüfen Sie, ob es die Datei ist, die Sie importieren wollten.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} enthält keinen Text.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a Word document (.docx); open and save it again in Word.</source>
        <translation>{name} ist beschädigt oder kein Word-Dokument (.docx); öffnen Sie die Datei in Word und speichern Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>KnowledgeJobs</name>
    <message>
        <source>Re-embed documents for the new embedding model</source>
        <translation>Dokumente für das neue Einbettungsmodell neu einbetten</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>%n Element importieren</numerusform>
            <numerusform>%n Elemente importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message>
        <source>The MCP server “{name}” is switched off.</source>
        <translation>Der MCP-Server „{name}“ ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” was added on another device; add its command or address on this one to use it.</source>
        <translation>Der MCP-Server „{name}“ wurde auf einem anderen Gerät hinzugefügt; geben Sie auf diesem Gerät seinen Befehl oder seine Adresse an, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” failed: {reason} It is started again in {seconds} s.</source>
        <translation>Der MCP-Server „{name}“ ist fehlgeschlagen: {reason} Er wird in {seconds} s erneut gestartet.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n tool(s).</source>
        <translation>
            <numerusform>Bereit: %n Werkzeug.</numerusform>
            <numerusform>Bereit: %n Werkzeuge.</numerusform>
        </translation>
    </message>
    <message>
        <source>It stopped unexpectedly.</source>
        <translation>Er wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>It did not finish starting within {seconds} s.</source>
        <translation>Er ist nicht innerhalb von {seconds} s fertig gestartet.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” could not be started.</source>
        <translation>Der MCP-Server „{name}“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” is not running.</source>
        <translation>Der MCP-Server „{name}“ läuft nicht.</translation>
    </message>
    <message>
        <source>{tool} on “{name}” did not answer within {seconds} s; the call was cancelled.</source>
        <translation>{tool} auf „{name}“ hat nicht innerhalb von {seconds} s geantwortet; der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” stopped while running {tool}.</source>
        <translation>Der MCP-Server „{name}“ wurde während {tool} beendet.</translation>
    </message>
    <message>
        <source>{tool} on “{name}” failed: {reason}</source>
        <translation>{tool} auf „{name}“ ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{tool} cannot be used: {reason}.</source>
        <translation>{tool} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>Its command was not found ({command}).</source>
        <translation>Sein Befehl wurde nicht gefunden ({command}).</translation>
    </message>
    <message>
        <source>Its command may not be run ({reason}).</source>
        <translation>Sein Befehl darf nicht ausgeführt werden ({reason}).</translation>
    </message>
    <message>
        <source>It failed to start: {reason}</source>
        <translation>Er konnte nicht starten: {reason}</translation>
    </message>
    <message>
        <source>Its last error output: {output}</source>
        <translation>Seine letzte Fehlerausgabe: {output}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>There is no MCP server named “{name}” (servers: {names}).</source>
        <translation>Es gibt keinen MCP-Server namens „{name}“ (Server: {names}).</translation>
    </message>
    <message>
        <source>A server started on this computer needs a command.</source>
        <translation>Ein Server, der auf diesem Computer gestartet wird, braucht einen Befehl.</translation>
    </message>
    <message>
        <source>“{address}” is not an http:// or https:// address.</source>
        <translation>„{address}“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>This is not valid JSON ({reason}, line {line}).</source>
        <translation>Das ist kein gültiges JSON ({reason}, Zeile {line}).</translation>
    </message>
    <message>
        <source>Expected an object like {example}.</source>
        <translation>Erwartet wird ein Objekt wie {example}.</translation>
    </message>
    <message>
        <source>a server with this name exists</source>
        <translation>ein Server mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>its entry is not an object</source>
        <translation>sein Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>its headers are not an object</source>
        <translation>seine Header sind kein Objekt</translation>
    </message>
    <message>
        <source>it has neither a command nor a url</source>
        <translation>er hat weder einen Befehl (command) noch eine URL (url)</translation>
    </message>
    <message>
        <source>its args must be a list and its env an object</source>
        <translation>seine args müssen eine Liste und sein env ein Objekt sein</translation>
    </message>
    <message>
        <source>“{name}” cannot be a server name: use up to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>„{name}“ kann kein Servername sein: Verwenden Sie bis zu 40 Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>There is already a server named “{name}”.</source>
        <translation>Es gibt bereits einen Server namens „{name}“.</translation>
    </message>
    <message>
        <source>The MCP server settings in {path} cannot be read ({reason}).</source>
        <translation>Die MCP-Server-Einstellungen in {path} können nicht gelesen werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>“{address}” is not an http:// or https:// address.</source>
        <translation>„{address}“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>{label} answered {status} for its model list.</source>
        <translation>{label} hat für seine Modellliste {status} geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach {address} ({reason}).</source>
        <translation>{address} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>{label} did not answer with a model list.</source>
        <translation>{label} hat nicht mit einer Modellliste geantwortet.</translation>
    </message>
    <message>
        <source>{name} ({host})</source>
        <translation>{name} ({host})</translation>
    </message>
    <message>
        <source>{label} answers at {address}.</source>
        <translation>{label} antwortet unter {address}.</translation>
    </message>
    <message>
        <source>{label} refused the API key ({status}).</source>
        <translation>{label} hat den API-Schlüssel abgelehnt ({status}).</translation>
    </message>
    <message>
        <source>Could not reach {label} at {address} ({reason}).</source>
        <translation>{label} unter {address} ist nicht erreichbar ({reason}).</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>the model server</source>
        <translation>der Modellserver</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>There is no assistant “{name}”.</source>
        <translation>Es gibt keinen Assistenten „{name}“.</translation>
    </message>
    <message>
        <source>There is no assistant “{name}” to summarise.</source>
        <translation>Es gibt keinen Assistenten „{name}“, der zusammenfassen könnte.</translation>
    </message>
    <message>
        <source>{name} cannot both answer in the round and summarise it: choose another summariser, or take it out of the round.</source>
        <translation>{name} kann nicht zugleich in der Runde antworten und sie zusammenfassen: Wählen Sie einen anderen Zusammenfasser oder nehmen Sie ihn aus der Runde.</translation>
    </message>
    <message>
        <source>A summariser needs assistants whose answers it sums up.</source>
        <translation>Ein Zusammenfasser braucht Assistenten, deren Antworten er zusammenfasst.</translation>
    </message>
    <message>
        <source>The assistant that should answer is no longer there (it was deleted); choose another in the conversation&apos;s assistants.</source>
        <translation>Der Assistent, der antworten sollte, ist nicht mehr da (er wurde gelöscht); wählen Sie einen anderen unter den Assistenten der Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>p. {page}</source>
        <translation>S. {page}</translation>
    </message>
    <message>
        <source>pp. {first}–{last}</source>
        <translation>S. {first}–{last}</translation>
    </message>
    <message>
        <source>Type something to search for before saving the search.</source>
        <translation>Geben Sie einen Suchbegriff ein, bevor Sie die Suche speichern.</translation>
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
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message numerus="yes">
        <source>The model asked for more tools after %n step(s), the limit for one answer; ask again to let it go on.</source>
        <translation>
            <numerusform>Das Modell wollte nach %n Schritt weitere Werkzeuge nutzen – die Grenze für eine Antwort; fragen Sie erneut, damit es weitermacht.</numerusform>
            <numerusform>Das Modell wollte nach %n Schritten weitere Werkzeuge nutzen – die Grenze für eine Antwort; fragen Sie erneut, damit es weitermacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <source>approved: {who}</source>
        <translation>freigegeben: {who}</translation>
    </message>
</context>
<context>
    <name>ToolSchema</name>
    <message>
        <source>its input schema is not a JSON object</source>
        <translation>sein Eingabeschema ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>its input schema is invalid at {where}: {reason}</source>
        <translation>sein Eingabeschema ist ungültig bei {where}: {reason}</translation>
    </message>
    <message>
        <source>its input schema must describe an object, not “{type}”</source>
        <translation>sein Eingabeschema muss ein Objekt beschreiben, nicht „{type}“</translation>
    </message>
    <message>
        <source>The arguments for {tool} do not fit its schema: {details}.</source>
        <translation>Die Argumente für {tool} passen nicht zu seinem Schema: {details}.</translation>
    </message>
    <message>
        <source>The arguments for {tool} are not valid JSON ({reason} at character {position}).</source>
        <translation>Die Argumente für {tool} sind kein gültiges JSON ({reason} bei Zeichen {position}).</translation>
    </message>
    <message>
        <source>The arguments for {tool} must be a JSON object.</source>
        <translation>Die Argumente für {tool} müssen ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>zurückgewiesen</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>writes locally</source>
        <translation>schreibt lokal</translation>
    </message>
    <message>
        <source>reaches the network</source>
        <translation>greift aufs Netzwerk zu</translation>
    </message>
    <message>
        <source>[The result was cut: it had {count} characters; only the first {limit} are shown.]</source>
        <translation>[Das Ergebnis wurde gekürzt: Es hatte {count} Zeichen; nur die ersten {limit} werden gezeigt.]</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>always allowed for its server</source>
        <translation>für seinen Server immer erlaubt</translation>
    </message>
    <message>
        <source>automatic (read-only)</source>
        <translation>automatisch (nur lesend)</translation>
    </message>
    <message>
        <source>approve-all</source>
        <translation>alle freigegeben (approve-all)</translation>
    </message>
    <message>
        <source>run by hand</source>
        <translation>von Hand ausgeführt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>“{server}” has no tool named {tool} (it has: {tools}).</source>
        <translation>„{server}“ hat kein Werkzeug namens {tool} (vorhanden: {tools}).</translation>
    </message>
    <message>
        <source>There is no tool named {tool}. The tools are: {tools}.</source>
        <translation>Es gibt kein Werkzeug namens {tool}. Die Werkzeuge sind: {tools}.</translation>
    </message>
    <message>
        <source>The user did not allow {tool} to run.</source>
        <translation>Der Nutzer hat {tool} nicht ausführen lassen.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Nutzer gestoppt.</translation>
    </message>
    <message>
        <source>{tool} failed: {error}</source>
        <translation>{tool} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{tool} did not finish within {seconds} s.</source>
        <translation>{tool} ist nicht innerhalb von {seconds} s fertig geworden.</translation>
    </message>
</context>
<context>
    <name>TurnFlow</name>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Antwortet…</translation>
    </message>
    <message>
        <source>Waiting for {label}…</source>
        <translation>Warten auf Antwort ({label})…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <source>Trying again in {seconds} s (attempt {attempt})…</source>
        <translation>Neuer Versuch in {seconds} s (Versuch {attempt})…</translation>
    </message>
    <message>
        <source>Sending your message</source>
        <translation>Ihre Nachricht wird gesendet</translation>
    </message>
    <message>
        <source>Asking the next assistant</source>
        <translation>Der nächste Assistent wird gefragt</translation>
    </message>
    <message>
        <source>Preparing the answer</source>
        <translation>Die Antwort wird vorbereitet</translation>
    </message>
</context>
</TS>
