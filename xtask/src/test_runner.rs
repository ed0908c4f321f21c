//! `cargo xtask test`: every test of the project, Rust then Python, installing what the
//! Python side needs into a virtual environment under `target/`. Prints one closing line,
//! `N passed, N failed`, over all suites.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use xtask::workspace_root;

/// Passed and failed test counts, added up over every suite.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    /// Reads cargo's `test result: ok. 8 passed; 0 failed; ...` and pytest's
    /// `3 failed, 25 passed in 3.59s` closing lines.
    fn read(&mut self, line: &str) {
        let line = line.trim().trim_matches('=').trim();
        let rest = match line.strip_prefix("test result: ") {
            Some(rest) => rest,
            None if line.contains(" passed") || line.contains(" failed") => line,
            None => return,
        };
        let words: Vec<&str> = rest
            .split([' ', ';', ','])
            .filter(|w| !w.is_empty())
            .collect();
        for pair in words.windows(2) {
            let Ok(n) = pair[0].parse::<u64>() else {
                continue;
            };
            match pair[1] {
                "passed" => self.passed += n,
                "failed" => self.failed += n,
                _ => {}
            }
        }
    }
}

/// Runs a command, echoing its standard output and counting test results.
fn run(
    dir: &Path,
    program: &Path,
    args: &[&str],
    env: &[(&str, &Path)],
    tally: &mut Tally,
) -> Result<(), String> {
    println!("xtask: running {} {}", program.display(), args.join(" "));
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir).stdout(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    let stdout = child.stdout.take().expect("piped");
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| e.to_string())?;
        tally.read(&line);
        println!("{line}");
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "{} {} failed: {status}",
            program.display(),
            args.join(" ")
        ))
    }
}

/// A command whose output is not test results.
fn setup(dir: &Path, program: &Path, args: &[&str]) -> Result<(), String> {
    run(dir, program, args, &[], &mut Tally::default())
}

fn cargo() -> PathBuf {
    std::env::var_os("CARGO").map_or_else(|| PathBuf::from("cargo"), PathBuf::from)
}

/// Makes `target/python-venv` with maturin, pytest, mypy and hypothesis, and installs the
/// package from `bindings/python` into it. Returns the venv's python.
fn python_env(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join("target/python-venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        let system =
            std::env::var_os("PYTHON").map_or_else(|| PathBuf::from("python3"), PathBuf::from);
        setup(
            root,
            &system,
            &["-m", "venv", venv.to_str().expect("utf-8 path")],
        )?;
    }
    let pip = [
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
    ];
    let tools = [
        "maturin>=1.7,<2",
        "pytest>=7",
        "mypy>=1.10",
        "hypothesis>=6",
    ];
    setup(root, &python, &[&pip[..], &tools[..]].concat())?;
    setup(root, &python, &[&pip[..], &["./bindings/python"]].concat())?;
    Ok(python)
}

pub fn test() -> Result<(), String> {
    let root = workspace_root();
    let mut tally = Tally::default();
    let result = (|| {
        run(
            &root,
            &cargo(),
            &["test", "--workspace", "--all-targets"],
            &[],
            &mut tally,
        )?;
        run(
            &root,
            &cargo(),
            &["test", "--workspace", "--doc"],
            &[],
            &mut tally,
        )?;
        let rust = (tally.passed, tally.failed);
        println!("\nrust: {} passed, {} failed", rust.0, rust.1);

        let python = python_env(&root)?;
        let cli = root.join("target/debug/smtp-codes");
        let tests = root.join("bindings/python/tests");
        let args = [
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            tests.to_str().expect("utf-8 path"),
        ];
        // Run from a neutral directory so `import smtp_codes` finds the installed package.
        run(
            &root.join("target"),
            &python,
            &args,
            &[("SMTP_CODES_CLI", &cli)],
            &mut tally,
        )?;
        println!(
            "\npython: {} passed, {} failed",
            tally.passed - rust.0,
            tally.failed - rust.1
        );
        Ok(())
    })();
    println!("\n{} passed, {} failed", tally.passed, tally.failed);
    result
}
