import { describe, expect, it } from 'vitest';
import { instant } from '@unyo/schema';
import { CLOSED, CLOSED_TIMELINE, FILE, RECEIVED, RESTORED, TRIAGE, closedWith, codes, incident, modified, type Correction } from './append-only.test-helper.ts';

/**
 * Corrections held against the record's history (issue 11, part 1). Each case of the issue is a row
 * here: before, a correction naming the whole `timeline` with an empty `was`, a false `was` and a
 * correction dated before the record was opened all passed.
 */

const NOW = instant('2026-11-30T00:00:00+09:00');
const check = (before: string, after: string, versions?: string[]) => modified(before, after, { now: NOW, ...(versions ? { versions } : {}) });

describe('a correction is held against the value it replaced', () => {
  it('accepts a correction of a leaf whose was is the value at the base', () => {
    expect(check(closedWith(), closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3' }] }))).toEqual([]);
  });

  // Failed before issue 11: any `was` passed.
  it('refuses a false was, naming the value it replaced, at the was', () => {
    expect(check(closedWith(), closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S1' }] }))).toEqual([
      `${FILE}:35:10 correction-was-wrong corrections[0] の was は「S1」ですが、訂正前の severity は「S3」でした。`,
      `${FILE}:11:11 closed-record-changed クローズ済みの記録 INC-2026-0001 の severity が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('refuses an empty was for a value that was there', () => {
    const after = closedWith({ timeline: [RECEIVED, { ...TRIAGE, note: '端末の故障。' }, RESTORED, CLOSED], corrections: [{ field: 'timeline[1].note', was: '' }] });
    expect(codes(check(closedWith(), after))).toEqual(['correction-was-wrong', 'timeline-rewritten']);
  });

  // Failed before issue 11: this replaced a closed incident's whole timeline by two events.
  it('refuses a correction naming the whole timeline, and reports every event it would hide', () => {
    const replaced = closedWith({ timeline: [RECEIVED, CLOSED], corrections: [{ field: 'timeline', was: '' }] });
    expect(codes(check(closedWith(), replaced))).toEqual(['correction-field-not-leaf', 'timeline-rewritten', 'timeline-rewritten', 'timeline-reordered']);
  });

  it.each([
    ['an existing event as a whole', 'timeline[1]', 'correction-field-not-leaf'],
    ['a mapping', 'source', 'correction-field-not-leaf'],
    ['a path that is not one', 'timeline[1]at', 'correction-field-invalid'],
    ['an empty key', 'timeline..at', 'correction-field-invalid'],
    ['a field that did not change', 'title', 'correction-unchanged'],
  ])('refuses a correction naming %s (%s)', (_, field, code) => {
    const after = closedWith({ timeline: [RECEIVED, { ...TRIAGE, at: '2026-11-02T10:05:00+09:00' }, RESTORED, CLOSED], corrections: [{ field, was: TRIAGE.at }] });
    expect(codes(check(closedWith(), after))).toEqual([code, 'timeline-rewritten']);
  });

  it('accepts a value added where there was none, with was ""', () => {
    const reopened = [...CLOSED_TIMELINE, { at: '2026-11-03T09:00:00+09:00', type: 'note', note: '再発の連絡。' }];
    expect(check(closedWith(), closedWith({ timeline: reopened, corrections: [{ field: 'timeline[4]', was: '' }] }))).toEqual([]);
    expect(codes(check(closedWith(), closedWith({ timeline: reopened, corrections: [{ field: 'timeline[4]', was: 'x' }] })))).toEqual([
      'correction-was-wrong',
      'closed-record-changed',
    ]);
  });
});

describe('a correction is dated within the life of the record', () => {
  const corrected = (at: string) => closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3', at }] });

  // Failed before issue 11: a correction dated before the record was opened passed.
  it('refuses a correction dated before the record was opened, at its at', () => {
    expect(check(closedWith(), corrected('2026-11-01T09:00:00+09:00'))).toEqual([
      `${FILE}:32:9 correction-at-out-of-range corrections[0] の at（2026-11-01T09:00:00+09:00）が、記録の日時（2026-11-02T10:00:00+09:00）より前か、現在より後です。`,
      `${FILE}:11:11 closed-record-changed クローズ済みの記録 INC-2026-0001 の severity が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('refuses a correction dated after now, and accepts one at the record\'s own time and at now', () => {
    expect(codes(check(closedWith(), corrected('2026-12-01T09:00:00+09:00')))).toEqual(['correction-at-out-of-range', 'closed-record-changed']);
    expect(check(closedWith(), corrected('2026-11-02T10:00:00+09:00'))).toEqual([]);
    expect(check(closedWith(), corrected('2026-11-30T00:00:00+09:00'))).toEqual([]);
  });
});

describe('removing or reordering timeline events is never excused', () => {
  /** A correction for every field of the events at `indexes`, each with the value it replaced: all honest, one by one. */
  const everyField = (indexes: number[]): Correction[] =>
    indexes.flatMap((i) => {
      const event = CLOSED_TIMELINE[i] ?? RECEIVED;
      return [
        { field: `timeline[${i}].at`, was: event.at },
        { field: `timeline[${i}].type`, was: event.type },
        { field: `timeline[${i}].note`, was: event.note },
      ];
    });

  it('refuses two events swapped, even with every field corrected', () => {
    const swapped = closedWith({ timeline: [RECEIVED, RESTORED, TRIAGE, CLOSED], corrections: everyField([1, 2]) });
    expect(codes(check(closedWith(), swapped))).toEqual(['timeline-reordered', 'timeline-reordered']);
  });

  it('refuses an event removed, even with the events that moved up corrected', () => {
    const removed = closedWith({ timeline: [RECEIVED, RESTORED, CLOSED], corrections: everyField([1, 2]) });
    expect(codes(check(closedWith(), removed))).toEqual(['timeline-reordered', 'timeline-reordered']);
  });

  it('refuses an event inserted before others, even with a correction for the new last one', () => {
    const note = { at: '2026-11-02T12:00:00+09:00', type: 'note', note: '部品を手配。' };
    const inserted = closedWith({ timeline: [RECEIVED, TRIAGE, note, RESTORED, CLOSED], corrections: [...everyField([2, 3]), { field: 'timeline[4]', was: '' }] });
    expect(codes(check(closedWith(), inserted))).toEqual(['timeline-reordered', 'timeline-reordered']);
  });
});

describe('each correction is held against the commit before the one that added it', () => {
  const s2 = closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3' }] });
  const s1 = closedWith({ severity: 'S1', corrections: [{ field: 'severity', was: 'S3' }, { field: 'severity', was: 'S2' }] });

  it('accepts two corrections of one field made in two commits since the base', () => {
    expect(check(closedWith(), s1, [s2])).toEqual([]);
  });

  it('without the commit between, the second is held against the base and refused', () => {
    expect(codes(check(closedWith(), s1))).toEqual(['correction-was-wrong']);
  });

  it('does not let a correction excuse a change made to the same field in a later commit', () => {
    const later = closedWith({ severity: 'S1', corrections: [{ field: 'severity', was: 'S3' }] });
    expect(check(closedWith(), later, [s2])).toEqual([
      `${FILE}:11:11 closed-record-changed クローズ済みの記録 INC-2026-0001 の severity が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('refuses a correction added in a later commit than the change it claims to explain', () => {
    const silently = closedWith({ severity: 'S2' });
    const explained = closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3' }] });
    expect(codes(check(closedWith(), explained, [silently]))).toEqual(['correction-unchanged', 'closed-record-changed']);
  });
});

describe('open records', () => {
  it('verifies corrections on an open record too', () => {
    const rewritten = incident({ timeline: [RECEIVED, { ...TRIAGE, at: '2026-11-02T10:05:00+09:00' }], corrections: [{ field: 'timeline[1].at', was: '2026-11-02T10:00:00+09:00' }] });
    expect(codes(check(incident(), rewritten))).toEqual(['correction-was-wrong', 'timeline-rewritten']);
  });
});
