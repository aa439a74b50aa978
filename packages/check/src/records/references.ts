import { createProblem } from '@unyo/problems';
import { RECORD_SCHEMAS, referenceAt, type RefTarget } from '@unyo/schema';
import { walk, type RecordContext, type RecordRule } from './context.ts';

const LABELS: Record<RefTarget, { what: string; where: string }> = {
  person: { what: '担当者', where: 'settings/people.yaml' },
  site: { what: '館', where: 'settings/sites.yaml' },
  device: { what: '機器', where: 'settings/devices.yaml の devices' },
  job: { what: 'バックアップジョブ', where: 'settings/devices.yaml の backupJobs' },
  record: { what: '記録', where: 'records/ の記録' },
  item: { what: '運用項目', where: 'runbooks/ の項番（1–101）' },
};

const known = ({ settings, records, itemIds }: RecordContext): Record<RefTarget, ReadonlySet<string>> => ({
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
      // The schema marks what a field refers to (refersTo in @unyo/schema), not the field's name.
      const target = referenceAt(RECORD_SCHEMAS[record.kind], path);
      if (target === undefined || sets[target].has(String(value))) return;
      problems.push(createProblem('ref-unknown', locate(path), { what: LABELS[target].what, value: String(value), where: LABELS[target].where }));
    });
  }
};
