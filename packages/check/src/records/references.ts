import { createProblem } from '@unyo/problems';
import { fieldOf, walk, type RecordContext, type RecordRule } from './context.ts';

type Target = 'person' | 'site' | 'device' | 'job' | 'record' | 'item';

/** Which field names hold references, and to what (a Map: a key such as `constructor` is no reference). */
const FIELD_TARGETS: ReadonlyMap<string, Target> = new Map(Object.entries({
  by: 'person',
  owner: 'person',
  reviewedBy: 'person',
  vendor: 'person',
  with: 'person',
  submittedBy: 'person',
  site: 'site',
  sites: 'site',
  device: 'device',
  devices: 'device',
  targets: 'device',
  job: 'job',
  incident: 'record',
  incidents: 'record',
  problems: 'record',
  changes: 'record',
  minutes: 'record',
  refs: 'record',
  cause: 'record',
  related: 'record',
  subject: 'record',
  items: 'item',
} satisfies Record<string, Target>));

const LABELS: Record<Target, { what: string; where: string }> = {
  person: { what: '担当者', where: 'settings/people.yaml' },
  site: { what: '館', where: 'settings/sites.yaml' },
  device: { what: '機器', where: 'settings/devices.yaml の devices' },
  job: { what: 'バックアップジョブ', where: 'settings/devices.yaml の backupJobs' },
  record: { what: '記録', where: 'records/ の記録' },
  item: { what: '運用項目', where: 'runbooks/ の項番（1–101）' },
};

const known = ({ settings, records, itemIds }: RecordContext): Record<Target, ReadonlySet<string>> => ({
  person: new Set(settings.people.map((p) => p.id)),
  site: new Set(settings.sites.map((s) => s.id)),
  device: new Set(settings.devices.map((d) => d.id)),
  job: new Set(settings.backupJobs.map((j) => j.id)),
  record: new Set([...records.records.map((r) => r.record.id), ...records.invalidIds.map((r) => r.id)]),
  item: new Set([...itemIds].map(String)),
});

/** Every person, site, device, backup job, linked record and operation item a record names exists. */
export const referencesExist: RecordRule = (context, problems) => {
  const sets = known(context);
  for (const { record, locate } of context.records.records) {
    walk(record, (value, path) => {
      if (typeof value !== 'string' && typeof value !== 'number') return;
      const field = fieldOf(path);
      // approval.by and acknowledgement.by name the library's people, who are not the vendor's.
      if (path[0] === 'approval' || path[0] === 'acknowledgement' || path[0] === 'corrections' && field !== 'by') return;
      // A report's subject is a record id; an agenda's subject (minutes) is text.
      if (field === 'subject' && (record.kind !== 'report' || path.length !== 1)) return;
      const target = FIELD_TARGETS.get(field);
      if (target === undefined || sets[target].has(String(value))) return;
      problems.push(createProblem('ref-unknown', locate(path), { what: LABELS[target].what, value: String(value), where: LABELS[target].where }));
    });
  }
};
