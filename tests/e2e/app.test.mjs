// What users do on the page, in real headless Chromium against the built dist/:
// paste an article, open a file, drop a file, open a wrong file (offline use: offline.test.mjs).
// The page's counts must equal the native CLI's on the same text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(ROOT, "tests/artifacts");
const SAMPLES = path.resolve(ROOT, "../shared/samples");
const CLI = ["release", "debug"].map((p) => path.join(ROOT, "target", p, "gleaner")).find((f) => fs.existsSync(f));

let site, browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, "index.html")), "dist/ is missing: run `trunk build --release` first");
  assert.ok(CLI, "the gleaner CLI is not built: run `cargo build -p gleaner-cli` first");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  site = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

/// What the CLI says about a file: language code and counts.
function cliAnalysis(file) {
  const json = JSON.parse(execFileSync(CLI, ["analyze", file], { encoding: "utf8" }));
  return { code: json.language.code, sentences: json.stats.sentences, tokens: json.stats.tokens, words: json.stats.words, paragraphs: json.stats.paragraphs, mentions: json.stats.mentions };
}

/// The counts on show, once the analysis matches the text in the input and its models have loaded.
async function shown(page) {
  await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true] [data-testid=language]")
    && !document.querySelector("[data-testid=model-loading]"));
  const text = async (id) => (await page.textContent(`[data-testid=${id}]`)).trim();
  return {
    code: await page.getAttribute("[data-testid=language]", "data-code"),
    sentences: Number(await text("sentences")),
    tokens: Number(await text("tokens")),
    words: Number(await text("words")),
    paragraphs: Number(await text("paragraphs")),
    mentions: Number(await text("mentions")),
  };
}

function articles() {
  const files = ["de-article.txt", "en-article.txt", "es-article.txt"].map((f) => path.join(ROOT, "tests/fixtures", f));
  if (fs.existsSync(SAMPLES)) {
    files.push(...fs.readdirSync(SAMPLES).sort().map((f) => path.join(SAMPLES, f)));
  } else {
    console.log("# ../shared/samples not found: the sample articles are skipped, the fixtures still run");
  }
  return files;
}

test("an empty page gives a friendly hint", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  assert.match(await page.textContent("[data-testid=hint]"), /Paste an article/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("pasting an article shows its language and the CLI's counts", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  for (const file of articles()) {
    const expected = cliAnalysis(file);
    await page.fill("[data-testid=article]", "");
    await page.waitForSelector("[data-testid=hint]");
    await page.fill("[data-testid=article]", fs.readFileSync(file, "utf8"));
    assert.deepEqual(await shown(page), expected, path.basename(file));
    assert.match(await page.textContent("[data-testid=confidence]"), /\d+% confident/);
    const name = path.basename(file, ".txt");
    await page.screenshot({ path: path.join(ARTIFACTS, `pasted-${name}.png`) });
  }
  await page.check("[data-testid=show-tokens]");
  assert.ok((await page.locator(".token").count()) > 0, "tokens are outlined on request");
  await page.screenshot({ path: path.join(ARTIFACTS, "pasted-article.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("entities are highlighted by type, with a legend", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  await page.fill("[data-testid=article]", fs.readFileSync(path.join(ROOT, "tests/fixtures/en-article.txt"), "utf8"));
  await shown(page);
  const marks = await page.$$eval("[data-testid=text] mark.ent", (ms) => ms.map((m) => [m.textContent, m.dataset.label]));
  assert.ok(marks.some(([text, label]) => text.includes("Ellen Park") && label === "PER"), JSON.stringify(marks));
  assert.match(await page.textContent("[data-testid=legend]"), /PER people · \d+.*ORG organizations.*LOC places.*MISC other names/);
  await page.screenshot({ path: path.join(ARTIFACTS, "entities.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the entity table merges a person's names; clicking one marks all its mentions; quotes and values are listed", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  const text = "Nicolás Maduro met Vladimir Putin in Moscow on Wednesday. Maduro's visit cost 52 million dollars.\n\n"
    + "“We will never give up our sovereignty,” Maduro said. Russia and Venezuela signed deals; Venezuelan officials cheered.";
  await page.fill("[data-testid=article]", text);
  await shown(page);
  const file = path.join(ARTIFACTS, "entities-table.txt");
  fs.writeFileSync(file, text);
  const cli = JSON.parse(execFileSync(CLI, ["analyze", file], { encoding: "utf8" }));
  const maduro = cli.entities.find((e) => e.name === "Nicolás Maduro");
  assert.ok(maduro && maduro.count === 3, JSON.stringify(cli.entities));
  assert.equal(Number(await page.textContent("[data-testid=entity-count]")), cli.entities.length);
  const row = page.locator(`[data-testid=entity][data-entity="${maduro.id.slice(1)}"]`);
  assert.match(await row.textContent(), /Nicolás Maduro.*Maduro.*3/);
  await row.locator("button").click();
  const selected = await page.$$eval("[data-testid=text] mark.ent.selected", (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(selected, ["Nicolás Maduro", "Maduro", "Maduro"]);
  assert.equal(await row.locator("button").getAttribute("aria-pressed"), "true");
  const quote = await page.textContent("[data-testid=quote]");
  assert.match(quote, /Nicolás Maduro — .*We will never give up our sovereignty/);
  const values = await page.$$eval("[data-testid=value]", (rows) => rows.map((r) => r.textContent));
  assert.ok(values.some((v) => v.includes("52 million dollars") && v.includes("52,000,000 USD")), JSON.stringify(values));
  assert.ok(await page.locator("[data-testid=value] [data-value='52000000 USD']").count() === 1, "the normalized value stays on the row");
  await page.screenshot({ path: path.join(ARTIFACTS, "entity-table.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a language without a model is segmented, with a message", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  await page.fill("[data-testid=article]", "Le président a parlé mercredi à Paris des nouvelles sanctions contre le pays.");
  await page.waitForSelector("[data-testid=results][data-fresh=true] [data-testid=language][data-code=fr]");
  assert.match(await page.textContent(".notice[data-code=no_model]"), /no entity model for French/);
  assert.equal(await page.textContent("[data-testid=mentions]"), "0");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the reader can override the detected language, as the CLI's --lang does", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  const text = "Maduro met Putin in Moscow. The talks went on.";
  await page.fill("[data-testid=article]", text);
  await page.waitForSelector("[data-testid=results][data-fresh=true] [data-testid=language]");
  await page.selectOption("[data-testid=language-choice]", "de");
  await page.waitForSelector("[data-testid=results][data-fresh=true] [data-testid=language][data-code=de]");
  const file = path.join(ARTIFACTS, "override.txt");
  fs.writeFileSync(file, text);
  const cli = JSON.parse(execFileSync(CLI, ["analyze", "--lang", "de", file], { encoding: "utf8" }));
  assert.equal(cli.language.code, "de");
  await page.waitForFunction(() => !document.querySelector("[data-testid=model-loading]"));
  assert.equal(Number(await page.textContent("[data-testid=mentions]")), cli.stats.mentions);
  await page.selectOption("[data-testid=language-choice]", "");
  await page.waitForSelector("[data-testid=results][data-fresh=true] [data-testid=language][data-code=en]");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the About the models panel lists each model's data and licenses", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  await page.click("[data-testid=about-models] summary");
  const about = await page.textContent("[data-testid=about-models]");
  for (const expected of ["English", "German", "Spanish", "Dutch", "Portuguese", "CoNLL-2003", "research use", "CC BY-SA 4.0", "GeoNames", "WikiANN", "WikiNEuRal", "--open-data"]) {
    assert.ok(about.includes(expected), `the panel mentions ${expected}`);
  }
  await page.screenshot({ path: path.join(ARTIFACTS, "about-models.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the analysis worker answers a request sent while it is still starting, as the CLI does", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  const text = "Russian President Vladimir Putin met Nicolás Maduro in Moscow.";
  const answer = await page.evaluate((text) => new Promise((resolve, reject) => {
    const worker = new Worker("./worker_loader.js");
    worker.onmessage = (e) => {
      if (e.data.type === "fatal") reject(new Error(`the worker failed: ${e.data.message}`));
      else if (e.data.models && e.data.models.length === 0 && !e.data.lexicon_loading) resolve(JSON.parse(e.data.document)); // the final answer
    };
    worker.onerror = (e) => reject(new Error(`the worker failed: ${e.message}`));
    worker.postMessage({ type: "Page", id: 1, text, notices: [] });
    setTimeout(() => reject(new Error("the worker sent no analysis within 30 s of the request")), 30_000);
  }), text);
  const cli = JSON.parse(execFileSync(CLI, ["analyze", "-"], { input: text, encoding: "utf8" }));
  // The worker sends the document itself (byte spans, numeric entity ids); the CLI its JSON format.
  const bytes = Buffer.from(text);
  const fromWorker = answer.mentions.map((m) => [bytes.subarray(m.span.start, m.span.end).toString(), m.label, m.span.start, m.span.end, `e${m.entity}`]);
  const fromCli = cli.mentions.map((m) => [m.text, m.label, m.start, m.end, m.entity]);
  assert.deepEqual(fromWorker, fromCli, "the worker's mentions are the CLI's");
  // The CLI lists entities by salience, the worker's document in order of appearance.
  const entities = (list) => list.map((e) => `${e.name} ${e.label}`).sort();
  assert.deepEqual(entities(answer.entities), entities(cli.entities));
  assert.ok(fromCli.some(([t, label]) => t === "Vladimir Putin" && label === "PER"), JSON.stringify(fromCli));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a corrupt model file gives a clear message, and the text is still shown", async () => {
  // Without the service worker, so that the corrupt response is what the worker gets.
  const isolated = await launch({ serviceWorkers: "block" });
  try {
    await isolated.context.route("**/models/ner-nl.glm", (route) =>
      route.fulfill({ status: 200, contentType: "application/octet-stream", body: Buffer.from("GLEANNER\u0003\u0000 truncated") }));
    const { page } = await openPage(isolated.context, site.url);
    await page.fill("[data-testid=article]", "De president sprak woensdag in Den Haag over de nieuwe sancties tegen het land.");
    await page.waitForSelector(".notice[data-code=model_failed]");
    assert.match(await page.textContent(".notice[data-code=model_failed]"), /^The Dutch entity model could not be loaded \(.*(truncated|corrupt).*\), so names in Dutch text are marked only where the place list or your own list knows them\.$/);
    assert.equal(await page.locator(".notice[data-code=no_model]").count(), 0, "no second, contradicting notice");
    assert.equal(await page.getAttribute("[data-testid=language]", "data-code"), "nl");
    assert.ok(Number(await page.textContent("[data-testid=tokens]")) > 10);
  } finally {
    await isolated.close();
  }
});

test("opening a .txt file shows the same as pasting it", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  const file = articles().at(-1);
  const expected = cliAnalysis(file);
  await page.setInputFiles("[data-testid=file-input]", file);
  await page.waitForSelector("[data-testid=language]");
  assert.deepEqual(await shown(page), expected);
  assert.equal(await page.textContent("[data-testid=source]"), `From ${path.basename(file)}`);
  assert.equal(await page.inputValue("[data-testid=article]"), fs.readFileSync(file, "utf8"));
  await page.screenshot({ path: path.join(ARTIFACTS, "opened-file.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("dropping a file onto the input opens it", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  const file = path.join(ROOT, "tests/fixtures/es-article.txt");
  const content = fs.readFileSync(file, "utf8");
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "es-article.txt", { type: "text/plain" }));
    return dt;
  }, content);
  await page.dispatchEvent(".input-panel", "drop", { dataTransfer: transfer });
  await page.waitForFunction(() => document.querySelector("[data-testid=language]")?.dataset.code === "es");
  assert.deepEqual(await shown(page), cliAnalysis(file));
  assert.deepEqual(errors, []);
  await page.close();
});

test("a binary file is refused with a clear message; bad UTF-8 is replaced with a notice", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
  await page.setInputFiles("[data-testid=file-input]", { name: "photo.png", mimeType: "text/plain", buffer: png });
  assert.match(await page.textContent("[data-testid=refusal]"), /photo\.png.*PNG image/);
  assert.equal(await page.inputValue("[data-testid=article]"), "");

  const latin1 = Buffer.from("Der Pr\xe4sident sagte am Mittwoch in Caracas, dass die Gespr\xe4che weitergehen.", "latin1");
  await page.setInputFiles("[data-testid=file-input]", { name: "latin1.txt", mimeType: "text/plain", buffer: latin1 });
  await page.waitForSelector(".notice[data-code=invalid_utf8]");
  assert.match(await page.textContent(".notice[data-code=invalid_utf8]"), /2 invalid byte sequences were replaced/);
  assert.equal(await page.locator("[data-testid=refusal]").count(), 0, "the refusal is gone once a file opens");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a quote says who said it, or why the text does not say", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  await page.fill("[data-testid=article]",
    "The minister spoke at length in Caracas on Monday. “This is the end of an era for all of us.” Nobody answered. "
    + "Nicolás Maduro arrived later. “We will never give up our sovereignty,” Maduro said.");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=quote]").length === 2 && !document.querySelector("[data-testid=model-loading]"));
  const speakers = await page.$$eval("[data-testid=quote] .speaker", (s) => s.map((e) => [e.textContent, e.dataset.noSpeaker ?? null]));
  assert.deepEqual(speakers, [["(nothing says who said it)", "no_cue"], ["Nicolás Maduro", null]]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a pronoun or a description shows the words the text used, and the speaker's name selects the entity", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  await page.fill("[data-testid=article]",
    "Dmitry Peskov, the Kremlin spokesman, spoke to reporters on Monday. “The talks will go on as planned,” the spokesman said. "
    + "Nicolás Maduro arrived in Moscow on Wednesday. “Young people can spend their vacations in Russia,” he told Tass. "
    + "“The deal is dead and everyone knows it,” a senior diplomat said.");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=quote]").length === 3 && !document.querySelector("[data-testid=model-loading]"));
  const shown = await page.$$eval("[data-testid=quote] .speaker", (s) => s.map((e) => e.textContent));
  assert.deepEqual(shown, ["Dmitry Peskov (“the spokesman”)", "Nicolás Maduro (“he”)", "a senior diplomat"]);
  await page.click("[data-testid=quote]:nth-child(2) [data-testid=quote-speaker]");
  const id = await page.getAttribute("[data-testid=quote]:nth-child(2)", "data-speaker");
  await page.waitForSelector(`tr.entity.selected[data-entity="${id}"]`);
  const marked = await page.$$eval("[data-testid=text] mark.ent.selected", (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(marked, ["Nicolás Maduro"], "the speaker's mention is marked in the text");
  assert.equal(await page.getAttribute("[data-testid=quote]:nth-child(2) [data-testid=quote-speaker]", "aria-pressed"), "true");
  assert.deepEqual(errors, []);
  await page.close();
});

test("text in no supported language is still segmented, with a message", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  await page.fill("[data-testid=article]", "Hi.");
  await page.waitForSelector("[data-testid=language][data-code=und]");
  assert.equal(await page.textContent("[data-testid=tokens]"), "2");
  assert.match(await page.textContent(".notice[data-code=language_unknown]"), /could not be identified/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the page says which date it placed relative dates from: a dateline, or none", async () => {
  const { page, errors } = await openPage(browser.context, site.url);
  await page.fill("[data-testid=article]", "Posted September 26, 2019\n\nNicolás Maduro arrived in Moscow yesterday and met Vladimir Putin.");
  await page.waitForSelector("[data-testid=results][data-fresh=true] [data-testid=language]");
  assert.equal(await page.textContent("[data-testid=reference-used]"), "Dates placed from 26 September 2019 (the dateline at the top)");
  await page.fill("[data-testid=article]", "Nicolás Maduro arrived in Moscow yesterday and met Vladimir Putin.");
  await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true]")
    && document.querySelector("[data-testid=reference-used]")?.textContent.startsWith("No date known"));
  assert.deepEqual(errors, []);
  await page.close();
});
