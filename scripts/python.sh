#!/usr/bin/env bash
# The Python package and the Spark example: a venv at target/py-venv with
# maturin, pytest and Spark's Python side (pyspark, pyarrow, pandas), the
# abi3 wheel built into target/wheels and installed there, the release CLI the
# tests compare against, then the package's tests and the Spark example's.
# Idempotent, and fast when everything is in place. Java 17 comes from Debian.
# Usage: scripts/python.sh [pytest arguments...]

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# No __pycache__ folders in the source tree (they are not gitignored).
export PYTHONDONTWRITEBYTECODE=1
export LC_NUMERIC=C # EPOCHREALTIME with a decimal point, as awk reads it
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

VENV=target/py-venv
PY=$VENV/bin/python
# Versions verified together (see TOOLCHAIN.md): pandas 3 works, but pyspark warns.
REQUIREMENTS=("maturin>=1.9.4,<2" "pytest>=8" "pyspark>=4,<5" "pyarrow>=15" "pandas>=2.2,<3")

SUMMARY=()
STEP_NAME="" STEP_START=""
step() {
  step_done
  STEP_NAME="$*" STEP_START=$EPOCHREALTIME
  printf '\n== %s\n' "$*"
}
step_done() {
  if [ -n "$STEP_NAME" ]; then
    SUMMARY+=("$(awk -v a="$STEP_START" -v b="$EPOCHREALTIME" -v n="$STEP_NAME" \
      'BEGIN { printf "%7.1f s  %s", b - a, n }')")
  fi
  STEP_NAME=""
}
START=$EPOCHREALTIME
report() {
  local status=$?
  step_done
  printf '\n== times\n'
  printf '%s\n' "${SUMMARY[@]}"
  awk -v a="$START" -v b="$EPOCHREALTIME" 'BEGIN { printf "%7.1f s  in all\n", b - a }'
  [ "$status" = 0 ] || printf 'scripts/python.sh: FAILED (exit %s) in the step above\n' "$status" >&2
}
trap report EXIT

step "java"
if ! command -v java >/dev/null; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q openjdk-17-jre-headless
fi
java -version 2>&1 | head -1

step "venv at $VENV"
if [ ! -x "$PY" ]; then
  if ! python3 -m venv "$VENV"; then
    # Debian's python3 lacks ensurepip until python3-venv is installed.
    rm -rf "$VENV"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q python3-venv
    python3 -m venv "$VENV"
  fi
fi
"$PY" --version
# pip runs only when the list changed since the last success: a no-op pip
# still takes seconds resolving ~30 packages.
STAMP=$VENV/.gleaner-requirements
if [ "$(cat "$STAMP" 2>/dev/null)" != "${REQUIREMENTS[*]}" ]; then
  step "pip install ${REQUIREMENTS[*]}"
  "$PY" -m pip install -q --disable-pip-version-check "${REQUIREMENTS[@]}"
  printf '%s' "${REQUIREMENTS[*]}" >"$STAMP"
fi

step "wheel (maturin, profile release-py)"
# Plain `maturin build`: the pyproject's profile applies (`--release` would
# pick the workspace's panic = "abort").
"$VENV/bin/maturin" build --locked -m crates/python/Cargo.toml -o target/wheels
WHEEL=$(ls -t target/wheels/gleaner-*-abi3-*.whl | head -1)
"$PY" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$WHEEL"
printf 'wheel: %s, %s bytes\n' "$WHEEL" "$(stat -c %s "$WHEEL")"

step "gleaner CLI (release), which the tests compare against"
cargo build --release --locked -p gleaner-cli
export GLEANER_BIN=$PWD/target/release/gleaner

step "pytest crates/python/tests"
"$PY" -m pytest -q -p no:cacheprovider crates/python/tests "$@"

step "pytest examples/spark (Spark in local mode)"
export PYSPARK_PYTHON=$PWD/$PY PYSPARK_DRIVER_PYTHON=$PWD/$PY SPARK_LOCAL_IP=127.0.0.1
"$PY" -m pytest -q -p no:cacheprovider --durations=3 examples/spark "$@"
step_done
