// @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the YAML and run `cargo xtask codegen` again.

//! The catalog's strings as NUL-terminated C strings, made at build time: each table
//! is indexed like the core's (`smtp_codes::catalog::basic_codes()`, ...), and each
//! text is `[English, Spanish]`, indexed by `smtpcodes_lang`.
use std::ffi::CStr;
/// A text in every language, indexed by `smtpcodes_lang`.
pub(crate) type Localized = [&'static CStr; 2];
/// A digit's meaning (`catalog::classes()`, `categories()`, `subjects()`).
pub(crate) struct Digit {
    pub(crate) id: &'static CStr,
    pub(crate) name: &'static CStr,
    pub(crate) description: Localized,
}
/// A vendor note.
pub(crate) struct Note {
    pub(crate) source: &'static CStr,
    pub(crate) description: Localized,
}
/// A basic code (`catalog::basic_codes()`).
pub(crate) struct Basic {
    pub(crate) name: &'static CStr,
    pub(crate) text: &'static CStr,
    pub(crate) status: &'static CStr,
    pub(crate) description: Localized,
    pub(crate) references: &'static [&'static CStr],
    pub(crate) vendor_notes: &'static [Note],
}
/// An enhanced code (`catalog::enhanced_codes()`).
pub(crate) struct Enhanced {
    pub(crate) notation: &'static CStr,
    pub(crate) name: &'static CStr,
    pub(crate) text: &'static CStr,
    pub(crate) status: &'static CStr,
    pub(crate) description: Localized,
    pub(crate) references: &'static [&'static CStr],
    pub(crate) vendor_notes: &'static [Note],
}
/// An alias (`catalog::aliases()`).
pub(crate) struct Alias {
    pub(crate) source: &'static CStr,
    pub(crate) description: Localized,
}
/// A command (`commands::commands()`).
pub(crate) struct Command {
    pub(crate) name: &'static CStr,
    pub(crate) references: &'static [&'static CStr],
}
/// A reason (`explain::Reason::all()`).
pub(crate) struct Reason {
    pub(crate) id: &'static CStr,
    pub(crate) sisimai: &'static CStr,
    pub(crate) description: Localized,
}
/// A phrase (`explain::Pattern::all()`).
pub(crate) struct Pattern {
    pub(crate) phrase: &'static CStr,
    pub(crate) sisimai: Option<&'static CStr>,
}
pub(crate) static CLASSES: [Digit; 4] = [
    Digit {
        id: c"positive_completion",
        name: c"Positive Completion",
        description: [
            c"The requested action has been completed successfully; a new request may be initiated.",
            c"El servidor ha completado con éxito la acción solicitada; se puede iniciar una nueva petición.",
        ],
    },
    Digit {
        id: c"positive_intermediate",
        name: c"Positive Intermediate",
        description: [
            c"The command has been accepted, but the requested action is held in abeyance until further information arrives; the client should send another command with that information (used in command sequences such as DATA or AUTH).",
            c"El comando se ha aceptado, pero la acción solicitada queda en espera hasta recibir más información; el cliente debe enviar otro comando con esa información (se usa en secuencias de comandos como DATA o AUTH).",
        ],
    },
    Digit {
        id: c"transient_negative",
        name: c"Transient Negative Completion",
        description: [
            c"The command was not accepted and the requested action did not occur, but the error condition is temporary: the client should try again later, usually keeping the message in its queue. Repeating the command without any change may succeed.",
            c"El comando no fue aceptado y la acción solicitada no se realizó, pero el error es temporal: el cliente debe volver a intentarlo más tarde, normalmente conservando el mensaje en su cola. Si se repite el comando sin cambios, puede completarse.",
        ],
    },
    Digit {
        id: c"permanent_negative",
        name: c"Permanent Negative Completion",
        description: [
            c"The command was not accepted and the requested action did not occur; the client should not repeat the exact same request, because something in the message or the destination must change first.",
            c"El comando no fue aceptado y la acción solicitada no se realizó; el cliente no debe repetir exactamente la misma petición, porque antes hay que cambiar algo en el mensaje o en el destino.",
        ],
    },
];
pub(crate) static CATEGORIES: [Digit; 6] = [
    Digit {
        id: c"syntax",
        name: c"Syntax",
        description: [
            c"Syntax errors, syntactically correct commands that fit no functional category, and unimplemented or superfluous commands.",
            c"Errores de sintaxis, comandos sintácticamente correctos que no encajan en ninguna categoría funcional y comandos no implementados o superfluos.",
        ],
    },
    Digit {
        id: c"information",
        name: c"Information",
        description: [
            c"Replies to requests for information, such as status or help.",
            c"Respuestas a peticiones de información, como el estado del sistema o la ayuda (HELP).",
        ],
    },
    Digit {
        id: c"connections",
        name: c"Connections",
        description: [
            c"Replies referring to the transmission channel, that is, the state of the connection.",
            c"Respuestas que se refieren al canal de transmisión, es decir, al estado de la conexión.",
        ],
    },
    Digit {
        id: c"unspecified_3",
        name: c"Unspecified",
        description: [
            c"Not specified by RFC 5321. Extensions use it: the AUTH extension (RFC 4954) places its authentication replies here (235, 334, 432, 530, 534, 535, 538).",
            c"Categoría que la RFC 5321 no especifica. La usan las extensiones: la extensión AUTH (RFC 4954) coloca aquí sus respuestas de autenticación (235, 334, 432, 530, 534, 535, 538).",
        ],
    },
    Digit {
        id: c"unspecified_4",
        name: c"Unspecified",
        description: [
            c"Not specified by RFC 5321. Numbers seen in this category in the wild (such as 441 or 547) are usually enhanced status codes written without dots, not real reply codes.",
            c"Categoría que la RFC 5321 no especifica. Los números de esta categoría que aparecen en la práctica (como 441 o 547) suelen ser códigos de estado ampliados escritos sin puntos, no códigos de respuesta reales.",
        ],
    },
    Digit {
        id: c"mail_system",
        name: c"Mail System",
        description: [
            c"Replies indicating the status of the receiver's mail system with respect to the requested transfer or other mail system action.",
            c"Respuestas que indican el estado del sistema de correo receptor respecto a la transferencia solicitada u otra acción del sistema de correo.",
        ],
    },
];
pub(crate) static SUBJECTS: [Digit; 8] = [
    Digit {
        id: c"other",
        name: c"Other or Undefined Status",
        description: [
            c"There is no further information about where the problem lies; only the class (success, temporary or permanent failure) is known.",
            c"No hay más información sobre dónde está el problema; solo se conoce la clase (éxito, fallo temporal o fallo permanente).",
        ],
    },
    Digit {
        id: c"addressing",
        name: c"Addressing Status",
        description: [
            c"A problem with the sender's or the recipient's address, such as its syntax or validity. The sender can usually correct it and try again.",
            c"Un problema con la dirección del remitente o del destinatario, como su sintaxis o su validez. Normalmente el remitente puede corregirlo y volver a intentarlo.",
        ],
    },
    Digit {
        id: c"mailbox",
        name: c"Mailbox Status",
        description: [
            c"Something about the recipient's mailbox caused the report. Mailbox problems are generally under the recipient's control.",
            c"Algo relacionado con el buzón del destinatario provocó el aviso. Los problemas del buzón suelen depender del propio destinatario.",
        ],
    },
    Digit {
        id: c"mail_system",
        name: c"Mail System Status",
        description: [
            c"Something about the destination mail system caused the report. System problems are generally under the control of the destination system's administrator.",
            c"Algo relacionado con el sistema de correo de destino provocó el aviso. Los problemas del sistema suelen depender del administrador del sistema de destino.",
        ],
    },
    Digit {
        id: c"network_routing",
        name: c"Network and Routing Status",
        description: [
            c"A problem in the delivery infrastructure: the network, the routing or directory services such as DNS. These are generally under the control of the destination or an intermediate system's administrator.",
            c"Un problema en la infraestructura de entrega: la red, el enrutamiento o servicios de directorio como el DNS. Suelen depender del administrador del sistema de destino o de un sistema intermedio.",
        ],
    },
    Digit {
        id: c"protocol",
        name: c"Mail Delivery Protocol Status",
        description: [
            c"A failure in the mail delivery protocol itself, from implementation errors to an unreliable connection.",
            c"Un fallo en el propio protocolo de entrega de correo, desde errores de implementación hasta una conexión poco fiable.",
        ],
    },
    Digit {
        id: c"content_media",
        name: c"Message Content or Media Status",
        description: [
            c"A failure related to the message content: conversion, transcoding or unsupported media types. Sender and receiver must both support a common set of content types.",
            c"Un fallo relacionado con el contenido del mensaje: conversiones, recodificación o tipos de contenido no admitidos. El remitente y el receptor deben admitir un conjunto común de tipos de contenido.",
        ],
    },
    Digit {
        id: c"security_policy",
        name: c"Security or Policy Status",
        description: [
            c"A failure involving security or policy, such as per-host or per-recipient filtering, authentication or cryptographic operations. Sender, recipient or both must allow the exchange.",
            c"Un fallo relacionado con la seguridad o con una política, como el filtrado por servidor o por destinatario, la autenticación o las operaciones criptográficas. El remitente, el destinatario o ambos deben permitir el intercambio.",
        ],
    },
];
pub(crate) static BOUNCE_SOFT: Localized = [
    c"A soft bounce is a 4xx reply: a non-fatal, temporary failure. Unless instructed otherwise, the sending mail server keeps the message and retries delivery later. Causes range from a mailbox that is over its quota to policy limits that the receiving host applies to a particular sender. Depending on the sending server's policy (typically the maximum time a message may stay in the queue), a soft bounce can eventually become a hard bounce.",
    c"Un rebote temporal (soft bounce) es una respuesta 4xx: un error no fatal y pasajero. Salvo que se indique lo contrario, el servidor de correo emisor conserva el mensaje y vuelve a intentar la entrega más tarde. Las causas van desde un buzón que ha superado su cuota hasta los límites de política que el servidor receptor aplica a un remitente determinado. Según la política del servidor emisor (normalmente, el tiempo máximo que un mensaje puede permanecer en la cola), un rebote temporal puede acabar convirtiéndose en un rebote permanente.",
];
pub(crate) static BOUNCE_HARD: Localized = [
    c"A hard bounce is a 5xx reply: a permanent failure in which the receiving server refuses to accept the message for delivery. Typical causes are malformed or unknown recipient addresses, a failed reverse DNS check or other policy limits of the receiving host. The message is returned to the sender and delivery is not retried.",
    c"Un rebote permanente (hard bounce) es una respuesta 5xx: un error definitivo en el que el servidor receptor se niega a aceptar el mensaje para su entrega. Las causas típicas son direcciones de destinatario mal formadas o inexistentes, una comprobación de DNS inverso fallida u otros límites de política del servidor receptor. El mensaje se devuelve al remitente y no se vuelve a intentar la entrega.",
];
pub(crate) static BASIC: [Basic; 47] = [
    Basic {
        name: c"NONSTANDARD_SUCCESS",
        text: c"Nonstandard success response",
        status: c"non-standard",
        description: [
            c"Not a reply code of RFC 5321. Older lists of SMTP reply codes give 200 as a \"nonstandard success response\" and refer to RFC 876 (\"Survey of SMTP Implementations\", 1983).",
            c"No es un código de respuesta de la RFC 5321. Las listas antiguas de códigos de respuesta SMTP dan 200 como \"nonstandard success response\" (respuesta de éxito no estándar) y remiten a la RFC 876 (\"Survey of SMTP Implementations\", 1983).",
        ],
        references: &[
            c"RFC 876",
            c"SMTP reply codes (https://www.greenend.org.uk/rjk/tech/smtpreplies.html; copy: http://www.xellsoft.com/smtp-error-codes.html)",
        ],
        vendor_notes: &[],
    },
    Basic {
        name: c"SYSTEM_STATUS",
        text: c"System status, or system help reply",
        status: c"standard",
        description: [
            c"A system status or system help reply, usually sent in response to HELP or to a request for the server's status.",
            c"Mensaje de estado del sistema o respuesta de ayuda del sistema; normalmente se envía en respuesta a HELP o a una petición de estado del servidor.",
        ],
        references: &[c"RFC 5321 §4.2.3"],
        vendor_notes: &[],
    },
    Basic {
        name: c"HELP_MESSAGE",
        text: c"Help message",
        status: c"standard",
        description: [
            c"Help message: information on how to use the receiver or on the meaning of a particular non-standard command. This reply is useful only to the human user.",
            c"Mensaje de ayuda: información sobre cómo utilizar el receptor o sobre el significado de algún comando no estándar. Es una respuesta útil solo para el usuario humano.",
        ],
        references: &[c"RFC 5321 §4.2.3"],
        vendor_notes: &[],
    },
    Basic {
        name: c"SERVICE_READY",
        text: c"<domain> Service ready",
        status: c"standard",
        description: [
            c"The server greets the client when the connection opens and is ready to receive commands; the first word of the text is normally the server's domain name. In the STARTTLS extension (RFC 3207), 220 \"Ready to start TLS\" tells the client to begin the TLS handshake.",
            c"El servidor saluda al cliente al abrir la conexión y está preparado para recibir comandos; la primera palabra del texto suele ser el nombre de dominio del servidor. En la extensión STARTTLS (RFC 3207), la respuesta 220 \"Ready to start TLS\" indica al cliente que inicie la negociación TLS.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §3.1", c"RFC 3207 §4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"SERVICE_CLOSING",
        text: c"<domain> Service closing transmission channel",
        status: c"standard",
        description: [
            c"The server is closing the transmission channel, normally in response to QUIT.",
            c"El servidor cierra el canal de transmisión, normalmente en respuesta al comando QUIT.",
        ],
        references: &[c"RFC 5321 §4.2.3"],
        vendor_notes: &[],
    },
    Basic {
        name: c"AUTHENTICATION_SUCCEEDED",
        text: c"Authentication Succeeded",
        status: c"extension",
        description: [
            c"Reply to AUTH: the authentication exchange completed successfully and the client is now authenticated (enhanced code 2.7.0).",
            c"Respuesta a AUTH: el intercambio de autenticación se ha completado correctamente y el cliente queda autenticado (código ampliado 2.7.0).",
        ],
        references: &[c"RFC 4954 §6"],
        vendor_notes: &[],
    },
    Basic {
        name: c"OK",
        text: c"Requested mail action okay, completed",
        status: c"standard",
        description: [
            c"The requested action was taken and completed. It is the normal success reply to most commands and, after the final dot of the message data, it means the server has accepted responsibility for the message. In reply to ETRN (RFC 1985) it means \"OK, queuing for node <x> started\".",
            c"La acción solicitada se ha realizado y completado. Es la respuesta de éxito habitual para la mayoría de los comandos y, tras el punto final de los datos, significa que el servidor se hace cargo del mensaje. En respuesta a ETRN (RFC 1985) significa que se ha iniciado el procesamiento de la cola para el nodo indicado.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 1985 §5"],
        vendor_notes: &[],
    },
    Basic {
        name: c"USER_NOT_LOCAL_WILL_FORWARD",
        text: c"User not local; will forward to <forward-path>",
        status: c"standard",
        description: [
            c"The recipient is not local to the server, but the server accepts the message and will forward it to the given forward-path. In reply to ETRN (RFC 1985) it means \"OK, no messages waiting for node <x>\".",
            c"El destinatario no es local en el servidor, pero este acepta el mensaje y lo reenviará a la dirección indicada. En respuesta a ETRN (RFC 1985) significa que no hay mensajes en espera para el nodo indicado.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §3.4", c"RFC 1985 §5"],
        vendor_notes: &[],
    },
    Basic {
        name: c"CANNOT_VRFY_USER",
        text: c"Cannot VRFY user, but will accept message and attempt delivery",
        status: c"standard",
        description: [
            c"The server cannot verify the user (for example because VRFY is disabled), but it will accept a message for this user and attempt delivery. In reply to ETRN (RFC 1985) it means \"OK, pending messages for node <x> started\".",
            c"El servidor no puede verificar al usuario (por ejemplo, porque tiene VRFY desactivado), pero aceptará un mensaje para ese usuario e intentará entregarlo. En respuesta a ETRN (RFC 1985) significa que se ha iniciado el envío de los mensajes pendientes para el nodo indicado.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §3.5.3", c"RFC 1985 §5"],
        vendor_notes: &[],
    },
    Basic {
        name: c"PENDING_MESSAGES_STARTED",
        text: c"OK, <n> pending messages for node <x> started",
        status: c"extension",
        description: [
            c"Reply to ETRN: the server has started processing the given number of messages queued for the requested node.",
            c"Respuesta a ETRN: el servidor ha empezado a procesar los mensajes que tenía en cola para el nodo solicitado e indica cuántos son.",
        ],
        references: &[c"RFC 1985 §5"],
        vendor_notes: &[],
    },
    Basic {
        name: c"SERVER_CHALLENGE",
        text: c"<base64 challenge>",
        status: c"extension",
        description: [
            c"Intermediate reply during AUTH: the text carries only a base64-encoded SASL challenge (possibly empty), and the client must answer with a base64-encoded response line, or with \"*\" to cancel the exchange.",
            c"Respuesta intermedia durante AUTH: el texto contiene únicamente un desafío SASL codificado en base64 (que puede estar vacío), y el cliente debe contestar con una línea codificada en base64, o con \"*\" para cancelar el intercambio.",
        ],
        references: &[c"RFC 4954 §4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"START_MAIL_INPUT",
        text: c"Start mail input; end with <CRLF>.<CRLF>",
        status: c"standard",
        description: [
            c"Reply to DATA: the server is ready to receive the message content, which the client ends with a line containing only a dot.",
            c"Respuesta a DATA: el servidor está listo para recibir el contenido del mensaje, que el cliente debe terminar con una línea que contenga solo un punto.",
        ],
        references: &[c"RFC 5321 §4.2.3"],
        vendor_notes: &[],
    },
    Basic {
        name: c"OCTET_OFFSET",
        text: c"Octet-offset is the transaction offset",
        status: c"experimental",
        description: [
            c"Reply to DATA when a checkpointed transaction is resumed (SMTP Service Extension for Checkpoint/Restart, experimental RFC 1845): the server gives the offset from which the client should continue sending the message. The extension saw little use and is rarely seen today.",
            c"Respuesta a DATA cuando se reanuda una transacción con punto de control (extensión SMTP de Checkpoint/Restart, RFC 1845 experimental): el servidor indica el desplazamiento desde el que el cliente debe seguir enviando el mensaje. La extensión apenas se usó y hoy casi no se ve.",
        ],
        references: &[c"RFC 1845 §5"],
        vendor_notes: &[],
    },
    Basic {
        name: c"SERVICE_NOT_AVAILABLE",
        text: c"<domain> Service not available, closing transmission channel",
        status: c"standard",
        description: [
            c"The service is not available and the server is closing the connection, for example because it is shutting down or is overloaded. It may be the reply to any command, or the greeting itself; the client should try again later.",
            c"El servicio no está disponible y el servidor cierra la conexión, por ejemplo porque se está apagando o está sobrecargado. Puede ser la respuesta a cualquier comando, o el propio saludo; el cliente debe volver a intentarlo más tarde.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §4.3.2"],
        vendor_notes: &[],
    },
    Basic {
        name: c"PASSWORD_TRANSITION_REQUIRED",
        text: c"A password transition is needed",
        status: c"extension",
        description: [
            c"No RFC defines a reply text for 422: it exists only as a basic code associated with the enhanced code X.7.12 (\"A password transition is needed\") in RFC 5248 and the IANA registry. RFC 4954 uses 432 for this condition. The dotless Exchange NDR list also uses the number 422 for 4.2.2 (mailbox full); see the aliases.",
            c"Ninguna RFC define un texto para 422: solo existe como código básico asociado al código ampliado X.7.12 (\"A password transition is needed\") en la RFC 5248 y en el registro de la IANA. La RFC 4954 usa 432 para esta situación. La lista de códigos NDR de Exchange, que los escribe sin puntos, también usa el número 422 para 4.2.2 (buzón lleno); véanse los alias.",
        ],
        references: &[c"RFC 5248 §2.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Basic {
        name: c"INVALID_COMMAND",
        text: c"Invalid command",
        status: c"extension",
        description: [
            c"No RFC defines a reply text for 430: it exists only as a basic code associated with the enhanced code X.5.1 (\"Invalid command\") in RFC 5248 and the IANA registry. As a 4yz reply it would report an invalid or out-of-place command as a temporary failure.",
            c"Ninguna RFC define un texto para 430: solo existe como código básico asociado al código ampliado X.5.1 (\"Invalid command\") en la RFC 5248 y en el registro de la IANA. Como respuesta 4yz indicaría, como error temporal, un comando no válido o fuera de lugar.",
        ],
        references: &[c"RFC 5248 §2.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Basic {
        name: c"PASSWORD_TRANSITION_NEEDED",
        text: c"A password transition is needed",
        status: c"extension",
        description: [
            c"Reply to AUTH: the user needs to transition to the selected authentication mechanism, typically by authenticating once with the PLAIN mechanism; the selected mechanism should then work in later sessions (enhanced code 4.7.12).",
            c"Respuesta a AUTH: el usuario debe hacer la transición al mecanismo de autenticación elegido, normalmente autenticándose una vez con el mecanismo PLAIN; después, el mecanismo elegido debería funcionar en las sesiones siguientes (código ampliado 4.7.12).",
        ],
        references: &[c"RFC 4954 §6"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns \"432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded\": a temporary delivery throttling condition for the recipient's mailbox, unrelated to authentication.",
                    c"Exchange Online devuelve \"432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded\": una limitación temporal de las entregas al buzón del destinatario, sin relación con la autenticación.",
                ],
            },
        ],
    },
    Basic {
        name: c"MAILBOX_TEMPORARILY_UNAVAILABLE",
        text: c"Requested mail action not taken: mailbox unavailable",
        status: c"standard",
        description: [
            c"The requested mail action was not taken because the mailbox is temporarily unavailable, for example because it is busy or temporarily blocked for policy reasons; the client should retry later.",
            c"Indica que no se realizó la acción de correo solicitada porque el buzón no está disponible temporalmente: por ejemplo, está ocupado o bloqueado temporalmente por motivos de política. El cliente debe volver a intentarlo más tarde.",
        ],
        references: &[c"RFC 5321 §4.2.3"],
        vendor_notes: &[],
    },
    Basic {
        name: c"LOCAL_ERROR_IN_PROCESSING",
        text: c"Requested action aborted: local error in processing",
        status: c"standard",
        description: [
            c"The server aborted the requested action because of a local error while processing it, such as a temporary failure or overload; sending again later may succeed. RFC 5321 §4.2.2 lists the same code with the shorter text \"error in processing\".",
            c"El servidor interrumpió la acción solicitada por un error local al procesarla, como un fallo temporal o una sobrecarga; volver a enviar más tarde puede tener éxito. La RFC 5321 §4.2.2 recoge el mismo código con el texto más breve \"error in processing\".",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §4.2.2"],
        vendor_notes: &[],
    },
    Basic {
        name: c"INSUFFICIENT_SYSTEM_STORAGE",
        text: c"Requested action not taken: insufficient system storage",
        status: c"standard",
        description: [
            c"The action was not taken because the server has insufficient storage at the moment. RFC 5321 also makes 452 the correct reply to RCPT when there are too many recipients, and with the SIZE extension (RFC 1870) it means the server currently lacks room for a message of the declared size but may accept it later.",
            c"No se realizó la acción porque el servidor no tiene en ese momento suficiente espacio de almacenamiento. La RFC 5321 establece además que 452 es la respuesta correcta a RCPT cuando hay demasiados destinatarios, y con la extensión SIZE (RFC 1870) indica que el servidor no tiene ahora sitio para un mensaje del tamaño declarado, aunque quizá pueda aceptarlo más tarde.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §4.5.3.1.10", c"RFC 1870 §6.1"],
        vendor_notes: &[],
    },
    Basic {
        name: c"NO_MAIL",
        text: c"You have no mail",
        status: c"extension",
        description: [
            c"Reply to ATRN in On-Demand Mail Relay (RFC 2645): there is no mail queued for the client's domains. The IANA registry also associates 453 with the enhanced code X.3.2 (\"System not accepting network messages\").",
            c"Respuesta a ATRN en On-Demand Mail Relay (retransmisión de correo bajo demanda, RFC 2645): no hay correo en cola para los dominios del cliente. El registro de la IANA también asocia 453 al código ampliado X.3.2 (\"System not accepting network messages\").",
        ],
        references: &[c"RFC 2645 §7", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"published SMTP reply-code lists (453 as \"Too many messages\")",
                description: [
                    c"Used by some servers for \"Too many messages\": they limit concurrent connections and messages per connection, so a client with many messages queued for one domain can exceed the maximum. Sending a few messages at a time and increasing the number gradually reveals the limit the server accepts.",
                    c"Algunos servidores lo usan para \"Too many messages\" (demasiados mensajes): limitan las conexiones simultáneas y el número de mensajes por conexión, de modo que un cliente con muchos mensajes en cola para un mismo dominio puede superar el máximo. Enviar pocos mensajes a la vez e ir aumentando la cantidad permite averiguar el límite que acepta el servidor.",
                ],
            },
            Note {
                source: c"published SMTP reply-code lists (453 as \"too many recipients\")",
                description: [
                    c"Listed as \"too many recipients\"; the standard reply for that condition is 452 (RFC 5321 §4.5.3.1.10).",
                    c"Aparece como \"demasiados destinatarios\"; la respuesta estándar para esa situación es 452 (RFC 5321 §4.5.3.1.10).",
                ],
            },
        ],
    },
    Basic {
        name: c"TEMPORARY_AUTHENTICATION_FAILURE",
        text: c"Temporary authentication failure",
        status: c"extension",
        description: [
            c"Reply to AUTH: authentication failed because of a temporary server failure; the client should not prompt the user for another password but report the server failure (enhanced code 4.7.0). In STARTTLS (RFC 3207), 454 \"TLS not available due to temporary reason\" means TLS cannot be started at the moment.",
            c"Respuesta a AUTH: la autenticación ha fallado por un error temporal del servidor; el cliente no debe pedir otra contraseña al usuario, sino informarle del fallo del servidor (código ampliado 4.7.0). En STARTTLS (RFC 3207), 454 \"TLS not available due to temporary reason\" indica que en ese momento no se puede iniciar TLS.",
        ],
        references: &[c"RFC 4954 §6", c"RFC 3207 §4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"SERVER_UNABLE_TO_ACCOMMODATE_PARAMETERS",
        text: c"Server unable to accommodate parameters",
        status: c"standard",
        description: [
            c"The server is temporarily unable to accommodate one or more of the parameters given with MAIL FROM or RCPT TO; the client may try again later.",
            c"El servidor no puede atender temporalmente uno o varios de los parámetros indicados en MAIL FROM o RCPT TO; el cliente puede volver a intentarlo más tarde.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §4.1.1.11"],
        vendor_notes: &[],
    },
    Basic {
        name: c"UNABLE_TO_QUEUE_MESSAGES",
        text: c"Unable to queue messages for node <x>",
        status: c"extension",
        description: [
            c"Reply to ETRN: the server is unable to start processing the queue for the requested node at the moment.",
            c"Respuesta a ETRN: el servidor no puede iniciar en ese momento el procesamiento de la cola para el nodo solicitado.",
        ],
        references: &[c"RFC 1985 §5"],
        vendor_notes: &[],
    },
    Basic {
        name: c"NODE_NOT_ALLOWED",
        text: c"Node <x> not allowed: <reason>",
        status: c"extension",
        description: [
            c"Reply to ETRN: the server refuses to start the queue for the requested node, for the reason given in the text.",
            c"Respuesta a ETRN: el servidor se niega a procesar la cola del nodo solicitado, por el motivo que se indica en el texto.",
        ],
        references: &[c"RFC 1985 §5"],
        vendor_notes: &[],
    },
    Basic {
        name: c"COMMAND_UNRECOGNIZED",
        text: c"Syntax error, command unrecognized",
        status: c"standard",
        description: [
            c"The server could not recognize the command, for example because of a typo or a command line that is too long. RFC 5321 reserves 500 for unrecognized commands (502 is for recognized but unimplemented ones). In AUTH (RFC 4954) it also means \"Authentication Exchange line is too long\" (enhanced code 5.5.6).",
            c"Indica que el servidor no reconoció el comando, por ejemplo por un error tipográfico o porque la línea de comando es demasiado larga. La RFC 5321 reserva 500 para comandos no reconocidos (502 es para comandos reconocidos pero no implementados). En AUTH (RFC 4954) también significa que una línea del intercambio de autenticación es demasiado larga (código ampliado 5.5.6).",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §4.2.4", c"RFC 4954 §4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"SYNTAX_ERROR_IN_PARAMETERS",
        text: c"Syntax error in parameters or arguments",
        status: c"standard",
        description: [
            c"The server recognized the command, but its parameters or arguments contain a syntax error. STARTTLS (RFC 3207) returns 501 when the command is given parameters, and AUTH (RFC 4954) returns it when the client cancels the exchange with \"*\" or sends data that is not valid base64.",
            c"Indica que el servidor reconoció el comando, pero sus parámetros o argumentos contienen un error de sintaxis. STARTTLS (RFC 3207) devuelve 501 si el comando lleva parámetros, y AUTH (RFC 4954) lo devuelve cuando el cliente cancela el intercambio con \"*\" o envía datos en base64 no válidos.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 3207 §4", c"RFC 4954 §4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"COMMAND_NOT_IMPLEMENTED",
        text: c"Command not implemented",
        status: c"standard",
        description: [
            c"The server recognizes the command but does not implement it, or has it disabled. Old servers that do not support EHLO may answer it with 502.",
            c"Indica que el servidor reconoce el comando, pero no lo implementa o lo tiene deshabilitado. Los servidores antiguos que no admiten EHLO pueden responder 502 a ese comando.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §4.2.4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"BAD_SEQUENCE_OF_COMMANDS",
        text: c"Bad sequence of commands",
        status: c"standard",
        description: [
            c"The command was sent in the wrong order, for example RCPT before MAIL, or DATA without any accepted recipient. AUTH (RFC 4954) returns 503 when the client is already authenticated or a mail transaction is in progress, and BDAT (RFC 3030) when a chunk is sent after BDAT LAST.",
            c"Indica que el servidor recibió los comandos en un orden incorrecto, por ejemplo RCPT antes de MAIL, o DATA sin ningún destinatario aceptado. AUTH (RFC 4954) devuelve 503 si el cliente ya está autenticado o hay una transacción de correo en curso, y BDAT (RFC 3030) si se envía un fragmento después de BDAT LAST.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 4954 §4", c"RFC 3030 §2"],
        vendor_notes: &[],
    },
    Basic {
        name: c"COMMAND_PARAMETER_NOT_IMPLEMENTED",
        text: c"Command parameter not implemented",
        status: c"standard",
        description: [
            c"The command is implemented, but the parameter given with it is not. AUTH (RFC 4954) returns 504 when the requested authentication mechanism is not supported (enhanced code 5.5.4).",
            c"Indica que el servidor implementa el comando, pero no el parámetro que lo acompaña. AUTH (RFC 4954) devuelve 504 cuando el mecanismo de autenticación solicitado no está admitido (código ampliado 5.5.4).",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 4954 §4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"HOST_DOES_NOT_ACCEPT_MAIL",
        text: c"Host does not accept mail",
        status: c"standard",
        description: [
            c"Sent instead of the 220 greeting by a host that never accepts mail, typically a dummy SMTP server; the failure is permanent. RFC 7504 reserves 521 for connection opening; 554 remains the reply for rejecting particular senders or destinations.",
            c"Esta respuesta la envía, en lugar del saludo 220, un host que nunca acepta correo (normalmente un servidor SMTP ficticio); el error es permanente. La RFC 7504 reserva 521 para la apertura de la conexión; para rechazar remitentes o destinos concretos se sigue usando 554.",
        ],
        references: &[c"RFC 7504 §3"],
        vendor_notes: &[
            Note {
                source: c"RFC 1846; SMTP reply codes (https://www.greenend.org.uk/rjk/tech/smtpreplies.html; copy: http://www.xellsoft.com/smtp-error-codes.html)",
                description: [
                    c"Older lists give the text \"<domain> does not accept mail (see rfc1846)\": the experimental RFC 1846 first proposed 521, also for MX relays that bounce mail addressed to hosts without mail service. RFC 7504 standardized the code and updates RFC 1846.",
                    c"Las listas antiguas dan el texto \"<domain> does not accept mail (see rfc1846)\": la RFC 1846, de carácter experimental, propuso por primera vez el código 521, también para los servidores de retransmisión MX que rebotan el correo dirigido a hosts sin servicio de correo. La RFC 7504 estandarizó el código y actualiza la RFC 1846.",
                ],
            },
            Note {
                source: c"published SMTP reply-code lists (521 for POP-before-SMTP)",
                description: [
                    c"Described as \"does not accept mail or closing transmission channel\" and used to tell the client that it must authenticate with POP first (POP-before-SMTP) and use its own address as the sender.",
                    c"Aparece como \"does not accept mail or closing transmission channel\" y se usa para indicar al cliente que antes debe autenticarse por POP (POP antes de SMTP) y usar su propia dirección como remitente.",
                ],
            },
        ],
    },
    Basic {
        name: c"ENCRYPTION_NEEDED",
        text: c"Encryption needed",
        status: c"extension",
        description: [
            c"No RFC defines a reply text for 523: it exists only as the basic code associated with the enhanced code X.7.10 (\"Encryption Needed\") in RFC 5248 and the IANA registry, meaning that a strong external privacy layer such as TLS is needed to use the requested authentication mechanism.",
            c"Ninguna RFC define un texto para 523: solo existe como código básico asociado al código ampliado X.7.10 (\"Encryption Needed\") en la RFC 5248 y en el registro de la IANA, e indica que hace falta una capa externa de cifrado robusta, como TLS, para usar el mecanismo de autenticación solicitado.",
        ],
        references: &[c"RFC 5248 §2.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Basic {
        name: c"ENCRYPTION_REQUIRED",
        text: c"Encryption required for requested authentication mechanism",
        status: c"extension",
        description: [
            c"No RFC defines a reply text for 524: it exists only as a basic code associated with the enhanced code X.7.11 (\"Encryption required for requested authentication mechanism\") in RFC 5248 and the IANA registry. RFC 4954 uses 538 for this condition.",
            c"Ninguna RFC define un texto para 524: solo existe como código básico asociado al código ampliado X.7.11 (\"Encryption required for requested authentication mechanism\") en la RFC 5248 y en el registro de la IANA. La RFC 4954 usa 538 para esta situación.",
        ],
        references: &[c"RFC 5248 §2.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Basic {
        name: c"USER_ACCOUNT_DISABLED",
        text: c"User account disabled",
        status: c"extension",
        description: [
            c"No RFC defines a reply text for 525: it exists only as the basic code associated with the enhanced code X.7.13 (\"User Account Disabled\") in RFC 5248 and the IANA registry, meaning that an administrator has disabled the account, so authentication cannot succeed.",
            c"Ninguna RFC define un texto para 525: solo existe como código básico asociado al código ampliado X.7.13 (\"User Account Disabled\") en la RFC 5248 y en el registro de la IANA, e indica que un administrador ha desactivado la cuenta, por lo que la autenticación no puede tener éxito.",
        ],
        references: &[c"RFC 5248 §2.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Basic {
        name: c"AUTHENTICATION_REQUIRED",
        text: c"Authentication required",
        status: c"extension",
        description: [
            c"Server policy requires authentication before the requested action; it may be returned to any command other than AUTH, EHLO, HELO, NOOP, RSET or QUIT (enhanced code 5.7.0). A server that requires TLS answers \"530 Must issue a STARTTLS command first\" to every command other than NOOP, EHLO, STARTTLS or QUIT (RFC 3207).",
            c"La política del servidor exige autenticarse antes de realizar la acción solicitada; puede devolverse a cualquier comando salvo AUTH, EHLO, HELO, NOOP, RSET o QUIT (código ampliado 5.7.0). Un servidor que exige TLS responde \"530 Must issue a STARTTLS command first\" a todo comando que no sea NOOP, EHLO, STARTTLS o QUIT (RFC 3207).",
        ],
        references: &[c"RFC 4954 §6", c"RFC 3207 §4"],
        vendor_notes: &[
            Note {
                source: c"SMTP reply codes (https://www.greenend.org.uk/rjk/tech/smtpreplies.html; copy: http://www.xellsoft.com/smtp-error-codes.html)",
                description: [
                    c"Older reply-code lists give 530 as \"Access denied\", marked there as a probable Sendmail-specific usage (\"a Sendmailism\").",
                    c"Las listas antiguas de códigos dan 530 como \"Access denied\" (acceso denegado), marcado allí como un uso probablemente propio de Sendmail.",
                ],
            },
        ],
    },
    Basic {
        name: c"DELIVERY_NOT_AUTHORIZED",
        text: c"Delivery not authorized, message refused",
        status: c"extension",
        description: [
            c"No RFC defines a reply text for 533: it exists only as a basic code associated with the enhanced code X.7.1 (\"Delivery not authorized, message refused\") in RFC 5248 and the IANA registry; in practice this condition is usually reported with 550.",
            c"Ninguna RFC define un texto para 533: solo existe como código básico asociado al código ampliado X.7.1 (\"Delivery not authorized, message refused\") en la RFC 5248 y en el registro de la IANA; en la práctica, esta situación suele comunicarse con 550.",
        ],
        references: &[c"RFC 5248 §2.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Basic {
        name: c"AUTHENTICATION_MECHANISM_TOO_WEAK",
        text: c"Authentication mechanism is too weak",
        status: c"extension",
        description: [
            c"Reply to AUTH: the selected authentication mechanism is weaker than server policy permits for that user; the client should retry with a stronger mechanism (enhanced code 5.7.9).",
            c"Respuesta a AUTH: el mecanismo de autenticación elegido es más débil de lo que permite la política del servidor para ese usuario; el cliente debe volver a intentarlo con un mecanismo más seguro (código ampliado 5.7.9).",
        ],
        references: &[c"RFC 4954 §6"],
        vendor_notes: &[],
    },
    Basic {
        name: c"AUTHENTICATION_CREDENTIALS_INVALID",
        text: c"Authentication credentials invalid",
        status: c"extension",
        description: [
            c"Reply to AUTH: authentication failed because the credentials are invalid or insufficient; the client should ask the user for new credentials (enhanced code 5.7.8).",
            c"Respuesta a AUTH: la autenticación ha fallado porque las credenciales no son válidas o son insuficientes; el cliente debe pedir al usuario unas credenciales nuevas (código ampliado 5.7.8).",
        ],
        references: &[c"RFC 4954 §4", c"RFC 4954 §6"],
        vendor_notes: &[],
    },
    Basic {
        name: c"ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM",
        text: c"Encryption required for requested authentication mechanism",
        status: c"extension",
        description: [
            c"Reply to AUTH: the selected mechanism may only be used over an encrypted connection (enhanced code 5.7.11). RFC 4954 documents it for historical purposes only: modern servers should not advertise mechanisms that cannot be used without encryption.",
            c"Respuesta a AUTH: el mecanismo elegido solo puede usarse sobre una conexión cifrada (código ampliado 5.7.11). La RFC 4954 lo documenta solo por razones históricas: los servidores actuales no deberían anunciar mecanismos que no se pueden usar sin cifrado.",
        ],
        references: &[c"RFC 4954 §6"],
        vendor_notes: &[],
    },
    Basic {
        name: c"MAILBOX_UNAVAILABLE",
        text: c"Requested action not taken: mailbox unavailable",
        status: c"standard",
        description: [
            c"The action was not taken because the mailbox is unavailable: for example, it does not exist, access is denied, or the command was rejected for policy reasons. It is one of the most common permanent errors, often caused by a mistyped address.",
            c"Indica que no se realizó la acción porque el buzón no está disponible: por ejemplo, no existe, se deniega el acceso o el comando se rechazó por motivos de política. Es uno de los errores permanentes más habituales, a menudo por una dirección mal escrita.",
        ],
        references: &[c"RFC 5321 §4.2.3"],
        vendor_notes: &[
            Note {
                source: c"published SMTP reply-code lists (550 for \"Relaying not allowed\")",
                description: [
                    c"Widely used to deny relaying (\"Relaying not allowed\"): the server does not accept mail for recipients outside its own domains from a client it does not know, often because authentication is required; to fight spam, many servers refuse to relay mail for others through their network.",
                    c"Se usa mucho para denegar la retransmisión (\"Relaying not allowed\"): el servidor no acepta correo para destinatarios de fuera de sus propios dominios procedente de un cliente que no conoce, a menudo porque hace falta autenticarse; para combatir el spam, muchos servidores se niegan a retransmitir correo de terceros a través de su red.",
                ],
            },
        ],
    },
    Basic {
        name: c"USER_NOT_LOCAL",
        text: c"User not local; please try <forward-path>",
        status: c"standard",
        description: [
            c"The recipient is not local to the server; the server does not forward the message, but may indicate a forward-path that the client should try instead.",
            c"Indica que el destinatario no es local en el servidor; el servidor no reenvía el mensaje, pero puede indicar otra dirección (forward-path) que el cliente debería probar en su lugar.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §3.4"],
        vendor_notes: &[
            Note {
                source: c"published SMTP reply-code lists (551 \"Invalid Address: Relay request denied\")",
                description: [
                    c"Also used with the text \"Invalid Address: Relay request denied\": the server refuses to relay the message to a recipient that is not local.",
                    c"También se usa con el texto \"Invalid Address: Relay request denied\": el servidor se niega a retransmitir el mensaje a un destinatario que no es local.",
                ],
            },
        ],
    },
    Basic {
        name: c"EXCEEDED_STORAGE_ALLOCATION",
        text: c"Requested mail action aborted: exceeded storage allocation",
        status: c"standard",
        description: [
            c"The action was aborted because the recipient has exceeded their storage allocation (for example, the mailbox is full) or the message is too large. With the SIZE extension (RFC 1870), 552 \"message size exceeds fixed maximum message size\" rejects a message larger than the server's fixed limit.",
            c"Indica que se interrumpió la acción porque el destinatario ha superado el espacio de almacenamiento asignado (por ejemplo, tiene el buzón lleno) o porque el mensaje es demasiado grande. Con la extensión SIZE (RFC 1870), 552 \"message size exceeds fixed maximum message size\" rechaza un mensaje que supera el tamaño máximo fijo del servidor.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 1870 §6.1"],
        vendor_notes: &[
            Note {
                source: c"RFC 5321 §4.5.3.1.10 (legacy RFC 821 practice)",
                description: [
                    c"Some servers return 552 when there are too many recipients, as RFC 821 suggested. The correct reply is 452, and clients should treat a 552 in this case as a temporary failure.",
                    c"Algunos servidores devuelven 552 cuando hay demasiados destinatarios, como sugería la RFC 821. La respuesta correcta es 452, y los clientes deben tratar un 552 en este caso como un error temporal.",
                ],
            },
        ],
    },
    Basic {
        name: c"MAILBOX_NAME_NOT_ALLOWED",
        text: c"Requested action not taken: mailbox name not allowed",
        status: c"standard",
        description: [
            c"The action was not taken because the mailbox name is not allowed, for example because the address syntax is incorrect.",
            c"Indica que no se realizó la acción porque el nombre del buzón no está permitido, por ejemplo porque la sintaxis de la dirección es incorrecta.",
        ],
        references: &[c"RFC 5321 §4.2.3"],
        vendor_notes: &[],
    },
    Basic {
        name: c"TRANSACTION_FAILED",
        text: c"Transaction failed",
        status: c"standard",
        description: [
            c"A generic permanent failure of the transaction, for example when the message is rejected after the final dot. As the greeting when the connection opens, it means \"No SMTP service here\". Under STARTTLS (RFC 3207), a server answers 554 to every command other than QUIT when the negotiated security level is inadequate.",
            c"Error permanente genérico de la transacción, por ejemplo cuando el servidor rechaza el mensaje tras el punto final de los datos. Si se envía como saludo al abrir la conexión, significa \"No SMTP service here\" (aquí no hay servicio SMTP). Con STARTTLS (RFC 3207), el servidor responde 554 a todos los comandos salvo QUIT cuando el nivel de seguridad negociado no es suficiente.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 3207 §4.1"],
        vendor_notes: &[
            Note {
                source: c"published SMTP reply-code lists (554 \"Requested mail action rejected: access denied\")",
                description: [
                    c"Also sent as \"Requested mail action rejected: access denied\": the server refuses mail from this client or sender by policy.",
                    c"También se envía como \"Requested mail action rejected: access denied\": el servidor rechaza por política el correo de este cliente o remitente.",
                ],
            },
            Note {
                source: c"Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
                description: [
                    c"Yahoo and AOL reply 554 \"Message not allowed - [PH01] Email not accepted for policy reasons\" for mail refused by policy, and 554 \"delivery error: dd ... This mailbox is disabled (554.30)\" for a disabled mailbox. [PH01] and 554.30 are Yahoo's codes in the text, not SMTP codes.",
                    c"Yahoo y AOL responden 554 \"Message not allowed - [PH01] Email not accepted for policy reasons\" para el correo rechazado por política, y 554 \"delivery error: dd ... This mailbox is disabled (554.30)\" para un buzón desactivado. [PH01] y 554.30 son códigos propios de Yahoo dentro del texto, no códigos SMTP.",
                ],
            },
        ],
    },
    Basic {
        name: c"MAIL_RCPT_PARAMETERS_NOT_RECOGNIZED",
        text: c"MAIL FROM/RCPT TO parameters not recognized or not implemented",
        status: c"standard",
        description: [
            c"The server does not recognize, or does not implement, one or more of the extension parameters given with MAIL FROM or RCPT TO.",
            c"El servidor no reconoce o no implementa uno o varios de los parámetros de extensión indicados en MAIL FROM o RCPT TO.",
        ],
        references: &[c"RFC 5321 §4.2.3", c"RFC 5321 §4.1.1.11"],
        vendor_notes: &[],
    },
    Basic {
        name: c"DOMAIN_DOES_NOT_ACCEPT_MAIL",
        text: c"Domain does not accept mail",
        status: c"standard",
        description: [
            c"The recipient's domain does not accept mail at all, typically because it publishes a \"null MX\" record (RFC 7505). A server uses 556 to reject such recipients, or to report the condition to the host that handed it the message; the failure is permanent.",
            c"El dominio del destinatario no acepta correo en absoluto, normalmente porque publica un registro MX nulo (\"null MX\", RFC 7505). Un servidor usa 556 para rechazar esos destinatarios o para comunicar la situación al host que le entregó el mensaje; el error es permanente.",
        ],
        references: &[c"RFC 7504 §4"],
        vendor_notes: &[],
    },
    Basic {
        name: c"TOO_MANY_DUPLICATE_MESSAGES",
        text: c"Too many duplicate messages",
        status: c"non-standard",
        description: [
            c"Non-standard reply used by some servers to reject a message of which they have received too many identical copies; it usually points to an anti-spam system on the receiving server. Although it is a 5yz code, the condition is often temporary (\"Resource temporarily unavailable\").",
            c"Respuesta no estándar que usan algunos servidores para rechazar un mensaje del que han recibido demasiadas copias idénticas; suele indicar que el servidor receptor tiene algún tipo de sistema antispam. Aunque es un código 5yz, la situación suele ser temporal (\"Resource temporarily unavailable\").",
        ],
        references: &[
            c"published SMTP reply-code lists (557 \"Too many duplicate messages\")",
        ],
        vendor_notes: &[],
    },
];
pub(crate) static ENHANCED: [Enhanced; 130] = [
    Enhanced {
        notation: c"X.0.0",
        name: c"OTHER_UNDEFINED_STATUS",
        text: c"Other undefined Status",
        status: c"standard",
        description: [
            c"The catch-all code: something went wrong and only the class (success, temporary or permanent failure) is known.",
            c"Código genérico: algo ha fallado y solo se conoce la clase (éxito, fallo temporal o fallo permanente).",
        ],
        references: &[c"RFC 3463 §3.1", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.0.350",
        name: c"EXCHANGE_GENERIC_ERROR",
        text: c"Generic error, x-dg-ref header is too long, or Requested action not taken: policy violation detected (AS345)",
        status: c"non-standard",
        description: [
            c"Exchange Online's catch-all for many unspecific errors reported by the recipient's organization. The \"x-dg-ref header is too long\" variant concerns Rich Text messages, and the AS345 policy violation concerns nested attachments.",
            c"Código genérico de Exchange Online para muchos errores poco concretos que comunica la organización del destinatario. La variante \"x-dg-ref header is too long\" afecta a mensajes en formato de texto enriquecido, y la infracción de política AS345, a adjuntos anidados.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.1.0",
        name: c"OTHER_ADDRESS_STATUS",
        text: c"Other address status",
        status: c"standard",
        description: [
            c"Something about an address in the message caused the report, without a more precise detail.",
            c"Algo relacionado con una dirección del mensaje provocó el aviso, sin un detalle más preciso.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 5.1.0 \"Sender denied\" when it cannot resolve the recipient, typically after someone replied offline to a message saved as a file, so the address lookup failed.",
                    c"Exchange Online devuelve 5.1.0 \"Sender denied\" (remitente denegado) cuando no puede resolver al destinatario, normalmente porque alguien respondió sin conexión a un mensaje guardado como archivo y la búsqueda de la dirección falló.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.1.1",
        name: c"BAD_DESTINATION_MAILBOX_ADDRESS",
        text: c"Bad destination mailbox address",
        status: c"standard",
        description: [
            c"The recipient's mailbox does not exist: the part of the address to the left of the \"@\" is wrong. Only meaningful as a permanent failure.",
            c"El buzón del destinatario no existe: la parte de la dirección a la izquierda de la \"@\" es incorrecta. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 550-5.1.1 when the account you tried to reach does not exist (NoSuchUser), which matches the registry meaning.",
                    c"Gmail responde 550-5.1.1 cuando la cuenta a la que se intenta escribir no existe (NoSuchUser), lo que coincide con el significado del registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.1.2",
        name: c"BAD_DESTINATION_SYSTEM_ADDRESS",
        text: c"Bad destination system address",
        status: c"standard",
        description: [
            c"The recipient's domain (the part after the \"@\") does not exist or cannot receive mail. Only meaningful as a permanent failure.",
            c"El dominio del destinatario (la parte que sigue a la \"@\") no existe o no puede recibir correo. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 553 5.1.2 \"We weren't able to find the recipient domain\" when the recipient's domain could not be found, which matches the registry meaning.",
                    c"Gmail responde 553 5.1.2 \"We weren't able to find the recipient domain\" cuando no encuentra el dominio del destinatario, lo que coincide con el significado del registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.1.3",
        name: c"BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX",
        text: c"Bad destination mailbox address syntax",
        status: c"standard",
        description: [
            c"The recipient's address is syntactically invalid, in any of its parts. Only meaningful as a permanent failure.",
            c"La dirección del destinatario tiene una sintaxis incorrecta, en cualquiera de sus partes. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 553 5.1.3 \"The recipient address <address> is not a valid RFC 5321 address\" when the recipient address is malformed, as the registry intends.",
                    c"Gmail responde 553 5.1.3 \"The recipient address <address> is not a valid RFC 5321 address\" cuando la dirección del destinatario está mal formada, como prevé el registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.1.4",
        name: c"DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS",
        text: c"Destination mailbox address ambiguous",
        status: c"standard",
        description: [
            c"The address matches more than one recipient on the destination system, for example because the server maps addresses to local mailboxes heuristically.",
            c"La dirección coincide con más de un destinatario en el sistema de destino, por ejemplo porque el servidor asigna las direcciones a buzones locales de forma aproximada.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.1.5",
        name: c"DESTINATION_ADDRESS_VALID",
        text: c"Destination address valid",
        status: c"standard",
        description: [
            c"The recipient's address is valid. Used in positive delivery reports and in successful replies to RCPT.",
            c"La dirección del destinatario es válida. Se usa en los avisos de entrega correcta y en las respuestas afirmativas a RCPT.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.1.6",
        name: c"DESTINATION_MAILBOX_MOVED",
        text: c"Destination mailbox has moved, No forwarding address",
        status: c"standard",
        description: [
            c"The address was valid once, but the mailbox no longer accepts mail and there is no forwarding address. Only meaningful as a permanent failure.",
            c"La dirección fue válida en su momento, pero el buzón ya no acepta correo y no hay dirección de reenvío. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.1.7",
        name: c"BAD_SENDER_MAILBOX_ADDRESS_SYNTAX",
        text: c"Bad sender's mailbox address syntax",
        status: c"standard",
        description: [
            c"The sender's address is syntactically invalid, in any of its parts.",
            c"La dirección del remitente tiene una sintaxis incorrecta, en cualquiera de sus partes.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.1.8",
        name: c"BAD_SENDER_SYSTEM_ADDRESS",
        text: c"Bad sender's system address",
        status: c"standard",
        description: [
            c"The sender's domain (the part after the \"@\") does not exist or cannot accept return mail, so bounces could not be delivered.",
            c"El dominio del remitente (la parte que sigue a la \"@\") no existe o no puede recibir correo de vuelta, por lo que los avisos de rebote no podrían entregarse.",
        ],
        references: &[c"RFC 3463 §3.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 5.1.8 \"Access denied, bad outbound sender\" when the sending account has been blocked for sending spam, usually because it was compromised. This is a sender block, not a problem with the sender's domain.",
                    c"Exchange Online devuelve 5.1.8 \"Access denied, bad outbound sender\" cuando la cuenta emisora ha sido bloqueada por enviar spam, normalmente porque estaba comprometida. Es un bloqueo del remitente, no un problema de su dominio.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.1.9",
        name: c"RELAYED_TO_NON_COMPLIANT_MAILER",
        text: c"Message relayed to non-compliant mailer",
        status: c"standard",
        description: [
            c"The address was valid, but the message was passed on to a system that does not support this protocol (message tracking), so nothing more can be reported.",
            c"La dirección era válida, pero el mensaje se transfirió a un sistema que no admite este protocolo (seguimiento de mensajes), así que no se puede informar de nada más.",
        ],
        references: &[c"RFC 3886", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.1.10",
        name: c"RECIPIENT_NULL_MX",
        text: c"Recipient address has null MX",
        status: c"standard",
        description: [
            c"The recipient's domain publishes a null MX record, declaring that it accepts no mail; the address cannot receive messages.",
            c"El dominio del destinatario publica un registro MX nulo, con el que declara que no acepta correo; la dirección no puede recibir mensajes.",
        ],
        references: &[
            c"RFC 7505 §4.1",
            c"RFC 7504",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online uses 550 5.1.10 \"Recipient not found\" when the recipient's address is not found by SMTP address lookup, unrelated to null MX.",
                    c"Exchange Online usa 550 5.1.10 \"Recipient not found\" cuando la búsqueda de la dirección SMTP no encuentra al destinatario, sin relación con el MX nulo.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"5.1.90",
        name: c"EXCHANGE_DAILY_RECIPIENT_LIMIT",
        text: c"Your message can't be sent because you've reached your daily limit for message recipients",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sender has reached the daily recipient rate limit. This can mean the account is compromised and being used to send spam.",
            c"Exchange Online: el remitente ha alcanzado el límite diario de destinatarios. Puede indicar que la cuenta está comprometida y se usa para enviar spam.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.2.0",
        name: c"OTHER_MAILBOX_STATUS",
        text: c"Other or undefined mailbox status",
        status: c"standard",
        description: [
            c"The mailbox exists, but something about it caused the report, without a more precise detail.",
            c"El buzón existe, pero algo relacionado con él provocó el aviso, sin un detalle más preciso.",
        ],
        references: &[c"RFC 3463 §3.3", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.2.1",
        name: c"MAILBOX_DISABLED",
        text: c"Mailbox disabled, not accepting messages",
        status: c"standard",
        description: [
            c"The mailbox exists but is not accepting messages. Permanent if it will never be re-enabled, temporary if it is only disabled for a while.",
            c"El buzón existe pero no acepta mensajes. Es permanente si nunca se va a reactivar y temporal si solo está desactivado durante un tiempo.",
        ],
        references: &[c"RFC 3463 §3.3", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail uses 550 5.2.1 both for a disabled or inactive account (DisabledUser), as the registry intends, and for a recipient receiving mail too fast to accept more (ReceivingRatePerm). Its temporary form, 450 4.2.1, means the recipient is receiving mail too quickly and the message should be sent again later.",
                    c"Gmail usa 550 5.2.1 tanto para una cuenta desactivada o inactiva (DisabledUser), como prevé el registro, como para un destinatario que recibe correo demasiado deprisa para aceptar más (ReceivingRatePerm). Su forma temporal, 450 4.2.1, indica que el destinatario está recibiendo correo demasiado deprisa y que hay que volver a enviar el mensaje más tarde.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail also replies 450 4.2.1 \"Peak SMTP relay limit exceeded for customer\" when a Google Workspace customer sending through its SMTP relay service exceeds the peak relay limit: a temporary limit on the sender, not on the recipient's mailbox.",
                    c"Gmail también responde 450 4.2.1 \"Peak SMTP relay limit exceeded for customer\" cuando un cliente de Google Workspace que envía a través de su servicio de retransmisión SMTP supera el límite máximo de retransmisión: es un límite temporal del remitente, no del buzón del destinatario.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.2.2",
        name: c"MAILBOX_FULL",
        text: c"Mailbox full",
        status: c"standard",
        description: [
            c"The recipient's mailbox is full: it has reached its quota or its physical capacity. The recipient can free space by deleting messages, so it is meant as a persistent temporary failure.",
            c"El buzón del destinatario está lleno: ha alcanzado su cuota o su capacidad física. El destinatario puede liberar espacio borrando mensajes, por lo que se considera un fallo temporal persistente.",
        ],
        references: &[c"RFC 3463 §3.3", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online uses 5.2.2 \"Submission quota exceeded\" when the sender has exceeded the recipient rate limit or the message rate limit, which often means the account is compromised. It is about the sender's quota, not a full mailbox.",
                    c"Exchange Online usa 5.2.2 \"Submission quota exceeded\" cuando el remitente ha superado el límite de destinatarios o de mensajes por periodo, lo que a menudo indica que la cuenta está comprometida. Se refiere a la cuota del remitente, no a un buzón lleno.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 452 4.2.2 or 552 5.2.2 (OverQuotaTemp, OverQuotaPerm) when the recipient's inbox is out of storage, as the registry intends.",
                    c"Gmail responde 452 4.2.2 o 552 5.2.2 (OverQuotaTemp, OverQuotaPerm) cuando el buzón del destinatario se ha quedado sin espacio, como prevé el registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.2.3",
        name: c"MESSAGE_LENGTH_EXCEEDS_LIMIT",
        text: c"Message length exceeds administrative limit",
        status: c"standard",
        description: [
            c"The message is larger than the size limit set for this mailbox, which is lower than the system-wide limit. Meant as a permanent failure.",
            c"El mensaje supera el límite de tamaño fijado para este buzón, que es inferior al límite general del sistema. Se considera un fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.3", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 552-5.2.3 when the message exceeds Google's message size limit, a system-wide limit rather than a per-mailbox one.",
                    c"Gmail responde 552-5.2.3 cuando el mensaje supera el límite de tamaño de Google, que es un límite general y no propio de cada buzón.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.2.4",
        name: c"MAILING_LIST_EXPANSION_PROBLEM",
        text: c"Mailing list expansion problem",
        status: c"standard",
        description: [
            c"The address is a mailing list and the list could not be expanded into its members. Can be permanent or temporary.",
            c"La dirección es una lista de correo y no se pudo expandir en sus miembros. Puede ser un fallo permanente o temporal.",
        ],
        references: &[c"RFC 3463 §3.3", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.2.121",
        name: c"EXCHANGE_SENDER_HOURLY_LIMIT_TO_RECIPIENT",
        text: c"Recipient's per hour message receive limit from specific sender exceeded",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sender has sent more messages per hour to one recipient than allowed. The sender should retry later and send fewer messages per hour to that recipient.",
            c"Exchange Online: el remitente ha enviado a un mismo destinatario más mensajes por hora de los permitidos. Debe volver a intentarlo más tarde y enviarle menos mensajes por hora.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.2.122",
        name: c"EXCHANGE_RECIPIENT_HOURLY_RECEIVE_LIMIT",
        text: c"Recipient's per hour message receive limit exceeded",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient has received more messages per hour, from all senders together, than allowed. Senders should retry later.",
            c"Exchange Online: el destinatario ha recibido más mensajes por hora, sumando todos los remitentes, de los permitidos. Los remitentes deben volver a intentarlo más tarde.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.3.0",
        name: c"OTHER_MAIL_SYSTEM_STATUS",
        text: c"Other or undefined mail system status",
        status: c"standard",
        description: [
            c"The destination system exists and normally accepts mail, but something about it caused the report.",
            c"El sistema de destino existe y normalmente acepta correo, pero algo relacionado con él provocó el aviso.",
        ],
        references: &[c"RFC 3463 §3.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 421 4.3.0 or 451 4.3.0 for a temporary system problem, and 451 4.3.0 also when a transaction has recipients in more than one destination domain.",
                    c"Gmail responde 421 4.3.0 o 451 4.3.0 ante un problema temporal del sistema, y 451 4.3.0 también cuando una transacción tiene destinatarios de más de un dominio.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.3.1",
        name: c"MAIL_SYSTEM_FULL",
        text: c"Mail system full",
        status: c"standard",
        description: [
            c"The mail system has run out of storage. Unlike a full mailbox, the recipient usually cannot fix it by deleting messages. Only meaningful as a persistent temporary failure.",
            c"El sistema de correo se ha quedado sin espacio de almacenamiento. A diferencia de un buzón lleno, el destinatario normalmente no puede resolverlo borrando mensajes. Solo tiene sentido como fallo temporal persistente.",
        ],
        references: &[c"RFC 3463 §3.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Understanding back pressure, Exchange Server (https://learn.microsoft.com/exchange/mail-flow/back-pressure)",
                description: [
                    c"Exchange Server answers 452 4.3.1 \"Insufficient system resources\" while back pressure is on: the transport server is short of disk space or memory and stops accepting messages until resources recover, as the registry intends.",
                    c"Exchange Server responde 452 4.3.1 \"Insufficient system resources\" mientras está activa la contrapresión (back pressure): al servidor de transporte le falta espacio en disco o memoria y deja de aceptar mensajes hasta que se recupera, como prevé el registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.3.2",
        name: c"SYSTEM_NOT_ACCEPTING_MESSAGES",
        text: c"System not accepting network messages",
        status: c"standard",
        description: [
            c"The host holding the mailbox is not accepting messages, for example because of an imminent shutdown, excessive load or maintenance. Can be permanent or temporary.",
            c"El servidor donde está el buzón no acepta mensajes, por ejemplo por un apagado inminente, exceso de carga o mantenimiento. Puede ser un fallo permanente o temporal.",
        ],
        references: &[
            c"RFC 3463 §3.4",
            c"RFC 7504",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online replies 432 4.3.2 \"STOREDRV.Deliver; recipient thread limit exceeded\" when it throttles a mailbox that is receiving too many messages too quickly. The basic code 432 collides with RFC 4954's password-transition reply.",
                    c"Exchange Online responde 432 4.3.2 \"STOREDRV.Deliver; recipient thread limit exceeded\" (límite de subprocesos del destinatario superado) cuando limita un buzón que recibe demasiados mensajes demasiado deprisa. El código básico 432 choca con la respuesta de transición de contraseña de la RFC 4954.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.3.3",
        name: c"SYSTEM_NOT_CAPABLE_OF_FEATURES",
        text: c"System not capable of selected features",
        status: c"standard",
        description: [
            c"The destination system does not support features requested for the message, as happens in gateways that cannot map a feature from one mail system onto another.",
            c"El sistema de destino no admite funciones solicitadas para el mensaje, como ocurre en las pasarelas que no pueden trasladar una función de un sistema de correo a otro.",
        ],
        references: &[c"RFC 3463 §3.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.3.4",
        name: c"MESSAGE_TOO_BIG_FOR_SYSTEM",
        text: c"Message too big for system",
        status: c"standard",
        description: [
            c"The message is larger than the system's per-message size limit, whether physical or administrative. Only meaningful as a permanent failure.",
            c"El mensaje supera el límite de tamaño por mensaje del sistema, ya sea físico o administrativo. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 552 5.3.4 when a message exceeds Google's message size limits, its message header size limits (for one header or all of them) or its limit on the number of attachments.",
                    c"Gmail responde 552 5.3.4 cuando un mensaje supera los límites de tamaño de Google, sus límites de tamaño de cabeceras (de una cabecera o de todas) o su límite de número de adjuntos.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.3.5",
        name: c"SYSTEM_INCORRECTLY_CONFIGURED",
        text: c"System incorrectly configured",
        status: c"standard",
        description: [
            c"The system is configured in a way that prevents it from accepting this message.",
            c"El sistema está configurado de una forma que le impide aceptar este mensaje.",
        ],
        references: &[c"RFC 3463 §3.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.3.6",
        name: c"PRIORITY_CHANGED",
        text: c"Requested priority was changed",
        status: c"standard",
        description: [
            c"The message was accepted, but not with the priority requested (MT-PRIORITY). The reply text gives the new priority, then a space and an explanation.",
            c"El mensaje se aceptó, pero no con la prioridad solicitada (MT-PRIORITY). El texto de la respuesta indica la nueva prioridad, seguida de un espacio y una explicación.",
        ],
        references: &[c"RFC 6710", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.3.190",
        name: c"EXCHANGE_JOURNALING_NOT_SUPPORTED",
        text: c"Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled",
        status: c"non-standard",
        description: [
            c"Exchange Online: an on-premises journaling rule sends journal reports to Microsoft 365, but the organization has not turned on Journaling Archive. The administrator must enable it or send the journal elsewhere.",
            c"Exchange Online: una regla de diario local envía informes de diario a Microsoft 365, pero la organización no ha activado el archivo de diario (Journaling Archive). El administrador debe activarlo o enviar los informes de diario a otro destino.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.4.0",
        name: c"OTHER_NETWORK_ROUTING_STATUS",
        text: c"Other or undefined network or routing status",
        status: c"standard",
        description: [
            c"Something went wrong in the network or the routing, but the problem is unclear or fits no other detail code.",
            c"Algo falló en la red o en el enrutamiento, pero el problema no está claro o no encaja en ningún otro código de detalle.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.4.1",
        name: c"NO_ANSWER_FROM_HOST",
        text: c"No answer from host",
        status: c"standard",
        description: [
            c"The outgoing connection attempt got no answer: the remote system was busy or could not take the call. Only meaningful as a persistent temporary failure.",
            c"El intento de conexión saliente no obtuvo respuesta: el sistema remoto estaba ocupado o no pudo atender la llamada. Solo tiene sentido como fallo temporal persistente.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online uses 5.4.1 in two unrelated ways: \"Relay Access Denied\" when the server does not accept mail for the recipient's domain (a mail server or DNS misconfiguration), and, with Directory-Based Edge Blocking, \"Recipient address rejected: Access denied\" when the recipient does not exist. Neither is about a host not answering.",
                    c"Exchange Online usa 5.4.1 con dos sentidos distintos: \"Relay Access Denied\" (retransmisión denegada) cuando el servidor no acepta correo para el dominio del destinatario (un error de configuración del servidor o del DNS) y, con el bloqueo perimetral basado en directorio (DBEB), \"Recipient address rejected: Access denied\" cuando el destinatario no existe. Ninguno de los dos indica que un servidor no responda.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.4.2",
        name: c"BAD_CONNECTION",
        text: c"Bad connection",
        status: c"standard",
        description: [
            c"The connection was established but the transaction could not be completed, because of a timeout or a poor-quality connection. Only meaningful as a persistent temporary failure.",
            c"La conexión se estableció pero la transacción no pudo completarse, por un tiempo de espera agotado o una conexión de mala calidad. Solo tiene sentido como fallo temporal persistente.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 451 4.4.2 \"Timeout - closing connection\" when the connection times out, as the registry intends.",
                    c"Gmail responde 451 4.4.2 \"Timeout - closing connection\" cuando se agota el tiempo de espera de la conexión, como prevé el registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.4.3",
        name: c"DIRECTORY_SERVER_FAILURE",
        text: c"Directory server failure",
        status: c"standard",
        description: [
            c"The message could not be forwarded because a directory server, such as a DNS server, was unavailable. Only meaningful as a persistent temporary failure.",
            c"El mensaje no pudo reenviarse porque un servidor de directorio, como un servidor DNS, no estaba disponible. Solo tiene sentido como fallo temporal persistente.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.4.4",
        name: c"UNABLE_TO_ROUTE",
        text: c"Unable to route",
        status: c"standard",
        description: [
            c"The next hop could not be determined because the directory server had no routing information, for example when DNS returns only an SOA record for the domain. Can be permanent or temporary.",
            c"No se pudo determinar el siguiente salto porque el servidor de directorio no tenía información de enrutamiento, por ejemplo cuando el DNS solo devuelve un registro SOA para el dominio. Puede ser un fallo permanente o temporal.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.4.5",
        name: c"MAIL_SYSTEM_CONGESTION",
        text: c"Mail system congestion",
        status: c"standard",
        description: [
            c"The message could not be delivered because the mail system was congested. Only meaningful as a persistent temporary failure.",
            c"El mensaje no pudo entregarse porque el sistema de correo estaba saturado. Solo tiene sentido como fallo temporal persistente.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 421 4.4.5 when its servers are busy and the sender should try again later.",
                    c"Gmail responde 421 4.4.5 cuando sus servidores están ocupados y el remitente debe volver a intentarlo más tarde.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 550 5.4.5 \"Daily sending quota exceeded\" or \"Daily SMTP relay limit exceeded for user\" when the sender has reached a daily sending limit: a quota of the sender, which contradicts the registry meaning (mail system congestion).",
                    c"Gmail responde 550 5.4.5 \"Daily sending quota exceeded\" o \"Daily SMTP relay limit exceeded for user\" (cuota diaria de envío o límite diario de retransmisión SMTP superados) cuando el remitente ha alcanzado un límite diario de envío: es una cuota del remitente, lo que contradice el significado del registro (congestión del sistema de correo).",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.4.6",
        name: c"ROUTING_LOOP_DETECTED",
        text: c"Routing loop detected",
        status: c"standard",
        description: [
            c"The message was forwarded too many times because of a routing loop, caused by wrong routing tables or by users forwarding to each other.",
            c"El mensaje se reenvió demasiadas veces por un bucle de enrutamiento, causado por tablas de enrutamiento erróneas o por usuarios que se reenvían el correo entre sí.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange reports a mail loop as 5.4.6 when it is detected by an on-premises Exchange server (seen in hybrid set-ups) and as 5.4.14 when detected by Exchange Online; by default the loop is broken after 20 iterations.",
                    c"Exchange indica un bucle de correo con 5.4.6 cuando lo detecta un servidor Exchange local (se ve en entornos híbridos) y con 5.4.14 cuando lo detecta Exchange Online; de forma predeterminada el bucle se corta tras 20 iteraciones.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.4.7",
        name: c"DELIVERY_TIME_EXPIRED",
        text: c"Delivery time expired",
        status: c"standard",
        description: [
            c"The message was considered too old: it stayed in a queue too long or its time-to-live ran out. Where possible, the code of the actual delivery problem should be reported instead.",
            c"El mensaje se consideró demasiado antiguo: permaneció demasiado tiempo en una cola o se agotó su tiempo de vida. Cuando sea posible, debe indicarse en su lugar el código del problema real de entrega.",
        ],
        references: &[c"RFC 3463 §3.5", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 4.4.7 \"Message expired\" when a queued message could not be relayed or delivered before it expired; it can also follow a header limit on the remote server or another protocol timeout. Microsoft also lists 5.4.300 \"Message expired\": the message took too long to be delivered, because the destination server never responded or the NDR for it could not be delivered to the original sender.",
                    c"Exchange Online devuelve 4.4.7 \"Message expired\" cuando un mensaje en cola no pudo retransmitirse ni entregarse antes de caducar; también puede deberse a un límite de cabeceras en el servidor remoto o a otro tiempo de espera del protocolo. Microsoft también indica 5.4.300 \"Message expired\": la entrega tardó demasiado, porque el servidor de destino nunca respondió o porque el NDR no pudo llegar al remitente original.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.4.8",
        name: c"MTA_STS_MX_VALIDATION_FAILED",
        text: c"MX hosts of <domain> failed MTA-STS validation",
        status: c"non-standard",
        description: [
            c"Exchange Online: the destination's MX host is not one of the hosts allowed by the domain's MTA-STS policy, usually because the policy does not list it. Used as 4.4.8 (temporary) and 5.4.8 (permanent).",
            c"Exchange Online: el servidor MX de destino no figura entre los permitidos por la política MTA-STS del dominio, normalmente porque la política no lo incluye. Se usa como 4.4.8 (temporal) y 5.4.8 (permanente).",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[
            Note {
                source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
                description: [
                    c"The Exchange 2003 list gives 548 (5.4.8 without dots) as \"Bad recipient policy\".",
                    c"La lista de Exchange 2003 da 548 (5.4.8 sin puntos) como \"Bad recipient policy\" (política de destinatarios incorrecta).",
                ],
            },
            Note {
                source: c"go-sisimai (sisimai/go-sisimai), from an SMTP Internet-Draft",
                description: [
                    c"An Internet-Draft, never registered with IANA, proposed X.4.8 for \"Retry on IPv4\".",
                    c"Un borrador de Internet, nunca registrado en la IANA, propuso X.4.8 para \"Retry on IPv4\" (reintentar por IPv4).",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"4.4.9",
        name: c"EXCHANGE_DNS_ROUTING_PROBLEM",
        text: c"DNS or smart host routing problem",
        status: c"non-standard",
        description: [
            c"Microsoft Exchange Server (2003 era): a DNS problem while routing, often a wrong smart host setting on the SMTP connector (an IP address must be in square brackets) or routing groups that were deleted. Written without dots as 449.",
            c"Microsoft Exchange Server (época de 2003): un problema de DNS al enrutar, a menudo una configuración errónea del host inteligente en el conector SMTP (la dirección IP debe ir entre corchetes) o grupos de enrutamiento eliminados. Se escribe sin puntos como 449.",
        ],
        references: &[
            c"IndoVPS tutorials (http://www.indovps.com/cat/tutorial/page/2) (449 = 4.4.9)",
            c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.4.14",
        name: c"EXCHANGE_ROUTING_LOOP",
        text: c"Routing loop detected",
        status: c"non-standard",
        description: [
            c"Exchange Online: a configuration error, such as automatic forwarding rules, created a mail loop. Exchange breaks the loop after 20 iterations by default; on-premises servers report the same condition as 5.4.6.",
            c"Exchange Online: un error de configuración, como reglas de reenvío automático, creó un bucle de correo. De forma predeterminada Exchange corta el bucle tras 20 iteraciones; los servidores locales indican lo mismo con 5.4.6.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.4.300",
        name: c"EXCHANGE_MESSAGE_EXPIRED",
        text: c"Message expired",
        status: c"non-standard",
        description: [
            c"Exchange Online: delivery took too long, because the destination server never answered or because the bounce for the message could not be delivered to the original sender.",
            c"Exchange Online: la entrega tardó demasiado, porque el servidor de destino nunca respondió o porque el aviso de rebote del mensaje no pudo entregarse al remitente original.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"4.4.316",
        name: c"EXCHANGE_CONNECTION_REFUSED",
        text: c"Connection refused [Message=Socket error code 10061]",
        status: c"non-standard",
        description: [
            c"Exchange Online could not connect to an email server outside Microsoft 365 because of a network problem at the external server's site. The error includes the IP address of the server involved.",
            c"Exchange Online no pudo conectarse a un servidor de correo externo a Microsoft 365 por un problema de red en la ubicación de ese servidor. El error incluye la dirección IP del servidor afectado.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.5.0",
        name: c"OTHER_PROTOCOL_STATUS",
        text: c"Other or undefined protocol status",
        status: c"standard",
        description: [
            c"Something went wrong with the mail transfer protocol to the next hop, and no other detail code describes it well.",
            c"Algo falló en el protocolo de transferencia de correo con el siguiente salto, y ningún otro código de detalle lo describe bien.",
        ],
        references: &[c"RFC 3463 §3.6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Outlook.com replies 550 5.5.0 \"Requested action not taken: mailbox unavailable\" when an @outlook.com or @hotmail.com recipient is not found, meaning an unknown user rather than a protocol problem.",
                    c"Outlook.com responde 550 5.5.0 \"Requested action not taken: mailbox unavailable\" (buzón no disponible) cuando no encuentra a un destinatario @outlook.com o @hotmail.com; significa usuario desconocido y no un problema de protocolo.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 451 4.5.0 or 454 4.5.0 for SMTP protocol violations, such as commands pipelined after STARTTLS.",
                    c"Gmail responde 451 4.5.0 o 454 4.5.0 ante infracciones del protocolo SMTP, como enviar comandos encadenados (pipelining) tras STARTTLS.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.5.1",
        name: c"INVALID_COMMAND",
        text: c"Invalid command",
        status: c"standard",
        description: [
            c"A protocol command was sent out of sequence or is not supported. Only meaningful as a permanent failure.",
            c"Se envió un comando del protocolo fuera de orden o que no está admitido. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.5.2",
        name: c"SYNTAX_ERROR",
        text: c"Syntax error",
        status: c"standard",
        description: [
            c"A protocol command could not be interpreted, because its syntax was wrong or the command is unknown. Only meaningful as a permanent failure.",
            c"No se pudo interpretar un comando del protocolo, porque su sintaxis era incorrecta o el comando es desconocido. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.5.3",
        name: c"TOO_MANY_RECIPIENTS",
        text: c"Too many recipients",
        status: c"standard",
        description: [
            c"The message has more recipients than the protocol can deliver at once. The sender should normally split it and send the rest later; this code is for when that is not possible.",
            c"El mensaje tiene más destinatarios de los que el protocolo puede entregar de una vez. Normalmente el remitente debería dividirlo y enviar el resto más tarde; este código es para cuando eso no es posible.",
        ],
        references: &[c"RFC 3463 §3.6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 4.5.3 \"Too many recipients\" when a message has more than 200 envelope recipients in the same domain; the sender should split them into smaller batches.",
                    c"Exchange Online devuelve 4.5.3 \"Too many recipients\" cuando un mensaje tiene más de 200 destinatarios de sobre del mismo dominio; el remitente debe dividirlos en lotes más pequeños.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 452 4.5.3 when a message has too many recipients, or when the recipient domain's policies for one transaction are exceeded; the recipient should be tried in a separate transaction.",
                    c"Gmail responde 452 4.5.3 cuando un mensaje tiene demasiados destinatarios o se superan las políticas del dominio del destinatario para una sola transacción; hay que intentar ese destinatario en otra transacción.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.5.4",
        name: c"INVALID_COMMAND_ARGUMENTS",
        text: c"Invalid command arguments",
        status: c"standard",
        description: [
            c"A valid protocol command was sent with invalid arguments: out of range or naming unknown features. Only meaningful as a permanent failure.",
            c"Se envió un comando válido del protocolo con argumentos no válidos: fuera de rango o referidos a funciones desconocidas. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.5.5",
        name: c"WRONG_PROTOCOL_VERSION",
        text: c"Wrong protocol version",
        status: c"standard",
        description: [
            c"The two sides use protocol versions that do not match, and they could not resolve it automatically.",
            c"Las dos partes usan versiones del protocolo que no coinciden y no pudieron resolverlo automáticamente.",
        ],
        references: &[c"RFC 3463 §3.6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.5.6",
        name: c"AUTH_EXCHANGE_LINE_TOO_LONG",
        text: c"Authentication Exchange line is too long",
        status: c"standard",
        description: [
            c"The AUTH command failed because the client sent a base64 response longer than the buffer the chosen SASL mechanism allows. Can be permanent or temporary.",
            c"El comando AUTH falló porque el cliente envió una respuesta en base64 más larga que el búfer que permite el mecanismo SASL elegido. Puede ser un fallo permanente o temporal.",
        ],
        references: &[c"RFC 4954 §6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.0",
        name: c"OTHER_MEDIA_ERROR",
        text: c"Other or undefined media error",
        status: c"standard",
        description: [
            c"Something about the message content made it undeliverable, and no other detail code describes it well.",
            c"Algo en el contenido del mensaje impidió entregarlo, y ningún otro código de detalle lo describe bien.",
        ],
        references: &[c"RFC 3463 §3.7", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.1",
        name: c"MEDIA_NOT_SUPPORTED",
        text: c"Media not supported",
        status: c"standard",
        description: [
            c"The message's media type is not supported by the delivery protocol or by the next system on the path. Only meaningful as a permanent failure.",
            c"El tipo de contenido del mensaje no lo admite el protocolo de entrega o el siguiente sistema de la ruta. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.7", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.2",
        name: c"CONVERSION_REQUIRED_AND_PROHIBITED",
        text: c"Conversion required and prohibited",
        status: c"standard",
        description: [
            c"The content must be converted before delivery, but conversion is not allowed, either by the sender's request in the message or by the sending host's policy.",
            c"El contenido debe convertirse antes de la entrega, pero la conversión no está permitida, ya sea por petición del remitente en el mensaje o por la política del servidor emisor.",
        ],
        references: &[c"RFC 3463 §3.7", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.3",
        name: c"CONVERSION_REQUIRED_NOT_SUPPORTED",
        text: c"Conversion required but not supported",
        status: c"standard",
        description: [
            c"The content must be converted to be forwarded, but a host on the path cannot do it, for example a gateway that accepts 8-bit data but cannot downgrade it to 7 bits for the next hop.",
            c"El contenido debe convertirse para poder reenviarse, pero un servidor de la ruta no puede hacerlo, por ejemplo una pasarela que acepta datos de 8 bits pero no puede pasarlos a 7 bits para el siguiente salto.",
        ],
        references: &[c"RFC 3463 §3.7", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.4",
        name: c"CONVERSION_WITH_LOSS_PERFORMED",
        text: c"Conversion with loss performed",
        status: c"standard",
        description: [
            c"A warning that the message was delivered after a conversion that lost some data. It is a permanent failure instead if the sender prohibited lossy conversion.",
            c"Aviso de que el mensaje se entregó tras una conversión en la que se perdieron datos. Si el remitente prohibió las conversiones con pérdida, es en cambio un fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.7", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.5",
        name: c"CONVERSION_FAILED",
        text: c"Conversion Failed",
        status: c"standard",
        description: [
            c"A conversion was needed but did not succeed. Can be permanent or temporary.",
            c"Hacía falta una conversión pero no se pudo realizar. Puede ser un fallo permanente o temporal.",
        ],
        references: &[c"RFC 3463 §3.7", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.6",
        name: c"MESSAGE_CONTENT_NOT_AVAILABLE",
        text: c"Message content not available",
        status: c"standard",
        description: [
            c"The message content could not be fetched from the remote system it was supposed to come from (BURL submission). Can be permanent or temporary.",
            c"No se pudo obtener el contenido del mensaje del sistema remoto del que debía proceder (envío con BURL). Puede ser un fallo permanente o temporal.",
        ],
        references: &[c"RFC 4468", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.7",
        name: c"NON_ASCII_ADDRESSES_NOT_PERMITTED",
        text: c"Non-ASCII addresses not permitted for that sender/recipient",
        status: c"standard",
        description: [
            c"A MAIL or RCPT command used a non-ASCII (internationalized) address that is not permitted for that sender or recipient.",
            c"Un comando MAIL o RCPT usó una dirección no ASCII (internacionalizada) que no está permitida para ese remitente o destinatario.",
        ],
        references: &[c"RFC 6531", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.8",
        name: c"UTF8_REPLY_REQUIRED",
        text: c"UTF-8 string reply is required, but not permitted by the SMTP client",
        status: c"standard",
        description: [
            c"Showing the mailbox name needs a reply containing UTF-8, but the SMTP client has not allowed such replies (for example in VRFY or EXPN).",
            c"Para mostrar el nombre del buzón hace falta una respuesta con UTF-8, pero el cliente SMTP no ha permitido ese tipo de respuestas (por ejemplo en VRFY o EXPN).",
        ],
        references: &[c"RFC 6531", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.9",
        name: c"UTF8_HEADER_MESSAGE_REJECTED",
        text: c"UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected",
        status: c"standard",
        description: [
            c"The message has UTF-8 header fields and cannot be passed on to one or more recipients, so it is rejected after the final \".\" of DATA.",
            c"El mensaje tiene campos de cabecera en UTF-8 y no puede transferirse a uno o varios destinatarios, por lo que se rechaza tras el \".\" final de DATA.",
        ],
        references: &[c"RFC 6531", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.6.10",
        name: c"UTF8_REPLY_REQUIRED_DUPLICATE",
        text: c"",
        status: c"obsolete",
        description: [
            c"A deprecated duplicate of X.6.8: the registry gives it no sample text and no basic codes. Use X.6.8 instead.",
            c"Duplicado obsoleto de X.6.8; el registro no le asigna texto de ejemplo ni códigos básicos. Debe usarse X.6.8 en su lugar.",
        ],
        references: &[c"RFC 6531", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.6.11",
        name: c"EXCHANGE_BARE_LINE_FEED",
        text: c"Invalid characters",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sender's email program put invalid characters in the message, namely bare line feeds (LF without CR).",
            c"Exchange Online: el programa de correo del remitente introdujo caracteres no válidos en el mensaje, en concreto saltos de línea sueltos (LF sin CR).",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.0",
        name: c"OTHER_SECURITY_STATUS",
        text: c"Other or undefined security status",
        status: c"standard",
        description: [
            c"Something related to security or policy caused the report and no other detail fits, or security policy does not allow saying more. Also used for a successful AUTH (235 2.7.0).",
            c"Algo relacionado con la seguridad o con una política provocó el aviso y ningún otro detalle encaja, o la política de seguridad no permite dar más información. También se usa al autenticarse con éxito (235 2.7.0).",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 421 4.7.0 when the sending IP is not on the recipient domain's allowlist, when the recipient domain requires TLS, for a denial-of-service block at HELO, or for low sender reputation or an unusual rate of unsolicited mail; 454 4.7.0 for too many login attempts or a temporary authentication problem; and 552-5.7.0 when a message carries a blocked attachment.",
                    c"Gmail responde 421 4.7.0 cuando la IP emisora no está en la lista de permitidos del dominio del destinatario, cuando ese dominio exige TLS, por un bloqueo por denegación de servicio en HELO, o por mala reputación del remitente o un volumen inusual de correo no deseado; 454 4.7.0 ante demasiados intentos de inicio de sesión o un problema temporal de autenticación; y 552-5.7.0 cuando el mensaje lleva un adjunto bloqueado.",
                ],
            },
            Note {
                source: c"Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
                description: [
                    c"Yahoo and AOL reply 421 4.7.0 [TSS04] \"Messages from <IP> temporarily deferred due to unexpected volume or user complaints\": [TSS04] is Yahoo's own code in the text, not an SMTP code; the sending IP is deferred for its volume or reputation.",
                    c"Yahoo y AOL responden 421 4.7.0 [TSS04] \"Messages from <IP> temporarily deferred due to unexpected volume or user complaints\": [TSS04] es un código propio de Yahoo dentro del texto, no un código SMTP; se aplaza la IP emisora por su volumen o su reputación.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.1",
        name: c"DELIVERY_NOT_AUTHORIZED",
        text: c"Delivery not authorized, message refused",
        status: c"standard",
        description: [
            c"The sender is not authorized to send to this destination, because of per-host or per-recipient filtering. Only meaningful as a permanent failure.",
            c"El remitente no está autorizado a enviar a este destino, por un filtrado por servidor o por destinatario. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 550-5.7.1 for many policy rejections: low reputation of the sending IP or domain, likely unsolicited mail, or messages that do not comply with RFC 5322 (for example a missing or invalid From header field).",
                    c"Gmail responde 550-5.7.1 ante muchos rechazos por política: mala reputación de la IP o del dominio emisor, correo probablemente no deseado o mensajes que no cumplen la RFC 5322 (por ejemplo, sin campo From o con uno no válido).",
                ],
            },
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 5.7.1 \"Delivery not authorized\" when the sender is not allowed to send to the recipient, typically a distribution group that accepts mail only from its members or other authorized senders, or when a transport rule rejects the message. It matches the registry meaning.",
                    c"Exchange Online devuelve 5.7.1 \"Delivery not authorized\" cuando el remitente no tiene permiso para escribir al destinatario, normalmente un grupo de distribución que solo acepta correo de sus miembros o de otros remitentes autorizados, o cuando una regla de transporte rechaza el mensaje. Coincide con el significado del registro.",
                ],
            },
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 5.7.1 \"Unable to relay\" when an anonymous sender tries to send through a server that does not accept mail for the recipient's domain: spam relaying attempts, an MX record pointing to a server that does not accept the domain, or a client without permission to relay.",
                    c"Exchange Online devuelve 5.7.1 \"Unable to relay\" cuando un remitente anónimo intenta enviar a través de un servidor que no acepta correo para el dominio del destinatario: intentos de retransmitir spam, un registro MX que apunta a un servidor que no acepta ese dominio o un cliente sin permiso para retransmitir.",
                ],
            },
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 5.7.1 \"Client was not authenticated\" (for example \"530 5.7.1 Client was not authenticated\") when the receiving server requires the sending system to authenticate before it submits a message and it has not done so.",
                    c"Exchange Online devuelve 5.7.1 \"Client was not authenticated\" (por ejemplo, \"530 5.7.1 Client was not authenticated\") cuando el servidor receptor exige que el sistema emisor se autentique antes de enviar un mensaje y este no lo ha hecho.",
                ],
            },
            Note {
                source: c"Outlook.com Postmaster: Troubleshooting (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)",
                description: [
                    c"Outlook.com replies 550 5.7.1 \"Unfortunately, messages from [IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140)\" (or S3150): the sending IP is in a blocked network range. S3140 and S3150 are Outlook.com's codes in the text.",
                    c"Outlook.com responde 550 5.7.1 \"Unfortunately, messages from [IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140)\" (o S3150): la IP emisora pertenece a un rango de red que figura en la lista de bloqueo de Outlook.com. S3140 y S3150 son códigos propios de Outlook.com dentro del texto.",
                ],
            },
            Note {
                source: c"Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
                description: [
                    c"Yahoo and AOL reply 553 5.7.1 [BL21] or [BL23] when the connecting IP is on a Spamhaus blocklist; BL21 and BL23 are Yahoo's codes in the text.",
                    c"Yahoo y AOL responden 553 5.7.1 [BL21] o [BL23] cuando la IP que se conecta figura en una lista de bloqueo de Spamhaus; BL21 y BL23 son códigos propios de Yahoo dentro del texto.",
                ],
            },
            Note {
                source: c"Postfix postconf(5) (https://www.postfix.org/postconf.5.html)",
                description: [
                    c"Postfix answers 554 5.7.1 \"<address>: Relay access denied\" when a client that is not allowed to relay sends to a domain the server does not handle (reject_unauth_destination, reply code relay_domains_reject_code, 554 by default), and 554 5.7.1 \"Service unavailable; Client host [IP] blocked using <DNSBL>\" when the client is on a DNS blocklist (reject_rbl_client, default_rbl_reply).",
                    c"Postfix responde 554 5.7.1 \"<address>: Relay access denied\" cuando un cliente sin permiso para retransmitir envía a un dominio que el servidor no gestiona (reject_unauth_destination, código relay_domains_reject_code, 554 de forma predeterminada), y 554 5.7.1 \"Service unavailable; Client host [IP] blocked using <DNSBL>\" cuando el cliente figura en una lista de bloqueo DNS (reject_rbl_client, default_rbl_reply).",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.2",
        name: c"MAILING_LIST_EXPANSION_PROHIBITED",
        text: c"Mailing list expansion prohibited",
        status: c"standard",
        description: [
            c"The sender is not authorized to send to this mailing list. Only meaningful as a permanent failure.",
            c"El remitente no está autorizado a enviar a esta lista de correo. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
                description: [
                    c"Yahoo and AOL reply 553 5.7.2 [TSS09] \"All messages from <IP> will be permanently deferred; Retrying will NOT succeed\": a block of the sending IP, unrelated to the registry meaning (mailing list expansion).",
                    c"Yahoo y AOL responden 553 5.7.2 [TSS09] \"All messages from <IP> will be permanently deferred; Retrying will NOT succeed\": un bloqueo de la IP emisora, sin relación con el significado del registro (expansión de listas de correo).",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.3",
        name: c"SECURITY_CONVERSION_NOT_POSSIBLE",
        text: c"Security conversion required but not possible",
        status: c"standard",
        description: [
            c"Delivery required converting between two secure messaging protocols, and that conversion was not possible. Only meaningful as a permanent failure.",
            c"La entrega exigía convertir entre dos protocolos de mensajería segura y esa conversión no fue posible. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Enable or disable SMTP AUTH in Exchange Online (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission)",
                description: [
                    c"Microsoft 365 answers 535 5.7.3 \"Authentication unsuccessful\" when SMTP AUTH client submission fails, for example because the credentials are wrong or basic authentication is not accepted. It has nothing to do with the registry meaning (security conversion).",
                    c"Microsoft 365 responde 535 5.7.3 \"Authentication unsuccessful\" cuando falla el envío SMTP autenticado del cliente (SMTP AUTH), por ejemplo porque las credenciales son incorrectas o no se acepta la autenticación básica. No tiene nada que ver con el significado del registro (conversión de seguridad).",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.4",
        name: c"SECURITY_FEATURES_NOT_SUPPORTED",
        text: c"Security features not supported",
        status: c"standard",
        description: [
            c"The message used security features, such as secure authentication, that the delivery protocol cannot support. Only meaningful as a permanent failure.",
            c"El mensaje usaba funciones de seguridad, como la autenticación segura, que el protocolo de entrega no puede admitir. Solo tiene sentido como fallo permanente.",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.5",
        name: c"CRYPTOGRAPHIC_FAILURE",
        text: c"Cryptographic failure",
        status: c"standard",
        description: [
            c"A system authorized to validate or decrypt the message could not do so because the needed information, such as a key, was missing or invalid.",
            c"Un sistema autorizado a validar o descifrar el mensaje no pudo hacerlo porque faltaba la información necesaria, como una clave, o no era válida.",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 4.7.5 or 5.7.5 \"Remote certificate failed MTA-STS validation\" when the destination server's certificate does not chain to a trusted authority or does not name the host in the domain's MTA-STS policy.",
                    c"Exchange Online devuelve 4.7.5 o 5.7.5 \"Remote certificate failed MTA-STS validation\" cuando el certificado del servidor de destino no encadena con una entidad de certificación de confianza o no incluye el nombre de host que figura en la política MTA-STS del dominio.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.6",
        name: c"CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED",
        text: c"Cryptographic algorithm not supported",
        status: c"standard",
        description: [
            c"A system authorized to validate or decrypt the message could not do so because it does not support the algorithm used.",
            c"Un sistema autorizado a validar o descifrar el mensaje no pudo hacerlo porque no admite el algoritmo utilizado.",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.7",
        name: c"MESSAGE_INTEGRITY_FAILURE",
        text: c"Message integrity failure",
        status: c"standard",
        description: [
            c"A system authorized to validate the message could not do so because the message was corrupted or altered. Can accompany a permanent failure, a temporary failure or a delivery.",
            c"Un sistema autorizado a validar el mensaje no pudo hacerlo porque el mensaje estaba dañado o alterado. Puede acompañar a un fallo permanente, a un fallo temporal o a una entrega.",
        ],
        references: &[c"RFC 3463 §3.8", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.8",
        name: c"AUTH_CREDENTIALS_INVALID",
        text: c"Authentication credentials invalid",
        status: c"standard",
        description: [
            c"Reply to AUTH: authentication failed because the credentials were wrong or insufficient. The client should ask the user for new credentials.",
            c"Respuesta a AUTH: la autenticación falló porque las credenciales eran incorrectas o insuficientes. El cliente debería pedir al usuario unas credenciales nuevas.",
        ],
        references: &[c"RFC 4954 §6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 535-5.7.8 \"Username and Password not accepted\" (BadCredentials) when SMTP AUTH credentials are rejected, as the registry intends.",
                    c"Gmail responde 535-5.7.8 \"Username and Password not accepted\" (BadCredentials) cuando rechaza las credenciales de SMTP AUTH, como prevé el registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.9",
        name: c"AUTH_MECHANISM_TOO_WEAK",
        text: c"Authentication mechanism is too weak",
        status: c"standard",
        description: [
            c"Reply to AUTH: the chosen authentication mechanism is weaker than the server's policy allows for this user. The client should retry with another mechanism.",
            c"Respuesta a AUTH: el mecanismo de autenticación elegido es más débil de lo que permite la política del servidor para este usuario. El cliente debería volver a intentarlo con otro mecanismo.",
        ],
        references: &[c"RFC 4954 §6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 534-5.7.9 \"Application-specific password required\" (InvalidSecondFactor) when an account with 2-Step Verification signs in to SMTP with its normal password: an app password must be used instead.",
                    c"Gmail responde 534-5.7.9 \"Application-specific password required\" (InvalidSecondFactor) cuando una cuenta con verificación en dos pasos inicia sesión en SMTP con su contraseña normal: hay que usar una contraseña de aplicación.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.10",
        name: c"ENCRYPTION_NEEDED",
        text: c"Encryption Needed",
        status: c"standard",
        description: [
            c"The requested authentication mechanism needs an external strong privacy layer, typically because it sends passwords in clear text. The client can start TLS first or use a stronger mechanism.",
            c"El mecanismo de autenticación solicitado necesita una capa externa de cifrado robusta, normalmente porque envía las contraseñas en claro. El cliente puede iniciar TLS primero o usar un mecanismo más seguro.",
        ],
        references: &[c"RFC 5248", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.11",
        name: c"ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM",
        text: c"Encryption required for requested authentication mechanism",
        status: c"standard",
        description: [
            c"Reply to AUTH: the chosen mechanism may only be used over an encrypted connection. Kept for historical reasons: servers should not advertise such mechanisms without encryption.",
            c"Respuesta a AUTH: el mecanismo elegido solo puede usarse sobre una conexión cifrada. Se conserva por motivos históricos: los servidores no deberían anunciar estos mecanismos sin cifrado.",
        ],
        references: &[c"RFC 4954 §6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.12",
        name: c"PASSWORD_TRANSITION_NEEDED",
        text: c"A password transition is needed",
        status: c"standard",
        description: [
            c"Reply to AUTH: the user must transition to the chosen mechanism, usually by authenticating once with PLAIN; the mechanism should then work in later sessions.",
            c"Respuesta a AUTH: el usuario debe hacer la transición al mecanismo elegido, normalmente autenticándose una vez con PLAIN; después, el mecanismo debería funcionar en las sesiones siguientes.",
        ],
        references: &[c"RFC 4954 §6", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online uses 5.7.12 \"Sender was not authenticated by organization\" when the recipient only accepts mail from inside its own organization. It has nothing to do with password transitions.",
                    c"Exchange Online usa 5.7.12 \"Sender was not authenticated by organization\" (la organización no ha autenticado al remitente) cuando el destinatario solo acepta correo de su propia organización. No tiene nada que ver con la transición de contraseñas.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.13",
        name: c"USER_ACCOUNT_DISABLED",
        text: c"User Account Disabled",
        status: c"standard",
        description: [
            c"Authentication succeeded but the account has been disabled by an administrator (for example for non-payment or abuse). The failure lasts until the administrator re-enables it, so asking for the password again will not help.",
            c"La autenticación fue correcta pero un administrador ha desactivado la cuenta (por ejemplo por impago o abuso). El fallo se mantiene hasta que el administrador la reactive, así que volver a pedir la contraseña no sirve de nada.",
        ],
        references: &[c"RFC 5248", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online uses 5.7.13 (also 5.7.135) \"Sender was not authenticated for public folder\" when the recipient is a public folder that rejects mail from outside its organization. It has nothing to do with disabled accounts.",
                    c"Exchange Online usa 5.7.13 (también 5.7.135) \"Sender was not authenticated for public folder\" (remitente no autenticado para la carpeta pública) cuando el destinatario es una carpeta pública que rechaza el correo de fuera de su organización. No tiene nada que ver con cuentas desactivadas.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.14",
        name: c"TRUST_RELATIONSHIP_REQUIRED",
        text: c"Trust relationship required",
        status: c"standard",
        description: [
            c"The submission server needs a configured trust relationship with a third-party server to fetch the message content (BURL). Replaces the earlier use of X.7.8 for this case.",
            c"El servidor de envío (submission) necesita una relación de confianza configurada con un servidor de terceros para obtener el contenido del mensaje (BURL). Sustituye al uso anterior de X.7.8 para este caso.",
        ],
        references: &[
            c"RFC 5248",
            c"RFC 4468",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.15",
        name: c"PRIORITY_TOO_LOW",
        text: c"Priority Level is too low",
        status: c"standard",
        description: [
            c"The requested priority (MT-PRIORITY) is lower than the lowest the server accepts, possibly only for a while. Besides 450 and 550, other 4XX or 5XX basic codes are allowed.",
            c"La prioridad solicitada (MT-PRIORITY) es inferior a la mínima que acepta el servidor, quizá solo de forma temporal. Además de 450 y 550, se admiten otros códigos básicos 4XX o 5XX.",
        ],
        references: &[c"RFC 6710", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.16",
        name: c"MESSAGE_TOO_BIG_FOR_PRIORITY",
        text: c"Message is too big for the specified priority",
        status: c"standard",
        description: [
            c"The message is too large for the priority requested (MT-PRIORITY), possibly only for a while. Besides 552, other 4XX or 5XX basic codes are allowed.",
            c"El mensaje es demasiado grande para la prioridad solicitada (MT-PRIORITY), quizá solo de forma temporal. Además de 552, se admiten otros códigos básicos 4XX o 5XX.",
        ],
        references: &[c"RFC 6710", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.17",
        name: c"MAILBOX_OWNER_CHANGED",
        text: c"Mailbox owner has changed",
        status: c"standard",
        description: [
            c"The message asked for the recipient to be checked (Require-Recipient-Valid-Since / RRVS), and the mailbox has not belonged to the same owner continuously since the given date. Used with a 5XX basic code.",
            c"El mensaje pedía comprobar al destinatario (Require-Recipient-Valid-Since / RRVS) y el buzón no ha pertenecido al mismo titular de forma continua desde la fecha indicada. Se usa con un código básico 5XX.",
        ],
        references: &[c"RFC 7293", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.18",
        name: c"DOMAIN_OWNER_CHANGED",
        text: c"Domain owner has changed",
        status: c"standard",
        description: [
            c"The message asked for the recipient to be checked (RRVS), and the receiver discloses that the recipient's domain has changed owner since the given date. Used with a 5XX basic code.",
            c"El mensaje pedía comprobar al destinatario (RRVS) y el receptor informa de que el dominio del destinatario ha cambiado de titular desde la fecha indicada. Se usa con un código básico 5XX.",
        ],
        references: &[c"RFC 7293", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.19",
        name: c"RRVS_TEST_NOT_COMPLETED",
        text: c"RRVS test cannot be completed",
        status: c"standard",
        description: [
            c"The message asked for an RRVS check, but the receiver cannot perform it because it did not record the needed date. The sender must decide whether to resend without RRVS. Used with a 5XX basic code.",
            c"El mensaje pedía una comprobación RRVS, pero el receptor no puede hacerla porque no registró la fecha necesaria. El remitente debe decidir si vuelve a enviarlo sin RRVS. Se usa con un código básico 5XX.",
        ],
        references: &[c"RFC 7293", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.20",
        name: c"NO_PASSING_DKIM_SIGNATURE",
        text: c"No passing DKIM signature found",
        status: c"standard",
        description: [
            c"The message carries no DKIM signature that verifies. Rejecting for this reason goes against the advice of RFC 6376.",
            c"El mensaje no lleva ninguna firma DKIM que se verifique correctamente. Rechazarlo por este motivo va en contra de lo que aconseja la RFC 6376.",
        ],
        references: &[
            c"RFC 7372 §3.1",
            c"RFC 6376 §6.1",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.21",
        name: c"NO_ACCEPTABLE_DKIM_SIGNATURE",
        text: c"No acceptable DKIM signature found",
        status: c"standard",
        description: [
            c"The message has one or more valid DKIM signatures, but none is acceptable to the receiver. Rejecting for this reason goes against the advice of RFC 6376.",
            c"El mensaje tiene una o varias firmas DKIM válidas, pero ninguna es aceptable para el receptor. Rechazarlo por este motivo va en contra de lo que aconseja la RFC 6376.",
        ],
        references: &[
            c"RFC 7372 §3.1",
            c"RFC 6376 §6.1",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.22",
        name: c"NO_AUTHOR_MATCHED_DKIM_SIGNATURE",
        text: c"No valid author-matched DKIM signature found",
        status: c"standard",
        description: [
            c"The message has valid DKIM signatures, but none is from the domain of the author address in the From header field (a special case of X.7.21).",
            c"El mensaje tiene firmas DKIM válidas, pero ninguna corresponde al dominio de la dirección del autor en el campo From (un caso particular de X.7.21).",
        ],
        references: &[
            c"RFC 7372 §3.1",
            c"RFC 6376 §6.1",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.23",
        name: c"SPF_VALIDATION_FAILED",
        text: c"SPF validation failed",
        status: c"standard",
        description: [
            c"The SPF check of the message returned \"fail\" and local policy rejects such messages. Used instead of X.7.1.",
            c"La comprobación SPF del mensaje dio como resultado \"fail\" y la política local rechaza esos mensajes. Se usa en lugar de X.7.1.",
        ],
        references: &[
            c"RFC 7372 §3.2",
            c"RFC 7208 §8.4",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online reports 5.7.23 when the destination rejected the message for a Sender Policy Framework violation, as the registry intends.",
                    c"Exchange Online indica 5.7.23 cuando el destino rechazó el mensaje por no superar SPF (Sender Policy Framework, el marco de políticas de remitentes), como prevé el registro.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail uses 421 4.7.23 to rate-limit mail whose sending IP has no PTR record or whose PTR does not resolve back to it: a reverse DNS problem, not an SPF failure.",
                    c"Gmail usa 421 4.7.23 para limitar el correo cuya IP emisora no tiene registro PTR o cuyo PTR no apunta de vuelta a ella: es un problema de DNS inverso, no un fallo de SPF.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.24",
        name: c"SPF_VALIDATION_ERROR",
        text: c"SPF validation error",
        status: c"standard",
        description: [
            c"Evaluating SPF for the message ended in an error (temporary or permanent). Used instead of X.4.3 or X.5.2.",
            c"La evaluación SPF del mensaje terminó con un error (temporal o permanente). Se usa en lugar de X.4.3 o X.5.2.",
        ],
        references: &[
            c"RFC 7372 §3.2",
            c"RFC 7208 §8.6",
            c"RFC 7208 §8.7",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 451 4.7.24 or 550 5.7.24 when the SPF record of the sending domain has suspicious entries.",
                    c"Gmail responde 451 4.7.24 o 550 5.7.24 cuando el registro SPF del dominio emisor contiene entradas sospechosas.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.25",
        name: c"REVERSE_DNS_VALIDATION_FAILED",
        text: c"Reverse DNS validation failed",
        status: c"standard",
        description: [
            c"The sending client's IP address failed a reverse DNS check, and local policy requires it to pass.",
            c"La dirección IP del cliente emisor no superó una comprobación de DNS inverso, y la política local exige superarla.",
        ],
        references: &[c"RFC 7372 §3.3", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 5.7.25 when a sending IPv6 address has no reverse DNS record, which it requires for mail over IPv6.",
                    c"Exchange Online devuelve 5.7.25 cuando una dirección IPv6 emisora no tiene registro de DNS inverso, que exige para el correo por IPv6.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 550-5.7.25 when the sending IP has no PTR record or the PTR name does not resolve back to that IP.",
                    c"Gmail responde 550-5.7.25 cuando la IP emisora no tiene registro PTR o el nombre del PTR no apunta de vuelta a esa IP.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.26",
        name: c"MULTIPLE_AUTH_CHECKS_FAILED",
        text: c"Multiple authentication checks failed",
        status: c"standard",
        description: [
            c"The message failed more than one authentication check, contrary to local policy, without saying which ones.",
            c"El mensaje no superó más de una comprobación de autenticación, en contra de la política local, sin indicar cuáles.",
        ],
        references: &[c"RFC 7372 §3.4", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
                description: [
                    c"Exchange Online returns 4.7.26 when a message sent over IPv6 passes neither SPF nor DKIM; at least one of them must pass for mail over IPv6.",
                    c"Exchange Online devuelve 4.7.26 cuando un mensaje enviado por IPv6 no supera ni SPF ni DKIM; para el correo por IPv6 debe superarse al menos una de las dos.",
                ],
            },
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail uses 421 4.7.26 and 550-5.7.26 for unauthenticated mail: no passing SPF or DKIM, an SPF hard fail (-all), or a rejection under the sender domain's DMARC policy.",
                    c"Gmail usa 421 4.7.26 y 550-5.7.26 para el correo no autenticado: sin SPF ni DKIM válidos, con un fallo estricto de SPF (-all) o rechazado por la política DMARC del dominio del remitente.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.27",
        name: c"SENDER_NULL_MX",
        text: c"Sender address has null MX",
        status: c"standard",
        description: [
            c"The sender's domain publishes a null MX record, and the receiver rejects mail from such senders, for example because it could not return a bounce to them.",
            c"El dominio del remitente publica un registro MX nulo y el receptor rechaza el correo de esos remitentes, por ejemplo porque no podría devolverles un aviso de rebote.",
        ],
        references: &[c"RFC 7505 §4.2", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail uses 421 4.7.27 and 550 5.7.27 when SPF authentication did not pass for a bulk sender, unrelated to the null MX meaning of the registry.",
                    c"Gmail usa 421 4.7.27 y 550 5.7.27 cuando la autenticación SPF no se superó en un remitente masivo, sin relación con el significado de MX nulo del registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.28",
        name: c"MAIL_FLOOD_DETECTED",
        text: c"Mail flood detected",
        status: c"extension",
        description: [
            c"The message looks like part of a flood of similar abusive messages. Registered from an Internet-Draft, not an RFC; the registry gives no basic code.",
            c"El mensaje parece formar parte de una avalancha de mensajes abusivos similares. Se registró a partir de un borrador de Internet (Internet-Draft), no de una RFC; el registro no le asigna código básico.",
        ],
        references: &[
            c"draft-levine-mailbomb-header",
            c"IANA SMTP Enhanced Status Codes registry",
        ],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail replies 421 4.7.28 (or 550 5.7.28) when it detects an unusual rate of mail from an IP address, netblock, DKIM or SPF domain and rate-limits it, consistent with the registry meaning.",
                    c"Gmail responde 421 4.7.28 (o 550 5.7.28) cuando detecta un volumen inusual de correo desde una dirección IP, un bloque de red o un dominio DKIM o SPF y lo limita, de forma coherente con el significado del registro.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.29",
        name: c"ARC_VALIDATION_FAILURE",
        text: c"ARC validation failure",
        status: c"standard",
        description: [
            c"The message failed validation of its Authenticated Received Chain (ARC).",
            c"El mensaje no superó la validación de su cadena de recepción autenticada (ARC).",
        ],
        references: &[c"RFC 8617", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail uses 421 4.7.29 and 550 5.7.29 when a bulk sender did not use TLS for the SMTP connection, unrelated to ARC.",
                    c"Gmail usa 421 4.7.29 y 550 5.7.29 cuando un remitente masivo no usó TLS en la conexión SMTP, sin relación con ARC.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"X.7.30",
        name: c"REQUIRETLS_SUPPORT_REQUIRED",
        text: c"REQUIRETLS support required",
        status: c"standard",
        description: [
            c"The message was received with a REQUIRETLS requirement, and none of the servers it should be forwarded to supports REQUIRETLS, so it could not be passed on.",
            c"El mensaje se recibió con el requisito REQUIRETLS y ninguno de los servidores a los que debía reenviarse admite REQUIRETLS, por lo que no pudo transferirse.",
        ],
        references: &[c"RFC 8689", c"IANA SMTP Enhanced Status Codes registry"],
        vendor_notes: &[
            Note {
                source: c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
                description: [
                    c"Gmail uses 421 4.7.30 and 550 5.7.30 when DKIM authentication did not pass for a bulk sender, unrelated to REQUIRETLS.",
                    c"Gmail usa 421 4.7.30 y 550 5.7.30 cuando la autenticación DKIM no se superó en un remitente masivo, sin relación con REQUIRETLS.",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"4.7.32",
        name: c"GMAIL_DMARC_ALIGNMENT_RATE_LIMIT",
        text: c"Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
        status: c"non-standard",
        description: [
            c"Gmail: the message was rate-limited because the domain in its From header field is not aligned with the organizational domain authenticated by SPF or DKIM (DMARC alignment).",
            c"Gmail: se limitó el envío del mensaje porque el dominio de su campo From no está alineado con el dominio organizativo autenticado por SPF o DKIM (alineación DMARC).",
        ],
        references: &[
            c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.40",
        name: c"GMAIL_NO_DMARC_POLICY",
        text: c"Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy.",
        status: c"non-standard",
        description: [
            c"Gmail: the sending domain publishes no DMARC record, or one without a policy, which Gmail requires of bulk senders. Used as 421 4.7.40 (rate limited) and 550 5.7.40 (blocked).",
            c"Gmail: el dominio emisor no publica ningún registro DMARC, o publica uno sin política, algo que Gmail exige a los remitentes masivos. Se usa como 421 4.7.40 (envío limitado) y 550 5.7.40 (bloqueado).",
        ],
        references: &[
            c"Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.57",
        name: c"EXCHANGE_ANONYMOUS_SUBMISSION_REJECTED",
        text: c"Client was not authenticated to send anonymous mail during MAIL FROM",
        status: c"non-standard",
        description: [
            c"Exchange Online: an application or device is sending (relaying) mail through the smtp.office365.com endpoint without authenticating, usually because of a configuration problem in that application or device.",
            c"Exchange Online: una aplicación o un dispositivo envía (retransmite) correo a través de smtp.office365.com sin autenticarse, normalmente por un problema de configuración de esa aplicación o dispositivo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.60",
        name: c"EXCHANGE_SEND_AS_DENIED",
        text: c"SMTP; Client does not have permissions to send as this sender",
        status: c"non-standard",
        description: [
            c"Exchange Online: the authenticated account tried to send from an address it has no Send As permission for. The From address must be the account's own, or the account must be granted Send As for it.",
            c"Exchange Online: la cuenta autenticada intentó enviar desde una dirección para la que no tiene permiso de Enviar como (Send As). La dirección From debe ser la de la propia cuenta, o hay que concederle ese permiso.",
        ],
        references: &[
            c"Microsoft Learn: How to set up a multifunction device or application to send email using Microsoft 365 or Office 365 (https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365)",
            c"Microsoft Learn: SmtpResponse.SendAsDenied Field, Exchange Server SDK (https://learn.microsoft.com/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80))",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.64",
        name: c"EXCHANGE_TENANT_ATTRIBUTION_RELAY_DENIED",
        text: c"TenantAttribution; Relay Access Denied",
        status: c"non-standard",
        description: [
            c"Exchange Online: mail from the organization's on-premises servers arrives through an inbound connector whose configuration no longer matches the on-premises environment.",
            c"Exchange Online: el correo de los servidores locales de la organización llega por un conector de entrada cuya configuración ya no coincide con el entorno local.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.124",
        name: c"EXCHANGE_SENDER_NOT_IN_ALLOWED_LIST",
        text: c"Sender not in allowed-senders list",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sender is not on the distribution group's list of allowed senders; depending on the group's settings even its owner may need to be added.",
            c"Exchange Online: el remitente no figura en la lista de remitentes permitidos del grupo de distribución; según la configuración del grupo, incluso su propietario puede necesitar que lo añadan.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.133",
        name: c"EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_GROUP",
        text: c"Sender not authenticated for group",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient is a distribution group that rejects messages from outside its organization. Only the group owner or the recipient's administrator can change this.",
            c"Exchange Online: el destinatario es un grupo de distribución que rechaza los mensajes de fuera de su organización. Solo el propietario del grupo o el administrador del destinatario pueden cambiarlo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.134",
        name: c"EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_MAILBOX",
        text: c"Sender was not authenticated for mailbox",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient is a mailbox that rejects messages from outside its organization. Only the recipient's administrator can change this.",
            c"Exchange Online: el destinatario es un buzón que rechaza los mensajes de fuera de su organización. Solo el administrador del destinatario puede cambiarlo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.135",
        name: c"EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_PUBLIC_FOLDER",
        text: c"Sender was not authenticated for public folder",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient is a public folder that rejects messages from outside its organization (also reported as 5.7.13). Only the recipient's administrator can change this.",
            c"Exchange Online: el destinatario es una carpeta pública que rechaza los mensajes de fuera de su organización (también se indica como 5.7.13). Solo el administrador del destinatario puede cambiarlo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.136",
        name: c"EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_MAIL_USER",
        text: c"Sender was not authenticated",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient is a mail user that rejects messages from outside its organization. Only the recipient's administrator can change this.",
            c"Exchange Online: el destinatario es un usuario de correo que rechaza los mensajes de fuera de su organización. Solo el administrador del destinatario puede cambiarlo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.139",
        name: c"MICROSOFT_SMTP_AUTH_DISABLED",
        text: c"Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
        status: c"non-standard",
        description: [
            c"Microsoft 365: SMTP AUTH client submission was refused although the credentials may be right: SMTP AUTH is disabled for the tenant or the mailbox, basic authentication is disabled, or security defaults block it. Only an administrator can change it. The registry gives no meaning to X.7.139.",
            c"Microsoft 365: se rechazó el envío SMTP autenticado del cliente (SMTP AUTH) aunque las credenciales sean correctas: SMTP AUTH está desactivado para el inquilino o para el buzón, la autenticación básica está desactivada o los valores predeterminados de seguridad lo bloquean. Solo un administrador puede cambiarlo. El registro no da ningún significado a X.7.139.",
        ],
        references: &[
            c"Microsoft Learn: Enable or disable SMTP AUTH in Exchange Online (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.321",
        name: c"DANE_STARTTLS_NOT_SUPPORTED",
        text: c"starttls-not-supported: Destination mail server must support TLS to receive mail.",
        status: c"non-standard",
        description: [
            c"Exchange Online (DANE): DNSSEC checks passed, but the destination server did not answer STARTTLS or the TLS handshake failed. Used as 4.7.321 and 5.7.321.",
            c"Exchange Online (DANE): las comprobaciones DNSSEC fueron correctas, pero el servidor de destino no respondió a STARTTLS o falló la negociación TLS. Se usa como 4.7.321 y 5.7.321.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.322",
        name: c"DANE_CERTIFICATE_EXPIRED",
        text: c"certificate-expired: Destination mail server's certificate is expired.",
        status: c"non-standard",
        description: [
            c"Exchange Online (DANE): DNSSEC checks passed, but the destination server presented an expired certificate. Used as 4.7.322 and 5.7.322.",
            c"Exchange Online (DANE): las comprobaciones DNSSEC fueron correctas, pero el servidor de destino presentó un certificado caducado. Se usa como 4.7.322 y 5.7.322.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.323",
        name: c"DANE_TLSA_INVALID",
        text: c"tlsa-invalid: The domain failed DANE validation.",
        status: c"non-standard",
        description: [
            c"Exchange Online (DANE): the records are DNSSEC-authentic, but DANE validation failed, for example because the certificate does not match the TLSA record or the TLSA record is misconfigured. Used as 4.7.323 and 5.7.323.",
            c"Exchange Online (DANE): los registros son auténticos según DNSSEC, pero la validación DANE falló, por ejemplo porque el certificado no coincide con el registro TLSA o este está mal configurado. Se usa como 4.7.323 y 5.7.323.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.324",
        name: c"DANE_DNSSEC_INVALID",
        text: c"dnssec-invalid: Destination domain returned invalid DNSSEC records",
        status: c"non-standard",
        description: [
            c"Exchange Online (DANE): the destination domain claims to be DNSSEC-signed, but its records could not be verified. Used as 4.7.324 and 5.7.324.",
            c"Exchange Online (DANE): el dominio de destino indica que está firmado con DNSSEC, pero sus registros no pudieron verificarse. Se usa como 4.7.324 y 5.7.324.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"X.7.325",
        name: c"DANE_CERTIFICATE_HOST_MISMATCH",
        text: c"certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)",
        status: c"non-standard",
        description: [
            c"Exchange Online (DANE): the names in the destination host's certificate (CN and SAN) match neither the domain nor the MX host. Used as 4.7.325 and 5.7.325.",
            c"Exchange Online (DANE): los nombres del certificado del servidor de destino (CN y SAN) no coinciden ni con el dominio ni con el servidor MX. Se usa como 4.7.325 y 5.7.325.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.350",
        name: c"EXCHANGE_REMOTE_SPAM_DETECTED",
        text: c"Remote server returned message detected as spam",
        status: c"non-standard",
        description: [
            c"Exchange Online: a message that was forwarded or relayed to an outside server was rejected there as spam, and Exchange Online reports the remote rejection.",
            c"Exchange Online: un mensaje reenviado o retransmitido a un servidor externo fue rechazado allí como spam, y Exchange Online comunica ese rechazo remoto.",
        ],
        references: &[
            c"Microsoft Learn: Fix email delivery issues for error code 550 5.7.350 in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-7-350-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"4.7.500-699",
        name: c"EXCHANGE_SUSPICIOUS_ACTIVITY_TEMPORARY_BLOCK",
        text: c"Access denied, please try again later",
        status: c"non-standard",
        description: [
            c"Exchange Online: suspicious activity was detected and sending has been restricted for a while for further evaluation; if the activity is legitimate the restriction is lifted shortly. The reply usually carries an ASxxx code.",
            c"Exchange Online: se detectó actividad sospechosa y el envío se ha restringido temporalmente mientras se evalúa; si la actividad es legítima, la restricción se retira en poco tiempo. La respuesta suele incluir un código ASxxx.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[
            Note {
                source: c"Outlook.com Postmaster: Troubleshooting (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)",
                description: [
                    c"Outlook.com uses this range for throttling, with its own code in the text: 451 4.7.650 \"The mail server [IP] has been temporarily rate limited due to IP reputation (S775)\" and 451 4.7.500 \"Server busy. Please try again later from [IP]. (S77714)\".",
                    c"Outlook.com usa este rango para limitar el envío, con su propio código dentro del texto: 451 4.7.650 \"The mail server [IP] has been temporarily rate limited due to IP reputation (S775)\" y 451 4.7.500 \"Server busy. Please try again later from [IP]. (S77714)\".",
                ],
            },
        ],
    },
    Enhanced {
        notation: c"5.7.501",
        name: c"EXCHANGE_SPAM_ABUSE_DETECTED",
        text: c"Access denied, spam abuse detected",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sending account has been banned because spam activity was detected. After fixing the account and resetting its credentials, support must be contacted to restore sending.",
            c"Exchange Online: la cuenta emisora ha sido bloqueada porque se detectó actividad de spam. Tras sanear la cuenta y restablecer sus credenciales, hay que ponerse en contacto con el soporte técnico para recuperar el envío.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.502-503",
        name: c"EXCHANGE_BANNED_SENDER_ACCOUNT",
        text: c"Access denied, banned sender",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sending account has been banned because spam activity was detected (5.7.502 and 5.7.503 are documented identically). Support must be contacted to restore sending.",
            c"Exchange Online: la cuenta emisora ha sido bloqueada porque se detectó actividad de spam (5.7.502 y 5.7.503 se documentan igual). Hay que ponerse en contacto con el soporte técnico para recuperar el envío.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.504",
        name: c"EXCHANGE_RECIPIENT_ADDRESS_REJECTED",
        text: c"Recipient address rejected: Access denied",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient address is not valid. The sender should check the address and try again.",
            c"Exchange Online: la dirección del destinatario no es válida. El remitente debe comprobarla y volver a intentarlo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.505",
        name: c"EXCHANGE_BANNED_RECIPIENT",
        text: c"Access denied, banned recipient",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient is not valid (banned).",
            c"Exchange Online: el destinatario no es válido (está bloqueado).",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.506",
        name: c"EXCHANGE_BAD_HELO",
        text: c"Access Denied, Bad HELO",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sending server introduced itself in HELO with the name of the server it was connecting to instead of its own name, which is typical of spam bots.",
            c"Exchange Online: el servidor emisor se presentó en HELO con el nombre del servidor al que se conectaba en lugar del suyo propio, algo típico de los robots de spam.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.507",
        name: c"EXCHANGE_REJECTED_BY_RECIPIENT",
        text: c"Access denied, rejected by recipient",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient's organization has blocked the sending IP address. Only the recipient can resolve it.",
            c"Exchange Online: la organización del destinatario ha bloqueado la dirección IP emisora. Solo el destinatario puede resolverlo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.508",
        name: c"EXCHANGE_IPV6_RANGE_LIMIT_EXCEEDED",
        text: c"Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sender's IPv6 range sent too many messages in too short a time.",
            c"Exchange Online: el rango IPv6 del remitente envió demasiados mensajes en muy poco tiempo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.509",
        name: c"EXCHANGE_DMARC_REJECT",
        text: c"Access denied, sending domain [$SenderDomain] does not pass DMARC verification and has a DMARC policy of reject.",
        status: c"non-standard",
        description: [
            c"Exchange Online: the domain in the message's From address fails DMARC and publishes a DMARC policy of reject.",
            c"Exchange Online: el dominio de la dirección From del mensaje no supera DMARC y publica una política DMARC de rechazo (reject).",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.510",
        name: c"EXCHANGE_IPV6_NOT_ACCEPTED",
        text: c"Access denied, [contoso.com] does not accept email over IPv6",
        status: c"non-standard",
        description: [
            c"Exchange Online: the message was sent over IPv6, but the recipient does not accept mail over IPv6.",
            c"Exchange Online: el mensaje se envió por IPv6, pero el destinatario no acepta correo por IPv6.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.511",
        name: c"EXCHANGE_BANNED_SENDING_IP_DELIST_BY_EMAIL",
        text: c"Access denied, banned sender",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sending IP address has been banned. Removal is requested by email to Microsoft with the full NDR code and the IP address.",
            c"Exchange Online: la dirección IP emisora ha sido bloqueada. Para que la retiren hay que escribir a Microsoft indicando el código completo del NDR y la dirección IP.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.512",
        name: c"EXCHANGE_FROM_HEADER_NOT_COMPLIANT",
        text: c"Access denied, message must be RFC 5322 section 3.6.2 compliant",
        status: c"non-standard",
        description: [
            c"Exchange Online: the message has no valid address in its From header field, which must hold a properly formatted address, for example in angle brackets.",
            c"Exchange Online: el mensaje no tiene una dirección válida en el campo From, que debe contener una dirección con el formato correcto, por ejemplo entre corchetes angulares.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.513",
        name: c"EXCHANGE_CUSTOMER_BLOCK_LIST",
        text: c"Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)",
        status: c"non-standard",
        description: [
            c"Exchange Online: the recipient's domain has put the sending IP address on its own block list. Only the recipient can remove it.",
            c"Exchange Online: el dominio del destinatario ha incluido la dirección IP emisora en su propia lista de bloqueo. Solo el destinatario puede retirarla.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.520",
        name: c"MICROSOFT_EXTERNAL_FORWARDING_BLOCKED",
        text: c"Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
        status: c"non-standard",
        description: [
            c"Microsoft 365: a message automatically forwarded to an outside address was blocked because the organization's outbound spam policy does not allow external forwarding. An administrator must allow it for the mailbox.",
            c"Microsoft 365: se bloqueó un mensaje reenviado automáticamente a una dirección externa porque la política antispam de salida de la organización no permite el reenvío externo. Un administrador debe permitirlo para ese buzón.",
        ],
        references: &[
            c"Microsoft Learn: Configuring and controlling external email forwarding in Microsoft 365 (https://learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.606-649",
        name: c"EXCHANGE_BANNED_SENDING_IP",
        text: c"Access denied, banned sending IP [IP1.IP2.IP3.IP4]",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sending IP address has been banned, usually because of poor reputation after a compromise or malicious traffic. Removal can be requested through Microsoft's self-service delist portal.",
            c"Exchange Online: la dirección IP emisora ha sido bloqueada, normalmente por mala reputación tras un compromiso de seguridad o tráfico malicioso. Puede pedirse que la retiren de la lista en el portal de autoservicio de Microsoft (delist portal).",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.703",
        name: c"EXCHANGE_TENANT_RECIPIENT_BLOCKED",
        text: c"Your message can't be delivered because messages to XXX, YYY are blocked by your organization using Tenant Allow Block List.",
        status: c"non-standard",
        description: [
            c"Exchange Online: someone in the organization wrote to an address or domain blocked in the tenant's allow/block list; the whole message is blocked for every recipient, even if only one is listed.",
            c"Exchange Online: alguien de la organización escribió a una dirección o un dominio bloqueado en la lista de permitidos y bloqueados del inquilino; se bloquea el mensaje entero para todos los destinatarios, aunque solo uno figure en la lista.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.705",
        name: c"EXCHANGE_TENANT_THRESHOLD_EXCEEDED",
        text: c"Access denied, tenant has exceeded threshold",
        status: c"non-standard",
        description: [
            c"Exchange Online: most of the tenant's traffic was detected as suspicious, and the tenant has been banned from sending. Once any compromise or open relay is resolved, support must be contacted to lift the ban.",
            c"Exchange Online: la mayor parte del tráfico del inquilino se consideró sospechoso y se le ha prohibido enviar correo. Una vez resuelto cualquier compromiso de seguridad o servidor de retransmisión abierto (open relay), hay que ponerse en contacto con el soporte técnico para que levante la prohibición.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.708",
        name: c"EXCHANGE_IP_TRAFFIC_NOT_ACCEPTED",
        text: c"Access denied, traffic not accepted from this IP",
        status: c"non-standard",
        description: [
            c"Exchange Online: most of the tenant's traffic was found suspicious, so traffic from the sending IP is refused and the tenant's ability to send is banned. Support must be contacted once any compromise or open relay is fixed.",
            c"Exchange Online: la mayor parte del tráfico del inquilino se consideró sospechoso, así que se rechaza el tráfico de la IP emisora y se bloquea la capacidad de envío del inquilino. Hay que ponerse en contacto con el soporte técnico una vez resuelto cualquier compromiso de seguridad o servidor de retransmisión abierto (open relay).",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.750",
        name: c"EXCHANGE_UNREGISTERED_DOMAIN_BLOCKED",
        text: c"Service unavailable. Client blocked from sending from unregistered domains",
        status: c"non-standard",
        description: [
            c"Exchange Online: the tenant sends a suspicious number of messages from domains it has not added and verified. The fix is to add and verify every domain used for sending.",
            c"Exchange Online: el inquilino envía un número sospechoso de mensajes desde dominios que no ha añadido ni verificado. La solución es añadir y verificar todos los dominios que usa para enviar.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"5.7.800",
        name: c"EXCHANGE_BANNED_SENDER_DOMAIN",
        text: c"Access denied, banned sender",
        status: c"non-standard",
        description: [
            c"Exchange Online: the sender's domain (in EHLO, the envelope or the From header field) has been banned because spam activity was detected. Support must be contacted to restore it.",
            c"Exchange Online: el dominio del remitente (en EHLO, en el sobre o en el campo From) ha sido bloqueado porque se detectó actividad de spam. Hay que ponerse en contacto con el soporte técnico para recuperarlo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
    Enhanced {
        notation: c"4.7.850-899",
        name: c"EXCHANGE_SUSPICIOUS_IP_TEMPORARY_BLOCK",
        text: c"Access denied, please try again later",
        status: c"non-standard",
        description: [
            c"Exchange Online: suspicious activity was detected on the sending IP address, which is restricted for a while during evaluation; if the activity is legitimate the restriction is lifted shortly.",
            c"Exchange Online: se detectó actividad sospechosa en la dirección IP emisora, que queda restringida temporalmente mientras se evalúa; si la actividad es legítima, la restricción se retira en poco tiempo.",
        ],
        references: &[
            c"Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
        ],
        vendor_notes: &[],
    },
];
pub(crate) static ALIASES: [Alias; 47] = [
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The recipient has exceeded their mailbox limit; it could also be that the delivery directory on the virtual server has exceeded its limit.",
            c"El destinatario ha superado el límite de su buzón; también puede ser que el directorio de entrega del servidor virtual haya superado su límite.",
        ],
    },
    Alias {
        source: c"Exchange Server 2003 NDR codes, as listed on SQLServerF1: SMTP status codes and error messages from error 431 to 442 (http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-431-to-442/)",
        description: [
            c"Not enough disk space on the delivery server; Microsoft notes that this NDR may be reported as an out-of-memory error.",
            c"No hay suficiente espacio en disco en el servidor de entrega; según Microsoft, este NDR puede aparecer como un error de falta de memoria.",
        ],
    },
    Alias {
        source: c"Exchange Server 2003 NDR codes, as listed on SQLServerF1: SMTP status codes and error messages from error 431 to 442 (http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-431-to-442/)",
        description: [
            c"A classic temporary problem: the administrator has frozen the queue.",
            c"Problema temporal típico: el administrador ha congelado la cola.",
        ],
    },
    Alias {
        source: c"Exchange Server 2003 NDR codes, as listed on SQLServerF1: SMTP status codes and error messages from error 431 to 442 (http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-431-to-442/)",
        description: [
            c"Intermittent network connection: the server has not responded yet. A classic temporary problem; if it persists, a 5.4.x status code error follows.",
            c"Conexión de red intermitente: el servidor todavía no ha respondido. Es un problema temporal típico; si persiste, aparecerá también un error con código de estado 5.4.x.",
        ],
    },
    Alias {
        source: c"Exchange Server 2003 NDR codes, as listed on SQLServerF1: SMTP status codes and error messages from error 431 to 442 (http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-431-to-442/)",
        description: [
            c"The server started to deliver the message, but then the connection was broken.",
            c"El servidor empezó a entregar el mensaje, pero después se interrumpió la conexión.",
        ],
    },
    Alias {
        source: c"Exchange Server 2003 NDR codes, as listed on IndoVPS tutorials (http://www.indovps.com/cat/tutorial/page/2)",
        description: [
            c"Too many hops: the message is most likely looping.",
            c"Demasiados saltos: lo más probable es que el mensaje esté en un bucle.",
        ],
    },
    Alias {
        source: c"Exchange Server 2003 NDR codes, as listed on IndoVPS tutorials (http://www.indovps.com/cat/tutorial/page/2)",
        description: [
            c"A timeout problem: check the connectors of the receiving server.",
            c"Problema de tiempo de espera agotado: revise los conectores del servidor receptor.",
        ],
    },
    Alias {
        source: c"Exchange Server 2003 NDR codes, as listed on IndoVPS tutorials (http://www.indovps.com/cat/tutorial/page/2)",
        description: [
            c"A DNS problem: check the smart host setting on the SMTP connector, for example that it uses the correct format and puts IP addresses in square brackets. The same NDR can appear after routing groups have been deleted.",
            c"Problema de DNS: revise la configuración del host inteligente en el conector SMTP, por ejemplo que tenga el formato correcto y que las direcciones IP vayan entre corchetes. El mismo NDR puede aparecer después de eliminar grupos de enrutamiento.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Multi-language situation: the server does not have the correct language code page installed.",
            c"Situación multilingüe: el servidor no tiene instalada la página de códigos del idioma correcto.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Problem with the email address, often seen with contacts: check the recipient address.",
            c"Problema con la dirección de correo, frecuente con los contactos: revise la dirección del destinatario.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Another problem with the recipient address; perhaps an Outlook client replied to a message while offline.",
            c"Otro problema con la dirección del destinatario; quizá un cliente de Outlook respondió a un mensaje mientras trabajaba sin conexión.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Host unknown (often shown as \"SMTP; 550 Host unknown\"): the host name in the address cannot be found, for example when the domain part is missing or wrong.",
            c"Host desconocido (suele mostrarse como \"SMTP; 550 Host unknown\"): no se encuentra el nombre de host de la dirección, por ejemplo cuando falta la parte del dominio o es incorrecta.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Another problem with contacts: the address field may be empty; check the address information.",
            c"Otro problema con los contactos: el campo de dirección puede estar vacío; revise los datos de la dirección.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Two objects have the same address, which confuses the categorizer.",
            c"Dos objetos tienen la misma dirección, lo que confunde al categorizador.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The destination mailbox address is invalid. This contradicts the registry meaning of 5.1.5 (\"Destination address valid\").",
            c"La dirección del buzón de destino no es válida. Esto contradice el significado que el registro da a 5.1.5 (\"Destination address valid\").",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The mailbox may have moved.",
            c"Es posible que el buzón se haya trasladado.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Problem with the sender's mail attribute; check its properties sheet in Active Directory Users and Computers (ADUC).",
            c"Problema con el atributo de correo del remitente; revise su hoja de propiedades en Usuarios y equipos de Active Directory (ADUC).",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"An NDR caused by the size of the email: the message is too large. Otherwise it could be a permissions problem; check the recipient's mailbox. This contradicts the registry meaning of 5.2.1 (\"Mailbox disabled, not accepting messages\").",
            c"NDR causado por el tamaño del correo: el mensaje es demasiado grande. En caso contrario, puede tratarse de un problema de permisos; revise el buzón del destinatario. Esto contradice el significado que el registro da a 5.2.1 (\"Mailbox disabled, not accepting messages\").",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The recipient has exceeded their mailbox limit.",
            c"El destinatario ha superado el límite de su buzón.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The recipient cannot receive messages this big: a server or connector limit has been exceeded.",
            c"El destinatario no puede recibir mensajes tan grandes: se ha superado un límite del servidor o del conector.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Most likely a distribution list or group is trying to send an email; check where the expansion server is located.",
            c"Lo más probable es que una lista de distribución o un grupo esté intentando enviar un correo; compruebe dónde se encuentra el servidor de expansión.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Problem with the MTA; perhaps someone has edited the registry to disable the MTA or the store driver.",
            c"Problema con el MTA; quizá alguien ha modificado el Registro de Windows para desactivar el MTA o el controlador del almacén.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [c"The mail system is full.", c"El sistema de correo está lleno."],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The system is not accepting network messages.",
            c"El sistema no está aceptando mensajes de la red.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The remote server does not have enough disk space to hold the email. This contradicts the registry meaning of 5.3.3 (\"System not capable of selected features\").",
            c"El servidor remoto no tiene suficiente espacio en disco para guardar el correo. Esto contradice el significado que el registro da a 5.3.3 (\"System not capable of selected features\").",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [c"The message is too big.", c"El mensaje es demasiado grande."],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Several virtual servers are using the same IP address and port; the email is probably looping.",
            c"Varios servidores virtuales usan la misma dirección IP y el mismo puerto; probablemente el correo está en un bucle.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"DNS problem: there is no DNS server that can resolve this email address.",
            c"Problema de DNS: no hay ningún servidor DNS que pueda resolver esta dirección de correo.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [c"No answer from the host.", c"El host no responde."],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [c"Bad connection.", c"Conexión defectuosa."],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Routing server failure: no route is available.",
            c"Fallo del servidor de enrutamiento: no hay ninguna ruta disponible.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The next hop cannot be found.",
            c"No se encuentra el siguiente salto.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"A tricky looping problem: a contact has the same email address as an Active Directory user, probably because a user has an alternate recipient with that same address.",
            c"Un problema de bucle difícil de detectar: un contacto tiene la misma dirección de correo que un usuario de Active Directory, probablemente porque un usuario tiene un destinatario alternativo con esa misma dirección.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Delivery timeout: the message is taking too long to be delivered.",
            c"Tiempo de entrega agotado: el mensaje está tardando demasiado en entregarse.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Bad recipient policy.",
            c"Política de destinatarios incorrecta.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"An underlying SMTP 500 error: the sending server tried EHLO, and the recipient's server did not understand it and returned a 550 or 500 error. The same list also gives the basic meaning of 550 (the mailbox is unavailable, for example not found or rejected for policy reasons).",
            c"Error SMTP 500 subyacente: el servidor emisor probó EHLO y el servidor del destinatario no lo entendió y devolvió un error 550 o 500. La misma lista da también el significado básico de 550 (el buzón no está disponible, por ejemplo porque no existe o por motivos de política).",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Listed with the basic meaning of 552 (exceeded storage allocation, possibly because the disk holding the operating system is full), but it can also be a syntax error (5.5.2) when SMTP commands are typed in a telnet session.",
            c"Aparece con el significado básico de 552 (capacidad de almacenamiento excedida, quizá porque el disco del sistema operativo está lleno), pero también puede ser un error de sintaxis (5.5.2) cuando se escriben los comandos SMTP a mano en una sesión de telnet.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Listed with the basic meaning of 553 (the mailbox name is invalid), but it can also mean that more than 5,000 recipients were specified (5.5.3, too many recipients).",
            c"Aparece con el significado básico de 553 (el nombre del buzón no es válido), pero también puede indicar que se especificaron más de 5.000 destinatarios (5.5.3, demasiados destinatarios).",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [c"Wrong protocol version.", c"Versión de protocolo incorrecta."],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"More than 250 attachments. This contradicts the registry meaning of 5.6.3 (\"Conversion required but not supported\").",
            c"Más de 250 archivos adjuntos. Esto contradice el significado que el registro da a 5.6.3 (\"Conversion required but not supported\").",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"A permissions problem: for some reason the sender is not allowed to email this account, for example an anonymous user trying to send mail to a distribution list.",
            c"Problema de permisos: por algún motivo el remitente no puede enviar correo a esta cuenta; por ejemplo, un usuario anónimo intenta enviar correo a una lista de distribución.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"The distribution list cannot be expanded, so its messages cannot be delivered.",
            c"La lista de distribución no se puede expandir, por lo que no se pueden entregar sus mensajes.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Internal server error related to the IP address. This contradicts the registry meaning of 5.7.3 (\"Security conversion required but not possible\").",
            c"Error interno del servidor relacionado con la dirección IP. Esto contradice el significado que el registro da a 5.7.3 (\"Security conversion required but not possible\").",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Extra security features are not supported.",
            c"No se admiten las funciones de seguridad adicionales.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Cryptographic failure; the list suggests trying a plain message.",
            c"Error criptográfico; la lista sugiere probar con un mensaje sin cifrar.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Certificate problem; the encryption level may be too high.",
            c"Problema con el certificado; puede que el nivel de cifrado sea demasiado alto.",
        ],
    },
    Alias {
        source: c"published SMTP reply-code lists (Exchange Server 2003 NDR codes without dots)",
        description: [
            c"Message integrity problem.",
            c"Problema de integridad del mensaje.",
        ],
    },
];
pub(crate) static COMMANDS: [Command; 18] = [
    Command {
        name: c"CONNECT",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"EHLO",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"HELO",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"MAIL",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"RCPT",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"DATA",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"DATA_END",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"RSET",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"VRFY",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"EXPN",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"HELP",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"NOOP",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"QUIT",
        references: &[c"RFC 5321 §4.3.2"],
    },
    Command {
        name: c"AUTH",
        references: &[c"RFC 4954 §4", c"RFC 4954 §6", c"RFC 3207 §4"],
    },
    Command {
        name: c"STARTTLS",
        references: &[c"RFC 3207 §4"],
    },
    Command {
        name: c"BDAT",
        references: &[c"RFC 3030 §2"],
    },
    Command {
        name: c"ETRN",
        references: &[c"RFC 1985 §5"],
    },
    Command {
        name: c"ATRN",
        references: &[c"RFC 2645"],
    },
];
pub(crate) static REASONS: [Reason; 21] = [
    Reason {
        id: c"user_unknown",
        sisimai: c"userunknown",
        description: [
            c"The recipient address does not exist.",
            c"La dirección del destinatario no existe.",
        ],
    },
    Reason {
        id: c"mailbox_disabled",
        sisimai: c"suspend",
        description: [
            c"The recipient's mailbox exists but is disabled, suspended or inactive.",
            c"El buzón del destinatario existe, pero está desactivado, suspendido o inactivo.",
        ],
    },
    Reason {
        id: c"mailbox_full",
        sisimai: c"mailboxfull",
        description: [
            c"The recipient's mailbox is full or over its quota.",
            c"El buzón del destinatario está lleno o ha superado su cuota.",
        ],
    },
    Reason {
        id: c"message_too_large",
        sisimai: c"mesgtoobig",
        description: [
            c"The message is larger than the receiving system accepts.",
            c"El mensaje es más grande de lo que acepta el sistema receptor.",
        ],
    },
    Reason {
        id: c"spam_or_content",
        sisimai: c"spamdetected",
        description: [
            c"The message was refused for its content: spam, a virus or forbidden content.",
            c"El mensaje se rechazó por su contenido: spam, un virus o contenido prohibido.",
        ],
    },
    Reason {
        id: c"policy_blocked",
        sisimai: c"blocked",
        description: [
            c"The sending IP address or domain is blocked by policy, reputation or a blocklist.",
            c"La dirección IP o el dominio del remitente está bloqueado por política, por reputación o por una lista de bloqueo.",
        ],
    },
    Reason {
        id: c"rate_limited",
        sisimai: c"toomanyconn",
        description: [
            c"Too many messages, connections or recipients for now: slow down and try later.",
            c"Demasiados mensajes, conexiones o destinatarios por ahora: hay que reducir el ritmo y volver a intentarlo más tarde.",
        ],
    },
    Reason {
        id: c"greylisted",
        sisimai: c"blocked",
        description: [
            c"Greylisting: the server defers mail from unknown senders once; retrying later succeeds.",
            c"Lista gris (greylisting): el servidor aplaza una vez el correo de remitentes desconocidos; el reintento posterior tiene éxito.",
        ],
    },
    Reason {
        id: c"auth_failed",
        sisimai: c"authfailure",
        description: [
            c"Authentication failed: SMTP AUTH credentials, or SPF, DKIM, DMARC or ARC checks.",
            c"Falló la autenticación: las credenciales de SMTP AUTH o las comprobaciones SPF, DKIM, DMARC o ARC.",
        ],
    },
    Reason {
        id: c"auth_required",
        sisimai: c"securityerror",
        description: [
            c"The server requires the client to authenticate first.",
            c"El servidor exige que el cliente se autentique antes.",
        ],
    },
    Reason {
        id: c"tls_required",
        sisimai: c"failedstarttls",
        description: [
            c"The server (or the sender's policy) requires an encrypted TLS connection.",
            c"El servidor (o la política del remitente) exige una conexión cifrada con TLS.",
        ],
    },
    Reason {
        id: c"relay_denied",
        sisimai: c"norelaying",
        description: [
            c"The server does not relay mail for this sender to this recipient.",
            c"El servidor no retransmite el correo de este remitente hacia este destinatario.",
        ],
    },
    Reason {
        id: c"sender_rejected",
        sisimai: c"rejected",
        description: [
            c"The sender address was refused: invalid, unverified, or its domain does not resolve.",
            c"Se rechazó la dirección del remitente: no es válida, no está verificada o su dominio no se resuelve.",
        ],
    },
    Reason {
        id: c"dns_or_routing",
        sisimai: c"hostunknown",
        description: [
            c"The recipient's domain does not resolve, or there is no route to it: DNS, loops or connection failures.",
            c"El dominio del destinatario no se resuelve o no hay ruta hasta él: DNS, bucles o fallos de conexión.",
        ],
    },
    Reason {
        id: c"expired",
        sisimai: c"expired",
        description: [
            c"The sending server gave up after the message's queue lifetime.",
            c"El servidor emisor dejó de intentarlo al agotarse el tiempo de permanencia del mensaje en la cola.",
        ],
    },
    Reason {
        id: c"not_accepting_mail",
        sisimai: c"notaccept",
        description: [
            c"The host or domain accepts no mail at all (null MX, 521, 556).",
            c"El servidor o el dominio no acepta ningún correo (MX nulo, 521, 556).",
        ],
    },
    Reason {
        id: c"syntax",
        sisimai: c"syntaxerror",
        description: [
            c"A syntax or protocol error, including an invalid address syntax or a message that breaks the RFCs.",
            c"Un error de sintaxis o de protocolo, incluida una dirección con sintaxis no válida o un mensaje que incumple las RFC.",
        ],
    },
    Reason {
        id: c"system_error",
        sisimai: c"systemerror",
        description: [
            c"The remote mail system failed, is full or is misconfigured.",
            c"El sistema de correo remoto falló, está lleno o está mal configurado.",
        ],
    },
    Reason {
        id: c"other",
        sisimai: c"undefined",
        description: [
            c"A failure the catalog cannot classify more precisely.",
            c"Un fallo que el catálogo no puede clasificar con más precisión.",
        ],
    },
    Reason {
        id: c"none",
        sisimai: c"delivered",
        description: [
            c"No failure: the reply reports success or asks for more.",
            c"No hay fallo: la respuesta indica éxito o pide más datos.",
        ],
    },
    Reason {
        id: c"complaint",
        sisimai: c"feedback",
        description: [
            c"A feedback report (RFC 5965): the recipient or their provider complained about the message, for example by marking it as spam.",
            c"Un informe de comentarios (RFC 5965): el destinatario o su proveedor se quejó del mensaje, por ejemplo marcándolo como spam.",
        ],
    },
];
pub(crate) static PATTERNS: [Pattern; 452] = [
    Pattern {
        phrase: c"user unknown",
        sisimai: None,
    },
    Pattern {
        phrase: c"unknown user",
        sisimai: None,
    },
    Pattern {
        phrase: c"user unknown in virtual mailbox table",
        sisimai: None,
    },
    Pattern {
        phrase: c"user unknown in local recipient table",
        sisimai: None,
    },
    Pattern {
        phrase: c"no such user",
        sisimai: None,
    },
    Pattern {
        phrase: c"no such recipient",
        sisimai: None,
    },
    Pattern {
        phrase: c"no such mailbox",
        sisimai: None,
    },
    Pattern {
        phrase: c"no such account",
        sisimai: None,
    },
    Pattern {
        phrase: c"no mailbox here by that name",
        sisimai: None,
    },
    Pattern {
        phrase: c"user not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipient not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipnotfound",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipientnotfound",
        sisimai: None,
    },
    Pattern {
        phrase: c"unknown recipient",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipient name is not recognized",
        sisimai: None,
    },
    Pattern {
        phrase: c"email address you entered couldn't be found",
        sisimai: None,
    },
    Pattern {
        phrase: c"wasn't found at",
        sisimai: None,
    },
    Pattern {
        phrase: c"address was not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"address couldn't be found",
        sisimai: None,
    },
    Pattern {
        phrase: c"address not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox unavailable",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox unavailable (-",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox does not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"address does not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"user does not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"user not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"does not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"the email account that you tried to reach does not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"invalid recipient",
        sisimai: None,
    },
    Pattern {
        phrase: c"destinataire invalide",
        sisimai: None,
    },
    Pattern {
        phrase: c"invalid address",
        sisimai: None,
    },
    Pattern {
        phrase: c"unknown or illegal",
        sisimai: None,
    },
    Pattern {
        phrase: c"user doesn't have a",
        sisimai: None,
    },
    Pattern {
        phrase: c"delivery error: dd this user doesn't have a",
        sisimai: None,
    },
    Pattern {
        phrase: c"and other recipients in the same domain",
        sisimai: None,
    },
    Pattern {
        phrase: c"unknown user:",
        sisimai: None,
    },
    Pattern {
        phrase: c">: user unknown",
        sisimai: None,
    },
    Pattern {
        phrase: c"bad destination mailbox address",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipient address rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipient address rejected: access denied",
        sisimai: None,
    },
    Pattern {
        phrase: c"address rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"not listed in domino directory",
        sisimai: None,
    },
    Pattern {
        phrase: c"not our customer",
        sisimai: None,
    },
    Pattern {
        phrase: c"not our user",
        sisimai: None,
    },
    Pattern {
        phrase: c"has a recent history of bouncing",
        sisimai: Some(c"suppressed"),
    },
    Pattern {
        phrase: c"mailbox has moved",
        sisimai: Some(c"hasmoved"),
    },
    Pattern {
        phrase: c"no forwarding address",
        sisimai: Some(c"hasmoved"),
    },
    Pattern {
        phrase: c"no longer on server",
        sisimai: Some(c"hasmoved"),
    },
    Pattern {
        phrase: c"user not local",
        sisimai: Some(c"hasmoved"),
    },
    Pattern {
        phrase: c"prohibited attachment",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"banned attachment",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"blocked attachment",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"tls not available",
        sisimai: None,
    },
    Pattern {
        phrase: c"dns lookup failed",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"because it is unauthenticated",
        sisimai: None,
    },
    Pattern {
        phrase: c"authentication didn't pass",
        sisimai: None,
    },
    Pattern {
        phrase: c"not using a tls connection",
        sisimai: None,
    },
    Pattern {
        phrase: c"sent over a tls connection",
        sisimai: None,
    },
    Pattern {
        phrase: c"isn't aligned with",
        sisimai: None,
    },
    Pattern {
        phrase: c"addressee unknown",
        sisimai: None,
    },
    Pattern {
        phrase: c"limit exceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"concurrent connections",
        sisimai: None,
    },
    Pattern {
        phrase: c"too many sessions",
        sisimai: None,
    },
    Pattern {
        phrase: c"per connection",
        sisimai: None,
    },
    Pattern {
        phrase: c"excessive volume",
        sisimai: None,
    },
    Pattern {
        phrase: c"temporarily blocked",
        sisimai: None,
    },
    Pattern {
        phrase: c"message is malformed",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"mailbox is disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox has exceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"storage limit",
        sisimai: None,
    },
    Pattern {
        phrase: c"account has been disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"account is disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"account disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"disabled recipient",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"the email account that you tried to reach is disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"the email account that you tried to reach is inactive",
        sisimai: None,
    },
    Pattern {
        phrase: c"inactive",
        sisimai: None,
    },
    Pattern {
        phrase: c"account has been suspended",
        sisimai: None,
    },
    Pattern {
        phrase: c"account suspended",
        sisimai: None,
    },
    Pattern {
        phrase: c"account is locked",
        sisimai: None,
    },
    Pattern {
        phrase: c"temporary locked",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox is frozen",
        sisimai: None,
    },
    Pattern {
        phrase: c"account is blocked",
        sisimai: None,
    },
    Pattern {
        phrase: c"compte du destinataire est bloque",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox full",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox is full",
        sisimai: None,
    },
    Pattern {
        phrase: c"over quota",
        sisimai: None,
    },
    Pattern {
        phrase: c"overquota",
        sisimai: None,
    },
    Pattern {
        phrase: c"quota exceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"quotaexceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"exceeded storage allocation",
        sisimai: None,
    },
    Pattern {
        phrase: c"out of storage space",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailfolder is full",
        sisimai: None,
    },
    Pattern {
        phrase: c"inbox is full",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox exceeds allowed size",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox size limit",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipient's mailbox exceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"message size exceeds",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"message size limit",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"size limit exceeded",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"maximum message size",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"maximum email size",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"message length exceeds",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"recipsizelimit",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"message too large",
        sisimai: None,
    },
    Pattern {
        phrase: c"message is too large",
        sisimai: None,
    },
    Pattern {
        phrase: c"message too big",
        sisimai: None,
    },
    Pattern {
        phrase: c"headers too large",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"spam",
        sisimai: None,
    },
    Pattern {
        phrase: c"spam detected",
        sisimai: None,
    },
    Pattern {
        phrase: c"detected as spam",
        sisimai: None,
    },
    Pattern {
        phrase: c"scored as spam",
        sisimai: None,
    },
    Pattern {
        phrase: c"flagged as spam",
        sisimai: None,
    },
    Pattern {
        phrase: c"classified as spam",
        sisimai: None,
    },
    Pattern {
        phrase: c"spam classification",
        sisimai: None,
    },
    Pattern {
        phrase: c"spam content",
        sisimai: None,
    },
    Pattern {
        phrase: c"likely unsolicited mail",
        sisimai: None,
    },
    Pattern {
        phrase: c"message content rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"content rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"content restrictions",
        sisimai: None,
    },
    Pattern {
        phrase: c"nature of the content",
        sisimai: None,
    },
    Pattern {
        phrase: c"its content presents a potential",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"blacklisted url",
        sisimai: None,
    },
    Pattern {
        phrase: c"phishing",
        sisimai: None,
    },
    Pattern {
        phrase: c"mail rejete",
        sisimai: None,
    },
    Pattern {
        phrase: c"sender address has null mx",
        sisimai: None,
    },
    Pattern {
        phrase: c"header error",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"x-unix;",
        sisimai: Some(c"mailererror"),
    },
    Pattern {
        phrase: c"virus",
        sisimai: Some(c"virusdetected"),
    },
    Pattern {
        phrase: c"virus detected",
        sisimai: Some(c"virusdetected"),
    },
    Pattern {
        phrase: c"malware",
        sisimai: Some(c"virusdetected"),
    },
    Pattern {
        phrase: c"rejected due to security policies",
        sisimai: Some(c"virusdetected"),
    },
    Pattern {
        phrase: c"illegal attachment",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"executable attachment",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"media error",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"blocked using",
        sisimai: None,
    },
    Pattern {
        phrase: c"listed at",
        sisimai: None,
    },
    Pattern {
        phrase: c"spamhaus",
        sisimai: None,
    },
    Pattern {
        phrase: c"spamcop",
        sisimai: None,
    },
    Pattern {
        phrase: c"sorbs",
        sisimai: None,
    },
    Pattern {
        phrase: c"barracudacentral",
        sisimai: None,
    },
    Pattern {
        phrase: c"abuseat",
        sisimai: None,
    },
    Pattern {
        phrase: c"dnsbl",
        sisimai: None,
    },
    Pattern {
        phrase: c"ipcheck.proofpoint",
        sisimai: None,
    },
    Pattern {
        phrase: c"blocked - see",
        sisimai: None,
    },
    Pattern {
        phrase: c"cloudmark",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"blacklisted",
        sisimai: None,
    },
    Pattern {
        phrase: c"blocklist",
        sisimai: None,
    },
    Pattern {
        phrase: c"block list",
        sisimai: None,
    },
    Pattern {
        phrase: c"banned sending ip",
        sisimai: None,
    },
    Pattern {
        phrase: c"traffic not accepted from this ip",
        sisimai: None,
    },
    Pattern {
        phrase: c"weren't sent",
        sisimai: None,
    },
    Pattern {
        phrase: c"client host rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"client host blocked",
        sisimai: None,
    },
    Pattern {
        phrase: c"spamming",
        sisimai: None,
    },
    Pattern {
        phrase: c"blocked for abuse",
        sisimai: None,
    },
    Pattern {
        phrase: c"blocked by",
        sisimai: None,
    },
    Pattern {
        phrase: c"has been blocked",
        sisimai: None,
    },
    Pattern {
        phrase: c"email reputation service",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"helo command rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"refused to talk to me",
        sisimai: None,
    },
    Pattern {
        phrase: c"not accepting connections",
        sisimai: None,
    },
    Pattern {
        phrase: c"smtp server of your isp",
        sisimai: None,
    },
    Pattern {
        phrase: c"dynamic ip",
        sisimai: None,
    },
    Pattern {
        phrase: c"open relay",
        sisimai: None,
    },
    Pattern {
        phrase: c"ip not in whitelist",
        sisimai: None,
    },
    Pattern {
        phrase: c"not authorized to send email directly",
        sisimai: None,
    },
    Pattern {
        phrase: c"invalid ip for sending",
        sisimai: None,
    },
    Pattern {
        phrase: c"service refused",
        sisimai: None,
    },
    Pattern {
        phrase: c"access denied",
        sisimai: None,
    },
    Pattern {
        phrase: c"administrative prohibition",
        sisimai: None,
    },
    Pattern {
        phrase: c"envelope blocked",
        sisimai: None,
    },
    Pattern {
        phrase: c"host network not allowed",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"anti-spoofing policy",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"policy violation",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"denied by policy",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"policy reasons",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"local policy",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"email policy",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"has a policy that prohibited",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"message not allowed",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"message filtered",
        sisimai: Some(c"filtered"),
    },
    Pattern {
        phrase: c"recipient preferences",
        sisimai: Some(c"filtered"),
    },
    Pattern {
        phrase: c"550 : user unknown",
        sisimai: Some(c"filtered"),
    },
    Pattern {
        phrase: c"refused due to recipient preferences",
        sisimai: Some(c"filtered"),
    },
    Pattern {
        phrase: c"reverse dns",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"ptr record",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"no ptr",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"dns ptr",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"rdns",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"reverse hostname",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"cannot find your hostname",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"ip name lookup failed",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"unverifyable sending ip",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"mismatches client ip",
        sisimai: Some(c"requireptr"),
    },
    Pattern {
        phrase: c"poor reputation",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"low reputation",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"bad reputation",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"ip reputation",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"reputation",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"user complaints",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"too many connections",
        sisimai: None,
    },
    Pattern {
        phrase: c"too many concurrent",
        sisimai: None,
    },
    Pattern {
        phrase: c"too many messages",
        sisimai: None,
    },
    Pattern {
        phrase: c"slow down",
        sisimai: Some(c"speeding"),
    },
    Pattern {
        phrase: c"too many recipients",
        sisimai: None,
    },
    Pattern {
        phrase: c"too many login attempts",
        sisimai: None,
    },
    Pattern {
        phrase: c"rate limit",
        sisimai: None,
    },
    Pattern {
        phrase: c"frequency limited",
        sisimai: None,
    },
    Pattern {
        phrase: c"throttled",
        sisimai: None,
    },
    Pattern {
        phrase: c"sending rate",
        sisimai: Some(c"speeding"),
    },
    Pattern {
        phrase: c"too fast",
        sisimai: Some(c"speeding"),
    },
    Pattern {
        phrase: c"too quickly",
        sisimai: Some(c"speeding"),
    },
    Pattern {
        phrase: c"receiving mail at a rate",
        sisimai: Some(c"speeding"),
    },
    Pattern {
        phrase: c"unusual rate",
        sisimai: Some(c"speeding"),
    },
    Pattern {
        phrase: c"submission quota exceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"sending quota",
        sisimai: None,
    },
    Pattern {
        phrase: c"sending limit",
        sisimai: None,
    },
    Pattern {
        phrase: c"daily limit",
        sisimai: None,
    },
    Pattern {
        phrase: c"thread limit exceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"greylist",
        sisimai: None,
    },
    Pattern {
        phrase: c"graylist",
        sisimai: None,
    },
    Pattern {
        phrase: c"try again later",
        sisimai: None,
    },
    Pattern {
        phrase: c"dmarc",
        sisimai: None,
    },
    Pattern {
        phrase: c"spf",
        sisimai: None,
    },
    Pattern {
        phrase: c"sender policy framework",
        sisimai: None,
    },
    Pattern {
        phrase: c"dkim",
        sisimai: None,
    },
    Pattern {
        phrase: c"unauthenticated email",
        sisimai: None,
    },
    Pattern {
        phrase: c"sender is unauthenticated",
        sisimai: None,
    },
    Pattern {
        phrase: c"authentication checks",
        sisimai: None,
    },
    Pattern {
        phrase: c"does not have authentication information",
        sisimai: None,
    },
    Pattern {
        phrase: c"required authentication level",
        sisimai: None,
    },
    Pattern {
        phrase: c"does not designate",
        sisimai: None,
    },
    Pattern {
        phrase: c"authentication failed",
        sisimai: None,
    },
    Pattern {
        phrase: c"authentication unsuccessful",
        sisimai: None,
    },
    Pattern {
        phrase: c"authentication credentials invalid",
        sisimai: None,
    },
    Pattern {
        phrase: c"username and password not accepted",
        sisimai: None,
    },
    Pattern {
        phrase: c"authentication required",
        sisimai: None,
    },
    Pattern {
        phrase: c"authentication is required",
        sisimai: None,
    },
    Pattern {
        phrase: c"authrequired",
        sisimai: None,
    },
    Pattern {
        phrase: c"smtp authentication",
        sisimai: None,
    },
    Pattern {
        phrase: c"unauthenticated senders not allowed",
        sisimai: None,
    },
    Pattern {
        phrase: c"not authenticated",
        sisimai: None,
    },
    Pattern {
        phrase: c"notauthenticated",
        sisimai: None,
    },
    Pattern {
        phrase: c"send anonymous mail",
        sisimai: None,
    },
    Pattern {
        phrase: c"must issue a starttls command first",
        sisimai: None,
    },
    Pattern {
        phrase: c"starttls",
        sisimai: None,
    },
    Pattern {
        phrase: c"tls required",
        sisimai: None,
    },
    Pattern {
        phrase: c"tls is required",
        sisimai: None,
    },
    Pattern {
        phrase: c"encryption required",
        sisimai: None,
    },
    Pattern {
        phrase: c"does not support tls",
        sisimai: Some(c"failedstarttls"),
    },
    Pattern {
        phrase: c"requiretls",
        sisimai: None,
    },
    Pattern {
        phrase: c"mta-sts",
        sisimai: None,
    },
    Pattern {
        phrase: c"relay access denied",
        sisimai: None,
    },
    Pattern {
        phrase: c"relaying denied",
        sisimai: None,
    },
    Pattern {
        phrase: c"relay denied",
        sisimai: None,
    },
    Pattern {
        phrase: c"not permitted to relay",
        sisimai: None,
    },
    Pattern {
        phrase: c"relay not permitted",
        sisimai: None,
    },
    Pattern {
        phrase: c"unable to relay",
        sisimai: None,
    },
    Pattern {
        phrase: c"we do not relay",
        sisimai: None,
    },
    Pattern {
        phrase: c"not configured to relay",
        sisimai: None,
    },
    Pattern {
        phrase: c"no relaying",
        sisimai: None,
    },
    Pattern {
        phrase: c"insecure mail relay",
        sisimai: None,
    },
    Pattern {
        phrase: c"allowed rcpthosts",
        sisimai: None,
    },
    Pattern {
        phrase: c"sender address rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"sender rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"domain of sender address",
        sisimai: None,
    },
    Pattern {
        phrase: c"unroutable sender",
        sisimai: None,
    },
    Pattern {
        phrase: c"unrouteable sender",
        sisimai: None,
    },
    Pattern {
        phrase: c"sender verify failed",
        sisimai: None,
    },
    Pattern {
        phrase: c"address that has been blacklisted",
        sisimai: None,
    },
    Pattern {
        phrase: c"mail rejected by destination domain",
        sisimai: Some(c"rejected"),
    },
    Pattern {
        phrase: c"but my name was rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"customfromdenied",
        sisimai: None,
    },
    Pattern {
        phrase: c"address is not verified",
        sisimai: None,
    },
    Pattern {
        phrase: c"invalid sender",
        sisimai: None,
    },
    Pattern {
        phrase: c"bad outbound sender",
        sisimai: None,
    },
    Pattern {
        phrase: c"sender denied",
        sisimai: None,
    },
    Pattern {
        phrase: c"bad sender's system address",
        sisimai: None,
    },
    Pattern {
        phrase: c"but sender was rejected",
        sisimai: None,
    },
    Pattern {
        phrase: c"purported responsible address",
        sisimai: None,
    },
    Pattern {
        phrase: c"unresolvable rfc.5321 from address",
        sisimai: None,
    },
    Pattern {
        phrase: c"permission to post",
        sisimai: None,
    },
    Pattern {
        phrase: c"host unknown",
        sisimai: None,
    },
    Pattern {
        phrase: c"host not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"host not found, try again",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"domain not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"dns lookup failure: host",
        sisimai: None,
    },
    Pattern {
        phrase: c"the account or domain may not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"domain name not found",
        sisimai: None,
    },
    Pattern {
        phrase: c"nxdomain",
        sisimai: None,
    },
    Pattern {
        phrase: c"no such domain",
        sisimai: None,
    },
    Pattern {
        phrase: c"domain does not exist",
        sisimai: None,
    },
    Pattern {
        phrase: c"name service error",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"couldn't find any host named",
        sisimai: None,
    },
    Pattern {
        phrase: c"find the recipient domain",
        sisimai: None,
    },
    Pattern {
        phrase: c"bad destination system address",
        sisimai: None,
    },
    Pattern {
        phrase: c"unrouteable address",
        sisimai: None,
    },
    Pattern {
        phrase: c"unroutable address",
        sisimai: None,
    },
    Pattern {
        phrase: c"unable to route",
        sisimai: None,
    },
    Pattern {
        phrase: c"point to non-existent hosts",
        sisimai: None,
    },
    Pattern {
        phrase: c"domain is not reachable",
        sisimai: None,
    },
    Pattern {
        phrase: c"not reachable",
        sisimai: Some(c"expired"),
    },
    Pattern {
        phrase: c"no relevant answers",
        sisimai: None,
    },
    Pattern {
        phrase: c"host name lookup failure",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"host lookup did not complete",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"malformed or unexpected name server reply",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"dns query failed",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"dns error",
        sisimai: None,
    },
    Pattern {
        phrase: c"not listed in public name & address book",
        sisimai: None,
    },
    Pattern {
        phrase: c"pipe to |",
        sisimai: Some(c"mailererror"),
    },
    Pattern {
        phrase: c"dns type 'mx' lookup of",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"connection timed out",
        sisimai: Some(c"expired"),
    },
    Pattern {
        phrase: c"timed out",
        sisimai: Some(c"expired"),
    },
    Pattern {
        phrase: c"connection refused",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"connection reset",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"lost connection",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"no route to host",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"network is unreachable",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"network error",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"no answer from host",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"socket error",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"unable to connect",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"able to establish an smtp connection",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"did not accept our requests to connect",
        sisimai: Some(c"expired"),
    },
    Pattern {
        phrase: c"delivery temporarily suspended",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"routing loop",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"loops back to me",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"message is looping",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"too many hops",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"hop count exceeded",
        sisimai: Some(c"networkerror"),
    },
    Pattern {
        phrase: c"message expired",
        sisimai: None,
    },
    Pattern {
        phrase: c"queue.expired",
        sisimai: None,
    },
    Pattern {
        phrase: c"envelope expired",
        sisimai: None,
    },
    Pattern {
        phrase: c"delivery time expired",
        sisimai: None,
    },
    Pattern {
        phrase: c"retry timeout exceeded",
        sisimai: None,
    },
    Pattern {
        phrase: c"have been failing for a long time",
        sisimai: None,
    },
    Pattern {
        phrase: c"i'm not going to try again",
        sisimai: None,
    },
    Pattern {
        phrase: c"recipients was aborted after",
        sisimai: None,
    },
    Pattern {
        phrase: c"in the queue too long",
        sisimai: None,
    },
    Pattern {
        phrase: c"will be deleted from queue",
        sisimai: None,
    },
    Pattern {
        phrase: c"could not be delivered for",
        sisimai: None,
    },
    Pattern {
        phrase: c"was not delivered within",
        sisimai: None,
    },
    Pattern {
        phrase: c"exceeded max time without delivery",
        sisimai: None,
    },
    Pattern {
        phrase: c"giving up",
        sisimai: None,
    },
    Pattern {
        phrase: c"null mx",
        sisimai: None,
    },
    Pattern {
        phrase: c"does not accept mail",
        sisimai: None,
    },
    Pattern {
        phrase: c"not accepting mail",
        sisimai: None,
    },
    Pattern {
        phrase: c"not accepting network messages",
        sisimai: None,
    },
    Pattern {
        phrase: c"indicated no smtp service",
        sisimai: None,
    },
    Pattern {
        phrase: c"doesn't receive email",
        sisimai: None,
    },
    Pattern {
        phrase: c"couldn't find a mail exchanger",
        sisimai: None,
    },
    Pattern {
        phrase: c"no mx",
        sisimai: None,
    },
    Pattern {
        phrase: c"syntax error",
        sisimai: None,
    },
    Pattern {
        phrase: c"address syntax",
        sisimai: None,
    },
    Pattern {
        phrase: c"bad destination mailbox address syntax",
        sisimai: Some(c"userunknown"),
    },
    Pattern {
        phrase: c"sender's mailbox address syntax",
        sisimai: None,
    },
    Pattern {
        phrase: c"malformed address",
        sisimai: None,
    },
    Pattern {
        phrase: c"not a valid rfc 5321 address",
        sisimai: None,
    },
    Pattern {
        phrase: c"need fully-qualified address",
        sisimai: None,
    },
    Pattern {
        phrase: c"domain name required",
        sisimai: None,
    },
    Pattern {
        phrase: c"mailbox name not allowed",
        sisimai: None,
    },
    Pattern {
        phrase: c"sequence of commands",
        sisimai: None,
    },
    Pattern {
        phrase: c"command parameter not implemented",
        sisimai: None,
    },
    Pattern {
        phrase: c"command not implemented",
        sisimai: None,
    },
    Pattern {
        phrase: c"command unrecognized",
        sisimai: None,
    },
    Pattern {
        phrase: c"improper use of smtp command pipelining",
        sisimai: None,
    },
    Pattern {
        phrase: c"protocol violation",
        sisimai: None,
    },
    Pattern {
        phrase: c"protocol error",
        sisimai: None,
    },
    Pattern {
        phrase: c"line too long",
        sisimai: None,
    },
    Pattern {
        phrase: c"bare lf",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"barelinefeeds",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"8-bit data",
        sisimai: Some(c"contenterror"),
    },
    Pattern {
        phrase: c"rfc 5322",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"not rfc 5322 compliant",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"multiple addresses in from",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"duplicate header",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"missing a valid message-id",
        sisimai: Some(c"notcompliantrfc"),
    },
    Pattern {
        phrase: c"system error",
        sisimai: None,
    },
    Pattern {
        phrase: c"internal error",
        sisimai: None,
    },
    Pattern {
        phrase: c"internal server error",
        sisimai: None,
    },
    Pattern {
        phrase: c"error in processing",
        sisimai: None,
    },
    Pattern {
        phrase: c"temporary system problem",
        sisimai: None,
    },
    Pattern {
        phrase: c"mail system problem",
        sisimai: None,
    },
    Pattern {
        phrase: c"incorrectly configured",
        sisimai: None,
    },
    Pattern {
        phrase: c"configuration error",
        sisimai: None,
    },
    Pattern {
        phrase: c"ldap server",
        sisimai: None,
    },
    Pattern {
        phrase: c"queue file write error",
        sisimai: None,
    },
    Pattern {
        phrase: c"transaction failed",
        sisimai: None,
    },
    Pattern {
        phrase: c"service currently unavailable",
        sisimai: None,
    },
    Pattern {
        phrase: c"service unavailable",
        sisimai: None,
    },
    Pattern {
        phrase: c"server busy",
        sisimai: None,
    },
    Pattern {
        phrase: c"resources temporarily unavailable",
        sisimai: None,
    },
    Pattern {
        phrase: c"upstream error",
        sisimai: None,
    },
    Pattern {
        phrase: c"storedrv",
        sisimai: None,
    },
    Pattern {
        phrase: c"insufficient system storage",
        sisimai: Some(c"systemfull"),
    },
    Pattern {
        phrase: c"insufficient system resources",
        sisimai: Some(c"systemfull"),
    },
    Pattern {
        phrase: c"insufficient disk space",
        sisimai: Some(c"systemfull"),
    },
    Pattern {
        phrase: c"mail system full",
        sisimai: Some(c"systemfull"),
    },
    Pattern {
        phrase: c"command died with status",
        sisimai: Some(c"mailererror"),
    },
    Pattern {
        phrase: c"local delivery failed",
        sisimai: Some(c"mailererror"),
    },
    Pattern {
        phrase: c"mailer error",
        sisimai: Some(c"mailererror"),
    },
    Pattern {
        phrase: c"[tss04]",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"[tss09]",
        sisimai: None,
    },
    Pattern {
        phrase: c"[bl21]",
        sisimai: None,
    },
    Pattern {
        phrase: c"[bl23]",
        sisimai: None,
    },
    Pattern {
        phrase: c"[ph01]",
        sisimai: Some(c"policyviolation"),
    },
    Pattern {
        phrase: c"(554.30)",
        sisimai: None,
    },
    Pattern {
        phrase: c"(s3140)",
        sisimai: None,
    },
    Pattern {
        phrase: c"(s3150)",
        sisimai: None,
    },
    Pattern {
        phrase: c"(s775)",
        sisimai: Some(c"badreputation"),
    },
    Pattern {
        phrase: c"(s77714)",
        sisimai: None,
    },
    Pattern {
        phrase: c"submission quota",
        sisimai: None,
    },
    Pattern {
        phrase: c"tenant has exceeded threshold",
        sisimai: None,
    },
    Pattern {
        phrase: c"peak smtp relay limit",
        sisimai: None,
    },
    Pattern {
        phrase: c"smtp relay limit",
        sisimai: None,
    },
    Pattern {
        phrase: c"does not allow external forwarding",
        sisimai: None,
    },
    Pattern {
        phrase: c"external forwarding",
        sisimai: None,
    },
    Pattern {
        phrase: c"application-specific password required",
        sisimai: None,
    },
    Pattern {
        phrase: c"smtpclientauthentication is disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"basic authentication is disabled",
        sisimai: None,
    },
    Pattern {
        phrase: c"to send as this sender",
        sisimai: None,
    },
    Pattern {
        phrase: c"sendasdenied",
        sisimai: None,
    },
    Pattern {
        phrase: c"message header size limit",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"exceeds size limit",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"size limit",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"too much mail data",
        sisimai: Some(c"exceedlimit"),
    },
    Pattern {
        phrase: c"groups.google.com/support",
        sisimai: Some(c"rejected"),
    },
    Pattern {
        phrase: c"invalid final delivery userid",
        sisimai: None,
    },
    Pattern {
        phrase: c"no valid recipients for this mm",
        sisimai: None,
    },
    Pattern {
        phrase: c"unknown host",
        sisimai: None,
    },
    Pattern {
        phrase: c"のユーザーは登録されていません",
        sisimai: None,
    },
    Pattern {
        phrase: c"宛先不明",
        sisimai: None,
    },
    Pattern {
        phrase: c"メールボックスが一杯",
        sisimai: None,
    },
    Pattern {
        phrase: c"est introuvable",
        sisimai: None,
    },
    Pattern {
        phrase: c"riuscito a trovare l'indirizzo",
        sisimai: None,
    },
    Pattern {
        phrase: c"utilisateur inconnu",
        sisimai: None,
    },
    Pattern {
        phrase: c"destinataire inconnu",
        sisimai: None,
    },
    Pattern {
        phrase: c"boite pleine",
        sisimai: None,
    },
    Pattern {
        phrase: c"unbekannt",
        sisimai: None,
    },
    Pattern {
        phrase: c"postfach voll",
        sisimai: None,
    },
    Pattern {
        phrase: c"usuario desconocido",
        sisimai: None,
    },
    Pattern {
        phrase: c"buzon lleno",
        sisimai: None,
    },
    Pattern {
        phrase: c"utente sconosciuto",
        sisimai: None,
    },
    Pattern {
        phrase: c"casella piena",
        sisimai: None,
    },
    Pattern {
        phrase: c"usuario inexistente",
        sisimai: None,
    },
    Pattern {
        phrase: c"caixa postal cheia",
        sisimai: None,
    },
    Pattern {
        phrase: c"nie istnieje",
        sisimai: None,
    },
    Pattern {
        phrase: c"temporary failure",
        sisimai: Some(c"onhold"),
    },
    Pattern {
        phrase: c"unknown error",
        sisimai: Some(c"undefined"),
    },
];
