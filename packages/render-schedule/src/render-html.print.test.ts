import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { htmlToPdf } from '@unyo/pdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.ts';
import { repoSchedule } from './repo-data.test-helper.ts';

const run = promisify(execFile);

// CI installs Chromium and poppler (.ci/run); a local run may skip only when asked to: UNYO_E2E=0.
const SKIP = process.env['UNYO_E2E'] === '0' && process.env['CI'] !== 'true' && !existsSync('/usr/bin/chromium');

let dir: string;
beforeAll(async () => (dir = await mkdtemp(path.join(tmpdir(), 'unyo-schedule-print-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

const print = async (html: string, name: string) => {
  const file = path.join(dir, `${name}.pdf`);
  // The header and footer margins of @unyo/pdf (18 mm, 15 mm) leave less room than a browser's print dialog.
  await writeFile(file, await htmlToPdf(html, { title: name, landscape: true, pinnedDate: new Date('2026-11-30T00:00:00Z') }));
  return file;
};
const pages = async (file: string) => Number(/^Pages:\s+(\d+)$/m.exec((await run('pdfinfo', [file])).stdout)?.[1]);
const pageText = async (file: string, n: number) => (await run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'])).stdout;

describe.skipIf(SKIP)('the month grid printed on A4 landscape (issue 9 item 5)', () => {
  // December 2026 spilled onto a second page from item 93 on; March 2027 has the most rows (48 items).
  it.each(['2026-12', '2027-03'])('%s: the grid alone is one page', async (month) => {
    const html = renderHtml(await repoSchedule(month));
    const gridOnly = `${html.slice(0, html.indexOf('<h2 class="closures-title">'))}</body>\n</html>\n`;
    expect(await pages(await print(gridOnly, `${month}-grid`))).toBe(1);
  });

  it.each(['2026-12', '2027-03'])('%s: in the whole schedule, every grid row is on page 1 and page 2 begins with the closures', async (month) => {
    const model = await repoSchedule(month);
    const file = await print(renderHtml(model), month);
    const [first, second] = [await pageText(file, 1), await pageText(file, 2)];
    const squeezed = first.replace(/\s/g, '');
    for (const item of model.items) expect(squeezed).toContain(`${item.id}${item.name.replace(/\s/g, '')}`);
    expect(first.split('\n').map((l) => l.trim())).not.toContain('休館の予定');
    expect(second).not.toContain('項番');
    expect(second.split('\n')[1]?.trim()).toBe('休館の予定');
  });
});
