import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestSamples, parseMonitoringCsv, parseZabbix } from './index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('parseMonitoringCsv', () => {
  it('reads the 2026-11-28 fixture and keeps the latest sample per device and metric', () => {
    const { samples, problems } = parseMonitoringCsv(fixture('2026-11-28.csv'));
    expect(problems).toEqual([]);
    const latest = latestSamples(samples, '2026-11-28');
    expect(latest.filter((s) => s.metric === 'backup')).toHaveLength(6);
    expect(latest.find((s) => s.device === 'ap01' && s.metric === 'alive')).toMatchObject({ value: 1, at: '2026-11-28T08:30:00+09:00' });
  });
  it('handles RFC 4180 quoting and reports line and column in Japanese', () => {
    const { samples, problems } = parseMonitoringCsv('device,metric,value,at\nap01,state,"warn, ""slow""",2026-11-28T08:00:00+09:00\nap01,cpu,120,2026-11-28T08:00:00+09:00\n');
    expect(samples[0]!.value).toBe('warn, "slow"');
    expect(problems).toEqual([{ line: 3, column: 10, message: 'cpu の値「120」は 0〜100 の数（%）で書いてください。' }]);
  });
  it('requires the header', () => {
    expect(parseMonitoringCsv('ap01,cpu,1,2026-11-28T08:00:00+09:00\n').problems[0]).toMatchObject({ line: 1, column: 1 });
  });
});

describe('parseZabbix', () => {
  it('maps history.get rows through item.get to devices and metrics', () => {
    const { samples, problems } = parseZabbix({ history: fixture('history.get.json'), items: fixture('item.get.json') }, [{ device: 'ap01', hostid: '10084', items: {} }]);
    expect(problems).toEqual([]);
    const latest = latestSamples(samples, '2026-11-28');
    expect(latest.find((s) => s.metric === 'cpu')).toEqual({ device: 'ap01', metric: 'cpu', value: 15.25, at: '2026-11-28T08:30:00+09:00' });
    expect(latest.map((s) => s.metric).sort()).toEqual(['alive', 'cpu', 'disk', 'memory']);
  });
  it('maps by itemid from settings without item.get, and reports a JSON path', () => {
    const { samples } = parseZabbix({ history: fixture('history.get.json') }, [{ device: 'db01', items: { cpu: '23296' } }]);
    expect(samples.every((s) => s.device === 'db01' && s.metric === 'cpu')).toBe(true);
    expect(parseZabbix({ history: '{"result":[{"clock":"1"}]}' }, []).problems[0]!.path).toBe('$.result[0].itemid');
  });
});
