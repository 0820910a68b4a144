// The reader's workspace in real headless Chromium: the library kept in the
// browser (IndexedDB) across reloads and browser restarts; several files at
// once, Markdown and HTML (scripts never run); rename and delete; the library
// exported to one file and imported into an empty profile; damaged imports
// refused; the layout at phone width.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, mainThreadTasks, openPage, WAIT_MS } from "./browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(ROOT, "tests/artifacts");
const fixture = (name) => fs.readFileSync(path.join(ROOT, "tests/fixtures", name), "utf8");
const SAMPLES = path.resolve(ROOT, "../shared/samples");
const CLI = ["release", "debug"].map((p) => path.join(ROOT, "target", p, "gleaner")).find((f) => fs.existsSync(f));

let site;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, "index.html")), "dist/ is missing: run `trunk build --release` first");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  site = await serve(DIST);
});
after(() => site?.server.close());

/** The library as the sidebar lists it: titles, newest first. */
const titles = (page) => page.$$eval("[data-testid=library-list] .item-title", (items) => items.map((i) => i.textContent));

/** Waits until the library lists `n` articles. */
const listed = (page, n) => page.waitForFunction((n) => document.querySelectorAll("[data-testid=library-list] li").length === n, n);

const MARKDOWN = "---\ntitle: Maduro in Moscow\n---\n# Maduro in Moscow\n\nNicolás **Maduro** met [Vladimir Putin](https://example.com) in Moscow on Wednesday, and the two leaders said that they would sign an agreement on oil.\n\n```js\nwindow.__pwned = 'md';\n```\n";
const HTML = `<!DOCTYPE html><html><head><title>Guaidó answers</title><script>window.__pwned = "head";</script>
  <style>p { color: red }</style></head><body><h1>Guaidó answers</h1>
  <p>Juan Guaidó said in Caracas that the talks in Oslo had failed.<script>window.__pwned = "body";</script></p>
  <p><img src="x" onerror="window.__pwned = 'img'">The <a href="javascript:window.__pwned='link'">opposition</a> met on Thursday.</p>
  </body></html>`;

async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const [name, type, text] of files) dt.items.add(new File([text], name, { type }));
    return dt;
  }, files);
  await page.dispatchEvent(".workspace", "drop", { dataTransfer: transfer });
}

test("several files dropped at once become articles; HTML scripts never run; the library survives a reload and a restart", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await dropFiles(page, [
      ["en-article.txt", "text/plain", fixture("en-article.txt")],
      ["moscow.md", "text/markdown", MARKDOWN],
      ["guaido.html", "text/html", HTML],
    ]);
    await listed(page, 3);
    const opened = await titles(page);
    assert.deepEqual(opened.slice(0, 2), ["Guaidó answers", "Maduro in Moscow"], "titles from the HTML <title> and the Markdown front matter, newest first");
    assert.equal(opened.length, 3);
    // The last file is on show: its visible text, without scripts or styles.
    const html = await page.inputValue("[data-testid=article]");
    assert.equal(html, "Guaidó answers\n\nJuan Guaidó said in Caracas that the talks in Oslo had failed.\n\nThe opposition met on Thursday.");
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing in the files ran");
    assert.equal(await page.locator("[data-testid=text] img, [data-testid=text] script, [data-testid=text] a").count(), 0);
    // The Markdown article: its text without markup, its code block left out.
    await page.click("[data-testid=library-list] .library-item >> nth=1");
    assert.equal(await page.inputValue("[data-testid=article]"), "Maduro in Moscow\n\nNicolás Maduro met Vladimir Putin in Moscow on Wednesday, and the two leaders said that they would sign an agreement on oil.");
    await page.waitForFunction(() => document.querySelector("[data-testid=language]")?.dataset.code === "en");
    // Rename it; the list and storage follow.
    await page.fill("[data-testid=article-title]", "Maduro and Putin");
    await page.press("[data-testid=article-title]", "Enter");
    await page.waitForFunction(() => [...document.querySelectorAll(".item-title")].some((t) => t.textContent === "Maduro and Putin"));
    const before = await titles(page);
    await page.screenshot({ path: path.join(ARTIFACTS, "workspace.png") });

    await page.reload();
    await listed(page, 3);
    assert.deepEqual(await titles(page), before, "a reload keeps the library");
    assert.deepEqual(errors, []);
    await page.close();
    await browser.close({ keep: true });

    const restarted = await launch({ profile: browser.profile });
    try {
      const { page: again } = await openPage(restarted.context, site.url, { keepLibrary: true });
      await listed(again, 3);
      assert.deepEqual(await titles(again), before, "a browser restart keeps the library");
      // Delete the article on show (the newest); the next one is shown.
      await again.click("[data-testid=delete-article]");
      await listed(again, 2);
      await again.reload();
      await listed(again, 2);
      assert.deepEqual(await titles(again), before.slice(1));
    } finally {
      await restarted.close();
    }
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
});

test("text pasted while the library is still coming back from storage stays on show and joins the library", async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    // Storage as slow as on a busy machine: the library's opens answer only once the test
    // releases them, just after the paste, while the text box still waits for a pause in typing.
    await page.addInitScript(() => {
      const held = [];
      let holding = true;
      window.__releaseStorage = () => { holding = false; for (const answer of held.splice(0)) answer(); };
      const slow = (handler) => function (event) {
        if (holding) held.push(() => handler.call(this, event));
        else handler.call(this, event);
      };
      const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, "onsuccess");
      Object.defineProperty(IDBOpenDBRequest.prototype, "onsuccess", {
        configurable: true, get: onsuccess.get, set(handler) { onsuccess.set.call(this, handler && slow(handler)); },
      });
      const listen = EventTarget.prototype.addEventListener;
      IDBOpenDBRequest.prototype.addEventListener = function (type, handler, options) {
        return listen.call(this, type, type === "success" && typeof handler === "function" ? slow(handler) : handler, options);
      };
    });
    const { page: opened, errors } = await openPage(browser.context, site.url, { page });
    await opened.fill("[data-testid=article]", fixture("en-article.txt"));
    await opened.evaluate(() => window.__releaseStorage());
    await opened.waitForSelector("[data-testid=results][data-fresh=true]");
    await listed(opened, 1);
    assert.equal(await opened.inputValue("[data-testid=article]"), fixture("en-article.txt"), "the paste is still on show");
    await listed(opened, 1);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("a pasted article joins the library once, and follows the edits", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await page.fill("[data-testid=article]", fixture("de-article.txt"));
    await listed(page, 1);
    await page.fill("[data-testid=article]", fixture("es-article.txt"));
    await page.waitForFunction(() => document.querySelector("[data-testid=language]")?.dataset.code === "es");
    await page.waitForFunction(() => document.querySelector(".item-meta")?.textContent.startsWith("es ·"));
    assert.equal((await titles(page)).length, 1, "still one article");
    await page.click("[data-testid=new-article]");
    assert.equal(await page.inputValue("[data-testid=article]"), "");
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await listed(page, 2);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("a choice made while typing pauses is kept, and the text box holds the article again after the view across the library", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    const text = fixture("en-article.txt");
    // The language chosen before the typing pause (150 ms) ends is not undone when it ends:
    // typed and chosen in one step of the page, so the choice is surely inside the pause.
    await page.evaluate((t) => {
      const box = document.querySelector("[data-testid=article]");
      box.value = t;
      box.dispatchEvent(new InputEvent("input", { bubbles: true }));
      const menu = document.querySelector("[data-testid=language-choice]");
      menu.value = "de";
      menu.dispatchEvent(new Event("change", { bubbles: true }));
    }, text);
    await listed(page, 1);
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    await page.waitForTimeout(500);
    assert.equal(await page.inputValue("[data-testid=language-choice]"), "de", "the choice made while typing paused stays");
    // To the view across the library and back: the text box is drawn anew, with the article in it.
    await page.click("[data-testid=across-toggle]");
    await page.waitForSelector("[data-testid=across-table], [data-testid=across-loading]");
    await page.click("[data-testid=across-toggle]");
    await page.waitForFunction((t) => document.querySelector("[data-testid=article]")?.value === t, text);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("the library exports to one file and imports into an empty profile as it was; bad imports change nothing", async () => {
  const first = await launch();
  let exported;
  let expected;
  try {
    const { page } = await openPage(first.context, site.url);
    await dropFiles(page, [["de-article.txt", "text/plain", fixture("de-article.txt")], ["moscow.md", "text/markdown", MARKDOWN]]);
    await listed(page, 2);
    await page.fill("[data-testid=article-title]", "Renamed <b>title</b>");
    await page.press("[data-testid=article-title]", "Enter");
    await page.waitForFunction(() => document.querySelector(".item-title")?.textContent === "Renamed <b>title</b>");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-library]")]);
    assert.equal(download.suggestedFilename(), "gleaner-library.json");
    exported = fs.readFileSync(await download.path(), "utf8");
    expected = JSON.parse(exported);
    assert.equal(expected.format, "gleaner-library/1");
    assert.equal(expected.articles.length, 2);
  } finally {
    await first.close();
  }

  const second = await launch();
  try {
    const { page, errors } = await openPage(second.context, site.url);
    const file = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    // Refused, each with its reason, and nothing stored.
    const problem = (pattern) => page.waitForFunction((source) => new RegExp(source).test(document.querySelector("[data-testid=problem]")?.textContent ?? ""), pattern.source);
    await page.setInputFiles("[data-testid=import-library]", file("cut.json", exported.slice(0, exported.length / 2)));
    await problem(/cut\.json.*ends too early.*unchanged/);
    await page.setInputFiles("[data-testid=import-library]", file("analysis.json", '{"format":"gleaner/2","mentions":[]}'));
    await problem(/analysis\.json.*one article's analysis/);
    assert.equal((await titles(page)).length, 0);
    // The real export: the same library, and nothing in it runs.
    await page.setInputFiles("[data-testid=import-library]", file("gleaner-library.json", exported));
    await listed(page, 2);
    await page.reload();
    await listed(page, 2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-library]")]);
    const again = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
    assert.deepEqual(again.articles, expected.articles, "export → import → export gives the same articles");
    assert.equal(await page.locator(".item-title b").count(), 0, "an imported title is text, not HTML");
    assert.deepEqual(errors, []);
  } finally {
    await second.close();
  }
});

test("at phone width the library and the panels stack, with nothing wider than the screen", async () => {
  const browser = await launch({ viewport: { width: 375, height: 800 } });
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    const layout = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      library: document.querySelector("[data-testid=library]").getBoundingClientRect().bottom,
      article: document.querySelector(".article-area").getBoundingClientRect().top,
    }));
    assert.ok(layout.overflow <= 0, `the page is ${layout.overflow}px wider than the screen`);
    assert.ok(layout.article >= layout.library, "the article comes below the library");
    await page.screenshot({ path: path.join(ARTIFACTS, "workspace-375.png"), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("each export of an article: JSON, both CSVs (parsed), the HTML report (opened from a file: URL), the clipboard", async () => {
  const { parse } = await import("csv-parse/sync");
  const browser = await launch();
  try {
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.url });
    const { page, errors } = await openPage(browser.context, site.url);
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    await page.waitForFunction(() => !document.querySelector("[data-testid=model-loading]"));
    await page.click("[data-testid=export-menu] summary");
    const save = async (id) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=${id}]`)]);
      return { name: download.suggestedFilename(), path: await download.path() };
    };
    const json = await save("export-json");
    const analysis = JSON.parse(fs.readFileSync(json.path, "utf8"));
    assert.match(json.name, /\.gleaner\.json$/);
    assert.equal(analysis.format, "gleaner/2");
    assert.ok(analysis.mentions.length > 0);

    const entities = parse(fs.readFileSync((await save("export-entities")).path, "utf8"), { columns: true });
    assert.deepEqual(Object.keys(entities[0]), ["id", "name", "label", "aliases", "mentions", "salience", "link"]);
    assert.deepEqual(entities.map((e) => e.id).sort(), analysis.entities.map((e) => e.id).sort());
    const mentions = parse(fs.readFileSync((await save("export-mentions")).path, "utf8"), { columns: true });
    assert.deepEqual(mentions.map((m) => [m.text, m.label, Number(m.start16)]), analysis.mentions.map((m) => [m.text, m.label, m.start16]));

    const report = await save("export-report");
    const html = fs.readFileSync(report.path, "utf8");
    assert.ok(!/<script/i.test(html), "the report runs nothing");
    const file = path.join(ARTIFACTS, "report.html");
    fs.copyFileSync(report.path, file);
    const offline = await browser.context.newPage();
    await offline.goto(`file://${file}`);
    assert.equal(await offline.locator(".text mark").count(), analysis.mentions.length);
    // Each quote with who said it: the speaker's name, or the words the text used.
    const blocks = await offline.$$eval("blockquote", (bs) => bs.map((b) => b.textContent));
    assert.equal(blocks.length, analysis.quotes.length);
    analysis.quotes.forEach((q, i) => {
      assert.ok(blocks[i].includes(q.speaker_name ?? q.source?.text ?? "speaker not named"), `${blocks[i]} vs ${JSON.stringify(q)}`);
    });
    assert.equal(await offline.locator("h1").textContent(), (await page.inputValue("[data-testid=article-title]")));
    await offline.screenshot({ path: path.join(ARTIFACTS, "report.png") });
    await offline.close();

    await page.click("[data-testid=copy-json]");
    await page.waitForSelector("[data-testid=export-status]");
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.deepEqual(copied.mentions, analysis.mentions);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("across the library: the CLI's --corpus entities, N of M articles, shared pairs, and the library filtered by one", async (t) => {
  if (!fs.existsSync(SAMPLES)) {
    t.skip("../shared/samples not found");
    return;
  }
  assert.ok(CLI, "the gleaner CLI is not built: run `cargo build -p gleaner-cli` first");
  const files = fs.readdirSync(SAMPLES).sort().map((f) => path.join(SAMPLES, f));
  const cli = execFileSync(CLI, ["analyze", "--corpus", ...files], { encoding: "utf8" }).trim().split("\n").map((l) => JSON.parse(l));
  // Every corpus entity once, with the number of articles that name it.
  const expected = new Map();
  for (const analysis of cli) for (const e of analysis.entities) expected.set(e.id, e.corpus.articles);
  const everywhere = [...expected.values()].filter((n) => n === files.length).length;
  assert.ok(everywhere >= 1, "some entity is named in every sample");

  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await page.setInputFiles("[data-testid=file-input]", files);
    await listed(page, files.length);
    await page.click("[data-testid=across-toggle]");
    await page.waitForSelector("[data-testid=across-table]");
    const rows = await page.$$eval("[data-testid=across-entity]", (rows) => rows.map((r) => [r.dataset.entity, r.querySelector("[data-testid=across-articles]").textContent]));
    assert.equal(rows.length, expected.size, "one row per corpus entity, as the CLI");
    for (const [id, articles] of rows) assert.equal(articles, `${expected.get(id)} of ${files.length}`, id);
    assert.equal(rows.filter(([, a]) => a === `${files.length} of ${files.length}`).length, everywhere);
    assert.ok(await page.locator("[data-testid=pairs] li").count() >= 1);
    // Type filter and search.
    await page.selectOption("[data-testid=across-type]", "LOC");
    assert.ok((await page.$$eval("[data-testid=across-entity] td:nth-child(2)", (cells) => cells.map((c) => c.textContent))).every((l) => l === "LOC"));
    await page.selectOption("[data-testid=across-type]", "");
    const top = cli.flatMap((a) => a.entities).find((e) => e.corpus.articles === files.length);
    await page.fill("[data-testid=across-search]", top.name.slice(0, 4));
    assert.ok(await page.locator(`[data-testid=across-entity][data-entity="${top.id}"]`).count() === 1);
    // Any name an article gives an entity finds it, typed without accents or capitals (issue 31).
    const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const aliased = cli.flatMap((a) => a.entities).find((e) => e.aliases.some((x) => !fold(e.name).includes(fold(x))));
    assert.ok(aliased, "some entity is written two ways that do not contain each other");
    const alias = fold(aliased.aliases.find((x) => !fold(aliased.name).includes(fold(x))));
    await page.fill("[data-testid=across-search]", alias);
    await page.waitForSelector(`[data-testid=across-entity][data-entity="${aliased.id}"]`);
    await page.fill("[data-testid=across-search]", top.name.slice(0, 4));
    // The library filtered to the articles naming one entity.
    await page.click(`[data-testid=across-entity][data-entity="${top.id}"] button`);
    await page.waitForSelector("[data-testid=library-filter]");
    assert.equal(await page.locator("[data-testid=library-list] li").count(), files.length);
    const some = cli.flatMap((a) => a.entities).find((e) => e.corpus.articles === 1);
    await page.fill("[data-testid=across-search]", "");
    await page.click(`[data-testid=across-entity][data-entity="${some.id}"] button`);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=library-list] li").length === 1);
    await page.screenshot({ path: path.join(ARTIFACTS, "across-library.png") });
    await page.click("[data-testid=library-filter] button");
    await listed(page, files.length);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("the article's views: entity filters, a mark's tooltip on focus, quotes that jump to the text, the relations graph and its evidence", async () => {
  // The same article with or without ../shared: one with quotes, and names that share sentences.
  const text = fixture("en-summit.txt");
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await page.fill("[data-testid=article]", text);
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    await page.waitForFunction(() => !document.querySelector("[data-testid=model-loading]"));
    const rows = () => page.$$eval("[data-testid=entity]", (rs) => rs.map((r) => r.closest("tbody").dataset.label));
    const all = await rows();
    await page.selectOption("[data-testid=entity-type]", "LOC");
    assert.ok((await rows()).every((l) => l === "LOC") && (await rows()).length < all.length);
    await page.selectOption("[data-testid=entity-type]", "");
    const first = await page.$eval("[data-testid=entity] .entity-name", (b) => b.textContent);
    await page.fill("[data-testid=entity-search]", first.slice(0, 5));
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=entity]").length < n, all.length);
    assert.ok((await rows()).length >= 1);
    await page.fill("[data-testid=entity-search]", "");
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=entity]").length === n, all.length);
    // Case, accents and punctuation do not matter (issue 31): the name typed plainly finds it.
    const plain = first.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N} ]/gu, " ").toUpperCase();
    await page.fill("[data-testid=entity-search]", plain);
    await page.waitForFunction((name) => [...document.querySelectorAll("[data-testid=entity] .entity-name")].some((b) => b.textContent === name), first);
    await page.fill("[data-testid=entity-search]", "");
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=entity]").length === n, all.length);
    await page.selectOption("[data-testid=entity-sort]", "count");
    const counts = await page.$$eval("[data-testid=entity-mentions]", (cs) => cs.map((c) => Number(c.textContent)));
    assert.ok(counts.length === all.length);

    // Keyboard: focus a name in the text; its tooltip says what it is.
    await page.focus("[data-testid=text] mark.ent[data-entity]");
    const tip = await page.$eval("[data-testid=text] mark.ent[data-entity]:focus", (m) => [m.dataset.tip, getComputedStyle(m, "::after").content]);
    assert.match(tip[0], /^(person|organization|place|nationality or group|other name) · .+ · \d+% confidence$/);
    assert.equal(tip[1], JSON.stringify(tip[0]), "the tooltip shows on focus");
    await page.keyboard.press("Enter");
    assert.ok(await page.locator("[data-testid=text] mark.ent.selected").count() >= 1, "Enter selects the entity");

    if (await page.locator("[data-testid=quote-jump]").count()) {
      await page.click("[data-testid=quote-jump]");
      await page.waitForSelector("[data-testid=text] .sentence[data-flash]");
    }
    // Relations: a node keeps its pairs; a pair shows its sentences.
    await page.waitForSelector("[data-testid=relations] svg .node");
    const pairs = await page.locator("[data-testid=relation]").count();
    await page.focus("[data-testid=relations] svg .node");
    await page.keyboard.press("Enter");
    assert.ok((await page.locator("[data-testid=relation]").count()) <= pairs);
    await page.click("[data-testid=relation] .pair-button");
    assert.ok(await page.locator("[data-testid=evidence] li").count() >= 1);
    await page.screenshot({ path: path.join(ARTIFACTS, "workspace-article.png"), fullPage: true });
    // An article whose names never share a sentence says so, where the graph would be.
    await page.click("[data-testid=new-article]");
    await page.fill("[data-testid=article]", "Maduro spoke on Tuesday.");
    await page.waitForSelector("[data-testid=results][data-fresh=true] [data-testid=no-relations]");
    assert.match(await page.textContent("[data-testid=no-relations]"), /^No relations: /);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("axe finds no serious or critical problem on any view", async () => {
  const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    const check = async (view) => {
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async () => (await window.axe.run(document)).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`));
      assert.deepEqual(found, [], view);
    };
    await check("empty workspace");
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    await page.waitForFunction(() => !document.querySelector("[data-testid=model-loading]"));
    await page.click("[data-testid=export-menu] summary");
    await check("article with its entities, quotes, values, relations and the export menu");
    await page.click("[data-testid=across-toggle]");
    await page.waitForSelector("[data-testid=across-table]");
    await check("across the library");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("the app is installable: a web manifest with icons and an offline service worker", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await browser.context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    assert.deepEqual(manifest.errors, []);
    const icons = JSON.parse(manifest.data).icons;
    assert.ok(icons.some((i) => i.sizes === "512x512" && i.purpose === "maskable"));
    for (const icon of icons) assert.equal((await page.request.get(new URL(icon.src, site.url).href)).status(), 200, icon.src);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("Space on the focused file control opens the file chooser; keyboard alone reaches every control", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    // Space on the focused control; headless Chromium once dropped the first key of a fresh
    // page (one CI run in many), so a second press is allowed, never more.
    let chooser = null;
    for (let attempt = 0; attempt < 2 && !chooser; attempt++) {
      await page.focus("[data-testid=file-input]");
      await page.waitForFunction(() => document.activeElement?.dataset.testid === "file-input");
      [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 10_000 }).catch(() => null), page.keyboard.press("Space")]);
    }
    assert.ok(chooser, "Space on the focused file control opens the file chooser");
    assert.ok(chooser.isMultiple(), "several files at once");
    // The focused file control shows where the focus is.
    const outline = await page.$eval("[data-testid=file-input]", (input) => getComputedStyle(input.closest("label")).outlineStyle);
    assert.notEqual(outline, "none");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("pasted HTML stays text: scripts, handlers and javascript: links never run", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    const hostile = `Angela Merkel met Emmanuel Macron in Paris. <script>window.__pwned = 1</script>
<img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned = 3">Berlin</a>`;
    await page.fill("[data-testid=article]", hostile);
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    assert.equal(await page.textContent("[data-testid=text]"), hostile);
    assert.equal(await page.locator("[data-testid=text] script, [data-testid=text] img, [data-testid=text] a").count(), 0);
    await page.reload();
    await page.waitForSelector("[data-testid=results][data-fresh=true]");
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("when the storage quota is exceeded the reader is told, and nothing stored is lost", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await listed(page, 1);
    await page.waitForFunction(() => document.querySelector(".item-meta")?.textContent.startsWith("en ·"));
    // A small quota. (CDP's Storage.overrideQuotaForOrigin does not reach IndexedDB in this
    // Chromium, so the browser's QuotaExceededError is raised for any write over 200 KB.)
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, ...rest) {
        if (JSON.stringify(value).length > 200_000) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return put.call(this, value, ...rest);
      };
    });
    // 1 MB more does not fit.
    await page.setInputFiles("[data-testid=file-input]", { name: "big.txt", mimeType: "text/plain", buffer: Buffer.from(fixture("en-article.txt").repeat(2500)) });
    await page.waitForSelector("[data-testid=problem]");
    assert.match(await page.textContent("[data-testid=problem]"), /storage for this site is full.*nothing already in the library was lost/);
    await page.reload();
    await listed(page, 1);
    assert.equal(await page.inputValue("[data-testid=article]"), fixture("en-article.txt"));
    assert.deepEqual(errors.filter((e) => !/QuotaExceeded|quota/i.test(e)), []);
  } finally {
    await browser.close();
  }
});

/** About 1 MB of news text: the sample articles (or the fixtures) again and again. */
function megabyte() {
  const sources = fs.existsSync(SAMPLES) ? fs.readdirSync(SAMPLES).sort().map((f) => path.join(SAMPLES, f))
    : ["en-article.txt", "de-article.txt", "es-article.txt"].map((f) => path.join(ROOT, "tests/fixtures", f));
  const all = sources.map((f) => fs.readFileSync(f, "utf8")).join("\n\n");
  let text = "";
  while (text.length < 1_000_000) text += `${all}\n\n`;
  return text;
}

/** Pastes `text` into the text box as the browser does (a paste event with clipboard data). */
const paste = (page, text) => page.$eval("[data-testid=article]", (area, text) => {
  area.focus();
  const data = new DataTransfer();
  data.setData("text/plain", text);
  const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
  if (area.dispatchEvent(event)) { // not taken by the page: the browser would insert it
    area.value = text;
    area.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }
}, text);

/** A new article on a page that has the English model cached (a long paste then times the analysis, not the download). */
async function newArticleWithModelsCached(page) {
  await page.fill("[data-testid=article]", fixture("en-article.txt"));
  await page.waitForSelector("[data-testid=results][data-fresh=true]");
  await page.waitForFunction(() => !document.querySelector("[data-testid=model-loading]"));
  await page.click("[data-testid=new-article]");
}

/** The page's tasks over 50 ms, in words: the page's own work (CPU) and the time it held still (wall). */
const holds = (tasks) => `tasks over 50 ms (work/held, ms): ${tasks.map((t) => `${Math.round(t.cpu)}/${Math.round(t.wall)}`).join(" ") || "none"}`;

/** Records every value the progress bar shows (window.__progress) until fresh results. */
async function watchProgress(page) {
  await page.evaluate(() => {
    window.__progress = [];
    const watch = () => {
      const bar = document.querySelector("[data-testid=progress] progress");
      if (bar && window.__progress.at(-1) !== bar.value) window.__progress.push(bar.value);
      if (!document.querySelector("[data-testid=results][data-fresh=true]")) setTimeout(watch, 20);
    };
    watch();
  });
}

test("a 10 MB article: the worker reads it with a progress bar, and the page's own work never holds it still over 200 ms", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await newArticleWithModelsCached(page);
    // The text is made in the page (10 MB passed in through the test's own channel is a long task of the test's).
    const piece = `${megabyte().slice(0, 200_000)}\n\n`;
    await page.evaluate(([piece, n]) => { window.__text = piece.repeat(n); }, [piece, Math.ceil(10_000_000 / piece.length)]);
    await watchProgress(page);
    const started = Date.now();
    const tasks = await mainThreadTasks(page, async () => {
      await page.$eval("[data-testid=article]", (area) => {
        area.focus();
        const data = new DataTransfer();
        data.setData("text/plain", window.__text);
        area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await page.waitForSelector("[data-testid=results][data-fresh=true]", { timeout: 2 * WAIT_MS });
    });
    const seconds = (Date.now() - started) / 1000;
    const state = await page.evaluate(() => ({ progress: window.__progress.length, nodes: document.getElementsByTagName("*").length, bytes: window.__text.length }));
    console.log(`10 MB paste: results in ${seconds.toFixed(1)} s; ${state.progress} progress steps; ${state.nodes} elements; ${holds(tasks)}`);
    assert.ok(state.bytes >= 10_000_000);
    assert.ok(state.progress >= 5, `the progress bar moves: ${state.progress} steps`);
    assert.ok(tasks.every((t) => t.cpu <= 200), `the page's own work in one task is over 200 ms: ${holds(tasks)}`);
    assert.match(await page.textContent("[data-testid=long-text]"), /10\.\d MB/);
    assert.ok(Number(await page.textContent("[data-testid=mentions]")) > 10_000, "every mention came across");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("a 1 MB paste: the progress bar moves, no task of over 200 ms of the page's work, a small page, instant typing, and cancel works", async () => {
  const big = megabyte();
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await newArticleWithModelsCached(page);
    await watchProgress(page);
    const started = Date.now();
    const tasks = await mainThreadTasks(page, async () => {
      await paste(page, big);
      await page.waitForSelector("[data-testid=results][data-fresh=true]");
    });
    const seconds = (Date.now() - started) / 1000;
    const state = await page.evaluate(() => ({ progress: window.__progress, nodes: document.getElementsByTagName("*").length }));
    console.log(`1 MB paste: results in ${seconds.toFixed(1)} s; progress ${state.progress.map((p) => p.toFixed(2)).join(" ")}; ${state.nodes} elements; ${holds(tasks)}`);
    assert.ok(state.progress.length >= 3, `the progress bar moves: ${state.progress}`);
    assert.ok(tasks.every((t) => t.cpu <= 200), `the page's own work in one task is over 200 ms: ${holds(tasks)}`);
    assert.ok(state.nodes < 15_000, `${state.nodes} elements`);
    assert.ok(await page.locator("[data-testid=show-more]").count() === 1, "the rest of the text comes page by page");
    assert.match(await page.textContent("[data-testid=long-text]"), /1\.0 MB/);

    // Typing once the results show: the page's whole work meanwhile (thread time, every task).
    await page.focus("[data-testid=entity-search]");
    await page.evaluate(() => {
      window.__typing = [];
      new PerformanceObserver((list) => window.__typing.push(...list.getEntries()
        .filter((e) => ["keydown", "keypress", "input", "keyup"].includes(e.name))
        .map((e) => e.processingEnd - e.processingStart))).observe({ type: "event", durationThreshold: 0 });
    });
    // How much a busy machine stretched the page's tasks meanwhile: their time held over their work.
    const typed = await mainThreadTasks(page, async () => {
      await page.keyboard.type("maduro-and-more");
      await page.waitForTimeout(400);
    }, { over: 0 });
    // (At most 3×: past that the page's own blocking, not the machine, would be excused.)
    const stretch = Math.min(3, Math.max(1, typed.reduce((sum, t) => sum + t.wall, 0) / Math.max(1, typed.reduce((sum, t) => sum + t.cpu, 0))));
    const typing = await page.evaluate(() => window.__typing.reduce((a, b) => a + b, 0));
    console.log(`typing 15 characters after the results: ${typing.toFixed(1)} ms in the key handlers (Event Timing); tasks stretched ${stretch.toFixed(2)}× by the machine`);
    assert.ok(typing < 100 * stretch, `typing 15 characters: ${typing.toFixed(1)} ms in the key handlers, over 100 ms × ${stretch.toFixed(2)} (the machine's stretch)`);

    // Cancel: a second paste, cancelled while it runs; the text is kept and Re-analyze reads it.
    await page.click("[data-testid=new-article]");
    // (Marked at its start: the fixtures that stand in for ../shared/samples never name Maduro.)
    await paste(page, `A second paste, about Madura.\n\n${big}`);
    await page.waitForSelector("[data-testid=progress]");
    await page.click("[data-testid=cancel]");
    await page.waitForSelector("[data-testid=cancelled]");
    assert.equal(await page.locator("[data-testid=progress]").count(), 0);
    await page.click("[data-testid=reanalyze]");
    await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true] [data-testid=text]")?.textContent.includes("Madura"));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("offline with the server stopped: the page, the library and the analysis come back", async () => {
  const own = await serve(DIST);
  const port = new URL(own.url).port;
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, own.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true]") && !document.querySelector("[data-testid=model-loading]"));
    await listed(page, 1);
    const mentions = await page.textContent("[data-testid=mentions]");
    await new Promise((done) => own.server.close(done));
    own.server.closeAllConnections?.();
    await page.reload();
    await listed(page, 1);
    await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true]") && !document.querySelector("[data-testid=model-loading]"));
    assert.equal(await page.textContent("[data-testid=mentions]"), mentions, "the same analysis, with the model from the cache");
    assert.equal(await page.locator(".notice[data-code=model_failed]").count(), 0);
    assert.ok(port, "served from its own port");
    assert.deepEqual(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e)), []);
  } finally {
    await browser.close();
    own.server.close();
  }
});

test("a file over 50 MB is refused with a message naming it, and the library is unchanged", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    const huge = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gleaner-huge-")), "archive-dump.txt");
    fs.writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 97));
    await page.setInputFiles("[data-testid=file-input]", huge);
    fs.rmSync(path.dirname(huge), { recursive: true, force: true });
    assert.match(await page.textContent("[data-testid=refusal]"), /“archive-dump\.txt” is too large \(53 MB\): Gleaner reads articles up to 50 MB\./);
    assert.equal(await page.locator("[data-testid=library-list] li").count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("a Word file (.docx) opens with its title and paragraphs, read in the page; a file that only claims to be one is refused", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    const word = { name: "plan.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
    await page.setInputFiles("[data-testid=file-input]", { ...word, buffer: fs.readFileSync(path.join(ROOT, "tests/fixtures/es-article.docx")) });
    await listed(page, 1);
    assert.deepEqual(await titles(page), ["Plan de transporte"], "the title from the document's properties");
    const lines = fixture("es-article.txt").trimEnd().split("\n");
    assert.equal(
      await page.inputValue("[data-testid=article]"),
      `Plan de transporte público\n\n${lines.join("\n\n")}\n\nMadrid\t2.300 millones\n<script>alert(1)</script> & más`,
    );
    await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true] [data-testid=language]")?.dataset.code === "es"
      && !document.querySelector("[data-testid=model-loading]"));
    assert.equal(await page.locator("[data-testid=text] script").count(), 0, "markup in a Word file stays text");
    if (CLI) {
      // The CLI reads the same file to the same text (tested in crates/cli) and the same entities.
      const cli = JSON.parse(execFileSync(CLI, ["analyze", path.join(ROOT, "tests/fixtures/es-article.docx")], { encoding: "utf8" }));
      const shown = await page.$$eval("[data-testid=text] mark[data-label]:not(.value)", (marks) => marks.map((m) => [m.textContent, m.dataset.label]));
      assert.deepEqual(shown, cli.mentions.map((m) => [m.text, m.label]));
      assert.ok(shown.some(([text, label]) => text === "Laura Gómez" && label === "PER"), JSON.stringify(shown));
    }
    await page.setInputFiles("[data-testid=file-input]", { ...word, name: "notes.docx", buffer: Buffer.from("plain text saved as .docx") });
    assert.match(await page.textContent("[data-testid=refusal]"), /“notes\.docx” was not opened: it is not a Word \(\.docx\) document\./);
    await listed(page, 1);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("an HTML page's publication date places relative dates, and the reader can set another, kept with the article", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    const html = `<!DOCTYPE html><html><head><title>Maduro in Moscow</title>
      <meta property="article:published_time" content="2019-09-26T10:30:00+02:00"></head>
      <body><h1>Maduro in Moscow</h1><p>Nicolás Maduro arrived in Moscow yesterday, and he met Vladimir Putin in the Kremlin for talks on oil and debt.</p></body></html>`;
    await page.setInputFiles("[data-testid=file-input]", { name: "moscow.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await listed(page, 1);
    assert.equal(await page.inputValue("[data-testid=date-choice]"), "2019-09-26", "the date from the page's metadata");
    const yesterday = "[data-testid=value] td.normalized";
    await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.value === "2019-09-25", yesterday);
    assert.match(await page.textContent(yesterday), /^25 September 2019 \(from the article's date, 26 September 2019\)$/);
    assert.equal(await page.textContent("[data-testid=reference-used]"), "Dates placed from 26 September 2019 (the page's publication date)");
    // The reader gives another date: the value follows, and the library keeps it.
    await page.fill("[data-testid=date-choice]", "2020-03-01");
    await page.dispatchEvent("[data-testid=date-choice]", "change");
    await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.value === "2020-02-29", yesterday);
    assert.equal(await page.textContent("[data-testid=reference-used]"), "Dates placed from 1 March 2020 (the date you gave)");
    await page.waitForTimeout(300); // the library write
    await page.reload();
    await listed(page, 1);
    await page.waitForFunction(() => document.querySelector("[data-testid=date-choice]")?.value === "2020-03-01");
    await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.value === "2020-02-29", yesterday);
    if (CLI) {
      const text = await page.inputValue("[data-testid=article]");
      const cli = JSON.parse(execFileSync(CLI, ["analyze", "--date", "2020-03-01", "-"], { input: text, encoding: "utf8" }));
      assert.deepEqual(cli.values.map((v) => v.value), ["2020-02-29"], "the CLI's --date gives the same");
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
