//! Each shipped model, evaluated on its dev split, must score within 0.5 F1 of
//! the score its manifest records. Needs ../shared/data (skips without it).

use gleaner_core::ner::Model;
use gleaner_train::{config::LANGUAGES, corpus::read_conll, data_dir, eval::evaluate, manifest, model_path};

#[test]
fn dev_f1_has_not_dropped_below_the_manifest() {
    if !data_dir().is_dir() {
        eprintln!("skipped: {} is not there (the corpora live in ../shared)", data_dir().display());
        return;
    }
    let recorded = manifest::read();
    assert!(!recorded.is_empty(), "models/MANIFEST.json lists no models");
    for cfg in LANGUAGES {
        let entry =
            recorded.get(cfg.language).unwrap_or_else(|| panic!("{} is missing from the manifest", cfg.language));
        let expected = entry["dev"]["micro"]["f1"].as_f64().expect("manifest records dev F1");
        let bytes = std::fs::read(model_path(cfg.language)).expect("model file");
        let model = Model::from_bytes(&bytes).expect("model loads");
        let dev = read_conll(&data_dir().join(cfg.dev.file)).expect("dev split");
        let f1 = evaluate(&model, &dev).total.f1();
        println!("{}: dev F1 {f1:.2} (manifest {expected:.2})", cfg.language);
        assert!(
            f1 >= expected - 0.5,
            "{} dev F1 {f1:.2} dropped more than 0.5 below the manifest's {expected:.2}",
            cfg.language
        );
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
