import type { CycleKind, PERSON_ROLES } from '@unyo/schema';

/** One due occurrence of an operation item: what is due, by when, and from when it may be done. */
export interface Occurrence {
  /** The operation item (項番). */
  item: number;
  /** The item's name. */
  name: string;
  /** The cycle that makes it due. */
  cycle: CycleKind;
  /** The day it is due (JST). */
  date: string;
  /** Due at (JST date-time). */
  due: string;
  /** The earliest time a record counts for it (JST date-time): the start of its period. */
  from: string;
  /** The site concerned, for stock-taking; absent for system-wide work. */
  site?: string;
  /** Operator work due on a day no operator is on site, done by this on-call role instead (calendar.yaml operatorWork: on-call). */
  onCall?: (typeof PERSON_ROLES)[number];
}
