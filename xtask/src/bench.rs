//! `cargo xtask bench`: every benchmark in one run: the Rust ones against peer crates
//! (criterion, `benches/`), the Python ones (pytest-benchmark), and explain against sisimai's
//! own matcher (Debian's libsisimai-perl) on the corpus diagnostics.

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
