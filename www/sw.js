// Offline use from the first visit. On install this service worker stores the
// app shell (the page, its JS, wasm and CSS, the worker, the icons, the
// manifest and the place lexicon) and the entity models the reader has used,
// in a cache named after this build; on activate it removes every older cache.
// scripts/precache.sh writes VERSION and SHELL at build time: a build whose
// files differ gets another name, so the browser installs it as an update,
// which waits until the page says the reader chose to reload (offline.js).
const VERSION = "development";
const SHELL = ["./", "./index.html"];
const CACHE = `gleaner-${VERSION}`;
const OURS = /^gleaner-/;
const MODEL = /\/models\/ner-[a-z]+\.glm$/;
// trunk's content-hashed names never change their bytes: an HTTP-cached copy is good.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

/// A request that takes a copy the HTTP cache holds only when it cannot be stale.
const fresh = (path) => new Request(path, { cache: HASHED.test(path) ? "force-cache" : "no-cache" });

/// The models an older version of the app kept: the languages the reader has used.
async function modelsUsed() {
  const paths = new Set();
  for (const name of (await caches.keys()).filter((k) => OURS.test(k) && k !== CACHE)) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (MODEL.test(path)) paths.add(new URL(request.url).href);
    }
  }
  return [...paths];
}

/// Stores each path not yet in the cache; one that cannot be fetched is left out.
async function keep(cache, paths) {
  await Promise.all(paths.map(async (path) => {
    if (await cache.match(path)) return;
    try {
      const response = await fetch(fresh(path));
      if (response.ok) await cache.put(path, response);
    } catch {
      // Offline: it is kept the next time it loads.
    }
  }));
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(SHELL.map(fresh)); // all or nothing: a half shell would not start offline
    await keep(cache, await modelsUsed());
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const older = (await caches.keys()).filter((k) => k !== CACHE && OURS.test(k));
    // A model install could not fetch, or one first used while this version waited, is
    // carried over as it was rather than lost with the old cache.
    for (const name of older) {
      const old = await caches.open(name);
      for (const request of await old.keys()) {
        if (MODEL.test(new URL(request.url).pathname) && !(await cache.match(request))) {
          const response = await old.match(request);
          if (response) await cache.put(request, response);
        }
      }
    }
    await Promise.all(older.map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  // The page asks for the models it used before this worker controlled it (the first visit).
  if (message.type === "keep" && Array.isArray(message.paths)) {
    const paths = message.paths.filter((p) => typeof p === "string").map((p) => new URL(p, self.registration.scope))
      .filter((u) => u.origin === self.location.origin && MODEL.test(u.pathname)).map((u) => u.href);
    event.waitUntil(caches.open(CACHE).then((cache) => keep(cache, paths)));
  }
  // The reader chose to reload into the new version.
  if (message.type === "activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // This version's files (its shell and the models kept) come from its own cache:
    // the page, its worker and its models stay one version until the reader reloads.
    const cached = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
    if (cached) return cached;
    try {
      const response = await fetch(request);
      // A model, or a file of the blog example and the embed, is kept once it has loaded.
      if (response.ok && response.type === "basic") event.waitUntil(cache.put(request, response.clone()));
      return response;
    } catch (error) {
      // Offline, the app's own address (with any query) is the shell; another page of the
      // site that was never loaded is not: its relative files would not be there.
      const scope = new URL(self.registration.scope).pathname;
      if (request.mode === "navigate" && (url.pathname === scope || url.pathname === `${scope}index.html`)) {
        const shell = await cache.match("./index.html");
        if (shell) return shell;
      }
      throw error;
    }
  })());
});
