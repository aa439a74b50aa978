import { CalendarSchema, RosterSchema, ShiftTableSchema } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatShiftIssuesText } from './format.ts';
import { CALENDAR, context } from './fixture.test-helper.ts';
import { validateShift } from './validate.ts';

/** Only 12-01 to 12-07 are open: the rest of December is closed, so that the issues are those of one week. */
const ONE_WEEK = CalendarSchema.parse({ ...CALENDAR, closures: [...CALENDAR.closures, { from: '2026-12-08', to: '2026-12-28', type: 'temporary', reason: '臨時休館' }] });

const TABLE = ShiftTableSchema.parse(
  parse(`
id: SFT-2026-12
kind: shift
month: 2026-12
by: pl-x
at: 2026-11-20T17:00:00+09:00
assignments:
  - { date: 2026-12-01, person: op-a, shift: late }
  - { date: 2026-12-02, person: op-a, shift: early }   # 21:00 → 08:30 is 11.5 h, under 12
  - { date: 2026-12-03, person: op-a, shift: early }   # op-a asked for 12-03 off
  - { date: 2026-12-04, person: op-a, shift: early }
  - { date: 2026-12-05, person: op-a, shift: day }
  - { date: 2026-12-06, person: op-a, shift: day }     # 6 days in a row
  - { date: 2026-12-01, person: op-b, shift: early }
  - { date: 2026-12-01, person: op-c, shift: early }
  - { date: 2026-12-01, person: op-d, shift: early }   # 3 on the early shift, at most 2
  - { date: 2026-12-02, person: op-b, shift: late }    # the override puts op-c on this late shift
  - { date: 2026-12-03, person: op-b, shift: late }
  - { date: 2026-12-04, person: op-b, shift: late }    # op-b's 4th shift, at most 2
  - { date: 2026-12-04, person: op-b, shift: early }   # a second shift the same day
  - { date: 2026-12-05, person: op-d, shift: day }     # op-d works weekdays only
  - { date: 2026-12-07, person: op-x, shift: day }     # not on the roster
  - { date: 2026-12-07, person: op-c, shift: night }   # no such pattern
  - { date: 2026-12-21, person: op-c, shift: day }     # a closed day: allowed (an outage to attend)
`),
);

const CTX = {
  ...context({
    operators: [{ person: 'op-a', daysOff: ['2026-12-03'] }, { person: 'op-b', maxShifts: 2 }, { person: 'op-c' }, { person: 'op-d', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
    rules: { minRestHours: 12 },
    overrides: [{ date: '2026-12-02', person: 'op-c', shift: 'late' }],
  }),
  calendar: ONE_WEEK,
};

describe('validateShift on a committed shift table', () => {
  it('reports every gap and every broken rule, each with its day, person and reason', () => {
    const issues = validateShift(TABLE, CTX);
    expect(issues.map((i) => [i.date, i.rule, i.person ?? '', i.shift ?? ''])).toMatchInlineSnapshot(`
      [
        [
          "2026-12-01",
          "shift-size",
          "",
          "early",
        ],
        [
          "2026-12-01",
          "consecutive-days",
          "op-a",
          "",
        ],
        [
          "2026-12-02",
          "override",
          "op-c",
          "",
        ],
        [
          "2026-12-02",
          "rest",
          "op-a",
          "early",
        ],
        [
          "2026-12-03",
          "day-off",
          "op-a",
          "early",
        ],
        [
          "2026-12-04",
          "double-shift",
          "op-b",
          "early",
        ],
        [
          "2026-12-05",
          "availability",
          "op-d",
          "day",
        ],
        [
          "2026-12-07",
          "coverage",
          "",
          "",
        ],
        [
          "2026-12-07",
          "reference",
          "op-x",
          "day",
        ],
        [
          "2026-12-07",
          "reference",
          "op-c",
          "night",
        ],
        [
          "2026-12",
          "max-shifts",
          "op-b",
          "",
        ],
        [
          "2026-12",
          "weekend-fairness",
          "",
          "",
        ],
      ]
    `);
    expect(formatShiftIssuesText(issues)).toMatchInlineSnapshot(`
      "12/01（火）［シフトの人数］早番が 3 名です（上限 2 名）。
      12/01（火）［連続勤務］A が 12/1〜12/6 の 6 日連続で勤務しています（上限 5 日）。
      12/02（水）［手動指定］C は手動指定で遅番ですが、表では休みです。
      12/02（水）［勤務間隔］A は前日の遅番（21:00 終了）から早番（08:30 開始）まで 11.5 時間しか空いていません（12 時間以上）。
      12/03（木）［休み］A が早番に入っていますが、休み希望の日です。
      12/04（金）［同じ日の重複］B に同じ日の勤務が二つあります（遅番と早番）。一日一つにしてください。
      12/05（土）［勤務できる曜日］D が日勤に入っていますが、勤務できる曜日ではありません。
      12/07（月）［常駐人数］09:00–17:00 の常駐者が 0 名です（必要 1 名）。日勤に入れない理由: A は連続勤務が 7 日になる（上限 5 日）、B は月の上限 2 回に達している。日勤に入れる人: C、D。
      12/07（月）［設定の参照］「op-x」は settings/roster.yaml のオペレーターではありません。
      12/07（月）［設定の参照］勤務パターン「night」は settings/roster.yaml の shifts にありません。
      12月全体［月の勤務上限］B の勤務が 4 回です（上限 2 回）。
      12月全体［土日祝の偏り］土日祝の勤務回数の差が 2 回あります（上限 1 回）: A 2 回、B 0 回、C 0 回、D 1 回。（B、D はこれ以上入れないため、少ない側の比較から除いています）"
    `);
  });

  it('accepts a clean table', () => {
    const table = { month: '2026-12', assignments: [
      { date: '2026-12-01', person: 'op-a', shift: 'early' }, { date: '2026-12-01', person: 'op-b', shift: 'late' },
      { date: '2026-12-02', person: 'op-c', shift: 'early' }, { date: '2026-12-02', person: 'op-d', shift: 'late' },
      { date: '2026-12-03', person: 'op-a', shift: 'early' }, { date: '2026-12-03', person: 'op-b', shift: 'late' },
      { date: '2026-12-04', person: 'op-c', shift: 'early' }, { date: '2026-12-04', person: 'op-d', shift: 'late' },
      { date: '2026-12-05', person: 'op-a', shift: 'day' }, { date: '2026-12-06', person: 'op-b', shift: 'day' },
      { date: '2026-12-07', person: 'op-c', shift: 'day' }, { date: '2026-12-29', person: 'op-d', shift: 'day' },
      { date: '2026-12-30', person: 'op-a', shift: 'day' }, { date: '2026-12-31', person: 'op-c', shift: 'day' },
    ] };
    expect(validateShift(table, { ...context(), calendar: ONE_WEEK })).toEqual([]);
  });

  it('reports settings that do not fit together', () => {
    const roster = RosterSchema.parse({ ...CTX.roster, operators: [...CTX.roster.operators, { person: 'se-x' }, { person: 'op-gone' }] });
    const issues = validateShift({ month: '2026-12', assignments: [] }, { ...CTX, roster, sites: [] });
    expect(formatShiftIssuesText(issues)).toMatchInlineSnapshot(`
      "12/02（水）［手動指定］C は手動指定で遅番ですが、表では休みです。
      12月全体［設定の参照］settings/sites.yaml に常駐する館（staffed: true）がありません。常駐が必要な時間を決められません。
      12月全体［設定の参照］settings/roster.yaml のオペレーター「se-x」は役割が operator ではありません（se）。シフトに入れません。
      12月全体［設定の参照］settings/roster.yaml のオペレーター「op-gone」は settings/people.yaml にいません。シフトに入れません。"
    `);
  });
});

describe('the schemas', () => {
  it('checks a roster within its file: unknown patterns, unknown operators, end before start', () => {
    const result = RosterSchema.safeParse({
      shifts: [{ id: 'night', label: '夜', name: '夜勤', start: '22:00', end: '07:00' }],
      operators: [{ person: 'op-a' }, { person: 'op-a' }],
      rules: { demand: [{ shifts: ['early'] }], perShift: { min: 2, max: 1 } },
      overrides: [{ date: '2026-12-01', person: 'op-z', shift: 'late' }, { date: '2026-12-01', person: 'op-z', shift: 'off' }],
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "shifts.0.end: 終了 07:00 が開始 22:00 より後ではありません（日をまたぐ勤務は書けません）。",
        "operators.1.person: オペレーター「op-a」が二度書かれています。",
        "rules.demand.0.shifts.0: 勤務パターン「early」は shifts にありません。",
        "rules.perShift.max: max 1 が min 2 より小さくなっています。",
        "overrides.0.person: 「op-z」は operators にありません。",
        "overrides.0.shift: 勤務パターン「late」は shifts にありません（休みは off）。",
        "overrides.1.person: 「op-z」は operators にありません。",
        "overrides.1: 2026-12-01 の「op-z」の指定が二つあります（overrides[0]）。",
      ]
    `);
  });

  it('checks a shift table: the id names the month, every day is in it', () => {
    const result = ShiftTableSchema.safeParse({ ...TABLE, id: 'SFT-2026-11', assignments: [{ date: '2026-11-30', person: 'op-a', shift: 'early' }] });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "id: id SFT-2026-11 が対象月 2026-12 と一致しません（SFT-2026-12）。",
        "assignments.0.date: 2026-11-30 は対象月 2026-12 の日付ではありません。",
      ]
    `);
  });
});
