import { RECORD_KIND_LABELS, evidenceKinds } from '@unyo/schema';
import type { CatalogEntry } from './entry.ts';

const HEADER = ['項番', '大分類', '中分類', '分類', '運用項目名', '概要', '周期', '維持管理業務', '運用支援業務', '記録', 'ファイル'];

/**
 * A field that begins with = + - @, a tab or a CR is a formula to Excel and LibreOffice
 * (`=HYPERLINK(...)` would become a live link): such a field is written as text with a leading `'`.
 */
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const quote = (raw: string) => {
  const value = defuse(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

const numbered = (steps: readonly string[]) => steps.map((s, i) => `${i + 1}. ${s}`).join('\n');

/**
 * RFC 4180 CSV (CRLF between records, fields quoted where needed), one row per item. Steps are
 * numbered and separated by line breaks inside their field. `bom` prefixes a BOM so that Excel
 * reads the file as UTF-8.
 */
export function formatCatalogCsv(entries: readonly CatalogEntry[], options: { bom?: boolean } = {}): string {
  const rows = entries.map((e) => [
    String(e.id),
    e.path[0] ?? '',
    e.path[1] ?? '',
    e.path.length === 4 ? (e.path[2] ?? '') : '',
    e.name,
    e.summary,
    e.period,
    numbered(e.duties.maintenance),
    numbered(e.duties.support),
    evidenceKinds(e).map((k) => RECORD_KIND_LABELS[k]).join('、'),
    e.file,
  ]);
  const body = [HEADER, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  return (options.bom ? '\uFEFF' : '') + body;
}
