/* The C API as C programs use it, and as hostile callers abuse it: NULL pointers, zero and
 * tiny buffers, huge lengths, invalid UTF-8. Run under ASan/UBSan and valgrind. */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "smtp_codes.h"

static int eq(const char *a, const char *b) { return a != NULL && b != NULL && strcmp(a, b) == 0; }

static void basic_codes(void) {
    CHECK(eq(smtpcodes_code_name(SMTPCODES_REPLY_MAILBOX_UNAVAILABLE), "MAILBOX_UNAVAILABLE"));
    CHECK(eq(smtpcodes_code_text(550), "Requested action not taken: mailbox unavailable"));
    CHECK(strstr(smtpcodes_code_description(421, SMTPCODES_LANG_ES), "servidor") != NULL);
    CHECK(smtpcodes_code_description(421, SMTPCODES_LANG_EN) != NULL);
    CHECK(smtpcodes_code_description(421, 7) == NULL);
    CHECK(smtpcodes_code_class(421) == 4 && eq(smtpcodes_code_class_name(421), "transient"));
    CHECK(smtpcodes_code_category(421) == 2 && eq(smtpcodes_code_category_name(421), "connections"));
    CHECK(eq(smtpcodes_code_category_name(571), "undefined"));
    CHECK(eq(smtpcodes_code_status(200), "non-standard"));
    CHECK(smtpcodes_code_is_known(550) == 1 && smtpcodes_code_is_known(299) == 0);
    CHECK(smtpcodes_code_name(299) == NULL && smtpcodes_code_class(299) == 2);
    CHECK(smtpcodes_code_class(600) == SMTPCODES_E_RANGE && smtpcodes_code_class(-1) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_code_class(INT_MAX) == SMTPCODES_E_RANGE && smtpcodes_code_name(INT_MIN) == NULL);
    CHECK(smtpcodes_code_reference_count(550) >= 1);
    CHECK(strncmp(smtpcodes_code_reference(550, 0), "RFC 5321", 8) == 0);
    CHECK(smtpcodes_code_reference(550, 1000) == NULL);
    CHECK(smtpcodes_code_vendor_note_count(530) >= 1);
    CHECK(smtpcodes_code_vendor_note_source(530, 0) != NULL);
    CHECK(smtpcodes_code_vendor_note_description(530, 0, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_code_vendor_note_description(530, 99, SMTPCODES_LANG_ES) == NULL);
    CHECK(smtpcodes_basic_count() > 40);
    CHECK(smtpcodes_basic_code_at(0) == 200);
    CHECK(smtpcodes_basic_code_at((size_t)-1) == SMTPCODES_E_RANGE);
}

static void enhanced_codes(void) {
    smtpcodes_enhanced e;
    char buf[16];
    size_t index = 0;
    smtpcodes_enhanced_entry entry;
    CHECK(smtpcodes_enhanced_parse("5.1.1", 5, &e) == 0);
    CHECK(e.class_digit == 5 && e.subject == 1 && e.detail == 1);
    CHECK(smtpcodes_enhanced_lookup(&e, &index) == 0);
    CHECK(smtpcodes_enhanced_entry_at(index, &entry) == 0);
    CHECK(eq(entry.name, "BAD_DESTINATION_MAILBOX_ADDRESS") && eq(entry.notation, "X.1.1"));
    CHECK(entry.subject * 1000 + entry.detail == SMTPCODES_ENHANCED_BAD_DESTINATION_MAILBOX_ADDRESS);
    CHECK(entry.description_es != NULL && entry.basic_code_count >= 1);
    CHECK(smtpcodes_enhanced_pairing(&e, 550) == 2 && smtpcodes_enhanced_pairing(&e, 421) == 0);
    CHECK(smtpcodes_enhanced_format(&e, buf, sizeof buf) == 5 && eq(buf, "5.1.1"));
    /* snprintf convention: a short buffer gets a truncated, terminated string. */
    CHECK(smtpcodes_enhanced_format(&e, buf, 3) == 5 && eq(buf, "5."));
    CHECK(smtpcodes_enhanced_format(&e, NULL, 0) == 5);
    CHECK(smtpcodes_enhanced_format(&e, NULL, 8) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_parse("5.01.1", 6, &e) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_enhanced_parse("3.1.1", 5, &e) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_enhanced_parse("5.1.1", 3, &e) == SMTPCODES_E_SYNTAX); /* only "5.1" */
    CHECK(smtpcodes_enhanced_parse("\xff\xfe", 2, &e) == SMTPCODES_E_SYNTAX);
    e.class_digit = 3;
    CHECK(smtpcodes_enhanced_format(&e, buf, sizeof buf) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_lookup(&e, &index) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_parse("5.7.620", 7, &e) == 0 && smtpcodes_enhanced_lookup(&e, &index) == 0);
    CHECK(smtpcodes_enhanced_entry_at(index, &entry) == 0 && eq(entry.notation, "5.7.606-649"));
    CHECK(smtpcodes_enhanced_parse("5.9.999", 7, &e) == 0);
    CHECK(smtpcodes_enhanced_lookup(&e, &index) == SMTPCODES_E_NOT_FOUND);
    CHECK(smtpcodes_enhanced_entry_at(100000, &entry) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_enhanced_entry_basic_code(0, 100000) == SMTPCODES_E_RANGE);
}

static void aliases_digits_commands(void) {
    smtpcodes_alias alias;
    smtpcodes_digit digit;
    size_t i;
    int found = 0;
    for (i = 0; i < smtpcodes_alias_count(); i++) {
        CHECK(smtpcodes_alias_at(i, &alias) == 0);
        if (alias.code == 441) {
            found = alias.enhanced.class_digit == 4 && alias.enhanced.subject == 4 && alias.enhanced.detail == 1;
        }
    }
    CHECK(found);
    CHECK(smtpcodes_alias_at(smtpcodes_alias_count(), &alias) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_digit_count(SMTPCODES_TABLE_CLASSES) == 4);
    CHECK(smtpcodes_digit_at(SMTPCODES_TABLE_SUBJECTS, 7, &digit) == 0 && eq(digit.id, "security_policy"));
    CHECK(smtpcodes_digit_at(9, 0, &digit) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_bounce_description(SMTPCODES_BOUNCE_SOFT, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_bounce_description(SMTPCODES_BOUNCE_NONE, SMTPCODES_LANG_ES) == NULL);
    CHECK(smtpcodes_command_may_return("RCPT", 354) == 0);
    CHECK(smtpcodes_command_may_return("data", 354) == 1);
    CHECK(smtpcodes_command_may_return("RCPT", 421) == 1);
    CHECK(smtpcodes_command_may_return("FROB", 250) == SMTPCODES_E_NOT_FOUND);
    CHECK(smtpcodes_command_may_return("RCPT", 99) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_command_may_return("\xff", 250) == SMTPCODES_E_UTF8);
    CHECK(eq(smtpcodes_command_name(0), "CONNECT"));
    CHECK(smtpcodes_command_reply_count(0, SMTPCODES_ROLE_SUCCESS) == 1);
    CHECK(smtpcodes_command_reply_at(0, SMTPCODES_ROLE_SUCCESS, 0) == 220);
    CHECK(smtpcodes_command_reply_at(0, 7, 0) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_any_command_error_count() == 3 && smtpcodes_any_command_error_at(0) == 421);
}

static void replies(void) {
    static const uint8_t ehlo[] = "250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n354 go\r\n";
    smtpcodes_reply r;
    const uint8_t *text = NULL;
    size_t len = 0;
    CHECK(smtpcodes_reply_parse(ehlo, sizeof ehlo - 1, SMTPCODES_PARSE_STRICT, &r) == 0);
    CHECK(r.code == 250 && r.line_count == 3 && !r.has_enhanced);
    CHECK(r.consumed == sizeof ehlo - 1 - strlen("354 go\r\n"));
    CHECK(smtpcodes_reply_line(ehlo, sizeof ehlo - 1, 0, 1, &text, &len) == 0);
    CHECK(len == 10 && memcmp(text, "PIPELINING", 10) == 0 && text > ehlo && text < ehlo + sizeof ehlo);
    CHECK(smtpcodes_reply_line(ehlo, sizeof ehlo - 1, 0, 3, &text, &len) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_parse(ehlo + r.consumed, sizeof ehlo - 1 - r.consumed, 0, &r) == 0 && r.code == 354);

    CHECK(smtpcodes_reply_parse((const uint8_t *)"550 5.1.1 no\r\n", 14, 0, &r) == 0);
    CHECK(r.has_enhanced && r.enhanced.class_digit == 5 && r.enhanced.detail == 1);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250-cut\r\n", 9, 0, &r) == SMTPCODES_E_INCOMPLETE);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 lf\n", 7, 0, &r) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 lf\n", 7, SMTPCODES_PARSE_LENIENT, &r) == 0);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"421 5.7.1 x\r\n", 13, 0, &r) == SMTPCODES_E_CLASS_MISMATCH);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 \xff\r\n", 7, 0, &r) == SMTPCODES_E_SYNTAX);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", 8, 9, &r) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"", 0, 0, &r) == SMTPCODES_E_INCOMPLETE);
    {
        char long_line[700];
        memset(long_line, 'x', sizeof long_line);
        memcpy(long_line, "250 ", 4);
        CHECK(smtpcodes_reply_parse((const uint8_t *)long_line, sizeof long_line, 0, &r) == SMTPCODES_E_TOO_LONG);
    }
}

static void formatting(void) {
    const char *lines[] = {"first line", "second line"};
    const char *evil[] = {"OK\r\n250 forged"};
    const char *bad_utf8[] = {"caf\xe9"};
    smtpcodes_enhanced e = {5, 7, 1};
    smtpcodes_enhanced wrong = {4, 7, 1};
    char buf[128];
    long n = smtpcodes_reply_format(550, &e, lines, 2, buf, sizeof buf);
    CHECK(n == (long)strlen("550-5.7.1 first line\r\n550 5.7.1 second line\r\n"));
    CHECK(eq(buf, "550-5.7.1 first line\r\n550 5.7.1 second line\r\n"));
    CHECK(smtpcodes_reply_format(550, &e, lines, 2, NULL, 0) == n); /* size query */
    CHECK(smtpcodes_reply_format(550, &e, lines, 2, buf, 5) == n && eq(buf, "550-"));
    CHECK(smtpcodes_reply_format(250, NULL, NULL, 0, buf, sizeof buf) == 5 && eq(buf, "250\r\n"));
    CHECK(smtpcodes_reply_format(250, NULL, evil, 1, buf, sizeof buf) == SMTPCODES_E_INJECTION);
    CHECK(smtpcodes_reply_format(550, &wrong, lines, 2, buf, sizeof buf) == SMTPCODES_E_CLASS_MISMATCH);
    CHECK(smtpcodes_reply_format(250, NULL, bad_utf8, 1, buf, sizeof buf) == SMTPCODES_E_UTF8);
    CHECK(smtpcodes_reply_format(250, NULL, NULL, 2, buf, sizeof buf) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_format(199, NULL, NULL, 0, buf, sizeof buf) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_format(250, NULL, NULL, 0, NULL, 10) == SMTPCODES_E_NULL);
}

static void explaining(void) {
    static const char reply[] = "host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: unknown";
    smtpcodes_explanation x;
    CHECK(smtpcodes_explain(reply, sizeof reply - 1, &x) == 0);
    CHECK(x.code == 550 && x.has_enhanced && x.bounce == SMTPCODES_BOUNCE_HARD && !x.retry && x.kind == 5);
    CHECK(x.reason == SMTPCODES_REASON_USER_UNKNOWN && eq(x.reason_name, "user_unknown"));
    CHECK(eq(x.sisimai_reason, "userunknown") && x.suppress == 1 && x.evidence_kind == 2);
    CHECK(smtpcodes_explain("452 4.2.2 mailbox full", 22, &x) == 0 && x.reason == SMTPCODES_REASON_MAILBOX_FULL && !x.suppress);
    CHECK(smtpcodes_reason_count() == 20 && eq(smtpcodes_reason_name(SMTPCODES_REASON_NONE), "none"));
    CHECK(smtpcodes_reason_name(20) == NULL && smtpcodes_reason_name(-1) == NULL);
    CHECK(smtpcodes_reason_suppresses(SMTPCODES_REASON_USER_UNKNOWN) == 1 && smtpcodes_reason_suppresses(99) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reason_description(SMTPCODES_REASON_GREYLISTED, SMTPCODES_LANG_ES) != NULL);
    CHECK(smtpcodes_explain("421 4.7.0 later", 15, &x) == 0 && x.retry && x.bounce == SMTPCODES_BOUNCE_SOFT);
    CHECK(smtpcodes_explain("no code", 7, &x) == SMTPCODES_E_NOT_FOUND);
    CHECK(smtpcodes_explain("550 caf\xe9 \xff", 10, &x) == 0 && x.code == 550);
}

static void nulls_and_huge_lengths(void) {
    smtpcodes_enhanced e = {5, 1, 1};
    smtpcodes_reply r;
    smtpcodes_explanation x;
    smtpcodes_enhanced_entry entry;
    smtpcodes_alias alias;
    smtpcodes_digit digit;
    size_t index;
    const uint8_t *text;
    size_t len;
    char buf[8];
    CHECK(smtpcodes_enhanced_parse(NULL, 5, &e) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_parse("5.1.1", 5, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_format(NULL, buf, sizeof buf) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_lookup(NULL, &index) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_lookup(&e, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_pairing(NULL, 550) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_entry_at(0, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_alias_at(0, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_digit_at(0, 0, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_parse(NULL, 3, 0, &r) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", 8, 0, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_parse((const uint8_t *)"250 ok\r\n", SIZE_MAX, 0, &r) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_line(NULL, 0, 0, 0, &text, &len) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_reply_line((const uint8_t *)"250 ok\r\n", 8, 0, 0, NULL, &len) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explain(NULL, 1, &x) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explain("550", 3, NULL) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_explain("550", SIZE_MAX, &x) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_command_may_return(NULL, 250) == SMTPCODES_E_NULL);
    CHECK(smtpcodes_enhanced_parse("5.1.1", SIZE_MAX, &e) == SMTPCODES_E_RANGE);
    CHECK(smtpcodes_reply_format(250, NULL, NULL, SIZE_MAX, buf, sizeof buf) == SMTPCODES_E_NULL);
    (void)entry;
    (void)alias;
    (void)digit;
    CHECK(eq(smtpcodes_error_message(SMTPCODES_E_NULL), "a required pointer is NULL"));
    CHECK(smtpcodes_error_message(12345) != NULL);
    CHECK(eq(smtpcodes_catalog_version(), SMTPCODES_CATALOG_VERSION));
    CHECK(eq(smtpcodes_iana_registry_date(), SMTPCODES_IANA_REGISTRY_DATE));
    CHECK(smtpcodes_library_version() != NULL);
}

int main(int argc, char **argv) {
    basic_codes();
    enhanced_codes();
    aliases_digits_commands();
    replies();
    formatting();
    explaining();
    nulls_and_huge_lengths();
    return finish(argc > 1 ? argv[1] : "c");
}
