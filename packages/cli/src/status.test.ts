import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
let copy: string;

const run = async (argv: string[], cwd = REPO) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

beforeAll(async () => {
  copy = await mkdtemp(path.join(tmpdir(), 'unyo-status-'));
  for (const dir of ['runbooks', 'records', 'settings']) await cp(path.join(REPO, dir), path.join(copy, dir), { recursive: true });
});
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('unyo status on the sample month', () => {
  it('finds every daily check of 11-01..11-27 done, and the S1 morning (11-10) late', async () => {
    const result = await run(['status', '--at', '2026-11-27T18:00+09:00', '--json']);
    const json = JSON.parse(result.stdout);
    type Row = { status: string; occurrence: { item: number; date: string } };
    const rows: Row[] = json.executions;
    expect(rows.filter((r) => r.occurrence.item === 25).every((r) => r.status === 'done')).toBe(true);
    expect(rows.filter((r) => r.status === 'late').map((r) => r.occurrence.date)).toContain('2026-11-10');
    expect(rows.filter((r) => r.status === 'missing')).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('reports a removed record as missing, and fails with --fail-on missing', async () => {
    await rm(path.join(copy, 'records/daily-check/2026/11/DC-2026-11-20.yaml'));
    const result = await run(['status', '--at', '2026-11-27T18:00+09:00', '--fail-on', 'missing', '--root', copy]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('■ 未実施（7 件）');
    expect(result.stdout).toContain('2026-11-20 10:00   25 定常監視（日次）');
  });

  it('takes the October monthly report as submitted by its report record, and as missing without it though its job run stays', async () => {
    const before = JSON.parse((await run(['status', '--at', '2026-11-27T18:00+09:00', '--json'])).stdout);
    const monthly = (json: { executions: { status: string; record?: string; occurrence: { item: number } }[] }) => json.executions.find((e) => e.occurrence.item === 99);
    expect(monthly(before)).toMatchObject({ status: 'done', record: 'RPT-2026-0018', at: '2026-11-16T10:00:00+09:00' });
    await rm(path.join(copy, 'records/report/2026/11/RPT-2026-0018.yaml'));
    const after = await run(['status', '--at', '2026-11-27T18:00+09:00', '--root', copy]);
    expect(after.stdout).toMatch(/■ 未実施（\d+ 件）[^■]*2026-11-19 14:00 {3}99 月次報告書作成（月次）\n/);
  });

  it('lists what is missing at the end of the month in Japanese', async () => {
    const result = await run(['status', '--at', '2026-11-30T18:00+09:00']);
    expect(result.stdout.split('\n')[0]).toBe('進ちょく管理 2026-11-30 18:00 現在（定期作業は 2026-11-01 〜 2026-11-30、中央図書館の開館日基準）');
    expect(result.stdout).toContain('REQ-2026-0086  依頼が未実施');
    expect(result.stdout).toContain('CHG-2026-0031  ドキュメント更新が未了');
    // The sample tape near its limits (CFG-2026-0045), warned by settings/devices.yaml's tapeWarning.
    expect(result.stdout).toMatch(/■ 注意[^■]*CFG-2026-0045 {2}テープ媒体の交換: DB-03（LTOテープ装置）利用回数 232\/250 回（残り 18 回）/);
    expect(result.stdout).toMatch(/■ 注意[^■]*CFG-2026-0045 {2}テープ媒体の交換: AP-02（LTOテープ装置）使用期限が近い {2}期限 2026-12-19 00:00/);
    expect(result.stdout).toContain('2026-11-29 10:00   25 定常監視（日次）');
    expect(result.code).toBe(0);
  });

  it.each([
    [['status', '--at', '2026-11-30 18:00'], '--at 2026-11-30 18:00 は使えません。'],
    [['status', '--fail-on', 'never'], '--fail-on never は使えません。'],
    [['status', '--from', '2026-12-01', '--to', '2026-11-01'], 'より前です。'],
  ])('%j is a usage error', async (argv, message) => {
    expect(await run(argv)).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
  });
});
