<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BulkJobs</name>
    <message>
        <source>{title} — waiting for other jobs to finish</source>
        <translation>{title} — en attente de la fin d’autres tâches</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Reading job progress</source>
        <translation>Lecture de la progression de la tâche</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more job(s))</source>
        <translation>
            <numerusform>(et %n autre tâche)</numerusform>
            <numerusform>(et %n autres tâches)</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: done.</source>
        <translation>{title} : terminé.</translation>
    </message>
    <message numerus="yes">
        <source>{title}: cancelled after {done} of %n batch(es).</source>
        <translation>
            <numerusform>{title} : annulé après {done} sur %n lot.</numerusform>
            <numerusform>{title} : annulé après {done} sur %n lots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n batch(es) failed.</source>
        <translation>
            <numerusform>{title} : %n lot en échec.</numerusform>
            <numerusform>{title} : %n lots en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>First error: {error}</source>
        <translation>Première erreur : {error}</translation>
    </message>
    <message>
        <source>See Jobs for every error.</source>
        <translation>Consultez Tâches pour voir toutes les erreurs.</translation>
    </message>
    <message>
        <source>Cancelling the job</source>
        <translation>Annulation de la tâche</translation>
    </message>
    <message>
        <source>Retrying the job</source>
        <translation>Nouvelle tentative de la tâche</translation>
    </message>
</context>
<context>
    <name>DocumentFilters</name>
    <message>
        <source>Any of</source>
        <translation>L’une de</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>None of</source>
        <translation>Aucune de</translation>
    </message>
    <message>
        <source>Search titles and file names</source>
        <translation>Rechercher dans les titres et noms de fichier</translation>
    </message>
    <message>
        <source>Documents with any of, all of, or none of these tags</source>
        <translation>Documents ayant l’une, toutes ou aucune de ces étiquettes</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Added on or after this day</source>
        <translation>Ajouté ce jour-là ou après</translation>
    </message>
    <message>
        <source>Added on or before this day</source>
        <translation>Ajouté ce jour-là ou avant</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Tags, type and date added</source>
        <translation>Étiquettes, type et date d’ajout</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Filtres ({count})</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n’importe quand</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show first pages as a grid instead of a table</source>
        <translation>Afficher les premières pages en grille plutôt qu’en tableau</translation>
    </message>
    <message>
        <source>Manage tags…</source>
        <translation>Gérer les étiquettes…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Reprocess</source>
        <translation>Retraiter</translation>
    </message>
    <message>
        <source>Reprocessing</source>
        <translation>Retraitement</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation>Chargement des étiquettes</translation>
    </message>
    <message>
        <source>Loading documents</source>
        <translation>Chargement des documents</translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Corbeille ({count})</translation>
    </message>
    <message>
        <source>Importing… each document appears here as soon as it has been read.</source>
        <translation>Importation en cours… Chaque document apparaît ici dès qu’il a été lu.</translation>
    </message>
    <message>
        <source>The trash is empty. Documents you delete wait here until you empty it.</source>
        <translation>La corbeille est vide. Les documents que vous supprimez y restent jusqu’à ce que vous la vidiez.</translation>
    </message>
    <message>
        <source>No documents match these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;</source>
        <translation>Aucun document ne correspond à ces filtres. &lt;a href=&quot;clear&quot;&gt;Effacer les filtres&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No documents yet. Add PDFs, Markdown, Word, HTML or text files to the knowledge base; they will be listed here to tag, filter and act on many at once.</source>
        <translation>Aucun document pour l’instant. Ajoutez des fichiers PDF, Markdown, Word, HTML ou texte à la base de connaissances ; ils seront listés ici pour les étiqueter, les filtrer et agir sur plusieurs à la fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the trash</source>
        <translation>
            <numerusform>%n document dans la corbeille</numerusform>
            <numerusform>%n documents dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %n matching</source>
        <translation>
            <numerusform>Tout sélectionner (%n)</numerusform>
            <numerusform>Tout sélectionner (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding tags</source>
        <translation>Ajout des étiquettes</translation>
    </message>
    <message>
        <source>Removing the tag</source>
        <translation>Retrait de l’étiquette</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Exporter des documents</translation>
    </message>
    <message>
        <source>documents.zip</source>
        <translation>documents.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s) for good? Their files and index entries are removed.</source>
        <translation>
            <numerusform>Supprimer définitivement %n document ? Son fichier et ses entrées d’index seront effacés.</numerusform>
            <numerusform>Supprimer définitivement %n documents ? Leurs fichiers et entrées d’index seront effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Deleting for good</source>
        <translation>Suppression définitive</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n document(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement le %n document de la corbeille ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n documents de la corbeille ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vidage de la corbeille</translation>
    </message>
    <message>
        <source>Making a thumbnail</source>
        <translation>Création d’une miniature</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Finding the cited documents</source>
        <translation>Recherche des documents cités</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>“{title}” is password-protected. Use “Open original” to open it in your PDF reader with its password.</source>
        <translation>« {title} » est protégé par un mot de passe. Utilisez « Ouvrir l’original » pour l’ouvrir dans votre lecteur PDF avec son mot de passe.</translation>
    </message>
    <message>
        <source>“{title}” is locked with a kind of encryption this viewer cannot open. Use “Open original” to open it in your PDF reader.</source>
        <translation>« {title} » est verrouillé par un type de chiffrement que cette visionneuse ne sait pas ouvrir. Utilisez « Ouvrir l’original » pour l’ouvrir dans votre lecteur PDF.</translation>
    </message>
    <message>
        <source>“{title}” is damaged or not a PDF (it may be cut short). Open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>« {title} » est endommagé ou n’est pas un PDF (il est peut-être tronqué). Ouvrez-le dans un lecteur PDF, enregistrez-en une nouvelle copie, puis importez-la.</translation>
    </message>
    <message>
        <source>“{title}” is missing from the library; import the file again.</source>
        <translation>« {title} » est absent de la bibliothèque ; importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>“{title}” cannot be shown (the file may be damaged).</source>
        <translation>« {title} » ne peut pas être affiché (le fichier est peut-être endommagé).</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>Open the file in the app your system uses for it</source>
        <translation>Ouvrir le fichier dans l’application que votre système utilise pour ce type</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Save a copy, export pages, print</source>
        <translation>Enregistrer une copie, exporter des pages, imprimer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Export pages as PDF…</source>
        <translation>Exporter des pages en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export as .zip with manifest…</source>
        <translation>Exporter en .zip avec manifeste…</translation>
    </message>
    <message>
        <source>Close the document</source>
        <translation>Fermer le document</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Checking the document</source>
        <translation>Vérification du document</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>Ouverture du document</translation>
    </message>
    <message>
        <source>Reading the document</source>
        <translation>Lecture du document</translation>
    </message>
    <message>
        <source>“{title}” is not an image this viewer can show.</source>
        <translation>« {title} » n’est pas une image que cette visionneuse peut afficher.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>sur {count}</translation>
    </message>
    <message>
        <source>Finding the passage</source>
        <translation>Recherche du passage</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>Remembering the page</source>
        <translation>Mémorisation de la page</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} sur {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the original</source>
        <translation>Ouverture de l’original</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Enregistrement d’une copie</translation>
    </message>
    <message>
        <source>{title} pp. {first}-{last}</source>
        <translation>{title} p. {first}-{last}</translation>
    </message>
    <message>
        <source>Export pages</source>
        <translation>Exporter des pages</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting pages</source>
        <translation>Exportation des pages</translation>
    </message>
    <message>
        <source>Export as .zip</source>
        <translation>Exporter en .zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the document</source>
        <translation>Exportation du document</translation>
    </message>
    <message>
        <source>Exporting to {name}: progress in Jobs</source>
        <translation>Exportation vers {name} : progression dans Tâches</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Export pages as PDF</source>
        <translation>Exporter des pages en PDF</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>De la page</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>À la page</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reading import progress</source>
        <translation>Lecture de la progression de l’importation</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>lecture de {file}</translation>
    </message>
    <message>
        <source>scanned pages rendered with QtPdf: poppler is not installed</source>
        <translation>pages numérisées rendues avec QtPdf : poppler n’est pas installé</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s) (+{more} more)</source>
        <translation>
            <numerusform>Importation : {done} sur %n fichier (+{more} autres)</numerusform>
            <numerusform>Importation : {done} sur %n fichiers (+{more} autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s)</source>
        <translation>
            <numerusform>Importation : {done} sur %n fichier</numerusform>
            <numerusform>Importation : {done} sur %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling the import</source>
        <translation>Annulation de l’importation</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after {done} of %n file(s)</source>
        <translation>
            <numerusform>Importation annulée après {done} sur %n fichier</numerusform>
            <numerusform>Importation annulée après {done} sur %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %n file(s); {failed} could not be imported</source>
        <translation>
            <numerusform>Importés : {done} sur %n fichier ; échecs : {failed}</numerusform>
            <numerusform>Importés : {done} sur %n fichiers ; échecs : {failed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished with problems</source>
        <translation>Avec des erreurs</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n file(s)</source>
        <translation>
            <numerusform>{done} sur %n fichier</numerusform>
            <numerusform>{done} sur %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n batch(es)</source>
        <translation>
            <numerusform>{done} sur %n lot</numerusform>
            <numerusform>{done} sur %n lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s)</source>
        <translation>
            <numerusform>{done} sur %n document</numerusform>
            <numerusform>{done} sur %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n item(s)</source>
        <translation>
            <numerusform>{done} sur %n élément</numerusform>
            <numerusform>{done} sur %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} files/s</source>
        <translation>{rate} fichiers/s</translation>
    </message>
    <message>
        <source>{rate} batches/s</source>
        <translation>{rate} lots/s</translation>
    </message>
    <message>
        <source>{rate} documents/s</source>
        <translation>{rate} documents/s</translation>
    </message>
    <message>
        <source>{rate} items/s</source>
        <translation>{rate} éléments/s</translation>
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
        <translation>estimation…</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Imports and bulk actions run here in the background and pick up where they left off after a restart.</source>
        <translation>Les importations et les actions groupées s’exécutent ici en arrière-plan et reprennent là où elles s’étaient arrêtées après un redémarrage.</translation>
    </message>
    <message>
        <source>No background work yet</source>
        <translation>Aucune tâche en arrière-plan pour l’instant</translation>
    </message>
    <message>
        <source>When you import documents or act on many of them at once, the work shows up here with its progress and time left. You can keep working meanwhile, pause or cancel it, and retry anything that failed.</source>
        <translation>Quand vous importez des documents ou agissez sur beaucoup d’entre eux à la fois, le travail apparaît ici avec sa progression et le temps restant. Vous pouvez continuer à travailler, le mettre en pause ou l’annuler, et réessayer ce qui a échoué.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry failed items</source>
        <translation>Réessayer les éléments en échec</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Select a job to see what went wrong with it.</source>
        <translation>Sélectionnez une tâche pour voir ce qui n’a pas fonctionné.</translation>
    </message>
    <message>
        <source>Reading the job’s problems</source>
        <translation>Lecture des problèmes de la tâche</translation>
    </message>
    <message>
        <source>Problems in “{title}”</source>
        <translation>Problèmes dans « {title} »</translation>
    </message>
    <message>
        <source>No problems so far.</source>
        <translation>Aucun problème pour l’instant.</translation>
    </message>
    <message>
        <source>Pause “{title}”</source>
        <translation>Suspension de « {title} »</translation>
    </message>
    <message>
        <source>Resume “{title}”</source>
        <translation>Reprise de « {title} »</translation>
    </message>
    <message>
        <source>Cancel “{title}”</source>
        <translation>Annulation de « {title} »</translation>
    </message>
    <message>
        <source>Retry “{title}”</source>
        <translation>Nouvelle tentative de « {title} »</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Documents (*.pdf *.md *.markdown *.txt *.rst *.docx *.html *.htm *.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.rb *.sh *.sql);;All files (*)</source>
        <translation>Documents (*.pdf *.md *.markdown *.txt *.rst *.docx *.html *.htm *.py *.js *.ts *.java *.c *.cpp *.h *.go *.rs *.rb *.sh *.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Your documents, searched on this device and cited in answers down to the page.</source>
        <translation>Vos documents, recherchés sur cet appareil et cités dans les réponses à la page près.</translation>
    </message>
    <message>
        <source>Your knowledge base is empty</source>
        <translation>Votre base de connaissances est vide</translation>
    </message>
    <message>
        <source>PDFs, Markdown, Word, HTML, text and source files you add here are kept on this computer, indexed for keyword and meaning search without any network, and quoted with their page numbers when an assistant answers from them.&lt;br&gt;&lt;br&gt;Drop files or folders here, or:</source>
        <translation>Les fichiers PDF, Markdown, Word, HTML, texte et code source que vous ajoutez ici restent sur cet ordinateur, sont indexés pour la recherche par mots-clés et par sens sans aucun réseau, et sont cités avec leurs numéros de page quand un assistant s’en sert pour répondre.&lt;br&gt;&lt;br&gt;Déposez des fichiers ou des dossiers ici, ou :</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Search your documents by words or meaning…</source>
        <translation>Rechercher par mots ou par sens…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Saved “{query}”</source>
        <translation>« {query} » enregistrée</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Vos documents</translation>
    </message>
    <message>
        <source>Reading imports</source>
        <translation>Lecture des importations</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Comptage des documents</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Starting the import</source>
        <translation>Démarrage de l’importation</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Remembering the search</source>
        <translation>Mémorisation de la recherche</translation>
    </message>
    <message>
        <source>Suggesting searches</source>
        <translation>Suggestion de recherches</translation>
    </message>
    <message>
        <source>Preparing search suggestions</source>
        <translation>Préparation des suggestions de recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in your documents matches “{query}”.</source>
        <translation>Rien dans vos documents ne correspond à « {query} ».</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;correction&quot;&gt;&lt;b&gt;{query}&lt;/b&gt;&lt;/a&gt;?</source>
        <translation>Vouliez-vous dire &lt;a href=&quot;correction&quot;&gt;&lt;b&gt;{query}&lt;/b&gt;&lt;/a&gt; ?</translation>
    </message>
    <message>
        <source>Search for “{query}” instead</source>
        <translation>Rechercher « {query} » à la place</translation>
    </message>
</context>
<context>
    <name>SearchHistory</name>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>No saved searches yet. Type a search, then “Save this search”.</source>
        <translation>Aucune recherche enregistrée pour l’instant. Saisissez une recherche, puis choisissez « Enregistrer cette recherche ».</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Reading your searches</source>
        <translation>Lecture de vos recherches</translation>
    </message>
    <message>
        <source>No searches recorded.</source>
        <translation>Aucune recherche dans l’historique.</translation>
    </message>
    <message>
        <source>Search history is off: turn on “Remember searches” in Settings → Knowledge to record searches again.</source>
        <translation>L’historique des recherches est désactivé : activez « Mémoriser les recherches » dans Paramètres → Connaissances pour enregistrer à nouveau les recherches.</translation>
    </message>
    <message>
        <source>Deleting a saved search</source>
        <translation>Suppression d’une recherche enregistrée</translation>
    </message>
    <message>
        <source>Clearing the search history</source>
        <translation>Effacement de l’historique des recherches</translation>
    </message>
    <message>
        <source>Save this search, run a saved one, or see your history</source>
        <translation>Enregistrer cette recherche, lancer une recherche enregistrée ou voir l’historique</translation>
    </message>
    <message>
        <source>Reading saved searches</source>
        <translation>Lecture des recherches enregistrées</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>Aucune recherche enregistrée</translation>
    </message>
    <message>
        <source>Search history and saved searches…</source>
        <translation>Historique et recherches enregistrées…</translation>
    </message>
    <message>
        <source>Saving the search</source>
        <translation>Enregistrement de la recherche</translation>
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
        <translation>Texte</translation>
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
        <translation>{title} — ouvrir à ce passage</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>Type a tag, or several separated by commas</source>
        <translation>Saisissez une étiquette, ou plusieurs séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags to add to the selected documents (new ones are made):</source>
        <translation>Étiquettes à ajouter aux documents sélectionnés (les nouvelles sont créées) :</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation>Chargement des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s). Double-click a name to rename it; select several and use Merge into… to fold them into one.</source>
        <translation>
            <numerusform>%n étiquette. Double-cliquez sur un nom pour le renommer ; sélectionnez-en plusieurs et utilisez « Fusionner dans… » pour les réunir en une seule.</numerusform>
            <numerusform>%n étiquettes. Double-cliquez sur un nom pour le renommer ; sélectionnez-en plusieurs et utilisez « Fusionner dans… » pour les réunir en une seule.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet. Select documents and use Add tag…, or make one with New tag….</source>
        <translation>Aucune étiquette pour l’instant. Sélectionnez des documents et utilisez « Ajouter une étiquette… », ou créez-en une avec « Nouvelle étiquette… ».</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>Renommage de l’étiquette</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Making the tag</source>
        <translation>Création de l’étiquette</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Changing the colour</source>
        <translation>Changement de couleur</translation>
    </message>
    <message>
        <source>Select the tags to merge first, then choose the tag to keep.</source>
        <translation>Sélectionnez d’abord les étiquettes à fusionner, puis choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Keep this tag:</source>
        <translation>Conserver cette étiquette :</translation>
    </message>
    <message>
        <source>Select at least one other tag to merge into it.</source>
        <translation>Sélectionnez au moins une autre étiquette à y fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>Merge {names} into “{target}”? Their %n document link(s) move to “{target}” and {names} will be gone.</source>
        <translation>
            <numerusform>Fusionner {names} dans « {target} » ? Le lien vers %n document passe à « {target} », et seule « {target} » subsistera.</numerusform>
            <numerusform>Fusionner {names} dans « {target} » ? Les liens vers %n documents passent à « {target} », et seule « {target} » subsistera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging tags</source>
        <translation>Fusion des étiquettes</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Comptage des documents</translation>
    </message>
    <message numerus="yes">
        <source>Delete {names}? It will be removed from %n document(s). The documents themselves are kept.</source>
        <translation>
            <numerusform>Supprimer {names} ? %n document est concerné ; le document lui-même est conservé.</numerusform>
            <numerusform>Supprimer {names} ? %n documents sont concernés ; les documents eux-mêmes sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tags</source>
        <translation>Supprimer des étiquettes</translation>
    </message>
    <message>
        <source>Deleting the tag</source>
        <translation>Suppression de l’étiquette</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
</context>
</TS>
