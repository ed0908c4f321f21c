/* Prints the whole catalog as JSON through the C API; `cargo xtask test` checks that it
 * equals the JSON of `smtp-codes catalog`. */
#include <stdio.h>
#include <string.h>

#include "smtp_codes.h"

static void str(const char *s) {
    const unsigned char *p = (const unsigned char *)s;
    if (s == NULL) {
        fputs("null", stdout);
        return;
    }
    putchar('"');
    for (; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", stdout); break;
        case '\\': fputs("\\\\", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        default:
            if (*p < 0x20) printf("\\u%04x", *p);
            else putchar(*p);
        }
    }
    putchar('"');
}

static void both(const char *en, const char *es) {
    fputs("{\"en\":", stdout);
    str(en);
    fputs(",\"es\":", stdout);
    str(es);
    putchar('}');
}

static void digits(int table) {
    size_t i, n = smtpcodes_digit_count(table);
    putchar('[');
    for (i = 0; i < n; i++) {
        if (i) putchar(',');
        printf("{\"digit\":%d,\"id\":", smtpcodes_digit_value(table, i));
        str(smtpcodes_digit_id(table, i));
        fputs(",\"name\":", stdout);
        str(smtpcodes_digit_name(table, i));
        fputs(",\"description\":", stdout);
        both(smtpcodes_digit_description(table, i, SMTPCODES_LANG_EN),
             smtpcodes_digit_description(table, i, SMTPCODES_LANG_ES));
        putchar('}');
    }
    putchar(']');
}

static void enhanced_str(smtpcodes_enhanced e) {
    char buf[16];
    if (smtpcodes_enhanced_format(&e, buf, sizeof buf) < 0) buf[0] = '\0';
    str(buf);
}

int main(void) {
    size_t i, j, n;
    fputs("{\"catalog_version\":", stdout);
    str(smtpcodes_catalog_version());
    fputs(",\"iana_registry_date\":", stdout);
    str(smtpcodes_iana_registry_date());
    fputs(",\"classes\":", stdout);
    digits(SMTPCODES_TABLE_CLASSES);
    fputs(",\"categories\":", stdout);
    digits(SMTPCODES_TABLE_CATEGORIES);
    fputs(",\"subjects\":", stdout);
    digits(SMTPCODES_TABLE_SUBJECTS);
    fputs(",\"bounces\":{\"soft\":", stdout);
    both(smtpcodes_bounce_description(SMTPCODES_BOUNCE_SOFT, SMTPCODES_LANG_EN),
         smtpcodes_bounce_description(SMTPCODES_BOUNCE_SOFT, SMTPCODES_LANG_ES));
    fputs(",\"hard\":", stdout);
    both(smtpcodes_bounce_description(SMTPCODES_BOUNCE_HARD, SMTPCODES_LANG_EN),
         smtpcodes_bounce_description(SMTPCODES_BOUNCE_HARD, SMTPCODES_LANG_ES));
    fputs("},\"basic_codes\":[", stdout);
    n = smtpcodes_basic_count();
    for (i = 0; i < n; i++) {
        int code = smtpcodes_basic_code_at(i);
        if (i) putchar(',');
        printf("{\"code\":%d,\"name\":", code);
        str(smtpcodes_code_name(code));
        fputs(",\"text\":", stdout);
        str(smtpcodes_code_text(code));
        fputs(",\"class\":", stdout);
        str(smtpcodes_code_class_name(code));
        fputs(",\"category\":", stdout);
        str(smtpcodes_code_category_name(code));
        fputs(",\"status\":", stdout);
        str(smtpcodes_code_status(code));
        fputs(",\"references\":[", stdout);
        for (j = 0; j < smtpcodes_code_reference_count(code); j++) {
            if (j) putchar(',');
            str(smtpcodes_code_reference(code, j));
        }
        fputs("],\"description\":", stdout);
        both(smtpcodes_code_description(code, SMTPCODES_LANG_EN), smtpcodes_code_description(code, SMTPCODES_LANG_ES));
        fputs(",\"vendor_notes\":[", stdout);
        for (j = 0; j < smtpcodes_code_vendor_note_count(code); j++) {
            if (j) putchar(',');
            fputs("{\"source\":", stdout);
            str(smtpcodes_code_vendor_note_source(code, j));
            fputs(",\"description\":", stdout);
            both(smtpcodes_code_vendor_note_description(code, j, SMTPCODES_LANG_EN),
                 smtpcodes_code_vendor_note_description(code, j, SMTPCODES_LANG_ES));
            putchar('}');
        }
        fputs("]}", stdout);
    }
    fputs("],\"aliases\":[", stdout);
    n = smtpcodes_alias_count();
    for (i = 0; i < n; i++) {
        smtpcodes_enhanced e;
        if (i) putchar(',');
        printf("{\"code\":%d,\"enhanced\":", smtpcodes_alias_code(i));
        if (smtpcodes_alias_enhanced(i, &e) == SMTPCODES_OK) enhanced_str(e);
        else str(NULL);
        fputs(",\"source\":", stdout);
        str(smtpcodes_alias_source(i));
        fputs(",\"description\":", stdout);
        both(smtpcodes_alias_description(i, SMTPCODES_LANG_EN), smtpcodes_alias_description(i, SMTPCODES_LANG_ES));
        putchar('}');
    }
    fputs("],\"enhanced_codes\":[", stdout);
    n = smtpcodes_enhanced_count();
    for (i = 0; i < n; i++) {
        int class_digit = smtpcodes_enhanced_entry_class(i);
        if (i) putchar(',');
        fputs("{\"code\":", stdout);
        str(smtpcodes_enhanced_entry_notation(i));
        if (class_digit) printf(",\"class\":%d", class_digit);
        else fputs(",\"class\":null", stdout);
        printf(",\"subject\":%d,\"detail\":%d,\"detail_through\":%d,\"name\":", smtpcodes_enhanced_entry_subject(i),
               smtpcodes_enhanced_entry_detail(i), smtpcodes_enhanced_entry_detail_through(i));
        str(smtpcodes_enhanced_entry_name(i));
        fputs(",\"text\":", stdout);
        str(smtpcodes_enhanced_entry_text(i));
        fputs(",\"basic_codes\":[", stdout);
        for (j = 0; j < smtpcodes_enhanced_entry_basic_code_count(i); j++) {
            printf("%s%d", j ? "," : "", smtpcodes_enhanced_entry_basic_code(i, j));
        }
        printf("],\"any_basic_code\":%s,\"status\":", smtpcodes_enhanced_entry_any_basic_code(i) == 1 ? "true" : "false");
        str(smtpcodes_enhanced_entry_status(i));
        fputs(",\"references\":[", stdout);
        for (j = 0; j < smtpcodes_enhanced_entry_reference_count(i); j++) {
            if (j) putchar(',');
            str(smtpcodes_enhanced_entry_reference(i, j));
        }
        fputs("],\"description\":", stdout);
        both(smtpcodes_enhanced_entry_description(i, SMTPCODES_LANG_EN),
             smtpcodes_enhanced_entry_description(i, SMTPCODES_LANG_ES));
        fputs(",\"vendor_notes\":[", stdout);
        for (j = 0; j < smtpcodes_enhanced_entry_vendor_note_count(i); j++) {
            if (j) putchar(',');
            fputs("{\"source\":", stdout);
            str(smtpcodes_enhanced_entry_vendor_note_source(i, j));
            fputs(",\"description\":", stdout);
            both(smtpcodes_enhanced_entry_vendor_note_description(i, j, SMTPCODES_LANG_EN),
                 smtpcodes_enhanced_entry_vendor_note_description(i, j, SMTPCODES_LANG_ES));
            putchar('}');
        }
        fputs("]}", stdout);
    }
    fputs("],\"reasons\":[", stdout);
    for (i = 0; i < smtpcodes_reason_count(); i++) {
        if (i) putchar(',');
        fputs("{\"id\":", stdout);
        str(smtpcodes_reason_name((int)i));
        fputs(",\"sisimai\":", stdout);
        str(smtpcodes_reason_sisimai((int)i));
        printf(",\"suppress\":%s,\"sisimai_hardbounce\":%s,\"description\":", smtpcodes_reason_suppresses((int)i) ? "true" : "false",
               smtpcodes_reason_sisimai_hardbounce((int)i) ? "true" : "false");
        both(smtpcodes_reason_description((int)i, SMTPCODES_LANG_EN), smtpcodes_reason_description((int)i, SMTPCODES_LANG_ES));
        putchar('}');
    }
    fputs("],\"any_command_errors\":[", stdout);
    for (i = 0; i < smtpcodes_any_command_error_count(); i++) printf("%s%d", i ? "," : "", smtpcodes_any_command_error_at(i));
    fputs("],\"commands\":[", stdout);
    n = smtpcodes_command_count();
    for (i = 0; i < n; i++) {
        static const char *const roles[] = {"success", "intermediate", "error"};
        int role;
        if (i) putchar(',');
        fputs("{\"command\":", stdout);
        str(smtpcodes_command_name(i));
        fputs(",\"references\":[", stdout);
        for (j = 0; j < smtpcodes_command_reference_count(i); j++) {
            if (j) putchar(',');
            str(smtpcodes_command_reference(i, j));
        }
        putchar(']');
        for (role = 0; role < 3; role++) {
            printf(",\"%s\":[", roles[role]);
            for (j = 0; j < smtpcodes_command_reply_count(i, role); j++) {
                printf("%s%d", j ? "," : "", smtpcodes_command_reply_at(i, role, j));
            }
            putchar(']');
        }
        putchar('}');
    }
    fputs("]}\n", stdout);
    return 0;
}
