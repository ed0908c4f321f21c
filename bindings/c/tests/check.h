/* A tiny test harness: CHECK counts, and finish() prints "N passed, N failed". */
#ifndef SMTPCODES_CHECK_H
#define SMTPCODES_CHECK_H
#include <stdio.h>

static int checks_passed = 0;
static int checks_failed = 0;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (cond) {                                                        \
            checks_passed++;                                               \
        } else {                                                           \
            checks_failed++;                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                  \
    } while (0)

static int finish(const char *suite) {
    printf("%s: %d passed, %d failed\n", suite, checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}
#endif
