//! `smtp-codes-eval`: prints the agreement report (see the library docs). With `--sisimai`,
//! also runs sisimai's own text matcher (`Sisimai::Reason->match`, Debian's
//! libsisimai-perl) over the same diagnostics and prints its agreement.

use smtp_codes_eval::{judge, load, report, testdata_dir};
use std::io::Write;
use std::process::{Command, ExitCode, Stdio};

/// sisimai's reason for each text, one per line in and out.
fn sisimai_matches(texts: &[String]) -> Result<Vec<String>, String> {
    let script = "use Sisimai::Reason; $| = 1; while (my $l = <STDIN>) { chomp $l; \
                  my $r = Sisimai::Reason->match($l); print((defined $r && length $r ? $r : 'undefined'), \"\\n\"); }";
    let mut child = Command::new("perl")
        .args(["-e", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run perl: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let input: String = texts
        .iter()
        .map(|t| format!("{}\n", t.replace('\n', " ")))
        .collect();
    let writer = std::thread::spawn(move || {
        let result = stdin.write_all(input.as_bytes());
        drop(stdin); // end of input: perl's loop ends
        result
    });
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "writer panicked")?
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err("perl -MSisimai::Reason failed (apt-get install libsisimai-perl)".into());
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(String::from)
        .collect())
}

/// Runs `Sisimai::Reason->match` over `texts` `rounds` times inside one perl process and
/// returns the nanoseconds per text, timed by perl around the loop only.
fn sisimai_ns_per_text(texts: &[String], rounds: usize) -> Result<f64, String> {
    let script = format!(
        "use Sisimai::Reason; use Time::HiRes qw(time); my @t = <STDIN>; chomp @t; \
         my $start = time; for (1..{rounds}) {{ Sisimai::Reason->match($_) for @t; }} \
         printf(\"%.1f\\n\", (time - $start) * 1e9 / ({rounds} * scalar @t));"
    );
    let mut child = Command::new("perl")
        .args(["-e", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run perl: {e}"))?;
    let input: String = texts.iter().map(|t| format!("{t}\n")).collect();
    let mut stdin = child.stdin.take().expect("piped");
    stdin
        .write_all(input.as_bytes())
        .map_err(|e| e.to_string())?;
    drop(stdin);
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err("perl -MSisimai::Reason failed: apt-get install libsisimai-perl".into());
    }
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .map_err(|e| format!("perl printed no timing: {e}"))
}

/// Times explain and sisimai's matcher on the same texts, in process.
fn bench_sisimai(texts: &[String]) -> Result<(), String> {
    let rounds = 20;
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for t in texts {
            std::hint::black_box(smtp_codes::explain::explain(std::hint::black_box(t)).ok());
        }
    }
    let ours = start.elapsed().as_nanos() as f64 / (rounds * texts.len()) as f64;
    let theirs = sisimai_ns_per_text(texts, rounds)?;
    println!(
        "smtp_codes::explain     {ours:>10.1} ns per diagnostic ({} diagnostics x {rounds})",
        texts.len()
    );
    println!("Sisimai::Reason->match  {theirs:>10.1} ns per diagnostic");
    println!("ratio                   {:>10.1}x", theirs / ours);
    Ok(())
}

/// `--messages`: whole bounce messages, smtp-codes and sisimai side by side.
fn messages() -> Result<(), String> {
    use smtp_codes_eval::messages;
    let testdata = testdata_dir();
    let expected = messages::expected(&testdata)?;
    let ours = messages::ours(&testdata, &expected);
    let theirs = match messages::sisimai(&testdata, &expected) {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("smtp-codes-eval: sisimai not run: {e}");
            None
        }
    };
    print!(
        "{}",
        messages::report(&expected, &ours, theirs.as_ref().map(|(t, s)| (t, *s)))
    );
    Ok(())
}

fn main() -> ExitCode {
    if std::env::args().any(|a| a == "--messages") {
        return match messages() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("smtp-codes-eval: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let rows = match load(&testdata_dir()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("smtp-codes-eval: {e}");
            return ExitCode::FAILURE;
        }
    };
    if std::env::args().any(|a| a == "--bench-sisimai") {
        let texts: Vec<String> = rows.iter().map(|r| r.diagnostic.clone()).collect();
        return match bench_sisimai(&texts) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("smtp-codes-eval: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let verdicts = judge(&rows);
    print!("{}", report(&verdicts));
    if std::env::args().any(|a| a == "--sisimai") {
        let texts: Vec<String> = rows.iter().map(|r| r.diagnostic.clone()).collect();
        match sisimai_matches(&texts) {
            Ok(found) => {
                let agree = rows
                    .iter()
                    .zip(&found)
                    .filter(|(r, f)| r.reason == **f)
                    .count();
                println!(
                    "\nsisimai's own matcher (Sisimai::Reason->match) on the same texts: {agree}/{} = {:.1}% exact reason",
                    rows.len(),
                    100.0 * agree as f64 / rows.len() as f64
                );
            }
            Err(e) => {
                eprintln!("smtp-codes-eval: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
