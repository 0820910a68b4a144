// Offline use: keep every same-origin file the app has loaded. Files whose
// names carry trunk's content hash never change, so they come from the cache
// first; everything else (pages, the worker, models) from the network first,
// so updates arrive, with the cache as the offline fallback.
const CACHE = "gleaner-v3";
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["./", "./index.html", "./manifest.webmanifest", "./icons/icon.svg"])));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const store = (response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  };
  const path = new URL(request.url).pathname;
  if (HASHED.test(path)) {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request).then(store)));
  } else {
    const fallback = () => caches.match(request).then((r) => r || (request.mode === "navigate" ? caches.match("./") : Response.error()));
    event.respondWith(fetch(request).then(store).catch(fallback));
  }
});
