//! The core's stages import downward only: no module imports, directly or
//! through others, a module that imports it back (docs/ARCHITECTURE.md). Read
//! from the source itself, so a new import that closes a circle fails here,
//! with the circle and its imports named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Module path ("resolve::entities", "" for the crate root) → file.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("readable source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(src).expect("inside src").with_extension("");
                let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                    parts.pop();
                }
                found.insert(parts.join("::"), path);
            }
        }
    }
    found
}

/// The code a module runs, without its tests and comments.
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable source file");
    let before_tests = text.split("#[cfg(test)]").next().unwrap_or("");
    before_tests.lines().map(|line| line.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// `a::{b, c::{d, self}}` → `a::b`, `a::c::d`, `a::c`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else { return vec![path.to_string()] };
    let close = path.rfind('}').unwrap_or(path.len());
    let prefix = &path[..open];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, open + 1);
    for (i, c) in path.char_indices().take(close).skip(open + 1) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&path[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&path[start..close]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            if p == "self" {
                vec![prefix.trim_end_matches(':').to_string()]
            } else {
                expand(&format!("{prefix}{p}"))
            }
        })
        .collect()
}

/// Paths starting at `crate`, `super` or `self`, and at a child module `name` declared here.
fn paths_in(code: &str) -> Vec<String> {
    let words = |c: char| c.is_alphanumeric() || c == '_' || c == ':' || c == '{' || c == '}' || c == ',' || c == '*';
    let mut paths = Vec::new();
    for statement in code.split(';') {
        let statement: String = statement.split_whitespace().collect();
        for keyword in ["pubuse", "pub(crate)use", "use"] {
            if let Some(rest) = statement.strip_prefix(keyword) {
                paths.extend(expand(rest));
                break;
            }
        }
    }
    let children: Vec<&str> = code
        .lines()
        .filter_map(|l| l.trim().trim_start_matches("pub(crate) ").trim_start_matches("pub ").strip_prefix("mod "))
        .filter_map(|l| l.strip_suffix(';'))
        .collect();
    let tokens: Vec<&str> = code.split(|c: char| !words(c)).filter(|t| t.contains("::")).collect();
    for token in tokens {
        let token = token.split(['{', '}', ',']).next().unwrap_or("");
        let first = token.split("::").next().unwrap_or("");
        let opens_a_list = token.ends_with("::"); // "crate::x::{a, b}": its use statement has it
        if !opens_a_list && (["crate", "super", "self"].contains(&first) || children.contains(&first)) {
            paths.push(token.to_string());
        }
    }
    paths
}

/// The imports of every module: module → (module it imports, the path as written).
fn imports(src: &Path) -> BTreeMap<String, BTreeSet<(String, String)>> {
    let modules = modules(src);
    // What the crate root re-exports ("crate::Document" is document's).
    let mut root = BTreeMap::new();
    for path in paths_in(&code(&modules[""])) {
        if let Some((module, item)) = path.rsplit_once("::") {
            root.insert(item.to_string(), module.split("::").map(str::to_string).collect::<Vec<_>>());
        }
    }
    let mut graph = BTreeMap::new();
    for (name, file) in &modules {
        let here: Vec<String> = name.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect();
        let mut edges = BTreeSet::new();
        for written in paths_in(&code(file)) {
            let mut segments: Vec<&str> = written.split("::").filter(|s| !s.is_empty() && *s != "*").collect();
            let mut at = match segments.first() {
                Some(&"crate") => {
                    segments.remove(0);
                    Vec::new()
                }
                _ => here.clone(),
            };
            while let Some(&step) = segments.first() {
                match step {
                    "super" => drop(at.pop()),
                    "self" => {}
                    _ => break,
                }
                segments.remove(0);
            }
            if at.is_empty() {
                if let Some(module) = segments.first().and_then(|s| root.get(*s)) {
                    at = module.clone();
                    segments.remove(0);
                }
            }
            at.extend(segments.iter().map(|s| s.split(" as ").next().unwrap_or(s).to_string()));
            // The longest prefix that is a module is what the path imports.
            let target = (1..=at.len()).rev().map(|k| at[..k].join("::")).find(|m| modules.contains_key(m));
            if let Some(target) = target.filter(|t| t != name) {
                edges.insert((target, written));
            }
        }
        graph.insert(name.clone(), edges);
    }
    graph
}

/// Groups of modules that reach each other (Tarjan's strongly connected components), larger than one.
fn circles(graph: &BTreeMap<String, BTreeSet<(String, String)>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<String, BTreeSet<(String, String)>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for (w, _) in &self.graph[v] {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    group.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk { graph, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_core_has_no_import_circle() {
    let graph = imports(&src());
    let report: Vec<String> = circles(&graph)
        .into_iter()
        .map(|group| {
            let inside: Vec<String> = group
                .iter()
                .flat_map(|m| {
                    graph[m]
                        .iter()
                        .filter(|(t, _)| group.contains(t))
                        .map(move |(t, how)| format!("  {m} → {t} ({how})"))
                })
                .collect();
            format!("{} modules import each other:\n{}", group.len(), inside.join("\n"))
        })
        .collect();
    assert!(
        report.is_empty(),
        "the core's modules must import downward only; move what both sides need below both:\n{}",
        report.join("\n")
    );
}

#[test]
fn no_stage_imports_the_pipeline() {
    // The pipeline (document) calls the stages; only what works on its finished
    // documents (exports, the corpus, the invariants, a reader's keys) may import it.
    let above = ["analysis", "conll", "corpus", "correct", "export", "invariants", ""];
    let graph = imports(&src());
    let importers: Vec<&String> = graph
        .iter()
        .filter(|(m, edges)| {
            !above.contains(&m.as_str()) && m.as_str() != "document" && edges.iter().any(|(t, _)| t == "document")
        })
        .map(|(m, _)| m)
        .collect();
    assert!(importers.is_empty(), "stages import the pipeline that calls them: {importers:?}");
}

#[test]
fn the_checker_sees_a_circle() {
    // The check itself must be able to fail: a two-module circle, as the parser reads it.
    let mut graph = BTreeMap::new();
    graph.insert("a".to_string(), BTreeSet::from([("b".to_string(), "crate::b::X".to_string())]));
    graph.insert("b".to_string(), BTreeSet::from([("a".to_string(), "super::a::Y".to_string())]));
    graph.insert("c".to_string(), BTreeSet::from([("a".to_string(), "crate::a".to_string())]));
    assert_eq!(circles(&graph), vec![vec!["a".to_string(), "b".to_string()]]);
    assert_eq!(expand("a::{b, c::{d, self}}"), ["a::b", "a::c::d", "a::c"]);
    let paths = paths_in("mod child;\nuse super::{x, y::Z};\nfn f() { child::run(); crate::lang::Language::En; }");
    for expected in ["super::x", "super::y::Z", "child::run", "crate::lang::Language::En"] {
        assert!(paths.iter().any(|p| p == expected), "{expected} in {paths:?}");
    }
}
