import ICAL from 'ical.js';
import { instant } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { LONG, NASTY, fakeModel } from './fake-model.test-helper.ts';
import { MAX_LINE_OCTETS, escapeIcsText, foldLine } from './ics-text.ts';
import type { MonthSchedule } from './model.ts';
import { renderIcs } from './render-ics.ts';
import { repoSchedule } from './repo-data.test-helper.ts';

/** Parses with ical.js, an independent RFC 5545 parser, and registers the file's own VTIMEZONE. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent');
  const byUid = (uid: string) => {
    const found = events.find((e) => e.getFirstPropertyValue('uid') === uid);
    if (!found) throw new Error(`no event ${uid}`);
    return found;
  };
  return { calendar, events, byUid };
}

const time = (event: ICAL.Component, name: string) => event.getFirstPropertyValue(name) as ICAL.Time;
const eventCount = (model: MonthSchedule) => model.closures.length + model.days.reduce((n, d) => n + d.events.length + d.due.length, 0);

const december = await repoSchedule('2026-12');
const ics = renderIcs(december);

describe('renderIcs, read back by ical.js', () => {
  it('has the calendar header and a JST VTIMEZONE', () => {
    const { calendar } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//unyo//render-schedule//JA');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('月次運用スケジュール 2026年12月');
    const standard = calendar.getFirstSubcomponent('vtimezone')!.getFirstSubcomponent('standard')!;
    expect(standard.getFirstPropertyValue('tzname')).toBe('JST');
    expect(standard.getFirstPropertyValue('tzoffsetfrom')!.toString()).toBe('+09:00');
    expect(standard.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+09:00');
    expect(ics).toContain('\r\nDTSTART:19700101T000000\r\n');
    expect(parse(renderIcs(december, { wareki: true })).calendar.getFirstPropertyValue('x-wr-calname')).toBe('月次運用スケジュール 令和8年12月');
  });

  it('has one event per due occurrence, planned event and closure, with unique UIDs', () => {
    const { events } = parse(ics);
    expect(events).toHaveLength(eventCount(december));
    expect(events).toHaveLength(570); // 562 occurrences (no operator work on 12-21 and 12-29〜31), 4 planned events, 4 closures
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('blocks the 30 minutes before a due time, in Asia/Tokyo', () => {
    const event = parse(ics).byUid('unyo-2026-12-03-item25-daily@unyo');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Tokyo');
    expect(time(event, 'dtstart').toString()).toBe('2026-12-03T09:30:00');
    expect(time(event, 'dtend').toString()).toBe('2026-12-03T10:00:00');
    expect(time(event, 'dtend').toUnixTime() * 1000).toBe(instant('2026-12-03T10:00:00+09:00'));
    expect(event.getFirstPropertyValue('summary')).toBe('25 定常監視（日次）');
    expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-01T00:00:00Z');
  });

  it('writes the planned events with their times, and the closures all-day with an exclusive end', () => {
    const { byUid } = parse(ics);
    const outage = byUid('unyo-2026-12-21-outage-0800@unyo');
    expect(outage.getFirstPropertyValue('summary')).toBe('法定停電（中央図書館 受変電設備点検）');
    expect(time(outage, 'dtend').toString()).toBe('2026-12-21T16:00:00');
    const stockTaking = byUid('unyo-closure-2026-12-08-stock-taking-sakuradai@unyo');
    expect(time(stockTaking, 'dtstart').isDate).toBe(true);
    expect(time(stockTaking, 'dtstart').toString()).toBe('2026-12-08');
    expect(time(stockTaking, 'dtend').toString()).toBe('2026-12-12');
    expect(stockTaking.getFirstPropertyValue('summary')).toBe('休館: 桜台図書館（特別整理期間（蔵書点検））');
    const yearEnd = byUid('unyo-closure-2026-12-29-year-end-all@unyo');
    expect(time(yearEnd, 'dtend').toString()).toBe('2027-01-04');
  });

  it('round-trips escaping (\\ ; , newline) and folding of long multi-byte text', () => {
    const model = fakeModel();
    const { events, byUid } = parse(renderIcs(model));
    expect(events).toHaveLength(eventCount(model));
    expect(byUid('unyo-2026-11-02-item1-weekly@unyo').getFirstPropertyValue('summary')).toBe(`1 ${NASTY}（週次）`);
    expect(byUid('unyo-2026-11-05-item2-monthly@unyo').getFirstPropertyValue('summary')).toBe(`2 ${LONG}（月次）`);
    const event = byUid('unyo-2026-11-18-other-1400@unyo');
    expect(event.getFirstPropertyValue('summary')).toBe(`作業\n二行目 ${NASTY}`);
    expect(event.getFirstPropertyValue('description')).toContain(`対象館: 分館 <b>${NASTY}</b>`);
    expect(byUid('unyo-closure-2026-11-10-temporary-branch@unyo').getFirstPropertyValue('summary')).toContain(NASTY);
  });

  it('starts a block the day before when the due time is just after midnight', () => {
    const event = parse(renderIcs(fakeModel())).byUid('unyo-2026-11-04-item3-weekly@unyo');
    expect(time(event, 'dtstart').toString()).toBe('2026-11-03T23:45:00');
    expect(time(event, 'dtend').toString()).toBe('2026-11-04T00:15:00');
  });
});

describe('renderIcs, as bytes', () => {
  it.each([
    ['the repo 2026-12', ics],
    ['a model with long and nasty text', renderIcs(fakeModel())],
  ])('%s: CRLF line endings, no line over 75 octets, no character split', (_, text) => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    const bytes = Buffer.from(text, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        expect(() => decoder.decode(bytes.subarray(start, i))).not.toThrow();
        start = i + 2;
      }
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('is byte-identical for the same input (no clock)', async () => {
    expect(renderIcs(await repoSchedule('2026-12'))).toBe(ics);
    expect(ics.match(/^DTSTAMP:.*$/gm)!.every((l) => l === 'DTSTAMP:20261201T000000Z')).toBe(true);
  });
});

describe('iCalendar text rules', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['図書館', '図書館'],
  ])('escapeIcsText(%j) is %j', (text, escaped) => expect(escapeIcsText(text)).toBe(escaped));

  it.each([
    ['ASCII', 'X'.repeat(200)],
    ['3-octet Japanese', '図'.repeat(60)],
    ['4-octet emoji', '📚'.repeat(40)],
    ['mixed', `SUMMARY:${'a図📚'.repeat(30)}`],
  ])('folds %s at 75 octets and unfolds to the same text', (_, line) => {
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('fills the first line to exactly 75 octets', () => {
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
    expect(foldLine('図'.repeat(26))).toBe(`${'図'.repeat(25)}\r\n 図`);
  });
});
