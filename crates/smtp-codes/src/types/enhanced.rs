//! Enhanced mail system status codes (RFC 3463), such as `5.1.1`.

use super::code::{Class, ReplyCode};
use core::fmt;
use core::str::FromStr;

/// The class of an enhanced status code: its first number (RFC 3463 §3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EnhancedClass {
    /// `2.X.X`: success.
    Success,
    /// `4.X.X`: persistent transient failure; the message may be delivered if sent again.
    PersistentTransientFailure,
    /// `5.X.X`: permanent failure; sending again will not succeed.
    PermanentFailure,
}

impl EnhancedClass {
    /// The digit: 2, 4 or 5.
    pub const fn digit(self) -> u8 {
        match self {
            EnhancedClass::Success => 2,
            EnhancedClass::PersistentTransientFailure => 4,
            EnhancedClass::PermanentFailure => 5,
        }
    }

    /// The basic-code class with the same digit: success, transient or permanent.
    pub const fn reply_class(self) -> Class {
        match self {
            EnhancedClass::Success => Class::PositiveCompletion,
            EnhancedClass::PersistentTransientFailure => Class::TransientNegative,
            EnhancedClass::PermanentFailure => Class::PermanentNegative,
        }
    }

    /// The class for a digit, if it is 2, 4 or 5.
    pub const fn from_digit(digit: u8) -> Option<EnhancedClass> {
        match digit {
            2 => Some(EnhancedClass::Success),
            4 => Some(EnhancedClass::PersistentTransientFailure),
            5 => Some(EnhancedClass::PermanentFailure),
            _ => None,
        }
    }
}

/// An enhanced mail system status code (RFC 3463): `class.subject.detail`, such as `5.1.1`.
///
/// Any syntactically valid code can be held; the catalog's [`entry`](Self::entry) is looked
/// up by subject and detail, whatever the class. Ordering is by class, then subject, then
/// detail. `Debug` and `Display` print the dotted form.
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, Lang};
///
/// let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
/// assert_eq!((code.class().digit(), code.subject(), code.detail()), (5, 1, 1));
/// let entry = code.entry().unwrap();
/// assert_eq!(entry.text(), "Bad destination mailbox address");
/// assert!(!entry.description(Lang::Es).is_empty());
/// assert!("5.01.1".parse::<EnhancedStatusCode>().is_err()); // no leading zeros
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EnhancedStatusCode {
    class: EnhancedClass,
    subject: u16,
    detail: u16,
}

/// What is wrong with a string that is no enhanced status code (RFC 3463 §2 grammar).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum EnhancedCodeError {
    /// The class is not `2`, `4` or `5`.
    InvalidClass,
    /// The subject is not 1 to 3 digits without a leading zero.
    InvalidSubject,
    /// The detail is not 1 to 3 digits without a leading zero.
    InvalidDetail,
    /// A part is missing: the code is not three numbers separated by dots.
    MissingPart,
    /// Something follows the detail.
    TrailingCharacters,
}

impl fmt::Display for EnhancedCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EnhancedCodeError::InvalidClass => {
                "invalid enhanced status code: the class must be 2, 4 or 5"
            }
            EnhancedCodeError::InvalidSubject => {
                "invalid enhanced status code: the subject must be 1 to 3 digits without leading zeros"
            }
            EnhancedCodeError::InvalidDetail => {
                "invalid enhanced status code: the detail must be 1 to 3 digits without leading zeros"
            }
            EnhancedCodeError::MissingPart => {
                "invalid enhanced status code: expected class.subject.detail, such as 5.1.1"
            }
            EnhancedCodeError::TrailingCharacters => {
                "invalid enhanced status code: unexpected characters after the detail"
            }
        })
    }
}

impl std::error::Error for EnhancedCodeError {}

/// Reads 1 to 3 digits without a leading zero (RFC 3463: `"0" / (%x31-39 0*2DIGIT)`).
/// Returns the number and how many bytes it took.
#[inline]
const fn number(input: &[u8], start: usize) -> Option<(u16, usize)> {
    const fn digit(input: &[u8], at: usize) -> Option<u16> {
        if at < input.len() && input[at].is_ascii_digit() {
            Some((input[at] - b'0') as u16)
        } else {
            None
        }
    }
    let Some(first) = digit(input, start) else {
        return None;
    };
    let Some(second) = digit(input, start + 1) else {
        return Some((first, 1));
    };
    if first == 0 {
        return None; // a leading zero
    }
    let Some(third) = digit(input, start + 2) else {
        return Some((first * 10 + second, 2));
    };
    if digit(input, start + 3).is_some() {
        return None; // four digits
    }
    Some((first * 100 + second * 10 + third, 3))
}

impl EnhancedStatusCode {
    /// Builds a code from its parts. Returns `None` if the class is not 2, 4 or 5 or the
    /// subject or detail is above 999.
    pub const fn new(class: u8, subject: u16, detail: u16) -> Option<EnhancedStatusCode> {
        match EnhancedClass::from_digit(class) {
            Some(class) if subject <= 999 && detail <= 999 => Some(EnhancedStatusCode {
                class,
                subject,
                detail,
            }),
            _ => None,
        }
    }

    pub(crate) const fn from_parts(
        class: EnhancedClass,
        subject: u16,
        detail: u16,
    ) -> EnhancedStatusCode {
        EnhancedStatusCode {
            class,
            subject,
            detail,
        }
    }

    /// Parses an enhanced code at the start of `input` and returns it with the number of
    /// bytes it took; what follows is not looked at. This is how a reply parser finds the code
    /// at the start of a reply line. Note that `5.1.10` is read whole, never as `5.1.1`.
    pub const fn parse_prefix(
        input: &[u8],
    ) -> Result<(EnhancedStatusCode, usize), EnhancedCodeError> {
        let class = match input {
            [c @ (b'2' | b'4' | b'5'), ..] => *c - b'0',
            [] => return Err(EnhancedCodeError::MissingPart),
            _ => return Err(EnhancedCodeError::InvalidClass),
        };
        let mut at = 1;
        if at >= input.len() || input[at] != b'.' {
            return Err(if at < input.len() && input[at].is_ascii_digit() {
                EnhancedCodeError::InvalidClass
            } else {
                EnhancedCodeError::MissingPart
            });
        }
        at += 1;
        let (subject, len) = match number(input, at) {
            Some(n) => n,
            None => return Err(EnhancedCodeError::InvalidSubject),
        };
        at += len;
        if at >= input.len() || input[at] != b'.' {
            return Err(if at < input.len() && input[at].is_ascii_digit() {
                EnhancedCodeError::InvalidSubject
            } else {
                EnhancedCodeError::MissingPart
            });
        }
        at += 1;
        let (detail, len) = match number(input, at) {
            Some(n) => n,
            None => return Err(EnhancedCodeError::InvalidDetail),
        };
        at += len;
        if at < input.len() && input[at].is_ascii_digit() {
            return Err(EnhancedCodeError::InvalidDetail);
        }
        let class = match EnhancedClass::from_digit(class) {
            Some(c) => c,
            None => return Err(EnhancedCodeError::InvalidClass),
        };
        Ok((EnhancedStatusCode::from_parts(class, subject, detail), at))
    }

    /// Parses a whole byte string such as `b"5.1.1"`.
    pub const fn from_bytes(input: &[u8]) -> Result<EnhancedStatusCode, EnhancedCodeError> {
        match EnhancedStatusCode::parse_prefix(input) {
            Ok((code, len)) if len == input.len() => Ok(code),
            Ok(_) => Err(EnhancedCodeError::TrailingCharacters),
            Err(e) => Err(e),
        }
    }

    /// The class: success, persistent transient failure or permanent failure.
    pub const fn class(self) -> EnhancedClass {
        self.class
    }

    /// The subject (second number): what the status is about.
    pub const fn subject(self) -> u16 {
        self.subject
    }

    /// The detail (third number).
    pub const fn detail(self) -> u16 {
        self.detail
    }

    /// Whether this code's class fits a basic reply code's (RFC 3463 §2: `2.X.X` goes with
    /// `2yz`, `4.X.X` with `4yz`, `5.X.X` with `5yz`). The one place this rule is written.
    pub const fn fits(self, code: ReplyCode) -> bool {
        self.class.digit() as u16 == code.as_u16() / 100
    }
}

/// How an enhanced status code fits a basic reply code; see [`EnhancedStatusCode::pairing`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pairing {
    /// The class digits differ (such as `421 5.7.1`): RFC 3463 §2 forbids it.
    ClassMismatch,
    /// The classes match but the registry does not list this basic code for the entry (or the
    /// entry is unknown). Allowed: the registry's associations are examples.
    ClassMatches,
    /// The classes match and the registry associates the basic code with the entry.
    Registered,
}

impl Pairing {
    /// `class_mismatch`, `class_matches` or `registered`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Pairing::ClassMismatch => "class_mismatch",
            Pairing::ClassMatches => "class_matches",
            Pairing::Registered => "registered",
        }
    }

    /// Whether the pair is allowed at all (the classes match).
    pub const fn is_consistent(self) -> bool {
        !matches!(self, Pairing::ClassMismatch)
    }
}

impl fmt::Display for EnhancedStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class.digit(), self.subject, self.detail)
    }
}

impl fmt::Debug for EnhancedStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for EnhancedStatusCode {
    type Err = EnhancedCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EnhancedStatusCode::from_bytes(s.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EnhancedCodeError::*;

    #[test]
    fn grammar_of_rfc_3463() {
        let ok = ["2.0.0", "4.7.1", "5.1.10", "5.999.999", "5.0.0", "4.4.316"];
        for s in ok {
            let code: EnhancedStatusCode = s.parse().unwrap();
            assert_eq!(code.to_string(), s);
        }
        let bad = [
            ("", MissingPart),
            ("5", MissingPart),
            ("5.", InvalidSubject),
            ("5.1", MissingPart),
            ("5.1.", InvalidDetail),
            ("3.1.1", InvalidClass),
            ("6.8.9", InvalidClass),
            ("55.1.1", InvalidClass),
            ("5.01.1", InvalidSubject),
            ("5.1.01", InvalidDetail),
            ("5.1000.1", InvalidSubject),
            ("5.1.1000", InvalidDetail),
            ("5.1.1 ", TrailingCharacters),
            ("5.1.1.1", TrailingCharacters),
            ("5.a.1", InvalidSubject),
        ];
        for (s, err) in bad {
            assert_eq!(s.parse::<EnhancedStatusCode>(), Err(err), "{s:?}");
        }
    }

    #[test]
    fn prefix_stops_at_the_end_of_the_code() {
        let (code, len) = EnhancedStatusCode::parse_prefix(b"5.1.10 Recipient").unwrap();
        assert_eq!((code.to_string().as_str(), len), ("5.1.10", 6));
    }

    #[test]
    fn new_checks_parts() {
        assert!(EnhancedStatusCode::new(3, 1, 1).is_none());
        assert!(EnhancedStatusCode::new(5, 1000, 1).is_none());
        assert_eq!(
            EnhancedStatusCode::new(4, 7, 0).unwrap().to_string(),
            "4.7.0"
        );
    }

    #[test]
    fn ordering_is_class_subject_detail() {
        let mut v: Vec<EnhancedStatusCode> = ["5.1.10", "4.7.1", "5.1.2", "2.0.0"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        v.sort();
        let s: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(s, ["2.0.0", "4.7.1", "5.1.2", "5.1.10"]);
    }
}
