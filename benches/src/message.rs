//! Inputs for the message benchmarks: the corpus of real bounces, and bounces built to grow
//! in one dimension at a time (message size, recipients), so that time per byte and per
//! recipient can be read off at each size.

use std::fmt::Write as _;
use std::path::Path;

/// The real bounces of `testdata/sisimai/maildir/bsd/*.eml`, read whole, sorted by name.
pub fn corpus(testdata: &Path) -> Vec<(String, Vec<u8>)> {
    let dir = testdata.join("sisimai/maildir/bsd");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (name, bytes)
        })
        .collect();
    out.sort();
    out
}

/// The sizes of [`dsn_of_size`] measured, 1 KB to 50 MB (the smallest DSN is 1.5 KB).
pub const MESSAGE_SIZES: &[usize] = &[1_000, 10_000, 100_000, 1_000_000, 10_000_000, 50_000_000];

/// The recipient counts of [`dsn_with_recipients`] and [`qmail_with_recipients`] measured.
pub const RECIPIENTS: &[usize] = &[1, 10, 100, 1000, 10_000];

const DSN_HEAD: &str = "Return-Path: <>\r\n\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n\
To: alice@example.org\r\n\
Subject: Undelivered Mail Returned to Sender\r\n\
Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\
Message-ID: <dsn.1@mx.example.net>\r\n\
Auto-Submitted: auto-replied\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status;\r\n\
\tboundary=\"=_bench_boundary\"\r\n\r\n\
This is a MIME-encapsulated message.\r\n\r\n";

fn filler_line(out: &mut String, i: usize, what: &str) {
    let _ = write!(
        out,
        "{what} line {i:08}: the quick brown fox jumps over the lazy dog, 0123456789.\r\n"
    );
}

/// A DSN (RFC 3464) of about `size` bytes with one failed recipient, whose human-readable
/// part and returned message (each about half the size) grow with `size`.
pub fn dsn_of_size(size: usize) -> Vec<u8> {
    let mut m = String::with_capacity(size + 4096);
    m.push_str(DSN_HEAD);
    m.push_str(
        "--=_bench_boundary\r\n\
Content-Description: Notification\r\n\
Content-Type: text/plain; charset=us-ascii\r\n\r\n\
This is the mail system at host mx.example.net.\r\n\r\n\
I'm sorry to have to inform you that your message could not\r\n\
be delivered to one or more recipients.\r\n\r\n\
<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1\r\n\
\x20   <bob@example.com>: Recipient address rejected: User unknown (in reply to\r\n\
\x20   RCPT TO command)\r\n\r\n",
    );
    let half = size.saturating_sub(1500) / 2;
    let start = m.len();
    let mut i = 0;
    while m.len() - start < half {
        filler_line(&mut m, i, "notification");
        i += 1;
    }
    m.push_str(
        "\r\n--=_bench_boundary\r\n\
Content-Description: Delivery report\r\n\
Content-Type: message/delivery-status\r\n\r\n\
Reporting-MTA: dns; mx.example.net\r\n\
Arrival-Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\n\
Final-Recipient: rfc822; bob@example.com\r\n\
Original-Recipient: rfc822;bob@example.com\r\n\
Action: failed\r\n\
Status: 5.1.1\r\n\
Remote-MTA: dns; mx.example.com\r\n\
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected:\r\n\
\x20   User unknown\r\n\r\n\
--=_bench_boundary\r\n\
Content-Description: Undelivered Message\r\n\
Content-Type: message/rfc822\r\n\r\n\
From: alice@example.org\r\n\
To: bob@example.com\r\n\
Subject: the report\r\n\
Message-ID: <orig.1@example.org>\r\n\
Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\n",
    );
    let start = m.len();
    let mut i = 0;
    while m.len() - start < half {
        filler_line(&mut m, i, "returned message");
        i += 1;
    }
    m.push_str("\r\n--=_bench_boundary--\r\n");
    m.into_bytes()
}

/// A DSN with `n` per-recipient field groups (`user0@example.com` ...), each with its own
/// `Diagnostic-Code`, and a short human-readable part and returned headers.
pub fn dsn_with_recipients(n: usize) -> Vec<u8> {
    let mut m = String::with_capacity(400 * n + 4096);
    m.push_str(DSN_HEAD);
    m.push_str(
        "--=_bench_boundary\r\n\
Content-Type: text/plain; charset=us-ascii\r\n\r\n\
This is the mail system at host mx.example.net.\r\n\r\n\
I'm sorry to have to inform you that your message could not\r\n\
be delivered to one or more recipients.\r\n\r\n\
--=_bench_boundary\r\n\
Content-Type: message/delivery-status\r\n\r\n\
Reporting-MTA: dns; mx.example.net\r\n\
Arrival-Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n",
    );
    for i in 0..n {
        let _ = write!(
            m,
            "\r\nFinal-Recipient: rfc822; user{i}@example.com\r\n\
Original-Recipient: rfc822;user{i}@example.com\r\n\
Action: failed\r\n\
Status: 5.1.1\r\n\
Remote-MTA: dns; mx.example.com\r\n\
Diagnostic-Code: smtp; 550 5.1.1 <user{i}@example.com>: Recipient address\r\n\
\x20   rejected: User unknown in virtual mailbox table\r\n"
        );
    }
    m.push_str(
        "\r\n--=_bench_boundary\r\n\
Content-Type: text/rfc822-headers\r\n\r\n\
From: alice@example.org\r\n\
To: undisclosed-recipients:;\r\n\
Subject: the report\r\n\
Message-ID: <orig.1@example.org>\r\n\r\n\
--=_bench_boundary--\r\n",
    );
    m.into_bytes()
}

/// A qmail-style plain-text report naming `n` recipients, one `<address>:` block each, then
/// the returned message's headers.
pub fn qmail_with_recipients(n: usize) -> Vec<u8> {
    let mut m = String::with_capacity(220 * n + 2048);
    m.push_str(
        "Return-Path: <>\r\n\
From: MAILER-DAEMON@mx.example.net\r\n\
To: alice@example.org\r\n\
Subject: failure notice\r\n\
Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n\
Message-ID: <qmail.1@mx.example.net>\r\n\r\n\
Hi. This is the qmail-send program at mx.example.net.\r\n\
I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\
This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n",
    );
    for i in 0..n {
        let _ = write!(
            m,
            "<user{i}@example.com>:\r\n\
192.0.2.1 does not like recipient.\r\n\
Remote host said: 550 5.1.1 <user{i}@example.com>: Recipient address rejected: User unknown\r\n\
Giving up on 192.0.2.1.\r\n\r\n"
        );
    }
    m.push_str(
        "--- Below this line is a copy of the message.\r\n\r\n\
Return-Path: <alice@example.org>\r\n\
From: alice@example.org\r\n\
To: undisclosed-recipients:;\r\n\
Subject: the report\r\n\
Message-ID: <orig.1@example.org>\r\n\r\n\
hello\r\n",
    );
    m.into_bytes()
}
