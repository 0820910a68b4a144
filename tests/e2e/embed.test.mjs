// The blog embed (dist/embed/ and the example blog in dist/example/) in real
// headless Chromium, as a blogger and their readers use it: marks in the
// host's own text, the host's styles and structure untouched, hostile content
// inert, any sub-folder, a strict CSP, the same analysis as the CLI, nothing
// fetched from elsewhere, keyboard and screen-reader access, big and broken
// inputs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, traced } from "./browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(ROOT, "tests/artifacts");
const SAMPLES = path.resolve(ROOT, "../shared/samples");
const CLI = ["release", "debug"].map((p) => path.join(ROOT, "target", p, "gleaner")).find((f) => fs.existsSync(f));
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const CSP = "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'";

// One site for every test: the built folders, the example blog moved to a
// sub-folder with the bundle in another, and small fixture pages.
const SITE = fs.mkdtempSync(path.join(os.tmpdir(), "gleaner-embed-site-"));

function page(file, body, { script = "/embed/gleaner.js", lang = "en" } = {}) {
  const tag = script ? `<script type="module" src="${script}"></script>` : "";
  fs.mkdirSync(path.dirname(path.join(SITE, file)), { recursive: true });
  fs.writeFileSync(path.join(SITE, file),
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>fixture</title><link rel="icon" href="data:,">${tag}</head><body><main>${body}</main></body></html>`);
}

function buildSite() {
  fs.symlinkSync(path.join(DIST, "embed"), path.join(SITE, "embed"));
  fs.symlinkSync(path.join(DIST, "example"), path.join(SITE, "example"));
  fs.mkdirSync(path.join(SITE, "assets"));
  fs.symlinkSync(path.join(DIST, "embed"), path.join(SITE, "assets/gleaner"));
  const post = path.join(SITE, "blog/2026/post");
  fs.mkdirSync(post, { recursive: true });
  for (const f of fs.readdirSync(path.join(DIST, "example"))) {
    if (f !== "index.html") fs.symlinkSync(path.join(DIST, "example", f), path.join(post, f));
  }
  const example = fs.readFileSync(path.join(DIST, "example/index.html"), "utf8");
  assert.ok(example.includes('src="../embed/gleaner.js"'));
  fs.writeFileSync(path.join(post, "index.html"), example.replace('src="../embed/gleaner.js"', 'src="/assets/gleaner/gleaner.js"'));

  page("fixtures/hostile.html", `<gleaner-article id="hostile">
    <p>Angela Merkel met Emmanuel Macron in Paris on Monday. &lt;img src=x onerror="window.__pwned=1"&gt; and
      &lt;script&gt;window.__pwned=2&lt;/script&gt; are only words in this post, written by Reuters in London.</p>
    <p><a id="js-link" href="javascript:window.__pwned=3">Read what Olaf Scholz said in Berlin</a>.</p>
    <script>window.__hostScripts = (window.__hostScripts || 0) + 1; /* Vladimir Putin */</script>
    <p><img id="broken" src="/no-such-image.png" alt="" onerror="window.__imageErrors = (window.__imageErrors || 0) + 1">
      Greenpeace protested outside the offices of Shell in The Hague.</p>
  </gleaner-article>`);
  page("fixtures/one.html", `<gleaner-article id="one"><p>Angela Merkel met <em>Emmanuel Macron</em> in
    <a href="/paris">Paris</a> on Monday, Reuters reported from London.</p></gleaner-article>`);
  page("fixtures/empty.html", `<gleaner-article id="empty"></gleaner-article>
    <gleaner-article id="blank"><p>  </p><script>window.__blank = 1;</script></gleaner-article>`);
  page("fixtures/api.html", "<p>The API page.</p>");
  // About 1 MB of news text, one article, paragraphs as the host wrote them.
  const sources = fs.existsSync(SAMPLES) ? fs.readdirSync(SAMPLES).sort().map((f) => path.join(SAMPLES, f))
    : ["en-article.txt", "de-article.txt", "es-article.txt"].map((f) => path.join(ROOT, "tests/fixtures", f));
  const english = sources.map((f) => fs.readFileSync(f, "utf8")).filter((t) => /\b(the|and)\b/.test(t));
  const paragraphs = english.join("\n\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const big = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = paragraphs[i % paragraphs.length];
    big.push(`<p>${escape(p)}</p>`);
    size += p.length;
  }
  page("fixtures/big.html", `<gleaner-article id="big">${big.join("\n")}</gleaner-article>`, { script: null });
}

let site, cspSite, browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, "embed/gleaner.js")), "dist/embed/ is missing: run `trunk build --release` first");
  assert.ok(CLI, "the gleaner CLI is not built: run `cargo build -p gleaner-cli` first");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  buildSite();
  site = await serve(SITE);
  cspSite = await serve(SITE, { headers: { "Content-Security-Policy": CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  cspSite?.server.close();
  fs.rmSync(SITE, { recursive: true, force: true });
});

// Runs in the page before its own scripts: records Gleaner's events and CSP violations.
function recorder() {
  window.__gleaner = { analyzed: [], errors: [], csp: [] };
  document.addEventListener("gleaner:analyzed", (e) => window.__gleaner.analyzed.push({ id: e.target.id, marks: e.detail.marks }));
  document.addEventListener("gleaner:error", (e) => window.__gleaner.errors.push({ id: e.target.id, message: e.detail.message }));
  document.addEventListener("securitypolicyviolation", (e) => window.__gleaner.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  document.addEventListener("DOMContentLoaded", () => {
    window.__gleaner.before = [...document.querySelectorAll("gleaner-article")].map((a) => a.innerHTML);
  });
}

/** Opens `url` in a fresh tab; records errors, warnings, requests (the worker's too). */
async function open(url, { until = 0, beforeGoto } = {}) {
  const tab = await browser.context.newPage();
  const seen = { errors: [], warnings: [], requests: [] };
  tab.on("pageerror", (e) => seen.errors.push(String(e)));
  tab.on("console", (m) => {
    // A 404 the test causes on purpose is logged by Chromium itself; anything else is ours.
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) seen.errors.push(m.text());
    if (m.type() === "warning") seen.warnings.push(m.text());
  });
  tab.on("request", (r) => seen.requests.push(r.url()));
  await tab.addInitScript(recorder);
  await traced(tab);
  if (beforeGoto) await beforeGoto(tab);
  await tab.goto(url);
  if (until) await tab.waitForFunction((n) => window.__gleaner.analyzed.length + window.__gleaner.errors.length >= n, until);
  return { tab, seen };
}

/** Each article's marks: text (pieces of one mention joined), label and entity. */
function marksOf(tab) {
  return tab.$$eval("gleaner-article", (articles) => Object.fromEntries(articles.map((a) => {
    const marks = [];
    for (const m of a.querySelectorAll("gleaner-mark")) {
      if (m.hasAttribute("data-continued")) marks[marks.length - 1].text += m.textContent;
      else marks.push({ text: m.textContent, label: m.dataset.label, entity: m.dataset.entity });
    }
    return [a.id || a.closest("article")?.id, marks];
  })));
}

function assertSameOrigin(requests, origin) {
  const elsewhere = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
  assert.deepEqual(elsewhere, [], "every request goes to the page's own server");
}

test("the example blog: both posts are highlighted in place, with the right types", async () => {
  const { tab, seen } = await open(`${site.url}example/`, { until: 2 });
  const marks = await marksOf(tab);
  const label = (post, text) => marks[post].find((m) => m.text === text)?.label;
  assert.ok(marks["post-en"].length >= 10, `English post: ${JSON.stringify(marks["post-en"])}`);
  assert.ok(marks["post-es"].length >= 10, `Spanish post: ${JSON.stringify(marks["post-es"])}`);
  const expected = {
    "post-en": { "Marta Jansen": "PER", "Henrik Lund": "PER", Reuters: "ORG", Maersk: "ORG", Thyssenkrupp: "ORG",
      Norway: "LOC", Morocco: "LOC", Brussels: "LOC", "South Korea": "LOC" },
    "post-es": { "Carolina Fuentes": "PER", "Tobias Keller": "PER", "Andrés Soto": "PER", "El Mercurio": "ORG", Berlín: "LOC", Alemania: "LOC", Argentina: "LOC",
      Washington: "LOC", Uruguay: "LOC" },
  };
  for (const [post, names] of Object.entries(expected)) {
    for (const [name, type] of Object.entries(names)) {
      assert.equal(label(post, name), type, `${post}: ${name} → ${JSON.stringify(marks[post])}`);
    }
  }
  // Marks carry their entity; one entity's mentions share it (Jansen = Marta Jansen).
  const jansen = marks["post-en"].filter((m) => /Jansen/.test(m.text)).map((m) => m.entity);
  assert.ok(jansen.length >= 2 && new Set(jansen).size === 1, JSON.stringify(jansen));
  // The panel lists people and a quote with its speaker.
  const panel = await tab.$eval("#post-en gleaner-article", (a) => a.shadowRoot.querySelector(".panel").textContent);
  assert.match(panel, /People.*Marta Jansen/s);
  assert.match(panel, /We cannot wait.*Marta Jansen/s);
  assert.match(panel, /ships that will carry.*— Marta Jansen/s, "the quote after it continues its speaker");
  await tab.screenshot({ path: path.join(ARTIFACTS, "embed-example.png"), fullPage: true });
  await tab.locator("#post-en").screenshot({ path: path.join(ARTIFACTS, "embed-post-en.png") });
  // Two elements, one worker and one copy of each file.
  for (const file of ["worker_loader.js", "worker_bg.wasm", "lexicon.glx", "ner-en.glm", "ner-es.glm"]) {
    assert.equal(seen.requests.filter((u) => u.endsWith(`/${file}`)).length, 1, `${file} fetched once`);
  }
  assert.deepEqual(seen.errors, []);
  assertSameOrigin(seen.requests, site.url);
  await tab.close();
});

test("attributes in: types, theme and panel change the marks; lang reads the text again", async () => {
  const { tab, seen } = await open(`${site.url}example/`, { until: 2 });
  const en = "#post-en gleaner-article";
  const labels = () => tab.$$eval(`${en} gleaner-mark`, (ms) => [...new Set(ms.map((m) => m.dataset.label))].sort());
  assert.ok((await labels()).length >= 3);
  await tab.$eval(en, (a) => a.setAttribute("types", "LOC"));
  await tab.waitForFunction((sel) => [...document.querySelectorAll(`${sel} gleaner-mark`)].every((m) => m.dataset.label === "LOC"), en);
  assert.deepEqual(await labels(), ["LOC"]);
  await tab.$eval(en, (a) => a.setAttribute("types", "PER ORG LOC NORP MISC"));
  await tab.waitForFunction((sel) => document.querySelectorAll(`${sel} gleaner-mark[data-label=PER]`).length > 0, en);
  // theme="auto" follows the reader's system; "light" keeps light marks on a dark system.
  const background = () => tab.$eval(`${en} gleaner-mark[data-label=PER]`, (m) => getComputedStyle(m).backgroundColor);
  const light = await background();
  await tab.emulateMedia({ colorScheme: "dark" });
  const dark = await background();
  assert.notEqual(dark, light);
  await tab.$eval(en, (a) => a.setAttribute("theme", "light"));
  assert.equal(await background(), light);
  await tab.emulateMedia({ colorScheme: "light" });
  // The panel comes and goes with its attribute.
  const panelShown = () => tab.$eval(en, (a) => !a.shadowRoot.querySelector(".panel").hidden);
  assert.equal(await panelShown(), true);
  await tab.$eval(en, (a) => a.removeAttribute("panel"));
  assert.equal(await panelShown(), false);
  // Hovering a mark shows its tooltip too.
  await tab.hover(`${en} gleaner-mark[data-label=ORG]`);
  assert.match(await tab.$eval(en, (a) => a.shadowRoot.querySelector("[role=tooltip]:not([hidden])")?.textContent ?? ""), /^Organization/);
  // lang: the Spanish post read as Spanish vs. identified; the element analyzes again.
  const before = await tab.evaluate(() => window.__gleaner.analyzed.length);
  await tab.$eval("#post-es gleaner-article", (a) => a.setAttribute("lang", "pt"));
  await tab.waitForFunction((n) => window.__gleaner.analyzed.length > n, before);
  assert.equal(await tab.$eval("#post-es gleaner-article", (a) => a.analysis.language.code), "pt");
  assert.deepEqual(seen.errors, []);
  await tab.close();
});

// What the host styled and wrote, read the same way before Gleaner runs and after.
function hostSnapshot() {
  // Every computed property but the ones that report layout (the page grows by the panel).
  const layout = /^(height|width|block-size|inline-size|perspective-origin|transform-origin)$/;
  const style = (el) => {
    const computed = getComputedStyle(el);
    return Object.fromEntries([...computed].filter((p) => !layout.test(p)).map((p) => [p, computed.getPropertyValue(p)]));
  };
  const first = (selector) => document.querySelector(selector);
  return {
    styles: { body: style(document.body), p: style(first("gleaner-article p")), a: style(first("gleaner-article a")),
      mark: style(first("gleaner-article mark")), h1: style(first("h1")) },
    structure: [...document.querySelectorAll("gleaner-article :is(a, em, strong, mark, img, figure, figcaption, p, blockquote)")]
      .map((e) => [e.localName, e.getAttribute("href") ?? e.getAttribute("src"), e.textContent.replace(/\s+/g, " ").trim()]),
    text: [...document.querySelectorAll("gleaner-article")].map((a) => a.textContent),
  };
}

test("the host's styles, links and emphasis are the same before and after", async () => {
  // Before: the page with Gleaner's module left out.
  const { tab: plain } = await open(`${site.url}example/`, {
    beforeGoto: (t) => t.route("**/embed/gleaner.js", (r) => r.fulfill({ contentType: "text/javascript", body: "" })),
  });
  await plain.evaluate(() => document.fonts.ready);
  const before = await plain.evaluate(hostSnapshot);
  await plain.close();
  const { tab, seen } = await open(`${site.url}example/`, { until: 2 });
  await tab.evaluate(() => document.fonts.ready);
  const afterRun = await tab.evaluate(hostSnapshot);
  for (const element of Object.keys(before.styles)) {
    assert.deepEqual(afterRun.styles[element], before.styles[element], `computed style of ${element}`);
    assert.ok(Object.keys(before.styles[element]).length > 300, "the whole computed style is compared");
  }
  assert.ok(before.structure.filter(([tag]) => tag === "a").length >= 3 && before.structure.some(([tag]) => tag === "em"));
  assert.deepEqual(afterRun.structure, before.structure, "every link, emphasis, image and paragraph kept, with its text");
  assert.deepEqual(afterRun.text, before.text, "the article's text is unchanged");
  assert.deepEqual(seen.errors, []);
  await tab.close();
});

test("hostile content inside the element never runs and stays as the host wrote it", async () => {
  const { tab, seen } = await open(`${site.url}fixtures/hostile.html`, { until: 1 });
  await tab.waitForTimeout(300);
  const state = await tab.evaluate(() => ({
    pwned: window.__pwned, scripts: window.__hostScripts, imageErrors: window.__imageErrors,
    injectedImages: document.querySelectorAll("img:not(#broken)").length,
    injectedScripts: [...document.querySelectorAll("gleaner-article script")].length,
    link: [document.querySelector("#js-link").getAttribute("href"), document.querySelector("#js-link").textContent],
    text: document.querySelector("gleaner-article p").textContent.replace(/\s+/g, " "),
    marksInScript: document.querySelectorAll("script gleaner-mark").length,
    handlers: [...document.querySelectorAll("gleaner-mark")].flatMap((m) => [...m.attributes].map((a) => a.name)),
  }));
  assert.equal(state.pwned, undefined, "no hostile text ran");
  assert.equal(state.scripts, 1, "the host's own script ran once, when the browser parsed it, and never again");
  assert.equal(state.imageErrors, 1, "the host's image was not re-created");
  assert.equal(state.injectedImages, 0);
  assert.equal(state.injectedScripts, 1);
  assert.deepEqual(state.link, ["javascript:window.__pwned=3", "Read what Olaf Scholz said in Berlin"]);
  assert.match(state.text, /<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2<\/script> are only words/);
  assert.equal(state.marksInScript, 0);
  const allowed = ["data-label", "data-entity", "data-continued", "data-active", "data-theme", "tabindex"];
  assert.deepEqual(state.handlers.filter((name) => !allowed.includes(name)), [], "marks carry data attributes only, no handlers");
  const marks = (await marksOf(tab)).hostile;
  assert.ok(marks.some((m) => m.text === "Angela Merkel" && m.label === "PER"), JSON.stringify(marks));
  assert.ok(!marks.some((m) => /Putin/.test(m.text)), "text inside <script> is never read");
  assert.deepEqual(seen.errors, []);
  await tab.close();
});

test("the bundle works from another folder than the page: /blog/2026/post/ with /assets/gleaner/", async () => {
  const { tab, seen } = await open(`${site.url}blog/2026/post/`, { until: 2 });
  const marks = await marksOf(tab);
  assert.ok(marks["post-en"].length >= 10 && marks["post-es"].length >= 10);
  const fetched = seen.requests.map((u) => new URL(u).pathname);
  for (const file of ["/assets/gleaner/gleaner.js", "/assets/gleaner/worker_loader.js", "/assets/gleaner/worker_bg.wasm",
    "/assets/gleaner/models/ner-en.glm", "/assets/gleaner/models/ner-es.glm", "/assets/gleaner/models/lexicon.glx"]) {
    assert.ok(fetched.includes(file), `${file} in ${fetched}`);
  }
  assert.ok(!fetched.some((p) => p.startsWith("/embed/") || p.startsWith("/blog/2026/embed")), fetched.join(" "));
  assert.deepEqual(seen.errors, []);
  assertSameOrigin(seen.requests, site.url);
  await tab.close();
});

test("it works under a strict Content Security Policy", async () => {
  const { tab, seen } = await open(`${cspSite.url}example/`, { until: 2 });
  const state = await tab.evaluate(() => ({ ...window.__gleaner, marks: document.querySelectorAll("gleaner-mark").length }));
  assert.deepEqual(state.errors, []);
  assert.deepEqual(state.csp, [], "no CSP violation");
  assert.ok(state.marks >= 20);
  // The marks are styled (a constructed sheet, allowed by style-src 'self').
  const background = await tab.$eval("gleaner-mark[data-label=PER]", (m) => getComputedStyle(m).backgroundColor);
  assert.notEqual(background, "rgba(0, 0, 0, 0)");
  assert.deepEqual(seen.errors, []);
  await tab.close();
});

test("analyze() gives the CLI's mentions and entities; analyzeMany({corpus}) the CLI's --corpus ids", async (t) => {
  if (!fs.existsSync(SAMPLES)) {
    t.skip("../shared/samples not found");
    return;
  }
  const files = fs.readdirSync(SAMPLES).sort().map((f) => path.join(SAMPLES, f));
  const texts = files.map((f) => fs.readFileSync(f, "utf8"));
  const { tab, seen } = await open(`${site.url}fixtures/api.html`);
  const [single, many] = await tab.evaluate(async (texts) => {
    const gleaner = await import("/embed/gleaner.js");
    const single = [];
    for (const text of texts) single.push(await gleaner.analyze(text));
    return [single, await gleaner.analyzeMany(texts, { corpus: true })];
  }, texts);
  const cliCorpus = execFileSync(CLI, ["analyze", "--corpus", ...files], { encoding: "utf8" }).trim().split("\n").map((l) => JSON.parse(l));
  const close = (a, b) => Math.abs(a - b) < 0.0015;
  const mentions = (json) => json.mentions.map((m) => [m.text, m.label, m.start, m.end, m.start16, m.end16, m.entity]);
  const entities = (json) => json.entities.map((e) => [e.id, e.name, e.label, e.aliases, e.count, e.mentions, e.link?.id, e.corpus]);
  files.forEach((file, i) => {
    const name = path.basename(file);
    const cli = JSON.parse(execFileSync(CLI, ["analyze", file], { encoding: "utf8" }));
    assert.equal(single[i].format, "gleaner/2");
    assert.equal(single[i].language.code, cli.language.code, name);
    assert.deepEqual(mentions(single[i]), mentions(cli), `${name}: mentions`);
    assert.deepEqual(entities(single[i]), entities(cli), `${name}: entities`);
    assert.ok(single[i].mentions.every((m, j) => close(m.confidence, cli.mentions[j].confidence)), `${name}: confidences`);
    assert.deepEqual(single[i].quotes.map((q) => [q.start, q.speaker]), cli.quotes.map((q) => [q.start, q.speaker]), `${name}: quotes`);
    assert.deepEqual(single[i].values, cli.values, `${name}: values`);
    assert.deepEqual(mentions(many[i]), mentions(cliCorpus[i]), `${name}: corpus mentions`);
    assert.deepEqual(entities(many[i]), entities(cliCorpus[i]), `${name}: corpus entities`);
  });
  assert.ok(many.every((a) => a.entities.some((e) => e.corpus && e.corpus.articles > 1)), "entities are shared across the articles");
  assert.deepEqual(seen.errors, []);
  assertSameOrigin(seen.requests, site.url);
  await tab.close();
});

test("analyze({entities}) gives what `gleaner analyze --entities` gives, from the same CSV file; bad rows are warned about", async () => {
  const listFile = path.join(ROOT, "tests/fixtures/entities.csv");
  const csv = fs.readFileSync(listFile, "utf8");
  const files = ["en-article.txt", "de-article.txt"].map((f) => path.join(ROOT, "tests/fixtures", f));
  const texts = files.map((f) => fs.readFileSync(f, "utf8"));
  const { tab, seen } = await open(`${site.url}fixtures/api.html`);
  const warnings = [];
  tab.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  const results = await tab.evaluate(async ([texts, csv]) => {
    const gleaner = await import("/embed/gleaner.js");
    const listed = [];
    for (const text of texts) listed.push(await gleaner.analyze(text, { entities: csv }));
    gleaner.configure({ entities: [{ name: "Ellen Park", label: "ORG" }] });
    const configured = await gleaner.analyze(texts[0]);
    gleaner.configure({ entities: null });
    const plain = await gleaner.analyze(texts[0]);
    const refused = await gleaner.analyze(texts[0], { entities: 42 }).then(() => "resolved", (e) => e.message);
    return { listed, configured, plain, refused };
  }, [texts, csv]);
  const mentions = (json) => json.mentions.map((m) => [m.text, m.label, m.start, m.end, m.entity, m.source]);
  const entities = (json) => json.entities.map((e) => [e.id, e.name, e.label, e.aliases, e.mentions]);
  files.forEach((file, i) => {
    const cli = JSON.parse(execFileSync(CLI, ["analyze", "--entities", listFile, file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    assert.deepEqual(mentions(results.listed[i]), mentions(cli), `${path.basename(file)}: mentions`);
    assert.deepEqual(entities(results.listed[i]), entities(cli), `${path.basename(file)}: entities`);
  });
  assert.ok(results.listed[0].mentions.some((m) => m.text === "City Council" && m.source === "list"));
  assert.ok(results.configured.mentions.some((m) => m.text === "Ellen Park" && m.label === "ORG" && m.source === "list"));
  assert.ok(!results.plain.mentions.some((m) => m.source), "configure({entities: null}) removes the list");
  assert.match(results.refused, /entities must be/);
  assert.ok(warnings.some((w) => /entities line 8: no name/.test(w)), JSON.stringify(warnings));
  assert.deepEqual(seen.errors, []);
  await tab.close();
});

test("the API refuses bad arguments with a message, and configure() stays on the page's origin", async () => {
  const { tab } = await open(`${site.url}fixtures/api.html`);
  const results = await tab.evaluate(async () => {
    const gleaner = await import("/embed/gleaner.js");
    const reason = (f) => f().then(() => "resolved", (e) => e.message);
    return {
      notText: await reason(() => gleaner.analyze(42)),
      badLang: await reason(() => gleaner.analyze("Hola", { lang: "xx" })),
      notArray: await reason(() => gleaner.analyzeMany("text")),
      elsewhere: (() => { try { gleaner.configure({ assetsUrl: "https://cdn.example.com/models/" }); return "accepted"; } catch (e) { return e.message; } })(),
      empty: (await gleaner.analyze("")).stats.tokens,
      french: (await gleaner.analyze("Le président de la République a rencontré les syndicats mardi à Paris.", { lang: "fr" })).language.code,
      badDate: await reason(() => gleaner.analyze("Maduro arrived yesterday.", { date: "2019-13-45" })),
      dated: await gleaner.analyze("Nicolás Maduro arrived in Moscow yesterday and met Vladimir Putin.", { date: "2019-09-26" }),
    };
  });
  assert.match(results.badDate, /'2019-13-45' is not a date/);
  const cli = JSON.parse(execFileSync(CLI, ["analyze", "--date", "2019-09-26", "-"], { input: "Nicolás Maduro arrived in Moscow yesterday and met Vladimir Putin.", encoding: "utf8" }));
  assert.deepEqual(results.dated.values, cli.values, "analyze({date}) places dates as `gleaner analyze --date` does");
  assert.deepEqual(results.dated.reference, { date: "2019-09-26", source: "given" });
  assert.equal(results.dated.values[0].value, "2019-09-25");
  assert.match(results.notText, /needs a string/);
  assert.match(results.badLang, /unknown language 'xx'/);
  assert.match(results.notArray, /array of strings/);
  assert.match(results.elsewhere, /must be on this site/);
  assert.equal(results.empty, 0);
  assert.equal(results.french, "fr");
  await tab.close();
});

test("configure({assetsUrl}) loads the models from another folder of the site", async () => {
  const { tab, seen } = await open(`${site.url}fixtures/api.html`);
  const mentions = await tab.evaluate(async () => {
    const gleaner = await import("/embed/gleaner.js");
    gleaner.configure({ assetsUrl: "/assets/gleaner/models" });
    return (await gleaner.analyze("Angela Merkel met Emmanuel Macron in Paris, Reuters reported.")).mentions.length;
  });
  assert.ok(mentions >= 3);
  const fetched = seen.requests.map((u) => new URL(u).pathname);
  assert.ok(fetched.includes("/assets/gleaner/models/ner-en.glm"), fetched.join(" "));
  assert.ok(!fetched.includes("/embed/models/ner-en.glm"), fetched.join(" "));
  await tab.close();
});

test("axe finds no serious or critical problem; Tab reaches every mark and shows its tooltip", async () => {
  const { tab, seen } = await open(`${site.url}example/`, { until: 2 });
  await tab.addScriptTag({ path: AXE });
  const violations = await tab.evaluate(async () => (await window.axe.run(document)).violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`));
  assert.deepEqual(violations, []);
  const total = await tab.$$eval("gleaner-mark[tabindex='0']", (ms) => ms.length);
  const stops = await tab.$$eval("a[href], gleaner-mark[tabindex='0']", (es) => es.length);
  await tab.focus("body");
  const reached = new Set();
  for (let i = 0; i < stops + 40 && reached.size < total; i++) {
    await tab.keyboard.press("Tab");
    const focused = await tab.evaluate(() => {
      const mark = document.activeElement;
      if (mark?.localName !== "gleaner-mark") return null;
      const tip = mark.closest("gleaner-article").shadowRoot.querySelector("[role=tooltip]");
      const index = [...document.querySelectorAll("gleaner-mark[tabindex='0']")].indexOf(mark);
      return { index, text: mark.textContent, shown: !tip.hidden && tip.getBoundingClientRect().height > 0, tip: tip.textContent };
    });
    if (!focused) continue;
    assert.ok(focused.shown, `the tooltip shows on focus of "${focused.text}"`);
    assert.match(focused.tip, /(Person|Organization|Place|Nationality or group|Other name).+% confidence/);
    reached.add(focused.index);
  }
  assert.equal(reached.size, total, "Tab reaches every mark");
  // What a screen reader hears: the name, then its kind.
  const spoken = await tab.$eval("gleaner-mark[data-label=PER][tabindex='0']", (m) => m.shadowRoot.textContent);
  assert.equal(spoken, ", Person");
  await tab.keyboard.press("Escape");
  assert.deepEqual(seen.errors, []);
  await tab.close();
});

test("an empty element, or one with no text, does nothing and raises nothing", async () => {
  const { tab, seen } = await open(`${site.url}fixtures/empty.html`);
  await tab.waitForTimeout(1500);
  const state = await tab.evaluate(() => window.__gleaner);
  assert.deepEqual([state.analyzed, state.errors], [[], []]);
  assert.ok(!seen.requests.some((u) => /worker|wasm|models/.test(u)), "no engine is loaded for nothing");
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.warnings, []);
  await tab.close();
});

for (const missing of ["worker_bg.wasm", "ner-en.glm"]) {
  test(`a missing ${missing} leaves the article as it was, with one error event and one warning`, async () => {
    const broken = await serve(SITE, { missing: [missing] });
    try {
      const { tab, seen } = await open(`${broken.url}fixtures/one.html`, { until: 1 });
      await tab.waitForTimeout(500);
      const state = await tab.evaluate(() => ({ ...window.__gleaner, now: document.querySelector("gleaner-article").innerHTML }));
      assert.equal(state.now, state.before[0], "the article is exactly as it was");
      assert.equal(state.errors.length, 1, JSON.stringify(state.errors));
      assert.match(state.errors[0].message, new RegExp(missing.replace(".", "\\.")));
      assert.deepEqual(state.analyzed, []);
      assert.equal(seen.warnings.length, 1, JSON.stringify(seen.warnings));
      assert.deepEqual(seen.errors, []);
      await tab.close();
    } finally {
      broken.server.close();
    }
  });
}

test("a 1 MB article is analyzed in the worker and marked in slices: no task over 200 ms", async () => {
  const { tab, seen } = await open(`${site.url}fixtures/big.html`);
  await tab.waitForTimeout(500); // let the 1 MB page lay itself out first
  const result = await tab.evaluate(async () => {
    const long = [];
    new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    const started = performance.now();
    const done = new Promise((resolve) => document.addEventListener("gleaner:analyzed", (e) => resolve(e.detail.marks)));
    await import("/embed/gleaner.js");
    const marks = await done;
    await new Promise((r) => setTimeout(r, 200));
    return { marks, long, ms: performance.now() - started, chars: document.querySelector("gleaner-article").textContent.length };
  });
  console.log(`1 MB article: ${result.chars} characters, ${result.marks} marks in ${Math.round(result.ms)} ms; longest task ${Math.round(Math.max(0, ...result.long))} ms`);
  assert.ok(result.chars >= 1_000_000);
  assert.ok(result.marks > 1000, `${result.marks} marks`);
  assert.ok(result.long.every((d) => d <= 200), `long tasks: ${result.long.map(Math.round)}`);
  assert.deepEqual(seen.errors, []);
  await tab.close();
});

test("the embed folder is an npm package with everything it needs", () => {
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: path.join(DIST, "embed"), encoding: "utf8" }));
  const files = packed.files.map((f) => f.path);
  for (const file of ["gleaner.js", "gleaner.d.ts", "worker_loader.js", "worker.js", "worker_bg.wasm", "package.json", "README.md",
    "models/ner-en.glm", "models/ner-es.glm", "models/lexicon.glx"]) {
    assert.ok(files.includes(file), `${file} in ${files}`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "embed/package.json"), "utf8"));
  assert.equal(manifest.type, "module");
  assert.equal(manifest.exports["."].default, "./gleaner.js");
});
