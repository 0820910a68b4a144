#!/usr/bin/env bash
# Runs every test: formatting, lints, native tests, wasm tests in headless
# Chromium, the release build, and end-to-end tests against the built dist/.
. "$(dirname "$0")/setup.sh" --browser

# ../shared (the corpora and the sample articles) is beside CI's clone, never a user's.
SHARED=false
if [ -d ../shared/data ] && [ -d ../shared/samples ]; then
  SHARED=true
elif [ "${CI:-}" = true ]; then
  echo "error: ../shared is not beside the clone ($(cd .. && pwd)): CI runs every test, and those on the corpora and the sample articles need it" >&2
  exit 1
else
  echo "note: ../shared is not beside the project (a user's clone): the tests that need it are reported as ignored or skipped"
fi

step "rustfmt"
cargo fmt --all --check

step "clippy (native and wasm), warnings denied"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p gleaner-web --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "native tests"
cargo test --workspace --locked

step "native tests on ../shared (#[ignore]d where it is missing)"
if $SHARED; then
  cargo test --workspace --locked -- --ignored
else
  echo "skipped: ../shared is not beside the project"
fi

step "wasm tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p gleaner-web --target wasm32-unknown-unknown --locked

step "release build"
trunk build --release
ls -l dist/*.wasm | awk '{print "wasm bytes:", $5}'
printf 'wasm gzip bytes: %s\n' "$(gzip -9 -c dist/*.wasm | wc -c)"

step "end-to-end tests (playwright-core + Debian Chromium against dist/ on 127.0.0.1)"
cargo build -p gleaner-cli --locked
node --test tests/e2e/

step "Python package (the wheel, pytest) and the Spark example in local[2] (Java 17 from Debian)"
bash scripts/python.sh

step "fuzz smoke: every target for ${GLEANER_FUZZ_SECONDS:-60} s (a crash fails, its input stays in fuzz/artifacts/)"
bash scripts/fuzz.sh all "${GLEANER_FUZZ_SECONDS:-60}"
