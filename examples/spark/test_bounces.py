"""The Spark example (bounces.py) against the CLI, on a million log lines, in local mode.

Run by run_test.sh, which makes the venv this needs (target/spark-venv: PySpark, pyarrow,
pandas, pytest and smtp_codes). The data: a synthetic Postfix log of 1,000,000 lines
(`cargo xtask gen-log`, made from the project's test data) and the real Postfix and Exim
logs of testdata/logs/. The job runs once, in local[2], with Spark's UI off and every
address on loopback; `smtp-codes logs --json` ($SMTP_CODES_CLI, else target/debug's) reads
the same files, and the two must give the same records: the same verdicts, the same
counts. The throughput of both goes to target/spark-data/throughput.json.
"""

from __future__ import annotations

import collections
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "examples/spark/bounces.py"
DATA = ROOT / "target/spark-data"
MAIL_LOG = DATA / "mail.log"
GENERATED_LINES = 1_000_000
# The order of the command line: the job and the CLI read them in this order.
LOGS = [
    MAIL_LOG,
    ROOT / "testdata/logs/postfix-3.7.11.log",
    ROOT / "testdata/logs/exim-4.96.log",
]
YEAR = "2026"
CORES = 2
MASTER = f"local[{CORES}]"
# Spark on loopback only, no UI.
SPARK_CONF = [
    "spark.ui.enabled=false",
    "spark.driver.bindAddress=127.0.0.1",
    "spark.driver.host=127.0.0.1",
]
JOB_TIMEOUT = 900
CLI_TIMEOUT = 600
# What has to agree, record by record.
FIELDS = ("status", "recipient", "code", "enhanced", "reason", "bounce", "retry", "suppress")
# How a record is found in the other output (with its rank among records of the same key).
KEY = ("file", "queue_id", "recipient", "status", "timestamp")
SAMPLE = 2000


def spark_env() -> dict:
    env = dict(os.environ)
    env["SPARK_LOCAL_IP"] = "127.0.0.1"
    env["PYSPARK_PYTHON"] = sys.executable
    env.pop("PYSPARK_DRIVER_PYTHON", None)
    return env


def run_job(args: list[str], timeout: int = JOB_TIMEOUT) -> tuple[subprocess.CompletedProcess, float]:
    command = [sys.executable, str(JOB), "--master", MASTER, "--year", YEAR]
    for setting in SPARK_CONF:
        command += ["--conf", setting]
    started = time.monotonic()
    done = subprocess.run(
        command + args, cwd=ROOT, env=spark_env(), capture_output=True, text=True,
        timeout=timeout,
    )
    seconds = time.monotonic() - started
    if done.returncode != 0:
        pytest.fail(f"bounces.py exited {done.returncode}\n{done.stdout[-4000:]}\n"
                    f"{done.stderr[-8000:]}")
    return done, seconds


def count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def ranked(records: list[dict]) -> dict[tuple, dict]:
    """The records by key, each key with its rank among records of the same key, in order."""
    seen: collections.Counter = collections.Counter()
    out = {}
    for r in records:
        key = tuple(r[k] for k in KEY)
        out[key + (seen[key],)] = r
        seen[key] += 1
    return out


def domain_of(recipient: str | None) -> str | None:
    return recipient.rsplit("@", 1)[1].lower() if recipient and "@" in recipient else None


# ---- Fixtures: the data, the CLI's records, the job's records -------------------------


@pytest.fixture(scope="module")
def logs() -> list[Path]:
    if shutil.which("java") is None:
        pytest.fail("no java on PATH: run examples/spark/run_test.sh (it installs "
                    "openjdk-17-jre-headless)")
    DATA.mkdir(parents=True, exist_ok=True)
    # Made anew each time: the generator is deterministic and takes about a second.
    subprocess.run(
        ["cargo", "xtask", "gen-log", "--lines", str(GENERATED_LINES), "--out", str(MAIL_LOG)],
        cwd=ROOT, check=True, timeout=900,
    )
    assert count_lines(MAIL_LOG) >= GENERATED_LINES
    return LOGS


@pytest.fixture(scope="module")
def cli() -> str:
    path = os.environ.get("SMTP_CODES_CLI") or str(ROOT / "target/debug/smtp-codes")
    if not os.access(path, os.X_OK):
        pytest.fail(f"{path}: no smtp-codes CLI (build it, or set SMTP_CODES_CLI)")
    return path


@pytest.fixture(scope="module")
def cli_records(cli, logs) -> dict:
    """`smtp-codes logs --json` on the same files: its records and its time."""
    out = DATA / "cli-records.jsonl"
    started = time.monotonic()
    with open(out, "wb") as f:
        done = subprocess.run(
            [cli, "logs", "--json", "--year", YEAR, *map(str, logs)],
            stdout=f, stderr=subprocess.PIPE, timeout=CLI_TIMEOUT,
        )
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    records = []
    with open(out, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            r["file"] = os.path.basename(r["file"])
            records.append(r)
    return {"records": records, "seconds": seconds, "stderr": done.stderr.decode()}


@pytest.fixture(scope="module")
def job(logs) -> dict:
    """The job, once, on the same files, with its records written."""
    out = DATA / "job-out"
    shutil.rmtree(out, ignore_errors=True)
    metrics = DATA / "job-metrics.json"
    done, seconds = run_job(
        ["--write-records", "--metrics", str(metrics), *map(str, logs), str(out)]
    )
    table = pq.read_table(out / "records", columns=["file", "line", *KEY[1:], *FIELDS])
    records = table.to_pylist()
    for r in records:
        r["file"] = r["file"].rsplit("/", 1)[-1]
    # In the CLI's order: the files as given, the lines in order.
    order = {p.name: i for i, p in enumerate(logs)}
    records.sort(key=lambda r: (order[r["file"]], r["line"]))
    return {
        "out": out,
        "stdout": done.stdout,
        "seconds": seconds,
        "metrics": json.loads(metrics.read_text()),
        "records": records,
        "by_domain": pq.read_table(out / "by_domain").to_pylist(),
        "by_reason": pq.read_table(out / "by_reason").to_pylist(),
    }


# ---- The tests -------------------------------------------------------------------------


def test_the_job_prints_both_tables(job):
    assert "Records per recipient domain, status and reason (top 20 of" in job["stdout"]
    assert "Records per reason (top 20 of" in job["stdout"]
    assert "|domain" in job["stdout"] and "|reason" in job["stdout"]
    # Spread over several partitions, so the expiries below did cross a shuffle.
    assert job["metrics"]["partitions"] >= 2


def test_every_line_is_read(job, cli_records, logs):
    lines = sum(count_lines(p) for p in logs)
    assert job["metrics"]["lines"] == lines
    assert f"smtp-codes: {lines} lines:" in cli_records["stderr"]


def test_the_counts_add_up(job, cli_records):
    cli = cli_records["records"]
    n = len(cli)
    assert n > 200_000
    assert job["metrics"]["records"] == len(job["records"]) == n
    assert sum(r["count"] for r in job["by_domain"]) == n
    assert sum(r["count"] for r in job["by_reason"]) == n
    per_status = collections.Counter()
    for r in job["by_domain"]:
        per_status[r["status"]] += r["count"]
    assert per_status == collections.Counter(r["status"] for r in cli)
    # The whole tables, as the CLI's records give them.
    assert {(r["domain"], r["status"], r["reason"]): r["count"] for r in job["by_domain"]} == \
        collections.Counter((domain_of(r["recipient"]), r["status"], r["reason"]) for r in cli)
    assert {r["reason"]: r["count"] for r in job["by_reason"]} == \
        collections.Counter(r["reason"] for r in cli)


def test_verdicts_equal_the_cli_on_a_sample(job, cli_records):
    cli = ranked(cli_records["records"])
    spark = ranked(job["records"])
    rng = random.Random(20261201)
    keys = list(cli)  # in the CLI's order (the keys hold None: no sorting them)
    # Random records, and expiries for sure: the records that need the shuffle.
    expired = [k for k in keys if k[3] == "expired"]
    sample = set(rng.sample(keys, SAMPLE)) | set(rng.sample(expired, min(500, len(expired))))
    assert len(sample) >= 1000
    wrong = []
    for key in sample:
        got = spark.get(key)
        want = {f: cli[key][f] for f in FIELDS}
        if got is None or {f: got[f] for f in FIELDS} != want:
            wrong.append((key, want, got))
    assert not wrong, f"{len(wrong)} of {len(sample)} differ, e.g. {wrong[:3]}"


def test_every_record_equals_the_cli(job, cli_records):
    def fields(records):
        return collections.Counter(tuple(r[k] for k in KEY + FIELDS) for r in records)

    cli, spark = fields(cli_records["records"]), fields(job["records"])
    assert cli == spark, (f"only the CLI: {list((cli - spark).items())[:3]}; "
                          f"only the job: {list((spark - cli).items())[:3]}")


def test_expired_lines_get_their_recipients(job, cli_records):
    """Postfix's status=expired names no recipient: the job must find them across the
    shuffle, as the CLI does reading in order."""
    expired = [r for r in job["records"] if r["status"] == "expired"]
    assert len(expired) > 1000
    assert all(r["recipient"] for r in expired)
    assert len(expired) == sum(1 for r in cli_records["records"] if r["status"] == "expired")


def test_line_numbers_point_at_the_lines(job, logs):
    text = {p.name: p.read_text(encoding="utf-8").splitlines() for p in logs}
    rng = random.Random(7)
    for r in rng.sample(job["records"], SAMPLE):
        line = text[r["file"]][r["line"] - 1]
        if r["queue_id"]:
            assert r["queue_id"] in line, (r, line)
        if r["status"] == "expired":
            assert "status=expired" in line, (r, line)
        elif r["recipient"]:
            assert r["recipient"] in line, (r, line)


def test_throughput(job, cli_records, cli):
    m = job["metrics"]
    lines = m["lines"]
    per_second = lines / m["main_stage_seconds"]
    cli_per_second = lines / cli_records["seconds"]
    build = "debug" if "/debug/" in cli else "release" if "/release/" in cli else "unknown"
    report = {
        "lines": lines,
        "records": m["records"],
        "job": {
            "master": m["master"],
            "cores": m["cores"],
            "partitions": m["partitions"],
            "what": "main stage: read, shuffle by queue id, sort, mapInArrow with "
                    "read_log_arrow, records written to Parquet",
            "main_stage_seconds": round(m["main_stage_seconds"], 3),
            "lines_per_second": round(per_second),
            "lines_per_second_per_core": round(per_second / m["cores"]),
            "whole_process_seconds": round(job["seconds"], 3),
            "whole_process_lines_per_second": round(lines / job["seconds"]),
        },
        "cli": {
            "path": cli,
            "build": build,
            "what": "whole process: smtp-codes logs --json, records written to a file",
            "seconds": round(cli_records["seconds"], 3),
            "lines_per_second": round(cli_per_second),
        },
        "machine_cores": os.cpu_count(),
    }
    (DATA / "throughput.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nSpark job ({m['master']}, {m['cores']} cores, {m['partitions']} partitions): "
          f"{per_second:,.0f} lines/s in its main stage ({per_second / m['cores']:,.0f} per "
          f"core), {lines / job['seconds']:,.0f} lines/s for the whole process")
    print(f"CLI ({build} build, one process): {cli_per_second:,.0f} lines/s")
    assert per_second > 0 and cli_per_second > 0


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_a_diagnostics_table(tmp_path, cli, cli_records, fmt):
    """--diagnostics-table: the verdict of each text equals `smtp-codes explain`'s."""
    import pyarrow as pa
    import pyarrow.csv

    rng = random.Random(11)
    texts = sorted({r["server_text"].strip() for r in cli_records["records"]
                    if r["server_text"] and r["server_text"].strip()})
    texts = rng.sample(texts, min(1500, len(texts))) + ["hello", "550 5.1.1 no such user",
                                                        'quoted "text", with a comma']
    table = pa.table({
        "id": list(range(len(texts))),
        "rcpt": [f"user{i}@Example{i % 7}.TEST" for i in range(len(texts))],
        "diagnostic": texts,
    })
    path = tmp_path / f"diagnostics.{fmt}"
    if fmt == "parquet":
        pq.write_table(table, path)
    else:
        pyarrow.csv.write_csv(table, path)
    out = tmp_path / "out"
    done, _ = run_job(["--diagnostics-table", str(path), "--column", "diagnostic",
                       "--recipient-column", "rcpt", "--write-records", "--format", "csv",
                       str(out)], timeout=600)
    assert "Rows per recipient domain, bounce and reason" in done.stdout

    explained = subprocess.run(
        [cli, "explain", "--each-line", "--json"], input="\n".join(texts) + "\n",
        capture_output=True, text=True, timeout=CLI_TIMEOUT,
    )
    want = [json.loads(line) for line in explained.stdout.splitlines()]
    assert len(want) == len(texts)
    got = sorted(pq.read_table(out / "records").to_pylist(), key=lambda r: int(r["id"]))
    assert len(got) == len(texts)
    fields = ("kind", "code", "enhanced", "reason", "bounce", "retry", "suppress")
    for row, verdict in zip(got, want):
        assert row["diagnostic"] == verdict["input"]
        if "error" in verdict:
            assert row["reason"] is None, row
        else:
            assert {f: row[f] for f in fields} == {f: verdict[f] for f in fields}, row
    by_domain = list(csv_rows(out / "by_domain"))
    assert sum(int(r["count"]) for r in by_domain) == len(texts)
    assert {r["domain"] for r in by_domain} == {f"example{i}.test" for i in range(7)}


def csv_rows(directory: Path):
    import csv

    for part in sorted(directory.glob("*.csv")):
        with open(part, newline="", encoding="utf-8") as f:
            yield from csv.DictReader(f)
