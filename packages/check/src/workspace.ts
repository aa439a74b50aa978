import { sortProblems, type Problem } from '@unyo/problems';
import type { LoadedWorkspace } from '@unyo/workspace';
import { checkRunbooks } from './check-runbooks.ts';
import { checkRecords } from './records/index.ts';

/**
 * Every rule over the whole repo: the runbooks, then (when the repo has records or settings) the
 * settings files' own problems and the record rules. `now` is passed in (records may not be dated after it).
 */
export function checkWorkspace(ws: LoadedWorkspace, now: number): Problem[] {
  const problems = checkRunbooks(ws.runbooks);
  if (ws.records.files.length > 0 || ws.hasSettings) {
    const itemIds = new Set(ws.runbooks.runbooks.map((r) => r.item.id));
    const calendar = ws.calendar.value;
    const roster = ws.roster.value;
    const items = ws.runbooks.runbooks.map((r) => r.item);
    const shift = calendar && roster ? { calendar, sites: ws.settings.sites, people: ws.settings.people, roster, items } : undefined;
    problems.push(...ws.settingsProblems, ...checkRecords({ records: ws.records, settings: ws.settings, itemIds, now, ...(shift ? { shift } : {}) }));
  }
  return sortProblems(problems);
}
