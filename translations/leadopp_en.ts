<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiClient</name>
    <message numerus="yes">
        <source>The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>The server asked to wait %n second.</numerusform>
            <numerusform>The server asked to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The partner API rejected the lead opportunity: %n field errors to fix.</source>
        <translation>
            <numerusform>The partner API rejected the lead opportunity: %n field error to fix.</numerusform>
            <numerusform>The partner API rejected the lead opportunity: %n field errors to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source>the %n values of the API</source>
        <translation>
            <numerusform>the %n value of the API</numerusform>
            <numerusform>the %n values of the API</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n error:</numerusform>
            <numerusform>%n errors:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DocumentView</name>
    <message numerus="yes">
        <source>%n error(s), %1</source>
        <translation>
            <numerusform>%n error, %1</numerusform>
            <numerusform>%n errors, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorDock</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n addressed</numerusform>
            <numerusform>%n addressed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FindLeadsDialog</name>
    <message numerus="yes">
        <source>%n lead(s) found</source>
        <translation>
            <numerusform>%n lead found</numerusform>
            <numerusform>%n leads found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n search(es).</source>
        <translation>
            <numerusform>%1 in %n search.</numerusform>
            <numerusform>%1 in %n searches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n drafts have unsaved changes. Save them all before quitting? “No to All” discards every unsaved change.</source>
        <translation>
            <numerusform>%n draft has unsaved changes. Save it before quitting? “No to All” discards every unsaved change.</numerusform>
            <numerusform>%n drafts have unsaved changes. Save them all before quitting? “No to All” discards every unsaved change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionBar</name>
    <message numerus="yes">
        <source>%n error(s) reported</source>
        <translation>
            <numerusform>%n error reported</numerusform>
            <numerusform>%n errors reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the previous answer</source>
        <translation>
            <numerusform>%n from the previous answer</numerusform>
            <numerusform>%n from the previous answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n addressed</numerusform>
            <numerusform>%n addressed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ReviewDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy of %1.</source>
        <translation>
            <numerusform>%n field differs from the server copy of %1.</numerusform>
            <numerusform>%n fields differ from the server copy of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy.</source>
        <translation>
            <numerusform>%n field differs from the server copy.</numerusform>
            <numerusform>%n fields differ from the server copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</source>
        <translation>
            <numerusform>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</numerusform>
            <numerusform>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerController</name>
    <message numerus="yes">
        <source>%n field(s) changed on both sides and need a choice before applying.</source>
        <translation>
            <numerusform>%n field changed on both sides and needs a choice before applying.</numerusform>
            <numerusform>%n fields changed on both sides and need a choice before applying.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) taken from the server</source>
        <translation>
            <numerusform>%n value taken from the server</numerusform>
            <numerusform>%n values taken from the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as in the draft</source>
        <translation>
            <numerusform>%n kept as in the draft</numerusform>
            <numerusform>%n kept as in the draft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SubmitController</name>
    <message numerus="yes">
        <source>%n field(s) flagged by the server have not been changed since the rejection. Submit anyway?</source>
        <translation>
            <numerusform>%n field flagged by the server has not been changed since the rejection. Submit anyway?</numerusform>
            <numerusform>%n fields flagged by the server have not been changed since the rejection. Submit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server copy this draft is based on is %n minute(s) old; the lead may have changed on the server since. Refresh the draft from the server first?</source>
        <translation>
            <numerusform>The server copy this draft is based on is %n minute old; the lead may have changed on the server since. Refresh the draft from the server first?</numerusform>
            <numerusform>The server copy this draft is based on is %n minutes old; the lead may have changed on the server since. Refresh the draft from the server first?</numerusform>
        </translation>
    </message>
</context>
</TS>
