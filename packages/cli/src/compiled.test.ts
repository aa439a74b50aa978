import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the bin (no types), tested as it runs
import { compiledIsCurrent } from '../bin/current.js';
import { main } from './main.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

const capture = async (run: typeof main, argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd: REPO, now: () => Date.parse('2026-11-28T03:00:00Z'), stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'unyo-compiled-'));
  execFileSync(process.execPath, [path.join(REPO, 'scripts/build-cli.mjs'), path.join(dir, 'dist')], { stdio: 'pipe' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the CLI compiled ahead of time (scripts/build-cli.mjs)', () => {
  it('behaves as the sources do: same output and exit code for help, catalog and check', async () => {
    const compiled = (await import(pathToFileURL(path.join(dir, 'dist/main.js')).href)) as { main: typeof main };
    for (const argv of [['help'], ['help', 'event'], ['catalog', '--cycle', '週次'], ['check']]) {
      expect(await capture(compiled.main, argv)).toEqual(await capture(main, argv));
    }
  });

  it('lists every source it was built from, so the command can tell when it is stale', async () => {
    const { inputs } = JSON.parse(await readFile(path.join(dir, 'dist/manifest.json'), 'utf8')) as { inputs: Record<string, unknown> };
    const files = Object.keys(inputs).map((f) => path.resolve(dir, 'dist', f));
    expect(files).toContain(path.join(REPO, 'packages/cli/src/main.ts'));
    expect(files).toContain(path.join(REPO, 'packages/schema/src/index.ts'));
    expect(files.every((f) => !f.includes('node_modules'))).toBe(true);
  });
});

describe('compiledIsCurrent', () => {
  it('is true only while every listed source has its recorded size and modification time', async () => {
    const dist = path.join(dir, 'fake');
    await mkdir(dist, { recursive: true });
    const source = path.join(dir, 'source.ts');
    await writeFile(source, 'export const a = 1;\n');
    const distUrl = pathToFileURL(`${dist}/`);
    expect(compiledIsCurrent(distUrl)).toBe(false); // no manifest
    const { statSync } = await import('node:fs');
    const info = statSync(source);
    await writeFile(path.join(dist, 'manifest.json'), JSON.stringify({ inputs: { '../source.ts': { size: info.size, mtimeMs: info.mtimeMs } } }));
    expect(compiledIsCurrent(distUrl)).toBe(true);
    await utimes(source, new Date(), new Date(Date.now() + 5000));
    expect(compiledIsCurrent(distUrl)).toBe(false); // edited since
    await writeFile(path.join(dist, 'manifest.json'), '{ not json');
    expect(compiledIsCurrent(distUrl)).toBe(false);
    await writeFile(path.join(dist, 'manifest.json'), JSON.stringify({ inputs: { '../missing.ts': { size: 1, mtimeMs: 1 } } }));
    expect(compiledIsCurrent(distUrl)).toBe(false);
  });
});
