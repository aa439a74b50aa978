import { createProblem, type Problem } from '@unyo/problems';
import { TIMING_OPT_OUT, type Runbook } from '@unyo/read';
import { CYCLE_DEFAULTS, cycleMonths, cycleWeekday, describeCycle } from '@unyo/schedule';
import { WEEKDAYS, type Calendar, type Cycle, type Weekday } from '@unyo/schema';
import type { RunbookRule } from './rules.ts';

/**
 * Which prose is about when the work is done, and so must agree with `cycles`:
 * - every line of the `## 実施時期` section;
 * - elsewhere, only a weekday, month or 第N… right after 毎週・毎月・毎年 (「毎週月曜」).
 * Not compared: a range (「月曜〜日曜」「4月1日〜3月31日」: the data's period), a day of another week
 * (「前週月曜」), a month of data (「3月分」), an example in parentheses (「（例: 4月）」), a sentence
 * about the facility inspection day (施設点検日, a closure), and any line carrying TIMING_OPT_OUT.
 */
export const TIMING_SECTION = '## 実施時期';

export { TIMING_OPT_OUT };

const KANJI_WEEKDAY: Record<string, Weekday> = { 日: 'sun', 月: 'mon', 火: 'tue', 水: 'wed', 木: 'thu', 金: 'fri', 土: 'sat' };
const ZEN = '０１２３４５６７８９';
const digits = (s: string) => s.replace(/[０-９]/g, (d) => String(ZEN.indexOf(d)));
const RANGE = /^[〜～\-－–―]|^から/;
const RANGE_BEFORE = /[〜～\-－–―]$/;
const OTHER_WEEK = /(前週|先週|翌週|前々週|来週|前回)$/;

/** One statement of timing found in the prose. */
interface Mention {
  text: string;
  column: number;
  weekday?: Weekday;
  months?: number[];
  /** 第N開館日, 第N開庁日, 第N営業日. */
  nthDay?: number;
  /** 第N◯曜日. */
  nthWeekday?: { n: number; weekday: Weekday };
  /** 第N週. */
  week?: number;
}

/** The text with examples in parentheses and sentences about the inspection day blanked out (columns kept). */
function blankIgnored(text: string): string {
  const blank = (s: string) => '\u3000'.repeat(s.length);
  return text
    .replace(/[（(]\s*(例|たとえば|例えば)[^）)]*[）)]/g, blank)
    .replace(/[^。]*施設点検[^。]*。?/g, blank);
}

/** The timing statements of one line; `only` restricts them to those right after 毎週・毎月・毎年. */
function mentionsOf(line: string, only: 'all' | 'every'): Mention[] {
  const text = blankIgnored(digits(line));
  const out: Mention[] = [];
  const before = (i: number) => text.slice(Math.max(0, i - 3), i);
  const after = (i: number) => text.slice(i);
  const every = (i: number) => only === 'all' || /毎(週|月|年)\s*$/.test(text.slice(Math.max(0, i - 3), i));
  for (const m of text.matchAll(/第\s*(\d+)\s*(開館日|開庁日|営業日)/g)) if (every(m.index)) out.push({ text: m[0], column: m.index + 1, nthDay: Number(m[1]) });
  for (const m of text.matchAll(/第\s*(\d+)\s*([日月火水木金土])曜日?/g)) {
    if (every(m.index)) out.push({ text: m[0], column: m.index + 1, nthWeekday: { n: Number(m[1]), weekday: KANJI_WEEKDAY[m[2] ?? '']! } });
  }
  for (const m of text.matchAll(/第\s*(\d+)\s*週/g)) if (every(m.index)) out.push({ text: m[0], column: m.index + 1, week: Number(m[1]) });
  for (const m of text.matchAll(/(?<!第\s*\d+\s*)([日月火水木金土])曜日?|[（(]([日月火水木金土])[）)]/g)) {
    const end = m.index + m[0].length;
    if (!every(m.index) || RANGE.test(after(end)) || RANGE_BEFORE.test(before(m.index)) || OTHER_WEEK.test(before(m.index))) continue;
    // 「日曜」 is a weekday, but 「毎日曜」 would be read the same; 「…日（日）」 too. 「月曜日」 keeps its 日.
    out.push({ text: m[0], column: m.index + 1, weekday: KANJI_WEEKDAY[m[1] ?? m[2] ?? '']! });
  }
  for (const m of text.matchAll(/(?<![第\d]\s*)((?:\d{1,2}\s*[・、,]\s*)*\d{1,2})\s*月(?![分曜])(\s*\d{1,2}\s*日)?/g)) {
    const end = m.index + m[0].length;
    if (!every(m.index) || RANGE.test(after(end)) || RANGE_BEFORE.test(before(m.index))) continue;
    const months = (m[1] ?? '').split(/\s*[・、,]\s*/).map(Number).filter((n) => n >= 1 && n <= 12);
    if (months.length > 0) out.push({ text: m[0], column: m.index + 1, months });
  }
  return out.sort((a, b) => a.column - b.column);
}

const weekOf = (day: number) => Math.ceil(day / 7);
const meetingDates = (calendar: Calendar | undefined) => (calendar?.events ?? []).filter((e) => e.type === 'meeting').map((e) => e.date);
const weekdayOfDate = (date: string) => WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]!;

/** What the cycles say about a mention, or undefined when they agree (or say nothing it could contradict). */
function contradiction(m: Mention, cycles: readonly Cycle[], calendar: Calendar | undefined): { kind: string; cycles: Cycle[] } | undefined {
  const monthlyOrLonger = cycles.filter((c) => ['monthly', 'quarterly', 'half-yearly', 'yearly'].includes(c.kind));
  if (m.weekday) {
    const named = cycles.filter((c) => cycleWeekday(c) !== undefined || (c.kind === 'monthly' && c.before === 'meeting' && meetingDates(calendar).length > 0));
    if (named.length === 0) return undefined;
    const ok = named.some((c) => (c.kind === 'monthly' && c.before === 'meeting' ? meetingDates(calendar).every((d) => weekdayOfDate(d) === m.weekday) : cycleWeekday(c) === m.weekday));
    return ok ? undefined : { kind: '曜日', cycles: named };
  }
  if (m.months) {
    const named = cycles.filter((c) => cycleMonths(c) !== undefined);
    if (named.length === 0) return undefined;
    const ok = m.months.every((month) => named.some((c) => cycleMonths(c)?.includes(month)));
    return ok ? undefined : { kind: '月', cycles: named };
  }
  if (m.nthDay !== undefined) return monthlyOrLonger.length > 0 ? { kind: '日', cycles: monthlyOrLonger } : undefined;
  if (m.nthWeekday) {
    const { n, weekday } = m.nthWeekday;
    const named = cycles.filter((c) => c.kind !== 'daily' && c.kind !== 'on-demand' && c.kind !== 'stock-taking');
    if (named.length === 0) return undefined;
    const ok = named.some((c) => {
      if (c.kind !== 'monthly') return false;
      // Without meetings in the calendar, nothing says which day the meeting is: nothing to contradict.
      if (c.before === 'meeting') return meetingDates(calendar).every((d) => weekdayOfDate(d) === weekday && weekOf(Number(d.slice(8, 10))) === n);
      return c.nth === n && (c.weekday ?? CYCLE_DEFAULTS.weekday) === weekday;
    });
    return ok ? undefined : { kind: '日', cycles: named };
  }
  if (m.week !== undefined) {
    const week = m.week;
    if (monthlyOrLonger.length === 0) return undefined;
    const ok = monthlyOrLonger.some((c) => {
      if (c.kind === 'monthly' && c.before === 'meeting') return meetingDates(calendar).every((d) => weekOf(Number(d.slice(8, 10))) === week);
      if (c.kind === 'monthly' && c.nth !== undefined) return c.nth === week;
      const day = 'day' in c ? (c.day ?? CYCLE_DEFAULTS.day) : CYCLE_DEFAULTS.day;
      return day === 'last' ? week >= 4 : weekOf(day) === week;
    });
    return ok ? undefined : { kind: '日', cycles: monthlyOrLonger };
  }
  return undefined;
}

/** The problems of one runbook's prose against its cycles. */
export function timingProblems(r: Pick<Runbook, 'file' | 'body' | 'bodyLine' | 'item'>, calendar?: Calendar): Problem[] {
  const problems: Problem[] = [];
  let inSection = false;
  let fenced = false;
  r.body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    if (/^#{1,2} /.test(line)) inSection = line.trim() === TIMING_SECTION;
    if (/^#/.test(line) || line.includes(TIMING_OPT_OUT)) return;
    for (const m of mentionsOf(line, inSection ? 'all' : 'every')) {
      const found = contradiction(m, r.item.cycles, calendar);
      if (!found) continue;
      const cycle = found.cycles.map((c) => describeCycle(c, calendar ? { calendar } : {})).join('／');
      problems.push(createProblem('runbook-timing-contradicts-cycle', { file: r.file, line: r.bodyLine + i, column: m.column, excerpt: line }, { prose: m.text, cycle, kind: found.kind }));
    }
  });
  return problems;
}

/** The weekday, month and 第N… the prose states for the work agree with `cycles` (and the calendar's meetings). */
export const timingAgreesWithCycles: RunbookRule = (set, problems, context) => {
  for (const r of set.runbooks) problems.push(...timingProblems(r, context.calendar));
};
