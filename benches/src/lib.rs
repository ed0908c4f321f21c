//! The benchmark corpus, built from the repository's `testdata/`: every raw reply the peer libraries'
//! tests parse successfully, the multi-line rejections quoted in real bounces, EHLO replies
//! and pipelined buffers, all with CRLF line endings (which every parser measured accepts).

use std::path::{Path, PathBuf};

/// The repository's `testdata/` (provenance and licences in its README).
pub fn testdata_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

fn unescape(s: &str) -> String {
    s.replace("\\r", "\r")
        .replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\\\", "\\")
}

/// Bare LF becomes CRLF; a missing final line ending is added.
fn crlf(s: &str) -> String {
    let mut out = s.replace("\r\n", "\n").replace('\n', "\r\n");
    if !out.ends_with("\r\n") {
        out.push_str("\r\n");
    }
    out
}

/// The replies to parse, one complete reply each.
pub fn replies(testdata: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let vectors =
        std::fs::read_to_string(testdata.join("parse_vectors.tsv")).expect("parse_vectors.tsv");
    for line in vectors.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f[1] == "yes" && f[0].len() < 4000 {
            out.push(crlf(&unescape(f[0])));
        }
    }
    let bounces = std::fs::read_to_string(testdata.join("sisimai/sisimai_expected.tsv"))
        .expect("sisimai_expected.tsv");
    for line in bounces.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let extract = f[8];
        if extract != "-" && extract.as_bytes()[0].is_ascii_digit() {
            out.push(crlf(&extract.replace("\\r\\n", "\n")));
        }
    }
    // Keep the replies every parser accepts as one strict reply, so all do the same work.
    out.retain(|r| smtp_codes::Reply::parse(r.as_bytes()).is_ok_and(|(_, used)| used == r.len()));
    out
}

/// The diagnostics of real bounces, for explain.
pub fn diagnostics(testdata: &Path) -> Vec<String> {
    let bounces = std::fs::read_to_string(testdata.join("sisimai/sisimai_expected.tsv"))
        .expect("sisimai_expected.tsv");
    bounces
        .lines()
        .skip(1)
        .map(|l| l.split('\t').nth(7).unwrap_or("-").to_string())
        .filter(|d| d != "-")
        .collect()
}

pub mod message;
