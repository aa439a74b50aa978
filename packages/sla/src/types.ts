import type { SlaClock, SlaMetric, SlaMetricKind, SlaPeriodKind, Severity } from '@unyo/schema';
import type { SlaPeriod } from './period.ts';

/** met: within the target; breach: over it (or still open and already over); pending: open and still within. */
export type RowStatus = 'met' | 'breach' | 'pending';

/** The verdict of a metric over a period. */
export type Verdict = '達成' | '未達成' | '対象なし';

/** One record (or site, backup job, due occurrence) behind a metric. */
export interface SlaRow {
  /** The record id (INC-…, INQ-…, REQ-…), `CHG-… 文書1`, `DC-… job`, `項番25 2026-11-10`, a month 2026-10, or a site id for availability. */
  id: string;
  /** What it is, in Japanese (the incident's title, the site's name…). */
  label: string;
  /** The records behind the row, when they differ from `id`. */
  refs?: string[];
  /** The definition version that measured it (the one in force when it started). */
  version: string;
  /** When its clock started (JST). */
  start?: string;
  /** When its clock stopped (JST); absent while open. */
  stop?: string;
  /** When the target falls due (JST); absent when it cannot be computed (a pause without end). */
  deadline?: string;
  /** Business time used, in minutes of the metric's clock (to `now` while open). */
  measuredMinutes?: number;
  /** Business time allowed, in minutes of the metric's clock. */
  targetMinutes?: number;
  /** Availability: planned service time and outage, in minutes, and the percentage available. */
  plannedMinutes?: number;
  outageMinutes?: number;
  percent?: number;
  status: RowStatus;
  /** By how much it breached, in minutes of the metric's clock (availability: outage beyond the allowance). */
  overMinutes?: number;
  /** Still waiting on the library or a third party (an open pause). */
  paused?: boolean;
  /** A remark in Japanese (未回答, 未実施, the failure's note…). */
  note?: string;
}

/** An approved improvement proposal (item 14) found in the minutes, or none. */
export type Improvement = { status: 'approved'; minutes: string; at: string; text: string } | { status: 'none' };

/** The verdict of a metric's rows measured by one definition version, under that version's own clock and target. */
export interface SlaMetricPart {
  version: string;
  /** The first day (JST) of the version's stretch within the period, and the last. */
  from: string;
  to: string;
  /** The version's name, clock, target and threshold of this metric. */
  name: string;
  clock: SlaClock;
  target: SlaMetric['target'];
  targetText: string;
  measured: SlaMetricResult['measured'];
  measuredText: string;
  verdict: Verdict;
  /** How many rows this version measured (they carry `version`). */
  rows: number;
}

export interface SlaMetricResult {
  id: string;
  name: string;
  kind: SlaMetricKind;
  severity?: Severity;
  clock: SlaClock;
  target: SlaMetric['target'];
  /** The target in Japanese (30分以内（24時間365日）、全件). */
  targetText: string;
  /** The period of the official verdict. */
  judged: SlaPeriodKind;
  /** The report covers less than `judged`: the verdict is interim (速報). */
  interim: boolean;
  /** 初期値（図書館と合意が必要）. */
  default: boolean;
  /** The operation items (項番) whose work the metric measures (latest version). */
  items: number[];
  /** The versions whose definition of this metric measured the rows. */
  versions: string[];
  /**
   * One part per version in force during the period, each with its own clock, target and verdict.
   * `clock`, `target` and `verdict` above are the latest version's, over every row.
   */
  parts: SlaMetricPart[];
  /** The definition (clock, target, what is measured) differs between the parts: show them apart. */
  definitionChanged: boolean;
  measured: {
    /** Rows with a result (met + breached); pending ones are not counted. */
    total: number;
    met: number;
    breached: number;
    pending: number;
    /** met ÷ total in %, or for availability the lowest site's availability. */
    percent?: number;
  };
  /** The measured value in Japanese (8 件中 7 件（87.5%）). */
  measuredText: string;
  verdict: Verdict;
  rows: SlaRow[];
  /** For 未達成: the improvement proposal approved in the minutes, if any. */
  improvement?: Improvement;
}

export interface SlaReport {
  period: SlaPeriod;
  /** The time the figures stand at (JST): `now`, or the end of the period when it is over. */
  asOf: string;
  /** The definition versions in force during the period. */
  versions: { version: string; effectiveFrom: string; note: string }[];
  /** Some metric is still an initial value to agree with the library. */
  defaults: boolean;
  counts: Record<Verdict, number>;
  metrics: SlaMetricResult[];
}
