//! The C API of smtp-codes. `cargo xtask codegen` writes `include/smtp_codes.h` from the
//! items of this file with cbindgen (`cbindgen.toml`), so the header declares exactly what is
//! here; the catalog's constants come from the catalog model.
//!
//! Conversions only: every answer comes from the core crate. Every function checks its
//! pointers and lengths and returns an error code instead of failing; a panic (which would
//! be a bug) is caught at the boundary and reported as `SMTPCODES_E_PANIC`, never unwound
//! into C.
//!
//! Strings of the catalog are the static, NUL-terminated literals of `generated_strings.rs`
//! (generated from the catalog model, indexed like the core's tables), or made at compile
//! time from the core's constants: no lock, no allocation. Results made from the caller's
//! input (a parsed reply, an explanation) are opaque and owned by the caller, who frees
//! each with one call; accessors read their fields, so a field can be added without
//! breaking the ABI.
//!
//! Item names are the C names (`smtpcodes_reply`, `SMTPCODES_E_NULL`), hence
//! `non_camel_case_types`.
#![allow(non_camel_case_types)]

#[rustfmt::skip] // formatted by prettyplease in `cargo xtask codegen`
mod generated_strings;

use generated_strings as strings;
use smtp_codes::catalog::{self, CATALOG_VERSION, IANA_REGISTRY_DATE};
use smtp_codes::commands::{any_command_errors, commands, CommandEntry};
use smtp_codes::explain::{explain, Evidence, InputKind, Pattern, Reason};
use smtp_codes::message::{
    self, Action, BounceReport, MessageError, MessageKind, RecipientReport, MAX_MESSAGE_LEN,
};
use smtp_codes::{
    Bounce, Category, Class, Command, EnhancedStatusCode, FormatError, Pairing, ParseError,
    ParseOptions, Reply, ReplyBuilder, ReplyCode,
};
use std::borrow::Cow;
use std::ffi::{c_char, c_int, c_long, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

// ---------------------------------------------------------------------------------------
// Results and errors.

/// What a function that can fail returns: SMTPCODES_OK, or one of the negative errors.
/// Functions that return a value (a class, a code, a length) return these same negative
/// values, as their int or long, when they fail.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_result {
    /// Success.
    SMTPCODES_OK = 0,
    /// A required pointer is NULL.
    SMTPCODES_E_NULL = -1,
    /// A value, index or length is out of range (a length above PTRDIFF_MAX, a reply code
    /// outside 200-599, an unknown language, table, mode or role).
    SMTPCODES_E_RANGE = -2,
    /// Malformed input: not an enhanced status code, or not a reply.
    SMTPCODES_E_SYNTAX = -3,
    /// The reply is incomplete: read more bytes and parse again.
    SMTPCODES_E_INCOMPLETE = -4,
    /// A line, reply or message is longer than the limit.
    SMTPCODES_E_TOO_LONG = -5,
    /// Text to format holds CR or LF, which would end the line and let the text inject a
    /// reply of its own.
    SMTPCODES_E_LINE_BREAK = -6,
    /// The enhanced code's class contradicts the reply code's (RFC 3463 section 2).
    SMTPCODES_E_CLASS_MISMATCH = -7,
    /// Not in the catalog, absent, or no code in the input.
    SMTPCODES_E_NOT_FOUND = -8,
    /// Text is not valid UTF-8.
    SMTPCODES_E_UTF8 = -9,
    /// Text to format holds a control character other than TAB.
    SMTPCODES_E_CONTROL_CHARACTER = -10,
    /// An enhanced code on a 3yz reply: RFC 3463 has no class 3.
    SMTPCODES_E_ENHANCED_ON_INTERMEDIATE = -11,
    /// Without an enhanced code, the text starts like one ("2.0.0 ..."): pass it as one.
    SMTPCODES_E_TEXT_LOOKS_LIKE_ENHANCED = -12,
    /// The line limit leaves no room for text after the codes.
    SMTPCODES_E_LIMIT_TOO_SMALL = -13,
    /// The reply cannot be formatted, for a reason this version has no code of its own for.
    SMTPCODES_E_FORMAT = -14,
    /// The bytes are not a message that can be read: empty (or only white space), without
    /// header fields (RFC 5322), or with more MIME parts than the limit (256).
    SMTPCODES_E_MESSAGE = -15,
    /// Internal error (a bug, caught before it reached C): please report it.
    SMTPCODES_E_PANIC = -99,
}

use smtpcodes_result::*;

impl smtpcodes_result {
    /// Every value, for `smtpcodes_error_message`'s look-up by number.
    const ALL: [smtpcodes_result; 17] = [
        SMTPCODES_OK,
        SMTPCODES_E_NULL,
        SMTPCODES_E_RANGE,
        SMTPCODES_E_SYNTAX,
        SMTPCODES_E_INCOMPLETE,
        SMTPCODES_E_TOO_LONG,
        SMTPCODES_E_LINE_BREAK,
        SMTPCODES_E_CLASS_MISMATCH,
        SMTPCODES_E_NOT_FOUND,
        SMTPCODES_E_UTF8,
        SMTPCODES_E_CONTROL_CHARACTER,
        SMTPCODES_E_ENHANCED_ON_INTERMEDIATE,
        SMTPCODES_E_TEXT_LOOKS_LIKE_ENHANCED,
        SMTPCODES_E_LIMIT_TOO_SMALL,
        SMTPCODES_E_FORMAT,
        SMTPCODES_E_MESSAGE,
        SMTPCODES_E_PANIC,
    ];

    const fn int(self) -> c_int {
        self as c_int
    }

    const fn long(self) -> c_long {
        self as c_int as c_long
    }

    fn from_int(value: c_int) -> Option<smtpcodes_result> {
        Self::ALL.into_iter().find(|r| r.int() == value)
    }

    /// The message of `smtpcodes_error_message` (the match is exhaustive, so every value has
    /// one).
    const fn message(self) -> &'static CStr {
        match self {
            SMTPCODES_OK => c"no error",
            SMTPCODES_E_NULL => c"a required pointer is NULL",
            SMTPCODES_E_RANGE => c"a value, index or length is out of range",
            SMTPCODES_E_SYNTAX => c"malformed input",
            SMTPCODES_E_INCOMPLETE => c"incomplete reply: more input is needed",
            SMTPCODES_E_TOO_LONG => c"a line, reply or message is longer than the limit",
            SMTPCODES_E_LINE_BREAK => c"text holds CR or LF (reply injection)",
            SMTPCODES_E_CLASS_MISMATCH => c"the enhanced code's class contradicts the reply code",
            SMTPCODES_E_NOT_FOUND => c"not found",
            SMTPCODES_E_UTF8 => c"text is not valid UTF-8",
            SMTPCODES_E_CONTROL_CHARACTER => c"text holds a control character",
            SMTPCODES_E_ENHANCED_ON_INTERMEDIATE => {
                c"a 3yz reply cannot carry an enhanced status code"
            }
            SMTPCODES_E_TEXT_LOOKS_LIKE_ENHANCED => {
                c"the text starts like an enhanced status code; pass it as one"
            }
            SMTPCODES_E_LIMIT_TOO_SMALL => c"the line limit leaves no room for text",
            SMTPCODES_E_FORMAT => c"the reply cannot be formatted",
            SMTPCODES_E_MESSAGE => {
                c"not a message that can be read: empty, no header fields, or too many MIME parts"
            }
            SMTPCODES_E_PANIC => c"internal error",
        }
    }
}

fn parse_error(e: ParseError) -> smtpcodes_result {
    match e {
        ParseError::Incomplete => SMTPCODES_E_INCOMPLETE,
        ParseError::LineTooLong { .. } | ParseError::ReplyTooLong { .. } => SMTPCODES_E_TOO_LONG,
        ParseError::EnhancedClassMismatch { .. } => SMTPCODES_E_CLASS_MISMATCH,
        _ => SMTPCODES_E_SYNTAX,
    }
}

fn format_error(e: FormatError) -> smtpcodes_result {
    match e {
        FormatError::LineBreakInText { .. } => SMTPCODES_E_LINE_BREAK,
        FormatError::ControlCharacter { .. } => SMTPCODES_E_CONTROL_CHARACTER,
        FormatError::EnhancedClassMismatch => SMTPCODES_E_CLASS_MISMATCH,
        FormatError::EnhancedOnIntermediate => SMTPCODES_E_ENHANCED_ON_INTERMEDIATE,
        FormatError::TextLooksLikeEnhancedCode => SMTPCODES_E_TEXT_LOOKS_LIKE_ENHANCED,
        FormatError::LimitTooSmall => SMTPCODES_E_LIMIT_TOO_SMALL,
        FormatError::ReplyTooLong => SMTPCODES_E_TOO_LONG,
        // `FormatError` is #[non_exhaustive]: an error added to the core gets this until it
        // has a code of its own.
        _ => SMTPCODES_E_FORMAT,
    }
}

// ---------------------------------------------------------------------------------------
// The enums C passes as int.

/// Languages of descriptions.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_lang {
    SMTPCODES_LANG_EN = 0,
    SMTPCODES_LANG_ES = 1,
}

/// The digit tables of smtpcodes_digit_count and its accessors.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_digit_table {
    /// The first digit of reply codes, 2 to 5.
    SMTPCODES_TABLE_CLASSES = 0,
    /// The second digit of reply codes, 0 to 5.
    SMTPCODES_TABLE_CATEGORIES = 1,
    /// The subject of enhanced status codes, 0 to 7.
    SMTPCODES_TABLE_SUBJECTS = 2,
}

/// How smtpcodes_reply_parse reads a reply.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_parse_mode {
    /// RFC 5321 exactly: CRLF, 512-octet lines, text without control characters.
    SMTPCODES_PARSE_STRICT = 0,
    /// What real servers send: bare LF, any text, lines up to 8192 octets.
    SMTPCODES_PARSE_LENIENT = 1,
}

/// The role of a reply after a command.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_role {
    SMTPCODES_ROLE_SUCCESS = 0,
    SMTPCODES_ROLE_INTERMEDIATE = 1,
    SMTPCODES_ROLE_ERROR = 2,
}

/// Soft (4yz) or hard (5yz) bounce. (Named smtpcodes_bounce before 0.2, which is now the
/// bounce report.)
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_bounce_type {
    /// No bounce: a success or intermediate reply.
    SMTPCODES_BOUNCE_NONE = 0,
    SMTPCODES_BOUNCE_SOFT = 1,
    SMTPCODES_BOUNCE_HARD = 2,
}

/// How an enhanced code fits a basic code (smtpcodes_enhanced_pairing).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_pairing {
    /// The classes differ: the pair contradicts itself.
    SMTPCODES_PAIRING_CLASS_MISMATCH = 0,
    /// The classes match.
    SMTPCODES_PAIRING_CLASS_MATCHES = 1,
    /// The classes match and the registry associates the pair.
    SMTPCODES_PAIRING_REGISTERED = 2,
}

/// What kind of input an explanation was made from.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_input_kind {
    /// A kind newer than this version of the API.
    SMTPCODES_INPUT_OTHER = 0,
    /// A basic code alone: "550".
    SMTPCODES_INPUT_BASIC_CODE = 1,
    /// An enhanced code alone: "5.1.1".
    SMTPCODES_INPUT_ENHANCED_CODE = 2,
    /// A reply as sent on the wire.
    SMTPCODES_INPUT_REPLY = 3,
    /// An RFC 3464 Diagnostic-Code field.
    SMTPCODES_INPUT_DIAGNOSTIC_CODE = 4,
    /// Running text with a reply or code in it.
    SMTPCODES_INPUT_TEXT = 5,
    /// A line of an MTA's log: only its reply text and its `dsn=` were read.
    SMTPCODES_INPUT_LOG_LINE = 6,
}

/// What decided an explanation's reason.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_evidence_kind {
    /// Nothing specific: the reason is "other".
    SMTPCODES_EVIDENCE_NOTHING = 0,
    /// A phrase of the text (smtpcodes_explanation_evidence_phrase).
    SMTPCODES_EVIDENCE_PHRASE = 1,
    /// The enhanced code's default reason.
    SMTPCODES_EVIDENCE_ENHANCED_CODE = 2,
    /// The basic code's default reason.
    SMTPCODES_EVIDENCE_BASIC_CODE = 3,
}

/// What kind of message a bounce report was read from (smtpcodes_bounce_kind).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_message_kind {
    /// A kind newer than this version of the API.
    SMTPCODES_MESSAGE_OTHER = 0,
    /// A delivery status notification (RFC 3464 multipart/report).
    SMTPCODES_MESSAGE_DSN = 1,
    /// The plain-text report of an MTA or provider that writes no DSN.
    SMTPCODES_MESSAGE_NON_DSN = 2,
    /// A feedback report (ARF, RFC 5965): a complaint about a message.
    SMTPCODES_MESSAGE_FEEDBACK = 3,
    /// An automatic reply (RFC 3834), such as a vacation notice.
    SMTPCODES_MESSAGE_AUTO_REPLY = 4,
    /// A message that is none of these (it has no recipients).
    SMTPCODES_MESSAGE_NOT_BOUNCE = 5,
}

/// What the reporting MTA did for a recipient: a DSN's Action: field (RFC 3464 section
/// 2.3.3), smtpcodes_bounce_recipient_action.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum smtpcodes_action {
    /// The report has no Action: field for the recipient.
    SMTPCODES_ACTION_NONE = 0,
    /// It could not deliver and gave up.
    SMTPCODES_ACTION_FAILED = 1,
    /// It has not delivered yet and is still trying.
    SMTPCODES_ACTION_DELAYED = 2,
    /// It delivered the message.
    SMTPCODES_ACTION_DELIVERED = 3,
    /// It handed the message on to a system that sends no DSN.
    SMTPCODES_ACTION_RELAYED = 4,
    /// It delivered to a list or alias that expands to more recipients.
    SMTPCODES_ACTION_EXPANDED = 5,
    /// An action newer than this version of the API (smtpcodes_bounce_recipient_action_name
    /// names it).
    SMTPCODES_ACTION_OTHER = 6,
}

// ---------------------------------------------------------------------------------------
// Helpers.

/// Runs `f`, turning a panic into `fallback`.
fn guard<T>(fallback: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(fallback)
}

/// A string constant, as a NUL-terminated copy made at compile time.
macro_rules! const_cstr {
    ($s:expr) => {{
        const S: &str = $s;
        const BYTES: [u8; S.len() + 1] = nul_terminated(S);
        const C: &CStr = match CStr::from_bytes_with_nul(&BYTES) {
            Ok(c) => c,
            Err(_) => panic!("a string constant holds NUL"),
        };
        C
    }};
}

/// `s` and a NUL, in an array of `s.len() + 1` bytes.
const fn nul_terminated<const N: usize>(s: &str) -> [u8; N] {
    let mut out = [0; N];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        out[i] = bytes[i];
        i += 1;
    }
    out
}

fn c_ptr(s: &'static CStr) -> *const c_char {
    s.as_ptr()
}

fn opt_ptr(s: Option<&'static CStr>) -> *const c_char {
    s.map_or(ptr::null(), CStr::as_ptr)
}

/// The text of `t` in language `l`.
fn localized(t: &'static strings::Localized, l: c_int) -> Option<&'static CStr> {
    usize::try_from(l).ok().and_then(|i| t.get(i).copied())
}

/// The position of `item` in `all`, for entries the core hands out by reference.
fn position<T>(all: &'static [T], item: &'static T) -> Option<usize> {
    let offset = (item as *const T as usize).wrapping_sub(all.as_ptr() as usize);
    let i = offset / std::mem::size_of::<T>().max(1);
    match all.get(i) {
        Some(x) if ptr::eq(x, item) => Some(i),
        _ => all.iter().position(|x| ptr::eq(x, item)),
    }
}

fn code(c: c_int) -> Option<ReplyCode> {
    u16::try_from(c)
        .ok()
        .and_then(|c| ReplyCode::from_u16(c).ok())
}

fn class_name(c: Class) -> &'static CStr {
    match c {
        Class::PositiveCompletion => const_cstr!(Class::PositiveCompletion.as_str()),
        Class::PositiveIntermediate => const_cstr!(Class::PositiveIntermediate.as_str()),
        Class::TransientNegative => const_cstr!(Class::TransientNegative.as_str()),
        Class::PermanentNegative => const_cstr!(Class::PermanentNegative.as_str()),
    }
}

fn category_name(c: Category) -> &'static CStr {
    match c {
        Category::Syntax => const_cstr!(Category::Syntax.as_str()),
        Category::Information => const_cstr!(Category::Information.as_str()),
        Category::Connections => const_cstr!(Category::Connections.as_str()),
        Category::Unspecified3 => const_cstr!(Category::Unspecified3.as_str()),
        Category::Unspecified4 => const_cstr!(Category::Unspecified4.as_str()),
        Category::MailSystem => const_cstr!(Category::MailSystem.as_str()),
        Category::Undefined(_) => const_cstr!(Category::Undefined(9).as_str()),
    }
}

/// The bytes at `(p, len)`, or an error for a null pointer or a length above PTRDIFF_MAX.
///
/// # Safety
/// `p` must point to `len` readable bytes when it is not null.
unsafe fn bytes<'a>(p: *const u8, len: usize) -> Result<&'a [u8], smtpcodes_result> {
    if p.is_null() {
        return Err(SMTPCODES_E_NULL);
    }
    if len > isize::MAX as usize {
        return Err(SMTPCODES_E_RANGE);
    }
    // SAFETY: checked non-null and at most isize::MAX; the caller promises `len` readable
    // bytes.
    Ok(unsafe { std::slice::from_raw_parts(p, len) })
}

/// Copies `text` into `(buf, buf_len)` like snprintf: returns the length of `text`, and
/// writes as much of it as fits, with a NUL.
///
/// # Safety
/// `buf` must point to `buf_len` writable bytes when `buf_len` is not zero.
unsafe fn write_out(text: &[u8], buf: *mut c_char, buf_len: usize) -> c_long {
    let Ok(len) = c_long::try_from(text.len()) else {
        return SMTPCODES_E_TOO_LONG.long();
    };
    if buf_len > 0 {
        if buf.is_null() {
            return SMTPCODES_E_NULL.long();
        }
        let n = text.len().min(buf_len - 1);
        // SAFETY: `buf` holds `buf_len` > n bytes; the regions cannot overlap (ours is
        // Rust-owned).
        unsafe {
            ptr::copy_nonoverlapping(text.as_ptr(), buf.cast::<u8>(), n);
            buf.add(n).write(0);
        }
    }
    len
}

/// Writes `value` to `out`, or returns SMTPCODES_E_NULL if `out` is NULL.
///
/// # Safety
/// `out` must be NULL or writable.
unsafe fn put<T>(out: *mut T, value: T) -> smtpcodes_result {
    if out.is_null() {
        return SMTPCODES_E_NULL;
    }
    // SAFETY: checked non-null; the caller promises it is writable.
    unsafe { out.write(value) };
    SMTPCODES_OK
}

/// Moves `value` to the heap and hands it to C through `out`.
///
/// # Safety
/// `out` must be writable (checked non-null by the caller).
unsafe fn hand_out<T>(out: *mut *mut T, value: T) -> smtpcodes_result {
    // SAFETY: per the contract.
    unsafe { out.write(Box::into_raw(Box::new(value))) };
    SMTPCODES_OK
}

/// Frees what `hand_out` made.
///
/// # Safety
/// `p` must be NULL or a pointer from `hand_out` that was not freed yet.
unsafe fn free<T>(p: *mut T) {
    if !p.is_null() {
        // SAFETY: per the contract, `p` came from Box::into_raw and is freed once.
        drop(unsafe { Box::from_raw(p) });
    }
}

/// `bytes` and a NUL, for text taken from the caller's input.
fn owned_text(bytes: &[u8]) -> Box<[u8]> {
    let mut v = Vec::with_capacity(bytes.len() + 1);
    v.extend_from_slice(bytes);
    v.push(0);
    v.into_boxed_slice()
}

/// The NUL-terminated text of `owned_text`, with its length (without the NUL) written to
/// `len` when it is not NULL.
///
/// # Safety
/// `len` must be NULL or writable.
unsafe fn text_out(text: &[u8], len: *mut usize) -> *const c_char {
    if !len.is_null() {
        // SAFETY: checked non-null; writable per the contract.
        unsafe { len.write(text.len().saturating_sub(1)) };
    }
    text.as_ptr().cast()
}

/// The value behind a `const` pointer C handed back, or None for NULL.
///
/// # Safety
/// `p` must be NULL or point to a live `T`.
unsafe fn live<'a, T>(p: *const T) -> Option<&'a T> {
    // SAFETY: per the contract.
    unsafe { p.as_ref() }
}

// ---------------------------------------------------------------------------------------
// Versions and errors.

/// The version of this library, such as "0.2.0".
#[no_mangle]
pub extern "C" fn smtpcodes_library_version() -> *const c_char {
    guard(ptr::null(), || {
        c_ptr(const_cstr!(env!("CARGO_PKG_VERSION")))
    })
}

/// The version of the catalog's content (SMTPCODES_CATALOG_VERSION of the header it was
/// built with).
#[no_mangle]
pub extern "C" fn smtpcodes_catalog_version() -> *const c_char {
    guard(ptr::null(), || c_ptr(const_cstr!(CATALOG_VERSION)))
}

/// The "Last Updated" date of the IANA registry the catalog follows, such as "2024-12-06".
#[no_mangle]
pub extern "C" fn smtpcodes_iana_registry_date() -> *const c_char {
    guard(ptr::null(), || c_ptr(const_cstr!(IANA_REGISTRY_DATE)))
}

/// A sentence for a smtpcodes_result value; "unknown error code" for other values.
#[no_mangle]
pub extern "C" fn smtpcodes_error_message(error: c_int) -> *const c_char {
    guard(ptr::null(), || {
        c_ptr(smtpcodes_result::from_int(error).map_or(c"unknown error code", |r| r.message()))
    })
}

// ---------------------------------------------------------------------------------------
// Basic codes: any int; codes outside 200-599 give NULL, 0 or SMTPCODES_E_RANGE.

fn basic(c: c_int) -> Option<&'static strings::Basic> {
    let entry = code(c)?.entry()?;
    position(catalog::basic_codes(), entry).and_then(|i| strings::BASIC.get(i))
}

/// The class (first digit), 2 to 5.
#[no_mangle]
pub extern "C" fn smtpcodes_code_class(code: c_int) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        self::code(code).map_or(SMTPCODES_E_RANGE.int(), |c| c.class().digit().into())
    })
}

/// "success", "intermediate", "transient" or "permanent".
#[no_mangle]
pub extern "C" fn smtpcodes_code_class_name(code: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(self::code(code).map(|c| class_name(c.class())))
    })
}

/// The category (second digit), 0 to 9.
#[no_mangle]
pub extern "C" fn smtpcodes_code_category(code: c_int) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        self::code(code).map_or(SMTPCODES_E_RANGE.int(), |c| c.category().digit().into())
    })
}

/// "syntax", "information", "connections", "unspecified_3", "unspecified_4",
/// "mail_system", or "undefined" for 6 to 9.
#[no_mangle]
pub extern "C" fn smtpcodes_code_category_name(code: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(self::code(code).map(|c| category_name(c.category())))
    })
}

/// 1 if the catalog knows the code, else 0.
#[no_mangle]
pub extern "C" fn smtpcodes_code_is_known(code: c_int) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        self::code(code).is_some_and(ReplyCode::is_known).into()
    })
}

/// The stable name, such as "MAILBOX_UNAVAILABLE"; NULL if unknown.
#[no_mangle]
pub extern "C" fn smtpcodes_code_name(code: c_int) -> *const c_char {
    guard(ptr::null(), || opt_ptr(basic(code).map(|b| b.name)))
}

/// The standard reply text; NULL if unknown.
#[no_mangle]
pub extern "C" fn smtpcodes_code_text(code: c_int) -> *const c_char {
    guard(ptr::null(), || opt_ptr(basic(code).map(|b| b.text)))
}

/// What the code means, in `lang` (a smtpcodes_lang); NULL if unknown.
#[no_mangle]
pub extern "C" fn smtpcodes_code_description(code: c_int, lang: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(basic(code).and_then(|b| localized(&b.description, lang)))
    })
}

/// "standard", "extension", "non-standard" or "obsolete"; NULL if unknown.
#[no_mangle]
pub extern "C" fn smtpcodes_code_status(code: c_int) -> *const c_char {
    guard(ptr::null(), || opt_ptr(basic(code).map(|b| b.status)))
}

/// How many references (RFC sections, vendor documents) define the code.
#[no_mangle]
pub extern "C" fn smtpcodes_code_reference_count(code: c_int) -> usize {
    guard(0, || basic(code).map_or(0, |b| b.references.len()))
}

/// Reference `index`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_code_reference(code: c_int, index: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(basic(code).and_then(|b| b.references.get(index).copied()))
    })
}

/// How many vendor notes the code has (vendors that use it differently).
#[no_mangle]
pub extern "C" fn smtpcodes_code_vendor_note_count(code: c_int) -> usize {
    guard(0, || basic(code).map_or(0, |b| b.vendor_notes.len()))
}

/// The vendor of note `index`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_code_vendor_note_source(code: c_int, index: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(
            basic(code)
                .and_then(|b| b.vendor_notes.get(index))
                .map(|n| n.source),
        )
    })
}

/// What note `index` says, in `lang`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_code_vendor_note_description(
    code: c_int,
    index: usize,
    lang: c_int,
) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(
            basic(code)
                .and_then(|b| b.vendor_notes.get(index))
                .and_then(|n| localized(&n.description, lang)),
        )
    })
}

/// How many basic codes the catalog knows.
#[no_mangle]
pub extern "C" fn smtpcodes_basic_count() -> usize {
    guard(0, || catalog::basic_codes().len())
}

/// The basic code at `index` (in order of code), or SMTPCODES_E_RANGE.
#[no_mangle]
pub extern "C" fn smtpcodes_basic_code_at(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        catalog::basic_codes()
            .get(index)
            .map_or(SMTPCODES_E_RANGE.int(), |e| e.code().as_u16().into())
    })
}

// ---------------------------------------------------------------------------------------
// Enhanced codes.

/// An enhanced status code (RFC 3463): class_digit is 2, 4 or 5.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct smtpcodes_enhanced {
    pub class_digit: c_int,
    pub subject: c_int,
    pub detail: c_int,
}

impl From<EnhancedStatusCode> for smtpcodes_enhanced {
    fn from(e: EnhancedStatusCode) -> Self {
        smtpcodes_enhanced {
            class_digit: e.class().digit().into(),
            subject: e.subject().into(),
            detail: e.detail().into(),
        }
    }
}

/// The code `p` points to, or the error to return.
///
/// # Safety
/// `p` must be NULL or point to a readable `smtpcodes_enhanced`.
unsafe fn enhanced_in(
    p: *const smtpcodes_enhanced,
) -> Result<EnhancedStatusCode, smtpcodes_result> {
    // SAFETY: per the contract.
    let e = unsafe { live(p) }.ok_or(SMTPCODES_E_NULL)?;
    let part = |v: c_int| u16::try_from(v).ok();
    u8::try_from(e.class_digit)
        .ok()
        .zip(part(e.subject).zip(part(e.detail)))
        .and_then(|(class, (subject, detail))| EnhancedStatusCode::new(class, subject, detail))
        .ok_or(SMTPCODES_E_RANGE)
}

/// Parses "5.1.1" (RFC 3463's grammar, the whole of the `len` bytes at `text`) into `out`.
///
/// # Safety
/// `text` must point to `len` readable bytes; `out` to a writable smtpcodes_enhanced.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_enhanced_parse(
    text: *const c_char,
    len: usize,
    out: *mut smtpcodes_enhanced,
) -> smtpcodes_result {
    guard(SMTPCODES_E_PANIC, || {
        if out.is_null() {
            return SMTPCODES_E_NULL;
        }
        // SAFETY: the caller promises `len` readable bytes at `text`.
        let input = match unsafe { bytes(text.cast(), len) } {
            Ok(b) => b,
            Err(e) => return e,
        };
        match EnhancedStatusCode::from_bytes(input) {
            // SAFETY: checked non-null; writable per the contract.
            Ok(e) => unsafe { put(out, e.into()) },
            Err(_) => SMTPCODES_E_SYNTAX,
        }
    })
}

/// Writes "5.1.1" and a NUL into `buf` if it fits; returns the length without the NUL (like
/// snprintf), or a negative smtpcodes_result.
///
/// # Safety
/// `code` must point to a readable smtpcodes_enhanced; `buf` to `buf_len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_enhanced_format(
    code: *const smtpcodes_enhanced,
    buf: *mut c_char,
    buf_len: usize,
) -> c_long {
    guard(SMTPCODES_E_PANIC.long(), || {
        // SAFETY: readable per the contract.
        let e = match unsafe { enhanced_in(code) } {
            Ok(e) => e,
            Err(r) => return r.long(),
        };
        let mut text = [0u8; 16]; // "5.999.999" at most
        let mut cursor = std::io::Cursor::new(&mut text[..]);
        if std::io::Write::write_fmt(&mut cursor, format_args!("{e}")).is_err() {
            return SMTPCODES_E_PANIC.long();
        }
        let n = cursor.position() as usize;
        // SAFETY: the caller promises `buf_len` writable bytes at `buf`.
        unsafe { write_out(&text[..n], buf, buf_len) }
    })
}

/// The catalog index (for the smtpcodes_enhanced_entry_ functions) of the entry for `code`,
/// written to `index`; SMTPCODES_E_NOT_FOUND if the catalog does not know it.
///
/// # Safety
/// `code` must point to a readable smtpcodes_enhanced; `index` to a writable size_t.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_enhanced_lookup(
    code: *const smtpcodes_enhanced,
    index: *mut usize,
) -> smtpcodes_result {
    guard(SMTPCODES_E_PANIC, || {
        if index.is_null() {
            return SMTPCODES_E_NULL;
        }
        // SAFETY: readable per the contract.
        match unsafe { enhanced_in(code) }.map(EnhancedStatusCode::entry_index) {
            // SAFETY: checked non-null; writable per the contract.
            Ok(Some(i)) => unsafe { put(index, i) },
            Ok(None) => SMTPCODES_E_NOT_FOUND,
            Err(r) => r,
        }
    })
}

/// How `code` fits the basic code `basic_code`: a smtpcodes_pairing, or a negative
/// smtpcodes_result.
///
/// # Safety
/// `code` must point to a readable smtpcodes_enhanced.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_enhanced_pairing(
    code: *const smtpcodes_enhanced,
    basic_code: c_int,
) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        // SAFETY: readable per the contract.
        let e = match unsafe { enhanced_in(code) } {
            Ok(e) => e,
            Err(r) => return r.int(),
        };
        let Some(b) = self::code(basic_code) else {
            return SMTPCODES_E_RANGE.int();
        };
        let pairing = match e.pairing(b) {
            Pairing::ClassMismatch => smtpcodes_pairing::SMTPCODES_PAIRING_CLASS_MISMATCH,
            Pairing::ClassMatches => smtpcodes_pairing::SMTPCODES_PAIRING_CLASS_MATCHES,
            Pairing::Registered => smtpcodes_pairing::SMTPCODES_PAIRING_REGISTERED,
        };
        pairing as c_int
    })
}

/// How many enhanced codes the catalog knows; their indexes are 0 to this - 1.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_count() -> usize {
    guard(0, || catalog::enhanced_codes().len())
}

fn enhanced_entry(
    index: usize,
) -> Option<(
    &'static smtp_codes::EnhancedEntry,
    &'static strings::Enhanced,
)> {
    catalog::enhanced_codes()
        .get(index)
        .zip(strings::ENHANCED.get(index))
}

/// The catalog's notation of entry `index`: "X.1.1", "5.7.606-649"; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_notation(index: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(enhanced_entry(index).map(|e| e.1.notation))
    })
}

/// The class of entry `index`: 2, 4 or 5, or 0 for an entry that holds for every class;
/// SMTPCODES_E_RANGE past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_class(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        enhanced_entry(index).map_or(SMTPCODES_E_RANGE.int(), |e| {
            e.0.class().map_or(0, |c| c.digit().into())
        })
    })
}

/// The subject of entry `index`; SMTPCODES_E_RANGE past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_subject(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        enhanced_entry(index).map_or(SMTPCODES_E_RANGE.int(), |e| e.0.subject().into())
    })
}

/// The (first) detail of entry `index`; SMTPCODES_E_RANGE past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_detail(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        enhanced_entry(index).map_or(SMTPCODES_E_RANGE.int(), |e| e.0.detail().into())
    })
}

/// The last detail of entry `index` (its detail unless it is a range);
/// SMTPCODES_E_RANGE past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_detail_through(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        enhanced_entry(index).map_or(SMTPCODES_E_RANGE.int(), |e| e.0.detail_through().into())
    })
}

/// The stable name of entry `index`, such as "BAD_DESTINATION_MAILBOX_ADDRESS".
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_name(index: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(enhanced_entry(index).map(|e| e.1.name))
    })
}

/// The registry's text of entry `index`.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_text(index: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(enhanced_entry(index).map(|e| e.1.text))
    })
}

/// "standard", "extension", "non-standard" or "obsolete".
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_status(index: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(enhanced_entry(index).map(|e| e.1.status))
    })
}

/// What entry `index` means, in `lang`.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_description(index: usize, lang: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(enhanced_entry(index).and_then(|e| localized(&e.1.description, lang)))
    })
}

/// How many basic codes the registry associates with entry `index`.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_basic_code_count(index: usize) -> usize {
    guard(0, || {
        enhanced_entry(index).map_or(0, |e| e.0.associated_basic_codes().len())
    })
}

/// 1 if the registry associates every basic code with entry `index` (its "Any", as for
/// X.0.0; the count above is then 0), 0 if not, SMTPCODES_E_RANGE out of range.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_any_basic_code(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        enhanced_entry(index).map_or(SMTPCODES_E_RANGE.int(), |e| e.0.any_basic_code().into())
    })
}

/// Basic code `j` associated with entry `index`, or SMTPCODES_E_RANGE.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_basic_code(index: usize, j: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        enhanced_entry(index)
            .and_then(|e| e.0.associated_basic_codes().nth(j))
            .map_or(SMTPCODES_E_RANGE.int(), |c| c.as_u16().into())
    })
}

/// How many references define entry `index`.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_reference_count(index: usize) -> usize {
    guard(0, || {
        enhanced_entry(index).map_or(0, |e| e.1.references.len())
    })
}

/// Reference `j` of entry `index`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_reference(index: usize, j: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(enhanced_entry(index).and_then(|e| e.1.references.get(j).copied()))
    })
}

/// How many vendor notes entry `index` has.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_vendor_note_count(index: usize) -> usize {
    guard(0, || {
        enhanced_entry(index).map_or(0, |e| e.1.vendor_notes.len())
    })
}

/// The vendor of note `j` of entry `index`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_vendor_note_source(
    index: usize,
    j: usize,
) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(
            enhanced_entry(index)
                .and_then(|e| e.1.vendor_notes.get(j))
                .map(|n| n.source),
        )
    })
}

/// What note `j` of entry `index` says, in `lang`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_enhanced_entry_vendor_note_description(
    index: usize,
    j: usize,
    lang: c_int,
) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(
            enhanced_entry(index)
                .and_then(|e| e.1.vendor_notes.get(j))
                .and_then(|n| localized(&n.description, lang)),
        )
    })
}

// ---------------------------------------------------------------------------------------
// Aliases, digits, bounces, commands.

/// How many dotless aliases (Exchange's 441 for 4.4.1, ...) the catalog knows.
#[no_mangle]
pub extern "C" fn smtpcodes_alias_count() -> usize {
    guard(0, || catalog::aliases().len())
}

fn alias(index: usize) -> Option<(&'static smtp_codes::Alias, &'static strings::Alias)> {
    catalog::aliases()
        .get(index)
        .zip(strings::ALIASES.get(index))
}

/// The dotless number of alias `index`, such as 441; SMTPCODES_E_RANGE past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_alias_code(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        alias(index).map_or(SMTPCODES_E_RANGE.int(), |a| a.0.code().as_u16().into())
    })
}

/// The enhanced code alias `index` stands for, such as 4.4.1, written to `out`.
///
/// # Safety
/// `out` must point to a writable smtpcodes_enhanced.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_alias_enhanced(
    index: usize,
    out: *mut smtpcodes_enhanced,
) -> smtpcodes_result {
    guard(SMTPCODES_E_PANIC, || match alias(index) {
        // SAFETY: writable per the contract.
        Some(a) => unsafe { put(out, a.0.enhanced().into()) },
        None if out.is_null() => SMTPCODES_E_NULL,
        None => SMTPCODES_E_RANGE,
    })
}

/// Who uses alias `index`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_alias_source(index: usize) -> *const c_char {
    guard(ptr::null(), || opt_ptr(alias(index).map(|a| a.1.source)))
}

/// What alias `index` means, in `lang`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_alias_description(index: usize, lang: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(alias(index).and_then(|a| localized(&a.1.description, lang)))
    })
}

type DigitTable = (&'static [smtp_codes::DigitEntry], &'static [strings::Digit]);

fn digit_table(table: c_int) -> Option<DigitTable> {
    const CLASSES: c_int = smtpcodes_digit_table::SMTPCODES_TABLE_CLASSES as c_int;
    const CATEGORIES: c_int = smtpcodes_digit_table::SMTPCODES_TABLE_CATEGORIES as c_int;
    const SUBJECTS: c_int = smtpcodes_digit_table::SMTPCODES_TABLE_SUBJECTS as c_int;
    match table {
        CLASSES => Some((catalog::classes(), &strings::CLASSES)),
        CATEGORIES => Some((catalog::categories(), &strings::CATEGORIES)),
        SUBJECTS => Some((catalog::subjects(), &strings::SUBJECTS)),
        _ => None,
    }
}

fn digit(
    table: c_int,
    index: usize,
) -> Option<(&'static smtp_codes::DigitEntry, &'static strings::Digit)> {
    let (entries, texts) = digit_table(table)?;
    entries.get(index).zip(texts.get(index))
}

/// How many digits `table` (a smtpcodes_digit_table) describes; 0 for an unknown table.
#[no_mangle]
pub extern "C" fn smtpcodes_digit_count(table: c_int) -> usize {
    guard(0, || {
        digit_table(table).map_or(0, |(entries, texts)| entries.len().min(texts.len()))
    })
}

/// The digit of entry `index` of `table`; SMTPCODES_E_RANGE past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_digit_value(table: c_int, index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        digit(table, index).map_or(SMTPCODES_E_RANGE.int(), |d| d.0.digit().into())
    })
}

/// The identifier of entry `index` of `table`, such as "security_policy".
#[no_mangle]
pub extern "C" fn smtpcodes_digit_id(table: c_int, index: usize) -> *const c_char {
    guard(ptr::null(), || opt_ptr(digit(table, index).map(|d| d.1.id)))
}

/// The name of entry `index` of `table`, such as "Security or Policy Status".
#[no_mangle]
pub extern "C" fn smtpcodes_digit_name(table: c_int, index: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(digit(table, index).map(|d| d.1.name))
    })
}

/// What entry `index` of `table` means, in `lang`.
#[no_mangle]
pub extern "C" fn smtpcodes_digit_description(
    table: c_int,
    index: usize,
    lang: c_int,
) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(digit(table, index).and_then(|d| localized(&d.1.description, lang)))
    })
}

/// What a soft or hard bounce (a smtpcodes_bounce_type) means, in `lang`; NULL for
/// SMTPCODES_BOUNCE_NONE.
#[no_mangle]
pub extern "C" fn smtpcodes_bounce_description(bounce: c_int, lang: c_int) -> *const c_char {
    const SOFT: c_int = smtpcodes_bounce_type::SMTPCODES_BOUNCE_SOFT as c_int;
    const HARD: c_int = smtpcodes_bounce_type::SMTPCODES_BOUNCE_HARD as c_int;
    guard(ptr::null(), || {
        let text = match bounce {
            SOFT => &strings::BOUNCE_SOFT,
            HARD => &strings::BOUNCE_HARD,
            _ => return ptr::null(),
        };
        opt_ptr(localized(text, lang))
    })
}

fn bounce_kind(b: Option<Bounce>) -> smtpcodes_bounce_type {
    match b {
        None => smtpcodes_bounce_type::SMTPCODES_BOUNCE_NONE,
        Some(Bounce::Soft) => smtpcodes_bounce_type::SMTPCODES_BOUNCE_SOFT,
        Some(Bounce::Hard) => smtpcodes_bounce_type::SMTPCODES_BOUNCE_HARD,
    }
}

/// How many commands the command-reply table has.
#[no_mangle]
pub extern "C" fn smtpcodes_command_count() -> usize {
    guard(0, || commands().len())
}

fn command(index: usize) -> Option<(&'static CommandEntry, &'static strings::Command)> {
    commands().get(index).zip(strings::COMMANDS.get(index))
}

/// The name of command `index`, such as "RCPT" ("CONNECT" for the greeting, "DATA_END"
/// for the end of data); NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_command_name(index: usize) -> *const c_char {
    guard(ptr::null(), || opt_ptr(command(index).map(|c| c.1.name)))
}

/// How many references define command `index`'s replies.
#[no_mangle]
pub extern "C" fn smtpcodes_command_reference_count(index: usize) -> usize {
    guard(0, || command(index).map_or(0, |c| c.1.references.len()))
}

/// Reference `j` of command `index`; NULL past the end.
#[no_mangle]
pub extern "C" fn smtpcodes_command_reference(index: usize, j: usize) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(command(index).and_then(|c| c.1.references.get(j).copied()))
    })
}

/// The number of replies of command `index` in `role` (a smtpcodes_role), and reply `j`.
fn role_codes(index: usize, role: c_int, j: usize) -> Option<(usize, Option<ReplyCode>)> {
    const SUCCESS: c_int = smtpcodes_role::SMTPCODES_ROLE_SUCCESS as c_int;
    const INTERMEDIATE: c_int = smtpcodes_role::SMTPCODES_ROLE_INTERMEDIATE as c_int;
    const ERROR: c_int = smtpcodes_role::SMTPCODES_ROLE_ERROR as c_int;
    fn count_nth(
        mut codes: impl ExactSizeIterator<Item = ReplyCode>,
        j: usize,
    ) -> (usize, Option<ReplyCode>) {
        (codes.len(), codes.nth(j))
    }
    let (c, _) = command(index)?;
    match role {
        SUCCESS => Some(count_nth(c.success(), j)),
        INTERMEDIATE => Some(count_nth(c.intermediate(), j)),
        ERROR => Some(count_nth(c.errors(), j)),
        _ => None,
    }
}

/// How many replies command `index` may get in `role` (a smtpcodes_role); 0 for an unknown
/// command or role.
#[no_mangle]
pub extern "C" fn smtpcodes_command_reply_count(index: usize, role: c_int) -> usize {
    guard(0, || role_codes(index, role, 0).map_or(0, |(n, _)| n))
}

/// Reply `j` of command `index` in `role`, or SMTPCODES_E_RANGE.
#[no_mangle]
pub extern "C" fn smtpcodes_command_reply_at(index: usize, role: c_int, j: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        role_codes(index, role, j)
            .and_then(|(_, c)| c)
            .map_or(SMTPCODES_E_RANGE.int(), |c| c.as_u16().into())
    })
}

/// How many replies any command may get (RFC 5321 section 4.3.2: 421, 500, 501).
#[no_mangle]
pub extern "C" fn smtpcodes_any_command_error_count() -> usize {
    guard(0, || any_command_errors().len())
}

/// Reply `index` that any command may get, or SMTPCODES_E_RANGE.
#[no_mangle]
pub extern "C" fn smtpcodes_any_command_error_at(index: usize) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        any_command_errors()
            .nth(index)
            .map_or(SMTPCODES_E_RANGE.int(), |c| c.as_u16().into())
    })
}

/// 1 if `command` ("RCPT", any case; NUL-terminated) may get the reply `code`, 0 if not;
/// SMTPCODES_E_NOT_FOUND for an unknown command.
///
/// # Safety
/// `command` must be NULL or a NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_command_may_return(
    command: *const c_char,
    code: c_int,
) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        if command.is_null() {
            return SMTPCODES_E_NULL.int();
        }
        // SAFETY: checked non-null; NUL-terminated per the contract.
        let Ok(name) = unsafe { CStr::from_ptr(command) }.to_str() else {
            return SMTPCODES_E_UTF8.int();
        };
        match (Command::from_name(name), self::code(code)) {
            (Some(cmd), Some(c)) => cmd.may_return(c).into(),
            (None, _) => SMTPCODES_E_NOT_FOUND.int(),
            (_, None) => SMTPCODES_E_RANGE.int(),
        }
    })
}

// ---------------------------------------------------------------------------------------
// Replies.

/// A parsed reply (opaque): made by smtpcodes_reply_parse, freed by smtpcodes_reply_free.
/// It owns a copy of its lines, so the input buffer may be reused at once.
pub struct smtpcodes_reply {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    consumed: usize,
    /// Each line's text followed by a NUL.
    text: Box<[u8]>,
    /// Where each line starts in `text`, and where its NUL is: found once, when parsing.
    lines: Box<[(usize, usize)]>,
}

fn parse_mode(mode: c_int) -> Option<ParseOptions> {
    const STRICT: c_int = smtpcodes_parse_mode::SMTPCODES_PARSE_STRICT as c_int;
    const LENIENT: c_int = smtpcodes_parse_mode::SMTPCODES_PARSE_LENIENT as c_int;
    match mode {
        STRICT => Some(ParseOptions::strict()),
        LENIENT => Some(ParseOptions::lenient()),
        _ => None,
    }
}

impl smtpcodes_reply {
    fn new(reply: &Reply<'_>, consumed: usize) -> smtpcodes_reply {
        let mut text = Vec::with_capacity(reply.as_bytes().len() + 1);
        let mut lines = Vec::with_capacity(reply.line_count());
        for line in reply.line_bytes() {
            let start = text.len();
            text.extend_from_slice(line);
            lines.push((start, text.len()));
            text.push(0);
        }
        smtpcodes_reply {
            code: reply.code(),
            enhanced: reply.enhanced(),
            consumed,
            text: text.into_boxed_slice(),
            lines: lines.into_boxed_slice(),
        }
    }
}

/// Parses the reply at the start of the `len` bytes at `buf`, in `mode` (a
/// smtpcodes_parse_mode), and hands it out through `out`, to be freed with
/// smtpcodes_reply_free. On failure `*out` is NULL; SMTPCODES_E_INCOMPLETE means that more
/// bytes are needed.
///
/// # Safety
/// `buf` must point to `len` readable bytes; `out` to a writable pointer.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_parse(
    buf: *const u8,
    len: usize,
    mode: c_int,
    out: *mut *mut smtpcodes_reply,
) -> smtpcodes_result {
    guard(SMTPCODES_E_PANIC, || {
        // SAFETY: writable per the contract.
        if unsafe { put(out, ptr::null_mut()) } != SMTPCODES_OK {
            return SMTPCODES_E_NULL;
        }
        // SAFETY: the caller promises `len` readable bytes.
        let input = match unsafe { bytes(buf, len) } {
            Ok(b) => b,
            Err(e) => return e,
        };
        let Some(options) = parse_mode(mode) else {
            return SMTPCODES_E_RANGE;
        };
        match Reply::parse_with(input, &options) {
            // SAFETY: checked non-null and writable above.
            Ok((reply, used)) => unsafe { hand_out(out, smtpcodes_reply::new(&reply, used)) },
            Err(e) => parse_error(e),
        }
    })
}

/// Frees a reply of smtpcodes_reply_parse (NULL is ignored). Its lines are freed with it.
///
/// # Safety
/// `reply` must be NULL or a reply of smtpcodes_reply_parse not freed yet.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_free(reply: *mut smtpcodes_reply) {
    // SAFETY: per the contract.
    guard((), || unsafe { free(reply) })
}

/// The reply's code, 200 to 599; SMTPCODES_E_NULL for NULL.
///
/// # Safety
/// `reply` must be NULL or a live reply.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_code(reply: *const smtpcodes_reply) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        // SAFETY: per the contract.
        unsafe { live(reply) }.map_or(SMTPCODES_E_NULL.int(), |r| r.code.as_u16().into())
    })
}

/// The enhanced code of the reply's first line, written to `out`; SMTPCODES_E_NOT_FOUND if
/// it has none.
///
/// # Safety
/// `reply` must be NULL or a live reply; `out` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_enhanced(
    reply: *const smtpcodes_reply,
    out: *mut smtpcodes_enhanced,
) -> smtpcodes_result {
    guard(SMTPCODES_E_PANIC, || {
        // SAFETY: per the contract.
        match unsafe { live(reply) }.map(|r| r.enhanced) {
            None => SMTPCODES_E_NULL,
            Some(_) if out.is_null() => SMTPCODES_E_NULL,
            // SAFETY: writable per the contract.
            Some(Some(e)) => unsafe { put(out, e.into()) },
            Some(None) => SMTPCODES_E_NOT_FOUND,
        }
    })
}

/// How many lines the reply has (0 for NULL).
///
/// # Safety
/// `reply` must be NULL or a live reply.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_line_count(reply: *const smtpcodes_reply) -> usize {
    // SAFETY: per the contract.
    guard(0, || unsafe { live(reply) }.map_or(0, |r| r.lines.len()))
}

/// How many bytes of the input the reply took: the next reply starts there (0 for NULL).
///
/// # Safety
/// `reply` must be NULL or a live reply.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_consumed(reply: *const smtpcodes_reply) -> usize {
    // SAFETY: per the contract.
    guard(0, || unsafe { live(reply) }.map_or(0, |r| r.consumed))
}

/// The text of line `index` (without the code, the separator, a repeated enhanced code and
/// the line ending), NUL-terminated and owned by the reply; its length is written to `len`
/// unless `len` is NULL. Lenient parsing lets through bytes that are not UTF-8, and NULs:
/// use the length. NULL for a NULL reply or an index past the end. Reading every line takes
/// time linear in the reply's length.
///
/// # Safety
/// `reply` must be NULL or a live reply; `len` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_line(
    reply: *const smtpcodes_reply,
    index: usize,
    len: *mut usize,
) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: per the contract.
        let Some(r) = (unsafe { live(reply) }) else {
            return ptr::null();
        };
        match r.lines.get(index) {
            // SAFETY: `len` is NULL or writable per the contract.
            Some(&(start, end)) => unsafe { text_out(&r.text[start..=end], len) },
            None => ptr::null(),
        }
    })
}

/// Formats a reply into `buf` like snprintf: returns the length of the wire bytes (without
/// the NUL), written with a NUL if they fit, or a negative smtpcodes_result (each reason
/// the text cannot be sent has its own). `enhanced` may be NULL; `lines` holds `line_count`
/// NUL-terminated UTF-8 strings. Long text is split into lines of at most 512 octets.
///
/// # Safety
/// `enhanced` must be NULL or readable; `lines` must point to `line_count` NUL-terminated
/// strings (or be NULL when `line_count` is 0); `buf` to `buf_len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_reply_format(
    code: c_int,
    enhanced: *const smtpcodes_enhanced,
    lines: *const *const c_char,
    line_count: usize,
    buf: *mut c_char,
    buf_len: usize,
) -> c_long {
    guard(SMTPCODES_E_PANIC.long(), || {
        let Some(reply_code) = self::code(code) else {
            return SMTPCODES_E_RANGE.long();
        };
        let mut builder = ReplyBuilder::new(reply_code);
        if !enhanced.is_null() {
            // SAFETY: checked non-null; readable per the contract.
            match unsafe { enhanced_in(enhanced) } {
                Ok(e) => builder = builder.enhanced(e),
                Err(r) => return r.long(),
            }
        }
        if line_count > 0 {
            if lines.is_null() {
                return SMTPCODES_E_NULL.long();
            }
            if line_count > isize::MAX as usize / std::mem::size_of::<*const c_char>() {
                return SMTPCODES_E_RANGE.long();
            }
            // SAFETY: non-null, `line_count` pointers per the contract, within PTRDIFF_MAX.
            let list = unsafe { std::slice::from_raw_parts(lines, line_count) };
            for &line in list {
                if line.is_null() {
                    return SMTPCODES_E_NULL.long();
                }
                // SAFETY: non-null and NUL-terminated per the contract.
                let Ok(s) = unsafe { CStr::from_ptr(line) }.to_str() else {
                    return SMTPCODES_E_UTF8.long();
                };
                builder = builder.line(s);
            }
        }
        match builder.to_bytes() {
            // SAFETY: the caller promises `buf_len` writable bytes at `buf`.
            Ok(wire) => unsafe { write_out(&wire, buf, buf_len) },
            Err(e) => format_error(e).long(),
        }
    })
}

// ---------------------------------------------------------------------------------------
// Explain.

/// An explanation (opaque): made by smtpcodes_explain, freed by
/// smtpcodes_explanation_free, read with the smtpcodes_explanation_ accessors.
pub struct smtpcodes_explanation {
    kind: smtpcodes_input_kind,
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    class: Option<Class>,
    bounce: Option<Bounce>,
    retry: bool,
    /// Index into `Reason::all()` and `strings::REASONS`.
    reason: Option<usize>,
    sisimai: Cow<'static, CStr>,
    suppress: bool,
    sisimai_hardbounce: bool,
    evidence: smtpcodes_evidence_kind,
    evidence_phrase: Option<Cow<'static, CStr>>,
    /// The server's text, taken from the caller's input, and a NUL.
    text: Box<[u8]>,
}

/// The static C string equal to `s` among `candidates`, or an owned copy (a string the
/// generated tables do not hold, such as explain's "delivered").
fn static_or_owned(s: &str, candidates: &[Option<&'static CStr>]) -> Cow<'static, CStr> {
    candidates
        .iter()
        .flatten()
        .find(|c| c.to_bytes() == s.as_bytes())
        .map(|&c| Cow::Borrowed(c))
        .unwrap_or_else(|| Cow::Owned(CString::new(s.replace('\0', "")).unwrap_or_default()))
}

fn pattern_strings(p: &'static Pattern) -> Option<&'static strings::Pattern> {
    position(Pattern::all(), p).and_then(|i| strings::PATTERNS.get(i))
}

impl smtpcodes_explanation {
    fn new(e: &smtp_codes::explain::Explanation<'_>) -> smtpcodes_explanation {
        let reason = Reason::all().position(|r| r == e.reason());
        let reason_strings = reason.and_then(|i| strings::REASONS.get(i));
        let (evidence, pattern) = match e.evidence() {
            Evidence::Phrase(p) => (smtpcodes_evidence_kind::SMTPCODES_EVIDENCE_PHRASE, Some(p)),
            Evidence::EnhancedCode(_) => (
                smtpcodes_evidence_kind::SMTPCODES_EVIDENCE_ENHANCED_CODE,
                None,
            ),
            Evidence::BasicCode(_) => {
                (smtpcodes_evidence_kind::SMTPCODES_EVIDENCE_BASIC_CODE, None)
            }
            _ => (smtpcodes_evidence_kind::SMTPCODES_EVIDENCE_NOTHING, None),
        };
        let phrase_strings = pattern.and_then(pattern_strings);
        let sisimai = static_or_owned(
            e.sisimai_reason(),
            &[
                reason_strings.map(|r| r.sisimai),
                phrase_strings.and_then(|p| p.sisimai),
            ],
        );
        let evidence_phrase =
            pattern.map(|p| static_or_owned(p.phrase(), &[phrase_strings.map(|s| s.phrase)]));
        let kind = match e.kind() {
            InputKind::BasicCode => smtpcodes_input_kind::SMTPCODES_INPUT_BASIC_CODE,
            InputKind::EnhancedCode => smtpcodes_input_kind::SMTPCODES_INPUT_ENHANCED_CODE,
            InputKind::Reply => smtpcodes_input_kind::SMTPCODES_INPUT_REPLY,
            InputKind::DiagnosticCode => smtpcodes_input_kind::SMTPCODES_INPUT_DIAGNOSTIC_CODE,
            InputKind::Text => smtpcodes_input_kind::SMTPCODES_INPUT_TEXT,
            InputKind::LogLine => smtpcodes_input_kind::SMTPCODES_INPUT_LOG_LINE,
            _ => smtpcodes_input_kind::SMTPCODES_INPUT_OTHER,
        };
        smtpcodes_explanation {
            kind,
            code: e.code(),
            enhanced: e.enhanced(),
            class: e.class(),
            bounce: e.bounce(),
            retry: e.retry(),
            reason,
            sisimai,
            suppress: e.suppress(),
            sisimai_hardbounce: e.sisimai_hardbounce(),
            evidence,
            evidence_phrase,
            text: owned_text(e.text().as_bytes()),
        }
    }
}

/// Explains a code, an enhanced code, a reply, a Diagnostic-Code field or bounce text (the
/// `len` bytes at `text`; bytes that are not UTF-8 are read as U+FFFD), and hands the
/// explanation out through `out`, to be freed with smtpcodes_explanation_free. On failure
/// `*out` is NULL; SMTPCODES_E_NOT_FOUND when the text holds no code and no known phrase.
///
/// # Safety
/// `text` must point to `len` readable bytes; `out` to a writable pointer.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explain(
    text: *const c_char,
    len: usize,
    out: *mut *mut smtpcodes_explanation,
) -> smtpcodes_result {
    guard(SMTPCODES_E_PANIC, || {
        // SAFETY: writable per the contract.
        if unsafe { put(out, ptr::null_mut()) } != SMTPCODES_OK {
            return SMTPCODES_E_NULL;
        }
        // SAFETY: the caller promises `len` readable bytes.
        let input = match unsafe { bytes(text.cast(), len) } {
            Ok(b) => b,
            Err(e) => return e,
        };
        let text = String::from_utf8_lossy(input);
        match explain(&text) {
            // SAFETY: checked non-null and writable above.
            Ok(e) => unsafe { hand_out(out, smtpcodes_explanation::new(&e)) },
            Err(_) => SMTPCODES_E_NOT_FOUND,
        }
    })
}

/// Frees an explanation of smtpcodes_explain (NULL is ignored), with every string it owns.
///
/// # Safety
/// `explanation` must be NULL or an explanation of smtpcodes_explain not freed yet.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_free(explanation: *mut smtpcodes_explanation) {
    // SAFETY: per the contract.
    guard((), || unsafe { free(explanation) })
}

/// Reads a field of a live explanation, or returns `null` for NULL.
///
/// # Safety
/// `x` must be NULL or a live explanation.
unsafe fn field<T: Copy>(
    x: *const smtpcodes_explanation,
    null: T,
    f: impl FnOnce(&smtpcodes_explanation) -> T,
) -> T {
    // SAFETY: per the contract.
    guard(null, || unsafe { live(x) }.map_or_else(|| null, f))
}

/// What kind of input it was: a smtpcodes_input_kind, or SMTPCODES_E_NULL.
///
/// # Safety
/// `explanation` must be NULL or a live explanation (for every accessor below).
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_kind(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe { field(explanation, SMTPCODES_E_NULL.int(), |x| x.kind as c_int) }
}

/// The basic reply code found, 200 to 599; 0 when there is none; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_code(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, SMTPCODES_E_NULL.int(), |x| {
            x.code.map_or(0, |c| c.as_u16().into())
        })
    }
}

/// The enhanced status code found, written to `out`; SMTPCODES_E_NOT_FOUND when there is
/// none.
///
/// # Safety
/// See smtpcodes_explanation_kind; `out` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_enhanced(
    explanation: *const smtpcodes_explanation,
    out: *mut smtpcodes_enhanced,
) -> smtpcodes_result {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, SMTPCODES_E_NULL, |x| match x.enhanced {
            _ if out.is_null() => SMTPCODES_E_NULL,
            // SAFETY: writable per the contract.
            Some(e) => put(out, e.into()),
            None => SMTPCODES_E_NOT_FOUND,
        })
    }
}

/// The class, 2 to 5, of the basic code or the one the enhanced code's class stands for; 0
/// when there is no code; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_class(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, SMTPCODES_E_NULL.int(), |x| {
            x.class.map_or(0, |c| c.digit().into())
        })
    }
}

/// Soft or hard bounce, or none: a smtpcodes_bounce_type, or SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_bounce(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, SMTPCODES_E_NULL.int(), |x| {
            bounce_kind(x.bounce) as c_int
        })
    }
}

/// 1 if sending again later can succeed, else 0; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_retry(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe { field(explanation, SMTPCODES_E_NULL.int(), |x| x.retry.into()) }
}

/// Why the delivery failed: a smtpcodes_reason, or SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_reason(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, SMTPCODES_E_NULL.int(), |x| {
            x.reason
                .and_then(|i| c_int::try_from(i).ok())
                .unwrap_or(SMTPCODES_E_RANGE.int())
        })
    }
}

/// The reason's identifier, such as "user_unknown"; NULL for NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_reason_name(
    explanation: *const smtpcodes_explanation,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, ptr::null(), |x| {
            opt_ptr(x.reason.and_then(|i| strings::REASONS.get(i)).map(|r| r.id))
        })
    }
}

/// The nearest of sisimai's reason names, such as "userunknown"; NULL for NULL. Owned by the
/// explanation.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_sisimai_reason(
    explanation: *const smtpcodes_explanation,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { field(explanation, ptr::null(), |x| x.sisimai.as_ptr()) }
}

/// 1 if the address should be dropped from lists, as senders and ESPs do (a permanent failure
/// for an address that does not exist, a disabled mailbox, or a domain that does not exist or
/// accepts no mail), else 0; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_suppress(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe { field(explanation, SMTPCODES_E_NULL.int(), |x| x.suppress.into()) }
}

/// 1 if sisimai would call it a hard bounce (sisimai's own rule: like suppress, but a
/// disabled mailbox stays soft), else 0; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_sisimai_hardbounce(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, SMTPCODES_E_NULL.int(), |x| {
            x.sisimai_hardbounce.into()
        })
    }
}

/// What decided the reason: a smtpcodes_evidence_kind, or SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_evidence_kind(
    explanation: *const smtpcodes_explanation,
) -> c_int {
    // SAFETY: per the contract.
    unsafe { field(explanation, SMTPCODES_E_NULL.int(), |x| x.evidence as c_int) }
}

/// The phrase that decided the reason (lower case, single spaces) when the evidence is
/// SMTPCODES_EVIDENCE_PHRASE, else NULL. Owned by the explanation.
///
/// # Safety
/// See smtpcodes_explanation_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_evidence_phrase(
    explanation: *const smtpcodes_explanation,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        field(explanation, ptr::null(), |x| {
            x.evidence_phrase
                .as_ref()
                .map_or(ptr::null(), |p| p.as_ptr())
        })
    }
}

/// The server's text after the codes (empty for a code alone), NUL-terminated UTF-8 owned
/// by the explanation; its length is written to `len` unless `len` is NULL. NULL for NULL.
///
/// # Safety
/// See smtpcodes_explanation_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_explanation_text(
    explanation: *const smtpcodes_explanation,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { field(explanation, ptr::null(), |x| text_out(&x.text, len)) }
}

fn reason(r: c_int) -> Option<usize> {
    usize::try_from(r).ok().filter(|&i| i < Reason::all().len())
}

/// How many reasons explain's taxonomy has; the smtpcodes_reason values are 0 to this - 1.
#[no_mangle]
pub extern "C" fn smtpcodes_reason_count() -> usize {
    guard(0, || Reason::all().len())
}

/// The identifier of `reason`, such as "user_unknown"; NULL out of range.
#[no_mangle]
pub extern "C" fn smtpcodes_reason_name(reason: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(
            self::reason(reason)
                .and_then(|i| strings::REASONS.get(i))
                .map(|r| r.id),
        )
    })
}

/// The nearest of sisimai's reason names for `reason`; NULL out of range.
#[no_mangle]
pub extern "C" fn smtpcodes_reason_sisimai(reason: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(
            self::reason(reason)
                .and_then(|i| strings::REASONS.get(i))
                .map(|r| r.sisimai),
        )
    })
}

/// 1 if a permanent failure for `reason` means the address should be dropped, else 0;
/// SMTPCODES_E_RANGE out of range.
#[no_mangle]
pub extern "C" fn smtpcodes_reason_suppresses(reason: c_int) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        self::reason(reason)
            .and_then(|i| Reason::all().nth(i))
            .map_or(SMTPCODES_E_RANGE.int(), |r| r.suppresses().into())
    })
}

/// 1 if sisimai calls a permanent failure for `reason` a hard bounce, else 0;
/// SMTPCODES_E_RANGE out of range.
#[no_mangle]
pub extern "C" fn smtpcodes_reason_sisimai_hardbounce(reason: c_int) -> c_int {
    guard(SMTPCODES_E_PANIC.int(), || {
        self::reason(reason)
            .and_then(|i| Reason::all().nth(i))
            .map_or(SMTPCODES_E_RANGE.int(), |r| r.sisimai_hardbounce().into())
    })
}

/// What `reason` means, in `lang`; NULL out of range.
#[no_mangle]
pub extern "C" fn smtpcodes_reason_description(reason: c_int, lang: c_int) -> *const c_char {
    guard(ptr::null(), || {
        opt_ptr(
            self::reason(reason)
                .and_then(|i| strings::REASONS.get(i))
                .and_then(|r| localized(&r.description, lang)),
        )
    })
}

// ---------------------------------------------------------------------------------------
// Bounce messages.

/// Text taken from the message, and a NUL (`owned_text`); None when absent.
type Text = Option<Box<[u8]>>;

fn text_of(s: Option<&str>) -> Text {
    s.map(|s| owned_text(s.as_bytes()))
}

/// The NUL-terminated text, or NULL when absent; its length (without the NUL, 0 when
/// absent) is written to `len` unless `len` is NULL.
///
/// # Safety
/// `len` must be NULL or writable.
unsafe fn text_or_null(text: &Text, len: *mut usize) -> *const c_char {
    match text {
        // SAFETY: per the contract.
        Some(t) => unsafe { text_out(t, len) },
        None => {
            if !len.is_null() {
                // SAFETY: checked non-null; writable per the contract.
                unsafe { len.write(0) };
            }
            ptr::null()
        }
    }
}

/// One recipient of a bounce report (opaque): owned by the report, handed out by
/// smtpcodes_bounce_recipient, read with the smtpcodes_bounce_recipient_ accessors.
///
/// The header declares it as `struct smtpcodes_bounce_recipient` alone, without a typedef,
/// because the function that hands it out has its name (as `struct stat` and `stat()`).
/// cbindgen:ignore
pub struct smtpcodes_bounce_recipient {
    recipient: Text,
    original_recipient: Text,
    action: Option<Action>,
    dsn: Option<EnhancedStatusCode>,
    remote_mta: Text,
    diagnostic_type: Text,
    server_text: Text,
    last_attempt: Text,
    will_retry_until: Text,
    smtp_command: Option<Cow<'static, CStr>>,
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    class: Option<Class>,
    bounce: Option<Bounce>,
    retry: bool,
    /// Index into `Reason::all()` and `strings::REASONS`.
    reason: Option<usize>,
    sisimai: Cow<'static, CStr>,
    suppress: bool,
    sisimai_hardbounce: bool,
    evidence: Box<[u8]>,
}

/// A bounce message, read (opaque): made by smtpcodes_bounce_read, freed by
/// smtpcodes_bounce_free with every recipient and string it owns.
pub struct smtpcodes_bounce {
    kind: MessageKind,
    reporting_mta: Text,
    arrival_date: Text,
    original_message_id: Text,
    original_from: Text,
    original_to: Text,
    original_subject: Text,
    feedback_type: Text,
    recipients: Box<[smtpcodes_bounce_recipient]>,
}

impl smtpcodes_bounce_recipient {
    fn new(r: &RecipientReport) -> smtpcodes_bounce_recipient {
        let v = r.verdict();
        let reason = Reason::all().position(|x| x == v.reason());
        let reason_strings = reason.and_then(|i| strings::REASONS.get(i));
        let commands: Vec<Option<&'static CStr>> =
            strings::COMMANDS.iter().map(|c| Some(c.name)).collect();
        smtpcodes_bounce_recipient {
            recipient: text_of(r.recipient()),
            original_recipient: text_of(r.original_recipient()),
            action: r.action(),
            dsn: r.dsn(),
            remote_mta: text_of(r.remote_mta()),
            diagnostic_type: text_of(r.diagnostic_type()),
            server_text: text_of(r.server_text()),
            last_attempt: text_of(r.last_attempt()),
            will_retry_until: text_of(r.will_retry_until()),
            smtp_command: r.smtp_command().map(|c| static_or_owned(c, &commands)),
            code: v.code(),
            enhanced: v.enhanced(),
            class: v.class(),
            bounce: v.bounce(),
            retry: v.retry(),
            reason,
            sisimai: static_or_owned(v.sisimai_reason(), &[reason_strings.map(|r| r.sisimai)]),
            suppress: v.suppress(),
            sisimai_hardbounce: v.sisimai_hardbounce(),
            evidence: owned_text(v.evidence().as_bytes()),
        }
    }
}

impl smtpcodes_bounce {
    fn new(b: &BounceReport) -> smtpcodes_bounce {
        smtpcodes_bounce {
            kind: b.kind(),
            reporting_mta: text_of(b.reporting_mta()),
            arrival_date: text_of(b.arrival_date()),
            original_message_id: text_of(b.original_message_id()),
            original_from: text_of(b.original_from()),
            original_to: text_of(b.original_to()),
            original_subject: text_of(b.original_subject()),
            feedback_type: text_of(b.feedback_type()),
            recipients: b
                .recipients()
                .iter()
                .map(smtpcodes_bounce_recipient::new)
                .collect(),
        }
    }
}

/// Reads the bounce message in the `len` bytes at `data` (a whole message as received: a
/// DSN of RFC 3464, the plain-text report of an MTA that writes none, a feedback report of
/// RFC 5965 or an automatic reply of RFC 3834; MIME, transfer encodings and charsets are
/// decoded) and hands the report out through `out`, to be freed with smtpcodes_bounce_free.
/// On failure `*out` is NULL: SMTPCODES_E_MESSAGE for bytes that are not a message (empty,
/// no header fields, more than 256 MIME parts), SMTPCODES_E_TOO_LONG for more than 64 MiB,
/// SMTPCODES_E_RANGE for a length above PTRDIFF_MAX. The input buffer may be reused at once.
///
/// # Safety
/// `data` must point to `len` readable bytes; `out` to a writable pointer.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_read(
    data: *const c_char,
    len: usize,
    out: *mut *mut smtpcodes_bounce,
) -> smtpcodes_result {
    guard(SMTPCODES_E_PANIC, || {
        // SAFETY: writable per the contract.
        if unsafe { put(out, ptr::null_mut()) } != SMTPCODES_OK {
            return SMTPCODES_E_NULL;
        }
        if !data.is_null() && len <= isize::MAX as usize && len > MAX_MESSAGE_LEN {
            // Refused before any byte is looked at.
            return SMTPCODES_E_TOO_LONG;
        }
        // SAFETY: the caller promises `len` readable bytes.
        let input = match unsafe { bytes(data.cast(), len) } {
            Ok(b) => b,
            Err(e) => return e,
        };
        match message::read(input) {
            // SAFETY: checked non-null and writable above.
            Ok(report) => unsafe { hand_out(out, smtpcodes_bounce::new(&report)) },
            Err(MessageError::TooLarge { .. }) => SMTPCODES_E_TOO_LONG,
            Err(_) => SMTPCODES_E_MESSAGE,
        }
    })
}

/// Frees a report of smtpcodes_bounce_read (NULL is ignored), with its recipients and every
/// string it handed out.
///
/// # Safety
/// `report` must be NULL or a report of smtpcodes_bounce_read not freed yet.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_free(report: *mut smtpcodes_bounce) {
    // SAFETY: per the contract.
    guard((), || unsafe { free(report) })
}

/// Reads a field of a live report or recipient, or returns `null` for NULL.
///
/// # Safety
/// `p` must be NULL or point to a live `T`.
unsafe fn get<T, R>(p: *const T, null: R, f: impl FnOnce(&T) -> R) -> R {
    // SAFETY: per the contract.
    catch_unwind(AssertUnwindSafe(|| unsafe { live(p) }.map(f)))
        .ok()
        .flatten()
        .unwrap_or(null)
}

/// What kind of message it is: a smtpcodes_message_kind, or SMTPCODES_E_NULL.
///
/// # Safety
/// `report` must be NULL or a live report (for every smtpcodes_bounce_ accessor below).
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_kind(report: *const smtpcodes_bounce) -> c_int {
    use smtpcodes_message_kind::*;
    // SAFETY: per the contract.
    unsafe {
        get(report, SMTPCODES_E_NULL.int(), |b| {
            let kind = match b.kind {
                MessageKind::Dsn => SMTPCODES_MESSAGE_DSN,
                MessageKind::NonDsn => SMTPCODES_MESSAGE_NON_DSN,
                MessageKind::Feedback => SMTPCODES_MESSAGE_FEEDBACK,
                MessageKind::AutoReply => SMTPCODES_MESSAGE_AUTO_REPLY,
                MessageKind::NotBounce => SMTPCODES_MESSAGE_NOT_BOUNCE,
                _ => SMTPCODES_MESSAGE_OTHER,
            };
            kind as c_int
        })
    }
}

/// The kind's identifier, as in JSON: "dsn", "non_dsn", "feedback", "auto_reply" or
/// "not_bounce" (static); NULL for NULL.
///
/// # Safety
/// See smtpcodes_bounce_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_kind_name(
    report: *const smtpcodes_bounce,
) -> *const c_char {
    fn name(kind: MessageKind) -> Option<&'static CStr> {
        Some(match kind {
            MessageKind::Dsn => const_cstr!(MessageKind::Dsn.as_str()),
            MessageKind::NonDsn => const_cstr!(MessageKind::NonDsn.as_str()),
            MessageKind::Feedback => const_cstr!(MessageKind::Feedback.as_str()),
            MessageKind::AutoReply => const_cstr!(MessageKind::AutoReply.as_str()),
            MessageKind::NotBounce => const_cstr!(MessageKind::NotBounce.as_str()),
            _ => return None,
        })
    }
    // SAFETY: per the contract.
    unsafe { get(report, ptr::null(), |b| opt_ptr(name(b.kind))) }
}

/// The MTA that wrote the report (Reporting-MTA, or the sender's host). NUL-terminated UTF-8
/// owned by the report, NULL when absent; its length is written to `len` unless `len` is
/// NULL (text of the message may hold NUL bytes: use the length). The same holds for every
/// text accessor of reports and recipients below.
///
/// # Safety
/// See smtpcodes_bounce_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_reporting_mta(
    report: *const smtpcodes_bounce,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(report, ptr::null(), |b| text_or_null(&b.reporting_mta, len)) }
}

/// When the reporting MTA received the message (Arrival-Date), as written.
///
/// # Safety
/// See smtpcodes_bounce_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_arrival_date(
    report: *const smtpcodes_bounce,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(report, ptr::null(), |b| text_or_null(&b.arrival_date, len)) }
}

/// The returned message's Message-ID.
///
/// # Safety
/// See smtpcodes_bounce_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_original_message_id(
    report: *const smtpcodes_bounce,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(report, ptr::null(), |b| {
            text_or_null(&b.original_message_id, len)
        })
    }
}

/// The returned message's sender (From).
///
/// # Safety
/// See smtpcodes_bounce_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_original_from(
    report: *const smtpcodes_bounce,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(report, ptr::null(), |b| text_or_null(&b.original_from, len)) }
}

/// The returned message's To.
///
/// # Safety
/// See smtpcodes_bounce_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_original_to(
    report: *const smtpcodes_bounce,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(report, ptr::null(), |b| text_or_null(&b.original_to, len)) }
}

/// The returned message's Subject.
///
/// # Safety
/// See smtpcodes_bounce_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_original_subject(
    report: *const smtpcodes_bounce,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(report, ptr::null(), |b| {
            text_or_null(&b.original_subject, len)
        })
    }
}

/// A feedback report's Feedback-Type ("abuse", "fraud", ...).
///
/// # Safety
/// See smtpcodes_bounce_kind; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_feedback_type(
    report: *const smtpcodes_bounce,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(report, ptr::null(), |b| text_or_null(&b.feedback_type, len)) }
}

/// How many recipients the report has, in the report's order (0 for NULL, and for a message
/// that is no bounce).
///
/// # Safety
/// See smtpcodes_bounce_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_count(
    report: *const smtpcodes_bounce,
) -> usize {
    // SAFETY: per the contract.
    unsafe { get(report, 0, |b| b.recipients.len()) }
}

/// Recipient `index` of the report, owned by it (valid until smtpcodes_bounce_free); NULL
/// for a NULL report or an index past the end.
///
/// # Safety
/// See smtpcodes_bounce_kind.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient(
    report: *const smtpcodes_bounce,
    index: usize,
) -> *const smtpcodes_bounce_recipient {
    // SAFETY: per the contract.
    unsafe {
        get(report, ptr::null(), |b| {
            b.recipients.get(index).map_or(ptr::null(), ptr::from_ref)
        })
    }
}

/// The recipient's address (Final-Recipient, or the address the report names), text as of
/// smtpcodes_bounce_reporting_mta.
///
/// # Safety
/// `recipient` must be NULL or a recipient of a live report (for every
/// smtpcodes_bounce_recipient_ accessor); `len` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_recipient(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(recipient, ptr::null(), |r| text_or_null(&r.recipient, len)) }
}

/// The address as the sender gave it (Original-Recipient), when it differs.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_original_recipient(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            text_or_null(&r.original_recipient, len)
        })
    }
}

/// The host that gave the reply (Remote-MTA).
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_remote_mta(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(recipient, ptr::null(), |r| text_or_null(&r.remote_mta, len)) }
}

/// The type of the Diagnostic-Code ("smtp", "x-unix", ...).
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_diagnostic_type(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            text_or_null(&r.diagnostic_type, len)
        })
    }
}

/// The server's reply or the report's text for this recipient, unfolded.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_server_text(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            text_or_null(&r.server_text, len)
        })
    }
}

/// When the last attempt was made (Last-Attempt-Date), as written.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_last_attempt(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            text_or_null(&r.last_attempt, len)
        })
    }
}

/// Until when the MTA will try (Will-Retry-Until), as written.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_will_retry_until(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            text_or_null(&r.will_retry_until, len)
        })
    }
}

/// What the reporting MTA did (the Action: field): a smtpcodes_action, SMTPCODES_ACTION_NONE
/// without the field, or SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_action(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    use smtpcodes_action::*;
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL.int(), |r| {
            let action = match r.action {
                None => SMTPCODES_ACTION_NONE,
                Some(Action::Failed) => SMTPCODES_ACTION_FAILED,
                Some(Action::Delayed) => SMTPCODES_ACTION_DELAYED,
                Some(Action::Delivered) => SMTPCODES_ACTION_DELIVERED,
                Some(Action::Relayed) => SMTPCODES_ACTION_RELAYED,
                Some(Action::Expanded) => SMTPCODES_ACTION_EXPANDED,
                Some(_) => SMTPCODES_ACTION_OTHER,
            };
            action as c_int
        })
    }
}

/// The action's identifier, as in JSON: "failed", "delayed", "delivered", "relayed" or
/// "expanded" (static); NULL without an Action: field, and for NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_action_name(
    recipient: *const smtpcodes_bounce_recipient,
) -> *const c_char {
    fn name(action: Action) -> Option<&'static CStr> {
        Some(match action {
            Action::Failed => const_cstr!(Action::Failed.as_str()),
            Action::Delayed => const_cstr!(Action::Delayed.as_str()),
            Action::Delivered => const_cstr!(Action::Delivered.as_str()),
            Action::Relayed => const_cstr!(Action::Relayed.as_str()),
            Action::Expanded => const_cstr!(Action::Expanded.as_str()),
            _ => return None,
        })
    }
    // SAFETY: per the contract.
    unsafe { get(recipient, ptr::null(), |r| opt_ptr(r.action.and_then(name))) }
}

/// The DSN's Status: field, written to `out`; SMTPCODES_E_NOT_FOUND when there is none.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `out` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_dsn(
    recipient: *const smtpcodes_bounce_recipient,
    out: *mut smtpcodes_enhanced,
) -> smtpcodes_result {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL, |r| match r.dsn {
            _ if out.is_null() => SMTPCODES_E_NULL,
            // SAFETY: writable per the contract.
            Some(e) => put(out, e.into()),
            None => SMTPCODES_E_NOT_FOUND,
        })
    }
}

/// The SMTP command the reply answered, when the text says so ("RCPT", "DATA", ...), owned
/// by the report; NULL when unknown, and for NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_smtp_command(
    recipient: *const smtpcodes_bounce_recipient,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            r.smtp_command.as_ref().map_or(ptr::null(), |c| c.as_ptr())
        })
    }
}

/// The reply code the server gave, 200 to 599; 0 when there is none; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_code(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL.int(), |r| {
            r.code.map_or(0, |c| c.as_u16().into())
        })
    }
}

/// The verdict's enhanced status code (the reply's own, else the DSN's Status:), written to
/// `out`; SMTPCODES_E_NOT_FOUND when there is none.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `out` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_enhanced(
    recipient: *const smtpcodes_bounce_recipient,
    out: *mut smtpcodes_enhanced,
) -> smtpcodes_result {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL, |r| match r.enhanced {
            _ if out.is_null() => SMTPCODES_E_NULL,
            // SAFETY: writable per the contract.
            Some(e) => put(out, e.into()),
            None => SMTPCODES_E_NOT_FOUND,
        })
    }
}

/// The class, 2 to 5, of the code or of the enhanced code; 0 when there is none;
/// SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_class(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL.int(), |r| {
            r.class.map_or(0, |c| c.digit().into())
        })
    }
}

/// The class's identifier, as in JSON: "success", "intermediate", "transient" or
/// "permanent" (static); NULL when there is none, and for NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_class_name(
    recipient: *const smtpcodes_bounce_recipient,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(recipient, ptr::null(), |r| opt_ptr(r.class.map(class_name))) }
}

/// Soft or hard bounce, or none: a smtpcodes_bounce_type, or SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_bounce(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL.int(), |r| {
            bounce_kind(r.bounce) as c_int
        })
    }
}

/// "soft", "hard" or "none", as in JSON (static); NULL for NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_bounce_name(
    recipient: *const smtpcodes_bounce_recipient,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            c_ptr(match r.bounce {
                None => c"none",
                Some(Bounce::Soft) => const_cstr!(Bounce::Soft.as_str()),
                Some(Bounce::Hard) => const_cstr!(Bounce::Hard.as_str()),
            })
        })
    }
}

/// 1 if sending again later can succeed, else 0; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_retry(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    // SAFETY: per the contract.
    unsafe { get(recipient, SMTPCODES_E_NULL.int(), |r| r.retry.into()) }
}

/// Why the delivery failed: a smtpcodes_reason, or SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_reason(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL.int(), |r| {
            r.reason
                .and_then(|i| c_int::try_from(i).ok())
                .unwrap_or(SMTPCODES_E_RANGE.int())
        })
    }
}

/// The reason's identifier, such as "user_unknown" (static); NULL for NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_reason_name(
    recipient: *const smtpcodes_bounce_recipient,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, ptr::null(), |r| {
            opt_ptr(r.reason.and_then(|i| strings::REASONS.get(i)).map(|x| x.id))
        })
    }
}

/// The nearest of sisimai's reason names, such as "userunknown", owned by the report; NULL
/// for NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_sisimai_reason(
    recipient: *const smtpcodes_bounce_recipient,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(recipient, ptr::null(), |r| r.sisimai.as_ptr()) }
}

/// 1 if the address should be dropped from lists, as senders and ESPs do, else 0;
/// SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_suppress(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    // SAFETY: per the contract.
    unsafe { get(recipient, SMTPCODES_E_NULL.int(), |r| r.suppress.into()) }
}

/// 1 if sisimai would call it a hard bounce (sisimai's own rule), else 0; SMTPCODES_E_NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_sisimai_hardbounce(
    recipient: *const smtpcodes_bounce_recipient,
) -> c_int {
    // SAFETY: per the contract.
    unsafe {
        get(recipient, SMTPCODES_E_NULL.int(), |r| {
            r.sisimai_hardbounce.into()
        })
    }
}

/// What decided the reason (a phrase with its source, a code, the report's kind),
/// NUL-terminated UTF-8 owned by the report; its length is written to `len` unless `len` is
/// NULL. NULL for NULL.
///
/// # Safety
/// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn smtpcodes_bounce_recipient_evidence(
    recipient: *const smtpcodes_bounce_recipient,
    len: *mut usize,
) -> *const c_char {
    // SAFETY: per the contract.
    unsafe { get(recipient, ptr::null(), |r| text_out(&r.evidence, len)) }
}

#[cfg(test)]
mod tests;
