import { ChangeSchema, SlaMetricSchema, instant, type Change, type SlaMetric } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { calendar, incident, inquiry, minutes, sites, slaOf } from './_test-records.ts';
import { evaluateSla, type EvaluateInput } from './evaluate.ts';
import { formatSlaReport } from './format-report.ts';

const NOW = instant('2026-11-30T23:00:00+09:00');
const evaluate = (sla: EvaluateInput['sla'], records: EvaluateInput['records'], now = NOW) => evaluateSla({ sla, period: '2026-11', records, calendar, sites, items: [], now });
const metric = (m: Partial<SlaMetric> & Pick<SlaMetric, 'id' | 'kind' | 'clock' | 'target'>): SlaMetric => SlaMetricSchema.parse({ name: m.id, period: 'half-year', items: [60], ...m });

describe('on-site arrival (現地到着)', () => {
  const onsite = metric({ id: 'incident-onsite-arrival', kind: 'incident-onsite-arrival', severities: ['S1', 'S2'], clock: '24x365', target: { within: { amount: 2, unit: 'hours' }, threshold: 'all' } });
  const sla = slaOf(['1', '2026-04-01', [onsite]]);

  it.each([
    ['arrived after 1 h 30 min: met', 'S2', [['onsite-request', '2026-11-24T09:55'], ['onsite-arrival', '2026-11-24T11:25']], 'met', 90],
    ['arrived after 2 h 10 min: breach', 'S1', [['onsite-request', '2026-11-24T22:00'], ['onsite-arrival', '2026-11-25T00:10']], 'breach', 130],
    ['not arrived by now, 2 h passed: breach', 'S2', [['onsite-request', '2026-11-30T20:00']], 'breach', 180],
  ] as const)('%s', (_name, severity, events, status, used) => {
    const record = incident({ id: 'INC-2026-0931', severity, sites: ['aoba'], received: '2026-11-24T09:00', events: events.map(([t, at]) => [t, at]) });
    expect(evaluate(sla, [record]).metrics[0]!.rows).toEqual([expect.objectContaining({ id: 'INC-2026-0931', status, measuredMinutes: used, targetMinutes: 120 })]);
  });

  it('measures only incidents with an on-site request, of the severities listed', () => {
    const records = [
      incident({ id: 'INC-2026-0932', severity: 'S2', sites: ['aoba'], received: '2026-11-24T09:00', events: [['restored', '2026-11-24T10:00']] }),
      incident({ id: 'INC-2026-0933', severity: 'S3', sites: ['aoba'], received: '2026-11-24T09:00', events: [['onsite-request', '2026-11-24T09:30'], ['onsite-arrival', '2026-11-25T09:30']] }),
    ];
    expect(evaluate(sla, records).metrics[0]).toMatchObject({ verdict: '対象なし', rows: [] });
  });
});

describe('change completion (変更・リリースの予定内完了)', () => {
  const completion = metric({ id: 'change-completion', kind: 'change-completion', clock: '24x365', target: { threshold: 95 }, items: [5, 6] });
  const change = (id: string, result?: [string, NonNullable<Change['result']>['outcome']]): Change =>
    ChangeSchema.parse({
      id,
      kind: 'change',
      items: [5],
      at: '2026-11-20T11:00:00+09:00',
      by: 'se-yoshida',
      title: `${id} の変更`,
      type: 'change',
      content: 'テスト',
      risk: 'low',
      window: { from: '2026-11-25T19:30:00+09:00', to: '2026-11-25T21:00:00+09:00' },
      rollback: '戻す',
      ...(result ? { result: { at: `${result[0]}:00+09:00`, by: 'se-yoshida', outcome: result[1], note: '結果' } } : {}),
    });

  it.each([
    ['a success by the end of the window', change('CHG-2026-0901', ['2026-11-25T20:50', 'success']), 'met', undefined],
    ['a success 35 minutes after the window', change('CHG-2026-0902', ['2026-11-25T21:35', 'success']), 'breach', undefined],
    ['a rollback within the window', change('CHG-2026-0903', ['2026-11-25T20:30', 'rolled-back']), 'breach', '切り戻し'],
    ['no result once the window has passed', change('CHG-2026-0904'), 'breach', '未完了'],
  ] as const)('%s: %s', (_name, record, status, note) => {
    const row = evaluate(slaOf(['1', '2026-04-01', [completion]]), [record]).metrics[0]!.rows[0]!;
    expect(row).toMatchObject({ status, deadline: '2026-11-25T21:00:00+09:00' });
    expect(row.note).toBe(note);
  });

  it('keeps a change without result open until its window ends', () => {
    const report = evaluate(slaOf(['1', '2026-04-01', [completion]]), [change('CHG-2026-0904')], instant('2026-11-25T20:00:00+09:00'));
    expect(report.metrics[0]!.rows[0]).toMatchObject({ status: 'pending' });
  });
});

describe('improvement plans (改善案 10 開庁日)', () => {
  const plan = metric({ id: 'improvement-plan', kind: 'improvement-plan', clock: 'office-hours', target: { within: { amount: 10, unit: 'office-days' }, threshold: 'all' }, items: [14] });
  const answer = (threshold: SlaMetric['target']['threshold']) =>
    metric({ id: 'inquiry-first-answer', kind: 'inquiry-first-answer', clock: 'opening-hours', target: { within: { amount: 1, unit: 'opening-days' }, threshold }, items: [21] });
  // Monday 11-02 10:00 at aoba: due by the close of Tuesday 11-03 (a holiday, open 09:30–17:00); answered on Wednesday: a breach known at 11-03 17:00.
  const late = inquiry({ id: 'INQ-2026-0931', site: 'aoba', at: '2026-11-02T10:00', answer: '2026-11-04T10:00' });
  const onTime = (id: string, day: string) => inquiry({ id, site: 'aoba', at: `${day}T10:00`, answer: `${day}T11:00` });
  const decision = (at: string, status: 'approved' | 'rejected' = 'approved') =>
    minutes({ id: 'MTG-2026-0931', at, decisions: [{ text: '問い合わせの一次回答の体制を見直す。', type: 'improvement', status, refs: ['inquiry-first-answer'] }] });
  const rowsOf = (records: EvaluateInput['records'], threshold: SlaMetric['target']['threshold'] = 'all') =>
    evaluate(slaOf(['1', '2026-04-01', [answer(threshold), plan]]), records).metrics.find((m) => m.id === 'improvement-plan')!.rows;

  it('starts at the first breach of an all-or-nothing metric and stops at the meeting that presents the plan', () => {
    // 10 office days after 11-03 (a holiday): 11-04 … 11-17, due at 17:15 on 11-17.
    expect(rowsOf([late, decision('2026-11-12T14:00')])).toEqual([
      expect.objectContaining({ id: 'inquiry-first-answer', start: '2026-11-03T17:00:00+09:00', deadline: '2026-11-17T17:15:00+09:00', status: 'met', refs: ['MTG-2026-0931'], note: '承認' }),
    ]);
    expect(rowsOf([late, decision('2026-11-19T14:00', 'rejected')])).toEqual([expect.objectContaining({ status: 'breach', note: '差し戻し' })]);
    expect(rowsOf([late], 'all')).toEqual([expect.objectContaining({ status: 'breach', note: '未提示' })]);
  });

  it('starts a percentage metric when its running rate last fell below the threshold', () => {
    // 2 answers on time, then the late one (known 11-03 17:00): 66.7% < 95%.
    const records = [onTime('INQ-2026-0932', '2026-11-01'), late, onTime('INQ-2026-0933', '2026-11-05')];
    // Still below after 11-05 (75%): the start stays at 11-03 17:00.
    expect(rowsOf(records, 95)[0]).toMatchObject({ start: '2026-11-03T17:00:00+09:00' });
    // At 50% the late one alone does not make it 未達成 once the others come: 2 of 3 ≥ 50%.
    expect(rowsOf(records, 50)).toEqual([]);
  });

  it('needs no plan while every metric is 達成', () => {
    expect(rowsOf([onTime('INQ-2026-0932', '2026-11-01')])).toEqual([]);
  });
});

describe('a definition whose clock changes in the period (opening-hours → 24x365)', () => {
  // 2026.1 measures the S3 restoration over aoba's opening hours, 4 hours; 2026.2 from 11-16 over 24 hours, 4 hours.
  const restoration = (clock: SlaMetric['clock']) =>
    metric({ id: 'incident-restoration-s3', name: '障害の復旧（S3 中）', kind: 'incident-restoration', severity: 'S3', clock, target: { within: { amount: 4, unit: 'hours' }, threshold: 'all' }, items: [55] });
  const sla = slaOf(['2026.1', '2026-04-01', [restoration('opening-hours')]], ['2026.2', '2026-11-16', [restoration('24x365')]]);
  const records = [
    // Friday 11-13 17:00 → Saturday 11:00 at aoba: 2 h on Friday (to 19:00) + 1 h 30 min on Saturday = 3 h 30 min of opening hours: met.
    incident({ id: 'INC-2026-0941', severity: 'S3', sites: ['aoba'], received: '2026-11-13T17:00', events: [['restored', '2026-11-14T11:00']] }),
    // Tuesday 11-17 17:00 → Wednesday 11:00: 18 hours of the 24x365 clock, 14 over.
    incident({ id: 'INC-2026-0942', severity: 'S3', sites: ['aoba'], received: '2026-11-17T17:00', events: [['restored', '2026-11-18T11:00']] }),
  ];
  const report = evaluate(sla, records);
  const m = report.metrics[0]!;

  it('gives each version its own part: clock, target, value and verdict', () => {
    expect(m.definitionChanged).toBe(true);
    expect(m.parts).toEqual([
      expect.objectContaining({ version: '2026.1', from: '2026-11-01', to: '2026-11-15', clock: 'opening-hours', targetText: '4開館時間以内、全件', verdict: '達成', rows: 1, measuredText: '1 件中 1 件が目標内（100.0%）' }),
      expect.objectContaining({ version: '2026.2', from: '2026-11-16', to: '2026-11-30', clock: '24x365', targetText: '4時間以内、全件', verdict: '未達成', rows: 1 }),
    ]);
    expect(m.rows.map((r) => [r.id, r.version, r.measuredMinutes, r.status])).toEqual([
      ['INC-2026-0942', '2026.2', 18 * 60, 'breach'],
      ['INC-2026-0941', '2026.1', 210, 'met'],
    ]);
  });

  it('prints each version under its own header, the old rows in opening hours and the new in 24-hour days', () => {
    const text = formatSlaReport(report);
    const block = text.slice(text.indexOf('■ 障害の復旧（S3 中）'));
    expect(block).toContain('  ◇ 定義 2026.1（2026-11-01〜2026-11-15）  達成\n    目標: 4開館時間以内、全件（時計: 開館時間）  実績: 1 件中 1 件が目標内（100.0%）\n      目標内 INC-2026-0941  3時間30分（目標 4時間）');
    expect(block).toContain('  ◇ 定義 2026.2（2026-11-16〜2026-11-30）  未達成\n    目標: 4時間以内、全件（時計: 24時間365日）  実績: 1 件中 0 件が目標内（0.0%）\n      超過   INC-2026-0942  18時間（目標 4時間、14時間超過');
    expect(block.indexOf('INC-2026-0941')).toBeGreaterThan(block.indexOf('定義 2026.1'));
    expect(block.indexOf('INC-2026-0941')).toBeLessThan(block.indexOf('定義 2026.2'));
  });

  it('keeps one block when the version changed but this metric did not', () => {
    const same = evaluate(slaOf(['2026.1', '2026-04-01', [restoration('opening-hours')]], ['2026.2', '2026-11-16', [restoration('opening-hours')]]), records).metrics[0]!;
    expect(same.definitionChanged).toBe(false);
    expect(same.parts.map((p) => p.version)).toEqual(['2026.1', '2026.2']);
    expect(formatSlaReport(evaluate(slaOf(['2026.1', '2026-04-01', [restoration('opening-hours')]], ['2026.2', '2026-11-16', [restoration('opening-hours')]]), records))).not.toContain('◇ 定義');
  });
});
