//! Formatting replies for servers: code, enhanced code and text in, exact wire bytes out.

use super::reply::{ParseOptions, RFC5321_MAX_LINE_LEN};
use crate::types::{EnhancedStatusCode, ReplyCode};
use std::fmt;

/// Why a reply cannot be formatted. Line numbers count the caller's text lines from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FormatError {
    /// The text holds CR or LF: it would end the line early and let the text inject a reply
    /// of its own.
    LineBreakInText {
        /// The text line.
        line: usize,
    },
    /// The text holds a control character other than TAB, which RFC 5321's `textstring`
    /// does not allow.
    ControlCharacter {
        /// The text line.
        line: usize,
    },
    /// The enhanced code's class differs from the reply code's (RFC 3463 §2).
    EnhancedClassMismatch,
    /// An enhanced code on a `3yz` reply: RFC 3463 has no class 3.
    EnhancedOnIntermediate,
    /// Without an enhanced code, the first line (as split to the limit) starts like one
    /// (`2.0.0 ...`), so a reader would take it for one.
    TextLooksLikeEnhancedCode,
    /// The line limit leaves no room for text after the code and enhanced code.
    LimitTooSmall,
    /// The reply would be longer than the reply limit (64 KiB unless set), which a parser
    /// with the same limit would refuse.
    ReplyTooLong,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::LineBreakInText { line } => {
                write!(f, "text line {line} holds CR or LF (reply injection)")
            }
            FormatError::ControlCharacter { line } => {
                write!(f, "text line {line} holds a control character")
            }
            FormatError::EnhancedClassMismatch => {
                f.write_str("the enhanced status code's class differs from the reply code's")
            }
            FormatError::EnhancedOnIntermediate => {
                f.write_str("a 3yz reply cannot carry an enhanced status code")
            }
            FormatError::TextLooksLikeEnhancedCode => {
                f.write_str("the text starts like an enhanced status code; pass it as one")
            }
            FormatError::LimitTooSmall => f.write_str("the line limit leaves no room for text"),
            FormatError::ReplyTooLong => f.write_str("the reply is longer than the reply limit"),
        }
    }
}

impl std::error::Error for FormatError {}

/// Builds the wire bytes of a reply: continuation dashes, the enhanced code on every line
/// (RFC 2034), CRLF, and text longer than the line limit split over continuation lines, at a
/// space where possible. The space stays at the end of the earlier line, so joining the
/// lines as read back gives the text back exactly.
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, ReplyBuilder, ReplyCode};
///
/// let bytes = ReplyBuilder::new(ReplyCode::MAILBOX_UNAVAILABLE)
///     .enhanced("5.1.1".parse().unwrap())
///     .line("The email account that you tried to reach does not exist.")
///     .line("Please try double-checking the recipient's email address.")
///     .to_bytes()
///     .unwrap();
/// assert_eq!(
///     bytes,
///     b"550-5.1.1 The email account that you tried to reach does not exist.\r\n\
///       550 5.1.1 Please try double-checking the recipient's email address.\r\n"
/// );
/// // Text cannot smuggle in a reply of its own.
/// assert!(ReplyBuilder::new(ReplyCode::OK).line("OK\r\n250 forged").to_bytes().is_err());
/// ```
#[derive(Debug, Clone)]
pub struct ReplyBuilder {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    lines: Vec<String>,
    max_line_len: usize,
    max_reply_len: usize,
}

impl ReplyBuilder {
    /// A reply with this code, no text yet, and RFC 5321's 512-octet line limit.
    pub fn new(code: ReplyCode) -> ReplyBuilder {
        ReplyBuilder {
            code,
            enhanced: None,
            lines: Vec::new(),
            max_line_len: RFC5321_MAX_LINE_LEN,
            max_reply_len: ParseOptions::strict().max_reply_len,
        }
    }

    /// Sets the enhanced status code written at the start of every line.
    pub fn enhanced(mut self, code: EnhancedStatusCode) -> ReplyBuilder {
        self.enhanced = Some(code);
        self
    }

    /// Adds a line of text.
    pub fn line(mut self, text: impl Into<String>) -> ReplyBuilder {
        self.lines.push(text.into());
        self
    }

    /// Sets the longest line written, code and CRLF included.
    pub fn max_line_len(mut self, limit: usize) -> ReplyBuilder {
        self.max_line_len = limit;
        self
    }

    /// Sets the longest reply written, all lines together (the parser's default: 64 KiB).
    pub fn max_reply_len(mut self, limit: usize) -> ReplyBuilder {
        self.max_reply_len = limit;
        self
    }

    fn check(&self) -> Result<(), FormatError> {
        if let Some(e) = self.enhanced {
            if self.code.is_intermediate() {
                return Err(FormatError::EnhancedOnIntermediate);
            }
            if !e.fits(self.code) {
                return Err(FormatError::EnhancedClassMismatch);
            }
        }
        for (i, text) in self.lines.iter().enumerate() {
            let line = i + 1;
            if text.bytes().any(|b| b == b'\r' || b == b'\n') {
                return Err(FormatError::LineBreakInText { line });
            }
            if text.bytes().any(|b| (b < 32 && b != b'\t') || b == 127) {
                return Err(FormatError::ControlCharacter { line });
            }
        }
        Ok(())
    }

    /// The text of each wire line, after splitting over-long lines.
    fn wire_lines(&self) -> Result<Vec<&str>, FormatError> {
        let prefix = 4 + self.enhanced.map_or(0, |e| e.to_string().len() + 1);
        let room = self
            .max_line_len
            .checked_sub(prefix + 2)
            .filter(|&r| r >= 4)
            .ok_or(FormatError::LimitTooSmall)?;
        let mut out = Vec::new();
        for text in &self.lines {
            let mut rest = text.as_str();
            while rest.len() > room {
                let mut cut = room;
                while !rest.is_char_boundary(cut) {
                    cut -= 1;
                }
                // Break after the last space that fits, keeping the space on this line.
                if let Some(space) = rest[..cut].rfind(' ') {
                    if space > 0 {
                        cut = space + 1;
                    }
                }
                out.push(&rest[..cut]);
                rest = &rest[cut..];
            }
            out.push(rest);
        }
        if out.is_empty() {
            out.push("");
        }
        Ok(out)
    }

    /// Appends the reply's wire bytes to `out` and returns how many were written.
    pub fn write_to(&self, out: &mut Vec<u8>) -> Result<usize, FormatError> {
        self.check()?;
        let lines = self.wire_lines()?;
        // A reader takes an enhanced code from the start of the first line; without one, the
        // first line (as split) must not look like one.
        if self.enhanced.is_none() {
            let first = lines[0].as_bytes();
            if let Ok((_, len)) = EnhancedStatusCode::parse_prefix(first) {
                if matches!(first.get(len), None | Some(b' ')) {
                    return Err(FormatError::TextLooksLikeEnhancedCode);
                }
            }
        }
        let start = out.len();
        let enhanced = self.enhanced.map(|e| e.to_string());
        let last = lines.len() - 1;
        for (i, text) in lines.iter().enumerate() {
            out.extend_from_slice(self.code.to_string().as_bytes());
            let mut body = String::new();
            if let Some(e) = &enhanced {
                body.push_str(e);
                if !text.is_empty() {
                    body.push(' ');
                }
            }
            body.push_str(text);
            match (i == last, body.is_empty()) {
                (true, true) => {}
                (true, false) => out.push(b' '),
                (false, _) => out.push(b'-'),
            }
            out.extend_from_slice(body.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        if out.len() - start > self.max_reply_len {
            out.truncate(start);
            return Err(FormatError::ReplyTooLong);
        }
        Ok(out.len() - start)
    }

    /// The reply's wire bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, FormatError> {
        let mut out = Vec::new();
        self.write_to(&mut out)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::reply::Reply;
    use super::*;

    fn code(n: u16) -> ReplyCode {
        ReplyCode::from_u16(n).unwrap()
    }

    #[test]
    fn empty_text() {
        assert_eq!(ReplyBuilder::new(code(250)).to_bytes().unwrap(), b"250\r\n");
        let e = "2.0.0".parse().unwrap();
        assert_eq!(
            ReplyBuilder::new(code(250)).enhanced(e).to_bytes().unwrap(),
            b"250 2.0.0\r\n"
        );
        let two = ReplyBuilder::new(code(250))
            .line("")
            .line("")
            .to_bytes()
            .unwrap();
        assert_eq!(two, b"250-\r\n250\r\n");
    }

    #[test]
    fn refuses_injection_and_contradictions() {
        let b = ReplyBuilder::new(code(250));
        assert_eq!(
            b.clone().line("a").line("b\rc").to_bytes(),
            Err(FormatError::LineBreakInText { line: 2 })
        );
        assert_eq!(
            b.clone().line("a\x00").to_bytes(),
            Err(FormatError::ControlCharacter { line: 1 })
        );
        assert_eq!(
            b.clone().enhanced("5.0.0".parse().unwrap()).to_bytes(),
            Err(FormatError::EnhancedClassMismatch)
        );
        assert_eq!(
            ReplyBuilder::new(code(354))
                .enhanced("2.0.0".parse().unwrap())
                .to_bytes(),
            Err(FormatError::EnhancedOnIntermediate)
        );
        assert_eq!(
            b.clone().line("2.0.0 OK").to_bytes(),
            Err(FormatError::TextLooksLikeEnhancedCode)
        );
        assert!(b.clone().line("2.0.0.1 is an address").to_bytes().is_ok());
        // Found by fuzzing: splitting can cut the first line right after something that
        // reads as an enhanced code.
        let cut = ReplyBuilder::new(code(218))
            .max_line_len(16)
            .line("2.22.222\u{fffd}vvv");
        assert_eq!(cut.to_bytes(), Err(FormatError::TextLooksLikeEnhancedCode));
        // Also found by fuzzing: thousands of lines past the parser's reply limit.
        let many = (0..10_000).fold(ReplyBuilder::new(code(250)), |b, _| b.line("x"));
        assert_eq!(many.to_bytes(), Err(FormatError::ReplyTooLong));
        let mut out = b"kept".to_vec();
        let many = (0..10).fold(ReplyBuilder::new(code(250)).max_reply_len(20), |b, _| {
            b.line("x")
        });
        assert_eq!(many.write_to(&mut out), Err(FormatError::ReplyTooLong));
        assert_eq!(out, b"kept");
        assert_eq!(
            b.max_line_len(8).line("x").to_bytes(),
            Err(FormatError::LimitTooSmall)
        );
    }

    #[test]
    fn long_text_is_split_within_the_limit_and_reads_back() {
        let text = "word ".repeat(300) + &"x".repeat(700) + "é".repeat(300).as_str();
        let e = "5.7.1".parse().unwrap();
        let bytes = ReplyBuilder::new(code(550))
            .enhanced(e)
            .line(text.clone())
            .to_bytes()
            .unwrap();
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            assert!(line.len() <= 512, "{}", line.len());
        }
        let (reply, used) = Reply::parse(&bytes).unwrap();
        assert_eq!(used, bytes.len());
        assert!(reply.is_multiline());
        assert_eq!(reply.lines().collect::<String>(), text);
    }
}
