import { instant } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { calendar, incident, inquiry, jobRun, minutes, reportRecord, repoSla, restorationS3, sites, slaOf } from './_test-records.ts';
import { evaluateSla, type EvaluateInput } from './evaluate.ts';

const NOW = instant('2026-11-30T23:00:00+09:00');
const evaluate = (sla: EvaluateInput['sla'], records: EvaluateInput['records'], period = '2026-11', now = NOW) =>
  evaluateSla({ sla, period, records, calendar, sites, items: [], now });

describe('a definition changed in the middle of a period', () => {
  // 2026.1 allows an S3 incident until the close of the next opening day; 2026.2, from 11-15, only 2 opening hours.
  const sla = slaOf(['2026.1', '2026-04-01', [restorationS3({ amount: 1, unit: 'opening-days' })]], ['2026.2', '2026-11-15', [restorationS3({ amount: 2, unit: 'hours' })]]);
  const records = [
    // Friday 11-13 10:00 → 13:00 at aoba: 3 opening hours; allowed until Saturday's close: Fri 10:00–19:00 + Sat 09:30–17:00.
    incident({ id: 'INC-2026-0901', severity: 'S3', sites: ['aoba'], received: '2026-11-13T10:00', events: [['restored', '2026-11-13T13:00']] }),
    // Tuesday 11-17 10:00 → 13:00 at aoba: 3 opening hours, 1 hour over 2026.2's 2 hours.
    incident({ id: 'INC-2026-0902', severity: 'S3', sites: ['aoba'], received: '2026-11-17T10:00', events: [['restored', '2026-11-17T13:00']] }),
  ];

  it('measures each record by the version in force when it started', () => {
    const report = evaluate(sla, records);
    expect(report.versions.map((v) => v.version)).toEqual(['2026.1', '2026.2']);
    const metric = report.metrics[0]!;
    expect(metric.versions).toEqual(['2026.1', '2026.2']);
    expect(metric.rows.map((r) => [r.id, r.version, r.status, r.measuredMinutes, r.targetMinutes, r.overMinutes ?? null, r.deadline])).toEqual([
      ['INC-2026-0902', '2026.2', 'breach', 180, 120, 60, '2026-11-17T12:00:00+09:00'],
      ['INC-2026-0901', '2026.1', 'met', 180, 540 + 450, null, '2026-11-14T17:00:00+09:00'],
    ]);
    expect(metric.verdict).toBe('未達成');
  });

  it('judges by the latest version’s threshold, and each version alone by its own records', () => {
    const lenient = slaOf(['2026.1', '2026-04-01', [restorationS3({ amount: 1, unit: 'opening-days' })]], ['2026.2', '2026-11-15', [restorationS3({ amount: 2, unit: 'hours' }, 50)]]);
    expect(evaluate(lenient, records).metrics[0]).toMatchObject({ verdict: '達成', measured: { total: 2, met: 1, breached: 1, percent: 50 } });
    expect(evaluate(sla, records.slice(0, 1)).metrics[0]).toMatchObject({ verdict: '達成', measured: { total: 1, met: 1 } });
  });

  it('leaves out records that started before the first version', () => {
    const late = slaOf(['2026.2', '2026-11-15', [restorationS3({ amount: 2, unit: 'hours' })]]);
    expect(evaluate(late, records).metrics[0]!.rows.map((r) => r.id)).toEqual(['INC-2026-0902']);
  });
});

describe('incident clocks', () => {
  const metric = (kind: 'incident-first-report' | 'incident-response-start' | 'incident-restoration', workaroundCounts?: boolean) =>
    ({ ...restorationS3({ amount: 4, unit: 'hours' }), id: kind, kind, clock: '24x365', ...(workaroundCounts === undefined ? {} : { workaroundCounts }) }) as const;
  const base = { severity: 'S3' as const, sites: ['aoba'] };

  it('stops the response clock at a workaround when no first-response is recorded', () => {
    const record = incident({ id: 'INC-2026-0903', ...base, received: '2026-11-20T09:00', events: [['first-report', '2026-11-20T09:10'], ['workaround', '2026-11-20T09:40'], ['restored', '2026-11-20T15:00']] });
    const report = evaluate(slaOf(['1', '2026-04-01', [metric('incident-response-start')]]), [record]);
    expect(report.metrics[0]!.rows[0]).toMatchObject({ measuredMinutes: 40, status: 'met' });
  });

  it('counts a workaround as restoration only when the metric says so', () => {
    const record = incident({ id: 'INC-2026-0904', ...base, received: '2026-11-20T09:00', events: [['workaround', '2026-11-20T10:00'], ['restored', '2026-11-20T15:00']] });
    const measured = (counts: boolean) => evaluate(slaOf(['1', '2026-04-01', [metric('incident-restoration', counts)]]), [record]).metrics[0]!.rows[0];
    expect(measured(true)).toMatchObject({ measuredMinutes: 60, status: 'met' });
    expect(measured(false)).toMatchObject({ measuredMinutes: 360, status: 'breach', overMinutes: 120 });
  });

  it('starts at the earlier of detection and receipt', () => {
    // Detected (received event) at 08:31, written up (at) at 08:33.
    const record = { ...incident({ id: 'INC-2026-0905', ...base, received: '2026-11-10T08:31', events: [['first-report', '2026-11-10T08:52']] }), at: '2026-11-10T08:33:00+09:00' };
    expect(evaluate(slaOf(['1', '2026-04-01', [metric('incident-first-report')]]), [record]).metrics[0]!.rows[0]).toMatchObject({
      start: '2026-11-10T08:31:00+09:00',
      measuredMinutes: 21,
    });
  });

  it('keeps an open incident pending until its allowance is used up, then counts it as a breach', () => {
    const record = incident({ id: 'INC-2026-0906', ...base, received: '2026-11-20T09:00' });
    const sla = slaOf(['1', '2026-04-01', [metric('incident-restoration')]]);
    expect(evaluate(sla, [record], '2026-11', instant('2026-11-20T12:00:00+09:00')).metrics[0]).toMatchObject({ verdict: '対象なし', measured: { pending: 1 } });
    expect(evaluate(sla, [record], '2026-11', instant('2026-11-20T14:00:00+09:00')).metrics[0]).toMatchObject({ verdict: '未達成', rows: [{ status: 'breach', overMinutes: 60 }] });
  });

  it('excludes the pauses, and ignores a pause that began after the clock stopped', () => {
    const record = incident({
      id: 'INC-2026-0907',
      ...base,
      received: '2026-11-20T09:00',
      events: [['restored', '2026-11-20T16:00']],
      pauses: [{ from: '2026-11-20T10:00', to: '2026-11-20T13:30' }, { from: '2026-11-20T17:00' }],
    });
    expect(evaluate(slaOf(['1', '2026-04-01', [metric('incident-restoration')]]), [record]).metrics[0]!.rows[0]).toMatchObject({
      measuredMinutes: 7 * 60 - 210,
      status: 'met',
      deadline: '2026-11-20T16:30:00+09:00',
    });
  });
});

describe('the shipped defaults on small cases', () => {
  it('measures an inquiry until the close of the next opening day, and finds the approved improvement', () => {
    const records = [
      inquiry({ id: 'INQ-2026-0901', site: 'aoba', at: '2026-11-14T16:00', answer: '2026-11-15T16:59', closed: '2026-11-15T17:00' }), // Sat → Sun close 17:00
      inquiry({ id: 'INQ-2026-0902', site: 'aoba', at: '2026-11-15T10:00', answer: '2026-11-18T10:00', closed: '2026-11-18T10:30' }), // Sun → Tue close (Mon 施設点検日)
      minutes({ id: 'MTG-2026-0901', at: '2026-11-19T14:00', decisions: [{ text: '一次回答の改善案を承認する。', type: 'improvement', status: 'approved', items: [14, 23] }] }),
    ];
    const answer = evaluate(repoSla, records).metrics.find((m) => m.id === 'inquiry-first-answer')!;
    expect(answer.rows.map((r) => [r.id, r.status, r.deadline])).toEqual([
      ['INQ-2026-0902', 'breach', '2026-11-17T19:00:00+09:00'],
      ['INQ-2026-0901', 'met', '2026-11-15T17:00:00+09:00'],
    ]);
    expect(answer).toMatchObject({ verdict: '未達成', improvement: { status: 'approved', minutes: 'MTG-2026-0901' } });
  });

  it('does not take an improvement of another metric, nor a rejected one', () => {
    const records = [
      inquiry({ id: 'INQ-2026-0902', site: 'aoba', at: '2026-11-15T10:00', answer: '2026-11-18T10:00' }),
      minutes({
        id: 'MTG-2026-0901',
        at: '2026-11-19T14:00',
        decisions: [
          { text: 'バックアップの改善案を承認する。', type: 'improvement', status: 'approved', items: [14, 26] },
          { text: '一次回答の改善案は見送る。', type: 'improvement', status: 'rejected', items: [14, 23] },
        ],
      }),
    ];
    expect(evaluate(repoSla, records).metrics.find((m) => m.id === 'inquiry-first-answer')!.improvement).toEqual({ status: 'none' });
  });

  it('lists every metric of the definitions in their order, and marks the initial values', () => {
    const report = evaluate(repoSla, []);
    expect(report.metrics.map((m) => m.id)).toEqual(repoSla.versions.at(-1)!.metrics.map((m) => m.id));
    expect(report.defaults).toBe(true);
    expect(report.metrics.find((m) => m.id === 'incident-restoration-s1')).toMatchObject({ verdict: '対象なし', interim: true, targetText: '4時間以内、全件' });
  });
});

describe('availability and the monthly report', () => {
  const metricOf = (report: ReturnType<typeof evaluate>, id: string) => report.metrics.find((m) => m.id === id)!;

  it('counts an S1 outage within each affected site’s hours ±30 min, and over 24 hours for the whole service', () => {
    // aoba, Sunday 11-15 16:00 → Tuesday 11-17 10:30: Sunday 16:00–17:30, Monday closed (施設点検日), Tuesday 09:00–10:30.
    const record = incident({ id: 'INC-2026-0921', severity: 'S1', sites: ['aoba'], received: '2026-11-15T16:00', events: [['restored', '2026-11-17T10:30']] });
    const report = evaluate(repoSla, [record]);
    const bySite = metricOf(report, 'availability-sites').rows;
    expect(bySite.find((r) => r.id === 'aoba')).toMatchObject({ outageMinutes: 90 + 90, refs: ['INC-2026-0921'] });
    expect(bySite.find((r) => r.id === 'central')).toMatchObject({ outageMinutes: 0, status: 'met' });
    expect(metricOf(report, 'availability-webopac').rows[0]).toMatchObject({ outageMinutes: 42 * 60 + 30 });
  });

  it('takes the planned outages of the calendar out of the planned service time', () => {
    // 12-21 08:00–16:00 法定停電 at the central library: 31 days of 24 hours less 8 hours.
    const report = evaluate(repoSla, [], '2026-12', instant('2027-01-05T00:00:00+09:00'));
    expect(metricOf(report, 'availability-webopac').rows[0]).toMatchObject({ plannedMinutes: 31 * 1440 - 480, percent: 100 });
  });

  it.each([
    // The October report is due by the earlier of the 5th office day of November (11-09, since 11-03 is a holiday) and 3 office days before the 11-19 meeting (11-16).
    ['after the 5th office day, before the meeting deadline', '2026-11-16T10:00', 'breach', '2026-11-09T17:15:00+09:00'],
    ['on the 5th office day', '2026-11-09T17:00', 'met', '2026-11-09T17:15:00+09:00'],
  ] as const)('the monthly report submitted %s (%s): %s', (_name, submitted, status, deadline) => {
    const rows = metricOf(evaluate(repoSla, [reportRecord({ id: 'RPT-2026-9001', report: 'monthly', period: '2026-10', submitted, at: '2026-11-16T12:00' })]), 'monthly-report').rows;
    expect(rows).toEqual([expect.objectContaining({ id: '2026-10', status, deadline, refs: ['RPT-2026-9001'] })]);
  });

  it('takes the meeting deadline when it comes first: a meeting on Tuesday 11-10 makes the report due on Thursday 11-05', () => {
    const early = { ...calendar, events: [...(calendar.events ?? []).filter((e) => !(e.type === 'meeting' && e.date.startsWith('2026-11'))), { date: '2026-11-10', type: 'meeting' as const, title: '月次定例会議' }] };
    const records = [reportRecord({ id: 'RPT-2026-9001', report: 'monthly', period: '2026-10', submitted: '2026-11-06T10:00' })];
    const rows = metricOf(evaluateSla({ sla: repoSla, period: '2026-11', records, calendar: early, sites, items: [], now: NOW }), 'monthly-report').rows;
    expect(rows).toEqual([expect.objectContaining({ id: '2026-10', status: 'breach', deadline: '2026-11-05T17:15:00+09:00' })]);
  });

  it('reads the report record of the month, not a job run of item 99 nor the report of another month or kind', () => {
    const records = [
      jobRun({ id: 'JOB-2026-9001', items: [99], at: '2026-11-06T15:00', delivered: '2026-11-06T16:00' }),
      reportRecord({ id: 'RPT-2026-9001', report: 'monthly', period: '2026-09', submitted: '2026-11-06T16:00' }),
      reportRecord({ id: 'RPT-2026-9002', report: 'daily', period: '2026-11-06', submitted: '2026-11-06T17:45' }),
    ];
    const rows = metricOf(evaluate(repoSla, records), 'monthly-report').rows;
    expect(rows).toEqual([expect.objectContaining({ id: '2026-10', status: 'breach', note: '未提出' })]);
    expect(rows[0]!.refs).toBeUndefined();
  });

  it('takes the first submission of the month when a report was submitted again', () => {
    const records = [
      reportRecord({ id: 'RPT-2026-9002', report: 'monthly', period: '2026-10', submitted: '2026-11-13T10:00' }),
      reportRecord({ id: 'RPT-2026-9001', report: 'monthly', period: '2026-10', submitted: '2026-11-06T10:00' }),
    ];
    expect(metricOf(evaluate(repoSla, records), 'monthly-report').rows).toEqual([expect.objectContaining({ id: '2026-10', status: 'met', refs: ['RPT-2026-9001'], stop: '2026-11-06T10:00:00+09:00' })]);
  });
});
