/** The rules of a shift table, in the order they are reported. */
export const SHIFT_RULES = [
  'coverage',
  'shift-size',
  'override',
  'day-off',
  'availability',
  'double-shift',
  'consecutive-days',
  'rest',
  'max-shifts',
  'weekend-fairness',
  'operator-work',
  'reference',
] as const;

export type ShiftRule = (typeof SHIFT_RULES)[number];

/** The Japanese name of each rule, for people. */
export const SHIFT_RULE_LABELS: Record<ShiftRule, string> = {
  coverage: '常駐人数',
  'shift-size': 'シフトの人数',
  override: '手動指定',
  'day-off': '休み',
  availability: '勤務できる曜日',
  'double-shift': '同じ日の重複',
  'consecutive-days': '連続勤務',
  rest: '勤務間隔',
  'max-shifts': '月の勤務上限',
  'weekend-fairness': '土日祝の偏り',
  'operator-work': '運用支援業務の出勤者',
  reference: '設定の参照',
};

/** One thing wrong with a shift table: a coverage gap or a broken rule. Plain data; the CLI words the output. */
export interface ShiftIssue {
  /** The day, or the month (`2026-12`) for a rule over the whole month. */
  date: string;
  /** The rule that is not met. */
  rule: ShiftRule;
  /** What is wrong and why, in Japanese. */
  message: string;
  /** The operator concerned, if one. */
  person?: string;
  /** The shift pattern concerned, if one. */
  shift?: string;
  /** For a coverage gap: the time range without enough operators, such as ['09:00', '12:15']. */
  time?: [string, string];
  /** For operator work without an operator: the operation items due that day (項番). */
  items?: number[];
}

/** One cell of a shift table: this person works this shift pattern on this day. */
export interface Assignment {
  date: string;
  person: string;
  shift: string;
}

const order = (i: ShiftIssue) => `${i.date.length === 7 ? `${i.date}-99` : i.date} ${String(SHIFT_RULES.indexOf(i.rule)).padStart(2, '0')} ${i.time?.[0] ?? ''}`;

/** Sorts issues by day (month-wide ones last), then rule, then time, in place. */
export const sortIssues = (issues: ShiftIssue[]): ShiftIssue[] => issues.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
