//! `smtp-codes bounce`: bounce messages read from files, directories, mbox files or standard
//! input, one line per recipient (JSON Lines with `--json`).

use crate::human::{label, verdict_cells};
use smtp_codes::message::{read, BounceReport, MessageKind};
use smtp_codes::Lang;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

/// One message to read: where it came from, and its bytes (or why they could not be had).
pub struct Input {
    pub name: String,
    pub bytes: Result<Vec<u8>, String>,
}

/// Every message the paths name, in order: files, every file under a directory (sorted), the
/// messages of an mbox file, standard input for `-`.
pub fn inputs(paths: &[String]) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        if path == "-" {
            let mut buf = Vec::new();
            let bytes = std::io::stdin()
                .read_to_end(&mut buf)
                .map(|_| buf)
                .map_err(|e| format!("cannot read standard input: {e}"));
            push_file(&mut out, "-", bytes);
            continue;
        }
        let p = Path::new(path);
        if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files);
            files.sort();
            for f in files {
                let name = f.display().to_string();
                let bytes = std::fs::read(&f).map_err(|e| format!("{name}: {e}"));
                push_file(&mut out, &name, bytes);
            }
        } else {
            let bytes = std::fs::read(p).map_err(|e| format!("{path}: {e}"));
            push_file(&mut out, path, bytes);
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files);
        } else if path.is_file() {
            files.push(path);
        }
    }
}

/// A file is one message, or an mbox: messages that each start with a `From ` line.
fn push_file(out: &mut Vec<Input>, name: &str, bytes: Result<Vec<u8>, String>) {
    match bytes {
        Ok(b) if b.starts_with(b"From ") => {
            for (i, message) in mbox_messages(&b).into_iter().enumerate() {
                out.push(Input {
                    name: format!("{name}#{}", i + 1),
                    bytes: Ok(message),
                });
            }
        }
        bytes => out.push(Input {
            name: name.to_string(),
            bytes,
        }),
    }
}

/// The messages of an mbox (the `From ` separator lines dropped, `>From ` unquoted).
fn mbox_messages(b: &[u8]) -> Vec<Vec<u8>> {
    let mut messages: Vec<Vec<u8>> = Vec::new();
    let mut at_line_start = true;
    let mut previous_blank = true;
    for line in b.split_inclusive(|&c| c == b'\n') {
        if at_line_start && previous_blank && line.starts_with(b"From ") {
            messages.push(Vec::new());
        } else if let Some(current) = messages.last_mut() {
            match line.strip_prefix(b">") {
                Some(rest) if rest.starts_with(b"From ") => current.extend_from_slice(rest),
                _ => current.extend_from_slice(line),
            }
        }
        previous_blank = line.iter().all(u8::is_ascii_whitespace);
        at_line_start = line.ends_with(b"\n");
    }
    messages
}

/// Reads every input and writes what it found; returns how many inputs could be read.
pub fn run(
    inputs: Vec<Input>,
    json: bool,
    lang: Lang,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    // A progress bar for long runs, only where a person watches standard error.
    let progress = (inputs.len() >= 200 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} messages {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut read_ok = 0;
    for input in inputs {
        let result = input
            .bytes
            .and_then(|b| read(&b).map_err(|e| format!("{}: {e}", input.name)));
        match result {
            Ok(report) => {
                read_ok += 1;
                if json {
                    for record in smtp_codes_json::bounce_records(&input.name, &report) {
                        writeln!(out, "{record}")?;
                    }
                } else {
                    out.write_all(table(&input.name, &report, lang).as_bytes())?;
                }
            }
            Err(error) if json => {
                writeln!(
                    out,
                    "{}",
                    smtp_codes_json::bounce_error(&input.name, &error)
                )?;
            }
            Err(error) => writeln!(out, "{error}")?,
        }
        if let Some(bar) = &progress {
            bar.inc(1);
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(read_ok)
}

/// The human table of one message: a heading, then one line per recipient.
fn table(name: &str, report: &BounceReport, lang: Lang) -> String {
    let kind = match report.kind() {
        MessageKind::Dsn => label(
            lang,
            "delivery status notification",
            "notificación de estado de entrega",
        ),
        MessageKind::NonDsn => label(lang, "bounce without DSN", "rebote sin DSN"),
        MessageKind::Feedback => label(lang, "feedback report", "informe de quejas"),
        MessageKind::AutoReply => label(lang, "automatic reply", "respuesta automática"),
        _ => label(lang, "not a bounce", "no es un rebote"),
    };
    let mut out = format!("{name}: {kind}\n");
    for r in report.recipients() {
        let v = r.verdict();
        let cells = verdict_cells(v, lang);
        let action = r.action().map_or("", |a| a.as_str());
        out.push_str(&format!(
            "  {:<40} {:<9} {:<12} {:<10} {:<20} {}\n",
            r.recipient().unwrap_or("?"),
            action,
            cells.code,
            cells.bounce,
            v.reason().as_str(),
            cells.drop,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_mbox_splits_at_from_lines() {
        let mbox = b"From a@example.com Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n>From here\n\nFrom b@example.com Mon Jan  1 00:00:00 2024\nSubject: two\n\nbody\n";
        let m = mbox_messages(mbox);
        assert_eq!(m.len(), 2);
        assert!(m[0].starts_with(b"Subject: one"));
        assert!(String::from_utf8_lossy(&m[0]).contains("\nFrom here"));
        assert!(m[1].starts_with(b"Subject: two"));
    }
}
