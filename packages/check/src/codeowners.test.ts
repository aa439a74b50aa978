import { describe, expect, it } from 'vitest';
import { codeownersText, codeownersUpToDate } from './codeowners.ts';

const PEOPLE = [
  { id: 'pm-a', role: 'pm' as const, git: ['A', 'a@example.jp'], active: true },
  { id: 'se-b', role: 'se' as const, github: 'b-se', git: ['B'], active: true },
  { id: 'op-c', role: 'operator' as const, git: ['c@example.jp'], active: true },
  { id: 'op-d', role: 'operator' as const, git: ['d@example.jp'], active: false },
  { id: 'op-e', role: 'operator' as const, git: ['E only a name'], active: true },
];

describe('CODEOWNERS from the people settings', () => {
  it('owns runbooks and SLA by SEs and the PM, records by operators and SEs, settings by the PM; the specific lines last', () => {
    const lines = codeownersText(PEOPLE).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toEqual(['/settings/ a@example.jp', '/runbooks/ a@example.jp @b-se', '/settings/sla.yaml a@example.jp @b-se', '/records/ @b-se c@example.jp']);
  });

  it('says so when a role has nobody, rather than writing a line without owners', () => {
    expect(codeownersText([PEOPLE[2]!])).toContain('# /settings/（該当する担当者がいません）');
  });

  it('reports a committed file that no longer matches, and nothing when there is none or it matches', () => {
    expect(codeownersUpToDate(undefined, PEOPLE)).toEqual([]);
    expect(codeownersUpToDate(codeownersText(PEOPLE), PEOPLE)).toEqual([]);
    const stale = codeownersUpToDate(codeownersText(PEOPLE), [...PEOPLE, { id: 'se-f', role: 'se' as const, github: 'f', active: true }]);
    expect(stale.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual(['.github/CODEOWNERS:1:1 codeowners-stale']);
  });
});
