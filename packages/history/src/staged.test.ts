import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShallowCloneError } from './git.ts';
import { hookPath } from './hooks.ts';
import { checkoutStaged, indexFiles, stagedPaths, stagedRecordChanges } from './staged.ts';
import { createTestRepo, incidentPath, incidentYaml, shallowClone, type TestRepo } from './test-repo.test-helper.ts';

const INC1 = incidentPath('INC-2026-0001');
const INC2 = incidentPath('INC-2026-0002');
const INC3 = incidentPath('INC-2026-0003');

describe('the index as the next commit holds it', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createTestRepo();
  });
  afterEach(() => repo.cleanup());

  it('before the first commit, every staged path is added and nothing is compared', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    repo.write('records/.gitkeep', '');
    repo.git('add', '-A');
    expect(await stagedPaths(repo.root)).toEqual([{ file: 'records/.gitkeep', status: 'added' }, { file: INC1, status: 'added' }]);
    expect(await stagedRecordChanges(repo.root, await stagedPaths(repo.root))).toEqual([{ file: INC1, status: 'added' }]);
  });

  it('lists the staged changes against HEAD only, never an unstaged edit or an untracked file', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    repo.write(INC2, incidentYaml('INC-2026-0002'));
    const created = repo.commit('起票', '2026-11-02T10:00:00+09:00');
    repo.write(INC1, incidentYaml('INC-2026-0001', { severity: 'S2' }));
    repo.git('add', '--', INC1);
    repo.write(INC1, incidentYaml('INC-2026-0001', { severity: 'S1' }));
    repo.git('rm', '-q', '--', INC2);
    repo.write(INC3, incidentYaml('INC-2026-0003'));
    expect(await stagedPaths(repo.root)).toEqual([
      { file: INC1, status: 'modified' },
      { file: INC2, status: 'deleted' },
    ]);
    expect(await indexFiles(repo.root, 'records')).toEqual([INC1]);
    expect(await stagedRecordChanges(repo.root, await stagedPaths(repo.root))).toEqual([
      { file: INC1, status: 'modified', before: incidentYaml('INC-2026-0001'), createdIn: `${created} 2026-11-02 佐藤 美咲` },
      { file: INC2, status: 'deleted', before: incidentYaml('INC-2026-0002'), createdIn: `${created} 2026-11-02 佐藤 美咲` },
    ]);
  });

  it('names the commit of an earlier record whose id a staged record reuses', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    const created = repo.commit('起票', '2026-11-02T10:00:00+09:00');
    repo.remove(INC1);
    repo.commit('削除', '2026-11-03T10:00:00+09:00');
    repo.write(INC1, incidentYaml('INC-2026-0001', { severity: 'S2' }));
    repo.git('add', '-A');
    expect(await stagedRecordChanges(repo.root, await stagedPaths(repo.root))).toEqual([{ file: INC1, status: 'added', reusedFrom: `${created} 2026-11-02 佐藤 美咲` }]);
  });

  it('writes the staged text, not the working tree, into another folder', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    repo.commit('起票', '2026-11-02T10:00:00+09:00');
    repo.write(INC1, incidentYaml('INC-2026-0001', { severity: 'S2' }));
    repo.git('add', '--', INC1);
    repo.write(INC1, incidentYaml('INC-2026-0001', { severity: 'S1' }));
    const into = mkdtempSync(path.join(tmpdir(), 'unyo-index-'));
    try {
      await checkoutStaged(repo.root, [INC1], into);
      expect(readFileSync(path.join(into, INC1), 'utf8')).toBe(incidentYaml('INC-2026-0001', { severity: 'S2' }));
      expect(readFileSync(path.join(repo.root, INC1), 'utf8')).toBe(incidentYaml('INC-2026-0001', { severity: 'S1' }));
    } finally {
      rmSync(into, { recursive: true, force: true });
    }
  });

  it('refuses to compare in a shallow clone', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    repo.commit('起票', '2026-11-02T10:00:00+09:00');
    repo.write(INC2, incidentYaml('INC-2026-0002'));
    repo.commit('起票', '2026-11-03T10:00:00+09:00');
    const clone = shallowClone(repo);
    try {
      await expect(stagedRecordChanges(clone, [{ file: INC1, status: 'modified' }])).rejects.toBeInstanceOf(ShallowCloneError);
    } finally {
      rmSync(path.dirname(clone), { recursive: true, force: true });
    }
  });

  it('finds the pre-commit hook where git looks for it, core.hooksPath included', async () => {
    expect(await hookPath(repo.root, 'pre-commit')).toBe(path.join(repo.root, '.git', 'hooks', 'pre-commit'));
    repo.git('config', 'core.hooksPath', '.githooks');
    expect(await hookPath(repo.root, 'pre-commit')).toBe(path.join(repo.root, '.githooks', 'pre-commit'));
    expect(await hookPath(tmpdir(), 'pre-commit')).toBeUndefined();
  });
});
