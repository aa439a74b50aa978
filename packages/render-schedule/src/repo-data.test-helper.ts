import { fileURLToPath } from 'node:url';
import { readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { CalendarSchema, type Calendar, type OperationItem, type Site } from '@unyo/schema';
import { buildMonthSchedule } from './build.ts';
import type { MonthSchedule } from './model.ts';

/** The repo's own data (runbooks/, settings/), read once: the tests check it as a person would on paper. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface RepoData {
  items: OperationItem[];
  calendar: Calendar;
  sites: Site[];
}

let cached: Promise<RepoData> | undefined;

export function repoData(): Promise<RepoData> {
  cached ??= (async () => {
    const [runbooks, settings, calendar] = await Promise.all([
      readRunbooks(ROOT),
      readSettings(ROOT),
      readYamlFile(ROOT, 'settings/calendar.yaml', CalendarSchema),
    ]);
    if (!calendar.value) throw new Error('settings/calendar.yaml is not valid');
    return { items: runbooks.runbooks.map((r) => r.item), calendar: calendar.value, sites: settings.settings.sites };
  })();
  return cached;
}

/** The schedule of a month from the repo's data, for the central library. */
export async function repoSchedule(month: string): Promise<MonthSchedule> {
  const data = await repoData();
  return buildMonthSchedule({ month, ...data, site: 'central' });
}
