//! Tests of the generator: every validation rule rejects its malformed fixture with a message
//! naming the entry and the field; the output of a small catalog is snapshot-tested; the
//! committed generated files are fresh; `--check` writes nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn every_malformed_catalog_is_rejected_with_entry_and_field() {
    let mut count = 0;
    let mut paths: Vec<_> = fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        let yaml = fs::read_to_string(&path).unwrap();
        let expect = yaml
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{} lacks an `# expect:` line", path.display()));
        let problems = match xtask::generate(&yaml) {
            Ok(_) => panic!("{} was accepted", path.display()),
            Err(p) => p,
        };
        assert!(
            problems.iter().any(|p| p.contains(expect)),
            "{}: expected a problem containing {expect:?}, got {problems:#?}",
            path.display()
        );
        count += 1;
    }
    assert!(count >= 20, "only {count} malformed fixtures");
}

#[test]
fn the_valid_fixture_is_accepted() {
    let yaml = fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    let files = xtask::generate(&yaml).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(files.len(), 15);
}

#[test]
fn generated_output_of_the_small_catalog() {
    let yaml = fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    for file in xtask::generate(&yaml).unwrap() {
        let name = file.path.replace('/', "__");
        insta::assert_snapshot!(name, file.contents);
    }
}

#[test]
fn committed_generated_files_are_fresh() {
    let root = xtask::workspace_root();
    let yaml = fs::read_to_string(root.join(xtask::CATALOG)).unwrap();
    let files = xtask::generate(&yaml).unwrap_or_else(|p| panic!("{p:#?}"));
    let stale = xtask::stale(&root, &files);
    assert!(
        stale.is_empty(),
        "stale generated files, run `cargo xtask codegen`: {stale:?}"
    );
}

#[test]
fn check_reports_stale_files_and_writes_nothing() {
    let scratch = std::env::temp_dir().join(format!("smtp-codes-check-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(scratch.join("data")).unwrap();
    fs::copy(fixtures().join("valid.yaml"), scratch.join(xtask::CATALOG)).unwrap();
    let generated = scratch.join("crates/smtp-codes/src/generated/catalog.rs");
    fs::create_dir_all(generated.parent().unwrap()).unwrap();
    fs::write(&generated, "// stale\n").unwrap();

    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .env("SMTP_CODES_ROOT", &scratch)
            .output()
            .unwrap()
    };
    let out = run(&["codegen", "--check"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("crates/smtp-codes/src/generated/catalog.rs"),
        "{stderr}"
    );
    assert!(stderr.contains("docs/reply-codes.md"), "{stderr}");
    assert_eq!(fs::read_to_string(&generated).unwrap(), "// stale\n");
    assert!(!scratch.join("docs").exists());

    // Writing makes --check pass.
    assert!(run(&["codegen"]).status.success());
    assert!(run(&["codegen", "--check"]).status.success());
    fs::remove_dir_all(&scratch).unwrap();
}

#[test]
fn invalid_catalog_fails_codegen_without_writing() {
    let scratch = std::env::temp_dir().join(format!("smtp-codes-invalid-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(scratch.join("data")).unwrap();
    fs::copy(
        fixtures().join("invalid/missing_spanish.yaml"),
        scratch.join(xtask::CATALOG),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("codegen")
        .env("SMTP_CODES_ROOT", &scratch)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("(550 MAILBOX_UNAVAILABLE): field `es`"),
        "{stderr}"
    );
    assert!(!scratch.join("crates").exists() && !scratch.join("docs").exists());
    fs::remove_dir_all(&scratch).unwrap();
}

#[test]
fn freshness_ignores_line_endings() {
    let yaml = fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    let files = xtask::generate(&yaml).unwrap();
    let scratch = std::env::temp_dir().join(format!("smtp-codes-crlf-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    for f in &files {
        let path = scratch.join(f.path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, f.contents.replace('\n', "\r\n")).unwrap();
    }
    assert!(xtask::stale(&scratch, &files).is_empty());
    // A real change is still seen.
    let first = scratch.join(files[0].path);
    fs::write(&first, "// changed\r\n").unwrap();
    assert_eq!(xtask::stale(&scratch, &files), vec![files[0].path]);
    fs::remove_dir_all(&scratch).unwrap();
}

#[test]
fn every_generated_file_starts_with_the_one_header() {
    let yaml = fs::read_to_string(fixtures().join("valid.yaml")).unwrap();
    for f in xtask::generate(&yaml).unwrap() {
        // A zsh completion keeps its `#compdef` line first.
        let body = match f.contents.strip_prefix("#compdef") {
            Some(rest) => rest.split_once('\n').map_or("", |(_, r)| r),
            None => &f.contents,
        };
        assert!(body.starts_with(&xtask::header(f.path)), "{}", f.path);
        assert!(f.contents.contains("cargo xtask codegen"), "{}", f.path);
    }
}

#[test]
fn the_bash_completion_is_valid_bash_and_knows_every_subcommand() {
    let root = xtask::workspace_root();
    let path = root.join("docs/completions/smtp-codes.bash");
    let out = Command::new("bash").arg("-n").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let script = fs::read_to_string(&path).unwrap();
    for sub in ["explain", "list", "search", "parse", "catalog"] {
        assert!(script.contains(sub), "{sub}");
    }
    let man = fs::read_to_string(root.join("docs/man/smtp-codes.1")).unwrap();
    assert!(man.contains(".TH smtp-codes 1"));
}
