import { createProblem, type Problem } from '@unyo/problems';
import { parseYamlSource, SETTINGS_FILES, type RecordSet } from '@unyo/read';
import { parse } from 'yaml';
import { walk } from './context.ts';

/** The settings lists records point into, by file: where the entries sit and what they are called. */
const LISTS = [
  { file: SETTINGS_FILES.people, key: 'people', what: '担当者' },
  { file: SETTINGS_FILES.sites, key: 'sites', what: '館' },
  { file: SETTINGS_FILES.devices, key: 'devices', what: '機器' },
  { file: SETTINGS_FILES.devices, key: 'backupJobs', what: 'バックアップジョブ' },
] as const;

type Entry = { id?: unknown; name?: unknown; formerNames?: { name?: unknown }[] };

const entriesOf = (text: string | undefined, key: string): Entry[] => {
  if (text === undefined) return [];
  try {
    const data = parse(text) as Record<string, unknown> | null;
    const list = data?.[key];
    return Array.isArray(list) ? (list.filter((e) => e !== null && typeof e === 'object') as Entry[]) : [];
  } catch {
    return []; // an unreadable file is the file's own problem
  }
};

/**
 * Settings that records depend on are append-only too (`unyo check --base`): a person, site, device or
 * backup job whose id a record names cannot be removed, and a person's name, which signs every past
 * record, changes only with the old name kept in `formerNames` (with its last day), so that old records
 * still show who signed them. `base` and `current` are the files' texts at the base and now.
 */
export function checkSettingsHistory(base: ReadonlyMap<string, string | undefined>, current: ReadonlyMap<string, string | undefined>, records: RecordSet): Problem[] {
  const named = new Set<string>();
  for (const { record } of records.records) walk(record, (value) => typeof value === 'string' && named.add(value));
  const problems: Problem[] = [];
  for (const { file, key, what } of LISTS) {
    const text = current.get(file);
    const source = text === undefined ? undefined : parseYamlSource(file, text, 1, text.split('\n'));
    const at = (path: (string | number)[]) => source?.locate(path) ?? { file, line: 1, column: 1 };
    const now = entriesOf(text, key);
    const byId = new Map(now.map((e, i) => [String(e.id), { entry: e, index: i }]));
    for (const old of entriesOf(base.get(file), key)) {
      const id = String(old.id);
      const found = byId.get(id);
      if (found === undefined) {
        if (named.has(id)) problems.push(createProblem('setting-id-removed', at([key]), { what, id, file }));
        continue;
      }
      if (key !== 'people' || typeof old.name !== 'string' || old.name === found.entry.name) continue;
      const kept = (found.entry.formerNames ?? []).some((f) => f?.name === old.name);
      if (!kept) problems.push(createProblem('person-renamed', at([key, found.index, 'name']), { id, was: old.name, name: String(found.entry.name) }));
    }
  }
  return problems;
}
