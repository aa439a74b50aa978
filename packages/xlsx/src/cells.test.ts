import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth, jstWallClock, looksLikeFormula } from './cells.ts';

describe('jstWallClock, whatever the machine time zone', () => {
  it.each([
    ['2026-11-27T09:30+09:00', 'datetime', '2026-11-27T09:30:00.000Z'],
    ['2026-11-27T09:30:15+09:00', 'datetime', '2026-11-27T09:30:15.000Z'],
    ['2026-11-27T09:30', 'datetime', '2026-11-27T09:30:00.000Z'],
    ['2026-11-27T15:00Z', 'datetime', '2026-11-28T00:00:00.000Z'],
    ['2026-12-31T23:30+09:00', 'date', '2026-12-31T00:00:00.000Z'],
    ['2026-12-31T15:30Z', 'date', '2027-01-01T00:00:00.000Z'],
    ['2028-02-29', 'date', '2028-02-29T00:00:00.000Z'],
  ] as const)('%s as %s is %s', (iso, type, wall) => expect(jstWallClock(iso, type)?.toISOString()).toBe(wall));

  it.each(['2026-11-31', '2026-11-27T24:00+09:00', '2026/11/27', 'あした', ''])('refuses %j', (iso) => expect(jstWallClock(iso, 'datetime')).toBeUndefined());

  it('reads a Date as an instant', () => expect(jstWallClock(new Date('2026-11-27T00:30:00Z'), 'datetime')?.toISOString()).toBe('2026-11-27T09:30:00.000Z'));
});

describe('widths and formulas', () => {
  it.each([
    ['ID', 2],
    ['受付日時', 8],
    ['ＡＢ', 4],
    ['ｱｲｳ', 3],
    ['○×', 4],
    ['一行目\n二', 6],
  ])('%j is %i wide', (text, width) => expect(displayWidth(text)).toBe(width));

  it('fits between 6 and 60', () => {
    expect(fitWidth(['ID'])).toBe(6);
    expect(fitWidth(['件名', '図書館'.repeat(20)])).toBe(60);
  });

  it.each([
    ['=1', true],
    ['+81 3', true],
    ['-', true],
    ['@x', true],
    ['\tx', true],
    ['a=b', false],
    ['＝全角', false],
  ])('%j looks like a formula: %s', (text, yes) => expect(looksLikeFormula(text)).toBe(yes));
});
