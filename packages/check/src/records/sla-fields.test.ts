import { describe, expect, it } from 'vitest';
import { codes, incident, modified, OPEN_TIMELINE, RECEIVED } from './append-only.test-helper.ts';

describe('what the SLA clocks read changes only with a correction, even while the incident is open', () => {
  it('refuses a silent change of severity on an open incident, at the field', () => {
    const found = modified(incident(), incident({ severity: 'S2' }));
    expect(codes(found)).toEqual(['sla-field-changed']);
    expect(found[0]).toContain('severity');
  });

  it('accepts the change with a correction that says what it was', () => {
    expect(modified(incident(), incident({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3', reason: '全館に影響が広がったため' }] }))).toEqual([]);
  });

  it('refuses it with a correction whose was is false', () => {
    expect(codes(modified(incident(), incident({ severity: 'S2', corrections: [{ field: 'severity', was: 'S4' }] })))).toContain('correction-was-wrong');
  });

  it('still lets an open incident grow by events', () => {
    const later = { at: '2026-11-02T11:00:00+09:00', type: 'first-report', note: '館へ第一報。' };
    expect(modified(incident(), incident({ timeline: [...OPEN_TIMELINE, later] }))).toEqual([]);
  });

  it('refuses a moved start (the at of the record)', () => {
    const moved = incident().replace(`at: ${RECEIVED.at}`, 'at: 2026-11-02T10:30:00+09:00');
    expect(moved).not.toBe(incident());
    expect(codes(modified(incident(), moved))).toEqual(['sla-field-changed']);
  });
});
