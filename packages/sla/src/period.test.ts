import { describe, expect, it } from 'vitest';
import { isInterim, parseSlaPeriod } from './period.ts';

describe('parseSlaPeriod', () => {
  it.each([
    ['2026-11', { kind: 'month', label: '2026年11月', from: '2026-11-01', to: '2026-11-30' }],
    ['2028-02', { kind: 'month', label: '2028年2月', from: '2028-02-01', to: '2028-02-29' }],
    ['2026H1', { kind: 'half-year', label: '2026年度上期', from: '2026-04-01', to: '2026-09-30' }],
    ['2026H2', { kind: 'half-year', label: '2026年度下期', from: '2026-10-01', to: '2027-03-31' }],
    ['FY2026', { kind: 'fiscal-year', label: '2026年度', from: '2026-04-01', to: '2027-03-31' }],
  ])('%s', (text, expected) => {
    expect(parseSlaPeriod(text)).toEqual({ id: text, ...expected });
  });

  it.each(['2026-13', '2026-1', '2026H3', 'FY26', '2026', '２０２６-11', ''])('refuses %j', (text) => {
    expect(parseSlaPeriod(text)).toBeUndefined();
  });

  it('calls a month interim for a half-yearly verdict, not the half-year itself', () => {
    expect(isInterim(parseSlaPeriod('2026-11')!, 'half-year')).toBe(true);
    expect(isInterim(parseSlaPeriod('2026H2')!, 'half-year')).toBe(false);
    expect(isInterim(parseSlaPeriod('FY2026')!, 'half-year')).toBe(false);
  });
});
