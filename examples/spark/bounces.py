"""Bounce verdicts for mail logs, at Spark scale, with the smtp-codes reader.

Reads MTA logs (Postfix, Exim, Sendmail; plain text or .gz, one log line per row) and
gives every delivery result and rejection its verdict (reason, hard/soft bounce, retry,
suppress, ...) with ``smtp_codes.read_log_arrow``, called through ``mapInArrow``: the
lines go to Rust as Arrow buffers, with no Python object per line. Then it counts the
records per recipient domain, status and reason, and per reason, writes both tables
(Parquet or CSV) into OUTDIR and prints their top rows::

    python examples/spark/bounces.py --master 'local[2]' /var/log/mail.log OUTDIR
    spark-submit examples/spark/bounces.py hdfs:///logs/mail/2026-12-*.log OUTDIR

With ``--diagnostics-table PATH --column NAME`` it reads a Parquet or CSV table instead,
whose column NAME holds bounce diagnostics (reply texts, Diagnostic-Code values), adds the
verdict columns of ``smtp_codes.explain_arrow`` to each row and counts per reason (and
per recipient domain with ``--recipient-column``).

Why the lines are shuffled before they are read
-----------------------------------------------
Most log lines can be read on their own, but not all: Postfix's ``status=expired`` line
names no recipient (the reader answers it with the recipients that were deferred earlier
under the same queue id), and a delivery's sender comes from an earlier ``from=`` line.
The reader remembers queue ids only within one call, so the job calls it once per
partition, and makes sure that every line of one queue id is in the same partition, in
log order:

1. number the lines as they are read: (input, file, line), ``line`` counting from 1
   within each file (``monotonically_increasing_id`` while reading, turned into line
   numbers with the per-split counts);
2. take each line's queue id with a regular expression in Spark SQL (Postfix's token
   after ``postfix/<service>[pid]: ``, Exim's ``XXXXXX-XXXXXX-XX`` message id after the
   time stamp, Sendmail's token after ``sendmail[pid]: ``);
3. ``repartition`` by the queue id; a line with none (connects, ``NOQUEUE`` rejections)
   needs no memory, so it is keyed by its line number and spreads over all partitions
   instead of piling up in one;
4. ``sortWithinPartitions`` by (input, file, line), so each partition holds its queue
   ids' lines in log order;
5. ``mapInArrow``: each partition's lines, concatenated into one Arrow array, go to one
   ``read_log_arrow`` call.

Files are read in the order given on the command line (within one argument, a directory
or glob, in name order): give rotated logs oldest first, as to ``smtp-codes logs``.

Output: the records (with ``--write-records``: OUTDIR/records, one row per record: the
``file`` and ``line`` of the log line it came from, then the fields of ``smtp-codes logs
--json``), OUTDIR/by_domain (domain, status, reason, count) and OUTDIR/by_reason (reason,
count). Every record is counted once in each table (a record with no recipient under a
null domain), so both add up to the number of records.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F

# The fields of `smtp-codes logs --json`, as read_log_arrow returns them (after its own
# `line`, the index of the line within the call, which the job maps back to file:line).
RECORD_SCHEMA = """
    `time` string, `timestamp` string, `host` string, `mta` string, `queue_id` string,
    `recipient` string, `original_recipient` string, `sender` string, `relay` string,
    `status` string, `dsn` string, `delay` double, `server_text` string,
    `smtp_command` string, `code` int, `enhanced` string, `class` string,
    `bounce` string, `retry` boolean, `reason` string, `sisimai_reason` string,
    `suppress` boolean, `sisimai_hardbounce` boolean, `evidence` string
"""

RECORD_FIELDS = [f.split()[0].strip("`") for f in RECORD_SCHEMA.split(",")]

# What explain_arrow adds to each row of a diagnostics table.
VERDICT_SCHEMA = """
    `kind` string, `code` int, `enhanced` string, `class` string, `bounce` string,
    `retry` boolean, `reason` string, `sisimai_reason` string, `suppress` boolean,
    `sisimai_hardbounce` boolean, `evidence` string, `server_text` string
"""
VERDICT_FIELDS = [f.split()[0].strip("`") for f in VERDICT_SCHEMA.split(",")]

# Queue ids, as the reader finds them (Java regular expressions; group 1 is the id).
# Postfix (also multi-instance `postfix-out/smtp`, and `postfix/submission/smtpd`):
# short ids are 6+ hex digits, long ones 10+ letters and digits; anything of 5+ is
# taken, as the reader does, since a key only has to be the same for all of an id's lines.
# NOQUEUE (a rejection before queueing) is no id.
POSTFIX_ID = r"\bpostfix[^/\s\[]*/[^\s\[]+(?:\[\d+\])?: (?!NOQUEUE:)([0-9A-Za-z]{5,}): "
# Exim's message id (1xYLFI-0007Ry-0V, or the 4.97 form 1xYLFI-00000007Ry-0000) after
# its own time stamp (optional fraction, zone and [pid]; at the start of the line or after
# a syslog tag), or right after the syslog tag.
EXIM_ID = (
    r"(?:(?:^|: )\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: [-+]\d{4})?|\bexim4?(?:\[\d+\])?:)"
    r"(?: \[\d+\])? ([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) "
)
SENDMAIL_ID = r"\b(?:sendmail|sm-mta|sm-msp-queue)(?:\[\d+\])?: (?!NOQUEUE:)([0-9A-Za-z]{5,}): "

# Lines per partition, when --partitions is not given: what one read_log_arrow call holds
# in memory (about 130 bytes a line, times a few for the records).
LINES_PER_PARTITION = 500_000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Bounce verdicts for mail logs (or a table of diagnostics), counted "
        "per recipient domain and per reason.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="INPUT... OUTDIR: log files, directories or globs (plain or .gz), "
                   "then the output directory; with --diagnostics-table, OUTDIR alone")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                   help="a Spark setting (repeatable), as spark-submit's --conf")
    p.add_argument("--year", type=int,
                   help="year of RFC 3164 lines, which have none (default: this year)")
    p.add_argument("--format", choices=("parquet", "csv"), default="parquet",
                   help="format of the tables written (default: parquet)")
    p.add_argument("--partitions", type=int,
                   help="partitions to read in (default: twice the cores, more for "
                   f"large inputs: at most {LINES_PER_PARTITION} lines each)")
    p.add_argument("--write-records", action="store_true",
                   help="also write every record to OUTDIR/records")
    p.add_argument("--top", type=int, default=20, help="rows printed per table")
    p.add_argument("--metrics", metavar="FILE",
                   help="write the job's counts and timings as JSON to FILE")
    p.add_argument("--diagnostics-table", metavar="PATH",
                   help="read this Parquet or CSV table instead of logs")
    p.add_argument("--column", help="the column of --diagnostics-table with the texts")
    p.add_argument("--recipient-column",
                   help="a column of --diagnostics-table with recipient addresses")
    p.add_argument("--table-format", choices=("parquet", "csv"),
                   help="format of --diagnostics-table (default: from its name)")
    args = p.parse_args(argv)
    if args.diagnostics_table:
        if not args.column:
            p.error("--diagnostics-table needs --column")
        if len(args.paths) != 1:
            p.error("with --diagnostics-table, give OUTDIR alone")
        args.inputs, args.outdir = [], args.paths[0]
    else:
        if len(args.paths) < 2:
            p.error("give INPUT... OUTDIR")
        args.inputs, args.outdir = args.paths[:-1], args.paths[-1]
    return args


def spark_session(args: argparse.Namespace) -> SparkSession:
    builder = SparkSession.builder.appName("smtp-codes bounces")
    if args.master:
        builder = builder.master(args.master)
    for setting in args.conf:
        key, sep, value = setting.partition("=")
        if not sep:
            sys.exit(f"bounces.py: --conf {setting}: not KEY=VALUE")
        builder = builder.config(key, value)
    if (args.master or "").startswith("local"):
        # Local workers run the Python of the driver, the one with smtp_codes installed
        # (Spark's default is whatever `python3` is on PATH). On a cluster the executors'
        # Python is set by PYSPARK_PYTHON / spark.pyspark.python (see the README).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # In local mode nothing needs to be reached from another host: the driver and its
        # block manager listen on loopback, and the web UI is off (unless --conf says
        # otherwise, as later settings win).
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        for key, value in (
            ("spark.driver.bindAddress", "127.0.0.1"),
            ("spark.driver.host", "127.0.0.1"),
            ("spark.ui.enabled", "false"),
        ):
            if not any(s.startswith(key + "=") for s in args.conf):
                builder = builder.config(key, value)
    return builder.getOrCreate()


# ---- Logs ------------------------------------------------------------------------------


def read_lines(spark: SparkSession, inputs: list[str]) -> tuple[DataFrame, int]:
    """The log lines as (input, file, line, text), line counting from 1 in each file; and
    how many lines there are."""
    parts = []
    for i, path in enumerate(inputs):
        parts.append(
            spark.read.text(path).select(
                F.lit(i).alias("input"),
                F.input_file_name().alias("file"),
                # (read partition << 33) + row: increasing within a file, with gaps.
                F.monotonically_increasing_id().alias("pos"),
                F.col("value").alias("text"),
            )
        )
    raw = parts[0]
    for part in parts[1:]:
        raw = raw.unionByName(part)
    raw = raw.withColumn("split", F.shiftright("pos", 33))

    # In each read partition ("split") a file's lines are contiguous and in order, and a
    # file's splits come in file order: so a line's number is the count of its file's
    # lines in earlier splits, plus its place in its own split. One cheap pass over the
    # text counts the lines per split.
    earlier = Window.partitionBy("input", "file").orderBy("split").rowsBetween(
        Window.unboundedPreceding, -1
    )
    splits = (
        raw.groupBy("input", "file", "split")
        .agg(F.count("*").alias("n"), F.min("pos").alias("first"))
        .withColumn("before", F.coalesce(F.sum("n").over(earlier), F.lit(0)))
        .collect()
    )
    total = sum(row["n"] for row in splits)
    offsets = spark.createDataFrame(
        [(r["input"], r["file"], r["split"], r["first"], r["before"]) for r in splits],
        "input int, file string, split long, first long, before long",
    )
    lines = raw.join(F.broadcast(offsets), ["input", "file", "split"]).select(
        "input", "file", (F.col("pos") - F.col("first") + F.col("before") + 1).alias("line"),
        "text",
    )
    return lines, total


def with_queue_ids(lines: DataFrame) -> DataFrame:
    """Adds `queue_id`: the queue id a line belongs to, else null."""

    def found(pattern: str):
        id_ = F.regexp_extract("text", pattern, 1)  # "" when the line has none
        return F.when(id_ != "", id_)

    return lines.withColumn(
        "queue_id",
        # Postfix first: a Postfix line may quote an Exim id in the remote reply.
        F.coalesce(found(POSTFIX_ID), found(SENDMAIL_ID), found(EXIM_ID)),
    )


def read_partition(year: int | None):
    """The mapInArrow function: one read_log_arrow call over the whole partition."""

    def records(batches):
        import pyarrow as pa
        import smtp_codes

        # The reader's memory of queue ids lasts one call: give it every line of the
        # partition at once (mapInArrow hands them over in batches of 10,000).
        batches = list(batches)
        if not batches:
            return
        table = pa.Table.from_batches(batches)
        found = smtp_codes.read_log_arrow(table.column("text").combine_chunks(), year=year)
        # Its `line` is the index in this partition's array: the row to take file:line from.
        rows = found.column("line")
        columns = [table.column("file").take(rows), table.column("line").take(rows)]
        names = ["file", "line"]
        for field in RECORD_FIELDS:
            columns.append(found.column(field))
            names.append(field)
        out = pa.Table.from_arrays(columns, names=names)
        yield from out.to_batches(max_chunksize=10_000)

    return records


def log_records(spark: SparkSession, args: argparse.Namespace) -> tuple[DataFrame, dict]:
    lines, total = read_lines(spark, args.inputs)
    partitions = args.partitions or max(
        2 * spark.sparkContext.defaultParallelism,
        math.ceil(total / LINES_PER_PARTITION),
    )
    # Every line of a queue id in one partition, in log order (see the docstring); lines
    # with no queue id keyed by their own number, so that they spread out.
    key = F.coalesce(F.col("queue_id"), F.concat_ws(":", "input", "file", "line"))
    grouped = (
        with_queue_ids(lines)
        .repartition(partitions, key)
        .sortWithinPartitions("input", "file", "line")
        .select("file", "line", "text")
    )
    records = grouped.mapInArrow(
        read_partition(args.year), f"file string, line long, {RECORD_SCHEMA}"
    )
    return records, {"lines": total, "partitions": partitions}


def count_logs(records: DataFrame) -> tuple[DataFrame, DataFrame]:
    domain = F.when(
        F.col("recipient").contains("@"),
        F.lower(F.substring_index("recipient", "@", -1)),
    )
    by_domain = records.groupBy(
        domain.alias("domain"), "status", "reason"
    ).count()
    by_reason = records.groupBy("reason").count()
    return by_domain, by_reason


# ---- A table of diagnostics ------------------------------------------------------------


def explain_batches(column: str):
    """The mapInArrow function for a diagnostics table: the row's columns, then its verdict."""

    def verdicts(batches):
        import pyarrow as pa
        import smtp_codes

        for batch in batches:
            texts = batch.column(column)
            if not pa.types.is_string(texts.type) and not pa.types.is_large_string(texts.type):
                texts = texts.cast(pa.string())
            verdict = smtp_codes.explain_arrow(texts)
            yield pa.RecordBatch.from_arrays(
                list(batch.columns) + [verdict.column(n) for n in VERDICT_FIELDS],
                names=list(batch.schema.names) + VERDICT_FIELDS,
            )

    return verdicts


def diagnostics_records(spark: SparkSession, args: argparse.Namespace) -> tuple[DataFrame, dict]:
    fmt = args.table_format or ("csv" if ".csv" in args.diagnostics_table else "parquet")
    reader = spark.read
    if fmt == "csv":
        # A header row; quotes inside a field doubled, as most CSV writers do (RFC 4180).
        reader = reader.option("header", "true").option("escape", '"')
    table = reader.format(fmt).load(args.diagnostics_table)
    if args.column not in table.columns:
        sys.exit(f"bounces.py: {args.diagnostics_table} has no column {args.column!r}: "
                 f"{', '.join(table.columns)}")
    clash = sorted(set(table.columns) & set(VERDICT_FIELDS))
    if clash:
        sys.exit(f"bounces.py: the table already has columns {', '.join(clash)}")
    # Each row is explained on its own: no shuffle needed, any partitioning will do.
    schema = ", ".join(
        [f"`{f.name}` {f.dataType.simpleString()}" for f in table.schema.fields]
        + [VERDICT_SCHEMA]
    )
    records = table.mapInArrow(explain_batches(args.column), schema)
    return records, {}


def count_diagnostics(records: DataFrame, recipient: str | None):
    by_reason = records.groupBy("reason").count()
    if recipient is None:
        return None, by_reason
    domain = F.when(
        F.col(recipient).contains("@"), F.lower(F.substring_index(recipient, "@", -1))
    )
    return records.groupBy(domain.alias("domain"), "bounce", "reason").count(), by_reason


# ---- Output ----------------------------------------------------------------------------


def write(df: DataFrame, path: str, fmt: str) -> None:
    writer = df.write.mode("overwrite")
    if fmt == "csv":
        writer = writer.option("header", "true")
    writer.format(fmt).save(path)


def show(spark: SparkSession, title: str, path: str, fmt: str, top: int) -> None:
    reader = spark.read.option("header", "true").option("inferSchema", "true") \
        if fmt == "csv" else spark.read
    table = reader.format(fmt).load(path)
    keys = [c for c in table.columns if c != "count"]
    total = table.agg(F.sum("count")).first()[0] or 0
    print(f"\n{title} (top {top} of {table.count()} rows; {total} records)")
    table.orderBy(F.desc("count"), *keys).show(top, truncate=False)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    spark = spark_session(args)
    out = args.outdir.rstrip("/")
    metrics: dict = {
        "master": spark.sparkContext.master,
        "cores": spark.sparkContext.defaultParallelism,
    }

    if args.diagnostics_table:
        records, info = diagnostics_records(spark, args)
    else:
        records, info = log_records(spark, args)
    metrics.update(info)

    # The records are made once (the read, the shuffle and the Rust reader: the job's
    # main stage), then counted twice: from OUTDIR/records when written, else from a cache.
    stage = time.monotonic()
    if args.write_records:
        write(records, f"{out}/records", "parquet")
        records = spark.read.parquet(f"{out}/records")
        metrics["records"] = records.count()
    else:
        records = records.persist()
        metrics["records"] = records.count()
    metrics["main_stage_seconds"] = time.monotonic() - stage

    if args.diagnostics_table:
        by_domain, by_reason = count_diagnostics(records, args.recipient_column)
        metrics["rows"] = metrics["records"]
    else:
        by_domain, by_reason = count_logs(records)
    # The tables are small: one file each.
    if by_domain is not None:
        write(by_domain.coalesce(1), f"{out}/by_domain", args.format)
    write(by_reason.coalesce(1), f"{out}/by_reason", args.format)
    metrics["seconds"] = time.monotonic() - started

    if by_domain is not None:
        show(spark, "Records per recipient domain, status and reason" if not
             args.diagnostics_table else "Rows per recipient domain, bounce and reason",
             f"{out}/by_domain", args.format, args.top)
    show(spark, "Records per reason", f"{out}/by_reason", args.format, args.top)

    if "lines" in metrics:
        rate = metrics["lines"] / metrics["main_stage_seconds"]
        print(f"bounces.py: {metrics['lines']} lines, {metrics['records']} records, in "
              f"{metrics['partitions']} partitions; main stage {metrics['main_stage_seconds']:.1f} s "
              f"({rate:,.0f} lines/s on {metrics['cores']} cores), whole job "
              f"{metrics['seconds']:.1f} s")
    else:
        print(f"bounces.py: {metrics['records']} rows explained in "
              f"{metrics['main_stage_seconds']:.1f} s")
    if args.metrics:
        with open(args.metrics, "w", encoding="utf-8") as f:
            json.dump(metrics, f, indent=2)
            f.write("\n")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
