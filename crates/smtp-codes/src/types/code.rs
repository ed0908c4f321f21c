//! The basic reply code: three digits, `2yz` to `5yz` (RFC 5321 §4.2), and what its digits
//! say. What the catalog says of a code (its text, description, references) is added by the
//! `catalog` layer, which reads the generated tables.

use core::fmt;
use core::str::FromStr;

/// An SMTP basic reply code, such as `250` or `550`.
///
/// It holds any code from 200 to 599, known to the catalog or not, since servers send codes
/// no table knows; its [`class`](Self::class) and [`category`](Self::category) always follow
/// from its digits. Known codes have named constants (`ReplyCode::OK`,
/// `ReplyCode::MAILBOX_UNAVAILABLE`, ...) and an [`entry`](Self::entry) in the catalog.
///
/// `Debug` and `Display` both print the number: `550`.
///
/// ```
/// use smtp_codes::{Lang, ReplyCode};
///
/// let code = ReplyCode::from_u16(550).unwrap();
/// assert_eq!(code, ReplyCode::MAILBOX_UNAVAILABLE);
/// assert!(code.is_permanent());
/// assert_eq!(code.text(), Some("Requested action not taken: mailbox unavailable"));
/// assert!(code.description(Lang::Es).is_some());
/// assert_eq!(code.to_string(), "550");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReplyCode(u16);

/// The error returned for a number or string that is no basic reply code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReplyCodeError {
    /// A number outside 200..=599.
    OutOfRange(u16),
    /// A string that is not exactly three ASCII digits.
    NotThreeDigits,
}

impl fmt::Display for ReplyCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyCodeError::OutOfRange(n) => {
                write!(f, "reply code {n} is out of range: expected 200 to 599")
            }
            ReplyCodeError::NotThreeDigits => {
                f.write_str("invalid reply code: expected three digits, 200 to 599")
            }
        }
    }
}

impl std::error::Error for ReplyCodeError {}

impl ReplyCode {
    /// Builds a code from a number in 200..=599.
    pub const fn from_u16(code: u16) -> Result<ReplyCode, ReplyCodeError> {
        if code >= 200 && code <= 599 {
            Ok(ReplyCode(code))
        } else {
            Err(ReplyCodeError::OutOfRange(code))
        }
    }

    /// Builds a code from exactly three ASCII digits, such as `b"250"`.
    pub const fn from_bytes(digits: &[u8]) -> Result<ReplyCode, ReplyCodeError> {
        if let [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] = *digits {
            let n = (a - b'0') as u16 * 100 + (b - b'0') as u16 * 10 + (c - b'0') as u16;
            match ReplyCode::from_u16(n) {
                Ok(code) => Ok(code),
                Err(e) => Err(e),
            }
        } else {
            Err(ReplyCodeError::NotThreeDigits)
        }
    }

    /// For codes the catalog already validated (200..=599).
    pub(crate) const fn from_known(code: u16) -> ReplyCode {
        ReplyCode(code)
    }

    /// The code as a number.
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// The first digit: whether the reply is a success, an intermediate reply, a transient or
    /// a permanent failure.
    pub const fn class(self) -> Class {
        match self.0 / 100 {
            2 => Class::PositiveCompletion,
            3 => Class::PositiveIntermediate,
            4 => Class::TransientNegative,
            _ => Class::PermanentNegative,
        }
    }

    /// The second digit: what the reply is about.
    pub const fn category(self) -> Category {
        Category::from_digit((self.0 / 10 % 10) as u8)
    }

    /// `2yz`: the requested action was completed.
    pub const fn is_positive_completion(self) -> bool {
        self.0 / 100 == 2
    }

    /// `3yz`: the command was accepted and the server waits for more (such as `354` after DATA).
    pub const fn is_intermediate(self) -> bool {
        self.0 / 100 == 3
    }

    /// `4yz`: a transient failure; the same request may succeed later (a soft bounce).
    ///
    /// Not the negation of [`is_permanent`](Self::is_permanent): `2yz` and `3yz` replies are
    /// neither transient nor permanent failures.
    pub const fn is_transient(self) -> bool {
        self.0 / 100 == 4
    }

    /// `5yz`: a permanent failure; the same request should not be repeated (a hard bounce).
    ///
    /// Not the negation of [`is_transient`](Self::is_transient): `2yz` and `3yz` replies are
    /// neither.
    pub const fn is_permanent(self) -> bool {
        self.0 / 100 == 5
    }

    /// `4yz` or `5yz`: the request failed, for now or for good.
    pub const fn is_negative(self) -> bool {
        self.is_transient() || self.is_permanent()
    }

    /// The soft (`4yz`) or hard (`5yz`) bounce this code means, if it is a failure at all.
    pub const fn bounce(self) -> Option<Bounce> {
        match self.0 / 100 {
            4 => Some(Bounce::Soft),
            5 => Some(Bounce::Hard),
            _ => None,
        }
    }
}

impl fmt::Debug for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl FromStr for ReplyCode {
    type Err = ReplyCodeError;

    /// Parses exactly three ASCII digits, 200 to 599.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ReplyCode::from_bytes(s.as_bytes())
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = ReplyCodeError;

    fn try_from(code: u16) -> Result<Self, Self::Error> {
        ReplyCode::from_u16(code)
    }
}

impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> u16 {
        code.0
    }
}

impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

/// The first digit of a reply code (RFC 5321 §4.2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// `2yz`: the requested action was completed.
    PositiveCompletion,
    /// `3yz`: accepted, the server waits for more information.
    PositiveIntermediate,
    /// `4yz`: not accepted for now; the client should try again later.
    TransientNegative,
    /// `5yz`: not accepted; the client should not repeat the same request.
    PermanentNegative,
}

impl Class {
    /// The digit: 2, 3, 4 or 5.
    pub const fn digit(self) -> u8 {
        match self {
            Class::PositiveCompletion => 2,
            Class::PositiveIntermediate => 3,
            Class::TransientNegative => 4,
            Class::PermanentNegative => 5,
        }
    }

    /// The short JSON name: `success`, `intermediate`, `transient` or `permanent`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::PositiveCompletion => "success",
            Class::PositiveIntermediate => "intermediate",
            Class::TransientNegative => "transient",
            Class::PermanentNegative => "permanent",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The second digit of a reply code (RFC 5321 §4.2.1).
///
/// RFC 5321's grammar allows only 0 to 5 as second digit; codes seen in the wild with 6 to 9
/// (such as `571`) get [`Category::Undefined`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// `x0z`: syntax errors, and commands that fit no other category.
    Syntax,
    /// `x1z`: replies to requests for information, such as status or help.
    Information,
    /// `x2z`: the transmission channel.
    Connections,
    /// `x3z`: not specified by RFC 5321.
    Unspecified3,
    /// `x4z`: not specified by RFC 5321.
    Unspecified4,
    /// `x5z`: the state of the receiver's mail system.
    MailSystem,
    /// `x6z` to `x9z`: outside RFC 5321's grammar (vendor codes); holds the digit.
    Undefined(u8),
}

impl Category {
    const fn from_digit(digit: u8) -> Category {
        match digit {
            0 => Category::Syntax,
            1 => Category::Information,
            2 => Category::Connections,
            3 => Category::Unspecified3,
            4 => Category::Unspecified4,
            5 => Category::MailSystem,
            d => Category::Undefined(d),
        }
    }

    /// The digit, 0 to 9.
    pub const fn digit(self) -> u8 {
        match self {
            Category::Syntax => 0,
            Category::Information => 1,
            Category::Connections => 2,
            Category::Unspecified3 => 3,
            Category::Unspecified4 => 4,
            Category::MailSystem => 5,
            Category::Undefined(d) => d,
        }
    }

    /// The JSON name: `syntax`, `information`, `connections`, `unspecified_3`,
    /// The JSON name: `syntax`, `information`, `connections`, `unspecified_3`,
    /// `unspecified_4`, `mail_system`, or `undefined` (the catalog's digit identifiers).
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Syntax => "syntax",
            Category::Information => "information",
            Category::Connections => "connections",
            Category::Unspecified3 => "unspecified_3",
            Category::Unspecified4 => "unspecified_4",
            Category::MailSystem => "mail_system",
            Category::Undefined(_) => "undefined",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A soft or a hard bounce: what a failed delivery means for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bounce {
    /// A transient failure (`4yz`): the sender keeps the message and tries again later, until
    /// its queue lifetime ends.
    Soft,
    /// A permanent failure (`5yz`): sending the same message again will fail the same way.
    Hard,
}

impl Bounce {
    /// `soft` or `hard`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Bounce::Soft => "soft",
            Bounce::Hard => "hard",
        }
    }
}

impl fmt::Display for Bounce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_is_200_to_599() {
        assert_eq!(
            ReplyCode::from_u16(199),
            Err(ReplyCodeError::OutOfRange(199))
        );
        assert_eq!(
            ReplyCode::from_u16(600),
            Err(ReplyCodeError::OutOfRange(600))
        );
        assert_eq!(ReplyCode::from_u16(200).map(ReplyCode::as_u16), Ok(200));
        assert_eq!(ReplyCode::from_u16(599).map(ReplyCode::as_u16), Ok(599));
        assert_eq!(
            ReplyCode::try_from(0u16),
            Err(ReplyCodeError::OutOfRange(0))
        );
    }

    #[test]
    fn from_str_wants_three_digits() {
        assert_eq!("250".parse::<ReplyCode>(), Ok(ReplyCode(250)));
        for bad in ["", "25", "2500", " 250", "25a", "+50", "２５０"] {
            assert_eq!(
                bad.parse::<ReplyCode>(),
                Err(ReplyCodeError::NotThreeDigits),
                "{bad:?}"
            );
        }
        assert_eq!(
            "150".parse::<ReplyCode>(),
            Err(ReplyCodeError::OutOfRange(150))
        );
        assert_eq!(
            "600".parse::<ReplyCode>(),
            Err(ReplyCodeError::OutOfRange(600))
        );
    }

    #[test]
    fn class_and_category_follow_the_digits_for_every_code() {
        for n in 200..=599u16 {
            let code = ReplyCode(n);
            assert_eq!(code.class().digit() as u16, n / 100);
            assert_eq!(code.category().digit() as u16, n / 10 % 10);
            let flags = [
                code.is_positive_completion(),
                code.is_intermediate(),
                code.is_transient(),
                code.is_permanent(),
            ];
            assert_eq!(flags.iter().filter(|&&f| f).count(), 1, "{n}");
            assert_eq!(code.is_negative(), n >= 400);
            assert_eq!(code.bounce().is_some(), code.is_negative());
        }
    }

    #[test]
    fn debug_and_display_print_the_number() {
        assert_eq!(format!("{:?}", ReplyCode(421)), "421");
        assert_eq!(format!("{}", ReplyCode(421)), "421");
        assert_eq!(format!("{:>5}", ReplyCode(421)), "  421");
    }

    #[test]
    fn undefined_category_is_named() {
        let code = ReplyCode(571);
        assert_eq!(code.category(), Category::Undefined(7));
        assert_eq!(code.category().as_str(), "undefined");
    }
}
