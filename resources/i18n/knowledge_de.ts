<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BulkJobs</name>
    <message>
        <source>{title} — waiting for other jobs to finish</source>
        <translation>{title} — wartet, bis andere Aufgaben fertig sind</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Reading job progress</source>
        <translation>Lesen des Aufgabenfortschritts</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more job(s))</source>
        <translation>
            <numerusform>(und %n weitere Aufgabe)</numerusform>
            <numerusform>(und %n weitere Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title}: erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>{title}: cancelled after {done} of %n batch(es).</source>
        <translation>
            <numerusform>{title}: abgebrochen nach {done} von %n Stapel.</numerusform>
            <numerusform>{title}: abgebrochen nach {done} von %n Stapeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n batch(es) failed.</source>
        <translation>
            <numerusform>{title}: %n Stapel fehlgeschlagen.</numerusform>
            <numerusform>{title}: %n Stapel fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>First error: {error}</source>
        <translation>Erster Fehler: {error}</translation>
    </message>
    <message>
        <source>See Jobs for every error.</source>
        <translation>Alle Fehler finden Sie unter „Aufgaben“.</translation>
    </message>
    <message>
        <source>Cancelling the job</source>
        <translation>Abbrechen der Aufgabe</translation>
    </message>
    <message>
        <source>Retrying the job</source>
        <translation>Wiederholen der Aufgabe</translation>
    </message>
</context>
<context>
    <name>DocumentFilters</name>
    <message>
        <source>Any of</source>
        <translation>Eines von</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Alle von</translation>
    </message>
    <message>
        <source>None of</source>
        <translation>Keines von</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>Titel und Dateinamen durchsuchen</translation>
    </message>
    <message>
        <source>Documents with any of, all of, or none of these tags</source>
        <translation>Dokumente mit einem, allen oder keinem dieser Tags</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Tags, kommagetrennt</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Added on or after this day</source>
        <translation>Am oder nach diesem Tag hinzugefügt</translation>
    </message>
    <message>
        <source>Added on or before this day</source>
        <translation>Am oder vor diesem Tag hinzugefügt</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Tags, type and date added</source>
        <translation>Tags, Typ und Datum des Hinzufügens</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Filter ({count})</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ihre Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Show first pages as a grid instead of a table</source>
        <translation>Erste Seiten als Raster statt als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Manage tags…</source>
        <translation>Tags verwalten…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Tag entfernen…</translation>
    </message>
    <message>
        <source>Reprocess</source>
        <translation>Neu verarbeiten</translation>
    </message>
    <message>
        <source>Reprocessing</source>
        <translation>Neuverarbeitung</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Verschieben in den Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation>Laden der Tags</translation>
    </message>
    <message>
        <source>Loading documents</source>
        <translation>Laden der Dokumente</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Papierkorb ({count})</translation>
    </message>
    <message>
        <source>Importing… each document appears here as soon as it has been read.</source>
        <translation>Import läuft… Jedes Dokument erscheint hier, sobald es gelesen wurde.</translation>
    </message>
    <message>
        <source>The trash is empty. Documents you delete wait here until you empty it.</source>
        <translation>Der Papierkorb ist leer. Gelöschte Dokumente bleiben hier, bis Sie ihn leeren.</translation>
    </message>
    <message>
        <source>No documents match these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>Keine Dokumente passen zu diesen Filtern. &lt;a href=&quot;clear&quot;&gt;Filter zurücksetzen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No documents yet. Add PDFs, Markdown, Word, HTML or text files to the knowledge base; they will be listed here to tag, filter and act on many at once.</source>
        <translation>Noch keine Dokumente. Fügen Sie der Wissensbasis PDFs sowie Markdown-, Word-, HTML- oder Textdateien hinzu; sie werden hier aufgelistet, damit Sie sie taggen, filtern und viele auf einmal bearbeiten können.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the trash</source>
        <translation>
            <numerusform>%n Dokument im Papierkorb</numerusform>
            <numerusform>%n Dokumente im Papierkorb</numerusform>
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
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %n matching</source>
        <translation>
            <numerusform>%n auswählen</numerusform>
            <numerusform>Alle %n auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding tags</source>
        <translation>Hinzufügen der Tags</translation>
    </message>
    <message>
        <source>Removing the tag</source>
        <translation>Entfernen des Tags</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Rückgängigmachen</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Dokumente exportieren</translation>
    </message>
    <message>
        <source>documents.zip</source>
        <translation>Dokumente.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s) for good? Their files and index entries are removed.</source>
        <translation>
            <numerusform>%n Dokument endgültig löschen? Seine Datei und Indexeinträge werden entfernt.</numerusform>
            <numerusform>%n Dokumente endgültig löschen? Ihre Dateien und Indexeinträge werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Deleting for good</source>
        <translation>Endgültiges Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n document(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Das %n Dokument im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alle %n Dokumente im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Leeren des Papierkorbs</translation>
    </message>
    <message>
        <source>Making a thumbnail</source>
        <translation>Erstellen einer Miniatur</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Finding the cited documents</source>
        <translation>Suchen der zitierten Dokumente</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>“{title}” is password-protected. Use “Open original” to open it in your PDF reader with its password.</source>
        <translation>„{title}“ ist passwortgeschützt. Öffnen Sie es mit „Original öffnen“ und dem Passwort in Ihrem PDF-Reader.</translation>
    </message>
    <message>
        <source>“{title}” is locked with a kind of encryption this viewer cannot open. Use “Open original” to open it in your PDF reader.</source>
        <translation>„{title}“ ist mit einer Verschlüsselung gesperrt, die die Dokumentansicht nicht öffnen kann. Öffnen Sie es mit „Original öffnen“ in Ihrem PDF-Reader.</translation>
    </message>
    <message>
        <source>“{title}” is damaged or not a PDF (it may be cut short). Open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>„{title}“ ist beschädigt oder kein PDF (vielleicht unvollständig). Öffnen Sie es in einem PDF-Programm, speichern Sie eine neue Kopie und importieren Sie diese.</translation>
    </message>
    <message>
        <source>“{title}” is missing from the library; import the file again.</source>
        <translation>„{title}“ fehlt in der Bibliothek; importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>“{title}” cannot be shown (the file may be damaged).</source>
        <translation>„{title}“ kann nicht angezeigt werden (die Datei ist vielleicht beschädigt).</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Open the file in the app your system uses for it</source>
        <translation>Die Datei in der App öffnen, die Ihr System dafür verwendet</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Save a copy, export pages, print</source>
        <translation>Kopie speichern, Seiten exportieren, drucken</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Export pages as PDF…</source>
        <translation>Seiten als PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export as .zip with manifest…</source>
        <translation>Als .zip mit Manifest exportieren…</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Dokument schließen</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Checking the document</source>
        <translation>Prüfen des Dokuments</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Öffnen des Dokuments</translation>
    </message>
    <message>
        <source>Reading the document</source>
        <translation>Lesen des Dokuments</translation>
    </message>
    <message>
        <source>“{title}” is not an image this viewer can show.</source>
        <translation>„{title}“ ist kein Bild, das die Dokumentansicht zeigen kann.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>von {count}</translation>
    </message>
    <message>
        <source>Finding the passage</source>
        <translation>Suchen der Textstelle</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>Remembering the page</source>
        <translation>Merken der Seite</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} von {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the original</source>
        <translation>Öffnen des Originals</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Speichern einer Kopie</translation>
    </message>
    <message>
        <source>{title} pp. {first}-{last}</source>
        <translation>{title} S. {first}-{last}</translation>
    </message>
    <message>
        <source>Export pages</source>
        <translation>Seiten exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting pages</source>
        <translation>Exportieren der Seiten</translation>
    </message>
    <message>
        <source>Export as .zip</source>
        <translation>Als .zip exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the document</source>
        <translation>Exportieren des Dokuments</translation>
    </message>
    <message>
        <source>Exporting to {name}: progress in Jobs</source>
        <translation>Export nach {name}: Fortschritt unter „Aufgaben“</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Export pages as PDF</source>
        <translation>Seiten als PDF exportieren</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>Von Seite</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>Bis Seite</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Reading import progress</source>
        <translation>Lesen des Importfortschritts</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>lese {file}</translation>
    </message>
    <message>
        <source>scanned pages rendered with QtPdf: poppler is not installed</source>
        <translation>gescannte Seiten mit QtPdf gerendert: Poppler ist nicht installiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s) (+{more} more)</source>
        <translation>
            <numerusform>Importiere {done} von %n Datei (+{more} weitere)</numerusform>
            <numerusform>Importiere {done} von %n Dateien (+{more} weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s)</source>
        <translation>
            <numerusform>Importiere {done} von %n Datei</numerusform>
            <numerusform>Importiere {done} von %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the import</source>
        <translation>Abbrechen des Imports</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after {done} of %n file(s)</source>
        <translation>
            <numerusform>Import nach {done} von %n Datei abgebrochen</numerusform>
            <numerusform>Import nach {done} von %n Dateien abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %n file(s); {failed} could not be imported</source>
        <translation>
            <numerusform>{done} von %n Datei importiert; {failed} nicht importierbar</numerusform>
            <numerusform>{done} von %n Dateien importiert; {failed} nicht importierbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Job</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished with problems</source>
        <translation>Mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n file(s)</source>
        <translation>
            <numerusform>{done} von %n Datei</numerusform>
            <numerusform>{done} von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n batch(es)</source>
        <translation>
            <numerusform>{done} von %n Stapel</numerusform>
            <numerusform>{done} von %n Stapeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s)</source>
        <translation>
            <numerusform>{done} von %n Dokument</numerusform>
            <numerusform>{done} von %n Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n item(s)</source>
        <translation>
            <numerusform>{done} von %n Element</numerusform>
            <numerusform>{done} von %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} files/s</source>
        <translation>{rate} Dateien/s</translation>
    </message>
    <message>
        <source>{rate} batches/s</source>
        <translation>{rate} Stapel/s</translation>
    </message>
    <message>
        <source>{rate} documents/s</source>
        <translation>{rate} Dokumente/s</translation>
    </message>
    <message>
        <source>{rate} items/s</source>
        <translation>{rate} Elemente/s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Imports and bulk actions run here in the background and pick up where they left off after a restart.</source>
        <translation>Importe und Massenaktionen laufen hier im Hintergrund und machen nach einem Neustart dort weiter, wo sie aufgehört haben.</translation>
    </message>
    <message>
        <source>No background work yet</source>
        <translation>Noch keine Hintergrundaufgaben</translation>
    </message>
    <message>
        <source>When you import documents or act on many of them at once, the work shows up here with its progress and time left. You can keep working meanwhile, pause or cancel it, and retry anything that failed.</source>
        <translation>Wenn Sie Dokumente importieren oder viele auf einmal bearbeiten, erscheint die Arbeit hier mit Fortschritt und Restzeit. Sie können währenddessen weiterarbeiten, sie pausieren oder abbrechen und Fehlgeschlagenes wiederholen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed items</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Select a job to see what went wrong with it.</source>
        <translation>Wählen Sie eine Aufgabe, um zu sehen, was schiefging.</translation>
    </message>
    <message>
        <source>Reading the job’s problems</source>
        <translation>Lesen der Probleme der Aufgabe</translation>
    </message>
    <message>
        <source>Problems in “{title}”</source>
        <translation>Probleme in „{title}“</translation>
    </message>
    <message>
        <source>No problems so far.</source>
        <translation>Bisher keine Probleme.</translation>
    </message>
    <message>
        <source>Pause “{title}”</source>
        <translation>Pausieren von „{title}“</translation>
    </message>
    <message>
        <source>Resume “{title}”</source>
        <translation>Fortsetzen von „{title}“</translation>
    </message>
    <message>
        <source>Cancel “{title}”</source>
        <translation>Abbrechen von „{title}“</translation>
    </message>
    <message>
        <source>Retry “{title}”</source>
        <translation>Wiederholen von „{title}“</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Documents (*.pdf *.md *.markdown *.txt *.rst *.docx *.html *.htm *.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.rb *.sh *.sql);;All files (*)</source>
        <translation>Dokumente (*.pdf *.md *.markdown *.txt *.rst *.docx *.html *.htm *.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.rb *.sh *.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Your documents, searched on this device and cited in answers down to the page.</source>
        <translation>Ihre Dokumente, auf diesem Gerät durchsucht und in Antworten seitengenau zitiert.</translation>
    </message>
    <message>
        <source>Your knowledge base is empty</source>
        <translation>Ihre Wissensbasis ist leer</translation>
    </message>
    <message>
        <source>PDFs, Markdown, Word, HTML, text and source files you add here are kept on this computer, indexed for keyword and meaning search without any network, and quoted with their page numbers when an assistant answers from them.&lt;br&gt;&lt;br&gt;Drop files or folders here, or:</source>
        <translation>PDFs sowie Markdown-, Word-, HTML-, Text- und Quelltextdateien, die Sie hier hinzufügen, bleiben auf diesem Computer, werden ohne Netzwerk für die Suche nach Stichwörtern und Bedeutung indiziert und mit Seitenzahlen zitiert, wenn ein Assistent daraus antwortet.&lt;br&gt;&lt;br&gt;Ziehen Sie Dateien oder Ordner hierher, oder:</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Search your documents by words or meaning…</source>
        <translation>Nach Wörtern oder Bedeutung suchen…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>Saved “{query}”</source>
        <translation>„{query}“ gespeichert</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Ihre Dokumente</translation>
    </message>
    <message>
        <source>Reading imports</source>
        <translation>Lesen der Importe</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Zählen der Dokumente</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Starting the import</source>
        <translation>Starten des Imports</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Remembering the search</source>
        <translation>Merken der Suche</translation>
    </message>
    <message>
        <source>Suggesting searches</source>
        <translation>Vorschlagen von Suchen</translation>
    </message>
    <message>
        <source>Preparing search suggestions</source>
        <translation>Vorbereiten der Suchvorschläge</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Textstelle</numerusform>
            <numerusform>%n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in your documents matches “{query}”.</source>
        <translation>Nichts in Ihren Dokumenten passt zu „{query}“.</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;correction&quot;&gt;&lt;b&gt;{query}&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>Meinten Sie &lt;a href=&quot;correction&quot;&gt;&lt;b&gt;{query}&lt;/b&gt;&lt;/a&gt;?</translation>
    </message>
    <message>
        <source>Search for “{query}” instead</source>
        <translation>Stattdessen nach „{query}“ suchen</translation>
    </message>
</context>
<context>
    <name>SearchHistory</name>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>No saved searches yet. Type a search, then “Save this search”.</source>
        <translation>Noch keine gespeicherten Suchen. Geben Sie eine Suche ein und wählen Sie dann „Diese Suche speichern“.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Letzte Suchen</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Reading your searches</source>
        <translation>Lesen Ihrer Suchen</translation>
    </message>
    <message>
        <source>No searches recorded.</source>
        <translation>Keine Suchen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Search history is off: turn on “Remember searches” in Settings → Knowledge to record searches again.</source>
        <translation>Der Suchverlauf ist aus: Aktivieren Sie „Suchen merken“ unter Einstellungen → Wissen, um wieder Suchen aufzuzeichnen.</translation>
    </message>
    <message>
        <source>Deleting a saved search</source>
        <translation>Löschen einer gespeicherten Suche</translation>
    </message>
    <message>
        <source>Clearing the search history</source>
        <translation>Löschen des Suchverlaufs</translation>
    </message>
    <message>
        <source>Save this search, run a saved one, or see your history</source>
        <translation>Diese Suche speichern, eine gespeicherte ausführen oder den Verlauf ansehen</translation>
    </message>
    <message>
        <source>Reading saved searches</source>
        <translation>Lesen der gespeicherten Suchen</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>Keine gespeicherten Suchen</translation>
    </message>
    <message>
        <source>Search history and saved searches…</source>
        <translation>Suchverlauf und gespeicherte Suchen…</translation>
    </message>
    <message>
        <source>Saving the search</source>
        <translation>Speichern der Suche</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>{title} — open at this passage</source>
        <translation>{title} — an dieser Textstelle öffnen</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Type a tag, or several separated by commas</source>
        <translation>Tag eingeben, oder mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags to add to the selected documents (new ones are made):</source>
        <translation>Tags für die ausgewählten Dokumente (neue werden angelegt):</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Tags verwalten</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Neues Tag…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen in…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation>Laden der Tags</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s). Double-click a name to rename it; select several and use Merge into… to fold them into one.</source>
        <translation>
            <numerusform>%n Tag. Doppelklicken Sie auf einen Namen, um ihn umzubenennen; wählen Sie mehrere aus und fassen Sie sie mit „Zusammenführen in…“ zu einem zusammen.</numerusform>
            <numerusform>%n Tags. Doppelklicken Sie auf einen Namen, um ihn umzubenennen; wählen Sie mehrere aus und fassen Sie sie mit „Zusammenführen in…“ zu einem zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet. Select documents and use Add tag…, or make one with New tag….</source>
        <translation>Noch keine Tags. Wählen Sie Dokumente aus und verwenden Sie „Tag hinzufügen…“, oder legen Sie mit „Neues Tag…“ eines an.</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>Umbenennen des Tags</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Tag</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Making the tag</source>
        <translation>Anlegen des Tags</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tag-Farbe</translation>
    </message>
    <message>
        <source>Changing the colour</source>
        <translation>Ändern der Farbe</translation>
    </message>
    <message>
        <source>Select the tags to merge first, then choose the tag to keep.</source>
        <translation>Wählen Sie zuerst die zusammenzuführenden Tags aus, dann das Tag, das bleiben soll.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Tags zusammenführen</translation>
    </message>
    <message>
        <source>Keep this tag:</source>
        <translation>Dieses Tag behalten:</translation>
    </message>
    <message>
        <source>Select at least one other tag to merge into it.</source>
        <translation>Wählen Sie mindestens ein weiteres Tag aus, das darin aufgehen soll.</translation>
    </message>
    <message numerus="yes">
        <source>Merge {names} into “{target}”? Their %n document link(s) move to “{target}” and {names} will be gone.</source>
        <translation>
            <numerusform>{names} in „{target}“ zusammenführen? Die Zuordnung zu %n Dokument geht auf „{target}“ über; danach gibt es nur noch „{target}“.</numerusform>
            <numerusform>{names} in „{target}“ zusammenführen? Die Zuordnungen zu %n Dokumenten gehen auf „{target}“ über; danach gibt es nur noch „{target}“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging tags</source>
        <translation>Zusammenführen der Tags</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Zählen der Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>Delete {names}? It will be removed from %n document(s). The documents themselves are kept.</source>
        <translation>
            <numerusform>{names} löschen? Betroffen ist %n Dokument; das Dokument selbst bleibt erhalten.</numerusform>
            <numerusform>{names} löschen? Betroffen sind %n Dokumente; die Dokumente selbst bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>Tags löschen</translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation>Löschen des Tags</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
</context>
</TS>
