<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChatErrors</name>
    <message numerus="yes">
        <source>{label} is limiting how fast requests can be made. Try again in %n second(s).</source>
        <translation>
            <numerusform>{label} is limiting how fast requests can be made. Try again in %n second.</numerusform>
            <numerusform>{label} is limiting how fast requests can be made. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatMetrics</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message numerus="yes">
        <source>{failed} of %n item(s) failed. See the list of errors, then retry to run those items again.</source>
        <translation>
            <numerusform>{failed} of %n item failed. See the list of errors, then retry to run those items again.</numerusform>
            <numerusform>{failed} of %n items failed. See the list of errors, then retry to run those items again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeCheck</name>
    <message numerus="yes">
        <source>%n chunk(s) belong to no document</source>
        <translation>
            <numerusform>%n chunk belongs to no document</numerusform>
            <numerusform>%n chunks belong to no document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) were made by an older chunker</source>
        <translation>
            <numerusform>%n chunk was made by an older chunker</numerusform>
            <numerusform>%n chunks were made by an older chunker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) are missing from the keyword index</source>
        <translation>
            <numerusform>%n chunk is missing from the keyword index</numerusform>
            <numerusform>%n chunks are missing from the keyword index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword index row(s) have no chunk</source>
        <translation>
            <numerusform>%n keyword index row has no chunk</numerusform>
            <numerusform>%n keyword index rows have no chunk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) have no chunk</source>
        <translation>
            <numerusform>%n vector has no chunk</numerusform>
            <numerusform>%n vectors have no chunk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) have no vector</source>
        <translation>
            <numerusform>%n chunk has no vector</numerusform>
            <numerusform>%n chunks have no vector</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) have no chunks</source>
        <translation>
            <numerusform>%n document has no chunks</numerusform>
            <numerusform>%n documents have no chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) belong to no document</source>
        <translation>
            <numerusform>%n stored file belongs to no document</numerusform>
            <numerusform>%n stored files belong to no document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)&apos; stored files are missing (import them again)</source>
        <translation>
            <numerusform>%n document&apos;s stored file is missing (import it again)</numerusform>
            <numerusform>%n documents&apos; stored files are missing (import them again)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeImport</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeJobs</name>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServers</name>
    <message numerus="yes">
        <source>Ready: %n tool(s).</source>
        <translation>
            <numerusform>Ready: %n tool.</numerusform>
            <numerusform>Ready: %n tools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolCards</name>
    <message numerus="yes">
        <source>The model asked for more tools after %n step(s), the limit for one answer; ask again to let it go on.</source>
        <translation>
            <numerusform>The model asked for more tools after %n step, the limit for one answer; ask again to let it go on.</numerusform>
            <numerusform>The model asked for more tools after %n steps, the limit for one answer; ask again to let it go on.</numerusform>
        </translation>
    </message>
</context>
</TS>
