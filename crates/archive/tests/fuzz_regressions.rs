//! Every input a fuzzer once crashed on, checked in under
//! `tests/fuzz-regressions/` as `WAY-what-it-was`, runs through the same
//! checks as its fuzz target (`gleaner_archive::fuzz_checks`).

use gleaner_archive::fuzz_checks::WAYS_IN;

#[test]
fn every_input_that_once_crashed_a_fuzzer_passes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fuzz-regressions");
    let mut paths: Vec<_> = std::fs::read_dir(dir).expect(dir).flatten().map(|e| e.path()).collect();
    paths.sort();
    let mut checked = 0;
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if name == "README.md" {
            continue;
        }
        let way = name.split('-').next().unwrap_or_default();
        let check = WAYS_IN.iter().find(|(w, _)| *w == way).map(|(_, check)| *check).unwrap_or_else(|| {
            panic!("{name}: a regression file is named after its way in: one of {:?}", WAYS_IN.map(|w| w.0))
        });
        let bytes = std::fs::read(&path).expect("regression input");
        eprintln!("{name}: {} bytes through {way}", bytes.len());
        check(&bytes);
        checked += 1;
    }
    assert!(checked > 0, "no regression inputs in {dir}");
}
