import { isDeepStrictEqual } from 'node:util';
import { createProblem, type Problem } from '@unyo/problems';
import { parseYamlSource, type LoadedRecord } from '@unyo/read';
import { verifyCorrections } from './corrections.ts';
import { changedPaths, covers } from './record-paths.ts';

/** A record file that differs from the base ref (see @unyo/history). */
export interface HistoryChange {
  file: string;
  status: 'added' | 'modified' | 'deleted';
  /** The file's text at the base. */
  before?: string;
  /** The commit that created it, as "hash date author". */
  createdIn?: string;
  /** For an added file: the commit that created an earlier record with the same id. */
  reusedFrom?: string;
  /** For a modified file: its text at each commit after the base that changed it, oldest first. */
  versions?: string[];
}

export interface AppendOnlyOptions {
  /** A correction dated after this instant (ms) is refused; no upper bound when undefined. */
  now?: number;
}

type Data = Record<string, unknown>;

/** Whether a record at the base was already closed: then it changes only through corrections. */
export function isClosed(record: Data): boolean {
  switch (record['kind']) {
    case 'incident':
      return Array.isArray(record['timeline']) && record['timeline'].some((e) => (e as Data)?.['type'] === 'closed');
    case 'inquiry':
    case 'request':
    case 'change':
      return record['closedAt'] !== undefined;
    case 'problem':
      return record['closedAt'] !== undefined || record['status'] === 'closed';
    case 'minutes':
      return record['approvedAt'] !== undefined;
    default:
      // Check sheets, job runs, patches and configuration entries are evidence from the moment they are committed.
      return true;
  }
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
const parse = (file: string, text: string | undefined): Data | undefined => {
  const value = text === undefined ? undefined : parseYamlSource(file, text, 1, []).value;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
};

/**
 * Append-only history: no record deleted, no closed record changed, no timeline event rewritten,
 * removed or reordered, no correction rewritten, no id reused — unless a correction that holds
 * (see verifyCorrections) names the field. A deleted record whose content reappears under a new id,
 * with a correction `field: id, was: <old id>`, is a renumbering of a duplicate id, not a deletion.
 */
export function checkAppendOnly(changes: readonly HistoryChange[], records: readonly LoadedRecord[], options: AppendOnlyOptions = {}): Problem[] {
  const byFile = new Map(records.map((r) => [r.file, r]));
  const problems: Problem[] = [];
  const renumbered = renumberings(changes, byFile);
  for (const change of changes) {
    const createdIn = change.createdIn ?? '不明なコミット';
    const current = byFile.get(change.file);
    if (change.status === 'deleted') {
      if (!renumbered.has(change.file)) {
        problems.push(createProblem('record-deleted', { file: change.file, line: 1, column: 1 }, { id: idOf(change.file), commit: createdIn }));
      }
      continue;
    }
    if (change.status === 'added') {
      if (change.reusedFrom !== undefined) {
        const at = current?.locate(['id']) ?? { file: change.file, line: 1, column: 1 };
        problems.push(createProblem('record-id-reused', at, { id: idOf(change.file), commit: change.reusedFrom }));
      }
      continue;
    }
    if (!current) continue; // an invalid file is reported by the schema check
    const before = parse(change.file, change.before);
    if (before === undefined) continue;
    const versions = (change.versions ?? []).map((text) => parse(change.file, text)).filter((d): d is Data => d !== undefined);
    problems.push(...compare([before, ...versions], current, createdIn, options));
  }
  for (const [, { from, to }] of renumbered) {
    const current = byFile.get(to.file);
    const before = parse(from.file, from.before);
    if (current === undefined || before === undefined) continue;
    const oldId = String(before['id']);
    if (!records.some((r) => r.file !== to.file && r.record.id === oldId)) {
      problems.push(createProblem('record-renumber-not-duplicate', current.locate(['id']), { id: String(current.record.id), was: oldId }));
    }
    problems.push(...compare([before], current, from.createdIn ?? '不明なコミット', options));
  }
  return problems;
}

/**
 * The deleted files whose record reappears in an added file under a new id, with a correction
 * `field: id` whose `was` is the deleted file's id: deleted file → { from, to }.
 */
function renumberings(changes: readonly HistoryChange[], byFile: ReadonlyMap<string, LoadedRecord>) {
  const pairs = new Map<string, { from: HistoryChange; to: HistoryChange }>();
  const deleted = changes.filter((c) => c.status === 'deleted');
  for (const to of changes.filter((c) => c.status === 'added')) {
    const record = byFile.get(to.file)?.record as unknown as Data | undefined;
    for (const correction of list(record?.['corrections']) as Data[]) {
      if (correction['field'] !== 'id') continue;
      const from = deleted.find((d) => !pairs.has(d.file) && idOf(d.file) === correction['was'] && parse(d.file, d.before)?.['id'] === correction['was']);
      if (from !== undefined) pairs.set(from.file, { from, to });
    }
  }
  return pairs;
}

/** The fields of an incident the service-level clocks read: its start, its severity and where it struck. */
const SLA_FIELDS = ['at', 'severity', 'sites', 'source'] as const;

/** `states`: the record at the base and at each commit since that changed it, oldest first; `current` is now. */
function compare(states: readonly Data[], current: LoadedRecord, createdIn: string, { now }: AppendOnlyOptions): Problem[] {
  const before = states[0] ?? {};
  const after = current.record as unknown as Data;
  const id = String(after['id']);
  const problems: Problem[] = [];
  const oldCorrections = list(before['corrections']);
  const newCorrections = list(after['corrections']);
  const rewritten = !isDeepStrictEqual(oldCorrections, newCorrections.slice(0, oldCorrections.length));
  if (rewritten) problems.push(createProblem('correction-rewritten', current.locate(['corrections']), { id }));
  // Only the corrections added since the base, and only those that hold, excuse the changes made since the base;
  // once old ones were rewritten, which are new is unknown, and none does.
  const verified = rewritten ? { fields: [], problems: [] } : verifyCorrections([...states, after], current, now);
  problems.push(...verified.problems);
  const uncovered = (paths: string[]) => paths.filter((p) => !covers(verified.fields, p));
  const oldTimeline = list(before['timeline']);
  const newTimeline = list(after['timeline']);
  oldTimeline.forEach((event, index) => {
    if (isDeepStrictEqual(event, newTimeline[index])) return;
    // An event moved to another place is a removal or a reordering, which no correction excuses.
    const movedTo = newTimeline.findIndex((e, i) => i !== index && isDeepStrictEqual(e, event));
    if (movedTo !== -1) {
      problems.push(createProblem('timeline-reordered', current.locate(['timeline', movedTo]), { id, index: movedTo, from: index, commit: createdIn }));
    } else if (uncovered(changedPaths(event, newTimeline[index], `timeline[${index}]`)).length > 0) {
      const at = index < newTimeline.length ? current.locate(['timeline', index]) : current.locate(['timeline']);
      problems.push(createProblem('timeline-rewritten', at, { id, index, commit: createdIn }));
    }
  });
  if (!isClosed(before) && after['kind'] === 'incident') {
    // What the SLA clocks depend on changes only with a correction saying who, when and why, even while open.
    const paths = SLA_FIELDS.flatMap((field) => uncovered(changedPaths(before[field], after[field], field)));
    if (paths.length > 0) {
      const field = paths[0]!.replace(/\[\d+\].*$|\..*$/, '');
      problems.push(createProblem('sla-field-changed', current.locate([field]), { id, fields: paths.join(', '), commit: createdIn }));
    }
  }
  if (isClosed(before)) {
    const { corrections: _b, ...restBefore } = before;
    const { corrections: _a, ...restAfter } = after;
    // Events already reported as rewritten are not reported twice; appended events and every other field are.
    const paths = uncovered(changedPaths(restBefore, restAfter, '')).filter((p) => {
      const index = /^timeline\[(\d+)\]/.exec(p)?.[1];
      return index === undefined || Number(index) >= oldTimeline.length;
    });
    const fields = [...new Set(paths.map((p) => p.replace(/\[\d+\].*$|\..*$/, '')))];
    if (fields.length > 0) {
      problems.push(createProblem('closed-record-changed', current.locate([fields[0] ?? 'id']), { id, fields: paths.join(', '), commit: createdIn }));
    }
  }
  return problems;
}
