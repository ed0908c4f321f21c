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
pub fn python_env(root: &Path) -> Result<PathBuf, String> {
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
        "pytest-benchmark>=4",
        "mypy>=1.10",
        "hypothesis>=6",
        // Optional at run time: only the Arrow functions use it.
        "pyarrow>=14",
    ];
    setup(root, &python, &[&pip[..], &tools[..]].concat())?;
    // The wheel is built once, into target/wheels, and installed from there: the Spark
    // suite installs the same file into its own environment.
    let maturin = venv.join("bin/maturin");
    let build = [
        "build",
        "--quiet",
        "--release",
        "--locked",
        "--out",
        "target/wheels",
        "--manifest-path",
        "bindings/python/Cargo.toml",
    ];
    setup(root, &maturin, &build)?;
    let wheel = wheel(root)?;
    let install = [
        "--force-reinstall",
        "--no-deps",
        wheel.to_str().expect("utf-8 path"),
    ];
    setup(root, &python, &[&pip[..], &install[..]].concat())?;
    Ok(python)
}

/// The Python package's wheel that `python_env` built (the newest in `target/wheels`).
pub fn wheel(root: &Path) -> Result<PathBuf, String> {
    let dir = root.join("target/wheels");
    let mut wheels: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("smtp_codes-") && n.ends_with(".whl"))
        })
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    wheels.sort();
    wheels
        .pop()
        .map(|(_, p)| p)
        .ok_or_else(|| format!("no smtp_codes wheel in {}", dir.display()))
}

/// The Spark job (`examples/spark/`): `run_test.sh` makes `target/spark-venv` (PySpark
/// 3.5 and pyarrow from PyPI, Java 17 from Debian's packages when missing), installs the
/// wheel `python_env` built, and runs the job in local mode on a generated million-line log
/// and the real logs, against the CLI.
fn spark_tests(root: &Path, tally: &mut Tally) -> Result<(), String> {
    python_env(root)?;
    run(
        root,
        &cargo(),
        &["build", "-q", "-p", "smtp-codes-cli"],
        &[],
        tally,
    )?;
    let wheel = wheel(root)?;
    let cli = root.join("target/debug/smtp-codes");
    let env = [
        ("SMTP_CODES_WHEEL", wheel.as_path()),
        ("SMTP_CODES_CLI", cli.as_path()),
    ];
    run(
        root,
        &root.join("examples/spark/run_test.sh"),
        &["-q"],
        &env,
        tally,
    )
}

/// Output of a command that must succeed.
fn output(
    dir: &Path,
    program: &str,
    args: &[&str],
    env: &[(&str, &Path)],
) -> Result<String, String> {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{program} {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

fn has(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Installs the C library under `target/c-install`, then builds the C and C++ tests against
/// it with `pkg-config`, shared (run under valgrind) and static (built with ASan and UBSan),
/// and checks that the catalog printed from C equals the CLI's `catalog` JSON.
fn c_tests(root: &Path, tally: &mut Tally) -> Result<(), String> {
    let prefix = root.join("target/c-install");
    crate::install_c::install(root, &prefix)?;
    let lib = prefix.join("lib");
    let pc_path = lib.join("pkgconfig");
    let env = [("PKG_CONFIG_PATH", pc_path.as_path())];
    let words = |s: String| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    let cflags = words(output(
        root,
        "pkg-config",
        &["--cflags", "smtp_codes"],
        &env,
    )?);
    let shared_libs = words(output(root, "pkg-config", &["--libs", "smtp_codes"], &env)?);
    let static_libs: Vec<String> = words(output(
        root,
        "pkg-config",
        &["--static", "--libs-only-l", "smtp_codes"],
        &env,
    )?)
    .into_iter()
    .filter(|l| l != "-lsmtp_codes")
    .collect();
    let rpath = format!("-Wl,-rpath,{}", lib.display());
    let out_dir = root.join("target/c-tests");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let tests = root.join("bindings/c/tests");
    let strict = ["-Wall", "-Wextra", "-Wpedantic", "-Werror"];
    let compile = |compiler: &str,
                   std: &str,
                   source: &Path,
                   out: &Path,
                   extra: &[String],
                   libs: &[String]|
     -> Result<(), String> {
        let mut args: Vec<String> = vec![std.into()];
        args.extend(strict.iter().map(|s| s.to_string()));
        args.extend(extra.iter().cloned());
        args.push(source.display().to_string());
        args.extend(cflags.iter().cloned());
        args.extend(libs.iter().cloned());
        args.extend(["-o".into(), out.display().to_string()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        setup(root, Path::new(compiler), &args)
    };

    // Shared library, under valgrind when it is there.
    let shared = out_dir.join("test_api_shared");
    let mut libs = shared_libs.clone();
    libs.push(rpath.clone());
    compile(
        "cc",
        "-std=c99",
        &tests.join("test_api.c"),
        &shared,
        &[],
        &libs,
    )?;
    if has("valgrind") {
        let args = [
            "-q",
            "--error-exitcode=1",
            "--leak-check=full",
            "--errors-for-leak-kinds=definite",
            shared.to_str().unwrap(),
            "c-shared-valgrind",
        ];
        run(root, Path::new("valgrind"), &args, &[], tally)?;
    } else {
        println!("xtask: valgrind not found; running the shared-library test without it");
        run(root, &shared, &["c-shared"], &[], tally)?;
    }

    // Static library, with AddressSanitizer and UndefinedBehaviorSanitizer.
    let stat = out_dir.join("test_api_static");
    let mut libs = vec![lib.join("libsmtp_codes.a").display().to_string()];
    libs.extend(static_libs.iter().cloned());
    let sanitize = [
        "-fsanitize=address,undefined",
        "-fno-sanitize-recover=all",
        "-fno-omit-frame-pointer",
        "-g",
    ]
    .map(String::from);
    compile(
        "cc",
        "-std=c99",
        &tests.join("test_api.c"),
        &stat,
        &sanitize,
        &libs,
    )?;
    run(root, &stat, &["c-static-asan-ubsan"], &[], tally)?;

    // The header as C++.
    let cpp = out_dir.join("cpp_header");
    let mut libs = shared_libs.clone();
    libs.push(rpath.clone());
    compile(
        "c++",
        "-std=c++11",
        &tests.join("cpp_header.cpp"),
        &cpp,
        &[],
        &libs,
    )?;
    run(root, &cpp, &[], &[], tally)?;

    // The catalog seen from C equals the CLI's reference JSON.
    let json = out_dir.join("catalog_json");
    compile(
        "cc",
        "-std=c99",
        &tests.join("catalog_json.c"),
        &json,
        &[],
        &libs,
    )?;
    let from_c: serde_json::Value =
        serde_json::from_str(&output(root, json.to_str().unwrap(), &[], &[])?)
            .map_err(|e| format!("catalog_json printed invalid JSON: {e}"))?;
    let cli = root.join("target/debug/smtp-codes");
    let from_cli: serde_json::Value =
        serde_json::from_str(&output(root, cli.to_str().unwrap(), &["catalog"], &[])?)
            .map_err(|e| format!("smtp-codes catalog printed invalid JSON: {e}"))?;
    let same = from_c == from_cli;
    println!(
        "c-catalog-identity: {} passed, {} failed",
        same as u8, !same as u8
    );
    tally.passed += same as u64;
    tally.failed += !same as u64;
    if !same {
        return Err(
            "the catalog printed through the C API differs from `smtp-codes catalog`".into(),
        );
    }

    // The example builds with the README's line and runs.
    let example = out_dir.join("lookup");
    compile(
        "cc",
        "-std=c99",
        &root.join("examples/c/lookup.c"),
        &example,
        &[],
        &libs,
    )?;
    let printed = output(
        root,
        example.to_str().unwrap(),
        &["550", "421 4.7.0 Try again later"],
        &[],
    )?;
    let ok = printed.contains("550 Requested action not taken") && printed.contains("retry: yes");
    println!("c-example: {} passed, {} failed", ok as u8, !ok as u8);
    tally.passed += ok as u64;
    tally.failed += !ok as u64;
    if ok {
        Ok(())
    } else {
        Err(format!("examples/c/lookup printed:\n{printed}"))
    }
}

/// The suites `cargo xtask test` runs, in order; naming some runs only those.
pub const SUITES: [&str; 6] = ["rust", "python", "c", "mta", "spark", "fuzz"];

pub fn test(only: &[&str]) -> Result<(), String> {
    for name in only {
        if !SUITES.contains(name) {
            return Err(format!("unknown suite {name:?}; suites: {SUITES:?}"));
        }
    }
    let wanted = |suite: &str| only.is_empty() || only.contains(&suite);
    let root = workspace_root();
    let mut tally = Tally::default();
    let result = (|| {
        if wanted("rust") {
            rust_tests(&root, &mut tally)?;
        }
        type Suite = fn(&Path, &mut Tally) -> Result<(), String>;
        let suites: [(&str, Suite); 4] = [
            ("python", python_tests),
            ("c", c_tests),
            ("mta", mta_tests),
            ("spark", spark_tests),
        ];
        for (name, suite) in suites {
            if wanted(name) {
                let before = (tally.passed, tally.failed);
                suite(&root, &mut tally)?;
                println!(
                    "\n{name}: {} passed, {} failed",
                    tally.passed - before.0,
                    tally.failed - before.1
                );
            }
        }
        if wanted("fuzz") {
            // A smoke run of every fuzz target (the sustained runs: `cargo xtask fuzz`).
            let fuzzed = crate::fuzz::run(&root, &crate::testdata_dir(), 3, &crate::fuzz::TARGETS)?;
            tally.passed += fuzzed.len() as u64;
            println!("\nfuzz smoke: {} passed, 0 failed", fuzzed.len());
        }
        Ok(())
    })();
    println!("\n{} passed, {} failed", tally.passed, tally.failed);
    result
}

/// Real MTAs: `tests/mta/run.py` drives a private Postfix and a private Exim on loopback
/// into every kind of delivery result (installing Postfix and unpacking Exim when missing;
/// it needs root), then `tests/mta/check.py` checks `smtp-codes logs`, `explain
/// --each-line` and `bounce` against their real logs and bounces.
fn mta_tests(root: &Path, tally: &mut Tally) -> Result<(), String> {
    let python = std::env::var_os("PYTHON").map_or_else(|| PathBuf::from("python3"), PathBuf::from);
    run(
        root,
        &cargo(),
        &["build", "-q", "-p", "smtp-codes-cli"],
        &[],
        tally,
    )?;
    let out = root.join("target/mta-out");
    let harness = Command::new(&python)
        .arg(root.join("tests/mta/run.py"))
        .arg(&out)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run tests/mta/run.py: {e}"))?;
    if !harness.success() {
        tally.failed += 1;
        return Err("tests/mta/run.py failed (it needs root: it installs Postfix and starts MTAs on loopback; `cargo xtask test rust python c fuzz` skips it)".into());
    }
    tally.passed += 1;
    let check = Command::new(&python)
        .arg(root.join("tests/mta/check.py"))
        .arg(&out)
        .arg(root.join("target/debug/smtp-codes"))
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run tests/mta/check.py: {e}"))?;
    let stdout = String::from_utf8_lossy(&check.stdout);
    print!("{stdout}");
    let checked = stdout.lines().filter(|l| l.starts_with("check:")).count() as u64;
    let failed = stdout.lines().filter(|l| l.starts_with("FAIL:")).count() as u64;
    tally.passed += checked;
    tally.failed += failed;
    if !check.status.success() {
        return Err(format!("tests/mta/check.py: {failed} failures"));
    }
    Ok(())
}

/// Unit, integration, doc and property tests of every crate, and the serde feature.
fn rust_tests(root: &Path, tally: &mut Tally) -> Result<(), String> {
    let before = (tally.passed, tally.failed);
    run(
        root,
        &cargo(),
        &["test", "--workspace", "--all-targets"],
        &[],
        tally,
    )?;
    run(
        root,
        &cargo(),
        &["test", "--workspace", "--doc"],
        &[],
        tally,
    )?;
    // The optional serde support.
    let serde = ["test", "-p", "smtp-codes", "--features", "serde", "--lib"];
    run(root, &cargo(), &serde, &[], tally)?;
    println!(
        "\nrust: {} passed, {} failed",
        tally.passed - before.0,
        tally.failed - before.1
    );
    Ok(())
}

/// The pytest suite, and the Python benchmarks run once each as tests.
fn python_tests(root: &Path, tally: &mut Tally) -> Result<(), String> {
    let python = python_env(root)?;
    let cli = root.join("target/debug/smtp-codes");
    if !cli.exists() {
        run(
            root,
            &cargo(),
            &["build", "-p", "smtp-codes-cli"],
            &[],
            tally,
        )?;
    }
    let tests = root.join("bindings/python/tests");
    let benches = root.join("bindings/python/benches");
    let quiet = ["-m", "pytest", "-q", "-p", "no:cacheprovider"];
    // Run from a neutral directory so `import smtp_codes` finds the installed package.
    let neutral = root.join("target");
    let args = [&quiet[..], &[tests.to_str().expect("utf-8 path")]].concat();
    run(&neutral, &python, &args, &[("SMTP_CODES_CLI", &cli)], tally)?;
    // The Python benchmarks, each run once as a test (the timed runs: `cargo xtask bench`).
    let args = [
        &quiet[..],
        &["--benchmark-disable", benches.to_str().expect("utf-8 path")],
    ]
    .concat();
    run(&neutral, &python, &args, &[], tally)
}
