import type { MonthSchedule, RenderOptions, ScheduleDay } from './model.ts';
import { formatMonth } from './month.ts';
import {
  MARKS,
  baseStatus,
  baseText,
  specialText,
  closedText,
  closureText,
  cycleLabel,
  dayColumn,
  dayHeading,
  dueGroups,
  eventText,
  occurrenceText,
  officeText,
  otherClosed,
  siteName,
} from './wording.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values (five characters; no package needed). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * Inline CSS only: A4 landscape when printed. On paper the month grid (title, legend and up to
 * ~55 item rows of 31 days) fits the first page, even inside a printer's 18 mm header and 15 mm
 * footer margins (checked through `@unyo/pdf` in render-html.print.test.ts); the closures and
 * the days start on the next page.
 */
const STYLE = `
@page { size: A4 landscape; margin: 8mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; font-size: 9pt; color: #000; margin: 0 auto; max-width: 281mm; }
h1 { font-size: 14pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm; border-bottom: 0.3mm solid #444; }
h3 { font-size: 9pt; margin: 0 0 0.5mm; }
p, ul { margin: 0 0 1.5mm; }
p.legend span { margin-right: 4mm; white-space: nowrap; }
ul { padding-left: 4mm; }
table.grid { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 6.5pt; line-height: 1.15; }
table.grid th, table.grid td { border: 0.2mm solid #888; padding: 0.3mm 0.4mm; text-align: center; overflow: hidden; }
table.grid th.id { width: 6mm; }
table.grid th.name { width: 46mm; }
table.grid th.cycle { width: 14mm; }
table.grid td.name, table.grid td.cycle { text-align: left; white-space: nowrap; text-overflow: ellipsis; }
table.grid .closed { background: #d9d9d9; }
table.grid .holiday { color: #b00000; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
.days { columns: 3; column-gap: 5mm; }
.day { break-inside: avoid; margin-bottom: 2mm; }
.day ul { font-size: 7.5pt; }
@media print {
  body { font-size: 8pt; max-width: none; }
  h1 { font-size: 12pt; margin: 0 0 1mm; }
  h2 { font-size: 9.5pt; margin: 1.5mm 0 1mm; }
  p { margin: 0 0 1mm; }
  table.grid { font-size: 5.8pt; line-height: 1.1; }
  table.grid th, table.grid td { padding: 0.1mm 0.3mm; }
  h2.closures-title { break-before: page; }
}
`;

const el = (tag: string, text: string, cls?: string) => `<${tag}${cls ? ` class="${escapeHtml(cls)}"` : ''}>${escapeHtml(text)}</${tag}>`;

function dayClasses(model: MonthSchedule, day: ScheduleDay): string {
  return [baseStatus(model, day)?.open === false ? 'closed' : '', day.holiday ? 'holiday' : ''].filter(Boolean).join(' ');
}

function grid(model: MonthSchedule): string {
  const head = model.days.map((d) => el('th', dayColumn(model, d), dayClasses(model, d))).join('');
  const cells = (mark: (d: ScheduleDay) => boolean, sign: string) =>
    model.days.map((d) => el('td', mark(d) ? sign : '', dayClasses(model, d))).join('');
  const rows = [
    `<tr><td></td>${el('td', '計画作業', 'name')}<td></td>${cells((d) => d.events.length > 0, MARKS.event)}</tr>`,
    `<tr><td></td>${el('td', '他館の休館', 'name')}<td></td>${cells((d) => otherClosed(model, d), MARKS.otherClosed)}</tr>`,
    ...model.items.map(
      (item) =>
        `<tr>${el('td', String(item.id))}${el('td', item.name, 'name')}${el('td', item.cycles.map(cycleLabel).join('・'), 'cycle')}` +
        `${cells((d) => d.due.some((o) => o.item === item.id), MARKS.due)}</tr>`,
    ),
  ];
  return [
    '<table class="grid">',
    `<thead><tr>${el('th', '項番', 'id')}${el('th', '運用項目', 'name')}${el('th', '周期', 'cycle')}${head}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function dayList(model: MonthSchedule, day: ScheduleDay): string {
  const closed = closedText(model, day);
  const special = specialText(model, day);
  const groups = dueGroups(day);
  const items = [
    el('li', `${baseText(model, day)}／${officeText(day)}`),
    ...(closed.length > 0 ? [el('li', `休館: ${closed.join('／')}`)] : []),
    ...(special.length > 0 ? [el('li', `特別開館時間: ${special.join('／')}`)] : []),
    ...day.events.map((e) => el('li', `${MARKS.event} 計画作業: ${eventText(model, e)}`)),
    groups.length === 0
      ? el('li', '期限の作業: なし')
      : `<li>${escapeHtml('期限の作業:')}<ul>${groups
          .map((g) => el('li', `${g.time} まで（${cycleLabel(g.cycle)}）: ${g.occurrences.map((o) => occurrenceText(model, o)).join('、')}`))
          .join('')}</ul></li>`,
  ];
  return `<section class="${escapeHtml(['day', dayClasses(model, day)].filter(Boolean).join(' '))}">${el('h3', dayHeading(day))}<ul>${items.join('')}</ul></section>`;
}

/** The month's schedule as one standalone HTML page (inline CSS, no script), printable on A4 landscape. */
export function renderHtml(model: MonthSchedule, options: RenderOptions = {}): string {
  const title = `月次運用スケジュール ${formatMonth(model.month, options.wareki)}`;
  const base = siteName(model, model.site);
  return `${[
    '<!doctype html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    el('title', title),
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    el('h1', title),
    el('p', `${base}の開館日を基準にした定期作業の期限と、計画作業・休館の予定です。周期が「随時」の項目は載せていません。時刻はすべて日本時間です。`),
    `<p class="legend">${[
      `${MARKS.due} その日が期限（期限の時刻は日別の予定を参照）`,
      `${MARKS.closed} ${base}の休館日（灰色）`,
      `${MARKS.holiday} 国民の祝日・振替休日・国民の休日（赤字）`,
      `${MARKS.event} 計画作業（月次定例会議、法定停電、定期点検、パッチ適用枠）`,
      `${MARKS.otherClosed} ${base}以外の館の休館（特別整理期間、臨時休館など）`,
    ]
      .map((text) => el('span', text))
      .join(' ')}</p>`,
    el('h2', '月間表'),
    grid(model),
    el('h2', '休館の予定', 'closures-title'),
    `<ul>${model.closures.length === 0 ? el('li', 'なし') : model.closures.map((c) => el('li', closureText(model, c))).join('')}</ul>`,
    el('h2', '日別の予定', 'days-title'),
    '<div class="days">',
    ...model.days.map((d) => dayList(model, d)),
    '</div>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
