"""The 629 real bounces of sisimai's corpus (testdata/sisimai/maildir/bsd) read three ways
must agree: records built from Python's attributes, records printed from C's accessors
(bindings/c/tests/bounce_json.c), and the JSON of ``smtp-codes bounce --json``; both are also
held to the serializer the CLI uses (``smtp-codes-json``), reached through the native
module's private ``_bounce_json``, so that a missing CLI still leaves a reference."""

import json
import os
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, List

import pytest

import smtp_codes
from bounce_records import CORPUS, ROOT, corpus, records, serializer_records

MESSAGES = corpus()


def without_file(record: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in record.items() if k != "file"}


def by_name(lines: str) -> Dict[str, List[Dict[str, Any]]]:
    grouped: Dict[str, List[Dict[str, Any]]] = defaultdict(list)
    for line in lines.splitlines():
        record = json.loads(line)
        grouped[record["file"]].append(record)
    return grouped


def test_the_corpus_is_there():
    assert len(list(CORPUS.glob("*.eml"))) == 629
    assert len(MESSAGES) >= 629


def test_attributes_equal_the_serializer_for_every_message():
    differ = []
    for _, name, data in MESSAGES:
        try:
            report = smtp_codes.read_bounce(data)
        except smtp_codes.BounceReadError as e:
            assert serializer_records(data) == [{"error": str(e)}], name
            continue
        if records(report) != serializer_records(data):
            differ.append(name)
    assert not differ, differ


def test_read_bounces_and_columns_agree_with_read_bounce():
    data = [m for _, _, m in MESSAGES]
    many = smtp_codes.read_bounces(data)
    assert len(many) == len(data)
    rows: List[Dict[str, Any]] = []
    for i, (item, message) in enumerate(zip(many, data)):
        if isinstance(item, smtp_codes.BounceReadError):
            rows.append({"input": i, "error": str(item)})
            continue
        assert item == smtp_codes.read_bounce(message)
        rows.extend({"input": i, "error": None, **r} for r in records(item))
    columns = smtp_codes.read_bounce_columns(data)
    names = list(columns)
    for column in columns.values():
        assert len(column) == len(rows)
    for j, row in enumerate(rows):
        assert {k: columns[k][j] for k in names} == {k: row.get(k) for k in names}


@pytest.fixture(scope="module")
def cli_bounce_json() -> Dict[str, List[Dict[str, Any]]]:
    """``smtp-codes bounce --json`` over every corpus file, built fresh, by file name; the
    test is skipped where the CLI has no ``bounce`` subcommand."""
    cargo = shutil.which("cargo")
    cli = os.environ.get("SMTP_CODES_CLI")
    if cargo:
        subprocess.run([cargo, "build", "-q", "-p", "smtp-codes-cli"], cwd=ROOT, check=True)
        cli = str(ROOT / "target" / "debug" / "smtp-codes")
    if not cli or subprocess.run([cli, "bounce", "--help"], capture_output=True).returncode != 0:
        pytest.skip("the CLI has no `bounce` subcommand")
    files = sorted({f for f, _, _ in MESSAGES})
    out = subprocess.run(
        [cli, "bounce", "--json", *files], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return by_name(out)


def test_python_equals_the_cli(cli_bounce_json):
    assert set(cli_bounce_json) == {name for _, name, _ in MESSAGES}
    differ = []
    for _, name, data in MESSAGES:
        expected = cli_bounce_json[name]
        try:
            got = records(smtp_codes.read_bounce(data))
        except smtp_codes.BounceReadError as e:
            assert [r.get("error") for r in expected] == [f"{name}: {e}"], name
            continue
        if got != [without_file(r) for r in expected]:
            differ.append(name)
    assert not differ, differ


@pytest.fixture(scope="module")
def c_bounce_json(tmp_path_factory) -> Dict[str, List[Dict[str, Any]]]:
    """bounce_json.c, built against the C library (release, as `cargo xtask install-c`
    builds it) and run over every message (the messages of an mbox each in a file of its
    own), by the CLI's name of each message."""
    cargo, cc = shutil.which("cargo"), shutil.which("cc")
    if not cargo or not cc:
        pytest.skip("needs cargo and a C compiler")
    subprocess.run(
        [cargo, "build", "--release", "-q", "-p", "smtp-codes-c"], cwd=ROOT, check=True
    )
    tmp = tmp_path_factory.mktemp("bounce_c")
    lib = ROOT / "target" / "release"
    # The soname the library carries, next to it, so that the program finds it.
    soname = tmp / "libsmtp_codes.so.0"
    soname.symlink_to(lib / "libsmtp_codes.so")
    program = tmp / "bounce_json"
    subprocess.run(
        [
            cc,
            "-std=c99",
            "-Wall",
            "-Wextra",
            "-Wpedantic",
            "-Werror",
            str(ROOT / "bindings" / "c" / "tests" / "bounce_json.c"),
            f"-I{ROOT / 'bindings' / 'c' / 'include'}",
            f"-L{lib}",
            "-lsmtp_codes",
            f"-Wl,-rpath,{tmp}",
            "-o",
            str(program),
        ],
        check=True,
    )
    paths: Dict[str, str] = {}
    for i, (file, name, data) in enumerate(MESSAGES):
        if name == file:
            paths[file] = name
        else:
            split = tmp / f"message-{i}.eml"
            split.write_bytes(data)
            paths[str(split)] = name
    out = subprocess.run(
        [str(program), *paths], check=True, capture_output=True, text=True
    ).stdout
    return {paths[path]: recs for path, recs in by_name(out).items()}


def test_c_equals_the_serializer(c_bounce_json):
    assert set(c_bounce_json) == {name for _, name, _ in MESSAGES}
    differ = []
    for _, name, data in MESSAGES:
        got = [without_file(r) for r in c_bounce_json[name]]
        expected = serializer_records(data)
        if "error" in expected[0]:
            assert [set(r) for r in got] == [{"error"}], name
        elif got != expected:
            differ.append(name)
    assert not differ, differ


def test_c_equals_the_cli(c_bounce_json, cli_bounce_json):
    differ = []
    for _, name, _ in MESSAGES:
        got = [without_file(r) for r in c_bounce_json[name]]
        expected = [without_file(r) for r in cli_bounce_json[name]]
        if "error" in expected[0]:
            assert [set(r) for r in got] == [{"error"}], name
        elif got != expected:
            differ.append(name)
    assert not differ, differ
