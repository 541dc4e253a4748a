<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryExport</name>
    <message numerus="yes">
        <source>%n document(s) could not be exported: {names}.</source>
        <translation>
            <numerusform>%n document could not be exported: {names}.</numerusform>
            <numerusform>%n documents could not be exported: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export was written to {path} without %n document(s) that could not be read (see the errors above); retry once they are fixed to add them.</source>
        <translation>
            <numerusform>The export was written to {path} without %n document that could not be read (see the error above); retry once it is fixed to add it.</numerusform>
            <numerusform>The export was written to {path} without %n documents that could not be read (see the errors above); retry once they are fixed to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message numerus="yes">
        <source>%n file(s) are missing from the library and are not in the export ({files}…).</source>
        <translation>
            <numerusform>%n file is missing from the library and is not in the export ({files}…).</numerusform>
            <numerusform>%n files are missing from the library and are not in the export ({files}…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
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
    <name>Units</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
