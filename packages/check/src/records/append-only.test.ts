import fc from 'fast-check';
import type { LoadedRecord } from '@unyo/read';
import { describe, expect, it } from 'vitest';
import { checkAppendOnly, isClosed, type HistoryChange } from './append-only.ts';
import {
  CLOSED,
  CLOSED_TIMELINE,
  CREATED,
  FILE,
  ID,
  NOTE,
  OPEN_TIMELINE,
  RECEIVED,
  RESTORED,
  TRIAGE,
  brief,
  closedWith,
  codes,
  incident,
  load,
  modified,
  type Correction,
} from './append-only.test-helper.ts';

/**
 * The rules are pure: a change carries the text at the base (as @unyo/history reads it from git) and
 * the current record is parsed from text here. The same rules against a real repository are tested
 * in packages/cli/src/append-only.test.ts.
 */


describe('checkAppendOnly: deleted and added records', () => {
  it('reports a deleted record, naming its id and the commit that created it', () => {
    const problems = checkAppendOnly([{ file: FILE, status: 'deleted', before: incident(), createdIn: CREATED }], []);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        code: 'record-deleted',
        title: '記録の削除',
        message: '記録 INC-2026-0001 が削除されています（作成: abc1234 2026-11-02 佐藤 美咲）。',
        hint: '記録は証跡なので削除できません。誤りは corrections に訂正として追記してください。',
      },
    ]);
  });

  it('reports a deleted record whose creating commit is unknown', () => {
    const problems = checkAppendOnly([{ file: 'records/incident/2026/11/INC-2026-0002.yml', status: 'deleted' }], []);
    expect(problems.map(brief)).toEqual(['records/incident/2026/11/INC-2026-0002.yml:1:1 record-deleted 記録 INC-2026-0002 が削除されています（作成: 不明なコミット）。']);
  });

  it('reports an added record whose id was used before, at its id', () => {
    const file = `records/incident/2026/10/${ID}.yaml`;
    const problems = checkAppendOnly([{ file, status: 'added', reusedFrom: CREATED }], [load(incident(), file)]);
    expect(problems.map(brief)).toEqual([`${file}:1:5 record-id-reused 記録 id INC-2026-0001 は以前に使われています（作成: abc1234 2026-11-02 佐藤 美咲）。`]);
    expect(problems[0]?.excerpt).toBe(`id: ${ID}`);
  });

  it('reports a reused id even when the new file fails its schema', () => {
    const file = `records/incident/2026/10/${ID}.yaml`;
    const problems = checkAppendOnly([{ file, status: 'added', reusedFrom: CREATED }], []);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)).toEqual([`${file}:1:1 record-id-reused`]);
  });

  it('accepts a new record with a new id', () => {
    expect(checkAppendOnly([{ file: FILE, status: 'added' }], [load(incident())])).toEqual([]);
  });
});

describe('checkAppendOnly: open records', () => {
  it('accepts events appended to an open incident, up to and including its closing', () => {
    expect(modified(incident(), incident({ timeline: [...OPEN_TIMELINE, RESTORED] }))).toEqual([]);
    expect(modified(incident(), incident({ timeline: CLOSED_TIMELINE }))).toEqual([]);
  });

  it('reports a timeline event whose time was rewritten, at the event', () => {
    const rewritten = incident({ timeline: [RECEIVED, { ...TRIAGE, at: '2026-11-02T10:05:00+09:00' }] });
    expect(modified(incident(), rewritten)).toEqual([
      `${FILE}:19:5 timeline-rewritten 記録 INC-2026-0001 の timeline[1] が書き換えられたか削除されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('reports a removed timeline event, and every event that moved up in its place', () => {
    const before = incident({ timeline: [RECEIVED, TRIAGE, RESTORED] });
    expect(modified(before, incident({ timeline: [RECEIVED, TRIAGE] }))).toEqual([
      `${FILE}:15:3 timeline-rewritten 記録 INC-2026-0001 の timeline[2] が書き換えられたか削除されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
    // The event that moved up is named as moved: a removal is never excused, whatever the corrections say.
    expect(modified(before, incident({ timeline: [RECEIVED, RESTORED] }))).toEqual([
      `${FILE}:19:5 timeline-rewritten 記録 INC-2026-0001 の timeline[1] が書き換えられたか削除されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
      `${FILE}:19:5 timeline-reordered 記録 INC-2026-0001 の timeline[1] に、元は timeline[2] だった事象が移っています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('accepts a rewritten event with a correction whose field names it', () => {
    const rewritten = { ...TRIAGE, at: '2026-11-02T10:05:00+09:00' };
    const corrected = incident({ timeline: [RECEIVED, rewritten], corrections: [{ field: 'timeline[1].at', was: TRIAGE.at }] });
    expect(modified(incident(), corrected)).toEqual([]);
  });

  // Fails at the time of writing: a correction is matched to the whole event (covers() checks the
  // prefix `timeline[1]`), so naming `timeline[1].at` also lets the event's note be rewritten, and
  // the old note, which `was` does not hold, is lost from the record.
  it("does not let a correction of an event's time excuse a rewrite of its note", () => {
    const rewritten = { ...TRIAGE, at: '2026-11-02T10:05:00+09:00', note: '端末の故障と判断。' };
    const corrected = incident({ timeline: [RECEIVED, rewritten], corrections: [{ field: 'timeline[1].at', was: TRIAGE.at }] });
    expect(codes(modified(incident(), corrected))).toEqual(['timeline-rewritten']);
  });

  it.each([
    ['another event', 'timeline[0].at'],
    ['an event whose index starts the same', 'timeline[10].at'],
    ['the event index alone, without brackets', 'timeline.1'],
    ['another top-level field', 'severity'],
  ])('does not accept a rewritten event with a correction naming %s (%s)', (_, field) => {
    // The correction itself is refused too: the value it names did not change.
    const corrected = incident({ timeline: [RECEIVED, { ...TRIAGE, note: '端末の故障と判断。' }], corrections: [{ field, was: 'x' }] });
    expect(codes(modified(incident(), corrected))).toEqual(['correction-unchanged', 'timeline-rewritten']);
  });
});

describe('checkAppendOnly: closed records', () => {
  it('reports a changed field of a closed incident, at the field', () => {
    expect(modified(closedWith(), closedWith({ severity: 'S2' }))).toEqual([
      `${FILE}:11:11 closed-record-changed クローズ済みの記録 INC-2026-0001 の severity が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('accepts the same change with a correction whose field names it', () => {
    expect(modified(closedWith(), closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3' }] }))).toEqual([]);
  });

  it('names every changed field that no correction covers', () => {
    const after = closedWith({ severity: 'S2', title: 'OPAC 端末1台が起動しない', corrections: [{ field: 'severity', was: 'S3' }] });
    expect(modified(closedWith(), after)).toEqual([
      `${FILE}:6:8 closed-record-changed クローズ済みの記録 INC-2026-0001 の title が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
    const both = closedWith({ severity: 'S2', title: 'OPAC 端末1台が起動しない' });
    expect(modified(closedWith(), both)).toEqual([
      `${FILE}:6:8 closed-record-changed クローズ済みの記録 INC-2026-0001 の title, severity が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('reports the change when the correction names another field', () => {
    const after = closedWith({ severity: 'S2', corrections: [{ field: 'category', was: 'hardware' }] });
    expect(codes(modified(closedWith(), after))).toEqual(['correction-unchanged', 'closed-record-changed']);
  });

  it('reports an event appended to a closed incident', () => {
    const reopened = closedWith({ timeline: [...CLOSED_TIMELINE, NOTE] });
    expect(modified(closedWith(), reopened)).toEqual([
      `${FILE}:15:3 closed-record-changed クローズ済みの記録 INC-2026-0001 の timeline[4] が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  it('accepts an event appended to a closed incident with a correction that names the new element', () => {
    const reopened = [...CLOSED_TIMELINE, NOTE];
    expect(modified(closedWith(), closedWith({ timeline: reopened, corrections: [{ field: 'timeline[4]', was: '' }] }))).toEqual([]);
  });

  // Failed before issue 11: a correction naming the whole `timeline` excused any change to it.
  it('does not accept a correction that names the whole timeline', () => {
    const reopened = [...CLOSED_TIMELINE, NOTE];
    expect(modified(closedWith(), closedWith({ timeline: reopened, corrections: [{ field: 'timeline', was: '' }] }))).toEqual([
      `${FILE}:38:12 correction-field-not-leaf corrections[0] の field「timeline」は一覧か項目のまとまり全体を指しています。`,
      `${FILE}:15:3 closed-record-changed クローズ済みの記録 INC-2026-0001 の timeline[4] が変更されています（作成: abc1234 2026-11-02 佐藤 美咲）。`,
    ]);
  });

  // Fails at the time of writing: covers() lets any `timeline[N]…` correction cover the key `timeline`,
  // so correcting one event's time also lets new events be appended to a closed incident unnamed.
  it('does not let a correction of one event excuse an event appended to a closed incident', () => {
    const timeline = [RECEIVED, { ...TRIAGE, at: '2026-11-02T10:05:00+09:00' }, RESTORED, CLOSED, NOTE];
    const after = closedWith({ timeline, corrections: [{ field: 'timeline[1].at', was: TRIAGE.at }] });
    expect(codes(modified(closedWith(), after))).toEqual(['closed-record-changed']);
  });

  it('reports a rewritten event of a closed incident, and accepts it with a correction', () => {
    const timeline = [RECEIVED, { ...TRIAGE, at: '2026-11-02T10:05:00+09:00' }, RESTORED, CLOSED];
    expect(codes(modified(closedWith(), closedWith({ timeline })))).toEqual(['timeline-rewritten']);
    expect(modified(closedWith(), closedWith({ timeline, corrections: [{ field: 'timeline[1].at', was: TRIAGE.at }] }))).toEqual([]);
  });

  it('does not let a correction already at the base excuse a new change', () => {
    const before = closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3' }] });
    const after = closedWith({ severity: 'S1', corrections: [{ field: 'severity', was: 'S3' }] });
    expect(codes(modified(before, after))).toEqual(['closed-record-changed']);
  });

  it('accepts corrections appended after the earlier ones', () => {
    const before = closedWith({ severity: 'S2', corrections: [{ field: 'severity', was: 'S3' }] });
    const after = closedWith({ severity: 'S1', corrections: [{ field: 'severity', was: 'S3' }, { field: 'severity', was: 'S2' }] });
    expect(modified(before, after)).toEqual([]);
  });
});

describe('checkAppendOnly: corrections', () => {
  const first: Correction = { field: 'severity', was: 'S3' };
  const before = closedWith({ severity: 'S2', corrections: [first] });
  const correctionsLine = `${FILE}:32:3`;

  it('reports a rewritten correction, at the corrections', () => {
    expect(modified(before, closedWith({ severity: 'S2', corrections: [{ ...first, reason: '別の理由。' }] }))).toEqual([
      `${correctionsLine} correction-rewritten 記録 INC-2026-0001 の既存の corrections が書き換えられたか削除されています。`,
    ]);
  });

  it('does not let a rewritten correction hide the changes made beside it', () => {
    const after = closedWith({ severity: 'S1', corrections: [{ field: 'severity', was: 'S2' }] });
    expect(codes(modified(before, after))).toEqual(['correction-rewritten', 'closed-record-changed']);
  });

  it('reports a removed correction', () => {
    const after = closedWith({ severity: 'S2', corrections: [{ field: 'title', was: 'OPAC' }] });
    expect(codes(modified(before, after))).toEqual(['correction-rewritten']);
    expect(codes(modified(incident({ corrections: [first] }), incident()))).toEqual(['correction-rewritten']);
  });
});

describe('checkAppendOnly: what it leaves to other checks', () => {
  it('skips a modified record that no longer passes its schema (the schema check reports it)', () => {
    expect(checkAppendOnly([{ file: FILE, status: 'modified', before: incident(), createdIn: CREATED }], [])).toEqual([]);
  });

  it('skips a modified record whose text at the base is not YAML', () => {
    expect(checkAppendOnly([{ file: FILE, status: 'modified', before: 'id: [', createdIn: CREATED }], [load(incident())])).toEqual([]);
  });
});

describe('isClosed', () => {
  it.each([
    [{ kind: 'incident', timeline: [{ type: 'received' }] }, false],
    [{ kind: 'incident', timeline: [{ type: 'received' }, { type: 'closed' }] }, true],
    [{ kind: 'incident' }, false],
    [{ kind: 'inquiry' }, false],
    [{ kind: 'inquiry', closedAt: '2026-11-02T15:00:00+09:00' }, true],
    [{ kind: 'request', closedAt: '2026-11-02T15:00:00+09:00' }, true],
    [{ kind: 'change' }, false],
    [{ kind: 'problem', status: 'known-error' }, false],
    [{ kind: 'problem', status: 'closed' }, true],
    [{ kind: 'problem', status: 'resolved', closedAt: '2026-11-02T15:00:00+09:00' }, true],
    [{ kind: 'minutes' }, false],
    [{ kind: 'minutes', approvedAt: '2026-11-02T15:00:00+09:00' }, true],
    [{ kind: 'daily-check' }, true],
    [{ kind: 'job-run' }, true],
    [{ kind: 'patch' }, true],
    [{ kind: 'configuration' }, true],
  ])('%j is closed: %s', (record, closed) => {
    expect(isClosed(record)).toBe(closed);
  });
});

describe('checkAppendOnly, for any records', () => {
  const ids = fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 1, maxLength: 10 }).map((ns) => ns.map((n) => `INC-2026-${String(n).padStart(4, '0')}`));
  const fileOf = (id: string) => `records/incident/2026/11/${id}.yaml`;
  const loaded = new Map<string, LoadedRecord>();
  const loadOnce = (id: string) => {
    const record = loaded.get(id) ?? load(incident({ id }), fileOf(id));
    loaded.set(id, record);
    return record;
  };

  it('never accepts a deleted record: one record-deleted per deleted file, naming its id, whatever else changed', () => {
    const scenario = ids.chain((all) =>
      fc.record({
        deleted: fc.subarray(all, { minLength: 1 }),
        all: fc.constant(all),
        // The records that stay are unchanged, rewritten with the same text, or new.
        others: fc.array(fc.constantFrom<HistoryChange['status'] | 'same'>('modified', 'added', 'same'), { minLength: all.length, maxLength: all.length }),
        // Whether the (stale) record list still holds the deleted files too.
        stale: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ deleted, all, others, stale }) => {
        const kept = all.filter((id) => !deleted.includes(id));
        const changes: HistoryChange[] = [
          ...deleted.map((id) => ({ file: fileOf(id), status: 'deleted' as const, before: incident({ id }), createdIn: CREATED })),
          ...kept.flatMap((id, i): HistoryChange[] => {
            const status = others[i] ?? 'same';
            if (status === 'same') return [];
            return [status === 'added' ? { file: fileOf(id), status } : { file: fileOf(id), status, before: incident({ id }), createdIn: CREATED }];
          }),
        ];
        const records = (stale ? all : kept).map(loadOnce);
        const problems = checkAppendOnly(changes, records);
        expect(problems.map((p) => [p.code, p.file, p.message])).toEqual(
          deleted.map((id) => ['record-deleted', fileOf(id), `記録 ${id} が削除されています（作成: ${CREATED}）。`]),
        );
      }),
    );
  });
});
