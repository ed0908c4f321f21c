/* @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
 * change the YAML and run `cargo xtask codegen` again. */
#ifndef SMTP_CODES_H
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

#define SMTPCODES_CATALOG_VERSION "0.1.0"
#define SMTPCODES_IANA_REGISTRY_DATE "2024-12-06"

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
    SMTPCODES_REASON_USER_UNKNOWN = 0,
    SMTPCODES_REASON_MAILBOX_DISABLED = 1,
    SMTPCODES_REASON_MAILBOX_FULL = 2,
    SMTPCODES_REASON_MESSAGE_TOO_LARGE = 3,
    SMTPCODES_REASON_SPAM_OR_CONTENT = 4,
    SMTPCODES_REASON_POLICY_BLOCKED = 5,
    SMTPCODES_REASON_RATE_LIMITED = 6,
    SMTPCODES_REASON_GREYLISTED = 7,
    SMTPCODES_REASON_AUTH_FAILED = 8,
    SMTPCODES_REASON_AUTH_REQUIRED = 9,
    SMTPCODES_REASON_TLS_REQUIRED = 10,
    SMTPCODES_REASON_RELAY_DENIED = 11,
    SMTPCODES_REASON_SENDER_REJECTED = 12,
    SMTPCODES_REASON_DNS_OR_ROUTING = 13,
    SMTPCODES_REASON_EXPIRED = 14,
    SMTPCODES_REASON_NOT_ACCEPTING_MAIL = 15,
    SMTPCODES_REASON_SYNTAX = 16,
    SMTPCODES_REASON_SYSTEM_ERROR = 17,
    SMTPCODES_REASON_OTHER = 18,
    SMTPCODES_REASON_NONE = 19,
};

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
#define SMTPCODES_REPLY_NONSTANDARD_SUCCESS 200 /* non-standard */
#define SMTPCODES_REPLY_SYSTEM_STATUS 211 /* standard */
#define SMTPCODES_REPLY_HELP_MESSAGE 214 /* standard */
#define SMTPCODES_REPLY_SERVICE_READY 220 /* standard */
#define SMTPCODES_REPLY_SERVICE_CLOSING 221 /* standard */
#define SMTPCODES_REPLY_AUTHENTICATION_SUCCEEDED 235 /* extension */
#define SMTPCODES_REPLY_OK 250 /* standard */
#define SMTPCODES_REPLY_USER_NOT_LOCAL_WILL_FORWARD 251 /* standard */
#define SMTPCODES_REPLY_CANNOT_VRFY_USER 252 /* standard */
#define SMTPCODES_REPLY_PENDING_MESSAGES_STARTED 253 /* extension */
#define SMTPCODES_REPLY_SERVER_CHALLENGE 334 /* extension */
#define SMTPCODES_REPLY_START_MAIL_INPUT 354 /* standard */
#define SMTPCODES_REPLY_OCTET_OFFSET 355 /* obsolete */
#define SMTPCODES_REPLY_SERVICE_NOT_AVAILABLE 421 /* standard */
#define SMTPCODES_REPLY_PASSWORD_TRANSITION_REQUIRED 422 /* extension */
#define SMTPCODES_REPLY_INVALID_COMMAND 430 /* extension */
#define SMTPCODES_REPLY_PASSWORD_TRANSITION_NEEDED 432 /* extension */
#define SMTPCODES_REPLY_MAILBOX_TEMPORARILY_UNAVAILABLE 450 /* standard */
#define SMTPCODES_REPLY_LOCAL_ERROR_IN_PROCESSING 451 /* standard */
#define SMTPCODES_REPLY_INSUFFICIENT_SYSTEM_STORAGE 452 /* standard */
#define SMTPCODES_REPLY_NO_MAIL 453 /* extension */
#define SMTPCODES_REPLY_TEMPORARY_AUTHENTICATION_FAILURE 454 /* extension */
#define SMTPCODES_REPLY_SERVER_UNABLE_TO_ACCOMMODATE_PARAMETERS 455 /* standard */
#define SMTPCODES_REPLY_UNABLE_TO_QUEUE_MESSAGES 458 /* extension */
#define SMTPCODES_REPLY_NODE_NOT_ALLOWED 459 /* extension */
#define SMTPCODES_REPLY_COMMAND_UNRECOGNIZED 500 /* standard */
#define SMTPCODES_REPLY_SYNTAX_ERROR_IN_PARAMETERS 501 /* standard */
#define SMTPCODES_REPLY_COMMAND_NOT_IMPLEMENTED 502 /* standard */
#define SMTPCODES_REPLY_BAD_SEQUENCE_OF_COMMANDS 503 /* standard */
#define SMTPCODES_REPLY_COMMAND_PARAMETER_NOT_IMPLEMENTED 504 /* standard */
#define SMTPCODES_REPLY_HOST_DOES_NOT_ACCEPT_MAIL 521 /* standard */
#define SMTPCODES_REPLY_ENCRYPTION_NEEDED 523 /* extension */
#define SMTPCODES_REPLY_ENCRYPTION_REQUIRED 524 /* extension */
#define SMTPCODES_REPLY_USER_ACCOUNT_DISABLED 525 /* extension */
#define SMTPCODES_REPLY_AUTHENTICATION_REQUIRED 530 /* extension */
#define SMTPCODES_REPLY_DELIVERY_NOT_AUTHORIZED 533 /* extension */
#define SMTPCODES_REPLY_AUTHENTICATION_MECHANISM_TOO_WEAK 534 /* extension */
#define SMTPCODES_REPLY_AUTHENTICATION_CREDENTIALS_INVALID 535 /* extension */
#define SMTPCODES_REPLY_ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM 538 /* extension */
#define SMTPCODES_REPLY_MAILBOX_UNAVAILABLE 550 /* standard */
#define SMTPCODES_REPLY_USER_NOT_LOCAL 551 /* standard */
#define SMTPCODES_REPLY_EXCEEDED_STORAGE_ALLOCATION 552 /* standard */
#define SMTPCODES_REPLY_MAILBOX_NAME_NOT_ALLOWED 553 /* standard */
#define SMTPCODES_REPLY_TRANSACTION_FAILED 554 /* standard */
#define SMTPCODES_REPLY_MAIL_RCPT_PARAMETERS_NOT_RECOGNIZED 555 /* standard */
#define SMTPCODES_REPLY_DOMAIN_DOES_NOT_ACCEPT_MAIL 556 /* standard */
#define SMTPCODES_REPLY_TOO_MANY_DUPLICATE_MESSAGES 557 /* non-standard */

/* Known enhanced status codes, as subject * 1000 + detail (the class is yours to choose,
 * except for class-specific vendor codes, noted). */
#define SMTPCODES_ENHANCED_SUBJECT(key) ((key) / 1000)
#define SMTPCODES_ENHANCED_DETAIL(key) ((key) % 1000)
#define SMTPCODES_ENHANCED_OTHER_UNDEFINED_STATUS 0 /* X.0.0 */
#define SMTPCODES_ENHANCED_EXCHANGE_GENERIC_ERROR 350 /* class 5 only; 5.0.350 */
#define SMTPCODES_ENHANCED_OTHER_ADDRESS_STATUS 1000 /* X.1.0 */
#define SMTPCODES_ENHANCED_BAD_DESTINATION_MAILBOX_ADDRESS 1001 /* X.1.1 */
#define SMTPCODES_ENHANCED_BAD_DESTINATION_SYSTEM_ADDRESS 1002 /* X.1.2 */
#define SMTPCODES_ENHANCED_BAD_DESTINATION_MAILBOX_ADDRESS_SYNTAX 1003 /* X.1.3 */
#define SMTPCODES_ENHANCED_DESTINATION_MAILBOX_ADDRESS_AMBIGUOUS 1004 /* X.1.4 */
#define SMTPCODES_ENHANCED_DESTINATION_ADDRESS_VALID 1005 /* X.1.5 */
#define SMTPCODES_ENHANCED_DESTINATION_MAILBOX_MOVED 1006 /* X.1.6 */
#define SMTPCODES_ENHANCED_BAD_SENDER_MAILBOX_ADDRESS_SYNTAX 1007 /* X.1.7 */
#define SMTPCODES_ENHANCED_BAD_SENDER_SYSTEM_ADDRESS 1008 /* X.1.8 */
#define SMTPCODES_ENHANCED_RELAYED_TO_NON_COMPLIANT_MAILER 1009 /* X.1.9 */
#define SMTPCODES_ENHANCED_RECIPIENT_NULL_MX 1010 /* X.1.10 */
#define SMTPCODES_ENHANCED_EXCHANGE_DAILY_RECIPIENT_LIMIT 1090 /* class 5 only; 5.1.90 */
#define SMTPCODES_ENHANCED_OTHER_MAILBOX_STATUS 2000 /* X.2.0 */
#define SMTPCODES_ENHANCED_MAILBOX_DISABLED 2001 /* X.2.1 */
#define SMTPCODES_ENHANCED_MAILBOX_FULL 2002 /* X.2.2 */
#define SMTPCODES_ENHANCED_MESSAGE_LENGTH_EXCEEDS_LIMIT 2003 /* X.2.3 */
#define SMTPCODES_ENHANCED_MAILING_LIST_EXPANSION_PROBLEM 2004 /* X.2.4 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_HOURLY_LIMIT_TO_RECIPIENT 2121 /* class 5 only; 5.2.121 */
#define SMTPCODES_ENHANCED_EXCHANGE_RECIPIENT_HOURLY_RECEIVE_LIMIT 2122 /* class 5 only; 5.2.122 */
#define SMTPCODES_ENHANCED_OTHER_MAIL_SYSTEM_STATUS 3000 /* X.3.0 */
#define SMTPCODES_ENHANCED_MAIL_SYSTEM_FULL 3001 /* X.3.1 */
#define SMTPCODES_ENHANCED_SYSTEM_NOT_ACCEPTING_MESSAGES 3002 /* X.3.2 */
#define SMTPCODES_ENHANCED_SYSTEM_NOT_CAPABLE_OF_FEATURES 3003 /* X.3.3 */
#define SMTPCODES_ENHANCED_MESSAGE_TOO_BIG_FOR_SYSTEM 3004 /* X.3.4 */
#define SMTPCODES_ENHANCED_SYSTEM_INCORRECTLY_CONFIGURED 3005 /* X.3.5 */
#define SMTPCODES_ENHANCED_PRIORITY_CHANGED 3006 /* X.3.6 */
#define SMTPCODES_ENHANCED_EXCHANGE_JOURNALING_NOT_SUPPORTED 3190 /* class 5 only; 5.3.190 */
#define SMTPCODES_ENHANCED_OTHER_NETWORK_ROUTING_STATUS 4000 /* X.4.0 */
#define SMTPCODES_ENHANCED_NO_ANSWER_FROM_HOST 4001 /* X.4.1 */
#define SMTPCODES_ENHANCED_BAD_CONNECTION 4002 /* X.4.2 */
#define SMTPCODES_ENHANCED_DIRECTORY_SERVER_FAILURE 4003 /* X.4.3 */
#define SMTPCODES_ENHANCED_UNABLE_TO_ROUTE 4004 /* X.4.4 */
#define SMTPCODES_ENHANCED_MAIL_SYSTEM_CONGESTION 4005 /* X.4.5 */
#define SMTPCODES_ENHANCED_ROUTING_LOOP_DETECTED 4006 /* X.4.6 */
#define SMTPCODES_ENHANCED_DELIVERY_TIME_EXPIRED 4007 /* X.4.7 */
#define SMTPCODES_ENHANCED_MTA_STS_MX_VALIDATION_FAILED 4008 /* X.4.8 */
#define SMTPCODES_ENHANCED_EXCHANGE_DNS_ROUTING_PROBLEM 4009 /* class 4 only; 4.4.9 */
#define SMTPCODES_ENHANCED_EXCHANGE_ROUTING_LOOP 4014 /* class 5 only; 5.4.14 */
#define SMTPCODES_ENHANCED_EXCHANGE_MESSAGE_EXPIRED 4300 /* class 5 only; 5.4.300 */
#define SMTPCODES_ENHANCED_EXCHANGE_CONNECTION_REFUSED 4316 /* class 4 only; 4.4.316 */
#define SMTPCODES_ENHANCED_OTHER_PROTOCOL_STATUS 5000 /* X.5.0 */
#define SMTPCODES_ENHANCED_INVALID_COMMAND 5001 /* X.5.1 */
#define SMTPCODES_ENHANCED_SYNTAX_ERROR 5002 /* X.5.2 */
#define SMTPCODES_ENHANCED_TOO_MANY_RECIPIENTS 5003 /* X.5.3 */
#define SMTPCODES_ENHANCED_INVALID_COMMAND_ARGUMENTS 5004 /* X.5.4 */
#define SMTPCODES_ENHANCED_WRONG_PROTOCOL_VERSION 5005 /* X.5.5 */
#define SMTPCODES_ENHANCED_AUTH_EXCHANGE_LINE_TOO_LONG 5006 /* X.5.6 */
#define SMTPCODES_ENHANCED_OTHER_MEDIA_ERROR 6000 /* X.6.0 */
#define SMTPCODES_ENHANCED_MEDIA_NOT_SUPPORTED 6001 /* X.6.1 */
#define SMTPCODES_ENHANCED_CONVERSION_REQUIRED_AND_PROHIBITED 6002 /* X.6.2 */
#define SMTPCODES_ENHANCED_CONVERSION_REQUIRED_NOT_SUPPORTED 6003 /* X.6.3 */
#define SMTPCODES_ENHANCED_CONVERSION_WITH_LOSS_PERFORMED 6004 /* X.6.4 */
#define SMTPCODES_ENHANCED_CONVERSION_FAILED 6005 /* X.6.5 */
#define SMTPCODES_ENHANCED_MESSAGE_CONTENT_NOT_AVAILABLE 6006 /* X.6.6 */
#define SMTPCODES_ENHANCED_NON_ASCII_ADDRESSES_NOT_PERMITTED 6007 /* X.6.7 */
#define SMTPCODES_ENHANCED_UTF8_REPLY_REQUIRED 6008 /* X.6.8 */
#define SMTPCODES_ENHANCED_UTF8_HEADER_MESSAGE_REJECTED 6009 /* X.6.9 */
#define SMTPCODES_ENHANCED_UTF8_REPLY_REQUIRED_DUPLICATE 6010 /* X.6.10 */
#define SMTPCODES_ENHANCED_EXCHANGE_BARE_LINE_FEED 6011 /* class 5 only; 5.6.11 */
#define SMTPCODES_ENHANCED_OTHER_SECURITY_STATUS 7000 /* X.7.0 */
#define SMTPCODES_ENHANCED_DELIVERY_NOT_AUTHORIZED 7001 /* X.7.1 */
#define SMTPCODES_ENHANCED_MAILING_LIST_EXPANSION_PROHIBITED 7002 /* X.7.2 */
#define SMTPCODES_ENHANCED_SECURITY_CONVERSION_NOT_POSSIBLE 7003 /* X.7.3 */
#define SMTPCODES_ENHANCED_SECURITY_FEATURES_NOT_SUPPORTED 7004 /* X.7.4 */
#define SMTPCODES_ENHANCED_CRYPTOGRAPHIC_FAILURE 7005 /* X.7.5 */
#define SMTPCODES_ENHANCED_CRYPTOGRAPHIC_ALGORITHM_NOT_SUPPORTED 7006 /* X.7.6 */
#define SMTPCODES_ENHANCED_MESSAGE_INTEGRITY_FAILURE 7007 /* X.7.7 */
#define SMTPCODES_ENHANCED_AUTH_CREDENTIALS_INVALID 7008 /* X.7.8 */
#define SMTPCODES_ENHANCED_AUTH_MECHANISM_TOO_WEAK 7009 /* X.7.9 */
#define SMTPCODES_ENHANCED_ENCRYPTION_NEEDED 7010 /* X.7.10 */
#define SMTPCODES_ENHANCED_ENCRYPTION_REQUIRED_FOR_AUTH_MECHANISM 7011 /* X.7.11 */
#define SMTPCODES_ENHANCED_PASSWORD_TRANSITION_NEEDED 7012 /* X.7.12 */
#define SMTPCODES_ENHANCED_USER_ACCOUNT_DISABLED 7013 /* X.7.13 */
#define SMTPCODES_ENHANCED_TRUST_RELATIONSHIP_REQUIRED 7014 /* X.7.14 */
#define SMTPCODES_ENHANCED_PRIORITY_TOO_LOW 7015 /* X.7.15 */
#define SMTPCODES_ENHANCED_MESSAGE_TOO_BIG_FOR_PRIORITY 7016 /* X.7.16 */
#define SMTPCODES_ENHANCED_MAILBOX_OWNER_CHANGED 7017 /* X.7.17 */
#define SMTPCODES_ENHANCED_DOMAIN_OWNER_CHANGED 7018 /* X.7.18 */
#define SMTPCODES_ENHANCED_RRVS_TEST_NOT_COMPLETED 7019 /* X.7.19 */
#define SMTPCODES_ENHANCED_NO_PASSING_DKIM_SIGNATURE 7020 /* X.7.20 */
#define SMTPCODES_ENHANCED_NO_ACCEPTABLE_DKIM_SIGNATURE 7021 /* X.7.21 */
#define SMTPCODES_ENHANCED_NO_AUTHOR_MATCHED_DKIM_SIGNATURE 7022 /* X.7.22 */
#define SMTPCODES_ENHANCED_SPF_VALIDATION_FAILED 7023 /* X.7.23 */
#define SMTPCODES_ENHANCED_SPF_VALIDATION_ERROR 7024 /* X.7.24 */
#define SMTPCODES_ENHANCED_REVERSE_DNS_VALIDATION_FAILED 7025 /* X.7.25 */
#define SMTPCODES_ENHANCED_MULTIPLE_AUTH_CHECKS_FAILED 7026 /* X.7.26 */
#define SMTPCODES_ENHANCED_SENDER_NULL_MX 7027 /* X.7.27 */
#define SMTPCODES_ENHANCED_MAIL_FLOOD_DETECTED 7028 /* X.7.28 */
#define SMTPCODES_ENHANCED_ARC_VALIDATION_FAILURE 7029 /* X.7.29 */
#define SMTPCODES_ENHANCED_REQUIRETLS_SUPPORT_REQUIRED 7030 /* X.7.30 */
#define SMTPCODES_ENHANCED_GMAIL_DMARC_ALIGNMENT_RATE_LIMIT 7032 /* class 4 only; 4.7.32 */
#define SMTPCODES_ENHANCED_EXCHANGE_ANONYMOUS_SUBMISSION_REJECTED 7057 /* class 5 only; 5.7.57 */
#define SMTPCODES_ENHANCED_EXCHANGE_TENANT_ATTRIBUTION_RELAY_DENIED 7064 /* class 5 only; 5.7.64 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_IN_ALLOWED_LIST 7124 /* class 5 only; 5.7.124 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_GROUP 7133 /* class 5 only; 5.7.133 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_MAILBOX 7134 /* class 5 only; 5.7.134 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_PUBLIC_FOLDER 7135 /* class 5 only; 5.7.135 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_MAIL_USER 7136 /* class 5 only; 5.7.136 */
#define SMTPCODES_ENHANCED_DANE_STARTTLS_NOT_SUPPORTED 7321 /* X.7.321 */
#define SMTPCODES_ENHANCED_DANE_CERTIFICATE_EXPIRED 7322 /* X.7.322 */
#define SMTPCODES_ENHANCED_DANE_TLSA_INVALID 7323 /* X.7.323 */
#define SMTPCODES_ENHANCED_DANE_DNSSEC_INVALID 7324 /* X.7.324 */
#define SMTPCODES_ENHANCED_DANE_CERTIFICATE_HOST_MISMATCH 7325 /* X.7.325 */
#define SMTPCODES_ENHANCED_EXCHANGE_SUSPICIOUS_ACTIVITY_TEMPORARY_BLOCK 7500 /* class 4 only; 4.7.500 to detail 699 */
#define SMTPCODES_ENHANCED_EXCHANGE_SPAM_ABUSE_DETECTED 7501 /* class 5 only; 5.7.501 */
#define SMTPCODES_ENHANCED_EXCHANGE_BANNED_SENDER_ACCOUNT 7502 /* class 5 only; 5.7.502 to detail 503 */
#define SMTPCODES_ENHANCED_EXCHANGE_RECIPIENT_ADDRESS_REJECTED 7504 /* class 5 only; 5.7.504 */
#define SMTPCODES_ENHANCED_EXCHANGE_BANNED_RECIPIENT 7505 /* class 5 only; 5.7.505 */
#define SMTPCODES_ENHANCED_EXCHANGE_BAD_HELO 7506 /* class 5 only; 5.7.506 */
#define SMTPCODES_ENHANCED_EXCHANGE_REJECTED_BY_RECIPIENT 7507 /* class 5 only; 5.7.507 */
#define SMTPCODES_ENHANCED_EXCHANGE_IPV6_RANGE_LIMIT_EXCEEDED 7508 /* class 5 only; 5.7.508 */
#define SMTPCODES_ENHANCED_EXCHANGE_DMARC_REJECT 7509 /* class 5 only; 5.7.509 */
#define SMTPCODES_ENHANCED_EXCHANGE_IPV6_NOT_ACCEPTED 7510 /* class 5 only; 5.7.510 */
#define SMTPCODES_ENHANCED_EXCHANGE_BANNED_SENDING_IP_DELIST_BY_EMAIL 7511 /* class 5 only; 5.7.511 */
#define SMTPCODES_ENHANCED_EXCHANGE_FROM_HEADER_NOT_COMPLIANT 7512 /* class 5 only; 5.7.512 */
#define SMTPCODES_ENHANCED_EXCHANGE_CUSTOMER_BLOCK_LIST 7513 /* class 5 only; 5.7.513 */
#define SMTPCODES_ENHANCED_EXCHANGE_BANNED_SENDING_IP 7606 /* class 5 only; 5.7.606 to detail 649 */
#define SMTPCODES_ENHANCED_EXCHANGE_TENANT_RECIPIENT_BLOCKED 7703 /* class 5 only; 5.7.703 */
#define SMTPCODES_ENHANCED_EXCHANGE_TENANT_THRESHOLD_EXCEEDED 7705 /* class 5 only; 5.7.705 */
#define SMTPCODES_ENHANCED_EXCHANGE_IP_TRAFFIC_NOT_ACCEPTED 7708 /* class 5 only; 5.7.708 */
#define SMTPCODES_ENHANCED_EXCHANGE_UNREGISTERED_DOMAIN_BLOCKED 7750 /* class 5 only; 5.7.750 */
#define SMTPCODES_ENHANCED_EXCHANGE_BANNED_SENDER_DOMAIN 7800 /* class 5 only; 5.7.800 */
#define SMTPCODES_ENHANCED_EXCHANGE_SUSPICIOUS_IP_TEMPORARY_BLOCK 7850 /* class 4 only; 4.7.850 to detail 899 */

#ifdef __cplusplus
}
#endif

#endif /* SMTP_CODES_H */
