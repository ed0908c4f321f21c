//! The core crate's modules import one way: types → generated tables → look-ups → wire →
//! explain. This test reads the sources, follows every `crate::` and `super::` path and every
//! `use` of a child module, and fails on an import that goes up a layer or closes a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The layers, lowest first; `lib.rs` sits above them all.
const LAYERS: [&str; 8] = [
    "types",
    "generated",
    "catalog",
    "wire",
    "explain",
    "delivery",
    "message",
    "log",
];

fn layer_of(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or("");
    LAYERS
        .iter()
        .position(|l| *l == top)
        .unwrap_or(LAYERS.len())
}

/// `src/wire/reply.rs` -> `wire::reply`; `src/wire/mod.rs` -> `wire`; `src/lib.rs` -> ``.
fn module_of(rel: &Path) -> String {
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts.join("::")
}

fn sources(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let module = module_of(path.strip_prefix(root).unwrap());
            out.insert(module, fs::read_to_string(&path).unwrap());
        }
    }
}

/// The longest known module that `path` (a `::` path) starts with.
fn resolve(path: &str, modules: &BTreeSet<String>) -> Option<String> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find(|m| modules.contains(m))
}

fn path_after(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
        .collect::<String>()
        .trim_end_matches(':')
        .to_string()
}

/// Every module each module imports (code only: comments and doc tests are skipped).
fn imports(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeSet<String> = files.keys().cloned().collect();
    let mut graph = BTreeMap::new();
    for (module, source) in files {
        let mut to = BTreeSet::new();
        let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
        let code = source.split("#[cfg(test)]").next().unwrap_or("");
        let children: Vec<String> = code
            .lines()
            .filter_map(|l| {
                let l = l
                    .trim_start()
                    .trim_start_matches("pub(crate) ")
                    .trim_start_matches("pub ");
                l.strip_prefix("mod ")
                    .map(|m| m.trim_end_matches(';').to_string())
            })
            .collect();
        for line in code.lines().map(str::trim_start) {
            if line.starts_with("//") {
                continue;
            }
            for (i, _) in line.match_indices("crate::") {
                let p = path_after(&line[i + 7..]);
                to.extend(resolve(&p, &modules));
            }
            for (i, _) in line.match_indices("super::") {
                let rest = path_after(&line[i + 7..])
                    .trim_start_matches("super::")
                    .to_string();
                let base = if parent.is_empty() {
                    rest
                } else {
                    format!("{parent}::{rest}")
                };
                to.extend(resolve(&base, &modules));
            }
            let used = line
                .strip_prefix("use ")
                .or_else(|| line.strip_prefix("pub use "));
            if let Some(used) = used {
                for child in &children {
                    if used.starts_with(&format!("{child}::")) {
                        let full = if module.is_empty() {
                            child.clone()
                        } else {
                            format!("{module}::{child}")
                        };
                        to.extend(resolve(&full, &modules));
                    }
                }
            }
        }
        to.remove(module);
        graph.insert(module.clone(), to);
    }
    graph
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    sources(&root, &root, &mut files);
    imports(&files)
}

#[test]
fn imports_never_go_up_a_layer() {
    let graph = graph();
    let mut wrong = Vec::new();
    for (from, tos) in &graph {
        for to in tos {
            if layer_of(to) > layer_of(from) {
                wrong.push(format!("{from} imports {to}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports going up a layer: {wrong:#?}");
    // The test sees real imports: the explain layer reads the wire layer and the tables.
    assert!(graph["explain"].contains("wire::bounce"));
    assert!(graph["generated::catalog"].contains("types"));
}

#[test]
fn no_module_imports_itself_through_others() {
    let graph = graph();
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            return Some(path[at..].to_vec());
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        let circle = visit(m, &graph, &mut Vec::new(), &mut done);
        assert!(circle.is_none(), "import circle: {circle:?}");
    }
}

#[test]
fn the_checker_finds_a_circle_and_an_upward_import() {
    let files: BTreeMap<String, String> = [
        ("types".to_string(), "use crate::catalog::X;\n".to_string()),
        ("catalog".to_string(), "use crate::types::Y;\n".to_string()),
    ]
    .into_iter()
    .collect();
    let g = imports(&files);
    assert!(g["types"].contains("catalog"));
    assert!(layer_of("catalog") > layer_of("types"));
    assert!(g["catalog"].contains("types"));
}
