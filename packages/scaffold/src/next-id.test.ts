import { describe, expect, it } from 'vitest';
import { nextRecordId, recordPath } from './next-id.ts';

describe('nextRecordId', () => {
  it.each([
    ['incident', '2026-11-28', [], 'INC-2026-0001'],
    ['incident', '2026-11-28', ['INC-2026-0041', 'INC-2026-0009', 'INC-2025-0100', 'INQ-2026-0500'], 'INC-2026-0042'],
    ['incident', '2027-01-04', ['INC-2026-0041'], 'INC-2027-0001'],
    ['job-run', '2026-11-28', ['JOB-2026-3293'], 'JOB-2026-3294'],
    ['daily-check', '2026-11-28', ['DC-2026-11-27'], 'DC-2026-11-28'],
  ] as const)('%s on %s after %j is %s', (kind, date, ids, expected) => {
    expect(nextRecordId(kind, date, ids)).toBe(expected);
  });

  it('places a record by the year and month of its time', () => {
    expect(recordPath('incident', '2026-12-01T00:10:00+09:00', 'INC-2026-0042')).toBe('records/incident/2026/12/INC-2026-0042.yaml');
  });
});
