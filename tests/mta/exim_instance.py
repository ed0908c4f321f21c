"""A private Exim: the binary unpacked from Debian's packages, its own config,
spool and log folder, a daemon on 127.0.0.1:<port> only.

Privileges: the Debian binary has its Exim user compiled in as "Debian-exim"
and looks it up before it reads any configuration, so that user must exist
(install.ensure_exim_user). Exim honours `-C FILE` from root, but a daemon's
reception and delivery processes re-execute Exim as the Exim user, and for
anyone but root a `-C` file not in /etc/exim4/trusted_configs makes Exim drop
root for good. Rather than edit that system file, the harness lets it: the
spool and log folder belong to Debian-exim, deliveries only speak SMTP (no
local mailbox writes that would need root), and deliver_drop_privilege says
outright that deliveries run as the Exim user.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import time
from pathlib import Path

from install import EXIM_USER
from postfix_instance import submit_smtp
from util import HarnessError, kill_pid, log, read_text, run, wait_smtp

SENDER = "sender@exim-sender.test"
SINK_LOCAL_PARTS = ["ok", "unknown", "full", "spam", "relay", "grey", "sender", "postmaster"]


def _config(binary: Path, work: Path, port: int, sink_port: int, closed_port: int) -> str:
    local_parts = " : ".join(SINK_LOCAL_PARTS)
    return f"""\
# Written by tests/mta/exim_instance.py for one harness run.
# Exim re-executes itself (deliveries, bounces, queue runs) by this path; the
# compiled-in /usr/sbin/exim4 does not exist, as the package is not installed.
exim_path = {binary}
primary_hostname = exim-harness.test
qualify_domain = exim-sender.test
spool_directory = {work}/spool
log_file_path = {work}/log/%slog
pid_file_path = {work}/exim.pid
daemon_smtp_ports = {port}
local_interfaces = 127.0.0.1
# No DNS or ident lookups of connecting clients, no TLS (no certificate).
host_lookup =
rfc1413_hosts =
tls_advertise_hosts =
keep_environment =
deliver_drop_privilege = true
# Bounces that cannot be delivered, and frozen messages, go away quickly.
ignore_bounce_errors_after = 10s
timeout_frozen_after = 30s
# One "message delayed" warning to the sender: another kind of real DSN.
delay_warning = 3s:1h

domainlist relay_to_domains = sink.test : closed.test : local.test : exim-sender.test
acl_smtp_rcpt = acl_check_rcpt

begin acl

acl_check_rcpt:
  deny    local_parts = blocked
          message = 5.7.1 <$local_part@$domain>: Recipient address rejected: Access denied
  defer   local_parts = greylist
          message = 4.7.1 <$local_part@$domain>: Greylisted, try again later
  # local.test is accepted without verification, so that an unknown local
  # user fails after acceptance (a "**" line and a bounce), not at RCPT.
  accept  domains = local.test
  deny    message = relay not permitted
          !domains = +relay_to_domains
  # Unknown local parts of sink.test: "rejected RCPT ...: Unrouteable address".
  require verify = recipient
  accept

begin routers

to_closed:
  driver = manualroute
  domains = closed.test
  route_list = * 127.0.0.1
  transport = smtp_closed
  # The next hop is this host: send anyway instead of freezing the message.
  self = send
  no_more

to_sink:
  driver = manualroute
  domains = sink.test : exim-sender.test
  local_parts = {local_parts}
  route_list = * 127.0.0.1
  transport = smtp_sink
  self = send
  no_more

local_user:
  driver = accept
  domains = local.test
  check_local_user
  transport = never_used

begin transports

smtp_sink:
  driver = smtp
  hosts_override
  hosts = 127.0.0.1
  port = {sink_port}
  allow_localhost

smtp_closed:
  driver = smtp
  hosts_override
  hosts = 127.0.0.1
  port = {closed_port}
  allow_localhost
  connect_timeout = 5s

never_used:
  driver = appendfile
  file = /dev/null

begin retry

# Every failure is retried every second for 6 s, then the address bounces
# ("retry timeout exceeded").
*   *   F,6s,1s

begin rewrite
"""


class Exim:
    def __init__(self, binary: Path, work: Path, sink_port: int, closed_port: int):
        self.binary = binary
        self.work = work
        self.conf = work / "exim.conf"
        self.log_path = work / "log" / "mainlog"
        self.sink_port = sink_port
        self.closed_port = closed_port
        self.port = 0
        self.daemon: subprocess.Popen | None = None

    def configure(self, port: int) -> None:
        self.port = port
        user = pwd.getpwnam(EXIM_USER)
        for sub in ("spool", "log"):
            path = self.work / sub
            path.mkdir(parents=True)
            os.chown(path, user.pw_uid, user.pw_gid)
        os.chown(self.work, user.pw_uid, user.pw_gid)
        self.conf.write_text(_config(self.binary, self.work, port, self.sink_port, self.closed_port))
        # Exim refuses a -C file that others could write.
        os.chown(self.conf, 0, 0)
        self.conf.chmod(0o644)
        run(self._exim("-bV"), timeout=30, quiet=True)

    def _exim(self, *args: str) -> list[str]:
        return [str(self.binary), "-C", str(self.conf), *args]

    def start(self) -> None:
        # -bdf: daemon in the foreground, so Popen knows its pid; -q1s: a queue
        # runner every second retries deferred mail as soon as it is due.
        cmd = self._exim("-bdf", "-q1s", "-oP", str(self.work / "exim.pid"))
        log("$ " + " ".join(cmd))
        with open(self.work / "daemon.out", "w") as output:
            self.daemon = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=output,
                                           stderr=subprocess.STDOUT)
        try:
            wait_smtp(self.port)
        except HarnessError:
            raise HarnessError("exim daemon did not listen:\n"
                               + read_text(self.work / "daemon.out")
                               + read_text(self.work / "log" / "paniclog"))

    def stop(self) -> None:
        if self.daemon is None:
            return
        kill_pid(self.daemon.pid, "exim daemon")
        try:
            self.daemon.wait(10)
        except subprocess.TimeoutExpired:
            pass
        self.daemon = None
        # On SIGTERM the daemon forks a child that removes the pid file; let it.
        deadline = time.monotonic() + 5
        while (self.work / "exim.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.1)

    def run_queue(self) -> None:
        """A forced queue run: retry everything now, frozen messages too."""
        run(self._exim("-qff"), timeout=60, check=False, quiet=True)

    def queue_empty(self) -> bool:
        proc = run(self._exim("-bpc"), timeout=30, check=False, quiet=True)
        return proc.stdout.strip() == "0"

    def version(self) -> str:
        first = run(self._exim("-bV"), quiet=True).stdout.splitlines()[0]
        return first.strip()

    def log_text(self) -> str:
        return read_text(self.log_path)

    def submit(self, recipient: str, via: str = "smtp") -> str:
        if via != "smtp":
            raise HarnessError(f"exim cases are submitted over SMTP, not {via}")
        return submit_smtp(self.port, SENDER, recipient, "client.exim-harness.test")
