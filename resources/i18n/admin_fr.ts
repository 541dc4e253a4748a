<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminAudit</name>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Sign-ins (auth.*)</source>
        <translation>Connexions (auth.*)</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Connexions échouées</translation>
    </message>
    <message>
        <source>Users (user.*)</source>
        <translation>Utilisateurs (user.*)</translation>
    </message>
    <message>
        <source>Members (member.*)</source>
        <translation>Membres (member.*)</translation>
    </message>
    <message>
        <source>Workspaces (workspace.*)</source>
        <translation>Espaces de travail (workspace.*)</translation>
    </message>
    <message>
        <source>Sync (sync.*)</source>
        <translation>Synchronisation (sync.*)</translation>
    </message>
    <message>
        <source>Audit exports</source>
        <translation>Exportations du journal</translation>
    </message>
    <message>
        <source>Personal data (gdpr.*)</source>
        <translation>Données personnelles (gdpr.*)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre deux dates…</translation>
    </message>
    <message>
        <source>erased user {id}</source>
        <translation>utilisateur effacé {id}</translation>
    </message>
    <message>
        <source>server operator</source>
        <translation>opérateur du serveur</translation>
    </message>
    <message>
        <source>hash {hash}</source>
        <translation>empreinte {hash}</translation>
    </message>
    <message>
        <source>Actor: email or user id</source>
        <translation>Auteur : e-mail ou ID utilisateur</translation>
    </message>
    <message>
        <source>Pick a group, or type an action such as member.role or auth.</source>
        <translation>Choisissez un groupe ou saisissez une action, par exemple member.role ou auth.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Plus récentes</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Plus anciennes ›</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Exported the audit log ({size}, {format}) to {path}.</source>
        <translation>Journal d&apos;audit ({size}, {format}) exporté vers {path}.</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Exportation du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>AdminColumns</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation>Appareils actifs</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Rôle serveur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
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
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>AdminConsole</name>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} sur {total}</translation>
    </message>
    <message>
        <source>{what} failed: {error}</source>
        <translation>{what} : échec. {error}</translation>
    </message>
    <message>
        <source>Admin console</source>
        <translation>Console d&apos;administration</translation>
    </message>
    <message>
        <source>Sign in as a server admin or auditor to see the team server.</source>
        <translation>Connectez-vous en tant qu&apos;administrateur ou auditeur du serveur pour voir le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>The team server at {url}; you are an admin.</source>
        <translation>Le serveur d&apos;équipe à l&apos;adresse {url} ; vous êtes administrateur.</translation>
    </message>
    <message>
        <source>The team server at {url}; you are an auditor (read only).</source>
        <translation>Le serveur d&apos;équipe à l&apos;adresse {url} ; vous êtes auditeur (lecture seule).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>(erased account)</source>
        <translation>(compte effacé)</translation>
    </message>
</context>
<context>
    <name>AdminHealth</name>
    <message>
        <source>Server version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Devices connected now</source>
        <translation>Appareils connectés</translation>
    </message>
    <message>
        <source>Devices active (24 h)</source>
        <translation>Appareils actifs (24 h)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reading the server&apos;s health</source>
        <translation>Lecture de l&apos;état du serveur</translation>
    </message>
    <message>
        <source>sync protocol {protocol}</source>
        <translation>protocole de synchronisation {protocol}</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>NOT answering</source>
        <translation>NE répond PAS</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>live-update streams open</source>
        <translation>flux de mise à jour en direct ouverts</translation>
    </message>
    <message>
        <source>last signed checkpoint at #{seq}</source>
        <translation>dernier point de contrôle signé au n° {seq}</translation>
    </message>
    <message>
        <source>no signed checkpoint yet</source>
        <translation>aucun point de contrôle signé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Checked at {time}.</source>
        <translation>Vérifié à {time}.</translation>
    </message>
    <message>
        <source>The server cannot reach its database: sync and sign-in fail.</source>
        <translation>Le serveur n&apos;atteint pas sa base de données : la synchronisation et la connexion échouent.</translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
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
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
</context>
<context>
    <name>AdminUsage</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>By workspace</source>
        <translation>Par espace de travail</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Estimated cost (USD)</source>
        <translation>Coût estimé (USD)</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Active devices</source>
        <translation>Appareils actifs</translation>
    </message>
    <message>
        <source>Changes synced per day</source>
        <translation>Modifications synchronisées par jour</translation>
    </message>
    <message>
        <source>Reading usage</source>
        <translation>Lecture de l&apos;utilisation</translation>
    </message>
    <message>
        <source>Since {day} (UTC days). Tokens and cost are what the members&apos; apps reported with their answers; they are estimates.</source>
        <translation>Depuis le {day} (jours UTC). Les jetons et le coût sont ceux que les applications des membres ont signalés avec leurs réponses ; ce sont des estimations.</translation>
    </message>
    <message>
        <source>Nothing was synced in this period.</source>
        <translation>Rien n&apos;a été synchronisé pendant cette période.</translation>
    </message>
</context>
<context>
    <name>AdminUsers</name>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditeurs</translation>
    </message>
    <message>
        <source>No server role</source>
        <translation>Aucun rôle serveur</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Actifs et désactivés</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Auditor (reads users, audit, usage, health)</source>
        <translation>Auditeur (lit utilisateurs, audit, utilisation, état)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Search by email</source>
        <translation>Rechercher par e-mail</translation>
    </message>
    <message>
        <source>Invite to a workspace…</source>
        <translation>Inviter dans un espace de travail…</translation>
    </message>
    <message>
        <source>Server role…</source>
        <translation>Rôle serveur…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Reading users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <source>No account matches.</source>
        <translation>Aucun compte ne correspond.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Rôle serveur</translation>
    </message>
    <message>
        <source>Server role of {email}:</source>
        <translation>Rôle serveur de {email} :</translation>
    </message>
    <message>
        <source>Changing the server role</source>
        <translation>Modification du rôle serveur</translation>
    </message>
    <message>
        <source>Disable this account?</source>
        <translation>Désactiver ce compte ?</translation>
    </message>
    <message>
        <source>{email} is signed out on every device at once and cannot sign in again until you enable the account. Their data stays on the server.</source>
        <translation>{email} est aussitôt déconnecté sur tous ses appareils et ne peut plus se connecter tant que vous n&apos;activez pas le compte. Ses données restent sur le serveur.</translation>
    </message>
    <message>
        <source>Disabling the account</source>
        <translation>Désactivation du compte</translation>
    </message>
    <message>
        <source>Enabling the account</source>
        <translation>Activation du compte</translation>
    </message>
    <message>
        <source>{email} is disabled: every session ended; server role {role}.</source>
        <translation>{email} est désactivé : toutes les sessions sont terminées ; rôle serveur {role}.</translation>
    </message>
    <message>
        <source>{email} is active; server role {role}.</source>
        <translation>{email} est actif ; rôle serveur {role}.</translation>
    </message>
</context>
<context>
    <name>AdminWorkspaces</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>anyone with the code</source>
        <translation>toute personne ayant le code</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Select a workspace to see its members.</source>
        <translation>Sélectionnez un espace de travail pour voir ses membres.</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Définir le rôle</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Pending invites</source>
        <translation>Invitations en attente</translation>
    </message>
    <message>
        <source>Revoke invite</source>
        <translation>Révoquer l&apos;invitation</translation>
    </message>
    <message>
        <source>When a member erases their account:</source>
        <translation>Quand un membre efface son compte :</translation>
    </message>
    <message>
        <source>Keep what they made, anonymised</source>
        <translation>Garder ses contenus, anonymisés</translation>
    </message>
    <message>
        <source>Delete what they made, on every device</source>
        <translation>Supprimer ses contenus, sur tous les appareils</translation>
    </message>
    <message>
        <source>Reading workspaces</source>
        <translation>Lecture des espaces de travail</translation>
    </message>
    <message>
        <source>No workspace matches.</source>
        <translation>Aucun espace de travail ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) (the first {shown} are listed).</source>
        <translation>
            <numerusform>%n espace de travail (les {shown} premiers sont listés).</numerusform>
            <numerusform>%n espaces de travail (les {shown} premiers sont listés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s).</source>
        <translation>
            <numerusform>%n espace de travail.</numerusform>
            <numerusform>%n espaces de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members of “{name}”</source>
        <translation>Membres de « {name} »</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s settings</source>
        <translation>Lecture des paramètres de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>In “{name}”, an erased member&apos;s content is now kept, anonymised.</source>
        <translation>Dans « {name} », les contenus d&apos;un membre effacé sont désormais gardés, anonymisés.</translation>
    </message>
    <message>
        <source>In “{name}”, an erased member&apos;s content is now deleted everywhere.</source>
        <translation>Dans « {name} », les contenus d&apos;un membre effacé sont désormais supprimés partout.</translation>
    </message>
    <message>
        <source>Saving the workspace&apos;s settings</source>
        <translation>Enregistrement des paramètres de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Reading members</source>
        <translation>Lecture des membres</translation>
    </message>
    <message>
        <source>Invites are for team workspaces.</source>
        <translation>Les invitations concernent les espaces de travail d&apos;équipe.</translation>
    </message>
    <message>
        <source>Reading invites</source>
        <translation>Lecture des invitations</translation>
    </message>
    <message>
        <source>Pending invites ({count})</source>
        <translation>Invitations en attente ({count})</translation>
    </message>
    <message>
        <source>No pending invites</source>
        <translation>Aucune invitation en attente</translation>
    </message>
    <message>
        <source>Revoking the invite</source>
        <translation>Révocation de l&apos;invitation</translation>
    </message>
    <message>
        <source>The invite was revoked: its code no longer works.</source>
        <translation>L&apos;invitation a été révoquée : son code ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The owner keeps the workspace until they transfer it.</source>
        <translation>Le propriétaire garde l&apos;espace de travail jusqu&apos;à ce qu&apos;il le transfère.</translation>
    </message>
    <message>
        <source>Changing the member&apos;s role</source>
        <translation>Modification du rôle du membre</translation>
    </message>
    <message>
        <source>{email} is now {role} of “{name}”.</source>
        <translation>{email} est désormais {role} de « {name} ».</translation>
    </message>
    <message>
        <source>Remove this member?</source>
        <translation>Retirer ce membre ?</translation>
    </message>
    <message>
        <source>{email} leaves “{name}”. Their devices stop syncing it at their next sync and tell them so; what they made stays in the workspace.</source>
        <translation>{email} quitte « {name} ». Ses appareils cessent de le synchroniser à la prochaine synchronisation et le lui signalent ; ses contenus restent dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Removing the member</source>
        <translation>Retrait du membre</translation>
    </message>
    <message>
        <source>{who} was removed from “{name}”.</source>
        <translation>{who} a été retiré de « {name} ».</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Editor — reads and changes everything</source>
        <translation>Éditeur — lit et modifie tout</translation>
    </message>
    <message>
        <source>Viewer — reads only</source>
        <translation>Lecteur — lecture seule</translation>
    </message>
    <message>
        <source>Admin — also manages members</source>
        <translation>Administrateur — gère aussi les membres</translation>
    </message>
    <message>
        <source>Invite to a workspace</source>
        <translation>Inviter dans un espace de travail</translation>
    </message>
    <message>
        <source>Optional: only this account may use the code</source>
        <translation>Facultatif : seul ce compte peut utiliser le code</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>The code appears here, once</source>
        <translation>Le code s&apos;affiche ici, une seule fois</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The invitee pastes the code in Settings → Account &amp; sync. Send it any way you like.</source>
        <translation>La personne invitée colle le code dans Paramètres → Compte et synchronisation. Envoyez-le comme vous voulez.</translation>
    </message>
    <message>
        <source>Create code</source>
        <translation>Créer le code</translation>
    </message>
    <message>
        <source>Reading workspaces</source>
        <translation>Lecture des espaces de travail</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no team workspace yet: create one first.</source>
        <translation>Il n&apos;y a pas encore d&apos;espace de travail d&apos;équipe : créez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Creating the invite</source>
        <translation>Création de l&apos;invitation</translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: only {email} can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Code créé pour {workspace} en tant que {role} : seul {email} peut l&apos;utiliser dans un délai de %n jour. Il n&apos;est affiché que maintenant.</numerusform>
            <numerusform>Code créé pour {workspace} en tant que {role} : seul {email} peut l&apos;utiliser dans un délai de %n jours. Il n&apos;est affiché que maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: whoever has it can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Code créé pour {workspace} en tant que {role} : quiconque le possède peut l&apos;utiliser dans un délai de %n jour. Il n&apos;est affiché que maintenant.</numerusform>
            <numerusform>Code créé pour {workspace} en tant que {role} : quiconque le possède peut l&apos;utiliser dans un délai de %n jours. Il n&apos;est affiché que maintenant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message>
        <source>{value}G</source>
        <comment>billions, on a chart axis</comment>
        <translation>{value} G</translation>
    </message>
    <message>
        <source>{value}M</source>
        <comment>millions, on a chart axis</comment>
        <translation>{value} M</translation>
    </message>
    <message>
        <source>{value}k</source>
        <comment>thousands, on a chart axis</comment>
        <translation>{value} k</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Autres ({count})</translation>
    </message>
    <message>
        <source>{name}: {value} ({share})</source>
        <translation>{name} : {value} ({share})</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <source>&lt;{percent}</source>
        <translation>&lt; {percent}</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
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
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Jetons d&apos;entrée</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Jetons de sortie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>${amount}</source>
        <comment>a cost in US dollars</comment>
        <translation>{amount}&#xa0;$</translation>
    </message>
    <message>
        <source>{cost} + ?</source>
        <translation>{cost} + ?</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) had no usage report: tokens estimated</source>
        <translation>
            <numerusform>%n réponse sans rapport d&apos;utilisation : jetons estimés</numerusform>
            <numerusform>%n réponses sans rapport d&apos;utilisation : jetons estimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of a model with no known price</source>
        <translation>
            <numerusform>%n réponse d&apos;un modèle sans prix connu</numerusform>
            <numerusform>%n réponses d&apos;un modèle sans prix connu</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>All my devices (synced answers too)</source>
        <translation>Tous mes appareils (réponses synchronisées comprises)</translation>
    </message>
    <message>
        <source>When you chat, each answer&apos;s tokens and its estimated cost appear here, per provider and model per day. Answers from a local server count tokens and cost nothing.</source>
        <translation>Quand vous discutez, les jetons et le coût estimé de chaque réponse s&apos;affichent ici, par fournisseur, modèle et jour. Les réponses d&apos;un serveur local comptent des jetons et ne coûtent rien.</translation>
    </message>
    <message>
        <source>When you chat, import documents or search, this page fills in: conversations and messages per day; tokens and estimated cost per provider and model per day; documents and storage by type and tag; searches; background jobs.</source>
        <translation>Quand vous discutez, importez des documents ou lancez des recherches, cette page se remplit : conversations et messages par jour ; jetons et coût estimé par fournisseur, modèle et jour ; documents et stockage par type et par étiquette ; recherches ; tâches d&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Estimated cost (USD)</source>
        <translation>Coût estimé (USD)</translation>
    </message>
    <message>
        <source>Tokens per day, by model</source>
        <translation>Jetons par jour, par modèle</translation>
    </message>
    <message>
        <source>Costs are estimates from public list prices; your provider&apos;s bill is what counts.</source>
        <translation>Les coûts sont estimés d&apos;après les prix publics ; seule la facture de votre fournisseur fait foi.</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Jetons et coût</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>No usage yet</source>
        <translation>Aucune utilisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Reading usage…</source>
        <translation>Lecture de l&apos;utilisation…</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Tokens and estimated cost of your answers; conversations, documents, searches and background jobs.</source>
        <translation>Jetons et coût estimé de vos réponses ; conversations, documents, recherches et tâches d&apos;arrière-plan.</translation>
    </message>
    <message>
        <source>Reading usage</source>
        <translation>Lecture de l&apos;utilisation</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n estimated</source>
        <translation>
            <numerusform>≈ %n estimé</numerusform>
            <numerusform>≈ %n estimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of models with no known price</source>
        <translation>
            <numerusform>%n réponse de modèles sans prix connu</numerusform>
            <numerusform>%n réponses de modèles sans prix connu</numerusform>
        </translation>
    </message>
    <message>
        <source>{model} ({provider})</source>
        <translation>{model} ({provider})</translation>
    </message>
</context>
<context>
    <name>UsagePanels</name>
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
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save “{caption}” as a CSV file</source>
        <translation>Enregistrer « {caption} » dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Documents added in the chosen period</source>
        <translation>Documents ajoutés pendant la période choisie</translation>
    </message>
    <message>
        <source>When you chat, the conversations you start and the messages of each day appear here.</source>
        <translation>Quand vous discutez, les conversations que vous commencez et les messages de chaque jour s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Conversations and messages per day</source>
        <translation>Conversations et messages par jour</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
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
        <source>Import documents in Knowledge: their number and storage by type and by tag appear here.</source>
        <translation>Importez des documents dans Connaissances : leur nombre et leur stockage par type et par étiquette s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Storage by type</source>
        <translation>Stockage par type</translation>
    </message>
    <message>
        <source>Documents per tag</source>
        <translation>Documents par étiquette</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>Searches you run in Knowledge or with Ctrl+K appear here: how many each day and the queries you run most.</source>
        <translation>Les recherches lancées dans Connaissances ou avec Ctrl+K s&apos;affichent ici : combien chaque jour et les requêtes les plus fréquentes.</translation>
    </message>
    <message>
        <source>Search history is off, so searches are not recorded and none can be counted here. Turn on “Remember searches” in Settings to see your search activity.</source>
        <translation>L&apos;historique des recherches est désactivé : les recherches ne sont pas enregistrées et ne peuvent pas être comptées ici. Activez « Mémoriser les recherches » dans Paramètres pour voir votre activité de recherche.</translation>
    </message>
    <message>
        <source>Queries by the day they were last run</source>
        <translation>Requêtes selon le jour de leur dernière exécution</translation>
    </message>
    <message>
        <source>Most run queries</source>
        <translation>Requêtes les plus fréquentes</translation>
    </message>
    <message>
        <source>Distinct queries last run that day (history keeps one entry per query)</source>
        <translation>Requêtes distinctes exécutées pour la dernière fois ce jour-là (l&apos;historique garde une entrée par requête)</translation>
    </message>
    <message>
        <source>Search history is off (Settings): new searches are not recorded, so they are not counted here. What was recorded before stays until you clear it.</source>
        <translation>L&apos;historique des recherches est désactivé (Paramètres) : les nouvelles recherches ne sont pas enregistrées, elles ne sont donc pas comptées ici. Ce qui a été enregistré avant reste jusqu&apos;à ce que vous l&apos;effaciez.</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Background work (imports, re-indexing, bulk actions) appears here, by kind and outcome, with the reason of each failure.</source>
        <translation>Le travail d&apos;arrière-plan (importations, réindexation, actions groupées) s&apos;affiche ici, par type et par résultat, avec la raison de chaque échec.</translation>
    </message>
    <message>
        <source>Jobs by kind and outcome</source>
        <translation>Tâches par type et par résultat</translation>
    </message>
    <message>
        <source>By kind and state</source>
        <translation>Par type et par état</translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation>Tâches échouées</translation>
    </message>
</context>
</TS>
