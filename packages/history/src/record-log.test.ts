import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordLog } from './record-log.ts';
import { ITO, SATO, createTestRepo, incidentPath, incidentYaml, type TestRepo } from './test-repo.test-helper.ts';

const INC1 = incidentPath('INC-2026-0001');
const INC2 = incidentPath('INC-2026-0002');

describe('recordLog', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createTestRepo();
  });
  afterEach(() => repo.cleanup());

  const hash = (rev: string) => repo.git('rev-parse', rev).trim();

  it('lists every commit that added, changed or deleted the record, oldest first, in any folder and as .yml too', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    repo.write(INC2, incidentYaml('INC-2026-0002'));
    repo.commit('INC-2026-0001, 0002 を起票', '2026-11-02T10:00:00+09:00');
    repo.write(INC1, incidentYaml('INC-2026-0001', { severity: 'S2' }));
    repo.write(INC2, incidentYaml('INC-2026-0002', { severity: 'S2' }));
    repo.commit('重大度を見直し', '2026-11-03T09:30:00+09:00', ITO);
    repo.write('runbooks/operation/README.md', '# 運用\n');
    repo.commit('記録以外の変更', '2026-11-04T09:00:00+09:00');
    repo.remove(INC1);
    repo.commit('INC-2026-0001 を削除', '2026-11-05T18:00:00+09:00', ITO);
    const reused = 'records/incident/2026/10/INC-2026-0001.yml';
    repo.write(reused, incidentYaml('INC-2026-0001', { at: '2026-10-20T10:00:00+09:00' }));
    repo.commit('INC-2026-0001 を10月に起票し直す', '2026-11-06T08:15:00+09:00');

    const by = (person: typeof SATO) => ({ author: person.name, email: person.email });
    expect(await recordLog(repo.root, 'INC-2026-0001')).toEqual([
      { commit: hash('HEAD~4'), date: '2026-11-02T10:00:00+09:00', ...by(SATO), subject: 'INC-2026-0001, 0002 を起票', status: 'A', file: INC1 },
      { commit: hash('HEAD~3'), date: '2026-11-03T09:30:00+09:00', ...by(ITO), subject: '重大度を見直し', status: 'M', file: INC1 },
      { commit: hash('HEAD~1'), date: '2026-11-05T18:00:00+09:00', ...by(ITO), subject: 'INC-2026-0001 を削除', status: 'D', file: INC1 },
      { commit: hash('HEAD'), date: '2026-11-06T08:15:00+09:00', ...by(SATO), subject: 'INC-2026-0001 を10月に起票し直す', status: 'A', file: reused },
    ]);
  });

  it('lists only the record asked for, not one whose id merely contains it, nor uncommitted changes', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    repo.write(incidentPath('INC-2026-00010'), incidentYaml('INC-2026-00010'));
    repo.write(incidentPath('XINC-2026-0001'), incidentYaml('XINC-2026-0001'));
    repo.commit('起票', '2026-11-02T10:00:00+09:00');
    repo.write(INC1, incidentYaml('INC-2026-0001', { closed: true }));
    expect(await recordLog(repo.root, 'INC-2026-0001')).toEqual([
      expect.objectContaining({ commit: hash('HEAD'), status: 'A', file: INC1 }),
    ]);
  });

  it('returns nothing for an id that was never committed', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    repo.commit('起票', '2026-11-02T10:00:00+09:00');
    expect(await recordLog(repo.root, 'INC-2026-0099')).toEqual([]);
  });

  // Fails at the time of writing: git log exits 128 ("does not have any commits yet") and the GitError
  // escapes, so `unyo log` in a new repo reports an internal error instead of "no history".
  it('returns nothing in a repo with no commit yet', async () => {
    repo.write(INC1, incidentYaml('INC-2026-0001'));
    expect(await recordLog(repo.root, 'INC-2026-0001')).toEqual([]);
  });
});
