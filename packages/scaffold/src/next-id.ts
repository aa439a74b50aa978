import { RECORD_ID_PREFIXES, type StoredRecordKind } from '@unyo/schema';

/**
 * The next id of a kind for a year: one more than the highest number in use (INC-2026-0042 →
 * INC-2026-0043). A daily check sheet's id is its date; a shift table's is its month.
 */
export function nextRecordId(kind: StoredRecordKind, date: string, ids: Iterable<string>): string {
  if (kind === 'daily-check') return `DC-${date}`;
  if (kind === 'shift') return `SFT-${date.slice(0, 7)}`;
  const prefix = `${RECORD_ID_PREFIXES[kind]}-${date.slice(0, 4)}-`;
  let highest = 0;
  for (const id of ids) {
    if (id.startsWith(prefix)) highest = Math.max(highest, Number(id.slice(prefix.length)) || 0);
  }
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}

/** The file of a record: records/<kind>/<yyyy>/<mm>/<id>.yaml, from its `at`. */
export const recordPath = (kind: StoredRecordKind, at: string, id: string) => `records/${kind}/${at.slice(0, 4)}/${at.slice(5, 7)}/${id}.yaml`;
