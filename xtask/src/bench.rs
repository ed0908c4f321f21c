//! `cargo xtask bench`: every benchmark in one run: the Rust ones against peer crates
//! (criterion, `benches/`), reading whole bounce messages (criterion, with a table of time
//! per message, per MB and per recipient at each size), the Python ones (pytest-benchmark),
//! and explain against sisimai's own matcher (Debian's libsisimai-perl) on the corpus
//! diagnostics.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// Whole processes on the same file: `smtp-codes explain --each-line --json` against a perl
/// process that matches every line with sisimai. Returns (ours, sisimai) in seconds.
fn whole_process(root: &Path, file: &Path) -> Result<(f64, f64), String> {
    let cli = root.join("target/release/smtp-codes");
    let time = |cmd: &mut Command| -> Result<f64, String> {
        let input = std::fs::File::open(file).map_err(|e| e.to_string())?;
        let start = Instant::now();
        let status = cmd
            .stdin(input)
            .stdout(Stdio::null())
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("{cmd:?} failed"));
        }
        Ok(start.elapsed().as_secs_f64())
    };
    let ours = time(Command::new(&cli).args(["explain", "--each-line", "--json"]))?;
    let theirs = time(Command::new("perl").args([
        "-MSisimai::Reason",
        "-ne",
        "chomp; print((Sisimai::Reason->match($_) // 'undefined'), \"\\n\")",
    ]))?;
    Ok((ours, theirs))
}

/// The best of five whole-process runs of the CLI with `args` on `file`, on one core
/// (`taskset -c 0` where it exists), in seconds.
fn best_of_five(root: &Path, file: &Path, args: &[&str]) -> Result<f64, String> {
    let cli = root.join("target/release/smtp-codes");
    let pinned = Command::new("taskset")
        .arg("-V")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let input = std::fs::File::open(file).map_err(|e| e.to_string())?;
        let mut cmd = if pinned {
            let mut c = Command::new("taskset");
            c.args(["-c", "0"]).arg(&cli);
            c
        } else {
            Command::new(&cli)
        };
        let start = Instant::now();
        let status = cmd
            .args(args)
            .stdin(input)
            .stdout(Stdio::null())
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("smtp-codes {args:?} failed"));
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    Ok(best)
}

/// `cargo xtask bench logs`: the release CLI, then [`logs_against_pflogsumm`].
pub fn logs(root: &Path, testdata: &Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .args(["build", "--quiet", "--release", "-p", "smtp-codes-cli"])
        .current_dir(root)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("building the CLI failed".into());
    }
    logs_against_pflogsumm(root, testdata)
}

/// Whole-process time and peak memory of a command, from `/usr/bin/time` (GNU time).
fn timed(cmd: &mut Command) -> Result<(f64, u64), String> {
    let out = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("{cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.lines().last().unwrap_or("");
    let mut parts = last.split_whitespace();
    let seconds = parts.next().and_then(|s| s.parse().ok()).ok_or("no time")?;
    let kb = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or("no memory")?;
    Ok((seconds, kb))
}

/// `smtp-codes logs --json` and `--summary` on a Postfix log made by `gen-log` (1 M lines),
/// whole processes on one core, against pflogsumm (Debian's package, installed if missing)
/// on the same file; then peak memory on a 1 GB log.
fn logs_against_pflogsumm(root: &Path, testdata: &Path) -> Result<(), String> {
    println!("\n== smtp-codes logs against pflogsumm, whole processes on one core");
    let file = root.join("target/bench-postfix.log");
    crate::gen_log::run(testdata, 1_000_000, Some(&file))?;
    let mb = std::fs::metadata(&file).map_err(|e| e.to_string())?.len() as f64 / 1e6;
    for args in [
        &["logs", "--json", "--year", "2026"][..],
        &["logs", "--summary", "--year", "2026"],
    ] {
        let s = best_of_five(root, &file, args)?;
        println!(
            "smtp-codes {}: {s:.3} s, {:.0} MB/s ({mb:.0} MB)",
            args.join(" "),
            mb / s
        );
    }
    let have = |p: &str| {
        Command::new("sh")
            .args(["-c", &format!("command -v {p}")])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !have("pflogsumm") {
        println!("xtask: installing pflogsumm (Debian package)");
        let _ = Command::new("apt-get")
            .args(["install", "-y", "-q", "pflogsumm"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdout(Stdio::null())
            .status();
    }
    let time = Path::new("/usr/bin/time");
    if have("pflogsumm") && time.exists() {
        let cli = root.join("target/release/smtp-codes");
        let (theirs, their_kb) = timed(
            Command::new(time)
                .args(["-f", "%e %M", "taskset", "-c", "0", "pflogsumm"])
                .arg(&file),
        )?;
        let (ours, our_kb) = timed(
            Command::new(time)
                .args(["-f", "%e %M", "taskset", "-c", "0"])
                .arg(&cli)
                .args(["logs", "--summary", "--year", "2026"])
                .arg(&file),
        )?;
        println!(
            "pflogsumm {theirs:.2} s ({:.0} MB/s, {} MB peak); smtp-codes logs --summary {ours:.2} s ({:.0} MB/s, {} MB peak): {:.1}x",
            mb / theirs,
            their_kb / 1024,
            mb / ours,
            our_kb / 1024,
            theirs / ours
        );
        // Streaming: a 1 GB log in bounded memory.
        let big = root.join("target/bench-postfix-1g.log");
        crate::gen_log::run(testdata, 8_000_000, Some(&big))?;
        let gb = std::fs::metadata(&big).map_err(|e| e.to_string())?.len() as f64 / 1e9;
        for args in [&["logs", "--summary"][..], &["logs", "--json"]] {
            let (s, kb) = timed(
                Command::new(time)
                    .args(["-f", "%e %M"])
                    .arg(&cli)
                    .args(args)
                    .arg(&big),
            )?;
            println!(
                "smtp-codes {} on {gb:.2} GB: {s:.1} s, {} MB peak memory",
                args.join(" "),
                kb / 1024
            );
        }
        let _ = std::fs::remove_file(&big);
    } else {
        println!("pflogsumm or /usr/bin/time is missing: no comparison");
    }
    Ok(())
}

/// `explain --each-line --json` on the corpus diagnostics repeated 100 times: input
/// megabytes per second on one core, compact and with `--details`.
fn each_line_throughput(root: &Path, texts: &[String]) -> Result<(), String> {
    let file = root.join("target/bench-diagnostics-x100.txt");
    let many: String = (0..100)
        .flat_map(|_| texts.iter().map(|t| format!("{t}\n")))
        .collect();
    std::fs::write(&file, &many).map_err(|e| e.to_string())?;
    let mb = many.len() as f64 / 1e6;
    for args in [
        &["explain", "--each-line", "--json"][..],
        &["explain", "--each-line", "--json", "--details"],
    ] {
        let seconds = best_of_five(root, &file, args)?;
        println!(
            "throughput, {} lines ({mb:.2} MB): smtp-codes {} {seconds:.3} s = {:.1} MB/s",
            texts.len() * 100,
            args.join(" "),
            mb / seconds
        );
    }
    Ok(())
}

/// A criterion result: the mean time in nanoseconds and the throughput (bytes or elements)
/// of `target/criterion/<group>/read/<id>/new/`.
fn criterion_mean(root: &Path, group: &str, id: &str) -> Result<(f64, f64), String> {
    let dir = root
        .join("target/criterion")
        .join(group)
        .join("read")
        .join(id)
        .join("new");
    let json = |name: &str| -> Result<serde_json::Value, String> {
        let path = dir.join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mean = json("estimates.json")?["mean"]["point_estimate"]
        .as_f64()
        .ok_or(format!("{group}/{id}: no mean"))?;
    let bench = json("benchmark.json")?;
    let units = ["Bytes", "Elements"]
        .iter()
        .find_map(|k| bench["throughput"][k].as_f64())
        .ok_or(format!("{group}/{id}: no throughput"))?;
    Ok((mean, units))
}

fn duration(ns: f64) -> String {
    match ns {
        n if n >= 1e9 => format!("{:.2} s", n / 1e9),
        n if n >= 1e6 => format!("{:.2} ms", n / 1e6),
        n if n >= 1e3 => format!("{:.1} µs", n / 1e3),
        n => format!("{n:.0} ns"),
    }
}

/// The message benchmarks' figures, from criterion's results: per message over the corpus,
/// and per MB or per recipient at each size, with the ratio of the largest size's cost per
/// unit to that at the reference size (1 MB, 100 recipients): about 1 when time is linear.
fn message_table(root: &Path, testdata: &Path) -> Result<(), String> {
    let dir = testdata.join("sisimai/maildir/bsd");
    let mut messages = 0;
    let mut bytes = 0;
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|x| x == "eml") {
            messages += 1;
            bytes += std::fs::metadata(&path).map_err(|e| e.to_string())?.len();
        }
    }
    let (corpus, _) = criterion_mean(root, "message_corpus", &messages.to_string())?;
    println!(
        "corpus: {messages} messages, {:.2} MB: {} in all, {} per message, {:.0} MB/s",
        bytes as f64 / 1e6,
        duration(corpus),
        duration(corpus / messages as f64),
        bytes as f64 / 1e6 / (corpus / 1e9)
    );
    let sizes = ["1000", "10000", "100000", "1000000", "10000000", "50000000"];
    let recipients = ["1", "10", "100", "1000", "10000"];
    for (group, ids, unit, per, reference, label) in [
        ("message_size", &sizes[..], "MB", 1e6, "1000000", "1 MB"),
        (
            "message_dsn_recipients",
            &recipients[..],
            "recipient",
            1.0,
            "100",
            "100",
        ),
        (
            "message_qmail_recipients",
            &recipients[..],
            "recipient",
            1.0,
            "100",
            "100",
        ),
    ] {
        let (base_ns, base_units) = criterion_mean(root, group, reference)?;
        let base = base_ns / (base_units / per);
        println!("{group}:");
        let mut last = 1.0;
        for id in ids {
            let (ns, units) = criterion_mean(root, group, id)?;
            let each = ns / (units / per);
            last = each / base;
            let size = match units {
                u if per == 1.0 => format!("{u}"),
                u if u >= 1e6 => format!("{:.1} MB", u / 1e6),
                u => format!("{:.1} KB", u / 1e3),
            };
            println!(
                "  {size:>9}: {:>10}, {:>10} per {unit} ({last:.2}x that at {label})",
                duration(ns),
                duration(each)
            );
        }
        println!(
            "  {}: the largest costs {last:.2}x per {unit} what {label} does",
            if last <= 1.5 { "linear" } else { "NOT linear" }
        );
    }
    Ok(())
}

pub fn run(root: &Path, testdata: &Path, python: Option<&Path>) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    println!("== Rust (criterion): smtp-codes against http, lettre and smtp-proto");
    let status = Command::new(&cargo)
        .args(["bench", "-p", "smtp-codes-bench", "--bench", "peers"])
        .current_dir(root)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("cargo bench failed".into());
    }

    println!("\n== Rust (criterion): reading whole bounce messages");
    let status = Command::new(&cargo)
        .args(["bench", "-p", "smtp-codes-bench", "--bench", "message"])
        .current_dir(root)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("cargo bench --bench message failed".into());
    }
    message_table(root, testdata)?;

    println!("\n== explain against sisimai's matcher (Sisimai::Reason->match), same texts");
    let status = Command::new(&cargo)
        .args([
            "run",
            "--quiet",
            "--release",
            "-p",
            "smtp-codes-eval",
            "--",
            "--bench-sisimai",
        ])
        .current_dir(root)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("smtp-codes-eval --bench-sisimai failed".into());
    }
    let tsv = std::fs::read_to_string(testdata.join("sisimai/sisimai_expected.tsv"))
        .map_err(|e| e.to_string())?;
    let texts: Vec<String> = tsv
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(7))
        .filter(|d| *d != "-")
        .map(String::from)
        .collect();

    let status = Command::new(&cargo)
        .args(["build", "--quiet", "--release", "-p", "smtp-codes-cli"])
        .current_dir(root)
        .status()
        .map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("building the CLI failed".into());
    }
    let file = root.join("target/bench-diagnostics.txt");
    let many: String = (0..20)
        .flat_map(|_| texts.iter().map(|t| format!("{t}\n")))
        .collect();
    std::fs::write(&file, many).map_err(|e| e.to_string())?;
    let (ours, theirs) = whole_process(root, &file)?;
    println!(
        "whole process, {} lines: smtp-codes explain --each-line --json {ours:.3} s, perl + sisimai {theirs:.3} s ({:.1}x)",
        texts.len() * 20,
        theirs / ours
    );
    each_line_throughput(root, &texts)?;
    logs_against_pflogsumm(root, testdata)?;

    if let Some(python) = python {
        println!("\n== Python (pytest-benchmark)");
        let benches = root.join("bindings/python/benches");
        let status = Command::new(python)
            .args([
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "--benchmark-only",
                "-s",
            ])
            .arg("--benchmark-columns=min,mean,median,ops")
            .arg(&benches)
            .current_dir(root.join("target"))
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err("python benchmarks failed".into());
        }
    }
    Ok(())
}
