"""Replies on the wire, commands and explain, from Python."""

import threading

import pytest

import smtp_codes
from smtp_codes import IncompleteReplyError, ReplyCode, ReplyParseError


def test_parse_single_and_multiline():
    r = smtp_codes.parse_reply(b"250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n")
    assert r.code is ReplyCode.OK
    assert r.lines == ("mx.example.com", "PIPELINING", "SIZE 1000")
    r = smtp_codes.parse_reply("550 5.1.1 <bob@example.com>: Recipient address rejected\r\n")
    assert r.enhanced == "5.1.1"
    assert r.text == "<bob@example.com>: Recipient address rejected"


def test_unknown_codes_stay_ints():
    r = smtp_codes.parse_reply(b"255 fine\r\n")
    assert r.code == 255 and not isinstance(r.code, ReplyCode)


def test_incomplete_and_malformed():
    with pytest.raises(IncompleteReplyError):
        smtp_codes.parse_reply(b"250-first\r\n")
    with pytest.raises(ReplyParseError) as err:
        smtp_codes.parse_reply(b"250-a\r\n251 b\r\n")
    assert isinstance(err.value, ValueError)
    assert "differs" in str(err.value)
    with pytest.raises(ReplyParseError):
        smtp_codes.parse_reply(b"250 bare\n")
    assert smtp_codes.parse_reply(b"250 bare\n", lenient=True).lines == ("bare",)
    with pytest.raises(TypeError):
        smtp_codes.parse_reply(250)  # type: ignore[arg-type]


def test_pipelined():
    replies = smtp_codes.parse_replies(b"250 OK\r\n250 2.1.5 OK\r\n354 Go ahead\r\n")
    assert [int(r.code) for r in replies] == [250, 250, 354]
    first = smtp_codes.parse_reply(b"220 Go ahead\r\n250-mx.evil\r\n250 AUTH LOGIN\r\n")
    assert first.consumed == len(b"220 Go ahead\r\n")


def test_format_round_trip_and_injection():
    wire = smtp_codes.format_reply(550, "first line", "second line", enhanced="5.7.1")
    assert wire == b"550-5.7.1 first line\r\n550 5.7.1 second line\r\n"
    back = smtp_codes.parse_reply(wire)
    assert back.lines == ("first line", "second line") and back.enhanced == "5.7.1"
    with pytest.raises(ValueError, match="injection"):
        smtp_codes.format_reply(250, "OK\r\n250 forged")
    with pytest.raises(ValueError):
        smtp_codes.format_reply(421, "x", enhanced="5.7.1")
    with pytest.raises(TypeError):
        smtp_codes.format_reply(250, b"bytes")  # type: ignore[arg-type]
    long = smtp_codes.format_reply(250, "word " * 400)
    assert all(len(line) <= 512 for line in long.split(b"\n"))


def test_commands():
    assert not smtp_codes.may_return("RCPT", 354)
    assert smtp_codes.may_return("data", 354)
    assert smtp_codes.reply_role("RCPT", 421) == "error"
    assert smtp_codes.command_replies("DATA").intermediate == (ReplyCode.START_MAIL_INPUT,)
    assert "CONNECT" in smtp_codes.commands()
    with pytest.raises(ValueError):
        smtp_codes.command_replies("FROB")


def test_explain():
    e = smtp_codes.explain("421 4.7.0 Try again later")
    assert (e.kind, e.code, e.enhanced, e.bounce, e.retry) == ("reply", 421, "4.7.0", "soft", True)
    e = smtp_codes.explain("Diagnostic-Code: smtp; 550 5.1.1 unknown user")
    assert (e.kind, e.bounce, e.retry) == ("diagnostic_code", "hard", False)
    with pytest.raises(ValueError):
        smtp_codes.explain("no code here")
    with pytest.raises(TypeError):
        smtp_codes.explain(b"550")  # type: ignore[arg-type]
    e = smtp_codes.explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown")
    assert (e.reason, e.sisimai_reason, e.suppress) == ("user_unknown", "userunknown", True)
    assert e.evidence.startswith("enhanced code 5.1.1") or "user unknown" in e.evidence
    assert "no existe" in e.reason_description("es")
    assert e.sisimai_hardbounce
    e = smtp_codes.explain("550 5.2.1 The email account that you tried to reach is disabled")
    assert (e.reason, e.suppress, e.sisimai_hardbounce) == ("mailbox_disabled", True, False)
    e = smtp_codes.explain("451 4.7.1 Greylisted, please try again later")
    assert (e.reason, e.retry, e.suppress) == ("greylisted", True, False)
    assert smtp_codes.explain("250 2.0.0 OK").reason == "none"
    assert smtp_codes.REASONS[0] == "user_unknown" and "none" in smtp_codes.REASONS
    assert smtp_codes.REASONS[-1] == "complaint"  # new reasons come last: C enum values stay
    with pytest.raises(ValueError):
        smtp_codes.reason_description("lost_in_space")
    many = smtp_codes.explain_many(["550", "nothing", "4.2.2"])
    assert many[1] is None and many[0] is not None and many[2] is not None
    assert many[2].retry


def test_calls_from_many_threads_agree():
    inputs = ["550 5.1.1 no", "421 4.7.0 later", "250 OK"] * 200
    expected = [smtp_codes.explain(t) for t in inputs]
    results = [None] * 8

    def work(i):
        results[i] = [smtp_codes.explain(t) for t in inputs]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)
