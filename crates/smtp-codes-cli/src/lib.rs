//! The command line of `smtp-codes`: its arguments, as clap declares them. The binary
//! (`src/main.rs`) runs them; `cargo xtask codegen` writes the man page and the shell
//! completions from [`command`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

/// The `smtp-codes` command line.
#[derive(Parser)]
#[command(
    long_about = "Explain, list, search and parse SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463): what a server's reply means, whether to retry, and whether to drop the address.",
    name = "smtp-codes",
    version,
    about = "Explain, list, search and parse SMTP reply codes (RFC 5321, RFC 3463)."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// A language of the output.
#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Spanish.
    Es,
}

/// How to print results.
#[derive(clap::Args)]
pub struct Output {
    /// Print JSON (JSON Lines with --each-line) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of descriptions; the default follows LC_ALL / LC_MESSAGES / LANG.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Explain codes, replies, Diagnostic-Code lines or bounce text ("-" reads standard input).
    Explain {
        /// A code (550), an enhanced code (5.1.1), a reply, a Diagnostic-Code line, or "-".
        #[arg(required_unless_present = "each_line")]
        inputs: Vec<String>,
        /// Explain every line of standard input on its own (for log files).
        #[arg(long, conflicts_with = "inputs")]
        each_line: bool,
        /// With --json, add every field of the catalog's entries to the verdict (category,
        /// subject, status, pairing, texts, descriptions, references, vendor notes, alias).
        #[arg(long)]
        details: bool,
        /// Output options.
        #[command(flatten)]
        output: Output,
    },
    /// List the catalog as a table.
    List {
        /// Only codes of this class (first digit).
        #[arg(long, value_parser = ["2", "3", "4", "5"])]
        class: Option<String>,
        /// List enhanced status codes instead of basic codes.
        #[arg(long)]
        enhanced: bool,
        /// Only codes with this status.
        #[arg(long, value_parser = ["standard", "extension", "non-standard", "experimental", "obsolete"])]
        status: Option<String>,
        /// Output options.
        #[command(flatten)]
        output: Output,
    },
    /// Find codes whose name, text or description (English or Spanish) has all the words.
    Search {
        /// Words to look for (case and accents are ignored).
        #[arg(required = true)]
        words: Vec<String>,
        /// Output options.
        #[command(flatten)]
        output: Output,
    },
    /// Parse raw reply bytes from standard input: strictly (RFC 5321) unless --lenient.
    Parse {
        /// Accept what real servers send: bare LF, any text bytes, second digits 6 to 9,
        /// lines up to 8192 octets, an unterminated last line, a class mismatch.
        #[arg(long)]
        lenient: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Read bounce messages, recipient by recipient: files, directories (a maildir: every
    /// file inside), mbox files, or "-" for standard input.
    Bounce {
        /// Files, directories or mbox files; "-" reads standard input.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Output options.
        #[command(flatten)]
        output: Output,
    },
    /// Read MTA logs (Postfix, Exim, Sendmail): one record per delivery result or rejection,
    /// with its verdict; other lines are counted, never explained.
    Logs {
        /// Log files, `.gz` files, or "-" for standard input (the default).
        paths: Vec<String>,
        /// Print counts by status and reason and the recipient domains with most deferrals
        /// and bounces, instead of the records.
        #[arg(long)]
        summary: bool,
        /// The year of RFC 3164 lines, which have none (default: the current year).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1970..=9999))]
        year: Option<u16>,
        /// Output options.
        #[command(flatten)]
        output: Output,
    },
    /// Print the whole catalog as JSON (both languages, every field).
    Catalog,
}

/// The whole command line, for the man page and the completions.
pub fn command() -> clap::Command {
    Cli::command()
}
