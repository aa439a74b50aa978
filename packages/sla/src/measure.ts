import type { Calendar, SlaClock, SlaMetric } from '@unyo/schema';
import { addBusinessTime, businessMinutes, closeOfNthDay, type Clock, type Interval } from './clock.ts';
import type { RowStatus } from './types.ts';

/** The clock of a metric for a record: opening hours are those of the record's sites. */
export function clockFor(kind: SlaClock, calendar: Calendar, sites: readonly string[]): Clock {
  if (kind === 'opening-hours') return { kind, calendar, sites };
  if (kind === 'office-hours') return { kind, calendar };
  return { kind };
}

/** The business time a target allows from `start`, in minutes; undefined when no day ends it. */
export function allowedMinutes(clock: Clock, start: number, within: NonNullable<SlaMetric['target']['within']>): number | undefined {
  switch (within.unit) {
    case 'minutes':
      return within.amount;
    case 'hours':
      return within.amount * 60;
    default: {
      const end = closeOfNthDay(clock, start, within.amount);
      return end === undefined ? undefined : businessMinutes(clock, start, end);
    }
  }
}

/** A pause: an interval whose end is unknown while waiting. */
export interface Pause {
  from: number;
  to?: number;
}

export interface Measurement {
  status: RowStatus;
  /** Business minutes used: to the stop, or to `now` while open. */
  used: number;
  allowed: number;
  /** When the allowance runs out (an open pause is taken to end now); undefined past MAX_SCAN_DAYS. */
  deadline?: number;
  /** used − allowed when breached. */
  over?: number;
  /** Open and waiting (a pause without end). */
  paused: boolean;
}

/** Float noise below a millisecond never decides a verdict. */
const EPSILON = 1e-6;

/**
 * Measures one clock: from `start` to `stop` (or to `now` while open), pauses excluded. Stopped within
 * the allowance: met; over it: breach; open: pending until the allowance is used up, then breach.
 */
export function measure(clock: Clock, start: number, stop: number | undefined, allowed: number, pauses: readonly Pause[], now: number): Measurement {
  const end = stop ?? now;
  // A pause counts up to the end of this clock: an open one runs to now, and one after the stop is irrelevant.
  const closed: Interval[] = pauses.filter((p) => p.from < end).map((p) => ({ from: p.from, to: Math.min(p.to ?? end, end) }));
  const used = businessMinutes(clock, start, end, closed);
  const deadline = addBusinessTime(clock, start, allowed, closed);
  const paused = stop === undefined && pauses.some((p) => p.to === undefined && p.from <= now);
  const over = used > allowed + EPSILON;
  const status: RowStatus = stop !== undefined ? (over ? 'breach' : 'met') : over ? 'breach' : 'pending';
  return { status, used, allowed, paused, ...(deadline === undefined ? {} : { deadline }), ...(over ? { over: used - allowed } : {}) };
}
