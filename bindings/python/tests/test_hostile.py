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


ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=10),
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(ANYTHING)
def test_code_arguments_of_any_type(value):
    for call in (
        smtp_codes.phrase,
        smtp_codes.reply_class,
        smtp_codes.reply_category,
        lambda v: smtp_codes.may_return("RCPT", v),
        lambda v: EnhancedStatusCode("5.1.1").pairing(v),
        lambda v: smtp_codes.ReplyCode(v),
        lambda v: smtp_codes.format_reply(v, "text"),
    ):
        try:
            call(value)
        except (TypeError, ValueError):
            pass


@settings(max_examples=300, deadline=None)
@given(ANYTHING)
def test_other_arguments_of_any_type(value):
    for call in (
        EnhancedStatusCode,
        smtp_codes.explain,
        smtp_codes.explain_many,
        smtp_codes.command_replies,
        smtp_codes.reason_description,
        smtp_codes.ReplyCode.OK.description_in,
        lambda v: EnhancedStatusCode("5.1.1").description_in(v),
        lambda v: smtp_codes.parse_reply(b"250 OK\r\n", max_line_len=v),
        lambda v: smtp_codes.format_reply(250, "OK", enhanced=v),
        lambda v: smtp_codes.format_reply(250, "OK", max_line_len=v),
        lambda v: smtp_codes.format_reply(250, v),
    ):
        try:
            call(value)
        except (TypeError, ValueError):
            pass


@settings(max_examples=300, deadline=None)
@given(st.integers(200, 599), st.lists(st.text(max_size=80), max_size=4), st.integers(0, 600))
def test_format_reply_on_arbitrary_text(code, lines, limit):
    try:
        wire = smtp_codes.format_reply(code, *lines, max_line_len=limit)
    except ValueError:
        return
    assert wire.startswith(str(code).encode()) and wire.endswith(b"\r\n")
