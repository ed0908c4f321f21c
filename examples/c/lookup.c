/* Looks up SMTP codes and replies from C.
 *
 * Build (after `cargo xtask install-c --prefix "$HOME/.local"`):
 *   export PKG_CONFIG_PATH="$HOME/.local/lib/pkgconfig"
 *   cc -std=c99 lookup.c $(pkg-config --cflags --libs smtp_codes) -Wl,-rpath,"$HOME/.local/lib" -o lookup
 *   ./lookup 550 "421 4.7.0 Try again later"
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtp_codes.h"

int main(int argc, char **argv) {
    int i;
    if (argc < 2) {
        fprintf(stderr, "usage: %s CODE-OR-REPLY...\n", argv[0]);
        return 2;
    }
    for (i = 1; i < argc; i++) {
        smtpcodes_explanation *x = NULL;
        smtpcodes_enhanced enhanced;
        int code;
        smtpcodes_result rc = smtpcodes_explain(argv[i], strlen(argv[i]), &x);
        if (rc != SMTPCODES_OK) {
            fprintf(stderr, "%s: %s\n", argv[i], smtpcodes_error_message(rc));
            return 1;
        }
        code = smtpcodes_explanation_code(x);
        if (code > 0) {
            const char *text = smtpcodes_code_text(code);
            printf("%d %s\n", code, text ? text : "(not in the catalog)");
            if (text) {
                printf("  en: %s\n", smtpcodes_code_description(code, SMTPCODES_LANG_EN));
                printf("  es: %s\n", smtpcodes_code_description(code, SMTPCODES_LANG_ES));
            }
        }
        if (smtpcodes_explanation_enhanced(x, &enhanced) == SMTPCODES_OK) {
            char buf[16];
            size_t index;
            smtpcodes_enhanced_format(&enhanced, buf, sizeof buf);
            if (smtpcodes_enhanced_lookup(&enhanced, &index) == SMTPCODES_OK) {
                printf("  %s %s: %s\n", buf, smtpcodes_enhanced_entry_name(index),
                       smtpcodes_enhanced_entry_description(index, SMTPCODES_LANG_ES));
            } else {
                printf("  %s (not in the catalog)\n", buf);
            }
        }
        printf("  reason: %s\n", smtpcodes_explanation_reason_name(x));
        printf("  retry: %s\n", smtpcodes_explanation_retry(x) ? "yes" : "no");
        smtpcodes_explanation_free(x);
    }
    return EXIT_SUCCESS;
}
