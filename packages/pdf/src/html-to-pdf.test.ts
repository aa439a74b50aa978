import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToPdf } from './html-to-pdf.ts';
import { printDocument } from './print-css.ts';
import { titleBlockHtml } from './title-block.ts';

const run = promisify(execFile);

// CI installs Chromium and poppler (.ci/run); a local run may skip only when asked to: UNYO_E2E=0.
const SKIP = process.env['UNYO_E2E'] === '0' && process.env['CI'] !== 'true' && !existsSync('/usr/bin/chromium');
const COMMIT_DATE = new Date('2026-11-30T18:00:00+09:00');

const rows = Array.from({ length: 60 }, (_, i) => `<tr><td>${i + 1}</td><td>障害受付 第${i + 1}件</td><td class="num">${(i + 1) * 1234}</td></tr>`);
const HTML = printDocument({
  title: '月次報告書',
  body: [
    titleBlockHtml({ to: '○○市立中央図書館長　様', date: '2026-11-30', from: ['株式会社サンプル', '運用担当'], subject: '月次運用報告書（令和8年11月分）' }),
    '<h2>インシデント一覧</h2>',
    `<table><thead><tr><th>番号</th><th>件名</th><th class="num">件数</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n'),
});

let dir: string;
let first: Uint8Array;
let file: string;
beforeAll(async () => {
  if (SKIP) return;
  dir = await mkdtemp(path.join(tmpdir(), 'unyo-pdf-'));
  first = await htmlToPdf(HTML, { title: '月次運用報告書', draft: true, pinnedDate: COMMIT_DATE, headerLeft: '○○市立図書館 運用報告' });
  file = path.join(dir, 'report.pdf');
  await writeFile(file, first);
});
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

const info = async (pdf: string) => Object.fromEntries((await run('pdfinfo', [pdf])).stdout.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
const text = async (pdf: string, page?: number) => (await run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'])).stdout;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.skipIf(SKIP)('htmlToPdf, read back with poppler', () => {
  it('prints A4 portrait on more than one page, with the pinned dates and title', async () => {
    const meta = await info(file);
    expect(meta['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(Number(meta.Pages)).toBeGreaterThan(1);
    expect(meta.Title).toBe('月次運用報告書');
    expect(meta.Producer).toBe('unyo (@unyo/pdf, Chromium)');
    expect(meta.CreationDate).toBe('Mon Nov 30 09:00:00 2026 UTC');
    expect(meta.ModDate).toBe(meta.CreationDate);
  });

  it('has the title block, the headings and the figures as text, in Japanese', async () => {
    const all = await text(file);
    for (const expected of ['令和8年11月30日', '○○市立中央図書館長', '株式会社サンプル', '月次運用報告書（令和8年11月分）', 'インシデント一覧', '障害受付 第1件', '障害受付 第60件', '74040']) {
      expect(all).toContain(expected);
    }
  });

  it('numbers every page 「n / N ページ」, stamps 「未確定」 and repeats the table head on each page', async () => {
    const pages = Number((await info(file)).Pages);
    for (let n = 1; n <= pages; n++) {
      const page = await text(file, n);
      expect(page).toContain(`${n} / ${pages} ページ`);
      expect(page).toContain('未確定');
      expect(page).toContain('○○市立図書館 運用報告');
      expect(page).toMatch(/番号\s+件名\s+件数/);
    }
  });

  it('never splits a row: each of the 60 rows is whole on one page', async () => {
    const pages = Number((await info(file)).Pages);
    const seen: number[] = [];
    for (let n = 1; n <= pages; n++) {
      for (const m of (await text(file, n)).matchAll(/障害受付 第(\d+)件\s+(\d+)/g)) {
        expect(Number(m[2])).toBe(Number(m[1]) * 1234);
        seen.push(Number(m[1]));
      }
    }
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('gives identical bytes twice; a final copy has no stamp, and landscape is 842 x 595', async () => {
    const again = await htmlToPdf(HTML, { title: '月次運用報告書', draft: true, pinnedDate: COMMIT_DATE, headerLeft: '○○市立図書館 運用報告' });
    expect(sha256(again)).toBe(sha256(first));
    const final = path.join(dir, 'final.pdf');
    await writeFile(final, await htmlToPdf(HTML, { title: '月次運用報告書', landscape: true, pinnedDate: COMMIT_DATE }));
    expect(await text(final)).not.toContain('未確定');
    expect((await info(final))['Page size']).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)$/);
  });
});
