import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../json-schemas.ts';
import { MinutesSchema } from './minutes.ts';
import { ReportSchema } from './report.ts';

const HASH = 'a'.repeat(64);
const MONTHLY = {
  id: 'RPT-2026-0001',
  kind: 'report',
  items: [99],
  at: '2026-11-16T10:30:00+09:00',
  by: 'pl-yamamoto',
  report: 'monthly',
  period: '2026-10',
  submittedAt: '2026-11-16T10:00:00+09:00',
  to: '中央図書館 システム担当係長',
  submittedBy: 'pl-yamamoto',
  files: [{ path: 'reports/2026-10/monthly.pdf', sha256: HASH }],
};

const errors = (data: unknown) => {
  const r = ReportSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('ReportSchema', () => {
  it.each([
    ['a monthly report of a month', MONTHLY],
    ['a daily report of a date', { ...MONTHLY, items: [98], report: 'daily', period: '2026-11-27' }],
    ['an SLA report of a half-year', { ...MONTHLY, items: [13], report: 'sla', period: '2026H2' }],
    ['an SLA report of a month', { ...MONTHLY, items: [13], report: 'sla', period: '2026-11' }],
    ['an incident report of a record, acknowledged', { ...MONTHLY, items: [54, 97], report: 'incident', period: undefined, subject: 'INC-2026-0105', acknowledgement: { at: '2026-11-13T16:30:00+09:00', by: 'システム担当係' } }],
    ['an ad hoc report of a date and a record', { ...MONTHLY, items: [97], report: 'ad-hoc', period: '2026-11-13', subject: 'INC-2026-0105' }],
  ])('accepts %s', (_, data) => {
    expect(errors(data)).toEqual([]);
  });

  it.each([
    ['neither period nor subject', { ...MONTHLY, period: undefined }, 'period: period（対象期間）か subject（対象の記録 id）のどちらかを書いてください。'],
    ['a monthly report of a date', { ...MONTHLY, period: '2026-10-31' }, 'period: 月次報告書の period は 2026-11 の形で書いてください。'],
    ['a daily report of a month', { ...MONTHLY, report: 'daily', period: '2026-11' }, 'period: 日次報告書の period は 2026-11-27 の形で書いてください。'],
    ['a month 13', { ...MONTHLY, period: '2026-13' }, 'period: period「2026-13」は使えません。日付 2026-11-27、月 2026-11、半期 2026H2 のいずれかの形で書いてください。'],
    ['an unknown report', { ...MONTHLY, report: 'weekly' }, 'report: Invalid option: expected one of "daily"|"monthly"|"incident"|"sla"|"performance"|"minutes"|"ad-hoc"'],
    ['no file', { ...MONTHLY, files: [] }, 'files: Too small: expected array to have >=1 items'],
    ['a hash in upper case', { ...MONTHLY, files: [{ path: 'a.pdf', sha256: HASH.toUpperCase() }] }, 'files.0.sha256: sha256 は 16 進数の小文字 64 桁で書いてください（sha256sum の出力）。'],
    ['an absolute path', { ...MONTHLY, files: [{ path: '/tmp/a.pdf', sha256: HASH }] }, 'files.0.path: path はリポジトリのルートからの相対パスで書いてください（例: reports/2026-11/monthly-2026-10.pdf）。'],
    ['a path out of the repository', { ...MONTHLY, files: [{ path: '../a.pdf', sha256: HASH }] }, 'files.0.path: path はリポジトリのルートからの相対パスで書いてください（例: reports/2026-11/monthly-2026-10.pdf）。'],
    ['a submission time without +09:00', { ...MONTHLY, submittedAt: '2026-11-16T10:00:00Z' }, 'submittedAt: 日時「2026-11-16T10:00:00Z」は使えません。2026-11-27T09:30:00+09:00 の形（半角数字、日本時間 +09:00 付き、実在する日時）で書いてください。'],
    ['an unknown field', { ...MONTHLY, deliverables: [] }, ': Unrecognized key: "deliverables"'],
  ])('refuses %s', (_, data, message) => {
    expect(errors(data)).toEqual([message]);
  });

  it('gives the addressee its own hint, not the date-time pattern of other `to` fields', () => {
    const json = jsonSchemas()['record-report.schema.json'] as { properties: Record<string, { description?: string; pattern?: string }> };
    expect(json.properties['to']).toEqual({ type: 'string', minLength: 1, description: '宛先（例: 中央図書館 システム担当係長）' });
    expect(json.properties['submittedAt']?.pattern).toBeDefined();
  });
});

describe('MinutesSchema status', () => {
  const DRAFT = {
    id: 'MTG-2026-0012',
    kind: 'minutes',
    status: 'draft',
    items: [101],
    at: '2026-12-17T14:00:00+09:00',
    by: 'pl-yamamoto',
    place: '中央図書館 会議室',
    endedAt: '2026-12-17T15:30:00+09:00',
    attendees: { vendor: ['pl-yamamoto'], library: ['システム担当係長'] },
    reports: [],
    agenda: [{ subject: '11月の運用報告', summary: '月次報告書で報告する。' }],
    decisions: [],
    actions: [],
  };
  it('accepts a draft with the agenda and no decisions, and minutes without a status (held)', () => {
    expect(MinutesSchema.safeParse(DRAFT).success).toBe(true);
    expect(MinutesSchema.safeParse({ ...DRAFT, status: undefined }).success).toBe(true);
  });
  it('refuses an unknown status', () => {
    expect(MinutesSchema.safeParse({ ...DRAFT, status: 'planned' }).success).toBe(false);
  });
});
