// The reader corrects Gleaner, and Gleaner remembers, in real headless
// Chromium: every kind of correction done by keyboard; kept across a reload
// and a re-analysis; undone; the reader's entity list (typed in, imported,
// put there from a correction) applied to a new article in another language;
// the list and the corrected articles exported.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST = path.join(ROOT, "dist");
const CLI = ["release", "debug"].map((p) => path.join(ROOT, "target", p, "gleaner")).find((f) => fs.existsSync(f));

let site;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, "index.html")), "dist/ is missing: run `trunk build --release` first");
  site = await serve(DIST);
});
after(() => site?.server.close());

// "zorblatt" is written in lower case so that no model reads it as a name: the reader adds it.
const TEXT = "Nicolás Maduro met Vladimir Putin in Moscow on Monday. Rosneft said Maduro and the Kremlin agreed. "
  + "Two bombers landed at zorblatt";

/** Types the text in and waits for its analysis with every model loaded. */
async function paste(page, text) {
  await page.fill("[data-testid=article]", text);
  await ready(page);
}

async function ready(page) {
  await page.waitForFunction(() => document.querySelector("[data-testid=results][data-fresh=true] [data-testid=language]")
    && !document.querySelector("[data-testid=model-loading]"));
}

/** Every highlighted name: [text, label, source, entity]. */
const names = (page) => page.$$eval("[data-testid=text] mark.ent[data-source]", (marks) =>
  marks.map((m) => [m.textContent, m.dataset.label, m.dataset.source, m.dataset.entity]));

/** Waits until `check(names)` holds, and says what was on show when it did not. */
async function until(page, check, what) {
  const deadline = Date.now() + 15_000;
  let seen;
  while (Date.now() < deadline) {
    seen = await names(page);
    if (check(seen)) return seen;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: the names on show were ${JSON.stringify(seen)}`);
}

/** Focuses the `nth` highlighted name that reads exactly `text`, as Tab would. */
async function focusName(page, text, nth = 0) {
  const mark = page.locator("[data-testid=text] mark.ent[data-source]").filter({ hasText: new RegExp(`^${text}$`) }).nth(nth);
  await mark.focus();
  await page.waitForFunction((t) => document.querySelector("[data-testid=active-name]")?.textContent.includes(t), text);
}

const find = (seen, text, nth = 0) => seen.filter((n) => n[0] === text)[nth];

/** The state every correction below leaves, checked after each reload too. */
function corrected(seen) {
  const apple = find(seen, "Rosneft");
  const kremlin = find(seen, "Kremlin");
  const maduros = seen.filter((n) => n[0].endsWith("Maduro"));
  return apple?.[1] === "MISC" && apple[2] === "reader"
    && !find(seen, "Moscow")
    && find(seen, "zorblatt")?.[1] === "ORG" && find(seen, "zorblatt")[2] === "reader"
    && find(seen, "Putin")?.[2] === "reader" && !find(seen, "Vladimir Putin")
    && kremlin && kremlin[3] === apple[3]
    && maduros.length === 2 && maduros[0][3] !== maduros[1][3];
}

test("every kind of correction by keyboard; it survives a reload and a re-analysis; undo takes it back", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await paste(page, TEXT);
    let seen = await names(page);
    assert.equal(find(seen, "Rosneft")?.[2], "model", JSON.stringify(seen));
    assert.ok(find(seen, "Vladimir Putin") && find(seen, "Moscow"), JSON.stringify(seen));
    assert.equal(find(seen, "Nicolás Maduro")[3], find(seen, "Maduro")[3], "the model's analysis joins the two Maduros");

    // Relabel: M (other names: the product, say) on a focused name.
    await focusName(page, "Rosneft");
    await page.keyboard.press("m");
    seen = await until(page, (s) => find(s, "Rosneft")?.[1] === "MISC" && find(s, "Rosneft")[2] === "reader", "relabel");
    // The keyboard stays on the corrected name.
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Rosneft");

    // Delete.
    await focusName(page, "Moscow");
    await page.keyboard.press("Delete");
    await until(page, (s) => !find(s, "Moscow"), "delete");

    // Narrow from the start (Alt+Shift+→), then wider again (Shift+←), then narrow once more.
    await focusName(page, "Vladimir Putin");
    await page.keyboard.press("Alt+Shift+ArrowRight");
    await until(page, (s) => find(s, "Putin")?.[2] === "reader" && !find(s, "Vladimir Putin"), "narrower");
    await focusName(page, "Putin");
    await page.keyboard.press("Shift+ArrowLeft");
    await until(page, (s) => find(s, "Vladimir Putin")?.[2] === "reader", "wider");
    await focusName(page, "Vladimir Putin");
    await page.keyboard.press("Alt+Shift+ArrowRight");
    await until(page, (s) => find(s, "Putin") && !find(s, "Vladimir Putin"), "narrower again");

    // Add: words selected in the text box with the keyboard, tagged with the panel's button.
    await page.focus("[data-testid=article]");
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Control+Shift+ArrowLeft");
    await page.focus("[data-testid=tag-ORG]");
    await page.keyboard.press("Enter");
    await until(page, (s) => find(s, "zorblatt")?.[1] === "ORG", "add");

    // Add: a blank selection is refused with a message.
    await page.focus("[data-testid=article]");
    await page.evaluate(() => document.querySelector("[data-testid=article]").setSelectionRange(14, 15));
    await page.focus("[data-testid=tag-PER]");
    await page.keyboard.press("Enter");
    assert.match(await page.textContent("[data-testid=correction-message]"), /Select some words/);

    // Add the Kremlin (the model may have it already: then relabel nothing, only make sure it is there).
    if (!find(await names(page), "Kremlin")) {
      await page.evaluate(() => {
        const area = document.querySelector("[data-testid=article]");
        const at = area.value.indexOf("Kremlin");
        area.setSelectionRange(at, at + "Kremlin".length);
      });
      await page.focus("[data-testid=tag-ORG]");
      await page.keyboard.press("Enter");
      await until(page, (s) => find(s, "Kremlin"), "add the Kremlin");
    }

    // Merge: G on one name, Enter on the other.
    await focusName(page, "Rosneft");
    await page.keyboard.press("g");
    await page.waitForSelector("[data-testid=merging]");
    await focusName(page, "Kremlin");
    await page.keyboard.press("Enter");
    await until(page, (s) => find(s, "Rosneft")[3] === find(s, "Kremlin")?.[3], "merge");

    // Split: S on the second Maduro.
    await focusName(page, "Maduro");
    await page.keyboard.press("s");
    seen = await until(page, corrected, "split");

    // A reload (the corrections are stored with the article), then a re-analysis.
    await page.reload();
    await ready(page);
    await until(page, corrected, "after a reload");
    await page.click("[data-testid=reanalyze]");
    await ready(page);
    await until(page, corrected, "after a re-analysis");
    const log = await page.textContent("[data-testid=correction-log] summary");
    assert.match(log, /Your corrections · (8|9)/);
    // The library export carries them, with their words.
    const [exported] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-library]")]);
    const library = JSON.parse(fs.readFileSync(await exported.path(), "utf8"));
    const kinds = library.articles[0].corrections.map((c) => c.kind);
    for (const kind of ["label", "delete", "resize", "add", "merge", "split"]) assert.ok(kinds.includes(kind), `${kind} in ${kinds}`);
    assert.ok(library.articles[0].corrections.some((c) => c.kind === "add" && c.target.text === "zorblatt" && c.label === "ORG"));

    // Undo (Ctrl+Z on a name): the split goes, the two Maduros are one entity again.
    await focusName(page, "Rosneft");
    await page.keyboard.press("Control+z");
    await until(page, (s) => find(s, "Nicolás Maduro")[3] === find(s, "Maduro")[3], "undo by Ctrl+Z");
    // The undo button: the merge goes.
    await page.focus("[data-testid=undo]");
    await page.keyboard.press("Enter");
    await until(page, (s) => find(s, "Rosneft")[3] !== find(s, "Kremlin")[3], "undo by the button");

    // The reader edits the text and a corrected word goes: the correction is reported, not dropped.
    await page.fill("[data-testid=article]", TEXT.replace("zorblatt", "the airport"));
    await ready(page);
    const lost = await page.textContent("[data-testid=results] .notice[data-code=correction_lost]");
    assert.match(lost, /no longer applies \('zorblatt' added as ORG\)/);
    await until(page, (s) => find(s, "Rosneft")?.[2] === "reader", "the other corrections still apply");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("the reader's entity list: typed in, imported with bad rows reported, from a correction; it applies to a new article in another language; lists and corrections export", async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser.context, site.url);
    await paste(page, "Reuters Staff\n\nTwo Tu-160 bombers landed in Caracas on Monday, and Maduro greeted the crews.");
    let seen = await names(page);
    // The model may read the plane (MISC) or not; the list's entry is what makes it the list's.
    assert.notEqual(find(seen, "Tu-160")?.[2], "list", `no list yet: ${JSON.stringify(seen)}`);

    // Typed in.
    await page.click("[data-testid=entity-list] summary");
    await page.fill("[data-testid=list-name]", "Tu-160");
    await page.selectOption("[data-testid=list-label]", "MISC");
    await page.fill("[data-testid=list-aliases]", "Tupolew Tu-160 | Tu 160");
    await page.press("[data-testid=list-name]", "Enter");
    await until(page, (s) => find(s, "Tu-160")?.[2] === "list", "a typed list entry");

    // From a correction: X on the byline means never.
    // The byline as the model reads it: "Reuters Staff", or "Reuters" alone.
    const byline = await focusName(page, "Reuters Staff").then(() => "Reuters Staff")
      .catch(async () => { await focusName(page, "Reuters"); return "Reuters"; });
    await page.keyboard.press("x");
    await until(page, (s) => !s.some((n) => n[0].includes("Reuters")), "a never-name");

    // Imported: good rows kept, bad rows reported with their line.
    await page.setInputFiles("[data-testid=import-list]", path.join(ROOT, "tests/fixtures/entities.csv"));
    await page.waitForSelector("[data-testid=list-problems]");
    const problems = await page.textContent("[data-testid=list-problems]");
    assert.match(problems, /line 8: no name/);
    assert.match(problems, /line 9: unknown label 'PARTY'/);
    await page.waitForFunction(() => /My entities · 8/.test(document.querySelector("[data-testid=entity-list] summary").textContent));

    // A new article in German: the list applies there too, aliases included.
    await page.click("[data-testid=new-article]");
    await paste(page, `Die Bundesregierung hat am Montag mitgeteilt, dass zwei Tupolew Tu-160 in Caracas gelandet sind. ${byline} berichtete.`);
    seen = await until(page, (s) => find(s, "Tupolew Tu-160")?.[2] === "list" && find(s, "Bundesregierung")?.[2] === "list", "the list in German");
    assert.ok(!seen.some((n) => n[0] === byline), JSON.stringify(seen));
    assert.equal(find(seen, "Tupolew Tu-160")[1], "MISC");

    // The list survives a reload.
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => /My entities · 8/.test(document.querySelector("[data-testid=entity-list] summary").textContent));

    // Exports: the list as CSV (what the CLI's --entities reads) and as JSON.
    await page.click("[data-testid=entity-list] summary");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-list-csv]")]);
    const csvText = fs.readFileSync(await csv.path(), "utf8");
    assert.match(csvText, /^name,label,aliases,never,notes,link\n/);
    assert.match(csvText, /Tu-160,MISC,Tupolew Tu-160\|Tu 160,,,/);
    assert.ok(csvText.includes(`\n${byline},,,yes,,`), csvText);
    const [json] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-list-json]")]);
    assert.equal(JSON.parse(fs.readFileSync(await json.path(), "utf8")).entries.length, 8);

    // The page's analysis with the list is the CLI's with --entities and the exported file.
    assert.ok(CLI, "the gleaner CLI is not built: run `cargo build --release -p gleaner-cli` first");
    await page.click("[data-testid=export-menu] summary");
    const [analysis] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-json]")]);
    const byPage = JSON.parse(fs.readFileSync(await analysis.path(), "utf8"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gleaner-list-"));
    fs.writeFileSync(path.join(dir, "article.txt"), await page.inputValue("[data-testid=article]"));
    const byCli = JSON.parse(execFileSync(CLI, ["analyze", "--entities", await csv.path(), path.join(dir, "article.txt")], { encoding: "utf8" }));
    const mentions = (json) => json.mentions.map((m) => [m.text, m.label, m.start, m.end, m.entity, m.source]);
    assert.deepEqual(mentions(byPage), mentions(byCli));
    assert.deepEqual(byPage.entities.map((e) => [e.name, e.label]), byCli.entities.map((e) => [e.name, e.label]));
    fs.rmSync(dir, { recursive: true, force: true });

    // The corrected articles as CoNLL: the first article has a correction? Not yet: correct one, then export.
    await focusName(page, "Caracas");
    await page.keyboard.press("o");
    await until(page, (s) => find(s, "Caracas")?.[1] === "ORG", "relabel for the export");
    const [conll] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-conll]")]);
    const conllText = fs.readFileSync(await conll.path(), "utf8");
    assert.match(conllText, /^-DOCSTART-/);
    assert.match(conllText, /\nCaracas\tB-ORG\n/);
    assert.match(conllText, /\nTupolew\tB-MISC\nTu-160\tI-MISC\n/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
