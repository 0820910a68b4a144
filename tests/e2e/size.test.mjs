// Download sizes of the built site: each shipped model at most 2 MB compressed,
// the default download (page, wasm, worker, en/de/es models) at most 4 MB gzip,
// and the blog embed's module with its engine, before any model, at most 400 KB gzip.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist");
const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const MB = 1024 * 1024;

test("each model is at most 2 MB compressed", () => {
  const models = fs.readdirSync(path.join(DIST, "models")).filter((f) => f.endsWith(".glm"));
  assert.ok(models.length >= 5, `models in dist: ${models}`);
  for (const model of models) {
    const size = gzip(path.join(DIST, "models", model));
    console.log(`${model}: ${(size / 1024).toFixed(0)} KiB gzip`);
    assert.ok(size <= 2 * MB, `${model} is ${size} bytes`);
  }
});

test("the default download is at most 4 MB gzip", () => {
  const files = fs.readdirSync(DIST).filter((f) => /\.(html|js|wasm|css|webmanifest)$/.test(f)).map((f) => path.join(DIST, f));
  files.push(...["en", "de", "es"].map((l) => path.join(DIST, "models", `ner-${l}.glm`)));
  const total = files.reduce((sum, f) => sum + gzip(f), 0);
  console.log(`default download: ${(total / MB).toFixed(2)} MiB gzip over ${files.length} files`);
  assert.ok(total <= 4 * MB, `${total} bytes`);
});

test("the embed module and its engine are at most 400 KB gzip before any model", () => {
  const files = ["gleaner.js", "worker_loader.js", "worker.js", "worker_bg.wasm"].map((f) => path.join(DIST, "embed", f));
  const total = files.reduce((sum, f) => sum + gzip(f), 0);
  console.log(`embed before models: ${(total / 1024).toFixed(0)} KiB gzip`);
  assert.ok(total <= 400 * 1024, `${total} bytes`);
});
