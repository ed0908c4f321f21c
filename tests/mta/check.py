#!/usr/bin/env python3
"""Checks smtp-codes against what the real MTAs of run.py logged and sent:

    python3 tests/mta/check.py OUTDIR SMTP_CODES_BINARY

1. `smtp-codes logs --json` on Postfix's and Exim's logs finds every delivery result the
   harness drove (expected.json) with its recipient, status and reason;
2. it gives a record for every delivery-result line and for no other line (the lines are
   told apart here by their MTA's own markers, independently of smtp-codes);
3. `smtp-codes explain --each-line` gives no verdict for a line without a reply;
4. `smtp-codes bounce --json` reads every bounce the MTAs sent, with each recipient's
   address, action and status as the DSN has them.

Prints what it checked; exits 1 with every mismatch listed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

# The harness names situations; smtp-codes names reasons. Where one text means two things
# in the wild, both are accepted (and why is said).
REASONS = {
    "none": {"none"},
    "user_unknown": {"user_unknown"},
    "mailbox_full": {"mailbox_full"},
    "spam": {"spam_or_content"},
    "relaying_denied": {"relay_denied"},
    "greylisted": {"greylisted"},
    # "Connection refused": the next hop cannot be reached.
    "closed_port": {"dns_or_routing"},
    # Postfix's access(5) REJECT says "Recipient address rejected: Access denied", which is
    # also Exchange Online's text for a recipient that does not exist (DBEB).
    "access_denied": {"policy_blocked", "user_unknown"},
}
# Exim says "Unrouteable address" both for an unknown local user and an unknown domain:
# either way the address cannot be delivered to, and is dropped.
UNROUTEABLE = {"dns_or_routing"}

POSTFIX_RESULT = re.compile(r" postfix/\S+\[\d+\]: (\w+|NOQUEUE): (to=<[^>]*>.*, status=\w+|reject: )")
POSTFIX_EXPIRED = re.compile(r" postfix/qmgr\[\d+\]: \w+: from=<[^>]*>, status=expired")
EXIM_RESULT = re.compile(r"^\S+ \S+ (\S+ (=>|->|\*\*|==) |.*\brejected RCPT )")


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def result_lines(path: Path, mta: str) -> list[str]:
    lines = path.read_text(errors="replace").splitlines()
    if mta == "postfix":
        return [l for l in lines if POSTFIX_RESULT.search(l) or POSTFIX_EXPIRED.search(l)]
    return [l for l in lines if EXIM_RESULT.search(l)]


def main() -> int:
    out, cli = Path(sys.argv[1]), sys.argv[2]
    problems: list[str] = []
    logs = {"postfix": out / "postfix.log", "exim": out / "exim_mainlog"}

    # 1 and 2: the records.
    records = []
    for mta, path in logs.items():
        done = run([cli, "logs", "--json", str(path)])
        if done.returncode != 0:
            problems.append(f"smtp-codes logs {path}: exit {done.returncode}: {done.stderr}")
            continue
        got = [json.loads(l) for l in done.stdout.splitlines()]
        results = result_lines(path, mta)
        if len(got) != len(results):
            problems.append(f"{mta}: {len(got)} records for {len(results)} delivery-result lines")
        if any(r["mta"] != mta for r in got):
            problems.append(f"{mta}: a record of another MTA")
        records += got
    expected = json.loads((out / "expected.json").read_text())
    for e in expected:
        found = [r for r in records if (r["mta"], r["recipient"], r["status"]) == (e["mta"], e["recipient"], e["status"])]
        if not found:
            problems.append(f"missing: {e['mta']} {e['recipient']} {e['status']}")
            continue
        accepted = REASONS[e["reason"]]
        for r in found:
            unrouteable = "Unrouteable address" in (r["server_text"] or "")
            ok = r["reason"] in accepted or (unrouteable and r["reason"] in UNROUTEABLE)
            if not ok:
                problems.append(f"{e['mta']} {e['recipient']} {e['status']}: reason {r['reason']}, expected {sorted(accepted)} ({r['evidence']})")
            if e["reason"] in ("user_unknown",) and e["status"] in ("bounced", "rejected") and not r["suppress"]:
                problems.append(f"{e['mta']} {e['recipient']}: an unknown user not suppressed")
            if r["status"] == "deferred" and not (r["bounce"] == "soft" and r["retry"]):
                problems.append(f"{e['mta']} {e['recipient']}: deferred but bounce={r['bounce']} retry={r['retry']}")
            if r["status"] == "expired" and (r["bounce"], r["retry"]) != ("soft", False):
                problems.append(f"{e['mta']} {e['recipient']}: expired but bounce={r['bounce']} retry={r['retry']}")
    print(f"check: {len(records)} records, {len(expected)} expected results checked")

    # 3: explain --each-line gives a verdict only to delivery-result lines.
    for mta, path in logs.items():
        results = set(result_lines(path, mta))
        done = subprocess.run([cli, "explain", "--each-line", "--json"], stdin=path.open("rb"),
                              capture_output=True, text=True, timeout=120)
        explained = 0
        for line in done.stdout.splitlines():
            v = json.loads(line)
            if "error" in v:
                continue
            explained += 1
            if v["input"] not in results:
                problems.append(f"explain --each-line gave {v['bounce']} {v['reason']} to: {v['input']}")
        print(f"check: explain --each-line on {path.name}: {explained} lines explained, all delivery results")

    # 4: the bounces the MTAs sent.
    index = json.loads((out / "bounces.json").read_text())
    done = run([cli, "bounce", "--json", str(out / "bounces"), str(out / "bounces-exim")])
    rows = [json.loads(l) for l in done.stdout.splitlines()]
    for b in index:
        path = str(out / b["file"])
        mine = [r for r in rows if r["file"] == path]
        for want in b["recipients"]:
            address = want["Final-Recipient"].split(";", 1)[1].strip()
            match = [r for r in mine if r.get("recipient") == address]
            if not match:
                problems.append(f"bounce {b['file']}: no record for {address}")
                continue
            r = match[0]
            if r["action"] != want["Action"] or r["dsn"] != want["Status"]:
                problems.append(f"bounce {b['file']} {address}: action {r['action']} dsn {r['dsn']}, the DSN says {want['Action']} {want['Status']}")
    print(f"check: {len(index)} bounce messages, {sum(len(b['recipients']) for b in index)} recipients")

    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
