import type { Sla, SlaVersion } from '@unyo/schema';
import { jstDate, jstMidnight, type Interval } from './clock.ts';

/** The version in force at an instant: the last one whose effectiveFrom (JST) is on or before its date. */
export function versionAt(sla: Sla, ms: number): SlaVersion | undefined {
  const date = jstDate(ms);
  return sla.versions.filter((v) => v.effectiveFrom <= date).at(-1);
}

/** A stretch of time measured by one version. */
export interface Segment extends Interval {
  version: SlaVersion;
}

/** The stretches of [from, to) and the version in force over each; time before the first version has none. */
export function segments(sla: Sla, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  sla.versions.forEach((version, i) => {
    const next = sla.versions[i + 1];
    const start = Math.max(from, jstMidnight(version.effectiveFrom));
    const end = Math.min(to, next ? jstMidnight(next.effectiveFrom) : Number.POSITIVE_INFINITY);
    if (end > start) out.push({ version, from: start, to: end });
  });
  return out;
}
