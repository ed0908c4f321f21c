// The header compiles as C++ (-Wall -Wextra -Wpedantic -Werror) and links from C++.
#include <cstdio>
#include <cstring>
#include <string>

#include "smtp_codes.h"

int main() {
    int failed = 0;
    std::string text = smtpcodes_code_text(SMTPCODES_REPLY_OK);
    if (text != "Requested mail action okay, completed") failed++;
    smtpcodes_enhanced e;
    if (smtpcodes_enhanced_parse("4.2.2", 5, &e) != 0 || e.subject != 2) failed++;
    smtpcodes_reply r;
    const char wire[] = "421 4.7.0 Try again later\r\n";
    if (smtpcodes_reply_parse(reinterpret_cast<const uint8_t *>(wire), std::strlen(wire), SMTPCODES_PARSE_STRICT, &r) != 0 || r.code != 421) failed++;
    std::printf("c++: %d passed, %d failed\n", 3 - failed, failed);
    return failed == 0 ? 0 : 1;
}
