/* @generated from data/smtp-codes.yaml by `cargo xtask codegen`. Do not edit by hand:
 * change the YAML and run `cargo xtask codegen` again. */
/*
 * smtp_codes.h: the SMTP reply-code catalog of smtp-codes for C and C++.
 *
 * Every name starts with smtpcodes_ / SMTPCODES_. Strings of the catalog are static,
 * NUL-terminated, UTF-8 and never freed. Results made from the caller's input
 * (smtpcodes_reply, smtpcodes_explanation, smtpcodes_bounce) are opaque, and freed by one
 * call each.
 * Functions check their pointers and lengths and return a negative smtpcodes_result
 * instead of failing; nothing unwinds into C.
 * Build: cc app.c $(pkg-config --cflags --libs smtp_codes)
 */

#ifndef SMTP_CODES_H
#define SMTP_CODES_H

#include <stddef.h>
#include <stdint.h>

#define SMTPCODES_CATALOG_VERSION "0.1.0"
#define SMTPCODES_IANA_REGISTRY_DATE "2024-12-06"

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
#define SMTPCODES_REPLY_OCTET_OFFSET 355 /* experimental */
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
#define SMTPCODES_ENHANCED_GMAIL_NO_DMARC_POLICY 7040 /* X.7.40 */
#define SMTPCODES_ENHANCED_EXCHANGE_ANONYMOUS_SUBMISSION_REJECTED 7057 /* class 5 only; 5.7.57 */
#define SMTPCODES_ENHANCED_EXCHANGE_SEND_AS_DENIED 7060 /* class 5 only; 5.7.60 */
#define SMTPCODES_ENHANCED_EXCHANGE_TENANT_ATTRIBUTION_RELAY_DENIED 7064 /* class 5 only; 5.7.64 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_IN_ALLOWED_LIST 7124 /* class 5 only; 5.7.124 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_GROUP 7133 /* class 5 only; 5.7.133 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_MAILBOX 7134 /* class 5 only; 5.7.134 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_PUBLIC_FOLDER 7135 /* class 5 only; 5.7.135 */
#define SMTPCODES_ENHANCED_EXCHANGE_SENDER_NOT_AUTHENTICATED_FOR_MAIL_USER 7136 /* class 5 only; 5.7.136 */
#define SMTPCODES_ENHANCED_MICROSOFT_SMTP_AUTH_DISABLED 7139 /* class 5 only; 5.7.139 */
#define SMTPCODES_ENHANCED_DANE_STARTTLS_NOT_SUPPORTED 7321 /* X.7.321 */
#define SMTPCODES_ENHANCED_DANE_CERTIFICATE_EXPIRED 7322 /* X.7.322 */
#define SMTPCODES_ENHANCED_DANE_TLSA_INVALID 7323 /* X.7.323 */
#define SMTPCODES_ENHANCED_DANE_DNSSEC_INVALID 7324 /* X.7.324 */
#define SMTPCODES_ENHANCED_DANE_CERTIFICATE_HOST_MISMATCH 7325 /* X.7.325 */
#define SMTPCODES_ENHANCED_EXCHANGE_REMOTE_SPAM_DETECTED 7350 /* class 5 only; 5.7.350 */
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
#define SMTPCODES_ENHANCED_MICROSOFT_EXTERNAL_FORWARDING_BLOCKED 7520 /* class 5 only; 5.7.520 */
#define SMTPCODES_ENHANCED_EXCHANGE_BANNED_SENDING_IP 7606 /* class 5 only; 5.7.606 to detail 649 */
#define SMTPCODES_ENHANCED_EXCHANGE_TENANT_RECIPIENT_BLOCKED 7703 /* class 5 only; 5.7.703 */
#define SMTPCODES_ENHANCED_EXCHANGE_TENANT_THRESHOLD_EXCEEDED 7705 /* class 5 only; 5.7.705 */
#define SMTPCODES_ENHANCED_EXCHANGE_IP_TRAFFIC_NOT_ACCEPTED 7708 /* class 5 only; 5.7.708 */
#define SMTPCODES_ENHANCED_EXCHANGE_UNREGISTERED_DOMAIN_BLOCKED 7750 /* class 5 only; 5.7.750 */
#define SMTPCODES_ENHANCED_EXCHANGE_BANNED_SENDER_DOMAIN 7800 /* class 5 only; 5.7.800 */
#define SMTPCODES_ENHANCED_EXCHANGE_SUSPICIOUS_IP_TEMPORARY_BLOCK 7850 /* class 4 only; 4.7.850 to detail 899 */

/* Why a delivery failed (explain's taxonomy); smtpcodes_reason_count() of them. */
typedef enum smtpcodes_reason {
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
    SMTPCODES_REASON_COMPLAINT = 20,
} smtpcodes_reason;

/* One recipient of a bounce report (opaque), owned by the report: smtpcodes_bounce_recipient()
 * hands one out, the smtpcodes_bounce_recipient_ functions read it. It has no typedef, as the
 * function has its name (like struct stat and stat()): write struct smtpcodes_bounce_recipient. */
struct smtpcodes_bounce_recipient;

// What a function that can fail returns: SMTPCODES_OK, or one of the negative errors.
// Functions that return a value (a class, a code, a length) return these same negative
// values, as their int or long, when they fail.
typedef enum smtpcodes_result {
    // Success.
    SMTPCODES_OK = 0,
    // A required pointer is NULL.
    SMTPCODES_E_NULL = -1,
    // A value, index or length is out of range (a length above PTRDIFF_MAX, a reply code
    // outside 200-599, an unknown language, table, mode or role).
    SMTPCODES_E_RANGE = -2,
    // Malformed input: not an enhanced status code, or not a reply.
    SMTPCODES_E_SYNTAX = -3,
    // The reply is incomplete: read more bytes and parse again.
    SMTPCODES_E_INCOMPLETE = -4,
    // A line, reply or message is longer than the limit.
    SMTPCODES_E_TOO_LONG = -5,
    // Text to format holds CR or LF, which would end the line and let the text inject a
    // reply of its own.
    SMTPCODES_E_LINE_BREAK = -6,
    // The enhanced code's class contradicts the reply code's (RFC 3463 section 2).
    SMTPCODES_E_CLASS_MISMATCH = -7,
    // Not in the catalog, absent, or no code in the input.
    SMTPCODES_E_NOT_FOUND = -8,
    // Text is not valid UTF-8.
    SMTPCODES_E_UTF8 = -9,
    // Text to format holds a control character other than TAB.
    SMTPCODES_E_CONTROL_CHARACTER = -10,
    // An enhanced code on a 3yz reply: RFC 3463 has no class 3.
    SMTPCODES_E_ENHANCED_ON_INTERMEDIATE = -11,
    // Without an enhanced code, the text starts like one ("2.0.0 ..."): pass it as one.
    SMTPCODES_E_TEXT_LOOKS_LIKE_ENHANCED = -12,
    // The line limit leaves no room for text after the codes.
    SMTPCODES_E_LIMIT_TOO_SMALL = -13,
    // The reply cannot be formatted, for a reason this version has no code of its own for.
    SMTPCODES_E_FORMAT = -14,
    // The bytes are not a message that can be read: empty (or only white space), without
    // header fields (RFC 5322), or with more MIME parts than the limit (256).
    SMTPCODES_E_MESSAGE = -15,
    // Internal error (a bug, caught before it reached C): please report it.
    SMTPCODES_E_PANIC = -99,
} smtpcodes_result;

// Languages of descriptions.
typedef enum smtpcodes_lang {
    SMTPCODES_LANG_EN = 0,
    SMTPCODES_LANG_ES = 1,
} smtpcodes_lang;

// The digit tables of smtpcodes_digit_count and its accessors.
typedef enum smtpcodes_digit_table {
    // The first digit of reply codes, 2 to 5.
    SMTPCODES_TABLE_CLASSES = 0,
    // The second digit of reply codes, 0 to 5.
    SMTPCODES_TABLE_CATEGORIES = 1,
    // The subject of enhanced status codes, 0 to 7.
    SMTPCODES_TABLE_SUBJECTS = 2,
} smtpcodes_digit_table;

// How smtpcodes_reply_parse reads a reply.
typedef enum smtpcodes_parse_mode {
    // RFC 5321 exactly: CRLF, 512-octet lines, text without control characters.
    SMTPCODES_PARSE_STRICT = 0,
    // What real servers send: bare LF, any text, lines up to 8192 octets.
    SMTPCODES_PARSE_LENIENT = 1,
} smtpcodes_parse_mode;

// The role of a reply after a command.
typedef enum smtpcodes_role {
    SMTPCODES_ROLE_SUCCESS = 0,
    SMTPCODES_ROLE_INTERMEDIATE = 1,
    SMTPCODES_ROLE_ERROR = 2,
} smtpcodes_role;

// Soft (4yz) or hard (5yz) bounce. (Named smtpcodes_bounce before 0.2, which is now the
// bounce report.)
typedef enum smtpcodes_bounce_type {
    // No bounce: a success or intermediate reply.
    SMTPCODES_BOUNCE_NONE = 0,
    SMTPCODES_BOUNCE_SOFT = 1,
    SMTPCODES_BOUNCE_HARD = 2,
} smtpcodes_bounce_type;

// How an enhanced code fits a basic code (smtpcodes_enhanced_pairing).
typedef enum smtpcodes_pairing {
    // The classes differ: the pair contradicts itself.
    SMTPCODES_PAIRING_CLASS_MISMATCH = 0,
    // The classes match.
    SMTPCODES_PAIRING_CLASS_MATCHES = 1,
    // The classes match and the registry associates the pair.
    SMTPCODES_PAIRING_REGISTERED = 2,
} smtpcodes_pairing;

// What kind of input an explanation was made from.
typedef enum smtpcodes_input_kind {
    // A kind newer than this version of the API.
    SMTPCODES_INPUT_OTHER = 0,
    // A basic code alone: "550".
    SMTPCODES_INPUT_BASIC_CODE = 1,
    // An enhanced code alone: "5.1.1".
    SMTPCODES_INPUT_ENHANCED_CODE = 2,
    // A reply as sent on the wire.
    SMTPCODES_INPUT_REPLY = 3,
    // An RFC 3464 Diagnostic-Code field.
    SMTPCODES_INPUT_DIAGNOSTIC_CODE = 4,
    // Running text with a reply or code in it.
    SMTPCODES_INPUT_TEXT = 5,
    // A line of an MTA's log: only its reply text and its `dsn=` were read.
    SMTPCODES_INPUT_LOG_LINE = 6,
} smtpcodes_input_kind;

// What decided an explanation's reason.
typedef enum smtpcodes_evidence_kind {
    // Nothing specific: the reason is "other".
    SMTPCODES_EVIDENCE_NOTHING = 0,
    // A phrase of the text (smtpcodes_explanation_evidence_phrase).
    SMTPCODES_EVIDENCE_PHRASE = 1,
    // The enhanced code's default reason.
    SMTPCODES_EVIDENCE_ENHANCED_CODE = 2,
    // The basic code's default reason.
    SMTPCODES_EVIDENCE_BASIC_CODE = 3,
} smtpcodes_evidence_kind;

// What kind of message a bounce report was read from (smtpcodes_bounce_kind).
typedef enum smtpcodes_message_kind {
    // A kind newer than this version of the API.
    SMTPCODES_MESSAGE_OTHER = 0,
    // A delivery status notification (RFC 3464 multipart/report).
    SMTPCODES_MESSAGE_DSN = 1,
    // The plain-text report of an MTA or provider that writes no DSN.
    SMTPCODES_MESSAGE_NON_DSN = 2,
    // A feedback report (ARF, RFC 5965): a complaint about a message.
    SMTPCODES_MESSAGE_FEEDBACK = 3,
    // An automatic reply (RFC 3834), such as a vacation notice.
    SMTPCODES_MESSAGE_AUTO_REPLY = 4,
    // A message that is none of these (it has no recipients).
    SMTPCODES_MESSAGE_NOT_BOUNCE = 5,
} smtpcodes_message_kind;

// What the reporting MTA did for a recipient: a DSN's Action: field (RFC 3464 section
// 2.3.3), smtpcodes_bounce_recipient_action.
typedef enum smtpcodes_action {
    // The report has no Action: field for the recipient.
    SMTPCODES_ACTION_NONE = 0,
    // It could not deliver and gave up.
    SMTPCODES_ACTION_FAILED = 1,
    // It has not delivered yet and is still trying.
    SMTPCODES_ACTION_DELAYED = 2,
    // It delivered the message.
    SMTPCODES_ACTION_DELIVERED = 3,
    // It handed the message on to a system that sends no DSN.
    SMTPCODES_ACTION_RELAYED = 4,
    // It delivered to a list or alias that expands to more recipients.
    SMTPCODES_ACTION_EXPANDED = 5,
    // An action newer than this version of the API (smtpcodes_bounce_recipient_action_name
    // names it).
    SMTPCODES_ACTION_OTHER = 6,
} smtpcodes_action;

// A bounce message, read (opaque): made by smtpcodes_bounce_read, freed by
// smtpcodes_bounce_free with every recipient and string it owns.
typedef struct smtpcodes_bounce smtpcodes_bounce;

// An explanation (opaque): made by smtpcodes_explain, freed by
// smtpcodes_explanation_free, read with the smtpcodes_explanation_ accessors.
typedef struct smtpcodes_explanation smtpcodes_explanation;

// A parsed reply (opaque): made by smtpcodes_reply_parse, freed by smtpcodes_reply_free.
// It owns a copy of its lines, so the input buffer may be reused at once.
typedef struct smtpcodes_reply smtpcodes_reply;

// An enhanced status code (RFC 3463): class_digit is 2, 4 or 5.
typedef struct smtpcodes_enhanced {
    int class_digit;
    int subject;
    int detail;
} smtpcodes_enhanced;

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

// The version of this library, such as "0.2.0".
const char *smtpcodes_library_version(void);

// The version of the catalog's content (SMTPCODES_CATALOG_VERSION of the header it was
// built with).
const char *smtpcodes_catalog_version(void);

// The "Last Updated" date of the IANA registry the catalog follows, such as "2024-12-06".
const char *smtpcodes_iana_registry_date(void);

// A sentence for a smtpcodes_result value; "unknown error code" for other values.
const char *smtpcodes_error_message(int error);

// The class (first digit), 2 to 5.
int smtpcodes_code_class(int code);

// "success", "intermediate", "transient" or "permanent".
const char *smtpcodes_code_class_name(int code);

// The category (second digit), 0 to 9.
int smtpcodes_code_category(int code);

// "syntax", "information", "connections", "unspecified_3", "unspecified_4",
// "mail_system", or "undefined" for 6 to 9.
const char *smtpcodes_code_category_name(int code);

// 1 if the catalog knows the code, else 0.
int smtpcodes_code_is_known(int code);

// The stable name, such as "MAILBOX_UNAVAILABLE"; NULL if unknown.
const char *smtpcodes_code_name(int code);

// The standard reply text; NULL if unknown.
const char *smtpcodes_code_text(int code);

// What the code means, in `lang` (a smtpcodes_lang); NULL if unknown.
const char *smtpcodes_code_description(int code, int lang);

// "standard", "extension", "non-standard" or "obsolete"; NULL if unknown.
const char *smtpcodes_code_status(int code);

// How many references (RFC sections, vendor documents) define the code.
size_t smtpcodes_code_reference_count(int code);

// Reference `index`; NULL past the end.
const char *smtpcodes_code_reference(int code, size_t index);

// How many vendor notes the code has (vendors that use it differently).
size_t smtpcodes_code_vendor_note_count(int code);

// The vendor of note `index`; NULL past the end.
const char *smtpcodes_code_vendor_note_source(int code, size_t index);

// What note `index` says, in `lang`; NULL past the end.
const char *smtpcodes_code_vendor_note_description(int code, size_t index, int lang);

// How many basic codes the catalog knows.
size_t smtpcodes_basic_count(void);

// The basic code at `index` (in order of code), or SMTPCODES_E_RANGE.
int smtpcodes_basic_code_at(size_t index);

// Parses "5.1.1" (RFC 3463's grammar, the whole of the `len` bytes at `text`) into `out`.
//
// # Safety
// `text` must point to `len` readable bytes; `out` to a writable smtpcodes_enhanced.
enum smtpcodes_result smtpcodes_enhanced_parse(const char *text,
                                               size_t len,
                                               struct smtpcodes_enhanced *out);

// Writes "5.1.1" and a NUL into `buf` if it fits; returns the length without the NUL (like
// snprintf), or a negative smtpcodes_result.
//
// # Safety
// `code` must point to a readable smtpcodes_enhanced; `buf` to `buf_len` writable bytes.
long smtpcodes_enhanced_format(const struct smtpcodes_enhanced *code, char *buf, size_t buf_len);

// The catalog index (for the smtpcodes_enhanced_entry_ functions) of the entry for `code`,
// written to `index`; SMTPCODES_E_NOT_FOUND if the catalog does not know it.
//
// # Safety
// `code` must point to a readable smtpcodes_enhanced; `index` to a writable size_t.
enum smtpcodes_result smtpcodes_enhanced_lookup(const struct smtpcodes_enhanced *code,
                                                size_t *index);

// How `code` fits the basic code `basic_code`: a smtpcodes_pairing, or a negative
// smtpcodes_result.
//
// # Safety
// `code` must point to a readable smtpcodes_enhanced.
int smtpcodes_enhanced_pairing(const struct smtpcodes_enhanced *code, int basic_code);

// How many enhanced codes the catalog knows; their indexes are 0 to this - 1.
size_t smtpcodes_enhanced_count(void);

// The catalog's notation of entry `index`: "X.1.1", "5.7.606-649"; NULL past the end.
const char *smtpcodes_enhanced_entry_notation(size_t index);

// The class of entry `index`: 2, 4 or 5, or 0 for an entry that holds for every class;
// SMTPCODES_E_RANGE past the end.
int smtpcodes_enhanced_entry_class(size_t index);

// The subject of entry `index`; SMTPCODES_E_RANGE past the end.
int smtpcodes_enhanced_entry_subject(size_t index);

// The (first) detail of entry `index`; SMTPCODES_E_RANGE past the end.
int smtpcodes_enhanced_entry_detail(size_t index);

// The last detail of entry `index` (its detail unless it is a range);
// SMTPCODES_E_RANGE past the end.
int smtpcodes_enhanced_entry_detail_through(size_t index);

// The stable name of entry `index`, such as "BAD_DESTINATION_MAILBOX_ADDRESS".
const char *smtpcodes_enhanced_entry_name(size_t index);

// The registry's text of entry `index`.
const char *smtpcodes_enhanced_entry_text(size_t index);

// "standard", "extension", "non-standard" or "obsolete".
const char *smtpcodes_enhanced_entry_status(size_t index);

// What entry `index` means, in `lang`.
const char *smtpcodes_enhanced_entry_description(size_t index, int lang);

// How many basic codes the registry associates with entry `index`.
size_t smtpcodes_enhanced_entry_basic_code_count(size_t index);

// 1 if the registry associates every basic code with entry `index` (its "Any", as for
// X.0.0; the count above is then 0), 0 if not, SMTPCODES_E_RANGE out of range.
int smtpcodes_enhanced_entry_any_basic_code(size_t index);

// Basic code `j` associated with entry `index`, or SMTPCODES_E_RANGE.
int smtpcodes_enhanced_entry_basic_code(size_t index, size_t j);

// How many references define entry `index`.
size_t smtpcodes_enhanced_entry_reference_count(size_t index);

// Reference `j` of entry `index`; NULL past the end.
const char *smtpcodes_enhanced_entry_reference(size_t index, size_t j);

// How many vendor notes entry `index` has.
size_t smtpcodes_enhanced_entry_vendor_note_count(size_t index);

// The vendor of note `j` of entry `index`; NULL past the end.
const char *smtpcodes_enhanced_entry_vendor_note_source(size_t index, size_t j);

// What note `j` of entry `index` says, in `lang`; NULL past the end.
const char *smtpcodes_enhanced_entry_vendor_note_description(size_t index, size_t j, int lang);

// How many dotless aliases (Exchange's 441 for 4.4.1, ...) the catalog knows.
size_t smtpcodes_alias_count(void);

// The dotless number of alias `index`, such as 441; SMTPCODES_E_RANGE past the end.
int smtpcodes_alias_code(size_t index);

// The enhanced code alias `index` stands for, such as 4.4.1, written to `out`.
//
// # Safety
// `out` must point to a writable smtpcodes_enhanced.
enum smtpcodes_result smtpcodes_alias_enhanced(size_t index, struct smtpcodes_enhanced *out);

// Who uses alias `index`; NULL past the end.
const char *smtpcodes_alias_source(size_t index);

// What alias `index` means, in `lang`; NULL past the end.
const char *smtpcodes_alias_description(size_t index, int lang);

// How many digits `table` (a smtpcodes_digit_table) describes; 0 for an unknown table.
size_t smtpcodes_digit_count(int table);

// The digit of entry `index` of `table`; SMTPCODES_E_RANGE past the end.
int smtpcodes_digit_value(int table, size_t index);

// The identifier of entry `index` of `table`, such as "security_policy".
const char *smtpcodes_digit_id(int table, size_t index);

// The name of entry `index` of `table`, such as "Security or Policy Status".
const char *smtpcodes_digit_name(int table, size_t index);

// What entry `index` of `table` means, in `lang`.
const char *smtpcodes_digit_description(int table, size_t index, int lang);

// What a soft or hard bounce (a smtpcodes_bounce_type) means, in `lang`; NULL for
// SMTPCODES_BOUNCE_NONE.
const char *smtpcodes_bounce_description(int bounce, int lang);

// How many commands the command-reply table has.
size_t smtpcodes_command_count(void);

// The name of command `index`, such as "RCPT" ("CONNECT" for the greeting, "DATA_END"
// for the end of data); NULL past the end.
const char *smtpcodes_command_name(size_t index);

// How many references define command `index`'s replies.
size_t smtpcodes_command_reference_count(size_t index);

// Reference `j` of command `index`; NULL past the end.
const char *smtpcodes_command_reference(size_t index, size_t j);

// How many replies command `index` may get in `role` (a smtpcodes_role); 0 for an unknown
// command or role.
size_t smtpcodes_command_reply_count(size_t index, int role);

// Reply `j` of command `index` in `role`, or SMTPCODES_E_RANGE.
int smtpcodes_command_reply_at(size_t index, int role, size_t j);

// How many replies any command may get (RFC 5321 section 4.3.2: 421, 500, 501).
size_t smtpcodes_any_command_error_count(void);

// Reply `index` that any command may get, or SMTPCODES_E_RANGE.
int smtpcodes_any_command_error_at(size_t index);

// 1 if `command` ("RCPT", any case; NUL-terminated) may get the reply `code`, 0 if not;
// SMTPCODES_E_NOT_FOUND for an unknown command.
//
// # Safety
// `command` must be NULL or a NUL-terminated string.
int smtpcodes_command_may_return(const char *command, int code);

// Parses the reply at the start of the `len` bytes at `buf`, in `mode` (a
// smtpcodes_parse_mode), and hands it out through `out`, to be freed with
// smtpcodes_reply_free. On failure `*out` is NULL; SMTPCODES_E_INCOMPLETE means that more
// bytes are needed.
//
// # Safety
// `buf` must point to `len` readable bytes; `out` to a writable pointer.
enum smtpcodes_result smtpcodes_reply_parse(const uint8_t *buf,
                                            size_t len,
                                            int mode,
                                            struct smtpcodes_reply **out);

// Frees a reply of smtpcodes_reply_parse (NULL is ignored). Its lines are freed with it.
//
// # Safety
// `reply` must be NULL or a reply of smtpcodes_reply_parse not freed yet.
void smtpcodes_reply_free(struct smtpcodes_reply *reply);

// The reply's code, 200 to 599; SMTPCODES_E_NULL for NULL.
//
// # Safety
// `reply` must be NULL or a live reply.
int smtpcodes_reply_code(const struct smtpcodes_reply *reply);

// The enhanced code of the reply's first line, written to `out`; SMTPCODES_E_NOT_FOUND if
// it has none.
//
// # Safety
// `reply` must be NULL or a live reply; `out` NULL or writable.
enum smtpcodes_result smtpcodes_reply_enhanced(const struct smtpcodes_reply *reply,
                                               struct smtpcodes_enhanced *out);

// How many lines the reply has (0 for NULL).
//
// # Safety
// `reply` must be NULL or a live reply.
size_t smtpcodes_reply_line_count(const struct smtpcodes_reply *reply);

// How many bytes of the input the reply took: the next reply starts there (0 for NULL).
//
// # Safety
// `reply` must be NULL or a live reply.
size_t smtpcodes_reply_consumed(const struct smtpcodes_reply *reply);

// The text of line `index` (without the code, the separator, a repeated enhanced code and
// the line ending), NUL-terminated and owned by the reply; its length is written to `len`
// unless `len` is NULL. Lenient parsing lets through bytes that are not UTF-8, and NULs:
// use the length. NULL for a NULL reply or an index past the end. Reading every line takes
// time linear in the reply's length.
//
// # Safety
// `reply` must be NULL or a live reply; `len` NULL or writable.
const char *smtpcodes_reply_line(const struct smtpcodes_reply *reply, size_t index, size_t *len);

// Formats a reply into `buf` like snprintf: returns the length of the wire bytes (without
// the NUL), written with a NUL if they fit, or a negative smtpcodes_result (each reason
// the text cannot be sent has its own). `enhanced` may be NULL; `lines` holds `line_count`
// NUL-terminated UTF-8 strings. Long text is split into lines of at most 512 octets.
//
// # Safety
// `enhanced` must be NULL or readable; `lines` must point to `line_count` NUL-terminated
// strings (or be NULL when `line_count` is 0); `buf` to `buf_len` writable bytes.
long smtpcodes_reply_format(int code,
                            const struct smtpcodes_enhanced *enhanced,
                            const char *const *lines,
                            size_t line_count,
                            char *buf,
                            size_t buf_len);

// Explains a code, an enhanced code, a reply, a Diagnostic-Code field or bounce text (the
// `len` bytes at `text`; bytes that are not UTF-8 are read as U+FFFD), and hands the
// explanation out through `out`, to be freed with smtpcodes_explanation_free. On failure
// `*out` is NULL; SMTPCODES_E_NOT_FOUND when the text holds no code and no known phrase.
//
// # Safety
// `text` must point to `len` readable bytes; `out` to a writable pointer.
enum smtpcodes_result smtpcodes_explain(const char *text,
                                        size_t len,
                                        struct smtpcodes_explanation **out);

// Frees an explanation of smtpcodes_explain (NULL is ignored), with every string it owns.
//
// # Safety
// `explanation` must be NULL or an explanation of smtpcodes_explain not freed yet.
void smtpcodes_explanation_free(struct smtpcodes_explanation *explanation);

// What kind of input it was: a smtpcodes_input_kind, or SMTPCODES_E_NULL.
//
// # Safety
// `explanation` must be NULL or a live explanation (for every accessor below).
int smtpcodes_explanation_kind(const struct smtpcodes_explanation *explanation);

// The basic reply code found, 200 to 599; 0 when there is none; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_code(const struct smtpcodes_explanation *explanation);

// The enhanced status code found, written to `out`; SMTPCODES_E_NOT_FOUND when there is
// none.
//
// # Safety
// See smtpcodes_explanation_kind; `out` must be NULL or writable.
enum smtpcodes_result smtpcodes_explanation_enhanced(const struct smtpcodes_explanation *explanation,
                                                     struct smtpcodes_enhanced *out);

// The class, 2 to 5, of the basic code or the one the enhanced code's class stands for; 0
// when there is no code; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_class(const struct smtpcodes_explanation *explanation);

// Soft or hard bounce, or none: a smtpcodes_bounce_type, or SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_bounce(const struct smtpcodes_explanation *explanation);

// 1 if sending again later can succeed, else 0; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_retry(const struct smtpcodes_explanation *explanation);

// Why the delivery failed: a smtpcodes_reason, or SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_reason(const struct smtpcodes_explanation *explanation);

// The reason's identifier, such as "user_unknown"; NULL for NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
const char *smtpcodes_explanation_reason_name(const struct smtpcodes_explanation *explanation);

// The nearest of sisimai's reason names, such as "userunknown"; NULL for NULL. Owned by the
// explanation.
//
// # Safety
// See smtpcodes_explanation_kind.
const char *smtpcodes_explanation_sisimai_reason(const struct smtpcodes_explanation *explanation);

// 1 if the address should be dropped from lists, as senders and ESPs do (a permanent failure
// for an address that does not exist, a disabled mailbox, or a domain that does not exist or
// accepts no mail), else 0; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_suppress(const struct smtpcodes_explanation *explanation);

// 1 if sisimai would call it a hard bounce (sisimai's own rule: like suppress, but a
// disabled mailbox stays soft), else 0; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_sisimai_hardbounce(const struct smtpcodes_explanation *explanation);

// What decided the reason: a smtpcodes_evidence_kind, or SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_explanation_kind.
int smtpcodes_explanation_evidence_kind(const struct smtpcodes_explanation *explanation);

// The phrase that decided the reason (lower case, single spaces) when the evidence is
// SMTPCODES_EVIDENCE_PHRASE, else NULL. Owned by the explanation.
//
// # Safety
// See smtpcodes_explanation_kind.
const char *smtpcodes_explanation_evidence_phrase(const struct smtpcodes_explanation *explanation);

// The server's text after the codes (empty for a code alone), NUL-terminated UTF-8 owned
// by the explanation; its length is written to `len` unless `len` is NULL. NULL for NULL.
//
// # Safety
// See smtpcodes_explanation_kind; `len` must be NULL or writable.
const char *smtpcodes_explanation_text(const struct smtpcodes_explanation *explanation,
                                       size_t *len);

// How many reasons explain's taxonomy has; the smtpcodes_reason values are 0 to this - 1.
size_t smtpcodes_reason_count(void);

// The identifier of `reason`, such as "user_unknown"; NULL out of range.
const char *smtpcodes_reason_name(int reason);

// The nearest of sisimai's reason names for `reason`; NULL out of range.
const char *smtpcodes_reason_sisimai(int reason);

// 1 if a permanent failure for `reason` means the address should be dropped, else 0;
// SMTPCODES_E_RANGE out of range.
int smtpcodes_reason_suppresses(int reason);

// 1 if sisimai calls a permanent failure for `reason` a hard bounce, else 0;
// SMTPCODES_E_RANGE out of range.
int smtpcodes_reason_sisimai_hardbounce(int reason);

// What `reason` means, in `lang`; NULL out of range.
const char *smtpcodes_reason_description(int reason, int lang);

// Reads the bounce message in the `len` bytes at `data` (a whole message as received: a
// DSN of RFC 3464, the plain-text report of an MTA that writes none, a feedback report of
// RFC 5965 or an automatic reply of RFC 3834; MIME, transfer encodings and charsets are
// decoded) and hands the report out through `out`, to be freed with smtpcodes_bounce_free.
// On failure `*out` is NULL: SMTPCODES_E_MESSAGE for bytes that are not a message (empty,
// no header fields, more than 256 MIME parts), SMTPCODES_E_TOO_LONG for more than 64 MiB,
// SMTPCODES_E_RANGE for a length above PTRDIFF_MAX. The input buffer may be reused at once.
//
// # Safety
// `data` must point to `len` readable bytes; `out` to a writable pointer.
enum smtpcodes_result smtpcodes_bounce_read(const char *data,
                                            size_t len,
                                            struct smtpcodes_bounce **out);

// Frees a report of smtpcodes_bounce_read (NULL is ignored), with its recipients and every
// string it handed out.
//
// # Safety
// `report` must be NULL or a report of smtpcodes_bounce_read not freed yet.
void smtpcodes_bounce_free(struct smtpcodes_bounce *report);

// What kind of message it is: a smtpcodes_message_kind, or SMTPCODES_E_NULL.
//
// # Safety
// `report` must be NULL or a live report (for every smtpcodes_bounce_ accessor below).
int smtpcodes_bounce_kind(const struct smtpcodes_bounce *report);

// The kind's identifier, as in JSON: "dsn", "non_dsn", "feedback", "auto_reply" or
// "not_bounce" (static); NULL for NULL.
//
// # Safety
// See smtpcodes_bounce_kind.
const char *smtpcodes_bounce_kind_name(const struct smtpcodes_bounce *report);

// The MTA that wrote the report (Reporting-MTA, or the sender's host). NUL-terminated UTF-8
// owned by the report, NULL when absent; its length is written to `len` unless `len` is
// NULL (text of the message may hold NUL bytes: use the length). The same holds for every
// text accessor of reports and recipients below.
//
// # Safety
// See smtpcodes_bounce_kind; `len` must be NULL or writable.
const char *smtpcodes_bounce_reporting_mta(const struct smtpcodes_bounce *report, size_t *len);

// When the reporting MTA received the message (Arrival-Date), as written.
//
// # Safety
// See smtpcodes_bounce_kind; `len` must be NULL or writable.
const char *smtpcodes_bounce_arrival_date(const struct smtpcodes_bounce *report, size_t *len);

// The returned message's Message-ID.
//
// # Safety
// See smtpcodes_bounce_kind; `len` must be NULL or writable.
const char *smtpcodes_bounce_original_message_id(const struct smtpcodes_bounce *report,
                                                 size_t *len);

// The returned message's sender (From).
//
// # Safety
// See smtpcodes_bounce_kind; `len` must be NULL or writable.
const char *smtpcodes_bounce_original_from(const struct smtpcodes_bounce *report, size_t *len);

// The returned message's To.
//
// # Safety
// See smtpcodes_bounce_kind; `len` must be NULL or writable.
const char *smtpcodes_bounce_original_to(const struct smtpcodes_bounce *report, size_t *len);

// The returned message's Subject.
//
// # Safety
// See smtpcodes_bounce_kind; `len` must be NULL or writable.
const char *smtpcodes_bounce_original_subject(const struct smtpcodes_bounce *report, size_t *len);

// A feedback report's Feedback-Type ("abuse", "fraud", ...).
//
// # Safety
// See smtpcodes_bounce_kind; `len` must be NULL or writable.
const char *smtpcodes_bounce_feedback_type(const struct smtpcodes_bounce *report, size_t *len);

// How many recipients the report has, in the report's order (0 for NULL, and for a message
// that is no bounce).
//
// # Safety
// See smtpcodes_bounce_kind.
size_t smtpcodes_bounce_recipient_count(const struct smtpcodes_bounce *report);

// Recipient `index` of the report, owned by it (valid until smtpcodes_bounce_free); NULL
// for a NULL report or an index past the end.
//
// # Safety
// See smtpcodes_bounce_kind.
const struct smtpcodes_bounce_recipient *smtpcodes_bounce_recipient(const struct smtpcodes_bounce *report,
                                                                    size_t index);

// The recipient's address (Final-Recipient, or the address the report names), text as of
// smtpcodes_bounce_reporting_mta.
//
// # Safety
// `recipient` must be NULL or a recipient of a live report (for every
// smtpcodes_bounce_recipient_ accessor); `len` NULL or writable.
const char *smtpcodes_bounce_recipient_recipient(const struct smtpcodes_bounce_recipient *recipient,
                                                 size_t *len);

// The address as the sender gave it (Original-Recipient), when it differs.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
const char *smtpcodes_bounce_recipient_original_recipient(const struct smtpcodes_bounce_recipient *recipient,
                                                          size_t *len);

// The host that gave the reply (Remote-MTA).
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
const char *smtpcodes_bounce_recipient_remote_mta(const struct smtpcodes_bounce_recipient *recipient,
                                                  size_t *len);

// The type of the Diagnostic-Code ("smtp", "x-unix", ...).
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
const char *smtpcodes_bounce_recipient_diagnostic_type(const struct smtpcodes_bounce_recipient *recipient,
                                                       size_t *len);

// The server's reply or the report's text for this recipient, unfolded.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
const char *smtpcodes_bounce_recipient_server_text(const struct smtpcodes_bounce_recipient *recipient,
                                                   size_t *len);

// When the last attempt was made (Last-Attempt-Date), as written.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
const char *smtpcodes_bounce_recipient_last_attempt(const struct smtpcodes_bounce_recipient *recipient,
                                                    size_t *len);

// Until when the MTA will try (Will-Retry-Until), as written.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
const char *smtpcodes_bounce_recipient_will_retry_until(const struct smtpcodes_bounce_recipient *recipient,
                                                        size_t *len);

// What the reporting MTA did (the Action: field): a smtpcodes_action, SMTPCODES_ACTION_NONE
// without the field, or SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_action(const struct smtpcodes_bounce_recipient *recipient);

// The action's identifier, as in JSON: "failed", "delayed", "delivered", "relayed" or
// "expanded" (static); NULL without an Action: field, and for NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
const char *smtpcodes_bounce_recipient_action_name(const struct smtpcodes_bounce_recipient *recipient);

// The DSN's Status: field, written to `out`; SMTPCODES_E_NOT_FOUND when there is none.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `out` must be NULL or writable.
enum smtpcodes_result smtpcodes_bounce_recipient_dsn(const struct smtpcodes_bounce_recipient *recipient,
                                                     struct smtpcodes_enhanced *out);

// The SMTP command the reply answered, when the text says so ("RCPT", "DATA", ...), owned
// by the report; NULL when unknown, and for NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
const char *smtpcodes_bounce_recipient_smtp_command(const struct smtpcodes_bounce_recipient *recipient);

// The reply code the server gave, 200 to 599; 0 when there is none; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_code(const struct smtpcodes_bounce_recipient *recipient);

// The verdict's enhanced status code (the reply's own, else the DSN's Status:), written to
// `out`; SMTPCODES_E_NOT_FOUND when there is none.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `out` must be NULL or writable.
enum smtpcodes_result smtpcodes_bounce_recipient_enhanced(const struct smtpcodes_bounce_recipient *recipient,
                                                          struct smtpcodes_enhanced *out);

// The class, 2 to 5, of the code or of the enhanced code; 0 when there is none;
// SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_class(const struct smtpcodes_bounce_recipient *recipient);

// The class's identifier, as in JSON: "success", "intermediate", "transient" or
// "permanent" (static); NULL when there is none, and for NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
const char *smtpcodes_bounce_recipient_class_name(const struct smtpcodes_bounce_recipient *recipient);

// Soft or hard bounce, or none: a smtpcodes_bounce_type, or SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_bounce(const struct smtpcodes_bounce_recipient *recipient);

// "soft", "hard" or "none", as in JSON (static); NULL for NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
const char *smtpcodes_bounce_recipient_bounce_name(const struct smtpcodes_bounce_recipient *recipient);

// 1 if sending again later can succeed, else 0; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_retry(const struct smtpcodes_bounce_recipient *recipient);

// Why the delivery failed: a smtpcodes_reason, or SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_reason(const struct smtpcodes_bounce_recipient *recipient);

// The reason's identifier, such as "user_unknown" (static); NULL for NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
const char *smtpcodes_bounce_recipient_reason_name(const struct smtpcodes_bounce_recipient *recipient);

// The nearest of sisimai's reason names, such as "userunknown", owned by the report; NULL
// for NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
const char *smtpcodes_bounce_recipient_sisimai_reason(const struct smtpcodes_bounce_recipient *recipient);

// 1 if the address should be dropped from lists, as senders and ESPs do, else 0;
// SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_suppress(const struct smtpcodes_bounce_recipient *recipient);

// 1 if sisimai would call it a hard bounce (sisimai's own rule), else 0; SMTPCODES_E_NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient.
int smtpcodes_bounce_recipient_sisimai_hardbounce(const struct smtpcodes_bounce_recipient *recipient);

// What decided the reason (a phrase with its source, a code, the report's kind),
// NUL-terminated UTF-8 owned by the report; its length is written to `len` unless `len` is
// NULL. NULL for NULL.
//
// # Safety
// See smtpcodes_bounce_recipient_recipient; `len` must be NULL or writable.
const char *smtpcodes_bounce_recipient_evidence(const struct smtpcodes_bounce_recipient *recipient,
                                                size_t *len);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* SMTP_CODES_H */
