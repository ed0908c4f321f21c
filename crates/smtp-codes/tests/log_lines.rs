//! Log lines of each kind with the verdict they must, or must not, give: through `explain`
//! (a line at a time) and through the log reader. The lines are as Postfix 3.7, Exim 4.96
//! and Sendmail 8.17 write them (Debian 12's), most of them taken from the real logs of
//! the MTA tests (`tests/mta/`).

use smtp_codes::explain::{explain, InputKind, Reason};
use smtp_codes::log::LogReader;
use smtp_codes::Bounce;

/// Lines with no reply in them: no code, no phrase, nothing to explain, no record.
const NO_REPLY: &[&str] = &[
    // A size, a process id, a delay next to a success, Exim's S= size.
    "Dec  1 10:00:00 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<alice@example.org>, size=550, nrcpt=1 (queue active)",
    "Dec  1 10:00:00 mx1 postfix/smtpd[550]: connect from unknown[192.0.2.9]",
    "2026-12-01 10:00:00 1tHz0a-000123-AB <= alice@example.org H=(client) [127.0.0.1] P=esmtp S=501 id=x@example.org",
    "Dec  1 10:00:00 mx1 postfix/smtpd[550]: disconnect from unknown[192.0.2.9] ehlo=1 starttls=0/1 mail=1 rcpt=1 data=1 quit=1 commands=5/6",
    "Dec  1 10:00:00 mx1 postfix/cleanup[77]: 4Xyz1A2B3C: message-id=<spam-550@example.org>",
    "Dec  1 10:00:00 mx1 postfix/cleanup[77]: warning: 4Xyz1A2B3C: queue file size limit exceeded",
    "Dec  1 10:00:00 mx1 postfix/smtpd[421]: warning: hostname example.com does not resolve to address 192.0.2.25: Name or service not known",
    "Dec  1 10:00:00 mx1 postfix/anvil[451]: statistics: max connection rate 1/60s for (smtp:192.0.2.9) at Dec  1 09:58:00",
    "Dec  1 10:00:00 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: removed",
    "Dec  1 10:00:00 mx1 postfix/bounce[552]: 4Xyz1A2B3C: sender non-delivery notification: 5Abc1D2E3F",
    "2026-12-01T10:00:00.123456+00:00 mx1 postfix/smtp[2113]: Trusted TLS connection established to mx.example.com[192.0.2.1]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
    "2026-12-01 10:00:00 1tHz0a-000123-AB Completed QT=0.421s",
    "2026-12-01 10:00:00 exim 4.96 daemon started: pid=550, -q30m, listening for SMTP on [127.0.0.1]:2525",
    "2026-12-01 10:00:00 Start queue run: pid=552",
    "Dec  1 10:00:00 mx1 sendmail[550]: 4B1A0aZ1012345: from=<alice@example.org>, size=550, class=0, nrcpts=1, msgid=<x@example.org>, proto=ESMTP, daemon=MTA, relay=localhost [127.0.0.1]",
];

/// Lines with a delivery result or a rejection, and what they must give:
/// (line, status, recipient, code, reason, bounce).
type Expected = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<u16>,
    Reason,
    Option<Bounce>,
);

const RESULTS: &[Expected] = &[
    (
        "Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<ok@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=421, delays=0.1/0/0.2/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9F0A1B2C3D)",
        "sent", Some("ok@example.com"), Some(250), Reason::None, None,
    ),
    (
        "Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.2/0.9, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
        "bounced", Some("bob@example.com"), Some(550), Reason::UserUnknown, Some(Bounce::Hard),
    ),
    (
        "Dec  1 10:00:01 mx1 postfix/local[2120]: 4Xyz1A2B3C: to=<nobody@mx1.example>, relay=local, delay=0.02, delays=0.01/0/0/0.01, dsn=5.1.1, status=bounced (unknown user: \"nobody\")",
        "bounced", Some("nobody@mx1.example"), None, Reason::UserUnknown, Some(Bounce::Hard),
    ),
    (
        "Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<c@example.com>, relay=none, delay=0.1, delays=0/0/0.1/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:2599: Connection refused)",
        "deferred", Some("c@example.com"), None, Reason::DnsOrRouting, Some(Bounce::Soft),
    ),
    (
        "Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<full@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=0.3, delays=0/0/0.1/0.2, dsn=5.2.2, status=bounced (host mx.example.com[192.0.2.1] said: 552 5.2.2 Mailbox full, over quota (in reply to RCPT TO command))",
        "bounced", Some("full@example.com"), Some(552), Reason::MailboxFull, Some(Bounce::Hard),
    ),
    (
        "Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<spam@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=0.3, delays=0/0/0.1/0.2, dsn=5.7.1, status=bounced (host mx.example.com[192.0.2.1] said: 554 5.7.1 Message rejected as spam (in reply to end of DATA command))",
        "bounced", Some("spam@example.com"), Some(554), Reason::SpamOrContent, Some(Bounce::Hard),
    ),
    (
        "Dec  1 10:00:01 mx1 postfix/smtpd[550]: NOQUEUE: reject: RCPT from unknown[127.0.0.1]: 554 5.7.1 <x@elsewhere.example>: Relay access denied; from=<alice@example.org> to=<x@elsewhere.example> proto=ESMTP helo=<client.example>",
        "rejected", Some("x@elsewhere.example"), Some(554), Reason::RelayDenied, Some(Bounce::Hard),
    ),
    (
        "2026-12-01 10:00:00 1tHz0a-000123-AB ** unknown@sink.example R=smarthost T=remote_smtp H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<unknown@sink.example>: 550 5.1.1 <unknown@sink.example>: Recipient address rejected: User unknown",
        "bounced", Some("unknown@sink.example"), Some(550), Reason::UserUnknown, Some(Bounce::Hard),
    ),
    (
        "2026-12-01 10:00:00 1tHz0a-000123-AB == grey@sink.example R=smarthost T=remote_smtp defer (-44) H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after RCPT TO:<grey@sink.example>: 450 4.7.1 <grey@sink.example>: Recipient address rejected: Greylisted, try again later",
        "deferred", Some("grey@sink.example"), Some(450), Reason::Greylisted, Some(Bounce::Soft),
    ),
    (
        "2026-12-01 10:00:00 H=(client.example) [127.0.0.1] F=<alice@example.org> rejected RCPT <x@elsewhere.example>: relay not permitted",
        "rejected", Some("x@elsewhere.example"), None, Reason::RelayDenied, Some(Bounce::Hard),
    ),
    (
        "Dec  1 10:00:00 mx1 sendmail[1234]: 4B1A0aZ1012345: to=<bob@example.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown",
        "bounced", Some("bob@example.com"), None, Reason::UserUnknown, Some(Bounce::Hard),
    ),
    (
        "Dec  1 10:00:00 mx1 sm-mta[1234]: 4B1A0aZ1012345: to=<g@example.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.com. [192.0.2.1], dsn=4.7.1, stat=Deferred: 451 4.7.1 Greylisted, please try again later",
        "deferred", Some("g@example.com"), Some(451), Reason::Greylisted, Some(Bounce::Soft),
    ),
];

#[test]
fn lines_without_a_reply_give_nothing() {
    let mut reader = LogReader::new(2026);
    for line in NO_REPLY {
        assert!(explain(line).is_err(), "explained: {line}");
        assert!(
            reader.read_line(line.as_bytes()).is_empty(),
            "record from: {line}"
        );
    }
    assert_eq!(reader.counts().other, NO_REPLY.len() as u64);
    // The same lines without their time and host (`journalctl -o cat`) are log lines still;
    // without their tag too they are plain text: still no reply code in them.
    for line in NO_REPLY.iter().filter(|l| l.contains("]: ")) {
        let tagged = &line[line.find(" postfix/").or(line.find(" sendmail[")).unwrap() + 1..];
        assert!(explain(tagged).is_err(), "explained: {tagged}");
        let message = line.split_once("]: ").unwrap().1;
        if let Ok(e) = explain(message) {
            assert_eq!(e.code(), None, "{message}");
        }
    }
}

#[test]
fn delivery_results_give_their_verdict() {
    let mut reader = LogReader::new(2026);
    for &(line, status, recipient, code, reason, bounce) in RESULTS {
        let e = explain(line).unwrap_or_else(|_| panic!("nothing explained: {line}"));
        assert_eq!(e.kind(), InputKind::LogLine, "{line}");
        assert_eq!(e.code().map(|c| c.as_u16()), code, "{line}");
        let records = reader.read_line(line.as_bytes());
        assert_eq!(records.len(), 1, "{line}");
        let r = &records[0];
        assert_eq!(r.status().as_str(), status, "{line}");
        assert_eq!(r.recipient(), recipient, "{line}");
        assert_eq!(r.verdict().code().map(|c| c.as_u16()), code, "{line}");
        assert_eq!(
            r.verdict().reason(),
            reason,
            "{line}: {}",
            r.verdict().evidence()
        );
        assert_eq!(r.verdict().bounce(), bounce, "{line}");
        assert_eq!(r.verdict().retry(), status == "deferred", "{line}");
    }
    assert_eq!(reader.counts().records, RESULTS.len() as u64);
}

#[test]
fn an_expiry_names_the_recipients_deferred_before() {
    let log = [
        "Dec  1 10:00:00 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<alice@example.org>, size=550, nrcpt=2 (queue active)",
        "Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<a@example.com>, relay=none, delay=0.1, delays=0/0/0.1/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:2599: Connection refused)",
        "Dec  1 10:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<b@example.com>, relay=none, delay=0.1, delays=0/0/0.1/0, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:2599: Connection refused)",
        "Dec  1 11:00:01 mx1 postfix/smtp[2113]: 4Xyz1A2B3C: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=3600, delays=0/0/0.1/0, dsn=2.0.0, status=sent (250 2.0.0 Ok)",
        "Dec  6 10:00:01 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: from=<alice@example.org>, status=expired, returned to sender",
        "Dec  6 10:00:01 mx1 postfix/qmgr[2001]: 4Xyz1A2B3C: removed",
    ];
    let mut reader = LogReader::new(2025);
    let records: Vec<_> = reader.records(log).collect();
    let expired: Vec<_> = records
        .iter()
        .filter(|r| r.status().as_str() == "expired")
        .collect();
    assert_eq!(expired.len(), 1);
    let r = expired[0];
    assert_eq!(
        (r.recipient(), r.sender()),
        (Some("a@example.com"), Some("alice@example.org"))
    );
    assert_eq!(r.timestamp(), Some("2025-12-06T10:00:01"));
    assert_eq!(r.dsn().unwrap().to_string(), "4.4.1");
    assert_eq!(
        (r.verdict().bounce(), r.verdict().retry()),
        (Some(Bounce::Soft), false)
    );
    assert_eq!(r.verdict().reason(), Reason::DnsOrRouting);
    // Every record of the queue id carries the sender of the qmgr line.
    assert!(records
        .iter()
        .all(|r| r.sender() == Some("alice@example.org")));
    assert_eq!(reader.remembered_queue_ids(), 0);
}

#[test]
fn unreadable_lines_are_skipped_and_counted() {
    let mut reader = LogReader::new(2026);
    let long = format!(
        "Dec  1 10:00:00 mx1 postfix/smtp[1]: {}",
        "x".repeat(2 << 20)
    );
    for line in [
        &b"\xff\xfe binary"[..],
        b"Dec  1 10:00:00 mx1 postfix/smtp[1]: \0\0",
        long.as_bytes(),
    ] {
        assert!(reader.read_line(line).is_empty());
    }
    assert_eq!(reader.counts().skipped, 3);
}

/// The real logs of a private Postfix 3.7.11 and Exim 4.96 (`testdata/logs/`).
fn real_log(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/logs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether a line is a delivery result or a rejection, told by its MTA's own markers.
fn is_result(line: &str) -> bool {
    let postfix = line.contains(" postfix/")
        && ((line.contains(": to=<") && line.contains(", status="))
            || line.contains(": reject: ")
            || line.contains(", status=expired"));
    let exim = [" => ", " -> ", " ** ", " == ", " rejected RCPT "]
        .iter()
        .any(|m| line.contains(m));
    postfix || exim
}

#[test]
fn real_logs_give_a_record_per_result_and_nothing_else() {
    for (name, results) in [("postfix-3.7.11.log", 40), ("exim-4.96.log", 40)] {
        let log = real_log(name);
        let mut reader = LogReader::new(2026);
        let mut from_results = 0;
        for line in log.lines() {
            let records = reader.read_line(line.as_bytes());
            if is_result(line) {
                assert!(!records.is_empty(), "{name}: no record for {line}");
                from_results += 1;
            } else {
                assert!(records.is_empty(), "{name}: a record from {line}");
                assert!(explain(line).is_err(), "{name}: explained {line}");
            }
        }
        assert!(from_results >= results, "{name}: {from_results} results");
        assert_eq!(reader.counts().skipped, 0);
    }
}

#[test]
fn real_logs_have_every_kind_of_result() {
    let mut seen = std::collections::BTreeSet::new();
    for name in ["postfix-3.7.11.log", "exim-4.96.log"] {
        let log = real_log(name);
        let mut reader = LogReader::new(2026);
        for r in reader.records(log.lines()) {
            let mta = r.mta().as_str();
            let recipient = r
                .recipient()
                .unwrap_or("")
                .split('@')
                .next()
                .unwrap_or("")
                .to_string();
            seen.insert((
                mta,
                recipient,
                r.status().as_str(),
                r.verdict().reason().as_str(),
            ));
            if r.status().as_str() == "expired" {
                // Why it expired is what the last attempt said.
                assert_ne!(r.verdict().reason(), Reason::Other, "{r:?}");
                assert_eq!(
                    (r.verdict().bounce(), r.verdict().retry()),
                    (Some(Bounce::Soft), false)
                );
            }
        }
    }
    for want in [
        ("postfix", "unknown", "bounced", "user_unknown"),
        ("postfix", "full", "bounced", "mailbox_full"),
        ("postfix", "spam", "bounced", "spam_or_content"),
        ("postfix", "grey", "expired", "greylisted"),
        ("postfix", "closed", "expired", "dns_or_routing"),
        ("postfix", "someone", "rejected", "relay_denied"),
        ("postfix", "nosuchuser", "bounced", "user_unknown"),
        ("exim", "ok", "sent", "none"),
        ("exim", "unknown", "bounced", "user_unknown"),
        ("exim", "grey", "deferred", "greylisted"),
        ("exim", "grey", "expired", "greylisted"),
        ("exim", "closed", "expired", "dns_or_routing"),
        ("exim", "someone", "rejected", "relay_denied"),
        ("exim", "greylist", "rejected", "greylisted"),
    ] {
        assert!(
            seen.contains(&(want.0, want.1.to_string(), want.2, want.3)),
            "{want:?} not in {seen:#?}"
        );
    }
}
