//! `smtp-codes logs`: MTA logs read from files, `.gz` files or standard input, one record per
//! delivery result or rejection (JSON Lines with `--json`), or a summary with `--summary`.

use crate::human::{label, verdict_cells};
use smtp_codes::log::{LogReader, LogRecord, Summary};
use smtp_codes::logline::MAX_LINE_LEN;
use smtp_codes::Lang;
use std::fs::File;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};

/// How many domains `--summary` shows.
const TOP_DOMAINS: usize = 20;

/// Inputs this large (in bytes) get a progress bar, when standard error is a terminal.
const PROGRESS_FROM: u64 = 64 << 20;

/// What to print.
pub struct Options {
    pub json: bool,
    pub summary: bool,
    pub lang: Lang,
    pub year: u16,
}

/// Reads every path (`-` for standard input) and prints; returns how many could be read.
pub fn run(paths: &[String], options: &Options, out: &mut impl Write) -> std::io::Result<usize> {
    let mut reader = LogReader::new(options.year);
    let mut summary = Summary::new();
    let mut read_ok = 0;
    let name_files = paths.len() > 1;
    for path in paths {
        let (input, size): (Box<dyn Read>, u64) = if path == "-" {
            (Box::new(std::io::stdin().lock()), 0)
        } else {
            match File::open(path) {
                Ok(f) => {
                    let size = f.metadata().map_or(0, |m| m.len());
                    (Box::new(f), size)
                }
                Err(e) => {
                    eprintln!("smtp-codes: {path}: {e}");
                    continue;
                }
            }
        };
        let mut input = BufReader::with_capacity(1 << 16, input);
        let gz = input.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
        let input: Box<dyn BufRead> = if gz {
            Box::new(BufReader::with_capacity(
                1 << 16,
                flate2::bufread::MultiGzDecoder::new(input),
            ))
        } else {
            Box::new(input)
        };
        let progress = progress_bar(size);
        let file = name_files.then_some(path.as_str());
        let mut write_error = None;
        let result = each_line(input, |line, consumed| {
            if let Some(bar) = &progress {
                bar.inc(consumed as u64);
            }
            let records = match line {
                Some(line) => reader.read_line(line),
                // Longer than a log line can be: counted as skipped.
                None => reader.read_line(&[0][..]),
            };
            for record in &records {
                if options.summary {
                    summary.add(record);
                } else if let Err(e) = print(out, file, record, options) {
                    write_error = Some(e);
                    return false;
                }
            }
            true
        });
        if let Some(bar) = progress {
            bar.finish_and_clear();
        }
        if let Some(e) = write_error {
            return Err(e);
        }
        match result {
            Ok(()) => read_ok += 1,
            // A `.gz` that ends early, a read error: what was read counts; the run goes on.
            Err(e) => {
                read_ok += 1;
                eprintln!("smtp-codes: {path}: {e} (the lines before it were read)");
            }
        }
    }
    let counts = reader.counts();
    if options.summary {
        summary.set_lines(counts);
        if options.json {
            writeln!(
                out,
                "{:#}",
                smtp_codes_json::log_summary(&summary, TOP_DOMAINS)
            )?;
        } else {
            out.write_all(summary_table(&summary, options.lang).as_bytes())?;
        }
    }
    out.flush()?;
    eprintln!(
        "smtp-codes: {} lines: {} delivery results and rejections ({} records), {} other lines (not explained), {} skipped (unreadable)",
        counts.lines, counts.deliveries, counts.records, counts.other, counts.skipped
    );
    Ok(read_ok)
}

fn progress_bar(size: u64) -> Option<indicatif::ProgressBar> {
    (size >= PROGRESS_FROM && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(size);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    })
}

/// Calls `f` with every line of `input` (without its line ending), or `None` for a line
/// longer than [`MAX_LINE_LEN`], which is dropped as it streams by rather than held; and how
/// many bytes it took. Stops when `f` returns false.
fn each_line(
    mut input: impl BufRead,
    mut f: impl FnMut(Option<&[u8]>, usize) -> bool,
) -> std::io::Result<()> {
    let mut line: Vec<u8> = Vec::with_capacity(1024);
    let mut too_long = false;
    let mut taken = 0usize;
    loop {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            if too_long || !line.is_empty() {
                f((!too_long).then_some(&line[..]), taken);
            }
            return Ok(());
        }
        let (used, end) = match memchr(buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        if !too_long {
            let part = &buf[..if end { used - 1 } else { used }];
            if line.len() + part.len() > MAX_LINE_LEN {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(part);
            }
        }
        taken += used;
        input.consume(used);
        if end {
            if !f((!too_long).then_some(&line[..]), taken) {
                return Ok(());
            }
            line.clear();
            too_long = false;
            taken = 0;
        }
    }
}

fn memchr(buf: &[u8]) -> Option<usize> {
    buf.iter().position(|&b| b == b'\n')
}

fn print(
    out: &mut impl Write,
    file: Option<&str>,
    r: &LogRecord,
    options: &Options,
) -> std::io::Result<()> {
    if options.json {
        return smtp_codes_json::write_log_record(out, file, r);
    }
    let v = r.verdict();
    let lang = options.lang;
    let cells = verdict_cells(v, lang);
    writeln!(
        out,
        "{:<20} {:<8} {:<12} {:<36} {:<11} {:<9} {:<18} {}",
        r.timestamp().unwrap_or("-"),
        r.mta().as_str(),
        status_label(r.status().as_str(), lang),
        r.recipient().unwrap_or("?"),
        cells.code,
        cells.bounce,
        v.reason().as_str(),
        cells.drop,
    )
}

fn status_label(status: &'static str, lang: Lang) -> &'static str {
    if lang != Lang::Es {
        return status;
    }
    match status {
        "sent" => "enviado",
        "deferred" => "aplazado",
        "bounced" => "rebotado",
        "expired" => "caducado",
        "rejected" => "rechazado",
        "deliverable" => "entregable",
        "undeliverable" => "no entregable",
        other => other,
    }
}

/// The human summary: counts by status and reason, then the domains with most failures.
fn summary_table(s: &Summary, lang: Lang) -> String {
    let l = s.lines();
    let mut out = String::new();
    out.push_str(&format!(
        "{}: {}  {}: {}  {}: {}  {}: {}\n\n",
        label(lang, "lines", "líneas"),
        l.lines,
        label(
            lang,
            "delivery results and rejections",
            "resultados de entrega y rechazos"
        ),
        l.deliveries,
        label(lang, "other lines", "otras líneas"),
        l.other,
        label(lang, "skipped", "omitidas"),
        l.skipped
    ));
    out.push_str(label(lang, "By status\n", "Por estado\n"));
    for (status, n) in s.statuses() {
        out.push_str(&format!("  {:<16} {n:>10}\n", status_label(status, lang)));
    }
    out.push_str(label(
        lang,
        "\nFailures by reason\n",
        "\nFallos por motivo\n",
    ));
    for (reason, n) in s.reasons() {
        out.push_str(&format!("  {reason:<22} {n:>10}\n"));
    }
    out.push_str(label(
        lang,
        "\nRecipient domains with most deferrals and bounces\n",
        "\nDominios de destino con más aplazamientos y rebotes\n",
    ));
    out.push_str(&format!(
        "  {:<32} {:>9} {:>9} {:>9}  {}\n",
        label(lang, "domain", "dominio"),
        label(lang, "deferred", "aplazados"),
        label(lang, "bounced", "rebotados"),
        label(lang, "rejected", "rechazos"),
        label(lang, "top reasons", "motivos principales"),
    ));
    for (domain, c) in s.top_domains(TOP_DOMAINS) {
        let reasons: Vec<String> = c
            .top_reasons(3)
            .into_iter()
            .map(|(r, n)| format!("{r} ({n})"))
            .collect();
        out.push_str(&format!(
            "  {domain:<32} {:>9} {:>9} {:>9}  {}\n",
            c.deferred,
            c.bounced,
            c.rejected,
            reasons.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_stream_and_long_ones_are_dropped() {
        let long = "x".repeat(MAX_LINE_LEN + 10);
        let input = format!("one\r\n{long}\ntwo\nthree");
        let mut seen = Vec::new();
        each_line(BufReader::with_capacity(16, input.as_bytes()), |line, _| {
            seen.push(line.map(|l| String::from_utf8_lossy(l).into_owned()));
            true
        })
        .unwrap();
        assert_eq!(
            seen,
            [
                Some("one\r".into()),
                None,
                Some("two".into()),
                Some("three".into())
            ]
        );
    }
}
