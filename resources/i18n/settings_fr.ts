<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountSection</name>
    <message>
        <source>Account &amp;&amp; sync</source>
        <translation>Compte &amp;&amp; synchronisation</translation>
    </message>
    <message>
        <source>Sync keeps your conversations, assistants and documents the same on all your devices through a server you or your team run. Without it everything stays on this device. You can work offline either way.</source>
        <translation>La synchronisation garde vos conversations, assistants et documents identiques sur tous vos appareils, via un serveur géré par vous ou votre équipe. Sans elle, tout reste sur cet appareil. Vous pouvez travailler hors ligne dans les deux cas.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in with single sign-on</source>
        <translation>Se connecter par authentification unique (SSO)</translation>
    </message>
    <message>
        <source>Opens your browser to sign in with your company account</source>
        <translation>Ouvre votre navigateur pour vous connecter avec votre compte d&apos;entreprise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation>Ne plus attendre le navigateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Lecture du compte de synchronisation</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>« {name} »</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Signed in to &lt;b&gt;{server}&lt;/b&gt; as &lt;b&gt;{email}&lt;/b&gt;. Synced workspaces: {names}.</source>
        <translation>Connecté à &lt;b&gt;{server}&lt;/b&gt; en tant que &lt;b&gt;{email}&lt;/b&gt;. Espaces de travail synchronisés : {names}.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, your email and your password.</source>
        <translation>Saisissez l&apos;adresse du serveur, votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Asking the server how to sign in</source>
        <translation>Demande au serveur des modes de connexion</translation>
    </message>
    <message>
        <source>single sign-on</source>
        <translation>authentification unique (SSO)</translation>
    </message>
    <message>
        <source>Sign in with {name}</source>
        <translation>Se connecter avec {name}</translation>
    </message>
    <message>
        <source>Emails at {domains} sign in with their company directory password.</source>
        <translation>Les adresses {domains} se connectent avec le mot de passe de l&apos;annuaire de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser (it opened at the sign-in page); this waits up to 5 minutes.</source>
        <translation>Terminez la connexion dans votre navigateur (il s&apos;est ouvert sur la page de connexion) ; l&apos;attente dure jusqu&apos;à 5 minutes.</translation>
    </message>
    <message>
        <source>Signing in with single sign-on</source>
        <translation>Connexion par authentification unique (SSO)</translation>
    </message>
    <message>
        <source>No browser could be opened: open this address in one: {url}</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert : ouvrez cette adresse dans un navigateur : {url}</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this device.</source>
        <translation>Déconnecté. Tout reste sur cet appareil.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>dernière synchronisation {time}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline — changes wait here</source>
        <translation>Hors ligne — les modifications attendent ici</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>: {reason}</source>
        <translation> : {reason}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message numerus="yes">
        <source>There are %n other version(s) of {what}, from edits made at the same time on two devices. Nothing was lost: compare them and choose.</source>
        <translation>
            <numerusform>Il existe une autre version pour {what}, issue de modifications simultanées sur deux appareils. Rien n&apos;est perdu : comparez et choisissez.</numerusform>
            <numerusform>Il existe %n autres versions pour {what}, issues de modifications simultanées sur deux appareils. Rien n&apos;est perdu : comparez et choisissez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current text&lt;/b&gt; (what this device uses now)</source>
        <translation>&lt;b&gt;Texte actuel&lt;/b&gt; (celui qu&apos;utilise cet appareil)</translation>
    </message>
    <message>
        <source>Choose this version</source>
        <translation>Choisir cette version</translation>
    </message>
    <message>
        <source>Use the other version&apos;s text: saved as your edit, it reaches your other devices.</source>
        <translation>Utiliser le texte de l&apos;autre version : enregistré comme votre modification, il parvient à vos autres appareils.</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Garder l&apos;actuel</translation>
    </message>
    <message>
        <source>Keep the current text and set every other version aside.</source>
        <translation>Garder le texte actuel et mettre de côté toutes les autres versions.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this other version only.</source>
        <translation>Supprimer uniquement cette autre version.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading the other versions</source>
        <translation>Lecture des autres versions</translation>
    </message>
    <message>
        <source>Other version {index} of {count} — {origin}</source>
        <translation>Autre version {index} sur {count} — {origin}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current file&lt;/b&gt; (what this device uses now)</source>
        <translation>&lt;b&gt;Fichier actuel&lt;/b&gt; (celui qu&apos;utilise cet appareil)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other version&lt;/b&gt; ({origin})</source>
        <translation>&lt;b&gt;Autre version&lt;/b&gt; ({origin})</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n ligne diffère.</numerusform>
            <numerusform>%n lignes diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Les textes sont identiques.</translation>
    </message>
    <message>
        <source>Resolving the versions</source>
        <translation>Résolution des versions</translation>
    </message>
    <message>
        <source>written {when}</source>
        <translation>écrite le {when}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source>{when} on this device</source>
        <translation>{when} sur cet appareil</translation>
    </message>
    <message>
        <source>{when} on device {device}</source>
        <translation>{when} sur l&apos;appareil {device}</translation>
    </message>
    <message>
        <source>this document&apos;s file</source>
        <translation>le fichier de ce document</translation>
    </message>
    <message>
        <source>Looking for other versions of the file</source>
        <translation>Recherche d&apos;autres versions du fichier</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
    <message>
        <source>{name} — this device</source>
        <translation>{name} — cet appareil</translation>
    </message>
    <message>
        <source>{name}
Device id {id}
Last seen {when}</source>
        <translation>{name}
Identifiant de l&apos;appareil {id}
Vu pour la dernière fois {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vos appareils&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Sign out device</source>
        <translation>Déconnecter l&apos;appareil</translation>
    </message>
    <message>
        <source>Ends that device&apos;s session at once; what is on it stays there. It can sign in again.</source>
        <translation>Met fin immédiatement à la session de cet appareil ; ce qu&apos;il contient y reste. Il pourra se reconnecter.</translation>
    </message>
    <message>
        <source>Asking the server for your devices…</source>
        <translation>Demande de vos appareils au serveur…</translation>
    </message>
    <message>
        <source>Listing your devices</source>
        <translation>Liste de vos appareils</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) signed in to this account.</source>
        <translation>
            <numerusform>%n appareil connecté à ce compte.</numerusform>
            <numerusform>%n appareils connectés à ce compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device is signed in to this account.</source>
        <translation>Aucun appareil n&apos;est connecté à ce compte.</translation>
    </message>
    <message>
        <source>Sign out this device</source>
        <translation>Déconnecter cet appareil</translation>
    </message>
    <message>
        <source>Signing out “{name}”…</source>
        <translation>Déconnexion de « {name} »…</translation>
    </message>
    <message>
        <source>“{name}” is signed out. Its data stays on it.</source>
        <translation>« {name} » est déconnecté. Ses données y restent.</translation>
    </message>
    <message>
        <source>Signing a device out</source>
        <translation>Déconnexion d&apos;un appareil</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Everything here stays on this device unless you sync it. Export it as a zip of JSON and your documents&apos; files (API keys and sign-in tokens are never included), or delete it from this device.</source>
        <translation>Tout ce qui est ici reste sur cet appareil, sauf si vous le synchronisez. Exportez-le en zip contenant du JSON et les fichiers de vos documents (les clés d&apos;API et jetons de connexion n&apos;y figurent jamais), ou supprimez-le de cet appareil.</translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation>Exporter mes données…</translation>
    </message>
    <message>
        <source>Delete all local data…</source>
        <translation>Supprimer toutes les données locales…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Download my data from the server…</source>
        <translation>Télécharger mes données du serveur…</translation>
    </message>
    <message>
        <source>Erase my server account…</source>
        <translation>Effacer mon compte sur le serveur…</translation>
    </message>
    <message>
        <source>Reading the sync account</source>
        <translation>Lecture du compte de synchronisation</translation>
    </message>
    <message>
        <source>On the sync server {server} you are {email}: download everything it holds about you (a zip of JSON and files), or erase your account there.</source>
        <translation>Sur le serveur de synchronisation {server}, vous êtes {email} : téléchargez tout ce qu&apos;il détient sur vous (un zip de JSON et de fichiers), ou effacez-y votre compte.</translation>
    </message>
    <message>
        <source>Download my data from the server</source>
        <translation>Télécharger mes données du serveur</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>Downloading what the server holds about you…</source>
        <translation>Téléchargement de ce que le serveur détient sur vous…</translation>
    </message>
    <message>
        <source>The server&apos;s data about you was saved to {file} ({size}).</source>
        <translation>Les données du serveur vous concernant ont été enregistrées dans {file} ({size}).</translation>
    </message>
    <message>
        <source>Downloading my server data</source>
        <translation>Téléchargement de mes données du serveur</translation>
    </message>
    <message>
        <source>Erase your server account?</source>
        <translation>Effacer votre compte sur le serveur ?</translation>
    </message>
    <message>
        <source>Erase my account</source>
        <translation>Effacer mon compte</translation>
    </message>
    <message>
        <source>Erasing your account on the server…</source>
        <translation>Effacement de votre compte sur le serveur…</translation>
    </message>
    <message>
        <source>Your server account is erased and this device is signed out. Everything on this device is still here.</source>
        <translation>Votre compte sur le serveur est effacé et cet appareil est déconnecté. Tout ce qui est sur cet appareil est toujours là.</translation>
    </message>
    <message>
        <source>Erasing my server account</source>
        <translation>Effacement de mon compte sur le serveur</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Préparation de l&apos;exportation…</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportation vers {file}…</translation>
    </message>
    <message>
        <source>Starting the export</source>
        <translation>Lancement de l&apos;exportation</translation>
    </message>
    <message numerus="yes">
        <source>Exporting to {file}… {done} of %n step(s)</source>
        <translation>
            <numerusform>Exportation vers {file}… {done} sur %n étape</numerusform>
            <numerusform>Exportation vers {file}… {done} sur %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Your data was exported to {file} ({size}).</source>
        <translation>Vos données ont été exportées dans {file} ({size}).</translation>
    </message>
    <message>
        <source>The export is paused: resume it in Jobs.</source>
        <translation>L&apos;exportation est en pause : reprenez-la dans Tâches.</translation>
    </message>
    <message>
        <source>see Jobs for the details</source>
        <translation>voir Tâches pour les détails</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>The export did not finish ({state}): {reason}</source>
        <translation>L&apos;exportation n&apos;a pas abouti ({state}) : {reason}</translation>
    </message>
    <message>
        <source>Counting your data</source>
        <translation>Décompte de vos données</translation>
    </message>
    <message>
        <source>Deleting all local data…</source>
        <translation>Suppression de toutes les données locales…</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;{name}&lt;/b&gt; to confirm:</source>
        <translation>Tapez &lt;b&gt;{name}&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <source>Delete all local data?</source>
        <translation>Supprimer toutes les données locales ?</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Your account &lt;b&gt;{email}&lt;/b&gt; on &lt;code&gt;{server}&lt;/code&gt; is erased:&lt;ul&gt;&lt;li&gt;your email, password, devices and sessions, your personal workspace and your invites are removed from the server&lt;/li&gt;&lt;li&gt;what you made in team workspaces stays there, no longer linked to you&lt;/li&gt;&lt;li&gt;the audit log keeps one entry saying an account was erased, under a pseudonym&lt;/li&gt;&lt;/ul&gt;This device is signed out; what is on it stays until you delete it here. This cannot be undone.</source>
        <translation>Votre compte &lt;b&gt;{email}&lt;/b&gt; sur &lt;code&gt;{server}&lt;/code&gt; est effacé :&lt;ul&gt;&lt;li&gt;votre e-mail, votre mot de passe, vos appareils et sessions, votre espace de travail personnel et vos invitations sont retirés du serveur&lt;/li&gt;&lt;li&gt;ce que vous avez créé dans les espaces de travail d&apos;équipe y reste, sans plus être lié à vous&lt;/li&gt;&lt;li&gt;le journal d&apos;audit garde une entrée indiquant qu&apos;un compte a été effacé, sous un pseudonyme&lt;/li&gt;&lt;/ul&gt;Cet appareil est déconnecté ; ce qu&apos;il contient reste jusqu&apos;à ce que vous le supprimiez ici. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This deletes from this device, for good:&lt;ul&gt;&lt;li&gt;{conversations} ({messages})&lt;/li&gt;&lt;li&gt;{documents} and their files ({size}), with the search index&lt;/li&gt;&lt;li&gt;{assistants} and {tags}&lt;/li&gt;&lt;li&gt;your settings, API keys and this device&apos;s sync sign-in&lt;/li&gt;&lt;/ul&gt;All of it is in &lt;code&gt;{folder}&lt;/code&gt;. What was synced stays on the server and your other devices. ConvoSphere then starts afresh, as on its first run. Export your data first if you may want it back.</source>
        <translation>Ceci supprime de cet appareil, définitivement :&lt;ul&gt;&lt;li&gt;{conversations} ({messages})&lt;/li&gt;&lt;li&gt;{documents} et leurs fichiers ({size}), avec l&apos;index de recherche&lt;/li&gt;&lt;li&gt;{assistants} et {tags}&lt;/li&gt;&lt;li&gt;vos paramètres, vos clés d&apos;API et la connexion de synchronisation de cet appareil&lt;/li&gt;&lt;/ul&gt;Tout se trouve dans &lt;code&gt;{folder}&lt;/code&gt;. Ce qui a été synchronisé reste sur le serveur et vos autres appareils. ConvoSphere repart ensuite de zéro, comme au premier lancement. Exportez d&apos;abord vos données si vous pourriez en avoir besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
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
        <source>%n assistant(s)</source>
        <translation>
            <numerusform>%n assistant</numerusform>
            <numerusform>%n assistants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Another ConvoSphere window or command is using this data. Close it, then delete again.</source>
        <translation>Une autre fenêtre ou commande ConvoSphere utilise ces données. Fermez-la, puis relancez la suppression.</translation>
    </message>
</context>
<context>
    <name>ProviderSetup</name>
    <message>
        <source>Welcome to ConvoSphere</source>
        <translation>Bienvenue dans ConvoSphere</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>Fournisseur de modèles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where should answers come from?&lt;/b&gt;&lt;br&gt;You can change this any time in Settings. Skipping is fine: the knowledge base works without any model.</source>
        <translation>&lt;b&gt;D&apos;où doivent venir les réponses ?&lt;/b&gt;&lt;br&gt;Vous pouvez changer cela à tout moment dans les Paramètres. Passer cette étape ne pose aucun problème : la base de connaissances fonctionne sans modèle.</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Autre serveur</translation>
    </message>
    <message>
        <source>Pick a model the server offers, or type its name</source>
        <translation>Choisissez un modèle proposé par le serveur ou saisissez son nom</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Ask the server for its models: shows whether it answers</source>
        <translation>Demande au serveur ses modèles : indique s&apos;il répond</translation>
    </message>
    <message>
        <source>Kept in your system keyring, never in ConvoSphere&apos;s database.</source>
        <translation>Conservée dans le trousseau de votre système, jamais dans la base de données de ConvoSphere.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>Listing the server&apos;s models</source>
        <translation>Liste des modèles du serveur</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected to {server}: %n model(s).</source>
        <translation>
            <numerusform>✓ Connecté à {server} : %n modèle.</numerusform>
            <numerusform>✓ Connecté à {server} : %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Connected to {server}, but it offers no models yet: type a model name.</source>
        <translation>✓ Connecté à {server}, mais il ne propose encore aucun modèle : saisissez un nom de modèle.</translation>
    </message>
    <message>
        <source>Optional for most local servers</source>
        <translation>Facultative pour la plupart des serveurs locaux</translation>
    </message>
    <message>
        <source>Choose a model first</source>
        <translation>Choisissez d&apos;abord un modèle</translation>
    </message>
</context>
<context>
    <name>SchemaForm</name>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>Cet outil ne prend aucun argument.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a JSON list, e.g. {example}</source>
        <translation>une liste JSON, p. ex. {example}</translation>
    </message>
    <message>
        <source>a JSON object, e.g. {example}</source>
        <translation>un objet JSON, p. ex. {example}</translation>
    </message>
    <message>
        <source>{name} must be {kind}.</source>
        <translation>{name} doit être {kind}.</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>une liste JSON</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
</context>
<context>
    <name>ServerDialogs</name>
    <message>
        <source>Add an MCP server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <source>Runs on this computer (stdio)</source>
        <translation>S&apos;exécute sur cet ordinateur (stdio)</translation>
    </message>
    <message>
        <source>Remote, over HTTP</source>
        <translation>Distant, via HTTP</translation>
    </message>
    <message>
        <source>KEY=value, one per line (kept in the secret store)</source>
        <translation>CLÉ=valeur, une par ligne (conservée dans le coffre à secrets)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>“{line}” is not KEY=value.</source>
        <translation>« {line} » n&apos;est pas de la forme CLÉ=valeur.</translation>
    </message>
    <message>
        <source>The command cannot be read: {reason}.</source>
        <translation>La commande est illisible : {reason}.</translation>
    </message>
    <message>
        <source>Enter the command that starts the server.</source>
        <translation>Saisissez la commande qui lance le serveur.</translation>
    </message>
    <message>
        <source>Import MCP servers</source>
        <translation>Importer des serveurs MCP</translation>
    </message>
    <message>
        <source>Paste the &lt;code&gt;mcpServers&lt;/code&gt; JSON other assistants use, e.g. &lt;code&gt;{example}&lt;/code&gt;. Values in &lt;code&gt;env&lt;/code&gt; and &lt;code&gt;headers&lt;/code&gt; go to the secret store.</source>
        <translation>Collez le JSON &lt;code&gt;mcpServers&lt;/code&gt; qu&apos;utilisent d&apos;autres assistants, p. ex. &lt;code&gt;{example}&lt;/code&gt;. Les valeurs de &lt;code&gt;env&lt;/code&gt; et &lt;code&gt;headers&lt;/code&gt; vont dans le coffre à secrets.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open an mcpServers file</source>
        <translation>Ouvrir un fichier mcpServers</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Les modifications sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Lecture des paramètres</translation>
    </message>
    <message>
        <source>Reading where secrets are kept</source>
        <translation>Lecture de l&apos;emplacement des secrets</translation>
    </message>
    <message>
        <source>Paste a key and press Save</source>
        <translation>Collez une clé et cliquez sur Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation>Décompte des documents</translation>
    </message>
    <message numerus="yes">
        <source>Switching to “{model}” re-embeds all %n document(s) in your knowledge base.</source>
        <translation>
            <numerusform>Passer à « {model} » recalcule les vecteurs de %n document de votre base de connaissances.</numerusform>
            <numerusform>Passer à « {model} » recalcule les vecteurs des %n documents de votre base de connaissances.</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs on this computer in the background and may take a while; search uses the old vectors until it finishes.</source>
        <translation>Cela s&apos;exécute sur cet ordinateur en arrière-plan et peut prendre un moment ; la recherche utilise les anciens vecteurs jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>All their text is sent to the embedding service, which may bill you for it; search uses the old vectors until it finishes.</source>
        <translation>Tout leur texte est envoyé au service d&apos;embeddings, qui peut vous le facturer ; la recherche utilise les anciens vecteurs jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Re-embed every document?</source>
        <translation>Recalculer les vecteurs de tous les documents ?</translation>
    </message>
    <message>
        <source>Saving {setting}</source>
        <translation>Enregistrement de {setting}</translation>
    </message>
    <message>
        <source>Removing {setting}</source>
        <translation>Suppression de {setting}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>last synced {time}</source>
        <translation>dernière synchro {time}</translation>
    </message>
    <message>
        <source>{state} at {time}</source>
        <translation>{state} à {time}</translation>
    </message>
    <message>
        <source>Everything on this device is on the sync server.</source>
        <translation>Tout ce qui est sur cet appareil est sur le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Sending and fetching changes now.</source>
        <translation>Envoi et récupération des modifications en cours.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Everything keeps working here; changes wait on this device and go when it can be reached.</source>
        <translation>Le serveur de synchronisation est injoignable. Tout continue de fonctionner ici ; les modifications attendent sur cet appareil et partiront dès qu&apos;il sera joignable.</translation>
    </message>
    <message>
        <source>Sync stopped on an error. Your changes are kept on this device.</source>
        <translation>La synchronisation s&apos;est arrêtée sur une erreur. Vos modifications sont conservées sur cet appareil.</translation>
    </message>
    <message>
        <source>This device does not sync. Sign in under Settings → Account &amp; sync.</source>
        <translation>Cet appareil ne se synchronise pas. Connectez-vous dans Paramètres → Compte &amp; synchronisation.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes waiting to be sent</source>
        <translation>Aucune modification en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Dernière synchronisation {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Serveur : {url}</translation>
    </message>
</context>
<context>
    <name>ToolApproval</name>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Always allow this server</source>
        <translation>Toujours autoriser ce serveur</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>server “{name}”</source>
        <translation>serveur « {name} »</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {tool}?&lt;/b&gt; ({where}; {risk}) {description}</source>
        <translation>&lt;b&gt;Exécuter {tool} ?&lt;/b&gt; ({where} ; {risk}) {description}</translation>
    </message>
    <message>
        <source>Always allow “{name}”</source>
        <translation>Toujours autoriser « {name} »</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Built-in tools</source>
        <translation>Outils intégrés</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Tools that come with ConvoSphere; they only read.</source>
        <translation>Outils fournis avec ConvoSphere ; ils ne font que lire.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>What the model may use: built-in tools and your MCP servers. Anything that writes or reaches the network asks you first.</source>
        <translation>Ce que le modèle peut utiliser : les outils intégrés et vos serveurs MCP. Tout ce qui écrit ou accède au réseau vous le demande d&apos;abord.</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Import mcpServers JSON…</source>
        <translation>Importer un JSON mcpServers…</translation>
    </message>
    <message>
        <source>No tools connected yet beyond the built-in ones. Add an MCP server — one that runs on this computer, or a remote one — or import the mcpServers JSON you use with other assistants. Every call that writes or reaches the network waits for you.</source>
        <translation>Aucun outil connecté en dehors des outils intégrés. Ajoutez un serveur MCP — sur cet ordinateur ou distant — ou importez le JSON mcpServers que vous utilisez avec d&apos;autres assistants. Chaque appel qui écrit ou accède au réseau attend votre accord.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Execution log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <source>Start / restart</source>
        <translation>Démarrer / redémarrer</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Always allow its tools</source>
        <translation>Toujours autoriser ses outils</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>The result shows here.</source>
        <translation>Le résultat s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Tous les serveurs</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Per tool</source>
        <translation>Par outil</translation>
    </message>
    <message>
        <source>Reading the MCP servers</source>
        <translation>Lecture des serveurs MCP</translation>
    </message>
    <message>
        <source>Reading the tool log</source>
        <translation>Lecture du journal des outils</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>Always there; they read only, so they run without asking.</source>
        <translation>Toujours présents ; ils ne font que lire, donc s&apos;exécutent sans demander.</translation>
    </message>
    <message>
        <source>Server: {info}</source>
        <translation>Serveur : {info}</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting {name}</source>
        <translation>Démarrage de {name}</translation>
    </message>
    <message>
        <source>Switching the server</source>
        <translation>Changement d&apos;état du serveur</translation>
    </message>
    <message>
        <source>Changing the approval</source>
        <translation>Modification de l&apos;approbation</translation>
    </message>
    <message>
        <source>Remove the server?</source>
        <translation>Retirer le serveur ?</translation>
    </message>
    <message>
        <source>Remove “{name}” and the secrets kept for it?</source>
        <translation>Retirer « {name} » et les secrets conservés pour lui ?</translation>
    </message>
    <message>
        <source>Stopping {name}</source>
        <translation>Arrêt de {name}</translation>
    </message>
    <message>
        <source>Removing the server</source>
        <translation>Retrait du serveur</translation>
    </message>
    <message>
        <source>{tool}   ({risk})</source>
        <translation>{tool}   ({risk})</translation>
    </message>
    <message>
        <source>{tool} — cannot be used</source>
        <translation>{tool} — inutilisable</translation>
    </message>
    <message>
        <source>Running {tool}…</source>
        <translation>Exécution de {tool}…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Error ({time}):</source>
        <translation>Erreur ({time}) :</translation>
    </message>
    <message>
        <source>Result ({time}):</source>
        <translation>Résultat ({time}) :</translation>
    </message>
    <message>
        <source>Running {tool}</source>
        <translation>Exécution de {tool}</translation>
    </message>
    <message>
        <source>Adding the server</source>
        <translation>Ajout du serveur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Ajoutés : {names}.</translation>
    </message>
    <message>
        <source>Skipped {name}: {reason}.</source>
        <translation>{name} ignoré : {reason}.</translation>
    </message>
    <message>
        <source>Imported MCP servers</source>
        <translation>Serveurs MCP importés</translation>
    </message>
    <message>
        <source>Importing MCP servers</source>
        <translation>Importation des serveurs MCP</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <source>this device only</source>
        <translation>cet appareil uniquement</translation>
    </message>
    <message>
        <source>on the server — join to use it here</source>
        <translation>sur le serveur — à rejoindre pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Each workspace has its own conversations, assistants and documents. Opening another restarts ConvoSphere into it; text you are typing comes along.</source>
        <translation>Chaque espace de travail a ses propres conversations, assistants et documents. En ouvrir un autre redémarre ConvoSphere dans celui-ci ; le texte en cours de saisie suit.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Listing workspaces</source>
        <translation>Liste des espaces de travail</translation>
    </message>
    <message>
        <source>Sign in under Settings → Account &amp; sync to see your team&apos;s workspaces.</source>
        <translation>Connectez-vous dans Paramètres → Compte &amp; synchronisation pour voir les espaces de travail de votre équipe.</translation>
    </message>
    <message>
        <source>Asking the server for your other workspaces…</source>
        <translation>Demande de vos autres espaces de travail au serveur…</translation>
    </message>
    <message>
        <source>Listing the server&apos;s workspaces</source>
        <translation>Liste des espaces de travail du serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) on the server to join.</source>
        <translation>
            <numerusform>%n espace de travail à rejoindre sur le serveur.</numerusform>
            <numerusform>%n espaces de travail à rejoindre sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have every workspace of yours on this device.</source>
        <translation>Tous vos espaces de travail sont sur cet appareil.</translation>
    </message>
    <message>
        <source>Only this device&apos;s workspaces are listed. {reason}</source>
        <translation>Seuls les espaces de travail de cet appareil sont listés. {reason}</translation>
    </message>
    <message>
        <source>Joining “{name}”…</source>
        <translation>Adhésion à « {name} »…</translation>
    </message>
    <message>
        <source>Joining a workspace</source>
        <translation>Adhésion à un espace de travail</translation>
    </message>
    <message>
        <source>Downloading “{name}” (conversations, documents, files)…</source>
        <translation>Téléchargement de « {name} » (conversations, documents, fichiers)…</translation>
    </message>
    <message>
        <source>Checking the first sync</source>
        <translation>Vérification de la première synchronisation</translation>
    </message>
    <message>
        <source>“{name}” is on this device now. Open it to work in it.</source>
        <translation>« {name} » est maintenant sur cet appareil. Ouvrez-le pour y travailler.</translation>
    </message>
</context>
</TS>
