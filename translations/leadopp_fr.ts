<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiClient</name>
    <message>
        <source>The create</source>
        <translation>La création</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>La mise à jour</translation>
    </message>
    <message>
        <source>%1 was sent, but the server closed the connection without answering.</source>
        <translation>%1 a été envoyée, mais le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>%1 was sent and the server began to answer, but the connection broke before the answer was complete.</source>
        <translation>%1 a été envoyée et le serveur a commencé à répondre, mais la connexion a été rompue avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>%1 was sent and the server answered with success, but its answer was cut off.</source>
        <translation>%1 a été envoyée et le serveur a répondu avec succès, mais sa réponse a été tronquée.</translation>
    </message>
    <message>
        <source>%1 was sent, but no complete answer came in time.</source>
        <translation>%1 a été envoyée, mais aucune réponse complète n’est arrivée à temps.</translation>
    </message>
    <message>
        <source>The server was asked: it has the lead (partner id %1, 3DS id %2), so the create landed and was not sent again.</source>
        <translation>Le serveur a été interrogé : il a le lead (identifiant partenaire %1, identifiant 3DS %2) ; la création a donc abouti et n’a pas été renvoyée.</translation>
    </message>
    <message>
        <source>The server was asked: the lead holds the sent values, so the update landed and was not sent again.</source>
        <translation>Le serveur a été interrogé : le lead contient les valeurs envoyées ; la mise à jour a donc abouti et n’a pas été renvoyée.</translation>
    </message>
    <message>
        <source>The server was asked: no lead has partner id %1, so the create did not land. It was not sent again; submit once more to create it.</source>
        <translation>Le serveur a été interrogé : aucun lead n’a l’identifiant partenaire %1 ; la création n’a donc pas abouti. Elle n’a pas été renvoyée ; soumettez à nouveau pour le créer.</translation>
    </message>
    <message>
        <source>The server was asked: the lead does not hold the sent values, so the update did not land. It was not sent again; submit once more.</source>
        <translation>Le serveur a été interrogé : le lead ne contient pas les valeurs envoyées ; la mise à jour n’a donc pas abouti. Elle n’a pas été renvoyée ; soumettez à nouveau.</translation>
    </message>
    <message>
        <source>Asking the server whether it landed failed too. Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>La vérification auprès du serveur a également échoué. Rien n’a été renvoyé : recherchez l’identifiant partenaire %1 ou récupérez le lead avant de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>Rien n’a été renvoyé : recherchez l’identifiant partenaire %1 ou récupérez le lead avant de l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>The server kept the connection open without finishing its answer within the overall deadline of %1 s, so the request was ended.</source>
        <translation>Le serveur a gardé la connexion ouverte sans terminer sa réponse dans le délai global de %1 s ; la requête a été interrompue.</translation>
    </message>
    <message>
        <source>The server asked to wait 1 second.</source>
        <translation>Le serveur a demandé d’attendre 1 seconde.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>Le serveur a demandé d’attendre %n seconde.</numerusform>
            <numerusform>Le serveur a demandé d’attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API accepted the lead opportunity.</source>
        <translation>L’API partenaire a accepté l’opportunité.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP %1) without naming a field; its own words are listed below.</source>
        <translation>L’API partenaire a refusé l’opportunité (HTTP %1) sans nommer de champ ; ses propres termes sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP 400) without naming a field.</source>
        <translation>L’API partenaire a rejeté l’opportunité (HTTP 400) sans nommer de champ.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity: 1 field error to fix.</source>
        <translation>L’API partenaire a rejeté l’opportunité : 1 erreur de champ à corriger.</translation>
    </message>
    <message numerus="yes">
        <source>The partner API rejected the lead opportunity: %n field errors to fix.</source>
        <translation>
            <numerusform>L’API partenaire a rejeté l’opportunité : %n erreur de champ à corriger.</numerusform>
            <numerusform>L’API partenaire a rejeté l’opportunité : %n erreurs de champ à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API did not receive an API key (HTTP 401). Enter the key for this environment in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>L’API partenaire n’a pas reçu de clé d’API (HTTP 401). Saisissez la clé de cet environnement dans l’éditeur (Envoyer ▸ Clés d’API et paramètres) ou définissez LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The API key is not allowed for this partner or operation (HTTP 403). Check that the key belongs to the partner legal entity of this lead opportunity.</source>
        <translation>La clé d’API n’est pas autorisée pour ce partenaire ou cette opération (HTTP 403). Vérifiez que la clé appartient à l’entité juridique partenaire de cette opportunité.</translation>
    </message>
    <message>
        <source>The partner API refused a date (HTTP 406, ERR805): close date and next milestone date must be ISO 8601 date-times in UTC, such as 2025-06-01T18:46:51.326Z.</source>
        <translation>L’API partenaire a refusé une date (HTTP 406, ERR805) : la date de clôture et la date du prochain jalon doivent être des dates-heures ISO 8601 en UTC, comme 2025-06-01T18:46:51.326Z.</translation>
    </message>
    <message>
        <source>The partner API asks to slow down (HTTP 429, too many requests). Wait a moment and try again.</source>
        <translation>L’API partenaire demande de ralentir (HTTP 429, trop de requêtes). Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>The partner API does not know this 3DS id or it belongs to another partner (HTTP 500, ERROR_048).</source>
        <translation>L’API partenaire ne connaît pas cet ID 3DS ou il appartient à un autre partenaire (HTTP 500, ERROR_048).</translation>
    </message>
    <message>
        <source>The partner API is under maintenance (HTTP 503). Try again later.</source>
        <translation>L’API partenaire est en maintenance (HTTP 503). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The partner API failed with HTTP %1. Try again later; if it persists, give 3DS support the trace id.</source>
        <translation>L’API partenaire a échoué avec HTTP %1. Réessayez plus tard ; si le problème persiste, communiquez l’ID de trace au support 3DS.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the environment&apos;s address and that the server is running.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l’adresse de l’environnement et que le serveur est démarré.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The create was not sent again: the partner lead opportunity id prevents duplicates, so search for it or fetch the lead before creating it once more.</source>
        <translation>Le serveur n’a pas répondu à temps. La création n’a pas été renvoyée : l’ID d’opportunité partenaire empêche les doublons, recherchez-le donc ou récupérez le lead avant de le créer à nouveau.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>Le serveur n’a pas répondu à temps. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS): the server&apos;s certificate or handshake was not accepted. Nothing was sent.</source>
        <translation>La connexion sécurisée a échoué (TLS) : le certificat ou la négociation du serveur n’a pas été accepté. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS). Check the environment&apos;s address and the network connection.</source>
        <translation>Le nom du serveur n’a pas pu être résolu (DNS). Vérifiez l’adresse de l’environnement et la connexion réseau.</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON (HTTP %1), probably a proxy or gateway page.</source>
        <translation>Le serveur a répondu par autre chose que du JSON (HTTP %1), probablement une page de proxy ou de passerelle.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without the list of leads a search answer holds; nothing was read from it, so no lead counts as found or not found.</source>
        <translation>Le serveur a répondu HTTP %1 sans la liste de leads que contient une réponse de recherche ; rien n’en a été lu, donc aucun lead ne compte comme trouvé ou non trouvé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the client accepts and was cut off.</source>
        <translation>La réponse du serveur dépassait la taille acceptée par le client et a été tronquée.</translation>
    </message>
    <message>
        <source>The API key was not sent: plain HTTP is only allowed to this computer (loopback). Use an https address.</source>
        <translation>La clé d’API n’a pas été envoyée : le HTTP non chiffré n’est autorisé que vers cet ordinateur (boucle locale). Utilisez une adresse https.</translation>
    </message>
    <message>
        <source>No API key is configured for this environment, so nothing was sent. Enter it in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>Aucune clé d’API n’est configurée pour cet environnement ; rien n’a été envoyé. Saisissez-la dans l’éditeur (Envoyer ▸ Clés d’API et paramètres) ou définissez LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The submission was cancelled.</source>
        <translation>La soumission a été annulée.</translation>
    </message>
    <message>
        <source>The network request failed. Check the connection and try again.</source>
        <translation>La requête réseau a échoué. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server redirected the request to another host or too many times; the redirect was not followed, so the API key did not leave for another host.</source>
        <translation>Le serveur a redirigé la requête vers un autre hôte ou trop de fois ; la redirection n’a pas été suivie, la clé d’API n’est donc pas partie vers un autre hôte.</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>not sent: an update cannot clear it</source>
        <translation>non envoyé : une mise à jour ne peut pas l’effacer</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The draft has no valid format version.</source>
        <translation>Le brouillon n’a pas de version de format valide.</translation>
    </message>
    <message>
        <source>This draft was saved in format version %1 by a newer release; this release reads format version %2 at most, so please update the editor.</source>
        <translation>Ce brouillon a été enregistré au format version %1 par une version plus récente ; cette version lit au plus le format version %2, veuillez donc mettre à jour l’éditeur.</translation>
    </message>
    <message>
        <source>The record of this draft is not a JSON object.</source>
        <translation>L’enregistrement de ce brouillon n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>« %1 » est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (%2 MB); a lead opportunity file holds at most %3 MB.</source>
        <translation>Le fichier « %1 » est trop volumineux (%2 Mo) ; un fichier d’opportunité ne dépasse pas %3 Mo.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>Impossible de lire le fichier « %1 » : %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>The member “%1” occurs %2 times in %3; the last value is kept.</source>
        <translation>Le membre « %1 » apparaît %2 fois dans %3 ; la dernière valeur est conservée.</translation>
    </message>
    <message>
        <source>The number %1 in %2 has more digits than a number holds; it is read, saved and sent as %3.</source>
        <translation>Le nombre %1 dans %2 a plus de chiffres qu’un nombre n’en contient ; il est lu, enregistré et envoyé comme %3.</translation>
    </message>
    <message>
        <source>It is %1 text; lead opportunity files are UTF-8, so save it as UTF-8 and open it again.</source>
        <translation>C’est du texte %1 ; les fichiers d’opportunité sont en UTF-8 : enregistrez-le en UTF-8 et rouvrez-le.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); a lead opportunity file holds at most %2 MB.</source>
        <translation>Le fichier est trop volumineux (%1 Mo) ; un fichier d’opportunité ne dépasse pas %2 Mo.</translation>
    </message>
    <message>
        <source>The file holds a JSON array, not a lead opportunity object.</source>
        <translation>Le fichier contient un tableau JSON, pas un objet opportunité.</translation>
    </message>
    <message>
        <source>The file holds a single JSON text, not a lead opportunity object.</source>
        <translation>Le fichier contient un simple texte JSON, pas un objet opportunité.</translation>
    </message>
    <message>
        <source>The file holds a single JSON number, not a lead opportunity object.</source>
        <translation>Le fichier contient un simple nombre JSON, pas un objet opportunité.</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, not a lead opportunity object.</source>
        <translation>Le fichier contient une simple valeur JSON, pas un objet opportunité.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text (invalid byte 0x%2).</source>
        <translation>%1 : le fichier n’est pas du texte UTF-8 (octet 0x%2 non valide).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Le fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>This is a response without a lead record (HTTP status %1).</source>
        <translation>Ceci est une réponse sans enregistrement d’opportunité (statut HTTP %1).</translation>
    </message>
    <message>
        <source>This is a response without a lead record.</source>
        <translation>Ceci est une réponse sans enregistrement d’opportunité.</translation>
    </message>
    <message>
        <source>This file is not a lead opportunity: it is neither a draft, nor a request body with “leadOpportunity”, nor an API response.</source>
        <translation>Ce fichier n’est pas une opportunité : ce n’est ni un brouillon, ni un corps de requête avec « leadOpportunity », ni une réponse de l’API.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>une valeur vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Row %1 of the section “%2” must be a JSON object, but it is %3.</source>
        <translation>La ligne %1 de la section « %2 » doit être un objet JSON, mais c’est %3.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON array of objects, but it is %2.</source>
        <translation>La section « %1 » doit être un tableau JSON d’objets, mais c’est %2.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON object, but it is %2.</source>
        <translation>La section « %1 » doit être un objet JSON, mais c’est %2.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>0 to 100</source>
        <translation>0 à 100</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters.</source>
        <translation>Ce champ accepte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Not one of the values the API accepts</source>
        <translation>Ne fait pas partie des valeurs acceptées par l’API</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>Open lead</source>
        <translation>Lead ouvert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Opportunité ouverte</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Établi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Upside</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>Longshot</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Solution functionality</source>
        <translation>Fonctionnalités de la solution</translation>
    </message>
    <message>
        <source>Stronger value proposition</source>
        <translation>Proposition de valeur plus forte</translation>
    </message>
    <message>
        <source>Lower costs of ownership</source>
        <translation>Coût total de possession plus faible</translation>
    </message>
    <message>
        <source>Lower implementation costs</source>
        <translation>Coûts de mise en œuvre plus faibles</translation>
    </message>
    <message>
        <source>Good customer references</source>
        <translation>Bonnes références client</translation>
    </message>
    <message>
        <source>Offer terms &amp; conditions</source>
        <translation>Conditions de l’offre</translation>
    </message>
    <message>
        <source>Lower software costs</source>
        <translation>Coûts logiciels plus faibles</translation>
    </message>
    <message>
        <source>Strong client relationship</source>
        <translation>Relation client solide</translation>
    </message>
    <message>
        <source>DS skills &amp; expertise</source>
        <translation>Compétences &amp; expertise DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; expertise</source>
        <translation>Compétences &amp; expertise du partenaire</translation>
    </message>
    <message>
        <source>Partner (CSI) relationship</source>
        <translation>Relation partenaire (CSI)</translation>
    </message>
    <message>
        <source>SalesOperations activities</source>
        <translation>Activités SalesOperations</translation>
    </message>
    <message>
        <source>IT driven activities</source>
        <translation>Activités pilotées par l’informatique</translation>
    </message>
    <message>
        <source>Better competition offer</source>
        <translation>Meilleure offre de la concurrence</translation>
    </message>
    <message>
        <source>Client does not see value</source>
        <translation>Le client ne voit pas la valeur</translation>
    </message>
    <message>
        <source>Lack or loss of champion</source>
        <translation>Absence ou perte d’un promoteur</translation>
    </message>
    <message>
        <source>Functional gap</source>
        <translation>Écart fonctionnel</translation>
    </message>
    <message>
        <source>High implementation cost</source>
        <translation>Coût de mise en œuvre élevé</translation>
    </message>
    <message>
        <source>Lack of references</source>
        <translation>Manque de références</translation>
    </message>
    <message>
        <source>Offer does not match needs</source>
        <translation>L’offre ne répond pas aux besoins</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>Problème de qualité</translation>
    </message>
    <message>
        <source>DS skills &amp; support issue</source>
        <translation>Problème de compétences &amp; support DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; support</source>
        <translation>Compétences &amp; support du partenaire</translation>
    </message>
    <message>
        <source>Relationship level issue</source>
        <translation>Problème de niveau relationnel</translation>
    </message>
    <message>
        <source>Software cost too high</source>
        <translation>Coût logiciel trop élevé</translation>
    </message>
    <message>
        <source>Terms &amp; conditions issue</source>
        <translation>Problème de conditions générales</translation>
    </message>
    <message>
        <source>Cost of sales too high</source>
        <translation>Coût de vente trop élevé</translation>
    </message>
    <message>
        <source>Lack of skills to support</source>
        <translation>Manque de compétences pour le support</translation>
    </message>
    <message>
        <source>Lack of tech resources</source>
        <translation>Manque de ressources techniques</translation>
    </message>
    <message>
        <source>Not a priority for DS</source>
        <translation>Pas une priorité pour DS</translation>
    </message>
    <message>
        <source>Not a priority for partner</source>
        <translation>Pas une priorité pour le partenaire</translation>
    </message>
    <message>
        <source>Client bankrupt/acquired</source>
        <translation>Client en faillite/racheté</translation>
    </message>
    <message>
        <source>Client has no (more) need</source>
        <translation>Le client n’a pas (plus) de besoin</translation>
    </message>
    <message>
        <source>Client has no (more) budget</source>
        <translation>Le client n’a pas (plus) de budget</translation>
    </message>
    <message>
        <source>Duplicate copy</source>
        <translation>Copie en double</translation>
    </message>
    <message>
        <source>Lost to another partner</source>
        <translation>Perdu au profit d’un autre partenaire</translation>
    </message>
    <message>
        <source>Territory reject</source>
        <translation>Rejet territorial</translation>
    </message>
    <message>
        <source>Inadequate references</source>
        <translation>Références inadaptées</translation>
    </message>
    <message>
        <source>Wrong partner/DS sales</source>
        <translation>Mauvais partenaire/commercial DS</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Informations manquantes</translation>
    </message>
    <message>
        <source>Incorrect channel</source>
        <translation>Canal incorrect</translation>
    </message>
    <message>
        <source>Unmovable competitor</source>
        <translation>Concurrent indélogeable</translation>
    </message>
    <message>
        <source>Opportunity already exists</source>
        <translation>L’opportunité existe déjà</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Immature project</source>
        <translation>Projet immature</translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>Lead en double</translation>
    </message>
    <message>
        <source>Duplicate opportunity</source>
        <translation>Opportunité en double</translation>
    </message>
    <message>
        <source>Customer bankruptcy</source>
        <translation>Faillite du client</translation>
    </message>
    <message>
        <source>Never succeeded in reaching the customer (mail/phone/letter)</source>
        <translation>Client jamais joint (e-mail/téléphone/courrier)</translation>
    </message>
    <message>
        <source>Not enough relevant evidence to escalate with the customer (at risk in court)</source>
        <translation>Pas assez de preuves pertinentes pour escalader auprès du client (risque au tribunal)</translation>
    </message>
    <message>
        <source>ROI for enforcement not viable</source>
        <translation>ROI de la mise en recouvrement non viable</translation>
    </message>
    <message>
        <source>Valid customer explanation (approved by legal)</source>
        <translation>Explication valable du client (approuvée par le service juridique)</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Paiement initial</translation>
    </message>
    <message>
        <source>Rental booking</source>
        <translation>Réservation en location</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Services de support</translation>
    </message>
    <message>
        <source>Services signing</source>
        <translation>Signature de services</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Sandbox (cet ordinateur)</translation>
    </message>
    <message>
        <source>Partner development</source>
        <translation>Développement partenaire</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Preproduction</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Postproduction</source>
        <translation>Postproduction</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>Le serveur a signalé l’erreur %1.</translation>
    </message>
    <message>
        <source>The server rejected this value.</source>
        <translation>Le serveur a rejeté cette valeur.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>Le serveur a répondu HTTP %1 avec un corps vide.</translation>
    </message>
    <message>
        <source>The server answered with an empty body.</source>
        <translation>Le serveur a répondu avec un corps vide.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a non-JSON body.</source>
        <translation>Le serveur a répondu HTTP %1 avec un corps qui n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The server answered with a non-JSON body.</source>
        <translation>Le serveur a répondu avec un corps qui n’est pas du JSON.</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Il indique : %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1) without naming a field.</source>
        <translation>Le serveur a échoué (HTTP %1) sans nommer de champ.</translation>
    </message>
    <message>
        <source>The server rejected the submission (HTTP %1) without naming a field.</source>
        <translation>Le serveur a rejeté la soumission (HTTP %1) sans nommer de champ.</translation>
    </message>
    <message>
        <source>The server rejected the submission without naming a field.</source>
        <translation>Le serveur a rejeté la soumission sans nommer de champ.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (à %2)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Partner id</source>
        <translation>ID partenaire</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID d’opportunité partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>E-mail du responsable 3DS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Catégorie de prévision</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Date du prochain jalon</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>Code de campagne COMET</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>ID de tactique go-to-market</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Raisons du gain</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Raisons de la perte</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Commentaire gain/perte</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Statut d’approbation</translation>
    </message>
    <message>
        <source>Engagement type</source>
        <translation>Type d’engagement</translation>
    </message>
    <message>
        <source>PO information</source>
        <translation>Informations sur le bon de commande</translation>
    </message>
    <message>
        <source>PO status</source>
        <translation>Statut du bon de commande</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de bon de commande</translation>
    </message>
    <message>
        <source>SBO indicator</source>
        <translation>Indicateur SBO</translation>
    </message>
    <message>
        <source>SBO status</source>
        <translation>Statut SBO</translation>
    </message>
    <message>
        <source>SBO number</source>
        <translation>Numéro SBO</translation>
    </message>
    <message>
        <source>Growth type</source>
        <translation>Type de croissance</translation>
    </message>
    <message>
        <source>Lead priority</source>
        <translation>Priorité du lead</translation>
    </message>
    <message>
        <source>Level of interest</source>
        <translation>Niveau d’intérêt</translation>
    </message>
    <message>
        <source>3DS comment</source>
        <translation>Commentaire 3DS</translation>
    </message>
    <message>
        <source>Partner import mode</source>
        <translation>Mode d’import partenaire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Revenue type</source>
        <translation>Type de revenu</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>ID de site 3DS</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Numéro DUNS</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Ligne d’adresse 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Ligne d’adresse 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>État / préfecture</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Offer line</source>
        <translation>Ligne d’offre</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Entité juridique du client</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Contact client</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Contact partenaire</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>— addressed, will be checked on the next submit</source>
        <translation>— corrigé, sera vérifié à la prochaine soumission</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Server (addressed)</source>
        <translation>Serveur (corrigé)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Draft open elsewhere</source>
        <translation>Brouillon ouvert ailleurs</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Open it read-only, or edit a copy that you save under a new name?</source>
        <translation>« %1 » est ouvert en modification dans une autre fenêtre de l’éditeur (%2). L’ouvrir en lecture seule, ou modifier une copie à enregistrer sous un nouveau nom ?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Edit a &amp;Copy</source>
        <translation>Modifier une &amp;copie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Read-only: “%1” is open for editing in another editor window (%2).</source>
        <translation>Lecture seule : « %1 » est ouvert en modification dans une autre fenêtre de l’éditeur (%2).</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>A copy of “%1”, which is open for editing in another editor window (%2). Save it under a new name.</source>
        <translation>Une copie de « %1 », ouvert en modification dans une autre fenêtre de l’éditeur (%2). Enregistrez-la sous un nouveau nom.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since it was opened here. Replace it with this draft? The other changes are lost.</source>
        <translation>« %1 » a été modifié sur le disque par un autre programme depuis son ouverture ici. Le remplacer par ce brouillon ? Les autres modifications seront perdues.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program.</source>
        <translation>« %1 » a été modifié sur le disque par un autre programme.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk. This draft is the only copy now.</source>
        <translation>« %1 » a été supprimé ou déplacé sur le disque. Ce brouillon en est maintenant la seule copie.</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>&amp;Enregistrer à nouveau</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Garder ouvert</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>unknown cause</source>
        <translation>cause inconnue</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Impossible d’écrire « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Rejected, no field named</source>
        <translation>Refusé, sans champ nommé</translation>
    </message>
    <message>
        <source>No API key received</source>
        <translation>Clé d’API non reçue</translation>
    </message>
    <message>
        <source>API key not allowed</source>
        <translation>Clé d’API non autorisée</translation>
    </message>
    <message>
        <source>Date refused</source>
        <translation>Date refusée</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Unknown 3DS id</source>
        <translation>Id 3DS inconnu</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>Answer not JSON</source>
        <translation>Réponse non JSON</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Key withheld (plain HTTP)</source>
        <translation>Clé retenue (HTTP non chiffré)</translation>
    </message>
    <message>
        <source>No API key set</source>
        <translation>Aucune clé d’API définie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Update (PATCH)</source>
        <translation>Mise à jour (PATCH)</translation>
    </message>
    <message>
        <source>Create (POST)</source>
        <translation>Création (POST)</translation>
    </message>
    <message>
        <source>Fetch (GET)</source>
        <translation>Lecture (GET)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox store.</source>
        <translation>%1 n’est pas un stockage de sandbox.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>LegalEntityForm</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>ID de site 3DS</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Numéro DUNS</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Ligne d’adresse 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Ligne d’adresse 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>État / préfecture</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Lead opportunity drafts (*.leadopp.json);;JSON files (*.json);;All files (*)</source>
        <translation>Brouillons d’opportunité (*.leadopp.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1 could not be opened.
%2</source>
        <translation>%1 n’a pas pu être ouvert.
%2</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Ouvrir une opportunité</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Save under another name.</source>
        <translation>« %1 » est ouvert en modification dans une autre fenêtre de l’éditeur (%2). Enregistrez sous un autre nom.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Exporter avec des erreurs</translation>
    </message>
    <message>
        <source>The draft still has validation errors; the server will probably refuse this body. Export it anyway?</source>
        <translation>Le brouillon contient encore des erreurs de validation ; le serveur refusera probablement ce corps. L’exporter quand même ?</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>Exporter le corps POST</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>Exporter le corps PATCH</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>“%1” could mean %2 or %3; type one of these so that it cannot be misread.</source>
        <translation>« %1 » peut signifier %2 ou %3 ; saisissez l’une de ces deux écritures pour qu’elle ne puisse pas être mal lue.</translation>
    </message>
    <message>
        <source>“%1” has more digits than a number holds; it would be stored and sent as %2. Type it with fewer digits.</source>
        <translation>« %1 » a plus de chiffres qu’un nombre n’en contient ; il serait enregistré et envoyé comme %2. Saisissez-le avec moins de chiffres.</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>ID partenaire</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID d’opportunité partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>E-mail du responsable 3DS</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Catégorie de prévision</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Date du prochain jalon</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>Code de campagne COMET</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>ID de tactique go-to-market</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Raisons du gain</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Raisons de la perte</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Commentaire gain/perte</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <source>“%1” is not one of the choices for %2.</source>
        <translation>« %1 » ne fait pas partie des choix pour %2.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient aucun texte.</translation>
    </message>
    <message>
        <source>The clipboard holds several cells or lines; paste one value at a time.</source>
        <translation>Le presse-papiers contient plusieurs cellules ou lignes ; collez une valeur à la fois.</translation>
    </message>
    <message>
        <source>%1 takes a single line; the text holds line breaks.</source>
        <translation>%1 ne prend qu&apos;une seule ligne ; le texte contient des sauts de ligne.</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>• the submission record (no field changed)</source>
        <translation>• l’historique des envois (aucun champ modifié)</translation>
    </message>
    <message>
        <source>Your edits to “%1” cannot be put aside in case the editor stops: %2 Save the draft to keep them.</source>
        <translation>Vos modifications de « %1 » ne peuvent pas être mises de côté au cas où l’éditeur s’arrêterait : %2 Enregistrez le brouillon pour les conserver.</translation>
    </message>
    <message>
        <source>The editor stopped while “%1” had unsaved changes (last kept at %2). Restore them?

Changed since it was last saved:
%3</source>
        <translation>L’éditeur s’est arrêté alors que « %1 » avait des modifications non enregistrées (conservées à %2). Les restaurer ?

Modifié depuis le dernier enregistrement :
%3</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>(from the previous answer)</source>
        <translation>(de la réponse précédente)</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 repeats %2 (same offer, revenue type and amount).</source>
        <translation>%1 répète %2 (même offre, même type de revenu et même montant).</translation>
    </message>
    <message>
        <source>%1 repeats the e-mail address of %2.</source>
        <translation>%1 répète l’adresse e-mail de %2.</translation>
    </message>
    <message>
        <source>%1 %2 is ignored while the status is %3, a lead stage.</source>
        <translation>%1 %2 est ignoré tant que le statut est %3, une étape de lead.</translation>
    </message>
    <message>
        <source>With status %3, %1 should be %3 (the system sets it), not %2.</source>
        <translation>Avec le statut %3, %1 devrait valoir %3 (défini par le système), et non %2.</translation>
    </message>
    <message>
        <source>%1 %2 is set by the system for status WON or LOST only; with status %3 choose UPSIDE, COMMIT, SAFE or LONGSHOT.</source>
        <translation>%1 %2 n’est défini par le système que pour le statut WON ou LOST ; avec le statut %3, choisissez UPSIDE, COMMIT, SAFE ou LONGSHOT.</translation>
    </message>
    <message>
        <source>The status is %2 but %1 names no reason; the server will record %3.</source>
        <translation>Le statut est %2 mais %1 n’indique aucune raison ; le serveur enregistrera %3.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 doit être du texte, pas %2.</translation>
    </message>
    <message>
        <source>%1 still holds &quot;%2&quot;, a placeholder left from the API examples; enter the real value.</source>
        <translation>%1 contient encore « %2 », un espace réservé issu des exemples de l’API ; saisissez la valeur réelle.</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 doit être une liste, pas %2.</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address: &quot;%2&quot;.</source>
        <translation>%1 ne ressemble pas à une adresse e-mail : « %2 ».</translation>
    </message>
    <message>
        <source>%1 does not look like a web address: &quot;%2&quot;.</source>
        <translation>%1 ne ressemble pas à une adresse web : « %2 ».</translation>
    </message>
    <message>
        <source>%1 must have exactly 9 digits (D&amp;B number), not &quot;%2&quot;.</source>
        <translation>%1 doit comporter exactement 9 chiffres (numéro D&amp;B), pas « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>the %n values of the API</source>
        <translation>
            <numerusform>la %n valeur de l’API</numerusform>
            <numerusform>les %n valeurs de l’API</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 doit figurer parmi %3, pas « %2 » (un espace réservé issu des exemples de l’API).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (values are upper case, without spaces).</source>
        <translation>%1 doit figurer parmi %3, pas « %2 » (valeurs en majuscules, sans espaces).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot;.</source>
        <translation>%1 doit figurer parmi %3, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts are normally positive.</source>
        <translation>%1 est négatif (%2) ; les montants sont normalement positifs.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 doit être un nombre, pas %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 doit être un nombre, pas « %2 » (un espace réservé issu des exemples de l’API).</translation>
    </message>
    <message>
        <source>%1 must be a number, not the text &quot;%2&quot; (remove the quotes).</source>
        <translation>%1 doit être un nombre, pas le texte « %2 » (supprimez les guillemets).</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 doit être un nombre, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be a whole percentage such as 15, not %2.</source>
        <translation>%1 doit être un pourcentage entier, par exemple 15, pas %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not %2.</source>
        <translation>%1 doit être un pourcentage de 0 à 100, pas %2.</translation>
    </message>
    <message>
        <source>%1 must be a three-letter ISO 4217 code such as EUR, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 doit être un code ISO 4217 à trois lettres comme EUR, pas « %2 » (un espace réservé issu des exemples de l’API).</translation>
    </message>
    <message>
        <source>%1 must be a three-letter upper-case ISO 4217 code such as EUR, not &quot;%2&quot;.</source>
        <translation>%1 doit être un code ISO 4217 de trois lettres majuscules comme EUR, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 is more precise than a millisecond (&quot;%2&quot;); the API keeps milliseconds, and the export sends %3.</source>
        <translation>%1 est plus précis qu’une milliseconde (« %2 ») ; l’API garde les millisecondes, et l’export envoie %3.</translation>
    </message>
    <message>
        <source>%1 is a date without a time (&quot;%2&quot;); the export sends it as %3.</source>
        <translation>%1 est une date sans heure (« %2 ») ; l’export l’envoie sous la forme %3.</translation>
    </message>
    <message>
        <source>%1 is not in UTC (&quot;%2&quot;); the export converts it to UTC.</source>
        <translation>%1 n’est pas en UTC (« %2 ») ; l’export le convertit en UTC.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot; (a placeholder left from the API examples); the API answers 406 ERR805.</source>
        <translation>%1 doit être une date-heure ISO 8601 en UTC comme 2025-06-01T18:46:51.326Z, pas « %2 » (un espace réservé issu des exemples de l’API) ; l’API répond 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot;; the API answers 406 ERR805.</source>
        <translation>%1 doit être une date-heure ISO 8601 en UTC comme 2025-06-01T18:46:51.326Z, pas « %2 » ; l’API répond 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be a 3DS identifier such as XJSR-DZMFFT, not &quot;%2&quot;; an update would go to a lead that does not exist.</source>
        <translation>%1 doit être un identifiant 3DS tel que XJSR-DZMFFT, et non « %2 » ; une mise à jour irait à un lead qui n’existe pas.</translation>
    </message>
    <message>
        <source>The member name of %1</source>
        <translation>Le nom de membre de %1</translation>
    </message>
    <message>
        <source>%1 holds a NUL character (U+0000) at position %2, which the API cannot take.</source>
        <translation>%1 contient un caractère NUL (U+0000) à la position %2, que l’API ne peut pas accepter.</translation>
    </message>
    <message>
        <source>%1 holds half of a surrogate pair (U+%2) at position %3, which is not a Unicode character.</source>
        <translation>%1 contient une moitié de paire de substitution (U+%2) à la position %3, qui n’est pas un caractère Unicode.</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>une valeur vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no country prefix; for %3 it starts with %4.</source>
        <translation>%1 « %2 » n’a pas de préfixe de pays ; pour %3, il commence par %4.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not start with %4, the prefix for %3.</source>
        <translation>%1 « %2 » ne commence pas par %4, le préfixe pour %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the format of a VAT number from %3.</source>
        <translation>%1 « %2 » n’a pas le format d’un numéro de TVA de %3.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1: at least one is required.</source>
        <translation>%1 : au moins un élément est obligatoire.</translation>
    </message>
    <message>
        <source>%1: at least one is required, with %2.</source>
        <translation>%1 : au moins un est obligatoire, avec %2.</translation>
    </message>
    <message>
        <source>%1 is required: %2.</source>
        <translation>%1 est obligatoire : %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 doit être un objet, pas %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field the API knows; it is kept in the draft but not sent.</source>
        <translation>« %1 » n’est pas un champ connu de l’API ; il est conservé dans le brouillon mais n’est pas envoyé.</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, élément %2</translation>
    </message>
</context>
<context>
    <name>leadopp</name>
    <message>
        <source>%1: %2
Run &apos;%1 --help&apos; for the options.
</source>
        <translation>%1 : %2
Lancez « %1 --help » pour voir les options.
</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>argument FILE manquant</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>trop d’arguments</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1 : avertissement : %2
</translation>
    </message>
    <message>
        <source>%1: no problems found.
</source>
        <translation>%1 : aucun problème trouvé.
</translation>
    </message>
    <message>
        <source>%1: %2, %3.
</source>
        <translation>%1 : %2, %3.
</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>statut HTTP inconnu</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>ID de trace %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n erreur :</numerusform>
            <numerusform>%n erreurs :</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; a response is read up to %2 MB.</source>
        <translation>« %1 » est trop volumineux ; une réponse est lue jusqu’à %2 Mo.</translation>
    </message>
    <message>
        <source>Resolve paths against this draft (default: the record a 400 response echoes).</source>
        <translation>Résoudre les chemins d’après ce brouillon (par défaut : l’enregistrement renvoyé par une réponse 400).</translation>
    </message>
    <message>
        <source>The HTTP status of the response (default: info.statusCode).</source>
        <translation>Le statut HTTP de la réponse (par défaut : info.statusCode).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un seul objet JSON.</translation>
    </message>
    <message>
        <source>Maps an error response onto the fields of the draft it rejected.
Exit status: 0 the response was read, 2 unreadable input or usage error.</source>
        <translation>Rapporte une réponse d’erreur sur les champs du brouillon rejeté.
Code de sortie : 0 réponse lue, 2 entrée illisible ou erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The response body file.</source>
        <translation>Le fichier du corps de la réponse.</translation>
    </message>
    <message>
        <source>--status needs an HTTP status code</source>
        <translation>--status attend un code de statut HTTP</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1 : impossible d’écrire « %2 » : %3
</translation>
    </message>
    <message>
        <source>--create and --id exclude each other.</source>
        <translation>--create et --id s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>The file to export.</source>
        <translation>Le fichier à exporter.</translation>
    </message>
    <message>
        <source>Write the body to OUT instead of stdout.</source>
        <translation>Écrire le corps dans OUT au lieu de stdout.</translation>
    </message>
    <message>
        <source>Write the create (POST) body.</source>
        <translation>Écrire le corps de création (POST).</translation>
    </message>
    <message>
        <source>Write the update (PATCH) body for this 3DS id.</source>
        <translation>Écrire le corps de mise à jour (PATCH) pour cet ID 3DS.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy.</source>
        <translation>Envoyer l’enregistrement entier, pas seulement ce qui a changé par rapport à la copie du serveur.</translation>
    </message>
    <message>
        <source>Writes exactly the request body the API would receive (PATCH when the draft has a 3DS id, POST otherwise). A PATCH sends the partner opportunity id and what differs from the server copy the draft is based on.
Findings go to stderr. Exit status: 0 written, 1 written but the draft has errors, 2 unreadable input, output or usage error.</source>
        <translation>Écrit exactement le corps de requête que l’API recevrait (PATCH si le brouillon a un ID 3DS, POST sinon). Un PATCH envoie l’ID d’opportunité du partenaire et ce qui diffère de la copie du serveur dont part le brouillon.
Les constats vont sur stderr. Code de sortie : 0 écrit, 1 écrit mais le brouillon a des erreurs, 2 entrée illisible, erreur de sortie ou d’utilisation.</translation>
    </message>
    <message>
        <source>check a draft against the API rules</source>
        <translation>vérifier un brouillon selon les règles de l’API</translation>
    </message>
    <message>
        <source>write the request body the API would receive</source>
        <translation>écrire le corps de requête que l’API recevrait</translation>
    </message>
    <message>
        <source>list what a draft changes against its server copy</source>
        <translation>lister ce qu’un brouillon change par rapport à sa copie du serveur</translation>
    </message>
    <message>
        <source>map an error response onto the draft&apos;s fields</source>
        <translation>rapporter une réponse d’erreur sur les champs du brouillon</translation>
    </message>
    <message>
        <source>send a draft to an environment</source>
        <translation>envoyer un brouillon vers un environnement</translation>
    </message>
    <message>
        <source>fetch a lead by its 3DS id as a draft</source>
        <translation>récupérer un lead par son ID 3DS sous forme de brouillon</translation>
    </message>
    <message>
        <source>list leads by modification window or partner id</source>
        <translation>lister les leads par période de modification ou ID partenaire</translation>
    </message>
    <message>
        <source>serve the partner API sandbox on loopback</source>
        <translation>servir la sandbox de l’API partenaire en boucle locale</translation>
    </message>
    <message>
        <source>Usage: leadopp &lt;command&gt; [options]

Commands:
</source>
        <translation>Usage : leadopp &lt;commande&gt; [options]

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;leadopp &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez « leadopp &lt;commande&gt; --help » pour voir les options d’une commande.
</translation>
    </message>
    <message>
        <source>leadopp: unknown command &apos;%1&apos;

</source>
        <translation>leadopp : commande inconnue « %1 »

</translation>
    </message>
    <message>
        <source>leadopp: the network commands cannot be loaded: %1
</source>
        <translation>leadopp : les commandes réseau ne peuvent pas être chargées : %1
</translation>
    </message>
    <message>
        <source>Checks a draft, request body or rejected response against the API rules.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input or usage error.</source>
        <translation>Vérifie un brouillon, un corps de requête ou une réponse rejetée par rapport aux règles de l’API.
Code de sortie : 0 aucune erreur (avertissements permis), 1 erreurs trouvées, 2 entrée illisible ou erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>Le fichier à vérifier.</translation>
    </message>
    <message>
        <source>Check against the create (POST) rules.</source>
        <translation>Vérifier selon les règles de création (POST).</translation>
    </message>
    <message>
        <source>Check against the update (PATCH) rules, as an update of this 3DS id.</source>
        <translation>Vérifier selon les règles de mise à jour (PATCH), comme mise à jour de cet identifiant 3DS.</translation>
    </message>
    <message>
        <source>Print the findings as one JSON object.</source>
        <translation>Afficher les constats sous la forme d’un seul objet JSON.</translation>
    </message>
    <message>
        <source>%1: unknown environment &apos;%2&apos;.
</source>
        <translation>%1 : environnement inconnu « %2 ».
</translation>
    </message>
    <message>
        <source>%1: the sandbox could not listen on loopback.
</source>
        <translation>%1 : la sandbox n’a pas pu écouter sur la boucle locale.
</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 ms...
</source>
        <translation>Nouvel essai (tentative %1) dans %2 ms…
</translation>
    </message>
</context>
<context>
    <name>leadopp diff</name>
    <message>
        <source>Lists, field by field, what the draft changes against the server copy it is based on (old → new): what a partial update sends. A change the update cannot carry (a cleared date, an emptied section) is marked as not sent: the server keeps its value.
Exit status: 0 no changes, 1 changes listed, 2 unreadable input or usage error.</source>
        <translation>Liste, champ par champ, ce que le brouillon change par rapport à la copie du serveur dont il part (ancien → nouveau) : ce qu’une mise à jour partielle envoie. Un changement que la mise à jour ne peut pas porter (une date effacée, une section vidée) est marqué comme non envoyé : le serveur garde sa valeur.
Code de sortie : 0 aucun changement, 1 changements listés, 2 entrée illisible ou erreur d’utilisation.</translation>
    </message>
    <message>
        <source>The draft to compare.</source>
        <translation>Le brouillon à comparer.</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>Afficher les changements en JSON.</translation>
    </message>
    <message>
        <source>%1: the file has no server copy; every value it holds is new.
</source>
        <translation>%1 : le fichier n’a pas de copie du serveur ; chacune de ses valeurs est nouvelle.
</translation>
    </message>
</context>
<context>
    <name>leadopp get</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>ID de trace : %1
</translation>
    </message>
    <message>
        <source>%1: the answer holds no lead record: %2
</source>
        <translation>%1 : la réponse ne contient aucun enregistrement de lead : %2
</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1 : impossible d’écrire « %2 » : %3
</translation>
    </message>
    <message>
        <source>Fetches a lead by its 3DS id and writes it as a draft based on the server copy.
Exit status: 0 written, 2 usage, output or setup error (no API key), 3 network or server failure (an unknown id included).</source>
        <translation>Récupère un lead par son ID 3DS et l’écrit comme brouillon fondé sur la copie du serveur.
Code de sortie : 0 écrit, 2 erreur d’utilisation, de sortie ou de configuration (pas de clé d’API), 3 panne du réseau ou du serveur (ID inconnu compris).</translation>
    </message>
    <message>
        <source>The 3DS id, e.g. XJSR-DZMFFT.</source>
        <translation>L’ID 3DS, par exemple XJSR-DZMFFT.</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID d’environnement (sandbox, ppt, qal, ptd, ppd, prd) ou URL de base.</translation>
    </message>
    <message>
        <source>Write the draft to FILE instead of stdout.</source>
        <translation>Écrire le brouillon dans FILE au lieu de stdout.</translation>
    </message>
    <message>
        <source>%1: --env is required.
</source>
        <translation>%1 : --env est obligatoire.
</translation>
    </message>
</context>
<context>
    <name>leadopp sandbox</name>
    <message>
        <source>Serves the partner API&apos;s leads-opportunities operations on 127.0.0.1.</source>
        <translation>Sert les opérations leads-opportunities de l’API partenaire sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Port d’écoute (0 : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Directory that keeps the leads between runs.</source>
        <translation>Répertoire qui conserve les leads d’une exécution à l’autre.</translation>
    </message>
    <message>
        <source>Field errors of a 400: %1.</source>
        <translation>Erreurs de champ d’une réponse 400 : %1.</translation>
    </message>
    <message>
        <source>Inject a fault into the next COUNT answers (or &apos;all&apos;): %1.</source>
        <translation>Injecter une panne dans les COUNT prochaines réponses (ou « all ») : %1.</translation>
    </message>
    <message>
        <source>Delay of the &apos;delay&apos; fault in milliseconds.</source>
        <translation>Délai de la panne « delay » en millisecondes.</translation>
    </message>
    <message>
        <source>Retry-After seconds of the &apos;retry-after&apos; fault.</source>
        <translation>Secondes Retry-After de la panne « retry-after ».</translation>
    </message>
    <message>
        <source>unknown error style &apos;%1&apos;</source>
        <translation>style d’erreur inconnu « %1 »</translation>
    </message>
    <message>
        <source>--fault-delay and --retry-after take a number</source>
        <translation>--fault-delay et --retry-after attendent un nombre</translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos;</source>
        <translation>panne inconnue « %1 »</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port attend un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>impossible d’écouter sur 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>leadopp sandbox: cannot watch for signals; stop with kill -9
</source>
        <translation>leadopp sandbox : impossible de surveiller les signaux ; arrêtez avec kill -9
</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
</source>
        <translation>Sandbox à l’écoute sur %1
</translation>
    </message>
    <message>
        <source>Leads: %1
</source>
        <translation>Leads : %1
</translation>
    </message>
    <message>
        <source>Sandbox stopped.
</source>
        <translation>Sandbox arrêtée.
</translation>
    </message>
</context>
<context>
    <name>leadopp search</name>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID d’environnement (sandbox, ppt, qal, ptd, ppd, prd) ou URL de base.</translation>
    </message>
    <message>
        <source>give either --modified-since or --partner-id.</source>
        <translation>indiquez soit --modified-since, soit --partner-id.</translation>
    </message>
    <message>
        <source>dates must be ISO 8601 dates or date-times (2025-08-04, 2025-08-04T08:00:00Z).</source>
        <translation>les dates doivent être des dates ou dates-heures ISO 8601 (2025-08-04, 2025-08-04T08:00:00Z).</translation>
    </message>
    <message>
        <source>--until lies before --modified-since.</source>
        <translation>--until est antérieur à --modified-since.</translation>
    </message>
    <message>
        <source>Leads modified from DATE on (UTC).</source>
        <translation>Leads modifiés à partir de DATE (UTC).</translation>
    </message>
    <message>
        <source>... up to DATE (a date: to its end, the day included; default: now).</source>
        <translation>... jusqu’à DATE (une date : jusqu’à sa fin, le jour compris ; par défaut : maintenant).</translation>
    </message>
    <message>
        <source>Leads with this partner opportunity id (repeatable).</source>
        <translation>Leads ayant cet ID d’opportunité partenaire (répétable).</translation>
    </message>
    <message>
        <source>Print {&quot;ids&quot;: [...], &quot;searches&quot;: N} as JSON.</source>
        <translation>Afficher {&quot;ids&quot;: [...], &quot;searches&quot;: N} en JSON.</translation>
    </message>
    <message>
        <source>Lists the 3DS ids of the leads modified in a window (longer than seven days: one search per seven days) or carrying a partner opportunity id.
Exit status: 0 searched (found or not), 2 usage or setup error, 3 network or server failure.</source>
        <translation>Liste les ID 3DS des leads modifiés dans une période (plus de sept jours : une recherche par tranche de sept jours) ou portant un ID d’opportunité partenaire.
Code de sortie : 0 recherche faite (trouvé ou non), 2 erreur d’utilisation ou de configuration, 3 panne du réseau ou du serveur.</translation>
    </message>
    <message>
        <source>--env is required.</source>
        <translation>--env est obligatoire.</translation>
    </message>
</context>
<context>
    <name>leadopp submit</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>ID de trace : %1
</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID d’environnement (sandbox, ppt, qal, ptd, ppd, prd) ou URL de base.</translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation>Statut HTTP : %1
</translation>
    </message>
    <message>
        <source>3DS id: %1
</source>
        <translation>ID 3DS : %1
</translation>
    </message>
    <message>
        <source>Not sent, an update cannot clear them (the server keeps its values):
</source>
        <translation>Non envoyé, une mise à jour ne peut pas les effacer (le serveur garde ses valeurs) :
</translation>
    </message>
    <message>
        <source>leadopp submit: could not record the attempt in %1: %2
</source>
        <translation>leadopp submit : impossible d’enregistrer la tentative dans %1 : %2
</translation>
    </message>
    <message>
        <source>leadopp submit: --record needs a draft file (save the file as a draft first).
</source>
        <translation>leadopp submit : --record attend un fichier brouillon (enregistrez d’abord le fichier comme brouillon).
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.
Exit status: 0 accepted, 1 rejected (fields named or not), 2 unreadable input, usage or setup (no API key), 3 network or server failure.</source>
        <translation>Envoie un brouillon ou un corps de requête à l’API partenaire.
Code de sortie : 0 accepté, 1 refusé (champs nommés ou non), 2 entrée illisible, usage ou configuration (pas de clé d’API), 3 échec réseau ou serveur.</translation>
    </message>
    <message>
        <source>Draft, request body, 400 response or GET response.</source>
        <translation>Brouillon, corps de requête, réponse 400 ou réponse GET.</translation>
    </message>
    <message>
        <source>3DS id to update (default: the file&apos;s dsLeadOpportunityId).</source>
        <translation>ID 3DS à mettre à jour (par défaut : le dsLeadOpportunityId du fichier).</translation>
    </message>
    <message>
        <source>Create (POST) even when the file has a 3DS id.</source>
        <translation>Créer (POST) même si le fichier a un ID 3DS.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy the draft is based on.</source>
        <translation>Envoyer l’enregistrement entier, pas seulement ce qui a changé par rapport à la copie du serveur dont part le brouillon.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Append the attempt (never the key) to FILE, which must be a draft.</source>
        <translation>Ajouter la tentative (jamais la clé) à FILE, qui doit être un brouillon.</translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds.</source>
        <translation>Délai d’expiration du transfert en millisecondes.</translation>
    </message>
    <message>
        <source>Overall deadline of one request in milliseconds (default 60000).</source>
        <translation>Délai global d’une requête en millisecondes (par défaut 60000).</translation>
    </message>
    <message>
        <source>leadopp submit: give one FILE and --env; --create and --id exclude each other.
</source>
        <translation>leadopp submit : indiquez un FILE et --env ; --create et --id s’excluent mutuellement.
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.</source>
        <translation>Envoie un brouillon ou un corps de requête à l’API partenaire.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ChoiceFilter</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Aucun coché.</translation>
    </message>
    <message>
        <source>Ticked (%1): %2</source>
        <translation>Cochés (%1) : %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD or %1 (UTC)</source>
        <translation>AAAA-MM-JJ ou %1 (UTC)</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateTimeEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DocumentView</name>
    <message>
        <source>Untitled %1</source>
        <translation>Sans titre %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1</source>
        <translation>
            <numerusform>%n erreur, %1</numerusform>
            <numerusform>%n erreurs, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer lines</source>
        <translation>Lignes d’offre</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Entité juridique du client</translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation>Contacts client</translation>
    </message>
    <message>
        <source>Partner contacts</source>
        <translation>Contacts partenaire</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::EnvironmentCombo</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personnalisé)</translation>
    </message>
    <message>
        <source>Where submissions go</source>
        <translation>Destination des soumissions</translation>
    </message>
    <message>
        <source>Add custom URL…</source>
        <translation>Ajouter une URL personnalisée…</translation>
    </message>
    <message>
        <source>Add custom URL</source>
        <translation>Ajouter une URL personnalisée</translation>
    </message>
    <message>
        <source>Base URL of the partner API (https://host[:port]):</source>
        <translation>URL de base de l’API partenaire (https://host[:port]) :</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>« %1 » n’est pas une URL de base http ou https utilisable.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorDock</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problem %1 of %2</source>
        <translation>Problème %1 sur %2</translation>
    </message>
    <message>
        <source>This problem is addressed</source>
        <translation>Ce problème est corrigé</translation>
    </message>
    <message>
        <source>This problem is solved</source>
        <translation>Ce problème est résolu</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n corrigé</numerusform>
            <numerusform>%n corrigés</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8 to step through</source>
        <translation>F8 / Maj+F8 pour les parcourir</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorListModel</name>
    <message>
        <source>%1 (addressed)</source>
        <translation>%1 (corrigé)</translation>
    </message>
    <message>
        <source>The server wrote the path as “%1”.</source>
        <translation>Le serveur a écrit le chemin « %1 ».</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FindLeadsDialog</name>
    <message>
        <source>Find Leads</source>
        <translation>Rechercher des leads</translation>
    </message>
    <message>
        <source>A search answers 3DS ids only: the partner opportunity id, status and modification time are fetched for the selected lead alone.</source>
        <translation>Une recherche ne renvoie que des identifiants 3DS : l’identifiant d’opportunité partenaire, le statut et la date de modification ne sont récupérés que pour le lead sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Modified in:</source>
        <translation>Période de &amp;modification :</translation>
    </message>
    <message>
        <source>Modified in</source>
        <translation>Période de modification</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>A custom window</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Partner opportunity id:</source>
        <translation>&amp;Identifiant d’opportunité partenaire :</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID d’opportunité partenaire</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Cancel Searc&amp;h</source>
        <translation>Annuler la rec&amp;herche</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Leads trouvés</translation>
    </message>
    <message>
        <source>The details could not be fetched: %1</source>
        <translation>Les détails n’ont pas pu être récupérés : %1</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>La fin de la période doit être postérieure à son début.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id to search for.</source>
        <translation>Saisissez l’identifiant d’opportunité partenaire à rechercher.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Recherche dans %1…</translation>
    </message>
    <message>
        <source>Search %1 of %2…</source>
        <translation>Recherche %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) found</source>
        <translation>
            <numerusform>%n lead trouvé</numerusform>
            <numerusform>%n leads trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled after search %2 of %3.</source>
        <translation>%1 ; annulation après la recherche %2 sur %3.</translation>
    </message>
    <message>
        <source>Search %1 of %2 failed: %3</source>
        <translation>La recherche %1 sur %2 a échoué : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n search(es).</source>
        <translation>
            <numerusform>%1 en %n recherche.</numerusform>
            <numerusform>%1 en %n recherches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>%1 is open in a new tab.</source>
        <translation>%1 est ouvert dans un nouvel onglet.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FormBinder</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryDialog</name>
    <message>
        <source>Submission history</source>
        <translation>Historique des soumissions</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryModel</name>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>ID de trace</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LanguageChooser</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Applies when the editor is started again.</source>
        <translation>S’applique au prochain démarrage de l’éditeur.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadFetch</name>
    <message>
        <source>The answer for %1 holds no lead record: %2</source>
        <translation>La réponse pour %1 ne contient aucun enregistrement de lead : %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadListModel</name>
    <message>
        <source>Not fetched: select the lead to fetch its details</source>
        <translation>Non récupéré : sélectionnez le lead pour récupérer ses détails</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID d’opportunité partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1[*] — Lead Opportunity Editor</source>
        <translation>%1[*] — Lead Opportunity Editor</translation>
    </message>
    <message>
        <source>Submission in progress</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>“%1” is being submitted and the server has not answered yet. Close it anyway? The submission is cancelled; if the server already received it, its answer will not be recorded in the draft.</source>
        <translation>« %1 » est en cours d’envoi et le serveur n’a pas encore répondu. Le fermer quand même ? L’envoi est annulé ; si le serveur l’a déjà reçu, sa réponse ne sera pas enregistrée dans le brouillon.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts have unsaved changes. Save them all before quitting? “No to All” discards every unsaved change.</source>
        <translation>
            <numerusform>%n brouillon a des modifications non enregistrées. Tout enregistrer avant de quitter ? « Non à tout » abandonne toutes les modifications non enregistrées.</numerusform>
            <numerusform>%n brouillons ont des modifications non enregistrées. Tout enregistrer avant de quitter ? « Non à tout » abandonne toutes les modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Problems &amp;List</source>
        <translation>&amp;Liste des problèmes</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab…</source>
        <translation>Ouvrir dans un nouvel ong&amp;let…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export PATCH Body (update)…</source>
        <translation>E&amp;xporter le corps PATCH (mise à jour)…</translation>
    </message>
    <message>
        <source>Export &amp;POST Body (create)…</source>
        <translation>Exporter le corps &amp;POST (création)…</translation>
    </message>
    <message>
        <source>&amp;Close Draft</source>
        <translation>&amp;Fermer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <source>Last &amp;Rejection Details…</source>
        <translation>Détails du dernier &amp;rejet…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Opened %1 from the server</source>
        <translation>%1 ouvert depuis le serveur</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Ouvrir une opportunité</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>« %1 » contient des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Exporter avec des erreurs</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>Exporter le corps POST</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>Exporter le corps PATCH</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Ouvrir depuis le serveur</translation>
    </message>
    <message>
        <source>Fetches a lead from %1 and opens it as a new draft based on the server copy.</source>
        <translation>Récupère un lead depuis %1 et l’ouvre comme nouveau brouillon fondé sur la copie serveur.</translation>
    </message>
    <message>
        <source>By &amp;3DS id</source>
        <translation>Par identifiant &amp;3DS</translation>
    </message>
    <message>
        <source>By &amp;partner opportunity id (searched)</source>
        <translation>Par identifiant d’opportunité &amp;partenaire (avec recherche)</translation>
    </message>
    <message>
        <source>Id of the lead</source>
        <translation>Identifiant du lead</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Enter the 3DS id of the lead.</source>
        <translation>Saisissez l’identifiant 3DS du lead.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id.</source>
        <translation>Saisissez l’identifiant d’opportunité partenaire.</translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation>Récupération de %1 depuis %2…</translation>
    </message>
    <message>
        <source>Searching %1 for partner opportunity id %2…</source>
        <translation>Recherche de l’identifiant d’opportunité partenaire %2 dans %1…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No lead in %1 has partner opportunity id %2.</source>
        <translation>Aucun lead dans %1 n’a l’identifiant d’opportunité partenaire %2.</translation>
    </message>
    <message>
        <source>%1 leads have partner opportunity id %2: %3. Enter the 3DS id of the one to open.</source>
        <translation>%1 leads ont l’identifiant d’opportunité partenaire %2 : %3. Saisissez l’identifiant 3DS de celui à ouvrir.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RecentFiles</name>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RefreshDialog</name>
    <message>
        <source>Refresh from Server</source>
        <translation>Actualiser depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>&amp;Appliquer les choix</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Prendre la valeur du serveur</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma valeur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>%1 (changed on both sides)</source>
        <translation>%1 (modifié des deux côtés)</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>à l’ouverture</translation>
    </message>
    <message>
        <source>server now</source>
        <translation>actuellement sur le serveur</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>ma valeur</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Choix pour %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s value or yours for every field changed on both sides.</source>
        <translation>Choisissez la valeur du serveur ou la vôtre pour chaque champ modifié des deux côtés.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionBar</name>
    <message>
        <source>Copy trace id</source>
        <translation>Copier l’ID de trace</translation>
    </message>
    <message>
        <source>Submission outcome</source>
        <translation>Résultat de l’envoi</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected by the server&lt;/b&gt; (HTTP %1)</source>
        <translation>&lt;b&gt;Rejeté par le serveur&lt;/b&gt; (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported</source>
        <translation>
            <numerusform>%n erreur signalée</numerusform>
            <numerusform>%n erreurs signalées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the previous answer</source>
        <translation>
            <numerusform>%n de la réponse précédente</numerusform>
            <numerusform>%n de la réponse précédente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n corrigé</numerusform>
            <numerusform>%n corrigés</numerusform>
        </translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>trace %1</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Statut HTTP :</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>ID de trace :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Dernier rejet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Corps de la réponse :</translation>
    </message>
    <message>
        <source>As &amp;received</source>
        <translation>Tel que &amp;reçu</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>&amp;Mis en forme</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <source>Ch&amp;anges:</source>
        <translation>&amp;Modifications :</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Requête :</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masquée)</translation>
    </message>
    <message>
        <source>This draft has no server copy to compare with, so no list of changes can be shown: the request carries everything the draft holds.</source>
        <translation>Ce brouillon n’a pas de copie serveur à laquelle se comparer : aucune liste de modifications ne peut être affichée, la requête contient tout ce que le brouillon contient.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy of %1.</source>
        <translation>
            <numerusform>%n champ diffère de la copie serveur du %1.</numerusform>
            <numerusform>%n champs diffèrent de la copie serveur du %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy.</source>
        <translation>
            <numerusform>%n champ diffère de la copie serveur.</numerusform>
            <numerusform>%n champs diffèrent de la copie serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</source>
        <translation>
            <numerusform>%n d’entre eux ne peut pas être envoyé : une mise à jour ne peut pas l’effacer, le serveur y garde sa valeur.</numerusform>
            <numerusform>%n d’entre eux ne peuvent pas être envoyés : une mise à jour ne peut pas les effacer, le serveur y garde ses valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>This creates a new lead opportunity.</source>
        <translation>Ceci crée une nouvelle opportunité.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Server copy</source>
        <translation>Copie serveur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Paste %1 cells</source>
        <translation>Coller %1 cellules</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableWidget</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Dupliquer la ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>Total : &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The rows are shown sorted by %1. To move a row, click that header until its arrow goes: the rows are then shown in the record&apos;s order.</source>
        <translation>Les lignes sont triées par %1. Pour déplacer une ligne, cliquez sur cet en-tête jusqu&apos;à ce que sa flèche disparaisse : les lignes s&apos;affichent alors dans l&apos;ordre de l&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerAccess</name>
    <message>
        <source>No environment is chosen.</source>
        <translation>Aucun environnement n’est choisi.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>La sandbox intégrée n’est pas démarrée.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de récupérer %1 : %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerController</name>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Ouvrir depuis le ser&amp;veur…</translation>
    </message>
    <message>
        <source>Fetch a lead by its 3DS id or partner opportunity id</source>
        <translation>Récupérer un lead par son identifiant 3DS ou son identifiant d’opportunité partenaire</translation>
    </message>
    <message>
        <source>&amp;Find Leads…</source>
        <translation>Rec&amp;hercher des leads…</translation>
    </message>
    <message>
        <source>Search leads by modification time or partner opportunity id</source>
        <translation>Rechercher des leads par date de modification ou identifiant d’opportunité partenaire</translation>
    </message>
    <message>
        <source>Refres&amp;h from Server</source>
        <translation>&amp;Actualiser depuis le serveur</translation>
    </message>
    <message>
        <source>Compare the draft with the current server copy and take what changed there</source>
        <translation>Comparer le brouillon à la copie serveur actuelle et reprendre ce qui y a changé</translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Actualiser depuis le serveur</translation>
    </message>
    <message>
        <source>The draft was closed before the server answered.</source>
        <translation>Le brouillon a été fermé avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>The server copy has not changed since %1; the draft&apos;s base is now dated %2.</source>
        <translation>La copie serveur n’a pas changé depuis %1 ; la base du brouillon est désormais datée du %2.</translation>
    </message>
    <message>
        <source>%1 changed on the server since %2. Choose for each field whether to take the server&apos;s value or keep yours.</source>
        <translation>%1 a changé sur le serveur depuis %2. Choisissez pour chaque champ de prendre la valeur du serveur ou de garder la vôtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides and need a choice before applying.</source>
        <translation>
            <numerusform>%n champ a été modifié des deux côtés et demande un choix avant l’application.</numerusform>
            <numerusform>%n champs ont été modifiés des deux côtés et demandent un choix avant l’application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled: the draft and its base are unchanged.</source>
        <translation>Actualisation annulée : le brouillon et sa base sont inchangés.</translation>
    </message>
    <message>
        <source>The draft was closed before the refresh was applied.</source>
        <translation>Le brouillon a été fermé avant l’application de l’actualisation.</translation>
    </message>
    <message>
        <source>The server copy changed only in what a draft does not send (its dates); the base is the server copy now. Undo takes the refresh back.</source>
        <translation>La copie serveur n’a changé que dans ce qu’un brouillon n’envoie pas (ses dates) ; la base est désormais la copie serveur. Annuler revient sur l’actualisation.</translation>
    </message>
    <message>
        <source>Refreshed from the server: %1, %2; the base is the server copy now. Undo takes the refresh back.</source>
        <translation>Actualisé depuis le serveur : %1, %2 ; la base est désormais la copie serveur. « Annuler » revient sur l’actualisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) taken from the server</source>
        <translation>
            <numerusform>%n valeur reprise du serveur</numerusform>
            <numerusform>%n valeurs reprises du serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as in the draft</source>
        <translation>
            <numerusform>%n conservée comme dans le brouillon</numerusform>
            <numerusform>%n conservées comme dans le brouillon</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values could not be set; check the draft.</source>
        <translation>Certaines valeurs n’ont pas pu être définies ; vérifiez le brouillon.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerInfoGroup</name>
    <message>
        <source>Server information</source>
        <translation>Informations du serveur</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Délai d’expiration des requêtes :</translation>
    </message>
    <message>
        <source>Re&amp;view changes before sending</source>
        <translation>&amp;Vérifier les modifications avant l’envoi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a refresh when the server copy is older than:</source>
        <translation>Proposer d’actualiser quand la copie serveur a plus de :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Type a new API key</source>
        <translation>Saisissez une nouvelle clé d’API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>Ajouter l’URL</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Supprimer l’environnement</translation>
    </message>
    <message>
        <source>Custom URL:</source>
        <translation>URL personnalisée :</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>« %1 » n’est pas une URL de base http ou https utilisable.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>No system keychain answered: the key is kept for this session only</source>
        <translation>Aucun trousseau système n’a répondu : la clé n’est conservée que pour cette session</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no key.</source>
        <translation>La sandbox intégrée n’a pas besoin de clé.</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Enregistrement de la clé…</translation>
    </message>
    <message>
        <source>A key is stored for this environment.</source>
        <translation>Une clé est enregistrée pour cet environnement.</translation>
    </message>
    <message>
        <source>No key is stored for this environment.</source>
        <translation>Aucune clé n’est enregistrée pour cet environnement.</translation>
    </message>
    <message>
        <source>The key could not be stored.</source>
        <translation>La clé n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The key is set.</source>
        <translation>La clé est définie.</translation>
    </message>
    <message>
        <source>The key is stored.</source>
        <translation>La clé est enregistrée.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>La clé n’a pas pu être supprimée.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SubmitController</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>&amp;Annuler la soumission</translation>
    </message>
    <message>
        <source>Submission &amp;History…</source>
        <translation>&amp;Historique des soumissions…</translation>
    </message>
    <message>
        <source>Last &amp;Rejection…</source>
        <translation>Dernier &amp;rejet…</translation>
    </message>
    <message>
        <source>API &amp;Keys and Settings…</source>
        <translation>&amp;Clés d’API et paramètres…</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>La sandbox intégrée n’est pas démarrée.</translation>
    </message>
    <message>
        <source>Submission not sent.</source>
        <translation>Soumission non envoyée.</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>Soumission à %1…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) flagged by the server have not been changed since the rejection. Submit anyway?</source>
        <translation>
            <numerusform>%n champ signalé par le serveur n’a pas été modifié depuis le rejet. Soumettre quand même ?</numerusform>
            <numerusform>%n champs signalés par le serveur n’ont pas été modifiés depuis le rejet. Soumettre quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit to production</source>
        <translation>Soumettre en production</translation>
    </message>
    <message>
        <source>This sends the record to %1 and changes the real lead opportunity at Dassault Systèmes. Continue?</source>
        <translation>Cela envoie l’enregistrement à %1 et modifie l’opportunité réelle chez Dassault Systèmes. Continuer ?</translation>
    </message>
    <message>
        <source>Submission not sent: the document was closed.</source>
        <translation>Soumission non envoyée : le document a été fermé.</translation>
    </message>
    <message>
        <source>Submission cancelled before anything was sent.</source>
        <translation>Soumission annulée avant tout envoi.</translation>
    </message>
    <message>
        <source>Read-only here: another editor window edits this draft. Save it under a new name to submit it from this window.</source>
        <translation>Lecture seule ici : une autre fenêtre de l’éditeur modifie ce brouillon. Enregistrez-le sous un nouveau nom pour le soumettre depuis cette fenêtre.</translation>
    </message>
    <message>
        <source>Send the record to the chosen environment</source>
        <translation>Envoyer l’enregistrement à l’environnement choisi</translation>
    </message>
    <message>
        <source>Not sent: changes made while sending (%1). Submit again to send them.</source>
        <translation>Non envoyé : modifications faites pendant l’envoi (%1). Soumettez à nouveau pour les envoyer.</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>No API key is stored for %1, so nothing was sent.</source>
        <translation>Aucune clé d’API n’est enregistrée pour %1 : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 did not receive an API key (HTTP 401).</source>
        <translation>%1 n’a pas reçu de clé d’API (HTTP 401).</translation>
    </message>
    <message>
        <source>Enter it under %1.</source>
        <translation>Saisissez-la dans %1.</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2 · 3DS id %3</source>
        <translation>Accepté par %1 à %2 · identifiant 3DS %3</translation>
    </message>
    <message>
        <source>(%1; the request may have reached the server)</source>
        <translation>(%1 ; la requête a peut-être atteint le serveur)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>&amp;Vérifier les modifications…</translation>
    </message>
    <message>
        <source>Show the exact request and what it changes on the server</source>
        <translation>Afficher la requête exacte et ce qu’elle modifie sur le serveur</translation>
    </message>
    <message>
        <source>Send the &amp;Whole Record</source>
        <translation>Envoyer l’&amp;enregistrement complet</translation>
    </message>
    <message>
        <source>Send every field the draft holds instead of what changed against the server copy</source>
        <translation>Envoyer tous les champs du brouillon au lieu des seules modifications par rapport à la copie serveur</translation>
    </message>
    <message>
        <source>&amp;Refresh First</source>
        <translation>&amp;Actualiser d’abord</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>The server copy this draft is based on is %n minute(s) old; the lead may have changed on the server since. Refresh the draft from the server first?</source>
        <translation>
            <numerusform>La copie serveur sur laquelle repose ce brouillon date de %n minute ; le lead a pu changer sur le serveur depuis. Actualiser d’abord le brouillon depuis le serveur ?</numerusform>
            <numerusform>La copie serveur sur laquelle repose ce brouillon date de %n minutes ; le lead a pu changer sur le serveur depuis. Actualiser d’abord le brouillon depuis le serveur ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::TableCellCommands</name>
    <message>
        <source>The clipboard holds rows of %1 cells; from the current cell the table has %2 columns.</source>
        <translation>Le presse-papiers contient des lignes de %1 cellules ; à partir de la cellule courante, le tableau a %2 colonnes.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Sort by “%1”, ascending</source>
        <translation>Trier par « %1 », ordre croissant</translation>
    </message>
    <message>
        <source>Sort by “%1”, descending</source>
        <translation>Trier par « %1 », ordre décroissant</translation>
    </message>
    <message>
        <source>Show in record order</source>
        <translation>Afficher dans l’ordre de l’enregistrement</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::UpdateTargetPrompt</name>
    <message>
        <source>Its file name names the lead %1.</source>
        <translation>Son nom de fichier désigne le lead %1.</translation>
    </message>
    <message>
        <source>Update or create</source>
        <translation>Mettre à jour ou créer</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id. Does it update an existing lead in %2, or create a new one?</source>
        <translation>Ce corps de requête a l’identifiant d’opportunité partenaire %1 mais pas d’identifiant 3DS. Met-il à jour un lead existant dans %2 ou en crée-t-il un nouveau ?</translation>
    </message>
    <message>
        <source>&amp;Find and Update</source>
        <translation>&amp;Rechercher et mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Create New</source>
        <translation>&amp;Créer un nouveau</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running; the draft stays a new lead.</source>
        <translation>Le bac à sable intégré ne fonctionne pas ; le brouillon reste un nouveau lead.</translation>
    </message>
    <message>
        <source>The search in %1 failed: %2 The draft stays a new lead.</source>
        <translation>La recherche dans %1 a échoué : %2 Le brouillon reste un nouveau lead.</translation>
    </message>
    <message>
        <source>%1 has no lead with the partner opportunity id %2; the draft stays a new lead.</source>
        <translation>%1 n’a aucun lead avec l’identifiant d’opportunité partenaire %2 ; le brouillon reste un nouveau lead.</translation>
    </message>
    <message>
        <source>%1 has it as lead %2.</source>
        <translation>%1 l’a comme lead %2.</translation>
    </message>
    <message>
        <source>Several leads have the partner opportunity id %1. Which one does this body update?</source>
        <translation>Plusieurs leads ont l’identifiant d’opportunité partenaire %1. Lequel ce corps met-il à jour ?</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id.</source>
        <translation>Ce corps de requête a l’identifiant d’opportunité partenaire %1 mais pas d’identifiant 3DS.</translation>
    </message>
    <message>
        <source>Update lead %1, or create a new one?</source>
        <translation>Mettre à jour le lead %1 ou en créer un nouveau ?</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>&amp;Mettre à jour %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, validate and resubmit partner lead opportunities.</source>
        <translation>Modifier, valider et soumettre à nouveau les opportunités partenaires.</translation>
    </message>
    <message>
        <source>Colour scheme: %1.</source>
        <translation>Jeu de couleurs : %1.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>Drafts, request bodies or responses to open.</source>
        <translation>Brouillons, corps de requête ou réponses à ouvrir.</translation>
    </message>
    <message>
        <source>Unknown colour scheme: %1</source>
        <translation>Jeu de couleurs inconnu : %1</translation>
    </message>
</context>
</TS>
