// Offline from the first visit, in real headless Chromium against the built dist/:
// the service worker precaches the app shell on install and keeps the models the
// reader used; with the HTTP cache cleared (browsers evict it) and the network
// gone, the page, the library and a new analysis come back. A new build waits
// for the reader's reload, offered between analyses; old caches go.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");
const fixture = (name) => fs.readFileSync(path.join(ROOT, "tests/fixtures", name), "utf8");

before(() => assert.ok(fs.existsSync(path.join(DIST, "index.html")), "dist/ is missing: run `trunk build --release` first"));

/** Fresh results whose models have all loaded. */
const analyzed = (page) => page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true] [data-testid=language]")
  && !document.querySelector("[data-testid=model-loading]"));

/** The page's service worker is in charge, and the cache named after this build holds `paths`. */
async function cached(page, paths) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async (paths) => {
    const names = (await caches.keys()).filter((k) => k.startsWith("gleaner-"));
    if (names.length !== 1) return false;
    const cache = await caches.open(names[0]);
    return (await Promise.all(paths.map((p) => cache.match(p)))).every(Boolean);
  }, paths, { polling: 200 });
}

test("dist/ is the site as published: a versioned precache list, and nothing of trunk serve's live reload", () => {
  const sw = fs.readFileSync(path.join(DIST, "sw.js"), "utf8");
  const version = sw.match(/^const VERSION = "([0-9a-f]{16})";$/m);
  assert.ok(version, "scripts/precache.sh wrote the build's version into sw.js");
  const shell = JSON.parse(sw.match(/^const SHELL = (\[.*\]);$/m)[1]);
  for (const file of shell.filter((f) => f !== "./")) assert.ok(fs.existsSync(path.join(DIST, file)), `${file} is in the precache list and in dist/`);
  for (const kind of [/^gleaner-web-[0-9a-f]{16}\.js$/, /_bg\.wasm$/, /\.css$/, /^worker\.js$/, /^worker_loader\.js$/, /^offline\.js$/, /^index\.html$/,
    /^manifest\.webmanifest$/, /^icons\/icon\.svg$/, /^models\/lexicon\.glx$/]) {
    assert.ok(shell.some((f) => kind.test(f)), `the precache list has ${kind}: ${shell.join(", ")}`);
  }
  assert.ok(!shell.some((f) => f.endsWith(".glm")), "models are kept as the reader uses them, not all at install");
  const index = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  assert.doesNotMatch(index, /WebSocket|__trunk|autoreload/i, "no live-reload script in dist/index.html");
});

test("offline from the first visit: with the HTTP cache cleared, the page, the library and a new English analysis come back", async () => {
  const site = await serve(DIST);
  const browser = await launch();
  try {
    // One visit: an English article is read (its model loads before the service worker is in charge).
    const { page, errors } = await openPage(browser.context, site.url);
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await analyzed(page);
    const mentions = await page.textContent("[data-testid=mentions]");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=library-list] li").length === 1);
    await cached(page, ["./", "models/lexicon.glx", "models/ner-en.glm", "worker_bg.wasm"]);

    // The browser evicts its HTTP cache; the network goes.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await browser.context.setOffline(true);
    const asked = site.requests.length;
    await page.reload();
    await page.waitForSelector("[data-testid=article]");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=library-list] li").length === 1);
    await analyzed(page);
    assert.equal(await page.textContent("[data-testid=mentions]"), mentions, "the library's article, analyzed again offline");

    // A new article in English is read offline, with its names.
    await page.click("[data-testid=new-article]");
    await page.fill("[data-testid=article]", fixture("en-summit.txt"));
    await analyzed(page);
    assert.equal(await page.getAttribute("[data-testid=language]", "data-code"), "en");
    assert.ok(await page.locator("[data-testid=text] mark.ent[data-label=PER]").count() >= 2, "people are marked: the English model came from the cache");
    assert.equal(await page.locator(".notice[data-code=model_failed], .notice[data-code=model_offline], .notice[data-code=no_lexicon]").count(), 0);
    assert.equal(site.requests.length, asked, "nothing reached the server while offline");

    // A language never read here: the notice says exactly what is missing, and what is marked is what it says.
    await page.click("[data-testid=new-article]");
    await page.fill("[data-testid=article]",
      "O presidente do Brasil viajou para Lisboa na quarta-feira para se reunir com o primeiro-ministro de Portugal, "
      + "e os dois governos assinaram um acordo sobre energia e comércio que deve entrar em vigor no próximo ano.");
    await page.waitForSelector("[data-testid=results][data-fresh=true] .notice[data-code=model_offline]");
    assert.equal(await page.getAttribute("[data-testid=language]", "data-code"), "pt");
    assert.match(await page.textContent(".notice[data-code=model_offline]"),
      /^The Portuguese entity model is not on this device yet, and this device seems to be offline, so names in Portuguese text are marked only where the place list or your own list knows them\. Once it has loaded, it stays available offline\.$/);
    assert.equal(await page.locator(".notice").count(), 1, "one notice, and no contradicting one");
    const labels = await page.$$eval("[data-testid=text] mark.ent", (marks) => marks.map((m) => m.dataset.label));
    assert.ok(labels.includes("LOC") && !labels.some((l) => ["PER", "ORG", "MISC"].includes(l)), `only the place list's names are marked: ${labels}`);
    assert.match(await page.textContent("footer"), /Once loaded it works offline, with the entity models of the languages you have read/);
    assert.deepEqual(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await browser.context.setOffline(false).catch(() => {});
    await browser.close();
    site.server.close();
  }
});

test("a new version waits for the reader: offered between analyses, never during one; the reload brings it and drops the old cache", async () => {
  // A copy of dist/ that is then "deployed" again with another version.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "gleaner-update-"));
  fs.cpSync(DIST, root, { recursive: true });
  const site = await serve(root);
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await page.fill("[data-testid=article]", fixture("en-article.txt"));
    await analyzed(page);
    await cached(page, ["./", "models/ner-en.glm"]);
    const before = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("gleaner-")));
    assert.equal(await page.locator("[data-testid=update]").count(), 0, "no update to offer yet");
    const other = await openPage(browser.context, site.url, { keepLibrary: true }); // a second tab

    const sw = path.join(root, "sw.js");
    fs.writeFileSync(sw, fs.readFileSync(sw, "utf8").replace(/^const VERSION = .*$/m, 'const VERSION = "0000000000update";'));
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await page.waitForSelector("[data-testid=update]");
    assert.match(await page.textContent("[data-testid=update]"), /A new version of Gleaner is ready/);

    // While a long article is analyzed, the offer steps aside; it comes back with the results.
    await page.click("[data-testid=new-article]");
    await page.evaluate(() => {
      window.__during = { progress: 0, offered: 0 };
      new MutationObserver(() => {
        if (!document.querySelector("[data-testid=progress]")) return;
        window.__during.progress += 1;
        if (document.querySelector("[data-testid=update]")) window.__during.offered += 1;
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await page.$eval("[data-testid=article]", (area, text) => { // a paste, as the browser sends it
      const data = new DataTransfer();
      data.setData("text/plain", text);
      area.focus();
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, `${fixture("en-summit.txt")}\n\n`.repeat(800));
    await analyzed(page);
    const during = await page.evaluate(() => window.__during);
    assert.ok(during.progress > 0, "the analysis showed its progress");
    assert.equal(during.offered, 0, "no reload offered in the middle of an analysis");
    await page.waitForSelector("[data-testid=update]");

    await Promise.all([page.waitForEvent("load"), page.click("[data-testid=update-reload]")]);
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=library-list] li").length === 2);
    await page.waitForFunction(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith("gleaner-"));
      return names.length === 1 && names[0] === "gleaner-0000000000update";
    });
    assert.notDeepEqual(before, ["gleaner-0000000000update"]);
    // The new version's cache kept the model the reader used.
    assert.ok(await page.evaluate(async () => Boolean(await (await caches.open("gleaner-0000000000update")).match("models/ner-en.glm"))));
    assert.equal(await page.locator("[data-testid=update]").count(), 0);
    // The other tab, still on the old version, offers the reload too, and its button works
    // though the new version is already active.
    await other.page.waitForSelector("[data-testid=update]");
    await Promise.all([other.page.waitForEvent("load"), other.page.click("[data-testid=update-reload]")]);
    await other.page.waitForFunction(() => document.querySelectorAll("[data-testid=library-list] li").length === 2);
    assert.equal(await other.page.locator("[data-testid=update]").count(), 0);
    assert.deepEqual(errors, []);
    assert.deepEqual(other.errors, []);
  } finally {
    await browser.close();
    site.server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
