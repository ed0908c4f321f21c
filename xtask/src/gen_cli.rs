//! Writes the man page (`docs/man/smtp-codes.1`) and the shell completions
//! (`docs/completions/`) from the CLI's own clap definition, so that they cannot drift from it.

use clap_complete::Shell;

/// The man page, rendered by clap_mangen.
pub fn man_page() -> String {
    let mut out = Vec::new();
    clap_mangen::Man::new(smtp_codes_cli::command())
        .render(&mut out)
        .expect("rendering into memory cannot fail");
    String::from_utf8(out).expect("clap_mangen writes UTF-8")
}

/// The completion script for one shell, rendered by clap_complete.
pub fn completions(shell: Shell) -> String {
    let mut command = smtp_codes_cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "smtp-codes", &mut out);
    String::from_utf8(out).expect("clap_complete writes UTF-8")
}
