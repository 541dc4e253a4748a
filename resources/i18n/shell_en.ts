<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <source>%n background job(s) — {done} of {total}</source>
        <translation>
            <numerusform>%n background job — {done} of {total}</numerusform>
            <numerusform>%n background jobs — {done} of {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message numerus="yes">
        <source>%n other version(s) of the instructions</source>
        <translation>
            <numerusform>%n other version of the instructions</numerusform>
            <numerusform>%n other versions of the instructions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message numerus="yes">
        <source>A model for this conversation only (empty: the default); %n offered by the server</source>
        <translation>
            <numerusform>A model for this conversation only (empty: the default); %n offered by the server</numerusform>
            <numerusform>A model for this conversation only (empty: the default); %n offered by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n conversation(s) and all their messages will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n conversation and all its messages will be deleted for good. This cannot be undone.</numerusform>
            <numerusform>%n conversations and all their messages will be deleted for good. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeBar</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
