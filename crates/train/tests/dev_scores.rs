//! Each shipped model, evaluated on every split its manifest entry scores (its
//! dev split on gold tokens and on the raw-text path, and each other genre's
//! dev split on both), must give the recorded micro F1 within 0.05 either
//! way: evaluation is deterministic, so any change is one to make on purpose,
//! with `gleaner-train eval` recording the new figures. Needs ../shared/data
//! (`#[ignore]`d: scripts/test.sh runs it where ../shared is there). The model files themselves must be those the manifest
//! describes (size and SHA-256), which needs nothing from ../shared, and a
//! corrupted copy must fail that check and the loader.

use gleaner_core::ner::{EntityType, Model};
use gleaner_core::Language;
use gleaner_train::eval::{evaluate, evaluate_raw, totals};
use gleaner_train::{config::LANGUAGES, data_dir, manifest, model_path, read_split};

/// How far a recorded F1 may be from a fresh evaluation (the manifest rounds to 0.01).
const TOLERANCE: f64 = 0.05;

#[test]
#[ignore = "needs ../shared beside the project; scripts/test.sh runs it there (cargo test -- --ignored)"]
fn every_split_scores_what_the_manifest_records() {
    gleaner_train::require_corpus(&data_dir());
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
    let three = [EntityType::PER, EntityType::ORG, EntityType::LOC];
    let mut differences = Vec::new();
    let mut compare = |what: String, f1: f64, expected: Option<f64>| {
        let expected = expected.unwrap_or_else(|| panic!("the manifest records no F1 for {what}"));
        println!("{what}: F1 {f1:.2} (manifest {expected:.2})");
        if (f1 - expected).abs() > TOLERANCE {
            differences.push(format!("{what}: F1 {f1:.2}, the manifest records {expected:.2}"));
        }
    };
    for cfg in LANGUAGES {
        let entry =
            recorded.get(cfg.language).unwrap_or_else(|| panic!("{} is missing from the manifest", cfg.language));
        let model = model_for(Language::from_code(cfg.language).expect("a language")).expect("loaded");
        let dev = read_split(cfg.dev.file, cfg.language).expect("dev split");
        compare(
            format!("{} {} gold tokens", cfg.language, cfg.dev.file),
            evaluate(model, &dev).total.f1(),
            entry["dev"]["micro"]["f1"].as_f64(),
        );
        let raw = evaluate_raw(&model_for, &dev, &model.labels.types).total.f1();
        compare(
            format!("{} {} raw text", cfg.language, cfg.dev.file),
            raw,
            entry["dev_raw_text"]["micro"]["f1"].as_f64(),
        );
        for source in cfg.other_dev {
            let recorded = entry["other_genres"].as_array().and_then(|o| o.iter().find(|g| g["split"] == source.file));
            let recorded =
                recorded.unwrap_or_else(|| panic!("{}: no scores for {} in the manifest", cfg.language, source.file));
            let sentences = read_split(source.file, cfg.language).expect("other-genre split");
            let mut gold = evaluate(model, &sentences);
            gold.per_type.retain(|t, _| three.contains(t));
            let gold = totals(gold).total.f1();
            compare(
                format!("{} {} gold tokens", cfg.language, source.file),
                gold,
                recorded["gold"]["micro"]["f1"].as_f64(),
            );
            let raw = evaluate_raw(&model_for, &sentences, &three).total.f1();
            compare(
                format!("{} {} raw text", cfg.language, source.file),
                raw,
                recorded["raw_text"]["micro"]["f1"].as_f64(),
            );
        }
    }
    assert!(
        differences.is_empty(),
        "evaluation differs from models/MANIFEST.json by more than {TOLERANCE}:\n  {}\nIf the change is meant, record it: cargo run --release -p gleaner-train -- eval && cargo run -p gleaner-train -- report",
        differences.join("\n  ")
    );
}

#[test]
fn model_files_are_the_ones_the_manifest_describes() {
    let recorded = manifest::read();
    assert!(!recorded.is_empty(), "models/MANIFEST.json lists no models");
    for (language, entry) in &recorded {
        let bytes = std::fs::read(model_path(language)).expect("model file listed in the manifest exists");
        if let Err(e) = manifest::check_file(entry, &bytes) {
            panic!("models/ner-{language}.glm changed without its manifest entry ({e}): retrain it with `gleaner-train train {language}`");
        }
    }
    let lexicon = gleaner_train::report::lexicon_manifest();
    let bytes = std::fs::read(gleaner_train::repo_root().join("models/lexicon.glx")).expect("models/lexicon.glx");
    if let Err(e) = manifest::check_file(&lexicon, &bytes) {
        panic!("models/lexicon.glx changed without models/LEXICON.json ({e}): rebuild it with `gleaner-train lexicon`");
    }
}

/// The checks above can fail: one byte flipped in a copy of each model and of the
/// lexicon, anywhere in the file, is refused by the loader and by the manifest check.
#[test]
fn a_corrupted_copy_is_refused_by_the_loader_and_the_manifest_check() {
    let recorded = manifest::read();
    assert!(!recorded.is_empty(), "models/MANIFEST.json lists no models");
    for (language, entry) in &recorded {
        let bytes = std::fs::read(model_path(language)).expect("model file");
        assert!(manifest::check_file(entry, &bytes).is_ok(), "{language}: the shipped file passes");
        for at in [8, bytes.len() / 2, bytes.len() - 1] {
            let mut copy = bytes.clone();
            copy[at] ^= 0x10;
            assert!(Model::from_bytes(&copy).is_err(), "{language}: the loader took a copy with byte {at} flipped");
            assert!(
                manifest::check_file(entry, &copy).is_err(),
                "{language}: the manifest check took byte {at} flipped"
            );
        }
    }
    let lexicon = gleaner_train::report::lexicon_manifest();
    let bytes = std::fs::read(gleaner_train::repo_root().join("models/lexicon.glx")).expect("models/lexicon.glx");
    let mut copy = bytes.clone();
    let middle = copy.len() / 2;
    copy[middle] ^= 0x10;
    assert!(gleaner_core::resolve::Lexicon::from_bytes(&copy).is_err(), "the lexicon loader took a corrupted copy");
    assert!(manifest::check_file(&lexicon, &copy).is_err(), "the lexicon's manifest check took a corrupted copy");
}

#[test]
fn the_readme_shows_what_the_manifest_records() {
    let path = gleaner_train::repo_root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let rendered =
        gleaner_train::report::render(&readme, &manifest::read_all(), &gleaner_train::report::lexicon_manifest())
            .unwrap_or_else(|e| panic!("{e}"));
    if rendered != readme {
        let first = readme.lines().zip(rendered.lines()).find(|(a, b)| a != b);
        panic!(
            "README.md's generated figures differ from models/MANIFEST.json (first difference: {first:?}); run `cargo run -p gleaner-train -- report`"
        );
    }
}
