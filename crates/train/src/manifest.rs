//! models/MANIFEST.json: for each model, the data and licenses it inherits, the
//! command and commit that made it, its size, and the dev scores printed.

use crate::config::LanguageConfig;
use crate::eval::Scores;
use serde_json::{json, Map, Value};
use std::path::Path;

pub fn manifest_path() -> std::path::PathBuf {
    crate::repo_root().join("models/MANIFEST.json")
}

/// The manifest format: 3 adds each file's CRC-32, where the epoch was chosen,
/// the other genres' gold-token scores, what measured the scores, and language id.
pub const FORMAT: &str = "gleaner-models/3";

/// The whole manifest, or an empty one.
pub fn read_all() -> Map<String, Value> {
    std::fs::read_to_string(manifest_path())
        .ok()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default()
}

/// The models' entries by language.
pub fn read() -> Map<String, Value> {
    read_all().get("models").and_then(Value::as_object).cloned().unwrap_or_default()
}

fn write_all(mut manifest: Map<String, Value>) -> Result<(), String> {
    manifest.insert("format".into(), FORMAT.into());
    let text = serde_json::to_string_pretty(&Value::Object(manifest)).map_err(|e| e.to_string())?;
    std::fs::write(manifest_path(), text + "\n").map_err(|e| format!("{}: {e}", manifest_path().display()))
}

/// The SHA-256 of a file's bytes, in hex: how a test sees that a model or the
/// lexicon changed without its manifest entry. (Not a CRC-32: each file ends
/// with the CRC-32 of its own body, and a CRC-32 over data and its own CRC is
/// the same constant for every file, so such a check could never fail.)
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("{:x}", Sha256::digest(bytes))
}

/// Whether `bytes` are the file a manifest entry (`bytes`, `sha256`) describes.
pub fn check_file(entry: &Value, bytes: &[u8]) -> Result<(), String> {
    if entry["bytes"].as_u64() != Some(bytes.len() as u64) {
        return Err(format!("{} bytes, but the manifest records {}", bytes.len(), entry["bytes"]));
    }
    let sha256 = sha256_hex(bytes);
    if entry["sha256"].as_str() != Some(sha256.as_str()) {
        return Err(format!("SHA-256 {sha256}, but the manifest records {}", entry["sha256"]));
    }
    Ok(())
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
    pub bytes: &'a [u8],
    pub epoch: usize,
    pub epochs: usize,
    pub bits: u32,
    /// Cluster file name, its license, and the words kept.
    pub clusters: Option<(&'a str, &'a str, usize)>,
    /// Corpus files whose typed names went into the name lists.
    pub names: &'a [String],
    /// Silver training data it was trained on, at [`crate::config::SILVER_WEIGHT`].
    pub silver: &'a [crate::config::Source],
    pub scores: &'a ScoreReport,
    pub seconds: f64,
    pub args: &'a [String],
}

/// A model's scores: its dev split on gold tokens and on the raw-text path,
/// and each other genre's dev split (gold, raw), three types.
pub struct ScoreReport {
    pub dev: Scores,
    pub dev_raw: Scores,
    pub other: Vec<(&'static str, Scores, Scores)>,
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

/// Writes `scores` into a model's entry, with the command and commit that measured them.
fn put_scores(entry: &mut Map<String, Value>, cfg: &LanguageConfig, scores: &ScoreReport, command: &str) {
    entry.insert("dev".into(), scores_json(cfg.dev.file, &scores.dev));
    entry.insert("dev_raw_text".into(), scores_json(cfg.dev.file, &scores.dev_raw));
    let others: Vec<Value> = scores
        .other
        .iter()
        .map(|(file, gold, raw)| json!({"split": file, "gold": scores_json(file, gold), "raw_text": scores_json(file, raw)}))
        .collect();
    entry.insert("other_genres".into(), others.into());
    entry.remove("other_genres_raw_text");
    entry.insert("scored".into(), json!({"command": command, "commit": commit()}));
}

/// A trained model's whole entry: data, licenses, command, file, and scores.
pub fn record(r: &Record) -> Result<(), String> {
    let cfg = r.cfg;
    let mut data: Vec<Value> =
        cfg.train.iter().map(|s| json!({"file": s.file, "use": "train", "license": s.license})).collect();
    data.push(
        json!({"file": cfg.dev.file, "use": "dev, tuned: scored after every change, and the feature min-count, the name-list threshold, the cluster choice and raw-text rules were chosen on it, so its figures overstate unseen news", "license": cfg.dev.license}),
    );
    for source in r.silver {
        let weight = crate::config::SILVER_WEIGHT;
        data.push(json!({"file": source.file, "use": format!("train, silver (modern Wikipedia), each mistake weighted {weight} of a gold one"), "license": source.license}));
    }
    for source in cfg.other_dev {
        data.push(json!({"file": source.file, "use": "dev of another genre: with the dev split, one of the two dev sets a change must help (the rule of two)", "license": source.license}));
    }
    if let Some((name, license, words)) = r.clusters {
        data.push(json!({"file": format!("clusters/{name}.tsv.gz"), "use": format!("word clusters ({words} most frequent words, hashed, in the model)"), "license": license}));
    }
    for file in r.names {
        let license = crate::config::corpus_license(file).map_or("unknown", |(license, _)| license);
        data.push(json!({"file": file, "use": "typed names seen twice or more (hashed name lists in the model; never labels)", "license": license}));
    }
    for source in crate::lexicons::SOURCES {
        data.push(json!({"file": format!("lexicons/{}", source.file), "use": "name lists (hashed, in the model)", "license": source.license}));
    }
    let mut entry = json!({
        "file": r.path.file_name().map(|f| f.to_string_lossy().to_string()),
        "bytes": r.bytes.len(),
        "sha256": sha256_hex(r.bytes),
        "types": cfg.types.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        "model": format!("structured averaged perceptron, {} hashed feature buckets, i8 weights, deflate; word-cluster and document features", 1u64 << r.bits),
        "epochs": {"chosen": r.epoch, "run": r.epochs, "chosen_on": format!("every {}th document of the training data, held out of training (also fits the confidence temperature); not on dev", crate::HELD_OUT_EVERY)},
        "data": data,
        "conventions": "countries are LOC: ORG mentions whose whole text is a country name in the lexicons (this language or English) are retagged LOC in the training data and in every dev split scored",
        "command": format!("cargo run --release -p gleaner-train -- train {}", r.args.join(" ")),
        "commit": commit(),
        "train_seconds": round(r.seconds),
    });
    if let Some(entry) = entry.as_object_mut() {
        put_scores(
            entry,
            cfg,
            r.scores,
            &format!("cargo run --release -p gleaner-train -- train {}", r.args.join(" ")),
        );
    }
    let mut manifest = read_all();
    let mut models = read();
    models.insert(cfg.language.to_string(), entry);
    manifest.insert("models".into(), models.into());
    write_all(manifest)
}

/// Replaces a shipped model's scores with those just measured by `command`.
pub fn record_scores(cfg: &LanguageConfig, scores: &ScoreReport, command: &str) -> Result<(), String> {
    let mut manifest = read_all();
    let mut models = read();
    let entry = models
        .get_mut(cfg.language)
        .and_then(Value::as_object_mut)
        .ok_or_else(|| format!("{} is not in the manifest: train it first", cfg.language))?;
    put_scores(entry, cfg, scores, command);
    manifest.insert("models".into(), models.into());
    write_all(manifest)
}

/// Language identification as `gleaner-train langid` measured it: per language, (right, of, source).
pub fn record_langid(results: &[(&str, usize, usize, String)]) -> Result<(), String> {
    let mut manifest = read_all();
    let languages: Map<String, Value> = results
        .iter()
        .map(|(code, right, of, source)| (code.to_string(), json!({"right": right, "of": of, "source": source})))
        .collect();
    manifest.insert(
        "langid".into(),
        json!({"what": "dev sentences of five or more words, each read alone", "command": "cargo run --release -p gleaner-train -- langid", "commit": commit(), "languages": languages}),
    );
    write_all(manifest)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Resolution and dates on MEANTIME as `gleaner-train eval-resolution` measured them.
pub fn record_resolution(
    per_language: &[(String, crate::resolution_eval::LanguageFigures)],
    together: &crate::resolution_eval::LanguageFigures,
) -> Result<(), String> {
    let languages: Map<String, Value> = per_language
        .iter()
        .map(|(language, f)| {
            let mut figures = json!({
                "documents": f.documents,
                "mentions": {"precision": round3(f.mentions().0), "recall": round3(f.mentions().1), "f1": round3(f.mentions().2)},
                "b_cubed_within_documents": round3(f.within.2),
                "b_cubed_across_documents": round3(f.across.2),
                "wrong_person_merges": {"within_documents": f.wrong_person_merges_within, "across_documents": f.wrong_person_merges_across},
            });
            if let (Some(span_f1), Some((right, of)), Some(map)) = (f.date_span_f1(), f.date_values, figures.as_object_mut()) {
                map.insert("dates".into(), json!({"span_f1": round3(span_f1), "values_right": right, "of": of}));
            }
            (language.clone(), figures)
        })
        .collect();
    let mut manifest = read_all();
    manifest.insert(
        "resolution".into(),
        json!({
            "what": "MEANTIME dev (../shared/data/resolution), raw text through the whole pipeline with each document's date given; mentions scored in the fully annotated part (exact spans, any type); B³ over the gold mentions found; dates (DATE timexes, annotated part): exact-span F1 and the share of gold dates given their calendar value",
            "command": "cargo run --release -p gleaner-train -- eval-resolution",
            "commit": commit(),
            "languages": languages,
            "all_languages": {"b_cubed": round3(together.across.2), "wrong_person_merges": together.wrong_person_merges_across},
        }),
    );
    write_all(manifest)
}
