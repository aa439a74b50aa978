/** One value read from a monitoring export. */
export interface Sample {
  /** A device id of settings/devices.yaml, or a backup job id for `backup`. */
  device: string;
  /** alive, cpu, memory, disk, disk:/data, state, backup … */
  metric: string;
  /** A number for alive (1/0), cpu, memory and disk; text for state and backup. */
  value: number | string;
  /** When it was measured (ISO 8601 with offset, JST). */
  at: string;
}

/** A problem in an export: line and column (CSV) or JSON path, in Japanese. */
export interface MonitoringProblem {
  line?: number;
  column?: number;
  path?: string;
  message: string;
}

/** The result of parsing an export: every sample and every problem, never a throw. */
export interface ParseResult {
  samples: Sample[];
  problems: MonitoringProblem[];
}

/** Epoch seconds to an ISO date-time in JST (+09:00), independent of the machine's time zone. */
export function epochToJst(seconds: number): string {
  const d = new Date((seconds + 9 * 3600) * 1000);
  return `${d.toISOString().slice(0, 19)}+09:00`;
}

/** The latest sample per device and metric among those measured on `date` (JST). */
export function latestSamples(samples: readonly Sample[], date: string): Sample[] {
  const latest = new Map<string, Sample>();
  for (const s of samples) {
    if (epochToJst(Date.parse(s.at) / 1000).slice(0, 10) !== date) continue;
    const key = `${s.device}\u0000${s.metric}`;
    const seen = latest.get(key);
    if (!seen || Date.parse(seen.at) <= Date.parse(s.at)) latest.set(key, s);
  }
  return [...latest.values()];
}

/** The first and last time of the samples, or undefined when there are none. */
export function timeRange(samples: readonly Sample[]): { from: string; to: string } | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { from: sorted[0]!.at, to: sorted[sorted.length - 1]!.at };
}
