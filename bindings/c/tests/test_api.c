/* The C API as C programs use it, and as hostile callers abuse it: NULL pointers, zero and
 * tiny buffers, huge lengths, invalid UTF-8, NUL bytes, garbage, out-of-range indexes and enum
 * values. Run under ASan/UBSan and valgrind: every result made is freed, so a leak is a
 * failure. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "smtp_codes.h"

static int eq(const char *a, const char *b) { return a != NULL && b != NULL && strcmp(a, b) == 0; }

static void basic_codes(void) {
    CHECK(eq(smtpcodes_code_name(SMTPCODES_REPLY_MAILBOX_UNAVAILABLE), "MAILBOX_UNAVAILABLE"));
    CHECK(eq(smtpcodes_code_text(550), "Requested action not taken: mailbox unavailable"));
    CHECK(strstr(smtpcodes_code_description(421, SMTPCODES_LANG_ES), "servidor") != NULL);
    CHECK(smtpcodes_code_description(421, SMTPCODES_LANG_EN) != NULL);
    CHECK(smtpcodes_code_description(421, 7) == NULL && smtpcodes_code_description(421, -1) == NULL);
    CHECK(smtpcodes_code_class(421) == 4 && eq(smtpcodes_code_class_name(421), "transient"));
    CHECK(eq(smtpcodes_code_class_name(250), "success") && eq(smtpcodes_code_class_name(354), "intermediate"));
    CHECK(smtpcodes_code_category(421) == 2 && eq(smtpcodes_code_category_name(421), "connections"));
    CHECK(eq(smtpcodes_code_category_name(571), "undefined") && smtpcodes_code_category(571) == 7);
    CHECK(eq(smtpcodes_code_status(200), "non-standard") && eq(smtpcodes_code_status(250), "standard"));
    CHECK(smtpcodes_code_status(299) == NULL);
    CHECK(smtpcodes_code_is_known(550) == 1 && smtpcodes_code_is_known(299) == 0);
    CHECK(smtpcodes_code_is_known(-5) == 0);
    CHECK(smtpcodes_code_name(299) == NULL && smtpcodes_code_class(299) == 2);
    CHECK(smtpcodes_code_class(600) == SMTPCODES_E_RANGE && smtpcodes_code_class(-1) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_code_class(INT_MAX) == SMTPCODES_E_RANGE && smtpcodes_code_name(INT_MIN) == NULL);
    CHECK(smtpcodes_code_category(199) == SMTPCODES_E_RANGE && smtpcodes_code_class_name(199) == NULL);
    CHECK(smtpcodes_code_reference_count(550) >= 1);
    CHECK(strncmp(smtpcodes_code_reference(550, 0), "RFC 5321", 8) == 0);
    CHECK(smtpcodes_code_reference(550, 1000) == NULL && smtpcodes_code_reference(299, 0) == NULL);
    CHECK(smtpcodes_code_reference_count(299) == 0 && smtpcodes_code_reference_count(INT_MIN) == 0);
    CHECK(smtpcodes_code_vendor_note_count(530) >= 1);
    CHECK(smtpcodes_code_vendor_note_source(530, 0) != NULL);
    CHECK(smtpcodes_code_vendor_note_description(530, 0, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_code_vendor_note_description(530, 0, 2) == NULL);
    CHECK(smtpcodes_code_vendor_note_description(530, 99, SMTPCODES_LANG_ES) == NULL);
    CHECK(smtpcodes_code_vendor_note_source(530, (size_t)-1) == NULL);
    CHECK(smtpcodes_basic_count() > 40);
    CHECK(smtpcodes_basic_code_at(0) == 200);
    CHECK(smtpcodes_basic_code_at(smtpcodes_basic_count()) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_basic_code_at((size_t)-1) == SMTPCODES_E_RANGE);
    /* The same static string every time: nothing is made per call. */
    CHECK(smtpcodes_code_text(550) == smtpcodes_code_text(550));
    CHECK(smtpcodes_code_class_name(421) == smtpcodes_code_class_name(450));
}

static void enhanced_codes(void) {
    smtpcodes_enhanced e;
    char buf[16];
    size_t index = 0;
    CHECK(smtpcodes_enhanced_parse("5.1.1", 5, &e) == SMTPCODES_OK);
    CHECK(e.class_digit == 5 && e.subject == 1 && e.detail == 1);
    CHECK(smtpcodes_enhanced_lookup(&e, &index) == SMTPCODES_OK);
    CHECK(eq(smtpcodes_enhanced_entry_name(index), "BAD_DESTINATION_MAILBOX_ADDRESS"));
    CHECK(eq(smtpcodes_enhanced_entry_notation(index), "X.1.1"));
    CHECK(smtpcodes_enhanced_entry_class(index) == 0);
    CHECK(smtpcodes_enhanced_entry_subject(index) * 1000 + smtpcodes_enhanced_entry_detail(index) ==
          SMTPCODES_ENHANCED_BAD_DESTINATION_MAILBOX_ADDRESS);
    CHECK(smtpcodes_enhanced_entry_detail_through(index) == 1);
    CHECK(eq(smtpcodes_enhanced_entry_text(index), "Bad destination mailbox address"));
    CHECK(eq(smtpcodes_enhanced_entry_status(index), "standard"));
    CHECK(smtpcodes_enhanced_entry_description(index, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_enhanced_entry_description(index, 5) == NULL);
    CHECK(smtpcodes_enhanced_entry_basic_code_count(index) >= 1);
    CHECK(smtpcodes_enhanced_entry_any_basic_code(index) == 0);
    CHECK(smtpcodes_enhanced_entry_basic_code(index, 0) >= 200 && smtpcodes_enhanced_entry_basic_code(index, 0) <= 599);
    CHECK(smtpcodes_enhanced_entry_reference_count(index) >= 1 && smtpcodes_enhanced_entry_reference(index, 0) != NULL);
    CHECK(smtpcodes_enhanced_entry_reference(index, 999) == NULL);
    CHECK(smtpcodes_enhanced_pairing(&e, 550) == SMTPCODES_PAIRING_REGISTERED);
    CHECK(smtpcodes_enhanced_pairing(&e, 421) == SMTPCODES_PAIRING_CLASS_MISMATCH);
    CHECK(smtpcodes_enhanced_pairing(&e, 554) == SMTPCODES_PAIRING_CLASS_MATCHES);
    CHECK(smtpcodes_enhanced_pairing(&e, 99) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_format(&e, buf, sizeof buf) == 5 && eq(buf, "5.1.1"));
    /* snprintf convention: a short buffer gets a truncated, terminated string. */
    CHECK(smtpcodes_enhanced_format(&e, buf, 3) == 5 && eq(buf, "5."));
    CHECK(smtpcodes_enhanced_format(&e, buf, 1) == 5 && buf[0] == '\0');
    CHECK(smtpcodes_enhanced_format(&e, NULL, 0) == 5);
    CHECK(smtpcodes_enhanced_format(&e, NULL, 8) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_parse("5.01.1", 6, &e) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_enhanced_parse("3.1.1", 5, &e) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_enhanced_parse("5.1.1", 3, &e) == SMTPCODES_E_SYNTAX); /* only "5.1" */
    CHECK(smtpcodes_enhanced_parse("\xff\xfe", 2, &e) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_enhanced_parse("", 0, &e) == SMTPCODES_E_SYNTAX);
    e.class_digit = 3;
    CHECK(smtpcodes_enhanced_format(&e, buf, sizeof buf) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_lookup(&e, &index) == SMTPCODES_E_RANGE);
    e.class_digit = 5;
    e.subject = -1;
    CHECK(smtpcodes_enhanced_format(&e, buf, sizeof buf) == SMTPCODES_E_RANGE);
    e.subject = 1000;
    CHECK(smtpcodes_enhanced_pairing(&e, 550) == SMTPCODES_E_RANGE);
    e.subject = 999;
    e.detail = 999;
    CHECK(smtpcodes_enhanced_format(&e, buf, sizeof buf) == 9 && eq(buf, "5.999.999"));
    /* X.0.0: the registry associates any basic code. */
    CHECK(smtpcodes_enhanced_parse("4.0.0", 5, &e) == SMTPCODES_OK && smtpcodes_enhanced_lookup(&e, &index) == SMTPCODES_OK);
    CHECK(smtpcodes_enhanced_entry_any_basic_code(index) == 1 && smtpcodes_enhanced_entry_basic_code_count(index) == 0);
    CHECK(smtpcodes_enhanced_parse("5.7.620", 7, &e) == SMTPCODES_OK && smtpcodes_enhanced_lookup(&e, &index) == SMTPCODES_OK);
    CHECK(eq(smtpcodes_enhanced_entry_notation(index), "5.7.606-649"));
    CHECK(smtpcodes_enhanced_entry_class(index) == 5 && smtpcodes_enhanced_entry_detail_through(index) == 649);
    CHECK(smtpcodes_enhanced_parse("5.9.999", 7, &e) == SMTPCODES_OK);
    CHECK(smtpcodes_enhanced_lookup(&e, &index) == SMTPCODES_E_NOT_FOUND);
    index = smtpcodes_enhanced_count();
    CHECK(smtpcodes_enhanced_entry_name(index) == NULL && smtpcodes_enhanced_entry_notation(index) == NULL);
    CHECK(smtpcodes_enhanced_entry_text(index) == NULL && smtpcodes_enhanced_entry_status(index) == NULL);
    CHECK(smtpcodes_enhanced_entry_class(index) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_entry_subject(index) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_entry_detail(index) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_entry_detail_through(index) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_entry_basic_code_count(index) == 0 && smtpcodes_enhanced_entry_reference_count(index) == 0);
    CHECK(smtpcodes_enhanced_entry_any_basic_code(index) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_entry_vendor_note_count(index) == 0);
    CHECK(smtpcodes_enhanced_entry_vendor_note_source(index, 0) == NULL);
    CHECK(smtpcodes_enhanced_entry_vendor_note_description(index, 0, SMTPCODES_LANG_EN) == NULL);
    CHECK(smtpcodes_enhanced_entry_basic_code(0, 100000) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_entry_basic_code((size_t)-1, 0) == SMTPCODES_E_RANGE);
}

static void aliases_digits_commands(void) {
    smtpcodes_enhanced e;
    size_t i;
    int found = 0;
    for (i = 0; i < smtpcodes_alias_count(); i++) {
        CHECK(smtpcodes_alias_enhanced(i, &e) == SMTPCODES_OK);
        CHECK(smtpcodes_alias_source(i) != NULL && smtpcodes_alias_description(i, SMTPCODES_LANG_ES) != NULL);
        if (smtpcodes_alias_code(i) == 441) {
            found = e.class_digit == 4 && e.subject == 4 && e.detail == 1;
        }
    }
    CHECK(found);
    i = smtpcodes_alias_count();
    CHECK(smtpcodes_alias_enhanced(i, &e) == SMTPCODES_E_RANGE && smtpcodes_alias_code(i) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_alias_source(i) == NULL && smtpcodes_alias_description(0, 2) == NULL);
    CHECK(smtpcodes_alias_enhanced(0, NULL) == SMTPCODES_E_NULL && smtpcodes_alias_enhanced(i, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_digit_count(SMTPCODES_TABLE_CLASSES) == 4);
    CHECK(smtpcodes_digit_count(SMTPCODES_TABLE_CATEGORIES) == 6 && smtpcodes_digit_count(SMTPCODES_TABLE_SUBJECTS) == 8);
    CHECK(smtpcodes_digit_count(9) == 0 && smtpcodes_digit_count(-1) == 0);
    CHECK(smtpcodes_digit_value(SMTPCODES_TABLE_SUBJECTS, 7) == 7 && eq(smtpcodes_digit_id(SMTPCODES_TABLE_SUBJECTS, 7), "security_policy"));
    CHECK(smtpcodes_digit_value(SMTPCODES_TABLE_CLASSES, 0) == 2 && smtpcodes_digit_name(SMTPCODES_TABLE_CLASSES, 0) != NULL);
    CHECK(smtpcodes_digit_description(SMTPCODES_TABLE_CATEGORIES, 5, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_digit_value(9, 0) == SMTPCODES_E_RANGE && smtpcodes_digit_id(9, 0) == NULL);
    CHECK(smtpcodes_digit_value(SMTPCODES_TABLE_CLASSES, 4) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_digit_name(SMTPCODES_TABLE_CLASSES, 4) == NULL);
    CHECK(smtpcodes_digit_description(SMTPCODES_TABLE_CLASSES, 0, 9) == NULL);
    CHECK(smtpcodes_bounce_description(SMTPCODES_BOUNCE_SOFT, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_bounce_description(SMTPCODES_BOUNCE_HARD, SMTPCODES_LANG_EN) != NULL);
    CHECK(smtpcodes_bounce_description(SMTPCODES_BOUNCE_NONE, SMTPCODES_LANG_ES) == NULL);
    CHECK(smtpcodes_bounce_description(SMTPCODES_BOUNCE_SOFT, 3) == NULL && smtpcodes_bounce_description(77, 0) == NULL);
    CHECK(smtpcodes_command_may_return("RCPT", 354) == 0);
    CHECK(smtpcodes_command_may_return("data", 354) == 1);
    CHECK(smtpcodes_command_may_return("RCPT", 421) == 1);
    CHECK(smtpcodes_command_may_return("FROB", 250) == SMTPCODES_E_NOT_FOUND);
    CHECK(smtpcodes_command_may_return("RCPT", 99) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_command_may_return("\xff", 250) == SMTPCODES_E_UTF8);
    CHECK(eq(smtpcodes_command_name(0), "CONNECT") && smtpcodes_command_name(smtpcodes_command_count()) == NULL);
    CHECK(smtpcodes_command_reference_count(0) >= 1 && smtpcodes_command_reference(0, 0) != NULL);
    CHECK(smtpcodes_command_reference(0, 99) == NULL && smtpcodes_command_reference_count(999) == 0);
    CHECK(smtpcodes_command_reply_count(0, SMTPCODES_ROLE_SUCCESS) == 1);
    CHECK(smtpcodes_command_reply_at(0, SMTPCODES_ROLE_SUCCESS, 0) == 220);
    CHECK(smtpcodes_command_reply_at(0, SMTPCODES_ROLE_SUCCESS, 1) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_command_reply_at(0, 7, 0) == SMTPCODES_E_RANGE && smtpcodes_command_reply_count(0, -1) == 0);
    CHECK(smtpcodes_command_reply_count(999, SMTPCODES_ROLE_ERROR) == 0);
    CHECK(smtpcodes_any_command_error_count() == 3 && smtpcodes_any_command_error_at(0) == 421);
    CHECK(smtpcodes_any_command_error_at(3) == SMTPCODES_E_RANGE);
}

static void replies(void) {
    static const uint8_t ehlo[] = "250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n354 go\r\n";
    static const char *const want[] = {"mx.example.com", "PIPELINING", "SIZE 1000"};
    smtpcodes_reply *r = NULL;
    smtpcodes_reply *next = NULL;
    smtpcodes_enhanced e;
    const char *text;
    size_t len = 0, i;
    CHECK(smtpcodes_reply_parse(ehlo, sizeof ehlo - 1, SMTPCODES_PARSE_STRICT, &r) == SMTPCODES_OK && r != NULL);
    CHECK(smtpcodes_reply_code(r) == 250 && smtpcodes_reply_line_count(r) == 3);
    CHECK(smtpcodes_reply_enhanced(r, &e) == SMTPCODES_E_NOT_FOUND);
    CHECK(smtpcodes_reply_consumed(r) == sizeof ehlo - 1 - strlen("354 go\r\n"));
    for (i = 0; i < smtpcodes_reply_line_count(r); i++) {
        text = smtpcodes_reply_line(r, i, &len);
        CHECK(eq(text, want[i]) && len == strlen(want[i]));
        /* The reply owns its lines: they are not pointers into the input. */
        CHECK(text != NULL && (text < (const char *)ehlo || text >= (const char *)ehlo + sizeof ehlo));
    }
    CHECK(eq(smtpcodes_reply_line(r, 1, NULL), "PIPELINING"));
    CHECK(smtpcodes_reply_line(r, 3, &len) == NULL && smtpcodes_reply_line(r, (size_t)-1, NULL) == NULL);
    CHECK(smtpcodes_reply_parse(ehlo + smtpcodes_reply_consumed(r), sizeof ehlo - 1 - smtpcodes_reply_consumed(r), 0, &next) == SMTPCODES_OK);
    CHECK(smtpcodes_reply_code(next) == 354 && eq(smtpcodes_reply_line(next, 0, NULL), "go"));
    smtpcodes_reply_free(next);
    smtpcodes_reply_free(r);

    CHECK(smtpcodes_reply_parse((const uint8_t *)"550-5.1.1 no\r\n550 5.1.1 such user\r\n", 35, 0, &r) == SMTPCODES_OK);
    CHECK(smtpcodes_reply_enhanced(r, &e) == SMTPCODES_OK && e.class_digit == 5 && e.detail == 1);
    CHECK(eq(smtpcodes_reply_line(r, 1, NULL), "such user"));
    CHECK(smtpcodes_reply_enhanced(r, NULL) == SMTPCODES_E_NULL);
    smtpcodes_reply_free(r);
    /* Lenient parsing lets NUL and bytes that are not UTF-8 through: the length tells. */
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 a\0b\xff\n", 9, SMTPCODES_PARSE_LENIENT, &r) == SMTPCODES_OK);
    text = smtpcodes_reply_line(r, 0, &len);
    CHECK(len == 4 && memcmp(text, "a\0b\xff", 5) == 0);
    smtpcodes_reply_free(r);

    r = (smtpcodes_reply *)&e; /* a failed parse sets *out to NULL */
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250-cut\r\n", 9, 0, &r) == SMTPCODES_E_INCOMPLETE && r == NULL);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 lf\n", 7, 0, &r) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 lf\n", 7, SMTPCODES_PARSE_LENIENT, &r) == SMTPCODES_OK);
    smtpcodes_reply_free(r);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"421 5.7.1 x\r\n", 13, 0, &r) == SMTPCODES_E_CLASS_MISMATCH);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 \xff\r\n", 7, 0, &r) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", 8, 9, &r) == SMTPCODES_E_RANGE && r == NULL);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", 8, -1, &r) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"", 0, 0, &r) == SMTPCODES_E_INCOMPLETE);
    {
        char long_line[700];
        memset(long_line, 'x', sizeof long_line);
        memcpy(long_line, "250 ", 4);
        CHECK(smtpcodes_reply_parse((const uint8_t *)long_line, sizeof long_line, 0, &r) == SMTPCODES_E_TOO_LONG);
    }
    /* NULL replies are refused by every accessor, and freeing NULL does nothing. */
    CHECK(smtpcodes_reply_code(NULL) == SMTPCODES_E_NULL && smtpcodes_reply_line_count(NULL) == 0);
    CHECK(smtpcodes_reply_consumed(NULL) == 0 && smtpcodes_reply_line(NULL, 0, &len) == NULL);
    CHECK(smtpcodes_reply_enhanced(NULL, &e) == SMTPCODES_E_NULL);
    smtpcodes_reply_free(NULL);
}

static void many_lines(void) {
    /* 2000 lines: reading each one is constant time (the boundaries are found once). */
    enum { LINES = 2000 };
    static char wire[LINES * 12];
    smtpcodes_reply *r = NULL;
    size_t i, n = 0, total = 0, len;
    for (i = 0; i < LINES; i++) {
        memcpy(wire + n, i + 1 < LINES ? "250-line\r\n" : "250 line\r\n", 10);
        n += 10;
    }
    CHECK(smtpcodes_reply_parse((const uint8_t *)wire, n, SMTPCODES_PARSE_LENIENT, &r) == SMTPCODES_OK);
    CHECK(smtpcodes_reply_line_count(r) == LINES);
    for (i = 0; i < smtpcodes_reply_line_count(r); i++) {
        if (eq(smtpcodes_reply_line(r, i, &len), "line")) total += len;
    }
    CHECK(total == 4 * LINES);
    smtpcodes_reply_free(r);
}

static void formatting(void) {
    const char *lines[] = {"first line", "second line"};
    const char *crlf[] = {"OK\r\n250 forged"};
    const char *control[] = {"bell\a"};
    const char *looks_enhanced[] = {"2.0.0 fine"};
    const char *bad_utf8[] = {"caf\xe9"};
    const char *null_line[] = {NULL};
    smtpcodes_enhanced e = {5, 7, 1};
    smtpcodes_enhanced wrong = {4, 7, 1};
    smtpcodes_enhanced on_354 = {5, 0, 0};
    smtpcodes_enhanced bad = {7, 0, 0};
    char buf[128];
    long n = smtpcodes_reply_format(550, &e, lines, 2, buf, sizeof buf);
    CHECK(n == (long)strlen("550-5.7.1 first line\r\n550 5.7.1 second line\r\n"));
    CHECK(eq(buf, "550-5.7.1 first line\r\n550 5.7.1 second line\r\n"));
    CHECK(smtpcodes_reply_format(550, &e, lines, 2, NULL, 0) == n); /* size query */
    CHECK(smtpcodes_reply_format(550, &e, lines, 2, buf, 5) == n && eq(buf, "550-"));
    CHECK(smtpcodes_reply_format(250, NULL, NULL, 0, buf, sizeof buf) == 5 && eq(buf, "250\r\n"));
    /* Each reason the text cannot be sent has its own code. */
    CHECK(smtpcodes_reply_format(250, NULL, crlf, 1, buf, sizeof buf) == SMTPCODES_E_LINE_BREAK);
    CHECK(smtpcodes_reply_format(250, NULL, control, 1, buf, sizeof buf) == SMTPCODES_E_CONTROL_CHARACTER);
    CHECK(smtpcodes_reply_format(250, NULL, looks_enhanced, 1, buf, sizeof buf) == SMTPCODES_E_TEXT_LOOKS_LIKE_ENHANCED);
    CHECK(smtpcodes_reply_format(550, &wrong, lines, 2, buf, sizeof buf) == SMTPCODES_E_CLASS_MISMATCH);
    CHECK(smtpcodes_reply_format(354, &on_354, lines, 1, buf, sizeof buf) == SMTPCODES_E_ENHANCED_ON_INTERMEDIATE);
    CHECK(smtpcodes_reply_format(250, &bad, lines, 1, buf, sizeof buf) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_format(250, NULL, bad_utf8, 1, buf, sizeof buf) == SMTPCODES_E_UTF8);
    CHECK(smtpcodes_reply_format(250, NULL, null_line, 1, buf, sizeof buf) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_format(250, NULL, NULL, 2, buf, sizeof buf) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_format(199, NULL, NULL, 0, buf, sizeof buf) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_format(250, NULL, NULL, 0, NULL, 10) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_format(250, NULL, lines, SIZE_MAX, buf, sizeof buf) == SMTPCODES_E_RANGE);
    {
        /* More than the 64 KiB a reply may hold. */
        static char big[70000];
        const char *one[1];
        memset(big, 'x', sizeof big - 1);
        one[0] = big;
        CHECK(smtpcodes_reply_format(250, NULL, one, 1, NULL, 0) == SMTPCODES_E_TOO_LONG);
    }
}

static void explaining(void) {
    static const char bounce[] = "host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: unknown";
    smtpcodes_explanation *x = NULL;
    smtpcodes_enhanced e;
    size_t len = 0;
    CHECK(smtpcodes_explain(bounce, sizeof bounce - 1, &x) == SMTPCODES_OK && x != NULL);
    CHECK(smtpcodes_explanation_code(x) == 550 && smtpcodes_explanation_kind(x) == SMTPCODES_INPUT_TEXT);
    CHECK(smtpcodes_explanation_enhanced(x, &e) == SMTPCODES_OK && e.class_digit == 5 && e.subject == 1);
    CHECK(smtpcodes_explanation_class(x) == 5);
    CHECK(smtpcodes_explanation_bounce(x) == SMTPCODES_BOUNCE_HARD && smtpcodes_explanation_retry(x) == 0);
    CHECK(smtpcodes_explanation_reason(x) == SMTPCODES_REASON_USER_UNKNOWN);
    CHECK(eq(smtpcodes_explanation_reason_name(x), "user_unknown"));
    CHECK(eq(smtpcodes_explanation_sisimai_reason(x), "userunknown") && smtpcodes_explanation_suppress(x) == 1);
    CHECK(smtpcodes_explanation_sisimai_hardbounce(x) == 1);
    CHECK(smtpcodes_explanation_evidence_kind(x) == SMTPCODES_EVIDENCE_ENHANCED_CODE);
    CHECK(smtpcodes_explanation_evidence_phrase(x) == NULL);
    CHECK(eq(smtpcodes_explanation_text(x, &len), "<bob@example.com>: unknown") && len == 26);
    CHECK(smtpcodes_explanation_enhanced(x, NULL) == SMTPCODES_E_NULL);
    smtpcodes_explanation_free(x);

    CHECK(smtpcodes_explain("452 4.2.2 mailbox full", 22, &x) == SMTPCODES_OK);
    CHECK(smtpcodes_explanation_reason(x) == SMTPCODES_REASON_MAILBOX_FULL && !smtpcodes_explanation_suppress(x));
    CHECK(smtpcodes_explanation_kind(x) == SMTPCODES_INPUT_REPLY && eq(smtpcodes_explanation_text(x, NULL), "mailbox full"));
    smtpcodes_explanation_free(x);

    /* A disabled mailbox: dropped, as senders do, but soft for sisimai. */
    CHECK(smtpcodes_explain("550 5.2.1 The email account that you tried to reach is disabled", 63, &x) == SMTPCODES_OK);
    CHECK(smtpcodes_explanation_reason(x) == SMTPCODES_REASON_MAILBOX_DISABLED);
    CHECK(smtpcodes_explanation_suppress(x) == 1 && smtpcodes_explanation_sisimai_hardbounce(x) == 0);
    smtpcodes_explanation_free(x);

    CHECK(smtpcodes_explain("421 4.7.0 later", 15, &x) == SMTPCODES_OK);
    CHECK(smtpcodes_explanation_retry(x) == 1 && smtpcodes_explanation_bounce(x) == SMTPCODES_BOUNCE_SOFT);
    smtpcodes_explanation_free(x);

    CHECK(smtpcodes_explain("5.2.2", 5, &x) == SMTPCODES_OK);
    CHECK(smtpcodes_explanation_kind(x) == SMTPCODES_INPUT_ENHANCED_CODE && smtpcodes_explanation_code(x) == 0);
    CHECK(smtpcodes_explanation_class(x) == 5 && eq(smtpcodes_explanation_text(x, &len), "") && len == 0);
    smtpcodes_explanation_free(x);

    /* A success reply: no bounce, reason none, and a sisimai name the tables do not hold. */
    CHECK(smtpcodes_explain("250 OK", 6, &x) == SMTPCODES_OK);
    CHECK(smtpcodes_explanation_kind(x) == SMTPCODES_INPUT_REPLY);
    CHECK(smtpcodes_explanation_bounce(x) == SMTPCODES_BOUNCE_NONE && smtpcodes_explanation_reason(x) == SMTPCODES_REASON_NONE);
    CHECK(smtpcodes_explanation_enhanced(x, &e) == SMTPCODES_E_NOT_FOUND);
    CHECK(eq(smtpcodes_explanation_sisimai_reason(x), "delivered"));
    smtpcodes_explanation_free(x);

    /* A phrase decides: the evidence names it. */
    {
        static const char phrase[] = "The email account that you tried to reach does not exist";
        CHECK(smtpcodes_explain(phrase, strlen(phrase), &x) == SMTPCODES_OK);
    }
    CHECK(smtpcodes_explanation_evidence_kind(x) == SMTPCODES_EVIDENCE_PHRASE && smtpcodes_explanation_code(x) == 0);
    CHECK(smtpcodes_explanation_evidence_phrase(x) != NULL && smtpcodes_explanation_class(x) == 0);
    CHECK(smtpcodes_explanation_reason(x) == SMTPCODES_REASON_USER_UNKNOWN);
    smtpcodes_explanation_free(x);

    CHECK(smtpcodes_reason_count() == 21 && eq(smtpcodes_reason_name(SMTPCODES_REASON_NONE), "none"));
    CHECK(SMTPCODES_REASON_NONE == 19 && eq(smtpcodes_reason_name(SMTPCODES_REASON_COMPLAINT), "complaint"));
    CHECK(smtpcodes_reason_name(21) == NULL && smtpcodes_reason_name(-1) == NULL);
    CHECK(eq(smtpcodes_reason_sisimai(SMTPCODES_REASON_MAILBOX_FULL), "mailboxfull") && smtpcodes_reason_sisimai(99) == NULL);
    CHECK(smtpcodes_reason_suppresses(SMTPCODES_REASON_USER_UNKNOWN) == 1 && smtpcodes_reason_suppresses(99) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reason_suppresses(SMTPCODES_REASON_MAILBOX_FULL) == 0);
    CHECK(smtpcodes_reason_suppresses(SMTPCODES_REASON_MAILBOX_DISABLED) == 1);
    CHECK(smtpcodes_reason_sisimai_hardbounce(SMTPCODES_REASON_MAILBOX_DISABLED) == 0);
    CHECK(smtpcodes_reason_sisimai_hardbounce(SMTPCODES_REASON_USER_UNKNOWN) == 1);
    CHECK(smtpcodes_reason_sisimai_hardbounce(-1) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reason_description(SMTPCODES_REASON_GREYLISTED, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_reason_description(SMTPCODES_REASON_GREYLISTED, 2) == NULL);

    x = (smtpcodes_explanation *)&e; /* a failed explain sets *out to NULL */
    CHECK(smtpcodes_explain("no code", 7, &x) == SMTPCODES_E_NOT_FOUND && x == NULL);
    CHECK(smtpcodes_explain("", 0, &x) == SMTPCODES_E_NOT_FOUND && x == NULL);
    /* Bytes that are not UTF-8 are read as U+FFFD; a NUL in the input stays in the text. */
    CHECK(smtpcodes_explain("550 caf\xe9 \xff", 10, &x) == SMTPCODES_OK && smtpcodes_explanation_code(x) == 550);
    CHECK(strstr(smtpcodes_explanation_text(x, NULL), "\xef\xbf\xbd") != NULL);
    smtpcodes_explanation_free(x);
    CHECK(smtpcodes_explain("550 a\0b", 7, &x) == SMTPCODES_OK);
    CHECK(smtpcodes_explanation_text(x, &len) != NULL && len == 3);
    smtpcodes_explanation_free(x);

    /* NULL explanations are refused by every accessor, and freeing NULL does nothing. */
    CHECK(smtpcodes_explanation_kind(NULL) == SMTPCODES_E_NULL && smtpcodes_explanation_code(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explanation_enhanced(NULL, &e) == SMTPCODES_E_NULL && smtpcodes_explanation_class(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explanation_bounce(NULL) == SMTPCODES_E_NULL && smtpcodes_explanation_retry(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explanation_reason(NULL) == SMTPCODES_E_NULL && smtpcodes_explanation_reason_name(NULL) == NULL);
    CHECK(smtpcodes_explanation_sisimai_reason(NULL) == NULL && smtpcodes_explanation_suppress(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explanation_sisimai_hardbounce(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explanation_evidence_kind(NULL) == SMTPCODES_E_NULL && smtpcodes_explanation_evidence_phrase(NULL) == NULL);
    CHECK(smtpcodes_explanation_text(NULL, &len) == NULL);
    smtpcodes_explanation_free(NULL);
}

/* Bounce messages: a DSN with two recipients, a plain-text (qmail) bounce, a feedback report,
 * an automatic reply and a message that is none of these; then hostile input. */
static const char dsn[] =
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n"
    "To: alice@example.org\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n"
    "\r\n"
    "--B\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "This is the mail system at host mx.example.net.\r\n"
    "\r\n"
    "--B\r\n"
    "Content-Type: message/delivery-status\r\n"
    "\r\n"
    "Reporting-MTA: dns; mx.example.net\r\n"
    "Arrival-Date: Mon, 1 Jan 2024 10:00:00 +0000\r\n"
    "\r\n"
    "Final-Recipient: rfc822; bob@example.com\r\n"
    "Original-Recipient: rfc822; Bob@Example.COM\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "Remote-MTA: dns; mx.example.com\r\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected:\r\n"
    "    User unknown in virtual mailbox table\r\n"
    "Last-Attempt-Date: Mon, 1 Jan 2024 10:00:05 +0000\r\n"
    "\r\n"
    "Final-Recipient: rfc822; carol@example.com\r\n"
    "Action: delayed\r\n"
    "Status: 4.2.2\r\n"
    "Diagnostic-Code: smtp; 452 4.2.2 Mailbox full (in reply to RCPT TO command)\r\n"
    "Will-Retry-Until: Fri, 5 Jan 2024 10:00:00 +0000\r\n"
    "\r\n"
    "--B\r\n"
    "Content-Type: text/rfc822-headers\r\n"
    "\r\n"
    "Message-ID: <m1@example.org>\r\n"
    "From: alice@example.org\r\n"
    "To: bob@example.com\r\n"
    "Subject: Hello\r\n"
    "\r\n"
    "--B--\r\n";

static const char qmail[] =
    "From: MAILER-DAEMON@mx.example.net\r\n"
    "To: alice@example.org\r\n"
    "Subject: failure notice\r\n"
    "\r\n"
    "Hi. This is the qmail-send program at mx.example.net.\r\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
    "\r\n"
    "<bob@example.com>:\r\n"
    "192.0.2.1 does not like recipient.\r\n"
    "Remote host said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\r\n"
    "Giving up on 192.0.2.1.\r\n";

static const char arf[] =
    "From: abuse@isp.example\r\n"
    "To: postmaster@example.org\r\n"
    "Subject: FW: Earn money\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=feedback-report; boundary=\"F\"\r\n"
    "\r\n"
    "--F\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "This is an email abuse report.\r\n"
    "\r\n"
    "--F\r\n"
    "Content-Type: message/feedback-report\r\n"
    "\r\n"
    "Feedback-Type: abuse\r\n"
    "User-Agent: SomeGenerator/1.0\r\n"
    "Version: 1\r\n"
    "Original-Rcpt-To: <user@isp.example>\r\n"
    "Arrival-Date: Thu, 8 Mar 2005 14:00:00 EDT\r\n"
    "\r\n"
    "--F\r\n"
    "Content-Type: message/rfc822\r\n"
    "\r\n"
    "From: <somespammer@example.net>\r\n"
    "To: <user@isp.example>\r\n"
    "Subject: Earn money\r\n"
    "Message-ID: <8787KJKJ3K4J3K4J3K4J3.mail@example.net>\r\n"
    "\r\n"
    "Spam spam spam\r\n"
    "--F--\r\n";

static const char vacation[] =
    "From: dan@example.com\r\n"
    "To: alice@example.org\r\n"
    "Subject: Out of office\r\n"
    "Auto-Submitted: auto-replied\r\n"
    "\r\n"
    "I am away until Monday.\r\n";

static const char plain[] = "From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n";

static void bounce_messages(void) {
    smtpcodes_bounce *b = NULL;
    const struct smtpcodes_bounce_recipient *r;
    smtpcodes_enhanced e;
    size_t len = 99;

    CHECK(smtpcodes_bounce_read(dsn, sizeof dsn - 1, &b) == SMTPCODES_OK && b != NULL);
    CHECK(smtpcodes_bounce_kind(b) == SMTPCODES_MESSAGE_DSN && eq(smtpcodes_bounce_kind_name(b), "dsn"));
    CHECK(eq(smtpcodes_bounce_reporting_mta(b, &len), "mx.example.net") && len == 14);
    CHECK(eq(smtpcodes_bounce_arrival_date(b, NULL), "Mon, 1 Jan 2024 10:00:00 +0000"));
    CHECK(eq(smtpcodes_bounce_original_message_id(b, NULL), "m1@example.org"));
    CHECK(eq(smtpcodes_bounce_original_from(b, NULL), "alice@example.org"));
    CHECK(eq(smtpcodes_bounce_original_to(b, NULL), "bob@example.com"));
    CHECK(eq(smtpcodes_bounce_original_subject(b, NULL), "Hello"));
    len = 99;
    CHECK(smtpcodes_bounce_feedback_type(b, &len) == NULL && len == 0);
    CHECK(smtpcodes_bounce_recipient_count(b) == 2);
    r = smtpcodes_bounce_recipient(b, 0);
    CHECK(r != NULL && r == smtpcodes_bounce_recipient(b, 0)); /* owned by the report, made once */
    CHECK(eq(smtpcodes_bounce_recipient_recipient(r, &len), "bob@example.com") && len == 15);
    CHECK(eq(smtpcodes_bounce_recipient_original_recipient(r, NULL), "Bob@Example.COM"));
    CHECK(smtpcodes_bounce_recipient_action(r) == SMTPCODES_ACTION_FAILED);
    CHECK(eq(smtpcodes_bounce_recipient_action_name(r), "failed"));
    CHECK(smtpcodes_bounce_recipient_dsn(r, &e) == SMTPCODES_OK && e.class_digit == 5 && e.subject == 1 && e.detail == 1);
    CHECK(eq(smtpcodes_bounce_recipient_remote_mta(r, NULL), "mx.example.com"));
    CHECK(eq(smtpcodes_bounce_recipient_diagnostic_type(r, NULL), "smtp"));
    CHECK(eq(smtpcodes_bounce_recipient_server_text(r, NULL),
             "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table"));
    CHECK(eq(smtpcodes_bounce_recipient_last_attempt(r, NULL), "Mon, 1 Jan 2024 10:00:05 +0000"));
    CHECK(smtpcodes_bounce_recipient_will_retry_until(r, NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_smtp_command(r) == NULL);
    CHECK(smtpcodes_bounce_recipient_code(r) == 550);
    CHECK(smtpcodes_bounce_recipient_enhanced(r, &e) == SMTPCODES_OK && e.class_digit == 5 && e.detail == 1);
    CHECK(smtpcodes_bounce_recipient_class(r) == 5 && eq(smtpcodes_bounce_recipient_class_name(r), "permanent"));
    CHECK(smtpcodes_bounce_recipient_bounce(r) == SMTPCODES_BOUNCE_HARD && eq(smtpcodes_bounce_recipient_bounce_name(r), "hard"));
    CHECK(smtpcodes_bounce_recipient_retry(r) == 0);
    CHECK(smtpcodes_bounce_recipient_reason(r) == SMTPCODES_REASON_USER_UNKNOWN);
    CHECK(eq(smtpcodes_bounce_recipient_reason_name(r), "user_unknown"));
    CHECK(eq(smtpcodes_bounce_recipient_sisimai_reason(r), "userunknown"));
    CHECK(smtpcodes_bounce_recipient_suppress(r) == 1 && smtpcodes_bounce_recipient_sisimai_hardbounce(r) == 1);
    CHECK(strstr(smtpcodes_bounce_recipient_evidence(r, &len), "user unknown") != NULL && len > 12);
    CHECK(smtpcodes_bounce_recipient_dsn(r, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_recipient_enhanced(r, NULL) == SMTPCODES_E_NULL);

    r = smtpcodes_bounce_recipient(b, 1);
    CHECK(eq(smtpcodes_bounce_recipient_recipient(r, NULL), "carol@example.com"));
    CHECK(smtpcodes_bounce_recipient_original_recipient(r, NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_action(r) == SMTPCODES_ACTION_DELAYED);
    CHECK(eq(smtpcodes_bounce_recipient_will_retry_until(r, NULL), "Fri, 5 Jan 2024 10:00:00 +0000"));
    CHECK(eq(smtpcodes_bounce_recipient_smtp_command(r), "RCPT"));
    CHECK(smtpcodes_bounce_recipient_code(r) == 452 && smtpcodes_bounce_recipient_class(r) == 4);
    CHECK(smtpcodes_bounce_recipient_bounce(r) == SMTPCODES_BOUNCE_SOFT && smtpcodes_bounce_recipient_retry(r) == 1);
    CHECK(smtpcodes_bounce_recipient_reason(r) == SMTPCODES_REASON_MAILBOX_FULL && smtpcodes_bounce_recipient_suppress(r) == 0);
    CHECK(smtpcodes_bounce_recipient(b, 2) == NULL && smtpcodes_bounce_recipient(b, (size_t)-1) == NULL);
    smtpcodes_bounce_free(b);

    CHECK(smtpcodes_bounce_read(qmail, sizeof qmail - 1, &b) == SMTPCODES_OK);
    CHECK(smtpcodes_bounce_kind(b) == SMTPCODES_MESSAGE_NON_DSN && eq(smtpcodes_bounce_kind_name(b), "non_dsn"));
    CHECK(smtpcodes_bounce_recipient_count(b) == 1);
    r = smtpcodes_bounce_recipient(b, 0);
    CHECK(eq(smtpcodes_bounce_recipient_recipient(r, NULL), "bob@example.com"));
    CHECK(smtpcodes_bounce_recipient_action(r) == SMTPCODES_ACTION_NONE && smtpcodes_bounce_recipient_action_name(r) == NULL);
    CHECK(smtpcodes_bounce_recipient_dsn(r, &e) == SMTPCODES_E_NOT_FOUND);
    CHECK(smtpcodes_bounce_recipient_code(r) == 550 && smtpcodes_bounce_recipient_reason(r) == SMTPCODES_REASON_USER_UNKNOWN);
    smtpcodes_bounce_free(b);

    CHECK(smtpcodes_bounce_read(arf, sizeof arf - 1, &b) == SMTPCODES_OK);
    CHECK(smtpcodes_bounce_kind(b) == SMTPCODES_MESSAGE_FEEDBACK && eq(smtpcodes_bounce_feedback_type(b, NULL), "abuse"));
    CHECK(smtpcodes_bounce_recipient_count(b) == 1);
    r = smtpcodes_bounce_recipient(b, 0);
    CHECK(smtpcodes_bounce_recipient_reason(r) == SMTPCODES_REASON_COMPLAINT && smtpcodes_bounce_recipient_suppress(r) == 1);
    CHECK(smtpcodes_bounce_recipient_code(r) == 0 && smtpcodes_bounce_recipient_class(r) == 0);
    CHECK(smtpcodes_bounce_recipient_class_name(r) == NULL && smtpcodes_bounce_recipient_enhanced(r, &e) == SMTPCODES_E_NOT_FOUND);
    CHECK(smtpcodes_bounce_recipient_bounce(r) == SMTPCODES_BOUNCE_NONE && eq(smtpcodes_bounce_recipient_bounce_name(r), "none"));
    smtpcodes_bounce_free(b);

    CHECK(smtpcodes_bounce_read(vacation, sizeof vacation - 1, &b) == SMTPCODES_OK);
    CHECK(smtpcodes_bounce_kind(b) == SMTPCODES_MESSAGE_AUTO_REPLY && smtpcodes_bounce_recipient_count(b) == 1);
    r = smtpcodes_bounce_recipient(b, 0);
    CHECK(eq(smtpcodes_bounce_recipient_recipient(r, NULL), "dan@example.com"));
    CHECK(smtpcodes_bounce_recipient_reason(r) == SMTPCODES_REASON_NONE && eq(smtpcodes_bounce_recipient_sisimai_reason(r), "vacation"));
    smtpcodes_bounce_free(b);

    CHECK(smtpcodes_bounce_read(plain, sizeof plain - 1, &b) == SMTPCODES_OK);
    CHECK(smtpcodes_bounce_kind(b) == SMTPCODES_MESSAGE_NOT_BOUNCE && smtpcodes_bounce_recipient_count(b) == 0);
    CHECK(smtpcodes_bounce_recipient(b, 0) == NULL);
    smtpcodes_bounce_free(b);
}

static void hostile_bounces(void) {
    static const char nuls[] = "From: a\0b@example.com\r\nTo: c@example.com\r\nSubject: \0\0\r\n\r\n\0\0\0550 5.1.1\0";
    static const char garbage[] = "\xff\xfe\x00\x01\x80\x81 : \r\n\r\n\x1b[31m";
    smtpcodes_bounce *b = (smtpcodes_bounce *)&b; /* a failed read sets *out to NULL */
    smtpcodes_enhanced e;
    size_t len = 0, i, j, n;
    char *big;

    CHECK(smtpcodes_bounce_read("", 0, &b) == SMTPCODES_E_MESSAGE && b == NULL);
    CHECK(smtpcodes_bounce_read(" \r\n\t ", 5, &b) == SMTPCODES_E_MESSAGE && b == NULL);
    CHECK(smtpcodes_bounce_read("no header\r\n\r\nfields", 19, &b) == SMTPCODES_E_MESSAGE && b == NULL);
    CHECK(smtpcodes_bounce_read(NULL, 10, &b) == SMTPCODES_E_NULL && b == NULL);
    CHECK(smtpcodes_bounce_read(NULL, 0, &b) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_read(dsn, sizeof dsn - 1, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_read(dsn, SIZE_MAX, &b) == SMTPCODES_E_RANGE && b == NULL);
    CHECK(smtpcodes_bounce_read(dsn, (size_t)PTRDIFF_MAX + 1, &b) == SMTPCODES_E_RANGE && b == NULL);
    /* Lengths over the 64 MiB limit are refused before a byte is read. */
    CHECK(smtpcodes_bounce_read(dsn, (size_t)PTRDIFF_MAX, &b) == SMTPCODES_E_TOO_LONG && b == NULL);
    CHECK(smtpcodes_bounce_read(dsn, ((size_t)64 << 20) + 1, &b) == SMTPCODES_E_TOO_LONG && b == NULL);
    CHECK(strncmp(smtpcodes_error_message(SMTPCODES_E_MESSAGE), "not a message", 13) == 0);

    /* NUL bytes and garbage: read or refused, never a crash; every string a report hands out
     * is NUL-terminated at its length. */
    {
        const char *inputs[2];
        size_t lens[2];
        inputs[0] = nuls, lens[0] = sizeof nuls - 1;
        inputs[1] = garbage, lens[1] = sizeof garbage - 1;
        for (i = 0; i < 2; i++) {
            smtpcodes_result rc = smtpcodes_bounce_read(inputs[i], lens[i], &b);
            CHECK(rc == SMTPCODES_OK || rc == SMTPCODES_E_MESSAGE);
            if (rc != SMTPCODES_OK) continue;
            CHECK(smtpcodes_bounce_kind(b) >= 0 && smtpcodes_bounce_kind_name(b) != NULL);
            n = smtpcodes_bounce_recipient_count(b);
            for (j = 0; j < n; j++) {
                const struct smtpcodes_bounce_recipient *r = smtpcodes_bounce_recipient(b, j);
                size_t l = 0;
                const char *t = smtpcodes_bounce_recipient_evidence(r, &l);
                CHECK(t != NULL && t[l] == '\0');
                CHECK(smtpcodes_bounce_recipient_reason_name(r) != NULL);
            }
            {
                size_t l = 0;
                const char *t = smtpcodes_bounce_original_subject(b, &l);
                CHECK(t == NULL ? l == 0 : t[l] == '\0');
            }
            smtpcodes_bounce_free(b);
        }
    }

    /* A large message of one long header line and a body of junk: read in linear time. */
    big = (char *)malloc((size_t)1 << 20);
    CHECK(big != NULL);
    if (big != NULL) {
        memset(big, 'x', (size_t)1 << 20);
        memcpy(big, "Subject: ", 9);
        big[(1 << 19)] = '\n';
        big[(1 << 19) + 1] = '\n';
        CHECK(smtpcodes_bounce_read(big, (size_t)1 << 20, &b) == SMTPCODES_OK);
        CHECK(smtpcodes_bounce_kind(b) >= 0 && smtpcodes_bounce_kind_name(b) != NULL);
        smtpcodes_bounce_free(b);
        free(big);
    }

    /* More MIME parts than the limit (256): refused, not read. */
    big = (char *)malloc(100000);
    CHECK(big != NULL);
    if (big != NULL) {
        static const char head[] = "From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n";
        static const char part[] = "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n";
        size_t at = sizeof head - 1;
        memcpy(big, head, at);
        for (i = 0; i < 300; i++, at += sizeof part - 1) memcpy(big + at, part, sizeof part - 1);
        CHECK(smtpcodes_bounce_read(big, at, &b) == SMTPCODES_E_MESSAGE && b == NULL);
        free(big);
    }

    /* NULL reports and recipients are refused by every accessor; freeing NULL does nothing. */
    len = 7;
    CHECK(smtpcodes_bounce_kind(NULL) == SMTPCODES_E_NULL && smtpcodes_bounce_kind_name(NULL) == NULL);
    CHECK(smtpcodes_bounce_reporting_mta(NULL, &len) == NULL && smtpcodes_bounce_arrival_date(NULL, NULL) == NULL);
    CHECK(smtpcodes_bounce_original_message_id(NULL, NULL) == NULL && smtpcodes_bounce_original_from(NULL, NULL) == NULL);
    CHECK(smtpcodes_bounce_original_to(NULL, NULL) == NULL && smtpcodes_bounce_original_subject(NULL, NULL) == NULL);
    CHECK(smtpcodes_bounce_feedback_type(NULL, NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_count(NULL) == 0 && smtpcodes_bounce_recipient(NULL, 0) == NULL);
    CHECK(smtpcodes_bounce_recipient_recipient(NULL, &len) == NULL);
    CHECK(smtpcodes_bounce_recipient_original_recipient(NULL, NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_action(NULL) == SMTPCODES_E_NULL && smtpcodes_bounce_recipient_action_name(NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_dsn(NULL, &e) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_recipient_remote_mta(NULL, NULL) == NULL && smtpcodes_bounce_recipient_diagnostic_type(NULL, NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_server_text(NULL, NULL) == NULL && smtpcodes_bounce_recipient_last_attempt(NULL, NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_will_retry_until(NULL, NULL) == NULL && smtpcodes_bounce_recipient_smtp_command(NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_code(NULL) == SMTPCODES_E_NULL && smtpcodes_bounce_recipient_enhanced(NULL, &e) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_recipient_class(NULL) == SMTPCODES_E_NULL && smtpcodes_bounce_recipient_class_name(NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_bounce(NULL) == SMTPCODES_E_NULL && smtpcodes_bounce_recipient_bounce_name(NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_retry(NULL) == SMTPCODES_E_NULL && smtpcodes_bounce_recipient_reason(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_recipient_reason_name(NULL) == NULL && smtpcodes_bounce_recipient_sisimai_reason(NULL) == NULL);
    CHECK(smtpcodes_bounce_recipient_suppress(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_recipient_sisimai_hardbounce(NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_bounce_recipient_evidence(NULL, &len) == NULL);
    smtpcodes_bounce_free(NULL);
}

static void nulls_and_huge_lengths(void) {
    smtpcodes_enhanced e = {5, 1, 1};
    smtpcodes_reply *r = NULL;
    smtpcodes_explanation *x = NULL;
    size_t index;
    char buf[8];
    CHECK(smtpcodes_enhanced_parse(NULL, 5, &e) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_parse("5.1.1", 5, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_format(NULL, buf, sizeof buf) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_lookup(NULL, &index) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_lookup(&e, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_pairing(NULL, 550) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_parse(NULL, 3, 0, &r) == SMTPCODES_E_NULL && r == NULL);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", 8, 0, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", SIZE_MAX, 0, &r) == SMTPCODES_E_RANGE && r == NULL);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", (size_t)PTRDIFF_MAX + 1, 0, &r) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_explain(NULL, 1, &x) == SMTPCODES_E_NULL && x == NULL);
    CHECK(smtpcodes_explain("550", 3, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explain("550", SIZE_MAX, &x) == SMTPCODES_E_RANGE && x == NULL);
    CHECK(smtpcodes_command_may_return(NULL, 250) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_parse("5.1.1", SIZE_MAX, &e) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_format(250, NULL, NULL, SIZE_MAX, buf, sizeof buf) == SMTPCODES_E_NULL);
}

static void versions_and_errors(void) {
    static const int errors[] = {
        SMTPCODES_E_NULL, SMTPCODES_E_RANGE, SMTPCODES_E_SYNTAX, SMTPCODES_E_INCOMPLETE,
        SMTPCODES_E_TOO_LONG, SMTPCODES_E_LINE_BREAK, SMTPCODES_E_CLASS_MISMATCH,
        SMTPCODES_E_NOT_FOUND, SMTPCODES_E_UTF8, SMTPCODES_E_CONTROL_CHARACTER,
        SMTPCODES_E_ENHANCED_ON_INTERMEDIATE, SMTPCODES_E_TEXT_LOOKS_LIKE_ENHANCED,
        SMTPCODES_E_LIMIT_TOO_SMALL, SMTPCODES_E_FORMAT, SMTPCODES_E_MESSAGE, SMTPCODES_E_PANIC,
    };
    const char *unknown = smtpcodes_error_message(12345);
    size_t i;
    CHECK(eq(unknown, "unknown error code") && eq(smtpcodes_error_message(INT_MIN), "unknown error code"));
    CHECK(eq(smtpcodes_error_message(SMTPCODES_OK), "no error"));
    CHECK(eq(smtpcodes_error_message(SMTPCODES_E_NULL), "a required pointer is NULL"));
    for (i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        const char *m = smtpcodes_error_message(errors[i]);
        CHECK(errors[i] < 0 && m != NULL && !eq(m, unknown));
    }
    CHECK(eq(smtpcodes_catalog_version(), SMTPCODES_CATALOG_VERSION));
    CHECK(eq(smtpcodes_iana_registry_date(), SMTPCODES_IANA_REGISTRY_DATE));
    CHECK(smtpcodes_library_version() != NULL && strchr(smtpcodes_library_version(), '.') != NULL);
}

int main(int argc, char **argv) {
    basic_codes();
    enhanced_codes();
    aliases_digits_commands();
    replies();
    many_lines();
    formatting();
    explaining();
    bounce_messages();
    hostile_bounces();
    nulls_and_huge_lengths();
    versions_and_errors();
    return finish(argc > 1 ? argv[1] : "c");
}
