import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRecords, readSettings } from '@unyo/read';
import { instant } from '@unyo/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRecords } from './index.ts';

const SETTINGS = {
  'settings/sites.yaml': 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true, terminals: 10 }\n',
  'settings/people.yaml': 'people:\n  - { id: op-sato, name: 佐藤, role: operator }\n  - { id: op-ito, name: 伊藤, role: operator }\n  - { id: se-tanaka, name: 田中, role: se }\n',
  'settings/devices.yaml': [
    'devices:',
    '  - { id: ap01, name: AP01, type: server, site: central, role: AP, monitored: true }',
    '  - { id: fs01, name: FS01, type: server, site: central, role: ファイル, monitored: true }',
    '  - { id: tl01, name: テープ装置, type: storage, site: central, role: テープ, tapeWarning: { usesPercent: 10, days: 60 } }',
    'backupJobs:',
    '  - { id: bk-ap01, name: AP full, device: ap01 }',
    '',
  ].join('\n'),
};

const head = (id: string, at: string, items: string, type: string) => `id: ${id}\nkind: configuration\nitems: [ ${items} ]\nat: ${at}\nby: op-sato\ntype: ${type}\n`;

const INVENTORY = `${head('CFG-2026-0001', '2026-11-02T10:00:00+09:00', '39', 'software')}change: 棚卸し
software:
  - { device: ap01, name: Tomcat, version: 10.1.34 }
  - { device: ap01, name: Java 8, version: 8u431 }
`;
const READING = `${head('CFG-2026-0002', '2026-11-03T10:00:00+09:00', '42', 'tape')}device: tl01
change: 媒体の点検
media:
  - { id: AP-01, job: bk-ap01, since: 2024-04-01, uses: 120, maxUses: 250, expires: 2029-03-31 }
  - { id: AP-02, job: bk-ap01, since: 2021-04-01, uses: 249, maxUses: 250, expires: 2026-03-31, state: retired }
`;
const REVIEW = `${head('CFG-2026-0003', '2026-11-04T10:00:00+09:00', '47', 'permission-review')}device: fs01
change: 権限一覧の棚卸し
review:
  scope: inventory
  list: { name: fs01-権限一覧.xlsx, asOf: 2026-11-04, entries: 120 }
  preparedBy: op-sato
  reviewedBy: se-tanaka
  result: corrected
  findings:
    - { account: L20417, action: removed, detail: 退職者 }
`;

const file = (id: string) => `records/configuration/2026/11/${id}.yaml`;

let root: string;
const put = async (name: string, content: string) => {
  await mkdir(path.dirname(path.join(root, name)), { recursive: true });
  await writeFile(path.join(root, name), content);
};
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-configuration-'));
  for (const [name, content] of Object.entries(SETTINGS)) await put(name, content);
  await put(file('CFG-2026-0001'), INVENTORY);
  await put(file('CFG-2026-0002'), READING);
  await put(file('CFG-2026-0003'), REVIEW);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const summary = async () => {
  const { settings, problems } = await readSettings(root);
  expect(problems).toEqual([]);
  const found = checkRecords({ records: await readRecords(root), settings, itemIds: new Set([39, 42, 47]), now: instant('2026-11-30T12:00:00+09:00') });
  return found.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`);
};

describe('configurationLedgersHold', () => {
  it('accepts an inventory, a tape reading and a permission review', async () => {
    expect(await summary()).toEqual([]);
  });

  it('accepts removing installed software, and refuses removing it twice or removing what was never installed', async () => {
    await put(file('CFG-2026-0004'), `${head('CFG-2026-0004', '2026-11-05T10:00:00+09:00', '39', 'software')}change: 撤去\nsoftware:\n  - { device: ap01, name: Java 8, state: removed }\n`);
    expect(await summary()).toEqual([]);
    await put(file('CFG-2026-0005'), `${head('CFG-2026-0005', '2026-11-06T10:00:00+09:00', '39', 'software')}change: 撤去\nsoftware:\n  - { device: ap01, name: Java 8, state: removed }\n  - { device: ap01, name: Java 11, state: removed }\n`);
    expect(await summary()).toEqual([
      'records/configuration/2026/11/CFG-2026-0005.yaml:9:27 software-not-installed ap01 の Java 8 は、この記録の時点ですでに削除済みです。',
      'records/configuration/2026/11/CFG-2026-0005.yaml:10:27 software-not-installed ap01 の Java 11 は、この記録の時点でインストールソフトウェア一覧にありません。',
    ]);
  });

  it('judges a removal by time, not by file order: removing before the inventory is refused', async () => {
    await put(file('CFG-2026-0004'), `${head('CFG-2026-0004', '2026-11-01T10:00:00+09:00', '39', 'software')}change: 撤去\nsoftware:\n  - { device: ap01, name: Tomcat, state: removed }\n`);
    expect(await summary()).toEqual(['records/configuration/2026/11/CFG-2026-0004.yaml:9:27 software-not-installed ap01 の Tomcat は、この記録の時点でインストールソフトウェア一覧にありません。']);
  });

  it('refuses a use count that goes down, and a retired cartridge in use again', async () => {
    await put(
      file('CFG-2026-0004'),
      `${head('CFG-2026-0004', '2026-11-20T10:00:00+09:00', '42', 'tape')}device: tl01\nchange: 媒体の点検\nmedia:\n  - { id: AP-01, since: 2024-04-01, uses: 112, maxUses: 250, expires: 2029-03-31 }\n  - { id: AP-02, since: 2021-04-01, uses: 249, maxUses: 250, expires: 2026-03-31 }\n`,
    );
    expect(await summary()).toEqual([
      'records/configuration/2026/11/CFG-2026-0004.yaml:10:43 tape-uses-decreased 媒体 AP-01 の利用回数 112 回が、前回の CFG-2026-0002 の 120 回より少なくなっています。',
      'records/configuration/2026/11/CFG-2026-0004.yaml:11:5 tape-retired-in-use 媒体 AP-02 は CFG-2026-0002 で交換済・保管中になっていますが、使用中（in-use）として記録されています。',
    ]);
  });

  it.each([
    ['an operator as reviewer', 'reviewedBy: se-tanaka', 'reviewedBy: op-ito', 'records/configuration/2026/11/CFG-2026-0003.yaml:13:15 permission-reviewer レビュー者 op-ito は SE（se・pl・pm）ではありません。'],
    ['the preparer as reviewer', 'preparedBy: op-sato', 'preparedBy: se-tanaka', 'records/configuration/2026/11/CFG-2026-0003.yaml:13:15 permission-reviewer 一覧を作成した se-tanaka が自分でレビューしています。'],
    ['an unknown preparer', 'preparedBy: op-sato', 'preparedBy: op-kimura', 'records/configuration/2026/11/CFG-2026-0003.yaml:12:15 ref-unknown 担当者「op-kimura」が見つかりません。'],
    ['an unknown reviewer', 'reviewedBy: se-tanaka', 'reviewedBy: se-kimura', 'records/configuration/2026/11/CFG-2026-0003.yaml:13:15 ref-unknown 担当者「se-kimura」が見つかりません。'],
    ['an unknown system', 'device: fs01', 'device: fs09', 'records/configuration/2026/11/CFG-2026-0003.yaml:7:9 ref-unknown 機器「fs09」が見つかりません。'],
    ['a finding linked to no record', 'detail: 退職者 }', 'detail: 退職者, refs: [ REQ-2026-0099 ] }', 'records/configuration/2026/11/CFG-2026-0003.yaml:16:64 ref-unknown 記録「REQ-2026-0099」が見つかりません。'],
  ])('refuses %s in a permission review', async (_, from, to, expected) => {
    await put(file('CFG-2026-0003'), REVIEW.replace(from, to));
    expect(await summary()).toEqual([expected]);
  });

  it('refuses a software line on an unknown device and a cartridge of an unknown job', async () => {
    await put(file('CFG-2026-0001'), INVENTORY.replace('device: ap01, name: Tomcat', 'device: ap09, name: Tomcat'));
    await put(file('CFG-2026-0002'), READING.replace('job: bk-ap01, since: 2024', 'job: bk-ap09, since: 2024'));
    expect(await summary()).toEqual([
      'records/configuration/2026/11/CFG-2026-0001.yaml:9:15 ref-unknown 機器「ap09」が見つかりません。',
      'records/configuration/2026/11/CFG-2026-0002.yaml:10:23 ref-unknown バックアップジョブ「bk-ap09」が見つかりません。',
    ]);
  });
});
