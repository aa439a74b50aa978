import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRecords, readSettings } from '@unyo/read';
import { instant } from '@unyo/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRecords } from './index.ts';

const SETTINGS = {
  'settings/sites.yaml': 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true, terminals: 10 }\n',
  'settings/people.yaml': 'people:\n  - { id: op-sato, name: 佐藤, role: operator }\n  - { id: se-tanaka, name: 田中, role: se }\n',
  'settings/devices.yaml': 'devices:\n  - { id: db01, name: DB01, type: server, site: central, role: DB, monitored: true }\nbackupJobs:\n  - { id: bk-db01, name: DB full, device: db01 }\n',
};

const INCIDENT = `id: INC-2026-0001
kind: incident
items: [52]
at: 2026-11-10T08:50:00+09:00
by: op-sato
title: 貸出できない
source: { type: site, site: central }
category: server
severity: S1
sites: [central]
description: 全館で貸出・返却ができない。
timeline:
  - { at: 2026-11-10T08:50:00+09:00, type: received, by: op-sato, note: 受付 }
  - { at: 2026-11-10T09:05:00+09:00, type: escalated, by: op-sato, note: SE連絡 }
  - { at: 2026-11-10T11:40:00+09:00, type: restored, by: se-tanaka, note: 復旧 }
  - { at: 2026-11-10T12:00:00+09:00, type: closed, by: se-tanaka, note: クローズ }
`;
const INCIDENT_FILE = 'records/incident/2026/11/INC-2026-0001.yaml';

const JOB = `id: JOB-2026-0001
kind: job-run
items: [68]
at: 2026-11-10T09:00:00+09:00
by: op-sato
result: success
counts: { 統合件数: 12 }
`;
const JOB_FILE = 'records/job-run/2026/11/JOB-2026-0001.yaml';

let root: string;
const put = async (file: string, content: string | Uint8Array) => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
};
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-records-'));
  for (const [file, content] of Object.entries(SETTINGS)) await put(file, content);
  await put(INCIDENT_FILE, INCIDENT);
  await put(JOB_FILE, JOB);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const NOW = instant('2026-11-28T12:00:00+09:00');
const check = async () => {
  const { settings, problems } = await readSettings(root);
  expect(problems).toEqual([]);
  return checkRecords({ records: await readRecords(root), settings, itemIds: new Set([52, 68]), now: NOW });
};
const summary = async () => (await check()).map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`);
const incident = (from: string, to: string) => put(INCIDENT_FILE, INCIDENT.replace(from, to));

describe('checkRecords', () => {
  it('accepts valid records', async () => {
    expect(await check()).toEqual([]);
  });

  it.each([
    ['an unknown person', () => incident('by: op-sato\ntitle', 'by: op-suzuki\ntitle')],
    ['an unknown site', () => incident('sites: [central]', 'sites: [centre]')],
    ['an unknown operation item', () => incident('items: [52]', 'items: [99]')],
    ['an unknown linked record', () => incident('description:', 'problems: [PRB-2026-0009]\ndescription:')],
    ['a timeline out of order', () => incident('09:05:00+09:00, type: escalated', '08:40:00+09:00, type: escalated')],
    ['an event after closure', () => incident('note: クローズ }', 'note: クローズ }\n  - { at: 2026-11-10T13:00:00+09:00, type: note, by: op-sato, note: 追記 }')],
    ['a pause that ends before it starts', () => incident('description:', 'pauses:\n  - { from: 2026-11-10T10:00:00+09:00, to: 2026-11-10T09:00:00+09:00, waitingOn: library, reason: 確認待ち }\ndescription:')],
    ['a record in the future', () => put(JOB_FILE, JOB.replace('2026-11-10T09:00', '2026-11-29T09:00'))],
    ['a record in the wrong month folder', () => put(JOB_FILE, JOB.replace('2026-11-10', '2026-10-31'))],
    ['an id whose year disagrees with at', () => put('records/job-run/2026/11/JOB-2025-0001.yaml', JOB.replace('JOB-2026-0001', 'JOB-2025-0001')).then(() => rm(path.join(root, JOB_FILE)))],
    ['a duplicate id', () => put('records/job-run/2026/11/JOB-2026-0001.yml', JOB)],
    ['a phone number', () => incident('description: 全館で', 'description: 利用者（03-1234-5678）から。全館で')],
    ['a phone number in full-width digits', () => incident('description: 全館で', 'description: 連絡先 ０９０１２３４５６７８。全館で')],
    ['an e-mail address', () => put(JOB_FILE, `${JOB}note: |\n  宛先不明で返送。\n  taro.yamada@example.jp 宛\n`)],
    ['a patron card number', () => incident('description: 全館で', 'description: カード 2100012345 の貸出で発生。全館で')],
    ['a date that does not exist (2026-13-40)', () => put(JOB_FILE, JOB.replace('at: 2026-11-10T09:00:00', 'at: 2026-13-40T09:00:00'))],
    ['a date with slashes (2026/11/27)', () => put(JOB_FILE, JOB.replace('at: 2026-11-10T09:00:00+09:00', 'at: 2026/11/27 09:00'))],
    ['full-width digits in a date', () => put(JOB_FILE, JOB.replace('at: 2026-11-10', 'at: ２０２６-11-10'))],
    ['an unknown kind folder', () => put('records/incidents/2026/11/INC-2026-0002.yaml', INCIDENT)],
    ['a kind field that disagrees with its folder', () => put(JOB_FILE, JOB.replace('kind: job-run', 'kind: incident'))],
    ['a file that is not YAML', () => put('records/incident/2026/11/photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))],
    ['invalid UTF-8', () => put(JOB_FILE, new Uint8Array([...Buffer.from('id: JOB-2026-0001\nnote: '), 0x83, 0x65, 0x83, 0x58, 0x83, 0x67]))],
    ['an alias bomb', () => put(JOB_FILE, `${JOB}a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`)],
    ['a symbolic link leading outside the repo', () => symlink('/etc/passwd', path.join(root, 'records/job-run/2026/11/JOB-2026-0002.yaml'))],
  ])('reports %s as one clear problem at its place', async (_, breakIt) => {
    await breakIt();
    const problems = await summary();
    expect(problems).toHaveLength(1);
    expect(problems).toMatchSnapshot();
  });

  it('refuses a 20 MB file unread', async () => {
    await put(JOB_FILE, '');
    await truncate(path.join(root, JOB_FILE), 20 * 1024 * 1024);
    expect(await summary()).toEqual([`${JOB_FILE}:1:1 file-too-large ファイルが大きすぎます（20971520 バイト、上限 1048576 バイト）。読み込みを省きました。`]);
  });

  it('reports every broken file in one run', async () => {
    await incident('sites: [central]', 'sites: [centre]');
    await put(JOB_FILE, JOB.replace('by: op-sato', 'by: nobody'));
    expect((await check()).map((p) => p.code)).toEqual(['ref-unknown', 'ref-unknown']);
  });
});
