"""Arbitrary input raises only the documented exceptions and never crashes."""

from hypothesis import given, settings
from hypothesis import strategies as st

import smtp_codes
from smtp_codes import EnhancedStatusCode, ReplyParseError


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.booleans())
def test_parse_reply_on_arbitrary_bytes(data, lenient):
    try:
        r = smtp_codes.parse_reply(data, lenient=lenient)
    except ReplyParseError:
        return
    assert 200 <= int(r.code) <= 599 and 0 < r.consumed <= len(data)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_enhanced_code_on_arbitrary_text(text):
    try:
        e = EnhancedStatusCode(text)
    except ValueError:
        return
    assert str(e) == text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_explain_on_arbitrary_text(text):
    try:
        e = smtp_codes.explain(text)
    except ValueError:
        return
    assert e.code is not None or e.enhanced is not None
    assert e.bounce in ("soft", "hard", "none")
