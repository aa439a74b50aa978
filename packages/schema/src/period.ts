import { CYCLE_LABELS, type CycleKind } from './cycle.ts';

/** The text the requirement writes when an item has no cycle of its own (a category row). */
export const NO_PERIOD = '－';

/** The separator of combined periods such as 月次／随時. */
export const PERIOD_SEPARATOR = '／';

const TERM_TO_KIND = new Map<string, CycleKind>(
  Object.entries(CYCLE_LABELS).map(([kind, label]) => [label, kind as CycleKind]),
);

/** The period texts a runbook may use: each single term, and '－'. Combinations join terms with '／'. */
export const PERIOD_TERMS: readonly string[] = [...TERM_TO_KIND.keys(), NO_PERIOD];

export type PeriodParse =
  | { ok: true; kinds: CycleKind[] }
  | { ok: false; term: string };

/**
 * Parses the verbatim period text of the requirement (周期) into cycle kinds:
 * '月次／随時' → ['monthly', 'on-demand'], '－' → [].
 * Returns the first unknown term when the text is not one the requirement uses.
 */
export function parsePeriod(text: string): PeriodParse {
  if (text === NO_PERIOD) return { ok: true, kinds: [] };
  const kinds: CycleKind[] = [];
  for (const term of text.split(PERIOD_SEPARATOR)) {
    const kind = TERM_TO_KIND.get(term);
    if (kind === undefined || kinds.includes(kind)) return { ok: false, term };
    kinds.push(kind);
  }
  return { ok: true, kinds };
}
