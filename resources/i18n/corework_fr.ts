<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Assistants</name>
    <message>
        <source>General assistant</source>
        <translation>Assistant général</translation>
    </message>
    <message>
        <source>You are a helpful, precise assistant. Answer in Markdown; keep answers as short as the question allows. When you are not sure, say so.</source>
        <translation>Tu es un assistant serviable et précis. Réponds en Markdown ; fais des réponses aussi courtes que la question le permet. Quand tu n&apos;es pas sûr, dis-le.</translation>
    </message>
    <message>
        <source>Writing editor</source>
        <translation>Correcteur de textes</translation>
    </message>
    <message>
        <source>You are a careful editor. Improve clarity, grammar and flow while keeping the author&apos;s voice, and explain any significant change in one line.</source>
        <translation>Tu es un correcteur attentif. Améliore la clarté, la grammaire et la fluidité tout en respectant la voix de l&apos;auteur, et explique chaque modification importante en une ligne.</translation>
    </message>
    <message>
        <source>Code helper</source>
        <translation>Aide à la programmation</translation>
    </message>
    <message>
        <source>You are an experienced programmer. Give working code in fenced code blocks that name their language, explain it briefly, and point out pitfalls.</source>
        <translation>Tu es un programmeur expérimenté. Donne du code fonctionnel dans des blocs de code qui indiquent leur langage, explique-le brièvement et signale les pièges.</translation>
    </message>
    <message>
        <source>Research with my documents</source>
        <translation>Recherche dans mes documents</translation>
    </message>
    <message>
        <source>Answer from the numbered passages of the user&apos;s documents and cite them as [1], [2]. If the passages do not answer the question, say so plainly.</source>
        <translation>Réponds à partir des passages numérotés des documents de l&apos;utilisateur et cite-les sous la forme [1], [2]. Si les passages ne répondent pas à la question, dis-le clairement.</translation>
    </message>
    <message>
        <source>That assistant no longer exists.</source>
        <translation>Cet assistant n&apos;existe plus.</translation>
    </message>
    <message>
        <source>An assistant needs a name.</source>
        <translation>Un assistant doit avoir un nom.</translation>
    </message>
    <message>
        <source>An assistant&apos;s name can be at most {count} characters.</source>
        <translation>Le nom d&apos;un assistant ne peut pas dépasser {count} caractères.</translation>
    </message>
    <message>
        <source>Unknown model provider “{name}”.</source>
        <translation>Fournisseur de modèles inconnu « {name} ».</translation>
    </message>
    <message>
        <source>Temperature must be between 0 and 2.</source>
        <translation>La température doit être comprise entre 0 et 2.</translation>
    </message>
    <message>
        <source>Max tokens must be a positive number.</source>
        <translation>Le nombre maximal de tokens doit être un nombre positif.</translation>
    </message>
</context>
<context>
    <name>BuiltinTools</name>
    <message>
        <source>“{title}” has no text on page {page}.</source>
        <translation>« {title} » n&apos;a pas de texte à la page {page}.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known IANA time zone.</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire IANA connu.</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>Rechercher dans mes documents</translation>
    </message>
    <message>
        <source>Hybrid keyword and semantic search over the user&apos;s documents; returns numbered passages with title and page to cite.</source>
        <translation>Recherche hybride par mots-clés et sémantique dans les documents de l&apos;utilisateur ; renvoie des passages numérotés avec titre et page à citer.</translation>
    </message>
    <message>
        <source>Read a document page</source>
        <translation>Lire une page de document</translation>
    </message>
    <message>
        <source>The text of one page of a document (by its document_id from search results).</source>
        <translation>Le texte d&apos;une page d&apos;un document (d&apos;après son document_id issu des résultats de recherche).</translation>
    </message>
    <message>
        <source>List tags</source>
        <translation>Lister les étiquettes</translation>
    </message>
    <message>
        <source>The tags of the user&apos;s documents, with how many documents each has.</source>
        <translation>Les étiquettes des documents de l&apos;utilisateur, avec le nombre de documents de chacune.</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Heure actuelle</translation>
    </message>
    <message>
        <source>The current date and time, in the user&apos;s time zone or an IANA zone.</source>
        <translation>La date et l&apos;heure actuelles, dans le fuseau horaire de l&apos;utilisateur ou un fuseau IANA.</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Calculatrice</translation>
    </message>
    <message>
        <source>Evaluate an arithmetic expression: numbers, + - * / // % ** ( ), sqrt, log, exp, sin, cos, tan, abs, round, floor, ceil, min, max, pi, e.</source>
        <translation>Évalue une expression arithmétique : nombres, + - * / // % ** ( ), sqrt, log, exp, sin, cos, tan, abs, round, floor, ceil, min, max, pi, e.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <source>The expression is empty.</source>
        <translation>L&apos;expression est vide.</translation>
    </message>
    <message>
        <source>The expression is longer than {count} characters.</source>
        <translation>L&apos;expression dépasse {count} caractères.</translation>
    </message>
    <message>
        <source>“{expression}” is not an arithmetic expression.</source>
        <translation>« {expression} » n&apos;est pas une expression arithmétique.</translation>
    </message>
    <message>
        <source>“{expression}” cannot be computed: {reason}.</source>
        <translation>« {expression} » ne peut pas être calculé : {reason}.</translation>
    </message>
    <message>
        <source>Exponents above {limit} are not computed.</source>
        <translation>Les exposants supérieurs à {limit} ne sont pas calculés.</translation>
    </message>
    <message>
        <source>Only numbers, + - * / // % ** ( ), and {names} are allowed.</source>
        <translation>Seuls les nombres, + - * / // % ** ( ) et {names} sont autorisés.</translation>
    </message>
    <message>
        <source>The result is not a real number.</source>
        <translation>Le résultat n&apos;est pas un nombre réel.</translation>
    </message>
    <message>
        <source>The result is too large.</source>
        <translation>Le résultat est trop grand.</translation>
    </message>
</context>
<context>
    <name>ChatErrors</name>
    <message>
        <source>{label} took too long to answer. Check your connection, or that the local model server is running, and try again.</source>
        <translation>{label} a mis trop de temps à répondre. Vérifiez votre connexion, ou que le serveur de modèles local fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>{label} took too long to answer. Check your connection and try again.</source>
        <translation>{label} a mis trop de temps à répondre. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The connection to {where} failed. Check your network connection, or that the local model server is running, and try again.</source>
        <translation>Échec de la connexion ({where}). Vérifiez votre connexion réseau, ou que le serveur de modèles local fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to {where} failed. Check your network connection and try again.</source>
        <translation>Échec de la connexion ({where}). Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong talking to {label} ({error}). The details are in the log file.</source>
        <translation>Une erreur inattendue s&apos;est produite en communiquant avec {label} ({error}). Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <source>{label} sent a response ConvoSphere could not read. Try again; if it keeps happening, the server software may need an update.</source>
        <translation>{label} a envoyé une réponse que ConvoSphere n&apos;a pas pu lire. Réessayez ; si cela se reproduit, le logiciel du serveur a peut-être besoin d&apos;une mise à jour.</translation>
    </message>
    <message>
        <source>{label} sent a response ConvoSphere could not read. Try again; if it keeps happening, the server may need an update.</source>
        <translation>{label} a envoyé une réponse que ConvoSphere n&apos;a pas pu lire. Réessayez ; si cela se reproduit, le serveur a peut-être besoin d&apos;une mise à jour.</translation>
    </message>
    <message>
        <source>What arrived is kept: Continue picks up where it stopped, or Retry asks again.</source>
        <translation>Ce qui est arrivé est conservé : « Continuer » reprend là où la réponse s&apos;est arrêtée, « Réessayer » repose la question.</translation>
    </message>
    <message>
        <source>The connection to {where} ended before the answer was finished.</source>
        <translation>La connexion ({where}) s&apos;est terminée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The connection to {where} dropped before the answer was finished.</source>
        <translation>La connexion ({where}) a été coupée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>{label} rejected the API key ({status}). Check the key in {where}.</source>
        <translation>{label} a refusé la clé d&apos;API ({status}). Vérifiez la clé dans {where}.</translation>
    </message>
    <message>
        <source>{label} does not allow this API key to do that ({status}). Check the key in {where}.</source>
        <translation>{label} n&apos;autorise pas cette clé d&apos;API à faire cela ({status}). Vérifiez la clé dans {where}.</translation>
    </message>
    <message>
        <source>Settings → Chat (local server key)</source>
        <translation>Paramètres → Chat (clé du serveur local)</translation>
    </message>
    <message>
        <source>Settings → Chat</source>
        <translation>Paramètres → Chat</translation>
    </message>
    <message>
        <source>Your {label} account has run out of credit. Add credit or choose another provider, then try again.</source>
        <translation>Le crédit de votre compte est épuisé ({label}). Ajoutez du crédit ou choisissez un autre fournisseur, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>{label} is limiting how fast requests can be made. Try again in %n second(s).</source>
        <translation>
            <numerusform>{label} limite la fréquence des requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>{label} limite la fréquence des requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} is limiting how fast requests can be made. Try again in a moment.</source>
        <translation>{label} limite la fréquence des requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{label} has no model called “{model}”. Choose another model for this conversation or its assistant.</source>
        <translation>{label} n&apos;a pas de modèle nommé « {model} ». Choisissez un autre modèle pour cette conversation ou son assistant.</translation>
    </message>
    <message>
        <source>{where} has no chat endpoint (404). Check the server address in Settings → Chat; for local servers it usually ends in /v1.</source>
        <translation>{where} n&apos;a pas de point d&apos;accès de chat (404). Vérifiez l&apos;adresse du serveur dans Paramètres → Chat ; pour les serveurs locaux, elle se termine généralement par /v1.</translation>
    </message>
    <message>
        <source>This conversation is too long for {model}. Start a new conversation, or choose a model with a larger context window.</source>
        <translation>Cette conversation est trop longue pour {model}. Commencez une nouvelle conversation ou choisissez un modèle avec une fenêtre de contexte plus grande.</translation>
    </message>
    <message>
        <source>{label} timed out waiting for the request. Try again.</source>
        <translation>{label} a dépassé le délai d&apos;attente de la requête. Réessayez.</translation>
    </message>
    <message>
        <source>{label} had a server error ({status}). This is usually temporary: try again in a minute.</source>
        <translation>{label} a rencontré une erreur serveur ({status}). C&apos;est généralement temporaire : réessayez dans une minute.</translation>
    </message>
    <message>
        <source>{label} refused the request ({status}): “{said}”.</source>
        <translation>{label} a refusé la requête ({status}) : « {said} ».</translation>
    </message>
    <message>
        <source>{label} refused the request ({status}).</source>
        <translation>{label} a refusé la requête ({status}).</translation>
    </message>
    <message>
        <source>{label} at {address}</source>
        <translation>{label} à l&apos;adresse {address}</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Un message vide ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The {label} client could not be loaded ({error}). Reinstalling ConvoSphere may help.</source>
        <translation>Le client ({label}) n&apos;a pas pu être chargé ({error}). Réinstaller ConvoSphere peut aider.</translation>
    </message>
</context>
<context>
    <name>ChatExport</name>
    <message>
        <source>Interrupted: this answer is incomplete.</source>
        <translation>Interrompue : cette réponse est incomplète.</translation>
    </message>
    <message>
        <source>Stopped: this answer is incomplete.</source>
        <translation>Arrêtée : cette réponse est incomplète.</translation>
    </message>
    <message>
        <source>Still being written when exported.</source>
        <translation>Encore en cours de rédaction lors de l&apos;export.</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Pas de réponse.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Exported {when}</source>
        <translation>Exporté le {when}</translation>
    </message>
    <message>
        <source>{names}; summarised by {name}</source>
        <translation>{names} ; synthèse par {name}</translation>
    </message>
    <message>
        <source>Assistants: {names}</source>
        <translation>Assistants : {names}</translation>
    </message>
    <message>
        <source>Assistant: {name}</source>
        <translation>Assistant : {name}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>{name}, summary</source>
        <translation>{name}, synthèse</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Assistant supprimé</translation>
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
        <translation>{time} jusqu&apos;au premier token</translation>
    </message>
    <message>
        <source>{value} tokens/s</source>
        <translation>{value} tokens/s</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>free (local)</source>
        <translation>gratuit (local)</translation>
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
        <translation>Aucun fournisseur de modèles n&apos;est encore configuré. Choisissez OpenAI, Anthropic ou un serveur local dans Paramètres → Chat.</translation>
    </message>
    <message>
        <source>No model is chosen for {label}. Enter one in Settings → Chat, or pick one for this conversation.</source>
        <translation>Aucun modèle choisi ({label}). Saisissez-en un dans Paramètres → Chat, ou choisissez-en un pour cette conversation.</translation>
    </message>
    <message>
        <source>The local server&apos;s address is not set. Enter it in Settings → Chat, e.g. http://127.0.0.1:11434/v1 for Ollama.</source>
        <translation>L&apos;adresse du serveur local n&apos;est pas définie. Saisissez-la dans Paramètres → Chat, par ex. http://127.0.0.1:11434/v1 pour Ollama.</translation>
    </message>
    <message>
        <source>There is no {label} API key yet. Add it in Settings → Chat.</source>
        <translation>Il n&apos;y a pas encore de clé d&apos;API pour {label}. Ajoutez-la dans Paramètres → Chat.</translation>
    </message>
    <message>
        <source>No API key needed.</source>
        <translation>Aucune clé d&apos;API nécessaire.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>There is no conversation {id}.</source>
        <translation>Il n&apos;y a pas de conversation {id}.</translation>
    </message>
    <message>
        <source>There is no conversation {id} in the trash.</source>
        <translation>Il n&apos;y a pas de conversation {id} dans la corbeille.</translation>
    </message>
    <message>
        <source>There is no message {id}.</source>
        <translation>Il n&apos;y a pas de message {id}.</translation>
    </message>
    <message>
        <source>ConvoSphere closed before this answer was finished. What arrived is kept: Continue picks up where it stopped.</source>
        <translation>ConvoSphere s&apos;est fermé avant la fin de cette réponse. Ce qui est arrivé est conservé : « Continuer » reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>ConvoSphere closed before any of this answer arrived. Retry asks again.</source>
        <translation>ConvoSphere s&apos;est fermé avant l&apos;arrivée de cette réponse. « Réessayer » repose la question.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>No document has the id “{id}”: it may have been deleted. `convosphere docs list` shows the ids.</source>
        <translation>Aucun document n&apos;a l&apos;identifiant « {id} » : il a peut-être été supprimé. `convosphere docs list` affiche les identifiants.</translation>
    </message>
    <message>
        <source>The stored copy of “{title}” is missing from the library; import the file again.</source>
        <translation>La copie enregistrée de « {title} » est absente de la bibliothèque ; importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>“{title}” has pages 1–{count}, not {page}.</source>
        <translation>« {title} » a les pages 1–{count}, pas {page}.</translation>
    </message>
    <message>
        <source>“{title}” cannot be read: {reason}.</source>
        <translation>« {title} » ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>The first page of “{title}” cannot be rendered ({reason}).</source>
        <translation>La première page de « {title} » ne peut pas être affichée ({reason}).</translation>
    </message>
    <message>
        <source>“{title}” is not a readable image.</source>
        <translation>« {title} » n&apos;est pas une image lisible.</translation>
    </message>
    <message>
        <source>Could not save “{title}” to {path}: {reason}.</source>
        <translation>Impossible d&apos;enregistrer « {title} » dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>“{title}” has no pages to export: save a copy instead.</source>
        <translation>« {title} » n&apos;a pas de pages à exporter : enregistrez plutôt une copie.</translation>
    </message>
    <message>
        <source>“{title}” has pages 1–{count}; choose a range within them.</source>
        <translation>« {title} » a les pages 1–{count} ; choisissez une plage comprise entre elles.</translation>
    </message>
    <message>
        <source>Could not export pages of “{title}”: {reason}.</source>
        <translation>Impossible d&apos;exporter les pages de « {title} » : {reason}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>“{title}” has no page {page}.</source>
        <translation>« {title} » n&apos;a pas de page {page}.</translation>
    </message>
</context>
<context>
    <name>Embedding</name>
    <message>
        <source>A file of the on-device embedding model is missing ({path}); reinstall ConvoSphere.</source>
        <translation>Un fichier du modèle d&apos;embeddings local est absent ({path}) ; réinstallez ConvoSphere.</translation>
    </message>
    <message>
        <source>A file of the on-device embedding model is damaged ({path}: its checksum does not match); reinstall ConvoSphere.</source>
        <translation>Un fichier du modèle d&apos;embeddings local est endommagé ({path} : sa somme de contrôle ne correspond pas) ; réinstallez ConvoSphere.</translation>
    </message>
    <message>
        <source>The embedding server did not answer ({error}). Check the embedding model in Settings, or switch back to the on-device model.</source>
        <translation>Le serveur d&apos;embeddings n&apos;a pas répondu ({error}). Vérifiez le modèle d&apos;embeddings dans les Paramètres, ou revenez au modèle local.</translation>
    </message>
    <message>
        <source>The OpenAI embedding model needs an OpenAI API key: add it in Settings, or choose the on-device model.</source>
        <translation>Le modèle d&apos;embeddings OpenAI nécessite une clé d&apos;API OpenAI : ajoutez-la dans les Paramètres, ou choisissez le modèle local.</translation>
    </message>
    <message>
        <source>The OpenAI-compatible embedding model needs a server address: set it in Settings (Chat → Server address), or choose the on-device model.</source>
        <translation>Le modèle d&apos;embeddings compatible OpenAI nécessite une adresse de serveur : définissez-la dans les Paramètres (Chat → Adresse du serveur), ou choisissez le modèle local.</translation>
    </message>
</context>
<context>
    <name>JobStates</name>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
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
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>This item cannot be processed.</source>
        <translation>Cet élément ne peut pas être traité.</translation>
    </message>
    <message>
        <source>The job stopped because of an internal error ({error}).</source>
        <translation>La tâche s&apos;est arrêtée à cause d&apos;une erreur interne ({error}).</translation>
    </message>
    <message>
        <source>it has already finished</source>
        <translation>elle est déjà terminée</translation>
    </message>
    <message>
        <source>it is not in progress</source>
        <translation>elle n&apos;est pas en cours</translation>
    </message>
    <message>
        <source>it is not paused (retry runs a failed or cancelled job again)</source>
        <translation>elle n&apos;est pas en pause (« Réessayer » relance une tâche échouée ou annulée)</translation>
    </message>
    <message>
        <source>only failed or cancelled jobs can be retried</source>
        <translation>seules les tâches échouées ou annulées peuvent être relancées</translation>
    </message>
    <message>
        <source>Cannot cancel the job “{title}”: {reason} (it is {state}).</source>
        <translation>Impossible d&apos;annuler la tâche « {title} » : {reason} (état : {state}).</translation>
    </message>
    <message>
        <source>Cannot pause the job “{title}”: {reason} (it is {state}).</source>
        <translation>Impossible de mettre en pause la tâche « {title} » : {reason} (état : {state}).</translation>
    </message>
    <message>
        <source>Cannot resume the job “{title}”: {reason} (it is {state}).</source>
        <translation>Impossible de reprendre la tâche « {title} » : {reason} (état : {state}).</translation>
    </message>
    <message>
        <source>Cannot retry the job “{title}”: {reason} (it is {state}).</source>
        <translation>Impossible de relancer la tâche « {title} » : {reason} (état : {state}).</translation>
    </message>
    <message>
        <source>This version of ConvoSphere cannot run jobs of kind {kind}</source>
        <translation>Cette version de ConvoSphere ne peut pas exécuter les tâches de type {kind}</translation>
    </message>
    <message>
        <source>Job parameters must be plain JSON data: {reason}</source>
        <translation>Les paramètres d&apos;une tâche doivent être de simples données JSON : {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the job “{title}”: {reason}</source>
        <translation>Impossible de préparer la tâche « {title} » : {reason}</translation>
    </message>
    <message>
        <source>Could not prepare the job “{title}”: its handler planned an item key that is not text ({type})</source>
        <translation>Impossible de préparer la tâche « {title} » : son gestionnaire a prévu une clé d&apos;élément qui n&apos;est pas du texte ({type})</translation>
    </message>
    <message numerus="yes">
        <source>{failed} of %n item(s) failed. See the list of errors, then retry to run those items again.</source>
        <translation>
            <numerusform>Échec pour {failed} élément sur %n. Consultez la liste des erreurs, puis relancez la tâche pour traiter à nouveau ces éléments.</numerusform>
            <numerusform>Échec pour {failed} des %n éléments. Consultez la liste des erreurs, puis relancez la tâche pour traiter à nouveau ces éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no job with id {id}</source>
        <translation>Il n&apos;y a pas de tâche avec l&apos;identifiant {id}</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>That document no longer exists: it was deleted meanwhile, perhaps from another window or the command line.</source>
        <translation>Ce document n&apos;existe plus : il a été supprimé entre-temps, peut-être depuis une autre fenêtre ou la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>KnowledgeCheck</name>
    <message numerus="yes">
        <source>%n chunk(s) belong to no document</source>
        <translation>
            <numerusform>%n fragment n&apos;appartient à aucun document</numerusform>
            <numerusform>%n fragments n&apos;appartiennent à aucun document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) were made by an older chunker</source>
        <translation>
            <numerusform>%n fragment a été créé par un ancien découpage</numerusform>
            <numerusform>%n fragments ont été créés par un ancien découpage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) are missing from the keyword index</source>
        <translation>
            <numerusform>%n fragment manque dans l&apos;index par mots-clés</numerusform>
            <numerusform>%n fragments manquent dans l&apos;index par mots-clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword index row(s) have no chunk</source>
        <translation>
            <numerusform>%n ligne de l&apos;index par mots-clés n&apos;a pas de fragment</numerusform>
            <numerusform>%n lignes de l&apos;index par mots-clés n&apos;ont pas de fragment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) have no chunk</source>
        <translation>
            <numerusform>%n vecteur n&apos;a pas de fragment</numerusform>
            <numerusform>%n vecteurs n&apos;ont pas de fragment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) have no vector</source>
        <translation>
            <numerusform>%n fragment n&apos;a pas de vecteur</numerusform>
            <numerusform>%n fragments n&apos;ont pas de vecteur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have no chunks</source>
        <translation>
            <numerusform>%n document n&apos;a pas de fragments</numerusform>
            <numerusform>%n documents n&apos;ont pas de fragments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) belong to no document</source>
        <translation>
            <numerusform>%n fichier enregistré n&apos;appartient à aucun document</numerusform>
            <numerusform>%n fichiers enregistrés n&apos;appartiennent à aucun document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)&apos; stored files are missing (import them again)</source>
        <translation>
            <numerusform>Le fichier enregistré de %n document est absent (importez-le à nouveau)</numerusform>
            <numerusform>Les fichiers enregistrés de %n documents sont absents (importez-les à nouveau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking chunks and the keyword index…</source>
        <translation>Vérification des fragments et de l&apos;index par mots-clés…</translation>
    </message>
    <message>
        <source>Checking vectors…</source>
        <translation>Vérification des vecteurs…</translation>
    </message>
    <message>
        <source>Checking stored files…</source>
        <translation>Vérification des fichiers enregistrés…</translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message>
        <source>Old Word documents (.doc) cannot be read: save it as .docx and import that.</source>
        <translation>Les anciens documents Word (.doc) ne peuvent pas être lus : enregistrez-le au format .docx et importez ce fichier.</translation>
    </message>
    <message>
        <source>Rich text (.rtf) cannot be read: save it as .docx or plain text and import that.</source>
        <translation>Le texte enrichi (.rtf) ne peut pas être lu : enregistrez-le au format .docx ou en texte brut et importez ce fichier.</translation>
    </message>
    <message>
        <source>Apple Pages files cannot be read: export it as PDF or Word and import that.</source>
        <translation>Les fichiers Apple Pages ne peuvent pas être lus : exportez-le en PDF ou Word et importez ce fichier.</translation>
    </message>
    <message>
        <source>OpenDocument text cannot be read yet: save it as .docx and import that.</source>
        <translation>Le texte OpenDocument ne peut pas encore être lu : enregistrez-le au format .docx et importez ce fichier.</translation>
    </message>
    <message>
        <source>E-books (.epub) cannot be read yet: convert it to PDF or HTML and import that.</source>
        <translation>Les livres numériques (.epub) ne peuvent pas encore être lus : convertissez-le en PDF ou HTML et importez ce fichier.</translation>
    </message>
    <message>
        <source>{name} no longer exists; it was moved or deleted.</source>
        <translation>{name} n&apos;existe plus ; il a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>{name} is not a regular file.</source>
        <translation>{name} n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{name} is not a kind of file the knowledge base reads. Supported: PDF, Markdown, plain text, Word (.docx), HTML, source code and images (PNG, JPEG, TIFF).</source>
        <translation>{name} n&apos;est pas un type de fichier que la base de connaissances lit. Formats pris en charge : PDF, Markdown, texte brut, Word (.docx), HTML, code source et images (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes); there is nothing to import.</source>
        <translation>{name} est vide (0 octet) ; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be imported. Split it into smaller files and import those.</source>
        <translation>{name} fait {size} ; les fichiers jusqu&apos;à {limit} peuvent être importés. Divisez-le en fichiers plus petits et importez-les.</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied.</source>
        <translation>{name} ne peut pas être lu : permission refusée.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>Already in the library as “{title}”.</source>
        <translation>Déjà dans la bibliothèque sous le nom « {title} ».</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Restauré depuis la corbeille.</translation>
    </message>
    <message>
        <source>The stored copy of “{title}” is missing; import the file again.</source>
        <translation>La copie enregistrée de « {title} » est absente ; importez à nouveau le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned PDFs need poppler to render their pages for text recognition, and it is not installed (on Debian or Ubuntu: apt install poppler-utils). The app renders them with QtPdf instead: import the file from the app.</source>
        <translation>Les PDF numérisés nécessitent poppler pour afficher leurs pages en vue de la reconnaissance de texte, et il n&apos;est pas installé (sous Debian ou Ubuntu : apt install poppler-utils). L&apos;application les affiche avec QtPdf à la place : importez le fichier depuis l&apos;application.</translation>
    </message>
    <message>
        <source>{name} is damaged: its pages cannot be rendered.</source>
        <translation>{name} est endommagé : ses pages ne peuvent pas être affichées.</translation>
    </message>
    <message>
        <source>{name} is damaged or not an image.</source>
        <translation>{name} est endommagé ou n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>{name} has no text layer, and text recognition (OCR) found no words in it.</source>
        <translation>{name} n&apos;a pas de couche de texte, et la reconnaissance de texte (OCR) n&apos;y a trouvé aucun mot.</translation>
    </message>
    <message>
        <source>{name} is password-protected. Open it, save a copy without the password (or print it to PDF), and import that copy.</source>
        <translation>{name} est protégé par un mot de passe. Ouvrez-le, enregistrez une copie sans mot de passe (ou imprimez-le en PDF) et importez cette copie.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a PDF ({reason}); open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>{name} est endommagé ou n&apos;est pas un PDF ({reason}) ; ouvrez-le dans un lecteur PDF, enregistrez une nouvelle copie, puis importez-la.</translation>
    </message>
    <message>
        <source>{name} is damaged: none of its pages could be read. Open it in a PDF viewer and save a new copy, then import that.</source>
        <translation>{name} est endommagé : aucune de ses pages n&apos;a pu être lue. Ouvrez-le dans un lecteur PDF, enregistrez une nouvelle copie, puis importez-la.</translation>
    </message>
    <message>
        <source>{name} has no text layer (it looks like a scan). Run text recognition (OCR) on it, for example with your scanner&apos;s software or ocrmypdf, then import it again.</source>
        <translation>{name} n&apos;a pas de couche de texte (il semble s&apos;agir d&apos;une numérisation). Lancez une reconnaissance de texte (OCR), par exemple avec le logiciel de votre scanner ou ocrmypdf, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is an image: its text is read by text recognition (OCR).</source>
        <translation>{name} est une image : son texte est lu par reconnaissance de texte (OCR).</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text; check that it is the file you meant to import.</source>
        <translation>{name} ressemble à un fichier binaire, pas à du texte ; vérifiez qu&apos;il s&apos;agit bien du fichier que vous vouliez importer.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} ne contient pas de texte.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a Word document (.docx); open and save it again in Word.</source>
        <translation>{name} est endommagé ou n&apos;est pas un document Word (.docx) ; ouvrez-le et enregistrez-le à nouveau dans Word.</translation>
    </message>
</context>
<context>
    <name>KnowledgeJobs</name>
    <message>
        <source>Re-embed documents for the new embedding model</source>
        <translation>Recalculer les embeddings des documents pour le nouveau modèle</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Importer %n élément</numerusform>
            <numerusform>Importer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message>
        <source>The MCP server “{name}” is switched off.</source>
        <translation>Le serveur MCP « {name} » est désactivé.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” was added on another device; add its command or address on this one to use it.</source>
        <translation>Le serveur MCP « {name} » a été ajouté sur un autre appareil ; indiquez sa commande ou son adresse sur celui-ci pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” failed: {reason} It is started again in {seconds} s.</source>
        <translation>Le serveur MCP « {name} » a échoué : {reason} Il sera redémarré dans {seconds} s.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n tool(s).</source>
        <translation>
            <numerusform>Prêt : %n outil.</numerusform>
            <numerusform>Prêt : %n outils.</numerusform>
        </translation>
    </message>
    <message>
        <source>It stopped unexpectedly.</source>
        <translation>Il s&apos;est arrêté de manière inattendue.</translation>
    </message>
    <message>
        <source>It did not finish starting within {seconds} s.</source>
        <translation>Il n&apos;a pas fini de démarrer en {seconds} s.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” could not be started.</source>
        <translation>Le serveur MCP « {name} » n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” is not running.</source>
        <translation>Le serveur MCP « {name} » n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>{tool} on “{name}” did not answer within {seconds} s; the call was cancelled.</source>
        <translation>{tool} sur « {name} » n&apos;a pas répondu en {seconds} s ; l&apos;appel a été annulé.</translation>
    </message>
    <message>
        <source>The MCP server “{name}” stopped while running {tool}.</source>
        <translation>Le serveur MCP « {name} » s&apos;est arrêté pendant l&apos;exécution de {tool}.</translation>
    </message>
    <message>
        <source>{tool} on “{name}” failed: {reason}</source>
        <translation>{tool} sur « {name} » a échoué : {reason}</translation>
    </message>
    <message>
        <source>{tool} cannot be used: {reason}.</source>
        <translation>{tool} ne peut pas être utilisé : {reason}.</translation>
    </message>
    <message>
        <source>Its command was not found ({command}).</source>
        <translation>Sa commande est introuvable ({command}).</translation>
    </message>
    <message>
        <source>Its command may not be run ({reason}).</source>
        <translation>Sa commande ne peut pas être exécutée ({reason}).</translation>
    </message>
    <message>
        <source>It failed to start: {reason}</source>
        <translation>Il n&apos;a pas pu démarrer : {reason}</translation>
    </message>
    <message>
        <source>Its last error output: {output}</source>
        <translation>Sa dernière sortie d&apos;erreur : {output}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>There is no MCP server named “{name}” (servers: {names}).</source>
        <translation>Il n&apos;y a pas de serveur MCP nommé « {name} » (serveurs : {names}).</translation>
    </message>
    <message>
        <source>A server started on this computer needs a command.</source>
        <translation>Un serveur démarré sur cet ordinateur a besoin d&apos;une commande.</translation>
    </message>
    <message>
        <source>“{address}” is not an http:// or https:// address.</source>
        <translation>« {address} » n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>This is not valid JSON ({reason}, line {line}).</source>
        <translation>Ce n&apos;est pas du JSON valide ({reason}, ligne {line}).</translation>
    </message>
    <message>
        <source>Expected an object like {example}.</source>
        <translation>Un objet tel que {example} est attendu.</translation>
    </message>
    <message>
        <source>a server with this name exists</source>
        <translation>un serveur portant ce nom existe déjà</translation>
    </message>
    <message>
        <source>its entry is not an object</source>
        <translation>son entrée n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>its headers are not an object</source>
        <translation>ses en-têtes ne sont pas un objet</translation>
    </message>
    <message>
        <source>it has neither a command nor a url</source>
        <translation>il n&apos;a ni commande (command) ni URL (url)</translation>
    </message>
    <message>
        <source>its args must be a list and its env an object</source>
        <translation>ses args doivent être une liste et son env un objet</translation>
    </message>
    <message>
        <source>“{name}” cannot be a server name: use up to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>« {name} » ne peut pas être un nom de serveur : utilisez jusqu&apos;à 40 lettres, chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>There is already a server named “{name}”.</source>
        <translation>Il existe déjà un serveur nommé « {name} ».</translation>
    </message>
    <message>
        <source>The MCP server settings in {path} cannot be read ({reason}).</source>
        <translation>Les paramètres des serveurs MCP dans {path} ne peuvent pas être lus ({reason}).</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>“{address}” is not an http:// or https:// address.</source>
        <translation>« {address} » n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>{label} answered {status} for its model list.</source>
        <translation>{label} a répondu {status} pour sa liste de modèles.</translation>
    </message>
    <message>
        <source>Could not reach {address} ({reason}).</source>
        <translation>Impossible de joindre {address} ({reason}).</translation>
    </message>
    <message>
        <source>{label} did not answer with a model list.</source>
        <translation>{label} n&apos;a pas répondu avec une liste de modèles.</translation>
    </message>
    <message>
        <source>{name} ({host})</source>
        <translation>{name} ({host})</translation>
    </message>
    <message>
        <source>{label} answers at {address}.</source>
        <translation>{label} répond à l&apos;adresse {address}.</translation>
    </message>
    <message>
        <source>{label} refused the API key ({status}).</source>
        <translation>{label} a refusé la clé d&apos;API ({status}).</translation>
    </message>
    <message>
        <source>Could not reach {label} at {address} ({reason}).</source>
        <translation>Impossible de joindre {label} à l&apos;adresse {address} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>the model server</source>
        <translation>le serveur de modèles</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>There is no assistant “{name}”.</source>
        <translation>Il n&apos;y a pas d&apos;assistant « {name} ».</translation>
    </message>
    <message>
        <source>There is no assistant “{name}” to summarise.</source>
        <translation>Il n&apos;y a pas d&apos;assistant « {name} » pour faire la synthèse.</translation>
    </message>
    <message>
        <source>{name} cannot both answer in the round and summarise it: choose another summariser, or take it out of the round.</source>
        <translation>{name} ne peut pas à la fois répondre dans le tour et en faire la synthèse : choisissez un autre assistant de synthèse, ou retirez-le du tour.</translation>
    </message>
    <message>
        <source>A summariser needs assistants whose answers it sums up.</source>
        <translation>Un assistant de synthèse a besoin d&apos;assistants dont il résume les réponses.</translation>
    </message>
    <message>
        <source>The assistant that should answer is no longer there (it was deleted); choose another in the conversation&apos;s assistants.</source>
        <translation>L&apos;assistant qui devait répondre n&apos;existe plus (il a été supprimé) ; choisissez-en un autre parmi les assistants de la conversation.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <source>pp. {first}–{last}</source>
        <translation>p. {first}–{last}</translation>
    </message>
    <message>
        <source>Type something to search for before saving the search.</source>
        <translation>Saisissez quelque chose à rechercher avant d&apos;enregistrer la recherche.</translation>
    </message>
    <message>
        <source>Saved search</source>
        <translation>Recherche enregistrée</translation>
    </message>
    <message>
        <source>Recent search</source>
        <translation>Recherche récente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message numerus="yes">
        <source>The model asked for more tools after %n step(s), the limit for one answer; ask again to let it go on.</source>
        <translation>
            <numerusform>Le modèle a demandé d&apos;autres outils après %n étape, la limite pour une réponse ; redemandez pour le laisser continuer.</numerusform>
            <numerusform>Le modèle a demandé d&apos;autres outils après %n étapes, la limite pour une réponse ; redemandez pour le laisser continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <source>approved: {who}</source>
        <translation>approuvé : {who}</translation>
    </message>
</context>
<context>
    <name>ToolSchema</name>
    <message>
        <source>its input schema is not a JSON object</source>
        <translation>son schéma d&apos;entrée n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>its input schema is invalid at {where}: {reason}</source>
        <translation>son schéma d&apos;entrée est invalide à {where} : {reason}</translation>
    </message>
    <message>
        <source>its input schema must describe an object, not “{type}”</source>
        <translation>son schéma d&apos;entrée doit décrire un objet, pas « {type} »</translation>
    </message>
    <message>
        <source>The arguments for {tool} do not fit its schema: {details}.</source>
        <translation>Les arguments de {tool} ne correspondent pas à son schéma : {details}.</translation>
    </message>
    <message>
        <source>The arguments for {tool} are not valid JSON ({reason} at character {position}).</source>
        <translation>Les arguments de {tool} ne sont pas du JSON valide ({reason} au caractère {position}).</translation>
    </message>
    <message>
        <source>The arguments for {tool} must be a JSON object.</source>
        <translation>Les arguments de {tool} doivent être un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
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
    <message>
        <source>[The result was cut: it had {count} characters; only the first {limit} are shown.]</source>
        <translation>[Le résultat a été tronqué : il comptait {count} caractères ; seuls les {limit} premiers sont affichés.]</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>always allowed for its server</source>
        <translation>toujours autorisé pour son serveur</translation>
    </message>
    <message>
        <source>automatic (read-only)</source>
        <translation>automatique (lecture seule)</translation>
    </message>
    <message>
        <source>approve-all</source>
        <translation>tout approuvé (approve-all)</translation>
    </message>
    <message>
        <source>run by hand</source>
        <translation>lancé manuellement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>“{server}” has no tool named {tool} (it has: {tools}).</source>
        <translation>« {server} » n&apos;a pas d&apos;outil nommé {tool} (il a : {tools}).</translation>
    </message>
    <message>
        <source>There is no tool named {tool}. The tools are: {tools}.</source>
        <translation>Il n&apos;y a pas d&apos;outil nommé {tool}. Les outils sont : {tools}.</translation>
    </message>
    <message>
        <source>The user did not allow {tool} to run.</source>
        <translation>L&apos;utilisateur n&apos;a pas autorisé l&apos;exécution de {tool}.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>{tool} failed: {error}</source>
        <translation>{tool} a échoué : {error}</translation>
    </message>
    <message>
        <source>{tool} did not finish within {seconds} s.</source>
        <translation>{tool} ne s&apos;est pas terminé en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>TurnFlow</name>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Réponse en cours…</translation>
    </message>
    <message>
        <source>Waiting for {label}…</source>
        <translation>En attente de réponse ({label})…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
    <message>
        <source>Trying again in {seconds} s (attempt {attempt})…</source>
        <translation>Nouvel essai dans {seconds} s (tentative {attempt})…</translation>
    </message>
    <message>
        <source>Sending your message</source>
        <translation>Envoi de votre message</translation>
    </message>
    <message>
        <source>Asking the next assistant</source>
        <translation>Interrogation de l&apos;assistant suivant</translation>
    </message>
    <message>
        <source>Preparing the answer</source>
        <translation>Préparation de la réponse</translation>
    </message>
</context>
</TS>
