import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRecords, readSettings } from '@unyo/read';
import { instant } from '@unyo/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRecords } from './index.ts';

const SETTINGS = {
  'settings/sites.yaml': 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true, terminals: 10 }\n',
  'settings/people.yaml': 'people:\n  - { id: op-sato, name: 佐藤, role: operator }\n  - { id: pl-yamamoto, name: 山本, role: se }\n',
  'settings/devices.yaml': 'devices:\n  - { id: db01, name: DB01, type: server, site: central, role: DB, monitored: true }\nbackupJobs: []\n',
};

const INCIDENT = `id: INC-2026-0001
kind: incident
items: [52]
at: 2026-11-10T08:50:00+09:00
by: op-sato
title: 貸出できない
source: { type: site, site: central }
category: server
severity: S2
sites: [central]
description: 貸出ができない。
timeline:
  - { at: 2026-11-10T08:50:00+09:00, type: received, by: op-sato, note: 受付 }
`;

// A SHA-256 with a run of exactly ten digits, which the patron card number pattern alone would flag.
const HASH = 'ab1234567890cdef'.padEnd(64, '0a');

const REPORT = `id: RPT-2026-0001
kind: report
items: [54, 97]
at: 2026-11-13T16:10:00+09:00
by: pl-yamamoto
report: incident
subject: INC-2026-0001
submittedAt: 2026-11-13T16:00:00+09:00
to: 中央図書館 システム担当係長
submittedBy: pl-yamamoto
files:
  - { path: reports/INC-2026-0001.pdf, sha256: ${HASH} }
acknowledgement: { at: 2026-11-13T16:30:00+09:00, by: 中央図書館 システム担当係 }
`;
const REPORT_FILE = 'records/report/2026/11/RPT-2026-0001.yaml';

const MINUTES = `id: MTG-2026-0001
kind: minutes
status: draft
items: [101]
at: 2026-12-17T14:00:00+09:00
by: pl-yamamoto
place: 中央図書館 会議室
endedAt: 2026-12-17T15:30:00+09:00
attendees: { vendor: [pl-yamamoto], library: [システム担当係長] }
reports: [月次報告書（11月分）]
agenda:
  - { subject: 11月の運用報告, summary: 月次報告書で報告する。 }
decisions: []
actions: []
`;
const MINUTES_FILE = 'records/minutes/2026/12/MTG-2026-0001.yaml';

let root: string;
const put = async (file: string, content: string) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
};
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-report-'));
  for (const [file, content] of Object.entries(SETTINGS)) await put(file, content);
  await put('records/incident/2026/11/INC-2026-0001.yaml', INCIDENT);
  await put(REPORT_FILE, REPORT);
  await put(MINUTES_FILE, MINUTES);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const NOW = instant('2026-11-28T12:00:00+09:00');
const summary = async () => {
  const { settings } = await readSettings(root);
  const problems = checkRecords({ records: await readRecords(root), settings, itemIds: new Set([52, 54, 97, 99, 101]), now: NOW });
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`);
};
const report = (from: string, to: string) => put(REPORT_FILE, REPORT.replace(from, to));

describe('report records', () => {
  it('accepts a report submitted before it was registered, its hash and the library acknowledging it', async () => {
    expect(await summary()).toEqual([]);
  });

  it.each([
    ['a subject that does not exist', () => report('subject: INC-2026-0001', 'subject: INC-2026-0009'), 'ref-unknown'],
    ['an incident report about a record that is no incident', () => report('subject: INC-2026-0001', 'subject: MTG-2026-0001'), 'report-subject'],
    ['an incident report without its incident', () => report('subject: INC-2026-0001', 'period: 2026-11'), 'report-subject'],
    ['a submission in the future', () => report('submittedAt: 2026-11-13T16:00', 'submittedAt: 2026-11-30T16:00'), 'record-future'],
    ['an unknown submitter', () => report('submittedBy: pl-yamamoto', 'submittedBy: pl-nobody'), 'ref-unknown'],
    ['an upper-case hash', () => report(HASH, HASH.toUpperCase()), 'schema-invalid'],
    ['a hash of 63 digits', () => report(HASH, HASH.slice(1)), 'schema-invalid'],
  ])('refuses %s', async (_, breakIt, code) => {
    await breakIt();
    const problems = await summary();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(` ${code} `);
    expect(problems).toMatchSnapshot();
  });
});

describe('minutes drafted before the meeting', () => {
  it('are not "in the future" while draft, with the agenda and no decisions yet', async () => {
    expect(await summary()).toEqual([]);
  });

  it('are, once held, dated no later than now', async () => {
    await put(MINUTES_FILE, MINUTES.replace('status: draft\n', 'status: held\n'));
    expect((await summary()).map((p) => p.split(' ')[1])).toEqual(['record-future', 'record-future']);
    await put(MINUTES_FILE, MINUTES.replace('status: draft\n', ''));
    expect((await summary()).map((p) => p.split(' ')[1])).toEqual(['record-future', 'record-future']);
  });
});
