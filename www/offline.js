// Offline use, the page's side: registers the service worker (sw.js), asks it
// to keep the entity models the reader has used (on a first visit they loaded
// before it was in charge), and tells the app when a new version is waiting,
// so the app can offer a reload between analyses, never in the middle of one.
(function () {
  const container = "serviceWorker" in navigator && location.protocol !== "file:" ? navigator.serviceWorker : null;
  let waiting = null;
  const announce = (worker) => {
    waiting = worker;
    window.dispatchEvent(new CustomEvent("gleaner-update-ready"));
  };
  window.gleanerOffline = {
    /** Asks the service worker to keep these files (paths relative to the page). */
    keep(paths) {
      if (container) container.ready.then((registration) => registration.active?.postMessage({ type: "keep", paths }));
    },
    /** A new version is installed and waits for a reload. */
    updateReady() {
      return waiting !== null;
    },
    /** Reloads into the waiting version. */
    applyUpdate() {
      if (!container || !waiting) return location.reload();
      container.addEventListener("controllerchange", () => location.reload());
      waiting.postMessage({ type: "activate" });
    },
  };
  if (!container) return;
  container.register("sw.js").then((registration) => {
    // An update is ready once installed while an older version controls this page.
    const watch = (worker) => worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && container.controller) announce(worker);
    });
    if (registration.waiting && container.controller) announce(registration.waiting);
    watch(registration.installing);
    registration.addEventListener("updatefound", () => watch(registration.installing));
  }).catch(() => {});
})();
