// @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the YAML and run `cargo xtask codegen` again.

use crate::catalog::{Alias, BasicEntry, DigitEntry, EnhancedEntry, Status, VendorNote};
use crate::code::ReplyCode;
use crate::commands::CommandEntry;
use crate::enhanced::{EnhancedClass, EnhancedStatusCode};
pub(crate) const CATALOG_VERSION: &str = "0.0.1";
pub(crate) const IANA_REGISTRY_DATE: &str = "2024-01-01";
pub(crate) static CLASSES: [DigitEntry; 4] = [
    DigitEntry {
        digit: 2,
        id: "positive_completion",
        name: "Positive Completion",
        en: "Done.",
        es: "Hecho.",
    },
    DigitEntry {
        digit: 3,
        id: "positive_intermediate",
        name: "Positive Intermediate",
        en: "Go on.",
        es: "Continúe.",
    },
    DigitEntry {
        digit: 4,
        id: "transient_negative",
        name: "Transient Negative Completion",
        en: "Try later.",
        es: "Reintente.",
    },
    DigitEntry {
        digit: 5,
        id: "permanent_negative",
        name: "Permanent Negative Completion",
        en: "Failed.",
        es: "Falló.",
    },
];
pub(crate) static CATEGORIES: [DigitEntry; 6] = [
    DigitEntry {
        digit: 0,
        id: "syntax",
        name: "Syntax",
        en: "Syntax.",
        es: "Sintaxis.",
    },
    DigitEntry {
        digit: 1,
        id: "information",
        name: "Information",
        en: "Information.",
        es: "Información.",
    },
    DigitEntry {
        digit: 2,
        id: "connections",
        name: "Connections",
        en: "Channel.",
        es: "Canal.",
    },
    DigitEntry {
        digit: 3,
        id: "unspecified_3",
        name: "Unspecified",
        en: "Unspecified.",
        es: "Sin especificar.",
    },
    DigitEntry {
        digit: 4,
        id: "unspecified_4",
        name: "Unspecified",
        en: "Unspecified.",
        es: "Sin especificar.",
    },
    DigitEntry {
        digit: 5,
        id: "mail_system",
        name: "Mail System",
        en: "Mail system.",
        es: "Sistema de correo.",
    },
];
pub(crate) static SUBJECTS: [DigitEntry; 8] = [
    DigitEntry {
        digit: 0,
        id: "other",
        name: "Other",
        en: "Other.",
        es: "Otro.",
    },
    DigitEntry {
        digit: 1,
        id: "addressing",
        name: "Addressing",
        en: "Address.",
        es: "Dirección.",
    },
    DigitEntry {
        digit: 2,
        id: "mailbox",
        name: "Mailbox",
        en: "Mailbox.",
        es: "Buzón.",
    },
    DigitEntry {
        digit: 3,
        id: "mail_system",
        name: "Mail System",
        en: "System.",
        es: "Sistema.",
    },
    DigitEntry {
        digit: 4,
        id: "network_routing",
        name: "Network",
        en: "Network.",
        es: "Red.",
    },
    DigitEntry {
        digit: 5,
        id: "protocol",
        name: "Protocol",
        en: "Protocol.",
        es: "Protocolo.",
    },
    DigitEntry {
        digit: 6,
        id: "content_media",
        name: "Content",
        en: "Content.",
        es: "Contenido.",
    },
    DigitEntry {
        digit: 7,
        id: "security_policy",
        name: "Security",
        en: "Security.",
        es: "Seguridad.",
    },
];
pub(crate) const BOUNCE_SOFT: (&str, &str) = ("Retry later.", "Se reintenta.");
pub(crate) const BOUNCE_HARD: (&str, &str) = ("Do not retry.", "No se reintenta.");
pub(crate) static BASIC: [BasicEntry; 4] = [
    BasicEntry {
        code: 250,
        id: "OK",
        text: "Requested mail action okay, completed",
        status: Status::Standard,
        refs: &["RFC 5321 §4.2.3"],
        en: "The action was completed.",
        es: "La acción se completó.",
        vendor_notes: &[],
    },
    BasicEntry {
        code: 354,
        id: "START_MAIL_INPUT",
        text: "Start mail input; end with <CRLF>.<CRLF>",
        status: Status::Standard,
        refs: &["RFC 5321 §4.2.3"],
        en: "Send the message.",
        es: "Envíe el mensaje.",
        vendor_notes: &[],
    },
    BasicEntry {
        code: 421,
        id: "SERVICE_NOT_AVAILABLE",
        text: "<domain> Service not available, closing transmission channel",
        status: Status::Standard,
        refs: &["RFC 5321 §4.2.3"],
        en: "The service is closing.",
        es: "El servicio se cierra.",
        vendor_notes: &[],
    },
    BasicEntry {
        code: 550,
        id: "MAILBOX_UNAVAILABLE",
        text: "Requested action not taken: mailbox unavailable",
        status: Status::Standard,
        refs: &["RFC 5321 §4.2.3"],
        en: "The mailbox is unavailable.",
        es: "El buzón no está disponible.",
        vendor_notes: &[
            VendorNote {
                source: "Some vendor",
                en: "Relaying denied.",
                es: "Retransmisión denegada.",
            },
        ],
    },
];
/// The index in `BASIC` of a known basic code.
pub(crate) const fn basic_index(code: u16) -> Option<usize> {
    match code {
        250 => Some(0),
        354 => Some(1),
        421 => Some(2),
        550 => Some(3),
        _ => None,
    }
}
/// Named constants for every known basic reply code.
impl ReplyCode {
    /// `250` OK: "Requested mail action okay, completed" (standard; RFC 5321 §4.2.3).
    pub const OK: ReplyCode = ReplyCode::from_known(250);
    /// `354` START_MAIL_INPUT: "Start mail input; end with &lt;CRLF&gt;.&lt;CRLF&gt;" (standard; RFC 5321 §4.2.3).
    pub const START_MAIL_INPUT: ReplyCode = ReplyCode::from_known(354);
    /// `421` SERVICE_NOT_AVAILABLE: "&lt;domain&gt; Service not available, closing transmission channel" (standard; RFC 5321 §4.2.3).
    pub const SERVICE_NOT_AVAILABLE: ReplyCode = ReplyCode::from_known(421);
    /// `550` MAILBOX_UNAVAILABLE: "Requested action not taken: mailbox unavailable" (standard; RFC 5321 §4.2.3).
    pub const MAILBOX_UNAVAILABLE: ReplyCode = ReplyCode::from_known(550);
}
pub(crate) static ENHANCED: [EnhancedEntry; 2] = [
    EnhancedEntry {
        class: None,
        subject: 1,
        detail: 1,
        through: 1,
        notation: "X.1.1",
        id: "BAD_DESTINATION_MAILBOX_ADDRESS",
        text: "Bad destination mailbox address",
        basic: &[550],
        status: Status::Standard,
        refs: &["RFC 3463 §3.2"],
        en: "The mailbox does not exist.",
        es: "El buzón no existe.",
        vendor_notes: &[],
    },
    EnhancedEntry {
        class: Some(EnhancedClass::PermanentFailure),
        subject: 7,
        detail: 606,
        through: 649,
        notation: "5.7.606-649",
        id: "BANNED_SENDING_IP",
        text: "Access denied, banned sending IP",
        basic: &[550],
        status: Status::NonStandard,
        refs: &["Microsoft Learn"],
        en: "The sending IP is banned.",
        es: "La IP de envío está vetada.",
        vendor_notes: &[],
    },
];
/// The index in `ENHANCED` of the entry for a class, subject and detail.
pub(crate) const fn enhanced_index(
    class: u8,
    subject: u16,
    detail: u16,
) -> Option<usize> {
    match (class, subject, detail) {
        (5, 7, 606..=649) => Some(1),
        (_, 1, 1) => Some(0),
        _ => None,
    }
}
pub(crate) static ALIASES: [Alias; 1] = [
    Alias {
        code: 511,
        enhanced: EnhancedStatusCode::from_parts(EnhancedClass::PermanentFailure, 1, 1),
        source: "Microsoft Exchange",
        en: "Bad recipient address.",
        es: "Dirección de destinatario errónea.",
    },
];
/// The index in `ALIASES` of a dotless number.
pub(crate) const fn alias_index(code: u16) -> Option<usize> {
    match code {
        511 => Some(0),
        _ => None,
    }
}
pub(crate) static ANY_COMMAND_ERRORS: [u16; 1] = [421];
/// An SMTP command, or a point of the session that gets a reply, as listed in
/// RFC 5321 §4.3.2 and the extension RFCs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Command {
    /// `DATA` (RFC 5321 §4.3.2).
    Data,
    /// The end of the message data (`<CRLF>.<CRLF>`).
    DataEnd,
}
pub(crate) static COMMANDS: [CommandEntry; 2] = [
    CommandEntry {
        command: Command::Data,
        name: "DATA",
        refs: &["RFC 5321 §4.3.2"],
        success: &[],
        intermediate: &[354],
        error: &[550],
    },
    CommandEntry {
        command: Command::DataEnd,
        name: "DATA_END",
        refs: &["RFC 5321 §4.3.2"],
        success: &[250],
        intermediate: &[],
        error: &[550],
    },
];
