//! Resolution and dates on MEANTIME dev, through the whole pipeline, must give
//! exactly what models/MANIFEST.json records (`gleaner-train eval-resolution`
//! wrote it; the README shows it): the figures are deterministic, so a change
//! either way is deliberate. Needs ../shared/data/resolution (`#[ignore]`d: scripts/test.sh runs it where ../shared is there).

use gleaner_core::ner::Model;
use gleaner_core::Language;
use gleaner_train::resolution_eval::{data_dir, evaluate};
use gleaner_train::{manifest, model_path};

#[test]
#[ignore = "needs ../shared beside the project; scripts/test.sh runs it there (cargo test -- --ignored)"]
fn meantime_figures_are_the_recorded_ones() {
    gleaner_train::require_corpus(&data_dir());
    let models: Vec<(Language, Model)> = ["en", "de", "es", "nl", "pt"]
        .iter()
        .map(|code| {
            let bytes = std::fs::read(model_path(code)).expect("model file");
            (Language::from_code(code).expect("a language"), Model::from_bytes(&bytes).expect("model loads"))
        })
        .collect();
    let model_for = |language: Language| models.iter().find(|(l, _)| *l == language).map(|(_, m)| m);
    let (per_language, together) = evaluate(&model_for).expect("MEANTIME reads");
    let manifest = manifest::read_all();
    let recorded = &manifest["resolution"];
    let close = |a: f64, b: Option<f64>| b.is_some_and(|b| (a - b).abs() <= 0.0005);
    let mut differences = Vec::new();
    for (language, f) in &per_language {
        let r = &recorded["languages"][language];
        let checks = [
            ("mention F1", f.mentions().2, r["mentions"]["f1"].as_f64()),
            ("B³ within documents", f.within.2, r["b_cubed_within_documents"].as_f64()),
            ("B³ across documents", f.across.2, r["b_cubed_across_documents"].as_f64()),
        ];
        for (what, value, expected) in checks {
            if !close(value, expected) {
                differences.push(format!("{language} {what}: {value:.3}, recorded {expected:?}"));
            }
        }
        let merges = (f.wrong_person_merges_within as u64, f.wrong_person_merges_across as u64);
        let recorded_merges = (
            r["wrong_person_merges"]["within_documents"].as_u64().unwrap_or(u64::MAX),
            r["wrong_person_merges"]["across_documents"].as_u64().unwrap_or(u64::MAX),
        );
        if merges != recorded_merges {
            differences.push(format!("{language} wrong merges: {merges:?}, recorded {recorded_merges:?}"));
        }
        if let Some((right, of)) = f.date_values {
            let recorded_dates = (r["dates"]["values_right"].as_u64(), r["dates"]["of"].as_u64());
            if recorded_dates != (Some(right as u64), Some(of as u64)) {
                differences.push(format!("{language} dates right: {right} of {of}, recorded {recorded_dates:?}"));
            }
        }
    }
    if !close(together.across.2, recorded["all_languages"]["b_cubed"].as_f64()) {
        differences.push(format!(
            "all languages B³: {:.3}, recorded {}",
            together.across.2, recorded["all_languages"]["b_cubed"]
        ));
    }
    assert!(
        differences.is_empty(),
        "MEANTIME figures differ from models/MANIFEST.json:\n  {}\nIf the change is meant: cargo run --release -p gleaner-train -- eval-resolution && cargo run -p gleaner-train -- report",
        differences.join("\n  ")
    );
}
