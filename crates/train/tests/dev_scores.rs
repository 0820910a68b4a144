//! Each shipped model, evaluated on its dev split, must score within 0.5 F1 of
//! the scores its manifest records, on gold tokens and on the raw-text path.
//! Needs ../shared/data (skips without it).

use gleaner_core::ner::Model;
use gleaner_core::Language;
use gleaner_train::eval::{evaluate, evaluate_raw};
use gleaner_train::{config::LANGUAGES, data_dir, manifest, model_path, read_split};

#[test]
fn dev_f1_has_not_dropped_below_the_manifest() {
    if !data_dir().is_dir() {
        eprintln!("skipped: {} is not there (the corpora live in ../shared)", data_dir().display());
        return;
    }
    let recorded = manifest::read();
    assert!(!recorded.is_empty(), "models/MANIFEST.json lists no models");
    let models: Vec<(Language, Model)> = LANGUAGES
        .iter()
        .map(|cfg| {
            let bytes = std::fs::read(model_path(cfg.language)).expect("model file");
            (Language::from_code(cfg.language).expect("a language"), Model::from_bytes(&bytes).expect("model loads"))
        })
        .collect();
    let model_for = |language: Language| models.iter().find(|(l, _)| *l == language).map(|(_, m)| m);
    for cfg in LANGUAGES {
        let entry =
            recorded.get(cfg.language).unwrap_or_else(|| panic!("{} is missing from the manifest", cfg.language));
        let model = model_for(Language::from_code(cfg.language).expect("a language")).expect("loaded");
        let dev = read_split(cfg.dev.file, cfg.language).expect("dev split");
        let gold = evaluate(model, &dev).total.f1();
        let raw = evaluate_raw(&model_for, &dev, &model.labels.types).total.f1();
        for (path, f1) in [("dev", gold), ("dev_raw_text", raw)] {
            let expected = entry[path]["micro"]["f1"].as_f64().unwrap_or_else(|| panic!("manifest records {path} F1"));
            println!("{}: {path} F1 {f1:.2} (manifest {expected:.2})", cfg.language);
            assert!(
                f1 >= expected - 0.5,
                "{} {path} F1 {f1:.2} dropped more than 0.5 below the manifest's {expected:.2}",
                cfg.language
            );
        }
    }
}

#[test]
fn model_files_match_the_manifest() {
    let recorded = manifest::read();
    for (language, entry) in &recorded {
        let bytes = std::fs::read(model_path(language)).expect("model file listed in the manifest exists");
        assert_eq!(entry["bytes"].as_u64(), Some(bytes.len() as u64), "{language}: size differs from the manifest");
        assert!(bytes.len() <= 2 * 1024 * 1024, "{language}: model is over 2 MB");
    }
}
