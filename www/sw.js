// Offline use: keep every same-origin file the app has loaded. Pages are
// fetched from the network first (so updates arrive), everything else from the
// cache first (trunk's file names carry content hashes).
const CACHE = "gleaner-v1";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["./", "./index.html", "./manifest.webmanifest"])));
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
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(store).catch(() => caches.match(request).then((r) => r || caches.match("./"))));
  } else {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request).then(store)));
  }
});
