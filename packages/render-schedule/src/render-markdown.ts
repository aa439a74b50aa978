import type { MonthSchedule, RenderOptions, ScheduleDay } from './model.ts';
import { formatMonth } from './month.ts';
import {
  MARKS,
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

/** Escapes text for Markdown: the punctuation that could start markup, and `|` for tables. */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function grid(model: MonthSchedule): string[] {
  const days = model.days;
  const cells = (mark: (d: ScheduleDay) => boolean, sign: string) => days.map((d) => (mark(d) ? sign : ''));
  return [
    row(['項番', '運用項目', '周期', ...days.map((d) => dayColumn(model, d))]),
    row(['---:', '---', '---', ...days.map(() => ':-:')]),
    row(['', '計画作業', '', ...cells((d) => d.events.length > 0, MARKS.event)]),
    row(['', '他館の休館', '', ...cells((d) => otherClosed(model, d), MARKS.otherClosed)]),
    ...model.items.map((item) =>
      row([
        String(item.id),
        escapeMarkdown(item.name),
        escapeMarkdown(item.cycles.map(cycleLabel).join('・')),
        ...cells((d) => d.due.some((o) => o.item === item.id), MARKS.due),
      ]),
    ),
  ];
}

function dayList(model: MonthSchedule, day: ScheduleDay): string[] {
  const closed = closedText(model, day);
  const special = specialText(model, day);
  const groups = dueGroups(day);
  return [
    `### ${escapeMarkdown(dayHeading(day))}`,
    '',
    `- ${escapeMarkdown(baseText(model, day))}／${escapeMarkdown(officeText(day))}`,
    ...(closed.length > 0 ? [`- 休館: ${closed.map(escapeMarkdown).join('／')}`] : []),
    ...(special.length > 0 ? [`- 特別開館時間: ${special.map(escapeMarkdown).join('／')}`] : []),
    ...day.events.map((e) => `- ${MARKS.event} 計画作業: ${escapeMarkdown(eventText(model, e))}`),
    groups.length === 0 ? '- 期限の作業: なし' : '- 期限の作業:',
    ...groups.map(
      (g) => `  - ${g.time} まで（${escapeMarkdown(cycleLabel(g.cycle))}）: ${g.occurrences.map((o) => escapeMarkdown(occurrenceText(model, o))).join('、')}`,
    ),
    '',
  ];
}

/** The month's schedule as Markdown, in Japanese: title, legend, month grid, closures, and the list by date. */
export function renderMarkdown(model: MonthSchedule, options: RenderOptions = {}): string {
  const base = escapeMarkdown(siteName(model, model.site));
  return [
    `# 月次運用スケジュール ${formatMonth(model.month, options.wareki)}`,
    '',
    `${base}の開館日を基準にした定期作業の期限と、計画作業・休館の予定です。周期が「随時」の項目は載せていません。時刻はすべて日本時間です。`,
    '',
    '## 凡例',
    '',
    `- ${MARKS.due} その日が期限（期限の時刻は日別の予定を参照）`,
    `- ${MARKS.closed} ${base}の休館日（日付の欄）`,
    `- ${MARKS.holiday} 国民の祝日・振替休日・国民の休日（日付の欄）`,
    `- ${MARKS.event} 計画作業（月次定例会議、法定停電、定期点検、パッチ適用枠）`,
    `- ${MARKS.otherClosed} ${base}以外の館の休館（特別整理期間、臨時休館など）`,
    '',
    '## 月間表',
    '',
    ...grid(model),
    '',
    '## 休館の予定',
    '',
    ...(model.closures.length === 0 ? ['- なし'] : model.closures.map((c) => `- ${escapeMarkdown(closureText(model, c))}`)),
    '',
    '## 日別の予定',
    '',
    ...model.days.flatMap((d) => dayList(model, d)),
  ].join('\n');
}
