import { describe, expect, it } from 'vitest';
import type { Settings } from '@unyo/read';
import type { Io } from './io.ts';
import { askQuestion, withChoices } from './prompts.ts';

const settings = {
  sites: [
    { id: 'central', name: '中央図書館', type: 'central', staffed: true, terminals: 30 },
    { id: 'aoba', name: '青葉図書館', type: 'branch', staffed: true, terminals: 8 },
  ],
} as unknown as Settings;

const io = (answers: string[], choose?: Io['choose']) => {
  const errors: string[] = [];
  const asked: string[] = [];
  const value: Io = {
    cwd: '.',
    stdout: () => undefined,
    stderr: (t) => errors.push(t),
    ask: async (q) => {
      asked.push(q);
      return answers.shift() ?? '';
    },
    ...(choose ? { choose } : {}),
  };
  return { io: value, errors, asked };
};

describe('the questions of unyo new', () => {
  it('offers the sites of the settings, and for an incident one without a site', () => {
    const q = withChoices('incident', 'site', '申告元の館', settings);
    expect(q.choices?.map((c) => c.value)).toEqual(['central', 'aoba', '']);
    expect(withChoices('inquiry', 'site', '問い合わせ元の館', settings).choices?.map((c) => c.value)).toEqual(['central', 'aoba']);
  });

  it('accepts a site typed as its name, its id or its number, full-width too, and refuses another with the list', () => {
    const accept = withChoices('incident', 'site', '申告元の館', settings).accept;
    expect(accept?.('青葉図書館')).toEqual({ value: 'aoba' });
    expect(accept?.('aoba')).toEqual({ value: 'aoba' });
    expect(accept?.('２')).toEqual({ value: 'aoba' });
    const refused = accept?.('青葉館');
    expect(refused).toMatchObject({ error: expect.stringContaining('「青葉館」は選べません') });
    expect(refused && 'error' in refused ? refused.error : '').toContain('2. 青葉図書館（aoba）');
  });

  it('accepts a severity as S3 or 3 (its number), a category by its Japanese name', () => {
    expect(withChoices('incident', 'severity', '重要度', settings).accept?.('S3')).toEqual({ value: 'S3' });
    expect(withChoices('incident', 'severity', '重要度', settings).accept?.('3')).toEqual({ value: 'S3' });
    expect(withChoices('incident', 'category', '分類', settings).accept?.('ハードウェア')).toEqual({ value: 'hardware' });
  });

  it('asks a typed value again until the check accepts it, saying why', async () => {
    const t = io(['2026/12/1', '2026-12-10']);
    expect(await askQuestion(t.io, withChoices('request', 'deadline', '期限', settings))).toBe('2026-12-10');
    expect(t.asked).toHaveLength(2);
    expect(t.errors.join('')).toContain('「2026/12/1」は日付ではありません');
  });

  it('lists the choices in the question when the terminal cannot show a list', async () => {
    const t = io(['1']);
    expect(await askQuestion(t.io, withChoices('inquiry', 'site', '問い合わせ元の館', settings))).toBe('central');
    expect(t.asked[0]).toBe('問い合わせ元の館（1. 中央図書館　2. 青葉図書館）: ');
  });

  it('picks from the list where the terminal shows one', async () => {
    const offered: string[][] = [];
    const t = io([], async (_q, choices) => {
      offered.push(choices.map((c) => c.label));
      return choices[1]?.value ?? '';
    });
    expect(await askQuestion(t.io, withChoices('incident', 'severity', '重要度', settings))).toBe('S2');
    expect(offered[0]).toEqual(['S1 重大', 'S2 高', 'S3 中', 'S4 低']);
  });

  it('leaves a field open on an empty answer, and checks the project numbers of a job run', async () => {
    expect(await askQuestion(io(['']).io, withChoices('job-run', 'items', '項番', settings))).toBeUndefined();
    const t = io(['102', '68、70']);
    expect(await askQuestion(t.io, withChoices('job-run', 'items', '項番', settings))).toBe('68,70');
    expect(t.errors.join('')).toContain('「102」は運用項目の項番');
  });
});
