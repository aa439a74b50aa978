import { describe, expect, it } from 'vitest';
import { normalise } from './pii-normalise.ts';
import { luhn } from './pii-numbers.ts';
import { findPersonalData, maskLine } from './pii-scan.ts';

/** Inputs that make a backtracking pattern slow, each repeated to `size` characters. */
const HOSTILE = [
  'a', // the old e-mail pattern tried every start: quadratic on letters without an @
  'a.',
  'a@',
  'a@a.',
  '0-',
  '0 ',
  '1234 ',
  '(0)',
  '+81-',
  '山',
  '山様',
  '氏名:',
  ' at ',
  '[at]',
  'ｔａｒｏ＠',
  '㈱',
  '\u200b',
  'あいうえお 山田 abc 123 ',
];
const hostile = (size: number) => HOSTILE.map((unit) => unit.repeat(Math.ceil(size / HOSTILE.length / unit.length))).join('\n');

const fastest = (text: string, runs: number) => {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    findPersonalData(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

describe('findPersonalData', () => {
  it('screens a 1 MiB value in linear time', () => {
    const small = hostile(100 * 1024);
    const large = hostile(1024 * 1024);
    fastest(small, 2); // warm up the JIT
    const tSmall = fastest(small, 3);
    const tLarge = fastest(large, 2);
    console.log(`personal-data screening: 100 KiB ${tSmall.toFixed(0)} ms, 1 MiB ${tLarge.toFixed(0)} ms`);
    // Generous bounds for a shared, noisy machine: 1 MiB under 10 s, and about ten times 100 KiB
    // (a quadratic scan would take a hundred times as long; 30× plus slack allows for noise).
    expect(tLarge).toBeLessThan(10_000);
    expect(tLarge).toBeLessThan(30 * tSmall + 250);
  });

  it('screens each hostile pattern at 1 MiB well within bounds', () => {
    for (const unit of HOSTILE) {
      const start = performance.now();
      findPersonalData(unit.repeat(Math.ceil((1024 * 1024) / unit.length)));
      expect({ unit, fast: performance.now() - start < 10_000 }).toEqual({ unit, fast: true });
    }
  });

  it('maps findings after characters whose normal form has another length back to the original', () => {
    const text = '㈱\u200b㍻、山田様 ０９０－１２３４－５６７８';
    const [name, phone] = findPersonalData(text);
    expect(text.slice(name?.start, name?.end)).toBe('山田');
    expect(text.slice(phone?.start, phone?.end)).toBe('０９０－１２３４－５６７８');
    expect(phone?.masked).toBe('***－****－５６７８');
  });

  it('normalises one character at a time, with an origin for each', () => {
    const { text, origin } = normalise('㈱０３\u3000ｰ\u200b−x');
    expect(text).toBe('(株)03 ー-x');
    expect([...origin]).toEqual([0, 0, 0, 1, 2, 3, 4, 6, 7, 8]);
  });

  it('checks Luhn', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });

  it('masks a line character for character, separators kept', () => {
    expect(maskLine('電話 03-1234-5678 山田様', [[3, 15], [16, 18]])).toBe('電話 **-****-**** ＊＊様');
  });
});
