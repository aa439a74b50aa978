import { describe, expect, it } from 'vitest';
import { dailyCheckAnomalies, importDailyCheck, thresholdsFor, type DeviceSettings } from './index.ts';

const SETTINGS: DeviceSettings = {
  thresholds: { cpu: 70 },
  devices: [
    { id: 'db01', name: 'DB', type: 'server', site: 'central', role: 'DB', monitored: true, thresholds: { disk: 90 } },
    { id: 'ap01', name: 'AP', type: 'server', site: 'central', role: 'AP', monitored: true },
    { id: 'sw01', name: 'SW', type: 'network', site: 'central', role: 'LAN', monitored: false },
  ],
  backupJobs: [{ id: 'bk1', name: 'full', device: 'db01' }],
};
const at = '2026-11-28T08:00:00+09:00';
const sample = (device: string, metric: string, value: number | string, when = at) => ({ device, metric, value, at: when });

describe('thresholdsFor', () => {
  it('takes the device over the file over the defaults', () => {
    expect(thresholdsFor('db01', SETTINGS)).toEqual({ cpu: 70, memory: 85, disk: 90 });
    expect(thresholdsFor('ap01', SETTINGS)).toEqual({ cpu: 70, memory: 85, disk: 80 });
  });
});

describe('importDailyCheck', () => {
  it('takes the latest value of the day, derives the state, and leaves what no export gave empty', () => {
    const samples = [
      sample('db01', 'alive', 1), sample('db01', 'cpu', 95, '2026-11-28T06:00:00+09:00'), sample('db01', 'cpu', 20),
      sample('db01', 'disk', 85), sample('db01', 'memory', 50),
      sample('ap01', 'cpu', 99, '2026-11-27T08:00:00+09:00'),
    ];
    const result = importDailyCheck('2026-11-28', [{ file: 'a.csv', format: 'csv', sha256: 'x'.repeat(64), samples }], SETTINGS);
    expect(result.servers).toEqual([
      { device: 'db01', alive: true, cpu: 20, memory: 50, disk: 85, state: 'ok', source: 'a.csv' },
      { device: 'ap01', alive: null, cpu: null, memory: null, disk: null, state: null },
    ]);
    expect(result.uncovered).toEqual({ servers: ['ap01'], backups: ['bk1'], signatures: [] });
    expect(result.sources[0]).toMatchObject({ from: '2026-11-27T08:00:00+09:00', to: at, samples: 6 });
  });

  it('marks a server beyond a threshold as warning and one that does not answer as error', () => {
    const samples = [sample('db01', 'alive', 1), sample('db01', 'memory', 90), sample('ap01', 'alive', 0)];
    const { servers } = importDailyCheck('2026-11-28', [{ file: 'a.csv', format: 'csv', sha256: 'x'.repeat(64), samples }], SETTINGS);
    expect(servers.map((s) => s.state)).toEqual(['warning', 'error']);
    expect(dailyCheckAnomalies({ servers }, SETTINGS).map((a) => [a.subject, a.what, a.explained])).toEqual([
      ['db01', 'メモリ 90%（しきい値 85%）、状態 warning', false],
      ['ap01', '応答なし、状態 error', false],
    ]);
  });
});

describe('dailyCheckAnomalies', () => {
  it('counts a note or an incident as the explanation, and judges backups, pattern files and terminals', () => {
    const anomalies = dailyCheckAnomalies(
      {
        servers: [{ device: 'ap01', alive: true, cpu: 71, state: 'ok', incident: 'INC-2026-0001' }],
        backups: [{ job: 'bk1', result: 'not-run' }],
        signatures: [{ device: 'av01', version: '1.2', current: false, note: '配信元に確認中' }],
        terminals: [{ site: 'central', started: 58, total: 60 }, { site: 'aoba', started: 22, total: 22 }],
      },
      SETTINGS,
    );
    expect(anomalies.map((a) => [a.path.join('.'), a.explained])).toEqual([['servers.0', true], ['backups.0', false], ['signatures.0', true], ['terminals.0', false]]);
    expect(anomalies[3]!.what).toBe('端末 2 台が起動せず（58/60）');
  });
});
