//! Replies on the wire: parsing bytes from a socket into replies (RFC 5321 §4.2).
//!
//! # Grammar and the choices made
//!
//! RFC 5321 §4.2 defines a reply as
//!
//! ```text
//! Reply-line = *( Reply-code "-" [ textstring ] CRLF )
//!              Reply-code [ SP textstring ] CRLF
//! Reply-code = %x32-35 %x30-35 %x30-39
//! textstring = 1*(%d09 / %d32-126)    ; RFC 6531 adds UTF-8
//! ```
//!
//! [`ParseOptions::strict`] (what [`Reply::parse`] uses) follows it exactly, with RFC 6531's
//! UTF-8 text and RFC 5321 §4.5.3.1.5's 512-octet line limit. [`ParseOptions::lenient`]
//! accepts what real servers send: bare LF line endings, an empty text after the separator,
//! control characters and non-UTF-8 bytes in the text, a second digit above 5 (`571`), and
//! lines up to 8192 octets. Both modes agree on what matters for safety:
//!
//! - every line must carry the same code (a differing code is an error, not a new reply);
//! - an incomplete reply is [`ParseError::Incomplete`], never a syntax error, unless a limit
//!   is already exceeded, so a client can wait for more bytes;
//! - a reply ends at its last line: bytes after it (pipelined replies) are left to the caller;
//! - a first digit outside 2 to 5 (such as `199`) is refused: RFC 5321 §4.2 allows no other.
//!
//! Peers disagree on some of this; `tests/peer_vectors.rs` runs their test vectors and lists
//! where and why this crate differs (for instance, `432 6.8.9` carries no enhanced code here,
//! since RFC 3463 allows only classes 2, 4 and 5).
//!
//! # Enhanced status codes
//!
//! RFC 2034 puts the enhanced code at the start of the text of every line. When the first
//! line starts with a valid code followed by a space or the end of the line, it is the
//! reply's [`enhanced`](Reply::enhanced) code and is stripped from every line that repeats it.
//! In strict mode its class must match the basic code's (RFC 3463 §2); lenient mode keeps a
//! mismatched code, which [`EnhancedStatusCode::pairing`] then reports.

use crate::types::{EnhancedStatusCode, ReplyCode};
use std::borrow::Cow;
use std::fmt;

/// The maximum length of a reply line, code and CRLF included (RFC 5321 §4.5.3.1.5).
pub const RFC5321_MAX_LINE_LEN: usize = 512;

/// Limits and leniency of the reply parser.
///
/// Start from [`ParseOptions::strict`] or [`ParseOptions::lenient`] and change the fields you
/// need; options may be added in minor releases, so the struct is `#[non_exhaustive]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// The longest line accepted, code and line ending included.
    pub max_line_len: usize,
    /// The longest reply accepted, all lines together.
    pub max_reply_len: usize,
    /// Accept lines that end with LF alone instead of CRLF.
    pub allow_bare_lf: bool,
    /// Accept any text bytes but CR and LF (control characters, non-UTF-8), and an empty
    /// text after the separator (`250 ` then CRLF).
    pub allow_any_text: bool,
    /// Accept a second digit of 6 to 9 (`571`), seen from some servers.
    pub allow_undefined_category: bool,
    /// Keep an enhanced code whose class contradicts the basic code (`421 5.7.1`) instead of
    /// refusing the reply.
    pub allow_enhanced_class_mismatch: bool,
    /// On [`ReplyParser::finish`], accept a last line that was cut off before its line ending.
    pub allow_unterminated_at_eof: bool,
}

impl ParseOptions {
    /// RFC 5321 exactly: CRLF, 512-octet lines, text as the grammar (plus RFC 6531 UTF-8),
    /// classes that match. Replies up to 64 KiB.
    pub const fn strict() -> ParseOptions {
        ParseOptions {
            max_line_len: RFC5321_MAX_LINE_LEN,
            max_reply_len: 64 * 1024,
            allow_bare_lf: false,
            allow_any_text: false,
            allow_undefined_category: false,
            allow_enhanced_class_mismatch: false,
            allow_unterminated_at_eof: false,
        }
    }

    /// What real servers send: bare LF, any text, `x6z`-`x9z` codes, mismatched enhanced
    /// codes kept, an unterminated last line at end of input, lines up to 8192 octets and
    /// replies up to 64 KiB.
    pub const fn lenient() -> ParseOptions {
        ParseOptions {
            max_line_len: 8192,
            max_reply_len: 64 * 1024,
            allow_bare_lf: true,
            allow_any_text: true,
            allow_undefined_category: true,
            allow_enhanced_class_mismatch: true,
            allow_unterminated_at_eof: true,
        }
    }
}

impl Default for ParseOptions {
    /// The strict options.
    fn default() -> Self {
        ParseOptions::strict()
    }
}

/// Why bytes are not (yet) a reply. Line numbers count from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseError {
    /// The input ends before the reply does: read more bytes and parse again.
    Incomplete,
    /// A line does not start with three digits.
    InvalidCode {
        /// The line.
        line: usize,
    },
    /// The code's first digit is not 2 to 5 (RFC 5321 §4.2: `%x32-35`), such as `199`.
    CodeClassOutOfRange {
        /// The line.
        line: usize,
        /// The three digits, as a number.
        code: u16,
    },
    /// The code's second digit is 6 to 9 (RFC 5321 §4.2 allows `%x30-35`), such as `299` or
    /// `571`; [`ParseOptions::allow_undefined_category`] accepts it.
    CodeCategoryOutOfRange {
        /// The line.
        line: usize,
        /// The code.
        code: u16,
    },
    /// The code is not followed by `-`, a space or the end of the line.
    InvalidSeparator {
        /// The line.
        line: usize,
    },
    /// A continuation line carries another code than the first line.
    CodeMismatch {
        /// The line.
        line: usize,
        /// The first line's code.
        expected: ReplyCode,
        /// This line's code, or `None` if it has no valid code.
        found: Option<ReplyCode>,
    },
    /// A line ends with LF alone, and the options refuse it.
    BareLineFeed {
        /// The line.
        line: usize,
    },
    /// The text holds a byte RFC 5321 does not allow (a control character or invalid UTF-8),
    /// or is empty after a space.
    InvalidText {
        /// The line.
        line: usize,
    },
    /// A line is longer than [`ParseOptions::max_line_len`].
    LineTooLong {
        /// The line.
        line: usize,
        /// The limit.
        limit: usize,
    },
    /// The reply is longer than [`ParseOptions::max_reply_len`].
    ReplyTooLong {
        /// The limit.
        limit: usize,
    },
    /// The enhanced code's class contradicts the basic code's (RFC 3463 §2), such as
    /// `421 5.7.1`.
    EnhancedClassMismatch {
        /// The line.
        line: usize,
    },
}

impl ParseError {
    /// Whether more input may complete the reply (as opposed to a malformed reply).
    pub const fn is_incomplete(&self) -> bool {
        matches!(self, ParseError::Incomplete)
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseError::Incomplete => f.write_str("incomplete reply: more input is needed"),
            ParseError::InvalidCode { line } => write!(
                f,
                "line {line}: expected a three-digit reply code (RFC 5321 §4.2)"
            ),
            ParseError::CodeClassOutOfRange { line, code } => write!(
                f,
                "line {line}: {code:03}: the first digit must be 2 to 5 (RFC 5321 §4.2)"
            ),
            ParseError::CodeCategoryOutOfRange { line, code } => write!(
                f,
                "line {line}: {code}: the second digit must be 0 to 5 (RFC 5321 §4.2)"
            ),
            ParseError::InvalidSeparator { line } => write!(
                f,
                "line {line}: the code must be followed by '-', a space or the end of the line"
            ),
            ParseError::CodeMismatch {
                line,
                expected,
                found: Some(found),
            } => write!(
                f,
                "line {line}: code {found} differs from the first line's {expected}"
            ),
            ParseError::CodeMismatch { line, expected, .. } => {
                write!(f, "line {line}: expected code {expected} on every line")
            }
            ParseError::BareLineFeed { line } => {
                write!(f, "line {line}: line ends with LF instead of CRLF")
            }
            ParseError::InvalidText { line } => write!(
                f,
                "line {line}: the text has a control character or invalid UTF-8, or is empty"
            ),
            ParseError::LineTooLong { line, limit } => {
                write!(f, "line {line}: longer than {limit} octets")
            }
            ParseError::ReplyTooLong { limit } => write!(f, "reply longer than {limit} octets"),
            ParseError::EnhancedClassMismatch { line } => write!(
                f,
                "line {line}: the enhanced status code's class contradicts the reply code"
            ),
        }
    }
}

impl std::error::Error for ParseError {}

/// One reply, borrowed from the bytes it was parsed from. Parsing allocates nothing.
///
/// ```
/// use smtp_codes::{Reply, ReplyCode};
///
/// let input = b"250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n220 next";
/// let (reply, used) = Reply::parse(input).unwrap();
/// assert_eq!(reply.code(), ReplyCode::OK);
/// assert_eq!(reply.lines().collect::<Vec<_>>(), ["mx.example.com", "PIPELINING", "SIZE 1000"]);
/// assert_eq!(&input[used..], b"220 next"); // the rest is the next reply
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Reply<'a> {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    raw: &'a [u8],
    line_count: usize,
}

/// Where the parse of one reply stands; kept between calls by [`ReplyParser`], so that every
/// line is examined once however the bytes arrive.
#[derive(Debug, Clone, Copy, Default)]
struct Progress {
    /// The offset of the first line not yet examined.
    pos: usize,
    lines: usize,
    code: Option<ReplyCode>,
    /// The first line's code as bytes, to compare continuation lines with.
    digits: [u8; 3],
    enhanced: Option<EnhancedStatusCode>,
}

// Word-at-a-time scanning (SWAR): eight bytes per step, no unsafe code, no dependency.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `v` that is zero (exact for the lowest such byte).
#[inline]
fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & HIGHS
}

#[inline]
fn word(chunk: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk);
    u64::from_le_bytes(w)
}

/// The index of the first byte at or after `start` that `flags` marks (it returns the high
/// bit of each such byte of a word), scanning sixteen bytes per step; `tail` tests the last
/// few bytes one at a time.
#[inline(always)]
fn scan(
    input: &[u8],
    start: usize,
    flags: impl Fn(u64) -> u64,
    tail: impl Fn(u8) -> bool,
) -> Option<usize> {
    let rest = &input[start..];
    let mut pairs = rest.chunks_exact(16);
    for (k, pair) in pairs.by_ref().enumerate() {
        let (low, high) = (flags(word(&pair[..8])), flags(word(&pair[8..])));
        if low | high != 0 {
            let at = if low != 0 {
                low.trailing_zeros() / 8
            } else {
                8 + high.trailing_zeros() / 8
            };
            return Some(start + k * 16 + at as usize);
        }
    }
    let done = rest.len() - pairs.remainder().len();
    pairs
        .remainder()
        .iter()
        .position(|&b| tail(b))
        .map(|p| start + done + p)
}

/// The index of the first LF at or after `start`.
fn find_lf(input: &[u8], start: usize) -> Option<usize> {
    let pattern = ONES * u64::from(b'\n');
    scan(input, start, |w| zero_bytes(w ^ pattern), |b| b == b'\n')
}

/// Bytes below 0x20 and bytes 0x7f or above, as high bits (exact for the lowest).
#[inline]
fn unprintable_bytes(w: u64) -> u64 {
    let low = w.wrapping_sub(ONES * 0x20) & !w & HIGHS;
    let high = (((w & !HIGHS) + ONES) | w) & HIGHS;
    low | high
}

/// The index of the first byte at or after `start` that is not printable ASCII, or the
/// length of the input.
fn first_unprintable(input: &[u8], start: usize) -> usize {
    scan(input, start, unprintable_bytes, |b| {
        !(0x20..0x7f).contains(&b)
    })
    .unwrap_or(input.len())
}

/// Whether every byte is printable ASCII (0x20 to 0x7e): the common case.
fn is_printable_ascii(text: &[u8]) -> bool {
    first_unprintable(text, 0) == text.len()
}

/// RFC 5321's `textstring` (TAB and printable ASCII) plus RFC 6531's UTF-8.
fn text_is_valid(text: &[u8]) -> bool {
    is_printable_ascii(text)
        || (text
            .iter()
            .all(|&b| b == b'\t' || (32..127).contains(&b) || b >= 128)
            && std::str::from_utf8(text).is_ok())
}

/// Reads the code at the start of a line.
#[inline]
fn line_code(line: &[u8], options: &ParseOptions) -> Option<ReplyCode> {
    let max_second = if options.allow_undefined_category {
        b'9'
    } else {
        b'5'
    };
    match *line {
        [a @ b'2'..=b'5', b @ b'0'..=b'9', c @ b'0'..=b'9', ..] if b <= max_second => {
            Some(ReplyCode::from_known(
                (a - b'0') as u16 * 100 + (b - b'0') as u16 * 10 + (c - b'0') as u16,
            ))
        }
        _ => None,
    }
}

/// Why a line's first three bytes are no code the options accept (the rule of RFC 5321 §4.2
/// that it breaks).
#[cold]
fn code_error(line: &[u8], line_no: usize) -> ParseError {
    match *line {
        [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9', ..] => {
            let code = (a - b'0') as u16 * 100 + (b - b'0') as u16 * 10 + (c - b'0') as u16;
            if (b'2'..=b'5').contains(&a) {
                ParseError::CodeCategoryOutOfRange {
                    line: line_no,
                    code,
                }
            } else {
                ParseError::CodeClassOutOfRange {
                    line: line_no,
                    code,
                }
            }
        }
        _ => ParseError::InvalidCode { line: line_no },
    }
}

/// The enhanced code at the start of a line's text, if it is one (followed by a space or the
/// end of the text). Returns it and the length to strip (code plus one space).
#[inline]
fn enhanced_prefix(text: &[u8]) -> Option<(EnhancedStatusCode, usize)> {
    // Most texts do not start with a class digit and a dot: answer those at once.
    if !matches!(text, [b'2' | b'4' | b'5', b'.', ..]) {
        return None;
    }
    let (code, len) = EnhancedStatusCode::parse_prefix(text).ok()?;
    match text.get(len) {
        None => Some((code, len)),
        Some(b' ') => Some((code, len + 1)),
        Some(_) => None,
    }
}

/// Examines complete lines from `p.pos` on. `Ok(Some(end))` when the reply ends at `end`.
#[inline]
fn advance(
    input: &[u8],
    options: &ParseOptions,
    p: &mut Progress,
    at_eof: bool,
) -> Result<Option<usize>, ParseError> {
    loop {
        let line_no = p.lines + 1;
        let start = p.pos;
        // Fast path for strict text: one scan to the first byte that is not printable ASCII;
        // when it is the CR of a CRLF, the line is complete and its text already valid.
        let printable_to_crlf = if options.allow_any_text {
            None
        } else {
            let cr = first_unprintable(input, start);
            (input.get(cr) == Some(&b'\r') && input.get(cr + 1) == Some(&b'\n')).then_some(cr)
        };
        let (content_end, next) =
            match printable_to_crlf.map_or_else(|| find_lf(input, start), |cr| Some(cr + 1)) {
                Some(lf) => {
                    let cr = lf > start && input[lf - 1] == b'\r';
                    if !cr && !options.allow_bare_lf {
                        return Err(ParseError::BareLineFeed { line: line_no });
                    }
                    (if cr { lf - 1 } else { lf }, lf + 1)
                }
                None => {
                    let pending = input.len() - start;
                    if pending > options.max_line_len {
                        return Err(ParseError::LineTooLong {
                            line: line_no,
                            limit: options.max_line_len,
                        });
                    }
                    if start + pending > options.max_reply_len {
                        return Err(ParseError::ReplyTooLong {
                            limit: options.max_reply_len,
                        });
                    }
                    if at_eof && pending > 0 && options.allow_unterminated_at_eof {
                        (input.len(), input.len())
                    } else {
                        return Err(ParseError::Incomplete);
                    }
                }
            };
        if next - start > options.max_line_len {
            return Err(ParseError::LineTooLong {
                line: line_no,
                limit: options.max_line_len,
            });
        }
        if next > options.max_reply_len {
            return Err(ParseError::ReplyTooLong {
                limit: options.max_reply_len,
            });
        }
        let line = &input[start..content_end];
        let code = match p.code {
            // A continuation line: its three bytes must be the first line's.
            Some(expected) if line.len() >= 3 && line[..3] == p.digits => expected,
            Some(expected) => {
                return Err(ParseError::CodeMismatch {
                    line: line_no,
                    expected,
                    found: line_code(line, options),
                })
            }
            None => line_code(line, options).ok_or_else(|| code_error(line, line_no))?,
        };
        let (last, text) = match line.get(3) {
            None => (true, &line[3..]),
            Some(b' ') => (true, &line[4..]),
            Some(b'-') => (false, &line[4..]),
            Some(_) => return Err(ParseError::InvalidSeparator { line: line_no }),
        };
        if !options.allow_any_text {
            let empty_after_space = last && line.len() == 4;
            if empty_after_space || (printable_to_crlf.is_none() && !text_is_valid(text)) {
                return Err(ParseError::InvalidText { line: line_no });
            }
        }
        if p.code.is_none() {
            p.code = Some(code);
            p.digits.copy_from_slice(&line[..3]);
            if let Some((enhanced, _)) = enhanced_prefix(text) {
                if !enhanced.fits(code) && !options.allow_enhanced_class_mismatch {
                    return Err(ParseError::EnhancedClassMismatch { line: line_no });
                }
                p.enhanced = Some(enhanced);
            }
        }
        p.lines = line_no;
        p.pos = next;
        if last {
            return Ok(Some(next));
        }
    }
}

impl<'a> Reply<'a> {
    /// Parses one complete reply at the start of `input`, strictly (RFC 5321), and returns it
    /// with the number of bytes it took. The bytes after it (pipelined replies) are not looked
    /// at. [`ParseError::Incomplete`] means that more input may complete the reply.
    pub fn parse(input: &'a [u8]) -> Result<(Reply<'a>, usize), ParseError> {
        Reply::parse_with(input, &ParseOptions::strict())
    }

    /// Parses one complete reply with the given options.
    pub fn parse_with(
        input: &'a [u8],
        options: &ParseOptions,
    ) -> Result<(Reply<'a>, usize), ParseError> {
        if let Some(single) = Reply::single_line(input, options) {
            return Ok(single);
        }
        let mut progress = Progress::default();
        Reply::resume(input, options, &mut progress, false)
    }

    /// The common case, answered without the general loop: a single-line reply
    /// `DDD text CRLF` (strict: with printable ASCII text). `None` sends everything else, and
    /// every error, through the general parser, which gives the same answer for these inputs.
    #[inline]
    fn single_line(input: &'a [u8], options: &ParseOptions) -> Option<(Reply<'a>, usize)> {
        let code = match *input {
            [_, _, _, b' ', ..] => line_code(input, options)?,
            _ => return None,
        };
        let (content_end, end) = if options.allow_any_text {
            let lf = find_lf(input, 4)?;
            let cr = input[lf - 1] == b'\r' && lf > 4;
            if !cr && !options.allow_bare_lf {
                return None;
            }
            (if cr { lf - 1 } else { lf }, lf + 1)
        } else {
            let cr = first_unprintable(input, 4);
            if cr == 4 || input.get(cr) != Some(&b'\r') || input.get(cr + 1) != Some(&b'\n') {
                return None;
            }
            (cr, cr + 2)
        };
        if end > options.max_line_len || end > options.max_reply_len {
            return None;
        }
        let enhanced = match enhanced_prefix(&input[4..content_end]) {
            Some((e, _)) if !e.fits(code) && !options.allow_enhanced_class_mismatch => return None,
            found => found.map(|(e, _)| e),
        };
        Some((
            Reply {
                code,
                enhanced,
                raw: &input[..end],
                line_count: 1,
            },
            end,
        ))
    }

    /// Parses one reply from input that ends where the connection ended: like
    /// [`parse_with`](Self::parse_with), but when the options allow it
    /// ([`ParseOptions::allow_unterminated_at_eof`]) a last line without its line ending
    /// counts as complete.
    pub fn parse_to_end(
        input: &'a [u8],
        options: &ParseOptions,
    ) -> Result<(Reply<'a>, usize), ParseError> {
        let mut progress = Progress::default();
        Reply::resume(input, options, &mut progress, true)
    }

    #[inline]
    fn resume(
        input: &'a [u8],
        options: &ParseOptions,
        progress: &mut Progress,
        at_eof: bool,
    ) -> Result<(Reply<'a>, usize), ParseError> {
        let end = advance(input, options, progress, at_eof)?.ok_or(ParseError::Incomplete)?;
        let code = progress.code.ok_or(ParseError::Incomplete)?;
        let reply = Reply {
            code,
            enhanced: progress.enhanced,
            raw: &input[..end],
            line_count: progress.lines,
        };
        Ok((reply, end))
    }

    /// Parses every reply in `input`, one after the other (a pipelined buffer). Stops at the
    /// first error, which is [`ParseError::Incomplete`] if the last reply is cut off.
    pub fn parse_all(input: &'a [u8], options: ParseOptions) -> Replies<'a> {
        Replies {
            input,
            options,
            failed: false,
        }
    }

    /// The reply code.
    pub const fn code(&self) -> ReplyCode {
        self.code
    }

    /// The enhanced status code at the start of the text (RFC 2034), if any.
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }

    /// The reply exactly as received, line endings included.
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.raw
    }

    /// How many lines the reply has.
    pub const fn line_count(&self) -> usize {
        self.line_count
    }

    /// Whether the reply spans several lines.
    pub const fn is_multiline(&self) -> bool {
        self.line_count > 1
    }

    /// The text of each line as bytes, without the code, the separator, the enhanced code (on
    /// lines that repeat it) and the line ending.
    pub fn line_bytes(&self) -> LineBytes<'a> {
        LineBytes {
            rest: self.raw,
            enhanced: self.enhanced,
        }
    }

    /// The text of each line (see [`line_bytes`](Self::line_bytes)); bytes that are not UTF-8
    /// are replaced with U+FFFD (only lenient parsing lets them through).
    pub fn lines(&self) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.line_bytes().map(String::from_utf8_lossy)
    }

    /// The whole text, lines joined with `\n`.
    pub fn text(&self) -> String {
        self.lines().collect::<Vec<_>>().join("\n")
    }

    /// An owned copy, for storing.
    pub fn to_owned_reply(&self) -> OwnedReply {
        OwnedReply {
            code: self.code,
            enhanced: self.enhanced,
            raw: self.raw.to_vec(),
            line_count: self.line_count,
        }
    }
}

impl fmt::Debug for Reply<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply")
            .field("code", &self.code)
            .field("enhanced", &self.enhanced)
            .field("lines", &self.lines().collect::<Vec<_>>())
            .finish()
    }
}

/// Iterator over the text of a reply's lines as bytes; see [`Reply::line_bytes`].
#[derive(Debug, Clone)]
pub struct LineBytes<'a> {
    rest: &'a [u8],
    enhanced: Option<EnhancedStatusCode>,
}

impl<'a> Iterator for LineBytes<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        if self.rest.is_empty() {
            return None;
        }
        let (mut line, rest) = match find_lf(self.rest, 0) {
            Some(lf) => (&self.rest[..lf], &self.rest[lf + 1..]),
            None => (self.rest, &self.rest[self.rest.len()..]),
        };
        self.rest = rest;
        if let [head @ .., b'\r'] = line {
            line = head;
        }
        let mut text = line.get(4..).unwrap_or_default();
        // Only a line that starts with the reply's class digit can repeat its enhanced code.
        if let Some(e) = self
            .enhanced
            .filter(|e| text.first() == Some(&(b'0' + e.class().digit())))
        {
            if let Some((code, len)) = enhanced_prefix(text) {
                if code == e {
                    text = &text[len..];
                }
            }
        }
        Some(text)
    }
}

/// An owned reply, for storing; [`OwnedReply::as_reply`] borrows it back.
#[derive(Clone, PartialEq, Eq)]
pub struct OwnedReply {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    raw: Vec<u8>,
    line_count: usize,
}

impl OwnedReply {
    /// The reply, borrowed.
    pub fn as_reply(&self) -> Reply<'_> {
        Reply {
            code: self.code,
            enhanced: self.enhanced,
            raw: &self.raw,
            line_count: self.line_count,
        }
    }

    /// The reply code.
    pub fn code(&self) -> ReplyCode {
        self.code
    }

    /// The enhanced status code, if any.
    pub fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }

    /// The reply exactly as received.
    pub fn as_bytes(&self) -> &[u8] {
        &self.raw
    }
}

impl fmt::Debug for OwnedReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_reply(), f)
    }
}

impl<'a> From<Reply<'a>> for OwnedReply {
    fn from(reply: Reply<'a>) -> Self {
        reply.to_owned_reply()
    }
}

/// Iterator over the replies of a pipelined buffer; see [`Reply::parse_all`].
#[derive(Debug, Clone)]
pub struct Replies<'a> {
    input: &'a [u8],
    options: ParseOptions,
    failed: bool,
}

impl<'a> Replies<'a> {
    /// The bytes not yet parsed.
    pub fn remainder(&self) -> &'a [u8] {
        self.input
    }
}

impl<'a> Iterator for Replies<'a> {
    type Item = Result<Reply<'a>, ParseError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.input.is_empty() || self.failed {
            return None;
        }
        match Reply::parse_with(self.input, &self.options) {
            Ok((reply, used)) => {
                self.input = &self.input[used..];
                Some(Ok(reply))
            }
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// A resumable parser: feed it bytes as they arrive from a socket and take each reply as it
/// completes. Every line is examined once, however the bytes are split.
///
/// ```
/// use smtp_codes::{ParseOptions, ReplyParser};
///
/// let mut parser = ReplyParser::new(ParseOptions::strict());
/// parser.feed(b"250-mx.example.com\r\n250-PIPE");
/// assert!(parser.next_reply().is_none()); // not complete yet
/// parser.feed(b"LINING\r\n250 OK\r\n354 go ahead\r\n");
/// assert_eq!(parser.next_reply().unwrap().unwrap().code(), 250);
/// assert_eq!(parser.next_reply().unwrap().unwrap().code(), 354);
/// assert!(parser.next_reply().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct ReplyParser {
    options: ParseOptions,
    buffer: Vec<u8>,
    /// Where the unread bytes start: replies taken are dropped from the buffer only once
    /// they make up half of it, so that a buffer of many pipelined replies is not shifted
    /// once per reply.
    start: usize,
    progress: Progress,
}

impl ReplyParser {
    /// A parser with the given options.
    pub fn new(options: ParseOptions) -> ReplyParser {
        ReplyParser {
            options,
            buffer: Vec::new(),
            start: 0,
            progress: Progress::default(),
        }
    }

    /// Appends bytes received.
    pub fn feed(&mut self, bytes: &[u8]) {
        self.buffer.extend_from_slice(bytes);
    }

    /// The next complete reply: `None` while more bytes are needed, `Some(Err)` for a
    /// malformed reply. After an error the buffer is discarded, since the stream can no
    /// longer be trusted to be in step.
    pub fn next_reply(&mut self) -> Option<Result<OwnedReply, ParseError>> {
        self.take(false)
    }

    /// Ends the input: returns the last reply if the options accept one cut off before its
    /// line ending, [`ParseError::Incomplete`] if bytes of an unfinished reply remain, and
    /// `None` if nothing remains.
    pub fn finish(&mut self) -> Option<Result<OwnedReply, ParseError>> {
        self.take(true)
    }

    /// Bytes received and not yet returned as replies.
    pub fn buffered(&self) -> &[u8] {
        &self.buffer[self.start..]
    }

    fn take(&mut self, at_eof: bool) -> Option<Result<OwnedReply, ParseError>> {
        if self.start == self.buffer.len() {
            return None;
        }
        let unread = &self.buffer[self.start..];
        match Reply::resume(unread, &self.options, &mut self.progress, at_eof) {
            Ok((reply, used)) => {
                let owned = reply.to_owned_reply();
                self.start += used;
                self.progress = Progress::default();
                if self.start * 2 >= self.buffer.len() {
                    self.buffer.drain(..self.start);
                    self.start = 0;
                }
                Some(Ok(owned))
            }
            Err(ParseError::Incomplete) if !at_eof => None,
            Err(e) => {
                self.buffer.clear();
                self.start = 0;
                self.progress = Progress::default();
                Some(Err(e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], options: &ParseOptions) -> Vec<String> {
        let (reply, _) = Reply::parse_with(input, options).unwrap();
        reply.lines().map(|l| l.into_owned()).collect()
    }

    #[test]
    fn single_line_with_enhanced_code() {
        let (reply, used) =
            Reply::parse(b"550 5.1.1 <bob@example.com>: Recipient address rejected\r\n").unwrap();
        assert_eq!(used, 57);
        assert_eq!(reply.code(), ReplyCode::MAILBOX_UNAVAILABLE);
        assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
        assert_eq!(
            reply.text(),
            "<bob@example.com>: Recipient address rejected"
        );
    }

    #[test]
    fn bare_code_ends_the_reply() {
        let (reply, used) = Reply::parse(b"250\r\n").unwrap();
        assert_eq!(
            (reply.code().as_u16(), used, reply.text().as_str()),
            (250, 5, "")
        );
    }

    #[test]
    fn incomplete_is_not_a_syntax_error() {
        for input in [
            &b""[..],
            b"2",
            b"250",
            b"250-first\r\n",
            b"250-first\r\n250 la",
            b"250 OK\r",
        ] {
            assert_eq!(
                Reply::parse(input),
                Err(ParseError::Incomplete),
                "{input:?}"
            );
        }
    }

    #[test]
    fn every_line_carries_the_same_code() {
        assert_eq!(
            Reply::parse(b"250-a\r\n251 b\r\n"),
            Err(ParseError::CodeMismatch {
                line: 2,
                expected: ReplyCode::OK,
                found: ReplyCode::from_u16(251).ok()
            })
        );
        assert!(matches!(
            Reply::parse(b"250-a\r\nxyz b\r\n"),
            Err(ParseError::CodeMismatch {
                line: 2,
                found: None,
                ..
            })
        ));
    }

    #[test]
    fn strict_refuses_what_lenient_accepts() {
        let strict = ParseOptions::strict();
        let lenient = ParseOptions::lenient();
        for (input, err) in [
            (&b"250 OK\n"[..], ParseError::BareLineFeed { line: 1 }),
            (b"250 \r\n", ParseError::InvalidText { line: 1 }),
            (b"250 a\x01b\r\n", ParseError::InvalidText { line: 1 }),
            (b"250 caf\xe9\r\n", ParseError::InvalidText { line: 1 }),
            (
                b"571 denied\r\n",
                ParseError::CodeCategoryOutOfRange { line: 1, code: 571 },
            ),
            (
                b"421 5.7.1 no\r\n",
                ParseError::EnhancedClassMismatch { line: 1 },
            ),
        ] {
            assert_eq!(Reply::parse_with(input, &strict), Err(err), "{input:?}");
            assert!(Reply::parse_with(input, &lenient).is_ok(), "{input:?}");
        }
        assert_eq!(lines(b"250 caf\xe9\r\n", &lenient), ["caf\u{fffd}"]);
        assert_eq!(lines(b"250 caf\xc3\xa9\r\n", &strict), ["café"]);
    }

    #[test]
    fn strict_errors_name_the_rule_of_the_grammar() {
        let err = Reply::parse(b"299 hi\r\n").unwrap_err();
        assert_eq!(
            err,
            ParseError::CodeCategoryOutOfRange { line: 1, code: 299 }
        );
        assert_eq!(
            err.to_string(),
            "line 1: 299: the second digit must be 0 to 5 (RFC 5321 §4.2)"
        );
        assert!(Reply::parse(b"250-a\r\n299 b\r\n").is_err());
        assert_eq!(
            Reply::parse(b"2x0 hi\r\n"),
            Err(ParseError::InvalidCode { line: 1 })
        );
    }

    #[test]
    fn both_modes_refuse_bad_classes_and_separators() {
        for options in [ParseOptions::strict(), ParseOptions::lenient()] {
            assert_eq!(
                Reply::parse_with(b"199 hi\r\n", &options),
                Err(ParseError::CodeClassOutOfRange { line: 1, code: 199 })
            );
            assert_eq!(
                Reply::parse_with(b"600 hi\r\n", &options),
                Err(ParseError::CodeClassOutOfRange { line: 1, code: 600 })
            );
            assert_eq!(
                Reply::parse_with(b"099 hi\r\n", &options)
                    .unwrap_err()
                    .to_string(),
                "line 1: 099: the first digit must be 2 to 5 (RFC 5321 §4.2)"
            );
            assert_eq!(
                Reply::parse_with(b"2500 hi\r\n", &options),
                Err(ParseError::InvalidSeparator { line: 1 })
            );
            assert_eq!(
                Reply::parse_with(b"ERROR\r\n", &options),
                Err(ParseError::InvalidCode { line: 1 })
            );
        }
    }

    #[test]
    fn limits_apply_before_the_line_ends() {
        let options = ParseOptions {
            max_line_len: 16,
            ..ParseOptions::strict()
        };
        let long = [b'2'; 40];
        assert_eq!(
            Reply::parse_with(&long, &options),
            Err(ParseError::LineTooLong { line: 1, limit: 16 })
        );
        let ok = b"250 0123456789\r\n"; // exactly 16
        assert!(Reply::parse_with(ok, &options).is_ok());
        assert_eq!(
            Reply::parse_with(b"250 01234567890\r\n", &options),
            Err(ParseError::LineTooLong { line: 1, limit: 16 })
        );
        let options = ParseOptions {
            max_reply_len: 30,
            ..ParseOptions::strict()
        };
        let endless = b"250-spam\r\n".repeat(10);
        assert_eq!(
            Reply::parse_with(&endless, &options),
            Err(ParseError::ReplyTooLong { limit: 30 })
        );
    }

    #[test]
    fn enhanced_code_is_stripped_from_lines_that_repeat_it() {
        let input = b"550-5.7.1 first\r\n550-second\r\n550 5.7.1 third\r\n";
        assert_eq!(
            lines(input, &ParseOptions::strict()),
            ["first", "second", "third"]
        );
        // A text that merely starts with digits is no enhanced code.
        let (reply, _) = Reply::parse(b"250 2.0.0.1 is an address\r\n").unwrap();
        assert_eq!(reply.enhanced(), None);
        let (reply, _) = Reply::parse(b"250 2.0.0\r\n").unwrap();
        assert_eq!(reply.enhanced().unwrap().to_string(), "2.0.0");
        assert_eq!(reply.text(), "");
    }

    #[test]
    fn pipelined_buffer() {
        let input = b"250 OK\r\n250 2.1.5 OK\r\n354 Go\r\n221 Bye";
        let mut replies = Reply::parse_all(input, ParseOptions::strict());
        let codes: Vec<u16> = replies
            .by_ref()
            .map_while(Result::ok)
            .map(|r| r.code().as_u16())
            .collect();
        assert_eq!(codes, [250, 250, 354]);
        assert_eq!(replies.remainder(), b"221 Bye");
    }

    #[test]
    fn resumable_parser_byte_by_byte() {
        let input = b"250-a\r\n250 b\r\n550 5.1.1 no\r\n";
        let mut parser = ReplyParser::new(ParseOptions::strict());
        let mut got = Vec::new();
        for &b in input.iter() {
            parser.feed(&[b]);
            while let Some(r) = parser.next_reply() {
                got.push(r.unwrap());
            }
        }
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].as_reply().text(), "a\nb");
        assert_eq!(got[1].enhanced().unwrap().to_string(), "5.1.1");
        assert!(parser.finish().is_none());
    }

    #[test]
    fn finish_accepts_an_unterminated_line_only_when_lenient() {
        let mut lenient = ReplyParser::new(ParseOptions::lenient());
        lenient.feed(b"421 4.7.0 Too many connections");
        assert!(lenient.next_reply().is_none());
        assert_eq!(
            lenient.finish().unwrap().unwrap().as_reply().text(),
            "Too many connections"
        );
        let mut strict = ReplyParser::new(ParseOptions::strict());
        strict.feed(b"421 4.7.0 Too many connections");
        assert_eq!(strict.finish(), Some(Err(ParseError::Incomplete)));
    }

    #[test]
    fn parser_discards_after_an_error() {
        let mut parser = ReplyParser::new(ParseOptions::strict());
        parser.feed(b"250-a\r\n251 b\r\n250 ok\r\n");
        assert!(matches!(
            parser.next_reply(),
            Some(Err(ParseError::CodeMismatch { .. }))
        ));
        assert!(parser.buffered().is_empty());
    }
}
