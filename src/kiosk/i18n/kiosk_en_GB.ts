<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>StaffExportPanel</name>
    <message numerus="yes">
        <source>Only %1 (%n lead(s))</source>
        <translation>
            <numerusform>Only %1 (%n lead)</numerusform>
            <numerusform>Only %1 (%n leads)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported and checked: %n lead(s)</source>
        <translation>
            <numerusform>Exported and checked: %n lead</numerusform>
            <numerusform>Exported and checked: %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSyncPanel</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) at the last merge</source>
        <translation>
            <numerusform>%n person at the last merge</numerusform>
            <numerusform>%n people at the last merge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s); not merged into people yet</source>
        <translation>
            <numerusform>%n lead; not merged into people yet</numerusform>
            <numerusform>%n leads; not merged into people yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) pooled</source>
        <translation>
            <numerusform>%n lead pooled</numerusform>
            <numerusform>%n leads pooled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffWipePanel</name>
    <message numerus="yes">
        <source>%n lead(s) are in a verified export and can be wiped.</source>
        <translation>
            <numerusform>%n lead is in a verified export and can be wiped.</numerusform>
            <numerusform>%n leads are in a verified export and can be wiped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) are not in any export as they are now, and stay.</source>
        <translation>
            <numerusform>%n lead is not in any export as it is now, and stays.</numerusform>
            <numerusform>%n leads are not in any export as they are now, and stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n exported lead(s)</source>
        <translation>
            <numerusform>Wipe %n exported lead</numerusform>
            <numerusform>Wipe %n exported leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) wiped; %1 kept.</source>
        <translation>
            <numerusform>%n lead wiped; %1 kept.</numerusform>
            <numerusform>%n leads wiped; %1 kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wipe %n lead(s)?</source>
        <translation>
            <numerusform>Wipe %n lead?</numerusform>
            <numerusform>Wipe %n leads?</numerusform>
        </translation>
    </message>
</context>
</TS>
