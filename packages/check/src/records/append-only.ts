import { isDeepStrictEqual } from 'node:util';
import { createProblem, type Problem } from '@unyo/problems';
import { parseYamlSource, type LoadedRecord } from '@unyo/read';

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

/** A correction's field covers itself and what lies inside it: `timeline[2]` covers `timeline[2].at`, not `timeline[20]`. */
const covers = (fields: readonly string[], path: string) => fields.some((f) => f === path || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));

/** The paths of the leaves that differ between two values, such as `timeline[1].note` or `source.site`. */
function changedPaths(before: unknown, after: unknown, path: string): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(before) && Array.isArray(after)) {
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => changedPaths(before[i], after[i], `${path}[${i}]`)).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => changedPaths(before[k], after[k], path === '' ? k : `${path}.${k}`));
  }
  return [path];
}

/**
 * Append-only history: no record deleted, no closed record changed, no timeline event rewritten or
 * removed, no correction rewritten, no id reused — unless an explicit correction names the field.
 */
export function checkAppendOnly(changes: readonly HistoryChange[], records: readonly LoadedRecord[]): Problem[] {
  const byFile = new Map(records.map((r) => [r.file, r]));
  const problems: Problem[] = [];
  for (const change of changes) {
    const createdIn = change.createdIn ?? '不明なコミット';
    const current = byFile.get(change.file);
    if (change.status === 'deleted') {
      problems.push(createProblem('record-deleted', { file: change.file, line: 1, column: 1 }, { id: idOf(change.file), commit: createdIn }));
      continue;
    }
    if (change.status === 'added') {
      if (change.reusedFrom !== undefined) {
        const at = current?.locate(['id']) ?? { file: change.file, line: 1, column: 1 };
        problems.push(createProblem('record-id-reused', at, { id: idOf(change.file), commit: change.reusedFrom }));
      }
      continue;
    }
    if (!current || change.before === undefined) continue; // an invalid file is reported by the schema check
    const before = parseYamlSource(change.file, change.before, 1, []).value;
    if (before === null || typeof before !== 'object') continue;
    problems.push(...compare(before as Data, current, createdIn));
  }
  return problems;
}

function compare(before: Data, current: LoadedRecord, createdIn: string): Problem[] {
  const after = current.record as unknown as Data;
  const id = String(after['id']);
  const problems: Problem[] = [];
  const oldCorrections = list(before['corrections']);
  const newCorrections = list(after['corrections']);
  if (!isDeepStrictEqual(oldCorrections, newCorrections.slice(0, oldCorrections.length))) {
    problems.push(createProblem('correction-rewritten', current.locate(['corrections']), { id }));
  }
  // Only the corrections added since the base excuse the changes made since the base.
  const corrected = newCorrections.slice(oldCorrections.length).map((c) => String((c as Data)['field'] ?? ''));
  const uncovered = (paths: string[]) => paths.filter((p) => !covers(corrected, p));
  const oldTimeline = list(before['timeline']);
  const newTimeline = list(after['timeline']);
  oldTimeline.forEach((event, index) => {
    if (uncovered(changedPaths(event, newTimeline[index], `timeline[${index}]`)).length > 0) {
      const at = index < newTimeline.length ? current.locate(['timeline', index]) : current.locate(['timeline']);
      problems.push(createProblem('timeline-rewritten', at, { id, index, commit: createdIn }));
    }
  });
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
