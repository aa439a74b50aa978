import { z } from 'zod';
import { RefSchema } from '../ref.ts';
import { IsoDateSchema } from '../time.ts';
import { TimeOfDaySchema, WEEKDAYS } from './calendar.ts';

/** The days an operator can work: the weekdays, and `holiday` for national holidays (`holiday` wins over the weekday, as in calendar.yaml). */
export const ROSTER_DAYS = [...WEEKDAYS, 'holiday'] as const;

export type RosterDay = (typeof ROSTER_DAYS)[number];

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A shift pattern (勤務パターン), such as 早番 08:30–17:15. Shifts end on the day they start. */
const PatternSchema = z.strictObject({
  /** Short id used in the shift table, such as early. */
  id: RefSchema.meta({ description: 'シフト表で使う勤務パターンの id（例: early）', examples: ['early'] }),
  /** The one-character cell of the shift table, such as 早. */
  label: z.string().min(1).max(2).meta({ description: 'シフト表のセルに書く 1〜2 文字（例: 早）', examples: ['早'] }),
  /** The name, such as 早番. */
  name: z.string().min(1).meta({ description: '勤務パターンの名前（例: 早番）' }),
  /** Start time (JST). */
  start: TimeOfDaySchema.meta({ description: '開始時刻（日本時間）' }),
  /** End time (JST), later than the start on the same day. */
  end: TimeOfDaySchema.meta({ description: '終了時刻（日本時間）。同じ日の開始より後' }),
});

/** One operator on the roster and when they can work. */
const OperatorSchema = z.strictObject({
  /** The person (an id of settings/people.yaml with the role operator). */
  person: RefSchema.meta({ description: 'オペレータ（settings/people.yaml の id、役割 operator）' }),
  /** The days they can work; every day when absent. A national holiday needs `holiday`. */
  days: z.array(z.enum(ROSTER_DAYS)).min(1).default([...ROSTER_DAYS]).meta({ description: '勤務できる曜日（祝日に勤務できるなら holiday も）。省略時は毎日' }),
  /** Dated days off they asked for (休み希望) in the months being planned. */
  daysOff: z.array(IsoDateSchema).default([]).meta({ description: '計画する月の休み希望日（例: 2026-12-24）' }),
  /** At most this many shifts in a month; no limit when absent. */
  maxShifts: z.int().min(0).meta({ description: 'ひと月の勤務回数の上限。省略時は上限なし' }).optional(),
});

/** Which shifts a day needs, by the latest closing time of the staffed sites that day; the first matching entry wins. */
const DemandSchema = z.strictObject({
  /** Applies when the staffed sites close at or before this time; an entry without it matches every open day. */
  closesBy: TimeOfDaySchema.meta({ description: '勤務する館の最も遅い閉館時刻がこれ以前の日に当てはまる。省略時はすべての開館日' }).optional(),
  /** The shift pattern ids needed that day, each staffed by `perShift.min` operators. */
  shifts: z.array(RefSchema).min(1).meta({ description: 'その日に必要な勤務パターンの id（それぞれ perShift.min 人）' }),
});

/** The rules the shift table must keep. */
const RulesSchema = z.strictObject({
  /** Coverage (常駐条件): every opening hour of every staffed site has at least `operators` operators on site. */
  coverage: z
    .strictObject({
      /** Operators needed on site at every moment of the covered hours. */
      operators: z.int().min(1).default(1).meta({ description: '常に在館が必要なオペレータの人数' }),
      /** Minutes before opening from which the first operator is needed (開館前の点検). */
      beforeOpening: z.int().min(0).max(240).default(30).meta({ description: '開館の何分前から必要か（開館前の点検）' }),
      /** Minutes after closing until which an operator is still needed. */
      afterClosing: z.int().min(0).max(240).default(0).meta({ description: '閉館の何分後まで必要か' }),
    })
    .prefault({})
    .meta({ description: '常駐条件: 勤務する館の開館時間中は常に operators 人以上が在館する' }),
  /** Which shifts an open day needs; a closed day needs none. */
  demand: z.array(DemandSchema).min(1).meta({ description: '開館日に必要な勤務パターン（最初に当てはまったものを使う）。休館日は不要' }),
  /** Operators on one shift of one day. */
  perShift: z
    .strictObject({
      /** At least this many on each shift a day needs. */
      min: z.int().min(1).default(1).meta({ description: '1 勤務あたりの最少人数' }),
      /** At most this many on any shift. */
      max: z.int().min(1).default(2).meta({ description: '1 勤務あたりの最多人数' }),
    })
    .prefault({})
    .meta({ description: '1 日の 1 勤務あたりの人数: min・max' }),
  /** At most this many working days in a row (連続勤務の上限). */
  maxConsecutiveDays: z.int().min(1).default(5).meta({ description: '連続勤務の上限（日）' }),
  /** At least this many hours between the end of one shift and the start of the next (勤務間インターバル). */
  minRestHours: z.number().min(0).max(24).default(11).meta({ description: '勤務間インターバル（時間）: 勤務の終わりから次の勤務の始まりまで' }),
  /** Weekend and holiday shifts per operator differ by at most this many, among operators who can work weekends or holidays. */
  weekendSpread: z.int().min(0).default(1).meta({ description: '土日祝の勤務回数の差の上限（土日祝に勤務できるオペレータの間で）' }),
});

/** A decision that wins over the solver: this person works this shift (or is off) on this day. */
const OverrideSchema = z.strictObject({
  /** The day. */
  date: IsoDateSchema.meta({ description: '日付（例: 2026-12-24）' }),
  /** The person (an operator of this roster). */
  person: RefSchema.meta({ description: 'オペレータ（この roster の operators の person）' }),
  /** A shift pattern id, or off. */
  shift: z.union([z.literal('off'), RefSchema]).meta({ description: '勤務パターンの id、または off（休み）' }),
  /** Why (shown on the table; no private reasons for leave). */
  note: z.string().min(1).meta({ description: '理由（表に表示する。休暇の私的な理由は書かない）' }).optional(),
});

/**
 * settings/roster.yaml: the shift patterns, the operators with their availability, the rules and
 * the manual overrides from which `unyo shift <月>` drafts the shift table (シフト表, item 20).
 */
export const RosterSchema = z
  .strictObject({
    /** The shift patterns (勤務パターン). */
    shifts: z.array(PatternSchema).min(1).meta({ description: '勤務パターン' }),
    /** The operators on the roster, in the order of the table's columns. */
    operators: z.array(OperatorSchema).min(1).meta({ description: 'オペレータ（シフト表の列の順）' }),
    /** The rules. */
    rules: RulesSchema.meta({ description: 'シフト表が守る決まり' }),
    /** Manual overrides, applied before anything else. */
    overrides: z.array(OverrideSchema).default([]).meta({ description: '手動の指定（ソルバーより優先）' }),
  })
  .check((ctx) => {
    const { shifts, operators, rules, overrides } = ctx.value;
    const issue = (path: PropertyKey[], message: string) => ctx.issues.push({ code: 'custom', input: ctx.value, path, message });
    const ids = new Set<string>();
    shifts.forEach((s, i) => {
      if (ids.has(s.id)) issue(['shifts', i, 'id'], `勤務パターン「${s.id}」が二度定義されています。`);
      ids.add(s.id);
      if (minutes(s.end) <= minutes(s.start)) issue(['shifts', i, 'end'], `終了 ${s.end} が開始 ${s.start} より後ではありません（日をまたぐ勤務は書けません）。`);
    });
    const people = new Set<string>();
    operators.forEach((o, i) => {
      if (people.has(o.person)) issue(['operators', i, 'person'], `オペレーター「${o.person}」が二度書かれています。`);
      people.add(o.person);
    });
    rules.demand.forEach((d, i) =>
      d.shifts.forEach((s, j) => {
        if (!ids.has(s)) issue(['rules', 'demand', i, 'shifts', j], `勤務パターン「${s}」は shifts にありません。`);
      }),
    );
    if (rules.perShift.max < rules.perShift.min) issue(['rules', 'perShift', 'max'], `max ${rules.perShift.max} が min ${rules.perShift.min} より小さくなっています。`);
    overrides.forEach((o, i) => {
      if (!people.has(o.person)) issue(['overrides', i, 'person'], `「${o.person}」は operators にありません。`);
      if (o.shift !== 'off' && !ids.has(o.shift)) issue(['overrides', i, 'shift'], `勤務パターン「${o.shift}」は shifts にありません（休みは off）。`);
      const twin = overrides.findIndex((p) => p.date === o.date && p.person === o.person);
      if (twin < i) issue(['overrides', i], `${o.date} の「${o.person}」の指定が二つあります（overrides[${twin}]）。`);
    });
  });

export type Roster = z.output<typeof RosterSchema>;
export type ShiftPattern = Roster['shifts'][number];
export type RosterOperator = Roster['operators'][number];
export type RosterOverride = Roster['overrides'][number];
