import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.ts';

describe('parsePeriod', () => {
  it.each([
    ['日次', ['daily']],
    ['週次', ['weekly']],
    ['月次', ['monthly']],
    ['3か月に1回程度', ['quarterly']],
    ['半年に1回', ['half-yearly']],
    ['年次', ['yearly']],
    ['随時', ['on-demand']],
    ['蔵書点検時', ['stock-taking']],
    ['月次／随時', ['monthly', 'on-demand']],
    ['随時／週次', ['on-demand', 'weekly']],
    ['月次／年次', ['monthly', 'yearly']],
    ['－', []],
  ])('%s → %j', (text, kinds) => {
    expect(parsePeriod(text)).toEqual({ ok: true, kinds });
  });

  it.each([
    ['毎日', '毎日'],
    ['月次/随時', '月次/随時'],
    ['月次／毎週', '毎週'],
    ['月次／月次', '月次'],
    ['', ''],
    ['-', '-'],
  ])('refuses %j, naming the term %j', (text, term) => {
    expect(parsePeriod(text)).toEqual({ ok: false, term });
  });
});
