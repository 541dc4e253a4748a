<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>ConvoSphere Desktop: an offline-first AI assistant for knowledge work.</source>
        <translation>ConvoSphere Desktop: ein KI-Assistent für Wissensarbeit, der vor allem offline arbeitet.</translation>
    </message>
    <message>
        <source>keep all data in DIR instead of the per-user data folder (also: CONVOSPHERE_DATA_DIR)</source>
        <translation>alle Daten in DIR statt im Datenordner des Benutzers ablegen (auch: CONVOSPHERE_DATA_DIR)</translation>
    </message>
    <message>
        <source>start, migrate the database, paint the main window, wait until the chat page accepts a question and quit (for CI and benchmarks)</source>
        <translation>starten, die Datenbank migrieren, das Hauptfenster zeichnen, warten, bis die Chat-Seite eine Frage annimmt, und beenden (für CI und Benchmarks)</translation>
    </message>
    <message>
        <source>open on this page instead of Chat</source>
        <translation>mit dieser Seite statt mit Chat öffnen</translation>
    </message>
    <message>
        <source>open this document in the viewer</source>
        <translation>dieses Dokument in der Dokumentansicht öffnen</translation>
    </message>
    <message>
        <source>with --open-document: page N</source>
        <translation>mit --open-document: Seite N</translation>
    </message>
    <message>
        <source>keep all data in DIR (as before the command)</source>
        <translation>alle Daten in DIR ablegen (wie vor dem Befehl)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
</context>
<context>
    <name>CliAsk</name>
    <message>
        <source>ask a question; the answer streams to stdout and is saved to your history</source>
        <translation>eine Frage stellen; die Antwort erscheint fortlaufend auf stdout und wird im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Ask a question. The answer streams to stdout as it arrives and is saved to the same history the app shows. Use - as the prompt to read it from stdin.</source>
        <translation>Eine Frage stellen. Die Antwort erscheint auf stdout, während sie eintrifft, und wird im selben Verlauf gespeichert, den die App zeigt. Mit - als Frage wird sie von stdin gelesen.</translation>
    </message>
    <message>
        <source>the question (quote it)</source>
        <translation>die Frage (in Anführungszeichen)</translation>
    </message>
    <message>
        <source>answer as this assistant (name or id); give it twice or more for a round: each answers in turn, seeing the answers before its own</source>
        <translation>als dieser Assistent antworten (Name oder ID); zwei- oder mehrmals angeben für eine Runde: jeder antwortet der Reihe nach und sieht die Antworten vor seiner eigenen</translation>
    </message>
    <message>
        <source>with two or more --assistant: this assistant answers last, summing the round up</source>
        <translation>mit zwei oder mehr --assistant: dieser Assistent antwortet zuletzt und fasst die Runde zusammen</translation>
    </message>
    <message>
        <source>override the model provider</source>
        <translation>den Modellanbieter überschreiben</translation>
    </message>
    <message>
        <source>override the model</source>
        <translation>das Modell überschreiben</translation>
    </message>
    <message>
        <source>address of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (implies --provider openai_compatible)</source>
        <translation>Adresse eines OpenAI-kompatiblen Servers, z. B. http://127.0.0.1:11434/v1 (setzt --provider openai_compatible voraus)</translation>
    </message>
    <message>
        <source>add to this conversation instead of a new one</source>
        <translation>diese Unterhaltung fortsetzen statt eine neue zu beginnen</translation>
    </message>
    <message>
        <source>search your documents and cite them (default: as the assistant says)</source>
        <translation>Ihre Dokumente durchsuchen und als Quelle angeben (Standard: wie beim Assistenten eingestellt)</translation>
    </message>
    <message>
        <source>do not search your documents</source>
        <translation>Ihre Dokumente nicht durchsuchen</translation>
    </message>
    <message>
        <source>search only documents with this tag (repeatable; implies --documents)</source>
        <translation>nur Dokumente mit diesem Tag durchsuchen (wiederholbar; setzt --documents voraus)</translation>
    </message>
    <message>
        <source>let the model call tools (built-in and your MCP servers&apos;); in a terminal only read-only ones run</source>
        <translation>das Modell Werkzeuge aufrufen lassen (eingebaute und die Ihrer MCP-Server); im Terminal laufen nur lesende</translation>
    </message>
    <message>
        <source>with --tools: also run tools that write or reach the network, without asking</source>
        <translation>mit --tools: auch Werkzeuge ohne Rückfrage ausführen, die schreiben oder ins Netz gehen</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>die Frage ist leer</translation>
    </message>
    <message>
        <source>no assistant {name} (have: {names})</source>
        <translation>kein Assistent {name} (vorhanden: {names})</translation>
    </message>
    <message>
        <source>--summarizer needs two or more --assistant</source>
        <translation>--summarizer braucht zwei oder mehr --assistant</translation>
    </message>
    <message>
        <source>{name} (summary)</source>
        <translation>{name} (Zusammenfassung)</translation>
    </message>
    <message>
        <source>(conversation {id})</source>
        <translation>(Unterhaltung {id})</translation>
    </message>
    <message>
        <source>its answer {state}.</source>
        <translation>Antwort: {state}.</translation>
    </message>
    <message>
        <source>{name}: {why} The round stopped there; the answers so far are saved in conversation {id}.</source>
        <translation>{name}: {why} Die Runde wurde hier beendet; die bisherigen Antworten sind in der Unterhaltung {id} gespeichert.</translation>
    </message>
    <message>
        <source>not running {tool} ({risk}); add --approve-all to allow it.</source>
        <translation>{tool} wird nicht ausgeführt ({risk}); mit --approve-all erlauben Sie es.</translation>
    </message>
    <message>
        <source>{error} Retrying…</source>
        <translation>{error} Neuer Versuch…</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>the partial answer is saved in conversation {id} (marked {state}); Continue or Retry it in the app, or ask on with --conversation {id}.</source>
        <translation>die unvollständige Antwort ist in der Unterhaltung {id} gespeichert (markiert als {state}); setzen Sie sie in der App fort, wiederholen Sie sie dort, oder fragen Sie weiter mit --conversation {id}.</translation>
    </message>
</context>
<context>
    <name>CliConflicts</name>
    <message>
        <source>versions kept from conflicting edits, and choosing</source>
        <translation>aus Konflikten aufbewahrte Versionen, und die Wahl zwischen ihnen</translation>
    </message>
    <message>
        <source>every kept version here</source>
        <translation>alle hier aufbewahrten Versionen</translation>
    </message>
    <message>
        <source>a kept version beside the current</source>
        <translation>eine aufbewahrte Version neben der aktuellen</translation>
    </message>
    <message>
        <source>the version&apos;s id (or its first characters)</source>
        <translation>die ID der Version (oder ihre ersten Zeichen)</translation>
    </message>
    <message>
        <source>use the kept version (an edit that syncs)</source>
        <translation>die aufbewahrte Version verwenden (eine Änderung, die synchronisiert wird)</translation>
    </message>
    <message>
        <source>keep the current value; set every kept version of it aside</source>
        <translation>den aktuellen Wert behalten; alle aufbewahrten Versionen davon beiseitelegen</translation>
    </message>
    <message>
        <source>delete this kept version only</source>
        <translation>nur diese aufbewahrte Version löschen</translation>
    </message>
    <message>
        <source>“{prefix}” names {count} versions: give more of the id</source>
        <translation>„{prefix}“ passt zu {count} Versionen: Geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <source>no kept version {prefix} (see `conflicts list`)</source>
        <translation>keine aufbewahrte Version {prefix} (siehe `conflicts list`)</translation>
    </message>
    <message>
        <source>No kept versions: nothing to choose.</source>
        <translation>Keine aufbewahrten Versionen: nichts zu wählen.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>kept version</source>
        <translation>aufbewahrte Version</translation>
    </message>
    <message>
        <source>“{name}” uses the kept version now; it syncs as your edit.</source>
        <translation>„{name}“ verwendet jetzt die aufbewahrte Version; sie wird als Ihre Änderung synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” keeps its current value; %n kept version(s) set aside.</source>
        <translation>
            <numerusform>„{name}“ behält den aktuellen Wert; %n aufbewahrte Version beiseitegelegt.</numerusform>
            <numerusform>„{name}“ behält den aktuellen Wert; %n aufbewahrte Versionen beiseitegelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept version of “{name}” is deleted.</source>
        <translation>Die aufbewahrte Version von „{name}“ ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>CliConversations</name>
    <message>
        <source>list, export, trash or restore conversations</source>
        <translation>Unterhaltungen auflisten, exportieren, in den Papierkorb verschieben oder wiederherstellen</translation>
    </message>
    <message>
        <source>list conversations</source>
        <translation>Unterhaltungen auflisten</translation>
    </message>
    <message>
        <source>in titles and messages</source>
        <translation>in Titeln und Nachrichten</translation>
    </message>
    <message>
        <source>list archived ones instead</source>
        <translation>stattdessen die archivierten auflisten</translation>
    </message>
    <message>
        <source>list the ones in the trash instead</source>
        <translation>stattdessen die im Papierkorb auflisten</translation>
    </message>
    <message>
        <source>export one conversation</source>
        <translation>eine Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>the conversation&apos;s id (see `conversations list`)</source>
        <translation>die ID der Unterhaltung (siehe `conversations list`)</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>in FILE statt auf stdout schreiben</translation>
    </message>
    <message>
        <source>move a conversation to the trash</source>
        <translation>eine Unterhaltung in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>bring a conversation back from the trash</source>
        <translation>eine Unterhaltung aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>the conversation&apos;s id (see `conversations list --trash`)</source>
        <translation>die ID der Unterhaltung (siehe `conversations list --trash`)</translation>
    </message>
    <message>
        <source>{id} is already in the trash.</source>
        <translation>{id} ist bereits im Papierkorb.</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>Es gibt keine Unterhaltung {id}.</translation>
    </message>
    <message>
        <source>{id} is not in the trash.</source>
        <translation>{id} ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Moved to the trash: {title} ({id})</source>
        <translation>In den Papierkorb verschoben: {title} ({id})</translation>
    </message>
    <message>
        <source>Restored: {title} ({id})</source>
        <translation>Wiederhergestellt: {title} ({id})</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Nothing in the trash matches {text}.</source>
        <translation>Nichts im Papierkorb passt zu {text}.</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>Keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>No conversation mentions {text}.</source>
        <translation>Keine Unterhaltung erwähnt {text}.</translation>
    </message>
</context>
<context>
    <name>CliDocs</name>
    <message>
        <source>list documents, act on many</source>
        <translation>Dokumente auflisten, viele auf einmal bearbeiten</translation>
    </message>
    <message>
        <source>documents with their tags</source>
        <translation>Dokumente mit ihren Tags</translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation>stattdessen den Papierkorb auflisten</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>höchstens so viele (0: alle)</translation>
    </message>
    <message>
        <source>add TAG to documents</source>
        <translation>Dokumenten TAG hinzufügen</translation>
    </message>
    <message>
        <source>remove TAG from documents</source>
        <translation>TAG von Dokumenten entfernen</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <translation>in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>bring back from the trash</source>
        <translation>aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <source>zip files plus a manifest</source>
        <translation>ZIP-Datei mit Dateien und einem Manifest</translation>
    </message>
    <message>
        <source>purge the trash for good</source>
        <translation>den Papierkorb endgültig leeren</translation>
    </message>
    <message>
        <source>open a document in the app&apos;s viewer</source>
        <translation>ein Dokument in der Dokumentansicht der App öffnen</translation>
    </message>
    <message>
        <source>at page N (from 1)</source>
        <translation>auf Seite N (ab 1)</translation>
    </message>
    <message>
        <source>print a document&apos;s (page&apos;s) text</source>
        <translation>den Text eines Dokuments (einer Seite) ausgeben</translation>
    </message>
    <message>
        <source>only page N (OCR text for scans)</source>
        <translation>nur Seite N (OCR-Text bei Scans)</translation>
    </message>
    <message>
        <source>save the first page as PNG</source>
        <translation>die erste Seite als PNG speichern</translation>
    </message>
    <message>
        <source>only documents with tag T (repeat: with all of them)</source>
        <translation>nur Dokumente mit Tag T (wiederholt: mit allen davon)</translation>
    </message>
    <message>
        <source>these documents</source>
        <translation>diese Dokumente</translation>
    </message>
    <message>
        <source>every document (see --tag)</source>
        <translation>alle Dokumente (siehe --tag)</translation>
    </message>
    <message>
        <source>No documents match.</source>
        <translation>Keine passenden Dokumente.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Noch keine Dokumente.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <source>import files and folders into the knowledge base</source>
        <translation>Dateien und Ordner in die Wissensbasis importieren</translation>
    </message>
    <message>
        <source>Import PDF, Markdown, text, Word, HTML and source files (folders are searched recursively). Interrupted imports resume on the next run.</source>
        <translation>PDF-, Markdown-, Text-, Word-, HTML- und Quellcodedateien importieren (Ordner werden rekursiv durchsucht). Unterbrochene Importe werden beim nächsten Aufruf fortgesetzt.</translation>
    </message>
    <message>
        <source>files or folders to import</source>
        <translation>zu importierende Dateien oder Ordner</translation>
    </message>
    <message>
        <source>only finish imports that were interrupted</source>
        <translation>nur unterbrochene Importe abschließen</translation>
    </message>
    <message>
        <source>print the outcome as JSON</source>
        <translation>das Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <source>no progress line</source>
        <translation>keine Fortschrittszeile</translation>
    </message>
    <message>
        <source>name files or folders to import (or use --resume)</source>
        <translation>nennen Sie zu importierende Dateien oder Ordner (oder verwenden Sie --resume)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier import(s) are left to ConvoSphere, which is running.</source>
        <translation>
            <numerusform>%n früherer Import bleibt ConvoSphere überlassen, das gerade läuft.</numerusform>
            <numerusform>%n frühere Importe bleiben ConvoSphere überlassen, das gerade läuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n interrupted import(s)…</source>
        <translation>
            <numerusform>%n unterbrochener Import wird fortgesetzt…</numerusform>
            <numerusform>%n unterbrochene Importe werden fortgesetzt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n file(s) in those folders of kinds that cannot be imported.</source>
        <translation>
            <numerusform>%n Datei in diesen Ordnern wird ausgelassen: Ihre Art kann nicht importiert werden.</numerusform>
            <numerusform>%n Dateien in diesen Ordnern werden ausgelassen: Ihre Art kann nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to resume.</source>
        <translation>Nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>import interrupted; run `convosphere import --resume` to go on.</source>
        <translation>Import unterbrochen; mit `convosphere import --resume` geht es weiter.</translation>
    </message>
    <message>
        <source>Scanned pages were rendered with QtPdf: poppler (pdftoppm) is not installed (on Debian or Ubuntu: apt install poppler-utils).</source>
        <translation>Gescannte Seiten wurden mit QtPdf gerendert: poppler (pdftoppm) ist nicht installiert (unter Debian oder Ubuntu: apt install poppler-utils).</translation>
    </message>
    <message>
        <source>Importing {done} of {total} files · {pages} pages ({pages_rate}/s) · {chunks} chunks ({chunks_rate}/s)</source>
        <translation>Importiere {done} von {total} Dateien · {pages} Seiten ({pages_rate}/s) · {chunks} Abschnitte ({chunks_rate}/s)</translation>
    </message>
    <message>
        <source>Imported {imported}, {duplicates} already in the library, {failed} failed.</source>
        <translation>{imported} importiert, {duplicates} bereits in der Bibliothek, {failed} fehlgeschlagen.</translation>
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
    <name>CliInfo</name>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>Arbeitsbereich-ID</translation>
    </message>
    <message>
        <source>show where the data lives and the schema version</source>
        <translation>anzeigen, wo die Daten liegen und welche Schemaversion sie haben</translation>
    </message>
</context>
<context>
    <name>CliJobs</name>
    <message>
        <source>list, cancel or retry jobs</source>
        <translation>Aufgaben auflisten, abbrechen oder wiederholen</translation>
    </message>
    <message>
        <source>jobs, newest first</source>
        <translation>Aufgaben, neueste zuerst</translation>
    </message>
    <message>
        <source>at most this many (50)</source>
        <translation>höchstens so viele (50)</translation>
    </message>
    <message>
        <source>stop a job for good</source>
        <translation>eine Aufgabe endgültig stoppen</translation>
    </message>
    <message>
        <source>the job&apos;s id (see `jobs list`)</source>
        <translation>die ID der Aufgabe (siehe `jobs list`)</translation>
    </message>
    <message>
        <source>run a failed or cancelled job&apos;s unfinished items again</source>
        <translation>die unerledigten Teile einer fehlgeschlagenen oder abgebrochenen Aufgabe erneut ausführen</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>Cancelled {title}.</source>
        <translation>Abgebrochen: {title}.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message>
        <source>{title}: {state} ({done} of {total} done, {failed} failed)</source>
        <translation>{title}: {state} ({done} von {total} erledigt, {failed} fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>CliKb</name>
    <message>
        <source>maintain the knowledge base</source>
        <translation>die Wissensbasis pflegen</translation>
    </message>
    <message>
        <source>compare chunks, keyword index, vectors and files; --repair fixes what differs</source>
        <translation>Abschnitte, Stichwortindex, Vektoren und Dateien vergleichen; --repair behebt Abweichungen</translation>
    </message>
    <message>
        <source>Run it when no import is running (an import in progress looks like drift).</source>
        <translation>Führen Sie es aus, wenn kein Import läuft (ein laufender Import sieht wie eine Abweichung aus).</translation>
    </message>
    <message>
        <source>make the stores agree again</source>
        <translation>die Speicher wieder in Einklang bringen</translation>
    </message>
    <message>
        <source>The knowledge base is consistent.</source>
        <translation>Die Wissensbasis ist konsistent.</translation>
    </message>
    <message>
        <source>Repaired: {problem}</source>
        <translation>Repariert: {problem}</translation>
    </message>
    <message>
        <source>Found: {problem}</source>
        <translation>Gefunden: {problem}</translation>
    </message>
    <message>
        <source>Run `convosphere kb check --repair` to fix this.</source>
        <translation>Mit `convosphere kb check --repair` beheben Sie das.</translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <source>search the knowledge base (keywords and meaning)</source>
        <translation>die Wissensbasis durchsuchen (Stichwörter und Bedeutung)</translation>
    </message>
    <message>
        <source>Prints passages ranked by hybrid (keyword + vector) search, with document, page and score. `search history` lists the searches run on this device; `search --suggest PREFIX` lists suggestions for what has been typed.</source>
        <translation>Gibt Textstellen aus, gereiht nach hybrider Suche (Stichwort + Vektor), mit Dokument, Seite und Punktzahl. `search history` listet die Suchen auf diesem Gerät; `search --suggest PREFIX` listet Vorschläge zum bisher Getippten.</translation>
    </message>
    <message>
        <source>what to look for, or &quot;history&quot; for the search history</source>
        <translation>wonach gesucht wird, oder „history“ für den Suchverlauf</translation>
    </message>
    <message>
        <source>what to look for (any text, even &quot;history&quot;)</source>
        <translation>wonach gesucht wird (beliebiger Text, auch „history“)</translation>
    </message>
    <message>
        <source>list search suggestions for PREFIX and exit</source>
        <translation>Suchvorschläge für PREFIX auflisten und beenden</translation>
    </message>
    <message>
        <source>with history: forget every search</source>
        <translation>mit history: alle Suchen vergessen</translation>
    </message>
    <message>
        <source>only documents with this tag</source>
        <translation>nur Dokumente mit diesem Tag</translation>
    </message>
    <message>
        <source>only documents of this type</source>
        <translation>nur Dokumente dieses Typs</translation>
    </message>
    <message>
        <source>only this document id</source>
        <translation>nur diese Dokument-ID</translation>
    </message>
    <message>
        <source>imported on or after YYYY-MM-DD</source>
        <translation>importiert am oder nach YYYY-MM-DD</translation>
    </message>
    <message>
        <source>imported before YYYY-MM-DD</source>
        <translation>importiert vor YYYY-MM-DD</translation>
    </message>
    <message>
        <source>at most this many results (10; suggestions: 8; history: 100)</source>
        <translation>höchstens so viele Ergebnisse (10; Vorschläge: 8; Verlauf: 100)</translation>
    </message>
    <message>
        <source>only the best passage of each document</source>
        <translation>nur die beste Textstelle jedes Dokuments</translation>
    </message>
    <message>
        <source>(hybrid)</source>
        <translation>(Standard: hybrid)</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>kein Datum (YYYY-MM-DD): {text}</translation>
    </message>
    <message>
        <source>say what to search for: convosphere search WORDS (or search history, or search --suggest PREFIX)</source>
        <translation>geben Sie an, wonach gesucht werden soll: convosphere search WORDS (oder search history oder search --suggest PREFIX)</translation>
    </message>
    <message>
        <source>Did you mean: {query}?</source>
        <translation>Meinten Sie: {query}?</translation>
    </message>
    <message>
        <source>No passages found.</source>
        <translation>Keine Textstellen gefunden.</translation>
    </message>
    <message>
        <source>No suggestions for “{prefix}”.</source>
        <translation>Keine Vorschläge für „{prefix}“.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n search(es).</source>
        <translation>
            <numerusform>%n Suche vergessen.</numerusform>
            <numerusform>%n Suchen vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search history is off: searches are not recorded (setting “Remember searches”).</source>
        <translation>Der Suchverlauf ist aus: Suchen werden nicht gespeichert (Einstellung „Suchen merken“).</translation>
    </message>
    <message>
        <source>No searches recorded.</source>
        <translation>Keine Suchen gespeichert.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>CliStates</name>
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
        <translation>fertig</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>wird empfangen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
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
        <translation>greift aufs Netz zu</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>sign in to a sync server, see its state, sync now</source>
        <translation>bei einem Synchronisierungsserver anmelden, Stand anzeigen, jetzt synchronisieren</translation>
    </message>
    <message>
        <source>sign this device in</source>
        <translation>dieses Gerät anmelden</translation>
    </message>
    <message>
        <source>the server&apos;s address, e.g. https://sync.example.com</source>
        <translation>die Adresse des Servers, z. B. https://sync.example.com</translation>
    </message>
    <message>
        <source>read the password from standard input (never from the command line)</source>
        <translation>das Passwort von der Standardeingabe lesen (nie von der Befehlszeile)</translation>
    </message>
    <message>
        <source>sign in with your company account in the system browser (single sign-on)</source>
        <translation>mit Ihrem Firmenkonto im Systembrowser anmelden (Single Sign-On)</translation>
    </message>
    <message>
        <source>check the password against the company directory (LDAP); the server also does this by itself for the email domains it is set up for</source>
        <translation>das Passwort im Firmenverzeichnis (LDAP) prüfen; für die eingerichteten E-Mail-Domains tut der Server das auch von sich aus</translation>
    </message>
    <message>
        <source>sign this device out</source>
        <translation>dieses Gerät abmelden</translation>
    </message>
    <message>
        <source>where sync stands</source>
        <translation>Stand der Synchronisierung</translation>
    </message>
    <message>
        <source>one push/pull round for every synced workspace</source>
        <translation>eine Sende-/Empfangsrunde für jeden synchronisierten Arbeitsbereich</translation>
    </message>
    <message>
        <source>Signed in to {server} as {email}.</source>
        <translation>Bei {server} als {email} angemeldet.</translation>
    </message>
    <message>
        <source>--sso signs in in the browser: leave out --email and --password-stdin</source>
        <translation>--sso meldet im Browser an: Lassen Sie --email und --password-stdin weg</translation>
    </message>
    <message>
        <source>give --email E --password-stdin (or --sso to sign in in the browser)</source>
        <translation>geben Sie --email E --password-stdin an (oder --sso für die Anmeldung im Browser)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Opening your browser to sign in:</source>
        <translation>Ihr Browser wird zur Anmeldung geöffnet:</translation>
    </message>
    <message>
        <source>No browser could be opened here: open the address above yourself.</source>
        <translation>Hier konnte kein Browser geöffnet werden: Öffnen Sie die Adresse oben selbst.</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this device.</source>
        <translation>Abgemeldet. Alles bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Not signed in: this device keeps its data to itself.</source>
        <translation>Nicht angemeldet: Dieses Gerät behält seine Daten für sich.</translation>
    </message>
    <message>
        <source>this device only</source>
        <translation>nur dieses Gerät</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {when}</source>
        <translation>zuletzt synchronisiert {when}</translation>
    </message>
    <message numerus="yes">
        <source>sent %n change(s)</source>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} abgelehnt</translation>
    </message>
    <message>
        <source>{workspace}: {sent}, received {pulled}; files up {up}, down {down}.</source>
        <translation>{workspace}: {sent}, {pulled} empfangen; Dateien hoch {up}, herunter {down}.</translation>
    </message>
    <message>
        <source>No workspace syncs yet: run `convosphere sync login URL --email E`.</source>
        <translation>Noch wird kein Arbeitsbereich synchronisiert: Führen Sie `convosphere sync login URL --email E` aus.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>CliTags</name>
    <message>
        <source>list and edit tags</source>
        <translation>Tags auflisten und bearbeiten</translation>
    </message>
    <message>
        <source>every tag with its documents</source>
        <translation>alle Tags mit ihren Dokumenten</translation>
    </message>
    <message>
        <source>make a tag</source>
        <translation>einen Tag anlegen</translation>
    </message>
    <message>
        <source>#rrggbb (default: picked from the name)</source>
        <translation>#rrggbb (Standard: aus dem Namen gewählt)</translation>
    </message>
    <message>
        <source>give a tag a new name</source>
        <translation>einen Tag umbenennen</translation>
    </message>
    <message>
        <source>fold tags into another</source>
        <translation>Tags in einen anderen zusammenführen</translation>
    </message>
    <message>
        <source>delete a tag (documents are kept)</source>
        <translation>einen Tag löschen (Dokumente bleiben erhalten)</translation>
    </message>
    <message>
        <source>No tags yet. Make one with: convosphere tags create NAME</source>
        <translation>Noch keine Tags. Legen Sie einen an mit: convosphere tags create NAME</translation>
    </message>
    <message numerus="yes">
        <source>{count} document(s)</source>
        <translation>
            <numerusform>{count} Dokument</numerusform>
            <numerusform>{count} Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Made the tag “{name}” ({color}).</source>
        <translation>Tag „{name}“ angelegt ({color}).</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n tag(s) into “{name}”:</source>
        <translation>
            <numerusform>%n Tag in „{name}“ zusammengeführt:</numerusform>
            <numerusform>%n Tags in „{name}“ zusammengeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) moved</source>
        <translation>
            <numerusform>%n Dokument verschoben</numerusform>
            <numerusform>%n Dokumente verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already had it.</source>
        <translation>{count} hatten ihn schon.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag “{name}”; it was removed from %n document(s).</source>
        <translation>
            <numerusform>Tag „{name}“ gelöscht; er wurde von %n Dokument entfernt.</numerusform>
            <numerusform>Tag „{name}“ gelöscht; er wurde von %n Dokumenten entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>MCP servers and the tools the model may use</source>
        <translation>MCP-Server und die Werkzeuge, die das Modell nutzen darf</translation>
    </message>
    <message>
        <source>servers (started to list them) and their tools</source>
        <translation>Server (zum Auflisten gestartet) und ihre Werkzeuge</translation>
    </message>
    <message>
        <source>add a server: NAME -- COMMAND [ARGS...], or NAME --url URL</source>
        <translation>einen Server hinzufügen: NAME -- COMMAND [ARGS...] oder NAME --url URL</translation>
    </message>
    <message>
        <source>Add an MCP server started on this computer (convosphere tools add time -- uvx mcp-server-time) or reached over HTTP (convosphere tools add docs --url URL).</source>
        <translation>Einen MCP-Server hinzufügen, der auf diesem Computer gestartet (convosphere tools add time -- uvx mcp-server-time) oder über HTTP erreicht wird (convosphere tools add docs --url URL).</translation>
    </message>
    <message>
        <source>after --</source>
        <translation>nach --</translation>
    </message>
    <message>
        <source>the address of a streamable HTTP server</source>
        <translation>die Adresse eines Streamable-HTTP-Servers</translation>
    </message>
    <message>
        <source>kept in the secret store</source>
        <translation>wird im Geheimnisspeicher abgelegt</translation>
    </message>
    <message>
        <source>an HTTP header (kept in the secret store)</source>
        <translation>ein HTTP-Header (wird im Geheimnisspeicher abgelegt)</translation>
    </message>
    <message>
        <source>add the servers of an mcpServers JSON file</source>
        <translation>die Server einer mcpServers-JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>a JSON file with an mcpServers object (- for stdin)</source>
        <translation>eine JSON-Datei mit einem mcpServers-Objekt (- für stdin)</translation>
    </message>
    <message>
        <source>call a tool yourself</source>
        <translation>ein Werkzeug selbst aufrufen</translation>
    </message>
    <message>
        <source>a server name, or convosphere for a built-in tool</source>
        <translation>ein Servername, oder convosphere für ein eingebautes Werkzeug</translation>
    </message>
    <message>
        <source>the arguments, a JSON object</source>
        <translation>die Argumente, ein JSON-Objekt</translation>
    </message>
    <message>
        <source>remove a server</source>
        <translation>einen Server entfernen</translation>
    </message>
    <message>
        <source>Built-in tools (read-only):</source>
        <translation>Eingebaute Werkzeuge (nur lesend):</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one with: convosphere tools add NAME -- COMMAND [ARGS...]</source>
        <translation>Noch keine MCP-Server. Fügen Sie einen hinzu mit: convosphere tools add NAME -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Give either a command (after --) or --url, not both.</source>
        <translation>Geben Sie entweder einen Befehl (nach --) oder --url an, nicht beides.</translation>
    </message>
    <message>
        <source>Give the command after --, e.g. tools add time -- uvx mcp-server-time</source>
        <translation>Geben Sie den Befehl nach -- an, z. B. tools add time -- uvx mcp-server-time</translation>
    </message>
    <message numerus="yes">
        <source>Added the MCP server “{name}” ({target}); %n secret value(s) went to the secret store.</source>
        <translation>
            <numerusform>MCP-Server „{name}“ hinzugefügt ({target}); %n geheimer Wert liegt jetzt im Geheimnisspeicher.</numerusform>
            <numerusform>MCP-Server „{name}“ hinzugefügt ({target}); %n geheime Werte liegen jetzt im Geheimnisspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the MCP server “{name}” ({target}).</source>
        <translation>MCP-Server „{name}“ hinzugefügt ({target}).</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Skipped “{name}”: {reason}.</source>
        <translation>„{name}“ übersprungen: {reason}.</translation>
    </message>
    <message>
        <source>{tool} ended with an error.</source>
        <translation>{tool} endete mit einem Fehler.</translation>
    </message>
    <message>
        <source>Removed the MCP server “{name}” and its secrets.</source>
        <translation>MCP-Server „{name}“ und seine Geheimnisse entfernt.</translation>
    </message>
    <message>
        <source>{flag} takes KEY=VALUE, not “{value}”.</source>
        <translation>{flag} erwartet KEY=VALUE, nicht „{value}“.</translation>
    </message>
</context>
<context>
    <name>CliWorkspaces</name>
    <message>
        <source>list, choose, share or join workspaces</source>
        <translation>Arbeitsbereiche auflisten, wählen, teilen oder beitreten</translation>
    </message>
    <message>
        <source>this device&apos;s workspaces</source>
        <translation>die Arbeitsbereiche dieses Geräts</translation>
    </message>
    <message>
        <source>the workspace commands work in</source>
        <translation>der Arbeitsbereich, in dem Befehle arbeiten</translation>
    </message>
    <message>
        <source>its name or id</source>
        <translation>sein Name oder seine ID</translation>
    </message>
    <message>
        <source>publish a workspace of this device to the sync server</source>
        <translation>einen Arbeitsbereich dieses Geräts auf dem Synchronisierungsserver veröffentlichen</translation>
    </message>
    <message>
        <source>replicate a server workspace you are a member of</source>
        <translation>einen Server-Arbeitsbereich, dessen Mitglied Sie sind, auf dieses Gerät holen</translation>
    </message>
    <message>
        <source>its name or id on the server</source>
        <translation>sein Name oder seine ID auf dem Server</translation>
    </message>
    <message>
        <source>no workspace called “{name}” on this device (see `workspaces list`)</source>
        <translation>kein Arbeitsbereich „{name}“ auf diesem Gerät (siehe `workspaces list`)</translation>
    </message>
    <message>
        <source>synced, id {id}</source>
        <translation>synchronisiert, ID {id}</translation>
    </message>
    <message>
        <source>this device only, id {id}</source>
        <translation>nur dieses Gerät, ID {id}</translation>
    </message>
    <message>
        <source>Commands now work in “{name}”.</source>
        <translation>Befehle arbeiten jetzt in „{name}“.</translation>
    </message>
    <message>
        <source>“{name}” is on the server now; `sync now` sends its contents.</source>
        <translation>„{name}“ ist jetzt auf dem Server; `sync now` sendet seinen Inhalt.</translation>
    </message>
    <message>
        <source>“{name}” ({role}) will sync to this device; `sync now` fetches it.</source>
        <translation>„{name}“ ({role}) wird mit diesem Gerät synchronisiert; `sync now` holt ihn.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>Argument &quot;-&quot; mit Modus %r</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>%s Argument erwartet</numerusform>
            <numerusform>%s Argumente erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>widersprüchliche Option: %s</numerusform>
            <numerusform>widersprüchliche Optionen: %s</numerusform>
        </translation>
    </message>
</context>
</TS>
