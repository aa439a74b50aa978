import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from './main.ts';

/** `unyo diff <base>` in a real git repository: the sample's runbooks and SLA, two sites, one open incident. */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const RUNBOOK = 'runbooks/operations/failure/053-incident-triage.md';
let dir: string;
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))), GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const event = (at: string, type: string) => `  - { at: 2026-11-02T${at}:00+09:00, type: ${type}, by: op-sato, note: 記録 }\n`;
const incident = (id: string, severity: string, site: string, timeline: string) =>
  `id: ${id}\nkind: incident\nitems: [52]\nat: 2026-11-02T10:00:00+09:00\nby: op-sato\ntitle: 端末が起動しない\nsource: { type: site, site: ${site} }\ncategory: hardware\nseverity: ${severity}\nsites: [${site}]\ndescription: 端末が起動しない。\ntimeline:\n${timeline}`;

const run = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'unyo-diff-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'test');
  git('config', 'user.email', 'test@example.jp');
  cpSync(path.join(REPO, 'runbooks'), path.join(dir, 'runbooks'), { recursive: true });
  cpSync(path.join(REPO, 'settings/sla.yaml'), path.join(dir, 'settings/sla.yaml'));
  write('settings/sites.yaml', 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true }\n  - { id: aoba, name: 青葉図書館, type: branch }\n');
  write('settings/people.yaml', 'people:\n  - { id: op-sato, name: 佐藤 美咲, role: operator }\n');
  write('settings/devices.yaml', 'devices: []\nbackupJobs: []\n');
  write('records/incident/2026/11/INC-2026-0105.yaml', incident('INC-2026-0105', 'S3', 'central', event('10:00', 'received')));
  git('add', '-A');
  execFileSync('git', ['commit', '-q', '-m', 'start'], { cwd: dir, env });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unyo diff', () => {
  it('says nothing changed when nothing did', async () => {
    expect(await run('diff', 'HEAD')).toEqual({ code: 0, stdout: '運用に関わる変更（記録・手順書・SLA 定義）はありません。\n', stderr: '' });
  });

  it('summarises a change in Japanese: a new incident, events appended, a runbook step, an SLA version', async () => {
    write('records/incident/2026/11/INC-2026-0042.yaml', incident('INC-2026-0042', 'S2', 'aoba', event('10:00', 'received')));
    write('records/incident/2026/11/INC-2026-0105.yaml', incident('INC-2026-0105', 'S3', 'central', event('10:00', 'received') + event('11:00', 'restored') + event('12:00', 'closed')));
    const runbook = readFileSync(path.join(dir, RUNBOOK), 'utf8');
    write(RUNBOOK, runbook.replace('3. １次切り分け結果を含め、SEに障害連絡を行う。', '3. １次切り分け結果を含め、当番SEに電話で障害連絡を行う。'));
    const sla = parse(readFileSync(path.join(dir, 'settings/sla.yaml'), 'utf8')) as { versions: { version: string; effectiveFrom: string }[] };
    sla.versions.push({ ...structuredClone(sla.versions[0]!), version: '2026.2', effectiveFrom: '2026-12-01' });
    write('settings/sla.yaml', stringify(sla));
    const { code, stdout } = await run('diff', 'HEAD', '--format', 'md');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '### 運用への影響（unyo diff HEAD）',
        '',
        '- インシデント管理簿 INC-2026-0042（S2、青葉図書館）を登録',
        '- INC-2026-0105 を復旧→クローズ',
        '- 運用項目 53（障害切り分け対応）の手順 3 を変更',
        '- SLA 定義 2026.2（12/1 から有効）を追加',
        '',
      ].join('\n'),
    );
  });

  it('refuses a base that names no commit', async () => {
    const { code, stderr } = await run('diff', 'no-such-branch');
    expect(code).toBe(2);
    expect(stderr).toContain('比較元「no-such-branch」が Git にありません');
  });
});
