//! `cargo xtask gen-log --lines N [--out FILE]`: a large Postfix log for benchmarks and the
//! Spark test, made from the project's own test data: the line shapes of the real Postfix
//! logs of `testdata/logs/` and the replies of the bounce corpus
//! (`testdata/sisimai/sisimai_expected.tsv`) as the remote servers' answers.
//!
//! Each message is logged as Postfix logs one: `smtpd` connect and `client=`, `cleanup`
//! `message-id=`, `qmgr` `from=`, one delivery line per recipient (about 80% sent, 10%
//! deferred, 8% bounced; some deferred messages later expire with qmgr's `status=expired`,
//! which names no recipient), `qmgr` `removed`, `smtpd` disconnect; and now and then a
//! `NOQUEUE: reject:`. The same seed gives the same log.

use std::io::Write;
use std::path::Path;

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The corpus replies, split into temporary (4xx) and permanent (5xx) ones.
fn replies(testdata: &Path) -> Result<(Vec<String>, Vec<String>), String> {
    let path = testdata.join("sisimai/sisimai_expected.tsv");
    let tsv = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (mut temporary, mut permanent) = (Vec::new(), Vec::new());
    for line in tsv.lines().skip(1) {
        let Some(d) = line.split('\t').nth(7).filter(|d| *d != "-") else {
            continue;
        };
        // `smtp; 550 5.1.1 ...`: the reply after the Diagnostic-Code type.
        let reply = d.split_once("; ").map_or(d, |(_, r)| r).trim();
        // One line, no parentheses (Postfix's status text is parenthesised).
        let reply: String = reply
            .chars()
            .map(|c| {
                if c == '(' || c == ')' || c.is_control() {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        match reply.as_bytes().first() {
            Some(b'4') => temporary.push(reply),
            Some(b'5') => permanent.push(reply),
            _ => {}
        }
    }
    if temporary.is_empty() || permanent.is_empty() {
        return Err(format!("{}: no replies", path.display()));
    }
    Ok((temporary, permanent))
}

const MONTH: &str = "Dec";
const DOMAINS: [&str; 12] = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "aol.com",
    "icloud.com",
    "example.com",
    "example.net",
    "example.org",
    "mail.ru",
    "gmx.de",
    "orange.fr",
];

fn queue_id(rng: &mut Rng) -> String {
    const HEX: &[u8] = b"0123456789ABCDEF";
    (0..10).map(|_| HEX[rng.below(16)] as char).collect()
}

/// Writes about `lines` lines of Postfix log to `out`; returns how many were written.
pub fn write(testdata: &Path, lines: usize, out: &mut impl Write) -> Result<usize, String> {
    let (temporary, permanent) = replies(testdata)?;
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut written = 0usize;
    let mut second = 0u64;
    // Deferred messages waiting to expire: (queue id, sender).
    let mut waiting: Vec<(String, String)> = Vec::new();
    let w = |out: &mut dyn Write, second: u64, text: &str| -> Result<(), String> {
        let (h, m, s) = ((second / 3600) % 24, (second / 60) % 60, second % 60);
        let day = 1 + (second / 86_400) % 28;
        writeln!(out, "{MONTH} {day:>2} {h:02}:{m:02}:{s:02} mx1 {text}").map_err(|e| e.to_string())
    };
    while written < lines {
        second += 1;
        let pid = 1000 + rng.below(30_000);
        let ip = format!("192.0.2.{}", 1 + rng.below(254));
        if rng.below(20) == 0 {
            let rcpt = format!("user{}@{}", rng.below(100_000), rng.pick(&DOMAINS));
            w(out, second, &format!(
                "postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from unknown[{ip}]: 554 5.7.1 <{rcpt}>: Relay access denied; from=<news@example.org> to=<{rcpt}> proto=ESMTP helo=<client{pid}.example>"
            ))?;
            written += 1;
            continue;
        }
        let id = queue_id(&mut rng);
        let sender = format!("news{}@example.org", rng.below(50));
        let nrcpt = 1 + rng.below(3);
        w(
            out,
            second,
            &format!("postfix/smtpd[{pid}]: connect from unknown[{ip}]"),
        )?;
        w(
            out,
            second,
            &format!("postfix/smtpd[{pid}]: {id}: client=unknown[{ip}]"),
        )?;
        w(
            out,
            second,
            &format!(
                "postfix/cleanup[{}]: {id}: message-id=<{id}.{pid}@example.org>",
                pid + 1
            ),
        )?;
        w(
            out,
            second,
            &format!(
                "postfix/qmgr[900]: {id}: from=<{sender}>, size={}, nrcpt={nrcpt} (queue active)",
                300 + rng.below(90_000)
            ),
        )?;
        w(out, second, &format!(
            "postfix/smtpd[{pid}]: disconnect from unknown[{ip}] ehlo=1 mail=1 rcpt={nrcpt} data=1 quit=1 commands={}",
            4 + nrcpt
        ))?;
        written += 5;
        let mut deferred = false;
        for _ in 0..nrcpt {
            let domain = rng.pick(&DOMAINS);
            let rcpt = format!("user{}@{domain}", rng.below(100_000));
            let mx = format!(
                "mx{}.{domain}[198.51.100.{}]:25",
                rng.below(4),
                1 + rng.below(254)
            );
            let delay = format!("{}.{}", rng.below(30), rng.below(100));
            let roll = rng.below(100);
            let (dsn, status, text) = if roll < 80 {
                (
                    "2.0.0".to_string(),
                    "sent",
                    format!("250 2.0.0 Ok: queued as {}", queue_id(&mut rng)),
                )
            } else {
                let (pool, status) = if roll < 90 {
                    (&temporary, "deferred")
                } else {
                    (&permanent, "bounced")
                };
                let reply = rng.pick(pool);
                let dsn = reply
                    .split_whitespace()
                    .nth(1)
                    .filter(|t| t.parse::<smtp_like::Dsn>().is_ok())
                    .map_or_else(|| format!("{}.0.0", &reply[..1]), str::to_string);
                deferred |= status == "deferred";
                (
                    dsn,
                    status,
                    format!("host {mx} said: {reply} (in reply to RCPT TO command)"),
                )
            };
            w(out, second, &format!(
                "postfix/smtp[{}]: {id}: to=<{rcpt}>, relay={mx}, delay={delay}, delays=0.1/0/0.3/0.2, dsn={dsn}, status={status} ({text})",
                pid + 2
            ))?;
            written += 1;
        }
        if deferred {
            waiting.push((id, sender));
        } else {
            w(out, second, &format!("postfix/qmgr[900]: {id}: removed"))?;
            written += 1;
        }
        // Now and then the oldest deferred message gives up.
        if waiting.len() > 50 {
            let (id, sender) = waiting.remove(0);
            w(
                out,
                second,
                &format!(
                    "postfix/qmgr[900]: {id}: from=<{sender}>, status=expired, returned to sender"
                ),
            )?;
            w(out, second, &format!("postfix/qmgr[900]: {id}: removed"))?;
            written += 2;
        }
    }
    Ok(written)
}

/// The enhanced-code check the generator needs, without depending on the crate it tests.
mod smtp_like {
    pub struct Dsn;
    impl std::str::FromStr for Dsn {
        type Err = ();
        fn from_str(s: &str) -> Result<Dsn, ()> {
            let parts: Vec<&str> = s.split('.').collect();
            let ok = parts.len() == 3
                && matches!(parts[0], "2" | "4" | "5")
                && parts[1..]
                    .iter()
                    .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
            if ok {
                Ok(Dsn)
            } else {
                Err(())
            }
        }
    }
}

/// `cargo xtask gen-log`: writes the log to `path` (or standard output).
pub fn run(testdata: &Path, lines: usize, path: Option<&Path>) -> Result<(), String> {
    let written = match path {
        Some(p) => {
            let file = std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
            let n = write(testdata, lines, &mut out)?;
            out.flush().map_err(|e| e.to_string())?;
            n
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let n = write(testdata, lines, &mut out)?;
            out.flush().map_err(|e| e.to_string())?;
            n
        }
    };
    eprintln!("gen-log: {written} lines");
    Ok(())
}
