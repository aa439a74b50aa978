import type { Problem } from '@unyo/problems';
import { CalendarSchema, DELIVERABLES_FILE, DevicesSchema, PeopleSchema, SitesSchema, type Calendar, type Devices, type People, type Sites } from '@unyo/schema';
import { readYamlFile } from './yaml-file.ts';

/** The settings records point at, from settings/*.yaml. */
export interface Settings {
  sites: Sites['sites'];
  devices: Devices['devices'];
  backupJobs: Devices['backupJobs'];
  /** The thresholds of the whole file (each device may override them). */
  thresholds: NonNullable<Devices['thresholds']>;
  people: People['people'];
}

/** Every settings file, relative to the repo root: the one list of their names. */
export const SETTINGS_FILES = {
  sites: 'settings/sites.yaml',
  devices: 'settings/devices.yaml',
  people: 'settings/people.yaml',
  calendar: 'settings/calendar.yaml',
  roster: 'settings/roster.yaml',
  sla: 'settings/sla.yaml',
  deliverables: DELIVERABLES_FILE,
} as const;

/** Reads settings/sites.yaml, devices.yaml and people.yaml; a missing or invalid file gives problems and empty lists. */
export async function readSettings(root: string): Promise<{ settings: Settings; problems: Problem[] }> {
  const [sites, devices, people] = await Promise.all([
    readYamlFile(root, SETTINGS_FILES.sites, SitesSchema),
    readYamlFile(root, SETTINGS_FILES.devices, DevicesSchema),
    readYamlFile(root, SETTINGS_FILES.people, PeopleSchema),
  ]);
  return {
    settings: {
      sites: sites.value?.sites ?? [],
      devices: devices.value?.devices ?? [],
      backupJobs: devices.value?.backupJobs ?? [],
      thresholds: devices.value?.thresholds ?? {},
      people: people.value?.people ?? [],
    },
    problems: [...sites.problems, ...devices.problems, ...people.problems],
  };
}

/** The calendar file, relative to the repo root. */
export const CALENDAR_FILE = SETTINGS_FILES.calendar;

/** Reads settings/calendar.yaml; a missing or invalid file gives problems and no calendar. */
export async function readCalendar(root: string): Promise<{ calendar?: Calendar; problems: Problem[] }> {
  const file = await readYamlFile(root, CALENDAR_FILE, CalendarSchema);
  return { ...(file.value ? { calendar: file.value } : {}), problems: file.problems };
}
