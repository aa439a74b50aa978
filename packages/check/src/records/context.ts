import type { Problem } from '@unyo/problems';
import type { RecordSet, Settings } from '@unyo/read';
import type { ShiftContext } from '@unyo/shift';

/** What the record rules read: the records, the settings, the catalogue's ids, and now. */
export interface RecordContext {
  records: RecordSet;
  settings: Settings;
  /** The operation item ids that have a runbook. */
  itemIds: ReadonlySet<number>;
  /** Now, in epoch milliseconds; records may not be dated after it. Passed in, never read from a clock here. */
  now: number;
  /** The calendar, roster and people that committed shift tables are checked against (absent: not checked). */
  shift?: ShiftContext;
}

/** A rule reads the context and pushes the problems it finds. */
export type RecordRule = (context: RecordContext, problems: Problem[]) => void;

/** Calls `visit` for every value of `data`, with its path and the key it sits under. */
export function walk(data: unknown, visit: (value: unknown, path: (string | number)[]) => void, path: (string | number)[] = []): void {
  visit(data, path);
  if (Array.isArray(data)) data.forEach((v, i) => walk(v, visit, [...path, i]));
  else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) walk(v, visit, [...path, k]);
  }
}

/** The last string key of a path (the field name), skipping array indexes. */
export const fieldOf = (path: readonly (string | number)[]) => [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
