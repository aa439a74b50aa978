import { parseRunbook, slaVersionOn, type RunbookSet } from '@unyo/read';
import { CalendarSchema, SlaSchema, type Cycle } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { findField } from './runbook-evidence.ts';
import { checkRunbooks } from './check-runbooks.ts';
import { timingProblems } from './runbook-timing.ts';

const CALENDAR = CalendarSchema.parse({
  hours: { mon: ['09:30', '17:00'] },
  yearEnd: { from: '12-29', to: '01-03' },
  closures: [],
  office: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: ['08:45', '17:15'] },
  events: [
    { date: '2026-11-19', start: '14:00', end: '15:30', type: 'meeting', title: '月次定例会議（11月）', items: [101] },
    { date: '2026-12-17', start: '14:00', end: '15:30', type: 'meeting', title: '月次定例会議（12月）', items: [101] },
  ],
});

const SLA = slaVersionOn(
  SlaSchema.parse({
    versions: [
      {
        version: '1',
        effectiveFrom: '2026-04-01',
        note: '初版',
        metrics: [{ id: 'incident-first-report-s1', name: '第一報（S1）', kind: 'incident-first-report', severity: 'S1', clock: '24x365', target: { within: { amount: 30, unit: 'minutes' }, threshold: 'all' }, period: 'half-year', items: [1] }],
      },
    ],
  }),
);

/** A runbook of item 70 with the given cycles, evidence and body, parsed as the reader does. */
function runbook(cycles: string, body: string, evidence = '[ job-run ]') {
  const text = `---\nid: 70\nname: 未登録書誌貸出一覧抽出\npath: [ 運用業務, 業務運用, 未登録書誌貸出一覧抽出 ]\nsummary: 一覧を作る。\nperiod: 週次\ncycles:\n${cycles}\nduties:\n  maintenance: []\n  support: [ 作業を実施する。 ]\nevidence: ${evidence}\n---\n${body}`;
  const parsed = parseRunbook('runbooks/operations/business/070-x.md', new TextEncoder().encode(text));
  if (!parsed.runbook) throw new Error(JSON.stringify(parsed.problems));
  return parsed.runbook;
}

const timing = (cycles: Cycle[], line: string, section = '## 実施時期') => {
  const r = runbook('  - kind: on-demand', `\n${section}\n${line}\n`);
  return timingProblems({ ...r, item: { ...r.item, cycles } }, CALENDAR).map((p) => p.message);
};

describe('timing in the prose agrees with the cycles', () => {
  const weekly: Cycle[] = [{ kind: 'weekly', weekday: 'wed' }];
  it.each<[string, Cycle[], string, number]>([
    // [case, cycles, the 実施時期 line, how many contradictions]
    ['the weekday of the cycle', weekly, '- 週次。毎週水曜（休館日は翌開館日）に作る。', 0],
    ['another weekday', weekly, '- 週次。毎週月曜に作る。', 1],
    ['（木） as a weekday', weekly, '- 11月19日（木）に作る。', 1],
    ['a range of weekdays is the data period', weekly, '- 前週（月曜〜日曜）の登録分を作る。', 0],
    ['a weekday of the week before', weekly, '- 前週月曜から前日までの分。', 0],
    ['an example in parentheses', weekly, '- 曜日は合意する（例: 月曜）。', 0],
    ['the opt-out marker', weekly, '- 公開日は毎月第2火曜日。<!-- 時期の照合外 -->', 0],
    ['the facility inspection day', weekly, '- 施設点検日（第3月曜）は休館。', 0],
    ['a nth weekday against a weekly cycle', weekly, '- 毎月第2水曜日に作る。', 1],
    ['months of the quarter', [{ kind: 'quarterly' }], '- 6月・9月・12月・3月の末日まで。', 0],
    ['other quarter months', [{ kind: 'quarterly' }], '- 4月・7月・10月・1月の第2週。', 5],
    ['a fiscal-year range', [{ kind: 'yearly', month: 4 }], '- 年度（4月1日〜3月31日）の締め後、4月に出力する。', 0],
    ['April against March', [{ kind: 'yearly' }], '- 年次。4月に出力する。', 1],
    ['a month of data', [{ kind: 'yearly', month: 4 }], '- 3月分の統計と同じ週に行う。', 0],
    ['第N開館日 against month-end', [{ kind: 'monthly' }], '- 毎月第3開館日に送る。', 1],
    ['a meeting week the calendar agrees with', [{ kind: 'monthly', before: 'meeting' }], '- 毎月第3木曜日（第3週）に開く。', 0],
    ['a meeting week the calendar disagrees with', [{ kind: 'monthly', before: 'meeting' }], '- 毎月第2週の開館日に開く。', 1],
    ['a nth weekday that is the cycle', [{ kind: 'monthly', nth: 3, weekday: 'fri' }], '- 毎月第3金曜日まで。', 0],
    ['daily work names no weekday to contradict', [{ kind: 'daily' }], '- 月曜も行う。', 0],
    ['spaces between number and unit', [{ kind: 'yearly' }], '- 12 月に始め、期末後第 5 開庁日まで。', 2],
    ['第3月曜 is a weekday, not March', [{ kind: 'yearly', month: 4 }], '- 毎月第3月曜日の翌日。', 1],
    ['a date with spaces followed by から', [{ kind: 'yearly' }], '- 3 月に周知し、4 月 1 日から適用。', 0],
  ])('%s', (_, cycles, line, count) => {
    expect(timing(cycles, line)).toHaveLength(count);
  });

  it('cannot contradict the meeting day without meetings in the calendar', () => {
    const r = runbook('  - kind: monthly\n    before: meeting', '\n## 実施時期\n- 毎月第2週の開館日に開く。\n');
    expect(timingProblems(r)).toEqual([]);
    expect(timingProblems(r, CALENDAR)).toHaveLength(1);
  });

  it('outside 実施時期, compares only what follows 毎週・毎月・毎年', () => {
    expect(timing(weekly, '- 月曜に館へ連絡する。', '## 手順')).toEqual([]);
    expect(timing(weekly, '- 毎週月曜に館へ連絡する。', '## 手順')).toHaveLength(1);
  });

  it('says what the prose says and what the cycle says, at the line and column', () => {
    const r = runbook('  - kind: weekly\n    weekday: wed', '\n## 実施時期\n- 週次。毎週月曜（休館日は翌開館日）に作る。\n');
    expect(timingProblems(r, CALENDAR).map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message} → ${p.hint}`)).toMatchSnapshot();
  });
});

describe('evidence fields exist in the record schemas', () => {
  it.each([
    ['incident', 'timeline.type', true],
    ['incident', 'assignee', true],
    ['incident', 'status', false],
    ['daily-check', 'servers.responseMs', true],
    ['daily-check', 'serverRoom.temperature', true],
    ['daily-check', 'servers.webopac', false],
    ['job-run', 'endedAt', true],
    ['job-run', 'counts', true],
    ['report', 'acknowledgement.by', true],
  ] as const)('%s %s → %s', (kind, field, ok) => {
    expect(findField(kind, field).ok).toBe(ok);
  });

  it('reports an unknown field at its place in the frontmatter, and fields on a kind not stored', () => {
    const r = runbook('  - kind: weekly', '\n', '\n  - kind: incident\n    fields: [ severity, status ]\n  - kind: schedule\n    fields: [ month ]');
    const set: RunbookSet = { runbooks: [r], files: [r.file], invalidIds: [], problems: [] };
    const problems = checkRunbooks(set, { calendar: CALENDAR }).filter((p) => p.code.startsWith('evidence-'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message} → ${p.hint}`)).toMatchSnapshot();
  });
});

describe('references resolve in settings, and nothing outside the repo is cited', () => {
  it('reports unknown names and arguments with file:line:col', () => {
    const body = '\n- 第一報は {{sla:incident-first-report-s1}}、{{sla:nope}}、{{slaa:x}}、{{timing:x}}、{{sla-table:inquiry}}。\n- 根拠は SLA-DEFAULTS と ../../shared/SLA-DEFAULTS.md。\n';
    const r = runbook('  - kind: weekly', body);
    const set: RunbookSet = { runbooks: [r], files: [r.file], invalidIds: [], problems: [] };
    const problems = checkRunbooks(set, { calendar: CALENDAR, ...(SLA ? { sla: SLA } : {}) }).filter((p) => p.code !== 'id-missing');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message} → ${p.hint}`)).toMatchSnapshot();
  });

  it('says when there is no sla.yaml to show a reference from', () => {
    const r = runbook('  - kind: weekly', '\n{{report-deadline:monthly}}\n');
    const set: RunbookSet = { runbooks: [r], files: [r.file], invalidIds: [], problems: [] };
    expect(checkRunbooks(set, {}).filter((p) => p.code !== 'id-missing').map((p) => p.code)).toEqual(['reference-no-settings']);
  });

  it('checks only the form of references in a repository without sla.yaml', () => {
    const r = runbook('  - kind: weekly', '\n{{report-deadline:monthly}} {{sla}} {{slaa:x}}\n');
    const set: RunbookSet = { runbooks: [r], files: [r.file], invalidIds: [], problems: [] };
    expect(checkRunbooks(set, { slaAbsent: true }).filter((p) => p.code !== 'id-missing').map((p) => `${p.column} ${p.code}`)).toEqual(['29 reference-arg', '37 reference-unknown']);
  });
});
