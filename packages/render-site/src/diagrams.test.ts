import { beforeAll, describe, expect, it } from 'vitest';
import { collectDiagrams, diagramAlt, diagramId } from './diagrams.ts';
import type { SiteInput, SitePage } from './model.ts';
import { CSP, repoSiteInput, urlsOf } from './repo-site.test-helper.ts';
import { renderSite } from './site.ts';

let input: SiteInput;
beforeAll(async () => {
  input = await repoSiteInput();
});

const byPath = (pages: SitePage[]) => new Map(pages.map((p) => [p.path, p.content]));
const fakeSvg = (id: string) => `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" width="640.5" height="480"><style>#${id}{fill:#333}</style></svg>`;

describe('the diagrams of the runbooks', () => {
  it('are the nine incident flows (52–60), each with an id from its source alone', () => {
    const diagrams = collectDiagrams(input.runbooks);
    expect(diagrams).toHaveLength(9);
    expect(diagrams.flatMap((d) => d.files).map((f) => f.match(/\/(\d{3})-/)![1]).sort()).toEqual(['052', '053', '054', '055', '056', '057', '058', '059', '060']);
    for (const d of diagrams) {
      expect(d.id).toMatch(/^diagram-[0-9a-f]{16}$/);
      expect(d.id).toBe(diagramId(d.source));
      expect(d.source).toMatch(/^flowchart TD\n/);
    }
    expect(collectDiagrams([...input.runbooks].reverse())).toEqual(diagrams);
  });

  it('are drawn once however many runbooks hold the same source', () => {
    const [a, b] = input.runbooks.filter((r) => r.body.includes('```mermaid'));
    const twice = collectDiagrams([a!, { ...b!, body: a!.body }]);
    expect(twice).toHaveLength(1);
    expect(twice[0]!.files).toEqual([a!.file, b!.file]);
  });

  it.each([
    ['flowchart TD\n  A --> B', '流れ図'],
    ['graph LR\n  A --> B', '流れ図'],
    ['%% 受付の流れ\nsequenceDiagram\n  A->>B: 連絡', 'シーケンス図'],
    ['---\ntitle: 状態\n---\nstateDiagram-v2\n  [*] --> 受付', '状態遷移図'],
    ['gantt\n  dateFormat YYYY-MM-DD', 'ガントチャート'],
    ['quadrantChart\n  x-axis 低 --> 高', '図'],
  ])('%j is described as %s', (source, kind) => {
    expect(diagramAlt(source)).toBe(`${kind}（文字での内容は次の「図の元」）`);
  });
});

describe('a site whose diagrams were drawn at build time', () => {
  let pages: Map<string, string>;
  beforeAll(() => {
    const diagrams = new Map(collectDiagrams(input.runbooks).map((d) => [d.id, { svg: fakeSvg(d.id), width: 640.5, height: 480 }]));
    pages = byPath(renderSite({ ...input, diagrams, mermaid: { script: '/* mermaid */', config: { theme: 'default' } } }));
  });

  it('shows each as an image of its own SVG file, linked at full size, with its source as text', () => {
    const id = diagramId(collectDiagrams(input.runbooks.filter((r) => r.item.id === 52))[0]!.source);
    const page = pages.get('runbooks/52.html')!;
    expect(page).toContain(
      `<figure class="diagram"><a class="diagram-frame" href="../diagrams/${id}.svg"><img src="../diagrams/${id}.svg" width="641" height="480" alt="流れ図（文字での内容は次の「図の元」）"></a>\n` +
        '<details><summary>図の元（Mermaid）</summary><pre><code>flowchart TD\n  A[&quot;52 障害受付&quot;] --&gt; B',
    );
    expect(pages.get(`diagrams/${id}.svg`)).toBe(`${fakeSvg(id)}\n`);
    expect([...pages.keys()].filter((p) => p.startsWith('diagrams/'))).toHaveLength(9);
  });

  it('needs no script to show them: no mermaid in the site', () => {
    for (const file of ['mermaid.min.js', 'mermaid-init.js', 'mermaid-frame.html']) expect(pages.has(file), file).toBe(false);
    for (const [file, content] of pages) if (file.endsWith('.html')) expect(content, file).not.toContain('mermaid-init.js');
  });
});

describe('a site whose diagrams are left to the reader’s browser', () => {
  let pages: Map<string, string>;
  beforeAll(() => {
    pages = byPath(renderSite({ ...input, mermaid: { script: '/* mermaid */', config: { theme: 'default', fontFamily: '"Noto Sans CJK JP"' } } }));
  });

  it('keeps their sources in the pages and loads mermaid-init.js only where a diagram is', () => {
    expect(pages.get('runbooks/52.html')).toContain('<figure class="diagram"><pre class="mermaid">flowchart TD\n  A[&quot;52 障害受付&quot;]');
    expect(pages.get('runbooks/52.html')).toContain('<script src="../mermaid-init.js" defer></script>');
    expect(pages.get('runbooks/1.html')).not.toContain('mermaid');
    expect(pages.get('index.html')).not.toContain('mermaid-init.js');
  });

  it('serves mermaid from the site itself and draws in a frame page, the one page that allows inline styles', () => {
    expect(pages.get('mermaid.min.js')).toBe('/* mermaid */');
    expect(pages.has('mermaid-init.js')).toBe(true);
    const frame = pages.get('mermaid-frame.html')!;
    expect(frame).toContain('<html lang="ja" data-mermaid-config="{&quot;theme&quot;:&quot;default&quot;,&quot;fontFamily&quot;:&quot;\\&quot;Noto Sans CJK JP\\&quot;&quot;}">');
    expect(frame).toContain(`content="default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"`);
    expect(urlsOf(frame)).toEqual(['mermaid.min.js', 'mermaid-init.js']);
    for (const [file, content] of pages) if (file.endsWith('.html') && file !== 'mermaid-frame.html') expect(content, file).toContain(CSP);
  });
});
