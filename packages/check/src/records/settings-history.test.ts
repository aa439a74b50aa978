import { parseYamlFile, type LoadedRecord, type RecordSet } from '@unyo/read';
import { RECORD_SCHEMAS, nameAt, type AnyRecord } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { checkSettingsHistory } from './settings-history.ts';

const PEOPLE = 'settings/people.yaml';
const SITES = 'settings/sites.yaml';
const people = (entries: string) => `people:\n${entries}`;
const SATO = '  - { id: op-sato, name: 佐藤 美咲, role: operator }\n';
const ITO = '  - { id: op-ito, name: 伊藤 健, role: operator }\n';
const sites = (entries: string) => `sites:\n${entries}`;
const CENTRAL = '  - { id: central, name: 中央図書館, type: central, staffed: true }\n';
const AOBA = '  - { id: aoba, name: 青葉図書館, type: branch }\n';

const JOB = `id: JOB-2026-0001
kind: job-run
items: [68]
at: 2026-11-10T09:00:00+09:00
by: op-sato
result: success
`;
const FILE = 'records/job-run/2026/11/JOB-2026-0001.yaml';
const loaded = parseYamlFile(FILE, new TextEncoder().encode(JOB), RECORD_SCHEMAS['job-run']);
const record: LoadedRecord = { file: FILE, record: loaded.value as AnyRecord, text: loaded.text!, locate: loaded.locate! };
const records: RecordSet = { records: [record], files: [FILE], invalidIds: [], problems: [] };

const check = (base: Record<string, string>, current: Record<string, string>) =>
  checkSettingsHistory(new Map(Object.entries(base)), new Map(Object.entries(current)), records).map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`);

describe('settings that records depend on are append-only', () => {
  it('refuses removing a person a record names, and allows removing one no record names', () => {
    expect(check({ [PEOPLE]: people(SATO + ITO) }, { [PEOPLE]: people(ITO) })).toEqual([`${PEOPLE}:2:3 setting-id-removed`]);
    expect(check({ [PEOPLE]: people(SATO + ITO) }, { [PEOPLE]: people(SATO) })).toEqual([]);
  });

  it('refuses a rename that drops the old name, at the new name; accepts it with formerNames', () => {
    const renamed = people('  - { id: op-sato, name: 田中 美咲, role: operator }\n' + ITO);
    expect(check({ [PEOPLE]: people(SATO + ITO) }, { [PEOPLE]: renamed })).toEqual([`${PEOPLE}:2:26 person-renamed`]);
    const kept = people('  - { id: op-sato, name: 田中 美咲, role: operator, formerNames: [{ name: 佐藤 美咲, until: 2026-11-30 }] }\n' + ITO);
    expect(check({ [PEOPLE]: people(SATO + ITO) }, { [PEOPLE]: kept })).toEqual([]);
  });

  it('adding sites and a settings file the base did not have are no change', () => {
    expect(check({ [SITES]: sites(CENTRAL) }, { [SITES]: sites(CENTRAL + AOBA) })).toEqual([]);
    expect(check({}, { [PEOPLE]: people(SATO) })).toEqual([]);
  });
});

describe('nameAt', () => {
  const person = { name: '田中 美咲', formerNames: [{ name: '佐藤 美咲', until: '2026-11-30' }, { name: '鈴木 美咲', until: '2020-03-31' }] };
  it('gives the name in force on a date', () => {
    expect(nameAt(person, '2019-04-01')).toBe('鈴木 美咲');
    expect(nameAt(person, '2026-11-30T17:00:00+09:00')).toBe('佐藤 美咲');
    expect(nameAt(person, '2026-12-01')).toBe('田中 美咲');
    expect(nameAt({ name: '伊藤 健' }, '2026-12-01')).toBe('伊藤 健');
  });
});
