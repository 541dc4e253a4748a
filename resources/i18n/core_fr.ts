<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag {documents} with “{tag}”</source>
        <translation>Étiqueter {documents} avec «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <source>“{job}” did not tag documents.</source>
        <translation>«&#xa0;{job}&#xa0;» n&apos;a pas étiqueté de documents.</translation>
    </message>
    <message>
        <source>Those documents already had the tag: nothing to undo.</source>
        <translation>Ces documents avaient déjà l&apos;étiquette : rien à annuler.</translation>
    </message>
    <message>
        <source>Undo: remove “{tag}” from {documents}</source>
        <translation>Annuler : retirer «&#xa0;{tag}&#xa0;» de {documents}</translation>
    </message>
    <message>
        <source>Remove “{tag}” from {documents}</source>
        <translation>Retirer «&#xa0;{tag}&#xa0;» de {documents}</translation>
    </message>
    <message>
        <source>These documents are already in the trash.</source>
        <translation>Ces documents sont déjà dans la corbeille.</translation>
    </message>
    <message>
        <source>Move {documents} to the trash</source>
        <translation>Mettre {documents} à la corbeille</translation>
    </message>
    <message>
        <source>None of these documents is in the trash.</source>
        <translation>Aucun de ces documents n&apos;est dans la corbeille.</translation>
    </message>
    <message>
        <source>Restore {documents} from the trash</source>
        <translation>Restaurer {documents} depuis la corbeille</translation>
    </message>
    <message>
        <source>“{job}” did not move documents to the trash.</source>
        <translation>«&#xa0;{job}&#xa0;» n&apos;a pas mis de documents à la corbeille.</translation>
    </message>
    <message>
        <source>Only documents in the trash can be deleted for good.</source>
        <translation>Seuls les documents de la corbeille peuvent être supprimés définitivement.</translation>
    </message>
    <message>
        <source>Delete {documents} for good</source>
        <translation>Supprimer définitivement {documents}</translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation>La corbeille est déjà vide.</translation>
    </message>
    <message>
        <source>Empty the trash ({documents})</source>
        <translation>Vider la corbeille ({documents})</translation>
    </message>
    <message>
        <source>Export to a file ending in .zip (not “{name}”).</source>
        <translation>Exportez vers un fichier se terminant par .zip (pas «&#xa0;{name}&#xa0;»).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Export {documents} to {name}</source>
        <translation>Exporter {documents} vers {name}</translation>
    </message>
    <message>
        <source>Reprocess {documents}</source>
        <translation>Retraiter {documents}</translation>
    </message>
    <message>
        <source>Reprocessing documents is not available in this version.</source>
        <translation>Le retraitement des documents n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Select at least one document first.</source>
        <translation>Sélectionnez d&apos;abord au moins un document.</translation>
    </message>
    <message>
        <source>This job item ({key}) is not a range of documents.</source>
        <translation>Cet élément de tâche ({key}) n&apos;est pas une plage de documents.</translation>
    </message>
    <message>
        <source>The tag “{tag}” was deleted while this job ran; make it again and retry.</source>
        <translation>L&apos;étiquette «&#xa0;{tag}&#xa0;» a été supprimée pendant l&apos;exécution de cette tâche ; recréez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The file of that version is no longer on this device.</source>
        <translation>Le fichier de cette version n&apos;est plus sur cet appareil.</translation>
    </message>
    <message>
        <source>(The file {sha}… is not on this device.)</source>
        <translation>(Le fichier {sha}… n&apos;est pas sur cet appareil.)</translation>
    </message>
    <message>
        <source>(A {type} file of {size}, {sha}…: its text shows once indexed.)</source>
        <translation>(Un fichier {type} de {size}, {sha}… : son texte s&apos;affichera une fois indexé.)</translation>
    </message>
    <message>
        <source>That version was already resolved.</source>
        <translation>Cette version a déjà été résolue.</translation>
    </message>
    <message>
        <source>The item that version belongs to is not in this workspace.</source>
        <translation>L&apos;élément auquel appartient cette version n&apos;est pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>No conflict versions are kept for {entity} items.</source>
        <translation>Aucune version en conflit n&apos;est conservée pour les éléments {entity}.</translation>
    </message>
    <message>
        <source>Index the chosen file</source>
        <translation>Indexer le fichier choisi</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Re-index</source>
        <translation>Réindexation</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Suppression de documents</translation>
    </message>
    <message>
        <source>Tag documents</source>
        <translation>Étiquetage de documents</translation>
    </message>
    <message>
        <source>Untag documents</source>
        <translation>Retrait d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <source>Restore from trash</source>
        <translation>Restauration depuis la corbeille</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Suppression définitive</translation>
    </message>
    <message>
        <source>Export documents</source>
        <translation>Exportation de documents</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportation de mes données</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Conversations started</source>
        <translation>Conversations commencées</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Aucune raison enregistrée</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database {path}: {error}</source>
        <translation>Impossible d&apos;ouvrir la base de données {path} : {error}</translation>
    </message>
    <message>
        <source>{path} is not a ConvoSphere database. Choose another data folder.</source>
        <translation>{path} n&apos;est pas une base de données ConvoSphere. Choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or not a database ({error}). Restore it from a backup, or move it aside to start afresh.</source>
        <translation>La base de données {path} est endommagée ou n&apos;en est pas une ({error}). Restaurez-la depuis une sauvegarde, ou déplacez-la pour repartir de zéro.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of ConvoSphere (schema {schema}; this version understands up to {head}). Update ConvoSphere to open it. Nothing was changed.</source>
        <translation>Ces données ont été écrites par une version plus récente de ConvoSphere (schéma {schema} ; cette version comprend jusqu&apos;à {head}). Mettez ConvoSphere à jour pour les ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not copy {name} into the library: {error}</source>
        <translation>Impossible de copier {name} dans la bibliothèque : {error}</translation>
    </message>
    <message>
        <source>A downloaded file did not match its checksum ({sha}…); it will be downloaded again.</source>
        <translation>Un fichier téléchargé ne correspondait pas à sa somme de contrôle ({sha}…) ; il sera téléchargé de nouveau.</translation>
    </message>
    <message>
        <source>Could not store downloaded files: {error}</source>
        <translation>Impossible d&apos;enregistrer les fichiers téléchargés : {error}</translation>
    </message>
</context>
<context>
    <name>LibraryExport</name>
    <message>
        <source>Could not write the export {path}: {error}</source>
        <translation>Impossible d&apos;écrire l&apos;export {path} : {error}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be exported: {names}.</source>
        <translation>
            <numerusform>%n document n&apos;a pas pu être exporté : {names}.</numerusform>
            <numerusform>%n documents n&apos;ont pas pu être exportés : {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>it was purged</source>
        <translation>il a été supprimé définitivement</translation>
    </message>
    <message>
        <source>its file is missing from the library</source>
        <translation>son fichier manque dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>The export was written to {path} without %n document(s) that could not be read (see the errors above); retry once they are fixed to add them.</source>
        <translation>
            <numerusform>L&apos;export a été écrit dans {path} sans %n document illisible (voir les erreurs ci-dessus) ; réessayez une fois le problème corrigé pour l&apos;ajouter.</numerusform>
            <numerusform>L&apos;export a été écrit dans {path} sans %n documents illisibles (voir les erreurs ci-dessus) ; réessayez une fois les problèmes corrigés pour les ajouter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Choose a full path for the export, not {path}.</source>
        <translation>Choisissez un chemin complet pour l&apos;export, pas {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place.</source>
        <translation>Le dossier {folder} n&apos;existe pas : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>ConvoSphere may not write to {folder}: choose another place.</source>
        <translation>ConvoSphere n&apos;a pas le droit d&apos;écrire dans {folder} : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Save the export outside ConvoSphere&apos;s data folder: deleting the local data would delete it too.</source>
        <translation>Enregistrez l&apos;export hors du dossier de données de ConvoSphere : supprimer les données locales le supprimerait aussi.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name.</source>
        <translation>{path} est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Export my data to {name}</source>
        <translation>Exporter mes données vers {name}</translation>
    </message>
    <message>
        <source>Could not write the export {path}: {error}</source>
        <translation>Impossible d&apos;écrire l&apos;export {path} : {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are missing from the library and are not in the export ({files}…).</source>
        <translation>
            <numerusform>%n fichier manque dans la bibliothèque et ne figure pas dans l&apos;export ({files}…).</numerusform>
            <numerusform>%n fichiers manquent dans la bibliothèque et ne figurent pas dans l&apos;export ({files}…).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export misses its {parts}: retry the job.</source>
        <translation>Il manque à l&apos;export : {parts}. Réessayez la tâche.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no secure keyring available</source>
        <translation>aucun trousseau sécurisé disponible</translation>
    </message>
    <message>
        <source>Saved {name} in the system keyring, but the older unencrypted copy in {path} could not be removed ({error}), so it is still the one used. Make {folder} writable, or delete the file, then save again.</source>
        <translation>{name} a été enregistré dans le trousseau du système, mais l&apos;ancienne copie non chiffrée dans {path} n&apos;a pas pu être supprimée ({error}) ; c&apos;est donc toujours elle qui est utilisée. Rendez {folder} accessible en écriture, ou supprimez le fichier, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>the system keyring failed: {reason}</source>
        <translation>le trousseau du système a échoué : {reason}</translation>
    </message>
    <message>
        <source>Could not save {name}: {failure}, and {problem}</source>
        <translation>Impossible d&apos;enregistrer {name} : {failure}, et {problem}</translation>
    </message>
    <message>
        <source>Could not remove {name} from {path} ({error}). Make {folder} writable, or delete the file by hand.</source>
        <translation>Impossible de retirer {name} de {path} ({error}). Rendez {folder} accessible en écriture, ou supprimez le fichier à la main.</translation>
    </message>
    <message>
        <source>Could not remove {name} from the system keyring ({reason}). Unlock the keyring and try again.</source>
        <translation>Impossible de retirer {name} du trousseau du système ({reason}). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>the system keyring was unavailable when it was saved</source>
        <translation>le trousseau du système n&apos;était pas disponible lors de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Not set (the system keyring could not be read: {reason})</source>
        <translation>Non défini (le trousseau du système n&apos;a pas pu être lu : {reason})</translation>
    </message>
    <message>
        <source>{override}. The value you entered is used once {variable} is unset. {stored}</source>
        <translation>{override}. La valeur saisie sera utilisée une fois {variable} supprimée. {stored}</translation>
    </message>
    <message>
        <source>it returned a different value than was stored</source>
        <translation>il a renvoyé une valeur différente de celle enregistrée</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({keyring})</source>
        <translation>Enregistré dans le trousseau du système ({keyring})</translation>
    </message>
    <message>
        <source>Stored unencrypted in {path} ({reason})</source>
        <translation>Enregistré sans chiffrement dans {path} ({reason})</translation>
    </message>
    <message>
        <source>Could not read {path} ({error}). Check that the file is readable by you.</source>
        <translation>Impossible de lire {path} ({error}). Vérifiez que vous avez le droit de lire ce fichier.</translation>
    </message>
    <message>
        <source>{path} {problem}. Fix it, or delete it and enter your keys again in Settings.</source>
        <translation>{path} {problem}. Corrigez-le, ou supprimez-le et saisissez de nouveau vos clés dans les Paramètres.</translation>
    </message>
    <message>
        <source>{folder} is a file where ConvoSphere needs its settings folder. Move or rename that file, then save again.</source>
        <translation>{folder} est un fichier, là où ConvoSphere a besoin de son dossier de paramètres. Déplacez ou renommez ce fichier, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}). Make sure {folder} is a folder you can write to and the disk is not full, then save again.</source>
        <translation>{path} n&apos;a pas pu être écrit ({error}). Vérifiez que {folder} est un dossier dans lequel vous pouvez écrire et que le disque n&apos;est pas plein, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Set by the environment variable {variable} (not editable here)</source>
        <translation>Défini par la variable d&apos;environnement {variable} (non modifiable ici)</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column})</source>
        <translation>n&apos;est pas un JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>should hold a JSON object of names to text values</source>
        <translation>devrait contenir un objet JSON associant des noms à des valeurs texte</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{label} must be on or off.</source>
        <translation>«&#xa0;{label}&#xa0;» doit être activé ou désactivé.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>La valeur de «&#xa0;{label}&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}.</source>
        <translation>La valeur de «&#xa0;{label}&#xa0;» doit être un nombre, pas {value}.</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}.</source>
        <translation>La valeur de «&#xa0;{label}&#xa0;» doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>La valeur de «&#xa0;{label}&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>La valeur de «&#xa0;{label}&#xa0;» doit être l&apos;une des suivantes : {choices}.</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Pas encore configuré</translation>
    </message>
    <message>
        <source>Local or OpenAI-compatible server (Ollama, LM Studio, llama.cpp)</source>
        <translation>Serveur local ou compatible OpenAI (Ollama, LM Studio, llama.cpp)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark mode, or pick one.</source>
        <translation>Suivre le mode clair ou sombre du système, ou en choisir un.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of menus, messages and the command line; follows the system unless you pick one. Takes effect when ConvoSphere restarts.</source>
        <translation>La langue des menus, des messages et de la ligne de commande ; suit le système, sauf si vous en choisissez une. Prend effet au redémarrage de ConvoSphere.</translation>
    </message>
    <message>
        <source>Touch-friendly</source>
        <translation>Adapté au tactile</translation>
    </message>
    <message>
        <source>Larger buttons, rows and check boxes, for touch screens and easier clicking.</source>
        <translation>Boutons, lignes et cases à cocher plus grands, pour les écrans tactiles et des clics plus faciles.</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Fournisseur du modèle</translation>
    </message>
    <message>
        <source>Where chat answers come from.</source>
        <translation>D&apos;où viennent les réponses du chat.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model to chat with, e.g. gpt-5-mini or llama3.2.</source>
        <translation>Le modèle avec lequel discuter, par ex. gpt-5-mini ou llama3.2.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 for Ollama.</source>
        <translation>URL de base d&apos;un serveur compatible OpenAI, par ex. http://127.0.0.1:11434/v1 pour Ollama.</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé d&apos;API OpenAI</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database.</source>
        <translation>Conservée dans le trousseau du système, jamais dans la base de données.</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé d&apos;API Anthropic</translation>
    </message>
    <message>
        <source>Local server API key</source>
        <translation>Clé d&apos;API du serveur local</translation>
    </message>
    <message>
        <source>Only if your local server asks for one. Kept in the system keyring.</source>
        <translation>Seulement si votre serveur local en demande une. Conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>How documents are turned into vectors for search; changing it re-embeds them in the background.</source>
        <translation>La façon dont les documents deviennent des vecteurs pour la recherche ; le changer recalcule leurs embeddings en arrière-plan.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>On this device (all-MiniLM-L6-v2, works offline)</source>
        <translation>Sur cet appareil (all-MiniLM-L6-v2, fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>OpenAI embeddings API</source>
        <translation>API d&apos;embeddings d&apos;OpenAI</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>Remember searches</source>
        <translation>Mémoriser les recherches</translation>
    </message>
    <message>
        <source>Keep the searches you run on this device, to suggest them as you type and list them in the search history. Off, nothing more is recorded.</source>
        <translation>Conserver les recherches que vous lancez sur cet appareil, pour les suggérer pendant la saisie et les lister dans l&apos;historique. Désactivé, plus rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Background jobs at once</source>
        <translation>Tâches simultanées en arrière-plan</translation>
    </message>
    <message>
        <source>How many background jobs (imports, bulk actions) run at the same time.</source>
        <translation>Nombre de tâches en arrière-plan (importations, actions groupées) exécutées en même temps.</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Travail en arrière-plan</translation>
    </message>
    <message>
        <source>Attempts per item</source>
        <translation>Tentatives par élément</translation>
    </message>
    <message>
        <source>How often a failing item of a job is tried before it is reported as failed.</source>
        <translation>Nombre d&apos;essais d&apos;un élément de tâche en échec avant qu&apos;il soit signalé comme échoué.</translation>
    </message>
    <message>
        <source>Let the model use tools</source>
        <translation>Autoriser le modèle à utiliser des outils</translation>
    </message>
    <message>
        <source>Offer the built-in tools and your MCP servers&apos; tools to the model in chat.</source>
        <translation>Proposer au modèle, dans le chat, les outils intégrés et ceux de vos serveurs MCP.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Tool approval</source>
        <translation>Approbation des outils</translation>
    </message>
    <message>
        <source>When a tool call waits for your answer. Servers you always allow never ask.</source>
        <translation>Quand un appel d&apos;outil attend votre réponse. Les serveurs que vous autorisez toujours ne demandent jamais.</translation>
    </message>
    <message>
        <source>Ask before anything that writes or reaches the network</source>
        <translation>Demander avant toute écriture ou tout accès au réseau</translation>
    </message>
    <message>
        <source>Ask before every call</source>
        <translation>Demander avant chaque appel</translation>
    </message>
    <message>
        <source>Tool steps per answer</source>
        <translation>Étapes d&apos;outils par réponse</translation>
    </message>
    <message>
        <source>How many rounds of tool calls one answer may make before it must reply.</source>
        <translation>Nombre de tours d&apos;appels d&apos;outils qu&apos;une réponse peut faire avant de devoir répondre.</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <source>At start, read the release feed below and say when a newer version is out. Nothing is downloaded unless you ask; off, the app sends nothing.</source>
        <translation>Au démarrage, lire le flux de versions ci-dessous et signaler la sortie d&apos;une version plus récente. Rien n&apos;est téléchargé sans votre demande ; désactivé, l&apos;application n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Release feed</source>
        <translation>Flux de versions</translation>
    </message>
    <message>
        <source>The https:// address of the release feed the update check reads.</source>
        <translation>L&apos;adresse https:// du flux de versions que lit la recherche de mises à jour.</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Serveur de synchronisation</translation>
    </message>
    <message>
        <source>The team or personal server this device syncs with (empty: this device only).</source>
        <translation>Le serveur d&apos;équipe ou personnel avec lequel cet appareil se synchronise (vide : cet appareil seulement).</translation>
    </message>
    <message>
        <source>Account &amp; sync</source>
        <translation>Compte et synchronisation</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>The account this device syncs as.</source>
        <translation>Le compte sous lequel cet appareil se synchronise.</translation>
    </message>
    <message>
        <source>Sync session</source>
        <translation>Session de synchronisation</translation>
    </message>
    <message>
        <source>This device&apos;s session with the sync server.</source>
        <translation>La session de cet appareil avec le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Current workspace</source>
        <translation>Espace de travail actuel</translation>
    </message>
    <message>
        <source>The workspace the app and the CLI open.</source>
        <translation>L&apos;espace de travail qu&apos;ouvrent l&apos;application et la ligne de commande.</translation>
    </message>
    <message>
        <source>First run done</source>
        <translation>Premier lancement effectué</translation>
    </message>
    <message>
        <source>Whether the welcome dialog was shown.</source>
        <translation>Si la fenêtre de bienvenue a été affichée.</translation>
    </message>
    <message>
        <source>Sidebar collapsed</source>
        <translation>Barre latérale réduite</translation>
    </message>
    <message>
        <source>Whether the page list shows icons only.</source>
        <translation>Si la liste des pages n&apos;affiche que des icônes.</translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation>Géométrie de la fenêtre</translation>
    </message>
    <message>
        <source>Where the main window was, as Qt saved it.</source>
        <translation>L&apos;emplacement de la fenêtre principale, tel que Qt l&apos;a enregistré.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>Aucun paramètre ne s&apos;appelle {key}.</translation>
    </message>
    <message>
        <source>{label} is not stored on this device.</source>
        <translation>«&#xa0;{label}&#xa0;» n&apos;est pas enregistré sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>{title}, p. {page}</source>
        <translation>{title}, p. {page}</translation>
    </message>
    <message>
        <source>{title}, pp. {first}–{last}</source>
        <translation>{title}, p. {first}–{last}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server did not resume the download where it stopped.</source>
        <translation>Le serveur n&apos;a pas repris le téléchargement là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer stopped part-way.</source>
        <translation>La réponse du serveur de synchronisation s&apos;est interrompue en cours de route.</translation>
    </message>
    <message>
        <source>The sync server at {url} stopped answering ({error}). What arrived is kept; the rest comes next time.</source>
        <translation>Le serveur de synchronisation à l&apos;adresse {url} ne répond plus ({error}). Ce qui est arrivé est conservé ; le reste viendra la prochaine fois.</translation>
    </message>
    <message>
        <source>The sync server at {url} cannot be reached ({error}). Your changes are kept and go when it can.</source>
        <translation>Le serveur de synchronisation à l&apos;adresse {url} est injoignable ({error}). Vos modifications sont conservées et partiront dès que possible.</translation>
    </message>
    <message>
        <source>The sync server ended this device&apos;s session: {detail} Sign in again.</source>
        <translation>Le serveur de synchronisation a mis fin à la session de cet appareil : {detail} Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sync server refused: {detail}</source>
        <translation>Le serveur de synchronisation a refusé : {detail}</translation>
    </message>
    <message>
        <source>The sync server has no such thing: {detail}</source>
        <translation>Le serveur de synchronisation ne connaît pas cet élément : {detail}</translation>
    </message>
    <message>
        <source>The sync server had a problem ({status}): {detail}</source>
        <translation>Le serveur de synchronisation a rencontré un problème ({status}) : {detail}</translation>
    </message>
    <message>
        <source>The sync server refused the request ({status}): {detail}</source>
        <translation>Le serveur de synchronisation a refusé la requête ({status}) : {detail}</translation>
    </message>
    <message>
        <source>This device is not signed in to a sync server: run `sync login`.</source>
        <translation>Cet appareil n&apos;est connecté à aucun serveur de synchronisation : lancez `sync login`.</translation>
    </message>
    <message>
        <source>This device&apos;s workspace “{name}” now syncs.</source>
        <translation>L&apos;espace de travail «&#xa0;{name}&#xa0;» de cet appareil est maintenant synchronisé.</translation>
    </message>
    <message>
        <source>This device now opens your synced workspace “{name}”. What was on this device before stays in “{local}” (`workspaces use` switches).</source>
        <translation>Cet appareil ouvre maintenant votre espace de travail synchronisé «&#xa0;{name}&#xa0;». Ce qui se trouvait auparavant sur cet appareil reste dans «&#xa0;{local}&#xa0;» (`workspaces use` permet de changer).</translation>
    </message>
    <message>
        <source>You are not a member of a workspace called “{name}”.</source>
        <translation>Vous n&apos;êtes membre d&apos;aucun espace de travail nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>You are no longer a member of “{name}” on the sync server (you were removed, or it was deleted), so it no longer syncs on this device. What it holds here stays.</source>
        <translation>Vous n&apos;êtes plus membre de «&#xa0;{name}&#xa0;» sur le serveur de synchronisation (vous en avez été retiré, ou il a été supprimé) : il n&apos;est donc plus synchronisé sur cet appareil. Son contenu ici est conservé.</translation>
    </message>
    <message>
        <source>Index {documents} from sync</source>
        <translation>Indexer {documents} reçus par synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>You can only read this workspace: your change was undone.</source>
        <translation>Vous pouvez seulement lire cet espace de travail : votre modification a été annulée.</translation>
    </message>
    <message>
        <source>This device&apos;s clock is ahead of the server&apos;s: set the right time.</source>
        <translation>L&apos;horloge de cet appareil est en avance sur celle du serveur : réglez l&apos;heure correcte.</translation>
    </message>
    <message>
        <source>The server refused a change.</source>
        <translation>Le serveur a refusé une modification.</translation>
    </message>
    <message>
        <source>No answer from the browser within {minutes} minutes: the sign-in was not finished. Try again.</source>
        <translation>Aucune réponse du navigateur en {minutes} minutes : la connexion n&apos;a pas abouti. Réessayez.</translation>
    </message>
    <message>
        <source>Single sign-on was cancelled.</source>
        <translation>L&apos;authentification unique (SSO) a été annulée.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address only takes the sign-in.</source>
        <translation>Cette adresse ne sert qu&apos;à la connexion.</translation>
    </message>
    <message>
        <source>Already answered</source>
        <translation>Déjà répondu</translation>
    </message>
    <message>
        <source>This sign-in is already over.</source>
        <translation>Cette connexion est déjà terminée.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You can close this tab and go back to ConvoSphere.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à ConvoSphere.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in (state mismatch), so it was ignored. Start the sign-in again.</source>
        <translation>Le navigateur a renvoyé une réponse qui n&apos;appartient pas à cette connexion (state différent) ; elle a été ignorée. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Single sign-on failed: {reason}</source>
        <translation>Échec de l&apos;authentification unique (SSO) : {reason}</translation>
    </message>
    <message>
        <source>The browser came back without a sign-in code.</source>
        <translation>Le navigateur est revenu sans code de connexion.</translation>
    </message>
    <message>
        <source>Download {files} from sync ({size})</source>
        <translation>Télécharger {files} depuis la synchronisation ({size})</translation>
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
    <name>Tags</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>Tag names cannot contain control characters.</source>
        <translation>Les noms d&apos;étiquettes ne peuvent pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Tag names cannot contain commas (commas separate tags as you type).</source>
        <translation>Les noms d&apos;étiquettes ne peuvent pas contenir de virgules (elles séparent les étiquettes pendant la saisie).</translation>
    </message>
    <message>
        <source>Tag names can be at most {limit} characters; “{name}…” has {length}.</source>
        <translation>Les noms d&apos;étiquettes font au plus {limit} caractères ; «&#xa0;{name}…&#xa0;» en a {length}.</translation>
    </message>
    <message>
        <source>“{color}” is not a colour; use #rrggbb, for example #4e79a7.</source>
        <translation>«&#xa0;{color}&#xa0;» n&apos;est pas une couleur ; utilisez #rrggbb, par exemple #4e79a7.</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists.</source>
        <translation>Une étiquette nommée «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>A tag named “{name}” already exists; merge the two tags instead.</source>
        <translation>Une étiquette nommée «&#xa0;{name}&#xa0;» existe déjà ; fusionnez plutôt les deux étiquettes.</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into “{name}”.</source>
        <translation>Choisissez au moins une autre étiquette à fusionner dans «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no tag named “{name}”.</source>
        <translation>Il n&apos;existe aucune étiquette nommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>A tag&apos;s description can be at most {limit} characters.</source>
        <translation>La description d&apos;une étiquette fait au plus {limit} caractères.</translation>
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
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>The release feed names the version {version}, not like 1.2.3.</source>
        <translation>Le flux de versions indique la version {version}, pas au format 1.2.3.</translation>
    </message>
    <message>
        <source>The release feed must be an https:// address, not {url}.</source>
        <translation>Le flux de versions doit être une adresse https://, pas {url}.</translation>
    </message>
    <message>
        <source>The release feed is not JSON.</source>
        <translation>Le flux de versions n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The release feed has no version.</source>
        <translation>Le flux de versions n&apos;indique aucune version.</translation>
    </message>
    <message>
        <source>The release feed has no download page address.</source>
        <translation>Le flux de versions n&apos;indique aucune adresse de page de téléchargement.</translation>
    </message>
    <message>
        <source>The release feed answered HTTP {status}.</source>
        <translation>Le flux de versions a répondu HTTP {status}.</translation>
    </message>
    <message>
        <source>The release feed is too large to be a feed.</source>
        <translation>Le flux de versions est trop volumineux pour en être un.</translation>
    </message>
    <message>
        <source>Could not reach the release feed: {error}</source>
        <translation>Impossible de joindre le flux de versions : {error}</translation>
    </message>
    <message>
        <source>Update checks are on but no release feed address is set.</source>
        <translation>La recherche de mises à jour est activée, mais aucune adresse de flux de versions n&apos;est définie.</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
</context>
</TS>
