<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Deleting all local data…</source>
        <translation>Suppression de toutes les données locales…</translation>
    </message>
    <message>
        <source>Local data deleted</source>
        <translation>Données locales supprimées</translation>
    </message>
    <message>
        <source>Everything ConvoSphere kept on this device is deleted. It starts afresh now.</source>
        <translation>Tout ce que ConvoSphere conservait sur cet appareil a été supprimé. Il repart maintenant de zéro.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Deleting all local data</source>
        <translation>Suppression de toutes les données locales</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Lecture du compte de synchronisation</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <source>Go to Chat</source>
        <translation>Aller à la page Chat</translation>
    </message>
    <message>
        <source>Go to Knowledge</source>
        <translation>Aller à la page Connaissances</translation>
    </message>
    <message>
        <source>Go to Tools</source>
        <translation>Aller à la page Outils</translation>
    </message>
    <message>
        <source>Go to Jobs</source>
        <translation>Aller à la page Tâches</translation>
    </message>
    <message>
        <source>Go to Usage</source>
        <translation>Aller à la page Utilisation</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Aller à la page Paramètres</translation>
    </message>
    <message>
        <source>Set up a model provider</source>
        <translation>Configurer un fournisseur de modèles</translation>
    </message>
    <message>
        <source>Edit assistants</source>
        <translation>Modifier les assistants</translation>
    </message>
    <message>
        <source>Collapse or expand the sidebar (Ctrl+B)</source>
        <translation>Réduire ou développer la barre latérale (Ctrl+B)</translation>
    </message>
    <message>
        <source>Show the conversations&apos; trash</source>
        <translation>Afficher la corbeille des conversations</translation>
    </message>
    <message>
        <source>Switch workspace…</source>
        <translation>Changer d&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Search history and saved searches…</source>
        <translation>Historique et recherches enregistrées…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Archived conversation</source>
        <translation>Conversation archivée</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>Finding what Ctrl+K offers</source>
        <translation>Recherche des entrées de Ctrl+K</translation>
    </message>
    <message>
        <source>Suggesting searches</source>
        <translation>Suggestion de recherches</translation>
    </message>
    <message>
        <source>ConvoSphere cannot open your data</source>
        <translation>ConvoSphere ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Ouverture de vos données</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Your data was upgraded; a backup is at {path}</source>
        <translation>Vos données ont été mises à niveau ; une sauvegarde se trouve dans {path}</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Lecture des paramètres</translation>
    </message>
    <message>
        <source>Set up OpenAI, Anthropic or a local server in Settings → Chat.</source>
        <translation>Configurez OpenAI, Anthropic ou un serveur local dans Paramètres → Chat.</translation>
    </message>
    <message>
        <source>Checking the model server</source>
        <translation>Vérification du serveur de modèles</translation>
    </message>
    <message>
        <source>Preparing the knowledge base</source>
        <translation>Préparation de la base de connaissances</translation>
    </message>
    <message>
        <source>Opening sync</source>
        <translation>Ouverture de la synchronisation</translation>
    </message>
    <message>
        <source>Reading the workspace</source>
        <translation>Lecture de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Opening your synced workspace</source>
        <translation>Ouverture de votre espace de travail synchronisé</translation>
    </message>
    <message>
        <source>ConvoSphere restarts now to open the workspace your account syncs. What was on this device stays in its own workspace.</source>
        <translation>ConvoSphere redémarre maintenant pour ouvrir l&apos;espace de travail que votre compte synchronise. Ce qui se trouvait sur cet appareil reste dans son propre espace de travail.</translation>
    </message>
    <message>
        <source>Your data is still opening…</source>
        <translation>Vos données sont encore en cours d&apos;ouverture…</translation>
    </message>
    <message>
        <source>Opening “{workspace}”…</source>
        <translation>Ouverture de «&#xa0;{workspace}&#xa0;»…</translation>
    </message>
    <message>
        <source>Switching workspace</source>
        <translation>Changement d&apos;espace de travail</translation>
    </message>
    <message>
        <source>The text you were typing in “{workspace}” is here, not sent yet.</source>
        <translation>Le texte que vous tapiez dans «&#xa0;{workspace}&#xa0;» est ici, pas encore envoyé.</translation>
    </message>
    <message>
        <source>The text you were typing is here, not sent yet.</source>
        <translation>Le texte que vous tapiez est ici, pas encore envoyé.</translation>
    </message>
    <message>
        <source>Clearing the carried text</source>
        <translation>Effacement du texte transféré</translation>
    </message>
    <message>
        <source>Reading text carried from the last workspace</source>
        <translation>Lecture du texte venu du dernier espace de travail</translation>
    </message>
    <message>
        <source>Finding the cited passage</source>
        <translation>Recherche du passage cité</translation>
    </message>
    <message>
        <source>Reading background jobs</source>
        <translation>Lecture des tâches en arrière-plan</translation>
    </message>
    <message>
        <source>Running background jobs</source>
        <translation>Exécution des tâches en arrière-plan</translation>
    </message>
    <message>
        <source>{title} — {count}</source>
        <translation>{title} — {count}</translation>
    </message>
    <message>
        <source> · {duration} left</source>
        <translation> · encore {duration}</translation>
    </message>
    <message numerus="yes">
        <source>%n background job(s) — {done} of {total}</source>
        <translation>
            <numerusform>%n tâche en arrière-plan — {done} sur {total}</numerusform>
            <numerusform>%n tâches en arrière-plan — {done} sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing up</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Enregistrement des paramètres</translation>
    </message>
    <message>
        <source>Saving the model provider</source>
        <translation>Enregistrement du fournisseur de modèles</translation>
    </message>
    <message>
        <source>Model provider saved. {where}</source>
        <translation>Fournisseur de modèles enregistré. {where}</translation>
    </message>
    <message>
        <source>Looking for model servers on this computer</source>
        <translation>Recherche de serveurs de modèles sur cet ordinateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>ConvoSphere will be in {language} after it restarts.</source>
        <translation>ConvoSphere sera en {language} après le redémarrage.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what} : échec</translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <source>this assistant&apos;s instructions</source>
        <translation>ces instructions de l&apos;assistant</translation>
    </message>
    <message>
        <source>How this assistant should answer (system prompt)</source>
        <translation>Comment cet assistant doit répondre (prompt système)</translation>
    </message>
    <message>
        <source>Default (as in Settings)</source>
        <translation>Par défaut (comme dans les Paramètres)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Answer from my documents, with citations</source>
        <translation>Répondre à partir de mes documents, avec citations</translation>
    </message>
    <message>
        <source>Tool names, separated by commas</source>
        <translation>Noms des outils, séparés par des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Allowed tools</source>
        <translation>Outils autorisés</translation>
    </message>
    <message>
        <source>New assistant</source>
        <translation>Nouvel assistant</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Listing assistants</source>
        <translation>Liste des assistants</translation>
    </message>
    <message>
        <source>Saving the assistant</source>
        <translation>Enregistrement de l&apos;assistant</translation>
    </message>
    <message>
        <source>Deleting the assistant</source>
        <translation>Suppression de l&apos;assistant</translation>
    </message>
    <message>
        <source>Looking for other versions</source>
        <translation>Recherche d&apos;autres versions</translation>
    </message>
    <message numerus="yes">
        <source>%n other version(s) of the instructions</source>
        <translation>
            <numerusform>%n autre version des instructions</numerusform>
            <numerusform>%n autres versions des instructions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>The assistant answering in this conversation (the list ends in Edit assistants…)</source>
        <translation>L&apos;assistant qui répond dans cette conversation (la liste se termine par «&#xa0;Modifier les assistants…&#xa0;»)</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>A model for this conversation only (empty: the default)</source>
        <translation>Un modèle pour cette conversation uniquement (vide : celui par défaut)</translation>
    </message>
    <message>
        <source>Listing the server&apos;s models</source>
        <translation>Liste des modèles du serveur</translation>
    </message>
    <message numerus="yes">
        <source>A model for this conversation only (empty: the default); %n offered by the server</source>
        <translation>
            <numerusform>Un modèle pour cette conversation uniquement (vide : celui par défaut) ; %n proposé par le serveur</numerusform>
            <numerusform>Un modèle pour cette conversation uniquement (vide : celui par défaut) ; %n proposés par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>A model for this conversation only (empty: the default); type its name</source>
        <translation>Un modèle pour cette conversation uniquement (vide : celui par défaut) ; saisissez son nom</translation>
    </message>
    <message>
        <source>Listing assistants</source>
        <translation>Liste des assistants</translation>
    </message>
    <message>
        <source>No assistant</source>
        <translation>Aucun assistant</translation>
    </message>
    <message>
        <source>Several assistants ({count})…</source>
        <translation>Plusieurs assistants ({count})…</translation>
    </message>
    <message>
        <source>Several assistants…</source>
        <translation>Plusieurs assistants…</translation>
    </message>
    <message>
        <source>Edit assistants…</source>
        <translation>Modifier les assistants…</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s assistants</source>
        <translation>Enregistrement des assistants de la conversation</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s model</source>
        <translation>Enregistrement du modèle de la conversation</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Ask anything…  (Enter sends, Shift+Enter adds a line)</source>
        <translation>Posez votre question…  (Entrée envoie, Maj+Entrée ajoute une ligne)</translation>
    </message>
    <message>
        <source>Ask the round…  (@Name asks one assistant alone; Enter sends)</source>
        <translation>Posez votre question à tous…  (@Nom pour un seul assistant ; Entrée envoie)</translation>
    </message>
    <message>
        <source>Chat with OpenAI, Anthropic, or a model running on this computer (Ollama, LM Studio, llama.cpp, vLLM) that works without a network. Answers stream in and are saved as they arrive, so nothing is lost.&lt;br&gt;&lt;br&gt;Type below and press &lt;b&gt;Enter&lt;/b&gt;. &lt;b&gt;Ctrl+N&lt;/b&gt; starts a new chat and &lt;b&gt;Ctrl+K&lt;/b&gt; jumps anywhere.</source>
        <translation>Discutez avec OpenAI, Anthropic ou un modèle qui tourne sur cet ordinateur (Ollama, LM Studio, llama.cpp, vLLM) et fonctionne sans réseau. Les réponses s&apos;affichent au fil de l&apos;eau et sont enregistrées dès leur arrivée : rien n&apos;est perdu.&lt;br&gt;&lt;br&gt;Tapez ci-dessous et appuyez sur &lt;b&gt;Entrée&lt;/b&gt;. &lt;b&gt;Ctrl+N&lt;/b&gt; démarre un nouveau chat et &lt;b&gt;Ctrl+K&lt;/b&gt; mène n&apos;importe où.</translation>
    </message>
    <message>
        <source>Each assistant answers in turn, seeing the answers before its own. Start a question with @Name to ask one assistant alone.</source>
        <translation>Chaque assistant répond à son tour et voit les réponses qui précèdent la sienne. Commencez une question par @Nom pour n&apos;interroger qu&apos;un seul assistant.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Set up a model provider…</source>
        <translation>Configurer un fournisseur de modèles…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>Modifier le dernier message</translation>
    </message>
    <message>
        <source>Set up the provider…</source>
        <translation>Configurer le fournisseur…</translation>
    </message>
    <message>
        <source>Reading your documents</source>
        <translation>Lecture de vos documents</translation>
    </message>
    <message>
        <source>Saving the conversation&apos;s documents choice</source>
        <translation>Enregistrement du choix de documents de la conversation</translation>
    </message>
    <message>
        <source>Importing {files}…</source>
        <translation>Importation de {files}…</translation>
    </message>
    <message>
        <source>Attaching the file</source>
        <translation>Ajout du fichier joint</translation>
    </message>
    <message>
        <source>{files} could not be imported: see Jobs.</source>
        <translation>{files} n&apos;a pas pu être importé : voir Tâches.</translation>
    </message>
    <message>
        <source>Reading the attached file</source>
        <translation>Lecture du fichier joint</translation>
    </message>
    <message>
        <source>{files} has no text to search.</source>
        <translation>{files} ne contient aucun texte à rechercher.</translation>
    </message>
    <message>
        <source>Answers come from {files}</source>
        <translation>Les réponses proviennent de {files}</translation>
    </message>
    <message>
        <source>Model provider: {provider} — change…</source>
        <translation>Fournisseur de modèles : {provider} — modifier…</translation>
    </message>
    <message>
        <source>Chat offline with {server} ({model})</source>
        <translation>Discuter hors ligne avec {server} ({model})</translation>
    </message>
    <message>
        <source>Chat offline with {server}</source>
        <translation>Discuter hors ligne avec {server}</translation>
    </message>
    <message>
        <source>Opening your conversations… your question goes then</source>
        <translation>Ouverture de vos conversations… votre question partira ensuite</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>Preparing the model client</source>
        <translation>Préparation du client du modèle</translation>
    </message>
    <message>
        <source>Editing your last message: Enter sends it as a new version (the original stays, a ‹ › away). Esc cancels.</source>
        <translation>Modification de votre dernier message : Entrée l&apos;envoie comme nouvelle version (l&apos;original reste, accessible avec ‹&#xa0;›). Échap annule.</translation>
    </message>
    <message>
        <source>Editing an earlier message: Enter sends it as a new version (the original stays, a ‹ › away). Esc cancels.</source>
        <translation>Modification d&apos;un message précédent : Entrée l&apos;envoie comme nouvelle version (l&apos;original reste, accessible avec ‹&#xa0;›). Échap annule.</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Opening the conversation</source>
        <translation>Ouverture de la conversation</translation>
    </message>
    <message>
        <source>Opening the branch</source>
        <translation>Ouverture de la branche</translation>
    </message>
    <message>
        <source>Streaming the answer</source>
        <translation>Réception de la réponse</translation>
    </message>
    <message>
        <source>Using {tool}…</source>
        <translation>Utilisation de {tool}…</translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Réponse en cours…</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer (Esc); what arrived is kept</source>
        <translation>Arrêter la réponse (Échap) ; ce qui est arrivé est conservé</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>Connected through {interfaces}</source>
        <translation>Connecté via {interfaces}</translation>
    </message>
    <message>
        <source>No network connection: chat with cloud models waits; the rest works offline.</source>
        <translation>Pas de connexion réseau : le chat avec les modèles cloud attend ; le reste fonctionne hors ligne.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Last message {when}</source>
        <translation>Dernier message {when}</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Voir les archivées</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Conversations you deleted: restore them or delete for good</source>
        <translation>Conversations supprimées : restaurez-les ou supprimez-les définitivement</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Delete every conversation in the trash for good</source>
        <translation>Supprimer définitivement toutes les conversations de la corbeille</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aucune conversation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Listing conversations</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Back to conversations</source>
        <translation>Retour aux conversations</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>Rechercher dans la corbeille</translation>
    </message>
    <message>
        <source>Nothing in the trash matches that.</source>
        <translation>Rien dans la corbeille ne correspond.</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted conversations wait here until you empty it.</source>
        <translation>La corbeille est vide. Les conversations supprimées y restent jusqu&apos;à ce que vous la vidiez.</translation>
    </message>
    <message>
        <source>No conversation mentions that.</source>
        <translation>Aucune conversation ne mentionne cela.</translation>
    </message>
    <message>
        <source>Nothing archived.</source>
        <translation>Rien n&apos;est archivé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Changing the conversation</source>
        <translation>Modification de la conversation</translation>
    </message>
    <message>
        <source>Moving to trash</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <source>Restoring the conversation</source>
        <translation>Restauration de la conversation</translation>
    </message>
    <message>
        <source>this conversation</source>
        <translation>cette conversation</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <translation>Supprimer définitivement ?</translation>
    </message>
    <message>
        <source>“{title}” and all its messages will be deleted for good. This cannot be undone.</source>
        <translation>«&#xa0;{title}&#xa0;» et tous ses messages seront définitivement supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleting the conversation</source>
        <translation>Suppression de la conversation</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Vider la corbeille ?</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) and all their messages will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n conversation et tous ses messages seront définitivement supprimés. Cette action est irréversible.</numerusform>
            <numerusform>%n conversations et tous leurs messages seront définitivement supprimés. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Emptying the trash</source>
        <translation>Vidage de la corbeille</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Exporting the conversation</source>
        <translation>Exportation de la conversation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>La conversation</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash (find it under Trash).</source>
        <translation>«&#xa0;{title}&#xa0;» a été mise à la corbeille (voir Corbeille).</translation>
    </message>
</context>
<context>
    <name>DataWatch</name>
    <message>
        <source>Watching for changes</source>
        <translation>Surveillance des modifications</translation>
    </message>
    <message>
        <source>Checking who owns the background work</source>
        <translation>Vérification du propriétaire du travail en arrière-plan</translation>
    </message>
    <message>
        <source>Looking for changes</source>
        <translation>Recherche de modifications</translation>
    </message>
    <message>
        <source>Reading background jobs</source>
        <translation>Lecture des tâches en arrière-plan</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That conversation is no longer there: it was moved to the trash or deleted meanwhile, perhaps from another window or the command line.</source>
        <translation>Cette conversation n&apos;existe plus : elle a été mise à la corbeille ou supprimée entre-temps, peut-être depuis une autre fenêtre ou la ligne de commande.</translation>
    </message>
    <message>
        <source>ConvoSphere is not allowed to write to {path}. Check its permissions.</source>
        <translation>ConvoSphere n&apos;a pas le droit d&apos;écrire dans {path}. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace et réessayez ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>A file operation failed ({path}): {reason}.</source>
        <translation>Une opération sur un fichier a échoué ({path}) : {reason}.</translation>
    </message>
    <message>
        <source>A file operation failed: {reason}.</source>
        <translation>Une opération sur un fichier a échoué : {reason}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). The details are in the log file; nothing you saved was lost.</source>
        <translation>Une erreur inattendue s&apos;est produite ({error}). Les détails sont dans le fichier journal ; rien de ce que vous avez enregistré n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBar</name>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>Utiliser mes documents</translation>
    </message>
    <message>
        <source>Search your knowledge base for each question and cite what it finds</source>
        <translation>Rechercher dans votre base de connaissances à chaque question et citer ce qui est trouvé</translation>
    </message>
    <message>
        <source>Search all documents, or only some tags or documents</source>
        <translation>Rechercher dans tous les documents, ou seulement certaines étiquettes ou certains documents</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Import a file and ask about it</source>
        <translation>Importer un fichier et poser des questions à son sujet</translation>
    </message>
    <message>
        <source>Only documents tagged</source>
        <translation>Seulement les documents étiquetés</translation>
    </message>
    <message>
        <source>Choose documents…</source>
        <translation>Choisir des documents…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagged {tags}</source>
        <translation>Étiquettes : {tags}</translation>
    </message>
    <message>
        <source>Answer from these documents</source>
        <translation>Répondre à partir de ces documents</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filtrer par titre</translation>
    </message>
    <message>
        <source>No documents yet: import some on the Knowledge page.</source>
        <translation>Aucun document pour l&apos;instant : importez-en depuis la page Connaissances.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking network…</source>
        <translation>Vérification du réseau…</translation>
    </message>
    <message>
        <source>No model server set up</source>
        <translation>Aucun serveur de modèles configuré</translation>
    </message>
    <message>
        <source>{name}: answering</source>
        <translation>{name} : répond</translation>
    </message>
    <message>
        <source>{name}: not answering</source>
        <translation>{name} : ne répond pas</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline — everything local keeps working</source>
        <translation>Hors ligne — tout ce qui est local continue de fonctionner</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Show page names</source>
        <translation>Afficher les noms des pages</translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation>Icônes seules</translation>
    </message>
    <message>
        <source>Workspace “{name}”: switch or join another (Ctrl+K)</source>
        <translation>Espace de travail «&#xa0;{name}&#xa0;» : changer ou en rejoindre un autre (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Find a conversation, document, assistant, setting or command…</source>
        <translation>Trouver une conversation, un document, un assistant, un paramètre ou une commande…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No match for “{text}”</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;»</translation>
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
        <source>Search by title</source>
        <translation>Recherche par titre</translation>
    </message>
    <message>
        <source>Search by tag</source>
        <translation>Recherche par étiquette</translation>
    </message>
    <message>
        <source>Search by heading</source>
        <translation>Recherche par intertitre</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Rechercher dans les documents</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Several assistants</source>
        <translation>Plusieurs assistants</translation>
    </message>
    <message>
        <source>Ticked assistants answer each question in turn, each seeing the answers before its own. Drag to change the order. Start a question with &lt;b&gt;@Name&lt;/b&gt; to ask one alone.</source>
        <translation>Les assistants cochés répondent à chaque question à tour de rôle, chacun voyant les réponses qui précèdent la sienne. Faites glisser pour changer l&apos;ordre. Commencez une question par &lt;b&gt;@Nom&lt;/b&gt; pour n&apos;en interroger qu&apos;un seul.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Sums up each round:</source>
        <translation>Résume chaque tour :</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>Round: {assistants}</source>
        <translation>Tour : {assistants}</translation>
    </message>
    <message>
        <source> · then {assistant} sums up</source>
        <translation> · puis {assistant} résume</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Assistant supprimé</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Inachevée</translation>
    </message>
    <message>
        <source>Stopped before any text arrived</source>
        <translation>Arrêtée avant l&apos;arrivée du moindre texte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Deleted assistant</source>
        <translation>Assistant supprimé</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Assistant · {model}</source>
        <translation>Assistant · {model}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Checking for updates</source>
        <translation>Recherche de mises à jour</translation>
    </message>
    <message>
        <source>Version {version} is available…</source>
        <translation>La version {version} est disponible…</translation>
    </message>
    <message>
        <source>Opens the download page after asking; nothing is downloaded here.</source>
        <translation>Ouvre la page de téléchargement après confirmation ; rien n&apos;est téléchargé ici.</translation>
    </message>
    <message>
        <source>ConvoSphere {version} is out.</source>
        <translation>ConvoSphere {version} est sorti.</translation>
    </message>
    <message>
        <source>Open its download page in your browser? Your data stays as it is and is upgraded when the new version starts.</source>
        <translation>Ouvrir sa page de téléchargement dans votre navigateur ? Vos données restent telles quelles et sont mises à niveau au démarrage de la nouvelle version.</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Mise à jour disponible</translation>
    </message>
</context>
</TS>
