import { BrowserUnavailableError, MERMAID_CONFIG, readMermaidScript, renderDiagrams, type DiagramImage } from '@unyo/render-diagrams';
import type { SiteDiagramSource, SiteMermaid } from '@unyo/render-site';
import type { Io } from './io.ts';

export interface DrawnDiagrams {
  images: Map<string, DiagramImage>;
  /** mermaid for the reader's browser, when some diagram was not drawn. */
  mermaid?: SiteMermaid;
  /** Diagrams that mermaid refused (syntax errors): problems in the data. */
  failed: number;
}

const LATER = 'サイトに同梱した mermaid（mermaid.min.js）で、閲覧時にブラウザが描きます（ネットワーク不要）';

/**
 * Draws the mermaid diagrams of a build as SVG in one Chromium session. Without a browser (or with
 * `--no-diagrams`) says so once on stderr and leaves them to the reader's browser; a diagram that
 * mermaid refuses is reported with the runbooks that hold it.
 */
export async function drawDiagrams(diagrams: readonly SiteDiagramSource[], skip: boolean, io: Io): Promise<DrawnDiagrams> {
  let images = new Map<string, DiagramImage>();
  let failed = 0;
  if (diagrams.length > 0 && skip) io.stderr(`--no-diagrams: mermaid の図 ${diagrams.length} 件はビルド時に描かず、${LATER}。\n`);
  if (diagrams.length > 0 && !skip) {
    try {
      // UNYO_CHROMIUM: another Chromium or Chrome than Debian's /usr/bin/chromium.
      const executablePath = process.env['UNYO_CHROMIUM'];
      const result = await renderDiagrams(diagrams, executablePath ? { executablePath } : {});
      images = result.images;
      for (const failure of result.failures) {
        const files = diagrams.find((d) => d.id === failure.id)?.files.join('、') ?? failure.id;
        io.stderr(`${files}: mermaid の図を描けません（${failure.message.split('\n')[0]}）。図の元を確認してください。\n`);
        failed++;
      }
    } catch (error) {
      if (!(error instanceof BrowserUnavailableError)) throw error;
      io.stderr(
        `図を描くブラウザがありません（${error.message}）。mermaid の図 ${diagrams.length} 件は${LATER}。` +
          `ビルド時に SVG にするには Chromium と日本語フォントを入れてください: apt-get install chromium fonts-noto-cjk\n`,
      );
    }
  }
  const pending = diagrams.some((d) => !images.has(d.id));
  return { images, failed, ...(pending ? { mermaid: { script: await readMermaidScript(), config: MERMAID_CONFIG } } : {}) };
}
