"""Columnar results: explain_columns and read_log_columns against the per-object API, and
explain_arrow and read_log_arrow against both (pyarrow is optional: skipped without it)."""

import json
import os
import subprocess

import pytest

import smtp_codes
from conftest import ROOT
from smtp_codes import EnhancedStatusCode, ReplyCode
from test_logs import LOG

TEXTS = [
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
    "421 4.7.0 Try again later",
    "no code in here at all",
    "250 OK",
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
    "mailbox full",
    "5.7.1",
    "Dec  1 10:00:00 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<a@example.org>, size=550, nrcpt=1 (queue active)",
]

EXPLAIN_FIELDS = ["input", "kind", "code", "enhanced", "class", "bounce", "retry", "reason",
                  "sisimai_reason", "suppress", "sisimai_hardbounce", "evidence", "server_text",
                  "name", "enhanced_name"]


def plain(value):
    if isinstance(value, EnhancedStatusCode):
        return str(value)
    if isinstance(value, ReplyCode):
        return int(value)
    return value


def cli_verdicts(texts):
    """`smtp-codes explain --each-line --json` on the texts: the JSON the columns are named
    after, from the one serializer."""
    cli = os.environ.get("SMTP_CODES_CLI")
    cmd = [cli] if cli else ["cargo", "run", "-q", "-p", "smtp-codes-cli", "--"]
    out = subprocess.run(cmd + ["explain", "--each-line", "--json"], input="\n".join(texts),
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return [json.loads(line) for line in out.splitlines()]


def rows(columns):
    n = len(next(iter(columns.values())))
    assert all(len(v) == n for v in columns.values())
    return [{k: columns[k][i] for k in columns} for i in range(n)]


def test_explain_columns_are_the_json_of_the_cli():
    columns = smtp_codes.explain_columns(TEXTS)
    assert list(columns) == EXPLAIN_FIELDS
    for got, want in zip(rows(columns), cli_verdicts(TEXTS)):
        if "error" in want:
            assert got == {f: (want["input"] if f == "input" else None) for f in EXPLAIN_FIELDS}
        else:
            assert got == {f: want[f] for f in EXPLAIN_FIELDS}
    # The input objects themselves are handed back; repeated names are one object.
    assert all(a is b for a, b in zip(columns["input"], TEXTS))
    twice = smtp_codes.explain_columns(["550 5.1.1 a", "550 5.1.1 b"])
    assert twice["reason"][0] is twice["reason"][1]
    assert twice["evidence"][0] is twice["evidence"][1]
    # A text that is its own server text shares the object.
    assert columns["server_text"][5] is TEXTS[5]


def test_read_log_columns_equal_read_log():
    lines = LOG.splitlines()
    columns = smtp_codes.read_log_columns(lines, year=2025)
    records = smtp_codes.read_log(lines, year=2025)
    table = rows(columns)
    assert len(table) == len(records) == 5
    for row, record in zip(table, records):
        for field, value in row.items():
            if field == "line":
                continue
            attr = "class_" if field == "class" else field
            assert value == plain(getattr(record, attr)), field
        assert lines[row["line"]].find(record.queue_id or "") >= 0
    assert columns["line"] == [2, 3, 4, 5, 6]


def test_columns_bad_input():
    with pytest.raises(TypeError):
        smtp_codes.explain_columns("one string")
    with pytest.raises(TypeError):
        smtp_codes.explain_columns([b"bytes"])
    with pytest.raises(TypeError):
        smtp_codes.read_log_columns("one line")
    with pytest.raises(ValueError):
        smtp_codes.read_log_columns([], year=1)
    assert smtp_codes.explain_columns([])["input"] == []
    assert smtp_codes.read_log_columns([])["line"] == []


