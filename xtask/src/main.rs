//! `cargo xtask <task>`: see `cargo xtask help`.

mod bench;
mod fuzz;
mod gen_log;
mod install_c;
mod test_runner;

use std::process::ExitCode;
use xtask::{generate, stale, workspace_root, CATALOG};

const HELP: &str = "\
usage: cargo xtask <task>

tasks:
  codegen [--check]   generate code and docs from data/smtp-codes.yaml;
                      --check writes nothing and fails if a generated file is stale
  test [SUITE...]     run every test of the project; or only the suites named:
                      rust, python, c, mta (real Postfix and Exim; root),
                      spark (PySpark in local mode), fuzz
  bench               every benchmark: Rust against peer crates, Python,
                      explain against sisimai's matcher, logs against pflogsumm
  bench logs          only `smtp-codes logs` against pflogsumm
  fuzz [--seconds N] [TARGET...]
                      run the fuzz targets (default: all, 60 s each)
  eval [--sisimai]    measure explain against sisimai's expectations on the
                      bounce corpus; --sisimai also runs sisimai's own matcher
  eval --messages     read the whole sample emails and measure the records
                      against sisimai's expectations, beside Sisimai->make
  gen-log --lines N [--out FILE]
                      write a Postfix log of about N lines, made from the
                      test data, for benchmarks and the Spark job
  install-c --prefix DIR
                      build the C library and install include/, lib/ and
                      lib/pkgconfig/smtp_codes.pc under DIR
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen(false),
        ["codegen", "--check"] => codegen(true),
        ["test", suites @ ..] => test_runner::test(suites),
        ["eval", rest @ ..] => eval(rest),
        ["fuzz", rest @ ..] => fuzz_cmd(rest),
        ["bench"] => bench_cmd(),
        ["bench", "logs"] => bench::logs(&workspace_root(), &testdata_dir()),
        ["gen-log", "--lines", n, rest @ ..] => match (n.parse::<usize>(), rest) {
            (Ok(n), []) => gen_log::run(&testdata_dir(), n, None),
            (Ok(n), ["--out", path]) => {
                gen_log::run(&testdata_dir(), n, Some(std::path::Path::new(path)))
            }
            _ => Err("usage: cargo xtask gen-log --lines N [--out FILE]".into()),
        },
        ["install-c", "--prefix", prefix] => {
            install_c::install(&workspace_root(), std::path::Path::new(prefix))
        }
        ["help" | "--help" | "-h"] => {
            print!("{HELP}");
            Ok(())
        }
        _ => {
            eprint!("{HELP}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository's test data (provenance and licences in `testdata/README.md`).
fn testdata_dir() -> std::path::PathBuf {
    workspace_root().join("testdata")
}

fn bench_cmd() -> Result<(), String> {
    let root = workspace_root();
    let python = test_runner::python_env(&root)?;
    bench::run(&root, &testdata_dir(), Some(&python))
}

fn fuzz_cmd(args: &[&str]) -> Result<(), String> {
    let mut seconds = 60;
    let mut targets: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match *arg {
            "--seconds" => {
                seconds = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seconds takes a number")?;
            }
            t if fuzz::TARGETS.contains(&t) => targets.push(t),
            other => {
                return Err(format!(
                    "unknown fuzz target {other:?}; targets: {:?}",
                    fuzz::TARGETS
                ))
            }
        }
    }
    if targets.is_empty() {
        targets = fuzz::TARGETS.to_vec();
    }
    fuzz::run(&workspace_root(), &testdata_dir(), seconds, &targets).map(drop)
}

fn eval(args: &[&str]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = std::process::Command::new(cargo)
        .args(["run", "--quiet", "--release", "-p", "smtp-codes-eval", "--"])
        .args(args)
        .current_dir(workspace_root())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err("smtp-codes-eval failed".into())
    }
}

fn codegen(check: bool) -> Result<(), String> {
    let root = workspace_root();
    let yaml = std::fs::read_to_string(root.join(CATALOG))
        .map_err(|e| format!("cannot read {CATALOG}: {e}"))?;
    let files = generate(&yaml)
        .map_err(|problems| format!("{CATALOG} is invalid:\n  {}", problems.join("\n  ")))?;
    let stale_files = stale(&root, &files);
    if check {
        if stale_files.is_empty() {
            println!("codegen: {} generated files are up to date", files.len());
            return Ok(());
        }
        return Err(format!(
            "generated files are stale, run `cargo xtask codegen`:\n  {}",
            stale_files.join("\n  ")
        ));
    }
    for f in files.iter().filter(|f| stale_files.contains(&f.path)) {
        let path = root.join(f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, &f.contents).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("codegen: wrote {}", f.path);
    }
    println!(
        "codegen: {} generated files, {} rewritten",
        files.len(),
        stale_files.len()
    );
    Ok(())
}
