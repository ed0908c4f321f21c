//! Writes the C header `bindings/c/include/smtp_codes.h`: the API of `bindings/c/src/lib.rs`
//! (kept in step by hand, checked by the C tests) with a constant for every known basic and
//! enhanced code of the catalog.

use crate::model::Model;
use std::fmt::Write;

const TEMPLATE: &str = r#"#ifndef SMTP_CODES_H
#define SMTP_CODES_H

/*
 * smtp_codes.h: the SMTP reply-code catalog of smtp-codes for C and C++.
 *
 * Every name starts with smtpcodes_ / SMTPCODES_. Strings returned are static,
 * NUL-terminated, UTF-8 and never freed. Functions check their pointers and lengths and
 * return a negative smtpcodes_error instead of failing; nothing unwinds into C.
 * Build: cc app.c $(pkg-config --cflags --libs smtp_codes)
 */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SMTPCODES_CATALOG_VERSION "{version}"
#define SMTPCODES_IANA_REGISTRY_DATE "{date}"

/* Errors: every function that can fail returns one of these (negative) values. */
enum smtpcodes_error {
    SMTPCODES_E_NULL = -1,           /* a required pointer is NULL */
    SMTPCODES_E_RANGE = -2,          /* a value, index or length is out of range */
    SMTPCODES_E_SYNTAX = -3,         /* malformed input */
    SMTPCODES_E_INCOMPLETE = -4,     /* incomplete reply: read more bytes */
    SMTPCODES_E_TOO_LONG = -5,       /* a line or reply exceeds the limit */
    SMTPCODES_E_INJECTION = -6,      /* text holds CR, LF or a control character */
    SMTPCODES_E_CLASS_MISMATCH = -7, /* enhanced class contradicts the reply code */
    SMTPCODES_E_NOT_FOUND = -8,      /* not in the catalog / no code in the input */
    SMTPCODES_E_UTF8 = -9,           /* text is not valid UTF-8 */
    SMTPCODES_E_PANIC = -99          /* internal error (a bug): please report it */
};

/* Languages of descriptions. */
enum smtpcodes_lang { SMTPCODES_LANG_EN = 0, SMTPCODES_LANG_ES = 1 };

/* Digit tables for smtpcodes_digit_at. */
enum smtpcodes_digit_table {
    SMTPCODES_TABLE_CLASSES = 0,    /* first digit, 2..5 */
    SMTPCODES_TABLE_CATEGORIES = 1, /* second digit, 0..5 */
    SMTPCODES_TABLE_SUBJECTS = 2    /* enhanced-code subject, 0..7 */
};

/* Parse modes. */
enum smtpcodes_parse_mode {
    SMTPCODES_PARSE_STRICT = 0, /* RFC 5321 exactly: CRLF, 512-octet lines */
    SMTPCODES_PARSE_LENIENT = 1 /* bare LF, any text, lines up to 8192 octets */
};

/* Roles of a reply after a command. */
enum smtpcodes_role { SMTPCODES_ROLE_SUCCESS = 0, SMTPCODES_ROLE_INTERMEDIATE = 1, SMTPCODES_ROLE_ERROR = 2 };

/* Bounce kinds. */
enum smtpcodes_bounce { SMTPCODES_BOUNCE_NONE = 0, SMTPCODES_BOUNCE_SOFT = 1, SMTPCODES_BOUNCE_HARD = 2 };

/* An enhanced status code (RFC 3463). class_digit is 2, 4 or 5 (0 in catalog entries
 * that hold for any class). */
typedef struct smtpcodes_enhanced {
    int class_digit;
    int subject;
    int detail;
} smtpcodes_enhanced;

typedef struct smtpcodes_enhanced_entry {
    const char *notation; /* "X.1.1" or "5.7.606-649" */
    int class_digit;      /* 0: any class */
    int subject;
    int detail;
    int detail_through;   /* last detail of a range (= detail otherwise) */
    const char *name;
    const char *text;
    const char *status;   /* "standard", "extension", "non-standard", "obsolete" */
    const char *description_en;
    const char *description_es;
    size_t basic_code_count;
    size_t reference_count;
    size_t vendor_note_count;
} smtpcodes_enhanced_entry;

typedef struct smtpcodes_alias {
    int code;                    /* the dotless number, such as 441 */
    smtpcodes_enhanced enhanced; /* the code it stands for, such as 4.4.1 */
    const char *source;
    const char *description_en;
    const char *description_es;
} smtpcodes_alias;

typedef struct smtpcodes_digit {
    int digit;
    const char *id;
    const char *name;
    const char *description_en;
    const char *description_es;
} smtpcodes_digit;

typedef struct smtpcodes_reply {
    int code;
    int has_enhanced;
    smtpcodes_enhanced enhanced;
    size_t line_count;
    size_t consumed; /* bytes of the input this reply took; the next reply starts there */
} smtpcodes_reply;

/* Why a delivery failed (explain's taxonomy). */
enum smtpcodes_reason {
{reasons}};

/* kind: 1 basic code, 2 enhanced code, 3 reply, 4 Diagnostic-Code field, 5 text. */
typedef struct smtpcodes_explanation {
    int kind;
    int code; /* 0 when none */
    int has_enhanced;
    smtpcodes_enhanced enhanced;
    int bounce;                 /* enum smtpcodes_bounce */
    int retry;                  /* 1 if sending again later can succeed */
    int reason;                 /* enum smtpcodes_reason */
    const char *reason_name;    /* "user_unknown", ... */
    const char *sisimai_reason; /* nearest sisimai reason: "userunknown", ... */
    int suppress;               /* 1 if the address itself is bad (sisimai's hardbounce) */
    int evidence_kind;          /* 0 nothing, 1 phrase, 2 enhanced code, 3 basic code */
    const char *evidence_phrase; /* the phrase when evidence_kind is 1, else NULL */
} smtpcodes_explanation;

/* Versions and errors. */
const char *smtpcodes_library_version(void);
const char *smtpcodes_catalog_version(void);
const char *smtpcodes_iana_registry_date(void);
const char *smtpcodes_error_message(int error);

/* Basic codes: any int; out-of-range codes give NULL, 0 or SMTPCODES_E_RANGE. */
int smtpcodes_code_class(int code);              /* 2..5 */
const char *smtpcodes_code_class_name(int code); /* "success", "intermediate", "transient", "permanent" */
int smtpcodes_code_category(int code);           /* second digit, 0..9 */
const char *smtpcodes_code_category_name(int code);
int smtpcodes_code_is_known(int code);           /* 1 if in the catalog */
const char *smtpcodes_code_name(int code);       /* "MAILBOX_UNAVAILABLE"; NULL if unknown */
const char *smtpcodes_code_text(int code);       /* the standard reply text; NULL if unknown */
const char *smtpcodes_code_description(int code, int lang);
const char *smtpcodes_code_status(int code);
size_t smtpcodes_code_reference_count(int code);
const char *smtpcodes_code_reference(int code, size_t index);
size_t smtpcodes_code_vendor_note_count(int code);
const char *smtpcodes_code_vendor_note_source(int code, size_t index);
const char *smtpcodes_code_vendor_note_description(int code, size_t index, int lang);
size_t smtpcodes_basic_count(void);
int smtpcodes_basic_code_at(size_t index);

/* Enhanced codes. */
int smtpcodes_enhanced_parse(const char *text, size_t len, smtpcodes_enhanced *out);
/* Writes "5.1.1" and a NUL if it fits; returns the length without the NUL (like snprintf). */
long smtpcodes_enhanced_format(const smtpcodes_enhanced *code, char *buf, size_t buf_len);
int smtpcodes_enhanced_lookup(const smtpcodes_enhanced *code, size_t *index);
/* 0 classes differ, 1 classes match, 2 the registry associates the pair. */
int smtpcodes_enhanced_pairing(const smtpcodes_enhanced *code, int basic_code);
size_t smtpcodes_enhanced_count(void);
int smtpcodes_enhanced_entry_at(size_t index, smtpcodes_enhanced_entry *out);
int smtpcodes_enhanced_entry_basic_code(size_t index, size_t j);
const char *smtpcodes_enhanced_entry_reference(size_t index, size_t j);
const char *smtpcodes_enhanced_entry_vendor_note_source(size_t index, size_t j);
const char *smtpcodes_enhanced_entry_vendor_note_description(size_t index, size_t j, int lang);

/* Aliases, digits, bounces, commands. */
size_t smtpcodes_alias_count(void);
int smtpcodes_alias_at(size_t index, smtpcodes_alias *out);
size_t smtpcodes_digit_count(int table);
int smtpcodes_digit_at(int table, size_t index, smtpcodes_digit *out);
const char *smtpcodes_bounce_description(int bounce, int lang);
size_t smtpcodes_command_count(void);
const char *smtpcodes_command_name(size_t index);
size_t smtpcodes_command_reference_count(size_t index);
const char *smtpcodes_command_reference(size_t index, size_t j);
size_t smtpcodes_command_reply_count(size_t index, int role);
int smtpcodes_command_reply_at(size_t index, int role, size_t j);
size_t smtpcodes_any_command_error_count(void);
int smtpcodes_any_command_error_at(size_t index);
/* 1 if the command ("RCPT", any case) may return the code, 0 if not. */
int smtpcodes_command_may_return(const char *command, int code);

/* Replies: parse from a caller's buffer, no allocation. */
int smtpcodes_reply_parse(const uint8_t *buf, size_t len, int mode, smtpcodes_reply *out);
/* The text of line `index` of the reply at the start of buf: a pointer into buf. */
int smtpcodes_reply_line(const uint8_t *buf, size_t len, int mode, size_t index,
                         const uint8_t **text, size_t *text_len);
/* Formats a reply into buf like snprintf: returns the bytes needed (without the NUL), or a
 * negative error. `enhanced` may be NULL; `lines` holds `line_count` UTF-8 strings. */
long smtpcodes_reply_format(int code, const smtpcodes_enhanced *enhanced,
                            const char *const *lines, size_t line_count,
                            char *buf, size_t buf_len);

/* Explain a code, reply, Diagnostic-Code line or bounce text. SMTPCODES_E_NOT_FOUND when it
 * holds no code and no known phrase. */
int smtpcodes_explain(const char *text, size_t len, smtpcodes_explanation *out);
size_t smtpcodes_reason_count(void);
const char *smtpcodes_reason_name(int reason);
const char *smtpcodes_reason_sisimai(int reason);
int smtpcodes_reason_suppresses(int reason);
const char *smtpcodes_reason_description(int reason, int lang);

/* Known basic reply codes. */
{basic}
/* Known enhanced status codes, as subject * 1000 + detail (the class is yours to choose,
 * except for class-specific vendor codes, noted). */
#define SMTPCODES_ENHANCED_SUBJECT(key) ((key) / 1000)
#define SMTPCODES_ENHANCED_DETAIL(key) ((key) % 1000)
{enhanced}
#ifdef __cplusplus
}
#endif

#endif /* SMTP_CODES_H */
"#;

/// The header, with its generated-file notice first.
pub fn header(c: &Model) -> String {
    let mut basic = String::new();
    for b in &c.basic_codes {
        let _ = writeln!(
            basic,
            "#define SMTPCODES_REPLY_{} {} /* {} */",
            b.id, b.code, b.status
        );
    }
    let mut enhanced = String::new();
    for e in &c.enhanced_codes {
        let k = e.key;
        let class = match k.class {
            Some(d) => format!("class {d} only; "),
            None => String::new(),
        };
        let _ = writeln!(
            enhanced,
            "#define SMTPCODES_ENHANCED_{} {} /* {}{}{} */",
            e.id,
            u32::from(k.subject) * 1000 + u32::from(k.detail),
            class,
            k,
            if e.is_range() {
                format!(" to detail {}", e.through)
            } else {
                String::new()
            }
        );
    }
    let mut reasons = String::new();
    for (i, r) in c.reasons.iter().enumerate() {
        let _ = writeln!(reasons, "    SMTPCODES_REASON_{} = {i},", r.upper);
    }
    TEMPLATE
        .replace("{reasons}", &reasons)
        .replace("{version}", &c.catalog_version)
        .replace("{date}", &c.iana_registry_date)
        .replace("{basic}", &basic)
        .replace("{enhanced}", &enhanced)
}
