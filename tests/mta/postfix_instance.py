"""A private Postfix instance: its own config, queue and log under a work folder.

Every command gets `-c CONF` (an absolute path: a relative one makes
`postfix start` fail silently), so /etc/postfix, which the package leaves
unconfigured, is never read for settings. The only listener is smtpd on
127.0.0.1:<port>; every next hop is a bracketed [127.0.0.1]:port, so no DNS.
"""

from __future__ import annotations

import smtplib
import time
from pathlib import Path

from util import HarnessError, kill_pid, pid_alive, read_pid, read_text, run, wait_smtp

SENDER = "sender@postfix-sender.test"
# Short enough that deferred mail expires within the run; the queue manager
# rescans the deferred queue every second and retries after 1-2 s.
QUEUE_LIFETIME = "8s"
# Local parts of sink.test that smtpd lets through (relay_recipient_maps).
SINK_LOCAL_PARTS = ["ok", "unknown", "full", "spam", "relay", "grey"]


def _main_cf(conf: Path, work: Path) -> str:
    return f"""\
# Written by tests/mta/postfix_instance.py for one harness run.
compatibility_level = 3.6
queue_directory = {work}/queue
data_directory = {work}/data
maillog_file = {work}/postfix.log
# maillog_file must lie under one of these prefixes (default /var, /dev/stdout).
maillog_file_prefixes = {work}
myhostname = postfix-harness.test
mydomain = postfix-harness.test
myorigin = $myhostname
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
smtpd_banner = $myhostname ESMTP
biff = no
append_dot_mydomain = no
readme_directory = no

# No DNS anywhere: no reverse lookup of clients, no MX/A lookups for next hops
# (disable_dns_lookups is the older spelling; smtp_dns_support_level wins).
smtpd_peername_lookup = no
disable_dns_lookups = yes
smtp_dns_support_level = disabled
smtp_connect_timeout = 5s

# local.test is this instance's local domain; any local part is accepted at
# RCPT (empty local_recipient_maps) so local(8) bounces unknown users itself.
mydestination = local.test
local_recipient_maps =
alias_maps =
alias_database =

# Relay domains: accepted by smtpd, then routed by transport_maps.
relay_domains = sink.test, closed.test, retired.test, postfix-sender.test
relay_recipient_maps = texthash:{conf}/relay_recipients
transport_maps = texthash:{conf}/transport
# check_recipient_access gives smtpd's own REJECT and 450 greylisting replies;
# reject_unauth_destination gives "Relay access denied" for any other domain
# (there is no permit_mynetworks, so being on 127.0.0.1 grants nothing).
smtpd_relay_restrictions = check_recipient_access texthash:{conf}/recipient_access,
    reject_unauth_destination
smtpd_recipient_restrictions =

maximal_queue_lifetime = {QUEUE_LIFETIME}
bounce_queue_lifetime = {QUEUE_LIFETIME}
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
# A "delayed mail" notice to the sender too: one more kind of real DSN.
delay_warning_time = 3s
# The built-in delay notice counts in hours and days, which round to 0 here
# (and make bounce(8) warn); bounce.cf has the same text counted in seconds.
bounce_template_file = {conf}/bounce.cf
# Notices for the postmaster go to the sink too (accepted there, not saved),
# so nothing waits in the queue for a domain that cannot be reached.
bounce_notice_recipient = postmaster@postfix-sender.test
2bounce_notice_recipient = postmaster@postfix-sender.test
delay_notice_recipient = postmaster@postfix-sender.test
error_notice_recipient = postmaster@postfix-sender.test
"""


# Only the delay notice is replaced; failure notices keep Postfix's own text.
BOUNCE_CF = """\
delay_template = <<EOF
Charset: us-ascii
From: MAILER-DAEMON (Mail Delivery System)
Subject: Delayed Mail (still being retried)
Postmaster-Subject: Postmaster Warning: Delayed Mail

This is the mail system at host $myhostname.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than $delay_warning_time_seconds second(s).
It will be retried until it is $maximal_queue_lifetime_seconds second(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
EOF
"""


def _master_cf(port: int) -> str:
    """Columns: service type private unpriv chroot wakeup maxproc command.

    chroot is "n" everywhere: the private queue has no chroot jail set up.
    """
    services = [
        f"127.0.0.1:{port} inet n - n - - smtpd",
        "pickup unix n - n 60 1 pickup",
        "cleanup unix n - n - 0 cleanup",
        "qmgr unix n - n 300 1 qmgr",
        "rewrite unix - - n - - trivial-rewrite",
        "bounce unix - - n - 0 bounce",
        "defer unix - - n - 0 bounce",
        "trace unix - - n - 0 bounce",
        "verify unix - - n - 1 verify",
        "flush unix n - n 1000? 0 flush",
        "proxymap unix - - n - - proxymap",
        "proxywrite unix - - n - 1 proxymap",
        "smtp unix - - n - - smtp",
        "relay unix - - n - - smtp",
        "showq unix n - n - - showq",
        "error unix - - n - - error",
        "retry unix - - n - - error",
        "discard unix - - n - - discard",
        "local unix - n n - - local",
        "anvil unix - - n - 1 anvil",
        "scache unix - - n - 1 scache",
        # postlogd writes maillog_file: there is no syslog here.
        "postlog unix-dgram n - n - 1 postlogd",
    ]
    return "# Written by tests/mta/postfix_instance.py.\n" + "\n".join(services) + "\n"


class Postfix:
    def __init__(self, work: Path, sink_port: int, closed_port: int):
        self.work = work
        self.conf = work / "conf"
        self.log_path = work / "postfix.log"
        self.sink_port = sink_port
        self.closed_port = closed_port
        self.port = 0
        self.started = False

    # -- configuration ---------------------------------------------------
    def configure(self, smtpd_port: int) -> None:
        self.port = smtpd_port
        self.conf.mkdir(parents=True)
        (self.work / "queue").mkdir()
        (self.conf / "main.cf").write_text(_main_cf(self.conf, self.work))
        (self.conf / "master.cf").write_text(_master_cf(smtpd_port))
        (self.conf / "bounce.cf").write_text(BOUNCE_CF)
        sink = f"smtp:[127.0.0.1]:{self.sink_port}"
        (self.conf / "transport").write_text(
            f"sink.test {sink}\n"
            f"postfix-sender.test {sink}\n"
            f"closed.test smtp:[127.0.0.1]:{self.closed_port}\n"
            "retired.test error:5.1.1 User unknown, mailbox retired\n")
        (self.conf / "relay_recipients").write_text(
            "".join(f"{lp}@sink.test ok\n" for lp in SINK_LOCAL_PARTS)
            + "@closed.test ok\n@retired.test ok\n@postfix-sender.test ok\n")
        (self.conf / "recipient_access").write_text(
            "blocked@sink.test REJECT\n"
            "greylist@sink.test 450 4.7.1 Greylisted, try again later\n")
        # Fail early on a setting this Postfix does not know: postconf warns.
        proc = run(["postconf", "-c", self.conf, "-n"], quiet=True)
        if "warning" in proc.stderr:
            raise HarnessError(f"postconf complains about main.cf:\n{proc.stderr}")

    # -- running ---------------------------------------------------------
    def start(self) -> None:
        run(["postfix", "-c", self.conf, "start"], timeout=60)
        self.started = True
        wait_smtp(self.port)

    def master_pid(self) -> int | None:
        return read_pid(self.work / "queue" / "pid" / "master.pid")

    def stop(self) -> None:
        """`postfix stop`, then the master by its pid if it is still there."""
        if not self.started:
            return
        pid = self.master_pid()
        run(["postfix", "-c", self.conf, "stop"], timeout=30, check=False)
        if pid is not None:
            deadline = time.monotonic() + 10
            while pid_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.2)
            kill_pid(pid, "postfix master")
        self.started = False

    def flush(self) -> None:
        run(["postqueue", "-c", self.conf, "-f"], timeout=30, check=False, quiet=True)

    def queue_empty(self) -> bool:
        proc = run(["postqueue", "-c", self.conf, "-p"], timeout=30, check=False, quiet=True)
        return "Mail queue is empty" in proc.stdout

    def version(self) -> str:
        return run(["postconf", "-c", self.conf, "-h", "mail_version"], quiet=True).stdout.strip()

    def log_text(self) -> str:
        return read_text(self.log_path)

    # -- mail ------------------------------------------------------------
    def submit(self, recipient: str, via: str = "smtp") -> str:
        """Send one message to one recipient; returns what the submission said."""
        if via == "smtp":
            return submit_smtp(self.port, SENDER, recipient, "client.postfix-harness.test")
        # sendmail -> postdrop -> pickup: no smtpd in the way, so a domain whose
        # transport is error(8) is accepted (smtpd refuses it at RCPT).
        text = message_text(SENDER, recipient).replace("\r\n", "\n")
        proc = run(["sendmail", "-C", self.conf, "-f", SENDER, recipient],
                   timeout=30, input_text=text, quiet=True)
        return f"queued by sendmail (exit {proc.returncode})"


def message_text(sender: str, recipient: str) -> str:
    return (f"From: Test Sender <{sender}>\r\n"
            f"To: <{recipient}>\r\n"
            f"Subject: harness test for {recipient}\r\n"
            f"Message-ID: <{time.time_ns()}.{recipient.replace('@', '.')}@harness.test>\r\n"
            f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\r\n"
            "\r\n"
            f"This message was sent by tests/mta/run.py to {recipient}.\r\n")


def submit_smtp(port: int, sender: str, recipient: str, helo: str) -> str:
    """One message for one recipient; a refusal is an expected outcome, not an error."""
    msg = message_text(sender, recipient)
    with smtplib.SMTP("127.0.0.1", port, local_hostname=helo, timeout=30) as client:
        try:
            client.sendmail(sender, [recipient], msg.encode())
            return "accepted"
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = exc.recipients[recipient]
            return f"refused at RCPT: {code} {text.decode(errors='replace')}"
        except smtplib.SMTPDataError as exc:
            return f"refused at DATA: {exc.smtp_code} {exc.smtp_error.decode(errors='replace')}"
