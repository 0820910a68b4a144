#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): assembles dist/embed/, the folder a blog
# copies to any static host — the module, the worker and its wasm, the models
# and the place lexicon — and dist/example/, a blog page that uses it.
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?run by trunk}"
out="$staging/embed"
mkdir -p "$out/models" "$staging/example"
cp www/embed/gleaner.js www/embed/gleaner.d.ts www/embed/package.json www/embed/README.md "$out/"
cp "$staging/worker.js" "$staging/worker_bg.wasm" www/worker_loader.js "$out/"
cp models/ner-*.glm models/lexicon.glx models/MANIFEST.json models/LEXICON.json "$out/models/"
cp -r www/example/. "$staging/example/"
