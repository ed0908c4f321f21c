//! `smtp-codes bounce`: bounce messages read from files, directories, mbox files or standard
//! input, one line per recipient (JSON Lines with `--json`).

use crate::human::{label, verdict_cells};
use smtp_codes::message::{read, BounceReport, MessageError, MessageKind, MAX_MESSAGE_LEN};
use smtp_codes::Lang;
use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

/// Where messages come from: standard input, or one file (a message, or an mbox).
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }
}

/// Every source the paths name, in order: files, every file under a directory (sorted), and
/// standard input for `-`. Only the paths are held: each file is read when its turn comes,
/// so that a folder of any size is read in the memory of one message.
pub fn sources(paths: &[String]) -> Vec<Source> {
    let mut out = Vec::new();
    for path in paths {
        if path == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let p = Path::new(path);
        if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files);
            files.sort();
            out.extend(files.into_iter().map(Source::File));
        } else {
            out.push(Source::File(p.to_path_buf()));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        // The directory listing gives the type; a link is followed to what it names.
        let Ok(mut kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_symlink() {
            match std::fs::metadata(&path) {
                Ok(m) => kind = m.file_type(),
                Err(_) => continue,
            }
        }
        if kind.is_dir() {
            walk(&path, files);
        } else if kind.is_file() {
            files.push(path);
        }
    }
}

/// One message to read: where it came from, and its bytes (or why they could not be had).
struct Input {
    name: String,
    bytes: Result<Vec<u8>, String>,
}

/// The messages of one source, each handed to `each` as it is read: the whole file, or, for
/// an mbox (a file that starts with a `From ` line), each of its messages in turn. No
/// message is held past [`MAX_MESSAGE_LEN`]: a longer one is an error, and the run goes on.
fn each_message(
    source: &Source,
    each: &mut impl FnMut(Input) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let name = source.name();
    let reader: Box<dyn Read + '_> = match source {
        Source::Stdin => Box::new(std::io::stdin().lock()),
        Source::File(path) => match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                return each(Input {
                    bytes: Err(format!("{name}: {e}")),
                    name,
                })
            }
        },
    };
    messages_of(name, reader, each)
}

/// The messages of one input, read from `reader` (see [`each_message`]).
fn messages_of(
    name: String,
    mut reader: impl Read,
    each: &mut impl FnMut(Input) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let failed = |name: &str, e: std::io::Error| format!("{name}: {e}");
    // The first five bytes say whether this is an mbox (a pipe may give fewer in one read).
    let mut head = [0u8; 5];
    let mut got = 0;
    while got < head.len() {
        match reader.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                return each(Input {
                    bytes: Err(failed(&name, e)),
                    name,
                })
            }
        }
    }
    let is_mbox = &head[..got] == b"From ";
    let mut reader = BufReader::with_capacity(PIECE, head[..got].chain(reader));
    if !is_mbox {
        let mut bytes = Vec::new();
        let result = reader
            .take(MAX_MESSAGE_LEN as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| failed(&name, e))
            .and_then(|_| within_limit(&name, bytes));
        return each(Input {
            name,
            bytes: result,
        });
    }
    let mut mbox = Mbox::default();
    let mut number = 0;
    let mut emit = |message: Option<Vec<u8>>,
                    each: &mut dyn FnMut(Input) -> std::io::Result<()>| {
        number += 1;
        let name = format!("{name}#{number}");
        let bytes = message.ok_or_else(|| too_large(&name));
        each(Input { name, bytes })
    };
    // A line at a time, or a piece of a longer one: what is held is the message being read
    // and one piece.
    let mut piece = Vec::with_capacity(PIECE);
    loop {
        piece.clear();
        match (&mut reader)
            .take(PIECE as u64)
            .read_until(b'\n', &mut piece)
        {
            Ok(0) => break,
            Ok(_) => {
                if let Some(done) = mbox.piece(&piece) {
                    emit(done, each)?;
                }
            }
            Err(e) => {
                let name = format!("{name}#{}", number + 1);
                return each(Input {
                    bytes: Err(failed(&name, e)),
                    name,
                });
            }
        }
    }
    if let Some(last) = mbox.finish() {
        emit(last, each)?;
    }
    Ok(())
}

/// The most bytes of an mbox read at once: a line, or a piece of a longer one.
const PIECE: usize = 64 << 10;

fn too_large(name: &str) -> String {
    let error = MessageError::TooLarge {
        limit: MAX_MESSAGE_LEN,
    };
    format!("{name}: {error}")
}

fn within_limit(name: &str, bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    if bytes.len() > MAX_MESSAGE_LEN {
        Err(too_large(name))
    } else {
        Ok(bytes)
    }
}

/// An mbox read line by line, a line in one piece or several: a `From ` line after a blank
/// line starts a message (the line itself dropped), `>From ` is unquoted. A message is `None`
/// once it grows past [`MAX_MESSAGE_LEN`]; its bytes are not kept.
struct Mbox {
    current: Option<Option<Vec<u8>>>,
    /// The next piece starts a line.
    at_line_start: bool,
    /// The last whole line was blank.
    previous_blank: bool,
    /// The line being read is blank so far.
    line_blank: bool,
    /// The line being read is a `From ` separator.
    in_separator: bool,
}

impl Default for Mbox {
    fn default() -> Self {
        Mbox {
            current: None,
            at_line_start: true,
            previous_blank: true,
            line_blank: true,
            in_separator: false,
        }
    }
}

impl Mbox {
    /// Takes the next piece of the mbox: a line with its `\n`, or part of a line; returns the
    /// message it ended, if it started another.
    fn piece(&mut self, piece: &[u8]) -> Option<Option<Vec<u8>>> {
        let starts_line = self.at_line_start;
        if starts_line {
            self.line_blank = true;
            self.in_separator = false;
        }
        let mut done = None;
        if starts_line && self.previous_blank && piece.starts_with(b"From ") {
            done = self.current.replace(Some(Vec::new()));
            self.in_separator = true;
        } else if let Some(current) = self.current.as_mut().filter(|_| !self.in_separator) {
            let piece = match piece.strip_prefix(b">") {
                Some(rest) if starts_line && rest.starts_with(b"From ") => rest,
                _ => piece,
            };
            if let Some(bytes) = current {
                if bytes.len() + piece.len() > MAX_MESSAGE_LEN {
                    *current = None;
                } else {
                    bytes.extend_from_slice(piece);
                }
            }
        }
        self.line_blank &= piece.iter().all(u8::is_ascii_whitespace);
        self.at_line_start = piece.ends_with(b"\n");
        if self.at_line_start {
            self.previous_blank = self.line_blank;
        }
        done
    }

    /// The last message, if any.
    fn finish(self) -> Option<Option<Vec<u8>>> {
        self.current
    }
}

/// Reads every message the sources hold and writes what it found; returns how many could be
/// read.
pub fn run(
    sources: &[Source],
    json: bool,
    lang: Lang,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    // A progress bar for long runs, only where a person watches standard error.
    let progress = (sources.len() >= 200 && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(sources.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut read_ok = 0;
    let mut write = |input: Input| -> std::io::Result<()> {
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
        Ok(())
    };
    for source in sources {
        each_message(source, &mut write)?;
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

    /// The messages of an mbox read line by line, as `each_message` reads them.
    fn mbox_messages(b: &[u8]) -> Vec<Option<Vec<u8>>> {
        let mut mbox = Mbox::default();
        let mut out: Vec<Option<Vec<u8>>> = b
            .split_inclusive(|&c| c == b'\n')
            .filter_map(|l| mbox.piece(l))
            .collect();
        out.extend(mbox.finish());
        out
    }

    #[test]
    fn an_mbox_splits_at_from_lines() {
        let mbox = b"From a@example.com Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n>From here\n\nFrom b@example.com Mon Jan  1 00:00:00 2024\nSubject: two\n\nbody\n";
        let m: Vec<Vec<u8>> = mbox_messages(mbox).into_iter().flatten().collect();
        assert_eq!(m.len(), 2);
        assert!(m[0].starts_with(b"Subject: one"));
        assert!(String::from_utf8_lossy(&m[0]).contains("\nFrom here"));
        assert!(m[1].starts_with(b"Subject: two"));
        // A `From ` line inside a paragraph starts no message.
        let m = mbox_messages(b"From a\nSubject: x\n\nsee\nFrom here on\n");
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn an_endless_line_ends_its_message_not_the_run() {
        let limit = MAX_MESSAGE_LEN as u64;
        let input = std::io::Read::chain(
            &b"From a\nSubject: one\n"[..],
            std::io::repeat(b'x').take(limit + 100),
        )
        .chain(&b"\n\nFrom b\nSubject: two\n\nbody\n"[..]);
        let mut got = Vec::new();
        messages_of("in".into(), input, &mut |i| {
            got.push(i);
            Ok(())
        })
        .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].name, "in#1");
        assert!(got[0].bytes.as_ref().unwrap_err().contains("longer than"));
        assert_eq!(got[1].name, "in#2");
        assert_eq!(got[1].bytes.as_deref().unwrap(), b"Subject: two\n\nbody\n");
        // A file that is not an mbox, past the limit: an error, without reading it all.
        let mut got = Vec::new();
        let big = std::io::repeat(b'x').take(u64::MAX);
        messages_of("big".into(), big, &mut |i| {
            got.push(i);
            Ok(())
        })
        .unwrap();
        assert!(got[0].bytes.as_ref().unwrap_err().contains("longer than"));
    }

    /// A reader that gives one byte a read, as a slow pipe may.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match (self.0.split_first(), buf.first_mut()) {
                (Some((&b, rest)), Some(slot)) => {
                    *slot = b;
                    self.0 = rest;
                    Ok(1)
                }
                _ => Ok(0),
            }
        }
    }

    fn messages(name: &str, input: impl Read) -> Vec<Input> {
        let mut got = Vec::new();
        messages_of(name.into(), input, &mut |i| {
            got.push(i);
            Ok(())
        })
        .unwrap();
        got
    }

    #[test]
    fn an_mbox_is_known_however_its_bytes_arrive_and_lines_may_be_long() {
        let mbox = b"From a\nSubject: one\n\nbody\n\nFrom b\nSubject: two\n";
        let got = messages("-", Trickle(mbox));
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].bytes.as_deref().unwrap(), b"Subject: two\n");
        // A line longer than a piece is kept whole; a long separator line is dropped whole;
        // a long line that is not blank does not let the next `From ` start a message.
        let long = "y".repeat(3 * PIECE);
        let not_blank = format!("x{}\n", " ".repeat(2 * PIECE));
        let mbox = format!(
            "From a{long}\nSubject: one\n\n{long}\n{not_blank}From here\n\nFrom b\nSubject: two\n"
        );
        let got = messages("m", mbox.as_bytes());
        assert_eq!(got.len(), 2);
        let one = String::from_utf8(got[0].bytes.clone().unwrap()).unwrap();
        assert!(one.starts_with("Subject: one\n\n"), "{:?}", &one[..40]);
        assert!(one.contains(&format!("\n{long}\n")) && one.contains("\nFrom here\n"));
        assert_eq!(got[1].name, "m#2");
        // Not an mbox: the whole input is one message.
        let got = messages("f", Trickle(b"Subject: x\n\nFrom here\n"));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].name, "f");
    }

    #[test]
    fn a_message_past_the_limit_is_dropped_not_kept() {
        let mut mbox = Mbox::default();
        assert_eq!(mbox.piece(b"From a\n"), None);
        let mut line = vec![b'x'; 1 << 20];
        line.push(b'\n');
        for _ in 0..=(MAX_MESSAGE_LEN >> 20) {
            mbox.piece(&line);
        }
        // The message over the limit ends as `None`; the next one is read.
        mbox.piece(b"\n");
        assert_eq!(mbox.piece(b"From b\n"), Some(None));
        mbox.piece(b"Subject: two\n");
        assert_eq!(mbox.finish(), Some(Some(b"Subject: two\n".to_vec())));
    }
}
