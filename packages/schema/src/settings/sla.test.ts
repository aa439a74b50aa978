import { describe, expect, it } from 'vitest';
import { SlaMetricSchema } from './sla.ts';

const monthly = { id: 'monthly-report', name: '月次報告書の提出期限', kind: 'report-before-meeting', clock: 'office-hours', target: { threshold: 'all' }, period: 'half-year', items: [99] };
const onsite = { id: 'incident-onsite-arrival', name: '障害の現地到着', kind: 'incident-onsite-arrival', clock: '24x365', target: { within: { amount: 2, unit: 'hours' }, threshold: 'all' }, period: 'half-year', items: [60] };
const messages = (value: unknown) => SlaMetricSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('SlaMetricSchema', () => {
  it.each([
    ['the earlier of the two deadlines', { ...monthly, report: { officeDayOfNextMonth: 5, officeDaysBeforeMeeting: 3, rule: 'earlier' } }, []],
    ['either, which the runbooks never meant', { ...monthly, report: { officeDayOfNextMonth: 5, officeDaysBeforeMeeting: 3, rule: 'either' } }, ['report.rule: rule は earlier（2つの期限のいずれか早い日）だけが使えます。either（どちらかを守ればよい）は廃止しました。']],
    ['on-site arrival over S1 and S2', { ...onsite, severities: ['S1', 'S2'] }, []],
    ['on-site arrival with one severity', { ...onsite, severity: 'S1' }, ['severity: incident-onsite-arrival の重要度は severities（一覧）で書きます。']],
    ['severities on another kind', { ...monthly, severities: ['S1'], report: { officeDayOfNextMonth: 5, officeDaysBeforeMeeting: 3, rule: 'earlier' } }, ['severities: severities は incident-onsite-arrival にだけ書きます。']],
    ['on-site arrival without a time allowed', { ...onsite, target: { threshold: 'all' } }, ['target: incident-onsite-arrival には target.within（目標時間）が必要です。']],
    ['an improvement plan in office days', { ...onsite, id: 'improvement-plan', kind: 'improvement-plan', clock: 'office-hours', target: { within: { amount: 10, unit: 'office-days' }, threshold: 'all' }, items: [14] }, []],
  ])('%s', (_name, value, expected) => {
    expect(messages(value)).toEqual(expected);
  });
});
