import type { Problem } from '@unyo/problems';
import { parseYamlFile, type LoadedRecord } from '@unyo/read';
import { IncidentSchema } from '@unyo/schema';
import { checkAppendOnly } from './append-only.ts';

/** Fixtures of the append-only tests: one incident's YAML with known line numbers, parsed as readRecords would. */

export interface Event {
  at: string;
  type: string;
  note: string;
}
export interface Correction {
  field: string;
  was: string;
  reason?: string;
  /** When it was made; 2026-11-10T09:00:00+09:00 unless told. */
  at?: string;
}

export const RECEIVED: Event = { at: '2026-11-02T10:00:00+09:00', type: 'received', note: '電話で受付。' };
export const TRIAGE: Event = { at: '2026-11-02T10:20:00+09:00', type: 'triage', note: '電源ユニットの故障と判断。' };
export const RESTORED: Event = { at: '2026-11-02T14:00:00+09:00', type: 'restored', note: '電源ユニットを交換し復旧。' };
export const CLOSED: Event = { at: '2026-11-02T15:00:00+09:00', type: 'closed', note: '館の了承を得てクローズ。' };
export const NOTE: Event = { at: '2026-11-03T09:00:00+09:00', type: 'note', note: '再発の連絡。' };
export const OPEN_TIMELINE = [RECEIVED, TRIAGE];
export const CLOSED_TIMELINE = [RECEIVED, TRIAGE, RESTORED, CLOSED];

export const ID = 'INC-2026-0001';
export const FILE = `records/incident/2026/11/${ID}.yaml`;
export const CREATED = 'abc1234 2026-11-02 佐藤 美咲';

/** An incident's YAML: severity on line 11, timeline[n] from line 15 + 4n, then the corrections (5 lines each). */
export function incident({ id = ID, severity = 'S3', title = 'OPAC 端末が起動しない', timeline = OPEN_TIMELINE, corrections = [] as Correction[] } = {}) {
  return [
    `id: ${id}`,
    'kind: incident',
    'items: [52]',
    'at: 2026-11-02T10:00:00+09:00',
    'by: op-sato',
    `title: ${title}`,
    'source:',
    '  type: site',
    '  site: central',
    'category: hardware',
    `severity: ${severity}`,
    'sites: [central]',
    'description: 中央図書館の OPAC 端末1台が起動しない。',
    'timeline:',
    ...timeline.flatMap((e) => [`  - at: ${e.at}`, `    type: ${e.type}`, '    by: op-sato', `    note: ${e.note}`]),
    ...(corrections.length === 0 ? [] : ['corrections:']),
    ...corrections.flatMap((c) => [
      `  - at: ${c.at ?? '2026-11-10T09:00:00+09:00'}`,
      '    by: op-sato',
      `    field: ${c.field}`,
      `    was: "${c.was}"`,
      `    reason: ${c.reason ?? '受付記録と照合して訂正。'}`,
    ]),
    '',
  ].join('\n');
}

/** The record as readRecords loads it; a fixture that fails the schema is a mistake in the test. */
export function load(text: string, file = FILE): LoadedRecord {
  const parsed = parseYamlFile(file, new TextEncoder().encode(text), IncidentSchema);
  if (parsed.value === undefined || parsed.locate === undefined || parsed.problems.length > 0) {
    throw new Error(`invalid fixture ${file}: ${parsed.problems.map((p) => p.message).join(' ')}`);
  }
  return { file, record: parsed.value, text, locate: parsed.locate };
}

/** The problems of one record changed from `before` to `after`, as file:line:col code message; `versions` are the commits between. */
export const modified = (before: string, after: string, { versions, now }: { versions?: string[]; now?: number } = {}) =>
  checkAppendOnly([{ file: FILE, status: 'modified', before, createdIn: CREATED, ...(versions ? { versions } : {}) }], [load(after)], now === undefined ? {} : { now }).map(
    brief,
  );

export const brief = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`;
export const codes = (briefs: string[]) => briefs.map((b) => b.split(' ')[1]);

export const closedWith = (options: Parameters<typeof incident>[0] = {}) => incident({ timeline: CLOSED_TIMELINE, ...options });
