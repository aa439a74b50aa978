import { weekdayOf } from '@unyo/calendar';
import { SHIFT_RULE_LABELS, type ShiftIssue } from './issue.ts';
import { WEEKDAY_LABELS, type ShiftView } from './view.ts';

const OFF = '休';

const dayLabel = (date: string) => `${Number(date.slice(5, 7))}/${date.slice(8, 10)}`;

const weekdayCell = (row: ShiftView['rows'][number]) => `${WEEKDAY_LABELS[row.weekday]}${row.holiday ? '・祝' : ''}`;

const siteCell = (s: ShiftView['rows'][number]['sites'][number], holiday?: string) =>
  s.open && s.hours ? `${s.hours[0]}–${s.hours[1]}${[holiday, s.special].some(Boolean) ? `（${[holiday, s.special].filter(Boolean).join('、')}）` : ''}` : `休館（${s.closedFor ?? ''}）`;

const cell = (view: ShiftView, id: string | null) => (id === null ? OFF : (view.patterns.find((p) => p.id === id)?.label ?? id));

/** The day (12/24（木）) or the whole month of an issue. */
export function issueWhen(issue: ShiftIssue): string {
  if (issue.date.length === 7) return `${Number(issue.date.slice(5, 7))}月全体`;
  return `${dayLabel(issue.date)}（${WEEKDAY_LABELS[weekdayOf(issue.date)]}）`;
}

/** Issues as lines for a terminal: `12/24（木）［常駐人数］ message`. */
export function formatShiftIssuesText(issues: readonly ShiftIssue[]): string {
  return issues.map((i) => `${issueWhen(i)}［${SHIFT_RULE_LABELS[i.rule]}］${i.message}`).join('\n');
}

const mdRow = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;

/**
 * The shift table as Markdown: the legend and conditions, one row per day (weekday, holiday,
 * each staffed site's hours or closure, one column per operator: 早/遅/日/休, ※ on days with an
 * issue), the totals per operator, and the 要確認 list of gaps and broken rules.
 */
export function formatShiftMarkdown(view: ShiftView, options: { draft?: boolean } = {}): string {
  const [y, m] = [view.month.slice(0, 4), Number(view.month.slice(5, 7))];
  const { coverage, maxConsecutiveDays, minRestHours, weekendSpread } = view.rules;
  const header = ['日付', '曜日', ...view.sites.map((s) => s.name), ...view.operators.map((o) => o.name), '要確認'];
  const lines = [
    `# シフト表 ${y}年${m}月${options.draft === false ? '' : '（案）'}`,
    '',
    `凡例: ${view.patterns.map((p) => `${p.label} ${p.name} ${p.start}–${p.end}`).join(' ／ ')} ／ ${OFF} 休み`,
    '',
    `常駐条件: ${view.sites.map((s) => s.name).join('・') || '（常駐する館なし）'}の開館 ${coverage.beforeOpening} 分前から閉館${coverage.afterClosing > 0 ? ` ${coverage.afterClosing} 分後` : ''}まで ${coverage.operators} 名以上。` +
      `連続勤務 ${maxConsecutiveDays} 日まで、勤務間隔 ${minRestHours} 時間以上、土日祝の勤務回数の差 ${weekendSpread} 回まで。`,
    '',
    mdRow(header),
    mdRow(header.map(() => '---')),
    ...view.rows.map((r) =>
      mdRow([dayLabel(r.date), weekdayCell(r), ...r.sites.map((s) => siteCell(s, r.holiday)), ...r.shifts.map((s) => cell(view, s)), r.flagged ? '※' : '']),
    ),
    '',
    '## 集計',
    '',
    mdRow(['担当者', '勤務', '土日祝', ...view.patterns.map((p) => p.name)]),
    mdRow(['---', ...Array<string>(2 + view.patterns.length).fill('---:')]),
    ...view.totals.map((t) => mdRow([t.name, String(t.shifts), String(t.weekend), ...view.patterns.map((p) => String(t.patterns[p.id] ?? 0))])),
    '',
    '## 要確認',
    '',
    ...(view.issues.length === 0
      ? ['常駐の欠けや規則に反する箇所はありません。']
      : view.issues.map((i) => `- ${issueWhen(i)}［${SHIFT_RULE_LABELS[i.rule]}］${i.message}`)),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A field that begins with = + - @, a tab or a CR is a formula to Excel and LibreOffice (an
 * operator or site named `=HYPERLINK(...)` would become a live link): it is written as text with a
 * leading `'`, as OWASP recommends and as `@unyo/catalog` does; then quoted as RFC 4180 asks.
 */
const defuse = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const quote = (raw: string) => {
  const value = defuse(raw);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

/** The table as RFC 4180 CSV (CRLF), one row per day; `bom` prefixes a BOM so that Excel reads UTF-8. */
export function formatShiftCsv(view: ShiftView, options: { bom?: boolean } = {}): string {
  const header = ['日付', '曜日', ...view.sites.map((s) => s.name), ...view.operators.map((o) => o.name), '要確認'];
  const rows = view.rows.map((r) => [r.date, weekdayCell(r), ...r.sites.map((s) => siteCell(s, r.holiday)), ...r.shifts.map((s) => cell(view, s)), r.flagged ? '※' : '']);
  return (options.bom ? '\uFEFF' : '') + [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
