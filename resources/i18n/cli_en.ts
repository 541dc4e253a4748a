<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CliConflicts</name>
    <message numerus="yes">
        <source>“{name}” keeps its current value; %n kept version(s) set aside.</source>
        <translation>
            <numerusform>“{name}” keeps its current value; %n kept version set aside.</numerusform>
            <numerusform>“{name}” keeps its current value; %n kept versions set aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message numerus="yes">
        <source>%n earlier import(s) are left to ConvoSphere, which is running.</source>
        <translation>
            <numerusform>%n earlier import is left to ConvoSphere, which is running.</numerusform>
            <numerusform>%n earlier imports are left to ConvoSphere, which is running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n interrupted import(s)…</source>
        <translation>
            <numerusform>Resuming %n interrupted import…</numerusform>
            <numerusform>Resuming %n interrupted imports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaving out %n file(s) in those folders of kinds that cannot be imported.</source>
        <translation>
            <numerusform>Leaving out %n file in those folders of a kind that cannot be imported.</numerusform>
            <numerusform>Leaving out %n files in those folders of kinds that cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSearch</name>
    <message numerus="yes">
        <source>Forgot %n search(es).</source>
        <translation>
            <numerusform>Forgot %n search.</numerusform>
            <numerusform>Forgot %n searches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n change(s)</source>
        <translation>
            <numerusform>sent %n change</numerusform>
            <numerusform>sent %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTags</name>
    <message numerus="yes">
        <source>{count} document(s)</source>
        <translation>
            <numerusform>{count} document</numerusform>
            <numerusform>{count} documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n tag(s) into “{name}”:</source>
        <translation>
            <numerusform>Merged %n tag into “{name}”:</numerusform>
            <numerusform>Merged %n tags into “{name}”:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) moved</source>
        <translation>
            <numerusform>%n document moved</numerusform>
            <numerusform>%n documents moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag “{name}”; it was removed from %n document(s).</source>
        <translation>
            <numerusform>Deleted the tag “{name}”; it was removed from %n document.</numerusform>
            <numerusform>Deleted the tag “{name}”; it was removed from %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTools</name>
    <message numerus="yes">
        <source>Added the MCP server “{name}” ({target}); %n secret value(s) went to the secret store.</source>
        <translation>
            <numerusform>Added the MCP server “{name}” ({target}); %n secret value went to the secret store.</numerusform>
            <numerusform>Added the MCP server “{name}” ({target}); %n secret values went to the secret store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>conflicting option string(s): %s</source>
        <translation>
            <numerusform>conflicting option string: %s</numerusform>
            <numerusform>conflicting option strings: %s</numerusform>
        </translation>
    </message>
</context>
</TS>
