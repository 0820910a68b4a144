// Types for Gleaner's embed module (gleaner.js).

/** One analysis in the `gleaner/2` format: the JSON `gleaner analyze` prints (docs/FORMAT.md). */
export interface Analysis {
  format: "gleaner/2";
  language: { code: string; name: string; confidence: number };
  stats: Record<string, number>;
  paragraphs: Array<Span & { language: { code: string; name: string; confidence: number } }>;
  sentences: Span[];
  tokens: Array<Span & { text: string; kind: string; parts?: Span[] }>;
  mentions: Array<Span & { text: string; label: "PER" | "ORG" | "LOC" | "NORP" | "MISC"; confidence: number; entity: string | null; source?: "list" | "reader" }>;
  entities: Array<{
    id: string; name: string; label: string; aliases: string[]; count: number; mentions: number[]; salience: number;
    link?: { id: string; country?: string }; corpus?: { articles: number[]; of: number; languages: string[] };
  }>;
  values: Array<Span & { text: string; label: string; value: string | null; relative?: boolean; amount?: number; unit?: string }>;
  quotes: Array<Span & { text: string; speaker: string | null; speaker_name: string | null; cue: string | null; closed: boolean; content: Span }>;
  relations: Array<{ a: string; b: string; weight: number; sentences: number[] }>;
  notices: Array<{ code: string; message: string }>;
}

/** Byte offsets into the UTF-8 text, and UTF-16 offsets for JavaScript strings. */
export interface Span { start: number; end: number; start16: number; end16: number }

/** Language codes Gleaner reads: en de es fr it pt nl. Absent: identified from the text. */
export type Language = "en" | "de" | "es" | "fr" | "it" | "pt" | "nl";

/** `date`: the article's own date, YYYY-MM-DD; relative dates ("yesterday", "last January") are placed from it. */
/** One name of an entity list (the file the page's "My entities" exports). */
export interface EntityListEntry {
  name: string; label?: "PER" | "ORG" | "LOC" | "NORP" | "MISC"; aliases?: string[]; never?: boolean; notes?: string; link?: string;
}
/** An entity list: the text of its JSON or CSV file (header `name,label,aliases,never`), or its entries. */
export type EntityList = string | EntityListEntry[];
export function analyze(text: string, options?: { lang?: Language; date?: string; entities?: EntityList }): Promise<Analysis>;
export function analyzeMany(texts: string[], options?: { lang?: Language; corpus?: boolean; date?: string; entities?: EntityList }): Promise<Analysis[]>;
export function configure(options: { assetsUrl?: string | URL | null; entities?: EntityList | null }): void;

/** `<gleaner-article>`: marks the names of the article inside it, in place. */
export interface GleanerArticleElement extends HTMLElement {
  /** The last analysis, or null before the first. */
  readonly analysis: Analysis | null;
  /** Analyzes the element's text again (after the host changed it). */
  refresh(): void;
}

declare global {
  interface HTMLElementTagNameMap { "gleaner-article": GleanerArticleElement }
  interface HTMLElementEventMap {
    "gleaner:analyzed": CustomEvent<{ analysis: Analysis; marks: number }>;
    "gleaner:error": CustomEvent<{ message: string }>;
  }
}
