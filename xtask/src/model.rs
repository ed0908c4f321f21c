//! The lowered catalog: what `validate` makes of the YAML once every rule holds. Statuses are
//! enums, enhanced codes are parsed, priorities are resolved, identifiers for Rust, C and
//! Python are computed and texts are one localized type. Every generator reads only this
//! model: none re-parses a field or unwraps a value that validation already checked.

/// A text in every language of the catalog.
#[derive(Debug, Clone, Default)]
pub struct Text {
    pub en: String,
    pub es: String,
}

/// Whether an entry is defined by a standard, an extension, or only by practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Standard,
    Extension,
    NonStandard,
    Experimental,
    Obsolete,
}

impl Status {
    /// Every status, with its identifier in the YAML and JSON.
    pub const ALL: [(Status, &'static str); 5] = [
        (Status::Standard, "standard"),
        (Status::Extension, "extension"),
        (Status::NonStandard, "non-standard"),
        (Status::Experimental, "experimental"),
        (Status::Obsolete, "obsolete"),
    ];

    /// The identifier in the YAML and JSON.
    pub fn as_str(self) -> &'static str {
        Status::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("", |p| p.1)
    }

    /// The Rust variant of `smtp_codes::Status`.
    pub fn rust_variant(self) -> &'static str {
        match self {
            Status::Standard => "Standard",
            Status::Extension => "Extension",
            Status::NonStandard => "NonStandard",
            Status::Experimental => "Experimental",
            Status::Obsolete => "Obsolete",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The meaning of one digit (class, category or subject).
#[derive(Debug, Clone)]
pub struct Digit {
    pub digit: u8,
    pub id: String,
    pub name: String,
    pub description: Text,
}

/// A vendor's use of a code that differs from its standard meaning.
#[derive(Debug, Clone)]
pub struct VendorNote {
    pub source: String,
    pub description: Text,
}

/// A basic reply code.
#[derive(Debug, Clone)]
pub struct Basic {
    pub code: u16,
    /// `MAILBOX_UNAVAILABLE`: the Rust constant, the Python member and the C suffix.
    pub id: String,
    pub text: String,
    pub status: Status,
    pub refs: Vec<String>,
    pub description: Text,
    pub vendor_notes: Vec<VendorNote>,
}

/// An enhanced code as the catalog writes it: `X.S.D` (every class) or `C.S.D`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct EnhancedKey {
    /// `None` for `X.`: every class.
    pub class: Option<u8>,
    pub subject: u16,
    pub detail: u16,
}

impl EnhancedKey {
    /// Whether this key (with `through` as its last detail) covers `other`'s class, subject
    /// and detail; an `X.` key on either side matches any class.
    pub fn covers(self, through: u16, other: EnhancedKey) -> bool {
        (self.class.is_none() || other.class.is_none() || self.class == other.class)
            && self.subject == other.subject
            && (self.detail..=through).contains(&other.detail)
    }
}

impl std::fmt::Display for EnhancedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.class {
            Some(c) => write!(f, "{c}.{}.{}", self.subject, self.detail),
            None => write!(f, "X.{}.{}", self.subject, self.detail),
        }
    }
}

/// An enhanced status code entry.
#[derive(Debug, Clone)]
pub struct Enhanced {
    pub key: EnhancedKey,
    /// The last detail covered (equal to `key.detail` unless a range).
    pub through: u16,
    /// `X.1.1`, or `5.7.606-649` for a range.
    pub notation: String,
    pub id: String,
    pub text: String,
    pub basic: Vec<u16>,
    /// The registry associates every basic code ("Any").
    pub any_basic_code: bool,
    pub status: Status,
    pub refs: Vec<String>,
    pub description: Text,
    pub vendor_notes: Vec<VendorNote>,
}

impl Enhanced {
    /// Whether this entry is a range of details.
    pub fn is_range(&self) -> bool {
        self.through != self.key.detail
    }
}

/// A dotless number that stands for an enhanced code (Exchange's `441`).
#[derive(Debug, Clone)]
pub struct Alias {
    pub code: u16,
    /// The class, subject and detail it stands for.
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
    pub source: String,
    pub description: Text,
}

impl Alias {
    /// `4.4.1`.
    pub fn enhanced(&self) -> String {
        format!("{}.{}.{}", self.class, self.subject, self.detail)
    }
}

/// A command and the replies it may get.
#[derive(Debug, Clone)]
pub struct Command {
    /// `DATA_END`, as in the YAML and the protocol.
    pub name: String,
    /// `DataEnd`: the Rust variant.
    pub variant: String,
    pub refs: Vec<String>,
    pub success: Vec<u16>,
    pub intermediate: Vec<u16>,
    pub error: Vec<u16>,
}

/// One reason of explain's taxonomy.
#[derive(Debug, Clone)]
pub struct Reason {
    /// `user_unknown`: the JSON, Python and C identifier.
    pub id: String,
    /// `UserUnknown`: the Rust variant.
    pub variant: String,
    /// `USER_UNKNOWN`: the C constant's suffix.
    pub upper: String,
    pub sisimai: String,
    /// A permanent failure for this reason means the address should be dropped, as senders
    /// and ESPs do.
    pub suppress: bool,
    /// sisimai's own "hardbounce" rule for this reason.
    pub sisimai_hardbounce: bool,
    /// Without a code, the failure is usually temporary (a soft bounce).
    pub retry: bool,
    /// Sending again later can succeed even after a permanent (5yz) reply.
    pub retry_when_permanent: bool,
    pub description: Text,
}

/// What a code default applies to.
#[derive(Debug, Clone, Copy)]
pub enum CodeKey {
    Basic(u16),
    Enhanced(EnhancedKey),
}

/// A code's default reason, with its priority resolved.
#[derive(Debug, Clone)]
pub struct CodeReason {
    pub key: CodeKey,
    /// Index into `Model::reasons`.
    pub reason: usize,
    /// sisimai's name for the code, when finer than the reason's own.
    pub sisimai: Option<String>,
    pub priority: u8,
    /// The code says the recipient's domain does not exist or accepts no mail.
    pub recipient_domain_missing: bool,
}

/// A phrase of real servers, with its priority resolved.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// Lower case, single spaces: the form the matcher sees.
    pub phrase: String,
    /// Index into `Model::reasons`.
    pub reason: usize,
    pub sisimai: Option<String>,
    pub priority: u8,
    /// The phrase says the recipient's domain does not exist or accepts no mail.
    pub recipient_domain_missing: bool,
    /// sisimai names the phrase's unknown user whatever command the reply answered.
    pub sisimai_any_command: bool,
    pub source: String,
}

/// The whole lowered catalog.
#[derive(Debug, Clone)]
pub struct Model {
    pub catalog_version: String,
    pub iana_registry_date: String,
    pub classes: Vec<Digit>,
    pub categories: Vec<Digit>,
    pub subjects: Vec<Digit>,
    pub bounce_soft: Text,
    pub bounce_hard: Text,
    pub basic_codes: Vec<Basic>,
    pub aliases: Vec<Alias>,
    pub enhanced_codes: Vec<Enhanced>,
    pub any_command_errors: Vec<u16>,
    pub commands: Vec<Command>,
    pub reasons: Vec<Reason>,
    /// sisimai's names that are a hard bounce whatever the code.
    pub sisimai_hard_always: Vec<String>,
    /// sisimai's names that are a hard bounce when the failure is permanent.
    pub sisimai_hard_when_permanent: Vec<String>,
    pub code_reasons: Vec<CodeReason>,
    pub patterns: Vec<Pattern>,
    pub bounce_markers: BounceMarkers,
}

/// The markers that find a bounce message's parts, each list lower case.
#[derive(Debug, Clone, Default)]
pub struct BounceMarkers {
    pub copy_markers: Vec<String>,
    pub recipient_labels: Vec<String>,
    pub subjects: Vec<String>,
    pub openings: Vec<String>,
    pub auto_reply_subjects: Vec<String>,
    pub feedback_subjects: Vec<String>,
}

impl Model {
    /// The class name of a basic code's first digit.
    pub fn class_name(&self, code: u16) -> &str {
        let digit = (code / 100) as u8;
        self.classes
            .iter()
            .find(|d| d.digit == digit)
            .map_or("", |d| d.name.as_str())
    }
}

/// `DATA_END` or `user_unknown` -> `DataEnd`, `UserUnknown`.
pub fn camel_case(name: &str) -> String {
    name.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase())
                .unwrap_or_default()
        })
        .collect()
}
