#!/usr/bin/env python3
"""Real-server harness: drive a private Postfix and a private Exim into every
kind of delivery result, and keep their real logs and real bounces.

    sudo python3 tests/mta/run.py OUTDIR [--keep-work]

Run as root on Debian 12. It installs Postfix (no service started), unpacks
Exim into a cache (SMTP_CODES_MTA_CACHE, default target/mta-cache), starts a
sink SMTP server on 127.0.0.1, runs both MTAs on free loopback ports, and
writes into OUTDIR:

    postfix.log        Postfix's maillog_file
    exim_mainlog       Exim's main log (exim_rejectlog beside it)
    bounces/           each DSN Postfix sent to the test sender, raw, NN.eml
    bounces-exim/      the same for Exim
    bounces.json       an index of both: file, envelope, DSN fields
    expected.json      every (mta, recipient, status, reason) the logs must show
    manifest.json      versions of what ran
    sink.log           the sink's SMTP transcript
    config/            the configuration files used

It needs nothing from smtp-codes. See README.md beside it.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import platform
import re
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import install  # noqa: E402
from exim_instance import Exim  # noqa: E402
from postfix_instance import Postfix  # noqa: E402
from sink import Sink  # noqa: E402
from util import (HarnessError, become_subreaper, free_port, log,  # noqa: E402
                  reap_children, reserve_closed_port, run, stop_leftovers, wait_for)

# Each MTA must be done (all results logged, queue empty) within this.
MTA_DEADLINE = 60
OUTPUT_NAMES = ["postfix.log", "exim_mainlog", "exim_rejectlog", "exim_paniclog", "bounces",
                "bounces-exim", "bounces.json", "expected.json", "manifest.json", "sink.log",
                "config"]


@dataclass
class Case:
    """One recipient and the results its MTA's log must show, in order."""
    recipient: str
    results: list[tuple[str, str]]  # (status, reason)
    note: str
    via: str = "smtp"


def postfix_cases() -> list[Case]:
    return [
        Case("ok@sink.test", [("sent", "none")], "sink answers 250"),
        Case("unknown@sink.test", [("bounced", "user_unknown")],
             "sink: 550 5.1.1 ... User unknown in virtual mailbox table, at RCPT"),
        Case("full@sink.test", [("bounced", "mailbox_full")],
             "sink: 552 5.2.2 Mailbox full, over quota, at RCPT"),
        Case("spam@sink.test", [("bounced", "spam")],
             "sink: 554 5.7.1 Message rejected as spam, after end of DATA"),
        Case("relay@sink.test", [("bounced", "relaying_denied")],
             "sink: 554 5.7.1 ... Relay access denied, at RCPT"),
        Case("grey@sink.test", [("deferred", "greylisted"), ("expired", "greylisted")],
             "sink: 450 4.7.1 ... Greylisted at every try; then qmgr logs "
             "'status=expired, returned to sender' (maximal_queue_lifetime)"),
        Case("closed@closed.test", [("deferred", "closed_port"), ("expired", "closed_port")],
             "next hop [127.0.0.1]:<port nothing listens on>: 'Connection refused' "
             "(dsn=4.4.1), until it expires"),
        Case("nosuchuser@local.test", [("bounced", "user_unknown")],
             "local(8): unknown user: \"nosuchuser\""),
        Case("gone@retired.test", [("bounced", "user_unknown")],
             "error(8) transport 'error:5.1.1 User unknown, mailbox retired'; submitted "
             "with sendmail -C, as smtpd would refuse this domain at RCPT", via="sendmail"),
        Case("someone@outside.test", [("rejected", "relaying_denied")],
             "smtpd: reject_unauth_destination, 554 5.7.1 Relay access denied"),
        Case("stranger@sink.test", [("rejected", "user_unknown")],
             "smtpd: 550 5.1.1 User unknown in relay recipient table"),
        Case("blocked@sink.test", [("rejected", "access_denied")],
             "smtpd: check_recipient_access REJECT, 554 5.7.1 Access denied"),
        Case("greylist@sink.test", [("rejected", "greylisted")],
             "smtpd: check_recipient_access '450 4.7.1 Greylisted', a temporary reject"),
    ]


def exim_cases() -> list[Case]:
    return [
        Case("ok@sink.test", [("sent", "none")], "sink answers 250: '=>' line"),
        Case("unknown@sink.test", [("bounced", "user_unknown")],
             "sink: 550 5.1.1 at RCPT: '**' line"),
        Case("full@sink.test", [("bounced", "mailbox_full")], "sink: 552 5.2.2 at RCPT"),
        Case("spam@sink.test", [("bounced", "spam")],
             "sink: 554 5.7.1 'after end of data'"),
        Case("relay@sink.test", [("bounced", "relaying_denied")],
             "sink: 554 5.7.1 Relay access denied at RCPT"),
        Case("grey@sink.test", [("deferred", "greylisted"), ("expired", "greylisted")],
             "'==' lines (450 4.7.1 Greylisted), then '** grey@sink.test: retry timeout "
             "exceeded' (retry rule F,6s,1s); Exim has no separate 'expired' status"),
        Case("closed@closed.test", [("deferred", "closed_port"), ("expired", "closed_port")],
             "'== ... defer (111): Connection refused' (and 'defer (-54): retry time not "
             "reached for any host'), then '** ...: retry timeout exceeded'"),
        Case("nosuchuser@local.test", [("bounced", "user_unknown")],
             "accepted without verification, then '** nosuchuser@local.test: "
             "Unrouteable address' (no router takes it)"),
        Case("someone@outside.test", [("rejected", "relaying_denied")],
             "RCPT ACL: 'rejected RCPT <...>: relay not permitted'"),
        Case("stranger@sink.test", [("rejected", "user_unknown")],
             "RCPT ACL verify = recipient: 'rejected RCPT <...>: Unrouteable address'"),
        Case("blocked@sink.test", [("rejected", "access_denied")],
             "RCPT ACL deny: '550 5.7.1 ... Access denied'"),
        Case("greylist@sink.test", [("rejected", "greylisted")],
             "RCPT ACL defer: 'temporarily rejected RCPT <...>: 4.7.1 ... Greylisted' (451)"),
    ]


# -- finding each expected result in a log ------------------------------

def postfix_evidence(log_text: str, rcpt: str, status: str) -> str | None:
    """The first log line that shows `status` for `rcpt`, or None."""
    lines = log_text.splitlines()
    to = f"to=<{rcpt}>"
    if status == "rejected":
        return next((ln for ln in lines if "NOQUEUE: reject: RCPT from" in ln and to in ln), None)
    if status == "expired":
        # qmgr's expiry line names the queue id and sender, not the recipient.
        ids = {m.group(1) for ln in lines if to in ln
               for m in [re.search(r": ([0-9A-F]{6,}): to=", ln)] if m}
        return next((ln for ln in lines if "status=expired" in ln
                     and any(f" {qid}: from=" in ln for qid in ids)), None)
    return next((ln for ln in lines if to in ln and f"status={status}" in ln), None)


def exim_evidence(log_text: str, rcpt: str, status: str) -> str | None:
    lines = log_text.splitlines()
    addr = re.escape(rcpt)
    patterns = {
        "sent": rf" => {addr}( |$)",
        "bounced": rf" \*\* {addr}( |:)",
        "deferred": rf" == {addr}( |:)",
        "expired": rf" \*\* {addr}: retry (timeout exceeded|time not reached for any host "
                   r"after a long failure period)",
        "rejected": rf"rejected RCPT <{addr}>",
    }
    pattern = re.compile(patterns[status])
    return next((ln for ln in lines if pattern.search(ln)), None)


def missing_results(cases: list[Case], log_text: str, finder) -> list[str]:
    return [f"{c.recipient}: {status}" for c in cases for status, _ in c.results
            if finder(log_text, c.recipient, status) is None]


# -- driving each MTA ----------------------------------------------------

def drive(name: str, mta, cases: list[Case], finder, tick) -> None:
    """Submit every case, then wait (bounded) until the log shows every result
    and the queue is empty (so every bounce has reached the sink)."""
    for case in cases:
        answer = mta.submit(case.recipient, case.via)
        log(f"{name}: {case.recipient} ({case.via}): {answer}")
    started = time.monotonic()
    try:
        wait_for(f"{name} to log every expected result and empty its queue",
                 lambda: not missing_results(cases, mta.log_text(), finder)
                 and mta.queue_empty(), MTA_DEADLINE, interval=1, tick=tick)
    except HarnessError as exc:
        missing = missing_results(cases, mta.log_text(), finder)
        raise HarnessError(f"{exc}\n  not in the log: {missing or 'nothing'}\n"
                           f"  queue empty: {mta.queue_empty()}") from None
    log(f"{name}: all results logged, queue empty after {time.monotonic() - started:.1f}s")


def every_n_seconds(seconds: float, action):
    """A tick that runs `action` at most once every `seconds`."""
    last = [time.monotonic()]

    def tick() -> None:
        if time.monotonic() - last[0] >= seconds:
            last[0] = time.monotonic()
            action()
    return tick


# -- outputs -------------------------------------------------------------

def expected_entries(mta: str, cases: list[Case]) -> list[dict]:
    return [{"mta": mta, "recipient": c.recipient, "status": status, "reason": reason,
             "via": c.via, "note": c.note}
            for c in cases for status, reason in c.results]


def dsn_summary(path: Path) -> dict:
    """What a saved bounce says about itself: subject and per-recipient DSN fields."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
    recipients = []
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            for block in part.get_payload()[1:]:
                recipients.append({k: block.get(k) for k in (
                    "Final-Recipient", "Original-Recipient", "Action", "Status",
                    "Remote-MTA", "Diagnostic-Code") if block.get(k)})
    return {"subject": msg.get("Subject"), "from": msg.get("From"),
            "content_type": msg.get_content_type(), "recipients": recipients}


def write_bounce_index(out: Path, sink: Sink) -> None:
    index = []
    for saved in sink.saved:
        entry = {"mta": "postfix" if saved["domain"] == "postfix-sender.test" else "exim",
                 "file": str(saved["path"].relative_to(out)),
                 "mail_from": saved["mail_from"], "rcpt_to": saved["rcpt_to"]}
        entry.update(dsn_summary(saved["path"]))
        index.append(entry)
    (out / "bounces.json").write_text(json.dumps(index, indent=2) + "\n")


def copy_if_exists(src: Path, dst: Path) -> None:
    if src.exists():
        shutil.copyfile(src, dst)


def collect(out: Path, work: Path) -> None:
    """Copy logs and configs out of the work folder (also after a failure)."""
    copy_if_exists(work / "postfix" / "postfix.log", out / "postfix.log")
    for name in ("mainlog", "rejectlog", "paniclog"):
        copy_if_exists(work / "exim" / "log" / name, out / f"exim_{name}")
    config = out / "config"
    config.mkdir(exist_ok=True)
    for name in ("main.cf", "master.cf", "transport", "relay_recipients",
                 "recipient_access", "bounce.cf"):
        copy_if_exists(work / "postfix" / "conf" / name, config / f"postfix-{name}")
    copy_if_exists(work / "exim" / "exim.conf", config / "exim.conf")


def self_check(out: Path, pf_cases: list[Case], ex_cases: list[Case], sink: Sink) -> None:
    """Every expected result is in the copied logs, every kind of line is there,
    and each MTA sent at least one bounce."""
    pf_log = (out / "postfix.log").read_text()
    ex_log = (out / "exim_mainlog").read_text()
    problems = [f"postfix: {m}" for m in missing_results(pf_cases, pf_log, postfix_evidence)]
    problems += [f"exim: {m}" for m in missing_results(ex_cases, ex_log, exim_evidence)]
    for kind in ("status=sent", "status=bounced", "status=deferred", "status=expired",
                 "NOQUEUE: reject:", "sender non-delivery notification"):
        if kind not in pf_log:
            problems.append(f"postfix.log has no '{kind}' line")
    for kind in (" <= ", " => ", " ** ", " == ", "Completed", "rejected RCPT"):
        if kind not in ex_log:
            problems.append(f"exim_mainlog has no '{kind.strip()}' line")
    for domain, mta in (("postfix-sender.test", "postfix"), ("exim-sender.test", "exim")):
        if not sink.saved_for(domain):
            problems.append(f"no bounce from {mta} reached the sink")
    if problems:
        raise HarnessError("self-check failed:\n  " + "\n  ".join(problems))


def _os_name() -> str:
    for line in Path("/etc/os-release").read_text().splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip('"')
    return platform.platform()


def manifest(versions: dict, seconds: float) -> dict:
    debian = Path("/etc/debian_version")
    return {
        **versions,
        "os": _os_name(),
        "debian_version": debian.read_text().strip() if debian.exists() else None,
        "python": platform.python_version(),
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "run_seconds": round(seconds, 1),
    }


# -- main ----------------------------------------------------------------

def prepare_out(out: Path) -> None:
    """Remove only what an earlier run of this script wrote there."""
    out.mkdir(parents=True, exist_ok=True)
    for name in OUTPUT_NAMES:
        path = out / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def staged_binary(binary: Path, work: Path) -> Path:
    """A copy of the Exim binary in the work folder. Exim re-executes itself as its own
    user (Debian-exim) to deliver and to send bounces, so every folder above the binary
    must be open to that user; the cache lies under the checkout, which may be in a
    private folder (a `mktemp -d`, a home directory), while the work folder is made open."""
    staged = work / "exim-bin" / binary.name
    staged.parent.mkdir()
    shutil.copy2(binary, staged)
    return staged


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--keep-work", action="store_true",
                        help="keep the temporary work folder (queues, spool) afterwards")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise HarnessError("run as root: it installs packages and starts the MTAs' daemons")
    # A SIGTERM should still stop the daemons: make it unwind like Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)

    become_subreaper()

    t0 = time.monotonic()
    out = args.outdir.resolve()
    prepare_out(out)
    install.ensure_postfix()
    install.ensure_exim_user()
    exim_binary, exim_pkg = install.ensure_exim()
    log(f"installs ready after {time.monotonic() - t0:.1f}s")

    work = Path(tempfile.mkdtemp(prefix="smtp-codes-mta-"))
    work.chmod(0o755)  # Postfix's and Exim's own users walk into it
    (work / "postfix").mkdir()
    (work / "exim").mkdir()
    closed_sock, closed_port = reserve_closed_port()
    sink = Sink(free_port(), {"postfix-sender.test": out / "bounces",
                              "exim-sender.test": out / "bounces-exim"}, out / "sink.log")
    postfix = Postfix(work / "postfix", sink.port, closed_port)
    exim = Exim(staged_binary(exim_binary, work), work / "exim", sink.port, closed_port)
    pf_cases, ex_cases = postfix_cases(), exim_cases()
    versions: dict = {}
    ok = False
    try:
        sink.start()
        log(f"sink on 127.0.0.1:{sink.port}; closed port {closed_port}")
        postfix.configure(free_port())
        versions["postfix"] = {
            "mail_version": postfix.version(),
            "debian_package": run(["dpkg-query", "-W", "-f=${Version}", "postfix"],
                                  quiet=True).stdout}
        postfix.start()
        drive("postfix", postfix, pf_cases, postfix_evidence,
              every_n_seconds(3, postfix.flush))
        postfix.stop()
        exim.configure(free_port())
        versions["exim"] = {"version": exim.version(), "debian_package": exim_pkg,
                            "binary": str(exim.binary)}
        exim.start()
        drive("exim", exim, ex_cases, exim_evidence, every_n_seconds(3, exim.run_queue))
        exim.stop()
        ok = True
    finally:
        postfix.stop()
        exim.stop()
        stop_leftovers(str(work))
        reap_children()
        sink.stop()
        closed_sock.close()
        collect(out, work)
        if ok and not args.keep_work:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"work folder kept: {work}")

    expected = expected_entries("postfix", pf_cases) + expected_entries("exim", ex_cases)
    (out / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
    write_bounce_index(out, sink)
    self_check(out, pf_cases, ex_cases, sink)
    seconds = time.monotonic() - t0
    (out / "manifest.json").write_text(
        json.dumps(manifest(versions, seconds), indent=2) + "\n")
    log(f"done in {seconds:.1f}s: {len(expected)} expected results, "
        f"{len(sink.saved_for('postfix-sender.test'))} Postfix and "
        f"{len(sink.saved_for('exim-sender.test'))} Exim bounces in {out}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except HarnessError as exc:
        log(f"FAILED: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        log("interrupted")
        sys.exit(130)
