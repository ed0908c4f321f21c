//! `smtp-codes`: what SMTP reply codes mean, at the terminal.

mod bounce;
mod human;
mod logs;
use smtp_codes_json as json;

use clap::Parser;
use smtp_codes::catalog::{aliases, basic_codes, enhanced_codes};
use smtp_codes::explain::{explain, explain_each};
use smtp_codes::{Lang, ParseOptions, Reply, Status};
use smtp_codes_cli::{Cli, Command, LangArg};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

/// The language from the flag, else from the locale variables, else English.
fn language(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Es) => Lang::Es,
        None => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| v.parse().ok())
            .unwrap_or(Lang::En),
    }
}

fn style(lang: Lang) -> human::Style {
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    human::Style { lang, color }
}

fn read_stdin() -> Result<Vec<u8>, String> {
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(buf)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = String::new();
    let result = run(cli.command, &mut out);
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = stdout.write_all(out.as_bytes());
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("smtp-codes: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command, out: &mut String) -> Result<ExitCode, String> {
    match command {
        Command::Explain {
            inputs,
            each_line,
            details,
            output,
        } => {
            let lang = language(output.lang);
            if each_line {
                let input = read_stdin()?;
                let mut stdout =
                    std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
                // A closed pipe (`| head`) ends the run quietly.
                let _ = each_line_of(&input, output.json, details, lang, &mut stdout)
                    .and_then(|()| stdout.flush());
                return Ok(ExitCode::SUCCESS);
            }
            let mut values = Vec::new();
            for input in inputs {
                let input = if input == "-" {
                    String::from_utf8_lossy(&read_stdin()?).into_owned()
                } else {
                    input
                };
                // A buffer of several replies (a pipelined capture) is explained reply by reply.
                let each =
                    explain_each(&input).map_err(|err| format!("{}: {err}", input.trim()))?;
                for (part, e) in each {
                    if output.json {
                        values.push(json::explanation(part.trim(), &e, lang, details));
                    } else {
                        out.push_str(&human::explanation(&e, &style(lang)));
                    }
                }
            }
            if output.json {
                out.push_str(&one_or_many(values));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::List {
            class,
            enhanced,
            status,
            output,
        } => {
            let lang = language(output.lang);
            let class: Option<u16> = class.map(|c| c.parse().expect("clap checked the digit"));
            let status = status.map(|s| Status::from_name(&s).expect("clap checked the status"));
            let mut rows = Vec::new();
            if enhanced {
                for e in enhanced_codes() {
                    let class_ok =
                        class.is_none_or(|c| e.class().is_none_or(|x| x.digit() as u16 == c));
                    if class_ok && status.is_none_or(|s| s == e.status()) {
                        rows.push((
                            json::list_enhanced(e, lang),
                            human::row(
                                e.notation(),
                                e.name(),
                                e.text(),
                                style(lang).value(e.status().as_str()),
                            ),
                        ));
                    }
                }
            } else {
                for e in basic_codes() {
                    let code = e.code();
                    if class.is_none_or(|c| code.as_u16() / 100 == c)
                        && status.is_none_or(|s| s == e.status())
                    {
                        rows.push((
                            json::list_basic(e, lang),
                            human::row(
                                &code.to_string(),
                                e.name(),
                                e.text(),
                                style(lang).value(e.status().as_str()),
                            ),
                        ));
                    }
                }
            }
            if output.json {
                let values: Vec<_> = rows.into_iter().map(|r| r.0).collect();
                out.push_str(&format!("{:#}\n", serde_json::Value::from(values)));
            } else {
                for (_, line) in rows {
                    out.push_str(&line);
                    out.push('\n');
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Search { words, output } => {
            let lang = language(output.lang);
            let words: Vec<String> = words.iter().map(|w| fold(w)).collect();
            let matches = |texts: &[&str]| {
                let hay = fold(&texts.join(" "));
                words.iter().all(|w| hay.contains(w.as_str()))
            };
            let mut values = Vec::new();
            for e in basic_codes() {
                if matches(&searchable(
                    e.name(),
                    e.text(),
                    |l| e.description(l),
                    e.vendor_notes(),
                )) {
                    values.push(json::list_basic(e, lang));
                    let code = e.code().to_string();
                    out.push_str(&human::row(
                        &code,
                        e.name(),
                        e.description(lang),
                        style(lang).value(e.status().as_str()),
                    ));
                    out.push('\n');
                }
            }
            for e in enhanced_codes() {
                if matches(&searchable(
                    e.name(),
                    e.text(),
                    |l| e.description(l),
                    e.vendor_notes(),
                )) {
                    values.push(json::list_enhanced(e, lang));
                    out.push_str(&human::row(
                        e.notation(),
                        e.name(),
                        e.description(lang),
                        style(lang).value(e.status().as_str()),
                    ));
                    out.push('\n');
                }
            }
            for a in aliases() {
                if matches(&[a.description(Lang::En), a.description(Lang::Es)]) {
                    let mut v = serde_json::json!({ "code": a.code().as_u16(), "enhanced": a.enhanced().to_string(),
                        "name": null, "class": a.code().class().as_str(), "category": a.code().category().as_str(),
                        "text": null, "description": a.description(lang), "status": "non-standard",
                        "references": [a.source()], "retry": a.code().is_transient() });
                    v["alias"] = true.into();
                    values.push(v);
                    out.push_str(&human::row(
                        &format!("{} ({})", a.code(), a.enhanced()),
                        "",
                        a.description(lang),
                        "alias",
                    ));
                    out.push('\n');
                }
            }
            if output.json {
                *out = format!("{:#}\n", serde_json::Value::from(values));
            }
            Ok(if out.trim().is_empty() || out.trim() == "[]" {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Parse { lenient, json } => {
            let input = read_stdin()?;
            if input.is_empty() {
                return Err("malformed reply: no input".into());
            }
            let options = if lenient {
                ParseOptions::lenient()
            } else {
                ParseOptions::strict()
            };
            let mut rest = &input[..];
            let mut values = Vec::new();
            while !rest.is_empty() {
                // The input is all there is: an unterminated last line is complete (lenient).
                let (reply, used) = Reply::parse_to_end(rest, &options)
                    .map_err(|e| format!("malformed reply: {e}"))?;
                if json {
                    values.push(json::reply(&reply));
                } else {
                    out.push_str(&human::reply(&reply));
                }
                rest = &rest[used..];
            }
            if json {
                out.push_str(&one_or_many(values));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Bounce { paths, output } => {
            let lang = language(output.lang);
            let sources = bounce::sources(&paths);
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let read = bounce::run(&sources, output.json, lang, &mut stdout)
                .and_then(|n| stdout.flush().map(|()| n));
            match read {
                // Exit status 1 only when nothing at all could be read.
                Ok(0) => Ok(ExitCode::FAILURE),
                Ok(_) => Ok(ExitCode::SUCCESS),
                // A closed pipe (`| head`) ends the run quietly.
                Err(_) => Ok(ExitCode::SUCCESS),
            }
        }
        Command::Logs {
            paths,
            summary,
            year,
            output,
        } => {
            let options = logs::Options {
                json: output.json,
                summary,
                lang: language(output.lang),
                year: year.unwrap_or_else(smtp_codes::log::current_year),
            };
            let paths = if paths.is_empty() {
                vec!["-".to_string()]
            } else {
                paths
            };
            let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            match logs::run(&paths, &options, &mut stdout) {
                // Exit status 1 only when no input could be read.
                Ok(0) => Ok(ExitCode::FAILURE),
                Ok(_) => Ok(ExitCode::SUCCESS),
                // A closed pipe (`| head`) ends the run quietly.
                Err(_) => Ok(ExitCode::SUCCESS),
            }
        }
        Command::Catalog => {
            out.push_str(&format!("{:#}\n", json::catalog()));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `explain --each-line`: every non-blank line of `input` explained on its own, written as
/// it goes (JSON Lines with `json`).
fn each_line_of(
    input: &[u8],
    json: bool,
    details: bool,
    lang: Lang,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let style = style(lang);
    for raw in input.split(|&b| b == b'\n') {
        let line = String::from_utf8_lossy(raw);
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        match explain(line) {
            Ok(e) if json => json::write_explanation(out, line, &e, lang, details)?,
            Ok(e) => out.write_all(human::explanation(&e, &style).as_bytes())?,
            Err(err) if json => writeln!(
                out,
                "{}",
                serde_json::json!({ "input": line, "error": err.to_string() })
            )?,
            Err(err) => writeln!(out, "{line}\n  {err}")?,
        }
    }
    Ok(())
}

/// Every text of an entry that `search` looks in, in both languages.
fn searchable(
    name: &'static str,
    text: &'static str,
    description: impl Fn(Lang) -> &'static str,
    notes: &'static [smtp_codes::VendorNote],
) -> Vec<&'static str> {
    let mut texts = vec![name, text, description(Lang::En), description(Lang::Es)];
    texts.extend(
        notes
            .iter()
            .flat_map(|n| [n.description(Lang::En), n.description(Lang::Es)]),
    );
    texts
}

/// JSON for one input as an object, for several as an array.
fn one_or_many(mut values: Vec<serde_json::Value>) -> String {
    let value = if values.len() == 1 {
        values.remove(0)
    } else {
        values.into()
    };
    format!("{value:#}\n")
}

/// Lower case without Spanish accents, so that `buzon` finds `buzón`.
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' => 'a',
            'é' | 'è' | 'ë' => 'e',
            'í' | 'ï' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}
