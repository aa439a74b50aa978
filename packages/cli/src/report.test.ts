import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const dirs: string[] = [];

const run = async (args: string[], cwd = REPO) => {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), now: () => Date.parse('2026-11-28T03:00:00Z') });
  return { code, stdout, stderr };
};

const tempDir = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'unyo-report-'));
  dirs.push(dir);
  return dir;
};

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('unyo report incident', () => {
  it('builds the S1 incident report of the sample with its timeline, problem, change and evidence list', async () => {
    const result = await run(['report', 'incident', 'INC-2026-0105']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# 障害報告書 INC-2026-0105');
    expect(result.stdout).toContain('| 令和8年11月10日 11:35 | 復旧 | 山本 恵子 |');
    expect(result.stdout).toContain('> 宛先: 市立図書館長 様');
    expect(result.stdout).toMatch(/### 根拠: 問題\n\n\[PRB-2026-\d{4}\]\(records\/PRB-2026-\d{4}\.html\)/);
    expect(result.stdout).not.toContain('未確定');
  });

  it('writes to --out and never overwrites an existing file', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'report.md');
    expect((await run(['report', 'incident', 'INC-2026-0105', '--out', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('# 障害報告書 INC-2026-0105');
    await writeFile(out, 'keep me');
    const again = await run(['report', 'incident', 'INC-2026-0105', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('上書きしません');
    expect(await readFile(out, 'utf8')).toBe('keep me');
  });

  it.each([
    [['report'], 2, '報告書の種類と対象を指定してください'],
    [['report', 'incident'], 2, '報告書の種類と対象を指定してください'],
    [['report', 'incident', '105'], 2, '障害報告書の対象「105」は使えません。INC-2026-0105 の形で'],
    [['report', 'weekly', '2026-11'], 2, '報告書の種類「weekly」はありません'],
    [['report', 'incident', 'INC-2026-0105', '--format', 'pdf'], 2, 'PDF は --out <ファイル> を指定してください'],
    [['report', 'incident', 'INC-2026-0105', '--out', 'records/x.md'], 2, 'records/ の中です'],
    [['report', 'incident', 'INC-2026-9999'], 1, 'インシデント INC-2026-9999 の記録がありません'],
  ])('%j exits %i with a message', async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('refuses when the records have problems, and stamps 未確定 with --draft', async () => {
    const dir = await tempDir();
    for (const part of ['runbooks', 'records', 'settings']) await cp(path.join(REPO, part), path.join(dir, part), { recursive: true });
    await writeFile(path.join(dir, 'records/incident/2026/11/INC-2026-0199.yaml'), 'id: INC-2026-0199\nkind: incident\n');
    const refused = await run(['report', 'incident', 'INC-2026-0105', '--root', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('報告書を作成しません');
    expect(refused.stdout).toBe('');
    const draft = await run(['report', 'incident', 'INC-2026-0105', '--root', dir, '--draft']);
    expect(draft.code).toBe(0);
    expect(draft.stdout.startsWith('> **未確定**')).toBe(true);
  });

  it('builds the service level report of a period and the minutes draft of the next meeting', async () => {
    const sla = await run(['report', 'sla', '2026-11', '--at', '2026-12-01T09:00+09:00']);
    expect(sla.code).toBe(0);
    expect(sla.stdout).toContain('# サービスレベル管理レポート 2026年11月');
    expect(sla.stdout).toMatch(/\| 依頼申請の期限内対応 ★ \| .* \| \[1\]\(#根拠-依頼申請の期限内対応-の目標超過\) \|/);
    const minutes = await run(['report', 'minutes', '2026-12', '--at', '2026-12-01T09:00+09:00']);
    expect(minutes.code).toBe(0);
    expect(minutes.stdout).toContain('| 日時 | 令和8年12月17日 14:00〜15:30 |');
    const refused = await run(['report', 'sla', '2026Q3']);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('サービスレベル管理レポートの対象「2026Q3」は使えません') });
  });

  it('builds the daily and the monthly report of the sample, the monthly matrix in small type', async () => {
    const daily = await run(['report', 'daily', '2026-11-10', '--at', '2026-12-01T09:00+09:00']);
    expect(daily.code).toBe(0);
    expect(daily.stdout).toContain('# 日次報告書 2026年11月10日（火）');
    expect(daily.stdout).toContain('INC-2026-0105');
    const monthly = await run(['report', 'monthly', '2026-11', '--at', '2026-12-01T09:00+09:00', '--format', 'html']);
    expect(monthly.code).toBe(0);
    expect(monthly.stdout).toContain('<h1 class="subject">月次報告書 2026年11月</h1>');
    expect(monthly.stdout).toContain('<table class="matrix">');
    // Figures link to their evidence heading (anchors shortened, so that PDF destinations stay short).
    const anchor = /<h3 id="(s\d+)">根拠: 障害（S1 重大）<\/h3>/.exec(monthly.stdout)?.[1];
    expect(anchor).toBeDefined();
    expect(monthly.stdout).toContain(`<a href="#${anchor}">1</a>`);
    expect((await run(['report', 'daily', '2026-11-31'])).code).toBe(2);
    // The revision history lists the editions delivered (report records), then this one.
    const october = await run(['report', 'monthly', '2026-10', '--at', '2026-12-01T09:00+09:00', '--date', '2026-12-01']);
    expect(october.stdout).toMatch(/\| 第1版 \| 令和8年11月16日 \| 初版（RPT-2026-\d{4}、/);
    expect(october.stdout).toContain('| 第2版 | 令和8年12月1日 | 改訂（この版） |');
  });

  it('puts the title block of settings/deliverables.yaml on the HTML, in the Japanese era unless --seireki', async () => {
    const html = await run(['report', 'incident', 'INC-2026-0105', '--format', 'html', '--date', '2026-11-30']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<p class="date">令和8年11月30日</p>');
    expect(html.stdout).toContain('<div class="to"><p>市立図書館長 様</p></div>');
    expect(html.stdout).toContain('<h1 class="subject">障害報告書 INC-2026-0105</h1>');
    expect(html.stdout.match(/<h1/g)).toHaveLength(1);
    expect(html.stdout).toContain('<h2 id="改訂履歴">改訂履歴</h2>');
    const seireki = await run(['report', 'incident', 'INC-2026-0105', '--format', 'html', '--date', '2026-11-30', '--seireki']);
    expect(seireki.stdout).toContain('<p class="date">2026年11月30日</p>');
  });

  it('prints an A4 PDF whose text has the report and its evidence, the same bytes twice', async () => {
    const dir = await tempDir();
    const [a, b] = [path.join(dir, 'a.pdf'), path.join(dir, 'b.pdf')];
    expect((await run(['report', 'incident', 'INC-2026-0105', '--out', a, '--date', '2026-11-30'])).code).toBe(0);
    expect((await run(['report', 'incident', 'INC-2026-0105', '--out', b, '--date', '2026-11-30'])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', a, '-'], { encoding: 'utf8' });
    expect(text).toContain('障害報告書 INC-2026-0105');
    expect(text).toContain('令和8年11月30日');
    expect(text).toContain('根拠記録一覧');
    expect(text).toMatch(/1 \/ \d+ ページ/);
    expect(execFileSync('pdfinfo', [a], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(createHash('sha256').update(await readFile(a)).digest('hex')).toBe(createHash('sha256').update(await readFile(b)).digest('hex'));
  });
});
