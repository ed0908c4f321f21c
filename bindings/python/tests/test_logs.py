"""MTA logs from Python: read_log over lists and files, the LogRecord class checked against
the one serializer's JSON, and bad input."""

import io
import json

import pytest

import smtp_codes
from smtp_codes import EnhancedStatusCode, LogRecord, ReplyCode

LOG = """\
Dec  1 10:00:00 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<alice@example.org>, size=550, nrcpt=3 (queue active)
Dec  1 10:00:00 mx1 postfix/smtpd[550]: connect from unknown[192.0.2.9]
Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.2/0.9, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))
Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<ok@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=421, delays=0.1/0/0.2/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9F)
Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<grey@example.net>, relay=mx.example.net[192.0.2.2]:25, delay=0.4, delays=0/0/0.2/0.2, dsn=4.7.1, status=deferred (host mx.example.net[192.0.2.2] said: 450 4.7.1 Greylisted, try again later (in reply to RCPT TO command))
Dec  6 10:00:01 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<alice@example.org>, status=expired, returned to sender
2026-12-01 10:00:00 1tHz0a-000123-AB ** unknown@sink.example R=smarthost T=remote_smtp H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<unknown@sink.example>: 550 5.1.1 User unknown
"""

FIELDS = [
    "time", "timestamp", "host", "mta", "queue_id", "recipient", "original_recipient",
    "sender", "relay", "status", "dsn", "delay", "server_text", "smtp_command", "code",
    "enhanced", "class", "bounce", "retry", "reason", "sisimai_reason", "suppress",
    "sisimai_hardbounce", "evidence",
]


def plain(value):
    """An attribute as the JSON writes it."""
    if isinstance(value, EnhancedStatusCode):
        return str(value)
    if isinstance(value, ReplyCode):
        return int(value)
    return value


def test_records_of_each_kind():
    records = smtp_codes.read_log(LOG.splitlines(), year=2025)
    assert [(r.status, r.recipient) for r in records] == [
        ("bounced", "bob@example.com"),
        ("sent", "ok@example.com"),
        ("deferred", "grey@example.net"),
        ("expired", "grey@example.net"),
        ("bounced", "unknown@sink.example"),
    ]
    bob, ok, grey, expired, exim = records
    assert isinstance(bob, LogRecord)
    assert (bob.code, str(bob.dsn), bob.reason, bob.suppress) == (550, "5.1.1", "user_unknown", True)
    assert bob.code is ReplyCode(550)
    assert (bob.sender, bob.relay, bob.smtp_command) == ("alice@example.org", "mx.example.com[192.0.2.1]:25", "RCPT")
    assert bob.timestamp == "2025-12-01T10:00:01" and bob.time == "Dec  1 10:00:01"
    assert (ok.bounce, ok.reason, ok.delay) == ("none", "none", 421.0)
    assert (grey.bounce, grey.retry, grey.reason) == ("soft", True, "greylisted")
    # Gave up: soft, no retry, the last attempt's reason.
    assert (expired.bounce, expired.retry, expired.reason) == ("soft", False, "greylisted")
    assert expired.timestamp == "2025-12-06T10:00:01"
    assert (exim.mta, exim.host, exim.queue_id) == ("exim", None, "1tHz0a-000123-AB")


def test_attributes_are_the_json_of_the_cli():
    lines = LOG.splitlines()
    expected = [json.loads(line) for line in smtp_codes._native._log_json(lines, 2025).splitlines()]
    records = smtp_codes.read_log(lines, year=2025)
    assert len(records) == len(expected) == 5
    for record, want in zip(records, expected):
        assert sorted(want) == sorted(FIELDS)
        got = {f: plain(getattr(record, "class_" if f == "class" else f)) for f in FIELDS}
        assert got == want


def test_files_bytes_and_line_endings():
    from_file = smtp_codes.read_log(io.StringIO(LOG))
    from_bytes = smtp_codes.read_log([line.encode() + b"\r\n" for line in LOG.splitlines()])
    assert [r.recipient for r in from_file] == [r.recipient for r in from_bytes]
    assert len(from_file) == 5
    # More lines than one chunk: the queue ids are remembered across chunks.
    many = ["Dec  1 10:00:00 mx1 postfix/smtpd[1]: connect from x[192.0.2.9]"] * 20_000
    records = smtp_codes.read_log(LOG.splitlines()[:5] + many + LOG.splitlines()[5:6])
    assert [r.status for r in records][-1] == "expired"
    assert records[-1].recipient == "grey@example.net"


def test_lines_that_are_not_deliveries_give_nothing():
    assert smtp_codes.read_log([]) == []
    assert smtp_codes.read_log(["", "garbage", b"\xff\xfe", "x" * 2_000_000]) == []
    noise = [
        "Dec  1 10:00:00 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<a@example.org>, size=550, nrcpt=1 (queue active)",
        "Dec  1 10:00:00 mx1 postfix/smtpd[550]: disconnect from unknown[192.0.2.9] ehlo=1 starttls=0/1 commands=2",
        "2026-12-01 10:00:00 1tHz0a-000123-AB <= a@example.org H=(client) [127.0.0.1] P=esmtp S=501",
    ]
    assert smtp_codes.read_log(noise) == []


def test_bad_input():
    with pytest.raises(TypeError, match="not a single str"):
        smtp_codes.read_log("Dec  1 10:00:00 mx1 postfix/smtp[1]: x")
    with pytest.raises(TypeError, match="not a single bytes"):
        smtp_codes.read_log(b"line")
    with pytest.raises(TypeError, match="not int"):
        smtp_codes.read_log([1, 2])
    with pytest.raises(TypeError):
        smtp_codes.read_log(42)
    with pytest.raises(ValueError, match="outside"):
        smtp_codes.read_log([], year=10_000)
