import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from './chromium.ts';
import { BrowserUnavailableError, renderDiagrams } from './render.ts';

// CI installs Chromium (.ci/run), so there these tests fail without it. A local run may skip
// them only when asked to: UNYO_E2E=0.
const SKIP = process.env['UNYO_E2E'] === '0' && process.env['CI'] !== 'true' && !existsSync(CHROMIUM_PATH);

const FLOW = { id: 'diagram-flow', source: 'flowchart TD\n  A["52 障害受付"] --> B{"原因の区分"}\n  B -->|"サーバ"| C["56 一次対応"]\n' };
const HAND = { id: 'diagram-hand', source: '---\nconfig:\n  look: handDrawn\n---\nflowchart LR\n  A["受付"] --> B["切り分け"]\n' };
const GANTT = { id: 'diagram-gantt', source: 'gantt\n  dateFormat YYYY-MM-DD\n  section 定期作業\n  パッチ適用 :a1, 2026-11-01, 3d\n' };
const BROKEN = { id: 'diagram-broken', source: 'flowchart TD\n  A -->\n' };
const ATTACK = {
  id: 'diagram-attack',
  source: 'flowchart TD\n  A["<script>alert(1)</script>"] --> B["<img src=x onerror=alert(2)>"]\n  click A "javascript:alert(3)"\n',
};

describe.skipIf(SKIP)('renderDiagrams in Debian Chromium', () => {
  it('draws a diagram as a standalone SVG document with Japanese text, its own id and its size', async () => {
    const { images, failures } = await renderDiagrams([FLOW]);
    expect(failures).toEqual([]);
    const image = images.get(FLOW.id)!;
    expect(image.svg).toMatch(/^<svg [^>]*\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(image.svg).toMatch(/^<svg id="diagram-flow"/);
    expect(image.svg).toContain('障害受付');
    // Styles are inside the SVG, scoped by its id; labels are SVG text, not HTML.
    expect(image.svg).toContain('<style>#diagram-flow{');
    expect(image.svg).not.toContain('foreignObject');
    expect(image.width).toBeGreaterThan(50);
    expect(image.height).toBeGreaterThan(50);
  });

  it('gives the same bytes in another session, whatever else it draws (random layouts seeded per diagram)', async () => {
    const first = await renderDiagrams([FLOW, HAND, GANTT]);
    const second = await renderDiagrams([HAND, GANTT]);
    const third = await renderDiagrams([GANTT, HAND, FLOW]);
    expect(second.images.get(HAND.id)!.svg).toBe(first.images.get(HAND.id)!.svg);
    expect(third.images.get(HAND.id)!.svg).toBe(first.images.get(HAND.id)!.svg);
    expect(third.images.get(FLOW.id)!.svg).toBe(first.images.get(FLOW.id)!.svg);
    expect(third.images.get(GANTT.id)!.svg).toBe(first.images.get(GANTT.id)!.svg);
  });

  it('reports a diagram mermaid refuses and still draws the others', async () => {
    const { images, failures } = await renderDiagrams([BROKEN, FLOW]);
    expect([...images.keys()]).toEqual([FLOW.id]);
    expect(failures).toEqual([{ id: BROKEN.id, message: expect.stringContaining('Parse error') }]);
  });

  it('leaves nothing active in the SVG, which the site also opens on its own', async () => {
    const svg = (await renderDiagrams([ATTACK])).images.get(ATTACK.id)!.svg;
    expect(svg).not.toMatch(/<script|<foreignObject|<iframe|\son[a-z]+=|javascript:/i);
  });
});

describe('renderDiagrams without a browser', () => {
  it('says that there is none (the build then leaves the diagrams to the reader’s browser)', async () => {
    await expect(renderDiagrams([FLOW], { executablePath: '/nonexistent/chromium' })).rejects.toThrow(BrowserUnavailableError);
    await expect(renderDiagrams([FLOW], { executablePath: '/nonexistent/chromium' })).rejects.toThrow('/nonexistent/chromium がありません');
  });

  it('starts no browser when there is nothing to draw', async () => {
    expect(await renderDiagrams([], { executablePath: '/nonexistent/chromium' })).toEqual({ images: new Map(), failures: [] });
  });
});
