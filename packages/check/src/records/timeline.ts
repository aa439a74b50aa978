import { createProblem } from '@unyo/problems';
import { instant } from '@unyo/schema';
import type { RecordRule } from './context.ts';

/** An incident's timeline is in order and ends at its closure; every interval starts before it ends. */
export const timelinesInOrder: RecordRule = ({ records }, problems) => {
  for (const { record, locate } of records.records) {
    if (record.kind === 'incident') {
      let closedAt: string | undefined;
      record.timeline.forEach((event, i) => {
        const previous = record.timeline[i - 1];
        if (closedAt !== undefined) {
          problems.push(createProblem('timeline-after-close', locate(['timeline', i]), { closedAt }));
        } else if (previous && instant(event.at) < instant(previous.at)) {
          problems.push(createProblem('timeline-order', locate(['timeline', i, 'at']), { at: event.at, previous: previous.at }));
        }
        if (event.type === 'closed' && closedAt === undefined) closedAt = event.at;
      });
      (record.pauses ?? []).forEach((pause, i) => {
        if (pause.to !== undefined && instant(pause.to) < instant(pause.from)) {
          problems.push(createProblem('interval-order', locate(['pauses', i, 'to']), { from: pause.from, to: pause.to }));
        }
      });
    }
    if (record.kind === 'change' && instant(record.window.to) < instant(record.window.from)) {
      problems.push(createProblem('interval-order', locate(['window', 'to']), { from: record.window.from, to: record.window.to }));
    }
  }
};
