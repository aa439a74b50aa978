export { addBusinessTime, businessMinutes, businessWindows, closeOfNthDay, dayWindows, jstDate, mergeIntervals, type Clock, type Interval } from './clock.ts';
export { incidentStart, stopEvents } from './context.ts';
export { evaluateSla, type EvaluateInput } from './evaluate.ts';
export { describeTarget, describeWithin, formatMinutes, formatPercent } from './format.ts';
export { allowedMinutes, clockFor, measure, type Measurement, type Pause } from './measure.ts';
export { SLA_PERIOD_EXAMPLES, isInterim, parseSlaPeriod, type SlaPeriod } from './period.ts';
export { openTargets, WARNING_FRACTION, type OpenTarget, type OpenTargetsInput, type TargetState } from './targets.ts';
export type { Improvement, RowStatus, SlaMetricResult, SlaReport, SlaRow, Verdict } from './types.ts';
export { segments, versionAt, type Segment } from './versions.ts';
