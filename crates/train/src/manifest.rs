//! models/MANIFEST.json: for each model, the data and licenses it inherits, the
//! command and commit that made it, its size, and the dev scores printed.

use crate::config::LanguageConfig;
use crate::eval::Scores;
use serde_json::{json, Map, Value};
use std::path::Path;

pub fn manifest_path() -> std::path::PathBuf {
    crate::repo_root().join("models/MANIFEST.json")
}

pub fn read() -> Map<String, Value> {
    std::fs::read_to_string(manifest_path())
        .ok()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .and_then(|v| v.get("models").and_then(Value::as_object).cloned())
        .unwrap_or_default()
}

fn commit() -> String {
    let run = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(crate::repo_root())
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let head = run(&["rev-parse", "HEAD"]);
    // The models being written are not the code that made them.
    let dirty = !run(&["status", "--porcelain", "--untracked-files=no", "--", ".", ":!models"]).is_empty();
    if dirty {
        format!("{head}+uncommitted changes")
    } else {
        head
    }
}

#[allow(clippy::too_many_arguments)]
pub fn record(
    cfg: &LanguageConfig,
    path: &Path,
    bytes: usize,
    epoch: usize,
    epochs: usize,
    bits: u32,
    scores: &Scores,
    seconds: f64,
    args: &[String],
) -> Result<(), String> {
    let round = |x: f64| (x * 100.0).round() / 100.0;
    let per_type: Map<String, Value> = scores
        .per_type
        .iter()
        .map(|(t, c)| {
            (
                t.as_str().to_string(),
                json!({"precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f1())}),
            )
        })
        .collect();
    let mut data: Vec<Value> =
        cfg.train.iter().map(|s| json!({"file": s.file, "use": "train", "license": s.license})).collect();
    data.push(json!({"file": cfg.dev.file, "use": "dev (model selection and scores)", "license": cfg.dev.license}));
    for source in crate::lexicons::SOURCES {
        data.push(json!({"file": format!("lexicons/{}", source.file), "use": "name lists (hashed, in the model)", "license": source.license}));
    }
    let entry = json!({
        "file": path.file_name().map(|f| f.to_string_lossy().to_string()),
        "bytes": bytes,
        "types": cfg.types.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        "model": format!("structured averaged perceptron, {} hashed feature buckets, i8 weights, deflate", 1u64 << bits),
        "epochs": {"chosen": epoch, "run": epochs},
        "data": data,
        "command": format!("cargo run --release -p gleaner-train -- train {}", args.join(" ")),
        "commit": commit(),
        "train_seconds": round(seconds),
        "dev": {"split": cfg.dev.file, "micro": {"precision": round(scores.total.precision()), "recall": round(scores.total.recall()), "f1": round(scores.total.f1())}, "per_type": per_type},
    });
    let mut models = read();
    models.insert(cfg.language.to_string(), entry);
    let manifest = json!({"format": "gleaner-models/1", "models": models});
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    std::fs::write(manifest_path(), text + "\n").map_err(|e| e.to_string())
}
