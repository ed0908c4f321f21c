//! MTA log lines as Postfix, Exim and Sendmail write them: the prefix (syslog's or the MTA's
//! own), and what the line reports: a delivery result or a rejection, with where its reply
//! stands, or the sender of a queued message, or nothing a sender needs.
//!
//! This is the lexer that every free-text path shares: `explain` looks for codes and phrases
//! only in the reply text a line carries (never in `size=550`, `delay=421`, `smtpd[550]` or
//! the MTA's own warnings), and the `log` module builds its records from the same events.
//! Nothing is allocated; each line is scanned a bounded number of times, so the work is
//! linear in its length.
//!
//! ```
//! use smtp_codes::logline::{parse, DeliveryStatus, Event, Mta};
//!
//! let line = parse("Dec  1 10:00:00 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<bob@example.com>, \
//!     relay=mx.example.com[192.0.2.1]:25, delay=421, delays=0.1/0/0.2/0.1, dsn=5.1.1, \
//!     status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: \
//!     Recipient address rejected: User unknown (in reply to RCPT TO command))").unwrap();
//! assert_eq!(line.mta(), Some(Mta::Postfix));
//! let Event::Delivery(d) = line.event() else { panic!() };
//! assert_eq!(d.recipient(), Some("bob@example.com"));
//! assert_eq!(d.status(), DeliveryStatus::Bounced);
//! assert_eq!(d.delay(), Some(421.0));
//! assert!(d.server_text().unwrap().starts_with("host mx.example.com[192.0.2.1] said: 550"));
//! ```

mod exim;
mod fields;
mod postfix;
mod prefix;
mod sendmail;
mod types;

use exim::exim;
use postfix::postfix;
use prefix::{exim_own, iso_syslog, rfc3164, rfc5424, tag_only};
use sendmail::sendmail;
pub use types::{Delivery, DeliveryStatus, Event, LogLine, Mta, Stamp};
/// The longest line read; longer ones are not log lines this module reads.
pub const MAX_LINE_LEN: usize = 64 * 1024;

/// Reads one log line (without its line ending). `None` when the line has no prefix this
/// module knows (RFC 3164 or RFC 5424 syslog, ISO 8601 timestamps as rsyslog and journald
/// write them, Postfix's `maillog_file`, Exim's main log, or an MTA's tag alone as
/// `journalctl -o cat` prints it) or is longer than
/// [`MAX_LINE_LEN`]. A line with a known prefix from a program that is no MTA this module
/// reads gives `mta() == None` and [`Event::Other`].
pub fn parse(line: &str) -> Option<LogLine<'_>> {
    if line.len() > MAX_LINE_LEN {
        return None;
    }
    let line = line.trim_end_matches(['\r', '\n']);
    // The first byte says which prefixes can be there (explain asks this of every input).
    let prefix = match line.as_bytes().first()? {
        b'<' => rfc5424(line)
            .or_else(|| rfc3164(line))
            .or_else(|| iso_syslog(line)),
        b'0'..=b'9' => iso_syslog(line).or_else(|| exim_own(line)),
        b'A' | b'D' | b'F' | b'J' | b'M' | b'N' | b'O' | b'S' => rfc3164(line),
        b'e' | b'p' | b's' => tag_only(line, |p| is_postfix(p) || is_exim(p) || is_sendmail(p)),
        _ => None,
    }?;
    let (mta, event) = match prefix.program {
        Some(p) if is_postfix(p) => (Some(Mta::Postfix), postfix(p, prefix.message)),
        Some(p) if is_exim(p) => (Some(Mta::Exim), exim(strip_exim_stamp(prefix.message))),
        Some(p) if is_sendmail(p) => (Some(Mta::Sendmail), sendmail(prefix.message)),
        Some(_) => (None, Event::Other),
        None => (Some(Mta::Exim), exim(prefix.message)),
    };
    Some(LogLine {
        time: prefix.time,
        stamp: prefix.stamp,
        host: prefix.host,
        program: prefix.program,
        message: prefix.message,
        mta,
        event,
    })
}

fn is_postfix(program: &str) -> bool {
    program.starts_with("postfix") && program.contains('/')
}

fn is_exim(program: &str) -> bool {
    matches!(program, "exim" | "exim4")
}

fn is_sendmail(program: &str) -> bool {
    matches!(program, "sendmail" | "sm-mta" | "sm-msp-queue")
}

/// Exim through syslog may still write its own date-time first.
fn strip_exim_stamp(message: &str) -> &str {
    match exim_own(message) {
        Some(p) => p.message,
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(line: &str) -> Delivery<'_> {
        match parse(line)
            .unwrap_or_else(|| panic!("no prefix: {line}"))
            .event()
        {
            Event::Delivery(d) => d,
            other => panic!("{line}: {other:?}"),
        }
    }

    #[test]
    fn prefixes() {
        let l = parse("Dec  1 10:00:00 mx1 postfix/qmgr[550]: 4Xyz1A2B3C: from=<a@example.org>, size=550, nrcpt=1 (queue active)").unwrap();
        assert_eq!(
            (l.time(), l.host(), l.program()),
            ("Dec  1 10:00:00", Some("mx1"), Some("postfix/qmgr"))
        );
        assert_eq!(l.stamp().unwrap().iso8601(2026), "2026-12-01T10:00:00");
        assert_eq!(
            l.event(),
            Event::Queued {
                queue_id: "4Xyz1A2B3C",
                sender: "a@example.org"
            }
        );
        let l = parse("2026-12-01T10:00:00.123456+01:00 mx1 postfix/smtpd[7]: connect from unknown[192.0.2.9]").unwrap();
        assert_eq!(
            l.stamp().unwrap().iso8601(1999),
            "2026-12-01T10:00:00.123456+01:00"
        );
        assert_eq!((l.mta(), l.event()), (Some(Mta::Postfix), Event::Other));
        let l = parse("2026-12-01T10:00:00+0000 mx1 sm-mta[12]: x").unwrap();
        assert_eq!(
            l.stamp().unwrap().iso8601(1999),
            "2026-12-01T10:00:00+00:00"
        );
        let l = parse("<22>1 2026-12-01T10:00:00.003Z mx1 postfix/smtp 2113 - [meta x=\"]\"] 4Xyz1A2B3C: removed").unwrap();
        assert_eq!((l.host(), l.program()), (Some("mx1"), Some("postfix/smtp")));
        assert_eq!(
            l.event(),
            Event::Done {
                queue_id: "4Xyz1A2B3C"
            }
        );
        let l = parse("2026-12-01 10:00:00 1tHz0a-000123-AB Completed").unwrap();
        assert_eq!((l.mta(), l.host()), (Some(Mta::Exim), None));
        assert_eq!(
            l.event(),
            Event::Done {
                queue_id: "1tHz0a-000123-AB"
            }
        );
        assert_eq!(l.stamp().unwrap().iso8601(1), "2026-12-01T10:00:00");
        let l = parse("Dec 1 10:00:00 mx1 dovecot: lmtp(bob): Error: quota exceeded").unwrap();
        assert_eq!((l.mta(), l.event()), (None, Event::Other));
        let l = parse("postfix/cleanup[77]: warning: 4Xyz1A2B3C: queue file size limit exceeded")
            .unwrap();
        assert_eq!(
            (l.time(), l.stamp(), l.mta(), l.event()),
            ("", None, Some(Mta::Postfix), Event::Other)
        );
        assert!(parse("not a log line").is_none());
        assert!(parse("warning: 4Xyz1A2B3C: queue file size limit exceeded").is_none());
        assert!(parse("550 5.1.1 user unknown").is_none());
        assert!(parse("").is_none());
    }

    #[test]
    fn postfix_deliveries() {
        let d = delivery("Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<bob@example.com>, orig_to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=421, delays=0.1/0/0.2/0.1, dsn=4.7.1, status=deferred (host mx.example.com[192.0.2.1] said: 450 4.7.1 <bob@example.com>: Recipient address rejected: Greylisted (in reply to RCPT TO command))");
        assert_eq!(
            (d.recipient(), d.original_recipient()),
            (Some("bob@example.com"), Some("b@example.com"))
        );
        assert_eq!(
            (d.status(), d.delay(), d.relay()),
            (
                DeliveryStatus::Deferred,
                Some(421.0),
                Some("mx.example.com[192.0.2.1]:25")
            )
        );
        assert_eq!(d.dsn().unwrap().to_string(), "4.7.1");
        assert!(d.server_text().unwrap().starts_with("host mx.example.com"));
        assert!(d.server_text().unwrap().ends_with("command)"));
        let d = delivery("Dec  1 10:00:01 mx1 postfix/local[9]: 4Xyz1A2B3C: to=<nobody@mx1.example>, relay=local, delay=0.02, delays=0/0/0/0, dsn=5.1.1, status=bounced (unknown user: \"nobody\")");
        assert_eq!(d.server_text(), Some("unknown user: \"nobody\""));
        let d = delivery("Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<bob@example.com>, relay=none, delay=0.1, delays=0/0/0.1/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:2599: Connection refused)");
        assert_eq!(d.relay(), None);
        let l = parse("Dec  1 10:00:01 mx1 postfix/qmgr[9]: 4Xyz1A2B3C: from=<a@example.org>, status=expired, returned to sender").unwrap();
        assert_eq!(
            l.event(),
            Event::Expired {
                queue_id: "4Xyz1A2B3C",
                sender: "a@example.org"
            }
        );
        let d = delivery("Dec  1 10:00:01 mx1 postfix/smtpd[550]: NOQUEUE: reject: RCPT from unknown[127.0.0.1]: 554 5.7.1 <x@elsewhere.example>: Relay access denied; from=<a@example.org> to=<x@elsewhere.example> proto=ESMTP helo=<client>");
        assert_eq!((d.queue_id(), d.status()), (None, DeliveryStatus::Rejected));
        assert_eq!(
            (d.recipient(), d.sender(), d.relay()),
            (
                Some("x@elsewhere.example"),
                Some("a@example.org"),
                Some("unknown[127.0.0.1]")
            )
        );
        assert_eq!(
            d.server_text(),
            Some("554 5.7.1 <x@elsewhere.example>: Relay access denied")
        );
        let d = delivery("Dec  1 10:00:01 mx1 postfix/cleanup[77]: 4Xyz1A2B3C: reject: header Subject: win big from unknown[127.0.0.1]; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<client>: 5.7.1 message content rejected");
        assert_eq!(d.server_text(), Some("5.7.1 message content rejected"));
        for other in [
            "Dec  1 10:00:01 mx1 postfix/smtpd[550]: connect from unknown[192.0.2.9]",
            "Dec  1 10:00:01 mx1 postfix/smtpd[550]: disconnect from unknown[192.0.2.9] ehlo=1 starttls=0/1 mail=1 rcpt=1 data=1 quit=1 commands=5/6",
            "Dec  1 10:00:01 mx1 postfix/cleanup[77]: 4Xyz1A2B3C: message-id=<spam-550@example.org>",
            "Dec  1 10:00:01 mx1 postfix/cleanup[77]: warning: 4Xyz1A2B3C: queue file size limit exceeded",
            "Dec  1 10:00:01 mx1 postfix/smtpd[550]: NOQUEUE: reject_warning: RCPT from unknown[127.0.0.1]: 554 5.7.1 x; from=<a@b> to=<c@d> proto=ESMTP helo=<h>",
        ] {
            assert_eq!(parse(other).unwrap().event(), Event::Other, "{other}");
        }
    }

    #[test]
    fn exim_lines() {
        let d = delivery("2026-12-01 10:00:00 1tHz0a-000123-AB ** unknown@sink.example R=smarthost T=remote_smtp H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<unknown@sink.example>: 550 5.1.1 <unknown@sink.example>: User unknown");
        assert_eq!(
            (d.recipient(), d.status(), d.relay()),
            (
                Some("unknown@sink.example"),
                DeliveryStatus::Bounced,
                Some("127.0.0.1 [127.0.0.1]")
            )
        );
        assert!(d
            .server_text()
            .unwrap()
            .starts_with("SMTP error from remote mail server after RCPT TO"));
        let d = delivery("2026-12-01 10:00:00 1tHz0a-000123-AB == grey@sink.example <g@sink.example> R=smarthost T=remote_smtp defer (-44) H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<grey@sink.example>: 451 4.7.1 Greylisted");
        assert_eq!(
            (d.status(), d.original_recipient()),
            (DeliveryStatus::Deferred, Some("g@sink.example"))
        );
        let d = delivery("2026-12-01 10:00:00 1tHz0a-000123-AB => ok@sink.example R=smarthost T=remote_smtp H=127.0.0.1 [127.0.0.1] C=\"250 2.0.0 Ok: queued as 12\" QT=1m2s");
        assert_eq!(
            (d.status(), d.delay(), d.server_text()),
            (
                DeliveryStatus::Sent,
                Some(62.0),
                Some("250 2.0.0 Ok: queued as 12")
            )
        );
        let d = delivery(
            "2026-12-01 10:00:00 1tHz0a-000123-AB ** nobody@localhost: Unrouteable address",
        );
        assert_eq!(
            (d.recipient(), d.server_text()),
            (Some("nobody@localhost"), Some("Unrouteable address"))
        );
        let d = delivery(
            "2026-12-01 10:00:00 1tHz0a-000123-AB ** grey@sink.example: retry timeout exceeded",
        );
        assert_eq!(d.status(), DeliveryStatus::Expired);
        let d = delivery("2026-12-01 10:00:00 H=(client) [127.0.0.1] F=<a@example.org> rejected RCPT <x@elsewhere.example>: relay not permitted");
        assert_eq!(
            (d.recipient(), d.sender(), d.relay(), d.server_text()),
            (
                Some("x@elsewhere.example"),
                Some("a@example.org"),
                Some("(client) [127.0.0.1]"),
                Some("relay not permitted")
            )
        );
        let l = parse("2026-12-01 10:00:00 1tHz0a-000123-AB <= a@example.org H=(client) [127.0.0.1] P=esmtp S=501 id=x@y").unwrap();
        assert_eq!(
            l.event(),
            Event::Queued {
                queue_id: "1tHz0a-000123-AB",
                sender: "a@example.org"
            }
        );
        let l = parse("Dec  1 10:00:00 mx1 exim[3]: 1tHz0a-000123-AB => ok@sink.example R=r T=t")
            .unwrap();
        assert!(matches!(l.event(), Event::Delivery(_)));
        assert_eq!(
            parse("2026-12-01 10:00:00 exim 4.96 daemon started: pid=1, -q1s")
                .unwrap()
                .event(),
            Event::Other
        );
    }

    #[test]
    fn sendmail_lines() {
        let d = delivery("Dec  1 10:00:00 mx1 sendmail[1234]: 4B1A0aZ1012345: to=<bob@example.com>,<eve@example.com>, delay=1+00:00:05, xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown");
        assert_eq!(
            d.recipients().collect::<Vec<_>>(),
            ["bob@example.com", "eve@example.com"]
        );
        assert_eq!(
            (d.status(), d.delay(), d.relay()),
            (
                DeliveryStatus::Bounced,
                Some(86_405.0),
                Some("mx.example.com. [192.0.2.1]")
            )
        );
        assert_eq!(d.server_text(), Some("User unknown"));
        let d = delivery("Dec  1 10:00:00 mx1 sm-mta[1234]: 4B1A0aZ1012345: to=<g@example.com>, delay=00:00:01, mailer=esmtp, relay=mx.example.com. [192.0.2.1], dsn=4.7.1, stat=Deferred: 451 4.7.1 Greylisted");
        assert_eq!(
            (d.status(), d.server_text()),
            (DeliveryStatus::Deferred, Some("451 4.7.1 Greylisted"))
        );
        let d = delivery("Dec  1 10:00:00 mx1 sendmail[1234]: 4B1A0aZ1012345: ruleset=check_rcpt, arg1=<x@elsewhere.example>, relay=client [192.0.2.9], reject=550 5.7.1 <x@elsewhere.example>... Relaying denied");
        assert_eq!(
            (d.status(), d.recipient()),
            (DeliveryStatus::Rejected, Some("x@elsewhere.example"))
        );
        assert_eq!(
            d.server_text(),
            Some("550 5.7.1 <x@elsewhere.example>... Relaying denied")
        );
    }

    #[test]
    fn hostile_lines_are_not_a_panic() {
        for line in [
            "Dec",
            "Dec  1",
            "Dec  1 10:00:00",
            "Dec  1 10:00:00 h",
            "Dec  1 10:00:00 h p[: ",
            "<1>1 2026-12-01T10:00:00Z h a p m [x",
            "2026-12-01 10:00:00",
            "2026-12-01 10:00:00 1tHz0a-000123-AB",
            "2026-12-01 10:00:00 1tHz0a-000123-AB **",
            "Dec  1 10:00:00 h postfix/smtp[1]: 4Xyz1A2B3C: to=<",
            "Dec  1 10:00:00 h postfix/smtpd[1]: NOQUEUE: reject: ; from=<",
            "Dec  1 10:00:00 h sendmail[1]: 4B1A0aZ1012345: to=, stat=",
            "Dec  1 10:00:00 h é[1]: ünïcödé",
            "Dec 31 23:59:60.9999999 h x: y",
            // Found by the fuzzer: a flag cut inside a character.
            "2026-12-01 10:00:00 1tHz0a-000123-AB ==\u{fffd}\u{fffd} grey@sink.test",
        ] {
            let _ = parse(line);
        }
        assert!(parse(&"x".repeat(MAX_LINE_LEN + 1)).is_none());
    }
}
