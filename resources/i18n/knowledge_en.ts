<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkJobs</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more job(s))</source>
        <translation>
            <numerusform>(and %n more job)</numerusform>
            <numerusform>(and %n more jobs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: cancelled after {done} of %n batch(es).</source>
        <translation>
            <numerusform>{title}: cancelled after {done} of %n batch.</numerusform>
            <numerusform>{title}: cancelled after {done} of %n batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n batch(es) failed.</source>
        <translation>
            <numerusform>{title}: %n batch failed.</numerusform>
            <numerusform>{title}: %n batches failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message numerus="yes">
        <source>%n document(s) in the trash</source>
        <translation>
            <numerusform>%n document in the trash</numerusform>
            <numerusform>%n documents in the trash</numerusform>
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
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %n matching</source>
        <translation>
            <numerusform>Select the %n matching</numerusform>
            <numerusform>Select all %n matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s) for good? Their files and index entries are removed.</source>
        <translation>
            <numerusform>Delete %n document for good? Its file and index entries are removed.</numerusform>
            <numerusform>Delete %n documents for good? Their files and index entries are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n document(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n document in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n documents in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s) (+{more} more)</source>
        <translation>
            <numerusform>Importing {done} of %n file (+{more} more)</numerusform>
            <numerusform>Importing {done} of %n files (+{more} more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing {done} of %n file(s)</source>
        <translation>
            <numerusform>Importing {done} of %n file</numerusform>
            <numerusform>Importing {done} of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after {done} of %n file(s)</source>
        <translation>
            <numerusform>Import cancelled after {done} of %n file</numerusform>
            <numerusform>Import cancelled after {done} of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %n file(s); {failed} could not be imported</source>
        <translation>
            <numerusform>Imported {done} of %n file; {failed} could not be imported</numerusform>
            <numerusform>Imported {done} of %n files; {failed} could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message numerus="yes">
        <source>{done} of %n file(s)</source>
        <translation>
            <numerusform>{done} of %n file</numerusform>
            <numerusform>{done} of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n batch(es)</source>
        <translation>
            <numerusform>{done} of %n batch</numerusform>
            <numerusform>{done} of %n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s)</source>
        <translation>
            <numerusform>{done} of %n document</numerusform>
            <numerusform>{done} of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n item(s)</source>
        <translation>
            <numerusform>{done} of %n item</numerusform>
            <numerusform>{done} of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message numerus="yes">
        <source>%n tag(s). Double-click a name to rename it; select several and use Merge into… to fold them into one.</source>
        <translation>
            <numerusform>%n tag. Double-click a name to rename it; select several and use Merge into… to fold them into one.</numerusform>
            <numerusform>%n tags. Double-click a name to rename it; select several and use Merge into… to fold them into one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge {names} into “{target}”? Their %n document link(s) move to “{target}” and {names} will be gone.</source>
        <translation>
            <numerusform>Merge {names} into “{target}”? Their %n document link moves to “{target}” and {names} will be gone.</numerusform>
            <numerusform>Merge {names} into “{target}”? Their %n document links move to “{target}” and {names} will be gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {names}? It will be removed from %n document(s). The documents themselves are kept.</source>
        <translation>
            <numerusform>Delete {names}? It will be removed from %n document. The document itself is kept.</numerusform>
            <numerusform>Delete {names}? It will be removed from %n documents. The documents themselves are kept.</numerusform>
        </translation>
    </message>
</context>
</TS>
