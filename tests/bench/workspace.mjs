// The workspace's speed as a reader feels it, in Debian's Chromium, models cached:
// the first entities on show after pasting a 5 KB article, and a 1 MB article
// pasted and fully analyzed (every model it needs already loaded). Three runs each.
// Run after `trunk build --release`: node tests/bench/workspace.mjs
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../e2e/server.mjs";
import { launch, openPage } from "../e2e/browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SAMPLES = path.resolve(ROOT, "../shared/samples");
const files = fs.existsSync(SAMPLES) ? fs.readdirSync(SAMPLES).sort().map((f) => path.join(SAMPLES, f))
  : ["en-article.txt", "de-article.txt", "es-article.txt"].map((f) => path.join(ROOT, "tests/fixtures", f));
const texts = files.map((f) => fs.readFileSync(f, "utf8"));
let article = texts.find((t) => /\bthe\b/.test(t)) || texts[0];
while (article.length < 5_000) article += `\n\n${article}`;
article = article.slice(0, 5_000);
let big = "";
while (big.length < 1_000_000) big += `${texts.join("\n\n")}\n\n`;

const paste = (page, text) => page.$eval("[data-testid=article]", (area, text) => {
  area.focus();
  const data = new DataTransfer();
  data.setData("text/plain", text);
  if (area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }))) {
    area.value = text;
    area.dispatchEvent(new InputEvent("input", { bubbles: true }));
  }
}, text);

const site = await serve(path.join(ROOT, "dist"));
const browser = await launch();
try {
  const { page } = await openPage(browser.context, site.url);
  // Every model the texts need, loaded once.
  await paste(page, texts.join("\n\n"));
  await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true]") && !document.querySelector("[data-testid=model-loading]"));
  const first = [];
  const full = [];
  for (let run = 0; run < 3; run++) {
    await page.click("[data-testid=new-article]");
    const started = Date.now();
    await paste(page, `${article}\n\n(run ${run})`);
    await page.waitForSelector("[data-testid=results][data-fresh=true] [data-testid=text] mark.ent");
    first.push(Date.now() - started);

    await page.click("[data-testid=new-article]");
    const began = Date.now();
    await paste(page, `${big}(run ${run})`);
    await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true]") && !document.querySelector("[data-testid=model-loading]") && !document.querySelector("[data-testid=progress]"), null, { timeout: 120_000 });
    full.push(Date.now() - began);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[1];
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0].model}, Chromium ${browser.context.browser()?.version() ?? "(persistent context)"}`);
  console.log(`first entities after pasting a 5 KB article: ${first.join(" / ")} ms (median ${median(first)} ms; goal ≤ 300 ms)`);
  console.log(`a 1 MB article pasted and fully analyzed:   ${full.join(" / ")} ms (median ${median(full)} ms; goal ≤ 3000 ms)`);
} finally {
  await browser.close();
  site.server.close();
}
