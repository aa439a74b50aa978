import { instant } from '@unyo/schema';
import type { Occurrence } from './occurrence.ts';

/** The part of a record that evidences work: which items, when, and its id. */
export interface Evidence {
  id: string;
  items: readonly number[];
  /** When the work was done (JST date-time). */
  at: string;
}

/** done: evidenced by the due time; late: evidenced after it; missing: due and not evidenced; due-later: not yet due. */
export type ExecutionStatus = 'done' | 'late' | 'missing' | 'due-later';

export interface Execution {
  occurrence: Occurrence;
  status: ExecutionStatus;
  /** The record that evidences it. */
  record?: string;
  /** When that record says the work was done. */
  at?: string;
}

/**
 * Matches every due occurrence to the records that evidence it. Per item and cycle, each occurrence
 * first takes the earliest unused record of its window [from, due] (done); then an occurrence left
 * without one takes the earliest unused record after its due time and up to the next occurrence's
 * due time (late). An
 * occurrence with no record is missing once `now` has passed its due time, else due-later. Pure.
 */
export function trackExecution(occurrences: readonly Occurrence[], evidence: readonly Evidence[], now: number): Execution[] {
  const byItem = new Map<number, { id: string; at: number; iso: string }[]>();
  for (const e of evidence) {
    for (const item of new Set(e.items)) {
      byItem.set(item, [...(byItem.get(item) ?? []), { id: e.id, at: instant(e.at), iso: e.at }]);
    }
  }
  for (const list of byItem.values()) list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const used = new Set<string>();
  const key = (item: number, id: string) => `${item}\u0000${id}`;
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) groups.set(`${o.item}/${o.cycle}/${o.site ?? ''}`, [...(groups.get(`${o.item}/${o.cycle}/${o.site ?? ''}`) ?? []), o]);
  const result = new Map<Occurrence, Execution>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.due < b.due ? -1 : 1));
    const take = (o: Occurrence, from: number, to: number, inclusiveFrom: boolean) => {
      const record = (byItem.get(o.item) ?? []).find((r) => !used.has(key(o.item, r.id)) && (inclusiveFrom ? r.at >= from : r.at > from) && r.at <= to);
      if (record) used.add(key(o.item, record.id));
      return record;
    };
    // First every occurrence takes a record of its own window, so that a record done on time for
    // one occurrence is never spent as a late record of the one before.
    const onTime = group.map((o) => take(o, instant(o.from), instant(o.due), true));
    group.forEach((o, i) => {
      const due = instant(o.due);
      const next = group[i + 1] ? instant(group[i + 1]!.due) : Number.POSITIVE_INFINITY;
      const late = onTime[i] ? undefined : take(o, due, next, false);
      const record = onTime[i] ?? late;
      const status: ExecutionStatus = onTime[i] ? 'done' : late ? 'late' : due <= now ? 'missing' : 'due-later';
      result.set(o, { occurrence: o, status, ...(record ? { record: record.id, at: record.iso } : {}) });
    });
  }
  return occurrences.map((o) => result.get(o)!);
}
