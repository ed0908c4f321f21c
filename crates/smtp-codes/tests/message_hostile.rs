//! Hostile input to `smtp_codes::message::read`: every input gives a typed error or a
//! best-effort report, never a panic; time stays linear in the input and memory within a
//! small multiple of it.
//!
//! Memory is measured with a global allocator that counts the bytes live on the reading
//! thread (other tests of this binary run on other threads and are not counted). Time is
//! compared with the same reader on a smaller input of the same shape, so the bounds hold in
//! debug and release builds alike; each read runs under a watchdog, so a read that does not
//! end fails its test instead of hanging the suite. The big inputs are built once. Debug
//! builds read an 8 MB message where release builds read 50 MB; the benchmark
//! (`benches/benches/message.rs`) measures 50 MB.

use smtp_codes::explain::Reason;
use smtp_codes::message::{read, BounceReport, MessageError, MessageKind, MAX_MESSAGE_LEN};
use smtp_codes::message::{MAX_PARTS, MAX_RECIPIENTS};
use smtp_codes::Bounce;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::sync::{mpsc, Arc, OnceLock};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------
// Counting the bytes live on this thread.

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(delta: isize) {
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        let live = LIVE.with(|l| {
            l.set(l.get() + delta);
            l.get()
        });
        PEAK.with(|p| p.set(p.get().max(live)));
    }
}

// SAFETY: forwards to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The most bytes allocated at once on this thread while `f` ran (the input excluded), and
/// the bytes still allocated when it returned (what it returned).
fn peak_bytes<T>(f: impl FnOnce() -> T) -> (usize, usize, T) {
    LIVE.with(|l| l.set(0));
    PEAK.with(|p| p.set(0));
    COUNTING.with(|c| c.set(true));
    let out = f();
    COUNTING.with(|c| c.set(false));
    let kept = LIVE.with(Cell::get).max(0) as usize;
    (PEAK.with(Cell::get).max(0) as usize, kept, out)
}

// ---------------------------------------------------------------------------------------
// Reading under a watchdog, and the invariants of every report.

/// What a caller may rely on in any report.
fn check(report: &BounceReport, what: &str) {
    assert!(report.recipients().len() <= MAX_RECIPIENTS, "{what}");
    for r in report.recipients() {
        let v = r.verdict();
        if v.suppress() {
            assert!(
                v.bounce() == Some(Bounce::Hard) || v.reason() == Reason::Complaint,
                "{what}: {:?} suppressed but {:?} {:?}",
                r.recipient(),
                v.bounce(),
                v.reason()
            );
        }
        // No failure: nothing to retry, nothing to drop, no bounce (as explain promises).
        if v.reason() == Reason::None {
            assert!(
                !v.suppress() && !v.retry() && v.bounce().is_none(),
                "{what}: {:?} is reason none, yet bounce {:?}, retry {}, suppress {}",
                r.recipient(),
                v.bounce(),
                v.retry(),
                v.suppress()
            );
        }
    }
    if report.kind() == MessageKind::NotBounce {
        assert!(report.recipients().is_empty(), "{what}");
    }
}

/// Reads `input`, checks the report's invariants, and returns the result.
fn read_checked(input: &[u8], what: &str) -> Result<BounceReport, MessageError> {
    let result = read(input);
    match &result {
        Ok(report) => check(report, what),
        Err(MessageError::Empty) => assert!(input.iter().all(u8::is_ascii_whitespace), "{what}"),
        Err(MessageError::TooLarge { limit }) => assert!(input.len() > *limit, "{what}"),
        Err(_) => {}
    }
    result
}

/// What one watched read gives: its time, the peak bytes it allocated, and its result.
struct Watched {
    time: Duration,
    peak: usize,
    /// The bytes of the report itself.
    kept: usize,
    result: Result<BounceReport, MessageError>,
}

/// Reads `input` on a thread of its own and waits at most `limit`. A read that has not
/// ended by then fails the test (its thread is left to finish or to die with the process).
fn watched(input: Arc<Vec<u8>>, what: &str, limit: Duration) -> Watched {
    let (send, receive) = mpsc::channel();
    let name = what.to_string();
    std::thread::Builder::new()
        .name(name.clone())
        .spawn(move || {
            let start = Instant::now();
            let (peak, kept, result) = peak_bytes(|| read_checked(&input, &name));
            let _ = send.send(Watched {
                time: start.elapsed(),
                peak,
                kept,
                result,
            });
        })
        .unwrap();
    match receive.recv_timeout(limit) {
        Ok(w) => w,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{what}: read did not end within {limit:?}")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what}: read panicked"),
    }
}

/// The watchdog's limit for inputs that should take well under a second.
const QUICK: Duration = Duration::from_secs(10);

/// Reads a small input of the shape `make` builds (best of three), then one `factor` times
/// larger, and requires the larger to take at most `factor` times as long, with room for
/// noise (`SLACK`): a reader quadratic in the input takes `factor` times longer than that.
/// The larger read is stopped at that budget (at least a second), so a failure is quick.
fn assert_linear(what: &str, make: impl Fn(usize) -> Vec<u8>, small: usize, factor: usize) {
    const SLACK: u32 = 4;
    let small_input = Arc::new(make(small));
    let base = (0..3)
        .map(|_| watched(small_input.clone(), what, QUICK).time)
        .min()
        .unwrap()
        .max(Duration::from_micros(200));
    let budget = base * (factor as u32) * SLACK;
    let big = Arc::new(make(small * factor));
    let w = watched(big.clone(), what, budget.max(Duration::from_secs(1)));
    assert!(
        w.time <= budget,
        "{what}: {small} took {base:?}, {} ({} bytes) took {:?}: more than {factor}x{SLACK}",
        small * factor,
        big.len(),
        w.time
    );
}

// ---------------------------------------------------------------------------------------
// Inputs. The message builders follow `benches/src/message.rs`, whose figures are in
// BENCHMARKS.md.

const DSN_HEAD: &str = "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\r\n\
To: alice@example.org\r\n\
Subject: Undelivered Mail Returned to Sender\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"=_b\"\r\n\r\n";

const NOTICE: &str = "--=_b\r\n\
Content-Type: text/plain; charset=us-ascii\r\n\r\n\
This is the mail system at host mx.example.net.\r\n\
I'm sorry to have to inform you that your message could not\r\n\
be delivered to one or more recipients.\r\n\r\n";

const STATUS_HEAD: &str = "--=_b\r\n\
Content-Type: message/delivery-status\r\n\r\n\
Reporting-MTA: dns; mx.example.net\r\n";

fn recipient_group(out: &mut String, i: usize) {
    let _ = write!(
        out,
        "\r\nFinal-Recipient: rfc822; user{i}@example.com\r\n\
Action: failed\r\n\
Status: 5.1.1\r\n\
Diagnostic-Code: smtp; 550 5.1.1 <user{i}@example.com>: Recipient address\r\n\
\x20   rejected: User unknown in virtual mailbox table\r\n"
    );
}

const RETURNED: &str = "--=_b\r\n\
Content-Type: message/rfc822\r\n\r\n\
From: alice@example.org\r\n\
To: bob@example.com\r\n\
Subject: hello\r\n\
Message-ID: <orig.1@example.org>\r\n\r\n";

/// A DSN of about `size` bytes for one recipient, whose notice and returned message grow.
fn dsn_of_size(size: usize) -> Vec<u8> {
    let mut m = String::with_capacity(size + 2048);
    m.push_str(DSN_HEAD);
    m.push_str(NOTICE);
    let half = size.saturating_sub(1000) / 2;
    while m.len() < half {
        m.push_str("notice: the quick brown fox jumps over the lazy dog, 0123456789.\r\n");
    }
    m.push_str(STATUS_HEAD);
    recipient_group(&mut m, 0);
    m.push_str(RETURNED);
    while m.len() < size {
        m.push_str("returned: the quick brown fox jumps over the lazy dog, 0123456789.\r\n");
    }
    m.push_str("\r\n--=_b--\r\n");
    m.into_bytes()
}

/// A DSN with `n` per-recipient field groups.
fn dsn_with_recipients(n: usize) -> Vec<u8> {
    let mut m = String::with_capacity(250 * n + 2048);
    m.push_str(DSN_HEAD);
    m.push_str(NOTICE);
    m.push_str(STATUS_HEAD);
    for i in 0..n {
        recipient_group(&mut m, i);
    }
    m.push_str("\r\n--=_b--\r\n");
    m.into_bytes()
}

const QMAIL_HEAD: &str = "From: MAILER-DAEMON@mx.example.net\r\n\
To: alice@example.org\r\n\
Subject: failure notice\r\n\r\n\
Hi. This is the qmail-send program at mx.example.net.\r\n\
I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\
This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n";

/// A qmail-style plain-text report with `n` `<address>:` blocks.
fn qmail_with_recipients(n: usize) -> Vec<u8> {
    let mut m = String::with_capacity(180 * n + 1024);
    m.push_str(QMAIL_HEAD);
    for i in 0..n {
        let _ = write!(
            m,
            "<user{i}@example.com>:\r\n192.0.2.1 does not like recipient.\r\n\
Remote host said: 550 5.1.1 <user{i}@example.com>: Recipient address rejected: User unknown\r\n\
Giving up on 192.0.2.1.\r\n\r\n"
        );
    }
    m.push_str("--- Below this line is a copy of the message.\r\n\r\nFrom: alice@example.org\r\n");
    m.into_bytes()
}

/// A well-formed DSN for one recipient, to break in the tests below.
fn small_dsn() -> String {
    String::from_utf8(dsn_of_size(0)).unwrap()
}

fn big_size() -> usize {
    if cfg!(debug_assertions) {
        8 << 20
    } else {
        50 << 20
    }
}

fn big_dsn() -> Arc<Vec<u8>> {
    static BIG: OnceLock<Arc<Vec<u8>>> = OnceLock::new();
    BIG.get_or_init(|| Arc::new(dsn_of_size(big_size())))
        .clone()
}

fn dsn_10k() -> Arc<Vec<u8>> {
    static DSN: OnceLock<Arc<Vec<u8>>> = OnceLock::new();
    DSN.get_or_init(|| Arc::new(dsn_with_recipients(10_000)))
        .clone()
}

fn qmail_10k() -> Arc<Vec<u8>> {
    static QMAIL: OnceLock<Arc<Vec<u8>>> = OnceLock::new();
    QMAIL
        .get_or_init(|| Arc::new(qmail_with_recipients(10_000)))
        .clone()
}

/// Pseudo-random bytes (xorshift), the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/sisimai/maildir/bsd");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p.file_name().unwrap().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    out.sort();
    out
}

// ---------------------------------------------------------------------------------------
// Errors and degenerate inputs.

#[test]
fn empty_input_and_white_space_are_empty() {
    for input in [&b""[..], b" ", b"\r\n", b"\r\n\r\n\t \n"] {
        assert_eq!(read(input).unwrap_err(), MessageError::Empty, "{input:?}");
    }
}

#[test]
fn headers_only() {
    for input in [
        &b"From: a@example.org"[..],
        b"From: a@example.org\r\nSubject: hi\r\n",
        b"From: a@example.org\r\nSubject: hi\r\n\r\n",
        b"Subject: Undelivered Mail Returned to Sender\r\n",
        b"From: MAILER-DAEMON@example.net\r\nSubject: failure notice\r\n\r\n",
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n\r\n",
        b"Content-Type: message/feedback-report\r\n\r\n",
        b"Auto-Submitted: auto-replied\r\n",
    ] {
        let what = String::from_utf8_lossy(input);
        match read_checked(input, &what) {
            Ok(_) | Err(MessageError::NotAMessage) => {}
            Err(e) => panic!("{what}: {e}"),
        }
    }
}

#[test]
fn too_large_is_refused_before_parsing() {
    let mut input = vec![b'a'; MAX_MESSAGE_LEN + 1];
    input[..3].copy_from_slice(b"X: ");
    let w = watched(Arc::new(input), "too large", QUICK);
    assert_eq!(
        w.result.unwrap_err(),
        MessageError::TooLarge {
            limit: MAX_MESSAGE_LEN
        }
    );
    // Refused without a copy of the input.
    assert!(w.peak < 1 << 20, "{} bytes allocated", w.peak);
}

#[test]
fn binary_garbage() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for len in [1, 2, 3, 7, 64, 512, 4096, 65_536] {
        for round in 0..8 {
            let input: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            let _ = read_checked(&input, &format!("garbage {len}/{round}"));
        }
    }
    // Garbage after a plausible header, and a header of garbage.
    for round in 0..32 {
        let mut input = b"From: MAILER-DAEMON@example.net\r\nContent-Type: multipart/report; boundary=\"b\"\r\n\r\n--b\r\n".to_vec();
        input.extend((0..2000).map(|_| rng.next() as u8));
        let _ = read_checked(&input, &format!("header then garbage {round}"));
        let mut input: Vec<u8> = (0..200).map(|_| rng.next() as u8).collect();
        input.extend_from_slice(b": value\r\n\r\nbody\r\n");
        let _ = read_checked(&input, &format!("garbage header {round}"));
    }
}

/// A letter outside ASCII right before an address: `text::addresses` steps one byte past
/// it, inside the letter, and slicing there panicked ("start byte index ... is not a char
/// boundary"). Reached from `Return-Path`, `X-Failed-Recipients` and a report's sentences.
#[test]
fn a_letter_outside_ascii_before_an_address() {
    for input in [
        "From: a@example.org\r\nReturn-Path: <\u{f6}bob@example.com>\r\n\r\nhi\r\n",
        "From: MAILER-DAEMON@example.net\r\nX-Failed-Recipients: \u{e9}bob@example.com\r\n\r\nfailed\r\n",
        "From: MAILER-DAEMON@example.net\r\nSubject: failure notice\r\n\r\n\
         Delivery to \u{201c}bob@example.com\u{201d} failed: 550 5.1.1 User unknown\r\n",
    ] {
        let _ = read_checked(input.as_bytes(), input);
    }
}

/// A delayed recipient whose text holds a success code: the text's `2.0.5` made the reason
/// `none` (sisimai's `delivered`) while `Action: delayed` made it a soft bounce to retry.
/// Found by the fuzz target `message_read`, minimised by `cargo fuzz tmin`.
#[test]
fn a_delayed_recipient_is_not_reason_none() {
    for input in [
        &b"e:\n\nn 2.0.5\nFinal-Recipient:t\nAction: Delayed\n"[..],
        b"From: MAILER-DAEMON@mx.example.net\r\nSubject: Delayed Mail\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\
Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n\
Final-Recipient: rfc822; bob@example.com\r\nAction: delayed\r\nStatus: 4.4.7\r\n\
Diagnostic-Code: smtp; 250 2.0.0 Ok\r\n\r\n--b--\r\n",
    ] {
        let _ = read_checked(input, &String::from_utf8_lossy(input));
    }
}

#[test]
fn nul_bytes() {
    let dsn = small_dsn();
    // A NUL in every place of the message in turn.
    for at in (0..dsn.len()).step_by(7) {
        let mut input = dsn.clone().into_bytes();
        input.insert(at, 0);
        let _ = read_checked(&input, &format!("NUL at {at}"));
    }
    // NUL for every line ending, for every space, and a message of NULs.
    let _ = read_checked(dsn.replace("\r\n", "\0").as_bytes(), "NUL line endings");
    let _ = read_checked(dsn.replace(' ', "\0").as_bytes(), "NUL spaces");
    let _ = read_checked(&[0; 4096], "NULs");
    let report = read_checked(
        dsn.replace("user0@", "user\0zero@").as_bytes(),
        "NUL in the address",
    )
    .unwrap();
    assert_eq!(report.kind(), MessageKind::Dsn);
}

// ---------------------------------------------------------------------------------------
// Broken MIME.

#[test]
fn truncated_mime() {
    let dsn = small_dsn();
    // Every prefix of a DSN.
    for end in 0..dsn.len() {
        let _ = read_checked(&dsn.as_bytes()[..end], &format!("DSN cut at {end}"));
    }
    // Every corpus message cut at a quarter, a half and three quarters.
    for (name, bytes) in corpus() {
        for k in 1..4 {
            let end = bytes.len() * k / 4;
            let _ = read_checked(&bytes[..end], &format!("{name} cut at {end}"));
        }
    }
}

#[test]
fn missing_and_repeated_boundaries() {
    let dsn = small_dsn();
    let cases = [
        ("no boundary parameter", dsn.replace("; boundary=\"=_b\"", "")),
        ("empty boundary", dsn.replace("boundary=\"=_b\"", "boundary=\"\"")),
        ("boundary never used", dsn.replace("--=_b", "--other")),
        ("no closing boundary", dsn.replace("--=_b--", "")),
        ("only the closing boundary", dsn.replace("--=_b\r\n", "")),
        ("closing boundary first", dsn.replacen("--=_b\r\n", "--=_b--\r\n", 1)),
        ("every boundary twice", dsn.replace("--=_b\r\n", "--=_b\r\n--=_b\r\n")),
        ("boundary a prefix of the text", dsn.replace("\"=_b\"", "\"=\"")),
        ("boundary of one dash", dsn.replace("\"=_b\"", "\"-\"")),
        ("two boundary parameters", dsn.replace("boundary=\"=_b\"", "boundary=\"=_b\"; boundary=\"z\"")),
        ("unterminated quote", dsn.replace("boundary=\"=_b\"", "boundary=\"=_b")),
        (
            "a 10,000-byte boundary",
            dsn.replace("=_b", &"b".repeat(10_000)),
        ),
        (
            "the status part twice",
            dsn.replacen(STATUS_HEAD, &format!("{STATUS_HEAD}\r\nFinal-Recipient: rfc822; x@example.com\r\nAction: failed\r\nStatus: 5.2.2\r\n\r\n{STATUS_HEAD}"), 1),
        ),
        ("no parts at all", format!("{DSN_HEAD}--=_b--\r\n")),
        ("10,000 empty parts", format!("{DSN_HEAD}{}--=_b--\r\n", "--=_b\r\n\r\n".repeat(10_000))),
    ];
    for (what, input) in cases {
        let _ = read_checked(input.as_bytes(), what);
    }
}

#[test]
fn multipart_nested_100_deep() {
    let inner = "Content-Type: message/delivery-status\r\n\r\n\
Reporting-MTA: dns; mx.example.net\r\n\r\n\
Final-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n";
    for depth in [100, 1000] {
        let mut m = String::from(
            "From: MAILER-DAEMON@mx.example.net\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n",
        );
        for d in 1..depth {
            let _ = write!(
                m,
                "--b{}\r\nContent-Type: multipart/mixed; boundary=\"b{d}\"\r\n\r\n",
                d - 1
            );
        }
        let _ = write!(m, "--b{}\r\n{inner}\r\n", depth - 1);
        for d in (0..depth).rev() {
            let _ = write!(m, "--b{d}--\r\n");
        }
        let report = match read_checked(m.as_bytes(), &format!("{depth} deep")) {
            Ok(report) => report,
            // Past MAX_PARTS parts the message is refused with a typed error.
            Err(MessageError::TooManyParts { .. }) if depth > MAX_PARTS => continue,
            Err(e) => panic!("{depth} deep: {e}"),
        };
        // Best effort: the delivery status is found however deep it is, up to MAX_PARTS.
        assert_eq!(report.kind(), MessageKind::Dsn, "{depth} deep");
        assert_eq!(report.recipients()[0].recipient(), Some("bob@example.com"));
        // The same without closing boundaries.
        let open = m.split("--b99--").next().unwrap();
        let _ = read_checked(open.as_bytes(), &format!("{depth} deep, unclosed"));
    }
}

/// `message/rfc822` inside `message/rfc822`, `depth` times, with no boundaries; `unit` is
/// the header block of each level.
fn nested_messages(unit: &str, depth: usize) -> Vec<u8> {
    let mut m = unit.repeat(depth);
    m.push_str("From: bob@example.com\r\n\r\nhello\r\n");
    m.into_bytes()
}

/// Header blocks mail-parser reads as `Content-Type: message/rfc822`: as written, with white
/// space before the colon or at the start of the line, or a CR before it.
const NESTING: [&str; 5] = [
    "Content-Type:message/rfc822\r\n\r\n",
    "Content-Type :message/rfc822\r\n\r\n",
    "Content-Type\t:message/rfc822\r\n\r\n",
    " Content-Type:message/rfc822\r\n\r\n",
    "\rContent-Type:message/rfc822\r\n\r\n",
];

#[test]
fn messages_nested_100_deep() {
    for unit in NESTING {
        for depth in [1, 2, 3, 4, 100] {
            let what = format!("{unit:?} {depth} deep");
            let _ = read_checked(&nested_messages(unit, depth), &what);
        }
    }
}

/// Messages nested 50,000 deep (1.6 MB) read on a thread with a 2 MiB stack, the size Rust
/// gives spawned threads: in a child process, since a stack overflow aborts the process.
/// mail-parser nests one `Message` in another for each level, without limit, and drops
/// them recursively.
#[test]
fn messages_nested_50000_deep_do_not_overflow_the_stack() {
    let mut failed = Vec::new();
    for (i, unit) in NESTING.iter().enumerate() {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_reads_messages_nested_50000_deep",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("SMTP_CODES_HOSTILE_CHILD", i.to_string())
            .output()
            .unwrap();
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let why = stderr
                .lines()
                .find(|l| l.contains("fatal") || l.contains("panicked"))
                .unwrap_or("");
            failed.push(format!("{unit:?}: {} ({why})", out.status));
        }
    }
    assert!(
        failed.is_empty(),
        "reading messages nested 50,000 deep killed the process: {}",
        failed.join("; ")
    );
}

#[test]
#[ignore = "run by messages_nested_50000_deep_do_not_overflow_the_stack in a child process"]
fn child_reads_messages_nested_50000_deep() {
    let Some(i) = std::env::var("SMTP_CODES_HOSTILE_CHILD")
        .ok()
        .and_then(|i| i.parse::<usize>().ok())
    else {
        return;
    };
    let input = nested_messages(NESTING[i], 50_000);
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let _ = read_checked(&input, "50,000 deep");
        })
        .unwrap()
        .join()
        .unwrap();
}

// ---------------------------------------------------------------------------------------
// Broken encodings.

fn with_status_encoded(encoding: &str, body: &str) -> String {
    format!(
        "{DSN_HEAD}{NOTICE}--=_b\r\nContent-Type: message/delivery-status\r\n\
Content-Transfer-Encoding: {encoding}\r\n\r\n{body}\r\n--=_b--\r\n"
    )
}

#[test]
fn bad_base64() {
    let good = "UmVwb3J0aW5nLU1UQTogZG5zOyBteA0KDQpGaW5hbC1SZWNpcGllbnQ6IHJmYzgyMjsgYm9iQGV4YW1wbGUuY29tDQpBY3Rpb246IGZhaWxlZA0KU3RhdHVzOiA1LjEuMQ0K";
    let report = read_checked(with_status_encoded("base64", good).as_bytes(), "good").unwrap();
    assert_eq!(report.recipients()[0].recipient(), Some("bob@example.com"));
    for (what, body) in [
        (
            "not base64",
            "!!!! this is not base64 at all ****".to_string(),
        ),
        ("cut in a quantum", good[..good.len() - 3].to_string()),
        (
            "padding inside",
            format!("{}==={}", &good[..20], &good[20..]),
        ),
        ("only padding", "====".repeat(100)),
        ("8-bit bytes", "\u{ff}\u{fe}\u{e9}".repeat(100)),
        ("NULs", "\0".repeat(100)),
        ("one long line", "QUFB".repeat(100_000)),
        (
            "line breaks everywhere",
            good.chars().map(|c| format!("{c}\r\n")).collect(),
        ),
        ("empty", String::new()),
    ] {
        let _ = read_checked(with_status_encoded("base64", &body).as_bytes(), what);
        let _ = read_checked(with_status_encoded("BASE64 (x)", &body).as_bytes(), what);
    }
}

#[test]
fn bad_quoted_printable() {
    let good = "Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822; bob=40example.com\r\n\
Action: fail=\r\ned\r\nStatus: 5.1.1\r\n";
    let report = read_checked(
        with_status_encoded("quoted-printable", good).as_bytes(),
        "good",
    )
    .unwrap();
    assert_eq!(report.recipients()[0].recipient(), Some("bob@example.com"));
    for (what, body) in [
        ("bad hex", good.replace("=40", "=ZZ")),
        ("cut escape", format!("{good}=4")),
        ("lone equals", format!("{good}=")),
        ("equals everywhere", "=".repeat(10_000)),
        ("soft breaks only", "=\r\n".repeat(10_000)),
        ("lower-case hex", good.replace("=40", "=4a")),
        ("8-bit", good.replace("bob", "b\u{f6}b")),
    ] {
        let _ = read_checked(
            with_status_encoded("quoted-printable", &body).as_bytes(),
            what,
        );
    }
    let _ = read_checked(
        with_status_encoded("x-unknown-encoding", good).as_bytes(),
        "unknown transfer encoding",
    );
}

#[test]
fn unknown_and_broken_charsets() {
    let dsn = small_dsn();
    for charset in [
        "x-unknown",
        "",
        "\"\"",
        "utf-7",
        "iso-2022-jp",
        "ebcdic-cp-us",
        "utf-16",
        "utf-32le",
        "gb18030",
        "\0",
        &"x".repeat(10_000),
    ] {
        let input = dsn.replace("charset=us-ascii", &format!("charset={charset}"));
        let report = read_checked(input.as_bytes(), charset).unwrap();
        assert_eq!(report.kind(), MessageKind::Dsn, "{charset:?}");
    }
    // RFC 2047 words with unknown charsets, bad encodings, and invalid UTF-8 in the body.
    for subject in [
        "=?x-unknown?B?SGVsbG8=?=",
        "=?utf-8?Q?=ZZ=?=",
        "=?utf-8?B?!!!?=",
        "=?utf-8?X?abc?=",
        "=??B??=",
        "=?utf-8*es?Q?a?=",
    ] {
        let input = dsn.replace(
            "Subject: Undelivered Mail Returned to Sender",
            &format!("Subject: {subject}"),
        );
        let _ = read_checked(input.as_bytes(), subject);
    }
    let mut input = dsn.clone().into_bytes();
    let at = dsn.find("This is the mail system").unwrap();
    input.splice(at..at, [0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]);
    let report = read_checked(&input, "invalid UTF-8").unwrap();
    assert_eq!(report.kind(), MessageKind::Dsn);
}

#[test]
fn mutated_corpus_messages() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for (name, bytes) in corpus().into_iter().step_by(5) {
        for round in 0..8 {
            let mut input = bytes.clone();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(input.len());
                match rng.below(4) {
                    0 => input[at] = rng.next() as u8,
                    1 => {
                        input.remove(at);
                    }
                    2 => input.insert(at, b"\r\n-:;=\"<>@\0"[rng.below(11)]),
                    _ => {
                        let len = rng.below(200).min(input.len() - at);
                        let chunk = input[at..at + len].to_vec();
                        input.splice(at..at, chunk);
                    }
                }
            }
            let what = format!("{name} mutated ({round})");
            if std::env::var_os("SMTP_CODES_HOSTILE_DUMP").is_some() {
                std::fs::write(std::env::temp_dir().join("hostile-last.eml"), &input).unwrap();
            }
            let _ = read_checked(&input, &what);
        }
    }
}

#[test]
fn every_corpus_message_is_read() {
    let corpus = corpus();
    assert_eq!(corpus.len(), 629);
    for (name, bytes) in &corpus {
        let report = read_checked(bytes, name).unwrap_or_else(|e| panic!("{name}: {e}"));
        let _ = report;
    }
}

// ---------------------------------------------------------------------------------------
// Size: a big message, many recipients, linear time, bounded memory.

/// Peak memory while reading, as a multiple of the input.
fn assert_memory(what: &str, input: Arc<Vec<u8>>, at_most: usize) -> Watched {
    let len = input.len();
    let w = watched(input, what, Duration::from_secs(60));
    let x = |n: usize| n as f64 / len as f64;
    eprintln!(
        "{what}: {len} bytes, peak {} bytes ({:.2}x), report {} bytes ({:.2}x), {:?}",
        w.peak,
        x(w.peak),
        w.kept,
        x(w.kept),
        w.time
    );
    assert!(
        w.peak <= at_most * len,
        "{what}: {} bytes allocated at the peak for {len} bytes of input ({:.1}x; the report \
         itself {} bytes, {:.1}x)",
        w.peak,
        x(w.peak),
        w.kept,
        x(w.kept)
    );
    w
}

#[test]
fn a_big_message_in_bounded_memory() {
    let w = assert_memory("big DSN", big_dsn(), 8);
    let report = w.result.unwrap();
    assert_eq!(report.kind(), MessageKind::Dsn);
    assert_eq!(report.recipients().len(), 1);
    let bob = &report.recipients()[0];
    assert_eq!(bob.recipient(), Some("user0@example.com"));
    assert_eq!(bob.verdict().reason(), Reason::UserUnknown);
    assert_eq!(report.original_message_id(), Some("orig.1@example.org"));
}

fn ten_thousand_recipients(what: &str, input: Arc<Vec<u8>>) {
    let w = assert_memory(&format!("10,000 recipients, {what}"), input, 8);
    let report = w.result.unwrap();
    assert_eq!(report.recipients().len(), 10_000, "{what}");
    for (i, r) in report.recipients().iter().enumerate() {
        assert_eq!(
            r.recipient(),
            Some(&*format!("user{i}@example.com")),
            "{what}"
        );
        assert_eq!(r.verdict().reason(), Reason::UserUnknown, "{what} {i}");
    }
}

#[test]
fn ten_thousand_dsn_recipients_in_bounded_memory() {
    ten_thousand_recipients("DSN", dsn_10k());
}

#[test]
fn ten_thousand_plain_text_recipients_in_bounded_memory() {
    ten_thousand_recipients("qmail", qmail_10k());
}

#[test]
fn recipients_beyond_the_limit_are_dropped() {
    let n = MAX_RECIPIENTS + 5;
    for (what, input) in [
        ("DSN", dsn_with_recipients(n)),
        ("qmail", qmail_with_recipients(n)),
    ] {
        let w = watched(Arc::new(input), what, QUICK);
        let report = w.result.unwrap();
        assert_eq!(report.recipients().len(), MAX_RECIPIENTS, "{what}");
        assert_eq!(
            report.recipients().last().unwrap().recipient(),
            Some(&*format!("user{}@example.com", MAX_RECIPIENTS - 1)),
            "{what}"
        );
    }
}

#[test]
fn time_is_linear_in_message_size() {
    assert_linear("DSN by size", dsn_of_size, 256 << 10, 16);
}

#[test]
fn time_is_linear_in_dsn_recipients() {
    assert_linear("DSN recipients", dsn_with_recipients, 500, 20);
}

/// A qmail-style report of `n` bare `<address>:` lines, nothing else per recipient.
fn bare_recipient_lines(n: usize) -> Vec<u8> {
    let mut m = String::from(QMAIL_HEAD);
    for i in 0..n {
        let _ = write!(m, "<u{i}@example.com>:\r\n");
    }
    m.into_bytes()
}

#[test]
fn time_is_linear_in_plain_text_recipients() {
    assert_linear("qmail recipients", qmail_with_recipients, 500, 16);
    // Bare recipient lines: little work per recipient, so the cost of finding each one
    // shows. Past MAX_RECIPIENTS the report keeps 10,000, but every line is still read.
    assert_linear("bare recipient lines", bare_recipient_lines, 2000, 16);
}

/// A qmail-style report of `n` bare recipient lines sent to `n` addresses (`To:`): the
/// bounce's own addresses are never recipients, and checking that must stay linear.
fn many_own_addresses(n: usize) -> Vec<u8> {
    let mut m = String::from("From: MAILER-DAEMON@mx.example.net\r\nTo: a0@example.org");
    for i in 1..n {
        let _ = write!(m, ",\r\n a{i}@example.org");
    }
    m.push_str("\r\nSubject: failure notice\r\n\r\n");
    m.push_str(QMAIL_HEAD.split("\r\n\r\n").nth(1).unwrap());
    m.push_str("\r\n\r\n");
    for i in 0..n {
        let _ = write!(m, "<u{i}@example.com>:\r\n");
    }
    m.into_bytes()
}

#[test]
fn time_is_linear_in_own_addresses_and_recipients() {
    assert_linear("To: addresses and recipients", many_own_addresses, 1000, 16);
}

/// Shapes that stress MIME parsing rather than the report: `n` header fields, one header
/// field folded `n` times, `n` RFC 2047 words in the subject, one line of `n` KB, a base64
/// status part of `n` lines, `n` addresses in `To:`.
fn mime_shape(shape: usize, n: usize) -> Vec<u8> {
    let mut m = String::from("From: MAILER-DAEMON@mx.example.net\r\n");
    match shape {
        0 => (0..n).for_each(|i| {
            let _ = write!(m, "X-Header-{i}: value {i}\r\n");
        }),
        1 => {
            m.push_str("X-Folded: start");
            (0..n).for_each(|i| {
                let _ = write!(m, "\r\n\tcontinued {i}");
            });
            m.push_str("\r\n");
        }
        2 => {
            m.push_str("Subject:");
            (0..n).for_each(|_| m.push_str(" =?utf-8?q?failure_notice?="));
            m.push_str("\r\n");
        }
        3 => {
            m.push_str("Subject: failure notice\r\n\r\n");
            m.push_str(&"x@y ".repeat(n * 256));
            m.push_str("\r\n");
        }
        4 => {
            m.push_str(
                "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
--b\r\nContent-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n",
            );
            (0..n).for_each(|_| m.push_str("UmVwb3J0aW5nLU1UQTogZG5zOyBteA0KDQpGaW5hbC1SZWNp\r\n"));
            m.push_str("--b--\r\n");
        }
        _ => {
            m.push_str("To: a0@example.org");
            (1..n).for_each(|i| {
                let _ = write!(m, ",\r\n \"A {i}\" <a{i}@example.org>");
            });
            m.push_str("\r\nSubject: failure notice\r\n\r\nhello\r\n");
        }
    }
    m.into_bytes()
}

#[test]
fn time_is_linear_in_mime_shapes() {
    for (shape, what) in [
        "header fields",
        "folded lines",
        "RFC 2047 words",
        "one long line",
        "base64 lines",
        "To: addresses",
    ]
    .iter()
    .enumerate()
    {
        assert_linear(what, |n| mime_shape(shape, n), 1000, 16);
    }
}

/// A DSN with `n` recipients without a `Diagnostic-Code`, and `n` KB of human-readable
/// text: both grow together.
fn recipients_and_notice(n: usize) -> Vec<u8> {
    let mut m = String::from(DSN_HEAD);
    m.push_str(NOTICE);
    let line = "notice: the quick brown fox jumps over the lazy dog, 0123456789.\r\n";
    m.push_str(&line.repeat(n * 1024 / line.len()));
    m.push_str(STATUS_HEAD);
    for i in 0..n {
        let _ = write!(
            m,
            "\r\nFinal-Recipient: rfc822; u{i}@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        );
    }
    m.push_str("\r\n--=_b--\r\n");
    m.into_bytes()
}

#[test]
fn time_is_linear_in_recipients_and_notice() {
    // Each recipient must not read the whole human-readable part again.
    assert_linear("DSN recipients and notice", recipients_and_notice, 250, 16);
}

/// A plain-text bounce naming `n` addresses in one sentence, then `filler` bytes of text.
fn named_in_a_sentence(n: usize, filler: usize) -> Vec<u8> {
    let mut m = String::from(
        "From: MAILER-DAEMON@mx.example.net\r\nTo: alice@example.org\r\n\
Subject: failure notice\r\n\r\nYour message could not be delivered to",
    );
    for i in 0..n {
        let _ = write!(m, " user{i}@example.com");
    }
    m.push_str(".\r\n");
    let line = "the quick brown fox jumps over the lazy dog, 0123456789.\r\n";
    m.push_str(&line.repeat(filler / line.len()));
    m.into_bytes()
}

/// A plain-text bounce whose `X-Failed-Recipients` names `n` addresses the report does not.
fn failed_recipients_header(n: usize, filler: usize) -> Vec<u8> {
    let mut m = String::from(
        "From: MAILER-DAEMON@mx.example.net\r\nTo: alice@example.org\r\n\
Subject: Mail delivery failed: returning message to sender\r\nX-Failed-Recipients: user0@example.com",
    );
    for i in 1..n {
        let _ = write!(m, ",\r\n user{i}@example.com");
    }
    m.push_str("\r\n\r\nThis message was created automatically by mail delivery software.\r\n");
    let line = "the quick brown fox jumps over the lazy dog, 0123456789.\r\n";
    m.push_str(&line.repeat(filler / line.len()));
    m.into_bytes()
}

#[test]
fn addresses_in_sentences_in_bounded_memory() {
    // 300 addresses and 32 KB of text: 38 KB in all.
    let input = Arc::new(named_in_a_sentence(300, 32 << 10));
    let w = assert_memory("300 addresses in a sentence", input, 8);
    let report = w.result.unwrap();
    assert_eq!(report.recipients().len(), 300);
}

#[test]
fn failed_recipients_header_in_bounded_memory() {
    let input = Arc::new(failed_recipients_header(300, 32 << 10));
    let w = assert_memory("X-Failed-Recipients with 300 addresses", input, 8);
    let report = w.result.unwrap();
    assert_eq!(report.recipients().len(), 300);
}

#[test]
fn each_recipient_keeps_at_most_4_kib_of_text() {
    let long = "the quick brown fox jumps over the lazy dog, 0123456789.";
    let mut diagnostic = String::from("smtp; 550 5.1.1 <bob@example.com>: User unknown");
    for _ in 0..2000 {
        diagnostic.push_str("\r\n    ");
        diagnostic.push_str(long);
    }
    let dsn = format!(
        "{DSN_HEAD}{NOTICE}{STATUS_HEAD}\r\nFinal-Recipient: rfc822; bob@example.com\r\n\
Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: {diagnostic}\r\n\r\n--=_b--\r\n"
    );
    let cases = [
        ("a long Diagnostic-Code", dsn.into_bytes()),
        ("a long qmail block", {
            let q = String::from_utf8(qmail_with_recipients(1)).unwrap();
            q.replacen(
                "Giving up on 192.0.2.1.\r\n",
                &format!(
                    "Giving up on 192.0.2.1.\r\n{}",
                    format!("{long}\r\n").repeat(2000)
                ),
                1,
            )
            .into_bytes()
        }),
        ("addresses in a sentence", named_in_a_sentence(2, 128 << 10)),
        (
            "X-Failed-Recipients",
            failed_recipients_header(2, 128 << 10),
        ),
    ];
    for (what, input) in cases {
        let report = read_checked(&input, what).unwrap();
        assert!(!report.recipients().is_empty(), "{what}");
        for r in report.recipients() {
            let len = r.server_text().map_or(0, str::len);
            assert!(
                len <= 4096,
                "{what}: {:?} keeps {len} bytes of text",
                r.recipient()
            );
        }
    }
}

/// A boundary delimiter and two line ends make a part, and mail-parser keeps about 150 bytes
/// for each: a message of empty parts would cost some 20 times its size. Past one delimiter
/// every 32 bytes (beyond a base no real bounce reaches) a message is refused; at that
/// density, memory stays within the bound.
#[test]
fn parts_by_the_million_are_refused_and_dense_parts_stay_in_bounded_memory() {
    for n in [10_000, 1_000_000] {
        let input = format!("{DSN_HEAD}{}--=_b--\r\n", "--=_b\r\n\r\n".repeat(n));
        let w = watched(
            Arc::new(input.into_bytes()),
            "empty parts",
            Duration::from_secs(10),
        );
        assert!(
            matches!(w.result, Err(MessageError::TooManyParts { .. })),
            "{n} empty parts: {:?}",
            w.result.as_ref().map(|r| r.kind())
        );
    }
    // One delimiter every 32 bytes, 100,000 of them: read, within 8 times its size.
    let part = "--=_b\r\n\r\n0123456789abcdefghijklm\r\n";
    assert_eq!(part.len(), 34);
    let input = format!("{DSN_HEAD}{}--=_b--\r\n", part.repeat(100_000));
    let w = assert_memory("a part every 34 bytes", Arc::new(input.into_bytes()), 8);
    assert!(w.result.is_ok());
}

/// `bytes` in base64, in lines of 76 characters.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, chunk) in bytes.chunks(3).enumerate() {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for k in 0..4 {
            out.push(if k <= chunk.len() {
                ALPHABET[(v >> (18 - 6 * k)) as usize & 63] as char
            } else {
                '='
            });
        }
        if i % 19 == 18 {
            out.push_str("\r\n");
        }
    }
    out
}

/// A DSN whose returned message is `body` in the transfer encoding `encoding` (which
/// mail-parser decodes and parses as a nested message).
fn dsn_returning(body: &str, encoding: &str) -> Vec<u8> {
    format!(
        "{DSN_HEAD}{NOTICE}{STATUS_HEAD}\r\nFinal-Recipient: rfc822; bob@example.com\r\n\
         Action: failed\r\nStatus: 5.1.1\r\n\r\n--=_b\r\nContent-Type: message/rfc822\r\n\
         Content-Transfer-Encoding: {encoding}\r\n\r\n{body}\r\n--=_b--\r\n"
    )
    .into_bytes()
}

fn dsn_returning_base64(inner: &[u8]) -> Vec<u8> {
    dsn_returning(&base64(inner), "base64")
}

/// mail-parser decodes a nested message sent in base64 and parses it, where a count of the
/// raw bytes sees neither its parts nor its nesting: they are counted decoded, so that empty
/// parts or deep nesting inside one are refused as they are outside.
#[test]
fn parts_and_nesting_inside_a_base64_message_are_counted() {
    let mut empty_parts = b"From: x@example.com\r\nMIME-Version: 1.0\r\n\
        Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        .to_vec();
    empty_parts.extend("--b\r\n\r\n".repeat(1_000_000).as_bytes());
    let nested = "Content-Type: message/rfc822\r\n\r\n".repeat(50_000);
    // Quoted-printable may write each `-` as `=2D` (and `boundary=b` would read as a broken
    // `=b` escape: mail-parser would give up decoding, and nest nothing).
    let qp_parts = String::from_utf8(empty_parts.clone())
        .unwrap()
        .replace("boundary=b", "boundary=q")
        .replace("--b", "=2D=2Dq");
    for (what, input) in [
        ("a million empty parts", dsn_returning_base64(&empty_parts)),
        (
            "messages nested 50,000 deep",
            dsn_returning_base64(nested.as_bytes()),
        ),
        (
            "a million empty parts in quoted-printable",
            dsn_returning(&qp_parts, "quoted-printable"),
        ),
    ] {
        let w = watched(Arc::new(input), what, Duration::from_secs(20));
        assert!(
            matches!(w.result, Err(MessageError::TooManyParts { .. })),
            "{what}: {:?}",
            w.result.as_ref().map(|r| r.kind())
        );
    }
    // A returned message sent in base64 is read as any other.
    let inner = b"From: alice@example.org\r\nTo: bob@example.com\r\nSubject: Hello there\r\n\
        Message-ID: <m.1@example.org>\r\n\r\nHi Bob,\r\n-- \r\nAlice\r\n";
    let report = read_checked(&dsn_returning_base64(inner), "a base64 returned message").unwrap();
    assert_eq!(report.kind(), MessageKind::Dsn);
    assert_eq!(report.original_subject(), Some("Hello there"));
    assert_eq!(report.recipients()[0].recipient(), Some("bob@example.com"));
}
