import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { instant } from '@unyo/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = instant('2026-11-28T09:05:00+09:00');
let root: string;

const run = async (argv: string[], answers: string[] = []) => {
  let stdout = '';
  let stderr = '';
  const io = {
    cwd: root,
    now: () => NOW,
    stdout: (t: string) => (stdout += t),
    stderr: (t: string) => (stderr += t),
    ...(answers.length > 0 ? { ask: async () => answers.shift() ?? '' } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
};

const PDF = 'reports/2026-11/monthly-2026-10.pdf';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-new-report-'));
  await cp(path.join(REPO, 'runbooks'), path.join(root, 'runbooks'), { recursive: true });
  await mkdir(path.join(root, 'settings'));
  await writeFile(path.join(root, 'settings/sites.yaml'), 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true, terminals: 30 }\n');
  await writeFile(path.join(root, 'settings/people.yaml'), 'people:\n  - { id: pl-yamamoto, name: 山本 一郎, role: se }\n');
  await writeFile(path.join(root, 'settings/devices.yaml'), 'devices: []\nbackupJobs: []\n');
  await mkdir(path.join(root, 'reports/2026-11'), { recursive: true });
  await writeFile(path.join(root, PDF), '%PDF-1.7 月次報告書\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('unyo new report', () => {
  it('records a monthly report from flags, with the SHA-256 of the delivered file, and unyo check accepts it', async () => {
    const flags = ['--by', 'pl-yamamoto', '--report', 'monthly', '--period', '2026-10', '--to', '中央図書館 システム担当係長', '--submitted-at', '2026-11-16T10:00', '--file', PDF];
    const made = await run(['new', 'report', ...flags]);
    expect(made).toMatchObject({ code: 0, stdout: '記録しました: records/report/2026/11/RPT-2026-0001.yaml\n' });
    const text = await readFile(path.join(root, 'records/report/2026/11/RPT-2026-0001.yaml'), 'utf8');
    const sha256 = createHash('sha256').update('%PDF-1.7 月次報告書\n').digest('hex');
    expect(text.replace(/^#.*\n/gm, '')).toBe(
      [
        'id: RPT-2026-0001',
        'kind: report',
        'items:',
        '  - 99',
        'at: 2026-11-28T09:05:00+09:00',
        'by: pl-yamamoto',
        'report: monthly',
        'period: 2026-10',
        'submittedAt: 2026-11-16T10:00:00+09:00',
        'to: 中央図書館 システム担当係長',
        'submittedBy: pl-yamamoto',
        'files:',
        `  - path: ${PDF}`,
        `    sha256: ${sha256}`,
        '',
      ].join('\n'),
    );
    expect(await run(['check', '--now', '2026-11-28T10:00+09:00'])).toMatchObject({ code: 0 });
  });

  it('asks for the report by its Japanese name, the period or record, and the addressee; the file stays to fill', async () => {
    await mkdir(path.join(root, 'records/incident/2026/11'), { recursive: true });
    const made = await run(['new', 'report', '--by', 'pl-yamamoto'], ['障害報告書', 'INC-2026-0105', '中央図書館 システム担当係長']);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('まだ空欄・未説明の項目があります');
    expect(made.stdout).toContain('files.0.path');
    const text = await readFile(path.join(root, 'records/report/2026/11/RPT-2026-0001.yaml'), 'utf8');
    expect(text).toContain('report: incident\nsubject: INC-2026-0105\n');
    expect(text).toContain('items:\n  - 54\n  - 97\n');
  });

  it('takes the record of an incident report as --subject', async () => {
    const made = await run(['new', 'report', '--by', 'pl-yamamoto', '--report', 'incident', '--subject', 'INC-2026-0105', '--to', '中央図書館 システム担当係長', '--submitted-at', '2026-11-13T16:00', '--file', PDF]);
    expect(made.code).toBe(0);
    const text = await readFile(path.join(root, 'records/report/2026/11/RPT-2026-0001.yaml'), 'utf8');
    expect(text).toContain('report: incident\nsubject: INC-2026-0105\nsubmittedAt: 2026-11-13T16:00:00+09:00\n');
  });

  it.each([
    [['--report', 'weekly'], '--report: 「weekly」は選べません'],
    [['--report', 'monthly', '--period', '2026/10'], '--period: 「2026/10」は対象期間でも記録 id でもありません'],
    [['--report', 'monthly', '--period', '2026-10', '--to', 'x', '--submitted-at', '2026-11-16'], '--submitted-at: 「2026-11-16」は日時ではありません'],
    [['--report', 'monthly', '--period', '2026-10', '--to', 'x', '--file', 'reports/none.pdf'], '--file reports/none.pdf を読めません'],
    [['--report', 'monthly', '--period', '2026-10', '--to', 'x', '--file', '../outside.pdf'], '--file ../outside.pdf はリポジトリの外です'],
  ])('refuses %j before writing anything', async (flags, message) => {
    const result = await run(['new', 'report', '--by', 'pl-yamamoto', ...flags]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
    await expect(readFile(path.join(root, 'records/report/2026/11/RPT-2026-0001.yaml'), 'utf8')).rejects.toThrow();
  });

  it('keeps --submitted-at and --file for reports', async () => {
    const result = await run(['new', 'change', '--by', 'pl-yamamoto', '--title', 'x', '--file', PDF]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('--submitted-at、--subject、--file は報告書（unyo new report）で使います。') });
  });
});
