// The header compiles as C++ (-Wall -Wextra -Wpedantic -Werror) and links from C++.
#include <cstdio>
#include <cstring>
#include <string>

#include "smtp_codes.h"

int main() {
    int passed = 0, failed = 0;
    auto check = [&](bool ok) { ok ? passed++ : failed++; };

    std::string text = smtpcodes_code_text(SMTPCODES_REPLY_OK);
    check(text == "Requested mail action okay, completed");
    smtpcodes_enhanced e;
    check(smtpcodes_enhanced_parse("4.2.2", 5, &e) == SMTPCODES_OK && e.subject == 2);

    smtpcodes_reply *r = nullptr;
    const char wire[] = "421 4.7.0 Try again later\r\n";
    smtpcodes_result rc = smtpcodes_reply_parse(reinterpret_cast<const uint8_t *>(wire), std::strlen(wire),
                                                SMTPCODES_PARSE_STRICT, &r);
    check(rc == SMTPCODES_OK && smtpcodes_reply_code(r) == 421);
    check(std::string(smtpcodes_reply_line(r, 0, nullptr)) == "Try again later");
    smtpcodes_reply_free(r);

    smtpcodes_explanation *x = nullptr;
    check(smtpcodes_explain(wire, std::strlen(wire), &x) == SMTPCODES_OK);
    check(smtpcodes_explanation_reason(x) == SMTPCODES_REASON_RATE_LIMITED ||
          smtpcodes_explanation_retry(x) == 1);
    check(smtpcodes_explanation_bounce(x) == SMTPCODES_BOUNCE_SOFT);
    smtpcodes_explanation_free(x);

    // A recipient is `struct smtpcodes_bounce_recipient`: the function of that name hides the
    // tag, as with struct stat and stat().
    const char vacation[] = "From: dan@example.com\r\nSubject: Out of office\r\n"
                            "Auto-Submitted: auto-replied\r\n\r\nAway.\r\n";
    smtpcodes_bounce *b = nullptr;
    check(smtpcodes_bounce_read(vacation, std::strlen(vacation), &b) == SMTPCODES_OK);
    check(smtpcodes_bounce_kind(b) == SMTPCODES_MESSAGE_AUTO_REPLY);
    const struct smtpcodes_bounce_recipient *who = smtpcodes_bounce_recipient(b, 0);
    check(who != nullptr && std::string(smtpcodes_bounce_recipient_recipient(who, nullptr)) == "dan@example.com");
    check(smtpcodes_bounce_recipient_bounce(who) == SMTPCODES_BOUNCE_NONE);
    smtpcodes_bounce_free(b);

    std::printf("c++: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
