/**
 * The offline search of the site. Japanese has no spaces between words, so text is cut into
 * character bigrams (障害受付 → 障害 害受 受付) after NFKC normalisation (full-width Latin and
 * half-width kana fold together) and lower-casing; a page matches a query when it holds every
 * bigram of it. The browser's search.js (templates/site) cuts queries the same way; a test runs
 * that file against this one.
 */

/** One searchable page: its site path, its title and a short text to show under it. */
export interface SearchEntry {
  url: string;
  title: string;
  text: string;
  /** All text of the page that is searched (not stored in the index). */
  body: string;
}

/** search-index.json: the pages, and for each bigram the indexes of the pages that hold it. */
export interface SearchIndex {
  version: 1;
  pages: { url: string; title: string; text: string }[];
  grams: Record<string, number[]>;
}

/** Letters and digits of any script (ー and 々 are letters); everything else separates words. */
const SEPARATOR = /[^\p{L}\p{N}]+/u;

export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** The distinct bigrams of a text; a one-character word is kept as it is. */
export function tokens(text: string): string[] {
  const out = new Set<string>();
  for (const word of normalize(text).split(SEPARATOR)) {
    const chars = Array.from(word);
    if (chars.length === 1) out.add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}

/** Builds the index; grams are sorted so that the same pages give the same bytes. */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  const grams = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const gram of tokens(`${entry.title}\n${entry.body}`)) {
      const list = grams.get(gram);
      if (list) list.push(i);
      else grams.set(gram, [i]);
    }
  });
  const sorted = [...grams.keys()].sort();
  return {
    version: 1,
    pages: entries.map(({ url, title, text }) => ({ url, title, text })),
    grams: Object.fromEntries(sorted.map((g) => [g, grams.get(g)!])),
  };
}

/** A short text for a search result: the first characters, on one line. */
export const snippet = (text: string, length = 80): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};
