"""Python benchmarks (pytest-benchmark), run by `cargo xtask bench-python`:

- look-up of a code's text: against a plain dict and `http.HTTPStatus(...)`;
- `parse_reply` against a straightforward pure-Python parser, on the bounce corpus in `testdata/`;
- explain over the corpus diagnostics: `explain_many` (an object per text), a plain loop of
  `explain`, and `explain_columns` (a list per field); the same for a 1,000-fold batch;
- reading a Postfix log: `read_log` against `read_log_columns`;
- import time of `smtp_codes` (`python -X importtime`).

With `--benchmark-disable` (as `cargo xtask test` runs them) each runs once, as a test.
"""

import http
import subprocess
import sys
from pathlib import Path

import smtp_codes
from smtp_codes import ReplyCode

TESTDATA = Path(__file__).resolve().parents[3] / "testdata"


def _corpus():
    rows = (TESTDATA / "sisimai" / "sisimai_expected.tsv").read_text().splitlines()[1:]
    replies, diagnostics = [], []
    for row in rows:
        f = row.split("\t")
        if f[8] != "-" and f[8][0].isdigit():
            replies.append((f[8].replace("\\r\\n", "\n").replace("\n", "\r\n") + "\r\n").encode())
        if f[7] != "-":
            diagnostics.append(f[7])
    replies = [r for r in replies if _strict_ok(r)]
    return replies, diagnostics


def _strict_ok(raw):
    try:
        return smtp_codes.parse_reply(raw).consumed == len(raw)
    except ValueError:
        return False


REPLIES, DIAGNOSTICS = _corpus()
CODES = [int(c) for c in ReplyCode]
TEXTS = {int(c): c.phrase for c in ReplyCode}
HTTP = [int(s) for s in http.HTTPStatus]


def python_parse(raw: bytes):
    """A straightforward pure-Python reply parser: what a Python program would write."""
    lines = raw.decode("utf-8").split("\r\n")[:-1]
    code = int(lines[0][:3])
    text = []
    for line in lines:
        if int(line[:3]) != code:
            raise ValueError("code mismatch")
        text.append(line[4:])
    return code, text


def test_lookup_smtp_codes(benchmark):
    def run():
        return [ReplyCode(c).phrase for c in CODES]

    assert len(benchmark(run)) == len(CODES)


def test_lookup_smtp_codes_phrase(benchmark):
    def run():
        return [smtp_codes.phrase(c) for c in CODES]

    assert len(benchmark(run)) == len(CODES)


def test_lookup_dict(benchmark):
    def run():
        return [TEXTS.get(c) for c in CODES]

    assert len(benchmark(run)) == len(CODES)


def test_lookup_http_status(benchmark):
    def run():
        return [http.HTTPStatus(c).phrase for c in HTTP]

    assert len(benchmark(run)) == len(HTTP)


def test_parse_smtp_codes(benchmark):
    def run():
        return [smtp_codes.parse_reply(r) for r in REPLIES]

    assert len(benchmark(run)) == len(REPLIES) > 400


def test_parse_pure_python(benchmark):
    def run():
        return [python_parse(r) for r in REPLIES]

    assert len(benchmark(run)) == len(REPLIES)


def test_explain_corpus(benchmark):
    def run():
        return smtp_codes.explain_many(DIAGNOSTICS)

    results = benchmark(run)
    assert sum(r is not None for r in results) > 500


# The corpus diagnostics, 20 times over: a batch as a data frame would hand over.
BATCH = DIAGNOSTICS * 20


def test_explain_batch_many(benchmark):
    out = benchmark(smtp_codes.explain_many, BATCH)
    assert len(out) == len(BATCH)


def test_explain_batch_loop(benchmark):
    def loop():
        out = []
        for text in BATCH:
            try:
                out.append(smtp_codes.explain(text))
            except ValueError:
                out.append(None)
        return out

    assert len(benchmark(loop)) == len(BATCH)


def test_explain_batch_columns(benchmark):
    columns = benchmark(smtp_codes.explain_columns, BATCH)
    assert len(columns["reason"]) == len(BATCH)


def _postfix_log():
    lines = []
    for name in ("postfix-3.7.11.log",):
        lines += (TESTDATA / "logs" / name).read_text().splitlines()
    return lines * 50


LOG = _postfix_log()


def test_read_log_objects(benchmark):
    assert benchmark(smtp_codes.read_log, LOG, 2026)


def test_read_log_columns(benchmark):
    assert benchmark(smtp_codes.read_log_columns, LOG, 2026)["status"]


def test_import_time():
    """`import smtp_codes` in a fresh interpreter, as `python -X importtime` reports it."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import smtp_codes"],
        capture_output=True, text=True, check=True,
    )
    total = [line for line in out.stderr.splitlines() if line.rstrip().endswith("| smtp_codes")]
    assert total, out.stderr
    cumulative_us = int(total[-1].split("|")[1])
    print(f"import smtp_codes: {cumulative_us / 1000:.2f} ms cumulative")
    assert cumulative_us > 0
