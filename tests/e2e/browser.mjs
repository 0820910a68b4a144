// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/// How long a wait may take. Generous: a loaded machine (the other core busy) is slower,
/// not broken, and a wait that does time out says what the page and the worker were doing.
export const WAIT_MS = Number(process.env.GLEANER_E2E_WAIT_MS || 120_000);

/// A browser on a profile of its own; `profile` reuses a folder (a browser restart),
/// and `close({ keep: true })` leaves it for the next launch.
export async function launch({ profile, ...options } = {}) {
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  const dir = profile || fs.mkdtempSync(path.join(os.tmpdir(), "gleaner-e2e-"));
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: ARGS, viewport: { width: 1200, height: 900 }, acceptDownloads: true, ...options });
  context.setDefaultTimeout(WAIT_MS);
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

/// Records, in the page, what it asks its analysis workers and what they answer (with the
/// stage a long analysis is in), and what the page shows; read by `whatWasHappening`.
function recordTimeline() {
  const trace = (window.__gleanerTrace = []);
  const note = (what) => {
    trace.push(`${(performance.now() / 1000).toFixed(2)} s  ${what}`);
    if (trace.length > 300) trace.shift();
  };
  const describe = (data) => {
    if (!data || typeof data !== "object") return String(data);
    const kind = data.type || ("progress" in data ? "progress" : "document" in data ? "analysis" : "compact" in data ? "library analysis" : "message");
    const parts = [kind];
    if ("id" in data) parts.push(`id ${data.id}`);
    if (typeof data.text === "string") parts.push(`${data.text.length} characters`);
    if (data.stage) parts.push(`${data.stage} ${Math.round(data.progress * 100)} %`);
    if (Array.isArray(data.models) && data.models.length) parts.push(`models waiting or failed: ${JSON.stringify(data.models)}`);
    if (data.lexicon_loading) parts.push("place names still loading");
    if ("millis" in data) parts.push(`${Math.round(data.millis)} ms in the worker`);
    if (data.message) parts.push(data.message);
    return parts.join(", ");
  };
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      note(`worker started (${url})`);
      this.addEventListener("message", (event) => note(`worker → page: ${describe(event.data)}`));
      this.addEventListener("error", (event) => note(`worker error: ${event.message}`));
    }
    postMessage(message, ...rest) {
      note(`page → worker: ${describe(message)}`);
      return super.postMessage(message, ...rest);
    }
    terminate() {
      note("worker terminated");
      return super.terminate();
    }
  };
  // What the page shows, noted when it changes (a poll: cheap, and blind to the app's code).
  let shown = "";
  setInterval(() => {
    const results = document.querySelector("[data-testid=results]");
    const now = [
      results ? `results fresh=${results.dataset.fresh}` : "no results",
      ...[...document.querySelectorAll("[data-testid=model-loading], [data-testid=progress], .notice, .refusal")].map((e) => e.textContent.slice(0, 120)),
    ].join(" | ");
    if (now !== shown) note(`page shows: ${(shown = now)}`);
  }, 100);
}

/// The page's state and recent timeline, for the message of a wait that timed out.
async function whatWasHappening(page, network) {
  const state = await page.evaluate(() => ({
    url: location.href,
    serviceWorker: navigator.serviceWorker?.controller ? "in control" : "not in control",
    library: document.querySelectorAll("[data-testid=library-list] li").length,
    timeline: (window.__gleanerTrace || []).slice(-60),
  })).catch((error) => ({ unreadable: String(error), timeline: [] }));
  return [
    `what the page and its worker were doing: ${state.url ?? ""}, service worker ${state.serviceWorker ?? "?"}, ${state.library ?? "?"} articles listed${state.unreadable ? ` (page unreadable: ${state.unreadable})` : ""}`,
    ...state.timeline,
    "network, newest last (models and lexicon are fetched by the worker):",
    ...network.slice(-25),
  ].join("\n    ");
}

/// Makes `page`'s waits say, when one times out, what the page and its analysis worker were
/// doing: the worker's messages (a long analysis's stage), what the page showed, the network.
export async function traced(page) {
  await page.addInitScript(recordTimeline);
  const started = Date.now();
  const network = [];
  const seen = (what) => (r) => {
    network.push(`${((Date.now() - started) / 1000).toFixed(2)} s  ${what} ${new URL(r.url()).pathname}${r.failure() ? ` (${r.failure().errorText})` : ""}`);
    if (network.length > 200) network.shift();
  };
  page.on("request", seen("asked"));
  page.on("requestfinished", seen("loaded"));
  page.on("requestfailed", seen("failed"));
  for (const wait of ["waitForSelector", "waitForFunction", "waitForEvent"]) {
    const original = page[wait].bind(page);
    page[wait] = async (...args) => {
      try {
        return await original(...args);
      } catch (error) {
        if (error?.name === "TimeoutError") error.message += `\n    ${await whatWasHappening(page, network)}`;
        throw error;
      }
    };
  }
}

/// A page that records uncaught errors and console errors, to assert there were none.
/// It starts with an empty library unless `keepLibrary` is set; `page` is a tab the test has
/// prepared (init scripts of its own). Its waits are `WAIT_MS`
/// long, and one that times out says what the page and the worker were doing.
export async function openPage(context, url, { keepLibrary = false, page: given } = {}) {
  const page = given || await context.newPage();
  if (!keepLibrary) await clearLibrary(page);
  await traced(page);
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

/// Runs `during` while Chromium traces the page's main thread, and gives each of its tasks that
/// took over `over` ms (50): its wall time and its thread (CPU) time, in ms. The CPU time is the page's
/// own work; the wall time adds what other processes took from it on a loaded machine, so a
/// limit on the page's work holds it to the CPU time, and a message shows both.
export async function mainThreadTasks(page, during, { over = 50 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel", "__metadata"] }, transferMode: "ReportEvents" });
  try {
    await during();
  } finally {
    await cdp.send("Tracing.end");
    await complete;
    await cdp.detach();
  }
  const mains = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  // A trace without the page's main thread or its tasks would pass any limit: it must not.
  if (!mains.size || !events.some((e) => /RunTask$/.test(e.name) && mains.has(`${e.pid}:${e.tid}`))) {
    throw new Error(`the trace has no task of the page's main thread (${events.length} events): the limits on the page's work could not be checked`);
  }
  // A task is one outermost RunTask (a nested one is part of it).
  const runs = events.filter((e) => e.ph === "X" && /RunTask$/.test(e.name) && mains.has(`${e.pid}:${e.tid}`) && e.dur > over * 1000)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = runs.filter((e, i) => !runs.slice(0, i).some((o) => o.pid === e.pid && o.tid === e.tid && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur));
  return outer.map((e) => ({ wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000 }));
}
