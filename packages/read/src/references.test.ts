import { SlaSchema } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { extractReferences, lookupReference, replaceReferences, slaVersionOn } from './references.ts';

const metric = (id: string, kind: string, severity?: string) => ({
  id,
  name: id,
  kind,
  ...(severity ? { severity } : {}),
  clock: '24x365',
  target: { within: { amount: 30, unit: 'minutes' }, threshold: 'all' },
  period: 'half-year',
  items: [1],
});
const SLA = SlaSchema.parse({
  versions: [
    { version: '1', effectiveFrom: '2026-04-01', note: '初版', metrics: [metric('incident-first-report-s1', 'incident-first-report', 'S1')] },
    {
      version: '2',
      effectiveFrom: '2027-04-01',
      note: '改定',
      metrics: [
        metric('incident-first-report-s1', 'incident-first-report', 'S1'),
        { ...metric('monthly-report', 'report-before-meeting'), target: { threshold: 'all' }, report: { officeDayOfNextMonth: 5, officeDaysBeforeMeeting: 3, rule: 'earlier' } },
      ],
    },
  ],
});

describe('extractReferences', () => {
  it('finds references with their file line and column, outside code', () => {
    const body = ['', '- 第一報は {{sla:incident-first-report-s1}} に行う。{{timing}}', '`{{sla:x}}` は書式の例', '```', '{{sla:y}}', '```', '{{ 未知 }} と {{sla:}}'].join('\n');
    expect(extractReferences(body, 20)).toEqual([
      { raw: '{{sla:incident-first-report-s1}}', name: 'sla', arg: 'incident-first-report-s1', line: 21, column: 8, excerpt: '- 第一報は {{sla:incident-first-report-s1}} に行う。{{timing}}' },
      { raw: '{{timing}}', name: 'timing', line: 21, column: 45, excerpt: '- 第一報は {{sla:incident-first-report-s1}} に行う。{{timing}}' },
      { raw: '{{ 未知 }}', name: '未知', line: 26, column: 1, excerpt: '{{ 未知 }} と {{sla:}}' },
      { raw: '{{sla:}}', name: 'sla:', line: 26, column: 12, excerpt: '{{ 未知 }} と {{sla:}}' },
    ]);
  });

  it('replaces references and leaves code and unrendered ones as they are', () => {
    const body = 'A {{timing}} `{{timing}}` {{sla:x}}';
    expect(replaceReferences(body, (r) => (r.name === 'timing' ? '毎週月曜日' : undefined))).toBe('A 毎週月曜日 `{{timing}}` {{sla:x}}');
  });
});

describe('lookupReference', () => {
  const v2 = slaVersionOn(SLA);
  it('shows the version in force on a date, or the last one', () => {
    expect(slaVersionOn(SLA, '2026-11-30')?.version).toBe('1');
    expect(v2?.version).toBe('2');
  });
  it.each([
    [{ name: 'timing' }, 'timing'],
    [{ name: 'sla', arg: 'incident-first-report-s1' }, 'sla'],
    [{ name: 'sla-table', arg: 'incident' }, 'sla-table'],
    [{ name: 'report-deadline', arg: 'monthly' }, 'report-deadline'],
  ])('%j is known', (ref, name) => {
    expect(lookupReference(ref, v2)).toMatchObject({ value: { name } });
  });
  it.each([
    [{ name: 'slaa', arg: 'x' }, { reason: 'name' }],
    [{ name: 'timing', arg: 'x' }, { reason: 'arg-unexpected' }],
    [{ name: 'sla' }, { reason: 'arg-missing' }],
    [{ name: 'sla', arg: 'nope' }, { reason: 'arg-unknown', known: ['incident-first-report-s1', 'monthly-report'] }],
    [{ name: 'sla-table', arg: 'inquiry' }, { reason: 'arg-unknown', known: ['incident'] }],
    [{ name: 'report-deadline', arg: 'daily' }, { reason: 'arg-unknown', known: ['monthly'] }],
  ])('%j is refused: %j', (ref, failure) => {
    expect(lookupReference(ref, v2)).toEqual(failure);
  });
  it('says when there is no sla.yaml to look in', () => {
    expect(lookupReference({ name: 'sla', arg: 'x' }, undefined)).toEqual({ reason: 'no-sla' });
    expect(lookupReference({ name: 'report-deadline', arg: 'monthly' }, slaVersionOn(SLA, '2026-11-30'))).toEqual({ reason: 'arg-unknown', known: ['monthly'] });
  });
});
