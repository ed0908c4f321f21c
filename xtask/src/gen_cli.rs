//! Writes the man page (`docs/man/smtp-codes.1`) and the shell completions
//! (`docs/completions/`) from the CLI's own clap definition, so that they cannot drift from it.

use clap_complete::Shell;

/// The CLI's arguments, compiled here from the CLI's own source so that codegen does not
/// depend on the core crate it generates code for.
#[allow(dead_code)]
#[path = "../../crates/smtp-codes-cli/src/lib.rs"]
mod cli;

/// The man page, rendered by clap_mangen.
pub fn man_page() -> String {
    let mut out = Vec::new();
    clap_mangen::Man::new(cli::command())
        .render(&mut out)
        .expect("rendering into memory cannot fail");
    String::from_utf8(out).expect("clap_mangen writes UTF-8")
}

/// The completion script for one shell, rendered by clap_complete.
pub fn completions(shell: Shell) -> String {
    let mut command = cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "smtp-codes", &mut out);
    String::from_utf8(out).expect("clap_complete writes UTF-8")
}
