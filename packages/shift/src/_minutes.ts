/** A span of a day in minutes from midnight, [start, end). */
export type Span = readonly [number, number];

/** Minutes from midnight of a time of day `08:30`. */
export const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The time of day `08:30` of minutes from midnight (`24:00` for the end of the day). */
export const formatMinutes = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Overlapping or touching spans merged, in order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** A time range not staffed enough: [from, to) and the fewest operators present in it. */
export interface Shortfall {
  from: number;
  to: number;
  present: number;
}

/**
 * The parts of `windows` where fewer than `need` of `shifts` are present, as maximal ranges.
 * A shift counts over [start, end): 08:30–17:15 covers 17:00 but not 17:15.
 */
export function shortfalls(windows: readonly Span[], shifts: readonly Span[], need: number): Shortfall[] {
  const out: Shortfall[] = [];
  for (const [from, to] of windows) {
    const cuts = [...new Set([from, to, ...shifts.flat().filter((t) => t > from && t < to)])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i] as number;
      const b = cuts[i + 1] as number;
      const present = shifts.filter(([s, e]) => s <= a && e >= b).length;
      if (present >= need) continue;
      const last = out.at(-1);
      if (last && last.to === a) {
        last.to = b;
        last.present = Math.min(last.present, present);
      } else out.push({ from: a, to: b, present });
    }
  }
  return out;
}
