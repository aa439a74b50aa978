import { access, constants } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { MERMAID_CONFIG, mermaidScriptPath } from './mermaid.ts';

/** One mermaid block to draw. The id becomes the SVG's id and the prefix of its styles and markers. */
export interface Diagram {
  /** Unique per diagram and stable (derive it from the source, not from a counter): a CSS identifier. */
  id: string;
  source: string;
}

/** A drawn diagram: a standalone SVG document and its size in CSS pixels. */
export interface DiagramImage {
  svg: string;
  width: number;
  height: number;
}

/** A diagram that mermaid could not draw (a syntax error, mostly), with mermaid's message. */
export interface DiagramFailure {
  id: string;
  message: string;
}

export interface RenderedDiagrams {
  images: Map<string, DiagramImage>;
  failures: DiagramFailure[];
}

export interface RenderOptions {
  /** The browser to draw with; Debian's Chromium by default. */
  executablePath?: string;
}

/** No browser to draw with: none at the path, or it did not start. The build then leaves the diagrams to the reader's browser. */
export class BrowserUnavailableError extends Error {
  override name = 'BrowserUnavailableError';
}

const IN_PAGE = fileURLToPath(new URL('./in-page.js', import.meta.url));

type InPageResult = DiagramImage | { error: string };
interface InPage {
  unyoDiagrams: { init: (config: unknown) => void; render: (id: string, source: string) => Promise<InPageResult> };
}

async function start(executablePath: string): Promise<Browser> {
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new BrowserUnavailableError(`${executablePath} がありません`);
  }
  try {
    return await launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], timeout: 180_000, protocolTimeout: 300_000 });
  } catch (error) {
    throw new BrowserUnavailableError(`${executablePath} を起動できません: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/**
 * The page's clock stands still at a fixed instant: mermaid still measures a gantt chart's
 * "today" line from the clock even with `todayMarker: 'off'`, and the same commit must give the
 * same bytes on any day. Dates written in a diagram are unaffected.
 */
const FIXED_CLOCK = `(() => {
  const Real = Date;
  const FIXED = Real.UTC(2000, 0, 1);
  class FixedDate extends Real {
    constructor(...args) { if (args.length === 0) super(FIXED); else super(...args); }
    static now() { return FIXED; }
  }
  globalThis.Date = FixedDate;
})();`;

/** One page with mermaid loaded and set up once. */
async function preparePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: FIXED_CLOCK });
  await page.addScriptTag({ path: mermaidScriptPath() });
  await page.addScriptTag({ path: IN_PAGE });
  await page.evaluate((config) => (globalThis as unknown as InPage).unyoDiagrams.init(config), MERMAID_CONFIG);
  return page;
}

/**
 * Draws mermaid diagrams as standalone SVG documents in one browser session: Chromium starts
 * once, mermaid is loaded once into one page, and `mermaid.render()` runs per diagram (~0.05 s
 * each, against ~0.7 s for a page per diagram and ~1.9 s for `mmdc` per file).
 *
 * Diagrams are drawn in id order, and the page seeds its random numbers per diagram, so the same
 * diagrams give the same bytes on the same machine (fonts measure the text: another machine with
 * other fonts may lay the text out differently). Throws BrowserUnavailableError when there is no
 * browser; a diagram mermaid refuses is a failure in the result, not an exception.
 */
export async function renderDiagrams(diagrams: readonly Diagram[], options: RenderOptions = {}): Promise<RenderedDiagrams> {
  const images = new Map<string, DiagramImage>();
  const failures: DiagramFailure[] = [];
  if (diagrams.length === 0) return { images, failures };
  const browser = await start(options.executablePath ?? CHROMIUM_PATH);
  try {
    const page = await preparePage(browser);
    const seen = new Set<string>();
    for (const { id, source } of [...diagrams].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      if (seen.has(id)) continue;
      seen.add(id);
      const result = await page.evaluate((id, source) => (globalThis as unknown as InPage).unyoDiagrams.render(id, source), id, source);
      if ('error' in result) failures.push({ id, message: result.error });
      else images.set(id, result);
    }
  } finally {
    await browser.close();
  }
  return { images, failures };
}
