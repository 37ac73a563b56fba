<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>The create</source>
        <translation>Das Anlegen</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>Die Aktualisierung</translation>
    </message>
    <message>
        <source>%1 was sent, but the server closed the connection without answering.</source>
        <translation>%1 wurde gesendet, aber der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 was sent and the server began to answer, but the connection broke before the answer was complete.</source>
        <translation>%1 wurde gesendet und der Server begann zu antworten, aber die Verbindung brach ab, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>%1 was sent and the server answered with success, but its answer was cut off.</source>
        <translation>%1 wurde gesendet und der Server meldete Erfolg, aber seine Antwort wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 was sent, but no complete answer came in time.</source>
        <translation>%1 wurde gesendet, aber keine vollständige Antwort kam rechtzeitig.</translation>
    </message>
    <message>
        <source>The server was asked: it has the lead (partner id %1, 3DS id %2), so the create landed and was not sent again.</source>
        <translation>Der Server wurde gefragt: Er hat den Lead (Partner-ID %1, 3DS-ID %2), das Anlegen ist also angekommen und wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The server was asked: the lead holds the sent values, so the update landed and was not sent again.</source>
        <translation>Der Server wurde gefragt: Der Lead enthält die gesendeten Werte, die Aktualisierung ist also angekommen und wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The server was asked: no lead has partner id %1, so the create did not land. It was not sent again; submit once more to create it.</source>
        <translation>Der Server wurde gefragt: Kein Lead hat die Partner-ID %1, das Anlegen ist also nicht angekommen. Es wurde nicht erneut gesendet; senden Sie noch einmal, um ihn anzulegen.</translation>
    </message>
    <message>
        <source>The server was asked: the lead does not hold the sent values, so the update did not land. It was not sent again; submit once more.</source>
        <translation>Der Server wurde gefragt: Der Lead enthält die gesendeten Werte nicht, die Aktualisierung ist also nicht angekommen. Sie wurde nicht erneut gesendet; senden Sie noch einmal.</translation>
    </message>
    <message>
        <source>Asking the server whether it landed failed too. Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>Auch die Nachfrage beim Server ist fehlgeschlagen. Nichts wurde erneut gesendet: Suchen Sie nach Partner-ID %1 oder rufen Sie den Lead ab, bevor Sie ihn noch einmal senden.</translation>
    </message>
    <message>
        <source>Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>Nichts wurde erneut gesendet: Suchen Sie nach Partner-ID %1 oder rufen Sie den Lead ab, bevor Sie ihn noch einmal senden.</translation>
    </message>
    <message>
        <source>The server kept the connection open without finishing its answer within the overall deadline of %1 s, so the request was ended.</source>
        <translation>Der Server hielt die Verbindung offen, ohne seine Antwort innerhalb der Gesamtfrist von %1 s abzuschließen; die Anfrage wurde beendet.</translation>
    </message>
    <message>
        <source>The server asked to wait 1 second.</source>
        <translation>Der Server hat gebeten, 1 Sekunde zu warten.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>Der Server hat gebeten, %n Sekunde zu warten.</numerusform>
            <numerusform>Der Server hat gebeten, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API accepted the lead opportunity.</source>
        <translation>Die Partner-API hat die Lead-Opportunity angenommen.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP %1) without naming a field; its own words are listed below.</source>
        <translation>Die Partner-API hat die Lead Opportunity abgelehnt (HTTP %1), ohne ein Feld zu nennen; ihre eigenen Worte stehen unten.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP 400) without naming a field.</source>
        <translation>Die Partner-API hat die Lead-Opportunity abgelehnt (HTTP 400), ohne ein Feld zu nennen.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity: 1 field error to fix.</source>
        <translation>Die Partner-API hat die Lead-Opportunity abgelehnt: 1 Feldfehler zu beheben.</translation>
    </message>
    <message numerus="yes">
        <source>The partner API rejected the lead opportunity: %n field errors to fix.</source>
        <translation>
            <numerusform>Die Partner-API hat die Lead-Opportunity abgelehnt: %n Feldfehler zu beheben.</numerusform>
            <numerusform>Die Partner-API hat die Lead-Opportunity abgelehnt: %n Feldfehler zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API did not receive an API key (HTTP 401). Enter the key for this environment in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>Die Partner-API hat keinen API-Schlüssel erhalten (HTTP 401). Geben Sie den Schlüssel für diese Umgebung im Editor ein (Übermitteln ▸ API-Schlüssel und Einstellungen) oder setzen Sie LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The API key is not allowed for this partner or operation (HTTP 403). Check that the key belongs to the partner legal entity of this lead opportunity.</source>
        <translation>Der API-Schlüssel ist für diesen Partner oder Vorgang nicht zulässig (HTTP 403). Prüfen Sie, ob der Schlüssel zur Rechtseinheit des Partners dieser Lead-Opportunity gehört.</translation>
    </message>
    <message>
        <source>The partner API refused a date (HTTP 406, ERR805): close date and next milestone date must be ISO 8601 date-times in UTC, such as 2025-06-01T18:46:51.326Z.</source>
        <translation>Die Partner-API hat ein Datum abgelehnt (HTTP 406, ERR805): Abschlussdatum und Datum des nächsten Meilensteins müssen ISO-8601-Zeitstempel in UTC sein, etwa 2025-06-01T18:46:51.326Z.</translation>
    </message>
    <message>
        <source>The partner API asks to slow down (HTTP 429, too many requests). Wait a moment and try again.</source>
        <translation>Die Partner-API bittet um weniger Anfragen (HTTP 429, zu viele Anfragen). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The partner API does not know this 3DS id or it belongs to another partner (HTTP 500, ERROR_048).</source>
        <translation>Die Partner-API kennt diese 3DS-ID nicht oder sie gehört einem anderen Partner (HTTP 500, ERROR_048).</translation>
    </message>
    <message>
        <source>The partner API is under maintenance (HTTP 503). Try again later.</source>
        <translation>Die Partner-API wird gerade gewartet (HTTP 503). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The partner API failed with HTTP %1. Try again later; if it persists, give 3DS support the trace id.</source>
        <translation>Die Partner-API ist mit HTTP %1 fehlgeschlagen. Versuchen Sie es später erneut; falls es weiter auftritt, geben Sie dem 3DS-Support die Trace-ID.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the environment&apos;s address and that the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die Adresse der Umgebung und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The create was not sent again: the partner lead opportunity id prevents duplicates, so search for it or fetch the lead before creating it once more.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Das Anlegen wurde nicht erneut gesendet: Die Partner-Opportunity-ID verhindert Duplikate; suchen Sie daher danach oder rufen Sie den Lead ab, bevor Sie ihn noch einmal anlegen.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS): the server&apos;s certificate or handshake was not accepted. Nothing was sent.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS): Das Zertifikat oder der Handshake des Servers wurde nicht akzeptiert. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS). Check the environment&apos;s address and the network connection.</source>
        <translation>Der Servername konnte nicht aufgelöst werden (DNS). Prüfen Sie die Adresse der Umgebung und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON (HTTP %1), probably a proxy or gateway page.</source>
        <translation>Der Server hat mit etwas geantwortet, das kein JSON ist (HTTP %1), vermutlich eine Proxy- oder Gateway-Seite.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without the list of leads a search answer holds; nothing was read from it, so no lead counts as found or not found.</source>
        <translation>Der Server hat mit HTTP %1 ohne die Liste von Leads geantwortet, die eine Suchantwort enthält; nichts wurde daraus gelesen, also gilt kein Lead als gefunden oder nicht gefunden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the client accepts and was cut off.</source>
        <translation>Die Antwort des Servers war größer, als der Client akzeptiert, und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The API key was not sent: plain HTTP is only allowed to this computer (loopback). Use an https address.</source>
        <translation>Der API-Schlüssel wurde nicht gesendet: Unverschlüsseltes HTTP ist nur zu diesem Computer (Loopback) erlaubt. Verwenden Sie eine https-Adresse.</translation>
    </message>
    <message>
        <source>No API key is configured for this environment, so nothing was sent. Enter it in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>Für diese Umgebung ist kein API-Schlüssel eingerichtet, daher wurde nichts gesendet. Geben Sie ihn im Editor ein (Übermitteln ▸ API-Schlüssel und Einstellungen) oder setzen Sie LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The submission was cancelled.</source>
        <translation>Die Übermittlung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The network request failed. Check the connection and try again.</source>
        <translation>Die Netzwerkanfrage ist fehlgeschlagen. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server redirected the request to another host or too many times; the redirect was not followed, so the API key did not leave for another host.</source>
        <translation>Der Server hat die Anfrage an einen anderen Host oder zu oft umgeleitet; der Umleitung wurde nicht gefolgt, daher wurde der API-Schlüssel an keinen anderen Host gesendet.</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>not sent: an update cannot clear it</source>
        <translation>nicht gesendet: eine Aktualisierung kann es nicht leeren</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The draft has no valid format version.</source>
        <translation>Der Entwurf hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>This draft was saved in format version %1 by a newer release; this release reads format version %2 at most, so please update the editor.</source>
        <translation>Dieser Entwurf wurde von einer neueren Version im Format %1 gespeichert; diese Version liest höchstens Format %2. Bitte aktualisieren Sie den Editor.</translation>
    </message>
    <message>
        <source>The record of this draft is not a JSON object.</source>
        <translation>Der Datensatz dieses Entwurfs ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (%2 MB); a lead opportunity file holds at most %3 MB.</source>
        <translation>Die Datei „%1“ ist zu groß (%2 MB); eine Lead-Opportunity-Datei umfasst höchstens %3 MB.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>The member “%1” occurs %2 times in %3; the last value is kept.</source>
        <translation>Das Element „%1“ kommt %2-mal in %3 vor; der letzte Wert wird behalten.</translation>
    </message>
    <message>
        <source>The number %1 in %2 has more digits than a number holds; it is read, saved and sent as %3.</source>
        <translation>Die Zahl %1 in %2 hat mehr Stellen, als eine Zahl fasst; sie wird als %3 gelesen, gespeichert und gesendet.</translation>
    </message>
    <message>
        <source>It is %1 text; lead opportunity files are UTF-8, so save it as UTF-8 and open it again.</source>
        <translation>Es ist %1-Text; Lead-Opportunity-Dateien sind UTF-8. Speichern Sie sie als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); a lead opportunity file holds at most %2 MB.</source>
        <translation>Die Datei ist zu groß (%1 MB); eine Lead-Opportunity-Datei umfasst höchstens %2 MB.</translation>
    </message>
    <message>
        <source>The file holds a JSON array, not a lead opportunity object.</source>
        <translation>Die Datei enthält ein JSON-Array, kein Lead-Opportunity-Objekt.</translation>
    </message>
    <message>
        <source>The file holds a single JSON text, not a lead opportunity object.</source>
        <translation>Die Datei enthält einen einzelnen JSON-Text, kein Lead-Opportunity-Objekt.</translation>
    </message>
    <message>
        <source>The file holds a single JSON number, not a lead opportunity object.</source>
        <translation>Die Datei enthält eine einzelne JSON-Zahl, kein Lead-Opportunity-Objekt.</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, not a lead opportunity object.</source>
        <translation>Die Datei enthält einen einzelnen JSON-Wert, kein Lead-Opportunity-Objekt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text (invalid byte 0x%2).</source>
        <translation>%1: Die Datei ist kein UTF-8-Text (ungültiges Byte 0x%2).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>This is a response without a lead record (HTTP status %1).</source>
        <translation>Dies ist eine Antwort ohne Lead-Datensatz (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>This is a response without a lead record.</source>
        <translation>Dies ist eine Antwort ohne Lead-Datensatz.</translation>
    </message>
    <message>
        <source>This file is not a lead opportunity: it is neither a draft, nor a request body with “leadOpportunity”, nor an API response.</source>
        <translation>Diese Datei ist keine Lead-Opportunity: Sie ist weder ein Entwurf noch ein Request-Body mit „leadOpportunity“ noch eine API-Antwort.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>ein Wahr/Falsch-Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Row %1 of the section “%2” must be a JSON object, but it is %3.</source>
        <translation>Zeile %1 des Abschnitts „%2“ muss ein JSON-Objekt sein, ist aber %3.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON array of objects, but it is %2.</source>
        <translation>Der Abschnitt „%1“ muss ein JSON-Array von Objekten sein, ist aber %2.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON object, but it is %2.</source>
        <translation>Der Abschnitt „%1“ muss ein JSON-Objekt sein, ist aber %2.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>0 to 100</source>
        <translation>0 bis 100</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters.</source>
        <translation>Dieses Feld nimmt höchstens %1 Zeichen auf.</translation>
    </message>
    <message>
        <source>Not one of the values the API accepts</source>
        <translation>Keiner der Werte, die die API akzeptiert</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>Open lead</source>
        <translation>Offener Lead</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Offene Opportunity</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Etabliert</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Upside</source>
        <translation>Upside</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Longshot</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Solution functionality</source>
        <translation>Funktionalität der Lösung</translation>
    </message>
    <message>
        <source>Stronger value proposition</source>
        <translation>Stärkeres Wertversprechen</translation>
    </message>
    <message>
        <source>Lower costs of ownership</source>
        <translation>Niedrigere Gesamtbetriebskosten</translation>
    </message>
    <message>
        <source>Lower implementation costs</source>
        <translation>Niedrigere Implementierungskosten</translation>
    </message>
    <message>
        <source>Good customer references</source>
        <translation>Gute Kundenreferenzen</translation>
    </message>
    <message>
        <source>Offer terms &amp; conditions</source>
        <translation>Angebotskonditionen</translation>
    </message>
    <message>
        <source>Lower software costs</source>
        <translation>Niedrigere Softwarekosten</translation>
    </message>
    <message>
        <source>Strong client relationship</source>
        <translation>Starke Kundenbeziehung</translation>
    </message>
    <message>
        <source>DS skills &amp; expertise</source>
        <translation>Kompetenz &amp; Expertise von DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; expertise</source>
        <translation>Kompetenz &amp; Expertise des Partners</translation>
    </message>
    <message>
        <source>Partner (CSI) relationship</source>
        <translation>Partnerbeziehung (CSI)</translation>
    </message>
    <message>
        <source>SalesOperations activities</source>
        <translation>SalesOperations-Aktivitäten</translation>
    </message>
    <message>
        <source>IT driven activities</source>
        <translation>IT-getriebene Aktivitäten</translation>
    </message>
    <message>
        <source>Better competition offer</source>
        <translation>Besseres Angebot des Wettbewerbs</translation>
    </message>
    <message>
        <source>Client does not see value</source>
        <translation>Kunde sieht keinen Mehrwert</translation>
    </message>
    <message>
        <source>Lack or loss of champion</source>
        <translation>Fehlender oder verlorener Fürsprecher</translation>
    </message>
    <message>
        <source>Functional gap</source>
        <translation>Funktionale Lücke</translation>
    </message>
    <message>
        <source>High implementation cost</source>
        <translation>Hohe Implementierungskosten</translation>
    </message>
    <message>
        <source>Lack of references</source>
        <translation>Fehlende Referenzen</translation>
    </message>
    <message>
        <source>Offer does not match needs</source>
        <translation>Angebot entspricht nicht dem Bedarf</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>Qualitätsproblem</translation>
    </message>
    <message>
        <source>DS skills &amp; support issue</source>
        <translation>Problem mit Kompetenz &amp; Support von DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; support</source>
        <translation>Kompetenz &amp; Support des Partners</translation>
    </message>
    <message>
        <source>Relationship level issue</source>
        <translation>Problem auf Beziehungsebene</translation>
    </message>
    <message>
        <source>Software cost too high</source>
        <translation>Softwarekosten zu hoch</translation>
    </message>
    <message>
        <source>Terms &amp; conditions issue</source>
        <translation>Problem mit den Konditionen</translation>
    </message>
    <message>
        <source>Cost of sales too high</source>
        <translation>Vertriebskosten zu hoch</translation>
    </message>
    <message>
        <source>Lack of skills to support</source>
        <translation>Fehlende Kompetenz für den Support</translation>
    </message>
    <message>
        <source>Lack of tech resources</source>
        <translation>Fehlende technische Ressourcen</translation>
    </message>
    <message>
        <source>Not a priority for DS</source>
        <translation>Keine Priorität für DS</translation>
    </message>
    <message>
        <source>Not a priority for partner</source>
        <translation>Keine Priorität für den Partner</translation>
    </message>
    <message>
        <source>Client bankrupt/acquired</source>
        <translation>Kunde insolvent/übernommen</translation>
    </message>
    <message>
        <source>Client has no (more) need</source>
        <translation>Kunde hat keinen Bedarf (mehr)</translation>
    </message>
    <message>
        <source>Client has no (more) budget</source>
        <translation>Kunde hat kein Budget (mehr)</translation>
    </message>
    <message>
        <source>Duplicate copy</source>
        <translation>Doppelte Kopie</translation>
    </message>
    <message>
        <source>Lost to another partner</source>
        <translation>An einen anderen Partner verloren</translation>
    </message>
    <message>
        <source>Territory reject</source>
        <translation>Abgelehnt (Gebiet)</translation>
    </message>
    <message>
        <source>Inadequate references</source>
        <translation>Unzureichende Referenzen</translation>
    </message>
    <message>
        <source>Wrong partner/DS sales</source>
        <translation>Falscher Partner/DS-Vertrieb</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Fehlende Informationen</translation>
    </message>
    <message>
        <source>Incorrect channel</source>
        <translation>Falscher Kanal</translation>
    </message>
    <message>
        <source>Unmovable competitor</source>
        <translation>Nicht verdrängbarer Wettbewerber</translation>
    </message>
    <message>
        <source>Opportunity already exists</source>
        <translation>Opportunity existiert bereits</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Immature project</source>
        <translation>Unausgereiftes Projekt</translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>Doppelter Lead</translation>
    </message>
    <message>
        <source>Duplicate opportunity</source>
        <translation>Doppelte Opportunity</translation>
    </message>
    <message>
        <source>Customer bankruptcy</source>
        <translation>Insolvenz des Kunden</translation>
    </message>
    <message>
        <source>Never succeeded in reaching the customer (mail/phone/letter)</source>
        <translation>Kunde nie erreicht (E-Mail/Telefon/Brief)</translation>
    </message>
    <message>
        <source>Not enough relevant evidence to escalate with the customer (at risk in court)</source>
        <translation>Nicht genügend belastbare Nachweise für eine Eskalation beim Kunden (vor Gericht riskant)</translation>
    </message>
    <message>
        <source>ROI for enforcement not viable</source>
        <translation>Durchsetzung wirtschaftlich nicht sinnvoll (ROI)</translation>
    </message>
    <message>
        <source>Valid customer explanation (approved by legal)</source>
        <translation>Stichhaltige Erklärung des Kunden (von der Rechtsabteilung genehmigt)</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Einmalzahlung</translation>
    </message>
    <message>
        <source>Rental booking</source>
        <translation>Mietbuchung</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Supportleistungen</translation>
    </message>
    <message>
        <source>Services signing</source>
        <translation>Dienstleistungsabschluss</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Sandbox (dieser Computer)</translation>
    </message>
    <message>
        <source>Partner development</source>
        <translation>Partnerentwicklung</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Preproduction</source>
        <translation>Vorproduktion</translation>
    </message>
    <message>
        <source>Postproduction</source>
        <translation>Postproduktion</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>Der Server meldete den Fehler %1.</translation>
    </message>
    <message>
        <source>The server rejected this value.</source>
        <translation>Der Server hat diesen Wert abgelehnt.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>Der Server antwortete mit HTTP %1 und leerem Body.</translation>
    </message>
    <message>
        <source>The server answered with an empty body.</source>
        <translation>Der Server antwortete mit leerem Body.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a non-JSON body.</source>
        <translation>Der Server antwortete mit HTTP %1 und einem Body, der kein JSON ist.</translation>
    </message>
    <message>
        <source>The server answered with a non-JSON body.</source>
        <translation>Der Server antwortete mit einem Body, der kein JSON ist.</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Er meldet: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1) without naming a field.</source>
        <translation>Der Server ist fehlgeschlagen (HTTP %1), ohne ein Feld zu nennen.</translation>
    </message>
    <message>
        <source>The server rejected the submission (HTTP %1) without naming a field.</source>
        <translation>Der Server hat die Übermittlung abgelehnt (HTTP %1), ohne ein Feld zu nennen.</translation>
    </message>
    <message>
        <source>The server rejected the submission without naming a field.</source>
        <translation>Der Server hat die Übermittlung abgelehnt, ohne ein Feld zu nennen.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (unter %2)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>3DS-ID</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>Partner-Opportunity-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>E-Mail des 3DS-Verantwortlichen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Prognosekategorie</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Datum des nächsten Meilensteins</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>COMET-Kampagnencode</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>Go-to-Market-Taktik-ID</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Gründe für Gewinn</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Gründe für Verlust</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Kommentar zu Gewinn/Verlust</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Genehmigungsstatus</translation>
    </message>
    <message>
        <source>Engagement type</source>
        <translation>Engagementtyp</translation>
    </message>
    <message>
        <source>PO information</source>
        <translation>Bestellinformationen</translation>
    </message>
    <message>
        <source>PO status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>SBO indicator</source>
        <translation>SBO-Kennzeichen</translation>
    </message>
    <message>
        <source>SBO status</source>
        <translation>SBO-Status</translation>
    </message>
    <message>
        <source>SBO number</source>
        <translation>SBO-Nummer</translation>
    </message>
    <message>
        <source>Growth type</source>
        <translation>Wachstumsart</translation>
    </message>
    <message>
        <source>Lead priority</source>
        <translation>Lead-Priorität</translation>
    </message>
    <message>
        <source>Level of interest</source>
        <translation>Interessensgrad</translation>
    </message>
    <message>
        <source>3DS comment</source>
        <translation>3DS-Kommentar</translation>
    </message>
    <message>
        <source>Partner import mode</source>
        <translation>Partner-Importmodus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Revenue type</source>
        <translation>Umsatzart</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>3DS-Standort-ID</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS-Nummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Registrierungsnummer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>Bundesland / Präfektur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Offer line</source>
        <translation>Angebotsposition</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Rechtseinheit des Kunden</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Kundenkontakt</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>— addressed, will be checked on the next submit</source>
        <translation>— behoben, wird bei der nächsten Übermittlung geprüft</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Server (addressed)</source>
        <translation>Server (behoben)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Draft open elsewhere</source>
        <translation>Entwurf anderswo geöffnet</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Open it read-only, or edit a copy that you save under a new name?</source>
        <translation>„%1“ ist in einem anderen Editorfenster zum Bearbeiten geöffnet (%2). Schreibgeschützt öffnen oder eine Kopie bearbeiten, die Sie unter einem neuen Namen speichern?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Edit a &amp;Copy</source>
        <translation>&amp;Kopie bearbeiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Read-only: “%1” is open for editing in another editor window (%2).</source>
        <translation>Schreibgeschützt: „%1“ ist in einem anderen Editorfenster zum Bearbeiten geöffnet (%2).</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>A copy of “%1”, which is open for editing in another editor window (%2). Save it under a new name.</source>
        <translation>Eine Kopie von „%1“, das in einem anderen Editorfenster zum Bearbeiten geöffnet ist (%2). Speichern Sie sie unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since it was opened here. Replace it with this draft? The other changes are lost.</source>
        <translation>„%1“ wurde seit dem Öffnen hier von einem anderen Programm auf der Festplatte geändert. Durch diesen Entwurf ersetzen? Die anderen Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program.</source>
        <translation>„%1“ wurde von einem anderen Programm auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk. This draft is the only copy now.</source>
        <translation>„%1“ wurde auf der Festplatte gelöscht oder verschoben. Dieser Entwurf ist jetzt die einzige Kopie.</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>&amp;Erneut speichern</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Geöffnet lassen</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>unknown cause</source>
        <translation>unbekannte Ursache</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rejected, no field named</source>
        <translation>Abgelehnt, ohne Feld</translation>
    </message>
    <message>
        <source>No API key received</source>
        <translation>Kein API-Schlüssel empfangen</translation>
    </message>
    <message>
        <source>API key not allowed</source>
        <translation>API-Schlüssel nicht zugelassen</translation>
    </message>
    <message>
        <source>Date refused</source>
        <translation>Datum abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Unknown 3DS id</source>
        <translation>Unbekannte 3DS-ID</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Answer not JSON</source>
        <translation>Antwort nicht JSON</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Key withheld (plain HTTP)</source>
        <translation>Schlüssel zurückgehalten (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source>No API key set</source>
        <translation>Kein API-Schlüssel eingerichtet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Umleitung abgelehnt</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Update (PATCH)</source>
        <translation>Aktualisierung (PATCH)</translation>
    </message>
    <message>
        <source>Create (POST)</source>
        <translation>Anlage (POST)</translation>
    </message>
    <message>
        <source>Fetch (GET)</source>
        <translation>Abruf (GET)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox store.</source>
        <translation>%1 ist kein Sandbox-Speicher.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LegalEntityForm</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>3DS-Standort-ID</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS-Nummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Registrierungsnummer</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>Bundesland / Präfektur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Lead opportunity drafts (*.leadopp.json);;JSON files (*.json);;All files (*)</source>
        <translation>Lead-Opportunity-Entwürfe (*.leadopp.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.
%2</source>
        <translation>%1 konnte nicht geöffnet werden.
%2</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Lead-Opportunity öffnen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Save under another name.</source>
        <translation>„%1“ ist in einem anderen Editorfenster zum Bearbeiten geöffnet (%2). Unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Mit Fehlern exportieren</translation>
    </message>
    <message>
        <source>The draft still has validation errors; the server will probably refuse this body. Export it anyway?</source>
        <translation>Der Entwurf enthält noch Validierungsfehler; der Server wird diesen Body wahrscheinlich ablehnen. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>POST-Body exportieren</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>PATCH-Body exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>“%1” could mean %2 or %3; type one of these so that it cannot be misread.</source>
        <translation>„%1“ kann %2 oder %3 bedeuten; geben Sie eine der beiden Schreibweisen ein, damit sie nicht missverstanden werden kann.</translation>
    </message>
    <message>
        <source>“%1” has more digits than a number holds; it would be stored and sent as %2. Type it with fewer digits.</source>
        <translation>„%1“ hat mehr Stellen, als eine Zahl fasst; gespeichert und gesendet würde %2. Geben Sie sie mit weniger Stellen ein.</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>3DS-ID</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>Partner-Opportunity-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>E-Mail des 3DS-Verantwortlichen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Prognosekategorie</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Datum des nächsten Meilensteins</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>COMET-Kampagnencode</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>Go-to-Market-Taktik-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Gründe für Gewinn</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Gründe für Verlust</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Kommentar zu Gewinn/Verlust</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <source>“%1” is not one of the choices for %2.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten für %2.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>The clipboard holds several cells or lines; paste one value at a time.</source>
        <translation>Die Zwischenablage enthält mehrere Zellen oder Zeilen; fügen Sie einen Wert nach dem anderen ein.</translation>
    </message>
    <message>
        <source>%1 takes a single line; the text holds line breaks.</source>
        <translation>%1 nimmt nur eine Zeile auf; der Text enthält Zeilenumbrüche.</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiteres</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>• the submission record (no field changed)</source>
        <translation>• der Übermittlungsverlauf (kein Feld geändert)</translation>
    </message>
    <message>
        <source>Your edits to “%1” cannot be put aside in case the editor stops: %2 Save the draft to keep them.</source>
        <translation>Ihre Änderungen an „%1“ können nicht für den Fall eines Absturzes zurückgelegt werden: %2 Speichern Sie den Entwurf, um sie zu behalten.</translation>
    </message>
    <message>
        <source>The editor stopped while “%1” had unsaved changes (last kept at %2). Restore them?

Changed since it was last saved:
%3</source>
        <translation>Der Editor wurde beendet, als „%1“ ungespeicherte Änderungen hatte (zuletzt gesichert um %2). Wiederherstellen?

Seit dem letzten Speichern geändert:
%3</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>(from the previous answer)</source>
        <translation>(aus der vorigen Antwort)</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 repeats %2 (same offer, revenue type and amount).</source>
        <translation>%1 wiederholt %2 (gleiches Angebot, gleiche Umsatzart und gleicher Betrag).</translation>
    </message>
    <message>
        <source>%1 repeats the e-mail address of %2.</source>
        <translation>%1 wiederholt die E-Mail-Adresse von %2.</translation>
    </message>
    <message>
        <source>%1 %2 is ignored while the status is %3, a lead stage.</source>
        <translation>%1 %2 wird ignoriert, solange der Status %3 ist, eine Lead-Phase.</translation>
    </message>
    <message>
        <source>With status %3, %1 should be %3 (the system sets it), not %2.</source>
        <translation>Bei Status %3 sollte %1 den Wert %3 haben (vom System gesetzt), nicht %2.</translation>
    </message>
    <message>
        <source>%1 %2 is set by the system for status WON or LOST only; with status %3 choose UPSIDE, COMMIT, SAFE or LONGSHOT.</source>
        <translation>%1 %2 wird nur für den Status WON oder LOST vom System gesetzt; bei Status %3 wählen Sie UPSIDE, COMMIT, SAFE oder LONGSHOT.</translation>
    </message>
    <message>
        <source>The status is %2 but %1 names no reason; the server will record %3.</source>
        <translation>Der Status ist %2, aber %1 nennt keinen Grund; der Server wird %3 erfassen.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 muss Text sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 still holds &quot;%2&quot;, a placeholder left from the API examples; enter the real value.</source>
        <translation>%1 enthält noch „%2“, einen Platzhalter aus den API-Beispielen; geben Sie den tatsächlichen Wert ein.</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 muss eine Liste sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address: &quot;%2&quot;.</source>
        <translation>%1 sieht nicht wie eine E-Mail-Adresse aus: „%2“.</translation>
    </message>
    <message>
        <source>%1 does not look like a web address: &quot;%2&quot;.</source>
        <translation>%1 sieht nicht wie eine Webadresse aus: „%2“.</translation>
    </message>
    <message>
        <source>%1 must have exactly 9 digits (D&amp;B number), not &quot;%2&quot;.</source>
        <translation>%1 muss genau 9 Ziffern haben (D&amp;B-Nummer), nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>the %n values of the API</source>
        <translation>
            <numerusform>den %n Wert der API</numerusform>
            <numerusform>den %n Werten der API</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 muss einer von %3 sein, nicht „%2“ (ein Platzhalter aus den API-Beispielen).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (values are upper case, without spaces).</source>
        <translation>%1 muss einer von %3 sein, nicht „%2“ (Werte in Großbuchstaben, ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot;.</source>
        <translation>%1 muss einer von %3 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts are normally positive.</source>
        <translation>%1 ist negativ (%2); Beträge sind normalerweise positiv.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 muss eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“ (ein Platzhalter aus den API-Beispielen).</translation>
    </message>
    <message>
        <source>%1 must be a number, not the text &quot;%2&quot; (remove the quotes).</source>
        <translation>%1 muss eine Zahl sein, nicht der Text „%2“ (entfernen Sie die Anführungszeichen).</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a whole percentage such as 15, not %2.</source>
        <translation>%1 muss ein ganzzahliger Prozentwert wie 15 sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not %2.</source>
        <translation>%1 muss ein Prozentwert von 0 bis 100 sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be a three-letter ISO 4217 code such as EUR, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 muss ein dreistelliger ISO-4217-Code wie EUR sein, nicht „%2“ (ein Platzhalter aus den API-Beispielen).</translation>
    </message>
    <message>
        <source>%1 must be a three-letter upper-case ISO 4217 code such as EUR, not &quot;%2&quot;.</source>
        <translation>%1 muss ein dreistelliger ISO-4217-Code in Großbuchstaben wie EUR sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is more precise than a millisecond (&quot;%2&quot;); the API keeps milliseconds, and the export sends %3.</source>
        <translation>%1 ist genauer als eine Millisekunde („%2“); die API speichert Millisekunden, und der Export sendet %3.</translation>
    </message>
    <message>
        <source>%1 is a date without a time (&quot;%2&quot;); the export sends it as %3.</source>
        <translation>%1 ist ein Datum ohne Uhrzeit („%2“); der Export sendet es als %3.</translation>
    </message>
    <message>
        <source>%1 is not in UTC (&quot;%2&quot;); the export converts it to UTC.</source>
        <translation>%1 ist nicht in UTC („%2“); der Export rechnet es in UTC um.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot; (a placeholder left from the API examples); the API answers 406 ERR805.</source>
        <translation>%1 muss ein ISO-8601-Zeitstempel in UTC wie 2025-06-01T18:46:51.326Z sein, nicht „%2“ (ein Platzhalter aus den API-Beispielen); die API antwortet mit 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot;; the API answers 406 ERR805.</source>
        <translation>%1 muss ein ISO-8601-Zeitstempel in UTC wie 2025-06-01T18:46:51.326Z sein, nicht „%2“; die API antwortet mit 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be a 3DS identifier such as XJSR-DZMFFT, not &quot;%2&quot;; an update would go to a lead that does not exist.</source>
        <translation>%1 muss eine 3DS-Kennung wie XJSR-DZMFFT sein, nicht „%2“; eine Aktualisierung ginge an einen Lead, den es nicht gibt.</translation>
    </message>
    <message>
        <source>The member name of %1</source>
        <translation>Der Elementname von %1</translation>
    </message>
    <message>
        <source>%1 holds a NUL character (U+0000) at position %2, which the API cannot take.</source>
        <translation>%1 enthält an Position %2 ein NUL-Zeichen (U+0000), das die API nicht annimmt.</translation>
    </message>
    <message>
        <source>%1 holds half of a surrogate pair (U+%2) at position %3, which is not a Unicode character.</source>
        <translation>%1 enthält an Position %3 ein halbes Surrogatpaar (U+%2), das kein Unicode-Zeichen ist.</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>ein Wahr/Falsch-Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no country prefix; for %3 it starts with %4.</source>
        <translation>%1 „%2“ hat kein Länderpräfix; für %3 beginnt sie mit %4.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not start with %4, the prefix for %3.</source>
        <translation>%1 „%2“ beginnt nicht mit %4, dem Präfix für %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the format of a VAT number from %3.</source>
        <translation>%1 „%2“ hat nicht das Format einer USt-IdNr. aus %3.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: at least one is required.</source>
        <translation>%1: Mindestens einer ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: at least one is required, with %2.</source>
        <translation>%1: mindestens einer ist erforderlich, mit %2.</translation>
    </message>
    <message>
        <source>%1 is required: %2.</source>
        <translation>%1 ist erforderlich: %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 muss ein Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field the API knows; it is kept in the draft but not sent.</source>
        <translation>„%1“ ist kein der API bekanntes Feld; es bleibt im Entwurf, wird aber nicht gesendet.</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
</context>
<context>
    <name>leadopp</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for the options.
</source>
        <translation>%1: %2
Mit „%1 --help“ werden die Optionen angezeigt.
</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>Argument FILE fehlt</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: Warnung: %2
</translation>
    </message>
    <message>
        <source>%1: no problems found.
</source>
        <translation>%1: keine Probleme gefunden.
</translation>
    </message>
    <message>
        <source>%1: %2, %3.
</source>
        <translation>%1: %2, %3.
</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>HTTP-Status unbekannt</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>Trace-ID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n Fehler:</numerusform>
            <numerusform>%n Fehler:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; a response is read up to %2 MB.</source>
        <translation>„%1“ ist zu groß; eine Antwort wird bis %2 MB gelesen.</translation>
    </message>
    <message>
        <source>Resolve paths against this draft (default: the record a 400 response echoes).</source>
        <translation>Pfade anhand dieses Entwurfs auflösen (Standard: der Datensatz, den eine 400-Antwort zurückgibt).</translation>
    </message>
    <message>
        <source>The HTTP status of the response (default: info.statusCode).</source>
        <translation>Der HTTP-Status der Antwort (Standard: info.statusCode).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Maps an error response onto the fields of the draft it rejected.
Exit status: 0 the response was read, 2 unreadable input or usage error.</source>
        <translation>Ordnet eine Fehlerantwort den Feldern des abgelehnten Entwurfs zu.
Exit-Status: 0 Antwort gelesen, 2 unlesbare Eingabe oder Aufruffehler.</translation>
    </message>
    <message>
        <source>The response body file.</source>
        <translation>Die Datei mit dem Antwort-Body.</translation>
    </message>
    <message>
        <source>--status needs an HTTP status code</source>
        <translation>--status erwartet einen HTTP-Statuscode</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: „%2“ kann nicht geschrieben werden: %3
</translation>
    </message>
    <message>
        <source>--create and --id exclude each other.</source>
        <translation>--create und --id schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>The file to export.</source>
        <translation>Die zu exportierende Datei.</translation>
    </message>
    <message>
        <source>Write the body to OUT instead of stdout.</source>
        <translation>Den Body nach OUT statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Write the create (POST) body.</source>
        <translation>Den Body zum Anlegen (POST) schreiben.</translation>
    </message>
    <message>
        <source>Write the update (PATCH) body for this 3DS id.</source>
        <translation>Den Body zur Aktualisierung (PATCH) für diese 3DS-ID schreiben.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy.</source>
        <translation>Den ganzen Datensatz senden, nicht nur die Änderungen gegenüber der Serverkopie.</translation>
    </message>
    <message>
        <source>Writes exactly the request body the API would receive (PATCH when the draft has a 3DS id, POST otherwise). A PATCH sends the partner opportunity id and what differs from the server copy the draft is based on.
Findings go to stderr. Exit status: 0 written, 1 written but the draft has errors, 2 unreadable input, output or usage error.</source>
        <translation>Schreibt genau den Request-Body, den die API erhalten würde (PATCH, wenn der Entwurf eine 3DS-ID hat, sonst POST). Ein PATCH sendet die Partner-Opportunity-ID und was von der Serverkopie abweicht, auf der der Entwurf beruht.
Befunde gehen an stderr. Exit-Status: 0 geschrieben, 1 geschrieben, aber der Entwurf hat Fehler, 2 unlesbare Eingabe, Ausgabe- oder Aufruffehler.</translation>
    </message>
    <message>
        <source>check a draft against the API rules</source>
        <translation>einen Entwurf gegen die API-Regeln prüfen</translation>
    </message>
    <message>
        <source>write the request body the API would receive</source>
        <translation>den Request-Body schreiben, den die API erhalten würde</translation>
    </message>
    <message>
        <source>list what a draft changes against its server copy</source>
        <translation>auflisten, was ein Entwurf gegenüber seiner Serverkopie ändert</translation>
    </message>
    <message>
        <source>map an error response onto the draft&apos;s fields</source>
        <translation>eine Fehlerantwort den Feldern des Entwurfs zuordnen</translation>
    </message>
    <message>
        <source>send a draft to an environment</source>
        <translation>einen Entwurf an eine Umgebung senden</translation>
    </message>
    <message>
        <source>fetch a lead by its 3DS id as a draft</source>
        <translation>einen Lead über seine 3DS-ID als Entwurf abrufen</translation>
    </message>
    <message>
        <source>list leads by modification window or partner id</source>
        <translation>Leads nach Änderungszeitraum oder Partner-ID auflisten</translation>
    </message>
    <message>
        <source>serve the partner API sandbox on loopback</source>
        <translation>die Sandbox der Partner-API auf Loopback bereitstellen</translation>
    </message>
    <message>
        <source>Usage: leadopp &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: leadopp &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;leadopp &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>
Mit „leadopp &lt;Befehl&gt; --help“ werden die Optionen eines Befehls angezeigt.
</translation>
    </message>
    <message>
        <source>leadopp: unknown command &apos;%1&apos;

</source>
        <translation>leadopp: unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>leadopp: the network commands cannot be loaded: %1
</source>
        <translation>leadopp: Die Netzwerkbefehle können nicht geladen werden: %1
</translation>
    </message>
    <message>
        <source>Checks a draft, request body or rejected response against the API rules.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input or usage error.</source>
        <translation>Prüft einen Entwurf, Request-Body oder eine abgelehnte Antwort gegen die API-Regeln.
Exit-Status: 0 keine Fehler (Warnungen erlaubt), 1 Fehler gefunden, 2 unlesbare Eingabe oder Aufruffehler.</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>Die zu prüfende Datei.</translation>
    </message>
    <message>
        <source>Check against the create (POST) rules.</source>
        <translation>Gegen die Regeln zum Anlegen (POST) prüfen.</translation>
    </message>
    <message>
        <source>Check against the update (PATCH) rules, as an update of this 3DS id.</source>
        <translation>Gegen die Regeln der Aktualisierung (PATCH) prüfen, als Aktualisierung dieser 3DS-ID.</translation>
    </message>
    <message>
        <source>Print the findings as one JSON object.</source>
        <translation>Die Befunde als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>%1: unknown environment &apos;%2&apos;.
</source>
        <translation>%1: unbekannte Umgebung „%2“.
</translation>
    </message>
    <message>
        <source>%1: the sandbox could not listen on loopback.
</source>
        <translation>%1: Die Sandbox konnte nicht auf Loopback lauschen.
</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 ms...
</source>
        <translation>Neuer Versuch (Versuch %1) in %2 ms …
</translation>
    </message>
</context>
<context>
    <name>leadopp diff</name>
    <message>
        <source>Lists, field by field, what the draft changes against the server copy it is based on (old → new): what a partial update sends. A change the update cannot carry (a cleared date, an emptied section) is marked as not sent: the server keeps its value.
Exit status: 0 no changes, 1 changes listed, 2 unreadable input or usage error.</source>
        <translation>Listet Feld für Feld auf, was der Entwurf gegenüber der Serverkopie ändert, auf der er beruht (alt → neu): was eine Teilaktualisierung sendet. Eine Änderung, die die Aktualisierung nicht übertragen kann (ein geleertes Datum, ein geleerter Abschnitt), ist als nicht gesendet markiert: Der Server behält seinen Wert.
Exit-Status: 0 keine Änderungen, 1 Änderungen aufgelistet, 2 unlesbare Eingabe oder Aufruffehler.</translation>
    </message>
    <message>
        <source>The draft to compare.</source>
        <translation>Der zu vergleichende Entwurf.</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>Die Änderungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1: the file has no server copy; every value it holds is new.
</source>
        <translation>%1: Die Datei hat keine Serverkopie; jeder ihrer Werte ist neu.
</translation>
    </message>
</context>
<context>
    <name>leadopp get</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>Trace-ID: %1
</translation>
    </message>
    <message>
        <source>%1: the answer holds no lead record: %2
</source>
        <translation>%1: Die Antwort enthält keinen Lead-Datensatz: %2
</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: „%2“ kann nicht geschrieben werden: %3
</translation>
    </message>
    <message>
        <source>Fetches a lead by its 3DS id and writes it as a draft based on the server copy.
Exit status: 0 written, 2 usage, output or setup error (no API key), 3 network or server failure (an unknown id included).</source>
        <translation>Ruft einen Lead über seine 3DS-ID ab und schreibt ihn als Entwurf, der auf der Serverkopie beruht.
Exit-Status: 0 geschrieben, 2 Aufruf-, Ausgabe- oder Einrichtungsfehler (kein API-Schlüssel), 3 Netzwerk- oder Serverfehler (auch eine unbekannte ID).</translation>
    </message>
    <message>
        <source>The 3DS id, e.g. XJSR-DZMFFT.</source>
        <translation>Die 3DS-ID, z. B. XJSR-DZMFFT.</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>Umgebungs-ID (sandbox, ppt, qal, ptd, ppd, prd) oder Basis-URL.</translation>
    </message>
    <message>
        <source>Write the draft to FILE instead of stdout.</source>
        <translation>Den Entwurf nach FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>%1: --env is required.
</source>
        <translation>%1: --env ist erforderlich.
</translation>
    </message>
</context>
<context>
    <name>leadopp sandbox</name>
    <message>
        <source>Serves the partner API&apos;s leads-opportunities operations on 127.0.0.1.</source>
        <translation>Stellt die leads-opportunities-Operationen der Partner-API auf 127.0.0.1 bereit.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port, auf dem gelauscht wird (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Directory that keeps the leads between runs.</source>
        <translation>Verzeichnis, das die Leads zwischen Läufen aufbewahrt.</translation>
    </message>
    <message>
        <source>Field errors of a 400: %1.</source>
        <translation>Feldfehler einer 400-Antwort: %1.</translation>
    </message>
    <message>
        <source>Inject a fault into the next COUNT answers (or &apos;all&apos;): %1.</source>
        <translation>Einen Fehler in die nächsten COUNT Antworten einschleusen (oder „all“): %1.</translation>
    </message>
    <message>
        <source>Delay of the &apos;delay&apos; fault in milliseconds.</source>
        <translation>Verzögerung des Fehlers „delay“ in Millisekunden.</translation>
    </message>
    <message>
        <source>Retry-After seconds of the &apos;retry-after&apos; fault.</source>
        <translation>Retry-After-Sekunden des Fehlers „retry-after“.</translation>
    </message>
    <message>
        <source>unknown error style &apos;%1&apos;</source>
        <translation>unbekannter Fehlerstil „%1“</translation>
    </message>
    <message>
        <source>--fault-delay and --retry-after take a number</source>
        <translation>--fault-delay und --retry-after erwarten eine Zahl</translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos;</source>
        <translation>unbekannter Fehler „%1“</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen</translation>
    </message>
    <message>
        <source>leadopp sandbox: cannot watch for signals; stop with kill -9
</source>
        <translation>leadopp sandbox: Signale können nicht überwacht werden; mit kill -9 beenden
</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
</source>
        <translation>Sandbox lauscht auf %1
</translation>
    </message>
    <message>
        <source>Leads: %1
</source>
        <translation>Leads: %1
</translation>
    </message>
    <message>
        <source>Sandbox stopped.
</source>
        <translation>Sandbox beendet.
</translation>
    </message>
</context>
<context>
    <name>leadopp search</name>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>Umgebungs-ID (sandbox, ppt, qal, ptd, ppd, prd) oder Basis-URL.</translation>
    </message>
    <message>
        <source>give either --modified-since or --partner-id.</source>
        <translation>geben Sie entweder --modified-since oder --partner-id an.</translation>
    </message>
    <message>
        <source>dates must be ISO 8601 dates or date-times (2025-08-04, 2025-08-04T08:00:00Z).</source>
        <translation>Datumsangaben müssen ISO-8601-Daten oder -Zeitstempel sein (2025-08-04, 2025-08-04T08:00:00Z).</translation>
    </message>
    <message>
        <source>--until lies before --modified-since.</source>
        <translation>--until liegt vor --modified-since.</translation>
    </message>
    <message>
        <source>Leads modified from DATE on (UTC).</source>
        <translation>Leads, die ab DATE geändert wurden (UTC).</translation>
    </message>
    <message>
        <source>... up to DATE (a date: to its end, the day included; default: now).</source>
        <translation>... bis DATE (ein Datum: bis zu seinem Ende, der Tag eingeschlossen; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Leads with this partner opportunity id (repeatable).</source>
        <translation>Leads mit dieser Partner-Opportunity-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>Print {&quot;ids&quot;: [...], &quot;searches&quot;: N} as JSON.</source>
        <translation>{&quot;ids&quot;: [...], &quot;searches&quot;: N} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Lists the 3DS ids of the leads modified in a window (longer than seven days: one search per seven days) or carrying a partner opportunity id.
Exit status: 0 searched (found or not), 2 usage or setup error, 3 network or server failure.</source>
        <translation>Listet die 3DS-IDs der Leads auf, die in einem Zeitraum geändert wurden (länger als sieben Tage: eine Suche je sieben Tage) oder eine Partner-Opportunity-ID tragen.
Exit-Status: 0 gesucht (gefunden oder nicht), 2 Aufruf- oder Einrichtungsfehler, 3 Netzwerk- oder Serverfehler.</translation>
    </message>
    <message>
        <source>--env is required.</source>
        <translation>--env ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>leadopp submit</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>Trace-ID: %1
</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>Umgebungs-ID (sandbox, ppt, qal, ptd, ppd, prd) oder Basis-URL.</translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation>HTTP-Status: %1
</translation>
    </message>
    <message>
        <source>3DS id: %1
</source>
        <translation>3DS-ID: %1
</translation>
    </message>
    <message>
        <source>Not sent, an update cannot clear them (the server keeps its values):
</source>
        <translation>Nicht gesendet, eine Aktualisierung kann sie nicht leeren (der Server behält seine Werte):
</translation>
    </message>
    <message>
        <source>leadopp submit: could not record the attempt in %1: %2
</source>
        <translation>leadopp submit: Der Versuch konnte nicht in %1 erfasst werden: %2
</translation>
    </message>
    <message>
        <source>leadopp submit: --record needs a draft file (save the file as a draft first).
</source>
        <translation>leadopp submit: --record erwartet eine Entwurfsdatei (speichern Sie die Datei zuerst als Entwurf).
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.
Exit status: 0 accepted, 1 rejected (fields named or not), 2 unreadable input, usage or setup (no API key), 3 network or server failure.</source>
        <translation>Sendet einen Entwurf oder Anfragetext an die Partner-API.
Exit-Status: 0 angenommen, 1 abgelehnt (mit oder ohne Feldangabe), 2 unlesbare Eingabe, Aufruf oder Einrichtung (kein API-Schlüssel), 3 Netzwerk- oder Serverfehler.</translation>
    </message>
    <message>
        <source>Draft, request body, 400 response or GET response.</source>
        <translation>Entwurf, Request-Body, 400-Antwort oder GET-Antwort.</translation>
    </message>
    <message>
        <source>3DS id to update (default: the file&apos;s dsLeadOpportunityId).</source>
        <translation>Zu aktualisierende 3DS-ID (Standard: dsLeadOpportunityId der Datei).</translation>
    </message>
    <message>
        <source>Create (POST) even when the file has a 3DS id.</source>
        <translation>Anlegen (POST), auch wenn die Datei eine 3DS-ID hat.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy the draft is based on.</source>
        <translation>Den ganzen Datensatz senden, nicht nur die Änderungen gegenüber der Serverkopie, auf der der Entwurf beruht.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Append the attempt (never the key) to FILE, which must be a draft.</source>
        <translation>Den Versuch (nie den Schlüssel) an FILE anhängen, das ein Entwurf sein muss.</translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds.</source>
        <translation>Zeitlimit der Übertragung in Millisekunden.</translation>
    </message>
    <message>
        <source>Overall deadline of one request in milliseconds (default 60000).</source>
        <translation>Gesamtfrist einer Anfrage in Millisekunden (Standard 60000).</translation>
    </message>
    <message>
        <source>leadopp submit: give one FILE and --env; --create and --id exclude each other.
</source>
        <translation>leadopp submit: Geben Sie eine FILE und --env an; --create und --id schließen sich gegenseitig aus.
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.</source>
        <translation>Sendet einen Entwurf oder Request-Body an die Partner-API.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ChoiceFilter</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Nichts angekreuzt.</translation>
    </message>
    <message>
        <source>Ticked (%1): %2</source>
        <translation>Angekreuzt (%1): %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD or %1 (UTC)</source>
        <translation>JJJJ-MM-TT oder %1 (UTC)</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Datum wählen (Alt+Ab)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateTimeEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DocumentView</name>
    <message>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1</source>
        <translation>
            <numerusform>%n Fehler, %1</numerusform>
            <numerusform>%n Fehler, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer lines</source>
        <translation>Angebotspositionen</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Rechtseinheit des Kunden</translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation>Kundenkontakte</translation>
    </message>
    <message>
        <source>Partner contacts</source>
        <translation>Partnerkontakte</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::EnvironmentCombo</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Where submissions go</source>
        <translation>Wohin Übermittlungen gesendet werden</translation>
    </message>
    <message>
        <source>Add custom URL…</source>
        <translation>Eigene URL hinzufügen…</translation>
    </message>
    <message>
        <source>Add custom URL</source>
        <translation>Eigene URL hinzufügen</translation>
    </message>
    <message>
        <source>Base URL of the partner API (https://host[:port]):</source>
        <translation>Basis-URL der Partner-API (https://host[:port]):</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>„%1“ ist keine verwendbare HTTP- oder HTTPS-Basis-URL.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorDock</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problem %1 of %2</source>
        <translation>Problem %1 von %2</translation>
    </message>
    <message>
        <source>This problem is addressed</source>
        <translation>Dieses Problem ist behoben</translation>
    </message>
    <message>
        <source>This problem is solved</source>
        <translation>Dieses Problem ist gelöst</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n behoben</numerusform>
            <numerusform>%n behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8 to step through</source>
        <translation>F8 / Umschalt+F8 zum Durchgehen</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorListModel</name>
    <message>
        <source>%1 (addressed)</source>
        <translation>%1 (behoben)</translation>
    </message>
    <message>
        <source>The server wrote the path as “%1”.</source>
        <translation>Der Server schrieb den Pfad als „%1“.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FindLeadsDialog</name>
    <message>
        <source>Find Leads</source>
        <translation>Leads suchen</translation>
    </message>
    <message>
        <source>A search answers 3DS ids only: the partner opportunity id, status and modification time are fetched for the selected lead alone.</source>
        <translation>Eine Suche liefert nur 3DS-IDs: Partner-Opportunity-ID, Status und Änderungszeit werden nur für den ausgewählten Lead abgerufen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Modified in:</source>
        <translation>Änderungs&amp;zeitraum:</translation>
    </message>
    <message>
        <source>Modified in</source>
        <translation>Änderungszeitraum</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>A custom window</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Partner opportunity id:</source>
        <translation>&amp;Partner-Opportunity-ID:</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>Partner-Opportunity-ID</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Cancel Searc&amp;h</source>
        <translation>Suche &amp;abbrechen</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Gefundene Leads</translation>
    </message>
    <message>
        <source>The details could not be fetched: %1</source>
        <translation>Die Details konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id to search for.</source>
        <translation>Geben Sie die zu suchende Partner-Opportunity-ID ein.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Search %1 of %2…</source>
        <translation>Suche %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) found</source>
        <translation>
            <numerusform>%n Lead gefunden</numerusform>
            <numerusform>%n Leads gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled after search %2 of %3.</source>
        <translation>%1; abgebrochen nach Suche %2 von %3.</translation>
    </message>
    <message>
        <source>Search %1 of %2 failed: %3</source>
        <translation>Suche %1 von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n search(es).</source>
        <translation>
            <numerusform>%1 (%n Suche).</numerusform>
            <numerusform>%1 (%n Suchen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>%1 is open in a new tab.</source>
        <translation>%1 ist in einem neuen Tab geöffnet.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FormBinder</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryDialog</name>
    <message>
        <source>Submission history</source>
        <translation>Übermittlungsverlauf</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryModel</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>Trace-ID</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LanguageChooser</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Applies when the editor is started again.</source>
        <translation>Wirkt beim nächsten Start des Editors.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadFetch</name>
    <message>
        <source>The answer for %1 holds no lead record: %2</source>
        <translation>Die Antwort für %1 enthält keinen Lead-Datensatz: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadListModel</name>
    <message>
        <source>Not fetched: select the lead to fetch its details</source>
        <translation>Nicht abgerufen: Wählen Sie den Lead aus, um seine Details abzurufen</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>3DS-ID</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>Partner-Opportunity-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1[*] — Lead Opportunity Editor</source>
        <translation>%1[*] — Lead Opportunity Editor</translation>
    </message>
    <message>
        <source>Submission in progress</source>
        <translation>Übermittlung läuft</translation>
    </message>
    <message>
        <source>“%1” is being submitted and the server has not answered yet. Close it anyway? The submission is cancelled; if the server already received it, its answer will not be recorded in the draft.</source>
        <translation>„%1“ wird gerade übermittelt und der Server hat noch nicht geantwortet. Trotzdem schließen? Die Übermittlung wird abgebrochen; falls der Server sie schon erhalten hat, wird seine Antwort nicht im Entwurf festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts have unsaved changes. Save them all before quitting? “No to All” discards every unsaved change.</source>
        <translation>
            <numerusform>%n Entwurf hat ungespeicherte Änderungen. Vor dem Beenden alle speichern? „Nein, keine“ verwirft alle ungespeicherten Änderungen.</numerusform>
            <numerusform>%n Entwürfe haben ungespeicherte Änderungen. Vor dem Beenden alle speichern? „Nein, keine“ verwirft alle ungespeicherten Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Problems &amp;List</source>
        <translation>Problem&amp;liste</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab…</source>
        <translation>In neuem &amp;Tab öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export PATCH Body (update)…</source>
        <translation>PATCH-Body &amp;exportieren (Aktualisierung)…</translation>
    </message>
    <message>
        <source>Export &amp;POST Body (create)…</source>
        <translation>&amp;POST-Body exportieren (Anlage)…</translation>
    </message>
    <message>
        <source>&amp;Close Draft</source>
        <translation>Entwurf s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>Last &amp;Rejection Details…</source>
        <translation>Details zur letzten &amp;Ablehnung…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Über&amp;mitteln</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Übermitteln</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1 from the server</source>
        <translation>%1 vom Server geöffnet</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Lead-Opportunity öffnen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Mit Fehlern exportieren</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>POST-Body exportieren</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>PATCH-Body exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Vom Server öffnen</translation>
    </message>
    <message>
        <source>Fetches a lead from %1 and opens it as a new draft based on the server copy.</source>
        <translation>Ruft einen Lead aus %1 ab und öffnet ihn als neuen Entwurf, der auf der Serverkopie beruht.</translation>
    </message>
    <message>
        <source>By &amp;3DS id</source>
        <translation>Nach &amp;3DS-ID</translation>
    </message>
    <message>
        <source>By &amp;partner opportunity id (searched)</source>
        <translation>Nach &amp;Partner-Opportunity-ID (wird gesucht)</translation>
    </message>
    <message>
        <source>Id of the lead</source>
        <translation>ID des Leads</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Enter the 3DS id of the lead.</source>
        <translation>Geben Sie die 3DS-ID des Leads ein.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id.</source>
        <translation>Geben Sie die Partner-Opportunity-ID ein.</translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation>%1 wird aus %2 abgerufen…</translation>
    </message>
    <message>
        <source>Searching %1 for partner opportunity id %2…</source>
        <translation>%1 wird nach Partner-Opportunity-ID %2 durchsucht…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No lead in %1 has partner opportunity id %2.</source>
        <translation>Kein Lead in %1 hat die Partner-Opportunity-ID %2.</translation>
    </message>
    <message>
        <source>%1 leads have partner opportunity id %2: %3. Enter the 3DS id of the one to open.</source>
        <translation>%1 Leads haben die Partner-Opportunity-ID %2: %3. Geben Sie die 3DS-ID des Leads ein, den Sie öffnen möchten.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RecentFiles</name>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RefreshDialog</name>
    <message>
        <source>Refresh from Server</source>
        <translation>Vom Server aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>&amp;Auswahl übernehmen</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Serverwert übernehmen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mein Wert</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>%1 (changed on both sides)</source>
        <translation>%1 (auf beiden Seiten geändert)</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>server now</source>
        <translation>jetzt auf dem Server</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mein Wert</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Auswahl für %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s value or yours for every field changed on both sides.</source>
        <translation>Wählen Sie für jedes auf beiden Seiten geänderte Feld den Serverwert oder Ihren Wert.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionBar</name>
    <message>
        <source>Copy trace id</source>
        <translation>Trace-ID kopieren</translation>
    </message>
    <message>
        <source>Submission outcome</source>
        <translation>Ergebnis der Übermittlung</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected by the server&lt;/b&gt; (HTTP %1)</source>
        <translation>&lt;b&gt;Vom Server abgelehnt&lt;/b&gt; (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported</source>
        <translation>
            <numerusform>%n Fehler gemeldet</numerusform>
            <numerusform>%n Fehler gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the previous answer</source>
        <translation>
            <numerusform>%n aus der vorigen Antwort</numerusform>
            <numerusform>%n aus der vorigen Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n behoben</numerusform>
            <numerusform>%n behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>HTTP-Status:</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>Trace-ID:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Empfangen:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Letzte Ablehnung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Antwort-Body:</translation>
    </message>
    <message>
        <source>As &amp;received</source>
        <translation>Wie &amp;empfangen</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>&amp;Formatiert</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Ch&amp;anges:</source>
        <translation>Än&amp;derungen:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>This draft has no server copy to compare with, so no list of changes can be shown: the request carries everything the draft holds.</source>
        <translation>Dieser Entwurf hat keine Serverkopie zum Vergleichen, daher kann keine Liste der Änderungen gezeigt werden: Die Anfrage enthält alles, was der Entwurf enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy of %1.</source>
        <translation>
            <numerusform>%n Feld weicht von der Serverkopie vom %1 ab.</numerusform>
            <numerusform>%n Felder weichen von der Serverkopie vom %1 ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy.</source>
        <translation>
            <numerusform>%n Feld weicht von der Serverkopie ab.</numerusform>
            <numerusform>%n Felder weichen von der Serverkopie ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</source>
        <translation>
            <numerusform>%n davon kann nicht gesendet werden: Eine Aktualisierung kann es nicht leeren, der Server behält dort seinen Wert.</numerusform>
            <numerusform>%n davon können nicht gesendet werden: Eine Aktualisierung kann sie nicht leeren, der Server behält dort seine Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>This creates a new lead opportunity.</source>
        <translation>Dies legt eine neue Lead-Opportunity an.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Server copy</source>
        <translation>Serverkopie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paste %1 cells</source>
        <translation>%1 Zellen einfügen</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableWidget</name>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Zeile duplizieren</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>Summe: &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The rows are shown sorted by %1. To move a row, click that header until its arrow goes: the rows are then shown in the record&apos;s order.</source>
        <translation>Die Zeilen sind nach %1 sortiert. Um eine Zeile zu verschieben, klicken Sie auf diese Spaltenüberschrift, bis ihr Pfeil verschwindet: Dann erscheinen die Zeilen in der Reihenfolge des Datensatzes.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerAccess</name>
    <message>
        <source>No environment is chosen.</source>
        <translation>Es ist keine Umgebung ausgewählt.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>Die integrierte Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerController</name>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Vom Ser&amp;ver öffnen…</translation>
    </message>
    <message>
        <source>Fetch a lead by its 3DS id or partner opportunity id</source>
        <translation>Einen Lead über seine 3DS-ID oder Partner-Opportunity-ID abrufen</translation>
    </message>
    <message>
        <source>&amp;Find Leads…</source>
        <translation>&amp;Leads suchen…</translation>
    </message>
    <message>
        <source>Search leads by modification time or partner opportunity id</source>
        <translation>Leads nach Änderungszeit oder Partner-Opportunity-ID suchen</translation>
    </message>
    <message>
        <source>Refres&amp;h from Server</source>
        <translation>Vom Server &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Compare the draft with the current server copy and take what changed there</source>
        <translation>Den Entwurf mit der aktuellen Serverkopie vergleichen und die dortigen Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Vom Server aktualisieren</translation>
    </message>
    <message>
        <source>The draft was closed before the server answered.</source>
        <translation>Der Entwurf wurde geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The server copy has not changed since %1; the draft&apos;s base is now dated %2.</source>
        <translation>Die Serverkopie hat sich seit %1 nicht geändert; die Basis des Entwurfs ist jetzt auf %2 datiert.</translation>
    </message>
    <message>
        <source>%1 changed on the server since %2. Choose for each field whether to take the server&apos;s value or keep yours.</source>
        <translation>%1 wurde seit %2 auf dem Server geändert. Wählen Sie für jedes Feld, ob Sie den Serverwert übernehmen oder Ihren Wert behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides and need a choice before applying.</source>
        <translation>
            <numerusform>%n Feld wurde auf beiden Seiten geändert und braucht vor dem Übernehmen eine Auswahl.</numerusform>
            <numerusform>%n Felder wurden auf beiden Seiten geändert und brauchen vor dem Übernehmen eine Auswahl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled: the draft and its base are unchanged.</source>
        <translation>Aktualisierung abgebrochen: Entwurf und Basis sind unverändert.</translation>
    </message>
    <message>
        <source>The draft was closed before the refresh was applied.</source>
        <translation>Der Entwurf wurde geschlossen, bevor die Aktualisierung übernommen wurde.</translation>
    </message>
    <message>
        <source>The server copy changed only in what a draft does not send (its dates); the base is the server copy now. Undo takes the refresh back.</source>
        <translation>Die Serverkopie hat sich nur in dem geändert, was ein Entwurf nicht sendet (ihre Datumsangaben); die Basis ist jetzt die Serverkopie. Rückgängig nimmt die Aktualisierung zurück.</translation>
    </message>
    <message>
        <source>Refreshed from the server: %1, %2; the base is the server copy now. Undo takes the refresh back.</source>
        <translation>Vom Server aktualisiert: %1, %2; die Basis ist jetzt die Serverkopie. Mit „Rückgängig“ lässt sich die Aktualisierung zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) taken from the server</source>
        <translation>
            <numerusform>%n Wert vom Server übernommen</numerusform>
            <numerusform>%n Werte vom Server übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as in the draft</source>
        <translation>
            <numerusform>%n wie im Entwurf behalten</numerusform>
            <numerusform>%n wie im Entwurf behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values could not be set; check the draft.</source>
        <translation>Einige Werte konnten nicht gesetzt werden; prüfen Sie den Entwurf.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerInfoGroup</name>
    <message>
        <source>Server information</source>
        <translation>Serverinformationen</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Re&amp;view changes before sending</source>
        <translation>Änderungen vor dem Senden &amp;prüfen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a refresh when the server copy is older than:</source>
        <translation>Aktualisieren anbieten, wenn die Serverkopie älter ist als:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Type a new API key</source>
        <translation>Neuen API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>URL hinzufügen</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <source>Custom URL:</source>
        <translation>Eigene URL:</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>„%1“ ist keine verwendbare HTTP- oder HTTPS-Basis-URL.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>No system keychain answered: the key is kept for this session only</source>
        <translation>Kein Systemschlüsselbund hat geantwortet: Der Schlüssel wird nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no key.</source>
        <translation>Die integrierte Sandbox benötigt keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <source>A key is stored for this environment.</source>
        <translation>Für diese Umgebung ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No key is stored for this environment.</source>
        <translation>Für diese Umgebung ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The key could not be stored.</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The key is set.</source>
        <translation>Der Schlüssel ist gesetzt.</translation>
    </message>
    <message>
        <source>The key is stored.</source>
        <translation>Der Schlüssel ist gespeichert.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>Der Schlüssel konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SubmitController</name>
    <message>
        <source>&amp;Submit</source>
        <translation>Über&amp;mitteln</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>Übermittlung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Submission &amp;History…</source>
        <translation>Übermittlungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Last &amp;Rejection…</source>
        <translation>Letzte Ab&amp;lehnung…</translation>
    </message>
    <message>
        <source>API &amp;Keys and Settings…</source>
        <translation>API-&amp;Schlüssel und Einstellungen…</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>Die integrierte Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Submission not sent.</source>
        <translation>Übermittlung nicht gesendet.</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>Übermittlung an %1…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Übermitteln</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) flagged by the server have not been changed since the rejection. Submit anyway?</source>
        <translation>
            <numerusform>%n vom Server markiertes Feld wurde seit der Ablehnung nicht geändert. Trotzdem übermitteln?</numerusform>
            <numerusform>%n vom Server markierte Felder wurden seit der Ablehnung nicht geändert. Trotzdem übermitteln?</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit to production</source>
        <translation>An Produktion übermitteln</translation>
    </message>
    <message>
        <source>This sends the record to %1 and changes the real lead opportunity at Dassault Systèmes. Continue?</source>
        <translation>Dadurch wird der Datensatz an %1 gesendet und die echte Lead-Opportunity bei Dassault Systèmes geändert. Fortfahren?</translation>
    </message>
    <message>
        <source>Submission not sent: the document was closed.</source>
        <translation>Übermittlung nicht gesendet: Das Dokument wurde geschlossen.</translation>
    </message>
    <message>
        <source>Submission cancelled before anything was sent.</source>
        <translation>Übermittlung abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Read-only here: another editor window edits this draft. Save it under a new name to submit it from this window.</source>
        <translation>Hier schreibgeschützt: Ein anderes Editorfenster bearbeitet diesen Entwurf. Speichern Sie ihn unter einem neuen Namen, um ihn aus diesem Fenster zu übermitteln.</translation>
    </message>
    <message>
        <source>Send the record to the chosen environment</source>
        <translation>Den Datensatz an die gewählte Umgebung senden</translation>
    </message>
    <message>
        <source>Not sent: changes made while sending (%1). Submit again to send them.</source>
        <translation>Nicht gesendet: Änderungen während des Sendens (%1). Senden Sie erneut, um sie zu übermitteln.</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>No API key is stored for %1, so nothing was sent.</source>
        <translation>Für %1 ist kein API-Schlüssel gespeichert, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 did not receive an API key (HTTP 401).</source>
        <translation>%1 hat keinen API-Schlüssel erhalten (HTTP 401).</translation>
    </message>
    <message>
        <source>Enter it under %1.</source>
        <translation>Geben Sie ihn unter %1 ein.</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2 · 3DS id %3</source>
        <translation>Angenommen von %1 um %2 · 3DS-ID %3</translation>
    </message>
    <message>
        <source>(%1; the request may have reached the server)</source>
        <translation>(%1; die Anfrage hat den Server möglicherweise erreicht)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Show the exact request and what it changes on the server</source>
        <translation>Die genaue Anfrage zeigen und was sie auf dem Server ändert</translation>
    </message>
    <message>
        <source>Send the &amp;Whole Record</source>
        <translation>&amp;Ganzen Datensatz senden</translation>
    </message>
    <message>
        <source>Send every field the draft holds instead of what changed against the server copy</source>
        <translation>Jedes Feld des Entwurfs senden statt nur der Änderungen gegenüber der Serverkopie</translation>
    </message>
    <message>
        <source>&amp;Refresh First</source>
        <translation>Zuerst &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>The server copy this draft is based on is %n minute(s) old; the lead may have changed on the server since. Refresh the draft from the server first?</source>
        <translation>
            <numerusform>Die Serverkopie, auf der dieser Entwurf beruht, ist %n Minute alt; der Lead kann sich seither auf dem Server geändert haben. Den Entwurf zuerst vom Server aktualisieren?</numerusform>
            <numerusform>Die Serverkopie, auf der dieser Entwurf beruht, ist %n Minuten alt; der Lead kann sich seither auf dem Server geändert haben. Den Entwurf zuerst vom Server aktualisieren?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::TableCellCommands</name>
    <message>
        <source>The clipboard holds rows of %1 cells; from the current cell the table has %2 columns.</source>
        <translation>Die Zwischenablage enthält Zeilen mit %1 Zellen; ab der aktuellen Zelle hat die Tabelle %2 Spalten.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Sort by “%1”, ascending</source>
        <translation>Nach „%1“ aufsteigend sortieren</translation>
    </message>
    <message>
        <source>Sort by “%1”, descending</source>
        <translation>Nach „%1“ absteigend sortieren</translation>
    </message>
    <message>
        <source>Show in record order</source>
        <translation>In der Reihenfolge des Datensatzes anzeigen</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::UpdateTargetPrompt</name>
    <message>
        <source>Its file name names the lead %1.</source>
        <translation>Sein Dateiname nennt den Lead %1.</translation>
    </message>
    <message>
        <source>Update or create</source>
        <translation>Aktualisieren oder anlegen</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id. Does it update an existing lead in %2, or create a new one?</source>
        <translation>Dieser Anfragetext hat die Partner-Opportunity-ID %1, aber keine 3DS-ID. Aktualisiert er einen bestehenden Lead in %2 oder legt er einen neuen an?</translation>
    </message>
    <message>
        <source>&amp;Find and Update</source>
        <translation>&amp;Suchen und aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Create New</source>
        <translation>&amp;Neu anlegen</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running; the draft stays a new lead.</source>
        <translation>Die eingebaute Sandbox läuft nicht; der Entwurf bleibt ein neuer Lead.</translation>
    </message>
    <message>
        <source>The search in %1 failed: %2 The draft stays a new lead.</source>
        <translation>Die Suche in %1 ist fehlgeschlagen: %2 Der Entwurf bleibt ein neuer Lead.</translation>
    </message>
    <message>
        <source>%1 has no lead with the partner opportunity id %2; the draft stays a new lead.</source>
        <translation>%1 hat keinen Lead mit der Partner-Opportunity-ID %2; der Entwurf bleibt ein neuer Lead.</translation>
    </message>
    <message>
        <source>%1 has it as lead %2.</source>
        <translation>%1 führt ihn als Lead %2.</translation>
    </message>
    <message>
        <source>Several leads have the partner opportunity id %1. Which one does this body update?</source>
        <translation>Mehrere Leads haben die Partner-Opportunity-ID %1. Welchen aktualisiert dieser Text?</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id.</source>
        <translation>Dieser Anfragetext hat die Partner-Opportunity-ID %1, aber keine 3DS-ID.</translation>
    </message>
    <message>
        <source>Update lead %1, or create a new one?</source>
        <translation>Lead %1 aktualisieren oder einen neuen anlegen?</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>%1 &amp;aktualisieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, validate and resubmit partner lead opportunities.</source>
        <translation>Partner-Lead-Opportunities bearbeiten, validieren und erneut übermitteln.</translation>
    </message>
    <message>
        <source>Colour scheme: %1.</source>
        <translation>Farbschema: %1.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Drafts, request bodies or responses to open.</source>
        <translation>Zu öffnende Entwürfe, Request-Bodys oder Antworten.</translation>
    </message>
    <message>
        <source>Unknown colour scheme: %1</source>
        <translation>Unbekanntes Farbschema: %1</translation>
    </message>
</context>
</TS>
