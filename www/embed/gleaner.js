// Gleaner for any web page: the <gleaner-article> element and a small API,
// analyze(), analyzeMany() and configure(). The analysis runs in a web worker
// (Rust compiled to WebAssembly) loaded from beside this file; the text never
// leaves the page, and every URL is resolved from this module's own location,
// so the folder works copied to any static host, in any sub-folder.
//
//   <script type="module" src="/assets/gleaner/gleaner.js"></script>
//   <gleaner-article types="PER ORG LOC" panel> …the article's HTML… </gleaner-article>

const HERE = new URL("./", import.meta.url);
const LANGUAGES = ["en", "de", "es", "fr", "it", "pt", "nl"];
const NAME_LABELS = ["PER", "ORG", "LOC", "NORP", "MISC"];
const VALUE_LABELS = ["DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"];
const LABEL_NAMES = {
  PER: "Person", ORG: "Organization", LOC: "Place", NORP: "Nationality or group", MISC: "Other name",
  DATE: "Date", TIME: "Time", MONEY: "Money", PERCENT: "Percentage", QUANTITY: "Quantity",
};
/** Longest stretch of marking work before the page gets its thread back, in ms. */
const SLICE_MS = 8;

// ---------------------------------------------------------------- the engine

let assetsUrl = null; // null: the models/ folder beside this module
let defaultEntities; // the entity list every analysis uses unless a call gives its own
let engine = null; // one worker for every element and call on the page

/**
 * Where the models and the place lexicon are, for sites that keep them in
 * another folder of their own origin. Call it before the first analysis.
 * `entities`: an entity list for every analysis, `<gleaner-article>` included
 * (see `analyze`); null removes it.
 * @param {{assetsUrl?: string | URL | null, entities?: string | object[] | null}} options
 */
export function configure(options = {}) {
  if ("entities" in options) defaultEntities = entityFile(options.entities);
  if ("assetsUrl" in options) {
    if (options.assetsUrl == null) {
      assetsUrl = null;
      return;
    }
    const url = new URL(String(options.assetsUrl), document.baseURI);
    if (url.origin !== HERE.origin) {
      throw new TypeError(`Gleaner: assetsUrl must be on this site (${HERE.origin}), not ${url.origin}`);
    }
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    assetsUrl = url.href;
  }
}

function startEngine() {
  if (engine) return engine;
  const started = { worker: null, pending: new Map(), next: 1, failure: null };
  engine = started;
  const fail = (message) => {
    started.failure = message;
    for (const job of started.pending.values()) job.reject(new Error(`Gleaner: ${message}`));
    started.pending.clear();
    started.worker?.terminate();
  };
  try {
    started.worker = new Worker(new URL("worker_loader.js", HERE), { name: "gleaner" });
  } catch (error) {
    fail(`the analysis worker could not start (${error.message})`);
    return started;
  }
  started.worker.onmessage = ({ data }) => {
    if (data && data.type === "fatal") return fail(data.message);
    const job = started.pending.get(data.id);
    if (!job) return;
    started.pending.delete(data.id);
    // Rows of an entity list that were left out (no name, an unknown label, a duplicate).
    for (const warning of data.warnings || []) console.warn(`Gleaner: ${warning}`);
    if (data.error) job.reject(new Error(`Gleaner: ${data.error}`));
    else job.resolve(data);
  };
  started.worker.onerror = (event) => {
    event.preventDefault();
    fail("the analysis worker could not load");
  };
  return started;
}

/** Who said a quote, for the panel: "Dmitry Peskov", "Dmitry Peskov (“the spokesman”)", "a senior diplomat". */
function saidBy(quote) {
  const written = quote.source?.text;
  if (!quote.speaker_name) return written ?? "";
  // The source names the speaker right there ("Kremlin spokesman Dmitry Peskov"): the name is enough.
  if (!written || quote.source.named) return quote.speaker_name;
  return `${quote.speaker_name} (“${written}”)`;
}

/**
 * An entity list as the worker reads it: the text of a JSON or CSV file (the
 * one the page exports), or its entries as objects {name, label, aliases, never}.
 */
function entityFile(entities) {
  if (entities == null) return undefined;
  if (typeof entities === "string") return entities;
  if (Array.isArray(entities)) return JSON.stringify(entities);
  throw new TypeError("Gleaner: entities must be the text of a JSON or CSV list, or an array of {name, label, aliases, never}");
}

/** Sends texts to the worker; resolves to {analyses, compact} (JSON strings). */
function send(texts, { lang, corpus = false, compact = false, date, entities } = {}) {
  let list;
  try {
    list = entities === undefined ? defaultEntities : entityFile(entities);
  } catch (error) {
    return Promise.reject(error);
  }
  if (lang != null && lang !== "" && !LANGUAGES.includes(lang)) {
    return Promise.reject(new TypeError(`Gleaner: unknown language '${lang}' (one of: ${LANGUAGES.join(" ")})`));
  }
  if (date != null && date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return Promise.reject(new TypeError(`Gleaner: '${date}' is not a date: give the day as YYYY-MM-DD, e.g. 2019-09-26`));
  }
  const running = startEngine();
  if (running.failure) return Promise.reject(new Error(`Gleaner: ${running.failure}`));
  return new Promise((resolve, reject) => {
    const id = running.next++;
    running.pending.set(id, { resolve, reject });
    running.worker.postMessage({
      type: "Embed", id, texts, lang: lang || undefined, corpus: Boolean(corpus), compact, date: date || undefined,
      assets: assetsUrl || new URL("models/", HERE).href, entities: list,
    });
  });
}

function requireText(text, what) {
  if (typeof text !== "string") throw new TypeError(`Gleaner: ${what} needs a string, not ${text === null ? "null" : typeof text}`);
  return text;
}

/**
 * Analyzes one text: the `gleaner/2` analysis, the same JSON `gleaner analyze` prints.
 * @param {string} text
 * @param {{lang?: string, date?: string, entities?: string | object[]}} [options] lang: read the text as this
 *   language (en de es fr it pt nl); date: the article's own date (YYYY-MM-DD), from which "yesterday" or
 *   "last January" get calendar values; entities: an entity list, the text of the JSON or CSV file the page
 *   exports or its entries [{name, label, aliases, never}]: its names are tagged, its never-names are not
 * @returns {Promise<object>}
 */
export async function analyze(text, { lang, date, entities } = {}) {
  const reply = await send([requireText(text, "analyze(text)")], { lang, date, entities });
  return JSON.parse(reply.analyses[0]);
}

/**
 * Analyzes several texts; with `corpus: true` their entity ids are shared, as
 * with `gleaner analyze --corpus`.
 * @param {string[]} texts
 * @param {{lang?: string, corpus?: boolean, date?: string, entities?: string | object[]}} [options]
 * @returns {Promise<object[]>}
 */
export async function analyzeMany(texts, { lang, corpus = false, date, entities } = {}) {
  if (!Array.isArray(texts)) throw new TypeError("Gleaner: analyzeMany(texts) needs an array of strings");
  const reply = await send(texts.map((t) => requireText(t, "analyzeMany(texts)")), { lang, corpus, date, entities });
  return reply.analyses.map((json) => JSON.parse(json));
}

// ---------------------------------------------------------------- styles

// Constructed style sheets: no inline <style>, so a strict CSP (style-src 'self') is kept.
function sheet(css) {
  const built = new CSSStyleSheet();
  built.replaceSync(css);
  return built;
}

// Each label's colour pair (background, underline) for light and dark pages;
// hosts override them with --gleaner-per-background, --gleaner-per-underline, …
const PALETTE = {
  PER: ["#fde7b0", "#a15c00", "#5a4210", "#f3c45a"],
  ORG: ["#d8e8fb", "#1f5f8b", "#1c3a57", "#8cc0f0"],
  LOC: ["#d5f0dc", "#1e6b3a", "#1d4a2c", "#8fdaa6"],
  NORP: ["#ece0fa", "#6a3d9a", "#3d2a57", "#c7a6f0"],
  MISC: ["#eceae4", "#5b6572", "#3a3a3a", "#c3c0b8"],
  DATE: ["#fbe0ea", "#9b2c5a", "#55243a", "#f0a0c0"],
  TIME: ["#fbe0ea", "#9b2c5a", "#55243a", "#f0a0c0"],
  MONEY: ["#fdebd8", "#9a4a00", "#553415", "#f0b27a"],
  PERCENT: ["#fdebd8", "#9a4a00", "#553415", "#f0b27a"],
  QUANTITY: ["#fdebd8", "#9a4a00", "#553415", "#f0b27a"],
};
// A line style per kind, so types differ without colour too.
const LINE = { PER: "solid", ORG: "double", LOC: "dotted", NORP: "dashed", MISC: "wavy" };

// The UI's own colours live on its shadow elements (.ui), never on the host:
// custom properties set on <gleaner-article> would be inherited by the article's
// paragraphs and show in their computed style.
const LIGHT_UI = "--_gleaner-ui-background: #ffffff; --_gleaner-ui-color: #1d232b; --_gleaner-ui-muted: #4f5864; --_gleaner-ui-line: #d6d2c8;";
const DARK_UI = "--_gleaner-ui-background: #1f242b; --_gleaner-ui-color: #eef1f4; --_gleaner-ui-muted: #b7c0ca; --_gleaner-ui-line: #3c4450;";

const ARTICLE_CSS = `
:host { display: block; }
.ui { ${LIGHT_UI} }
:host([theme=dark]) .ui { ${DARK_UI} }
@media (prefers-color-scheme: dark) { :host([theme=auto]) .ui { ${DARK_UI} } }
.ui { font: var(--gleaner-font, 0.875rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--gleaner-ui-color, var(--_gleaner-ui-color)); }
.tooltip { position: fixed; z-index: 2147483647; max-width: min(22rem, 90vw); padding: 0.4rem 0.6rem; border-radius: 6px;
  background: var(--gleaner-tooltip-background, var(--_gleaner-ui-background));
  color: var(--gleaner-tooltip-color, var(--_gleaner-ui-color));
  border: 1px solid var(--gleaner-ui-line, var(--_gleaner-ui-line)); box-shadow: 0 4px 14px rgb(0 0 0 / 0.18); pointer-events: none; }
.tooltip[hidden], .panel[hidden] { display: none; }
.tooltip .kind { display: block; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em;
  color: var(--gleaner-ui-muted, var(--_gleaner-ui-muted)); }
.tooltip .name { display: block; font-weight: 600; }
.tooltip .detail { display: block; color: var(--gleaner-ui-muted, var(--_gleaner-ui-muted)); }
.panel { margin-top: 1.5rem; padding: 0.8rem 1rem; border-radius: 8px;
  background: var(--gleaner-panel-background, var(--_gleaner-ui-background));
  border: 1px solid var(--gleaner-ui-line, var(--_gleaner-ui-line)); }
.panel .title { margin: 0 0 0.5rem; font-weight: 600; }
.panel .groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 0.6rem 1.2rem; }
.panel .group-name { margin: 0 0 0.2rem; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em;
  color: var(--gleaner-ui-muted, var(--_gleaner-ui-muted)); }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { margin: 0.1rem 0; }
.panel button { font: inherit; color: inherit; background: none; border: 0; padding: 0.05rem 0.2rem; margin: 0 -0.2rem;
  cursor: pointer; text-align: start; border-radius: 4px; }
.panel button:hover { text-decoration: underline; }
.panel button:focus-visible { outline: 2px solid currentColor; outline-offset: 1px; }
.panel button[aria-pressed=true] { background: var(--gleaner-ui-line, var(--_gleaner-ui-line)); }
.panel .count { color: var(--gleaner-ui-muted, var(--_gleaner-ui-muted)); font-variant-numeric: tabular-nums; }
.panel blockquote { margin: 0.4rem 0; padding-left: 0.7rem; border-left: 3px solid var(--gleaner-ui-line, var(--_gleaner-ui-line)); }
.panel .speaker { display: block; color: var(--gleaner-ui-muted, var(--_gleaner-ui-muted)); }
.panel .credit { margin: 0.6rem 0 0; font-size: 0.75rem; color: var(--gleaner-ui-muted, var(--_gleaner-ui-muted)); }
`;

// A mark's colours follow its data-theme, copied from the article's theme
// attribute: no theme or "light" → light colours, "dark" → dark, "auto" → dark
// where the reader's system is dark.
const markColours = (theme, dark) => Object.entries(PALETTE).map(([label, colours]) => {
  const l = label.toLowerCase();
  const [background, underline] = dark ? colours.slice(2) : colours;
  const which = theme ? `[data-label=${label}][data-theme=${theme}]` : `[data-label=${label}]`;
  return `:host(${which}) { background: var(--gleaner-${l}-background, ${background});
  text-decoration-color: var(--gleaner-${l}-underline, ${underline}); text-decoration-style: ${LINE[label] || "solid"}; }`;
}).join("\n");

const MARK_CSS = `
:host { border-radius: var(--gleaner-mark-radius, 0.2em); padding: 0 0.05em; cursor: help;
  text-decoration-line: underline; text-decoration-thickness: var(--gleaner-underline-thickness, 2px);
  text-underline-offset: 0.18em; text-decoration-skip-ink: none; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
:host(:focus-visible) { outline: 2px solid var(--gleaner-focus-color, currentColor); outline-offset: 1px; }
:host([data-active]) { outline: 2px solid var(--gleaner-active-color, currentColor); outline-offset: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${markColours(null, false)}
${markColours("dark", true)}
@media (prefers-color-scheme: dark) {
${markColours("auto", true)}
}
`;

let sheets = null; // built on first use: a page that only imports the API builds none
const styleSheets = () => (sheets ||= { article: sheet(ARTICLE_CSS), mark: sheet(MARK_CSS) });

// ---------------------------------------------------------------- reading the host's text

// Never read: code, scripts, form controls, media, and marks of our own.
const SKIP = new Set(["script", "style", "noscript", "template", "textarea", "select", "option", "button", "input",
  "svg", "math", "code", "pre", "kbd", "samp", "iframe", "object", "canvas", "video", "audio", "head", "title"]);
// Elements that end a paragraph: the analysis sees a blank line there.
const BLOCK = new Set(["address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend",
  "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]);

/**
 * The element's text as the analysis reads it, and where each text node starts
 * in it (UTF-16 offsets, as the analysis reports them). Line breaks inside a
 * text node are spaces (HTML collapses them); block elements end paragraphs.
 */
function readText(root) {
  const nodes = [];
  const starts = [];
  const parts = [];
  let length = 0;
  let newlines = 2; // how many line breaks the text ends with (2 at the start: no break needed)
  const add = (part) => {
    parts.push(part);
    length += part.length;
  };
  const endParagraph = () => {
    if (newlines < 2) add("\n".repeat(2 - newlines));
    newlines = 2;
  };
  const walk = (parent) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.data) continue;
        nodes.push(child);
        starts.push(length);
        add(child.data.replace(/[\n\r\t\f\v]/g, " ")); // same length: offsets stay true
        if (child.data.trim()) newlines = 0;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = child.localName;
        if (SKIP.has(name) || child.hidden) continue;
        if (name === "br") {
          add("\n");
          newlines++;
          continue;
        }
        const block = BLOCK.has(name);
        if (block) endParagraph();
        walk(child);
        if (block) endParagraph();
      }
    }
  };
  walk(root);
  // Joined once: appending to one growing string and reading its end flattens it each time.
  return { text: parts.join(""), nodes, starts };
}

/** The marks to place, in text order, from the compact analysis. */
function marksFrom(analysis, types) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const marks = [];
  for (const m of analysis.mentions) {
    if (!types.has(m.label)) continue;
    const entity = entities.get(m.entity);
    marks.push({ start: m.start16, end: m.end16, label: m.label, entity: m.entity, name: entity ? entity.name : m.text,
      detail: `${Math.round(m.confidence * 100)}% confidence` });
  }
  for (const v of analysis.values) {
    if (!types.has(v.label)) continue;
    marks.push({ start: v.start16, end: v.end16, label: v.label, entity: null, name: v.text,
      detail: v.value ? `value ${v.value}` : v.relative ? "relative to when it was written" : "" });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  // Where a value and a name overlap, the one that starts first (or is longer) is kept.
  const kept = [];
  for (const mark of marks) if (!kept.length || mark.start >= kept[kept.length - 1].end) kept.push(mark);
  return kept;
}

/** Whether the element has any text the analysis would read (stops at the first). */
function hasText(root) {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE && child.data.trim()) return true;
    if (child.nodeType === Node.ELEMENT_NODE && !SKIP.has(child.localName) && !child.hidden && hasText(child)) return true;
  }
  return false;
}

/** The language attribute as a code the analysis knows ("en-GB" → "en"); "" when absent. */
function languageOf(element) {
  return (element.getAttribute("lang") || "").trim().toLowerCase().split(/[-_]/)[0];
}

const yieldToPage = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0)));

// ---------------------------------------------------------------- the elements

/** One highlighted mention (or the piece of it inside one text node). */
class GleanerMark extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheets().mark];
    root.append(document.createElement("slot"));
  }

  /** Screen readers hear the kind after the name: "Nicolás Maduro, Person". */
  describe(kind) {
    const said = document.createElement("span");
    said.className = "sr";
    said.textContent = `, ${kind}`;
    this.shadowRoot.append(said);
  }
}

class GleanerArticle extends HTMLElement {
  static observedAttributes = ["lang", "types", "theme", "panel", "date"];

  #started = false; // the first analysis was asked for (attributes set before it change nothing)
  #run = 0; // increases with each analysis or marking; older ones stop
  #compact = null; // the last analysis without layout (mentions, entities, values, quotes)
  #full = null; // its full JSON, parsed only if someone reads it
  #waiting = null; // a MutationObserver while the element has no text yet
  #tooltip;
  #panel;
  #active = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [styleSheets().article];
    root.append(document.createElement("slot"));
    this.#tooltip = Object.assign(document.createElement("div"), { className: "ui tooltip", hidden: true });
    this.#tooltip.setAttribute("role", "tooltip");
    this.#tooltip.setAttribute("part", "tooltip");
    this.#panel = Object.assign(document.createElement("section"), { className: "ui panel", hidden: true });
    this.#panel.setAttribute("part", "panel");
    this.#panel.setAttribute("aria-label", "Names in this article");
    root.append(this.#panel, this.#tooltip);
    this.addEventListener("mouseover", (e) => this.#point(e.target));
    this.addEventListener("mouseout", (e) => this.#point(e.relatedTarget));
    this.addEventListener("focusin", (e) => this.#point(e.target));
    this.addEventListener("focusout", () => this.#showTooltip(null));
    this.addEventListener("click", (e) => {
      const mark = e.target.closest?.("gleaner-mark");
      if (mark && this.contains(mark)) this.#select(mark.dataset.entity);
    });
    this.addEventListener("keydown", (e) => {
      const mark = e.target.closest?.("gleaner-mark");
      if (e.key === "Escape") {
        this.#showTooltip(null);
        this.#select(null);
      } else if (mark && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        this.#select(mark.dataset.entity);
      }
    });
  }

  connectedCallback() {
    const begin = () => {
      if (!this.isConnected || this.#started) return;
      this.#started = true;
      this.#start();
    };
    // Parsed children arrive after the element itself: wait for the document, or a microtask.
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", begin, { once: true });
    else queueMicrotask(begin);
  }

  disconnectedCallback() {
    this.#showTooltip(null);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#started) return;
    if (name === "lang" || name === "date") this.refresh();
    else if (name === "types" && this.#compact) this.#mark(this.#compact, ++this.#run);
    else if (name === "panel") this.#renderPanel();
    else if (name === "theme") {
      const theme = this.#theme();
      for (const mark of this.querySelectorAll("gleaner-mark")) {
        if (theme) mark.dataset.theme = theme;
        else delete mark.dataset.theme;
      }
    }
  }

  /** "dark" or "auto", as the marks' data-theme; null for the light default. */
  #theme() {
    const theme = (this.getAttribute("theme") || "").trim().toLowerCase();
    return theme === "dark" || theme === "auto" ? theme : null;
  }

  /** The last analysis (`gleaner/2`), or null before the first one. */
  get analysis() {
    return this.#full ? this.#full.parsed() : null;
  }

  /** Analyzes the element's text again, for hosts that changed it. */
  refresh() {
    if (!this.#started) return;
    this.#run++;
    this.#waiting?.disconnect();
    this.#waiting = null;
    this.#unmark();
    this.#compact = null;
    this.#full = null;
    this.#renderPanel();
    this.#start();
  }

  #start() {
    if (!hasText(this)) {
      // Nothing to read yet (content may come later, from the host's own script).
      this.#waiting = new MutationObserver(() => {
        if (!hasText(this)) return;
        this.#waiting.disconnect();
        this.#waiting = null;
        this.#start();
      });
      this.#waiting.observe(this, { childList: true, subtree: true, characterData: true });
      return;
    }
    this.#analyze(++this.#run);
  }

  async #analyze(run) {
    const { text } = readText(this);
    let reply;
    try {
      reply = await send([text], { lang: languageOf(this) || undefined, compact: true, date: this.getAttribute("date") || undefined });
    } catch (error) {
      if (run !== this.#run) return;
      console.warn(error.message);
      this.dispatchEvent(new CustomEvent("gleaner:error", { bubbles: true, composed: true, detail: { message: error.message } }));
      return;
    }
    if (run !== this.#run) return;
    // Parsing, reading and marking each get their own task: a long article never freezes the page.
    await yieldToPage();
    this.#compact = JSON.parse(reply.compact[0]);
    const json = reply.analyses[0];
    let parsed = null;
    this.#full = { json, parsed: () => (parsed ||= JSON.parse(json)) };
    await yieldToPage();
    if (run === this.#run) await this.#mark(this.#compact, run);
  }

  #types() {
    const asked = (this.getAttribute("types") || "").toUpperCase().split(/[\s,]+/).filter(Boolean);
    const known = asked.filter((t) => NAME_LABELS.includes(t) || VALUE_LABELS.includes(t));
    return new Set(known.length ? known : NAME_LABELS);
  }

  /** Wraps each mention's text in a <gleaner-mark>, a slice of time at a time. */
  async #mark(analysis, run) {
    this.#unmark();
    const { nodes, starts } = readText(this);
    const marks = marksFrom(analysis, this.#types());
    await yieldToPage();
    if (run !== this.#run) return;
    let placed = 0;
    const theme = this.#theme();
    let deadline = performance.now() + SLICE_MS;
    let n = 0;
    for (const mark of marks) {
      if (performance.now() > deadline) {
        await yieldToPage();
        if (run !== this.#run) return;
        deadline = performance.now() + SLICE_MS;
      }
      while (n + 1 < nodes.length && starts[n + 1] <= mark.start) n++;
      let first = true;
      for (let i = n; i < nodes.length && starts[i] < mark.end; i++) {
        const node = nodes[i];
        const from = Math.max(mark.start, starts[i]) - starts[i];
        const to = Math.min(mark.end, starts[i] + node.length) - starts[i];
        if (to <= from || !node.parentNode || !node.data.slice(from, to).trim()) continue;
        const piece = from > 0 ? node.splitText(from) : node;
        if (to - from < piece.length) {
          nodes[i] = piece.splitText(to - from); // the rest, where later mentions may be
          starts[i] += to;
        }
        const element = document.createElement("gleaner-mark");
        element.dataset.label = mark.label;
        if (theme) element.dataset.theme = theme;
        if (mark.entity) element.dataset.entity = mark.entity;
        if (first) {
          element.tabIndex = 0;
          element.describe(LABEL_NAMES[mark.label]);
        } else {
          element.dataset.continued = "";
        }
        element.gleaner = mark;
        piece.parentNode.insertBefore(element, piece);
        element.append(piece);
        first = false;
        placed++;
      }
    }
    if (run !== this.#run) return;
    this.#renderPanel();
    const full = this.#full;
    const detail = { marks: placed };
    Object.defineProperty(detail, "analysis", { enumerable: true, get: () => full.parsed() });
    this.dispatchEvent(new CustomEvent("gleaner:analyzed", { bubbles: true, composed: true, detail }));
  }

  #unmark() {
    const parents = new Set();
    for (const mark of this.querySelectorAll("gleaner-mark")) {
      parents.add(mark.parentNode);
      mark.replaceWith(...mark.childNodes);
    }
    for (const parent of parents) parent.normalize();
    this.#active = null;
  }

  /** Shows the tooltip of the mark under the pointer or focus, if any. */
  #point(target) {
    const mark = target?.closest?.("gleaner-mark");
    this.#showTooltip(mark && this.contains(mark) ? mark : null);
  }

  #showTooltip(mark) {
    const tip = this.#tooltip;
    if (!mark || !mark.gleaner) {
      tip.hidden = true;
      return;
    }
    const { label, name, detail } = mark.gleaner;
    const line = (className, text) => Object.assign(document.createElement("span"), { className, textContent: text });
    tip.replaceChildren(line("kind", LABEL_NAMES[label] || label), line("name", name));
    if (detail) tip.append(line("detail", detail));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const height = tip.offsetHeight;
    const below = box.bottom + 6 + height <= window.innerHeight;
    tip.style.top = `${Math.round(below ? box.bottom + 6 : Math.max(4, box.top - 6 - height))}px`;
    tip.style.left = `${Math.round(Math.min(Math.max(4, box.left), window.innerWidth - tip.offsetWidth - 4))}px`;
  }

  /** Outlines every mention of one entity (null: none). */
  #select(entity) {
    this.#active = entity && entity !== this.#active ? entity : null;
    for (const mark of this.querySelectorAll("gleaner-mark")) {
      mark.toggleAttribute("data-active", this.#active !== null && mark.dataset.entity === this.#active);
    }
    for (const button of this.#panel.querySelectorAll("button[data-entity]")) {
      button.setAttribute("aria-pressed", String(button.dataset.entity === this.#active));
    }
  }

  /** The summary under the article: people, organizations, places, and the quotes. */
  #renderPanel() {
    const panel = this.#panel;
    const analysis = this.#compact;
    panel.replaceChildren();
    panel.hidden = !this.hasAttribute("panel") || !analysis;
    if (panel.hidden) return;
    const make = (tag, className, text) => {
      const element = document.createElement(tag);
      if (className) element.className = className;
      if (text != null) element.textContent = text;
      return element;
    };
    panel.append(make("p", "title", "In this article"));
    const groups = make("div", "groups");
    for (const [label, heading] of [["PER", "People"], ["ORG", "Organizations"], ["LOC", "Places"]]) {
      const entities = analysis.entities.filter((e) => e.label === label).slice(0, 8);
      if (!entities.length) continue;
      const group = make("div", "group");
      const list = make("ul");
      for (const entity of entities) {
        const button = make("button", null, entity.name);
        button.type = "button";
        button.dataset.entity = entity.id;
        button.setAttribute("aria-pressed", String(entity.id === this.#active));
        button.addEventListener("click", () => {
          this.#select(entity.id);
          this.querySelector(`gleaner-mark[data-entity="${CSS.escape(entity.id)}"][tabindex]`)?.focus();
        });
        const item = make("li");
        item.append(button, make("span", "count", ` ×${entity.count}`));
        list.append(item);
      }
      group.append(make("p", "group-name", heading), list);
      groups.append(group);
    }
    panel.append(groups);
    // Quotes whose speaker the text names or describes: the name, with the words the
    // text used when they differ ("he", "the spokesman"), or those words alone.
    const quotes = analysis.quotes.filter((q) => q.speaker_name || q.source).slice(0, 6);
    if (quotes.length) {
      panel.append(make("p", "group-name", "Quotes"));
      for (const quote of quotes) {
        const block = make("blockquote", null, `“${quote.text}”`);
        block.append(make("span", "speaker", `— ${saidBy(quote)}`));
        panel.append(block);
      }
    }
    panel.append(make("p", "credit", "Found in your browser by Gleaner; nothing was sent anywhere."));
  }
}

if (!customElements.get("gleaner-mark")) customElements.define("gleaner-mark", GleanerMark);
if (!customElements.get("gleaner-article")) customElements.define("gleaner-article", GleanerArticle);
