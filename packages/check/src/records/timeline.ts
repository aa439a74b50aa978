import { createProblem } from '@unyo/problems';
import { instant } from '@unyo/schema';
import type { RecordRule } from './context.ts';

/**
 * An incident's timeline is in order and ends at its closure; no event comes before the SLA clock's
 * start (the earlier of the record's `at` and its `received` event); waits (pauses) start after it and
 * do not overlap; every interval starts before it ends.
 */
export const timelinesInOrder: RecordRule = ({ records }, problems) => {
  for (const { record, locate } of records.records) {
    if (record.kind === 'incident') {
      let closedAt: string | undefined;
      const outOfOrder = new Set<number>();
      record.timeline.forEach((event, i) => {
        const previous = record.timeline[i - 1];
        if (closedAt !== undefined) {
          problems.push(createProblem('timeline-after-close', locate(['timeline', i]), { closedAt }));
        } else if (previous && instant(event.at) < instant(previous.at)) {
          problems.push(createProblem('timeline-order', locate(['timeline', i, 'at']), { at: event.at, previous: previous.at }));
          outOfOrder.add(i);
        }
        if (event.type === 'closed' && closedAt === undefined) closedAt = event.at;
      });
      const received = record.timeline.find((e) => e.type === 'received');
      const start = received && instant(received.at) < instant(record.at) ? received.at : record.at;
      record.timeline.forEach((event, i) => {
        // An event already out of order is one problem, not two.
        if (!outOfOrder.has(i) && instant(event.at) < instant(start)) problems.push(createProblem('timeline-before-start', locate(['timeline', i, 'at']), { at: event.at, type: event.type, start }));
      });
      const pauses = (record.pauses ?? []).map((pause, i) => ({ pause, i }));
      for (const { pause, i } of pauses) {
        if (pause.to !== undefined && instant(pause.to) < instant(pause.from)) {
          problems.push(createProblem('interval-order', locate(['pauses', i, 'to']), { from: pause.from, to: pause.to }));
        }
        if (instant(pause.from) < instant(start)) problems.push(createProblem('pause-outside', locate(['pauses', i, 'from']), { from: pause.from, start }));
      }
      const byStart = [...pauses].sort((a, b) => instant(a.pause.from) - instant(b.pause.from));
      byStart.forEach(({ pause, i }, k) => {
        const previous = byStart[k - 1]?.pause;
        if (previous && (previous.to === undefined || instant(pause.from) < instant(previous.to))) {
          problems.push(createProblem('pause-overlap', locate(['pauses', i, 'from']), { from: pause.from, previous: previous.from }));
        }
      });
    }
    if (record.kind === 'change' && instant(record.window.to) < instant(record.window.from)) {
      problems.push(createProblem('interval-order', locate(['window', 'to']), { from: record.window.from, to: record.window.to }));
    }
  }
};
