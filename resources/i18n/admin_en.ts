<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminHealth</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminWorkspaces</name>
    <message numerus="yes">
        <source>%n workspace(s) (the first {shown} are listed).</source>
        <translation>
            <numerusform>%n workspace (the first {shown} are listed).</numerusform>
            <numerusform>%n workspaces (the first {shown} are listed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s).</source>
        <translation>
            <numerusform>%n workspace.</numerusform>
            <numerusform>%n workspaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: only {email} can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Code made for {workspace} as {role}: only {email} can use it within %n day. It is shown only now.</numerusform>
            <numerusform>Code made for {workspace} as {role}: only {email} can use it within %n days. It is shown only now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code made for {workspace} as {role}: whoever has it can use it within %n day(s). It is shown only now.</source>
        <translation>
            <numerusform>Code made for {workspace} as {role}: whoever has it can use it within %n day. It is shown only now.</numerusform>
            <numerusform>Code made for {workspace} as {role}: whoever has it can use it within %n days. It is shown only now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message numerus="yes">
        <source>%n answer(s) had no usage report: tokens estimated</source>
        <translation>
            <numerusform>%n answer had no usage report: tokens estimated</numerusform>
            <numerusform>%n answers had no usage report: tokens estimated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of a model with no known price</source>
        <translation>
            <numerusform>%n answer of a model with no known price</numerusform>
            <numerusform>%n answers of a model with no known price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %n estimated</source>
        <translation>
            <numerusform>≈ %n estimated</numerusform>
            <numerusform>≈ %n estimated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of models with no known price</source>
        <translation>
            <numerusform>%n answer of models with no known price</numerusform>
            <numerusform>%n answers of models with no known price</numerusform>
        </translation>
    </message>
</context>
</TS>
