// What a change does to operations, in Japanese, from the records, runbooks and SLA definitions it
// touches (`unyo diff <base>`, posted on pull requests): not a text diff but the events a reviewer
// would otherwise read out of YAML.
import { INCIDENT_EVENT_LABELS, RECORD_KIND_LABELS, type RecordKind } from '@unyo/schema';
import { nameOf, type Names } from './labels.ts';

type Data = Record<string, unknown>;

/** One record that the change adds, changes or removes: its data before and after (parsed YAML). */
export interface RecordDelta {
  file: string;
  kind: string;
  before?: Data;
  after?: Data;
}

/** One runbook the change touches: its item id and name, and its text before and after. */
export interface RunbookDelta {
  id: number;
  name: string;
  before?: string;
  after?: string;
}

/** An SLA definition version the change adds. */
export interface SlaVersionDelta {
  version: string;
  effectiveFrom: string;
}

export interface ChangeSummaryInput {
  records: readonly RecordDelta[];
  runbooks: readonly RunbookDelta[];
  slaVersions: readonly SlaVersionDelta[];
  names: Names;
}

const events = (d: Data | undefined): Data[] => (Array.isArray(d?.['timeline']) ? (d['timeline'] as Data[]) : []);
const label = (kind: string) => RECORD_KIND_LABELS[kind as RecordKind] ?? kind;
const eventLabel = (type: unknown) => INCIDENT_EVENT_LABELS[type as keyof typeof INCIDENT_EVENT_LABELS] ?? String(type);
const siteNames = (d: Data, names: Names) => (Array.isArray(d['sites']) ? (d['sites'] as string[]) : typeof d['site'] === 'string' ? [d['site'] as string] : []).map((s) => nameOf(names.sites, s));

/** The numbered steps of a runbook body (`1. …` and the indented lines under it), keyed by section and number. */
function steps(text: string | undefined): Map<string, { n: number; text: string }> {
  const out = new Map<string, { n: number; text: string }>();
  let section = '';
  let current: { n: number; text: string } | undefined;
  for (const line of (text ?? '').split('\n')) {
    const numbered = /^(\d+)\.\s/.exec(line);
    if (line.startsWith('#')) {
      section = line;
      current = undefined;
    } else if (numbered) {
      current = { n: Number(numbered[1]), text: line };
      out.set(`${section}\n${current.n}`, current);
    } else if (current && /^\s+\S/.test(line)) {
      current.text += `\n${line}`;
    } else if (line.trim() !== '') {
      current = undefined;
    }
  }
  return out;
}

/** The lines of the summary, in Japanese, records first (by id), then runbooks (by item), then SLA versions. */
export function summarizeChange(input: ChangeSummaryInput): string[] {
  const lines: string[] = [];
  const byId = [...input.records].sort((a, b) => String(a.after?.['id'] ?? a.before?.['id']).localeCompare(String(b.after?.['id'] ?? b.before?.['id'])));
  for (const r of byId) {
    const id = String(r.after?.['id'] ?? r.before?.['id'] ?? r.file);
    if (r.before === undefined && r.after) {
      const detail =
        r.kind === 'incident'
          ? `（${[r.after['severity'], ...siteNames(r.after, input.names)].filter(Boolean).join('、')}）`
          : siteNames(r.after, input.names).length > 0
            ? `（${siteNames(r.after, input.names).join('、')}）`
            : '';
      lines.push(`${label(r.kind)} ${id}${detail}を登録`);
    } else if (r.before && r.after === undefined) {
      lines.push(`${label(r.kind)} ${id} を削除（追記のみの原則に反します）`);
    } else if (r.before && r.after) {
      const added = events(r.after).slice(events(r.before).length);
      const corrections = (Array.isArray(r.after['corrections']) ? r.after['corrections'].length : 0) - (Array.isArray(r.before['corrections']) ? r.before['corrections'].length : 0);
      const parts: string[] = [];
      if (added.length > 0) parts.push(`${added.map((e) => eventLabel(e['type'])).join('→')}`);
      if (corrections > 0) parts.push(`訂正 ${corrections} 件`);
      lines.push(parts.length > 0 ? `${id} を${parts.join('、')}` : `${id} を更新`);
    }
  }
  for (const rb of [...input.runbooks].sort((a, b) => a.id - b.id)) {
    if (rb.before === undefined) {
      lines.push(`運用項目 ${rb.id}（${rb.name}）の手順書を追加`);
      continue;
    }
    if (rb.after === undefined) {
      lines.push(`運用項目 ${rb.id}（${rb.name}）の手順書を削除`);
      continue;
    }
    const before = steps(rb.before);
    const after = steps(rb.after);
    const keys = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k)?.text !== after.get(k)?.text);
    const changed = [...new Set(keys.map((k) => (after.get(k) ?? before.get(k))!.n))].sort((a, b) => a - b);
    lines.push(changed.length > 0 && changed.length <= 5 ? `運用項目 ${rb.id}（${rb.name}）の手順 ${changed.join('・')} を変更` : `運用項目 ${rb.id}（${rb.name}）の手順書を変更`);
  }
  for (const v of input.slaVersions) lines.push(`SLA 定義 ${v.version}（${Number(v.effectiveFrom.slice(5, 7))}/${Number(v.effectiveFrom.slice(8, 10))} から有効）を追加`);
  return lines;
}
