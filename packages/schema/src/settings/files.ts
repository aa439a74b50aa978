import { CalendarSchema } from './calendar.ts';
import { DELIVERABLES_FILE, DeliverablesSchema } from './deliverables.ts';
import { DevicesSchema } from './devices.ts';
import { PeopleSchema } from './people.ts';
import { RosterSchema } from './roster.ts';
import { SitesSchema } from './sites.ts';
import { SlaSchema } from './sla.ts';

/**
 * The settings files, by name: the file (relative to the repo root), its schema and what it holds.
 * The JSON Schema `<name>.schema.json` and the editor mapping in .vscode/settings.json come from here.
 */
export const SETTINGS_SCHEMAS = {
  sites: { file: 'settings/sites.yaml', schema: SitesSchema, label: '館' },
  devices: { file: 'settings/devices.yaml', schema: DevicesSchema, label: '機器・バックアップジョブ' },
  people: { file: 'settings/people.yaml', schema: PeopleSchema, label: '担当者' },
  calendar: { file: 'settings/calendar.yaml', schema: CalendarSchema, label: '開館日・休館日・予定' },
  roster: { file: 'settings/roster.yaml', schema: RosterSchema, label: 'シフトの条件・希望休' },
  sla: { file: 'settings/sla.yaml', schema: SlaSchema, label: 'サービスレベルの定義' },
  deliverables: { file: DELIVERABLES_FILE, schema: DeliverablesSchema, label: '報告書の宛先・提出者' },
} as const;

export type SettingsName = keyof typeof SETTINGS_SCHEMAS;
