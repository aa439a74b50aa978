// The repo's own documentation agrees with the repo: the README's package table lists every package,
// every package says what it owns, and nothing cites a file that does not exist or lies outside the repo.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
const TEXT = /\.(md|ya?ml|ts|mjs|js|hbs|json|css|sh)$|^\.ci\/run$/;
/** The files people read or the repo runs (the lock file and generated schemas excepted). */
const sources = tracked.filter((f) => TEXT.test(f) && f !== 'package-lock.json' && !f.startsWith('schemas/') && !f.endsWith('.test.ts') && existsSync(path.join(ROOT, f)));

describe('the repo documents itself', () => {
  const packages = readdirSync(path.join(ROOT, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'packages', d.name, 'package.json')))
    .map((d) => d.name);

  it.each(packages)('the README package table lists packages/%s, and the package has its own README', (name) => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(new RegExp(`^\\| \`packages/${name}\``, 'm'));
    expect(existsSync(path.join(ROOT, 'packages', name, 'README.md'))).toBe(true);
  });

  it('nothing cites a file outside the repo', () => {
    // The runbook rule that refuses such citations names them, and its README says so.
    const rule = new Set(['packages/check/src/runbook-references.ts', 'packages/check/README.md']);
    const outside = sources.filter((f) => !rule.has(f)).flatMap((f) =>
      readFileSync(path.join(ROOT, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\.\.\/shared\/|SLA-DEFAULTS|\/work\//.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(outside).toEqual([]);
  });

  it('every repo path that the READMEs and settings name exists', () => {
    const docs = tracked.filter((f) => /(^|\/)README\.md$/.test(f) || /^settings\/.*\.ya?ml$/.test(f) || f === 'runbooks/README.md');
    const tops = new Set(tracked.map((f) => f.split('/')[0]));
    // What the repo makes (and Git ignores) is named before it exists: the site, the bundles, screenshots.
    const made = readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim().replace(/^\//, '')).filter((l) => l.endsWith('/'));
    const missing: string[] = [];
    for (const file of docs) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const [, cited] of text.matchAll(/`([A-Za-z0-9_.\-/]+)`/g)) {
        const rel = cited!.replace(/[:.,]$/, '');
        const top = rel.split('/')[0]!;
        if (!rel.includes('/') || !tops.has(top) || rel.startsWith('records/') || made.some((m) => rel.startsWith(m))) continue;
        if (!existsSync(path.join(ROOT, rel))) missing.push(`${file}: ${rel}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
