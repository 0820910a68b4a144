#!/usr/bin/env bash
# Fuzzes Gleaner's ways in: `bash scripts/fuzz.sh [TARGET|all] [SECONDS]`
# (default: every target, 60 seconds each). Targets: analyze decode model
# lexicon jsonl library list (see fuzz/fuzz_targets/). Installs what it needs, a
# nightly toolchain and cargo-fuzz (built from crates.io), idempotently.
# Each target's corpus is seeded from the sample articles (when ../shared is
# beside the clone), the test fixtures and the shipped model files, and kept
# in fuzz/corpus/ between runs. A crash fails the run and leaves its input in
# fuzz/artifacts/TARGET/; turn it into a regression test (tests/fuzz-regressions/).
# GLEANER_FUZZ_SANITIZER=address builds with AddressSanitizer (slower, ~10×).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

ALL=(analyze decode model lexicon jsonl library list)
target=${1:-all}
seconds=${2:-60}
sanitizer=${GLEANER_FUZZ_SANITIZER:-none}
if [ "$target" = all ]; then targets=("${ALL[@]}"); else targets=("$target"); fi
for t in "${targets[@]}"; do
  [[ " ${ALL[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t' (one of: ${ALL[*]} all)" >&2; exit 2; }
done

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
if ! cargo fuzz --version >/dev/null 2>&1; then
  # Built without optimization, like the other tools (scripts/setup.sh): it only drives the build.
  cargo install --locked --config profile.release.opt-level=0 --config profile.release.lto=false \
    --config profile.release.codegen-units=256 --config profile.release.debug=false cargo-fuzz
fi

started=$(date +%s)
cargo +nightly fuzz build --sanitizer "$sanitizer"
echo "fuzz targets built in $(( $(date +%s) - started )) s"

# Seeds: articles split into pieces the fuzzer's length limit keeps whole.
seed() {
  local t=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir")" ] && return 0
  local texts=(tests/fixtures/*.txt tests/fixtures/langid/*.txt)
  [ -d ../shared/samples ] && texts+=(../shared/samples/*.txt)
  python3 - "$t" "$dir" "${texts[@]}" <<'PY'
import json, pathlib, sys
target, out, files = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
pieces = []
for f in files:
    text = pathlib.Path(f).read_text(encoding="utf-8", errors="replace")
    piece = ""
    for paragraph in text.split("\n\n"):
        if len((piece + paragraph).encode()) > 3500 and piece:
            pieces.append(piece)
            piece = ""
        piece += paragraph + "\n\n"
    pieces.append(piece)
def write(name, data):
    (out / name).write_bytes(data if isinstance(data, bytes) else data.encode())
if target in ("analyze", "decode"):
    for i, p in enumerate(pieces):
        write(f"seed-{i}", p)
if target == "decode":
    for f in pathlib.Path("tests/fixtures").glob("*.docx"):
        write(f.name, f.read_bytes())
if target == "jsonl":
    for i, p in enumerate(pieces):
        write(f"seed-{i}", json.dumps({"id": i, "text": p[:3000], "date": "2019-09-26"}, ensure_ascii=i % 2 == 0))
if target == "library":
    for i, p in enumerate(pieces[:20]):
        text = p[:2500]
        words = [w for w in text.split() if w[:1].isupper()][:3] or ["x"]
        corrections = [{"kind": kind, "target": {"start": text.find(w), "end": text.find(w) + len(w), "text": w},
                        "label": "ORG", "to": {"start": 0, "end": len(words[0]), "text": words[0]}, "at": 1}
                       for kind, w in zip(["label", "merge", "resize", "delete", "add", "split"][i % 6:], words)]
        article = {"id": f"a{i}", "title": p.split("\n")[0][:80], "source": "pasted", "added": 1764000000000 + i,
                   "text": text, "lang": None, "language": "en", "notices": [], "reference": None,
                   "corrections": corrections}
        write(f"seed-{i}", json.dumps({"format": "gleaner-library/1", "exported": 1, "articles": [article]}))
if target == "list":
    write("entities.csv", pathlib.Path("tests/fixtures/entities.csv").read_bytes())
    names = sorted({w.strip(".,;:()\"'") for p in pieces[:10] for w in p.split() if w[:1].isupper()})[:60]
    labels = ["PER", "ORG", "LOC", "NORP", "MISC"]
    entries = [{"name": n, "label": labels[i % 5], "aliases": [n.upper()], "never": i % 7 == 0} for i, n in enumerate(names)]
    write("entities.json", json.dumps({"format": "gleaner-entities/1", "entries": entries}, ensure_ascii=False, indent=1))
if target in ("model", "lexicon"):
    names = ["lexicon.glx"] if target == "lexicon" else sorted(p.name for p in pathlib.Path("models").glob("ner-*.glm"))
    for name in names:
        write(name, pathlib.Path("models", name).read_bytes()[:4096])
PY
}

failed=()
for t in "${targets[@]}"; do
  seed "$t"
  max_len=4096
  [ "$t" = decode ] && max_len=65536
  log=$(mktemp)
  echo "== fuzzing $t for $seconds s"
  if cargo +nightly fuzz run --sanitizer "$sanitizer" "$t" "fuzz/corpus/$t" -- \
      -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 -timeout=20 -rss_limit_mb=4096 \
      >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed+=("$t")
    tail -n 60 "$log"
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  corpus=$(ls "fuzz/corpus/$t" | wc -l)
  echo "fuzz $t: $status, ${execs:-?} execs in $seconds s (${rate:-?}/s), ${cov:-cov: ?}, corpus $corpus inputs"
  rm -f "$log"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashes in: ${failed[*]}; their inputs are in fuzz/artifacts/" >&2
  exit 1
fi
