import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trackedSymlinks } from './record-modes.ts';
import { createTestRepo, incidentPath, incidentYaml, type TestRepo } from './test-repo.test-helper.ts';

describe('trackedSymlinks', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createTestRepo();
  });
  afterEach(() => repo.cleanup());

  it('finds nothing when records/ holds real folders and files', async () => {
    repo.write(incidentPath('INC-2026-0001'), incidentYaml('INC-2026-0001'));
    repo.write('evidence/link-target.yaml', 'x: 1\n');
    repo.symlink('settings/link.yaml', '../evidence/link-target.yaml');
    repo.commit('起票', '2026-11-02T10:00:00+09:00');
    expect(await trackedSymlinks(repo.root)).toEqual([]);
  });

  // Failed before issue 11: a symlink named records, committed, passed in a fresh clone.
  it('finds records/ itself committed as a link (mode 120000), in the index and at HEAD', async () => {
    repo.write(incidentPath('INC-2026-0001').replace(/^records/, 'elsewhere'), incidentYaml('INC-2026-0001'));
    repo.symlink('records', 'elsewhere');
    repo.commit('records を移す', '2026-11-02T10:00:00+09:00');
    expect(await trackedSymlinks(repo.root)).toEqual([{ path: 'records', in: 'index' }]);
    // Replaced in the working tree and the index, but HEAD still holds the link.
    repo.git('rm', '-q', '--cached', 'records');
    expect(await trackedSymlinks(repo.root)).toEqual([{ path: 'records', in: 'HEAD' }]);
  });

  it('reads the index a hook of `git commit -a` is given (GIT_INDEX_FILE), not the ordinary one', async () => {
    repo.write(incidentPath('INC-2026-0001'), incidentYaml('INC-2026-0001'));
    repo.commit('起票', '2026-11-02T10:00:00+09:00');
    const temporary = path.join(repo.root, '.git', 'index.commit-a');
    copyFileSync(path.join(repo.root, '.git', 'index'), temporary);
    repo.write('elsewhere/INC-2026-0002.yaml', incidentYaml('INC-2026-0002'));
    repo.symlink('records/incident/2026/11/INC-2026-0002.yaml', '../../../../elsewhere/INC-2026-0002.yaml');
    execFileSync('git', ['add', 'records'], { cwd: repo.root, env: { ...process.env, GIT_INDEX_FILE: temporary } });
    expect(await trackedSymlinks(repo.root)).toEqual([]);
    const saved = process.env['GIT_INDEX_FILE'];
    process.env['GIT_INDEX_FILE'] = temporary;
    try {
      expect(await trackedSymlinks(repo.root)).toEqual([{ path: 'records/incident/2026/11/INC-2026-0002.yaml', in: 'index' }]);
    } finally {
      if (saved === undefined) delete process.env['GIT_INDEX_FILE'];
      else process.env['GIT_INDEX_FILE'] = saved;
    }
  });

  it('finds a linked folder and a linked file under records/, staged before the first commit', async () => {
    repo.write('elsewhere/INC-2026-0002.yaml', incidentYaml('INC-2026-0002'));
    repo.symlink('records/incident/2026/11', '../../../elsewhere');
    repo.symlink('records/incident/2026/10/INC-2026-0003.yaml', '../../../../elsewhere/INC-2026-0002.yaml');
    repo.git('add', '-A');
    expect(await trackedSymlinks(repo.root)).toEqual([
      { path: 'records/incident/2026/10/INC-2026-0003.yaml', in: 'index' },
      { path: 'records/incident/2026/11', in: 'index' },
    ]);
  });

  it('finds nothing outside a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unyo-nogit-'));
    try {
      expect(await trackedSymlinks(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
