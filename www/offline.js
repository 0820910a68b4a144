// Offline use, the page's side: registers the service worker (sw.js), asks it
// to keep the entity models the reader has used (on a first visit they loaded
// before it was in charge), and tells the app when a new version is waiting,
// so the app can offer a reload between analyses, never in the middle of one.
(function () {
  const container = "serviceWorker" in navigator && location.protocol !== "file:" ? navigator.serviceWorker : null;
  let waiting = null;
  let ready = false;
  let reloading = false;
  const announce = (worker) => {
    waiting = worker;
    ready = true;
    window.dispatchEvent(new CustomEvent("gleaner-update-ready"));
  };
  window.gleanerOffline = {
    /** Asks the service worker to keep these files (paths relative to the page). */
    keep(paths) {
      if (container) container.ready.then((registration) => registration.active?.postMessage({ type: "keep", paths }));
    },
    /** A new version is installed and waits for a reload, or another tab already took it. */
    updateReady() {
      return ready;
    },
    /** Reloads into the new version. */
    applyUpdate() {
      reloading = true;
      if (waiting && waiting.state === "installed") waiting.postMessage({ type: "activate" });
      else location.reload(); // already active (another tab reloaded into it)
    },
  };
  if (!container) return;
  const hadController = Boolean(container.controller);
  container.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
    // Another tab reloaded into the new version: this page's files are the old one's.
    else if (hadController) announce(null);
  });
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
