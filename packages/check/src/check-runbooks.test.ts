import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '@unyo/problems';
import { readCalendar, readRunbooks, readYamlFile, slaVersionOn } from '@unyo/read';
import { SlaSchema } from '@unyo/schema';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkRunbooks } from './check-runbooks.ts';
import type { RunbookContext } from './rules.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const ITEM_2 = 'runbooks/management/incident/002-incident-progress.md';
const ITEM_93 = 'runbooks/operations/business/093-statistics-reports.md';

/** The repo's calendar and SLA version, which the runbooks' timing and references are checked against. */
let context: RunbookContext;
beforeAll(async () => {
  const [{ calendar }, sla] = await Promise.all([readCalendar(REPO), readYamlFile(REPO, 'settings/sla.yaml', SlaSchema)]);
  const version = sla.value ? slaVersionOn(sla.value) : undefined;
  context = { ...(calendar ? { calendar } : {}), ...(version ? { sla: version } : {}) };
});

/**
 * Metrics the runbooks refer to that a parallel change adds to settings/sla.yaml (issue 12): while
 * sla.yaml lacks one, its references are the only problems allowed; once it is there, none are.
 */
const PARALLEL_METRICS = ['incident-onsite-arrival', 'improvement-plan', 'change-completion'];
const known = (p: Problem) => !(p.code === 'reference-arg' && PARALLEL_METRICS.some((id) => p.message.includes(`「${id}」は`) && !context.sla?.metrics.some((m) => m.id === id)));

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'unyo-check-'));
  await cp(path.join(REPO, 'runbooks'), path.join(root, 'runbooks'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const edit = async (file: string, change: (text: string) => string) => {
  const abs = path.join(root, file);
  await writeFile(abs, change(await readFile(abs, 'utf8')));
};
const check = async () => checkRunbooks(await readRunbooks(root), context).filter(known);
const summary = async () => (await check()).map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`);

describe('checkRunbooks on the repo catalogue', () => {
  it('finds the 101 runbooks clean', async () => {
    const set = await readRunbooks(root);
    expect(set.runbooks).toHaveLength(101);
    expect(checkRunbooks(set, context).filter(known)).toEqual([]);
  });

  it('reports a period the requirement does not use (毎日) at its value', async () => {
    await edit(ITEM_2, (t) => t.replace('period: 随時', 'period: 毎日'));
    expect(await summary()).toMatchSnapshot();
  });

  it('reports cycles that disagree with the period', async () => {
    await edit(ITEM_93, (t) => t.replace(/ {2}- kind: yearly\n( {4}.*\n)*/, ''));
    expect(await summary()).toMatchSnapshot();
  });

  it('reports a duplicate id in the second file and the missing one', async () => {
    await edit(ITEM_93, (t) => t.replace('id: 93', 'id: 2'));
    expect(await summary()).toMatchSnapshot();
  });

  it('reports a deleted runbook as a missing id', async () => {
    await rm(path.join(root, ITEM_93));
    const problems = await check();
    expect(problems.filter((p) => p.code !== 'link-broken').map((p) => p.message)).toEqual(['項番 93 の runbook がありません。']);
    const broken = problems.filter((p) => p.code === 'link-broken');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((p) => p.message.includes('093-statistics-reports.md'))).toBe(true);
  });

  it('does not also report as missing the id of a runbook whose frontmatter is invalid', async () => {
    await edit(ITEM_93, (t) => t.replace('summary:', 'summery:'));
    expect(await summary()).toMatchSnapshot();
  });

  it('reports a file name that disagrees with its id', async () => {
    await rename(path.join(root, ITEM_93), path.join(root, 'runbooks/operations/business/039-statistics-reports.md'));
    expect((await summary()).filter((line) => !line.includes('link-broken'))).toMatchSnapshot();
  });

  it('reports links to runbooks that do not exist, at the link', async () => {
    await edit(ITEM_2, (t) =>
      t.replace(/\n---\n[\s\S]*$/, '\n---\n\n# 2\n\n- [ok](../../operations/failure/052-incident-intake.md) と [ng](../../operations/failure/999-none.md)\n- [外](../../../../etc/passwd) [web](https://example.org/) [#](#目的)\n'),
    );
    expect(await summary()).toMatchSnapshot();
  });

  it('reports related ids that do not exist and a path that does not end with the name', async () => {
    await edit(ITEM_2, (t) => t.replace('related: [ 1 ]', 'related: [ 1, 150 ]').replace('name: 進ちょく管理', 'name: 進捗管理'));
    expect(await summary()).toMatchSnapshot();
  });

  it('reports every broken file in one run, and never writes', async () => {
    await writeFile(path.join(root, 'runbooks/empty.md'), '');
    await writeFile(path.join(root, 'runbooks/binary.md'), new Uint8Array([1, 0, 2]));
    await symlink('/etc/hostname', path.join(root, 'runbooks/link.md'));
    await edit(ITEM_2, (t) => `\uFEFF${t}`.replace(/\n/g, '\r\n'));
    const before = await readFile(path.join(root, ITEM_2));
    expect(await summary()).toMatchSnapshot();
    expect(await readFile(path.join(root, ITEM_2))).toEqual(before);
  });
});
