// Gleaner in wasm (the shipped analysis worker: segmentation + English tagging)
// next to the npm package `compromise` (.people(), .places(), .organizations())
// on the same text, in the same run, in Debian's Chromium. Prints figures.
// Run after `trunk build --release`: node tests/bench/browser.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../e2e/server.mjs";
import { launch, openPage } from "../e2e/browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SAMPLES = path.resolve(ROOT, "../shared/samples");
const english = fs.existsSync(SAMPLES)
  ? ["001_caa15115ffd8591b.txt", "003_fa6bc86936f29db5.txt", "004_2acaabfb3eb7d239.txt"].map((f) => fs.readFileSync(path.join(SAMPLES, f), "utf8")).join("\n\n")
  : fs.readFileSync(path.join(ROOT, "tests/fixtures/en-article.txt"), "utf8");
let text = english;
while (text.length < 300_000) text += "\n\n" + english;

const site = await serve(path.join(ROOT, "dist"));
const browser = await launch();
try {
  const { page } = await openPage(browser.context, site.url);
  await page.addScriptTag({ path: path.join(ROOT, "node_modules/compromise/builds/compromise.js") });
  const result = await page.evaluate(async (text) => {
    const worker = new Worker("./worker_loader.js");
    let id = 0;
    const analyze = () => new Promise((resolve) => {
      const mine = ++id;
      const started = performance.now();
      worker.onmessage = (e) => {
        if (e.data.id === mine && e.data.models.length === 0) resolve({ ...e.data, roundTrip: performance.now() - started });
      };
      worker.postMessage({ type: "Page", id: mine, text, notices: [] });
    });
    await analyze(); // loads the English model
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await analyze());
    const best = runs.reduce((a, b) => (a.millis < b.millis ? a : b));
    const nlpRuns = [];
    let entities = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const doc = window.nlp(text);
      entities = doc.people().length + doc.places().length + doc.organizations().length;
      nlpRuns.push(performance.now() - started);
    }
    return {
      tokens: best.tokens, // the worker sends a long article's counts, not its tokens
      mentions: JSON.parse(best.document).mentions.length,
      gleanerMs: best.millis,
      roundTripMs: Math.min(...runs.map((r) => r.roundTrip)),
      compromiseMs: Math.min(...nlpRuns),
      compromiseEntities: entities,
    };
  }, text);
  const rate = (ms) => Math.round(result.tokens / (ms / 1000));
  console.log(`text: ${(text.length / 1e3).toFixed(0)} k characters, ${result.tokens} Gleaner tokens`);
  console.log(`gleaner (wasm worker, segment + tag): ${result.gleanerMs.toFixed(1)} ms  ${rate(result.gleanerMs)} tokens/s  (${result.mentions} mentions)`);
  console.log(`gleaner incl. worker messaging:       ${result.roundTripMs.toFixed(1)} ms  ${rate(result.roundTripMs)} tokens/s`);
  console.log(`compromise 14.17 (people/places/orgs): ${result.compromiseMs.toFixed(1)} ms  ${rate(result.compromiseMs)} tokens/s  (${result.compromiseEntities} entities)`);
  console.log(`ratio: gleaner is ${(result.compromiseMs / result.gleanerMs).toFixed(1)}× faster (${(result.compromiseMs / result.roundTripMs).toFixed(1)}× with messaging)`);
} finally {
  await browser.close();
  site.server.close();
}
