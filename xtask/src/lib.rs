//! Project automation for smtp-codes. `cargo xtask codegen` turns `data/smtp-codes.yaml` into
//! the generated files; the functions here are also used by the xtask tests.

pub mod gen_c;
pub mod gen_docs;
pub mod gen_explain;
pub mod gen_python;
pub mod gen_rust;
pub mod model;
pub mod validate;

use std::path::{Path, PathBuf};

/// The catalog file, relative to the workspace root.
pub const CATALOG: &str = "data/smtp-codes.yaml";

/// One generated file: where it goes and what it holds.
pub struct Generated {
    pub path: &'static str,
    pub contents: String,
}

/// The header of every generated file, in the file's comment syntax.
fn header(comment: &str) -> String {
    format!(
        "{comment} @generated from {CATALOG} by `cargo xtask codegen`. Do not edit by hand:\n\
         {comment} change the YAML and run `cargo xtask codegen` again.\n"
    )
}

/// Reads and validates a catalog, and renders every generated file from it.
pub fn generate(yaml: &str) -> Result<Vec<Generated>, Vec<String>> {
    let catalog = model::parse(yaml).map_err(|e| vec![e])?;
    let keys = validate::validate(&catalog)?;
    let md = format!(
        "<!-- @generated from {CATALOG} by `cargo xtask codegen`. Do not edit by hand: \
         change the YAML and run `cargo xtask codegen` again. -->\n"
    );
    let c_notice = format!(
        "/* @generated from {CATALOG} by `cargo xtask codegen`. Do not edit by hand:\n \
         * change the YAML and run `cargo xtask codegen` again. */\n"
    );
    Ok(vec![
        Generated {
            path: "crates/smtp-codes/src/generated.rs",
            contents: gen_rust::generate(&catalog, &keys, &header("//")),
        },
        Generated {
            path: "crates/smtp-codes/src/generated_explain.rs",
            contents: gen_explain::generate(&catalog, &header("//")),
        },
        Generated {
            path: "docs/reply-codes.md",
            contents: gen_docs::reply_codes(&catalog, &md),
        },
        Generated {
            path: "docs/enhanced-status-codes.md",
            contents: gen_docs::enhanced_codes(&catalog, &md),
        },
        Generated {
            path: "bindings/c/include/smtp_codes.h",
            contents: gen_c::header(&catalog, &keys, &c_notice),
        },
        Generated {
            path: "bindings/python/python/smtp_codes/__init__.pyi",
            contents: gen_python::stubs(&catalog, &header("#")),
        },
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

/// The generated files whose content on disk differs from `files`.
pub fn stale(root: &Path, files: &[Generated]) -> Vec<&'static str> {
    files
        .iter()
        .filter(|f| std::fs::read_to_string(root.join(f.path)).ok().as_deref() != Some(&f.contents))
        .map(|f| f.path)
        .collect()
}
