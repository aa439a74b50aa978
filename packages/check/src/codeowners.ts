import { createProblem, type Problem } from '@unyo/problems';
import type { Person } from '@unyo/schema';
import { CODEOWNERS_FILE } from '@unyo/workspace';

/** How a person is named in CODEOWNERS: @github-user, else their e-mail address among `git`; none without either. */
const ownerOf = (p: Pick<Person, 'github' | 'git'>): string | undefined => (p.github ? `@${p.github}` : p.git?.find((g) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(g)));

/**
 * .github/CODEOWNERS from settings/people.yaml, by role: runbooks and the SLA definitions need an SE or
 * the PM (item 100: a runbook change is reviewed by the maintenance side), records an operator or an
 * SE, the other settings the PM. Active people only. GitHub applies the last matching line, so the
 * specific lines come after the general ones.
 */
export function codeownersText(people: readonly Pick<Person, 'id' | 'role' | 'github' | 'git' | 'active'>[]): string {
  const active = people.filter((p) => p.active !== false);
  const owners = (roles: readonly Person['role'][]) =>
    active
      .filter((p) => roles.includes(p.role))
      .map(ownerOf)
      .filter((o): o is string => o !== undefined)
      .join(' ');
  const line = (pattern: string, roles: readonly Person['role'][]) => {
    const who = owners(roles);
    return who === '' ? `# ${pattern}（該当する担当者がいません）` : `${pattern} ${who}`;
  };
  return [
    '# 生成したファイルです（npx unyo codeowners --write）。settings/people.yaml の役割から作るため、手で編集しないでください。',
    '# GitHub は最後に一致した行を使います。',
    '',
    '# 設定: PM',
    line('/settings/', ['pm']),
    '# 手順書・サービスレベル定義: SE・PL・PM（項番 100: 手順書の変更は維持管理側がレビュー）',
    line('/runbooks/', ['se', 'pl', 'pm']),
    line('/settings/sla.yaml', ['se', 'pl', 'pm']),
    '# 記録: オペレーター・SE・PL',
    line('/records/', ['operator', 'se', 'pl']),
    '',
  ].join('\n');
}

/** A committed CODEOWNERS that no longer matches the people settings is a problem (absent: not checked). */
export function codeownersUpToDate(committed: string | undefined, people: Parameters<typeof codeownersText>[0]): Problem[] {
  if (committed === undefined || committed === codeownersText(people)) return [];
  return [createProblem('codeowners-stale', { file: CODEOWNERS_FILE, line: 1, column: 1 })];
}
