import type { ShiftPattern, Site } from '@unyo/schema';
import type { Assignment } from './issue.ts';

/**
 * Who is staffed where: the one answer for every command. Operators are resident at the sites
 * marked `staffed` in settings/sites.yaml; a shift table names who works which shift pattern on a
 * day but not where, so an operator on shift counts for every staffed site.
 */

/** The sites where operators are resident (sites.yaml `staffed: true`), in settings order. */
export const staffedSites = <S extends Pick<Site, 'id' | 'staffed'>>(sites: readonly S[]): S[] => sites.filter((s) => s.staffed);

/** One operator on site on a day: the shift pattern and its hours, and the staffed sites they cover. */
export interface OnDuty {
  person: string;
  /** The shift pattern id. */
  shift: string;
  /** Start and end of the shift (JST, HH:MM). */
  start: string;
  end: string;
  /** The staffed sites the operator covers (all of them: the table has no site column). */
  sites: string[];
}

/**
 * Who is on site on `date`: every assignment of the day whose pattern is known, by start time then
 * person. `patterns` are the roster's shift patterns; `sites` the settings' sites.
 */
export function onDuty(
  assignments: Iterable<Assignment>,
  patterns: ReadonlyMap<string, ShiftPattern> | readonly ShiftPattern[],
  sites: readonly Pick<Site, 'id' | 'staffed'>[],
  date: string,
): OnDuty[] {
  const byId = patterns instanceof Map ? patterns : new Map((patterns as readonly ShiftPattern[]).map((p) => [p.id, p]));
  const covered = staffedSites(sites).map((s) => s.id);
  const out: OnDuty[] = [];
  for (const a of assignments) {
    const p = byId.get(a.shift);
    if (a.date === date && p) out.push({ person: a.person, shift: a.shift, start: p.start, end: p.end, sites: [...covered] });
  }
  return out.sort((x, y) => x.start.localeCompare(y.start) || x.person.localeCompare(y.person));
}
