// Sums the vitest JSON reports of every package (all runs) into the plain line "N passed, N failed".
// A package whose tests did not run (no report) counts as one failure, so a silent skip shows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;
for (const name of readdirSync(path.join(root, 'packages')).sort()) {
  const dir = path.join(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  if (!existsSync(path.join(dir, '.vitest-report.json'))) {
    console.log(`${pkg.name}: no test report`);
    failed += 1;
    continue;
  }
  // .vitest-report.json, and .vitest-report-tz.json from the run under another time zone.
  for (const report of readdirSync(dir).filter((f) => /^\.vitest-report.*\.json$/.test(f))) {
    const json = JSON.parse(readFileSync(path.join(dir, report), 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests || (json.success ? 0 : 1);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
