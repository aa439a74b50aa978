// Benchmark of `unyo check` on this repo's data (the sample month), against a baseline measured in
// the same run: reading the same files' bytes and nothing else. Run: npm run bench.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords, readRunbooks, readSettings } from '@unyo/read';
import { instant } from '@unyo/schema';
import { bench, describe } from 'vitest';
import { checkRecords, checkRunbooks } from '../src/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { files } = await readRecords(ROOT);
const runbookFiles = (await readRunbooks(ROOT)).files;
const NOW = instant('2026-11-28T12:00:00+09:00');

describe(`unyo check on ${files.length} records and ${runbookFiles.length} runbooks`, () => {
  bench('baseline: read the bytes of every file', async () => {
    await Promise.all([...files, ...runbookFiles].map((f) => readFile(path.join(ROOT, f))));
  });

  bench('check: read, parse, validate and run every rule', async () => {
    const runbooks = await readRunbooks(ROOT);
    checkRunbooks(runbooks);
    const { settings } = await readSettings(ROOT);
    checkRecords({ records: await readRecords(ROOT), settings, itemIds: new Set(runbooks.runbooks.map((r) => r.item.id)), now: NOW });
  });
});
