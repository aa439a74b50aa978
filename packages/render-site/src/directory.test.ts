import { describe, expect, it } from 'vitest';
import { createDirectory } from './directory.ts';

describe('the directory of names', () => {
  const settings = {
    sites: [],
    devices: [],
    backupJobs: [],
    people: [{ id: 'op-sato', name: '田中 美咲', role: 'operator' as const, active: true, formerNames: [{ name: '佐藤 美咲', until: '2026-11-30' }] }],
  };
  const dir = createDirectory(settings, [], [], new Map());

  it('names a person as they were named on the record’s date, and by the current name otherwise', () => {
    expect(dir.person('op-sato', '2026-11-10T09:00:00+09:00')).toBe('佐藤 美咲');
    expect(dir.person('op-sato', '2026-12-01T09:00:00+09:00')).toBe('田中 美咲');
    expect(dir.person('op-sato')).toBe('田中 美咲');
    expect(dir.person('op-nobody')).toBeUndefined();
  });
});
