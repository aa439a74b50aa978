import stringWidth from 'string-width';
import type { CatalogEntry } from './entry.ts';

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - stringWidth(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - stringWidth(s))) + s;

const steps = (n: number) => (n === 0 ? '―' : `${n}手順`);

/**
 * A table for a terminal, grouped by 大分類 ＞ 中分類: 項番, 周期, the number of steps of each role
 * (SE = 維持管理業務, OP = 運用支援業務) and, last so that long names need no padding, 分類・運用項目名. Column widths count full-width characters as two.
 */
export function formatCatalogTable(entries: readonly CatalogEntry[]): string {
  if (entries.length === 0) return '該当する運用項目はありません。';
  const label = (e: CatalogEntry) => e.path.slice(2).join(' ＞ ') || e.name;
  const groups = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    const g = e.path.slice(0, 2).join(' ＞ ');
    groups.set(g, [...(groups.get(g) ?? []), e]);
  }
  const lines: string[] = [];
  for (const [group, members] of groups) {
    const periodWidth = Math.max(...members.map((e) => stringWidth(e.period)), stringWidth('周期'));
    if (lines.length > 0) lines.push('');
    lines.push(`■ ${group}`, `  ${padStart('項番', 4)}  ${pad('周期', periodWidth)}  ${pad('SE', 6)}  ${pad('OP', 6)}  分類・運用項目名`);
    for (const e of members) {
      lines.push(
        `  ${padStart(String(e.id), 4)}  ${pad(e.period, periodWidth)}  ${pad(steps(e.duties.maintenance.length), 6)}  ${pad(steps(e.duties.support.length), 6)}  ${label(e)}`,
      );
    }
  }
  lines.push('', `${entries.length} 項目（SE = 維持管理業務、OP = 運用支援業務の手順数）`);
  return lines.join('\n');
}
