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
        smtpcodes_explanation x;
        int rc = smtpcodes_explain(argv[i], strlen(argv[i]), &x);
        if (rc != 0) {
            fprintf(stderr, "%s: %s\n", argv[i], smtpcodes_error_message(rc));
            return 1;
        }
        if (x.code != 0) {
            const char *text = smtpcodes_code_text(x.code);
            printf("%d %s\n", x.code, text ? text : "(not in the catalog)");
            if (text) {
                printf("  en: %s\n", smtpcodes_code_description(x.code, SMTPCODES_LANG_EN));
                printf("  es: %s\n", smtpcodes_code_description(x.code, SMTPCODES_LANG_ES));
            }
        }
        if (x.has_enhanced) {
            char buf[16];
            size_t index;
            smtpcodes_enhanced_format(&x.enhanced, buf, sizeof buf);
            if (smtpcodes_enhanced_lookup(&x.enhanced, &index) == 0) {
                smtpcodes_enhanced_entry e;
                smtpcodes_enhanced_entry_at(index, &e);
                printf("  %s %s: %s\n", buf, e.name, e.description_es);
            } else {
                printf("  %s (not in the catalog)\n", buf);
            }
        }
        printf("  retry: %s\n", x.retry ? "yes" : "no");
    }
    return EXIT_SUCCESS;
}
