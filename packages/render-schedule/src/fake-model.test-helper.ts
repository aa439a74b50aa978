import { OperationItemSchema, type Calendar, type OperationItem } from '@unyo/schema';
import { buildMonthSchedule } from './build.ts';
import type { MonthSchedule } from './model.ts';

/** Text that breaks every format that forgets to escape: HTML, Markdown, iCalendar. */
export const NASTY = `<script>alert("x&y")</script> a,b;c\\d | *e* 'f'`;

/** A long Japanese name whose iCalendar lines must fold between characters, never inside one. */
export const LONG = '利用者検索用端末・業務端末電源投入確認📚および全館のサーバ状態と稼動状況の定常監視（長い名前の折り返し確認用📚）';

const item = (id: number, name: string, cycles: OperationItem['cycles']): OperationItem =>
  OperationItemSchema.parse({
    id,
    name,
    path: ['運用業務', '試験', name],
    summary: '試験用の項目。',
    period: '日次',
    cycles,
    duties: { maintenance: [], support: ['試す。'] },
    evidence: ['daily-check'],
  });

/** A small calendar: open every day 09:00–17:00, one planned event and one closure with nasty text. */
const CALENDAR: Calendar = {
  hours: { sun: ['09:00', '17:00'], mon: ['09:00', '17:00'], tue: ['09:00', '17:00'], wed: ['09:00', '17:00'], thu: ['09:00', '17:00'], fri: ['09:00', '17:00'], sat: ['09:00', '17:00'], holiday: ['09:00', '17:00'] },
  yearEnd: { from: '12-29', to: '01-03' },
  closures: [{ from: '2026-11-10', to: '2026-11-12', sites: ['branch'], type: 'temporary', reason: `臨時休館 ${NASTY}` }],
  office: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: ['08:45', '17:15'] },
  events: [{ date: '2026-11-18', start: '14:00', end: '15:30', type: 'other', title: `作業\n二行目 ${NASTY}`, items: [1, 99], sites: ['branch'] }],
};

/** November 2026 with three fake items: a nasty name, a long name, and a weekly one due at 00:15. */
export const fakeModel = (): MonthSchedule =>
  buildMonthSchedule({
    month: '2026-11',
    items: [
      item(1, NASTY, [{ kind: 'weekly', weekday: 'mon', by: '10:00' }]),
      item(2, LONG, [{ kind: 'monthly', day: 5 }]),
      item(3, '深夜の確認', [{ kind: 'weekly', weekday: 'wed', by: '00:15' }]),
      item(4, '随時のみ', [{ kind: 'on-demand' }]),
    ],
    calendar: CALENDAR,
    sites: [
      { id: 'central', name: '中央図書館' },
      { id: 'branch', name: `分館 <b>${NASTY}</b>` },
    ],
    site: 'central',
  });
