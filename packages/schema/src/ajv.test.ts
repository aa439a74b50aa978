// The editor's view and unyo check's view of a file agree: every record and settings file of the
// repo passes the committed JSON Schemas under ajv (draft-07, the draft VS Code's YAML extension
// validates with), and files that zod refuses are refused by ajv too.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import type { z } from 'zod';
import { JSON_SCHEMA_DIR, SCHEMA_FILES } from './json-schemas.ts';
import { OperationItemSchema } from './operation-item.ts';
import { RECORD_SCHEMAS } from './records/index.ts';
import { SETTINGS_SCHEMAS } from './settings/files.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  const ajv = new Ajv({ strict: true, allErrors: true });
  for (const { name } of SCHEMA_FILES) {
    validators.set(name, ajv.compile(JSON.parse(await readFile(path.join(root, JSON_SCHEMA_DIR, name), 'utf8')) as object));
  }
});

const ajvErrors = (name: string, data: unknown) => {
  const validate = validators.get(name);
  if (!validate) throw new Error(`no JSON Schema ${name}`);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
};

describe('every record and settings file of the repo', () => {
  it('is covered by a JSON Schema and passes it under ajv (strict, draft-07 as the VS Code YAML extension reads it), as it passes zod', async () => {
    const covered = new Map<string, { name: string; schema: z.ZodType }>();
    for (const f of SCHEMA_FILES) for (const file of await glob([...f.files], { cwd: root })) covered.set(file, f);
    const all = [
      ...(await readdir(path.join(root, 'records'), { recursive: true })).map((f) => `records/${f.split(path.sep).join('/')}`),
      ...(await readdir(path.join(root, 'settings'), { recursive: true })).map((f) => `settings/${f.split(path.sep).join('/')}`),
    ].filter((f) => /\.ya?ml$/.test(f));
    expect(all.length).toBeGreaterThan(400);
    expect(all.filter((f) => !covered.has(f))).toEqual([]);

    const failures: string[] = [];
    for (const file of all) {
      const { name, schema } = covered.get(file)!;
      const data: unknown = parse(await readFile(path.join(root, file), 'utf8'));
      for (const e of ajvErrors(name, data)) failures.push(`${file}: ajv ${e}`);
      if (!schema.safeParse(data).success) failures.push(`${file}: zod refuses it`);
    }
    expect(failures).toEqual([]);
  });
});

describe('every runbook of the repo', () => {
  it('has a frontmatter that passes its JSON Schema under ajv, as it passes zod', async () => {
    const runbooks = await glob(['runbooks/**/*.md'], { cwd: root });
    expect(runbooks.length).toBeGreaterThanOrEqual(101);
    const failures: string[] = [];
    for (const file of runbooks) {
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(await readFile(path.join(root, file), 'utf8'))?.[1];
      if (frontmatter === undefined) {
        failures.push(`${file}: no frontmatter`);
        continue;
      }
      const data: unknown = parse(frontmatter);
      for (const e of ajvErrors('runbook-frontmatter.schema.json', data)) failures.push(`${file}: ajv ${e}`);
      if (!OperationItemSchema.safeParse(data).success) failures.push(`${file}: zod refuses it`);
    }
    expect(failures).toEqual([]);
  });
});

/** Small valid files, each broken below in one way. */
const VALID: Record<string, string> = {
  'record-incident.schema.json': `id: INC-2026-0901
kind: incident
items: [52]
at: 2026-11-02T10:12:00+09:00
by: op-sato
title: 自動貸出機でレシートが印字されない
source: { type: site, site: aoba }
category: hardware
severity: S3
sites: [aoba]
description: 画面にプリンタエラーが表示される。
timeline:
  - { at: 2026-11-02T10:12:00+09:00, type: received, by: op-sato, note: 電話で受付。 }
pauses:
  - { from: 2026-11-02T11:00:00+09:00, to: 2026-11-02T11:30:00+09:00, waitingOn: library, reason: 館の確認待ち。 }
`,
  'record-job-run.schema.json': `id: JOB-2026-0901
kind: job-run
items: [98]
at: 2026-11-07T17:37:00+09:00
by: op-ito
result: success
counts: { 記載作業件数: 17 }
deliverables:
  - { name: 日次報告書, to: 中央図書館 システム担当係, at: 2026-11-07T17:45:00+09:00 }
`,
  'record-daily-check.schema.json': `id: DC-2026-11-27
kind: daily-check
items: [25]
at: 2026-11-27T09:00:00+09:00
by: op-sato
date: 2026-11-27
servers: [{ device: ap01, alive: true, cpu: 12, state: ok }]
backups: [{ job: backup-ap01, result: success }]
signatures: []
serverRoom: { temperature: 22.5, humidity: 45, at: 2026-11-27T09:05:00+09:00 }
terminals: [{ site: central, started: 10, total: 10 }]
`,
  'record-report.schema.json': `id: RPT-2026-0901
kind: report
items: [99]
at: 2026-11-16T10:30:00+09:00
by: pl-yamamoto
report: monthly
period: 2026-10
submittedAt: 2026-11-16T10:00:00+09:00
to: 中央図書館 システム担当係長
submittedBy: pl-yamamoto
files: [{ path: reports/2026-10/monthly.pdf, sha256: ${'a'.repeat(64)} }]
`,
  'calendar.schema.json': `hours: { tue: ["09:30", "19:00"] }
yearEnd: { from: "12-29", to: "01-03" }
closures:
  - { from: 2026-04-20, type: inspection, reason: 施設点検日 }
  - { from: 2026-12-01, to: 2026-12-10, sites: [central], type: stock-taking, reason: 特別整理期間 }
office: { days: [mon, tue, wed, thu, fri], hours: ["08:30", "17:15"] }
`,
  'people.schema.json': `people:
  - { id: op-sato, name: 佐藤 花子, role: operator }
`,
};

/** The zod schema `unyo check` validates a file of that JSON Schema with. */
const ZOD: Record<string, z.ZodType> = {
  'record-incident.schema.json': RECORD_SCHEMAS.incident,
  'record-job-run.schema.json': RECORD_SCHEMAS['job-run'],
  'record-daily-check.schema.json': RECORD_SCHEMAS['daily-check'],
  'record-report.schema.json': RECORD_SCHEMAS.report,
  'calendar.schema.json': SETTINGS_SCHEMAS.calendar.schema,
  'people.schema.json': SETTINGS_SCHEMAS.people.schema,
};

/** One way to break a valid file: set the value at a path (undefined deletes the key). */
type Break = [what: string, schema: string, path: (string | number)[], value: unknown];

const BROKEN: Break[] = [
  ['a date-time without the +09:00 offset', 'record-incident.schema.json', ['at'], '2026-11-02T10:12:00Z'],
  ['a date-time with a space instead of T', 'record-incident.schema.json', ['timeline', 0, 'at'], '2026-11-02 10:12'],
  ['a date-time in full-width digits', 'record-incident.schema.json', ['pauses', 0, 'from'], '２０２６-11-02T11:00:00+09:00'],
  ['a date where a date-time is due', 'record-job-run.schema.json', ['deliverables', 0, 'at'], '2026-11-07'],
  ['a date-time where a date is due', 'calendar.schema.json', ['closures', 0, 'from'], '2026-04-20T00:00:00+09:00'],
  ['a date with slashes', 'calendar.schema.json', ['closures', 1, 'to'], '2026/12/10'],
  ['a date-time where the check date is due', 'record-daily-check.schema.json', ['date'], '2026-11-27T09:00:00+09:00'],
  ['a time of day without the leading zero', 'calendar.schema.json', ['office', 'hours', 0], '8:30'],
  ['an unknown field', 'record-incident.schema.json', ['colour'], 'red'],
  ['an unknown field inside a list item', 'record-job-run.schema.json', ['deliverables', 0, 'copies'], 2],
  ['an unknown settings key', 'people.schema.json', ['people', 0, 'email'], 'sato@example.jp'],
  ['a missing required field', 'record-incident.schema.json', ['severity'], undefined],
  ['a missing required field inside an object', 'record-daily-check.schema.json', ['serverRoom', 'humidity'], undefined],
  ['a missing settings key', 'calendar.schema.json', ['office'], undefined],
  ['an unknown severity', 'record-incident.schema.json', ['severity'], 'S5'],
  ['an unknown timeline event', 'record-incident.schema.json', ['timeline', 0, 'type'], 'started'],
  ['an unknown job result', 'record-job-run.schema.json', ['result'], 'done'],
  ['an unknown role', 'people.schema.json', ['people', 0, 'role'], 'manager'],
  ['an id of the wrong kind', 'record-incident.schema.json', ['id'], 'INQ-2026-0901'],
  ['an id with a two-digit year', 'record-job-run.schema.json', ['id'], 'JOB-26-0901'],
  ['a daily check id without the date', 'record-daily-check.schema.json', ['id'], 'DC-2026-0001'],
  ['a person id in capitals', 'record-incident.schema.json', ['by'], 'OP-SATO'],
  ['an operation item 0', 'record-incident.schema.json', ['items', 0], 0],
  ['an item list written as text', 'record-job-run.schema.json', ['items'], '98'],
  ['a percentage over 100', 'record-daily-check.schema.json', ['servers', 0, 'cpu'], 120],
  ['a negative count', 'record-job-run.schema.json', ['counts', '記載作業件数'], -1],
  ['a report period of the wrong form', 'record-report.schema.json', ['period'], '2026-10月'],
  ['an absolute path of a delivered file', 'record-report.schema.json', ['files', 0, 'path'], '/srv/deliverables/monthly.pdf'],
  ['a path out of the repository', 'record-report.schema.json', ['files', 0, 'path'], 'reports/../../monthly.pdf'],
  ['a hash in capitals', 'record-report.schema.json', ['files', 0, 'sha256'], 'A'.repeat(64)],
];

const dataOf = (schema: string, path?: (string | number)[], value?: unknown) => {
  const doc = parseDocument(VALID[schema] ?? '');
  if (path) {
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, value);
  }
  return doc.toJS() as unknown;
};

describe('small broken files', () => {
  it.each(Object.keys(VALID))('start from a valid %s', (schema) => {
    expect(ajvErrors(schema, dataOf(schema))).toEqual([]);
    expect(ZOD[schema]?.safeParse(dataOf(schema)).success).toBe(true);
  });

  // Both name the broken value, or the object that lacks a key or has one too many.
  it.each(BROKEN)('refuse %s, under ajv and under zod alike (%s)', (_, schema, path, value) => {
    const data = dataOf(schema, path, value);
    const at = (p: readonly PropertyKey[]) => path.join('/').startsWith(p.join('/'));
    const validate = validators.get(schema)!;
    expect(validate(data)).toBe(false);
    expect(validate.errors?.some((e) => at(e.instancePath.split('/').slice(1)))).toBe(true);
    const zod = ZOD[schema]!.safeParse(data);
    expect(zod.success).toBe(false);
    expect(zod.error?.issues.some((i) => at(i.path))).toBe(true);
  });
});
