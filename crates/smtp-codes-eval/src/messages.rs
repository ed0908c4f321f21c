//! `cargo xtask eval --messages`: [`smtp_codes::message::read`] over the sisimai sample emails
//! against sisimai's expectations (666 recipients of 627 emails), and sisimai's own
//! whole-message reader (`Sisimai->make`) on the same files, in the same run.
//!
//! The expectations carry no addresses: a recipient is found when the report has a record at
//! the row's `rcpt_index`, in order. `sisimai_reason` is compared with the expected reason,
//! counting sisimai's renamed pairs as equal ([`same_reason`]); `sisimai_hardbounce` with the
//! expected hardbounce.

use smtp_codes::message::{parse_mime_only, read, BounceReport};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// How many times each system reads every file; the fastest pass is the time reported.
pub const ROUNDS: usize = 5;

/// One expected recipient.
#[derive(Debug, Clone)]
pub struct Expected {
    pub file: String,
    /// 1 for the first recipient of the file.
    pub rcpt_index: usize,
    pub reason: String,
    pub hardbounce: bool,
}

/// Every expected recipient of `testdata/sisimai/sisimai_expected.tsv`.
pub fn expected(testdata: &Path) -> Result<Vec<Expected>, String> {
    let rows = crate::expected_columns(testdata, &["file", "rcpt_index", "reason", "hardbounce"])?;
    rows.into_iter()
        .map(|f| {
            let [file, index, reason, hard] = <[String; 4]>::try_from(f).expect("4 columns");
            Ok(Expected {
                file,
                rcpt_index: index.parse().map_err(|e| format!("rcpt_index: {e}"))?,
                reason,
                hardbounce: hard == "true",
            })
        })
        .collect()
}

/// Whether two sisimai reason names mean the same: sisimai renamed some between versions
/// (toomanyconn and speeding became ratelimited; mesgtoobig and exceedlimit became
/// emailtoolarge).
pub fn same_reason(a: &str, b: &str) -> bool {
    fn canonical(r: &str) -> &str {
        match r {
            "toomanyconn" | "speeding" => "ratelimited",
            "mesgtoobig" | "exceedlimit" => "emailtoolarge",
            other => other,
        }
    }
    canonical(a) == canonical(b)
}

/// What one system said of one recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub reason: String,
    pub hardbounce: bool,
    /// What decided, for the list of disagreements (empty for sisimai).
    pub why: String,
}

/// Agreement of one system with the expectations.
#[derive(Debug, Clone, Copy, Default)]
pub struct Score {
    pub rows: usize,
    pub found: usize,
    pub reason: usize,
    pub hardbounce: usize,
}

impl Score {
    /// Scores `said` (file -> records in order) against `expected`.
    pub fn of(expected: &[Expected], said: &BTreeMap<String, Vec<Said>>) -> Score {
        let mut s = Score {
            rows: expected.len(),
            ..Score::default()
        };
        for e in expected {
            let Some(record) = said
                .get(&e.file)
                .and_then(|r| r.get(e.rcpt_index.wrapping_sub(1)))
            else {
                continue;
            };
            s.found += 1;
            s.reason += usize::from(same_reason(&record.reason, &e.reason));
            s.hardbounce += usize::from(record.hardbounce == e.hardbounce);
        }
        s
    }

    /// `n` as a percentage of the rows.
    pub fn percent(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.rows.max(1) as f64
    }
}

/// What smtp-codes said of the corpus, and how long it took.
pub struct Ours {
    /// The records per file.
    pub said: BTreeMap<String, Vec<Said>>,
    /// Seconds of the fastest of [`ROUNDS`] passes of `read` (files already in memory).
    pub seconds: f64,
    /// Seconds of the fastest of [`ROUNDS`] passes of MIME parsing alone, as `read` parses:
    /// the floor of `read`'s time, which no reader built on mail-parser goes under.
    pub mime_seconds: f64,
    /// How many files were read.
    pub files: usize,
}

/// Reads every file the expectations name with smtp-codes.
pub fn ours(testdata: &Path, expected: &[Expected]) -> Ours {
    let dir = testdata.join("sisimai");
    let files: Vec<&String> = {
        let mut f: Vec<&String> = expected.iter().map(|e| &e.file).collect();
        f.dedup();
        f
    };
    let bytes: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|f| std::fs::read(dir.join(f)).ok().map(|b| (f.to_string(), b)))
        .collect();
    let start = Instant::now();
    let reports: Vec<(String, Option<BounceReport>)> = bytes
        .iter()
        .map(|(f, b)| (f.clone(), read(b).ok()))
        .collect();
    let mut seconds = start.elapsed().as_secs_f64();
    let mut mime_seconds = f64::MAX;
    // The best of five passes, as sisimai's: one pass of a few milliseconds is at the mercy
    // of whatever else the machine does. MIME parsing alone is timed in the same rounds.
    for round in 0..ROUNDS {
        if round > 0 {
            let start = Instant::now();
            for (_, b) in &bytes {
                std::hint::black_box(read(std::hint::black_box(b)).ok());
            }
            seconds = seconds.min(start.elapsed().as_secs_f64());
        }
        let start = Instant::now();
        for (_, b) in &bytes {
            std::hint::black_box(parse_mime_only(std::hint::black_box(b)));
        }
        mime_seconds = mime_seconds.min(start.elapsed().as_secs_f64());
    }
    let said = reports
        .into_iter()
        .map(|(f, r)| {
            let records = r.map_or_else(Vec::new, |r| {
                r.recipients()
                    .iter()
                    .map(|x| Said {
                        reason: x.verdict().sisimai_reason().to_string(),
                        hardbounce: x.verdict().sisimai_hardbounce(),
                        why: format!(
                            "{} | {:?} {:?} | {}",
                            x.verdict().evidence(),
                            x.action().map(|a| a.as_str()),
                            x.smtp_command(),
                            x.server_text()
                                .unwrap_or("")
                                .chars()
                                .take(120)
                                .collect::<String>()
                        ),
                    })
                    .collect()
            });
            (f, records)
        })
        .collect();
    Ours {
        said,
        seconds,
        mime_seconds,
        files: bytes.len(),
    }
}

/// Runs `Sisimai->make` on every file in one perl process (Debian's libsisimai-perl) and
/// returns its records per file and the seconds of its fastest of [`ROUNDS`] loops.
pub fn sisimai(
    testdata: &Path,
    expected: &[Expected],
) -> Result<(BTreeMap<String, Vec<Said>>, f64), String> {
    let dir = testdata.join("sisimai");
    let mut files: Vec<&str> = expected.iter().map(|e| e.file.as_str()).collect();
    files.dedup();
    // softbounce: 0 is a hard bounce in sisimai 4.
    let script = format!(
        "use Sisimai; use Time::HiRes qw(time); my $best; \
        for my $round (1..{ROUNDS}) {{ my $spent = 0; \
        for my $f (@ARGV) {{ my $t = time; my $v = Sisimai->make($f, delivered => 1, vacation => 1) || []; \
        $spent += time - $t; next if $round > 1; for my $d (@$v) {{ printf(\"%s\\t%s\\t%d\\n\", $f, $d->reason, \
        ($d->softbounce == 0 ? 1 : 0)); }} }} $best = $spent if !defined $best || $spent < $best; }} \
        printf(\"TIME\\t%.6f\\n\", $best);"
    );
    let out = Command::new("perl")
        .args(["-e", &script])
        .args(&files)
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("cannot run perl: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "perl -MSisimai failed (apt-get install libsisimai-perl): {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let mut said: BTreeMap<String, Vec<Said>> = BTreeMap::new();
    let mut seconds = 0.0;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            ["TIME", t] => seconds = t.parse().unwrap_or(0.0),
            [file, reason, hard] => said.entry(file.to_string()).or_default().push(Said {
                reason: reason.to_string(),
                hardbounce: *hard == "1",
                why: String::new(),
            }),
            _ => {}
        }
    }
    Ok((said, seconds))
}

/// The side-by-side report, and every row where smtp-codes disagrees.
pub fn report(
    expected: &[Expected],
    ours: &Ours,
    theirs: Option<(&BTreeMap<String, Vec<Said>>, f64)>,
) -> String {
    use std::fmt::Write;
    let (ours_seconds, mime_seconds, files) = (ours.seconds, ours.mime_seconds, ours.files);
    let ours = &ours.said;
    let s = Score::of(expected, ours);
    let mut out = String::new();
    let _ = writeln!(out, "{} expected recipients in {files} messages", s.rows);
    let row = |name: &str, score: &Score, seconds: f64| {
        format!(
            "{name:<12} found {:>4} ({:.1}%)  reason {:>4} ({:.1}%)  hardbounce {:>4} ({:.1}%)  {:.1} µs/message",
            score.found,
            score.percent(score.found),
            score.reason,
            score.percent(score.reason),
            score.hardbounce,
            score.percent(score.hardbounce),
            seconds * 1e6 / files.max(1) as f64
        )
    };
    let _ = writeln!(out, "{}", row("smtp-codes", &s, ours_seconds));
    if let Some((theirs, seconds)) = theirs {
        let t = Score::of(expected, theirs);
        let _ = writeln!(out, "{}", row("sisimai", &t, seconds));
        let _ = writeln!(
            out,
            "time per message: sisimai / smtp-codes = {:.0}x",
            seconds / ours_seconds.max(1e-9)
        );
        let _ = writeln!(
            out,
            "MIME parsing alone (mail-parser, as read parses): {:.1} µs/message, sisimai / it = {:.0}x",
            mime_seconds * 1e6 / files.max(1) as f64,
            seconds / mime_seconds.max(1e-9)
        );
    }
    let _ = writeln!(
        out,
        "\ndisagreements (file #index: expected -> smtp-codes):"
    );
    for e in expected {
        let got = ours
            .get(&e.file)
            .and_then(|r| r.get(e.rcpt_index.wrapping_sub(1)));
        let ok =
            got.is_some_and(|g| same_reason(&g.reason, &e.reason) && g.hardbounce == e.hardbounce);
        if !ok {
            let got = got.map_or("(no record)".to_string(), |g| {
                format!("{} hard={} [{}]", g.reason, g.hardbounce, g.why)
            });
            let _ = writeln!(
                out,
                "  {} #{}: {} hard={} -> {got}",
                e.file, e.rcpt_index, e.reason, e.hardbounce
            );
        }
    }
    out
}
