//! The `list` way in: see `gleaner_archive::fuzz_checks::list`, which the
//! regression tests (tests/fuzz-regressions/) run too.
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| gleaner_archive::fuzz_checks::list(bytes));
