import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, type StoredRecordKind } from './records/index.ts';
import { referenceAt } from './references.ts';

describe('referenceAt: what a record field refers to, as its schema says', () => {
  it.each<[StoredRecordKind, (string | number)[], string | undefined]>([
    ['incident', ['by'], 'person'],
    ['incident', ['timeline', 3, 'by'], 'person'],
    ['incident', ['corrections', 0, 'by'], 'person'],
    ['incident', ['corrections', 0, 'field'], undefined],
    ['incident', ['source', 'site'], 'site'],
    ['incident', ['source', 'device'], 'device'],
    ['incident', ['sites', 1], 'site'],
    ['incident', ['devices', 0], 'device'],
    ['incident', ['items', 0], 'item'],
    ['incident', ['problems', 0], 'record'],
    ['incident', ['id'], undefined],
    ['incident', ['title'], undefined],
    ['daily-check', ['servers', 0, 'device'], 'device'],
    ['daily-check', ['servers', 0, 'incident'], 'record'],
    ['daily-check', ['backups', 0, 'job'], 'job'],
    ['daily-check', ['terminals', 2, 'site'], 'site'],
    ['daily-check', ['servers', 0, 'source'], undefined],
    ['change', ['approval', 'by'], undefined],
    ['change', ['approval', 'minutes'], 'record'],
    ['change', ['review', 'by'], 'person'],
    ['change', ['documents', 0, 'item'], 'item'],
    ['configuration', ['cause'], 'record'],
    ['configuration', ['device'], 'device'],
    ['minutes', ['attendees', 'vendor', 0], 'person'],
    ['minutes', ['attendees', 'library', 0], undefined],
    ['minutes', ['agenda', 0, 'subject'], undefined],
    ['minutes', ['decisions', 0, 'refs', 0], 'record'],
    ['minutes', ['decisions', 0, 'items', 0], 'item'],
    ['minutes', ['actions', 0, 'owner'], 'person'],
    ['minutes', ['related', 0], 'record'],
    ['report', ['subject'], 'record'],
    ['report', ['submittedBy'], 'person'],
    ['report', ['acknowledgement', 'by'], undefined],
    ['report', ['to'], undefined],
    ['job-run', ['with', 0], 'person'],
    ['job-run', ['deliverables', 0, 'to'], undefined],
    ['job-run', ['counts', '抽出件数'], undefined],
    ['patch', ['targets', 0], 'device'],
    ['request', ['reviewedBy'], 'person'],
    ['shift', ['assignments', 0, 'person'], 'person'],
    ['shift', ['assignments', 0, 'shift'], undefined],
    ['shift', ['items', 0], 'item'],
    ['incident', ['nosuchfield'], undefined],
    ['incident', ['timeline', 'x'], undefined],
  ])('%s %j → %s', (kind, path, target) => {
    expect(referenceAt(RECORD_SCHEMAS[kind], path)).toBe(target);
  });
});
