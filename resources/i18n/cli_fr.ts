<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>ConvoSphere Desktop: an offline-first AI assistant for knowledge work.</source>
        <translation>ConvoSphere Desktop : un assistant IA pour le travail intellectuel, conçu pour fonctionner hors ligne.</translation>
    </message>
    <message>
        <source>keep all data in DIR instead of the per-user data folder (also: CONVOSPHERE_DATA_DIR)</source>
        <translation>conserver toutes les données dans DIR au lieu du dossier de données de l&apos;utilisateur (aussi : CONVOSPHERE_DATA_DIR)</translation>
    </message>
    <message>
        <source>start, migrate the database, paint the main window, wait until the chat page accepts a question and quit (for CI and benchmarks)</source>
        <translation>démarrer, migrer la base de données, afficher la fenêtre principale, attendre que la page Chat accepte une question, puis quitter (pour la CI et les benchmarks)</translation>
    </message>
    <message>
        <source>open on this page instead of Chat</source>
        <translation>ouvrir sur cette page au lieu de Chat</translation>
    </message>
    <message>
        <source>open this document in the viewer</source>
        <translation>ouvrir ce document dans la visionneuse</translation>
    </message>
    <message>
        <source>with --open-document: page N</source>
        <translation>avec --open-document : page N</translation>
    </message>
    <message>
        <source>keep all data in DIR (as before the command)</source>
        <translation>conserver toutes les données dans DIR (comme avant la commande)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par une machine</translation>
    </message>
</context>
<context>
    <name>CliAsk</name>
    <message>
        <source>ask a question; the answer streams to stdout and is saved to your history</source>
        <translation>poser une question ; la réponse s&apos;affiche au fil de l&apos;eau sur stdout et est enregistrée dans votre historique</translation>
    </message>
    <message>
        <source>Ask a question. The answer streams to stdout as it arrives and is saved to the same history the app shows. Use - as the prompt to read it from stdin.</source>
        <translation>Poser une question. La réponse s&apos;affiche sur stdout à mesure qu&apos;elle arrive et est enregistrée dans le même historique que celui de l&apos;application. Utilisez - comme question pour la lire sur stdin.</translation>
    </message>
    <message>
        <source>the question (quote it)</source>
        <translation>la question (entre guillemets)</translation>
    </message>
    <message>
        <source>answer as this assistant (name or id); give it twice or more for a round: each answers in turn, seeing the answers before its own</source>
        <translation>répondre en tant que cet assistant (nom ou identifiant) ; indiquez-en deux ou plus pour un tour : chacun répond à son tour en voyant les réponses précédentes</translation>
    </message>
    <message>
        <source>with two or more --assistant: this assistant answers last, summing the round up</source>
        <translation>avec deux --assistant ou plus : cet assistant répond en dernier et résume le tour</translation>
    </message>
    <message>
        <source>override the model provider</source>
        <translation>remplacer le fournisseur du modèle</translation>
    </message>
    <message>
        <source>override the model</source>
        <translation>remplacer le modèle</translation>
    </message>
    <message>
        <source>address of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (implies --provider openai_compatible)</source>
        <translation>adresse d&apos;un serveur compatible OpenAI, par ex. http://127.0.0.1:11434/v1 (implique --provider openai_compatible)</translation>
    </message>
    <message>
        <source>add to this conversation instead of a new one</source>
        <translation>ajouter à cette conversation au lieu d&apos;en créer une nouvelle</translation>
    </message>
    <message>
        <source>search your documents and cite them (default: as the assistant says)</source>
        <translation>rechercher dans vos documents et les citer (par défaut : selon l&apos;assistant)</translation>
    </message>
    <message>
        <source>do not search your documents</source>
        <translation>ne pas rechercher dans vos documents</translation>
    </message>
    <message>
        <source>search only documents with this tag (repeatable; implies --documents)</source>
        <translation>rechercher uniquement dans les documents avec cette étiquette (répétable ; implique --documents)</translation>
    </message>
    <message>
        <source>let the model call tools (built-in and your MCP servers&apos;); in a terminal only read-only ones run</source>
        <translation>laisser le modèle appeler des outils (intégrés et ceux de vos serveurs MCP) ; dans un terminal, seuls ceux en lecture seule s&apos;exécutent</translation>
    </message>
    <message>
        <source>with --tools: also run tools that write or reach the network, without asking</source>
        <translation>avec --tools : exécuter aussi, sans demander, les outils qui écrivent ou accèdent au réseau</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>la question est vide</translation>
    </message>
    <message>
        <source>no assistant {name} (have: {names})</source>
        <translation>aucun assistant {name} (disponibles : {names})</translation>
    </message>
    <message>
        <source>--summarizer needs two or more --assistant</source>
        <translation>--summarizer nécessite au moins deux --assistant</translation>
    </message>
    <message>
        <source>{name} (summary)</source>
        <translation>{name} (synthèse)</translation>
    </message>
    <message>
        <source>(conversation {id})</source>
        <translation>(conversation {id})</translation>
    </message>
    <message>
        <source>its answer {state}.</source>
        <translation>sa réponse : {state}.</translation>
    </message>
    <message>
        <source>{name}: {why} The round stopped there; the answers so far are saved in conversation {id}.</source>
        <translation>{name} : {why} Le tour s&apos;est arrêté là ; les réponses obtenues sont enregistrées dans la conversation {id}.</translation>
    </message>
    <message>
        <source>not running {tool} ({risk}); add --approve-all to allow it.</source>
        <translation>{tool} n&apos;est pas exécuté ({risk}) ; ajoutez --approve-all pour l&apos;autoriser.</translation>
    </message>
    <message>
        <source>{error} Retrying…</source>
        <translation>{error} Nouvel essai…</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>the partial answer is saved in conversation {id} (marked {state}); Continue or Retry it in the app, or ask on with --conversation {id}.</source>
        <translation>la réponse partielle est enregistrée dans la conversation {id} (marquée {state}) ; poursuivez-la ou réessayez-la dans l&apos;application, ou continuez avec --conversation {id}.</translation>
    </message>
</context>
<context>
    <name>CliConflicts</name>
    <message>
        <source>versions kept from conflicting edits, and choosing</source>
        <translation>versions conservées lors de modifications en conflit, et le choix entre elles</translation>
    </message>
    <message>
        <source>every kept version here</source>
        <translation>toutes les versions conservées ici</translation>
    </message>
    <message>
        <source>a kept version beside the current</source>
        <translation>une version conservée à côté de l&apos;actuelle</translation>
    </message>
    <message>
        <source>the version&apos;s id (or its first characters)</source>
        <translation>l&apos;identifiant de la version (ou ses premiers caractères)</translation>
    </message>
    <message>
        <source>use the kept version (an edit that syncs)</source>
        <translation>utiliser la version conservée (une modification qui se synchronise)</translation>
    </message>
    <message>
        <source>keep the current value; set every kept version of it aside</source>
        <translation>garder la valeur actuelle ; écarter toutes ses versions conservées</translation>
    </message>
    <message>
        <source>delete this kept version only</source>
        <translation>supprimer uniquement cette version conservée</translation>
    </message>
    <message>
        <source>“{prefix}” names {count} versions: give more of the id</source>
        <translation>« {prefix} » désigne {count} versions : donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>no kept version {prefix} (see `conflicts list`)</source>
        <translation>aucune version conservée {prefix} (voir `conflicts list`)</translation>
    </message>
    <message>
        <source>No kept versions: nothing to choose.</source>
        <translation>Aucune version conservée : rien à choisir.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <source>kept version</source>
        <translation>version conservée</translation>
    </message>
    <message>
        <source>“{name}” uses the kept version now; it syncs as your edit.</source>
        <translation>« {name} » utilise maintenant la version conservée ; elle se synchronise comme votre modification.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” keeps its current value; %n kept version(s) set aside.</source>
        <translation>
            <numerusform>« {name} » garde sa valeur actuelle ; %n version conservée écartée.</numerusform>
            <numerusform>« {name} » garde sa valeur actuelle ; %n versions conservées écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept version of “{name}” is deleted.</source>
        <translation>La version conservée de « {name} » est supprimée.</translation>
    </message>
</context>
<context>
    <name>CliConversations</name>
    <message>
        <source>list, export, trash or restore conversations</source>
        <translation>lister, exporter, mettre à la corbeille ou restaurer des conversations</translation>
    </message>
    <message>
        <source>list conversations</source>
        <translation>lister les conversations</translation>
    </message>
    <message>
        <source>in titles and messages</source>
        <translation>dans les titres et les messages</translation>
    </message>
    <message>
        <source>list archived ones instead</source>
        <translation>lister plutôt les conversations archivées</translation>
    </message>
    <message>
        <source>list the ones in the trash instead</source>
        <translation>lister plutôt celles de la corbeille</translation>
    </message>
    <message>
        <source>export one conversation</source>
        <translation>exporter une conversation</translation>
    </message>
    <message>
        <source>the conversation&apos;s id (see `conversations list`)</source>
        <translation>l&apos;identifiant de la conversation (voir `conversations list`)</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>écrire dans FILE au lieu de stdout</translation>
    </message>
    <message>
        <source>move a conversation to the trash</source>
        <translation>mettre une conversation à la corbeille</translation>
    </message>
    <message>
        <source>bring a conversation back from the trash</source>
        <translation>récupérer une conversation de la corbeille</translation>
    </message>
    <message>
        <source>the conversation&apos;s id (see `conversations list --trash`)</source>
        <translation>l&apos;identifiant de la conversation (voir `conversations list --trash`)</translation>
    </message>
    <message>
        <source>{id} is already in the trash.</source>
        <translation>{id} est déjà dans la corbeille.</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>Il n&apos;y a pas de conversation {id}.</translation>
    </message>
    <message>
        <source>{id} is not in the trash.</source>
        <translation>{id} n&apos;est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Moved to the trash: {title} ({id})</source>
        <translation>Mise à la corbeille : {title} ({id})</translation>
    </message>
    <message>
        <source>Restored: {title} ({id})</source>
        <translation>Restaurée : {title} ({id})</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Nothing in the trash matches {text}.</source>
        <translation>Rien dans la corbeille ne correspond à {text}.</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>Aucune conversation.</translation>
    </message>
    <message>
        <source>No conversation mentions {text}.</source>
        <translation>Aucune conversation ne mentionne {text}.</translation>
    </message>
</context>
<context>
    <name>CliDocs</name>
    <message>
        <source>list documents, act on many</source>
        <translation>lister les documents, agir sur plusieurs à la fois</translation>
    </message>
    <message>
        <source>documents with their tags</source>
        <translation>les documents avec leurs étiquettes</translation>
    </message>
    <message>
        <source>list the trash instead</source>
        <translation>lister plutôt la corbeille</translation>
    </message>
    <message>
        <source>at most this many (0: all)</source>
        <translation>au plus ce nombre (0 : tous)</translation>
    </message>
    <message>
        <source>add TAG to documents</source>
        <translation>ajouter TAG à des documents</translation>
    </message>
    <message>
        <source>remove TAG from documents</source>
        <translation>retirer TAG de documents</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <translation>mettre à la corbeille</translation>
    </message>
    <message>
        <source>bring back from the trash</source>
        <translation>récupérer de la corbeille</translation>
    </message>
    <message>
        <source>zip files plus a manifest</source>
        <translation>fichiers zippés avec un manifeste</translation>
    </message>
    <message>
        <source>purge the trash for good</source>
        <translation>vider définitivement la corbeille</translation>
    </message>
    <message>
        <source>open a document in the app&apos;s viewer</source>
        <translation>ouvrir un document dans la visionneuse de l&apos;application</translation>
    </message>
    <message>
        <source>at page N (from 1)</source>
        <translation>à la page N (à partir de 1)</translation>
    </message>
    <message>
        <source>print a document&apos;s (page&apos;s) text</source>
        <translation>afficher le texte d&apos;un document (d&apos;une page)</translation>
    </message>
    <message>
        <source>only page N (OCR text for scans)</source>
        <translation>seulement la page N (texte OCR pour les numérisations)</translation>
    </message>
    <message>
        <source>save the first page as PNG</source>
        <translation>enregistrer la première page en PNG</translation>
    </message>
    <message>
        <source>only documents with tag T (repeat: with all of them)</source>
        <translation>seulement les documents avec l&apos;étiquette T (répété : avec toutes)</translation>
    </message>
    <message>
        <source>these documents</source>
        <translation>ces documents</translation>
    </message>
    <message>
        <source>every document (see --tag)</source>
        <translation>tous les documents (voir --tag)</translation>
    </message>
    <message>
        <source>No documents match.</source>
        <translation>Aucun document ne correspond.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Aucun document pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>Impossible d&apos;écrire {file} : {reason}.</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <source>import files and folders into the knowledge base</source>
        <translation>importer des fichiers et des dossiers dans la base de connaissances</translation>
    </message>
    <message>
        <source>Import PDF, Markdown, text, Word, HTML and source files (folders are searched recursively). Interrupted imports resume on the next run.</source>
        <translation>Importer des fichiers PDF, Markdown, texte, Word, HTML et du code source (les dossiers sont parcourus récursivement). Les importations interrompues reprennent à l&apos;exécution suivante.</translation>
    </message>
    <message>
        <source>files or folders to import</source>
        <translation>fichiers ou dossiers à importer</translation>
    </message>
    <message>
        <source>only finish imports that were interrupted</source>
        <translation>seulement terminer les importations interrompues</translation>
    </message>
    <message>
        <source>print the outcome as JSON</source>
        <translation>afficher le résultat en JSON</translation>
    </message>
    <message>
        <source>no progress line</source>
        <translation>pas de ligne de progression</translation>
    </message>
    <message>
        <source>name files or folders to import (or use --resume)</source>
        <translation>indiquez des fichiers ou dossiers à importer (ou utilisez --resume)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier import(s) are left to ConvoSphere, which is running.</source>
        <translation>
            <numerusform>%n importation précédente est laissée à ConvoSphere, qui est en cours d&apos;exécution.</numerusform>
            <numerusform>%n importations précédentes sont laissées à ConvoSphere, qui est en cours d&apos;exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n interrupted import(s)…</source>
        <translation>
            <numerusform>Reprise de %n importation interrompue…</numerusform>
            <numerusform>Reprise de %n importations interrompues…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n file(s) in those folders of kinds that cannot be imported.</source>
        <translation>
            <numerusform>%n fichier de ces dossiers est ignoré : ce type ne peut pas être importé.</numerusform>
            <numerusform>%n fichiers de ces dossiers sont ignorés : ces types ne peuvent pas être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to resume.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message>
        <source>import interrupted; run `convosphere import --resume` to go on.</source>
        <translation>importation interrompue ; lancez `convosphere import --resume` pour continuer.</translation>
    </message>
    <message>
        <source>Scanned pages were rendered with QtPdf: poppler (pdftoppm) is not installed (on Debian or Ubuntu: apt install poppler-utils).</source>
        <translation>Les pages numérisées ont été rendues avec QtPdf : poppler (pdftoppm) n&apos;est pas installé (sous Debian ou Ubuntu : apt install poppler-utils).</translation>
    </message>
    <message>
        <source>Importing {done} of {total} files · {pages} pages ({pages_rate}/s) · {chunks} chunks ({chunks_rate}/s)</source>
        <translation>Importation de {done} fichiers sur {total} · {pages} pages ({pages_rate}/s) · {chunks} segments ({chunks_rate}/s)</translation>
    </message>
    <message>
        <source>Imported {imported}, {duplicates} already in the library, {failed} failed.</source>
        <translation>Importés : {imported} ; déjà dans la bibliothèque : {duplicates} ; en échec : {failed}.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliInfo</name>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>data dir</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>device id</source>
        <translation>identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation>identifiant de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>show where the data lives and the schema version</source>
        <translation>afficher l&apos;emplacement des données et la version du schéma</translation>
    </message>
</context>
<context>
    <name>CliJobs</name>
    <message>
        <source>list, cancel or retry jobs</source>
        <translation>lister, annuler ou réessayer des tâches</translation>
    </message>
    <message>
        <source>jobs, newest first</source>
        <translation>les tâches, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>at most this many (50)</source>
        <translation>au plus ce nombre (50)</translation>
    </message>
    <message>
        <source>stop a job for good</source>
        <translation>arrêter définitivement une tâche</translation>
    </message>
    <message>
        <source>the job&apos;s id (see `jobs list`)</source>
        <translation>l&apos;identifiant de la tâche (voir `jobs list`)</translation>
    </message>
    <message>
        <source>run a failed or cancelled job&apos;s unfinished items again</source>
        <translation>relancer les éléments non terminés d&apos;une tâche en échec ou annulée</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Aucune tâche pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cancelled {title}.</source>
        <translation>Annulé : {title}.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message>
        <source>{title}: {state} ({done} of {total} done, {failed} failed)</source>
        <translation>{title} : {state} ({done} sur {total} terminés, {failed} en échec)</translation>
    </message>
</context>
<context>
    <name>CliKb</name>
    <message>
        <source>maintain the knowledge base</source>
        <translation>entretenir la base de connaissances</translation>
    </message>
    <message>
        <source>compare chunks, keyword index, vectors and files; --repair fixes what differs</source>
        <translation>comparer segments, index de mots-clés, vecteurs et fichiers ; --repair corrige les écarts</translation>
    </message>
    <message>
        <source>Run it when no import is running (an import in progress looks like drift).</source>
        <translation>Lancez-le quand aucune importation n&apos;est en cours (une importation en cours ressemble à un écart).</translation>
    </message>
    <message>
        <source>make the stores agree again</source>
        <translation>remettre les stockages en accord</translation>
    </message>
    <message>
        <source>The knowledge base is consistent.</source>
        <translation>La base de connaissances est cohérente.</translation>
    </message>
    <message>
        <source>Repaired: {problem}</source>
        <translation>Réparé : {problem}</translation>
    </message>
    <message>
        <source>Found: {problem}</source>
        <translation>Trouvé : {problem}</translation>
    </message>
    <message>
        <source>Run `convosphere kb check --repair` to fix this.</source>
        <translation>Lancez `convosphere kb check --repair` pour corriger cela.</translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message>
        <source>search the knowledge base (keywords and meaning)</source>
        <translation>rechercher dans la base de connaissances (mots-clés et sens)</translation>
    </message>
    <message>
        <source>Prints passages ranked by hybrid (keyword + vector) search, with document, page and score. `search history` lists the searches run on this device; `search --suggest PREFIX` lists suggestions for what has been typed.</source>
        <translation>Affiche les passages classés par recherche hybride (mots-clés + vecteurs), avec document, page et score. `search history` liste les recherches lancées sur cet appareil ; `search --suggest PREFIX` liste des suggestions pour ce qui a été saisi.</translation>
    </message>
    <message>
        <source>what to look for, or &quot;history&quot; for the search history</source>
        <translation>ce qu&apos;il faut rechercher, ou « history » pour l&apos;historique des recherches</translation>
    </message>
    <message>
        <source>what to look for (any text, even &quot;history&quot;)</source>
        <translation>ce qu&apos;il faut rechercher (n&apos;importe quel texte, même « history »)</translation>
    </message>
    <message>
        <source>list search suggestions for PREFIX and exit</source>
        <translation>lister les suggestions de recherche pour PREFIX et quitter</translation>
    </message>
    <message>
        <source>with history: forget every search</source>
        <translation>avec history : oublier toutes les recherches</translation>
    </message>
    <message>
        <source>only documents with this tag</source>
        <translation>seulement les documents avec cette étiquette</translation>
    </message>
    <message>
        <source>only documents of this type</source>
        <translation>seulement les documents de ce type</translation>
    </message>
    <message>
        <source>only this document id</source>
        <translation>seulement cet identifiant de document</translation>
    </message>
    <message>
        <source>imported on or after YYYY-MM-DD</source>
        <translation>importés le YYYY-MM-DD ou après</translation>
    </message>
    <message>
        <source>imported before YYYY-MM-DD</source>
        <translation>importés avant le YYYY-MM-DD</translation>
    </message>
    <message>
        <source>at most this many results (10; suggestions: 8; history: 100)</source>
        <translation>au plus ce nombre de résultats (10 ; suggestions : 8 ; historique : 100)</translation>
    </message>
    <message>
        <source>only the best passage of each document</source>
        <translation>seulement le meilleur passage de chaque document</translation>
    </message>
    <message>
        <source>(hybrid)</source>
        <translation>(par défaut : hybrid)</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>pas une date (YYYY-MM-DD) : {text}</translation>
    </message>
    <message>
        <source>say what to search for: convosphere search WORDS (or search history, or search --suggest PREFIX)</source>
        <translation>indiquez ce qu&apos;il faut rechercher : convosphere search WORDS (ou search history, ou search --suggest PREFIX)</translation>
    </message>
    <message>
        <source>Did you mean: {query}?</source>
        <translation>Vouliez-vous dire : {query} ?</translation>
    </message>
    <message>
        <source>No passages found.</source>
        <translation>Aucun passage trouvé.</translation>
    </message>
    <message>
        <source>No suggestions for “{prefix}”.</source>
        <translation>Aucune suggestion pour « {prefix} ».</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n search(es).</source>
        <translation>
            <numerusform>%n recherche oubliée.</numerusform>
            <numerusform>%n recherches oubliées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search history is off: searches are not recorded (setting “Remember searches”).</source>
        <translation>L&apos;historique des recherches est désactivé : les recherches ne sont pas enregistrées (paramètre « Mémoriser les recherches »).</translation>
    </message>
    <message>
        <source>No searches recorded.</source>
        <translation>Aucune recherche enregistrée.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
</context>
<context>
    <name>CliStates</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>streaming</source>
        <translation>en réception</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>writes locally</source>
        <translation>écrit localement</translation>
    </message>
    <message>
        <source>reaches the network</source>
        <translation>accède au réseau</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>sign in to a sync server, see its state, sync now</source>
        <translation>se connecter à un serveur de synchronisation, voir son état, synchroniser maintenant</translation>
    </message>
    <message>
        <source>sign this device in</source>
        <translation>connecter cet appareil</translation>
    </message>
    <message>
        <source>the server&apos;s address, e.g. https://sync.example.com</source>
        <translation>l&apos;adresse du serveur, par ex. https://sync.example.com</translation>
    </message>
    <message>
        <source>read the password from standard input (never from the command line)</source>
        <translation>lire le mot de passe sur l&apos;entrée standard (jamais sur la ligne de commande)</translation>
    </message>
    <message>
        <source>sign in with your company account in the system browser (single sign-on)</source>
        <translation>se connecter avec votre compte d&apos;entreprise dans le navigateur du système (authentification unique (SSO))</translation>
    </message>
    <message>
        <source>check the password against the company directory (LDAP); the server also does this by itself for the email domains it is set up for</source>
        <translation>vérifier le mot de passe auprès de l&apos;annuaire de l&apos;entreprise (LDAP) ; le serveur le fait aussi de lui-même pour les domaines de messagerie configurés</translation>
    </message>
    <message>
        <source>sign this device out</source>
        <translation>déconnecter cet appareil</translation>
    </message>
    <message>
        <source>where sync stands</source>
        <translation>état de la synchronisation</translation>
    </message>
    <message>
        <source>one push/pull round for every synced workspace</source>
        <translation>un tour d&apos;envoi et de réception pour chaque espace de travail synchronisé</translation>
    </message>
    <message>
        <source>Signed in to {server} as {email}.</source>
        <translation>Connecté à {server} en tant que {email}.</translation>
    </message>
    <message>
        <source>--sso signs in in the browser: leave out --email and --password-stdin</source>
        <translation>--sso se connecte dans le navigateur : omettez --email et --password-stdin</translation>
    </message>
    <message>
        <source>give --email E --password-stdin (or --sso to sign in in the browser)</source>
        <translation>indiquez --email E --password-stdin (ou --sso pour vous connecter dans le navigateur)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Opening your browser to sign in:</source>
        <translation>Ouverture de votre navigateur pour la connexion :</translation>
    </message>
    <message>
        <source>No browser could be opened here: open the address above yourself.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert ici : ouvrez vous-même l&apos;adresse ci-dessus.</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this device.</source>
        <translation>Déconnecté. Tout reste sur cet appareil.</translation>
    </message>
    <message>
        <source>Not signed in: this device keeps its data to itself.</source>
        <translation>Non connecté : cet appareil garde ses données pour lui.</translation>
    </message>
    <message>
        <source>this device only</source>
        <translation>cet appareil seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {when}</source>
        <translation>dernière synchronisation {when}</translation>
    </message>
    <message numerus="yes">
        <source>sent %n change(s)</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} refusée(s)</translation>
    </message>
    <message>
        <source>{workspace}: {sent}, received {pulled}; files up {up}, down {down}.</source>
        <translation>{workspace} : {sent}, {pulled} reçue(s) ; fichiers envoyés {up}, reçus {down}.</translation>
    </message>
    <message>
        <source>No workspace syncs yet: run `convosphere sync login URL --email E`.</source>
        <translation>Aucun espace de travail n&apos;est encore synchronisé : lancez `convosphere sync login URL --email E`.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>CliTags</name>
    <message>
        <source>list and edit tags</source>
        <translation>lister et modifier les étiquettes</translation>
    </message>
    <message>
        <source>every tag with its documents</source>
        <translation>toutes les étiquettes avec leurs documents</translation>
    </message>
    <message>
        <source>make a tag</source>
        <translation>créer une étiquette</translation>
    </message>
    <message>
        <source>#rrggbb (default: picked from the name)</source>
        <translation>#rrggbb (par défaut : choisie d&apos;après le nom)</translation>
    </message>
    <message>
        <source>give a tag a new name</source>
        <translation>renommer une étiquette</translation>
    </message>
    <message>
        <source>fold tags into another</source>
        <translation>fusionner des étiquettes dans une autre</translation>
    </message>
    <message>
        <source>delete a tag (documents are kept)</source>
        <translation>supprimer une étiquette (les documents sont conservés)</translation>
    </message>
    <message>
        <source>No tags yet. Make one with: convosphere tags create NAME</source>
        <translation>Aucune étiquette pour l&apos;instant. Créez-en une avec : convosphere tags create NAME</translation>
    </message>
    <message numerus="yes">
        <source>{count} document(s)</source>
        <translation>
            <numerusform>{count} document</numerusform>
            <numerusform>{count} documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Made the tag “{name}” ({color}).</source>
        <translation>Étiquette « {name} » créée ({color}).</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>« {old} » renommée en « {new} ».</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n tag(s) into “{name}”:</source>
        <translation>
            <numerusform>%n étiquette fusionnée dans « {name} » :</numerusform>
            <numerusform>%n étiquettes fusionnées dans « {name} » :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) moved</source>
        <translation>
            <numerusform>%n document déplacé</numerusform>
            <numerusform>%n documents déplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} already had it.</source>
        <translation>{count} l&apos;avaient déjà.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag “{name}”; it was removed from %n document(s).</source>
        <translation>
            <numerusform>Étiquette « {name} » supprimée ; elle a été retirée de %n document.</numerusform>
            <numerusform>Étiquette « {name} » supprimée ; elle a été retirée de %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message>
        <source>MCP servers and the tools the model may use</source>
        <translation>les serveurs MCP et les outils que le modèle peut utiliser</translation>
    </message>
    <message>
        <source>servers (started to list them) and their tools</source>
        <translation>les serveurs (démarrés pour les lister) et leurs outils</translation>
    </message>
    <message>
        <source>add a server: NAME -- COMMAND [ARGS...], or NAME --url URL</source>
        <translation>ajouter un serveur : NAME -- COMMAND [ARGS...], ou NAME --url URL</translation>
    </message>
    <message>
        <source>Add an MCP server started on this computer (convosphere tools add time -- uvx mcp-server-time) or reached over HTTP (convosphere tools add docs --url URL).</source>
        <translation>Ajouter un serveur MCP démarré sur cet ordinateur (convosphere tools add time -- uvx mcp-server-time) ou joint en HTTP (convosphere tools add docs --url URL).</translation>
    </message>
    <message>
        <source>after --</source>
        <translation>après --</translation>
    </message>
    <message>
        <source>the address of a streamable HTTP server</source>
        <translation>l&apos;adresse d&apos;un serveur HTTP streamable</translation>
    </message>
    <message>
        <source>kept in the secret store</source>
        <translation>conservé dans le coffre à secrets</translation>
    </message>
    <message>
        <source>an HTTP header (kept in the secret store)</source>
        <translation>un en-tête HTTP (conservé dans le coffre à secrets)</translation>
    </message>
    <message>
        <source>add the servers of an mcpServers JSON file</source>
        <translation>ajouter les serveurs d&apos;un fichier JSON mcpServers</translation>
    </message>
    <message>
        <source>a JSON file with an mcpServers object (- for stdin)</source>
        <translation>un fichier JSON avec un objet mcpServers (- pour stdin)</translation>
    </message>
    <message>
        <source>call a tool yourself</source>
        <translation>appeler un outil vous-même</translation>
    </message>
    <message>
        <source>a server name, or convosphere for a built-in tool</source>
        <translation>un nom de serveur, ou convosphere pour un outil intégré</translation>
    </message>
    <message>
        <source>the arguments, a JSON object</source>
        <translation>les arguments, un objet JSON</translation>
    </message>
    <message>
        <source>remove a server</source>
        <translation>retirer un serveur</translation>
    </message>
    <message>
        <source>Built-in tools (read-only):</source>
        <translation>Outils intégrés (lecture seule) :</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one with: convosphere tools add NAME -- COMMAND [ARGS...]</source>
        <translation>Aucun serveur MCP pour l&apos;instant. Ajoutez-en un avec : convosphere tools add NAME -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Give either a command (after --) or --url, not both.</source>
        <translation>Indiquez soit une commande (après --), soit --url, pas les deux.</translation>
    </message>
    <message>
        <source>Give the command after --, e.g. tools add time -- uvx mcp-server-time</source>
        <translation>Indiquez la commande après --, par ex. tools add time -- uvx mcp-server-time</translation>
    </message>
    <message numerus="yes">
        <source>Added the MCP server “{name}” ({target}); %n secret value(s) went to the secret store.</source>
        <translation>
            <numerusform>Serveur MCP « {name} » ajouté ({target}) ; %n valeur secrète a été placée dans le coffre à secrets.</numerusform>
            <numerusform>Serveur MCP « {name} » ajouté ({target}) ; %n valeurs secrètes ont été placées dans le coffre à secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the MCP server “{name}” ({target}).</source>
        <translation>Serveur MCP « {name} » ajouté ({target}).</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>« {name} » ajouté.</translation>
    </message>
    <message>
        <source>Skipped “{name}”: {reason}.</source>
        <translation>« {name} » ignoré : {reason}.</translation>
    </message>
    <message>
        <source>{tool} ended with an error.</source>
        <translation>{tool} s&apos;est terminé par une erreur.</translation>
    </message>
    <message>
        <source>Removed the MCP server “{name}” and its secrets.</source>
        <translation>Serveur MCP « {name} » et ses secrets retirés.</translation>
    </message>
    <message>
        <source>{flag} takes KEY=VALUE, not “{value}”.</source>
        <translation>{flag} attend KEY=VALUE, pas « {value} ».</translation>
    </message>
</context>
<context>
    <name>CliWorkspaces</name>
    <message>
        <source>list, choose, share or join workspaces</source>
        <translation>lister, choisir, partager ou rejoindre des espaces de travail</translation>
    </message>
    <message>
        <source>this device&apos;s workspaces</source>
        <translation>les espaces de travail de cet appareil</translation>
    </message>
    <message>
        <source>the workspace commands work in</source>
        <translation>l&apos;espace de travail où agissent les commandes</translation>
    </message>
    <message>
        <source>its name or id</source>
        <translation>son nom ou son identifiant</translation>
    </message>
    <message>
        <source>publish a workspace of this device to the sync server</source>
        <translation>publier un espace de travail de cet appareil sur le serveur de synchronisation</translation>
    </message>
    <message>
        <source>replicate a server workspace you are a member of</source>
        <translation>répliquer un espace de travail du serveur dont vous êtes membre</translation>
    </message>
    <message>
        <source>its name or id on the server</source>
        <translation>son nom ou son identifiant sur le serveur</translation>
    </message>
    <message>
        <source>no workspace called “{name}” on this device (see `workspaces list`)</source>
        <translation>aucun espace de travail nommé « {name} » sur cet appareil (voir `workspaces list`)</translation>
    </message>
    <message>
        <source>synced, id {id}</source>
        <translation>synchronisé, identifiant {id}</translation>
    </message>
    <message>
        <source>this device only, id {id}</source>
        <translation>cet appareil seulement, identifiant {id}</translation>
    </message>
    <message>
        <source>Commands now work in “{name}”.</source>
        <translation>Les commandes agissent maintenant dans « {name} ».</translation>
    </message>
    <message>
        <source>“{name}” is on the server now; `sync now` sends its contents.</source>
        <translation>« {name} » est maintenant sur le serveur ; `sync now` envoie son contenu.</translation>
    </message>
    <message>
        <source>“{name}” ({role}) will sync to this device; `sync now` fetches it.</source>
        <translation>« {name} » ({role}) se synchronisera sur cet appareil ; `sync now` le récupère.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos; : %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argument &quot;-&quot; avec le mode %r</translation>
    </message>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>%s argument attendu</numerusform>
            <numerusform>%s arguments attendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>option en conflit : %s</numerusform>
            <numerusform>options en conflit : %s</numerusform>
        </translation>
    </message>
</context>
</TS>
