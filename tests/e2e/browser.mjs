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

/// Empties the page's library (IndexedDB) when the tab first loads the app, so a test
/// starts from nothing; a reload in the same tab keeps what the test stored. (The delete
/// is queued before the app opens the database, and IndexedDB runs them in order.)
export async function clearLibrary(page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("gleaner-test-cleared")) return;
    sessionStorage.setItem("gleaner-test-cleared", "1");
    indexedDB.deleteDatabase("gleaner");
  });
}

/// A page that records uncaught errors and console errors, to assert there were none.
/// It starts with an empty library unless `keepLibrary` is set.
export async function openPage(context, url, { keepLibrary = false } = {}) {
  const page = await context.newPage();
  if (!keepLibrary) await clearLibrary(page);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  // Chromium's console says only "404"; the address says what was missing.
  page.on("response", (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  // Nothing goes to any host but the page's own, on any path the test takes.
  const origin = new URL(url).origin;
  page.on("request", (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) errors.push(`request to another host: ${r.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector("[data-testid=article]");
  return { page, errors };
}
