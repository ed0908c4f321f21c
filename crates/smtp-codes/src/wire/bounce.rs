//! Replies as they appear inside bounce messages: the RFC 3464 `Diagnostic-Code` field, and
//! replies quoted in running text (`host mx.example.com[192.0.2.1] said: 550 5.1.1 ...`).
//!
//! Bounce text is free-form, so this module finds rather than parses: it looks for a reply
//! code where a reply can start (the start of the text or of a line, after `:`, `;`, a quote
//! or a bracket, or as the value of Sendmail's `stat=` and `reject=`), and an enhanced status
//! code next to it or on its own. Numbers inside words, `key=value` fields (`size=550`,
//! `delay=421`), process ids (`smtpd[550]`), IP addresses, ports and dotted versions are not
//! taken for codes.

use crate::types::{EnhancedStatusCode, ReplyCode};

/// A reply found in bounce text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundReply<'a> {
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    text: &'a str,
    offset: usize,
}

impl<'a> FoundReply<'a> {
    /// The basic reply code, if one was found.
    pub const fn code(&self) -> Option<ReplyCode> {
        self.code
    }
    /// The enhanced status code, if one was found (next to the basic code, or on its own).
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }
    /// The text after the codes, trimmed.
    pub const fn text(&self) -> &'a str {
        self.text
    }
    /// Where in the searched text the reply starts.
    pub const fn offset(&self) -> usize {
        self.offset
    }
}

/// A parsed RFC 3464 `Diagnostic-Code` field: `Diagnostic-Code: smtp; 550 5.1.1 ...`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiagnosticCode<'a> {
    diagnostic_type: &'a str,
    text: &'a str,
}

impl<'a> DiagnosticCode<'a> {
    /// Parses the field, with or without its `Diagnostic-Code:` name (in any case). Returns
    /// `None` if there is no `type;` part. Folded lines (a line break followed by white
    /// space) are part of the text.
    ///
    /// ```
    /// use smtp_codes::bounce::DiagnosticCode;
    ///
    /// let d = DiagnosticCode::parse(
    ///     "Diagnostic-Code: smtp; 550 5.1.1 <x@example.com>: Recipient address rejected",
    /// ).unwrap();
    /// assert_eq!(d.diagnostic_type(), "smtp");
    /// let reply = d.reply().unwrap();
    /// assert_eq!(reply.code().unwrap(), 550);
    /// assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
    /// assert_eq!(reply.text(), "<x@example.com>: Recipient address rejected");
    /// ```
    pub fn parse(field: &'a str) -> Option<DiagnosticCode<'a>> {
        let field = field.trim();
        let value = match field.split_once(':') {
            Some((name, rest)) if name.trim().eq_ignore_ascii_case("diagnostic-code") => rest,
            _ => field,
        };
        let (kind, text) = value.split_once(';')?;
        let kind = kind.trim();
        let valid_type = !kind.is_empty()
            && kind
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        valid_type.then(|| DiagnosticCode {
            diagnostic_type: kind,
            text: text.trim(),
        })
    }

    /// The diagnostic type: `smtp` for SMTP replies, or `X-Postfix`, `X-Unix`, ...
    pub const fn diagnostic_type(&self) -> &'a str {
        self.diagnostic_type
    }

    /// Whether the type is `smtp` (the text is an SMTP reply).
    pub fn is_smtp(&self) -> bool {
        self.diagnostic_type.eq_ignore_ascii_case("smtp")
    }

    /// The text after `type;`.
    pub const fn text(&self) -> &'a str {
        self.text
    }

    /// The reply in the text, if one is found.
    pub fn reply(&self) -> Option<FoundReply<'a>> {
        find_reply(self.text)
    }
}

/// Bytes that may stand right before a reply code in running text.
fn opens_reply(b: u8) -> bool {
    matches!(
        b,
        b':' | b';' | b'"' | b'\'' | b'<' | b'(' | b'[' | b'>' | b')' | b'#' | b'|'
    )
}

/// The `key=` fields whose value is a reply (Sendmail's `stat=` and `reject=`); any other
/// `key=value` (`size=550`, `delay=421`, Exim's `S=501`) holds no reply.
const REPLY_FIELDS: [&str; 4] = ["stat", "reject", "reply", "response"];

/// Whether a reply can start at `i`: at the start, after a line break, after a byte that
/// opens one, or as the value of a reply field.
fn reply_can_start(bytes: &[u8], i: usize) -> bool {
    let before = bytes[..i].trim_ascii_end();
    match before.last() {
        None => true,
        Some(_) if bytes[before.len()..i].contains(&b'\n') => true,
        Some(b'=') => {
            let key = &before[..before.len() - 1];
            let start = key
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |p| p + 1);
            REPLY_FIELDS
                .iter()
                .any(|f| key[start..].eq_ignore_ascii_case(f.as_bytes()))
        }
        Some(&b) => opens_reply(b),
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_' || b == b'@' || b == b'/'
}

/// A reply code at `i`: three digits, then a space, a dash, a line break or the end (not a
/// closing bracket: `smtpd[550]` is a process id).
fn code_at(bytes: &[u8], i: usize) -> Option<ReplyCode> {
    let code = ReplyCode::from_bytes(bytes.get(i..i + 3)?).ok()?;
    if i > 0 && is_word_byte(bytes[i - 1]) {
        return None;
    }
    match bytes.get(i + 3) {
        None | Some(b' ' | b'-' | b'\t' | b'\r' | b'\n' | b'"' | b'\'' | b')' | b'>' | b',') => {
            Some(code)
        }
        _ => None,
    }
}

/// An enhanced code standing alone at `i`, and its length.
fn enhanced_at(bytes: &[u8], i: usize) -> Option<(EnhancedStatusCode, usize)> {
    if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.') {
        return None;
    }
    let (code, len) = EnhancedStatusCode::parse_prefix(&bytes[i..]).ok()?;
    match bytes.get(i + len) {
        None => Some((code, len)),
        Some(&b) if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'@' => None,
        Some(b'.') => match bytes.get(i + len + 1) {
            None => Some((code, len)),
            Some(b) if b.is_ascii_whitespace() => Some((code, len)),
            _ => None,
        },
        Some(_) => Some((code, len)),
    }
}

/// Skips spaces and a dash after a code.
fn skip_separator(bytes: &[u8], mut i: usize) -> usize {
    if bytes.get(i) == Some(&b'-') {
        i += 1;
    }
    while bytes.get(i).is_some_and(|b| *b == b' ' || *b == b'\t') {
        i += 1;
    }
    i
}

/// Finds the reply in a piece of bounce text.
///
/// The first failure code (`4yz` or `5yz`) that starts the text or follows `:`, `;`, a quote
/// or a bracket is taken, with the enhanced code right after it if there is one; a code
/// followed by an enhanced code is taken wherever it stands. A success or intermediate code
/// (a quoted greeting) is returned only when no failure code follows. Without a basic code,
/// an enhanced code standing on its own is returned.
///
/// ```
/// use smtp_codes::bounce::find_reply;
///
/// let text = "host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: \
///             Recipient address rejected: User unknown (in reply to RCPT TO command)";
/// let reply = find_reply(text).unwrap();
/// assert_eq!(reply.code().unwrap(), 550);
/// assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
/// assert!(reply.text().starts_with("<bob@example.com>"));
/// ```
pub fn find_reply(text: &str) -> Option<FoundReply<'_>> {
    let bytes = text.as_bytes();
    let mut lone_enhanced: Option<(EnhancedStatusCode, usize, usize)> = None;
    // A success or intermediate code (a greeting quoted before the failure, say) is kept
    // only in case no failure code follows.
    let mut positive: Option<FoundReply<'_>> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !(b'2'..=b'5').contains(&b) {
            i += 1;
            continue;
        }
        if let Some(code) = code_at(bytes, i) {
            let mut after = skip_separator(bytes, i + 3);
            // The code said twice (`550 550 5.1.1`, a reply quoted inside another) and an
            // enhanced code written after `#` (`550 #5.1.0`) still belong to this reply.
            if code_at(bytes, after) == Some(code) {
                after = skip_separator(bytes, after + 3);
            }
            if bytes.get(after) == Some(&b'#') && enhanced_at(bytes, after + 1).is_some() {
                after += 1;
            }
            let enhanced = enhanced_at(bytes, after).filter(|_| after < bytes.len());
            let opens = reply_can_start(bytes, i);
            if enhanced.is_some() || opens {
                let (enhanced, text_start) = match enhanced {
                    Some((e, len)) => (Some(e), after + len),
                    None => (lone_enhanced.map(|(e, _, _)| e), after),
                };
                let found = FoundReply {
                    code: Some(code),
                    enhanced,
                    text: text[text_start..].trim(),
                    offset: i,
                };
                if code.is_negative() {
                    return Some(found);
                }
                positive = positive.or(Some(found));
            }
        }
        if lone_enhanced.is_none() {
            if let Some((e, len)) = enhanced_at(bytes, i) {
                lone_enhanced = Some((e, i, i + len));
                i += len;
                continue;
            }
        }
        i += 1;
    }
    positive.or(lone_enhanced.map(|(e, start, end)| FoundReply {
        code: None,
        enhanced: Some(e),
        text: text[end..].trim(),
        offset: start,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> (Option<u16>, Option<String>, &str) {
        let r = find_reply(text).unwrap();
        (
            r.code().map(|c| c.as_u16()),
            r.enhanced().map(|e| e.to_string()),
            r.text(),
        )
    }

    #[test]
    fn replies_in_running_text() {
        assert_eq!(
            found(
                "host mx.example.com[192.0.2.1] said: 550-5.1.1 The email account does not exist"
            ),
            (
                Some(550),
                Some("5.1.1".into()),
                "The email account does not exist"
            )
        );
        assert_eq!(
            found(
                "SMTP error from remote mail server after RCPT TO:<a@b.c>: 452 4.2.2 Mailbox full"
            ),
            (Some(452), Some("4.2.2".into()), "Mailbox full")
        );
        assert_eq!(
            found("550 Requested action not taken"),
            (Some(550), None, "Requested action not taken")
        );
        assert_eq!(
            found("Remote server returned '554 5.7.1 Rejected'"),
            (Some(554), Some("5.7.1".into()), "Rejected'")
        );
    }

    #[test]
    fn doubled_codes_and_hash_marks() {
        assert_eq!(
            found("returned was: 550 550 5.1.1 user unknown (UserSearch)"),
            (Some(550), Some("5.1.1".into()), "user unknown (UserSearch)")
        );
        assert_eq!(
            found("550 #5.1.0 Address rejected."),
            (Some(550), Some("5.1.0".into()), "Address rejected.")
        );
        // A different code after the first is not the same reply's.
        assert_eq!(found("550 421 busy").1, None);
    }

    #[test]
    fn numbers_that_are_not_codes() {
        assert!(
            find_reply("connect to 192.0.2.250[192.0.2.250]:25: Connection timed out").is_none()
        );
        assert!(find_reply("delivery failed after 250 attempts").is_none());
        assert!(find_reply("version 5.1.1-beta of the server").is_none());
        assert!(find_reply("mail-250.example.com refused").is_none());
    }

    #[test]
    fn lone_enhanced_code() {
        assert_eq!(
            found("Status: 5.1.1 (bad destination mailbox)"),
            (None, Some("5.1.1".into()), "(bad destination mailbox)")
        );
        assert_eq!(
            found("#5.7.1 rejected by policy."),
            (None, Some("5.7.1".into()), "rejected by policy.")
        );
        // A lone enhanced code before a basic code that follows a colon still goes with it.
        assert_eq!(
            found("4.4.7 delivery expired: 421 closing"),
            (Some(421), Some("4.4.7".into()), "closing")
        );
    }

    #[test]
    fn diagnostic_code_field() {
        let d = DiagnosticCode::parse("diagnostic-code: SMTP; 552-5.2.2 Over quota").unwrap();
        assert!(d.is_smtp());
        assert_eq!(d.reply().unwrap().enhanced().unwrap().to_string(), "5.2.2");
        let d =
            DiagnosticCode::parse("X-Postfix; mail for example.com loops back to myself").unwrap();
        assert_eq!(d.diagnostic_type(), "X-Postfix");
        assert!(d.reply().is_none());
        assert!(DiagnosticCode::parse("Diagnostic-Code: no type here").is_none());
    }
}
