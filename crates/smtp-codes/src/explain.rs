//! Explaining what a user hands over: a code, an enhanced code, a reply, a `Diagnostic-Code`
//! line, or bounce text that contains a reply.

use crate::bounce::{find_reply, DiagnosticCode};
use crate::catalog::{Alias, BasicEntry, EnhancedEntry};
use crate::code::{Bounce, Category, Class, ReplyCode};
use crate::enhanced::{EnhancedStatusCode, Pairing};
use crate::reply::{ParseOptions, Reply, ReplyParser};
use std::fmt;

/// What kind of input was explained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputKind {
    /// A basic code alone: `550`.
    BasicCode,
    /// An enhanced code alone: `5.1.1`.
    EnhancedCode,
    /// A reply as sent on the wire, single or multi-line.
    Reply,
    /// An RFC 3464 `Diagnostic-Code:` field.
    DiagnosticCode,
    /// Running text with a reply or code in it.
    Text,
}

impl InputKind {
    /// `basic_code`, `enhanced_code`, `reply`, `diagnostic_code` or `text`.
    pub const fn as_str(self) -> &'static str {
        match self {
            InputKind::BasicCode => "basic_code",
            InputKind::EnhancedCode => "enhanced_code",
            InputKind::Reply => "reply",
            InputKind::DiagnosticCode => "diagnostic_code",
            InputKind::Text => "text",
        }
    }
}

/// The error returned when the input holds no reply code and no enhanced status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoCodeFound;

impl fmt::Display for NoCodeFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("no SMTP reply code (200-599) or enhanced status code (such as 5.1.1) found")
    }
}

impl std::error::Error for NoCodeFound {}

/// What the codes in an input mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation<'a> {
    kind: InputKind,
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    text: &'a str,
}

/// Explains an input: finds its basic and enhanced codes and what they mean.
///
/// ```
/// use smtp_codes::explain::{explain, InputKind};
/// use smtp_codes::Bounce;
///
/// let e = explain("550 5.1.1 <bob@example.com>: Recipient address rejected").unwrap();
/// assert_eq!(e.kind(), InputKind::Reply);
/// assert_eq!(e.code().unwrap(), 550);
/// assert_eq!(e.enhanced().unwrap().to_string(), "5.1.1");
/// assert_eq!(e.bounce(), Some(Bounce::Hard));
/// assert!(!e.retry());
///
/// let e = explain("4.2.2").unwrap();
/// assert_eq!(e.bounce(), Some(Bounce::Soft));
/// assert!(e.retry());
/// ```
pub fn explain(input: &str) -> Result<Explanation<'_>, NoCodeFound> {
    let trimmed = input.trim();
    if let Ok(code) = trimmed.parse::<ReplyCode>() {
        return Ok(Explanation {
            kind: InputKind::BasicCode,
            code: Some(code),
            enhanced: None,
            text: "",
        });
    }
    if let Ok(enhanced) = trimmed.parse::<EnhancedStatusCode>() {
        return Ok(Explanation {
            kind: InputKind::EnhancedCode,
            code: None,
            enhanced: Some(enhanced),
            text: "",
        });
    }
    if let Some(field) = DiagnosticCode::parse(trimmed)
        .filter(|_| trimmed.len() >= 16 && trimmed[..16].eq_ignore_ascii_case("diagnostic-code:"))
    {
        let found = field.reply().ok_or(NoCodeFound)?;
        return Ok(Explanation {
            kind: InputKind::DiagnosticCode,
            code: found.code(),
            enhanced: found.enhanced(),
            text: found.text(),
        });
    }
    let options = ParseOptions::lenient();
    match Reply::parse_with(trimmed.as_bytes(), &options) {
        Ok((reply, _)) => return Ok(reply_explanation(trimmed, reply.code(), reply.enhanced())),
        Err(e) if e.is_incomplete() => {
            // A reply pasted without its final line ending: the input is all there is.
            let mut parser = ReplyParser::new(options);
            parser.feed(trimmed.as_bytes());
            if let Some(Ok(reply)) = parser.next_reply().or_else(|| parser.finish()) {
                return Ok(reply_explanation(trimmed, reply.code(), reply.enhanced()));
            }
        }
        Err(_) => {}
    }
    let found = find_reply(trimmed).ok_or(NoCodeFound)?;
    Ok(Explanation {
        kind: InputKind::Text,
        code: found.code(),
        enhanced: found.enhanced(),
        text: found.text(),
    })
}

/// The text of a reply after its first code and enhanced code.
fn reply_explanation(
    input: &str,
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
) -> Explanation<'_> {
    let mut text = input.get(4..).unwrap_or("");
    if let Ok((found, len)) = EnhancedStatusCode::parse_prefix(text.as_bytes()) {
        if Some(found) == enhanced {
            text = &text[len..];
        }
    }
    Explanation {
        kind: InputKind::Reply,
        code: Some(code),
        enhanced,
        text: text.trim(),
    }
}

impl<'a> Explanation<'a> {
    /// What kind of input it was.
    pub const fn kind(&self) -> InputKind {
        self.kind
    }
    /// The basic reply code found, if any.
    pub const fn code(&self) -> Option<ReplyCode> {
        self.code
    }
    /// The enhanced status code found, if any.
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }
    /// The server's text after the codes (empty for a code alone).
    pub const fn text(&self) -> &'a str {
        self.text
    }
    /// The catalog's entry for the basic code.
    pub fn code_entry(&self) -> Option<&'static BasicEntry> {
        self.code.and_then(ReplyCode::entry)
    }
    /// The catalog's entry for the enhanced code.
    pub fn enhanced_entry(&self) -> Option<&'static EnhancedEntry> {
        self.enhanced.and_then(EnhancedStatusCode::entry)
    }
    /// A vendor's dotless reading of the basic code (Exchange's `441` for `4.4.1`).
    pub fn alias(&self) -> Option<&'static Alias> {
        self.code.and_then(ReplyCode::alias)
    }
    /// The class of the basic code, or the one the enhanced code's class stands for.
    pub fn class(&self) -> Option<Class> {
        match (self.code, self.enhanced) {
            (Some(code), _) => Some(code.class()),
            (None, Some(e)) => Some(match e.class().digit() {
                2 => Class::PositiveCompletion,
                4 => Class::TransientNegative,
                _ => Class::PermanentNegative,
            }),
            (None, None) => None,
        }
    }
    /// The category of the basic code.
    pub fn category(&self) -> Option<Category> {
        self.code.map(ReplyCode::category)
    }
    /// How the enhanced code fits the basic code, when there are both.
    pub fn pairing(&self) -> Option<Pairing> {
        Some(self.enhanced?.pairing(self.code?))
    }
    /// Soft (`4yz`) or hard (`5yz`) bounce; `None` for success and intermediate replies.
    pub fn bounce(&self) -> Option<Bounce> {
        match self.class()? {
            Class::TransientNegative => Some(Bounce::Soft),
            Class::PermanentNegative => Some(Bounce::Hard),
            _ => None,
        }
    }
    /// Whether sending again later can succeed: true for transient failures.
    pub fn retry(&self) -> bool {
        self.bounce() == Some(Bounce::Soft)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_input() {
        let kind = |s| explain(s).unwrap().kind();
        assert_eq!(kind(" 421 "), InputKind::BasicCode);
        assert_eq!(kind("5.7.1"), InputKind::EnhancedCode);
        assert_eq!(kind("421 4.7.0 Try again later"), InputKind::Reply);
        assert_eq!(
            kind("550-5.1.1 first\r\n550 5.1.1 second\r\n"),
            InputKind::Reply
        );
        assert_eq!(
            kind("Diagnostic-Code: smtp; 552 5.2.2 Mailbox full"),
            InputKind::DiagnosticCode
        );
        assert_eq!(
            kind("host mx.example.com said: 550 5.1.1 unknown"),
            InputKind::Text
        );
        assert_eq!(explain("nothing here"), Err(NoCodeFound));
        assert_eq!(explain(""), Err(NoCodeFound));
    }

    #[test]
    fn reply_text_and_class() {
        let e = explain("421 4.7.0 Try again later").unwrap();
        assert_eq!(e.text(), "Try again later");
        assert_eq!(e.class(), Some(Class::TransientNegative));
        assert!(e.retry());
        let e = explain("250 OK").unwrap();
        assert_eq!((e.bounce(), e.retry()), (None, false));
        assert_eq!(e.pairing(), None);
    }
}
