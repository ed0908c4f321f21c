//! `cargo xtask fuzz [--seconds N] [TARGET...]`: runs the cargo-fuzz targets of `fuzz/` with
//! libFuzzer and AddressSanitizer, seeded from `testdata/` (the peer libraries' raw
//! replies, the bounce diagnostics and the bounce messages of sisimai's corpus, the real MTA
//! logs of `testdata/logs/`) and the
//! catalog's own codes. Installs cargo-fuzz when it is missing. The stable toolchain builds
//! the targets with `RUSTC_BOOTSTRAP=1`, which cargo-fuzz's sanitizer flags need. The build
//! is `cargo fuzz run -O`: `fuzz/Cargo.toml`'s release profile turns debug assertions and
//! overflow checks on for smtp-codes and the targets (off for mail-parser's own
//! `debug_assert!`, which malformed MIME reaches).

use std::path::{Path, PathBuf};
use std::process::Command;

pub const TARGETS: [&str; 7] = [
    "reply_parse",
    "enhanced_parse",
    "bounce_text",
    "explain",
    "reply_builder",
    "message_read",
    "log_lines",
];

fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        match (b, b == b'\\') {
            (_, false) => out.push(b),
            (_, true) => match bytes.next() {
                Some(b'r') => out.push(b'\r'),
                Some(b'n') => out.push(b'\n'),
                Some(b't') => out.push(b'\t'),
                Some(other) => out.push(other),
                None => out.push(b'\\'),
            },
        }
    }
    out
}

/// Every `.eml` file under `dir` (sisimai's bounces and the messages that are not bounces),
/// in a stable order.
fn emails(dir: &Path) -> Result<Vec<Vec<u8>>, String> {
    let mut paths = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "eml") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display())))
        .collect()
}

/// Every line of the `.log` files under `dir`, in a stable order.
fn logs(dir: &Path) -> Result<Vec<String>, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "log"))
        .collect();
    paths.sort();
    let mut lines = Vec::new();
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        lines.extend(text.lines().map(str::to_string));
    }
    Ok(lines)
}

/// Writes the seed corpora under `target/fuzz-corpus/<target>/`.
fn seeds(root: &Path, testdata: &Path) -> Result<PathBuf, String> {
    let dir = root.join("target/fuzz-corpus");
    let read = |name: &str| {
        std::fs::read_to_string(testdata.join(name)).map_err(|e| format!("{name}: {e}"))
    };
    let replies: Vec<Vec<u8>> = read("parse_vectors.tsv")?
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(unescape)
        .collect();
    let diagnostics: Vec<Vec<u8>> = read("sisimai/sisimai_expected.tsv")?
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(7))
        .filter(|d| *d != "-")
        .map(|d| d.as_bytes().to_vec())
        .collect();
    let enhanced: Vec<Vec<u8>> = [
        "2.0.0", "5.1.1", "4.7.0", "5.7.606", "4.4.316", "5.1.10", "5.01.1", "6.8.9",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    let messages = emails(&testdata.join("sisimai/maildir"))?;
    // Real MTA logs, a few lines to a seed (a seed of several lines exercises the reader's
    // memory of queue ids).
    let log_lines: Vec<Vec<u8>> = logs(&testdata.join("logs"))?
        .chunks(4)
        .map(|lines| lines.join("\n").into_bytes())
        .collect();
    for (target, inputs) in [
        ("reply_parse", &replies),
        ("reply_builder", &replies),
        ("enhanced_parse", &enhanced),
        ("bounce_text", &diagnostics),
        ("explain", &diagnostics),
        ("message_read", &messages),
        ("log_lines", &log_lines),
    ] {
        let d = dir.join(target);
        std::fs::create_dir_all(&d).map_err(|e| e.to_string())?;
        for (i, input) in inputs.iter().enumerate() {
            std::fs::write(d.join(format!("seed-{i:04}")), input).map_err(|e| e.to_string())?;
        }
    }
    Ok(dir)
}

fn cargo_fuzz_installed() -> bool {
    Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs each target for `seconds`; returns (target, executions) for each.
pub fn run(
    root: &Path,
    testdata: &Path,
    seconds: u64,
    targets: &[&str],
) -> Result<Vec<(String, u64)>, String> {
    if !cargo_fuzz_installed() {
        println!("xtask: installing cargo-fuzz");
        let ok = Command::new("cargo")
            .args(["install", "--locked", "--quiet", "cargo-fuzz"])
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return Err("cannot install cargo-fuzz".into());
        }
    }
    let corpus = seeds(root, testdata)?;
    let mut results = Vec::new();
    for target in targets {
        println!("xtask: fuzzing {target} for {seconds}s");
        let out = Command::new("cargo")
            .args(["fuzz", "run", "-O", "-s", "address", target])
            .arg(corpus.join(target))
            .args([
                "--",
                &format!("-max_total_time={seconds}"),
                "-print_final_stats=1",
            ])
            .current_dir(root.join("fuzz"))
            .env("RUSTC_BOOTSTRAP", "1")
            .output()
            .map_err(|e| format!("cannot run cargo fuzz: {e}"))?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            // The panic message and the failing input, not the whole log.
            let lines: Vec<&str> = stderr.lines().collect();
            let panic = lines
                .iter()
                .position(|l| l.contains("panicked at"))
                .unwrap_or(lines.len().saturating_sub(20));
            let found = lines
                .iter()
                .filter(|l| l.contains("Failing input") || l.contains("artifact"));
            let shown: Vec<&str> = lines[panic..]
                .iter()
                .take(8)
                .chain(found)
                .copied()
                .collect();
            return Err(format!(
                "fuzz target {target} failed:\n{}",
                shown.join("\n")
            ));
        }
        let runs = stderr
            .lines()
            .find_map(|l| l.strip_prefix("stat::number_of_executed_units:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0);
        let cov = stderr
            .lines()
            .rev()
            .find(|l| l.contains("cov:"))
            .unwrap_or("")
            .trim();
        println!("fuzz-{target}: {runs} runs, no crash ({cov})");
        results.push((target.to_string(), runs));
    }
    Ok(results)
}
