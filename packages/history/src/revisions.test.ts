import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headCommit, revisionHistory } from './revisions.ts';
import { ITO, SATO, createTestRepo, type TestRepo } from './test-repo.test-helper.ts';

const A = 'runbooks/management/incident/001-incident-management.md';
const B = 'runbooks/operations/failure/052-incident-intake.md';

describe('revisionHistory', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createTestRepo();
  });
  afterEach(() => repo.cleanup());

  const hash = (rev: string) => repo.git('rev-parse', rev).trim();

  it('lists the commits of each file newest first, from one git log; other folders and unasked files do not count', async () => {
    repo.write(A, '# 1\n');
    repo.write(B, '# 52\n');
    repo.commit('runbook を追加', '2026-11-02T10:00:00+09:00');
    repo.write('records/incident/2026/11/INC-2026-0001.yaml', 'id: x\n');
    repo.commit('記録だけの変更', '2026-11-03T10:00:00+09:00');
    repo.write(B, '# 52 障害受付\n');
    repo.commit('受付の手順を直す', '2026-11-04T09:30:00+09:00', ITO);

    const history = await revisionHistory(repo.root, [A, B, 'runbooks/never-committed.md']);
    expect(history.get(A)).toEqual([{ date: '2026-11-02T10:00:00+09:00', author: SATO.name, subject: 'runbook を追加', commit: hash('HEAD~2') }]);
    expect(history.get(B)).toEqual([
      { date: '2026-11-04T09:30:00+09:00', author: ITO.name, subject: '受付の手順を直す', commit: hash('HEAD') },
      { date: '2026-11-02T10:00:00+09:00', author: SATO.name, subject: 'runbook を追加', commit: hash('HEAD~2') },
    ]);
    expect(history.get('runbooks/never-committed.md')).toEqual([]);
    expect([...history.keys()]).toEqual([A, B, 'runbooks/never-committed.md']);
  });

  it('gives empty histories in a repo without commits', async () => {
    repo.write(A, '# 1\n');
    expect(await revisionHistory(repo.root, [A])).toEqual(new Map([[A, []]]));
    expect(await headCommit(repo.root)).toBeUndefined();
  });

  it('headCommit is HEAD with its committer date', async () => {
    repo.write(A, '# 1\n');
    repo.commit('初版', '2026-11-28T13:22:11+09:00');
    expect(await headCommit(repo.root)).toEqual({ commit: hash('HEAD'), date: '2026-11-28T13:22:11+09:00' });
  });
});

describe('outside git', () => {
  it('gives empty histories and no HEAD', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unyo-nogit-'));
    try {
      expect(await revisionHistory(dir, [A])).toEqual(new Map([[A, []]]));
      expect(await headCommit(dir)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
