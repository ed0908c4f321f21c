"""Shared by the bounce tests: the records of ``smtp-codes bounce --json`` built from a
report's attributes alone, and the corpus of real bounces split as the CLI splits it."""

import json
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import smtp_codes
from smtp_codes import _native

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "testdata" / "sisimai" / "maildir" / "bsd"

REPORT_FIELDS = (
    "message_kind",
    "reporting_mta",
    "arrival_date",
    "original_message_id",
    "original_from",
    "original_to",
    "original_subject",
    "feedback_type",
)
RECIPIENT_FIELDS = (
    "recipient",
    "original_recipient",
    "action",
    "dsn",
    "remote_mta",
    "diagnostic_type",
    "server_text",
    "last_attempt",
    "will_retry_until",
    "smtp_command",
    "code",
    "enhanced",
    "class",
    "bounce",
    "retry",
    "reason",
    "sisimai_reason",
    "suppress",
    "sisimai_hardbounce",
    "evidence",
)


def records(report: smtp_codes.BounceReport) -> List[Dict[str, Any]]:
    """One dict per recipient (or one for a report without recipients), from attributes."""
    base: Dict[str, Any] = {f: getattr(report, f) for f in REPORT_FIELDS}
    if not report.recipients:
        return [base]
    out = []
    for r in report.recipients:
        record = dict(base)
        for f in RECIPIENT_FIELDS:
            value = getattr(r, "class_" if f == "class" else f)
            if f in ("dsn", "enhanced") and value is not None:
                value = str(value)
            elif f == "code" and value is not None:
                value = int(value)
            record[f] = value
        out.append(record)
    return out


def serializer_records(data: bytes) -> List[Dict[str, Any]]:
    """The records of the one JSON serializer (smtp-codes-json), without ``file``."""
    out = []
    for line in _native._bounce_json(data).splitlines():
        record = json.loads(line)
        del record["file"]
        out.append(record)
    return out


def lines(data: bytes) -> Iterator[bytes]:
    """The lines of ``data``, each with its LF (Rust's ``split_inclusive``)."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end + 1
        yield data[start:end]
        start = end


def mbox_messages(data: bytes) -> List[bytes]:
    """The messages of an mbox as the CLI reads one: each starts at a ``From `` line at the
    start of the file or after a blank line, which is dropped; ``>From `` is unquoted."""
    messages: List[bytearray] = []
    at_line_start = previous_blank = True
    for line in lines(data):
        if at_line_start and previous_blank and line.startswith(b"From "):
            messages.append(bytearray())
        elif messages:
            messages[-1] += line[1:] if line.startswith(b">From ") else line
        previous_blank = line.strip(b" \t\n\x0c\r") == b""
        at_line_start = line.endswith(b"\n")
    return [bytes(m) for m in messages]


def corpus() -> List[Tuple[str, str, bytes]]:
    """Every message of the corpus: (file as given to the CLI, name the CLI gives, bytes)."""
    out = []
    for path in sorted(CORPUS.glob("*.eml")):
        data = path.read_bytes()
        name = str(path)
        if data.startswith(b"From "):
            for i, message in enumerate(mbox_messages(data)):
                out.append((name, f"{name}#{i + 1}", message))
        else:
            out.append((name, name, data))
    return out
