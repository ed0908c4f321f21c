//! `cargo xtask deps`: the supply-chain check that CI runs, offline. Like `cargo deny check
//! licenses sources`: every package in the dependency graph (all workspace members, the fuzz
//! workspace too) must come from crates.io or this repository, and carry a licence expression
//! that the allow-list satisfies. (Advisories need the RustSec database from GitHub, which
//! this workplace cannot reach; see the README.)

use std::path::Path;
use std::process::Command;

/// Licences compatible with MIT OR Apache-2.0 distribution.
const ALLOWED: [&str; 15] = [
    "NCSA",
    "MIT",
    "Apache-2.0",
    "Apache-2.0 WITH LLVM-exception",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "Zlib",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "CC0-1.0",
    "BSL-1.0",
    "0BSD",
    "Unlicense",
    "MPL-2.0",
];

/// Whether an SPDX expression (`A OR B`, `A AND (B OR C)`, `A/B`) is satisfied by the
/// allow-list. Parentheses are read as grouping of OR inside AND, which covers crates.io.
fn satisfied(expr: &str) -> bool {
    let expr = expr.replace('/', " OR ");
    expr.split(" AND ").all(|term| {
        term.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace())
            .split(" OR ")
            .any(|l| {
                ALLOWED
                    .contains(&l.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace()))
            })
    })
}

fn check_workspace(dir: &Path, problems: &mut Vec<String>) -> Result<usize, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata failed in {}: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let packages = meta["packages"]
        .as_array()
        .ok_or("no packages in cargo metadata")?;
    for p in packages {
        let name = format!(
            "{} {}",
            p["name"].as_str().unwrap_or("?"),
            p["version"].as_str().unwrap_or("?")
        );
        match p["source"].as_str() {
            None => continue, // this repository's own crates
            Some(s) if s.starts_with("registry+https://github.com/rust-lang/crates.io-index") => {}
            Some(other) => problems.push(format!("{name}: source {other} is not crates.io")),
        }
        match p["license"].as_str() {
            Some(l) if satisfied(l) => {}
            Some(l) => problems.push(format!("{name}: licence {l:?} is not allowed")),
            None => problems.push(format!("{name}: no licence expression")),
        }
    }
    Ok(packages.len())
}

pub fn check(root: &Path) -> Result<(), String> {
    let mut problems = Vec::new();
    let mut count = 0;
    for dir in [root.to_path_buf(), root.join("fuzz")] {
        if dir.join("Cargo.lock").exists() {
            count += check_workspace(&dir, &mut problems)?;
        }
    }
    if problems.is_empty() {
        println!("deps: {count} packages, every one from crates.io or this repository, every licence allowed");
        Ok(())
    } else {
        Err(format!(
            "dependency check failed:\n  {}",
            problems.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::satisfied;

    #[test]
    fn spdx_expressions() {
        assert!(satisfied("MIT OR Apache-2.0"));
        assert!(satisfied("MIT/Apache-2.0"));
        assert!(satisfied("(MIT OR Apache-2.0) AND Unicode-3.0"));
        assert!(satisfied(
            "Apache-2.0 WITH LLVM-exception OR Apache-2.0 OR MIT"
        ));
        assert!(!satisfied("GPL-3.0"));
        assert!(!satisfied("MIT AND GPL-2.0"));
        assert!(satisfied("GPL-2.0 OR MIT"));
    }
}
