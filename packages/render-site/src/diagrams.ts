import { createHash } from 'node:crypto';
import { mermaidSources } from './markdown.ts';
import type { SiteRunbook } from './model.ts';

/** One mermaid diagram of the site: drawn once however many runbooks hold it. */
export interface SiteDiagramSource {
  /** `diagram-` and the start of the source's SHA-256: stable, and a CSS identifier (mermaid prefixes the SVG's styles with it). */
  id: string;
  source: string;
  /** The runbooks that hold it (repo-relative), for messages. */
  files: string[];
}

/** The id of a diagram, from its source alone: the same source gets the same id, file and bytes in every build. */
export const diagramId = (source: string): string => `diagram-${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;

/** Every distinct mermaid diagram of the runbooks, by id. */
export function collectDiagrams(runbooks: readonly SiteRunbook[]): SiteDiagramSource[] {
  const byId = new Map<string, SiteDiagramSource>();
  for (const runbook of runbooks) {
    for (const source of mermaidSources(runbook.body)) {
      const id = diagramId(source);
      const known = byId.get(id);
      if (known === undefined) byId.set(id, { id, source, files: [runbook.file] });
      else if (!known.files.includes(runbook.file)) known.files.push(runbook.file);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

const KINDS: [RegExp, string][] = [
  [/^(flowchart|graph)\b/, '流れ図'],
  [/^sequenceDiagram\b/, 'シーケンス図'],
  [/^stateDiagram/, '状態遷移図'],
  [/^classDiagram/, 'クラス図'],
  [/^erDiagram\b/, 'ER 図'],
  [/^gantt\b/, 'ガントチャート'],
  [/^pie\b/, '円グラフ'],
  [/^mindmap\b/, 'マインドマップ'],
  [/^timeline\b/, '年表'],
];

/** The alt text of a drawn diagram: what kind of figure it is (its content follows the image as text). */
export function diagramAlt(source: string): string {
  // The first line that says the diagram's kind: after a `---` front matter, blank lines and %% comments.
  const lines = source.split('\n').map((l) => l.trim());
  let i = 0;
  if (lines[0] === '---') i = lines.indexOf('---', 1) + 1;
  const head = lines.slice(i).find((l) => l !== '' && !l.startsWith('%%')) ?? '';
  const kind = KINDS.find(([pattern]) => pattern.test(head))?.[1] ?? '図';
  return `${kind}（文字での内容は次の「図の元」）`;
}
