// Starts the analysis worker. Messages that arrive while its wasm is still
// loading are kept and handed over once the Rust handler is installed, so a
// fast first request is never lost. If the engine cannot load (a 404, no
// network), the worker says so once with {type: "fatal"} instead of failing
// silently, and the page or the embed reports it.
const early = [];
self.onmessage = (event) => early.push(event);
const fatal = (error) => {
  self.onmessage = null;
  self.postMessage({ type: "fatal", message: `the analysis engine could not load (${error && error.message ? error.message : error})` });
};
try {
  importScripts("./worker.js");
  const wasm = new URL("./worker_bg.wasm", self.location.href);
  fetch(wasm)
    .then((response) => {
      if (!response.ok) throw new Error(`${wasm.pathname}: HTTP ${response.status}`);
      return wasm_bindgen({ module_or_path: response });
    })
    .then(() => { for (const event of early) self.onmessage(event); }, fatal);
} catch (error) {
  fatal(error);
}
