// @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the YAML and run `cargo xtask codegen` again.

use crate::types::{Lang, Localized};
use core::fmt;
/// Why a delivery failed, as `explain` classifies it. The identifiers (`as_str`) are a
/// public contract, shared with the CLI's JSON, Python and C. Reasons may be added in
/// minor releases, so the enum is `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// `user_unknown`: The recipient address does not exist.
    UserUnknown,
    /// `mailbox_disabled`: The recipient's mailbox exists but is disabled, suspended or inactive.
    MailboxDisabled,
    /// `mailbox_full`: The recipient's mailbox is full or over its quota.
    MailboxFull,
    /// `message_too_large`: The message is larger than the receiving system accepts.
    MessageTooLarge,
    /// `spam_or_content`: The message was refused for its content: spam, a virus or forbidden content.
    SpamOrContent,
    /// `policy_blocked`: The sending IP address or domain is blocked by policy, reputation or a blocklist.
    PolicyBlocked,
    /// `rate_limited`: Too many messages, connections or recipients for now: slow down and try later.
    RateLimited,
    /// `greylisted`: Greylisting: the server defers mail from unknown senders once; retrying later succeeds.
    Greylisted,
    /// `auth_failed`: Authentication failed: SMTP AUTH credentials, or SPF, DKIM, DMARC or ARC checks.
    AuthFailed,
    /// `auth_required`: The server requires the client to authenticate first.
    AuthRequired,
    /// `tls_required`: The server (or the sender's policy) requires an encrypted TLS connection.
    TlsRequired,
    /// `relay_denied`: The server does not relay mail for this sender to this recipient.
    RelayDenied,
    /// `sender_rejected`: The sender address was refused: invalid, unverified, or its domain does not resolve.
    SenderRejected,
    /// `dns_or_routing`: The recipient's domain does not resolve, or there is no route to it: DNS, loops or connection failures.
    DnsOrRouting,
    /// `expired`: The sending server gave up after the message's queue lifetime.
    Expired,
    /// `not_accepting_mail`: The host or domain accepts no mail at all (null MX, 521, 556).
    NotAcceptingMail,
    /// `syntax`: A syntax or protocol error, including an invalid address syntax or a message that breaks the RFCs.
    Syntax,
    /// `system_error`: The remote mail system failed, is full or is misconfigured.
    SystemError,
    /// `other`: A failure the catalog cannot classify more precisely.
    Other,
    /// `none`: No failure: the reply reports success or asks for more.
    None,
    /// `complaint`: A feedback report (RFC 5965): the recipient or their provider complained about the message, for example by marking it as spam.
    Complaint,
}
/// One reason of the taxonomy, as the catalog describes it.
struct ReasonEntry {
    id: &'static str,
    sisimai: &'static str,
    suppress: bool,
    sisimai_hardbounce: bool,
    retry: bool,
    retry_when_permanent: bool,
    description: Localized,
}
static REASONS: [ReasonEntry; 21] = [
    ReasonEntry {
        id: "user_unknown",
        sisimai: "userunknown",
        suppress: true,
        sisimai_hardbounce: true,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The recipient address does not exist.",
            es: "La dirección del destinatario no existe.",
        },
    },
    ReasonEntry {
        id: "mailbox_disabled",
        sisimai: "suspend",
        suppress: true,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The recipient's mailbox exists but is disabled, suspended or inactive.",
            es: "El buzón del destinatario existe, pero está desactivado, suspendido o inactivo.",
        },
    },
    ReasonEntry {
        id: "mailbox_full",
        sisimai: "mailboxfull",
        suppress: false,
        sisimai_hardbounce: false,
        retry: true,
        retry_when_permanent: false,
        description: Localized {
            en: "The recipient's mailbox is full or over its quota.",
            es: "El buzón del destinatario está lleno o ha superado su cuota.",
        },
    },
    ReasonEntry {
        id: "message_too_large",
        sisimai: "mesgtoobig",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The message is larger than the receiving system accepts.",
            es: "El mensaje es más grande de lo que acepta el sistema receptor.",
        },
    },
    ReasonEntry {
        id: "spam_or_content",
        sisimai: "spamdetected",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The message was refused for its content: spam, a virus or forbidden content.",
            es: "El mensaje se rechazó por su contenido: spam, un virus o contenido prohibido.",
        },
    },
    ReasonEntry {
        id: "policy_blocked",
        sisimai: "blocked",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The sending IP address or domain is blocked by policy, reputation or a blocklist.",
            es: "La dirección IP o el dominio del remitente está bloqueado por política, por reputación o por una lista de bloqueo.",
        },
    },
    ReasonEntry {
        id: "rate_limited",
        sisimai: "toomanyconn",
        suppress: false,
        sisimai_hardbounce: false,
        retry: true,
        retry_when_permanent: true,
        description: Localized {
            en: "Too many messages, connections or recipients for now: slow down and try later.",
            es: "Demasiados mensajes, conexiones o destinatarios por ahora: hay que reducir el ritmo y volver a intentarlo más tarde.",
        },
    },
    ReasonEntry {
        id: "greylisted",
        sisimai: "blocked",
        suppress: false,
        sisimai_hardbounce: false,
        retry: true,
        retry_when_permanent: true,
        description: Localized {
            en: "Greylisting: the server defers mail from unknown senders once; retrying later succeeds.",
            es: "Lista gris (greylisting): el servidor aplaza una vez el correo de remitentes desconocidos; el reintento posterior tiene éxito.",
        },
    },
    ReasonEntry {
        id: "auth_failed",
        sisimai: "authfailure",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "Authentication failed: SMTP AUTH credentials, or SPF, DKIM, DMARC or ARC checks.",
            es: "Falló la autenticación: las credenciales de SMTP AUTH o las comprobaciones SPF, DKIM, DMARC o ARC.",
        },
    },
    ReasonEntry {
        id: "auth_required",
        sisimai: "securityerror",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The server requires the client to authenticate first.",
            es: "El servidor exige que el cliente se autentique antes.",
        },
    },
    ReasonEntry {
        id: "tls_required",
        sisimai: "failedstarttls",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The server (or the sender's policy) requires an encrypted TLS connection.",
            es: "El servidor (o la política del remitente) exige una conexión cifrada con TLS.",
        },
    },
    ReasonEntry {
        id: "relay_denied",
        sisimai: "norelaying",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The server does not relay mail for this sender to this recipient.",
            es: "El servidor no retransmite el correo de este remitente hacia este destinatario.",
        },
    },
    ReasonEntry {
        id: "sender_rejected",
        sisimai: "rejected",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The sender address was refused: invalid, unverified, or its domain does not resolve.",
            es: "Se rechazó la dirección del remitente: no es válida, no está verificada o su dominio no se resuelve.",
        },
    },
    ReasonEntry {
        id: "dns_or_routing",
        sisimai: "hostunknown",
        suppress: false,
        sisimai_hardbounce: true,
        retry: true,
        retry_when_permanent: false,
        description: Localized {
            en: "The recipient's domain does not resolve, or there is no route to it: DNS, loops or connection failures.",
            es: "El dominio del destinatario no se resuelve o no hay ruta hasta él: DNS, bucles o fallos de conexión.",
        },
    },
    ReasonEntry {
        id: "expired",
        sisimai: "expired",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The sending server gave up after the message's queue lifetime.",
            es: "El servidor emisor dejó de intentarlo al agotarse el tiempo de permanencia del mensaje en la cola.",
        },
    },
    ReasonEntry {
        id: "not_accepting_mail",
        sisimai: "notaccept",
        suppress: true,
        sisimai_hardbounce: true,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "The host or domain accepts no mail at all (null MX, 521, 556).",
            es: "El servidor o el dominio no acepta ningún correo (MX nulo, 521, 556).",
        },
    },
    ReasonEntry {
        id: "syntax",
        sisimai: "syntaxerror",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "A syntax or protocol error, including an invalid address syntax or a message that breaks the RFCs.",
            es: "Un error de sintaxis o de protocolo, incluida una dirección con sintaxis no válida o un mensaje que incumple las RFC.",
        },
    },
    ReasonEntry {
        id: "system_error",
        sisimai: "systemerror",
        suppress: false,
        sisimai_hardbounce: false,
        retry: true,
        retry_when_permanent: false,
        description: Localized {
            en: "The remote mail system failed, is full or is misconfigured.",
            es: "El sistema de correo remoto falló, está lleno o está mal configurado.",
        },
    },
    ReasonEntry {
        id: "other",
        sisimai: "undefined",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "A failure the catalog cannot classify more precisely.",
            es: "Un fallo que el catálogo no puede clasificar con más precisión.",
        },
    },
    ReasonEntry {
        id: "none",
        sisimai: "delivered",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "No failure: the reply reports success or asks for more.",
            es: "No hay fallo: la respuesta indica éxito o pide más datos.",
        },
    },
    ReasonEntry {
        id: "complaint",
        sisimai: "feedback",
        suppress: false,
        sisimai_hardbounce: false,
        retry: false,
        retry_when_permanent: false,
        description: Localized {
            en: "A feedback report (RFC 5965): the recipient or their provider complained about the message, for example by marking it as spam.",
            es: "Un informe de comentarios (RFC 5965): el destinatario o su proveedor se quejó del mensaje, por ejemplo marcándolo como spam.",
        },
    },
];
static ALL_REASONS: [Reason; 21] = [
    Reason::UserUnknown,
    Reason::MailboxDisabled,
    Reason::MailboxFull,
    Reason::MessageTooLarge,
    Reason::SpamOrContent,
    Reason::PolicyBlocked,
    Reason::RateLimited,
    Reason::Greylisted,
    Reason::AuthFailed,
    Reason::AuthRequired,
    Reason::TlsRequired,
    Reason::RelayDenied,
    Reason::SenderRejected,
    Reason::DnsOrRouting,
    Reason::Expired,
    Reason::NotAcceptingMail,
    Reason::Syntax,
    Reason::SystemError,
    Reason::Other,
    Reason::None,
    Reason::Complaint,
];
impl Reason {
    fn entry(self) -> &'static ReasonEntry {
        &REASONS[self as usize]
    }
    /// The identifier: `user_unknown`, `mailbox_full`, ..., `other`, `none`.
    pub fn as_str(self) -> &'static str {
        self.entry().id
    }
    /// The nearest of sisimai's reason names (`userunknown`, `mailboxfull`, `blocked`, ...).
    pub fn sisimai(self) -> &'static str {
        self.entry().sisimai
    }
    /// What the reason means, in the given language.
    pub fn description(self, lang: Lang) -> &'static str {
        self.entry().description.get(lang)
    }
    /// Whether a permanent failure for this reason means the address should be dropped
    /// from lists, as senders and ESPs do (`user_unknown`, `mailbox_disabled`,
    /// `not_accepting_mail`).
    pub fn suppresses(self) -> bool {
        self.entry().suppress
    }
    /// Whether sisimai calls a permanent failure for this reason a hard bounce
    /// (sisimai keeps disabled mailboxes soft).
    pub fn sisimai_hardbounce(self) -> bool {
        self.entry().sisimai_hardbounce
    }
    /// Whether, with no code to tell, a failure for this reason is usually temporary.
    pub fn usually_temporary(self) -> bool {
        self.entry().retry
    }
    /// Whether sending again later can succeed even after a permanent (`5yz`) reply
    /// for this reason (rate limits, greylisting).
    pub fn retry_when_permanent(self) -> bool {
        self.entry().retry_when_permanent
    }
    /// Every reason, in the taxonomy's order.
    pub fn all() -> impl ExactSizeIterator<Item = Reason> {
        ALL_REASONS.iter().copied()
    }
    /// The reason with this identifier.
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::all().find(|r| r.as_str() == name)
    }
}
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
/// A code's default reason, as `code_reasons` gives it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CodeDefault {
    pub(crate) reason: Reason,
    /// sisimai's name for the code, when finer than the reason's own.
    pub(crate) sisimai: Option<&'static str>,
    pub(crate) priority: u8,
    /// The code says the recipient's domain does not exist or accepts no mail.
    pub(crate) recipient_domain_missing: bool,
}
/// The default reason of an enhanced code.
pub(crate) const fn enhanced_reason(
    class: u8,
    subject: u16,
    detail: u16,
) -> Option<CodeDefault> {
    match (class, subject, detail) {
        (5, 1, 10) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (5, 1, 90) => {
            Some(CodeDefault {
                reason: Reason::RateLimited,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (5, 2, 121) => {
            Some(CodeDefault {
                reason: Reason::RateLimited,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (5, 2, 122) => {
            Some(CodeDefault {
                reason: Reason::RateLimited,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (4, 3, 2) => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 35u8,
                recipient_domain_missing: false,
            })
        }
        (5, 4, 5) => {
            Some(CodeDefault {
                reason: Reason::RateLimited,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (5, 4, 300) => {
            Some(CodeDefault {
                reason: Reason::Expired,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (4, 4, 316) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: true,
            })
        }
        (5, 4, 1) => {
            Some(CodeDefault {
                reason: Reason::RelayDenied,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 3) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (4, 7, 500) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 501) => {
            Some(CodeDefault {
                reason: Reason::SpamOrContent,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 502) => {
            Some(CodeDefault {
                reason: Reason::SenderRejected,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 504) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 509) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 606) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 705) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 708) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (4, 7, 850) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (4, 7, 32) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 60) => {
            Some(CodeDefault {
                reason: Reason::SenderRejected,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 139) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 350) => {
            Some(CodeDefault {
                reason: Reason::SpamOrContent,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (5, 7, 520) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 0) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 1) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 2) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: true,
            })
        }
        (_, 1, 3) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 45u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 4) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 6) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 7) => {
            Some(CodeDefault {
                reason: Reason::SenderRejected,
                sisimai: None,
                priority: 75u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 8) => {
            Some(CodeDefault {
                reason: Reason::SenderRejected,
                sisimai: None,
                priority: 75u8,
                recipient_domain_missing: false,
            })
        }
        (_, 1, 10) => {
            Some(CodeDefault {
                reason: Reason::NotAcceptingMail,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (_, 2, 0) => {
            Some(CodeDefault {
                reason: Reason::MailboxDisabled,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: false,
            })
        }
        (_, 2, 1) => {
            Some(CodeDefault {
                reason: Reason::MailboxDisabled,
                sisimai: None,
                priority: 45u8,
                recipient_domain_missing: false,
            })
        }
        (_, 2, 2) => {
            Some(CodeDefault {
                reason: Reason::MailboxFull,
                sisimai: None,
                priority: 60u8,
                recipient_domain_missing: false,
            })
        }
        (_, 2, 3) => {
            Some(CodeDefault {
                reason: Reason::MessageTooLarge,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 2, 4) => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: false,
            })
        }
        (_, 3, 0) => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        (_, 3, 1) => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 45u8,
                recipient_domain_missing: false,
            })
        }
        (_, 3, 2) => {
            Some(CodeDefault {
                reason: Reason::NotAcceptingMail,
                sisimai: None,
                priority: 35u8,
                recipient_domain_missing: false,
            })
        }
        (_, 3, 3) => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: false,
            })
        }
        (_, 3, 4) => {
            Some(CodeDefault {
                reason: Reason::MessageTooLarge,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 3, 5) => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 4, 0) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: true,
            })
        }
        (_, 4, 1) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: true,
            })
        }
        (_, 4, 2) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: Some("networkerror"),
                priority: 40u8,
                recipient_domain_missing: true,
            })
        }
        (_, 4, 3) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: Some("systemerror"),
                priority: 40u8,
                recipient_domain_missing: true,
            })
        }
        (_, 4, 4) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: None,
                priority: 45u8,
                recipient_domain_missing: true,
            })
        }
        (_, 4, 5) => {
            Some(CodeDefault {
                reason: Reason::RateLimited,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: false,
            })
        }
        (_, 4, 6) => {
            Some(CodeDefault {
                reason: Reason::DnsOrRouting,
                sisimai: Some("networkerror"),
                priority: 45u8,
                recipient_domain_missing: true,
            })
        }
        (_, 4, 7) => {
            Some(CodeDefault {
                reason: Reason::Expired,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 4, 8) => {
            Some(CodeDefault {
                reason: Reason::TlsRequired,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 5, 0) => {
            Some(CodeDefault {
                reason: Reason::Other,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        (_, 5, 1) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        (_, 5, 2) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        (_, 5, 3) => {
            Some(CodeDefault {
                reason: Reason::RateLimited,
                sisimai: None,
                priority: 45u8,
                recipient_domain_missing: false,
            })
        }
        (_, 5, 4) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        (_, 5, 5) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        (_, 5, 6) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 0) => {
            Some(CodeDefault {
                reason: Reason::SpamOrContent,
                sisimai: None,
                priority: 25u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 1) => {
            Some(CodeDefault {
                reason: Reason::SpamOrContent,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 2) => {
            Some(CodeDefault {
                reason: Reason::SpamOrContent,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 3) => {
            Some(CodeDefault {
                reason: Reason::SpamOrContent,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 5) => {
            Some(CodeDefault {
                reason: Reason::SpamOrContent,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 7) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 8) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 6, 9) => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 0) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 15u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 1) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 2) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 4) => {
            Some(CodeDefault {
                reason: Reason::TlsRequired,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 5) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 7) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 8) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 9) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 10) => {
            Some(CodeDefault {
                reason: Reason::TlsRequired,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 11) => {
            Some(CodeDefault {
                reason: Reason::TlsRequired,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 12) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 13) => {
            Some(CodeDefault {
                reason: Reason::MailboxDisabled,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 14) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 15) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 16) => {
            Some(CodeDefault {
                reason: Reason::MessageTooLarge,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 17) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 18) => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 20) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 21) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 22) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 23) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 24) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 25) => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 26) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 27) => {
            Some(CodeDefault {
                reason: Reason::SenderRejected,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 28) => {
            Some(CodeDefault {
                reason: Reason::RateLimited,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 29) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 30) => {
            Some(CodeDefault {
                reason: Reason::TlsRequired,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 321) => {
            Some(CodeDefault {
                reason: Reason::TlsRequired,
                sisimai: None,
                priority: 40u8,
                recipient_domain_missing: false,
            })
        }
        (_, 7, 40) => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 55u8,
                recipient_domain_missing: false,
            })
        }
        _ => None,
    }
}
/// The default reason of a basic code.
pub(crate) const fn basic_reason(code: u16) -> Option<CodeDefault> {
    match code {
        421 => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        450 => {
            Some(CodeDefault {
                reason: Reason::MailboxDisabled,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        451 => {
            Some(CodeDefault {
                reason: Reason::SystemError,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        452 => {
            Some(CodeDefault {
                reason: Reason::MailboxFull,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        454 => {
            Some(CodeDefault {
                reason: Reason::AuthRequired,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        500 => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        501 => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 20u8,
                recipient_domain_missing: false,
            })
        }
        502 => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        503 => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        504 => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        521 => {
            Some(CodeDefault {
                reason: Reason::NotAcceptingMail,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: false,
            })
        }
        530 => {
            Some(CodeDefault {
                reason: Reason::AuthRequired,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        534 => {
            Some(CodeDefault {
                reason: Reason::AuthRequired,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        535 => {
            Some(CodeDefault {
                reason: Reason::AuthFailed,
                sisimai: None,
                priority: 30u8,
                recipient_domain_missing: false,
            })
        }
        538 => {
            Some(CodeDefault {
                reason: Reason::TlsRequired,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        550 => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        551 => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        552 => {
            Some(CodeDefault {
                reason: Reason::MailboxFull,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        553 => {
            Some(CodeDefault {
                reason: Reason::UserUnknown,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        554 => {
            Some(CodeDefault {
                reason: Reason::PolicyBlocked,
                sisimai: None,
                priority: 5u8,
                recipient_domain_missing: false,
            })
        }
        555 => {
            Some(CodeDefault {
                reason: Reason::Syntax,
                sisimai: None,
                priority: 10u8,
                recipient_domain_missing: false,
            })
        }
        556 => {
            Some(CodeDefault {
                reason: Reason::NotAcceptingMail,
                sisimai: None,
                priority: 65u8,
                recipient_domain_missing: false,
            })
        }
        _ => None,
    }
}
/// sisimai's reason names that are a hard bounce whatever the code.
pub(crate) const SISIMAI_HARD_ALWAYS: &[&str] = &[
    "userunknown",
    "hostunknown",
    "hasmoved",
];
/// sisimai's reason names that are a hard bounce when the failure is permanent.
pub(crate) const SISIMAI_HARD_WHEN_PERMANENT: &[&str] = &["notaccept"];
/// A phrase of real servers that signals a reason.
#[derive(Debug, PartialEq, Eq)]
pub struct Pattern {
    phrase: &'static str,
    reason: Reason,
    sisimai: Option<&'static str>,
    priority: u8,
    recipient_domain_missing: bool,
    sisimai_any_command: bool,
    source: &'static str,
}
impl Pattern {
    /// The phrase: lower case, single spaces.
    pub const fn phrase(&self) -> &'static str {
        self.phrase
    }
    /// The reason it signals.
    pub const fn reason(&self) -> Reason {
        self.reason
    }
    /// sisimai's reason name for this phrase, when finer than the reason's own.
    pub const fn sisimai(&self) -> Option<&'static str> {
        self.sisimai
    }
    /// Its weight against other phrases and the codes' default reasons.
    pub const fn priority(&self) -> u8 {
        self.priority
    }
    /// Whether the phrase says the recipient's domain does not exist or accepts no mail.
    pub const fn recipient_domain_missing(&self) -> bool {
        self.recipient_domain_missing
    }
    /// Whether sisimai names this phrase's unknown user `userunknown` whatever SMTP
    /// command the reply answered (its reader of that MTA or provider decides), rather
    /// than `filtered` when the reply did not answer RCPT.
    pub const fn sisimai_any_command(&self) -> bool {
        self.sisimai_any_command
    }
    /// Who sends this phrase.
    pub const fn source(&self) -> &'static str {
        self.source
    }
    /// Every phrase of the catalog.
    pub fn all() -> &'static [Pattern] {
        &PATTERNS
    }
}
/// The phrases, as a constant the matcher builds its automaton from at compile time
/// (a `const fn` cannot read a `static`); only `PATTERNS` exists at run time.
#[allow(clippy::large_const_arrays)]
pub(crate) const PATTERN_LIST: [Pattern; 452] = [
    Pattern {
        phrase: "user unknown",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix local(8)/smtpd, Sendmail, au/ezweb; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unknown user",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix local(8) (unknown user: \"name\"), IMail, docomo; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "user unknown in virtual mailbox table",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd/virtual(8); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "user unknown in local recipient table",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no such user",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim/cPanel (No Such User Here), Sendmail; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no such recipient",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (550 5.1.1 No such recipient)",
    },
    Pattern {
        phrase: "no such mailbox",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (550 5.1.1 No such mailbox)",
    },
    Pattern {
        phrase: "no such account",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "no mailbox here by that name",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail (Sorry, no mailbox here by that name. (#5.1.1)); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "user not found",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Apple iCloud, various; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipient not found",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange (Recipient not found by SMTP address lookup); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipnotfound",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange RESOLVER.ADR.RecipNotFound / ExRecipNotFound; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipientnotfound",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange Online RESOLVER.ADR.RecipientNotFound (5.1.10); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unknown recipient",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 2003/2010 (5.1.351 unknown recipient); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipient name is not recognized",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Microsoft Exchange 2003 NDR text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "email address you entered couldn't be found",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 2013+/Office 365 NDR text",
    },
    Pattern {
        phrase: "wasn't found at",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Office 365 NDR (name wasn't found at domain)",
    },
    Pattern {
        phrase: "address was not found",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 2007 NDR (e-mail address was not found in the recipient's e-mail system)",
    },
    Pattern {
        phrase: "address couldn't be found",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Gmail bounce text (the address couldn't be found)",
    },
    Pattern {
        phrase: "address not found",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail bounce text (Address not found)",
    },
    Pattern {
        phrase: "mailbox unavailable",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 550 text (Requested action not taken: mailbox unavailable); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailbox unavailable (-",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Outlook.com (550 Requested action not taken: mailbox unavailable (-2147467259:...), an error number after the RFC 5321 text); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailbox not found",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo (mailbox not found), various",
    },
    Pattern {
        phrase: "mailbox does not exist",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "address does not exist",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Facebook, Cloudflare Email Routing; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "user does not exist",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Zoho Mail; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "user not exist",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese ISPs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "does not exist",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 25u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic wording (user/mailbox/address does not exist)",
    },
    Pattern {
        phrase: "the email account that you tried to reach does not exist",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.1.1 NoSuchUser; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "invalid recipient",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Orange/Wanadoo, La Poste, Mimecast; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "destinataire invalide",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Orange/La Poste (French: Adresse destinataire invalide); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "invalid address",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 15u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (Invalid Address); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unknown or illegal",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Apple me.com/iCloud (unknown or illegal alias/user); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "user doesn't have a",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo (554 delivery error: dd This user doesn't have a yahoo.com account); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "delivery error: dd this user doesn't have a",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Yahoo Help: Email sent to Yahoo Mail addresses is rejected (554 delivery error: dd This user doesn't have a yahoo.com account; https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "and other recipients in the same domain",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Trend Micro InterScan Messaging Security Suite (Unable to deliver message to <address> (and other recipients in the same domain)), an unknown user as sisimai's Sisimai::Lhost::InterScanMSS reads it (https://github.com/sisimai/p5-sisimai/blob/5-stable/lib/Sisimai/Lhost/InterScanMSS.pm); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unknown user:",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "local delivery agents: Postfix local(8) (unknown user: \"name\"), BSD mail.local (mail.local: unknown user: name), Ipswitch IMail (Unknown user: address); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: ">: user unknown",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "au (KDDI), lsean.ezweb.ne.jp and msmx.au.com: 550 <address>: User unknown, the unknown address (\"550 : User unknown\" is a refusal by the recipient's reception settings), as sisimai's Sisimai::Rhost::KDDI reads it (https://github.com/sisimai/p5-sisimai/blob/5-stable/lib/Sisimai/Rhost/KDDI.pm); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "bad destination mailbox address",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.1.1 text; Postfix",
    },
    Pattern {
        phrase: "recipient address rejected",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 15u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd prefix (a more specific phrase usually follows); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipient address rejected: access denied",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Microsoft Exchange Online DBEB 550 5.4.1 (also Postfix access(5) REJECT); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "address rejected",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 15u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic (550 5.1.1 Address rejected); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not listed in domino directory",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "HCL/IBM Domino",
    },
    Pattern {
        phrase: "not our customer",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (551 not our customer); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not our user",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (551 not our user); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "has a recent history of bouncing",
        reason: Reason::UserUnknown,
        sisimai: Some("suppressed"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Amazon SES suppression list",
    },
    Pattern {
        phrase: "mailbox has moved",
        reason: Reason::UserUnknown,
        sisimai: Some("hasmoved"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.1.6 text (Destination mailbox has moved, No forwarding address); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no forwarding address",
        reason: Reason::UserUnknown,
        sisimai: Some("hasmoved"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.1.6 text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no longer on server",
        reason: Reason::UserUnknown,
        sisimai: Some("hasmoved"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (550 5.1.6 recipient no longer on server); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "user not local",
        reason: Reason::UserUnknown,
        sisimai: Some("hasmoved"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 551 text (User not local; please try <forward-path>)",
    },
    Pattern {
        phrase: "prohibited attachment",
        reason: Reason::SpamOrContent,
        sisimai: Some("contenterror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange Online / EOP attachment filtering (550 5.7.0 ... prohibited attachment)",
    },
    Pattern {
        phrase: "banned attachment",
        reason: Reason::SpamOrContent,
        sisimai: Some("contenterror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sophos, Mimecast and other filters (message contains a banned attachment)",
    },
    Pattern {
        phrase: "blocked attachment",
        reason: Reason::SpamOrContent,
        sisimai: Some("contenterror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 552-5.7.0 (blocked for security reasons: attachment), various filters",
    },
    Pattern {
        phrase: "tls not available",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3207 454 4.7.0 (TLS not available due to temporary reason)",
    },
    Pattern {
        phrase: "dns lookup failed",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim, Postfix (temporary DNS lookup failure)",
    },
    Pattern {
        phrase: "because it is unauthenticated",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421 4.7.26 (rate limited because it is unauthenticated)",
    },
    Pattern {
        phrase: "authentication didn't pass",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421 4.7.27 / 4.7.30 (SPF or DKIM authentication didn't pass)",
    },
    Pattern {
        phrase: "not using a tls connection",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421 4.7.29 (rate limited because you're not using a TLS connection)",
    },
    Pattern {
        phrase: "sent over a tls connection",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550 5.7.29 (wasn't sent over a TLS connection)",
    },
    Pattern {
        phrase: "isn't aligned with",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 4.7.32 / 5.7.32 (From: header isn't aligned with the authenticated SPF or DKIM domain)",
    },
    Pattern {
        phrase: "addressee unknown",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (550 5.1.1 ... Addressee unknown)",
    },
    Pattern {
        phrase: "limit exceeded",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 46u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (relay/sending limit exceeded)",
    },
    Pattern {
        phrase: "concurrent connections",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange Online 421 4.3.2, various (too many concurrent connections)",
    },
    Pattern {
        phrase: "too many sessions",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "GMX/web.de, various (too many sessions from IP)",
    },
    Pattern {
        phrase: "per connection",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (max messages per connection reached)",
    },
    Pattern {
        phrase: "excessive volume",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL (deferred due to excessive volume)",
    },
    Pattern {
        phrase: "temporarily blocked",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (your IP is temporarily blocked)",
    },
    Pattern {
        phrase: "message is malformed",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 554 5.6.0 (Email message is malformed)",
    },
    Pattern {
        phrase: "mailbox is disabled",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo (554 delivery error: dd ... This mailbox is disabled (554.30))",
    },
    Pattern {
        phrase: "mailbox has exceeded",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (the recipient mailbox has exceeded its storage limit)",
    },
    Pattern {
        phrase: "storage limit",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exchange NDR 422, various (exceeded its storage limit)",
    },
    Pattern {
        phrase: "account has been disabled",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo (This account has been disabled or discontinued); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "account is disabled",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "au/ezweb (The user(s) account is disabled); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "account disabled",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (User account disabled); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "disabled recipient",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (525 5.7.13 Disabled recipient address); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailbox disabled",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.2.1 text (Mailbox disabled, not accepting messages)",
    },
    Pattern {
        phrase: "the email account that you tried to reach is disabled",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.2.1 DisabledUser; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "the email account that you tried to reach is inactive",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.2.1; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "inactive",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Apple iCloud (inactive email address), Gmail; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "account has been suspended",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers",
    },
    Pattern {
        phrase: "account suspended",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers",
    },
    Pattern {
        phrase: "account is locked",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "vpopmail vdelivermail (account is locked email bounced); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "temporary locked",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (User ... temporary locked); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailbox is frozen",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "i.ua; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "account is blocked",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "La Poste (The recipient account is blocked); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "compte du destinataire est bloque",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "La Poste (French); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailbox full",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail, Postfix, Exchange STOREDRV; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailbox is full",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim, KDDI, various; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "over quota",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail, Apple iCloud, Oracle Messaging Server; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "overquota",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail (OverQuotaPerm/OverQuotaTemp); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "quota exceeded",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Dovecot/Maildir (Disk quota exceeded), Gmail (Storage quota exceeded); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "quotaexceeded",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange MapiExceptionShutoffQuotaExceeded; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "exceeded storage allocation",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 552 text",
    },
    Pattern {
        phrase: "out of storage space",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 452/552 5.2.2 (inbox is out of storage space); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailfolder is full",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exchange child status text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "inbox is full",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers",
    },
    Pattern {
        phrase: "mailbox exceeds allowed size",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "IMail Server; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mailbox size limit",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange (mailbox size limit exceeded)",
    },
    Pattern {
        phrase: "recipient's mailbox exceeded",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese ISP (number of messages in recipient's mailbox exceeded the local limit); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "message size exceeds",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (Message size exceeds fixed maximum message size), Postfix (exceeds fixed limit); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "message size limit",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 552-5.2.3 (exceeded Google's message size limits)",
    },
    Pattern {
        phrase: "size limit exceeded",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "1&1/IONOS (Mail size limit exceeded); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "maximum message size",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail, various",
    },
    Pattern {
        phrase: "maximum email size",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Mimecast (Maximum email size exceeded)",
    },
    Pattern {
        phrase: "message length exceeds",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.2.3 text (Message length exceeds administrative limit); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipsizelimit",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange RESOLVER.RST.RecipSizeLimit; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "message too large",
        reason: Reason::MessageTooLarge,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix, Exchange; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "message is too large",
        reason: Reason::MessageTooLarge,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "message too big",
        reason: Reason::MessageTooLarge,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.3.4 text (Message too big for system); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "headers too large",
        reason: Reason::MessageTooLarge,
        sisimai: Some("contenterror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (552 5.6.0 Headers too large); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "spam",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 30u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic wording (low: blocklist and reputation texts mention spam too); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "spam detected",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "detected as spam",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters",
    },
    Pattern {
        phrase: "scored as spam",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters (This message has been scored as spam); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "flagged as spam",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Cloudflare Email Routing (Email flagged as Spam); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "classified as spam",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters",
    },
    Pattern {
        phrase: "spam classification",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Google Groups; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "spam content",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Proofpoint (Message blocked due to spam content)",
    },
    Pattern {
        phrase: "likely unsolicited mail",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1",
    },
    Pattern {
        phrase: "message content rejected",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "amavisd-new (Message content rejected, UBE); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "content rejected",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "content restrictions",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Apple iCloud [HM08] (Message rejected due to content restrictions)",
    },
    Pattern {
        phrase: "nature of the content",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421/550 (suspicious due to the nature of the content and/or the links within)",
    },
    Pattern {
        phrase: "its content presents a potential",
        reason: Reason::SpamOrContent,
        sisimai: Some("policyviolation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 552-5.7.0 (This message was blocked because its content presents a potential security issue)",
    },
    Pattern {
        phrase: "blacklisted url",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters (Blacklisted URL in message); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "phishing",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters",
    },
    Pattern {
        phrase: "mail rejete",
        reason: Reason::SpamOrContent,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Orange/Wanadoo OFR_506 (French: Mail rejete. Mail rejected); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "sender address has null mx",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 7505 X.7.27 text (550 5.7.27 Sender address has null MX)",
    },
    Pattern {
        phrase: "header error",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese mobile carriers' filters (554 5.7.x Header error); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "x-unix;",
        reason: Reason::SystemError,
        sisimai: Some("mailererror"),
        priority: 30u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3464 diagnostic type X-Unix: the exit status of a local delivery program (Postfix, Sendmail)",
    },
    Pattern {
        phrase: "virus",
        reason: Reason::SpamOrContent,
        sisimai: Some("virusdetected"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "amavisd-new, ClamAV, Mimecast, various; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "virus detected",
        reason: Reason::SpamOrContent,
        sisimai: Some("virusdetected"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various filters; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "malware",
        reason: Reason::SpamOrContent,
        sisimai: Some("virusdetected"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail, Microsoft, various filters",
    },
    Pattern {
        phrase: "rejected due to security policies",
        reason: Reason::SpamOrContent,
        sisimai: Some("virusdetected"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Mimecast, McAfee (Email rejected due to security policies); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "illegal attachment",
        reason: Reason::SpamOrContent,
        sisimai: Some("contenterror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 552-5.7.0 (Our system detected an illegal attachment)",
    },
    Pattern {
        phrase: "executable attachment",
        reason: Reason::SpamOrContent,
        sisimai: Some("contenterror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim ACL (potentially executable attachment)",
    },
    Pattern {
        phrase: "media error",
        reason: Reason::SpamOrContent,
        sisimai: Some("contenterror"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.6.0 text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "blocked using",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix reject_rbl_client, Microsoft, Barracuda (Client host rejected: blocked using ...); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "listed at",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "DNSBL rejections (listed at ...)",
    },
    Pattern {
        phrase: "spamhaus",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Spamhaus DNSBL rejections; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "spamcop",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "SpamCop bl.spamcop.net rejections",
    },
    Pattern {
        phrase: "sorbs",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "SORBS DNSBL rejections; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "barracudacentral",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Barracuda Reputation Block List (b.barracudacentral.org)",
    },
    Pattern {
        phrase: "abuseat",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "CBL (cbl.abuseat.org) rejections; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "dnsbl",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "DNSBL rejections, Proofpoint dnsbl-lookup; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "ipcheck.proofpoint",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Proofpoint (Blocked - see ipcheck.proofpoint.com)",
    },
    Pattern {
        phrase: "blocked - see",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Proofpoint, Apple iCloud (554 Blocked - see ...); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "cloudmark",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Orange/Cloudmark CSI reputation; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "blacklisted",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (IP address blacklisted by recipient); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "blocklist",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "block list",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Outlook.com (part of their network is on our block list), customer block list",
    },
    Pattern {
        phrase: "banned sending ip",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.7.606-649 (Access denied, banned sending IP); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "traffic not accepted from this ip",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.7.708",
    },
    Pattern {
        phrase: "weren't sent",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Outlook.com (Unfortunately, messages from x weren't sent); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "client host rejected",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "client host blocked",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Orange (Client host blocked for spamming issues); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "spamming",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Orange and others (blocked for spamming); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "blocked for abuse",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "blocked by",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 25u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic (blocked by ...); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "has been blocked",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 25u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic (Gmail and others: this message has been blocked)",
    },
    Pattern {
        phrase: "email reputation service",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Trend Micro Email Reputation Service",
    },
    Pattern {
        phrase: "helo command rejected",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd (Helo command rejected: ...)",
    },
    Pattern {
        phrase: "refused to talk to me",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtp(8) (host x refused to talk to me); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not accepting connections",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Apple iCloud (ESMTP not accepting connections); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "smtp server of your isp",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese ISPs (Please use the smtp server of your ISP); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "dynamic ip",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (mail from dynamic IP addresses)",
    },
    Pattern {
        phrase: "open relay",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (no access from mail server which is an open relay); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "ip not in whitelist",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421-4.7.0 (IP not in whitelist for RCPT domain)",
    },
    Pattern {
        phrase: "not authorized to send email directly",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1 (use the SMTP relay at your service provider)",
    },
    Pattern {
        phrase: "invalid ip for sending",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese ISP (INVALID IP FOR SENDING MAIL OF DOMAIN); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "service refused",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Orange, La Poste (Service refuse ... Service refused, please try later); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "access denied",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 15u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic (Postfix access(5), Microsoft, Sendmail); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "administrative prohibition",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim ACL, Mimecast",
    },
    Pattern {
        phrase: "envelope blocked",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Mimecast (Envelope blocked - User Entry)",
    },
    Pattern {
        phrase: "host network not allowed",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Mimecast 554; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "anti-spoofing policy",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Mimecast (Rejected by header based Anti-Spoofing policy)",
    },
    Pattern {
        phrase: "policy violation",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (Local Policy Violation, Email policy violation detected); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "denied by policy",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "policy reasons",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL 554 5.7.9 (Message not accepted for policy reasons); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "local policy",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Apple iCloud [CS01], Proofpoint (rejected due to local policy); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "email policy",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail gcdp (This message violates example.com email policy)",
    },
    Pattern {
        phrase: "has a policy that prohibited",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1 (The user or domain ... has a policy that prohibited the mail)",
    },
    Pattern {
        phrase: "message not allowed",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo Japan (554 Message not allowed); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "message filtered",
        reason: Reason::PolicyBlocked,
        sisimai: Some("filtered"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (550 5.2.0 Message Filtered); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipient preferences",
        reason: Reason::PolicyBlocked,
        sisimai: Some("filtered"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Facebook RCP-P2 (Refused due to recipient preferences); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "550 : user unknown",
        reason: Reason::PolicyBlocked,
        sisimai: Some("filtered"),
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "au (KDDI), lsean.ezweb.ne.jp and msmx.au.com: the reply when the recipient's reception settings refuse the message, the address existing (\"550 <address>: User unknown\" is the unknown address), as sisimai's Sisimai::Rhost::KDDI reads it (https://github.com/sisimai/p5-sisimai/blob/5-stable/lib/Sisimai/Rhost/KDDI.pm); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "refused due to recipient preferences",
        reason: Reason::PolicyBlocked,
        sisimai: Some("filtered"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Facebook postmaster response codes, RCP-P2 (550 5.1.1 RCP-P2 ... Refused due to recipient preferences; http://postmaster.facebook.com/response_codes); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "reverse dns",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 5.7.25, MagicMail, various (no/invalid reverse DNS); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "ptr record",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.25, Comcast, various; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no ptr",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim ACLs (No PTR Record found); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "dns ptr",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "GMX/mail.com (Bad DNS PTR resource record); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "rdns",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (invalid RDNS record); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "reverse hostname",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix reject_unknown_reverse_client_hostname (cannot find your reverse hostname)",
    },
    Pattern {
        phrase: "cannot find your hostname",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix reject_unknown_client_hostname",
    },
    Pattern {
        phrase: "ip name lookup failed",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unverifyable sending ip",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "ISP MTA (service permits N unverifyable sending IPs); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mismatches client ip",
        reason: Reason::PolicyBlocked,
        sisimai: Some("requireptr"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "ISP MTA (domain mismatches client ip); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "poor reputation",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers",
    },
    Pattern {
        phrase: "low reputation",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421/550 (very low reputation of the sending IP/domain); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "bad reputation",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers",
    },
    Pattern {
        phrase: "ip reputation",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 4.7.650 (rate limited due to IP reputation), Apple; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "reputation",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic reputation wording",
    },
    Pattern {
        phrase: "user complaints",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo [TSS04] (temporarily deferred due to unexpected volume or user complaints); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "too many connections",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix anvil, Gmail, Mimecast, Exchange",
    },
    Pattern {
        phrase: "too many concurrent",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (too many concurrent connections/SMTP sessions)",
    },
    Pattern {
        phrase: "too many messages",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix anvil, various",
    },
    Pattern {
        phrase: "slow down",
        reason: Reason::RateLimited,
        sisimai: Some("speeding"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "rate limiters (421 4.7.0 ... please slow down)",
    },
    Pattern {
        phrase: "too many recipients",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix (Error: too many recipients), GoDaddy; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "too many login attempts",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 454 4.7.0",
    },
    Pattern {
        phrase: "rate limit",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (Connection rate limit exceeded; temporarily rate limited); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "frequency limited",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "QQ Mail (Ip/Connection frequency limited); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "throttled",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers",
    },
    Pattern {
        phrase: "sending rate",
        reason: Reason::RateLimited,
        sisimai: Some("speeding"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers",
    },
    Pattern {
        phrase: "too fast",
        reason: Reason::RateLimited,
        sisimai: Some("speeding"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various providers (sending too fast)",
    },
    Pattern {
        phrase: "too quickly",
        reason: Reason::RateLimited,
        sisimai: Some("speeding"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 450 4.2.1 (receiving mail too quickly)",
    },
    Pattern {
        phrase: "receiving mail at a rate",
        reason: Reason::RateLimited,
        sisimai: Some("speeding"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 450/550 5.2.1 (receiving mail at a rate that prevents additional messages); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unusual rate",
        reason: Reason::RateLimited,
        sisimai: Some("speeding"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421 4.7.0/4.7.28 (unusual rate of unsolicited mail)",
    },
    Pattern {
        phrase: "submission quota exceeded",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange Online 5.2.2",
    },
    Pattern {
        phrase: "sending quota",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550 5.4.5 (Daily sending quota exceeded)",
    },
    Pattern {
        phrase: "sending limit",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail, Microsoft (daily sending limit exceeded)",
    },
    Pattern {
        phrase: "daily limit",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.1.90 (reached your daily limit for message recipients)",
    },
    Pattern {
        phrase: "thread limit exceeded",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 432 4.3.2 (recipient thread limit exceeded)",
    },
    Pattern {
        phrase: "greylist",
        reason: Reason::Greylisted,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "postgrey, Exim/Postfix greylisting (Greylisted, please try again later)",
    },
    Pattern {
        phrase: "graylist",
        reason: Reason::Greylisted,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "greylisting filters (US spelling)",
    },
    Pattern {
        phrase: "try again later",
        reason: Reason::Greylisted,
        sisimai: None,
        priority: 8u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic temporary deferral (greylisting and others)",
    },
    Pattern {
        phrase: "dmarc",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 5.7.26, Microsoft 5.7.509, Apple, Mail.ru, QQ; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "spf",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 5.7.26, GoDaddy, pobox (SPF check failed); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "sender policy framework",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.7.23",
    },
    Pattern {
        phrase: "dkim",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 5.7.26, various",
    },
    Pattern {
        phrase: "unauthenticated email",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.26 (Unauthenticated email from x is not accepted); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "sender is unauthenticated",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail/Yahoo 5.7.26 (This mail has been blocked because the sender is unauthenticated); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "authentication checks",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 5.7.26 (does not pass authentication checks), various; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "does not have authentication information",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "required authentication level",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.7.515; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "does not designate",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "SPF result text (domain of x does not designate y as permitted sender)",
    },
    Pattern {
        phrase: "authentication failed",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "SMTP AUTH 535 replies (Postfix, Dovecot SASL)",
    },
    Pattern {
        phrase: "authentication unsuccessful",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 535 5.7.3/5.7.139",
    },
    Pattern {
        phrase: "authentication credentials invalid",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 4954 535 5.7.8 text",
    },
    Pattern {
        phrase: "username and password not accepted",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 535-5.7.8 BadCredentials",
    },
    Pattern {
        phrase: "authentication required",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 4954 530 5.7.0 text, Exchange RESOLVER.RST.AuthRequired; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "authentication is required",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various submission servers",
    },
    Pattern {
        phrase: "authrequired",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange RESOLVER.RST.AuthRequired; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "smtp authentication",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (Please turn on SMTP Authentication in your mail client); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unauthenticated senders not allowed",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not authenticated",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.7.57/5.7.1 (Client was not authenticated)",
    },
    Pattern {
        phrase: "notauthenticated",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 5.7.133-136 (SenderNotAuthenticatedForGroup)",
    },
    Pattern {
        phrase: "send anonymous mail",
        reason: Reason::AuthRequired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.7.57 (not authenticated to send anonymous mail during MAIL FROM)",
    },
    Pattern {
        phrase: "must issue a starttls command first",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix/RFC 3207 530 5.7.0",
    },
    Pattern {
        phrase: "starttls",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "tls required",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421 4.7.0 (TLS required for RCPT domain)",
    },
    Pattern {
        phrase: "tls is required",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "encryption required",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 4954 538 5.7.11 text",
    },
    Pattern {
        phrase: "does not support tls",
        reason: Reason::TlsRequired,
        sisimai: Some("failedstarttls"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (Remote server does not support TLS); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "requiretls",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 8689 REQUIRETLS",
    },
    Pattern {
        phrase: "mta-sts",
        reason: Reason::TlsRequired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 4.4.8/5.4.8 (MTA-STS)",
    },
    Pattern {
        phrase: "relay access denied",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd, Microsoft 5.4.1/5.7.64; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "relaying denied",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (Relaying denied)",
    },
    Pattern {
        phrase: "relay denied",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail (Mail relay denied), various",
    },
    Pattern {
        phrase: "not permitted to relay",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "relay not permitted",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "unable to relay",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.7.54 (Unable to relay recipient in non-accepted domain); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "we do not relay",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail, Gmail 553 5.7.1",
    },
    Pattern {
        phrase: "not configured to relay",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (This system is not configured to relay mail); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no relaying",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "insecure mail relay",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese ISP MTA; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "allowed rcpthosts",
        reason: Reason::RelayDenied,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail (that domain isn't in my list of allowed rcpthosts)",
    },
    Pattern {
        phrase: "sender address rejected",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "sender rejected",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Cox, Spectrum, various; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "domain of sender address",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail 553 5.1.8 (Domain of sender address x does not exist); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unroutable sender",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (Unroutable sender address); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unrouteable sender",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim",
    },
    Pattern {
        phrase: "sender verify failed",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim verify = sender",
    },
    Pattern {
        phrase: "address that has been blacklisted",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "cPanel/Exim hosts (Sorry, you are sending to/from an address that has been blacklisted); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mail rejected by destination domain",
        reason: Reason::PolicyBlocked,
        sisimai: Some("rejected"),
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Zoho Mail (541 5.4.1 Mail rejected by destination domain); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "but my name was rejected",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-remote (Connected to host but my name was rejected: the server refused the client's HELO); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "customfromdenied",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail's notice for a 'Send mail as' address whose SMTP settings are wrong (https://support.google.com/mail/?p=CustomFromDenied); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "address is not verified",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Amazon SES (Email address is not verified); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "invalid sender",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "bad outbound sender",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.1.8",
    },
    Pattern {
        phrase: "sender denied",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.1.0",
    },
    Pattern {
        phrase: "bad sender's system address",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.1.8 text",
    },
    Pattern {
        phrase: "but sender was rejected",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-remote (Connected to x but sender was rejected)",
    },
    Pattern {
        phrase: "purported responsible address",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sender ID checks (can't determine Purported Responsible Address); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unresolvable rfc.5321 from address",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Mimecast 451",
    },
    Pattern {
        phrase: "permission to post",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Google Groups (you may not have permission to post messages to the group)",
    },
    Pattern {
        phrase: "host unknown",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Sendmail (550 Host unknown); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "host not found",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Postfix, Sendmail; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "host not found, try again",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix (Name service error for name=... type=MX: Host not found, try again: a temporary DNS failure, not a missing domain); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "domain not found",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Postfix (Domain not found), various",
    },
    Pattern {
        phrase: "dns lookup failure: host",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "DragonFly Mail Agent (DNS lookup failure: host example.org not found); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "the account or domain may not exist",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "hosting providers' bounce text (The mail server could not deliver mail to <address>. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "domain name not found",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Gmail DNS Error (NXDOMAIN Domain name not found); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "nxdomain",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Gmail DNS Error; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no such domain",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "domain does not exist",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "name service error",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtp(8); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "couldn't find any host named",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "qmail-remote; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "find the recipient domain",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Gmail 553 5.1.2 (We weren't able to find the recipient domain)",
    },
    Pattern {
        phrase: "bad destination system address",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "RFC 3463 X.1.2 text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unrouteable address",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Exim; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unroutable address",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "unable to route",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "RFC 3463 X.4.4 text",
    },
    Pattern {
        phrase: "point to non-existent hosts",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Exim (all relevant MX records point to non-existent hosts)",
    },
    Pattern {
        phrase: "domain is not reachable",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Exchange-based ISP (the domain is not reachable); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not reachable",
        reason: Reason::DnsOrRouting,
        sisimai: Some("expired"),
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Zoho (Host not reachable); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no relevant answers",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Gmail DNS Error (had no relevant answers); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "host name lookup failure",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (Deferred: Name server: x: host name lookup failure); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "host lookup did not complete",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim",
    },
    Pattern {
        phrase: "malformed or unexpected name server reply",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "dns query failed",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.4.312; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "dns error",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Gmail (DNS Error: ...); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not listed in public name & address book",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "IBM (now HCL) Lotus Notes and Domino: the recipient is not in the Domino Directory (User not listed in public Name & Address Book); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "pipe to |",
        reason: Reason::SystemError,
        sisimai: Some("mailererror"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim: a delivery to a pipe (a command run for the address) failed (The Exim Specification, chapter 'The pipe transport', https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_pipe_transport.html); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "dns type 'mx' lookup of",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 65u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "Gmail and Google Workspace (DNS Error: ... DNS type 'mx' lookup of <domain> responded with code NXDOMAIN / NOERROR ... had no relevant answers): no mail server for the domain; sisimai's set-of-emails corpus calls these networkerror (not a hard bounce), while a sender drops the address",
    },
    Pattern {
        phrase: "connection timed out",
        reason: Reason::DnsOrRouting,
        sisimai: Some("expired"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix, Sendmail, Exchange 4.4.2; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "timed out",
        reason: Reason::DnsOrRouting,
        sisimai: Some("expired"),
        priority: 30u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic (operation timed out); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "connection refused",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix, Sendmail, Exchange 4.4.316; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "connection reset",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (Connection reset by peer); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "lost connection",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix (lost connection with x while ...); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no route to host",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix (connect to x: No route to host); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "network is unreachable",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix, Exim (errno text)",
    },
    Pattern {
        phrase: "network error",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no answer from host",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.4.1 text",
    },
    Pattern {
        phrase: "socket error",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unable to connect",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "able to establish an smtp connection",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-remote (Sorry, I wasn't able to establish an SMTP connection); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "did not accept our requests to connect",
        reason: Reason::DnsOrRouting,
        sisimai: Some("expired"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail (The recipient server did not accept our requests to connect); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "delivery temporarily suspended",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 30u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtp(8); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "routing loop",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.4.6, Lotus Notes; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "loops back to me",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix (mail for x loops back to myself), Sendmail (config error: mail loops back to me)",
    },
    Pattern {
        phrase: "message is looping",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail (This message is looping)",
    },
    Pattern {
        phrase: "too many hops",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail 554 5.4.6; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "hop count exceeded",
        reason: Reason::DnsOrRouting,
        sisimai: Some("networkerror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.4.14, Lotus Notes; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "message expired",
        reason: Reason::Expired,
        sisimai: None,
        priority: 44u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 4.4.7/5.4.300, Amazon SES; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "queue.expired",
        reason: Reason::Expired,
        sisimai: None,
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange QUEUE.Expired; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "envelope expired",
        reason: Reason::Expired,
        sisimai: None,
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Oracle/Sun Messaging Server; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "delivery time expired",
        reason: Reason::Expired,
        sisimai: None,
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.4.7 text",
    },
    Pattern {
        phrase: "retry timeout exceeded",
        reason: Reason::Expired,
        sisimai: None,
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "have been failing for a long time",
        reason: Reason::Expired,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim (all hosts have been failing for a long time); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "i'm not going to try again",
        reason: Reason::Expired,
        sisimai: None,
        priority: 44u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-send; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "recipients was aborted after",
        reason: Reason::Expired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "X3 MTA DSN text (Delivery to the following recipients was aborted after 5.0 hour(s)); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "in the queue too long",
        reason: Reason::Expired,
        sisimai: None,
        priority: 44u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-send (this message has been in the queue too long); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "will be deleted from queue",
        reason: Reason::Expired,
        sisimai: None,
        priority: 44u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail-style DSN text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "could not be delivered for",
        reason: Reason::Expired,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (Message could not be delivered for N days/hours); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "was not delivered within",
        reason: Reason::Expired,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "au/ezweb (Your message was not delivered within N days); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "exceeded max time without delivery",
        reason: Reason::Expired,
        sisimai: None,
        priority: 62u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail/Google Workspace 554 5.4.7 [internal]",
    },
    Pattern {
        phrase: "giving up",
        reason: Reason::Expired,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (unable to deliver after multiple retries, giving up); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "null mx",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 7505 (Gmail: returned Null MX); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "does not accept mail",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 7505 556 5.1.10, Postfix, various; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not accepting mail",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "not accepting network messages",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.3.2 text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "indicated no smtp service",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix (an MX or SRV record indicated no SMTP service); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "doesn't receive email",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail (The domain x doesn't receive email according to the administrator); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "couldn't find a mail exchanger",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-remote (couldn't find a mail exchanger or IP address); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no mx",
        reason: Reason::NotAcceptingMail,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (No MX found for domain, no mx record found); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "syntax error",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 500/501 texts, all MTAs",
    },
    Pattern {
        phrase: "address syntax",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix/RFC 3463 X.1.3 (Bad destination mailbox address syntax); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "bad destination mailbox address syntax",
        reason: Reason::Syntax,
        sisimai: Some("userunknown"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.1.3 text (sisimai names X.1.3 userunknown, Sisimai::SMTP::Status); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "sender's mailbox address syntax",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.1.7 text",
    },
    Pattern {
        phrase: "malformed address",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim (malformed address: x may not follow y)",
    },
    Pattern {
        phrase: "not a valid rfc 5321 address",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 553 5.1.3",
    },
    Pattern {
        phrase: "need fully-qualified address",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix reject_non_fqdn_recipient/sender",
    },
    Pattern {
        phrase: "domain name required",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (Domain name required for sender address)",
    },
    Pattern {
        phrase: "mailbox name not allowed",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 553 text",
    },
    Pattern {
        phrase: "sequence of commands",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 503 (Bad sequence of commands), improper sequence; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "command parameter not implemented",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 504 text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "command not implemented",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 502 text",
    },
    Pattern {
        phrase: "command unrecognized",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 500 text",
    },
    Pattern {
        phrase: "improper use of smtp command pipelining",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd",
    },
    Pattern {
        phrase: "protocol violation",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (550 Protocol violation); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "protocol error",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail (Remote protocol error); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "line too long",
        reason: Reason::Syntax,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 500 text, various MTAs",
    },
    Pattern {
        phrase: "bare lf",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix smtpd bare LF handling, various",
    },
    Pattern {
        phrase: "barelinefeeds",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 5.6.11 SMTPSEND.BareLinefeedsAreIllegal",
    },
    Pattern {
        phrase: "8-bit data",
        reason: Reason::Syntax,
        sisimai: Some("contenterror"),
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (improper use of 8-bit data in message header); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "rfc 5322",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1 (not RFC 5322 compliant); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "not rfc 5322 compliant",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "multiple addresses in from",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1 (Messages with multiple addresses in From: header are not accepted); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "duplicate header",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Amazon SES (Transaction failed: Duplicate header); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "missing a valid message-id",
        reason: Reason::Syntax,
        sisimai: Some("notcompliantrfc"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550-5.7.1 (Messages missing a valid Message-ID header are not accepted)",
    },
    Pattern {
        phrase: "system error",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various (Internal System Error); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "internal error",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "internal server error",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "error in processing",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 451 text (local error in processing)",
    },
    Pattern {
        phrase: "temporary system problem",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421/451 4.3.0",
    },
    Pattern {
        phrase: "mail system problem",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.3.0 text (Other or undefined mail system status); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "incorrectly configured",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.3.5 text (System incorrectly configured)",
    },
    Pattern {
        phrase: "configuration error",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs",
    },
    Pattern {
        phrase: "ldap server",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-ldap (Unable to contact LDAP server); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "queue file write error",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix cleanup; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "transaction failed",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 30u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 554 text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "service currently unavailable",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "service unavailable",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 15u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic 421/554 wording; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "server busy",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 421 4.4.5, Microsoft 4.7.500",
    },
    Pattern {
        phrase: "resources temporarily unavailable",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 35u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "qmail-ldap/errno text; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "upstream error",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Cloudflare Email Routing 421 4.3.0; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "storedrv",
        reason: Reason::SystemError,
        sisimai: None,
        priority: 30u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange STOREDRV errors; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "insufficient system storage",
        reason: Reason::SystemError,
        sisimai: Some("systemfull"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 5321 452 text, Postfix 452 4.3.1",
    },
    Pattern {
        phrase: "insufficient system resources",
        reason: Reason::SystemError,
        sisimai: Some("systemfull"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 452 4.3.1; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "insufficient disk space",
        reason: Reason::SystemError,
        sisimai: Some("systemfull"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Sendmail 452 4.4.5; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "mail system full",
        reason: Reason::SystemError,
        sisimai: Some("systemfull"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "RFC 3463 X.3.1 text",
    },
    Pattern {
        phrase: "command died with status",
        reason: Reason::SystemError,
        sisimai: Some("mailererror"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Postfix pipe(8)/local(8)",
    },
    Pattern {
        phrase: "local delivery failed",
        reason: Reason::SystemError,
        sisimai: Some("mailererror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Exim, various",
    },
    Pattern {
        phrase: "mailer error",
        reason: Reason::SystemError,
        sisimai: Some("mailererror"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "[tss04]",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL 421 4.7.0 [TSS04] (temporarily deferred due to unexpected volume or user complaints), Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
    },
    Pattern {
        phrase: "[tss09]",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL 553 5.7.2 [TSS09] (all messages from the IP will be permanently deferred), Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
    },
    Pattern {
        phrase: "[bl21]",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL 553 5.7.1 [BL21] (the IP is on a Spamhaus list), Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
    },
    Pattern {
        phrase: "[bl23]",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL 553 5.7.1 [BL23] (the IP is on a Spamhaus list), Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
    },
    Pattern {
        phrase: "[ph01]",
        reason: Reason::PolicyBlocked,
        sisimai: Some("policyviolation"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL 554 [PH01] (Email not accepted for policy reasons), Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
    },
    Pattern {
        phrase: "(554.30)",
        reason: Reason::MailboxDisabled,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Yahoo/AOL 554 delivery error (This mailbox is disabled (554.30)), Yahoo Sender Hub: SMTP error codes (https://senders.yahooinc.com/smtp-error-codes/)",
    },
    Pattern {
        phrase: "(s3140)",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Outlook.com 550 5.7.1 (part of their network is on our block list (S3140)), Outlook.com Postmaster: Troubleshooting (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)",
    },
    Pattern {
        phrase: "(s3150)",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Outlook.com 550 5.7.1 (part of their network is on our block list (S3150)), Outlook.com Postmaster: Troubleshooting (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)",
    },
    Pattern {
        phrase: "(s775)",
        reason: Reason::PolicyBlocked,
        sisimai: Some("badreputation"),
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Outlook.com 451 4.7.650 (temporarily rate limited due to IP reputation (S775)), Outlook.com Postmaster: Troubleshooting (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)",
    },
    Pattern {
        phrase: "(s77714)",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Outlook.com 451 4.7.500 (Server busy. Please try again later (S77714)), Outlook.com Postmaster: Troubleshooting (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)",
    },
    Pattern {
        phrase: "submission quota",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange Online 5.2.2 (Submission quota exceeded; the sender's submission quota was exceeded), Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
    },
    Pattern {
        phrase: "tenant has exceeded threshold",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange Online 5.7.705 (Access denied, tenant has exceeded threshold), Microsoft Learn: Email non-delivery reports and SMTP errors in Exchange Online (https://learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online)",
    },
    Pattern {
        phrase: "peak smtp relay limit",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 450 4.2.1 (Peak SMTP relay limit exceeded for customer), Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
    },
    Pattern {
        phrase: "smtp relay limit",
        reason: Reason::RateLimited,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 550 5.4.5 (Daily SMTP relay limit exceeded for user), Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
    },
    Pattern {
        phrase: "does not allow external forwarding",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 365 550 5.7.520 AS(7555), Microsoft Learn: Configuring and controlling external email forwarding in Microsoft 365 (https://learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding)",
    },
    Pattern {
        phrase: "external forwarding",
        reason: Reason::PolicyBlocked,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 365 5.7.520 (Your administrator has disabled external forwarding), Microsoft Learn: Configuring and controlling external email forwarding in Microsoft 365 (https://learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding)",
    },
    Pattern {
        phrase: "application-specific password required",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 534-5.7.9 (InvalidSecondFactor), Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
    },
    Pattern {
        phrase: "smtpclientauthentication is disabled",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 365 535 5.7.139, Microsoft Learn: Enable or disable SMTP AUTH in Exchange Online (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission)",
    },
    Pattern {
        phrase: "basic authentication is disabled",
        reason: Reason::AuthFailed,
        sisimai: None,
        priority: 65u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft 365 535 5.7.139, Microsoft Learn: Enable or disable SMTP AUTH in Exchange Online (https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission)",
    },
    Pattern {
        phrase: "to send as this sender",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange 550 5.7.60 / 550 5.7.1 (Client does not have permission(s) to send as this sender), Microsoft Learn: SmtpResponse.SendAsDenied Field, Exchange Server SDK (https://learn.microsoft.com/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80))",
    },
    Pattern {
        phrase: "sendasdenied",
        reason: Reason::SenderRejected,
        sisimai: None,
        priority: 70u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange Online 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException and 554 5.2.252 SendAsDenied replies; meaning per Microsoft Learn: SmtpResponse.SendAsDenied Field, Exchange Server SDK (https://learn.microsoft.com/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80))",
    },
    Pattern {
        phrase: "message header size limit",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Gmail 552 5.3.4 (exceeded Google's message header size limits), Google Workspace Admin Help: Gmail SMTP errors and codes (https://support.google.com/a/answer/3726730)",
    },
    Pattern {
        phrase: "exceeds size limit",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "various MTAs (message exceeds size limit of server)",
    },
    Pattern {
        phrase: "size limit",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic wording (Mail size limit exceeded); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "too much mail data",
        reason: Reason::MessageTooLarge,
        sisimai: Some("exceedlimit"),
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "CPython smtpd and aiosmtpd (552 Error: Too much mail data, past the server's data size limit)",
    },
    Pattern {
        phrase: "groups.google.com/support",
        reason: Reason::SenderRejected,
        sisimai: Some("rejected"),
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Google Groups bounce (the group does not exist or you may not post to it; https://groups.google.com/support/); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "invalid final delivery userid",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Ipswitch IMail Server (Invalid final delivery userid); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "no valid recipients for this mm",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: true,
        source: "Verizon Wireless MMS gateway (Error: No valid recipients for this MM); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unknown host",
        reason: Reason::DnsOrRouting,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: true,
        sisimai_any_command: false,
        source: "various MTAs (... unknown host); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "のユーザーは登録されていません",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese ISP bounce text (<address> のユーザーは登録されていません: the user is not registered), DTI, 技術情報 宛先のメールアドレスが見つからなかった場合 (http://dream.jp/support/techinfo/mail/error/error05.html)",
    },
    Pattern {
        phrase: "宛先不明",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 40u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese bounce wording (宛先不明: recipient unknown), CATV Yokohama FAQ エラーメールが届いた (https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387)",
    },
    Pattern {
        phrase: "メールボックスが一杯",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 50u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Japanese bounce wording (メールボックスが一杯: the mailbox is full), CATV Yokohama FAQ エラーメールが届いた (https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387)",
    },
    Pattern {
        phrase: "est introuvable",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange NDR in French (L'adresse de messagerie que vous avez entree est introuvable); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "riuscito a trovare l'indirizzo",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 55u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Microsoft Exchange NDR in Italian (Non sono riuscito a trovare l'indirizzo e-mail che hai immesso); seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "utilisateur inconnu",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "French-language MTA replies (550 Utilisateur inconnu)",
    },
    Pattern {
        phrase: "destinataire inconnu",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "French-language MTA replies (550 Destinataire inconnu)",
    },
    Pattern {
        phrase: "boite pleine",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "French-language MTA replies (552 Boite pleine)",
    },
    Pattern {
        phrase: "unbekannt",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 45u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "German-language MTA replies (550 Empfaenger unbekannt, Benutzer unbekannt)",
    },
    Pattern {
        phrase: "postfach voll",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "German-language MTA replies (552 Postfach voll)",
    },
    Pattern {
        phrase: "usuario desconocido",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Spanish-language MTA replies (550 Usuario desconocido)",
    },
    Pattern {
        phrase: "buzon lleno",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Spanish-language MTA replies (552 Buzon lleno)",
    },
    Pattern {
        phrase: "utente sconosciuto",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Italian-language MTA replies (550 Utente sconosciuto)",
    },
    Pattern {
        phrase: "casella piena",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Italian-language MTA replies (552 Casella piena)",
    },
    Pattern {
        phrase: "usuario inexistente",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Portuguese- and Spanish-language MTA replies (550 Usuario inexistente)",
    },
    Pattern {
        phrase: "caixa postal cheia",
        reason: Reason::MailboxFull,
        sisimai: None,
        priority: 60u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Portuguese-language MTA replies (552 Caixa postal cheia)",
    },
    Pattern {
        phrase: "nie istnieje",
        reason: Reason::UserUnknown,
        sisimai: None,
        priority: 30u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "Polish-language MTA replies (550 Konto nie istnieje, the account does not exist)",
    },
    Pattern {
        phrase: "temporary failure",
        reason: Reason::Other,
        sisimai: Some("onhold"),
        priority: 15u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic 450/451 wording; seen in the sisimai set-of-emails corpus",
    },
    Pattern {
        phrase: "unknown error",
        reason: Reason::Other,
        sisimai: Some("undefined"),
        priority: 15u8,
        recipient_domain_missing: false,
        sisimai_any_command: false,
        source: "generic wording",
    },
];
/// The phrases at run time; the automaton's outputs index this array.
pub(crate) static PATTERNS: [Pattern; 452] = PATTERN_LIST;
