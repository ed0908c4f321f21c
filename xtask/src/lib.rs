//! Project automation for smtp-codes. `cargo xtask codegen` reads `data/smtp-codes.yaml`
//! (`yaml`), validates it and lowers it into one typed model (`validate`, `model`), and renders
//! every generated file from that model (`gen_*`). The functions here are also used by the
//! xtask tests.

pub mod gen_c;
pub mod gen_cli;
pub mod gen_docs;
pub mod gen_explain;
pub mod gen_message;
pub mod gen_python;
pub mod gen_rust;
pub mod model;
pub mod validate;
pub mod yaml;

use clap_complete::Shell;
use std::path::{Path, PathBuf};

/// The catalog file, relative to the workspace root.
pub const CATALOG: &str = "data/smtp-codes.yaml";

/// One generated file: where it goes and what it holds.
pub struct Generated {
    pub path: &'static str,
    pub contents: String,
}

/// The notice every generated file starts with, in the comment syntax of its path.
pub fn header(path: &str) -> String {
    // The man page and the completions come from the CLI's clap definition, not the YAML.
    let (source, what) = if path.starts_with("docs/man/") || path.starts_with("docs/completions/") {
        (CLI_DEFINITION, "the command line")
    } else {
        (CATALOG, "the YAML")
    };
    let line1 = format!("@generated from {source} by `cargo xtask codegen`. Do not edit by hand:");
    let line2 = format!("change {what} and run `cargo xtask codegen` again.");
    let name = Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("");
    match Path::new(path).extension().and_then(|e| e.to_str()) {
        Some("md") => format!("<!-- {line1} {line2} -->\n"),
        Some("h" | "c") => format!("/* {line1}\n * {line2} */\n"),
        Some("py" | "pyi" | "bash" | "fish") => format!("# {line1}\n# {line2}\n"),
        Some("1") => format!(".\\\" {line1}\n.\\\" {line2}\n"),
        _ if name.starts_with('_') => format!("# {line1}\n# {line2}\n"), // zsh: `_smtp-codes`
        _ => format!("// {line1}\n// {line2}\n"),
    }
}

/// The CLI's clap definition, which the man page and the completions are rendered from.
pub const CLI_DEFINITION: &str = "crates/smtp-codes-cli/src/lib.rs";

/// A generated file: its header, then its body. A zsh completion must start with its
/// `#compdef` line, so the header follows that line there.
fn file(path: &'static str, body: String) -> Generated {
    let contents = match body.strip_prefix("#compdef") {
        Some(_) => {
            let (first, rest) = body.split_once('\n').unwrap_or((&body, ""));
            format!("{first}\n{}{rest}", header(path))
        }
        None => format!("{}{body}", header(path)),
    };
    Generated { contents, path }
}

/// Reads and validates a catalog, and renders every generated file from its lowered model.
pub fn generate(yaml_text: &str) -> Result<Vec<Generated>, Vec<String>> {
    let raw = yaml::parse(yaml_text).map_err(|e| vec![e])?;
    let m = validate::validate(&raw)?;
    Ok(vec![
        file(
            "crates/smtp-codes/src/generated/catalog.rs",
            gen_rust::catalog(&m),
        ),
        file(
            "crates/smtp-codes/src/generated/commands.rs",
            gen_rust::commands(&m),
        ),
        file(
            "crates/smtp-codes/src/generated/explain.rs",
            gen_explain::generate(&m),
        ),
        file(
            "crates/smtp-codes/src/generated/message.rs",
            gen_message::generate(&m),
        ),
        file("docs/reply-codes.md", gen_docs::reply_codes(&m)),
        file(
            "docs/enhanced-status-codes.md",
            gen_docs::enhanced_codes(&m),
        ),
        file(
            "bindings/c/include/smtp_codes.h",
            gen_c::header(&m).map_err(|e| vec![e])?,
        ),
        file("bindings/c/src/generated_strings.rs", gen_c::strings(&m)),
        file(
            "bindings/python/python/smtp_codes/__init__.pyi",
            gen_python::stubs(&m),
        ),
        file(
            "bindings/python/python/smtp_codes/_reply_code.py",
            gen_python::reply_code_module(&m),
        ),
        file(
            "bindings/python/python/smtp_codes/_reply_code.pyi",
            gen_python::reply_code_stubs(&m),
        ),
        file("docs/man/smtp-codes.1", gen_cli::man_page()),
        file(
            "docs/completions/smtp-codes.bash",
            gen_cli::completions(Shell::Bash),
        ),
        file(
            "docs/completions/_smtp-codes",
            gen_cli::completions(Shell::Zsh),
        ),
        file(
            "docs/completions/smtp-codes.fish",
            gen_cli::completions(Shell::Fish),
        ),
    ])
}

/// The workspace root: the parent of `xtask/`, or `$SMTP_CODES_ROOT` when set (tests use it
/// to run the generator on a scratch copy).
pub fn workspace_root() -> PathBuf {
    if let Some(root) = std::env::var_os("SMTP_CODES_ROOT") {
        return PathBuf::from(root);
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Line endings as generated: a checkout that turned `\n` into `\r\n` is not stale.
fn normalize_newlines(s: &str) -> String {
    s.replace("\r\n", "\n")
}

/// The generated files whose content on disk differs from `files` (line endings aside).
pub fn stale(root: &Path, files: &[Generated]) -> Vec<&'static str> {
    files
        .iter()
        .filter(|f| {
            let on_disk = std::fs::read_to_string(root.join(f.path)).ok();
            on_disk.map(|s| normalize_newlines(&s)) != Some(normalize_newlines(&f.contents))
        })
        .map(|f| f.path)
        .collect()
}
