"""Whole bounce messages from Python: read_bounce, read_bounces and read_bounce_columns on
reports of every kind, the native classes and their exception, and hostile input."""

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smtp_codes
from bounce_records import RECIPIENT_FIELDS, REPORT_FIELDS, records, serializer_records
from smtp_codes import (
    BounceReadError,
    BounceReport,
    EnhancedStatusCode,
    RecipientReport,
    ReplyCode,
)

DSN = b"""\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mx.example.net.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Mon, 1 Jan 2024 10:00:00 +0000

Final-Recipient: rfc822; bob@example.com
Original-Recipient: rfc822; Bob@Example.COM
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected:
    User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 1 Jan 2024 10:00:05 +0000

Final-Recipient: rfc822; carol@example.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full (in reply to RCPT TO command)
Will-Retry-Until: Fri, 5 Jan 2024 10:00:00 +0000

--B
Content-Type: text/rfc822-headers

Message-ID: <m1@example.org>
From: alice@example.org
To: bob@example.com
Subject: Hello

--B--
""".replace(b"\n", b"\r\n")

QMAIL = b"""\
From: MAILER-DAEMON@mx.example.net
To: alice@example.org
Subject: failure notice

Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.

<bob@example.com>:
192.0.2.1 does not like recipient.
Remote host said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
Giving up on 192.0.2.1.
"""

ARF = b"""\
From: abuse@isp.example
To: postmaster@example.org
Subject: FW: Earn money
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

This is an email abuse report.

--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: SomeGenerator/1.0
Version: 1
Original-Rcpt-To: <user@isp.example>

--F
Content-Type: message/rfc822

From: <somespammer@example.net>
To: <user@isp.example>
Subject: Earn money

Spam spam spam
--F--
"""

VACATION = b"""\
From: dan@example.com
To: alice@example.org
Subject: Out of office
Auto-Submitted: auto-replied

I am away until Monday.
"""

PLAIN = b"From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n"
NOT_A_MESSAGE = b"hello world\r\n\r\nbody"

COLUMNS = ["input", "error", *REPORT_FIELDS, *RECIPIENT_FIELDS]


def test_a_dsn_recipient_by_recipient():
    report = smtp_codes.read_bounce(DSN)
    assert isinstance(report, BounceReport)
    assert report.message_kind == "dsn"
    assert report.reporting_mta == "mx.example.net"
    assert report.arrival_date == "Mon, 1 Jan 2024 10:00:00 +0000"
    assert report.original_message_id == "m1@example.org"
    assert report.original_from == "alice@example.org"
    assert report.original_to == "bob@example.com"
    assert report.original_subject == "Hello"
    assert report.feedback_type is None
    assert isinstance(report.recipients, tuple) and len(report.recipients) == 2
    bob, carol = report.recipients
    assert isinstance(bob, RecipientReport)
    assert bob.recipient == "bob@example.com" and bob.original_recipient == "Bob@Example.COM"
    assert bob.action == "failed" and bob.remote_mta == "mx.example.com"
    assert isinstance(bob.dsn, EnhancedStatusCode) and bob.dsn == "5.1.1"
    assert bob.diagnostic_type == "smtp"
    assert bob.server_text == (
        "550 5.1.1 <bob@example.com>: Recipient address rejected: "
        "User unknown in virtual mailbox table"
    )
    assert bob.last_attempt == "Mon, 1 Jan 2024 10:00:05 +0000" and bob.will_retry_until is None
    assert bob.smtp_command is None
    assert bob.code is ReplyCode.MAILBOX_UNAVAILABLE
    assert bob.enhanced == EnhancedStatusCode("5.1.1")
    assert bob.class_ == "permanent" and bob.bounce == "hard" and bob.retry is False
    assert bob.reason == "user_unknown" and bob.sisimai_reason == "userunknown"
    assert bob.suppress is True and bob.sisimai_hardbounce is True
    assert "user unknown" in bob.evidence
    assert bob.reason_description() == smtp_codes.reason_description("user_unknown")
    assert bob.reason_description("es") == smtp_codes.reason_description("user_unknown", "es")
    assert carol.action == "delayed" and carol.dsn == "4.2.2"
    assert carol.will_retry_until == "Fri, 5 Jan 2024 10:00:00 +0000"
    assert carol.smtp_command == "RCPT"
    assert carol.code == 452 and carol.class_ == "transient"
    assert carol.bounce == "soft" and carol.retry is True and carol.reason == "mailbox_full"


def test_other_kinds_of_message():
    qmail = smtp_codes.read_bounce(QMAIL)
    assert qmail.message_kind == "non_dsn" and len(qmail.recipients) == 1
    (r,) = qmail.recipients
    assert r.recipient == "bob@example.com" and r.action is None and r.dsn is None
    assert r.code == 550 and r.reason == "user_unknown"

    arf = smtp_codes.read_bounce(ARF)
    assert arf.message_kind == "feedback" and arf.feedback_type == "abuse"
    (r,) = arf.recipients
    assert r.reason == "complaint" and r.suppress is True
    assert r.code is None and r.enhanced is None and r.class_ is None and r.bounce == "none"

    vacation = smtp_codes.read_bounce(VACATION)
    assert vacation.message_kind == "auto_reply"
    assert vacation.recipients[0].recipient == "dan@example.com"
    assert vacation.recipients[0].reason == "none"

    plain = smtp_codes.read_bounce(PLAIN)
    assert plain.message_kind == "not_bounce" and plain.recipients == ()


def test_codes_are_reply_codes_where_known_as_explain_gives_them():
    for text in (b"571 5.7.1 Delivery not authorized", b"550 5.1.1 User unknown"):
        message = QMAIL.replace(
            b"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown", text
        )
        (r,) = smtp_codes.read_bounce(message).recipients
        expected = smtp_codes.explain(text.decode()).code
        assert r.code == expected and type(r.code) is type(expected)


def test_attributes_are_the_json_fields():
    for message in (DSN, QMAIL, ARF, VACATION, PLAIN):
        assert records(smtp_codes.read_bounce(message)) == serializer_records(message)


def test_native_frozen_classes_in_smtp_codes():
    report = smtp_codes.read_bounce(DSN)
    for cls in (BounceReport, RecipientReport, BounceReadError):
        assert cls.__module__ == "smtp_codes"
    assert issubclass(BounceReadError, ValueError)
    with pytest.raises(AttributeError):
        report.message_kind = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        report.recipients[0].reason = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        BounceReport()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        RecipientReport()  # type: ignore[call-arg]
    again = smtp_codes.read_bounce(bytearray(DSN))
    assert again == report and hash(again) == hash(report)
    assert again.recipients[0] == report.recipients[0] != report.recipients[1]
    assert report != smtp_codes.read_bounce(QMAIL)
    assert repr(report).startswith("BounceReport(message_kind='dsn', ")
    assert "RecipientReport(recipient='bob@example.com', " in repr(report)


def test_unreadable_input_raises_bounce_read_error():
    for data in (b"", b"   \r\n\t", NOT_A_MESSAGE):
        with pytest.raises(BounceReadError):
            smtp_codes.read_bounce(data)
    with pytest.raises(BounceReadError, match="empty input"):
        smtp_codes.read_bounce(b"")
    with pytest.raises(ValueError, match="no header fields"):
        smtp_codes.read_bounce(NOT_A_MESSAGE)
    with pytest.raises(BounceReadError, match="longer than 67108864 bytes"):
        smtp_codes.read_bounce(b"x" * ((64 << 20) + 1))
    parts = b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 300
    nested = b"From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" + parts
    with pytest.raises(BounceReadError, match="more than 256 MIME parts"):
        smtp_codes.read_bounce(nested + b"--b--\r\n")


def test_wrong_types_raise_type_error():
    for bad in ("From: a@b\r\n\r\n", None, 1, memoryview(DSN), [DSN], object()):
        with pytest.raises(TypeError, match="bytes or bytearray"):
            smtp_codes.read_bounce(bad)  # type: ignore[arg-type]


def test_nul_bytes_and_garbage():
    for data in (
        b"\x00",
        b"\x00" * 1000,
        b"From: a\x00b@example.com\r\nSubject: \x00\r\n\r\n\x00550 5.1.1\x00",
        b"\xff\xfe\x00\x01\x80\x81 : \r\n\r\n\x1b[31m",
        DSN.replace(b"bob", b"b\x00b"),
        DSN[: len(DSN) // 2],
        DSN * 50,
    ):
        try:
            report = smtp_codes.read_bounce(data)
        except BounceReadError:
            continue
        assert records(report) == serializer_records(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_read_bounce_on_arbitrary_bytes(data):
    try:
        report = smtp_codes.read_bounce(data)
    except BounceReadError:
        return
    assert report.message_kind in ("dsn", "non_dsn", "feedback", "auto_reply", "not_bounce")
    for r in report.recipients:
        assert r.bounce in ("soft", "hard", "none") and r.reason in smtp_codes.REASONS


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([DSN, QMAIL, ARF, b"", PLAIN]), max_size=6), st.binary(max_size=200))
def test_read_bounces_is_read_bounce_per_input(messages, junk):
    messages = [*messages, junk]
    results = smtp_codes.read_bounces(messages)
    assert len(results) == len(messages)
    for data, result in zip(messages, results):
        try:
            assert result == smtp_codes.read_bounce(data)
        except BounceReadError as e:
            assert isinstance(result, BounceReadError) and str(result) == str(e)


def test_read_bounces_returns_errors_without_raising():
    results = smtp_codes.read_bounces([DSN, b"", bytearray(QMAIL), NOT_A_MESSAGE])
    assert isinstance(results[0], BounceReport) and isinstance(results[2], BounceReport)
    assert isinstance(results[1], BounceReadError) and "empty input" in str(results[1])
    assert isinstance(results[3], BounceReadError)
    assert smtp_codes.read_bounces([]) == []
    assert smtp_codes.read_bounces(m for m in (DSN,)) == [smtp_codes.read_bounce(DSN)]


def test_sequence_functions_refuse_wrong_types():
    for fn in (smtp_codes.read_bounces, smtp_codes.read_bounce_columns):
        for single in (DSN, bytearray(DSN), "DSN"):
            with pytest.raises(TypeError, match="sequence of bytes"):
                fn(single)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="bytes or bytearray, not str"):
            fn([DSN, "text"])  # type: ignore[list-item]
        with pytest.raises(TypeError):
            fn(5)  # type: ignore[arg-type]


def test_columns_one_row_per_recipient():
    columns = smtp_codes.read_bounce_columns([DSN, b"", PLAIN, ARF])
    assert list(columns) == COLUMNS
    assert columns["input"] == [0, 0, 1, 2, 3]
    assert columns["error"] == [None, None, "empty input: no message to read", None, None]
    assert columns["message_kind"] == ["dsn", "dsn", None, "not_bounce", "feedback"]
    assert columns["recipient"] == ["bob@example.com", "carol@example.com", None, None, "user@isp.example"]
    assert columns["code"] == [550, 452, None, None, None]
    assert [type(c) for c in columns["code"][:2]] == [int, int]  # as in JSON, not ReplyCode
    assert columns["dsn"] == ["5.1.1", "4.2.2", None, None, None]
    assert columns["class"] == ["permanent", "transient", None, None, None]
    assert columns["bounce"] == ["hard", "soft", None, None, "none"]
    assert columns["retry"] == [False, True, None, None, False]
    assert columns["suppress"] == [True, False, None, None, True]
    assert columns["feedback_type"] == [None, None, None, None, "abuse"]
    # The report's values are shared by its rows, not made once per row.
    assert columns["reporting_mta"][0] is columns["reporting_mta"][1]
    empty = smtp_codes.read_bounce_columns([])
    assert list(empty) == COLUMNS and all(v == [] for v in empty.values())


def test_columns_are_the_json_records():
    messages = [DSN, QMAIL, ARF, VACATION, PLAIN]
    columns = smtp_codes.read_bounce_columns(messages)
    rows = [
        {"input": i, "error": None, **r}
        for i, m in enumerate(messages)
        for r in serializer_records(m)
    ]
    assert len(columns["input"]) == len(rows)
    for j, row in enumerate(rows):
        assert {k: columns[k][j] for k in COLUMNS} == {k: row.get(k) for k in COLUMNS}


def test_threads_read_at_once():
    messages = [DSN, QMAIL, ARF, VACATION, PLAIN, b""] * 50
    expected = smtp_codes.read_bounces(messages)
    results = []

    def work():
        results.append(smtp_codes.read_bounces(messages))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4
    for result in results:
        assert [r for r in result if isinstance(r, BounceReport)] == [
            r for r in expected if isinstance(r, BounceReport)
        ]
