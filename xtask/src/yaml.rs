//! The raw shape of `data/smtp-codes.yaml`, read with serde; `validate` lowers it into `model`. Every struct denies unknown keys, so
//! a typo in the YAML is an error that names the entry and the key. Texts default to empty so
//! that validation, not serde, reports a missing translation with the code it belongs to.

use serde::Deserialize;

/// The whole catalog file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub catalog_version: String,
    pub iana_registry_date: String,
    pub classes: Vec<DigitDef>,
    pub categories: Vec<DigitDef>,
    pub bounces: Bounces,
    pub subjects: Vec<DigitDef>,
    pub basic_codes: Vec<BasicDef>,
    #[serde(default)]
    pub aliases: Vec<AliasDef>,
    pub enhanced_codes: Vec<EnhancedDef>,
    pub any_command_errors: Vec<u16>,
    pub commands: Vec<CommandDef>,
    pub reasons: Vec<ReasonDef>,
    #[serde(default)]
    pub sisimai_hard_bounces: SisimaiHardDef,
    pub default_priorities: DefaultPriorities,
    pub code_reasons: Vec<CodeReasonDef>,
    pub patterns: Vec<PatternDef>,
    #[serde(default)]
    pub bounce_markers: BounceMarkersDef,
}

/// sisimai's hard-bounce rule, by its reason names.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SisimaiHardDef {
    /// Names that are a hard bounce whatever the code.
    #[serde(default)]
    pub always: Vec<String>,
    /// Names that are a hard bounce when the failure is permanent (5yz).
    #[serde(default)]
    pub when_permanent: Vec<String>,
}

/// What marks a whole bounce message's parts (read by `smtp_codes::message`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BounceMarkersDef {
    /// A line that starts the copy of the returned message.
    #[serde(default)]
    pub copy_markers: Vec<MarkerDef>,
    /// A label before a recipient's address in a plain-text report (`Recipient:`).
    #[serde(default)]
    pub recipient_labels: Vec<MarkerDef>,
    /// A subject that a plain-text bounce has.
    #[serde(default)]
    pub subjects: Vec<MarkerDef>,
    /// An opening sentence of a plain-text bounce.
    #[serde(default)]
    pub openings: Vec<MarkerDef>,
    /// A subject that an automatic reply (RFC 3834, vacation notices) has.
    #[serde(default)]
    pub auto_reply_subjects: Vec<MarkerDef>,
    /// A subject of a complaint sent without an RFC 5965 feedback part.
    #[serde(default)]
    pub feedback_subjects: Vec<MarkerDef>,
}

/// One marker: lower-case text found in a line, and who writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerDef {
    pub text: String,
    #[serde(default)]
    pub source: String,
}

/// One reason of the explain taxonomy.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonDef {
    pub id: String,
    pub sisimai: String,
    pub suppress: bool,
    pub sisimai_hardbounce: bool,
    pub retry: bool,
    #[serde(default)]
    pub retry_when_permanent: bool,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub es: String,
}

/// The default reason of a code.
/// The priority of a phrase or code default that names none.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefaultPriorities {
    pub phrase: u8,
    pub enhanced_code: u8,
    pub basic_code: u8,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeReasonDef {
    pub code: String,
    pub reason: String,
    #[serde(default)]
    pub sisimai: Option<String>,
    #[serde(default)]
    pub priority: Option<u8>,
    #[serde(default)]
    pub recipient_domain_missing: bool,
}

/// A phrase of real servers and the reason it signals.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternDef {
    pub phrase: String,
    pub reason: String,
    #[serde(default)]
    pub sisimai: Option<String>,
    #[serde(default)]
    pub priority: Option<u8>,
    #[serde(default)]
    pub recipient_domain_missing: bool,
    #[serde(default)]
    pub sisimai_any_command: bool,
    #[serde(default)]
    pub source: String,
}

/// The meaning of one digit (class, category or subject).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigitDef {
    #[serde(alias = "subject")]
    pub digit: u8,
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub es: String,
}

/// Soft and hard bounce explanations.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bounces {
    pub soft: Texts,
    pub hard: Texts,
}

/// A pair of English and Spanish texts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub es: String,
}

/// A basic reply code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasicDef {
    pub code: u16,
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub refs: Vec<String>,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub es: String,
    #[serde(default)]
    pub vendor_notes: Vec<VendorNoteDef>,
}

/// A vendor's different use of a code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VendorNoteDef {
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub es: String,
}

/// A dotless number standing for an enhanced code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasDef {
    pub code: u16,
    pub enhanced: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub es: String,
}

/// An enhanced status code entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnhancedDef {
    pub code: String,
    #[serde(default)]
    pub through: Option<u16>,
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub basic: Vec<u16>,
    #[serde(default)]
    pub any_basic_code: bool,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub refs: Vec<String>,
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub es: String,
    #[serde(default)]
    pub vendor_notes: Vec<VendorNoteDef>,
}

/// One command's replies.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommandDef {
    pub command: String,
    #[serde(default)]
    pub refs: Vec<String>,
    #[serde(default)]
    pub success: Vec<u16>,
    #[serde(default)]
    pub intermediate: Vec<u16>,
    #[serde(default)]
    pub error: Vec<u16>,
}

/// Reads the catalog from YAML text. Serde's message already names the path of the bad
/// entry (`basic_codes[3]: unknown field ...`) and the line.
pub fn parse(yaml: &str) -> Result<Catalog, String> {
    serde_yaml::from_str(yaml).map_err(|e| format!("malformed catalog: {e}"))
}
