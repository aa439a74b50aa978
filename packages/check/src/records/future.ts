import { createProblem } from '@unyo/problems';
import { formatJst, instant } from '@unyo/schema';
import { fieldOf, walk, type RecordRule } from './context.ts';

/** Fields that say when something happened; plans (a change's window, the next meeting) may lie ahead. */
const HAPPENED = new Set(['at', 'closedAt', 'updatedAt', 'approvedAt', 'endedAt', 'from', 'to', 'submittedAt']);

/**
 * No record says that something happened after now. Minutes drafted before their meeting
 * (`status: draft`) carry the planned times and are skipped until the meeting is held.
 */
export const nothingInTheFuture: RecordRule = ({ records, now }, problems) => {
  for (const { record, locate } of records.records) {
    if (record.kind === 'minutes' && record.status === 'draft') continue;
    walk(record, (value, path) => {
      if (typeof value !== 'string' || path[0] === 'window' || !HAPPENED.has(fieldOf(path))) return;
      if (instant(value) > now) problems.push(createProblem('record-future', locate(path), { value, now: formatJst(now) }));
    });
  }
};
