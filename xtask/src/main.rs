//! `cargo xtask <task>`: see `cargo xtask help`.

mod install_c;
mod test_runner;

use std::process::ExitCode;
use xtask::{generate, stale, workspace_root, CATALOG};

const HELP: &str = "\
usage: cargo xtask <task>

tasks:
  codegen [--check]   generate code and docs from data/smtp-codes.yaml;
                      --check writes nothing and fails if a generated file is stale
  test                run every test of the project (Rust, Python, C)
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
        ["test"] => test_runner::test(),
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
