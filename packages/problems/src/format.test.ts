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

  it('puts the caret under the column as a terminal shows Japanese text (two cells a character), tabs kept', () => {
    const p = { ...problem, line: 3, column: 6, excerpt: 'title： 印字不良' };
    expect(formatProblemsText([p]).split('\n').slice(1, 3)).toEqual(['  3 | title： 印字不良', '    | ' + ' '.repeat(5) + '^']);
    const wide = { ...problem, line: 4, column: 6, excerpt: '\t件名：レシート' };
    // Before the column: a tab, then 件名： (three full-width characters, six cells), then レ (two cells).
    expect(formatProblemsText([wide]).split('\n')[2]).toBe('    | \t' + ' '.repeat(8) + '^');
  });

  it('escapes GitHub annotation properties and data', () => {
    const p = { ...problem, file: 'a,b:c.md', message: '100% です\n次' };
    expect(formatProblemsGithub([p])).toBe(
      `::error file=a%2Cb%3Ac.md,line=6,col=9,title=period-unknown 要件にない周期::100%25 です%0A次%0A${p.hint}`,
    );
  });
});
