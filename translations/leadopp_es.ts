<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiClient</name>
    <message>
        <source>The create</source>
        <translation>La creación</translation>
    </message>
    <message>
        <source>The update</source>
        <translation>La actualización</translation>
    </message>
    <message>
        <source>%1 was sent, but the server closed the connection without answering.</source>
        <translation>%1 se envió, pero el servidor cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>%1 was sent and the server began to answer, but the connection broke before the answer was complete.</source>
        <translation>%1 se envió y el servidor empezó a responder, pero la conexión se cortó antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>%1 was sent and the server answered with success, but its answer was cut off.</source>
        <translation>%1 se envió y el servidor respondió con éxito, pero su respuesta llegó cortada.</translation>
    </message>
    <message>
        <source>%1 was sent, but no complete answer came in time.</source>
        <translation>%1 se envió, pero no llegó a tiempo una respuesta completa.</translation>
    </message>
    <message>
        <source>The server was asked: it has the lead (partner id %1, 3DS id %2), so the create landed and was not sent again.</source>
        <translation>Se consultó al servidor: tiene el lead (ID de partner %1, ID de 3DS %2), así que la creación llegó y no se volvió a enviar.</translation>
    </message>
    <message>
        <source>The server was asked: the lead holds the sent values, so the update landed and was not sent again.</source>
        <translation>Se consultó al servidor: el lead contiene los valores enviados, así que la actualización llegó y no se volvió a enviar.</translation>
    </message>
    <message>
        <source>The server was asked: no lead has partner id %1, so the create did not land. It was not sent again; submit once more to create it.</source>
        <translation>Se consultó al servidor: ningún lead tiene el ID de partner %1, así que la creación no llegó. No se volvió a enviar; envíe otra vez para crearlo.</translation>
    </message>
    <message>
        <source>The server was asked: the lead does not hold the sent values, so the update did not land. It was not sent again; submit once more.</source>
        <translation>Se consultó al servidor: el lead no contiene los valores enviados, así que la actualización no llegó. No se volvió a enviar; envíe otra vez.</translation>
    </message>
    <message>
        <source>Asking the server whether it landed failed too. Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>También falló la consulta al servidor. No se volvió a enviar nada: busque el ID de partner %1 o recupere el lead antes de enviarlo otra vez.</translation>
    </message>
    <message>
        <source>Nothing was sent again: search for partner id %1 or fetch the lead before sending it once more.</source>
        <translation>No se volvió a enviar nada: busque el ID de partner %1 o recupere el lead antes de enviarlo otra vez.</translation>
    </message>
    <message>
        <source>The server kept the connection open without finishing its answer within the overall deadline of %1 s, so the request was ended.</source>
        <translation>El servidor mantuvo la conexión abierta sin terminar su respuesta dentro del plazo total de %1 s, así que la solicitud se terminó.</translation>
    </message>
    <message>
        <source>The server asked to wait 1 second.</source>
        <translation>El servidor pidió esperar 1 segundo.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>El servidor pidió esperar %n segundo.</numerusform>
            <numerusform>El servidor pidió esperar %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API accepted the lead opportunity.</source>
        <translation>La API de partners aceptó la oportunidad.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP %1) without naming a field; its own words are listed below.</source>
        <translation>La API de partners rechazó la oportunidad (HTTP %1) sin indicar ningún campo; sus propias palabras aparecen abajo.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity (HTTP 400) without naming a field.</source>
        <translation>La API de partners rechazó la oportunidad (HTTP 400) sin indicar ningún campo.</translation>
    </message>
    <message>
        <source>The partner API rejected the lead opportunity: 1 field error to fix.</source>
        <translation>La API de partners rechazó la oportunidad: 1 error de campo por corregir.</translation>
    </message>
    <message numerus="yes">
        <source>The partner API rejected the lead opportunity: %n field errors to fix.</source>
        <translation>
            <numerusform>La API de partners rechazó la oportunidad: %n error de campo por corregir.</numerusform>
            <numerusform>La API de partners rechazó la oportunidad: %n errores de campo por corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The partner API did not receive an API key (HTTP 401). Enter the key for this environment in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>La API de partners no recibió ninguna clave de API (HTTP 401). Introduzca la clave de este entorno en el editor (Enviar ▸ Claves de API y ajustes) o defina LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The API key is not allowed for this partner or operation (HTTP 403). Check that the key belongs to the partner legal entity of this lead opportunity.</source>
        <translation>La clave de API no está autorizada para este partner o esta operación (HTTP 403). Compruebe que la clave pertenece a la entidad jurídica del partner de esta oportunidad.</translation>
    </message>
    <message>
        <source>The partner API refused a date (HTTP 406, ERR805): close date and next milestone date must be ISO 8601 date-times in UTC, such as 2025-06-01T18:46:51.326Z.</source>
        <translation>La API de partners rechazó una fecha (HTTP 406, ERR805): la fecha de cierre y la fecha del próximo hito deben ser fechas y horas ISO 8601 en UTC, como 2025-06-01T18:46:51.326Z.</translation>
    </message>
    <message>
        <source>The partner API asks to slow down (HTTP 429, too many requests). Wait a moment and try again.</source>
        <translation>La API de partners pide ir más despacio (HTTP 429, demasiadas solicitudes). Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The partner API does not know this 3DS id or it belongs to another partner (HTTP 500, ERROR_048).</source>
        <translation>La API de partners no conoce este ID de 3DS o pertenece a otro partner (HTTP 500, ERROR_048).</translation>
    </message>
    <message>
        <source>The partner API is under maintenance (HTTP 503). Try again later.</source>
        <translation>La API de partners está en mantenimiento (HTTP 503). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The partner API failed with HTTP %1. Try again later; if it persists, give 3DS support the trace id.</source>
        <translation>La API de partners falló con HTTP %1. Inténtelo de nuevo más tarde; si persiste, facilite el ID de traza al soporte de 3DS.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the environment&apos;s address and that the server is running.</source>
        <translation>El servidor rechazó la conexión. Compruebe la dirección del entorno y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The create was not sent again: the partner lead opportunity id prevents duplicates, so search for it or fetch the lead before creating it once more.</source>
        <translation>El servidor no respondió a tiempo. La creación no se volvió a enviar: el ID de oportunidad del partner evita duplicados, así que búsquelo o recupere el lead antes de crearlo otra vez.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>El servidor no respondió a tiempo. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS): the server&apos;s certificate or handshake was not accepted. Nothing was sent.</source>
        <translation>La conexión segura falló (TLS): no se aceptó el certificado o el protocolo de enlace del servidor. No se envió nada.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS). Check the environment&apos;s address and the network connection.</source>
        <translation>No se pudo resolver el nombre del servidor (DNS). Compruebe la dirección del entorno y la conexión de red.</translation>
    </message>
    <message>
        <source>The server answered with something that is not JSON (HTTP %1), probably a proxy or gateway page.</source>
        <translation>El servidor respondió con algo que no es JSON (HTTP %1), probablemente una página de un proxy o una pasarela.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without the list of leads a search answer holds; nothing was read from it, so no lead counts as found or not found.</source>
        <translation>El servidor respondió HTTP %1 sin la lista de leads que contiene una respuesta de búsqueda; no se leyó nada de ella, así que ningún lead cuenta como encontrado o no encontrado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the client accepts and was cut off.</source>
        <translation>La respuesta del servidor era mayor de lo que acepta el cliente y se cortó.</translation>
    </message>
    <message>
        <source>The API key was not sent: plain HTTP is only allowed to this computer (loopback). Use an https address.</source>
        <translation>La clave de API no se envió: el HTTP sin cifrar solo se permite hacia este equipo (loopback). Use una dirección https.</translation>
    </message>
    <message>
        <source>No API key is configured for this environment, so nothing was sent. Enter it in the editor (Submit ▸ API Keys and Settings), or set LEADOPP_API_KEY.</source>
        <translation>No hay ninguna clave de API configurada para este entorno, así que no se envió nada. Introdúzcala en el editor (Enviar ▸ Claves de API y ajustes) o defina LEADOPP_API_KEY.</translation>
    </message>
    <message>
        <source>The submission was cancelled.</source>
        <translation>El envío se canceló.</translation>
    </message>
    <message>
        <source>The network request failed. Check the connection and try again.</source>
        <translation>La solicitud de red falló. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server redirected the request to another host or too many times; the redirect was not followed, so the API key did not leave for another host.</source>
        <translation>El servidor redirigió la solicitud a otro host o demasiadas veces; no se siguió la redirección, así que la clave de API no salió hacia otro host.</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>not sent: an update cannot clear it</source>
        <translation>no enviado: una actualización no puede vaciarlo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <translation>El borrador no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>This draft was saved in format version %1 by a newer release; this release reads format version %2 at most, so please update the editor.</source>
        <translation>Este borrador se guardó en la versión de formato %1 con una versión más reciente; esta versión lee como máximo la versión de formato %2, así que actualice el editor.</translation>
    </message>
    <message>
        <source>The record of this draft is not a JSON object.</source>
        <translation>El registro de este borrador no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>«%1» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (%2 MB); a lead opportunity file holds at most %3 MB.</source>
        <translation>El archivo «%1» es demasiado grande (%2 MB); un archivo de oportunidad ocupa como máximo %3 MB.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>No se puede leer el archivo «%1»: %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>The member “%1” occurs %2 times in %3; the last value is kept.</source>
        <translation>El miembro «%1» aparece %2 veces en %3; se conserva el último valor.</translation>
    </message>
    <message>
        <source>The number %1 in %2 has more digits than a number holds; it is read, saved and sent as %3.</source>
        <translation>El número %1 en %2 tiene más dígitos de los que cabe en un número; se lee, guarda y envía como %3.</translation>
    </message>
    <message>
        <source>It is %1 text; lead opportunity files are UTF-8, so save it as UTF-8 and open it again.</source>
        <translation>Es un texto %1; los archivos de oportunidad son UTF-8, así que guárdelo como UTF-8 y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Línea %1, columna %2</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); a lead opportunity file holds at most %2 MB.</source>
        <translation>El archivo es demasiado grande (%1 MB); un archivo de oportunidad ocupa como máximo %2 MB.</translation>
    </message>
    <message>
        <source>The file holds a JSON array, not a lead opportunity object.</source>
        <translation>El archivo contiene una matriz JSON, no un objeto de oportunidad.</translation>
    </message>
    <message>
        <source>The file holds a single JSON text, not a lead opportunity object.</source>
        <translation>El archivo contiene un único texto JSON, no un objeto de oportunidad.</translation>
    </message>
    <message>
        <source>The file holds a single JSON number, not a lead opportunity object.</source>
        <translation>El archivo contiene un único número JSON, no un objeto de oportunidad.</translation>
    </message>
    <message>
        <source>The file holds a single JSON value, not a lead opportunity object.</source>
        <translation>El archivo contiene un único valor JSON, no un objeto de oportunidad.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text (invalid byte 0x%2).</source>
        <translation>%1: el archivo no es texto UTF-8 (byte no válido 0x%2).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <source>This is a response without a lead record (HTTP status %1).</source>
        <translation>Esta es una respuesta sin registro de lead (estado HTTP %1).</translation>
    </message>
    <message>
        <source>This is a response without a lead record.</source>
        <translation>Esta es una respuesta sin registro de lead.</translation>
    </message>
    <message>
        <source>This file is not a lead opportunity: it is neither a draft, nor a request body with “leadOpportunity”, nor an API response.</source>
        <translation>Este archivo no es una oportunidad: no es un borrador, ni un cuerpo de solicitud con «leadOpportunity», ni una respuesta de la API.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>un valor verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>Row %1 of the section “%2” must be a JSON object, but it is %3.</source>
        <translation>La fila %1 de la sección «%2» debe ser un objeto JSON, pero es %3.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON array of objects, but it is %2.</source>
        <translation>La sección «%1» debe ser una matriz JSON de objetos, pero es %2.</translation>
    </message>
    <message>
        <source>The section “%1” must be a JSON object, but it is %2.</source>
        <translation>La sección «%1» debe ser un objeto JSON, pero es %2.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>0 to 100</source>
        <translation>0 a 100</translation>
    </message>
    <message>
        <source>This field takes at most %1 characters.</source>
        <translation>Este campo admite como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Not one of the values the API accepts</source>
        <translation>No es uno de los valores que acepta la API</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <source>Open lead</source>
        <translation>Lead abierto</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Oportunidad abierta</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validado</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Consolidado</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Upside</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Longshot</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Solution functionality</source>
        <translation>Funcionalidad de la solución</translation>
    </message>
    <message>
        <source>Stronger value proposition</source>
        <translation>Propuesta de valor más sólida</translation>
    </message>
    <message>
        <source>Lower costs of ownership</source>
        <translation>Menor coste total de propiedad</translation>
    </message>
    <message>
        <source>Lower implementation costs</source>
        <translation>Menores costes de implantación</translation>
    </message>
    <message>
        <source>Good customer references</source>
        <translation>Buenas referencias de clientes</translation>
    </message>
    <message>
        <source>Offer terms &amp; conditions</source>
        <translation>Términos y condiciones de la oferta</translation>
    </message>
    <message>
        <source>Lower software costs</source>
        <translation>Menores costes de software</translation>
    </message>
    <message>
        <source>Strong client relationship</source>
        <translation>Relación sólida con el cliente</translation>
    </message>
    <message>
        <source>DS skills &amp; expertise</source>
        <translation>Competencias y experiencia de DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; expertise</source>
        <translation>Competencias y experiencia del partner</translation>
    </message>
    <message>
        <source>Partner (CSI) relationship</source>
        <translation>Relación con el partner (CSI)</translation>
    </message>
    <message>
        <source>SalesOperations activities</source>
        <translation>Actividades de SalesOperations</translation>
    </message>
    <message>
        <source>IT driven activities</source>
        <translation>Actividades impulsadas por TI</translation>
    </message>
    <message>
        <source>Better competition offer</source>
        <translation>Mejor oferta de la competencia</translation>
    </message>
    <message>
        <source>Client does not see value</source>
        <translation>El cliente no ve el valor</translation>
    </message>
    <message>
        <source>Lack or loss of champion</source>
        <translation>Falta o pérdida del promotor</translation>
    </message>
    <message>
        <source>Functional gap</source>
        <translation>Carencia funcional</translation>
    </message>
    <message>
        <source>High implementation cost</source>
        <translation>Coste de implantación elevado</translation>
    </message>
    <message>
        <source>Lack of references</source>
        <translation>Falta de referencias</translation>
    </message>
    <message>
        <source>Offer does not match needs</source>
        <translation>La oferta no se ajusta a las necesidades</translation>
    </message>
    <message>
        <source>Quality issue</source>
        <translation>Problema de calidad</translation>
    </message>
    <message>
        <source>DS skills &amp; support issue</source>
        <translation>Problema de competencias y soporte de DS</translation>
    </message>
    <message>
        <source>Partner skills &amp; support</source>
        <translation>Competencias y soporte del partner</translation>
    </message>
    <message>
        <source>Relationship level issue</source>
        <translation>Problema en el nivel de relación</translation>
    </message>
    <message>
        <source>Software cost too high</source>
        <translation>Coste del software demasiado alto</translation>
    </message>
    <message>
        <source>Terms &amp; conditions issue</source>
        <translation>Problema de términos y condiciones</translation>
    </message>
    <message>
        <source>Cost of sales too high</source>
        <translation>Coste de venta demasiado alto</translation>
    </message>
    <message>
        <source>Lack of skills to support</source>
        <translation>Falta de competencias para el soporte</translation>
    </message>
    <message>
        <source>Lack of tech resources</source>
        <translation>Falta de recursos técnicos</translation>
    </message>
    <message>
        <source>Not a priority for DS</source>
        <translation>No es prioritario para DS</translation>
    </message>
    <message>
        <source>Not a priority for partner</source>
        <translation>No es prioritario para el partner</translation>
    </message>
    <message>
        <source>Client bankrupt/acquired</source>
        <translation>Cliente en quiebra/adquirido</translation>
    </message>
    <message>
        <source>Client has no (more) need</source>
        <translation>El cliente ya no tiene necesidad</translation>
    </message>
    <message>
        <source>Client has no (more) budget</source>
        <translation>El cliente ya no tiene presupuesto</translation>
    </message>
    <message>
        <source>Duplicate copy</source>
        <translation>Copia duplicada</translation>
    </message>
    <message>
        <source>Lost to another partner</source>
        <translation>Perdido frente a otro partner</translation>
    </message>
    <message>
        <source>Territory reject</source>
        <translation>Rechazo por territorio</translation>
    </message>
    <message>
        <source>Inadequate references</source>
        <translation>Referencias insuficientes</translation>
    </message>
    <message>
        <source>Wrong partner/DS sales</source>
        <translation>Partner/ventas de DS incorrectos</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Incorrect channel</source>
        <translation>Canal incorrecto</translation>
    </message>
    <message>
        <source>Unmovable competitor</source>
        <translation>Competidor imposible de desplazar</translation>
    </message>
    <message>
        <source>Opportunity already exists</source>
        <translation>La oportunidad ya existe</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Immature project</source>
        <translation>Proyecto poco maduro</translation>
    </message>
    <message>
        <source>Duplicate lead</source>
        <translation>Lead duplicado</translation>
    </message>
    <message>
        <source>Duplicate opportunity</source>
        <translation>Oportunidad duplicada</translation>
    </message>
    <message>
        <source>Customer bankruptcy</source>
        <translation>Quiebra del cliente</translation>
    </message>
    <message>
        <source>Never succeeded in reaching the customer (mail/phone/letter)</source>
        <translation>Nunca se logró contactar con el cliente (correo/teléfono/carta)</translation>
    </message>
    <message>
        <source>Not enough relevant evidence to escalate with the customer (at risk in court)</source>
        <translation>Pruebas insuficientes para escalar con el cliente (riesgo en juicio)</translation>
    </message>
    <message>
        <source>ROI for enforcement not viable</source>
        <translation>ROI de la reclamación no viable</translation>
    </message>
    <message>
        <source>Valid customer explanation (approved by legal)</source>
        <translation>Explicación válida del cliente (aprobada por el departamento legal)</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Pago inicial</translation>
    </message>
    <message>
        <source>Rental booking</source>
        <translation>Reserva de alquiler</translation>
    </message>
    <message>
        <source>Support services</source>
        <translation>Servicios de soporte</translation>
    </message>
    <message>
        <source>Services signing</source>
        <translation>Firma de servicios</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Sandbox (este equipo)</translation>
    </message>
    <message>
        <source>Partner development</source>
        <translation>Desarrollo de partners</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Preproduction</source>
        <translation>Preproducción</translation>
    </message>
    <message>
        <source>Postproduction</source>
        <translation>Posproducción</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
</context>
<context>
    <name>ErrorMapper</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>El servidor informó del error %1.</translation>
    </message>
    <message>
        <source>The server rejected this value.</source>
        <translation>El servidor rechazó este valor.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with an empty body.</source>
        <translation>El servidor respondió HTTP %1 con un cuerpo vacío.</translation>
    </message>
    <message>
        <source>The server answered with an empty body.</source>
        <translation>El servidor respondió con un cuerpo vacío.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a non-JSON body.</source>
        <translation>El servidor respondió HTTP %1 con un cuerpo que no es JSON.</translation>
    </message>
    <message>
        <source>The server answered with a non-JSON body.</source>
        <translation>El servidor respondió con un cuerpo que no es JSON.</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Dice: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1) without naming a field.</source>
        <translation>El servidor falló (HTTP %1) sin indicar ningún campo.</translation>
    </message>
    <message>
        <source>The server rejected the submission (HTTP %1) without naming a field.</source>
        <translation>El servidor rechazó el envío (HTTP %1) sin indicar ningún campo.</translation>
    </message>
    <message>
        <source>The server rejected the submission without naming a field.</source>
        <translation>El servidor rechazó el envío sin indicar ningún campo.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Partner id</source>
        <translation>ID de partner</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID de 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID de oportunidad del partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>Correo del responsable de 3DS</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoría de previsión</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Fecha del próximo hito</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>Código de campaña COMET</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>ID de táctica de salida al mercado</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Motivos de ganancia</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Motivos de pérdida</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Comentario de ganancia/pérdida</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competidores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Estado de aprobación</translation>
    </message>
    <message>
        <source>Engagement type</source>
        <translation>Tipo de participación</translation>
    </message>
    <message>
        <source>PO information</source>
        <translation>Información del pedido</translation>
    </message>
    <message>
        <source>PO status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>SBO indicator</source>
        <translation>Indicador SBO</translation>
    </message>
    <message>
        <source>SBO status</source>
        <translation>Estado SBO</translation>
    </message>
    <message>
        <source>SBO number</source>
        <translation>Número SBO</translation>
    </message>
    <message>
        <source>Growth type</source>
        <translation>Tipo de crecimiento</translation>
    </message>
    <message>
        <source>Lead priority</source>
        <translation>Prioridad del lead</translation>
    </message>
    <message>
        <source>Level of interest</source>
        <translation>Nivel de interés</translation>
    </message>
    <message>
        <source>3DS comment</source>
        <translation>Comentario de 3DS</translation>
    </message>
    <message>
        <source>Partner import mode</source>
        <translation>Modo de importación del partner</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Revenue type</source>
        <translation>Tipo de ingreso</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>ID de sede de 3DS</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Número DUNS</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Offer line</source>
        <translation>Línea de oferta</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Entidad jurídica del cliente</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>Contacto del cliente</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Contacto del partner</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>— addressed, will be checked on the next submit</source>
        <translation>— corregido, se comprobará en el próximo envío</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Server (addressed)</source>
        <translation>Servidor (corregido)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Draft open elsewhere</source>
        <translation>Borrador abierto en otro lugar</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Open it read-only, or edit a copy that you save under a new name?</source>
        <translation>«%1» está abierto para edición en otra ventana del editor (%2). ¿Abrirlo en solo lectura o editar una copia que guardará con otro nombre?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en solo &amp;lectura</translation>
    </message>
    <message>
        <source>Edit a &amp;Copy</source>
        <translation>Editar una &amp;copia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Read-only: “%1” is open for editing in another editor window (%2).</source>
        <translation>Solo lectura: «%1» está abierto para edición en otra ventana del editor (%2).</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>A copy of “%1”, which is open for editing in another editor window (%2). Save it under a new name.</source>
        <translation>Una copia de «%1», abierto para edición en otra ventana del editor (%2). Guárdela con otro nombre.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program since it was opened here. Replace it with this draft? The other changes are lost.</source>
        <translation>Otro programa modificó «%1» en el disco después de abrirlo aquí. ¿Reemplazarlo por este borrador? Los otros cambios se perderán.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar aviso</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program.</source>
        <translation>Otro programa modificó «%1» en el disco.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk. This draft is the only copy now.</source>
        <translation>«%1» se eliminó o se movió en el disco. Este borrador es ahora la única copia.</translation>
    </message>
    <message>
        <source>&amp;Save Again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Mantener abierto</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>unknown cause</source>
        <translation>causa desconocida</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>No se pudo escribir «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Rejected, no field named</source>
        <translation>Rechazado, sin campo indicado</translation>
    </message>
    <message>
        <source>No API key received</source>
        <translation>Clave de API no recibida</translation>
    </message>
    <message>
        <source>API key not allowed</source>
        <translation>Clave de API no permitida</translation>
    </message>
    <message>
        <source>Date refused</source>
        <translation>Fecha rechazada</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Unknown 3DS id</source>
        <translation>Id de 3DS desconocido</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host no encontrado</translation>
    </message>
    <message>
        <source>Answer not JSON</source>
        <translation>Respuesta no JSON</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Key withheld (plain HTTP)</source>
        <translation>Clave retenida (HTTP sin cifrar)</translation>
    </message>
    <message>
        <source>No API key set</source>
        <translation>Ninguna clave de API configurada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirección rechazada</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Update (PATCH)</source>
        <translation>Actualización (PATCH)</translation>
    </message>
    <message>
        <source>Create (POST)</source>
        <translation>Creación (POST)</translation>
    </message>
    <message>
        <source>Fetch (GET)</source>
        <translation>Lectura (GET)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a sandbox store.</source>
        <translation>%1 no es un almacén de la sandbox.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>LegalEntityForm</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>3DS site id</source>
        <translation>ID de sede de 3DS</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Número DUNS</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF-IVA</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección, línea 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State / prefecture</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Lead opportunity drafts (*.leadopp.json);;JSON files (*.json);;All files (*)</source>
        <translation>Borradores de oportunidad (*.leadopp.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>%1 could not be opened.
%2</source>
        <translation>No se pudo abrir %1.
%2</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Abrir oportunidad</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>“%1” is open for editing in another editor window (%2). Save under another name.</source>
        <translation>«%1» está abierto para edición en otra ventana del editor (%2). Guarde con otro nombre.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Exportar con errores</translation>
    </message>
    <message>
        <source>The draft still has validation errors; the server will probably refuse this body. Export it anyway?</source>
        <translation>El borrador aún tiene errores de validación; probablemente el servidor rechace este cuerpo. ¿Exportarlo de todos modos?</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>Exportar cuerpo POST</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>Exportar cuerpo PATCH</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>“%1” could mean %2 or %3; type one of these so that it cannot be misread.</source>
        <translation>«%1» puede significar %2 o %3; escriba una de las dos formas para que no se pueda malinterpretar.</translation>
    </message>
    <message>
        <source>“%1” has more digits than a number holds; it would be stored and sent as %2. Type it with fewer digits.</source>
        <translation>«%1» tiene más dígitos de los que cabe en un número; se guardaría y enviaría como %2. Escríbalo con menos dígitos.</translation>
    </message>
</context>
<context>
    <name>OpportunityForm</name>
    <message>
        <source>Identification</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>ID de partner</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID de 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID de oportunidad del partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>3DS owner e-mail</source>
        <translation>Correo del responsable de 3DS</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoría de previsión</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Next milestone date</source>
        <translation>Fecha del próximo hito</translation>
    </message>
    <message>
        <source>COMET campaign code</source>
        <translation>Código de campaña COMET</translation>
    </message>
    <message>
        <source>Go-to-market tactic id</source>
        <translation>ID de táctica de salida al mercado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reasons won</source>
        <translation>Motivos de ganancia</translation>
    </message>
    <message>
        <source>Reasons lost</source>
        <translation>Motivos de pérdida</translation>
    </message>
    <message>
        <source>Won/lost comment</source>
        <translation>Comentario de ganancia/pérdida</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competidores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <source>“%1” is not one of the choices for %2.</source>
        <translation>«%1» no es una de las opciones de %2.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>The clipboard holds several cells or lines; paste one value at a time.</source>
        <translation>El portapapeles contiene varias celdas o líneas; pegue un valor cada vez.</translation>
    </message>
    <message>
        <source>%1 takes a single line; the text holds line breaks.</source>
        <translation>%1 admite una sola línea; el texto contiene saltos de línea.</translation>
    </message>
</context>
<context>
    <name>RecoveryController</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>• the submission record (no field changed)</source>
        <translation>• el historial de envíos (ningún campo cambiado)</translation>
    </message>
    <message>
        <source>Your edits to “%1” cannot be put aside in case the editor stops: %2 Save the draft to keep them.</source>
        <translation>Sus cambios en «%1» no se pueden guardar aparte por si el editor se detiene: %2 Guarde el borrador para conservarlos.</translation>
    </message>
    <message>
        <source>The editor stopped while “%1” had unsaved changes (last kept at %2). Restore them?

Changed since it was last saved:
%3</source>
        <translation>El editor se cerró mientras «%1» tenía cambios sin guardar (conservados a las %2). ¿Restaurarlos?

Cambiado desde el último guardado:
%3</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>(from the previous answer)</source>
        <translation>(de la respuesta anterior)</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicar %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>%1 repeats %2 (same offer, revenue type and amount).</source>
        <translation>%1 repite %2 (misma oferta, tipo de ingreso e importe).</translation>
    </message>
    <message>
        <source>%1 repeats the e-mail address of %2.</source>
        <translation>%1 repite la dirección de correo de %2.</translation>
    </message>
    <message>
        <source>%1 %2 is ignored while the status is %3, a lead stage.</source>
        <translation>%1 %2 se ignora mientras el estado sea %3, una fase de lead.</translation>
    </message>
    <message>
        <source>With status %3, %1 should be %3 (the system sets it), not %2.</source>
        <translation>Con el estado %3, %1 debería ser %3 (lo fija el sistema), no %2.</translation>
    </message>
    <message>
        <source>%1 %2 is set by the system for status WON or LOST only; with status %3 choose UPSIDE, COMMIT, SAFE or LONGSHOT.</source>
        <translation>%1 %2 lo fija el sistema solo para el estado WON o LOST; con el estado %3 elija UPSIDE, COMMIT, SAFE o LONGSHOT.</translation>
    </message>
    <message>
        <source>The status is %2 but %1 names no reason; the server will record %3.</source>
        <translation>El estado es %2, pero %1 no indica ningún motivo; el servidor registrará %3.</translation>
    </message>
    <message>
        <source>%1 must be text, not %2.</source>
        <translation>%1 debe ser texto, no %2.</translation>
    </message>
    <message>
        <source>%1 still holds &quot;%2&quot;, a placeholder left from the API examples; enter the real value.</source>
        <translation>%1 todavía contiene «%2», un marcador de posición de los ejemplos de la API; introduzca el valor real.</translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation>%1 debe ser una lista, no %2.</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address: &quot;%2&quot;.</source>
        <translation>%1 no parece una dirección de correo: «%2».</translation>
    </message>
    <message>
        <source>%1 does not look like a web address: &quot;%2&quot;.</source>
        <translation>%1 no parece una dirección web: «%2».</translation>
    </message>
    <message>
        <source>%1 must have exactly 9 digits (D&amp;B number), not &quot;%2&quot;.</source>
        <translation>%1 debe tener exactamente 9 dígitos (número D&amp;B), no «%2».</translation>
    </message>
    <message numerus="yes">
        <source>the %n values of the API</source>
        <translation>
            <numerusform>el %n valor de la API</numerusform>
            <numerusform>los %n valores de la API</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 debe ser uno de %3, no «%2» (un marcador de posición de los ejemplos de la API).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot; (values are upper case, without spaces).</source>
        <translation>%1 debe ser uno de %3, no «%2» (los valores van en mayúsculas, sin espacios).</translation>
    </message>
    <message>
        <source>%1 must be one of %3, not &quot;%2&quot;.</source>
        <translation>%1 debe ser uno de %3, no «%2».</translation>
    </message>
    <message>
        <source>%1 is negative (%2); amounts are normally positive.</source>
        <translation>%1 es negativo (%2); los importes suelen ser positivos.</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2.</source>
        <translation>%1 debe ser un número, no %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 debe ser un número, no «%2» (un marcador de posición de los ejemplos de la API).</translation>
    </message>
    <message>
        <source>%1 must be a number, not the text &quot;%2&quot; (remove the quotes).</source>
        <translation>%1 debe ser un número, no el texto «%2» (quite las comillas).</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 debe ser un número, no «%2».</translation>
    </message>
    <message>
        <source>%1 must be a whole percentage such as 15, not %2.</source>
        <translation>%1 debe ser un porcentaje entero, como 15, no %2.</translation>
    </message>
    <message>
        <source>%1 must be a percentage from 0 to 100, not %2.</source>
        <translation>%1 debe ser un porcentaje de 0 a 100, no %2.</translation>
    </message>
    <message>
        <source>%1 must be a three-letter ISO 4217 code such as EUR, not &quot;%2&quot; (a placeholder left from the API examples).</source>
        <translation>%1 debe ser un código ISO 4217 de tres letras como EUR, no «%2» (un marcador de posición de los ejemplos de la API).</translation>
    </message>
    <message>
        <source>%1 must be a three-letter upper-case ISO 4217 code such as EUR, not &quot;%2&quot;.</source>
        <translation>%1 debe ser un código ISO 4217 de tres letras mayúsculas como EUR, no «%2».</translation>
    </message>
    <message>
        <source>%1 is more precise than a millisecond (&quot;%2&quot;); the API keeps milliseconds, and the export sends %3.</source>
        <translation>%1 es más precisa que un milisegundo («%2»); la API guarda milisegundos y la exportación envía %3.</translation>
    </message>
    <message>
        <source>%1 is a date without a time (&quot;%2&quot;); the export sends it as %3.</source>
        <translation>%1 es una fecha sin hora («%2»); la exportación la envía como %3.</translation>
    </message>
    <message>
        <source>%1 is not in UTC (&quot;%2&quot;); the export converts it to UTC.</source>
        <translation>%1 no está en UTC («%2»); la exportación la convierte a UTC.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot; (a placeholder left from the API examples); the API answers 406 ERR805.</source>
        <translation>%1 debe ser una fecha y hora ISO 8601 en UTC como 2025-06-01T18:46:51.326Z, no «%2» (un marcador de posición de los ejemplos de la API); la API responde 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 UTC date-time such as 2025-06-01T18:46:51.326Z, not &quot;%2&quot;; the API answers 406 ERR805.</source>
        <translation>%1 debe ser una fecha y hora ISO 8601 en UTC como 2025-06-01T18:46:51.326Z, no «%2»; la API responde 406 ERR805.</translation>
    </message>
    <message>
        <source>%1 must be a 3DS identifier such as XJSR-DZMFFT, not &quot;%2&quot;; an update would go to a lead that does not exist.</source>
        <translation>%1 debe ser un identificador de 3DS como XJSR-DZMFFT, no «%2»; una actualización iría a un lead que no existe.</translation>
    </message>
    <message>
        <source>The member name of %1</source>
        <translation>El nombre del miembro de %1</translation>
    </message>
    <message>
        <source>%1 holds a NUL character (U+0000) at position %2, which the API cannot take.</source>
        <translation>%1 contiene un carácter NUL (U+0000) en la posición %2, que la API no admite.</translation>
    </message>
    <message>
        <source>%1 holds half of a surrogate pair (U+%2) at position %3, which is not a Unicode character.</source>
        <translation>%1 contiene la mitad de un par sustituto (U+%2) en la posición %3, que no es un carácter Unicode.</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>un valor verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no country prefix; for %3 it starts with %4.</source>
        <translation>%1 «%2» no tiene prefijo de país; para %3 empieza por %4.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not start with %4, the prefix for %3.</source>
        <translation>%1 «%2» no empieza por %4, el prefijo de %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not have the format of a VAT number from %3.</source>
        <translation>%1 «%2» no tiene el formato de un NIF-IVA de %3.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1: at least one is required.</source>
        <translation>%1: se necesita al menos uno.</translation>
    </message>
    <message>
        <source>%1: at least one is required, with %2.</source>
        <translation>%1: se necesita al menos uno, con %2.</translation>
    </message>
    <message>
        <source>%1 is required: %2.</source>
        <translation>%1 es obligatorio: %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 debe ser un objeto, no %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field the API knows; it is kept in the draft but not sent.</source>
        <translation>«%1» no es un campo que conozca la API; se conserva en el borrador, pero no se envía.</translation>
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
Ejecute &apos;%1 --help&apos; para ver las opciones.
</translation>
    </message>
    <message>
        <source>missing FILE argument</source>
        <translation>falta el argumento FILE</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>demasiados argumentos</translation>
    </message>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: advertencia: %2
</translation>
    </message>
    <message>
        <source>%1: no problems found.
</source>
        <translation>%1: no se encontraron problemas.
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
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP status unknown</source>
        <translation>estado HTTP desconocido</translation>
    </message>
    <message>
        <source>trace id %1</source>
        <translation>ID de traza %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n error:</numerusform>
            <numerusform>%n errores:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>no se puede leer &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; a response is read up to %2 MB.</source>
        <translation>&apos;%1&apos; es demasiado grande; una respuesta se lee hasta %2 MB.</translation>
    </message>
    <message>
        <source>Resolve paths against this draft (default: the record a 400 response echoes).</source>
        <translation>Resolver las rutas con este borrador (por defecto: el registro que devuelve una respuesta 400).</translation>
    </message>
    <message>
        <source>The HTTP status of the response (default: info.statusCode).</source>
        <translation>El estado HTTP de la respuesta (por defecto: info.statusCode).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprimir un único objeto JSON.</translation>
    </message>
    <message>
        <source>Maps an error response onto the fields of the draft it rejected.
Exit status: 0 the response was read, 2 unreadable input or usage error.</source>
        <translation>Asigna una respuesta de error a los campos del borrador que rechazó.
Estado de salida: 0 respuesta leída, 2 entrada ilegible o error de uso.</translation>
    </message>
    <message>
        <source>The response body file.</source>
        <translation>El archivo con el cuerpo de la respuesta.</translation>
    </message>
    <message>
        <source>--status needs an HTTP status code</source>
        <translation>--status requiere un código de estado HTTP</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: no se puede escribir «%2»: %3
</translation>
    </message>
    <message>
        <source>--create and --id exclude each other.</source>
        <translation>--create y --id se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>The file to export.</source>
        <translation>El archivo que se exporta.</translation>
    </message>
    <message>
        <source>Write the body to OUT instead of stdout.</source>
        <translation>Escribir el cuerpo en OUT en lugar de stdout.</translation>
    </message>
    <message>
        <source>Write the create (POST) body.</source>
        <translation>Escribir el cuerpo de creación (POST).</translation>
    </message>
    <message>
        <source>Write the update (PATCH) body for this 3DS id.</source>
        <translation>Escribir el cuerpo de actualización (PATCH) para este ID de 3DS.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy.</source>
        <translation>Enviar el registro completo, no solo lo que cambió respecto a la copia del servidor.</translation>
    </message>
    <message>
        <source>Writes exactly the request body the API would receive (PATCH when the draft has a 3DS id, POST otherwise). A PATCH sends the partner opportunity id and what differs from the server copy the draft is based on.
Findings go to stderr. Exit status: 0 written, 1 written but the draft has errors, 2 unreadable input, output or usage error.</source>
        <translation>Escribe exactamente el cuerpo de la solicitud que recibiría la API (PATCH si el borrador tiene un ID de 3DS, POST en otro caso). Un PATCH envía el ID de oportunidad del partner y lo que difiere de la copia del servidor en la que se basa el borrador.
Los hallazgos van a stderr. Estado de salida: 0 escrito, 1 escrito pero el borrador tiene errores, 2 entrada ilegible, error de salida o de uso.</translation>
    </message>
    <message>
        <source>check a draft against the API rules</source>
        <translation>comprobar un borrador según las reglas de la API</translation>
    </message>
    <message>
        <source>write the request body the API would receive</source>
        <translation>escribir el cuerpo de solicitud que recibiría la API</translation>
    </message>
    <message>
        <source>list what a draft changes against its server copy</source>
        <translation>listar lo que cambia un borrador respecto a su copia del servidor</translation>
    </message>
    <message>
        <source>map an error response onto the draft&apos;s fields</source>
        <translation>asignar una respuesta de error a los campos del borrador</translation>
    </message>
    <message>
        <source>send a draft to an environment</source>
        <translation>enviar un borrador a un entorno</translation>
    </message>
    <message>
        <source>fetch a lead by its 3DS id as a draft</source>
        <translation>obtener un lead por su ID de 3DS como borrador</translation>
    </message>
    <message>
        <source>list leads by modification window or partner id</source>
        <translation>listar leads por periodo de modificación o ID de partner</translation>
    </message>
    <message>
        <source>serve the partner API sandbox on loopback</source>
        <translation>servir la sandbox de la API de partners en loopback</translation>
    </message>
    <message>
        <source>Usage: leadopp &lt;command&gt; [options]

Commands:
</source>
        <translation>Uso: leadopp &lt;orden&gt; [opciones]

Órdenes:
</translation>
    </message>
    <message>
        <source>
Run &apos;leadopp &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>
Ejecute &apos;leadopp &lt;orden&gt; --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <source>leadopp: unknown command &apos;%1&apos;

</source>
        <translation>leadopp: orden desconocida &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>leadopp: the network commands cannot be loaded: %1
</source>
        <translation>leadopp: no se pueden cargar las órdenes de red: %1
</translation>
    </message>
    <message>
        <source>Checks a draft, request body or rejected response against the API rules.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input or usage error.</source>
        <translation>Comprueba un borrador, un cuerpo de solicitud o una respuesta de rechazo según las reglas de la API.
Estado de salida: 0 sin errores (se admiten advertencias), 1 se encontraron errores, 2 entrada ilegible o error de uso.</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>El archivo que se comprueba.</translation>
    </message>
    <message>
        <source>Check against the create (POST) rules.</source>
        <translation>Comprobar según las reglas de creación (POST).</translation>
    </message>
    <message>
        <source>Check against the update (PATCH) rules, as an update of this 3DS id.</source>
        <translation>Comprobar con las reglas de actualización (PATCH), como actualización de este id 3DS.</translation>
    </message>
    <message>
        <source>Print the findings as one JSON object.</source>
        <translation>Imprimir los hallazgos como un único objeto JSON.</translation>
    </message>
    <message>
        <source>%1: unknown environment &apos;%2&apos;.
</source>
        <translation>%1: entorno desconocido &apos;%2&apos;.
</translation>
    </message>
    <message>
        <source>%1: the sandbox could not listen on loopback.
</source>
        <translation>%1: la sandbox no pudo escuchar en loopback.
</translation>
    </message>
    <message>
        <source>Retrying (attempt %1) in %2 ms...
</source>
        <translation>Reintentando (intento %1) en %2 ms...
</translation>
    </message>
</context>
<context>
    <name>leadopp diff</name>
    <message>
        <source>Lists, field by field, what the draft changes against the server copy it is based on (old → new): what a partial update sends. A change the update cannot carry (a cleared date, an emptied section) is marked as not sent: the server keeps its value.
Exit status: 0 no changes, 1 changes listed, 2 unreadable input or usage error.</source>
        <translation>Lista, campo por campo, lo que el borrador cambia respecto a la copia del servidor en la que se basa (antes → después): lo que envía una actualización parcial. Un cambio que la actualización no puede llevar (una fecha vaciada, una sección vaciada) se marca como no enviado: el servidor conserva su valor.
Estado de salida: 0 sin cambios, 1 cambios listados, 2 entrada ilegible o error de uso.</translation>
    </message>
    <message>
        <source>The draft to compare.</source>
        <translation>El borrador que se compara.</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>Imprimir los cambios en JSON.</translation>
    </message>
    <message>
        <source>%1: the file has no server copy; every value it holds is new.
</source>
        <translation>%1: el archivo no tiene copia del servidor; todos sus valores son nuevos.
</translation>
    </message>
</context>
<context>
    <name>leadopp get</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>ID de traza: %1
</translation>
    </message>
    <message>
        <source>%1: the answer holds no lead record: %2
</source>
        <translation>%1: la respuesta no contiene ningún registro de lead: %2
</translation>
    </message>
    <message>
        <source>%1: cannot write “%2”: %3
</source>
        <translation>%1: no se puede escribir «%2»: %3
</translation>
    </message>
    <message>
        <source>Fetches a lead by its 3DS id and writes it as a draft based on the server copy.
Exit status: 0 written, 2 usage, output or setup error (no API key), 3 network or server failure (an unknown id included).</source>
        <translation>Obtiene un lead por su ID de 3DS y lo escribe como borrador basado en la copia del servidor.
Estado de salida: 0 escrito, 2 error de uso, de salida o de configuración (sin clave de API), 3 fallo de red o del servidor (incluido un ID desconocido).</translation>
    </message>
    <message>
        <source>The 3DS id, e.g. XJSR-DZMFFT.</source>
        <translation>El ID de 3DS, p. ej. XJSR-DZMFFT.</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID del entorno (sandbox, ppt, qal, ptd, ppd, prd) o URL base.</translation>
    </message>
    <message>
        <source>Write the draft to FILE instead of stdout.</source>
        <translation>Escribir el borrador en FILE en lugar de stdout.</translation>
    </message>
    <message>
        <source>%1: --env is required.
</source>
        <translation>%1: --env es obligatorio.
</translation>
    </message>
</context>
<context>
    <name>leadopp sandbox</name>
    <message>
        <source>Serves the partner API&apos;s leads-opportunities operations on 127.0.0.1.</source>
        <translation>Sirve las operaciones leads-opportunities de la API de partners en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Puerto de escucha (0: cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Directory that keeps the leads between runs.</source>
        <translation>Directorio que conserva los leads entre ejecuciones.</translation>
    </message>
    <message>
        <source>Field errors of a 400: %1.</source>
        <translation>Errores de campo de una respuesta 400: %1.</translation>
    </message>
    <message>
        <source>Inject a fault into the next COUNT answers (or &apos;all&apos;): %1.</source>
        <translation>Inyectar un fallo en las próximas COUNT respuestas (o &apos;all&apos;): %1.</translation>
    </message>
    <message>
        <source>Delay of the &apos;delay&apos; fault in milliseconds.</source>
        <translation>Retraso del fallo &apos;delay&apos; en milisegundos.</translation>
    </message>
    <message>
        <source>Retry-After seconds of the &apos;retry-after&apos; fault.</source>
        <translation>Segundos de Retry-After del fallo &apos;retry-after&apos;.</translation>
    </message>
    <message>
        <source>unknown error style &apos;%1&apos;</source>
        <translation>estilo de error desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault-delay and --retry-after take a number</source>
        <translation>--fault-delay y --retry-after requieren un número</translation>
    </message>
    <message>
        <source>unknown fault &apos;%1&apos;</source>
        <translation>fallo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port requiere un número de 0 a 65535</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>no se puede escuchar en 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>leadopp sandbox: cannot watch for signals; stop with kill -9
</source>
        <translation>leadopp sandbox: no se pueden vigilar las señales; detenga con kill -9
</translation>
    </message>
    <message>
        <source>Sandbox listening on %1
</source>
        <translation>Sandbox escuchando en %1
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
        <translation>Sandbox detenida.
</translation>
    </message>
</context>
<context>
    <name>leadopp search</name>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID del entorno (sandbox, ppt, qal, ptd, ppd, prd) o URL base.</translation>
    </message>
    <message>
        <source>give either --modified-since or --partner-id.</source>
        <translation>indique --modified-since o --partner-id.</translation>
    </message>
    <message>
        <source>dates must be ISO 8601 dates or date-times (2025-08-04, 2025-08-04T08:00:00Z).</source>
        <translation>las fechas deben ser fechas o fechas y horas ISO 8601 (2025-08-04, 2025-08-04T08:00:00Z).</translation>
    </message>
    <message>
        <source>--until lies before --modified-since.</source>
        <translation>--until es anterior a --modified-since.</translation>
    </message>
    <message>
        <source>Leads modified from DATE on (UTC).</source>
        <translation>Leads modificados a partir de DATE (UTC).</translation>
    </message>
    <message>
        <source>... up to DATE (a date: to its end, the day included; default: now).</source>
        <translation>... hasta DATE (una fecha: hasta su final, el día incluido; por defecto: ahora).</translation>
    </message>
    <message>
        <source>Leads with this partner opportunity id (repeatable).</source>
        <translation>Leads con este ID de oportunidad del partner (repetible).</translation>
    </message>
    <message>
        <source>Print {&quot;ids&quot;: [...], &quot;searches&quot;: N} as JSON.</source>
        <translation>Imprimir {&quot;ids&quot;: [...], &quot;searches&quot;: N} en JSON.</translation>
    </message>
    <message>
        <source>Lists the 3DS ids of the leads modified in a window (longer than seven days: one search per seven days) or carrying a partner opportunity id.
Exit status: 0 searched (found or not), 2 usage or setup error, 3 network or server failure.</source>
        <translation>Lista los ID de 3DS de los leads modificados en un periodo (más de siete días: una búsqueda por cada siete días) o que llevan un ID de oportunidad del partner.
Estado de salida: 0 búsqueda hecha (con o sin resultados), 2 error de uso o de configuración, 3 fallo de red o del servidor.</translation>
    </message>
    <message>
        <source>--env is required.</source>
        <translation>--env es obligatorio.</translation>
    </message>
</context>
<context>
    <name>leadopp submit</name>
    <message>
        <source>Trace id: %1
</source>
        <translation>ID de traza: %1
</translation>
    </message>
    <message>
        <source>Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL.</source>
        <translation>ID del entorno (sandbox, ppt, qal, ptd, ppd, prd) o URL base.</translation>
    </message>
    <message>
        <source>HTTP status: %1
</source>
        <translation>Estado HTTP: %1
</translation>
    </message>
    <message>
        <source>3DS id: %1
</source>
        <translation>ID de 3DS: %1
</translation>
    </message>
    <message>
        <source>Not sent, an update cannot clear them (the server keeps its values):
</source>
        <translation>No enviado, una actualización no puede vaciarlos (el servidor conserva sus valores):
</translation>
    </message>
    <message>
        <source>leadopp submit: could not record the attempt in %1: %2
</source>
        <translation>leadopp submit: no se pudo registrar el intento en %1: %2
</translation>
    </message>
    <message>
        <source>leadopp submit: --record needs a draft file (save the file as a draft first).
</source>
        <translation>leadopp submit: --record necesita un archivo de borrador (guarde primero el archivo como borrador).
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.
Exit status: 0 accepted, 1 rejected (fields named or not), 2 unreadable input, usage or setup (no API key), 3 network or server failure.</source>
        <translation>Envía un borrador o un cuerpo de solicitud a la API de partners.
Estado de salida: 0 aceptado, 1 rechazado (con o sin campos indicados), 2 entrada ilegible, error de uso o de configuración (sin clave de API), 3 fallo de red o del servidor.</translation>
    </message>
    <message>
        <source>Draft, request body, 400 response or GET response.</source>
        <translation>Borrador, cuerpo de solicitud, respuesta 400 o respuesta GET.</translation>
    </message>
    <message>
        <source>3DS id to update (default: the file&apos;s dsLeadOpportunityId).</source>
        <translation>ID de 3DS que se actualiza (por defecto: el dsLeadOpportunityId del archivo).</translation>
    </message>
    <message>
        <source>Create (POST) even when the file has a 3DS id.</source>
        <translation>Crear (POST) aunque el archivo tenga un ID de 3DS.</translation>
    </message>
    <message>
        <source>Send the whole record, not only what changed against the server copy the draft is based on.</source>
        <translation>Enviar el registro completo, no solo lo que cambió respecto a la copia del servidor en la que se basa el borrador.</translation>
    </message>
    <message>
        <source>Print the outcome as JSON.</source>
        <translation>Imprimir el resultado en JSON.</translation>
    </message>
    <message>
        <source>Append the attempt (never the key) to FILE, which must be a draft.</source>
        <translation>Añadir el intento (nunca la clave) a FILE, que debe ser un borrador.</translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds.</source>
        <translation>Tiempo de espera de transferencia en milisegundos.</translation>
    </message>
    <message>
        <source>Overall deadline of one request in milliseconds (default 60000).</source>
        <translation>Plazo total de una solicitud en milisegundos (por defecto 60000).</translation>
    </message>
    <message>
        <source>leadopp submit: give one FILE and --env; --create and --id exclude each other.
</source>
        <translation>leadopp submit: indique un FILE y --env; --create y --id se excluyen mutuamente.
</translation>
    </message>
    <message>
        <source>Sends a draft or request body to the partner API.</source>
        <translation>Envía un borrador o un cuerpo de solicitud a la API de partners.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ChoiceFilter</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Ninguno marcado.</translation>
    </message>
    <message>
        <source>Ticked (%1): %2</source>
        <translation>Marcados (%1): %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD or %1 (UTC)</source>
        <translation>AAAA-MM-DD o %1 (UTC)</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DateTimeEdit</name>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::DocumentView</name>
    <message>
        <source>Untitled %1</source>
        <translation>Sin título %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1</source>
        <translation>
            <numerusform>%n error, %1</numerusform>
            <numerusform>%n errores, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer lines</source>
        <translation>Líneas de oferta</translation>
    </message>
    <message>
        <source>Customer legal entity</source>
        <translation>Entidad jurídica del cliente</translation>
    </message>
    <message>
        <source>Customer contacts</source>
        <translation>Contactos del cliente</translation>
    </message>
    <message>
        <source>Partner contacts</source>
        <translation>Contactos del partner</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::EnvironmentCombo</name>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (producción)</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (personalizado)</translation>
    </message>
    <message>
        <source>Where submissions go</source>
        <translation>Adónde van los envíos</translation>
    </message>
    <message>
        <source>Add custom URL…</source>
        <translation>Añadir URL personalizada…</translation>
    </message>
    <message>
        <source>Add custom URL</source>
        <translation>Añadir URL personalizada</translation>
    </message>
    <message>
        <source>Base URL of the partner API (https://host[:port]):</source>
        <translation>URL base de la API de partners (https://host[:puerto]):</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>«%1» no es una URL base http o https utilizable.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorDock</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problem %1 of %2</source>
        <translation>Problema %1 de %2</translation>
    </message>
    <message>
        <source>This problem is addressed</source>
        <translation>Este problema está corregido</translation>
    </message>
    <message>
        <source>This problem is solved</source>
        <translation>Este problema está resuelto</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n corregido</numerusform>
            <numerusform>%n corregidos</numerusform>
        </translation>
    </message>
    <message>
        <source>F8 / Shift+F8 to step through</source>
        <translation>F8 / Mayús+F8 para recorrerlos</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ErrorListModel</name>
    <message>
        <source>%1 (addressed)</source>
        <translation>%1 (corregido)</translation>
    </message>
    <message>
        <source>The server wrote the path as “%1”.</source>
        <translation>El servidor escribió la ruta como «%1».</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FindLeadsDialog</name>
    <message>
        <source>Find Leads</source>
        <translation>Buscar leads</translation>
    </message>
    <message>
        <source>A search answers 3DS ids only: the partner opportunity id, status and modification time are fetched for the selected lead alone.</source>
        <translation>Una búsqueda solo devuelve ID 3DS: el ID de oportunidad del partner, el estado y la fecha de modificación se obtienen solo para el lead seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Modified in:</source>
        <translation>Periodo de &amp;modificación:</translation>
    </message>
    <message>
        <source>Modified in</source>
        <translation>Periodo de modificación</translation>
    </message>
    <message>
        <source>The last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>A custom window</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Partner opportunity id:</source>
        <translation>ID de oportunidad del &amp;partner:</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID de oportunidad del partner</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Cancel Searc&amp;h</source>
        <translation>Cancelar búsq&amp;ueda</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Leads encontrados</translation>
    </message>
    <message>
        <source>The details could not be fetched: %1</source>
        <translation>No se pudieron obtener los detalles: %1</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>El final del periodo debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id to search for.</source>
        <translation>Introduzca el ID de oportunidad del partner que desea buscar.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Buscando en %1…</translation>
    </message>
    <message>
        <source>Search %1 of %2…</source>
        <translation>Búsqueda %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) found</source>
        <translation>
            <numerusform>%n lead encontrado</numerusform>
            <numerusform>%n leads encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; cancelled after search %2 of %3.</source>
        <translation>%1; se canceló tras la búsqueda %2 de %3.</translation>
    </message>
    <message>
        <source>Search %1 of %2 failed: %3</source>
        <translation>La búsqueda %1 de %2 falló: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n search(es).</source>
        <translation>
            <numerusform>%1 en %n búsqueda.</numerusform>
            <numerusform>%1 en %n búsquedas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Obteniendo %1…</translation>
    </message>
    <message>
        <source>%1 is open in a new tab.</source>
        <translation>%1 está abierto en una nueva pestaña.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::FormBinder</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryDialog</name>
    <message>
        <source>Submission history</source>
        <translation>Historial de envíos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::HistoryModel</name>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation>ID de traza</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LanguageChooser</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Applies when the editor is started again.</source>
        <translation>Se aplica la próxima vez que se inicie el editor.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadFetch</name>
    <message>
        <source>The answer for %1 holds no lead record: %2</source>
        <translation>La respuesta para %1 no contiene ningún registro de lead: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::LeadListModel</name>
    <message>
        <source>Not fetched: select the lead to fetch its details</source>
        <translation>No obtenido: seleccione el lead para obtener sus detalles</translation>
    </message>
    <message>
        <source>3DS id</source>
        <translation>ID de 3DS</translation>
    </message>
    <message>
        <source>Partner opportunity id</source>
        <translation>ID de oportunidad del partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>%1[*] — Lead Opportunity Editor</source>
        <translation>%1[*] — Lead Opportunity Editor</translation>
    </message>
    <message>
        <source>Submission in progress</source>
        <translation>Envío en curso</translation>
    </message>
    <message>
        <source>“%1” is being submitted and the server has not answered yet. Close it anyway? The submission is cancelled; if the server already received it, its answer will not be recorded in the draft.</source>
        <translation>«%1» se está enviando y el servidor aún no ha respondido. ¿Cerrarlo de todos modos? El envío se cancela; si el servidor ya lo recibió, su respuesta no se registrará en el borrador.</translation>
    </message>
    <message numerus="yes">
        <source>%n drafts have unsaved changes. Save them all before quitting? “No to All” discards every unsaved change.</source>
        <translation>
            <numerusform>%n borrador tiene cambios sin guardar. ¿Guardarlos todos antes de salir? «No a todo» descarta todos los cambios sin guardar.</numerusform>
            <numerusform>%n borradores tienen cambios sin guardar. ¿Guardarlos todos antes de salir? «No a todo» descarta todos los cambios sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Problems &amp;List</source>
        <translation>&amp;Lista de problemas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Nuevo borrador</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open in New &amp;Tab…</source>
        <translation>Abrir en una nueva p&amp;estaña…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export PATCH Body (update)…</source>
        <translation>E&amp;xportar cuerpo PATCH (actualización)…</translation>
    </message>
    <message>
        <source>Export &amp;POST Body (create)…</source>
        <translation>Exportar cuerpo &amp;POST (creación)…</translation>
    </message>
    <message>
        <source>&amp;Close Draft</source>
        <translation>Cerrar &amp;borrador</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problema &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
    <message>
        <source>Last &amp;Rejection Details…</source>
        <translation>Detalles del último &amp;rechazo…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Opened %1 from the server</source>
        <translation>%1 abierto desde el servidor</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Open lead opportunity</source>
        <translation>Abrir oportunidad</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Export with errors</source>
        <translation>Exportar con errores</translation>
    </message>
    <message>
        <source>Export POST body</source>
        <translation>Exportar cuerpo POST</translation>
    </message>
    <message>
        <source>Export PATCH body</source>
        <translation>Exportar cuerpo PATCH</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::OpenFromServerDialog</name>
    <message>
        <source>Open from Server</source>
        <translation>Abrir desde el servidor</translation>
    </message>
    <message>
        <source>Fetches a lead from %1 and opens it as a new draft based on the server copy.</source>
        <translation>Obtiene un lead de %1 y lo abre como un nuevo borrador basado en la copia del servidor.</translation>
    </message>
    <message>
        <source>By &amp;3DS id</source>
        <translation>Por ID &amp;3DS</translation>
    </message>
    <message>
        <source>By &amp;partner opportunity id (searched)</source>
        <translation>Por ID de oportunidad del &amp;partner (con búsqueda)</translation>
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
        <translation>Introduzca el ID 3DS del lead.</translation>
    </message>
    <message>
        <source>Enter the partner opportunity id.</source>
        <translation>Introduzca el ID de oportunidad del partner.</translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation>Obteniendo %1 de %2…</translation>
    </message>
    <message>
        <source>Searching %1 for partner opportunity id %2…</source>
        <translation>Buscando el ID de oportunidad del partner %2 en %1…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No lead in %1 has partner opportunity id %2.</source>
        <translation>Ningún lead de %1 tiene el ID de oportunidad del partner %2.</translation>
    </message>
    <message>
        <source>%1 leads have partner opportunity id %2: %3. Enter the 3DS id of the one to open.</source>
        <translation>%1 leads tienen el ID de oportunidad del partner %2: %3. Introduzca el ID 3DS del que desea abrir.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RecentFiles</name>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RefreshDialog</name>
    <message>
        <source>Refresh from Server</source>
        <translation>Actualizar desde el servidor</translation>
    </message>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>&amp;Aplicar las elecciones</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Tomar el valor del servidor</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar mi valor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>Al abrir</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi valor</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>%1 (changed on both sides)</source>
        <translation>%1 (cambiado en ambos lados)</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>al abrir</translation>
    </message>
    <message>
        <source>server now</source>
        <translation>ahora en el servidor</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mi valor</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Elección para %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the server&apos;s value or yours for every field changed on both sides.</source>
        <translation>Elija el valor del servidor o el suyo para cada campo cambiado en ambos lados.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionBar</name>
    <message>
        <source>Copy trace id</source>
        <translation>Copiar ID de traza</translation>
    </message>
    <message>
        <source>Submission outcome</source>
        <translation>Resultado del envío</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rejected by the server&lt;/b&gt; (HTTP %1)</source>
        <translation>&lt;b&gt;Rechazado por el servidor&lt;/b&gt; (HTTP %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) reported</source>
        <translation>
            <numerusform>%n error notificado</numerusform>
            <numerusform>%n errores notificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the previous answer</source>
        <translation>
            <numerusform>%n de la respuesta anterior</numerusform>
            <numerusform>%n de la respuesta anterior</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addressed</source>
        <translation>
            <numerusform>%n corregido</numerusform>
            <numerusform>%n corregidos</numerusform>
        </translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>traza %1</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::RejectionDialog</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Estado HTTP:</translation>
    </message>
    <message>
        <source>Trace id:</source>
        <translation>ID de traza:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibido:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Último rechazo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Cuerpo de la respuesta:</translation>
    </message>
    <message>
        <source>As &amp;received</source>
        <translation>Tal como se &amp;recibió</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>&amp;Con formato</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Revisar los cambios</translation>
    </message>
    <message>
        <source>Ch&amp;anges:</source>
        <translation>&amp;Cambios:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculta)</translation>
    </message>
    <message>
        <source>This draft has no server copy to compare with, so no list of changes can be shown: the request carries everything the draft holds.</source>
        <translation>Este borrador no tiene copia del servidor con la que comparar, así que no se puede mostrar una lista de cambios: la solicitud lleva todo lo que contiene el borrador.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy of %1.</source>
        <translation>
            <numerusform>%n campo difiere de la copia del servidor del %1.</numerusform>
            <numerusform>%n campos difieren de la copia del servidor del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ from the server copy.</source>
        <translation>
            <numerusform>%n campo difiere de la copia del servidor.</numerusform>
            <numerusform>%n campos difieren de la copia del servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be sent (an update cannot clear a field): the server keeps what it holds there.</source>
        <translation>
            <numerusform>%n de ellos no se puede enviar: una actualización no puede vaciarlo, el servidor conserva allí su valor.</numerusform>
            <numerusform>%n de ellos no se pueden enviar: una actualización no puede vaciarlos, el servidor conserva allí sus valores.</numerusform>
        </translation>
    </message>
    <message>
        <source>This creates a new lead opportunity.</source>
        <translation>Esto crea una nueva oportunidad.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Server copy</source>
        <translation>Copia del servidor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
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
        <translation>Pegar %1 celdas</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SectionTableWidget</name>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Duplicar fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;%1 %2&lt;/b&gt;</source>
        <translation>Total: &lt;b&gt;%1 %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The rows are shown sorted by %1. To move a row, click that header until its arrow goes: the rows are then shown in the record&apos;s order.</source>
        <translation>Las filas se muestran ordenadas por %1. Para mover una fila, haga clic en ese encabezado hasta que desaparezca su flecha: las filas se mostrarán en el orden del registro.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerAccess</name>
    <message>
        <source>No environment is chosen.</source>
        <translation>No hay ningún entorno elegido.</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>La sandbox integrada no está en marcha.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>No se pudo obtener %1: %2</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerController</name>
    <message>
        <source>an unknown time</source>
        <translation>un momento desconocido</translation>
    </message>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Abrir desde el ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Fetch a lead by its 3DS id or partner opportunity id</source>
        <translation>Obtener un lead por su ID 3DS o su ID de oportunidad del partner</translation>
    </message>
    <message>
        <source>&amp;Find Leads…</source>
        <translation>Buscar &amp;leads…</translation>
    </message>
    <message>
        <source>Search leads by modification time or partner opportunity id</source>
        <translation>Buscar leads por fecha de modificación o ID de oportunidad del partner</translation>
    </message>
    <message>
        <source>Refres&amp;h from Server</source>
        <translation>Ac&amp;tualizar desde el servidor</translation>
    </message>
    <message>
        <source>Compare the draft with the current server copy and take what changed there</source>
        <translation>Comparar el borrador con la copia del servidor actual y tomar lo que cambió allí</translation>
    </message>
    <message>
        <source>Refresh from Server</source>
        <translation>Actualizar desde el servidor</translation>
    </message>
    <message>
        <source>The draft was closed before the server answered.</source>
        <translation>El borrador se cerró antes de que respondiera el servidor.</translation>
    </message>
    <message>
        <source>The server copy has not changed since %1; the draft&apos;s base is now dated %2.</source>
        <translation>La copia del servidor no ha cambiado desde %1; la base del borrador tiene ahora fecha %2.</translation>
    </message>
    <message>
        <source>%1 changed on the server since %2. Choose for each field whether to take the server&apos;s value or keep yours.</source>
        <translation>%1 cambió en el servidor desde %2. Elija para cada campo si desea tomar el valor del servidor o conservar el suyo.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides and need a choice before applying.</source>
        <translation>
            <numerusform>%n campo cambió en ambos lados y requiere una elección antes de aplicar.</numerusform>
            <numerusform>%n campos cambiaron en ambos lados y requieren una elección antes de aplicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled: the draft and its base are unchanged.</source>
        <translation>Actualización cancelada: el borrador y su base no han cambiado.</translation>
    </message>
    <message>
        <source>The draft was closed before the refresh was applied.</source>
        <translation>El borrador se cerró antes de aplicar la actualización.</translation>
    </message>
    <message>
        <source>The server copy changed only in what a draft does not send (its dates); the base is the server copy now. Undo takes the refresh back.</source>
        <translation>La copia del servidor solo cambió en lo que un borrador no envía (sus fechas); la base es ahora la copia del servidor. Deshacer revierte la actualización.</translation>
    </message>
    <message>
        <source>Refreshed from the server: %1, %2; the base is the server copy now. Undo takes the refresh back.</source>
        <translation>Actualizado desde el servidor: %1, %2; la base es ahora la copia del servidor. «Deshacer» revierte la actualización.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) taken from the server</source>
        <translation>
            <numerusform>%n valor tomado del servidor</numerusform>
            <numerusform>%n valores tomados del servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as in the draft</source>
        <translation>
            <numerusform>%n conservado como en el borrador</numerusform>
            <numerusform>%n conservados como en el borrador</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values could not be set; check the draft.</source>
        <translation>Algunos valores no se pudieron establecer; revise el borrador.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::ServerInfoGroup</name>
    <message>
        <source>Server information</source>
        <translation>Información del servidor</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Tiempo de espera de la solicitud:</translation>
    </message>
    <message>
        <source>Re&amp;view changes before sending</source>
        <translation>Re&amp;visar los cambios antes de enviar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer a refresh when the server copy is older than:</source>
        <translation>Ofrecer actualizar cuando la copia del servidor tenga más de:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Type a new API key</source>
        <translation>Escriba una nueva clave de API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Add URL</source>
        <translation>Añadir URL</translation>
    </message>
    <message>
        <source>Remove environment</source>
        <translation>Quitar entorno</translation>
    </message>
    <message>
        <source>Custom URL:</source>
        <translation>URL personalizada:</translation>
    </message>
    <message>
        <source>“%1” is not a usable http or https base URL.</source>
        <translation>«%1» no es una URL base http o https utilizable.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>No system keychain answered: the key is kept for this session only</source>
        <translation>Ningún llavero del sistema respondió: la clave solo se conserva durante esta sesión</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>The built-in sandbox needs no key.</source>
        <translation>La sandbox integrada no necesita clave.</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>Guardando la clave…</translation>
    </message>
    <message>
        <source>A key is stored for this environment.</source>
        <translation>Hay una clave guardada para este entorno.</translation>
    </message>
    <message>
        <source>No key is stored for this environment.</source>
        <translation>No hay ninguna clave guardada para este entorno.</translation>
    </message>
    <message>
        <source>The key could not be stored.</source>
        <translation>No se pudo guardar la clave.</translation>
    </message>
    <message>
        <source>The key is set.</source>
        <translation>La clave está configurada.</translation>
    </message>
    <message>
        <source>The key is stored.</source>
        <translation>La clave está guardada.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>No se pudo quitar la clave.</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::SubmitController</name>
    <message>
        <source>&amp;Submit</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>&amp;Cancelar envío</translation>
    </message>
    <message>
        <source>Submission &amp;History…</source>
        <translation>&amp;Historial de envíos…</translation>
    </message>
    <message>
        <source>Last &amp;Rejection…</source>
        <translation>Último &amp;rechazo…</translation>
    </message>
    <message>
        <source>API &amp;Keys and Settings…</source>
        <translation>Claves de &amp;API y ajustes…</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>La sandbox integrada no está en marcha.</translation>
    </message>
    <message>
        <source>Submission not sent.</source>
        <translation>Envío no realizado.</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) flagged by the server have not been changed since the rejection. Submit anyway?</source>
        <translation>
            <numerusform>%n campo señalado por el servidor no se ha cambiado desde el rechazo. ¿Enviar de todos modos?</numerusform>
            <numerusform>%n campos señalados por el servidor no se han cambiado desde el rechazo. ¿Enviar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit to production</source>
        <translation>Enviar a producción</translation>
    </message>
    <message>
        <source>This sends the record to %1 and changes the real lead opportunity at Dassault Systèmes. Continue?</source>
        <translation>Esto envía el registro a %1 y cambia la oportunidad real en Dassault Systèmes. ¿Continuar?</translation>
    </message>
    <message>
        <source>Submission not sent: the document was closed.</source>
        <translation>Envío no realizado: se cerró el documento.</translation>
    </message>
    <message>
        <source>Submission cancelled before anything was sent.</source>
        <translation>Envío cancelado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Read-only here: another editor window edits this draft. Save it under a new name to submit it from this window.</source>
        <translation>Solo lectura aquí: otra ventana del editor está editando este borrador. Guárdelo con otro nombre para enviarlo desde esta ventana.</translation>
    </message>
    <message>
        <source>Send the record to the chosen environment</source>
        <translation>Enviar el registro al entorno elegido</translation>
    </message>
    <message>
        <source>Not sent: changes made while sending (%1). Submit again to send them.</source>
        <translation>No enviado: hubo cambios durante el envío (%1). Vuelva a enviar para enviarlos.</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>No API key is stored for %1, so nothing was sent.</source>
        <translation>No hay ninguna clave de API guardada para %1, así que no se envió nada.</translation>
    </message>
    <message>
        <source>%1 did not receive an API key (HTTP 401).</source>
        <translation>%1 no recibió ninguna clave de API (HTTP 401).</translation>
    </message>
    <message>
        <source>Enter it under %1.</source>
        <translation>Introdúzcala en %1.</translation>
    </message>
    <message>
        <source>Accepted by %1 at %2 · 3DS id %3</source>
        <translation>Aceptado por %1 a las %2 · ID de 3DS %3</translation>
    </message>
    <message>
        <source>(%1; the request may have reached the server)</source>
        <translation>(%1; puede que la solicitud haya llegado al servidor)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Re&amp;view Changes…</source>
        <translation>Re&amp;visar cambios…</translation>
    </message>
    <message>
        <source>Show the exact request and what it changes on the server</source>
        <translation>Mostrar la solicitud exacta y lo que cambia en el servidor</translation>
    </message>
    <message>
        <source>Send the &amp;Whole Record</source>
        <translation>Enviar &amp;todo el registro</translation>
    </message>
    <message>
        <source>Send every field the draft holds instead of what changed against the server copy</source>
        <translation>Enviar todos los campos del borrador en lugar de solo lo que cambió respecto a la copia del servidor</translation>
    </message>
    <message>
        <source>&amp;Refresh First</source>
        <translation>&amp;Actualizar primero</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Enviar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>The server copy this draft is based on is %n minute(s) old; the lead may have changed on the server since. Refresh the draft from the server first?</source>
        <translation>
            <numerusform>La copia del servidor en la que se basa este borrador tiene %n minuto; el lead puede haber cambiado en el servidor desde entonces. ¿Actualizar primero el borrador desde el servidor?</numerusform>
            <numerusform>La copia del servidor en la que se basa este borrador tiene %n minutos; el lead puede haber cambiado en el servidor desde entonces. ¿Actualizar primero el borrador desde el servidor?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leadopp::ui::TableCellCommands</name>
    <message>
        <source>The clipboard holds rows of %1 cells; from the current cell the table has %2 columns.</source>
        <translation>El portapapeles contiene filas de %1 celdas; desde la celda actual la tabla tiene %2 columnas.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Sort by “%1”, ascending</source>
        <translation>Ordenar por «%1», ascendente</translation>
    </message>
    <message>
        <source>Sort by “%1”, descending</source>
        <translation>Ordenar por «%1», descendente</translation>
    </message>
    <message>
        <source>Show in record order</source>
        <translation>Mostrar en el orden del registro</translation>
    </message>
</context>
<context>
    <name>leadopp::ui::UpdateTargetPrompt</name>
    <message>
        <source>Its file name names the lead %1.</source>
        <translation>Su nombre de archivo indica el lead %1.</translation>
    </message>
    <message>
        <source>Update or create</source>
        <translation>Actualizar o crear</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id. Does it update an existing lead in %2, or create a new one?</source>
        <translation>Este cuerpo de solicitud tiene el id de oportunidad del partner %1 pero ningún id 3DS. ¿Actualiza un lead existente en %2 o crea uno nuevo?</translation>
    </message>
    <message>
        <source>&amp;Find and Update</source>
        <translation>&amp;Buscar y actualizar</translation>
    </message>
    <message>
        <source>&amp;Create New</source>
        <translation>Crear &amp;nuevo</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running; the draft stays a new lead.</source>
        <translation>El sandbox integrado no está en ejecución; el borrador sigue siendo un lead nuevo.</translation>
    </message>
    <message>
        <source>The search in %1 failed: %2 The draft stays a new lead.</source>
        <translation>La búsqueda en %1 falló: %2 El borrador sigue siendo un lead nuevo.</translation>
    </message>
    <message>
        <source>%1 has no lead with the partner opportunity id %2; the draft stays a new lead.</source>
        <translation>%1 no tiene ningún lead con el id de oportunidad del partner %2; el borrador sigue siendo un lead nuevo.</translation>
    </message>
    <message>
        <source>%1 has it as lead %2.</source>
        <translation>%1 lo tiene como lead %2.</translation>
    </message>
    <message>
        <source>Several leads have the partner opportunity id %1. Which one does this body update?</source>
        <translation>Varios leads tienen el id de oportunidad del partner %1. ¿Cuál actualiza este cuerpo?</translation>
    </message>
    <message>
        <source>This request body has the partner opportunity id %1 but no 3DS id.</source>
        <translation>Este cuerpo de solicitud tiene el id de oportunidad del partner %1 pero ningún id 3DS.</translation>
    </message>
    <message>
        <source>Update lead %1, or create a new one?</source>
        <translation>¿Actualizar el lead %1 o crear uno nuevo?</translation>
    </message>
    <message>
        <source>&amp;Update %1</source>
        <translation>&amp;Actualizar %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit, validate and resubmit partner lead opportunities.</source>
        <translation>Editar, validar y reenviar oportunidades de partners.</translation>
    </message>
    <message>
        <source>Colour scheme: %1.</source>
        <translation>Esquema de colores: %1.</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>Drafts, request bodies or responses to open.</source>
        <translation>Borradores, cuerpos de solicitud o respuestas que abrir.</translation>
    </message>
    <message>
        <source>Unknown colour scheme: %1</source>
        <translation>Esquema de colores desconocido: %1</translation>
    </message>
</context>
</TS>
