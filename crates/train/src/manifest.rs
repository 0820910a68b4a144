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

pub fn commit() -> String {
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

/// What one training run produced, for the manifest.
pub struct Record<'a> {
    pub cfg: &'a LanguageConfig,
    pub path: &'a Path,
    pub bytes: usize,
    pub epoch: usize,
    pub epochs: usize,
    pub bits: u32,
    /// Cluster file name, its license, and the words kept.
    pub clusters: Option<(&'a str, &'a str, usize)>,
    pub dev: &'a Scores,
    pub dev_raw: &'a Scores,
    pub other_raw: &'a [(&'static str, Scores, Scores)],
    pub seconds: f64,
    pub args: &'a [String],
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn scores_json(split: &str, scores: &Scores) -> Value {
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
    let c = scores.total;
    json!({"split": split, "micro": {"precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f1())}, "per_type": per_type})
}

pub fn record(r: &Record) -> Result<(), String> {
    let cfg = r.cfg;
    let mut data: Vec<Value> =
        cfg.train.iter().map(|s| json!({"file": s.file, "use": "train", "license": s.license})).collect();
    data.push(json!({"file": cfg.dev.file, "use": "dev (model selection and scores)", "license": cfg.dev.license}));
    for source in cfg.other_dev {
        data.push(json!({"file": source.file, "use": "dev of another genre (scores only)", "license": source.license}));
    }
    if let Some((name, license, words)) = r.clusters {
        data.push(json!({"file": format!("clusters/{name}.tsv.gz"), "use": format!("word clusters ({words} most frequent words, hashed, in the model)"), "license": license}));
    }
    for source in crate::lexicons::SOURCES {
        data.push(json!({"file": format!("lexicons/{}", source.file), "use": "name lists (hashed, in the model)", "license": source.license}));
    }
    let others: Vec<Value> = r.other_raw.iter().map(|(file, _, raw)| scores_json(file, raw)).collect();
    let entry = json!({
        "file": r.path.file_name().map(|f| f.to_string_lossy().to_string()),
        "bytes": r.bytes,
        "types": cfg.types.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        "model": format!("structured averaged perceptron, {} hashed feature buckets, i8 weights, deflate; word-cluster and document features", 1u64 << r.bits),
        "epochs": {"chosen": r.epoch, "run": r.epochs},
        "data": data,
        "conventions": "countries are LOC: ORG mentions whose whole text is a country name in the lexicons (this language or English) are retagged LOC in the training data and in every dev split scored",
        "command": format!("cargo run --release -p gleaner-train -- train {}", r.args.join(" ")),
        "commit": commit(),
        "train_seconds": round(r.seconds),
        "dev": scores_json(cfg.dev.file, r.dev),
        "dev_raw_text": scores_json(cfg.dev.file, r.dev_raw),
        "other_genres_raw_text": others,
    });
    let mut models = read();
    models.insert(cfg.language.to_string(), entry);
    let manifest = json!({"format": "gleaner-models/2", "models": models});
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    std::fs::write(manifest_path(), text + "\n").map_err(|e| e.to_string())
}
