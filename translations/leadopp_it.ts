<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ApiClient</name>
    <message>
        <source>The create</source>
        <translation>La creazione</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>L&apos;aggiornamento</translation>
    </message>
    <message>
        <source>%1 was sent, but the server closed the connection without answering.</source>
        <translation>%1 è stato inviato, ma il server ha chiuso la connessione senza rispondere.</translation>
    </message>
    <message>
        <source>%1 was sent and the server began to answer, but the connection broke before the answer was complete.</source>
        <translation>%1 è stato inviato e il server ha iniziato a rispondere, ma la connessione si è interrotta prima che la risposta fosse completa.</translation>
    </message>
    <message>
        <source>%1 was sent and the server answered with success, but its answer was cut off.</source>
        <translation>%1 è stato inviato e il server ha risposto con esito positivo, ma la sua risposta è stata troncata.</translation>
    </message>
    <message>
        <source>%1 was sent, but no complete answer came in time.</source>
        <translation>%1 è stato inviato, ma non è arrivata in tempo una risposta completa.</translation>
    </message>
    <message>
        <source>The server was asked: it has the lead (partner id %1, 3DS id %2), so the create landed and was not sent again.</source>
        <translation>È stato chiesto al server: ha il lead (ID partner %1, ID 3DS %2), quindi la creazione è arrivata e non è stata inviata di nuovo.</translation>
    </message>
    <message>
        <source>The server was asked: the lead holds the sent values, so the update landed and was not sent again.</source>
        <translation>È stato chiesto al server: il lead contiene i valori inviati, quindi l&apos;aggiornamento è arrivato e non è stato inviato di nuovo.</translation>
    </message>
    <message>
        <source>The server was asked: no lead has partner id %1, so the create did not land. It was not sent again; submit once more to create it.</source>
        <translation>È stato chiesto al server: nessun lead ha l&apos;ID partner %1, quindi la creazione non è arrivata. Non è stata inviata di nuovo; invia ancora una volta per crearlo.</translation>
    </message>
    <message>
        <source>The server was asked: the lead does not hold the sent values, so the update did not land. It was not sent again; submit once more.</source>
        <translation>È stato chiesto al server: il lead non contiene i valori inviati, quindi l&apos;aggiornamento non è arrivato. Non è stato inviato di nuovo; invia ancora una volta.</translation>
    </message>
    <message>
        <source>Asking the server whether it landed failed too. Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>Anche la verifica presso il server non è riuscita. Non è stato inviato nulla di nuovo: cerca l&apos;ID partner %1 o recupera il lead prima di inviarlo ancora.</translation>
    </message>
    <message>
        <source>Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>Non è stato inviato nulla di nuovo: cerca l&apos;ID partner %1 o recupera il lead prima di inviarlo ancora.</translation>
    </message>
    <message>
        <source>The server kept the connection open without finishing its answer within the overall deadline of %1 s, so the request was ended.</source>
        <translation>Il server ha tenuto aperta la connessione senza completare la risposta entro il limite complessivo di %1 s, quindi la richiesta è stata terminata.</translation>
    </message>
    <message>
        <source>The server asked to wait 1 second.</source>
        <translation>Il server ha chiesto di attendere 1 secondo.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>Il server ha chiesto di attendere %n secondo.</numerusform>
            <numerusform>Il server ha chiesto di attendere %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API accepted the lead opportunity.</source>
        <translation>L&apos;API partner ha accettato l&apos;opportunità.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP %1) without naming a field; its own words are listed below.</source>
        <translation>L&apos;API partner ha rifiutato l&apos;opportunità (HTTP %1) senza indicare un campo; il suo messaggio originale è riportato sotto.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP 400) without naming a field.</source>
        <translation>L&apos;API partner ha rifiutato l&apos;opportunità (HTTP 400) senza indicare un campo.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity: 1 field error to fix.</source>
        <translation>L&apos;API partner ha rifiutato l&apos;opportunità: 1 errore di campo da correggere.</translation>
    </message>
    <message numerus="yes">
        <source>The partner API rejected the lead opportunity: %n field errors to fix.</source>
        <translation>
            <numerusform>L&apos;API partner ha rifiutato l&apos;opportunità: %n errore di campo da correggere.</numerusform>
            <numerusform>L&apos;API partner ha rifiutato l&apos;opportunità: %n errori di campo da correggere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API did not receive an API key (HTTP 401). Enter the key for this environment in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>L&apos;API partner non ha ricevuto una chiave API (HTTP 401). Inserisci la chiave per questo ambiente nell&apos;editor (Invia ▸ Chiavi API e impostazioni) oppure imposta LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The API key is not allowed for this partner or operation (HTTP 403). Check that the key belongs to the partner legal entity of this lead opportunity.</source>
        <translation>La chiave API non è autorizzata per questo partner o per questa operazione (HTTP 403). Verifica che la chiave appartenga alla persona giuridica del partner di questa opportunità.</translation>
    </message>
    <message>
        <source>The partner API refused a date (HTTP 406, ERR805): close date and next milestone date must be ISO 8601 date-times in UTC, such as 2025-06-01T18:46:51.326Z.</source>
        <translation>L&apos;API partner ha rifiutato una data (HTTP 406, ERR805): la data di chiusura e la data della prossima milestone devono essere date-ora ISO 8601 in UTC, ad esempio 2025-06-01T18:46:51.326Z.</translation>
    </message>
    <message>
        <source>The partner API asks to slow down (HTTP 429, too many requests). Wait a moment and try again.</source>
        <translation>L&apos;API partner chiede di rallentare (HTTP 429, troppe richieste). Attendi un momento e riprova.</translation>
    </message>
    <message>
        <source>The partner API does not know this 3DS id or it belongs to another partner (HTTP 500, ERROR_048).</source>
        <translation>L&apos;API partner non conosce questo ID 3DS oppure appartiene a un altro partner (HTTP 500, ERROR_048).</translation>
    </message>
    <message>
        <source>The partner API is under maintenance (HTTP 503). Try again later.</source>
        <translation>L&apos;API partner è in manutenzione (HTTP 503). Riprova più tardi.</translation>
    </message>
    <message>
        <source>The partner API failed with HTTP %1. Try again later; if it persists, give 3DS support the trace id.</source>
        <translation>L&apos;API partner ha restituito un errore HTTP %1. Riprova più tardi; se il problema persiste, comunica l&apos;ID di traccia al supporto 3DS.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the environment&apos;s address and that the server is running.</source>
        <translation>Il server ha rifiutato la connessione. Verifica l&apos;indirizzo dell&apos;ambiente e che il server sia in esecuzione.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The create was not sent again: the partner lead opportunity id prevents duplicates, so search for it or fetch the lead before creating it once more.</source>
        <translation>Il server non ha risposto in tempo. La creazione non è stata inviata di nuovo: l&apos;ID opportunità del partner impedisce i duplicati, quindi cercalo o recupera il lead prima di crearlo ancora.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>Il server non ha risposto in tempo. Verifica la connessione e riprova.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS): the server&apos;s certificate or handshake was not accepted. Nothing was sent.</source>
        <translation>La connessione sicura non è riuscita (TLS): il certificato o l&apos;handshake del server non è stato accettato. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS). Check the environment&apos;s address and the network connection.</source>
        <translation>Impossibile risolvere il nome del server (DNS). Verifica l&apos;indirizzo dell&apos;ambiente e la connessione di rete.</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON (HTTP %1), probably a proxy or gateway page.</source>
        <translation>Il server ha risposto con qualcosa che non è JSON (HTTP %1), probabilmente una pagina di un proxy o di un gateway.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without the list of leads a search answer holds; nothing was read from it, so no lead counts as found or not found.</source>
        <translation>Il server ha risposto HTTP %1 senza l’elenco di lead che una risposta di ricerca contiene; non ne è stato letto nulla, quindi nessun lead conta come trovato o non trovato.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the client accepts and was cut off.</source>
        <translation>La risposta del server era più grande di quanto il client accetti ed è stata troncata.</translation>
    </message>
    <message>
        <source>The API key was not sent: plain HTTP is only allowed to this computer (loopback). Use an https address.</source>
        <translation>La chiave API non è stata inviata: l&apos;HTTP non cifrato è consentito solo verso questo computer (loopback). Usa un indirizzo https.</translation>
    </message>
    <message>
        <source>No API key is configured for this environment, so nothing was sent. Enter it in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>Nessuna chiave API è configurata per questo ambiente, quindi non è stato inviato nulla. Inseriscila nell&apos;editor (Invia ▸ Chiavi API e impostazioni) oppure imposta LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The submission was cancelled.</source>
        <translation>L&apos;invio è stato annullato.</translation>
    </message>
    <message>
        <source>The network request failed. Check the connection and try again.</source>
        <translation>La richiesta di rete non è riuscita. Verifica la connessione e riprova.</translation>
    </message>
    <message>
        <source>The server redirected the request to another host or too many times; the redirect was not followed, so the API key did not leave for another host.</source>
        <translation>Il server ha reindirizzato la richiesta a un altro host o troppe volte; il reindirizzamento non è stato seguito, quindi la chiave API non è andata a un altro host.</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>not sent: an update cannot clear it</source>
        <translation>non inviato: un aggiornamento non può svuotarlo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
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
        <translation>La bozza non ha una versione di formato valida.</translation>
    </message>
    <message>
        <source>This draft was saved in format version %1 by a newer release; this release reads format version %2 at most, so please update the editor.</source>
        <translation>Questa bozza è stata salvata nella versione di formato %1 da una release più recente; questa release legge al massimo la versione %2, quindi aggiorna l&apos;editor.</translation>
    </message>
    <message>
        <source>The record of this draft is not a JSON object.</source>
        <translation>Il record di questa bozza non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Il file “%1” non esiste.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (%2 MB); a lead opportunity file holds at most %3 MB.</source>
        <translation>Il file “%1” è troppo grande (%2 MB); un file di opportunità contiene al massimo %3 MB.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>Impossibile leggere il file “%1”: %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>il livello principale</translation>
    </message>
    <message>
        <source>The member “%1” occurs %2 times in %3; the last value is kept.</source>
        <translation>Il membro “%1” compare %2 volte in %3; viene mantenuto l&apos;ultimo valore.</translation>
    </message>
    <message>
        <source>The number %1 in %2 has more digits than a number holds; it is read, saved and sent as %3.</source>
        <translation>Il numero %1 in %2 ha più cifre di quante un numero ne contenga; viene letto, salvato e inviato come %3.</translation>
    </message>
    <message>
        <source>It is %1 text; lead opportunity files are UTF-8, so save it as UTF-8 and open it again.</source>
        <translation>È un testo %1; i file di opportunità sono in UTF-8, quindi salvalo come UTF-8 e riaprilo.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Riga %1, colonna %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); a lead opportunity file holds at most %2 MB.</source>
        <translation>Il file è troppo grande (%1 MB); un file di opportunità contiene al massimo %2 MB.</translation>
    </message>
    <message>
        <source>The file holds a JSON array, not a lead opportunity object.</source>
        <translation>Il file contiene un array JSON, non un oggetto opportunità.</translation>
    </message>
    <message>
        <source>The file holds a single JSON text, not a lead opportunity object.</source>
        <translation>Il file contiene un singolo testo JSON, non un oggetto opportunità.</translation>
    </message>
    <message>
        <source>The file holds a single JSON number, not a lead opportunity object.</source>
        <translation>Il file contiene un singolo numero JSON, non un oggetto opportunità.</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, not a lead opportunity object.</source>
        <translation>Il file contiene un singolo valore JSON, non un oggetto opportunità.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text (invalid byte 0x%2).</source>
        <translation>%1: il file non è testo UTF-8 (byte non valido 0x%2).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Il file non è testo UTF-8.</translation>
    </message>
    <message>
        <source>This is a response without a lead record (HTTP status %1).</source>
        <translation>Questa è una risposta senza record di lead (stato HTTP %1).</translation>
    </message>
    <message>
        <source>This is a response without a lead record.</source>
        <translation>Questa è una risposta senza record di lead.</translation>
    </message>
    <message>
        <source>This file is not a lead opportunity: it is neither a draft, nor a request body with “leadOpportunity”, nor an API response.</source>
        <translation>Questo file non è un&apos;opportunità: non è né una bozza, né un corpo di richiesta con “leadOpportunity”, né una risposta dell&apos;API.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>un valore vero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un testo</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>Row %1 of the section “%2” must be a JSON object, but it is %3.</source>
        <translation>La riga %1 della sezione “%2” deve essere un oggetto JSON, ma è %3.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON array of objects, but it is %2.</source>
        <translation>La sezione “%1” deve essere un array JSON di oggetti, ma è %2.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON object, but it is %2.</source>
        <translation>La sezione “%1” deve essere un oggetto JSON, ma è %2.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>0 to 100</source>
        <translation>da 0 a 100</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters.</source>
        <translation>Questo campo accetta al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Not one of the values the API accepts</source>
        <translation>Non è uno dei valori accettati dall&apos;API</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno per riga</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>Open lead</source>
        <translation>Lead aperto</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificato</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Opportunità aperta</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Convalidato</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Consolidato</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vinto</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perso</translation>
    </message>
    <message>
        <source>Upside</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sicuro</translation>
    </message>
    <message>
        <source>Longshot</source>
        <translation>Improbabile</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vuoto</translation>
    </message>
    <message>
        <source>Solution functionality</source>
        <translation>Funzionalità della soluzione</translation>
    </message>
    <message>
        <source>Stronger value proposition</source>
        <translation>Proposta di valore più forte</translation>
    </message>
    <message>
        <source>Lower costs of ownership</source>
        <translation>Costi di gestione più bassi</translation>
    </message>
    <message>
        <source>Lower implementation costs</source>
        <translation>Costi di implementazione più bassi</translation>
    </message>
    <message>
        <source>Good customer references</source>
        <translation>Buone referenze dei clienti</translation>
    </message>
    <message>
        <source>Offer terms &amp; conditions</source>
        <translation>Termini e condizioni dell&apos;offerta</translation>
    </message>
    <message>
        <source>Lower software costs</source>
        <translation>Costi software più bassi</translation>
    </message>
    <message>
        <source>Strong client relationship</source>
        <translation>Solida relazione con il cliente</translation>
    </message>
    <message>
        <source>DS skills &amp; expertise</source>
        <translation>Competenze ed esperienza di DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; expertise</source>
        <translation>Competenze ed esperienza del partner</translation>
    </message>
    <message>
        <source>Partner (CSI) relationship</source>
        <translation>Relazione con il partner (CSI)</translation>
    </message>
    <message>
        <source>SalesOperations activities</source>
        <translation>Attività di SalesOperations</translation>
    </message>
    <message>
        <source>IT driven activities</source>
        <translation>Attività guidate dall&apos;IT</translation>
    </message>
    <message>
        <source>Better competition offer</source>
        <translation>Offerta migliore della concorrenza</translation>
    </message>
    <message>
        <source>Client does not see value</source>
        <translation>Il cliente non vede il valore</translation>
    </message>
    <message>
        <source>Lack or loss of champion</source>
        <translation>Assenza o perdita dello sponsor</translation>
    </message>
    <message>
        <source>Functional gap</source>
        <translation>Lacuna funzionale</translation>
    </message>
    <message>
        <source>High implementation cost</source>
        <translation>Costo di implementazione elevato</translation>
    </message>
    <message>
        <source>Lack of references</source>
        <translation>Mancanza di referenze</translation>
    </message>
    <message>
        <source>Offer does not match needs</source>
        <translation>L&apos;offerta non risponde alle esigenze</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>Problema di qualità</translation>
    </message>
    <message>
        <source>DS skills &amp; support issue</source>
        <translation>Problema di competenze e supporto di DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; support</source>
        <translation>Competenze e supporto del partner</translation>
    </message>
    <message>
        <source>Relationship level issue</source>
        <translation>Problema a livello di relazione</translation>
    </message>
    <message>
        <source>Software cost too high</source>
        <translation>Costo del software troppo alto</translation>
    </message>
    <message>
        <source>Terms &amp; conditions issue</source>
        <translation>Problema di termini e condizioni</translation>
    </message>
    <message>
        <source>Cost of sales too high</source>
        <translation>Costo di vendita troppo alto</translation>
    </message>
    <message>
        <source>Lack of skills to support</source>
        <translation>Mancanza di competenze per il supporto</translation>
    </message>
    <message>
        <source>Lack of tech resources</source>
        <translation>Mancanza di risorse tecniche</translation>
    </message>
    <message>
        <source>Not a priority for DS</source>
        <translation>Non prioritario per DS</translation>
    </message>
    <message>
        <source>Not a priority for partner</source>
        <translation>Non prioritario per il partner</translation>
    </message>
    <message>
        <source>Client bankrupt/acquired</source>
        <translation>Cliente fallito/acquisito</translation>
    </message>
    <message>
        <source>Client has no (more) need</source>
        <translation>Il cliente non ha (più) bisogno</translation>
    </message>
    <message>
        <source>Client has no (more) budget</source>
        <translation>Il cliente non ha (più) budget</translation>
    </message>
    <message>
        <source>Duplicate copy</source>
        <translation>Copia duplicata</translation>
    </message>
    <message>
        <source>Lost to another partner</source>
        <translation>Perso a favore di un altro partner</translation>
    </message>
    <message>
        <source>Territory reject</source>
        <translation>Rifiuto per territorio</translation>
    </message>
    <message>
        <source>Inadequate references</source>
        <translation>Referenze inadeguate</translation>
    </message>
    <message>
        <source>Wrong partner/DS sales</source>
        <translation>Partner/vendita DS errato</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Informazioni mancanti</translation>
    </message>
    <message>
        <source>Incorrect channel</source>
        <translation>Canale errato</translation>
    </message>
    <message>
        <source>Unmovable competitor</source>
        <translation>Concorrente inamovibile</translation>
    </message>
    <message>
        <source>Opportunity already exists</source>
        <translation>L&apos;opportunità esiste già</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Nessun progetto</translation>
    </message>
    <message>
        <source>Immature project</source>
        <translation>Progetto non maturo</translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>Lead duplicato</translation>
    </message>
    <message>
        <source>Duplicate opportunity</source>
        <translation>Opportunità duplicata</translation>
    </message>
    <message>
        <source>Customer bankruptcy</source>
        <translation>Fallimento del cliente</translation>
    </message>
    <message>
        <source>Never succeeded in reaching the customer (mail/phone/letter)</source>
        <translation>Impossibile contattare il cliente (e-mail/telefono/lettera)</translation>
    </message>
    <message>
        <source>Not enough relevant evidence to escalate with the customer (at risk in court)</source>
        <translation>Prove non sufficienti per un&apos;escalation con il cliente (rischio in giudizio)</translation>
    </message>
    <message>
        <source>ROI for enforcement not viable</source>
        <translation>ROI dell&apos;azione non sostenibile</translation>
    </message>
    <message>
        <source>Valid customer explanation (approved by legal)</source>
        <translation>Spiegazione valida del cliente (approvata dall&apos;ufficio legale)</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Pagamento anticipato</translation>
    </message>
    <message>
        <source>Rental booking</source>
        <translation>Prenotazione noleggio</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Servizi di supporto</translation>
    </message>
    <message>
        <source>Services signing</source>
        <translation>Firma servizi</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Sandbox (questo computer)</translation>
    </message>
    <message>
        <source>Partner development</source>
        <translation>Sviluppo partner</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Preproduction</source>
        <translation>Preproduzione</translation>
    </message>
    <message>
        <source>Postproduction</source>
        <translation>Postproduzione</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produzione</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>Il server ha segnalato l&apos;errore %1.</translation>
    </message>
    <message>
        <source>The server rejected this value.</source>
        <translation>Il server ha rifiutato questo valore.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>Il server ha risposto HTTP %1 con un corpo vuoto.</translation>
    </message>
    <message>
        <source>The server answered with an empty body.</source>
        <translation>Il server ha risposto con un corpo vuoto.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a non-JSON body.</source>
        <translation>Il server ha risposto HTTP %1 con un corpo non JSON.</translation>
    </message>
    <message>
        <source>The server answered with a non-JSON body.</source>
        <translation>Il server ha risposto con un corpo non JSON.</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Dice: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1) without naming a field.</source>
        <translation>Il server ha restituito un errore (HTTP %1) senza indicare un campo.</translation>
    </message>
    <message>
        <source>The server rejected the submission (HTTP %1) without naming a field.</source>
        <translation>Il server ha rifiutato l&apos;invio (HTTP %1) senza indicare un campo.</translation>
    </message>
    <message>
        <source>The server rejected the submission without naming a field.</source>
        <translation>Il server ha rifiutato l&apos;invio senza indicare un campo.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Partner id</source>
        <translation>ID partner</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID opportunità partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>E-mail del responsabile 3DS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoria di previsione</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prossima milestone</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Data prossima milestone</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>Codice campagna COMET</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>ID tattica go-to-market</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Motivi della vittoria</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Motivi della perdita</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Commento vittoria/perdita</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concorrenti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Stato di approvazione</translation>
    </message>
    <message>
        <source>Engagement type</source>
        <translation>Tipo di coinvolgimento</translation>
    </message>
    <message>
        <source>PO information</source>
        <translation>Informazioni ordine</translation>
    </message>
    <message>
        <source>PO status</source>
        <translation>Stato ordine</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numero ordine</translation>
    </message>
    <message>
        <source>SBO indicator</source>
        <translation>Indicatore SBO</translation>
    </message>
    <message>
        <source>SBO status</source>
        <translation>Stato SBO</translation>
    </message>
    <message>
        <source>SBO number</source>
        <translation>Numero SBO</translation>
    </message>
    <message>
        <source>Growth type</source>
        <translation>Tipo di crescita</translation>
    </message>
    <message>
        <source>Lead priority</source>
        <translation>Priorità del lead</translation>
    </message>
    <message>
        <source>Level of interest</source>
        <translation>Livello di interesse</translation>
    </message>
    <message>
        <source>3DS comment</source>
        <translation>Commento 3DS</translation>
    </message>
    <message>
        <source>Partner import mode</source>
        <translation>Modalità di importazione partner</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Revenue type</source>
        <translation>Tipo di ricavo</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>ID sede 3DS</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Numero DUNS</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Numero di registrazione</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Indirizzo riga 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Indirizzo riga 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>Stato / provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Offer line</source>
        <translation>Riga d&apos;offerta</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Persona giuridica del cliente</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Contatto cliente</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Contatto partner</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>— addressed, will be checked on the next submit</source>
        <translation>— risolto, sarà verificato al prossimo invio</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Server (addressed)</source>
        <translation>Server (risolto)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Draft open elsewhere</source>
        <translation>Bozza aperta altrove</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Open it read-only, or edit a copy that you save under a new name?</source>
        <translation>“%1” è aperto in modifica in un’altra finestra dell’editor (%2). Aprirlo in sola lettura o modificarne una copia da salvare con un nuovo nome?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Apri in sola &amp;lettura</translation>
    </message>
    <message>
        <source>Edit a &amp;Copy</source>
        <translation>Modifica una &amp;copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Read-only: “%1” is open for editing in another editor window (%2).</source>
        <translation>Sola lettura: “%1” è aperto in modifica in un’altra finestra dell’editor (%2).</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <source>A copy of “%1”, which is open for editing in another editor window (%2). Save it under a new name.</source>
        <translation>Una copia di “%1”, aperto in modifica in un’altra finestra dell’editor (%2). Salvala con un nuovo nome.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File modificato sul disco</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since it was opened here. Replace it with this draft? The other changes are lost.</source>
        <translation>“%1” è stato modificato sul disco da un altro programma dopo essere stato aperto qui. Sostituirlo con questa bozza? Le altre modifiche andranno perse.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sostituisci</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignora</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program.</source>
        <translation>“%1” è stato modificato sul disco da un altro programma.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mantieni la mia</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk. This draft is the only copy now.</source>
        <translation>“%1” è stato eliminato o spostato sul disco. Questa bozza ora è l’unica copia.</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>&amp;Salva di nuovo</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Tieni aperto</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>unknown cause</source>
        <translation>causa sconosciuta</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Impossibile scrivere “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Rejected, no field named</source>
        <translation>Rifiutato, senza campo indicato</translation>
    </message>
    <message>
        <source>No API key received</source>
        <translation>Chiave API non ricevuta</translation>
    </message>
    <message>
        <source>API key not allowed</source>
        <translation>Chiave API non consentita</translation>
    </message>
    <message>
        <source>Date refused</source>
        <translation>Data rifiutata</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Troppe richieste</translation>
    </message>
    <message>
        <source>Unknown 3DS id</source>
        <translation>ID 3DS sconosciuto</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Errore del server</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connessione rifiutata</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo scaduto</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Connessione sicura non riuscita</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host non trovato</translation>
    </message>
    <message>
        <source>Answer not JSON</source>
        <translation>Risposta non JSON</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Risposta troppo grande</translation>
    </message>
    <message>
        <source>Key withheld (plain HTTP)</source>
        <translation>Chiave trattenuta (HTTP non cifrato)</translation>
    </message>
    <message>
        <source>No API key set</source>
        <translation>Nessuna chiave API impostata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Errore di rete</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Reindirizzamento rifiutato</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Risposta inattesa</translation>
    </message>
    <message>
        <source>Update (PATCH)</source>
        <translation>Aggiornamento (PATCH)</translation>
    </message>
    <message>
        <source>Create (POST)</source>
        <translation>Creazione (POST)</translation>
    </message>
    <message>
        <source>Fetch (GET)</source>
        <translation>Lettura (GET)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox store.</source>
        <translation>%1 non è un archivio della sandbox.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>LegalEntityForm</name>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>ID sede 3DS</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Numero DUNS</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Numero di registrazione</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Indirizzo riga 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Indirizzo riga 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>Stato / provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Lead opportunity drafts (*.leadopp.json);;JSON files (*.json);;All files (*)</source>
        <translation>Bozze di opportunità (*.leadopp.json);;File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <source>%1 could not be opened.
%2</source>
        <translation>Impossibile aprire %1.
%2</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Apri opportunità</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>“%1” ha modifiche non salvate. Salvarle prima?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Scarta le modifiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Salvataggio non riuscito</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Save under another name.</source>
        <translation>“%1” è aperto in modifica in un’altra finestra dell’editor (%2). Salva con un altro nome.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Esporta con errori</translation>
    </message>
    <message>
        <source>The draft still has validation errors; the server will probably refuse this body. Export it anyway?</source>
        <translation>La bozza contiene ancora errori di convalida; probabilmente il server rifiuterà questo corpo. Esportarlo comunque?</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>Esporta corpo POST</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>Esporta corpo PATCH</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Esportato %1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>“%1” could mean %2 or %3; type one of these so that it cannot be misread.</source>
        <translation>“%1” può significare %2 o %3; digita una delle due forme, così non può essere fraintesa.</translation>
    </message>
    <message>
        <source>“%1” has more digits than a number holds; it would be stored and sent as %2. Type it with fewer digits.</source>
        <translation>«%1» ha più cifre di quante un numero ne contenga; verrebbe salvato e inviato come %2. Digitalo con meno cifre.</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>Identification</source>
        <translation>Identificazione</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>ID partner</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID opportunità partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>E-mail del responsabile 3DS</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Trattativa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoria di previsione</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data di chiusura</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prossima milestone</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Data prossima milestone</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>Codice campagna COMET</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>ID tattica go-to-market</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Motivi della vittoria</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Motivi della perdita</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Commento vittoria/perdita</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concorrenti</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <source>“%1” is not one of the choices for %2.</source>
        <translation>“%1” non è una delle scelte per %2.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Gli appunti non contengono testo.</translation>
    </message>
    <message>
        <source>The clipboard holds several cells or lines; paste one value at a time.</source>
        <translation>Gli appunti contengono più celle o righe; incolla un valore alla volta.</translation>
    </message>
    <message>
        <source>%1 takes a single line; the text holds line breaks.</source>
        <translation>%1 accetta una sola riga; il testo contiene interruzioni di riga.</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e %n altro</numerusform>
            <numerusform>…e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>• the submission record (no field changed)</source>
        <translation>• lo storico degli invii (nessun campo modificato)</translation>
    </message>
    <message>
        <source>Your edits to “%1” cannot be put aside in case the editor stops: %2 Save the draft to keep them.</source>
        <translation>Le modifiche a «%1» non possono essere messe da parte nel caso l&apos;editor si fermi: %2 Salvare la bozza per conservarle.</translation>
    </message>
    <message>
        <source>The editor stopped while “%1” had unsaved changes (last kept at %2). Restore them?

Changed since it was last saved:
%3</source>
        <translation>L’editor si è chiuso mentre “%1” aveva modifiche non salvate (conservate alle %2). Ripristinarle?

Modificato dall’ultimo salvataggio:
%3</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ripristina le modifiche non salvate</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Scarta le modifiche</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>(from the previous answer)</source>
        <translation>(dalla risposta precedente)</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplica %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Sposta %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Rimuovi %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 repeats %2 (same offer, revenue type and amount).</source>
        <translation>%1 ripete %2 (stessa offerta, tipo di ricavo e importo).</translation>
    </message>
    <message>
        <source>%1 repeats the e-mail address of %2.</source>
        <translation>%1 ripete l&apos;indirizzo e-mail di %2.</translation>
    </message>
    <message>
        <source>%1 %2 is ignored while the status is %3, a lead stage.</source>
        <translation>%1 %2 viene ignorato finché lo stato è %3, una fase di lead.</translation>
    </message>
    <message>
        <source>With status %3, %1 should be %3 (the system sets it), not %2.</source>
        <translation>Con lo stato %3, %1 dovrebbe essere %3 (lo imposta il sistema), non %2.</translation>
    </message>
    <message>
        <source>%1 %2 is set by the system for status WON or LOST only; with status %3 choose UPSIDE, COMMIT, SAFE or LONGSHOT.</source>
        <translation>%1 %2 viene impostato dal sistema solo per lo stato WON o LOST; con lo stato %3 scegli UPSIDE, COMMIT, SAFE o LONGSHOT.</translation>
    </message>
    <message>
        <source>The status is %2 but %1 names no reason; the server will record %3.</source>
        <translation>Lo stato è %2 ma %1 non indica alcun motivo; il server registrerà %3.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 deve essere un testo, non %2.</translation>
    </message>
    <message>
        <source>%1 still holds &quot;%2&quot;, a placeholder left from the API examples; enter the real value.</source>
        <translation>%1 contiene ancora “%2”, un segnaposto rimasto dagli esempi dell&apos;API; inserisci il valore reale.</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 deve essere un elenco, non %2.</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address: &quot;%2&quot;.</source>
        <translation>%1 non sembra un indirizzo e-mail: “%2”.</translation>
    </message>
    <message>
        <source>%1 does not look like a web address: &quot;%2&quot;.</source>
        <translation>%1 non sembra un indirizzo web: “%2”.</translation>
    </message>
    <message>
        <source>%1 must have exactly 9 digits (D&amp;B number), not &quot;%2&quot;.</source>
        <translation>%1 deve avere esattamente 9 cifre (numero D&amp;B), non “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>the %n values of the API</source>
        <translation>
            <numerusform>il %n valore dell&apos;API</numerusform>
            <numerusform>gli %n valori dell&apos;API</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 deve essere uno tra %3, non “%2” (un segnaposto rimasto dagli esempi dell&apos;API).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (values are upper case, without spaces).</source>
        <translation>%1 deve essere uno tra %3, non “%2” (i valori sono in maiuscolo, senza spazi).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot;.</source>
        <translation>%1 deve essere uno tra %3, non “%2”.</translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts are normally positive.</source>
        <translation>%1 è negativo (%2); gli importi di norma sono positivi.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 deve essere un numero, non %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 deve essere un numero, non “%2” (un segnaposto rimasto dagli esempi dell&apos;API).</translation>
    </message>
    <message>
        <source>%1 must be a number, not the text &quot;%2&quot; (remove the quotes).</source>
        <translation>%1 deve essere un numero, non il testo “%2” (togli le virgolette).</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 deve essere un numero, non “%2”.</translation>
    </message>
    <message>
        <source>%1 must be a whole percentage such as 15, not %2.</source>
        <translation>%1 deve essere una percentuale intera, ad esempio 15, non %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not %2.</source>
        <translation>%1 deve essere una percentuale da 0 a 100, non %2.</translation>
    </message>
    <message>
        <source>%1 must be a three-letter ISO 4217 code such as EUR, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 deve essere un codice ISO 4217 di tre lettere come EUR, non “%2” (un segnaposto rimasto dagli esempi dell&apos;API).</translation>
    </message>
    <message>
        <source>%1 must be a three-letter upper-case ISO 4217 code such as EUR, not &quot;%2&quot;.</source>
        <translation>%1 deve essere un codice ISO 4217 di tre lettere maiuscole come EUR, non “%2”.</translation>
    </message>
    <message>
        <source>%1 is more precise than a millisecond (&quot;%2&quot;); the API keeps milliseconds, and the export sends %3.</source>
        <translation>%1 è più precisa di un millisecondo (“%2”); l&apos;API conserva i millisecondi e l&apos;esportazione invia %3.</translation>
    </message>
    <message>
        <source>%1 is a date without a time (&quot;%2&quot;); the export sends it as %3.</source>
        <translation>%1 è una data senza ora (“%2”); l&apos;esportazione la invia come %3.</translation>
    </message>
    <message>
        <source>%1 is not in UTC (&quot;%2&quot;); the export converts it to UTC.</source>
        <translation>%1 non è in UTC (“%2”); l&apos;esportazione la converte in UTC.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot; (a placeholder left from the API examples); the API answers 406 ERR805.</source>
        <translation>%1 deve essere una data-ora ISO 8601 in UTC come 2025-06-01T18:46:51.326Z, non “%2” (un segnaposto rimasto dagli esempi dell&apos;API); l&apos;API risponde 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot;; the API answers 406 ERR805.</source>
        <translation>%1 deve essere una data-ora ISO 8601 in UTC come 2025-06-01T18:46:51.326Z, non “%2”; l&apos;API risponde 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be a 3DS identifier such as XJSR-DZMFFT, not &quot;%2&quot;; an update would go to a lead that does not exist.</source>
        <translation>%1 deve essere un identificativo 3DS come XJSR-DZMFFT, non “%2”; un aggiornamento andrebbe a un lead che non esiste.</translation>
    </message>
    <message>
        <source>The member name of %1</source>
        <translation>Il nome del membro di %1</translation>
    </message>
    <message>
        <source>%1 holds a NUL character (U+0000) at position %2, which the API cannot take.</source>
        <translation>%1 contiene un carattere NUL (U+0000) alla posizione %2, che l&apos;API non accetta.</translation>
    </message>
    <message>
        <source>%1 holds half of a surrogate pair (U+%2) at position %3, which is not a Unicode character.</source>
        <translation>%1 contiene metà di una coppia surrogata (U+%2) alla posizione %3, che non è un carattere Unicode.</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>un valore vero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no country prefix; for %3 it starts with %4.</source>
        <translation>%1 “%2” non ha il prefisso del paese; per %3 inizia con %4.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not start with %4, the prefix for %3.</source>
        <translation>%1 “%2” non inizia con %4, il prefisso per %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the format of a VAT number from %3.</source>
        <translation>%1 “%2” non ha il formato di una partita IVA di %3.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 è obbligatorio.</translation>
    </message>
    <message>
        <source>%1: at least one is required.</source>
        <translation>%1: è obbligatorio almeno uno.</translation>
    </message>
    <message>
        <source>%1: at least one is required, with %2.</source>
        <translation>%1: ne serve almeno uno, con %2.</translation>
    </message>
    <message>
        <source>%1 is required: %2.</source>
        <translation>%1 è obbligatorio: %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 deve essere un oggetto, non %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field the API knows; it is kept in the draft but not sent.</source>
        <translation>“%1” non è un campo noto all&apos;API; viene conservato nella bozza ma non inviato.</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, elemento %2</translation>
    </message>
</context>
<context>
    <name>leadopp</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for the options.
</source>
        <translation>%1: %2
Esegui &apos;%1 --help&apos; per vedere le opzioni.
</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>argomento FILE mancante</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>troppi argomenti</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: avviso: %2
</translation>
    </message>
    <message>
        <source>%1: no problems found.
</source>
        <translation>%1: nessun problema trovato.
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
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parziale</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>stato HTTP sconosciuto</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>ID di traccia %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n errore:</numerusform>
            <numerusform>%n errori:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossibile leggere &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; a response is read up to %2 MB.</source>
        <translation>&apos;%1&apos; è troppo grande; una risposta viene letta fino a %2 MB.</translation>
    </message>
    <message>
        <source>Resolve paths against this draft (default: the record a 400 response echoes).</source>
        <translation>Risolvi i percorsi rispetto a questa bozza (predefinito: il record che una risposta 400 riporta).</translation>
    </message>
    <message>
        <source>The HTTP status of the response (default: info.statusCode).</source>
        <translation>Lo stato HTTP della risposta (predefinito: info.statusCode).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Stampa un solo oggetto JSON.</translation>
    </message>
    <message>
        <source>Maps an error response onto the fields of the draft it rejected.
Exit status: 0 the response was read, 2 unreadable input or usage error.</source>
        <translation>Associa una risposta di errore ai campi della bozza che ha rifiutato.
Stato di uscita: 0 risposta letta, 2 input illeggibile o errore di utilizzo.</translation>
    </message>
    <message>
        <source>The response body file.</source>
        <translation>Il file con il corpo della risposta.</translation>
    </message>
    <message>
        <source>--status needs an HTTP status code</source>
        <translation>--status richiede un codice di stato HTTP</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: impossibile scrivere “%2”: %3
</translation>
    </message>
    <message>
        <source>--create and --id exclude each other.</source>
        <translation>--create e --id si escludono a vicenda.</translation>
    </message>
    <message>
        <source>The file to export.</source>
        <translation>Il file da esportare.</translation>
    </message>
    <message>
        <source>Write the body to OUT instead of stdout.</source>
        <translation>Scrivi il corpo in OUT invece che su stdout.</translation>
    </message>
    <message>
        <source>Write the create (POST) body.</source>
        <translation>Scrivi il corpo di creazione (POST).</translation>
    </message>
    <message>
        <source>Write the update (PATCH) body for this 3DS id.</source>
        <translation>Scrivi il corpo di aggiornamento (PATCH) per questo ID 3DS.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy.</source>
        <translation>Invia l&apos;intero record, non solo ciò che è cambiato rispetto alla copia del server.</translation>
    </message>
    <message>
        <source>Writes exactly the request body the API would receive (PATCH when the draft has a 3DS id, POST otherwise). A PATCH sends the partner opportunity id and what differs from the server copy the draft is based on.
Findings go to stderr. Exit status: 0 written, 1 written but the draft has errors, 2 unreadable input, output or usage error.</source>
        <translation>Scrive esattamente il corpo della richiesta che l&apos;API riceverebbe (PATCH se la bozza ha un ID 3DS, altrimenti POST). Un PATCH invia l&apos;ID opportunità del partner e ciò che differisce dalla copia del server da cui parte la bozza.
Le segnalazioni vanno su stderr. Stato di uscita: 0 scritto, 1 scritto ma la bozza contiene errori, 2 input illeggibile, errore di output o di utilizzo.</translation>
    </message>
    <message>
        <source>check a draft against the API rules</source>
        <translation>verifica una bozza secondo le regole dell&apos;API</translation>
    </message>
    <message>
        <source>write the request body the API would receive</source>
        <translation>scrivi il corpo della richiesta che l&apos;API riceverebbe</translation>
    </message>
    <message>
        <source>list what a draft changes against its server copy</source>
        <translation>elenca ciò che una bozza cambia rispetto alla sua copia del server</translation>
    </message>
    <message>
        <source>map an error response onto the draft&apos;s fields</source>
        <translation>associa una risposta di errore ai campi della bozza</translation>
    </message>
    <message>
        <source>send a draft to an environment</source>
        <translation>invia una bozza a un ambiente</translation>
    </message>
    <message>
        <source>fetch a lead by its 3DS id as a draft</source>
        <translation>recupera un lead tramite il suo ID 3DS come bozza</translation>
    </message>
    <message>
        <source>list leads by modification window or partner id</source>
        <translation>elenca i lead per intervallo di modifica o ID partner</translation>
    </message>
    <message>
        <source>serve the partner API sandbox on loopback</source>
        <translation>avvia la sandbox dell&apos;API partner su loopback</translation>
    </message>
    <message>
        <source>Usage: leadopp &lt;command&gt; [options]

Commands:
</source>
        <translation>Uso: leadopp &lt;comando&gt; [opzioni]

Comandi:
</translation>
    </message>
    <message>
        <source>
Run &apos;leadopp &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>
Esegui &apos;leadopp &lt;comando&gt; --help&apos; per le opzioni di un comando.
</translation>
    </message>
    <message>
        <source>leadopp: unknown command &apos;%1&apos;

</source>
        <translation>leadopp: comando sconosciuto &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>leadopp: the network commands cannot be loaded: %1
</source>
        <translation>leadopp: impossibile caricare i comandi di rete: %1
</translation>
    </message>
    <message>
        <source>Checks a draft, request body or rejected response against the API rules.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input or usage error.</source>
        <translation>Verifica una bozza, un corpo di richiesta o una risposta di rifiuto rispetto alle regole dell&apos;API.
Stato di uscita: 0 nessun errore (avvisi ammessi), 1 errori trovati, 2 input illeggibile o errore di utilizzo.</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>Il file da verificare.</translation>
    </message>
    <message>
        <source>Check against the create (POST) rules.</source>
        <translation>Verifica secondo le regole di creazione (POST).</translation>
    </message>
    <message>
        <source>Check against the update (PATCH) rules, as an update of this 3DS id.</source>
        <translation>Verifica secondo le regole dell’aggiornamento (PATCH), come aggiornamento di questo id 3DS.</translation>
    </message>
    <message>
        <source>Print the findings as one JSON object.</source>
        <translation>Stampa le segnalazioni come un solo oggetto JSON.</translation>
    </message>
    <message>
        <source>%1: unknown environment &apos;%2&apos;.
</source>
        <translation>%1: ambiente sconosciuto &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>%1: the sandbox could not listen on loopback.
</source>
        <translation>%1: la sandbox non è riuscita ad ascoltare su loopback.
</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 ms...
</source>
        <translation>Nuovo tentativo (tentativo %1) tra %2 ms...
</translation>
    </message>
</context>
<context>
    <name>leadopp diff</name>
    <message>
        <source>Lists, field by field, what the draft changes against the server copy it is based on (old → new): what a partial update sends. A change the update cannot carry (a cleared date, an emptied section) is marked as not sent: the server keeps its value.
Exit status: 0 no changes, 1 changes listed, 2 unreadable input or usage error.</source>
        <translation>Elenca, campo per campo, ciò che la bozza cambia rispetto alla copia del server da cui parte (vecchio → nuovo): ciò che un aggiornamento parziale invia. Una modifica che l’aggiornamento non può portare (una data svuotata, una sezione svuotata) è segnata come non inviata: il server mantiene il suo valore.
Stato di uscita: 0 nessuna modifica, 1 modifiche elencate, 2 input illeggibile o errore di utilizzo.</translation>
    </message>
    <message>
        <source>The draft to compare.</source>
        <translation>La bozza da confrontare.</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>Stampa le modifiche in JSON.</translation>
    </message>
    <message>
        <source>%1: the file has no server copy; every value it holds is new.
</source>
        <translation>%1: il file non ha una copia del server; ogni suo valore è nuovo.
</translation>
    </message>
</context>
<context>
    <name>leadopp get</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>ID di traccia: %1
</translation>
    </message>
    <message>
        <source>%1: the answer holds no lead record: %2
</source>
        <translation>%1: la risposta non contiene un record di lead: %2
</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: impossibile scrivere “%2”: %3
</translation>
    </message>
    <message>
        <source>Fetches a lead by its 3DS id and writes it as a draft based on the server copy.
Exit status: 0 written, 2 usage, output or setup error (no API key), 3 network or server failure (an unknown id included).</source>
        <translation>Recupera un lead tramite il suo ID 3DS e lo scrive come bozza basata sulla copia del server.
Stato di uscita: 0 scritto, 2 errore di utilizzo, di output o di configurazione (nessuna chiave API), 3 errore di rete o del server (compreso un ID sconosciuto).</translation>
    </message>
    <message>
        <source>The 3DS id, e.g. XJSR-DZMFFT.</source>
        <translation>L&apos;ID 3DS, ad esempio XJSR-DZMFFT.</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID dell&apos;ambiente (sandbox, ppt, qal, ptd, ppd, prd) o URL di base.</translation>
    </message>
    <message>
        <source>Write the draft to FILE instead of stdout.</source>
        <translation>Scrivi la bozza in FILE invece che su stdout.</translation>
    </message>
    <message>
        <source>%1: --env is required.
</source>
        <translation>%1: --env è obbligatorio.
</translation>
    </message>
</context>
<context>
    <name>leadopp sandbox</name>
    <message>
        <source>Serves the partner API&apos;s leads-opportunities operations on 127.0.0.1.</source>
        <translation>Espone le operazioni leads-opportunities dell&apos;API partner su 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Porta su cui ascoltare (0: qualsiasi porta libera).</translation>
    </message>
    <message>
        <source>Directory that keeps the leads between runs.</source>
        <translation>Cartella che conserva i lead tra un&apos;esecuzione e l&apos;altra.</translation>
    </message>
    <message>
        <source>Field errors of a 400: %1.</source>
        <translation>Errori di campo di una risposta 400: %1.</translation>
    </message>
    <message>
        <source>Inject a fault into the next COUNT answers (or &apos;all&apos;): %1.</source>
        <translation>Inserisci un guasto nelle prossime COUNT risposte (o &apos;all&apos;): %1.</translation>
    </message>
    <message>
        <source>Delay of the &apos;delay&apos; fault in milliseconds.</source>
        <translation>Ritardo del guasto &apos;delay&apos; in millisecondi.</translation>
    </message>
    <message>
        <source>Retry-After seconds of the &apos;retry-after&apos; fault.</source>
        <translation>Secondi di Retry-After del guasto &apos;retry-after&apos;.</translation>
    </message>
    <message>
        <source>unknown error style &apos;%1&apos;</source>
        <translation>stile di errore sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault-delay and --retry-after take a number</source>
        <translation>--fault-delay e --retry-after richiedono un numero</translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos;</source>
        <translation>guasto sconosciuto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argomento inatteso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port richiede un numero da 0 a 65535</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>impossibile ascoltare su 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>leadopp sandbox: cannot watch for signals; stop with kill -9
</source>
        <translation>leadopp sandbox: impossibile controllare i segnali; arresta con kill -9
</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
</source>
        <translation>Sandbox in ascolto su %1
</translation>
    </message>
    <message>
        <source>Leads: %1
</source>
        <translation>Lead: %1
</translation>
    </message>
    <message>
        <source>Sandbox stopped.
</source>
        <translation>Sandbox arrestata.
</translation>
    </message>
</context>
<context>
    <name>leadopp search</name>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID dell&apos;ambiente (sandbox, ppt, qal, ptd, ppd, prd) o URL di base.</translation>
    </message>
    <message>
        <source>give either --modified-since or --partner-id.</source>
        <translation>indica --modified-since oppure --partner-id.</translation>
    </message>
    <message>
        <source>dates must be ISO 8601 dates or date-times (2025-08-04, 2025-08-04T08:00:00Z).</source>
        <translation>le date devono essere date o date-ora ISO 8601 (2025-08-04, 2025-08-04T08:00:00Z).</translation>
    </message>
    <message>
        <source>--until lies before --modified-since.</source>
        <translation>--until è precedente a --modified-since.</translation>
    </message>
    <message>
        <source>Leads modified from DATE on (UTC).</source>
        <translation>Lead modificati a partire da DATE (UTC).</translation>
    </message>
    <message>
        <source>... up to DATE (a date: to its end, the day included; default: now).</source>
        <translation>... fino a DATE (una data: fino alla sua fine, giorno compreso; predefinito: adesso).</translation>
    </message>
    <message>
        <source>Leads with this partner opportunity id (repeatable).</source>
        <translation>Lead con questo ID opportunità partner (ripetibile).</translation>
    </message>
    <message>
        <source>Print {&quot;ids&quot;: [...], &quot;searches&quot;: N} as JSON.</source>
        <translation>Stampa {&quot;ids&quot;: [...], &quot;searches&quot;: N} in JSON.</translation>
    </message>
    <message>
        <source>Lists the 3DS ids of the leads modified in a window (longer than seven days: one search per seven days) or carrying a partner opportunity id.
Exit status: 0 searched (found or not), 2 usage or setup error, 3 network or server failure.</source>
        <translation>Elenca gli ID 3DS dei lead modificati in un intervallo (oltre sette giorni: una ricerca ogni sette giorni) o che hanno un ID opportunità partner.
Stato di uscita: 0 ricerca eseguita (trovati o no), 2 errore di utilizzo o di configurazione, 3 errore di rete o del server.</translation>
    </message>
    <message>
        <source>--env is required.</source>
        <translation>--env è obbligatorio.</translation>
    </message>
</context>
<context>
    <name>leadopp submit</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>ID di traccia: %1
</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID dell&apos;ambiente (sandbox, ppt, qal, ptd, ppd, prd) o URL di base.</translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation>Stato HTTP: %1
</translation>
    </message>
    <message>
        <source>3DS id: %1
</source>
        <translation>ID 3DS: %1
</translation>
    </message>
    <message>
        <source>Not sent, an update cannot clear them (the server keeps its values):
</source>
        <translation>Non inviato, un aggiornamento non può svuotarli (il server mantiene i suoi valori):
</translation>
    </message>
    <message>
        <source>leadopp submit: could not record the attempt in %1: %2
</source>
        <translation>leadopp submit: impossibile registrare il tentativo in %1: %2
</translation>
    </message>
    <message>
        <source>leadopp submit: --record needs a draft file (save the file as a draft first).
</source>
        <translation>leadopp submit: --record richiede un file di bozza (salva prima il file come bozza).
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.
Exit status: 0 accepted, 1 rejected (fields named or not), 2 unreadable input, usage or setup (no API key), 3 network or server failure.</source>
        <translation>Invia una bozza o un corpo di richiesta all&apos;API partner.
Stato di uscita: 0 accettato, 1 rifiutato (con o senza campi indicati), 2 input illeggibile, errore di utilizzo o di configurazione (nessuna chiave API), 3 errore di rete o del server.</translation>
    </message>
    <message>
        <source>Draft, request body, 400 response or GET response.</source>
        <translation>Bozza, corpo di richiesta, risposta 400 o risposta GET.</translation>
    </message>
    <message>
        <source>3DS id to update (default: the file&apos;s dsLeadOpportunityId).</source>
        <translation>ID 3DS da aggiornare (predefinito: il dsLeadOpportunityId del file).</translation>
    </message>
    <message>
        <source>Create (POST) even when the file has a 3DS id.</source>
        <translation>Crea (POST) anche se il file ha un ID 3DS.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy the draft is based on.</source>
        <translation>Invia l&apos;intero record, non solo ciò che è cambiato rispetto alla copia del server da cui parte la bozza.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Stampa l&apos;esito in JSON.</translation>
    </message>
    <message>
        <source>Append the attempt (never the key) to FILE, which must be a draft.</source>
        <translation>Aggiungi il tentativo (mai la chiave) a FILE, che deve essere una bozza.</translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds.</source>
        <translation>Timeout di trasferimento in millisecondi.</translation>
    </message>
    <message>
        <source>Overall deadline of one request in milliseconds (default 60000).</source>
        <translation>Limite complessivo di una richiesta in millisecondi (predefinito 60000).</translation>
    </message>
    <message>
        <source>leadopp submit: give one FILE and --env; --create and --id exclude each other.
</source>
        <translation>leadopp submit: indica un FILE e --env; --create e --id si escludono a vicenda.
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.</source>
        <translation>Invia una bozza o un corpo di richiesta all&apos;API partner.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ChoiceFilter</name>
    <message>
        <source>Filter…</source>
        <translation>Filtra…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtra l’elenco</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Nessuno selezionato.</translation>
    </message>
    <message>
        <source>Ticked (%1): %2</source>
        <translation>Selezionati (%1): %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD or %1 (UTC)</source>
        <translation>AAAA-MM-GG o %1 (UTC)</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Scegli una data (Alt+Giù)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Cancella la data</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateTimeEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Cancella la data</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DocumentView</name>
    <message>
        <source>Untitled %1</source>
        <translation>Senza titolo %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1</source>
        <translation>
            <numerusform>%n errore, %1</numerusform>
            <numerusform>%n errori, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer lines</source>
        <translation>Righe d&apos;offerta</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Persona giuridica del cliente</translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation>Contatti cliente</translation>
    </message>
    <message>
        <source>Partner contacts</source>
        <translation>Contatti partner</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::EnvironmentCombo</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (produzione)</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personalizzato)</translation>
    </message>
    <message>
        <source>Where submissions go</source>
        <translation>Dove vanno gli invii</translation>
    </message>
    <message>
        <source>Add custom URL…</source>
        <translation>Aggiungi URL personalizzato…</translation>
    </message>
    <message>
        <source>Add custom URL</source>
        <translation>Aggiungi URL personalizzato</translation>
    </message>
    <message>
        <source>Base URL of the partner API (https://host[:port]):</source>
        <translation>URL di base dell&apos;API partner (https://host[:porta]):</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>“%1” non è un URL di base http o https utilizzabile.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorDock</name>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Problem %1 of %2</source>
        <translation>Problema %1 di %2</translation>
    </message>
    <message>
        <source>This problem is addressed</source>
        <translation>Questo problema è risolto</translation>
    </message>
    <message>
        <source>This problem is solved</source>
        <translation>Questo problema è stato risolto</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n errore</numerusform>
            <numerusform>%n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n risolto</numerusform>
            <numerusform>%n risolti</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8 to step through</source>
        <translation>F8 / Maiusc+F8 per scorrerli</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorListModel</name>
    <message>
        <source>%1 (addressed)</source>
        <translation>%1 (risolto)</translation>
    </message>
    <message>
        <source>The server wrote the path as “%1”.</source>
        <translation>Il server ha scritto il percorso come «%1».</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Percorso</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FindLeadsDialog</name>
    <message>
        <source>Find Leads</source>
        <translation>Trova lead</translation>
    </message>
    <message>
        <source>A search answers 3DS ids only: the partner opportunity id, status and modification time are fetched for the selected lead alone.</source>
        <translation>Una ricerca restituisce solo ID 3DS: ID opportunità partner, stato e data di modifica vengono recuperati solo per il lead selezionato.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Apr&amp;i</translation>
    </message>
    <message>
        <source>&amp;Modified in:</source>
        <translation>Periodo di &amp;modifica:</translation>
    </message>
    <message>
        <source>Modified in</source>
        <translation>Periodo di modifica</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>A custom window</source>
        <translation>Periodo personalizzato</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Partner opportunity id:</source>
        <translation>ID opportunità &amp;partner:</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID opportunità partner</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Cancel Searc&amp;h</source>
        <translation>Annulla rice&amp;rca</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Lead trovati</translation>
    </message>
    <message>
        <source>The details could not be fetched: %1</source>
        <translation>Impossibile recuperare i dettagli: %1</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>La fine del periodo deve essere successiva al suo inizio.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id to search for.</source>
        <translation>Inserisci l&apos;ID opportunità partner da cercare.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Ricerca in %1…</translation>
    </message>
    <message>
        <source>Search %1 of %2…</source>
        <translation>Ricerca %1 di %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) found</source>
        <translation>
            <numerusform>%n lead trovato</numerusform>
            <numerusform>%n lead trovati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled after search %2 of %3.</source>
        <translation>%1; annullamento dopo la ricerca %2 di %3.</translation>
    </message>
    <message>
        <source>Search %1 of %2 failed: %3</source>
        <translation>La ricerca %1 di %2 non è riuscita: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n search(es).</source>
        <translation>
            <numerusform>%1 in %n ricerca.</numerusform>
            <numerusform>%1 in %n ricerche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Recupero di %1…</translation>
    </message>
    <message>
        <source>%1 is open in a new tab.</source>
        <translation>%1 è aperto in una nuova scheda.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FormBinder</name>
    <message>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryDialog</name>
    <message>
        <source>Submission history</source>
        <translation>Cronologia invii</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Risposta</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryModel</name>
    <message>
        <source>no response</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>ID di traccia</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LanguageChooser</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Applies when the editor is started again.</source>
        <translation>Ha effetto al prossimo avvio dell&apos;editor.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadFetch</name>
    <message>
        <source>The answer for %1 holds no lead record: %2</source>
        <translation>La risposta per %1 non contiene un record di lead: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadListModel</name>
    <message>
        <source>Not fetched: select the lead to fetch its details</source>
        <translation>Non recuperato: seleziona il lead per recuperarne i dettagli</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID opportunità partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>%1[*] — Lead Opportunity Editor</source>
        <translation>%1[*] — Lead Opportunity Editor</translation>
    </message>
    <message>
        <source>Submission in progress</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>“%1” is being submitted and the server has not answered yet. Close it anyway? The submission is cancelled; if the server already received it, its answer will not be recorded in the draft.</source>
        <translation>“%1” è in fase di invio e il server non ha ancora risposto. Chiuderla comunque? L&apos;invio viene annullato; se il server l&apos;ha già ricevuto, la sua risposta non verrà registrata nella bozza.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts have unsaved changes. Save them all before quitting? “No to All” discards every unsaved change.</source>
        <translation>
            <numerusform>%n bozza ha modifiche non salvate. Salvarle tutte prima di uscire? “No a tutto” scarta ogni modifica non salvata.</numerusform>
            <numerusform>%n bozze hanno modifiche non salvate. Salvarle tutte prima di uscire? “No a tutto” scarta ogni modifica non salvata.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Problems &amp;List</source>
        <translation>&amp;Elenco dei problemi</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Nuova bozza</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab…</source>
        <translation>Apri in una nuova sc&amp;heda…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <source>&amp;Export PATCH Body (update)…</source>
        <translation>&amp;Esporta corpo PATCH (aggiornamento)…</translation>
    </message>
    <message>
        <source>Export &amp;POST Body (create)…</source>
        <translation>Esporta corpo &amp;POST (creazione)…</translation>
    </message>
    <message>
        <source>&amp;Close Draft</source>
        <translation>Chiu&amp;di bozza</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Esc&amp;i</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>V&amp;ai</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problema &amp;successivo</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problema &amp;precedente</translation>
    </message>
    <message>
        <source>Last &amp;Rejection Details…</source>
        <translation>Dettagli dell&apos;ultimo &amp;rifiuto…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aperto %1</translation>
    </message>
    <message>
        <source>Opened %1 from the server</source>
        <translation>%1 aperto dal server</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossibile aprire il file</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Apri opportunità</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>“%1” ha modifiche non salvate. Salvarle prima?</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Salvataggio non riuscito</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Esporta con errori</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>Esporta corpo POST</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>Esporta corpo PATCH</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Esportato %1</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Apri dal server</translation>
    </message>
    <message>
        <source>Fetches a lead from %1 and opens it as a new draft based on the server copy.</source>
        <translation>Recupera un lead da %1 e lo apre come nuova bozza basata sulla copia del server.</translation>
    </message>
    <message>
        <source>By &amp;3DS id</source>
        <translation>Per ID &amp;3DS</translation>
    </message>
    <message>
        <source>By &amp;partner opportunity id (searched)</source>
        <translation>Per ID opportunità &amp;partner (con ricerca)</translation>
    </message>
    <message>
        <source>Id of the lead</source>
        <translation>ID del lead</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Enter the 3DS id of the lead.</source>
        <translation>Inserisci l&apos;ID 3DS del lead.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id.</source>
        <translation>Inserisci l&apos;ID opportunità partner.</translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation>Recupero di %1 da %2…</translation>
    </message>
    <message>
        <source>Searching %1 for partner opportunity id %2…</source>
        <translation>Ricerca dell&apos;ID opportunità partner %2 in %1…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La ricerca non è riuscita: %1</translation>
    </message>
    <message>
        <source>No lead in %1 has partner opportunity id %2.</source>
        <translation>Nessun lead in %1 ha l&apos;ID opportunità partner %2.</translation>
    </message>
    <message>
        <source>%1 leads have partner opportunity id %2: %3. Enter the 3DS id of the one to open.</source>
        <translation>%1 lead hanno l&apos;ID opportunità partner %2: %3. Inserisci l&apos;ID 3DS di quello da aprire.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RecentFiles</name>
    <message>
        <source>Clear list</source>
        <translation>Svuota elenco</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RefreshDialog</name>
    <message>
        <source>Refresh from Server</source>
        <translation>Aggiorna dal server</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>&amp;Applica le scelte</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Prendi il valore del server</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mantieni il mio valore</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>All&apos;apertura</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Ora sul server</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Il mio valore</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Scelta</translation>
    </message>
    <message>
        <source>%1 (changed on both sides)</source>
        <translation>%1 (modificato su entrambi i lati)</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>all&apos;apertura</translation>
    </message>
    <message>
        <source>server now</source>
        <translation>ora sul server</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>il mio valore</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Scelta per %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s value or yours for every field changed on both sides.</source>
        <translation>Scegli il valore del server o il tuo per ogni campo modificato su entrambi i lati.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionBar</name>
    <message>
        <source>Copy trace id</source>
        <translation>Copia ID di traccia</translation>
    </message>
    <message>
        <source>Submission outcome</source>
        <translation>Esito dell&apos;invio</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected by the server&lt;/b&gt; (HTTP %1)</source>
        <translation>&lt;b&gt;Rifiutato dal server&lt;/b&gt; (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported</source>
        <translation>
            <numerusform>%n errore segnalato</numerusform>
            <numerusform>%n errori segnalati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the previous answer</source>
        <translation>
            <numerusform>%n dalla risposta precedente</numerusform>
            <numerusform>%n dalla risposta precedente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n risolto</numerusform>
            <numerusform>%n risolti</numerusform>
        </translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>traccia %1</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionDialog</name>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Stato HTTP:</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>ID di traccia:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ricevuto:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Ultimo rifiuto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Corpo della risposta:</translation>
    </message>
    <message>
        <source>As &amp;received</source>
        <translation>Come &amp;ricevuto</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>&amp;Formattato</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Rivedi le modifiche</translation>
    </message>
    <message>
        <source>Ch&amp;anges:</source>
        <translation>&amp;Modifiche:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Richiesta:</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(nascosta)</translation>
    </message>
    <message>
        <source>This draft has no server copy to compare with, so no list of changes can be shown: the request carries everything the draft holds.</source>
        <translation>Questa bozza non ha una copia del server con cui confrontarsi, quindi non si può mostrare un elenco di modifiche: la richiesta contiene tutto ciò che la bozza contiene.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy of %1.</source>
        <translation>
            <numerusform>%n campo differisce dalla copia del server del %1.</numerusform>
            <numerusform>%n campi differiscono dalla copia del server del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy.</source>
        <translation>
            <numerusform>%n campo differisce dalla copia del server.</numerusform>
            <numerusform>%n campi differiscono dalla copia del server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</source>
        <translation>
            <numerusform>%n di essi non può essere inviato: un aggiornamento non può svuotarlo, il server vi mantiene il suo valore.</numerusform>
            <numerusform>%n di essi non possono essere inviati: un aggiornamento non può svuotarli, il server vi mantiene i suoi valori.</numerusform>
        </translation>
    </message>
    <message>
        <source>This creates a new lead opportunity.</source>
        <translation>Questo crea una nuova opportunità.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Server copy</source>
        <translation>Copia del server</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
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
        <translation>Incolla %1 celle</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableWidget</name>
    <message>
        <source>Add row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Duplica riga</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>Totale: &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The rows are shown sorted by %1. To move a row, click that header until its arrow goes: the rows are then shown in the record&apos;s order.</source>
        <translation>Le righe sono ordinate per %1. Per spostare una riga, fai clic su quell&apos;intestazione finché la sua freccia scompare: le righe tornano nell&apos;ordine del record.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerAccess</name>
    <message>
        <source>No environment is chosen.</source>
        <translation>Nessun ambiente selezionato.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>La sandbox integrata non è in esecuzione.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossibile recuperare %1: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerController</name>
    <message>
        <source>an unknown time</source>
        <translation>un momento sconosciuto</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Apri dal ser&amp;ver…</translation>
    </message>
    <message>
        <source>Fetch a lead by its 3DS id or partner opportunity id</source>
        <translation>Recupera un lead tramite il suo ID 3DS o l&apos;ID opportunità partner</translation>
    </message>
    <message>
        <source>&amp;Find Leads…</source>
        <translation>&amp;Trova lead…</translation>
    </message>
    <message>
        <source>Search leads by modification time or partner opportunity id</source>
        <translation>Cerca i lead per data di modifica o ID opportunità partner</translation>
    </message>
    <message>
        <source>Refres&amp;h from Server</source>
        <translation>A&amp;ggiorna dal server</translation>
    </message>
    <message>
        <source>Compare the draft with the current server copy and take what changed there</source>
        <translation>Confronta la bozza con la copia del server attuale e riprendi ciò che vi è cambiato</translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Aggiorna dal server</translation>
    </message>
    <message>
        <source>The draft was closed before the server answered.</source>
        <translation>La bozza è stata chiusa prima che il server rispondesse.</translation>
    </message>
    <message>
        <source>The server copy has not changed since %1; the draft&apos;s base is now dated %2.</source>
        <translation>La copia del server non è cambiata da %1; la base della bozza ora è datata %2.</translation>
    </message>
    <message>
        <source>%1 changed on the server since %2. Choose for each field whether to take the server&apos;s value or keep yours.</source>
        <translation>%1 è cambiato sul server da %2. Scegli per ogni campo se prendere il valore del server o mantenere il tuo.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides and need a choice before applying.</source>
        <translation>
            <numerusform>%n campo è stato modificato su entrambi i lati e richiede una scelta prima dell&apos;applicazione.</numerusform>
            <numerusform>%n campi sono stati modificati su entrambi i lati e richiedono una scelta prima dell&apos;applicazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled: the draft and its base are unchanged.</source>
        <translation>Aggiornamento annullato: la bozza e la sua base sono invariate.</translation>
    </message>
    <message>
        <source>The draft was closed before the refresh was applied.</source>
        <translation>La bozza è stata chiusa prima che l&apos;aggiornamento fosse applicato.</translation>
    </message>
    <message>
        <source>The server copy changed only in what a draft does not send (its dates); the base is the server copy now. Undo takes the refresh back.</source>
        <translation>La copia del server è cambiata solo in ciò che una bozza non invia (le sue date); la base ora è la copia del server. Annulla revoca l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>Refreshed from the server: %1, %2; the base is the server copy now. Undo takes the refresh back.</source>
        <translation>Aggiornato dal server (%1, %2); ora la base è la copia del server. Con Annulla si torna a prima dell&apos;aggiornamento.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) taken from the server</source>
        <translation>
            <numerusform>%n valore preso dal server</numerusform>
            <numerusform>%n valori presi dal server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as in the draft</source>
        <translation>
            <numerusform>%n mantenuto come nella bozza</numerusform>
            <numerusform>%n mantenuti come nella bozza</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values could not be set; check the draft.</source>
        <translation>Alcuni valori non sono stati impostati; controlla la bozza.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerInfoGroup</name>
    <message>
        <source>Server information</source>
        <translation>Informazioni dal server</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Timeout della richiesta:</translation>
    </message>
    <message>
        <source>Re&amp;view changes before sending</source>
        <translation>Ri&amp;vedi le modifiche prima dell&apos;invio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a refresh when the server copy is older than:</source>
        <translation>Proponi di aggiornare quando la copia del server è più vecchia di:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Type a new API key</source>
        <translation>Digita una nuova chiave API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Salva chiave</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Rimuovi chiave</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Chiave API:</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>Aggiungi URL</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Rimuovi ambiente</translation>
    </message>
    <message>
        <source>Custom URL:</source>
        <translation>URL personalizzato:</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>“%1” non è un URL di base http o https utilizzabile.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 aggiunto.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 rimosso.</translation>
    </message>
    <message>
        <source>No system keychain answered: the key is kept for this session only</source>
        <translation>Nessun portachiavi di sistema ha risposto: la chiave viene conservata solo per questa sessione</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verifica del portachiavi…</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no key.</source>
        <translation>La sandbox integrata non richiede una chiave.</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Salvataggio della chiave…</translation>
    </message>
    <message>
        <source>A key is stored for this environment.</source>
        <translation>Per questo ambiente è memorizzata una chiave.</translation>
    </message>
    <message>
        <source>No key is stored for this environment.</source>
        <translation>Per questo ambiente non è memorizzata alcuna chiave.</translation>
    </message>
    <message>
        <source>The key could not be stored.</source>
        <translation>Impossibile memorizzare la chiave.</translation>
    </message>
    <message>
        <source>The key is set.</source>
        <translation>La chiave è impostata.</translation>
    </message>
    <message>
        <source>The key is stored.</source>
        <translation>La chiave è memorizzata.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>Impossibile rimuovere la chiave.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SubmitController</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>&amp;Annulla invio</translation>
    </message>
    <message>
        <source>Submission &amp;History…</source>
        <translation>Cronologia &amp;invii…</translation>
    </message>
    <message>
        <source>Last &amp;Rejection…</source>
        <translation>Ultimo &amp;rifiuto…</translation>
    </message>
    <message>
        <source>API &amp;Keys and Settings…</source>
        <translation>&amp;Chiavi API e impostazioni…</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>La sandbox integrata non è in esecuzione.</translation>
    </message>
    <message>
        <source>Submission not sent.</source>
        <translation>Invio non effettuato.</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>Invio a %1…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Invia</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) flagged by the server have not been changed since the rejection. Submit anyway?</source>
        <translation>
            <numerusform>%n campo segnalato dal server non è stato modificato dopo il rifiuto. Inviare comunque?</numerusform>
            <numerusform>%n campi segnalati dal server non sono stati modificati dopo il rifiuto. Inviare comunque?</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit to production</source>
        <translation>Invia in produzione</translation>
    </message>
    <message>
        <source>This sends the record to %1 and changes the real lead opportunity at Dassault Systèmes. Continue?</source>
        <translation>Questo invia il record a %1 e modifica l&apos;opportunità reale presso Dassault Systèmes. Continuare?</translation>
    </message>
    <message>
        <source>Submission not sent: the document was closed.</source>
        <translation>Invio non effettuato: il documento è stato chiuso.</translation>
    </message>
    <message>
        <source>Submission cancelled before anything was sent.</source>
        <translation>Invio annullato prima che venisse inviato qualcosa.</translation>
    </message>
    <message>
        <source>Read-only here: another editor window edits this draft. Save it under a new name to submit it from this window.</source>
        <translation>Sola lettura qui: un’altra finestra dell’editor modifica questa bozza. Salvala con un nuovo nome per inviarla da questa finestra.</translation>
    </message>
    <message>
        <source>Send the record to the chosen environment</source>
        <translation>Invia il record all&apos;ambiente scelto</translation>
    </message>
    <message>
        <source>Not sent: changes made while sending (%1). Submit again to send them.</source>
        <translation>Non inviato: modifiche apportate durante l&apos;invio (%1). Invia di nuovo per inviarle.</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>No API key is stored for %1, so nothing was sent.</source>
        <translation>Nessuna chiave API è memorizzata per %1, quindi non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>%1 did not receive an API key (HTTP 401).</source>
        <translation>%1 non ha ricevuto una chiave API (HTTP 401).</translation>
    </message>
    <message>
        <source>Enter it under %1.</source>
        <translation>Inseriscila in %1.</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2 · 3DS id %3</source>
        <translation>Accettato da %1 alle %2 · ID 3DS %3</translation>
    </message>
    <message>
        <source>(%1; the request may have reached the server)</source>
        <translation>(%1; la richiesta potrebbe aver raggiunto il server)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>Rivedi &amp;modifiche…</translation>
    </message>
    <message>
        <source>Show the exact request and what it changes on the server</source>
        <translation>Mostra la richiesta esatta e cosa cambia sul server</translation>
    </message>
    <message>
        <source>Send the &amp;Whole Record</source>
        <translation>Invia &amp;tutto il record</translation>
    </message>
    <message>
        <source>Send every field the draft holds instead of what changed against the server copy</source>
        <translation>Invia tutti i campi della bozza invece delle sole modifiche rispetto alla copia del server</translation>
    </message>
    <message>
        <source>&amp;Refresh First</source>
        <translation>&amp;Aggiorna prima</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Invia &amp;comunque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <source>The server copy this draft is based on is %n minute(s) old; the lead may have changed on the server since. Refresh the draft from the server first?</source>
        <translation>
            <numerusform>La copia del server su cui si basa questa bozza risale a %n minuto fa; il lead potrebbe essere cambiato sul server nel frattempo. Aggiornare prima la bozza dal server?</numerusform>
            <numerusform>La copia del server su cui si basa questa bozza risale a %n minuti fa; il lead potrebbe essere cambiato sul server nel frattempo. Aggiornare prima la bozza dal server?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::TableCellCommands</name>
    <message>
        <source>The clipboard holds rows of %1 cells; from the current cell the table has %2 columns.</source>
        <translation>Gli appunti contengono righe di %1 celle; dalla cella corrente la tabella ha %2 colonne.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Taglia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Sort by “%1”, ascending</source>
        <translation>Ordina per «%1», crescente</translation>
    </message>
    <message>
        <source>Sort by “%1”, descending</source>
        <translation>Ordina per «%1», decrescente</translation>
    </message>
    <message>
        <source>Show in record order</source>
        <translation>Mostra nell’ordine del record</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::UpdateTargetPrompt</name>
    <message>
        <source>Its file name names the lead %1.</source>
        <translation>Il nome del file indica il lead %1.</translation>
    </message>
    <message>
        <source>Update or create</source>
        <translation>Aggiornare o creare</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id. Does it update an existing lead in %2, or create a new one?</source>
        <translation>Questo corpo di richiesta ha l&apos;ID opportunità partner %1 ma nessun ID 3DS. Aggiorna un lead esistente in %2 o ne crea uno nuovo?</translation>
    </message>
    <message>
        <source>&amp;Find and Update</source>
        <translation>&amp;Cerca e aggiorna</translation>
    </message>
    <message>
        <source>&amp;Create New</source>
        <translation>Crea &amp;nuovo</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running; the draft stays a new lead.</source>
        <translation>La sandbox integrata non è in esecuzione; la bozza resta un nuovo lead.</translation>
    </message>
    <message>
        <source>The search in %1 failed: %2 The draft stays a new lead.</source>
        <translation>La ricerca in %1 non è riuscita: %2 La bozza resta un nuovo lead.</translation>
    </message>
    <message>
        <source>%1 has no lead with the partner opportunity id %2; the draft stays a new lead.</source>
        <translation>%1 non ha alcun lead con l&apos;ID opportunità partner %2; la bozza resta un nuovo lead.</translation>
    </message>
    <message>
        <source>%1 has it as lead %2.</source>
        <translation>%1 lo ha come lead %2.</translation>
    </message>
    <message>
        <source>Several leads have the partner opportunity id %1. Which one does this body update?</source>
        <translation>Più lead hanno l&apos;ID opportunità partner %1. Quale aggiorna questo corpo?</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id.</source>
        <translation>Questo corpo di richiesta ha l&apos;ID opportunità partner %1 ma nessun ID 3DS.</translation>
    </message>
    <message>
        <source>Update lead %1, or create a new one?</source>
        <translation>Aggiornare il lead %1 o crearne uno nuovo?</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>&amp;Aggiorna %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, validate and resubmit partner lead opportunities.</source>
        <translation>Modifica, convalida e reinvia le opportunità dei partner.</translation>
    </message>
    <message>
        <source>Colour scheme: %1.</source>
        <translation>Schema di colori: %1.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>Drafts, request bodies or responses to open.</source>
        <translation>Bozze, corpi di richiesta o risposte da aprire.</translation>
    </message>
    <message>
        <source>Unknown colour scheme: %1</source>
        <translation>Schema di colori sconosciuto: %1</translation>
    </message>
</context>
</TS>
