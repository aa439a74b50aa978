import { sortProblems, type Problem } from '@unyo/problems';
import { slaVersionOn } from '@unyo/read';
import { formatJst } from '@unyo/schema';
import type { LoadedWorkspace } from '@unyo/workspace';
import { checkRunbooks } from './check-runbooks.ts';
import { codeownersUpToDate } from './codeowners.ts';
import { checkRecords } from './records/index.ts';

/**
 * Every rule over the whole repo: the runbooks, then (when the repo has records or settings) the
 * settings files' own problems and the record rules. `now` is passed in (records may not be dated after it).
 */
export function checkWorkspace(ws: LoadedWorkspace, now: number): Problem[] {
  // The runbooks' timing and {{…}} references are compared with the calendar and the SLA version in force now.
  const sla = ws.sla.value ? slaVersionOn(ws.sla.value, formatJst(now).slice(0, 10)) : undefined;
  const problems = checkRunbooks(ws.runbooks, {
    ...(ws.calendar.value ? { calendar: ws.calendar.value } : {}),
    ...(sla ? { sla } : {}),
    slaAbsent: !ws.sla.present,
  });
  if (ws.records.files.length > 0 || ws.hasSettings) {
    const itemIds = new Set(ws.runbooks.runbooks.map((r) => r.item.id));
    const calendar = ws.calendar.value;
    const roster = ws.roster.value;
    const items = ws.runbooks.runbooks.map((r) => r.item);
    const shift = calendar && roster ? { calendar, sites: ws.settings.sites, people: ws.settings.people, roster, items } : undefined;
    problems.push(...codeownersUpToDate(ws.codeowners, ws.settings.people));
    problems.push(...ws.settingsProblems, ...checkRecords({ records: ws.records, settings: ws.settings, itemIds, now, ...(shift ? { shift } : {}) }));
  }
  return sortProblems(problems);
}
