// Starts the analysis worker. Messages that arrive while its wasm is still
// loading are kept and handed over once the Rust handler is installed, so a
// fast first paste is never lost.
importScripts("./worker.js");
const early = [];
self.onmessage = (event) => early.push(event);
wasm_bindgen({ module_or_path: "./worker_bg.wasm" }).then(() => {
  for (const event of early) self.onmessage(event);
});
