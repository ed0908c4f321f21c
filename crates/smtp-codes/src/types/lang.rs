//! Languages the catalog is written in.

use core::fmt;
use core::str::FromStr;

/// A language of the catalog's descriptions.
///
/// Every entry of the catalog carries an English and a Spanish description. Languages may be
/// added in minor releases, so the enum is `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Lang {
    /// English (`en`).
    #[default]
    En,
    /// Spanish (`es`).
    Es,
}

impl Lang {
    /// Every language of the catalog, in a fixed order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The ISO 639-1 code: `"en"` or `"es"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Picks the English or Spanish text of a pair.
    pub(crate) const fn pick(self, en: &'static str, es: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Es => es,
        }
    }
}

/// A text of the catalog in every language it is written in.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Localized {
    pub(crate) en: &'static str,
    pub(crate) es: &'static str,
}

impl Localized {
    /// The text in `lang`.
    pub(crate) const fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.es)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error returned when a string names no language of the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang;

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown language: expected \"en\" or \"es\"")
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Accepts `en`/`es` in any case, and locale forms such as `es_ES.UTF-8` or `en-US`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s.split(['_', '-', '.', '@']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("en") {
            Ok(Lang::En)
        } else if primary.eq_ignore_ascii_case("es") {
            Ok(Lang::Es)
        } else {
            Err(UnknownLang)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("es_MX.UTF-8".parse::<Lang>(), Ok(Lang::Es));
        assert_eq!("en-GB".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("fr".parse::<Lang>(), Err(UnknownLang));
        assert_eq!("".parse::<Lang>(), Err(UnknownLang));
    }
}
