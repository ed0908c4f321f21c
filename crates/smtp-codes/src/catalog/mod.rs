//! Layer 3, the look-ups: what the catalog says of a code, read from the generated tables,
//! and iteration over the whole catalog.
//!
//! The data lives in `data/smtp-codes.yaml`; `cargo xtask codegen` turns it into the static
//! tables of `src/generated/`. The types of layer 1 carry what the digits say; the methods in
//! this module add what the catalog says. Nothing here allocates.

pub mod commands;

use crate::generated::catalog as tables;
use crate::types::{
    Alias, BasicEntry, Bounce, Category, Class, DigitEntry, EnhancedEntry, EnhancedStatusCode,
    Lang, Localized, Pairing, ReplyCode, Status, VendorNote,
};

/// The version of the catalog's content (semantic versioning, from the YAML).
pub const CATALOG_VERSION: &str = tables::CATALOG_VERSION;

/// The "Last Updated" date of the IANA *SMTP Enhanced Status Codes* registry that the
/// catalog follows (ISO 8601).
pub const IANA_REGISTRY_DATE: &str = tables::IANA_REGISTRY_DATE;

/// Every known basic reply code, sorted by code.
pub fn basic_codes() -> &'static [BasicEntry] {
    &tables::BASIC
}

/// Every known enhanced status code, sorted by subject, detail and class.
pub fn enhanced_codes() -> &'static [EnhancedEntry] {
    &tables::ENHANCED
}

/// Every dotless alias of an enhanced code (Microsoft Exchange's `441`, ...), sorted by number.
pub fn aliases() -> &'static [Alias] {
    &tables::ALIASES
}

/// The meanings of the first digit, for 2 to 5.
pub fn classes() -> &'static [DigitEntry] {
    &tables::CLASSES
}

/// The meanings of the second digit, for 0 to 5.
pub fn categories() -> &'static [DigitEntry] {
    &tables::CATEGORIES
}

/// The meanings of the enhanced codes' subjects, for 0 to 7.
pub fn subjects() -> &'static [DigitEntry] {
    &tables::SUBJECTS
}

/// What a second digit outside RFC 5321's grammar means.
static UNDEFINED_CATEGORY: Localized = Localized {
    en: "Second digit outside RFC 5321's grammar (0 to 5): a vendor-specific code.",
    es: "Segundo dígito fuera de la gramática de la RFC 5321 (0 a 5): un código propio de un fabricante.",
};

impl ReplyCode {
    /// The catalog's entry for this code, if it is a known basic code.
    pub fn entry(self) -> Option<&'static BasicEntry> {
        tables::basic_index(self.as_u16()).map(|i| &tables::BASIC[i])
    }

    /// Whether the catalog knows this code as a basic reply code.
    pub fn is_known(self) -> bool {
        tables::basic_index(self.as_u16()).is_some()
    }

    /// The stable name of a known code, such as `MAILBOX_UNAVAILABLE`.
    pub fn name(self) -> Option<&'static str> {
        self.entry().map(BasicEntry::name)
    }

    /// The standard reply text of a known code, such as `Requested mail action okay, completed`.
    pub fn text(self) -> Option<&'static str> {
        self.entry().map(BasicEntry::text)
    }

    /// What a known code means, in the given language.
    pub fn description(self, lang: Lang) -> Option<&'static str> {
        self.entry().map(|e| e.description(lang))
    }

    /// Whether a known code is standard, an extension, a vendor convention or obsolete.
    pub fn status(self) -> Option<Status> {
        self.entry().map(BasicEntry::status)
    }

    /// The RFC sections or vendor documents that define a known code (empty if unknown).
    pub fn references(self) -> &'static [&'static str] {
        self.entry().map_or(&[], BasicEntry::references)
    }

    /// How vendors use the code differently from its standard meaning (empty if none).
    pub fn vendor_notes(self) -> &'static [VendorNote] {
        self.entry().map_or(&[], BasicEntry::vendor_notes)
    }

    /// The enhanced code this number stands for when written without dots (Microsoft
    /// Exchange's `441` for `4.4.1`). That is a vendor's reading: where the number is also a
    /// basic code, [`entry`](Self::entry) is the standard meaning.
    pub fn alias(self) -> Option<&'static Alias> {
        tables::alias_index(self.as_u16()).map(|i| &tables::ALIASES[i])
    }
}

impl Class {
    /// The catalog's entry: identifier, name and meaning in each language.
    pub fn info(self) -> &'static DigitEntry {
        &tables::CLASSES[(self.digit() - 2) as usize]
    }

    /// What the class means, in the given language.
    pub fn description(self, lang: Lang) -> &'static str {
        self.info().description(lang)
    }
}

impl Category {
    /// The catalog's entry, for digits 0 to 5.
    pub fn info(self) -> Option<&'static DigitEntry> {
        tables::CATEGORIES.get(self.digit() as usize)
    }

    /// What the category means, in the given language.
    pub fn description(self, lang: Lang) -> &'static str {
        match self.info() {
            Some(info) => info.description(lang),
            None => UNDEFINED_CATEGORY.get(lang),
        }
    }
}

impl Bounce {
    /// What the bounce means, in the given language.
    pub fn description(self, lang: Lang) -> &'static str {
        match self {
            Bounce::Soft => tables::BOUNCE_SOFT.get(lang),
            Bounce::Hard => tables::BOUNCE_HARD.get(lang),
        }
    }
}

impl EnhancedStatusCode {
    /// The catalog's meaning of the subject, for subjects 0 to 7.
    pub fn subject_info(self) -> Option<&'static DigitEntry> {
        tables::SUBJECTS.get(self.subject() as usize)
    }

    /// The catalog's entry for this code: the registry's `X.subject.detail` entry, or a
    /// vendor entry for this class. `None` for codes the catalog does not know.
    pub fn entry(self) -> Option<&'static EnhancedEntry> {
        self.entry_index().map(|i| &tables::ENHANCED[i])
    }

    /// The position of [`entry`](Self::entry) in [`catalog::enhanced_codes`](crate::catalog::enhanced_codes),
    /// for bindings that refer to entries by number.
    pub fn entry_index(self) -> Option<usize> {
        tables::enhanced_index(self.class().digit(), self.subject(), self.detail())
    }

    /// What the code means, in the given language, if the catalog knows it.
    pub fn description(self, lang: Lang) -> Option<&'static str> {
        self.entry().map(|e| e.description(lang))
    }

    /// Whether this enhanced code can go with a basic reply code (RFC 3463 §2): the class
    /// digits must match, and the registry may list the basic code for this entry.
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Pairing, ReplyCode};
    ///
    /// let e: EnhancedStatusCode = "5.1.1".parse().unwrap();
    /// assert_eq!(e.pairing(ReplyCode::MAILBOX_UNAVAILABLE), Pairing::Registered);
    /// assert_eq!(e.pairing(ReplyCode::SERVICE_NOT_AVAILABLE), Pairing::ClassMismatch);
    /// ```
    pub fn pairing(self, code: ReplyCode) -> Pairing {
        if !self.fits(code) {
            Pairing::ClassMismatch
        } else if self.entry().is_some_and(|e| e.is_associated_with(code)) {
            Pairing::Registered
        } else {
            Pairing::ClassMatches
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_identifiers_of_the_types_match_the_catalog() {
        for entry in categories() {
            let code = ReplyCode::from_u16(200 + u16::from(entry.digit()) * 10).unwrap();
            assert_eq!(code.category().as_str(), entry.id());
            assert_eq!(code.category().info(), Some(entry));
        }
        for entry in classes() {
            let code = ReplyCode::from_u16(u16::from(entry.digit()) * 100).unwrap();
            assert_eq!(code.class().info(), entry);
        }
    }

    #[test]
    fn undefined_category_is_described() {
        let code = ReplyCode::from_u16(571).unwrap();
        assert_eq!(code.category().info(), None);
        assert!(code.category().description(Lang::Es).contains("RFC 5321"));
    }
}
