// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/// A browser on a profile of its own; `profile` reuses a folder (a browser restart),
/// and `close({ keep: true })` leaves it for the next launch.
export async function launch({ profile, ...options } = {}) {
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  const dir = profile || fs.mkdtempSync(path.join(os.tmpdir(), "gleaner-e2e-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: ARGS, viewport: { width: 1200, height: 900 }, acceptDownloads: true, ...options });
  return {
    context, profile: dir,
    close: async ({ keep = false } = {}) => { await context.close(); if (!keep) fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

/// Empties the page's library (IndexedDB) for the origin of `url`, so a test starts from nothing.
export async function clearLibrary(page, url) {
  // That page has no icon of its own: answer the browser's favicon request, whose 404 would
  // otherwise be logged later, as if the app had caused it.
  await page.route("**/favicon.ico", (route) => route.fulfill({ status: 204 }));
  await page.goto(new URL("manifest.webmanifest", url).href);
  await page.evaluate(() => new Promise((done) => {
    const request = indexedDB.deleteDatabase("gleaner");
    request.onsuccess = request.onerror = request.onblocked = () => done();
  }));
}

/// A page that records uncaught errors and console errors, to assert there were none.
/// It starts with an empty library unless `keepLibrary` is set.
export async function openPage(context, url, { keepLibrary = false } = {}) {
  const page = await context.newPage();
  if (!keepLibrary) await clearLibrary(page, url); // before listening: that page's favicon 404 is not the app's
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector("[data-testid=article]");
  return { page, errors };
}
