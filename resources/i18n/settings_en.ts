<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountSection</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>There are %n other version(s) of {what}, from edits made at the same time on two devices. Nothing was lost: compare them and choose.</source>
        <translation>
            <numerusform>There is another version of {what}, from edits made at the same time on two devices. Nothing was lost: compare them and choose.</numerusform>
            <numerusform>There are %n other versions of {what}, from edits made at the same time on two devices. Nothing was lost: compare them and choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n line differs.</numerusform>
            <numerusform>%n lines differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) signed in to this account.</source>
        <translation>
            <numerusform>%n device signed in to this account.</numerusform>
            <numerusform>%n devices signed in to this account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message numerus="yes">
        <source>Exporting to {file}… {done} of %n step(s)</source>
        <translation>
            <numerusform>Exporting to {file}… {done} of %n step</numerusform>
            <numerusform>Exporting to {file}… {done} of %n steps</numerusform>
        </translation>
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
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderSetup</name>
    <message numerus="yes">
        <source>✓ Connected to {server}: %n model(s).</source>
        <translation>
            <numerusform>✓ Connected to {server}: %n model.</numerusform>
            <numerusform>✓ Connected to {server}: %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>Switching to “{model}” re-embeds all %n document(s) in your knowledge base.</source>
        <translation>
            <numerusform>Switching to “{model}” re-embeds the one document in your knowledge base.</numerusform>
            <numerusform>Switching to “{model}” re-embeds all %n documents in your knowledge base.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message numerus="yes">
        <source>%n workspace(s) on the server to join.</source>
        <translation>
            <numerusform>%n workspace on the server to join.</numerusform>
            <numerusform>%n workspaces on the server to join.</numerusform>
        </translation>
    </message>
</context>
</TS>
