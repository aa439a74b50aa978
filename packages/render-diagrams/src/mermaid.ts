import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * The mermaid settings of every diagram, at build time and in the reader's browser alike.
 * - Labels are SVG text, not HTML in `<foreignObject>`: an SVG shown as an image, printed, or
 *   opened in any browser draws them the same way.
 * - The diagram keeps its own size (no `max-width: 100%` style): the page's CSS scales the image.
 * - The site's Japanese fonts first, so that text is measured with the font that shows it.
 * - Gantt charts draw no "today" line: the same commit must give the same picture on any day.
 */
const FONTS = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif';

export const MERMAID_CONFIG = {
  theme: 'default',
  securityLevel: 'strict',
  htmlLabels: false,
  fontFamily: FONTS,
  themeVariables: { fontFamily: FONTS },
  flowchart: { htmlLabels: false, useMaxWidth: false },
  sequence: { useMaxWidth: false },
  state: { useMaxWidth: false },
  class: { useMaxWidth: false },
  er: { useMaxWidth: false },
  gantt: { useMaxWidth: false, todayMarker: 'off' },
} as const;

const require = createRequire(import.meta.url);

/** The file of mermaid's browser build (one classic script that defines `mermaid`). */
export const mermaidScriptPath = (): string => require.resolve('mermaid/dist/mermaid.min.js');

/** The version of mermaid that draws the diagrams. */
export const mermaidVersion = (): string => (require('mermaid/package.json') as { version: string }).version;

/** mermaid's browser build, for a site whose diagrams are drawn in the reader's browser. */
export const readMermaidScript = (): Promise<string> => readFile(mermaidScriptPath(), 'utf8');
