/* Reads each file named on the command line as one bounce message through the C API and
 * prints one JSON object per recipient (JSON Lines), built from the accessors alone, with the
 * fields of `smtp-codes bounce --json`; a message without recipients gives one object with
 * the report's fields, one that cannot be read {"file", "error"}. The cross-language test
 * (bindings/python/tests/test_bounce_corpus.py) checks that this equals the CLI's output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtp_codes.h"

/* A JSON string of the `len` bytes at `s` (which may hold NUL), or null for NULL. */
static void str_len(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i;
    if (s == NULL) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (i = 0; i < len; i++) {
        switch (p[i]) {
        case '"': fputs("\\\"", stdout); break;
        case '\\': fputs("\\\\", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        default:
            if (p[i] < 0x20) printf("\\u%04x", p[i]);
            else putchar(p[i]);
        }
    }
    putchar('"');
}

static void str(const char *s) { str_len(s, s == NULL ? 0 : strlen(s)); }

static void key(const char *name) {
    printf(",\"%s\":", name);
}

/* A text accessor's value: its pointer and its length. */
#define TEXT(call_with_len) \
    do { \
        size_t len_ = 0; \
        const char *s_ = call_with_len; \
        str_len(s_, len_); \
    } while (0)

static void enhanced(smtpcodes_result rc, smtpcodes_enhanced e) {
    char buf[16];
    if (rc != SMTPCODES_OK || smtpcodes_enhanced_format(&e, buf, sizeof buf) < 0) {
        fputs("null", stdout);
        return;
    }
    str(buf);
}

static void boolean(int v) { fputs(v == 1 ? "true" : v == 0 ? "false" : "null", stdout); }

static void report_fields(const char *file, const smtpcodes_bounce *b) {
    fputs("{\"file\":", stdout);
    str(file);
    key("message_kind");
    str(smtpcodes_bounce_kind_name(b));
    key("reporting_mta");
    TEXT(smtpcodes_bounce_reporting_mta(b, &len_));
    key("arrival_date");
    TEXT(smtpcodes_bounce_arrival_date(b, &len_));
    key("original_message_id");
    TEXT(smtpcodes_bounce_original_message_id(b, &len_));
    key("original_from");
    TEXT(smtpcodes_bounce_original_from(b, &len_));
    key("original_to");
    TEXT(smtpcodes_bounce_original_to(b, &len_));
    key("original_subject");
    TEXT(smtpcodes_bounce_original_subject(b, &len_));
    key("feedback_type");
    TEXT(smtpcodes_bounce_feedback_type(b, &len_));
}

static void recipient_fields(const struct smtpcodes_bounce_recipient *r) {
    smtpcodes_enhanced e = {0, 0, 0};
    smtpcodes_result rc;
    int code;
    key("recipient");
    TEXT(smtpcodes_bounce_recipient_recipient(r, &len_));
    key("original_recipient");
    TEXT(smtpcodes_bounce_recipient_original_recipient(r, &len_));
    key("action");
    str(smtpcodes_bounce_recipient_action_name(r));
    key("dsn");
    rc = smtpcodes_bounce_recipient_dsn(r, &e);
    enhanced(rc, e);
    key("remote_mta");
    TEXT(smtpcodes_bounce_recipient_remote_mta(r, &len_));
    key("diagnostic_type");
    TEXT(smtpcodes_bounce_recipient_diagnostic_type(r, &len_));
    key("server_text");
    TEXT(smtpcodes_bounce_recipient_server_text(r, &len_));
    key("last_attempt");
    TEXT(smtpcodes_bounce_recipient_last_attempt(r, &len_));
    key("will_retry_until");
    TEXT(smtpcodes_bounce_recipient_will_retry_until(r, &len_));
    key("smtp_command");
    str(smtpcodes_bounce_recipient_smtp_command(r));
    key("code");
    code = smtpcodes_bounce_recipient_code(r);
    if (code > 0) printf("%d", code);
    else fputs("null", stdout);
    key("enhanced");
    rc = smtpcodes_bounce_recipient_enhanced(r, &e);
    enhanced(rc, e);
    key("class");
    str(smtpcodes_bounce_recipient_class_name(r));
    key("bounce");
    str(smtpcodes_bounce_recipient_bounce_name(r));
    key("retry");
    boolean(smtpcodes_bounce_recipient_retry(r));
    key("reason");
    str(smtpcodes_bounce_recipient_reason_name(r));
    key("sisimai_reason");
    str(smtpcodes_bounce_recipient_sisimai_reason(r));
    key("suppress");
    boolean(smtpcodes_bounce_recipient_suppress(r));
    key("sisimai_hardbounce");
    boolean(smtpcodes_bounce_recipient_sisimai_hardbounce(r));
    key("evidence");
    TEXT(smtpcodes_bounce_recipient_evidence(r, &len_));
}

/* The whole file, or NULL; its length in `*len`. */
static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (f == NULL) return NULL;
    for (;;) {
        size_t got;
        if (n == cap) {
            char *bigger;
            cap = cap ? cap * 2 : 65536;
            bigger = (char *)realloc(buf, cap);
            if (bigger == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = bigger;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    int i, failures = 0;
    for (i = 1; i < argc; i++) {
        size_t len = 0, j, n;
        smtpcodes_bounce *b = NULL;
        smtpcodes_result rc;
        char *data = slurp(argv[i], &len);
        if (data == NULL) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            failures++;
            continue;
        }
        rc = smtpcodes_bounce_read(data, len, &b);
        free(data);
        if (rc != SMTPCODES_OK) {
            fputs("{\"file\":", stdout);
            str(argv[i]);
            key("error");
            str(smtpcodes_error_message(rc));
            fputs("}\n", stdout);
            continue;
        }
        n = smtpcodes_bounce_recipient_count(b);
        if (n == 0) {
            report_fields(argv[i], b);
            fputs("}\n", stdout);
        }
        for (j = 0; j < n; j++) {
            report_fields(argv[i], b);
            recipient_fields(smtpcodes_bounce_recipient(b, j));
            fputs("}\n", stdout);
        }
        smtpcodes_bounce_free(b);
    }
    return failures == 0 ? 0 : 1;
}
