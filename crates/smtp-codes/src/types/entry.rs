//! The shapes of the catalog's entries, with accessors over their own fields. The generated
//! tables are arrays of these; nothing here reads a table. Fields are private to the crate, so
//! entries can gain fields without breaking anyone.

use super::code::ReplyCode;
use super::enhanced::{EnhancedClass, EnhancedStatusCode};
use super::lang::{Lang, Localized};
use core::fmt;

/// Whether a code is defined by a standard, an extension, or only by practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Status {
    /// Defined by RFC 5321 (or an RFC that updates it) for basic codes; registered in the IANA
    /// registry for enhanced codes.
    Standard,
    /// Defined by an SMTP service extension (AUTH, ETRN, ODMR, ...), or only as a registry
    /// association.
    Extension,
    /// Used in the wild without a standard: a vendor convention.
    NonStandard,
    /// Defined by an Experimental RFC that never became a standard (RFC 1845's `355`).
    Experimental,
    /// Once defined, now deprecated.
    Obsolete,
}

impl Status {
    /// The identifier used in the YAML and in JSON: `standard`, `extension`, `non-standard`,
    /// `experimental` or `obsolete`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Standard => "standard",
            Status::Extension => "extension",
            Status::NonStandard => "non-standard",
            Status::Experimental => "experimental",
            Status::Obsolete => "obsolete",
        }
    }

    /// Parses the identifier returned by [`Status::as_str`].
    pub fn from_name(name: &str) -> Option<Status> {
        [
            Status::Standard,
            Status::Extension,
            Status::NonStandard,
            Status::Experimental,
            Status::Obsolete,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The meaning of one digit: a class (first digit), a category (second digit) or an
/// enhanced-code subject.
#[derive(Debug, PartialEq, Eq)]
pub struct DigitEntry {
    pub(crate) digit: u8,
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) description: Localized,
}

impl DigitEntry {
    /// The digit this entry describes.
    pub const fn digit(&self) -> u8 {
        self.digit
    }
    /// A stable snake_case identifier, such as `transient_negative` or `mail_system`.
    pub const fn id(&self) -> &'static str {
        self.id
    }
    /// The English short name, such as `Transient Negative Completion`.
    pub const fn name(&self) -> &'static str {
        self.name
    }
    /// What the digit means, in the given language.
    pub const fn description(&self, lang: Lang) -> &'static str {
        self.description.get(lang)
    }
}

/// A vendor's use of a code that differs from its standard meaning.
#[derive(Debug, PartialEq, Eq)]
pub struct VendorNote {
    pub(crate) source: &'static str,
    pub(crate) description: Localized,
}

impl VendorNote {
    /// Who uses the code this way, and where that is documented.
    pub const fn source(&self) -> &'static str {
        self.source
    }
    /// The vendor's meaning, in the given language.
    pub const fn description(&self, lang: Lang) -> &'static str {
        self.description.get(lang)
    }
}

/// A known basic reply code: the catalog's entry for one three-digit code.
#[derive(Debug, PartialEq, Eq)]
pub struct BasicEntry {
    pub(crate) code: u16,
    pub(crate) id: &'static str,
    pub(crate) text: &'static str,
    pub(crate) status: Status,
    pub(crate) refs: &'static [&'static str],
    pub(crate) description: Localized,
    pub(crate) vendor_notes: &'static [VendorNote],
}

impl BasicEntry {
    /// The code.
    pub const fn code(&self) -> ReplyCode {
        ReplyCode::from_known(self.code)
    }
    /// The stable identifier, such as `MAILBOX_UNAVAILABLE` (also the Rust constant's name).
    pub const fn name(&self) -> &'static str {
        self.id
    }
    /// The standard reply text, as the defining RFC recommends it.
    pub const fn text(&self) -> &'static str {
        self.text
    }
    /// Whether the code is standard, an extension, a vendor convention or obsolete.
    pub const fn status(&self) -> Status {
        self.status
    }
    /// The RFC sections or vendor documents that define the code.
    pub const fn references(&self) -> &'static [&'static str] {
        self.refs
    }
    /// What the code means, in the given language.
    pub const fn description(&self, lang: Lang) -> &'static str {
        self.description.get(lang)
    }
    /// How vendors use the code differently from its standard meaning.
    pub const fn vendor_notes(&self) -> &'static [VendorNote] {
        self.vendor_notes
    }
}

/// A number that is really an enhanced status code written without dots, such as Microsoft
/// Exchange's `441` for `4.4.1`. Where the number is also a basic reply code (`521`, `530`, ...)
/// the basic code is the standard meaning and the alias a vendor's.
#[derive(Debug, PartialEq, Eq)]
pub struct Alias {
    pub(crate) code: u16,
    pub(crate) enhanced: EnhancedStatusCode,
    pub(crate) source: &'static str,
    pub(crate) description: Localized,
}

impl Alias {
    /// The three-digit number as it is seen.
    pub const fn code(&self) -> ReplyCode {
        ReplyCode::from_known(self.code)
    }
    /// The enhanced status code the number stands for.
    pub const fn enhanced(&self) -> EnhancedStatusCode {
        self.enhanced
    }
    /// Who uses the number this way.
    pub const fn source(&self) -> &'static str {
        self.source
    }
    /// The vendor's meaning, in the given language.
    pub const fn description(&self, lang: Lang) -> &'static str {
        self.description.get(lang)
    }
}

/// A known enhanced status code (RFC 3463): the catalog's entry for one subject and detail,
/// for every class (`X.1.1`) or for one class only (vendor codes such as `5.7.606`), and
/// possibly for a range of details.
#[derive(Debug, PartialEq, Eq)]
pub struct EnhancedEntry {
    pub(crate) class: Option<EnhancedClass>,
    pub(crate) subject: u16,
    pub(crate) detail: u16,
    pub(crate) through: u16,
    pub(crate) notation: &'static str,
    pub(crate) id: &'static str,
    pub(crate) text: &'static str,
    pub(crate) basic: &'static [u16],
    pub(crate) any_basic_code: bool,
    pub(crate) status: Status,
    pub(crate) refs: &'static [&'static str],
    pub(crate) description: Localized,
    pub(crate) vendor_notes: &'static [VendorNote],
}

impl EnhancedEntry {
    /// The entry as the registry writes it: `X.1.1`, or `5.7.606-649` for a vendor range.
    pub const fn notation(&self) -> &'static str {
        self.notation
    }
    /// The class the entry is limited to, or `None` when it holds for every class (`X.`).
    pub const fn class(&self) -> Option<EnhancedClass> {
        self.class
    }
    /// The subject (second number).
    pub const fn subject(&self) -> u16 {
        self.subject
    }
    /// The first detail (third number) the entry covers.
    pub const fn detail(&self) -> u16 {
        self.detail
    }
    /// The last detail the entry covers (equal to [`detail`](Self::detail) unless a range).
    pub const fn detail_through(&self) -> u16 {
        self.through
    }
    /// The stable identifier, such as `MAILBOX_FULL`.
    pub const fn name(&self) -> &'static str {
        self.id
    }
    /// The registry's sample text.
    pub const fn text(&self) -> &'static str {
        self.text
    }
    /// The basic reply codes the registry associates with this entry (may be empty).
    pub fn associated_basic_codes(&self) -> impl ExactSizeIterator<Item = ReplyCode> + 'static {
        self.basic.iter().map(|&c| ReplyCode::from_known(c))
    }
    /// Whether the registry associates `code` with this entry: listed, or any code when the
    /// registry says "Any" ([`any_basic_code`](Self::any_basic_code)).
    pub fn is_associated_with(&self, code: ReplyCode) -> bool {
        self.any_basic_code || self.basic.contains(&code.as_u16())
    }
    /// Whether the registry associates every basic code with this entry (its "Any", as for
    /// `X.0.0`); [`associated_basic_codes`](Self::associated_basic_codes) is then empty.
    pub const fn any_basic_code(&self) -> bool {
        self.any_basic_code
    }
    /// Whether the code is standard, an extension, a vendor convention or obsolete.
    pub const fn status(&self) -> Status {
        self.status
    }
    /// The RFC sections or vendor documents that define the code.
    pub const fn references(&self) -> &'static [&'static str] {
        self.refs
    }
    /// What the code means, in the given language.
    pub const fn description(&self, lang: Lang) -> &'static str {
        self.description.get(lang)
    }
    /// How vendors use the code differently from its registered meaning.
    pub const fn vendor_notes(&self) -> &'static [VendorNote] {
        self.vendor_notes
    }
    /// This entry's code in the given class, such as `5.2.2` for `X.2.2` and
    /// [`EnhancedClass::PermanentFailure`]. For a range, the first detail is used.
    pub const fn with_class(&self, class: EnhancedClass) -> EnhancedStatusCode {
        EnhancedStatusCode::from_parts(class, self.subject, self.detail)
    }
}

/// The role a reply plays after a command in RFC 5321 §4.3.2's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReplyRole {
    /// The command succeeded (`S` in the RFC's table).
    Success,
    /// The command was accepted and more is expected (`I`).
    Intermediate,
    /// The command failed (`E`), including the codes any command may return.
    Error,
}
