import { describe, expect, it } from 'vitest';
import { createProblem } from './create.ts';
import { formatProblemsGithub, formatProblemsText } from './format.ts';

const problem = createProblem(
  'period-unknown',
  { file: 'runbooks/a/002-x.md', line: 6, column: 9, excerpt: 'period: 毎日' },
  { text: '毎日', term: '毎日' },
);

describe('formatting problems', () => {
  it('prints file:line:col, the code, a code frame and the hint', () => {
    expect(formatProblemsText([problem])).toMatchInlineSnapshot(`
      "runbooks/a/002-x.md:6:9  period-unknown  周期「毎日」は要件にない表記です。
        6 | period: 毎日
          |         ^
        → 日次・週次・月次・3か月に1回程度・半年に1回・年次・随時・蔵書点検時 のいずれかを書いてください。複数は「／」（全角）で区切り（例: 月次／随時）、周期のない分類行は「－」です。"
    `);
  });

  it('escapes GitHub annotation properties and data', () => {
    const p = { ...problem, file: 'a,b:c.md', message: '100% です\n次' };
    expect(formatProblemsGithub([p])).toBe(
      `::error file=a%2Cb%3Ac.md,line=6,col=9,title=period-unknown 要件にない周期::100%25 です%0A次%0A${p.hint}`,
    );
  });
});
