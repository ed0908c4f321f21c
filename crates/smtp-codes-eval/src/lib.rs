//! Runs `smtp_codes::explain` over `testdata/sisimai/sisimai_expected.tsv` (real bounces with
//! sisimai's expected reason and hardbounce, and the diagnostic text of each) and measures how
//! often the two agree. `cargo xtask eval` prints the report; `tests/floor.rs` keeps the
//! agreement from falling.
//!
//! sisimai's reasons are finer than this crate's in places and coarser in others, so the
//! reason agreement maps sisimai's expected reason into the taxonomy with [`to_taxonomy`]
//! (documented there); the exact agreement of `sisimai_reason` is reported beside it.

pub mod messages;

use smtp_codes::explain::{explain, Reason};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One corpus row with a diagnostic.
#[derive(Debug, Clone)]
pub struct Row {
    pub file: String,
    pub reason: String,
    pub hardbounce: bool,
    pub diagnostic: String,
}

/// The repository's `testdata/` (provenance and licences in its README).
pub fn testdata_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata")
}

/// The named columns of each row of `testdata/sisimai/sisimai_expected.tsv`, in the order
/// named; rows without all of them are left out.
pub fn expected_columns(testdata: &Path, names: &[&str]) -> Result<Vec<Vec<String>>, String> {
    let path = testdata.join("sisimai/sisimai_expected.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty corpus")?.split('\t').collect();
    let at: Vec<usize> = names
        .iter()
        .map(|name| {
            header
                .iter()
                .position(|h| h == name)
                .ok_or(format!("no column {name}"))
        })
        .collect::<Result<_, _>>()?;
    let last = at.iter().copied().max().unwrap_or(0);
    Ok(lines
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| f.len() > last)
        .map(|f| at.iter().map(|&i| f[i].to_string()).collect())
        .collect())
}

/// Reads the rows that have a diagnostic text.
pub fn load(testdata: &Path) -> Result<Vec<Row>, String> {
    let rows = expected_columns(testdata, &["file", "reason", "hardbounce", "diagnostic"])?;
    Ok(rows
        .into_iter()
        .filter(|f| f[3] != "-")
        .map(|f| {
            let [file, reason, hard, diagnostic] = <[String; 4]>::try_from(f).expect("4 columns");
            Row {
                file,
                reason,
                hardbounce: hard == "true",
                diagnostic,
            }
        })
        .collect())
}

/// sisimai's reason in this crate's taxonomy. The mapping, and why:
///
/// | sisimai | taxonomy |
/// |---|---|
/// | userunknown, hasmoved | user_unknown (the address is no longer valid) |
/// | suspend | mailbox_disabled |
/// | mailboxfull | mailbox_full |
/// | mesgtoobig, exceedlimit, emailtoolarge | message_too_large |
/// | spamdetected, virusdetected, contenterror | spam_or_content |
/// | blocked, badreputation, requireptr, policyviolation | policy_blocked (refused by the receiver's policy about the sender or message) |
/// | filtered | policy_blocked, and see [`acceptable`] |
/// | toomanyconn, speeding, ratelimited | rate_limited |
/// | authfailure | auth_failed |
/// | securityerror | auth_required |
/// | failedstarttls | tls_required |
/// | norelaying | relay_denied |
/// | rejected | sender_rejected |
/// | hostunknown, networkerror | dns_or_routing |
/// | expired | expired |
/// | notaccept | not_accepting_mail |
/// | syntaxerror, notcompliantrfc | syntax |
/// | systemerror, systemfull, mailererror | system_error |
/// | delivered | none |
/// | onhold, undefined, and anything else | other |
pub fn to_taxonomy(sisimai: &str) -> Reason {
    let id = match sisimai {
        "userunknown" | "hasmoved" => "user_unknown",
        "suspend" => "mailbox_disabled",
        "mailboxfull" => "mailbox_full",
        "mesgtoobig" | "exceedlimit" | "emailtoolarge" => "message_too_large",
        "spamdetected" | "virusdetected" | "contenterror" => "spam_or_content",
        "blocked" | "badreputation" | "requireptr" | "policyviolation" | "filtered" => {
            "policy_blocked"
        }
        "toomanyconn" | "speeding" | "ratelimited" => "rate_limited",
        "authfailure" => "auth_failed",
        "securityerror" => "auth_required",
        "failedstarttls" => "tls_required",
        "norelaying" => "relay_denied",
        "rejected" => "sender_rejected",
        "hostunknown" | "networkerror" => "dns_or_routing",
        "expired" => "expired",
        "notaccept" => "not_accepting_mail",
        "syntaxerror" | "notcompliantrfc" => "syntax",
        "systemerror" | "systemfull" | "mailererror" => "system_error",
        "delivered" => "none",
        _ => "other",
    };
    Reason::from_name(id).unwrap_or(Reason::Other)
}

/// Whether `ours` agrees with sisimai's `expected` reason: it is [`to_taxonomy`]'s answer,
/// except for sisimai's `filtered`. sisimai gives `filtered` to rejections after the DATA
/// command, whatever their text: a content or header filter (`policy_blocked`,
/// `spam_or_content`), and also "User unknown" answered to the message itself, as Japanese
/// mobile carriers do when the recipient's filter refuses the sender. The text alone cannot
/// tell the SMTP phase, so for `filtered` those three reasons all agree.
pub fn acceptable(expected: &str, ours: Reason) -> bool {
    if expected == "filtered" {
        return matches!(
            ours,
            Reason::PolicyBlocked | Reason::SpamOrContent | Reason::UserUnknown
        );
    }
    ours == to_taxonomy(expected)
}

/// What explain said about one row.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub row: Row,
    pub reason: Reason,
    pub sisimai: &'static str,
    pub suppress: bool,
    pub sisimai_hardbounce: bool,
    pub evidence: String,
}

impl Verdict {
    pub fn reason_agrees(&self) -> bool {
        acceptable(&self.row.reason, self.reason)
    }
    pub fn sisimai_agrees(&self) -> bool {
        self.sisimai == self.row.reason
    }
    /// Our `sisimai_hardbounce` (sisimai's own rule) against sisimai's `hardbounce`.
    pub fn hardbounce_agrees(&self) -> bool {
        self.sisimai_hardbounce == self.row.hardbounce
    }
    /// Our `suppress` (what senders do: disabled mailboxes too) against sisimai's `hardbounce`.
    pub fn suppress_agrees(&self) -> bool {
        self.suppress == self.row.hardbounce
    }
}

/// Explains every row.
pub fn judge(rows: &[Row]) -> Vec<Verdict> {
    rows.iter()
        .map(|row| match explain(&row.diagnostic) {
            Ok(e) => Verdict {
                row: row.clone(),
                reason: e.reason(),
                sisimai: e.sisimai_reason(),
                suppress: e.suppress(),
                sisimai_hardbounce: e.sisimai_hardbounce(),
                evidence: e.evidence().to_string(),
            },
            Err(_) => Verdict {
                row: row.clone(),
                reason: Reason::Other,
                sisimai: "undefined",
                suppress: false,
                sisimai_hardbounce: false,
                evidence: "nothing to explain".into(),
            },
        })
        .collect()
}

/// Agreement figures.
#[derive(Debug, Clone, Copy)]
pub struct Score {
    pub rows: usize,
    pub reason: usize,
    pub sisimai: usize,
    pub hardbounce: usize,
    pub suppress: usize,
}

impl Score {
    pub fn of(verdicts: &[Verdict]) -> Score {
        Score {
            rows: verdicts.len(),
            reason: verdicts.iter().filter(|v| v.reason_agrees()).count(),
            sisimai: verdicts.iter().filter(|v| v.sisimai_agrees()).count(),
            hardbounce: verdicts.iter().filter(|v| v.hardbounce_agrees()).count(),
            suppress: verdicts.iter().filter(|v| v.suppress_agrees()).count(),
        }
    }

    pub fn percent(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.rows.max(1) as f64
    }
}

/// The full report: figures, confusion table, disagreements.
pub fn report(verdicts: &[Verdict]) -> String {
    use std::fmt::Write;
    let s = Score::of(verdicts);
    let mut out = String::new();
    let _ = writeln!(out, "rows with a diagnostic: {}", s.rows);
    let _ = writeln!(
        out,
        "reason (taxonomy):      {}/{} = {:.1}%",
        s.reason,
        s.rows,
        s.percent(s.reason)
    );
    let _ = writeln!(
        out,
        "sisimai_reason (exact): {}/{} = {:.1}%",
        s.sisimai,
        s.rows,
        s.percent(s.sisimai)
    );
    let _ = writeln!(
        out,
        "sisimai_hardbounce:     {}/{} = {:.1}%",
        s.hardbounce,
        s.rows,
        s.percent(s.hardbounce)
    );
    let _ = writeln!(
        out,
        "suppress = hardbounce:  {}/{} = {:.1}% (suppress also drops disabled mailboxes)",
        s.suppress,
        s.rows,
        s.percent(s.suppress)
    );
    let mut confusion: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for v in verdicts {
        *confusion
            .entry((to_taxonomy(&v.row.reason).as_str(), v.reason.as_str()))
            .or_default() += 1;
    }
    let _ = writeln!(
        out,
        "\nconfusion (expected -> explained: rows), disagreements only:"
    );
    let mut pairs: Vec<_> = confusion.iter().collect();
    pairs.sort_by_key(|(_, n)| std::cmp::Reverse(**n));
    for ((expected, got), n) in pairs {
        let _ = writeln!(out, "  {expected:>18} -> {got:<18} {n}");
    }
    let _ = writeln!(
        out,
        "\ndisagreements (file, sisimai expected, explained, evidence, diagnostic):"
    );
    for v in verdicts
        .iter()
        .filter(|v| !v.reason_agrees() || !v.hardbounce_agrees())
    {
        let diag: String = v.row.diagnostic.chars().take(140).collect();
        let _ = writeln!(
            out,
            "  {} | {} hard={} | {} sisimai_hardbounce={} suppress={} | {} | {}",
            v.row.file,
            v.row.reason,
            v.row.hardbounce,
            v.reason,
            v.sisimai_hardbounce,
            v.suppress,
            v.evidence,
            diag
        );
    }
    out
}
