import { z } from 'zod';
import { ItemIdSchema } from '../records/common.ts';
import { RefSchema } from '../ref.ts';
import { IsoDateSchema } from '../time.ts';

/** The incident severities of settings/sla.yaml: S1 重大, S2 高, S3 中, S4 低. */
export const SEVERITIES = ['S1', 'S2', 'S3', 'S4'] as const;

export type Severity = (typeof SEVERITIES)[number];

/**
 * What a metric measures. The incident kinds measure one severity each; the clock starts at the
 * earlier of the record's `at` and its `received` event. incident-onsite-arrival runs from the
 * incident's `onsite-request` event to its `onsite-arrival` event; improvement-plan from the moment
 * another metric became 未達成 to the minutes decision (type improvement) that presents its plan;
 * change-completion from a change's approval to its successful result by the end of its window.
 */
export const SLA_METRIC_KINDS = [
  'incident-first-report',
  'incident-response-start',
  'incident-restoration',
  'inquiry-first-answer',
  'inquiry-closure',
  'request-deadline',
  'periodic-on-time',
  'backup-success',
  'document-update',
  'availability',
  'report-before-meeting',
  'incident-onsite-arrival',
  'improvement-plan',
  'change-completion',
] as const;

export type SlaMetricKind = (typeof SLA_METRIC_KINDS)[number];

/** The Japanese name of each metric kind. */
export const SLA_METRIC_KIND_LABELS: Record<SlaMetricKind, string> = {
  'incident-first-report': '障害の第一報',
  'incident-response-start': '障害の対応開始',
  'incident-restoration': '障害の復旧',
  'inquiry-first-answer': '問い合わせの一次回答',
  'inquiry-closure': '問い合わせの完了',
  'request-deadline': '依頼申請の期限内対応',
  'periodic-on-time': '定期作業の定刻実施',
  'backup-success': 'バックアップの成功',
  'document-update': 'リリース後のドキュメント更新',
  availability: '稼働率',
  'report-before-meeting': '月次報告書の提出',
  'incident-onsite-arrival': '障害の現地到着',
  'improvement-plan': '未達成項目の改善案の提示',
  'change-completion': '変更・リリースの予定内完了',
};

/**
 * How time is counted: every minute (`24x365`), the opening hours of the incident's affected sites
 * or the asking site (`opening-hours`, from settings/calendar.yaml), or the SE office's hours
 * (`office-hours`, weekdays except holidays and the year-end closure).
 */
export const SLA_CLOCKS = ['24x365', 'opening-hours', 'office-hours'] as const;

export type SlaClock = (typeof SLA_CLOCKS)[number];

/** The Japanese name of each clock. */
export const SLA_CLOCK_LABELS: Record<SlaClock, string> = {
  '24x365': '24時間365日',
  'opening-hours': '開館時間',
  'office-hours': '開庁時間',
};

/** The period over which a verdict is given: month, half-year (上期 Apr–Sep / 下期 Oct–Mar) or fiscal year. */
export const SLA_PERIODS = ['month', 'half-year', 'fiscal-year'] as const;

export type SlaPeriodKind = (typeof SLA_PERIODS)[number];

/**
 * The units of a target duration. `opening-days` and `office-days` count whole days: the target is
 * the close of the Nth opening (office) day after the day the clock starts (1 = 翌開館日中).
 * `days` are 24-hour days of the 24x365 clock.
 */
export const SLA_UNITS = ['minutes', 'hours', 'opening-days', 'office-days', 'days'] as const;

const INCIDENT_KINDS: readonly SlaMetricKind[] = ['incident-first-report', 'incident-response-start', 'incident-restoration'];
const DURATION_KINDS: readonly SlaMetricKind[] = [...INCIDENT_KINDS, 'incident-onsite-arrival', 'inquiry-first-answer', 'inquiry-closure', 'document-update', 'improvement-plan'];
const DAY_UNIT_CLOCK = { 'opening-days': 'opening-hours', 'office-days': 'office-hours', days: '24x365' } as const;

/** A time allowed: an amount of a unit, counted on the metric's clock. */
const DurationSchema = z.strictObject({
  /** How many units (for example 30 minutes, 4 hours, 1 opening day). */
  amount: z.number().positive(),
  /** minutes, hours (of the clock), opening-days, office-days (the close of the Nth such day after the start day), days (24 h). */
  unit: z.enum(SLA_UNITS),
});

/** What counts as achieved: the time allowed, and how many records must keep it. */
const TargetSchema = z.strictObject({
  /** The time allowed from the start of the clock; absent for rates (availability, backups, periodic work, deadlines of their own). */
  within: DurationSchema.optional(),
  /** `all`: every record must meet the target (S1・S2); a number: the percentage that must (95 = 95% 以上). For availability, the minimum percentage of planned service time. */
  threshold: z.union([z.literal('all'), z.number().gt(0).max(100)]),
});

/** The deadline rule of the monthly report (report-before-meeting): the earlier of two office days. */
const ReportRuleSchema = z.strictObject({
  /** Due by the close of this office day of the month after the month reported (5 = 翌月第5開庁日). */
  officeDayOfNextMonth: z.int().min(1).max(23).meta({ description: '翌月の第何開庁日の終業までに提出するか（5 = 翌月第5開庁日）' }),
  /** Due by the close of the office day this many office days before the monthly meeting (3 = 会議の3開庁日前). */
  officeDaysBeforeMeeting: z.int().min(0).max(20).meta({ description: '月次定例会議の何開庁日前の終業までに提出するか（3 = 会議の3開庁日前、0 = 会議の開始まで）' }),
  /** earlier: the report is due by the earlier of the two deadlines (the only rule; `either` was dropped because the runbooks say 「いずれか早い日」). */
  rule: z
    .literal('earlier', { error: 'rule は earlier（2つの期限のいずれか早い日）だけが使えます。either（どちらかを守ればよい）は廃止しました。' })
    .meta({ description: '期限の決まり: earlier（翌月第N開庁日と会議のN開庁日前の、いずれか早い日）' }),
});

/** One service-level metric (サービスレベル項目). */
export const SlaMetricSchema = z
  .strictObject({
    /** A stable id, such as incident-restoration-s1; records and minutes refer to it. */
    id: RefSchema,
    /** The Japanese name shown in reports (復旧時間（S1 重大）). */
    name: z.string().min(1),
    /** What is measured (see SLA_METRIC_KINDS). */
    kind: z.enum(SLA_METRIC_KINDS),
    /** The severity measured, for the incident kinds only. */
    severity: z.enum(SEVERITIES).optional(),
    /** For incident-onsite-arrival: the severities measured; every severity when absent. */
    severities: z
      .array(z.enum(SEVERITIES))
      .min(1)
      .meta({ description: 'incident-onsite-arrival で測る障害の重要度（省略時はすべて）' })
      .optional(),
    /** How time is counted: 24x365, opening-hours (of the affected or asking site) or office-hours. */
    clock: z.enum(SLA_CLOCKS),
    /** The time allowed and the share of records that must keep it. */
    target: TargetSchema,
    /** The period of the official verdict: month, half-year or fiscal-year (shorter reports are interim, 速報). */
    period: z.enum(SLA_PERIODS),
    /** The operation items (項番) whose work the metric measures; an approved improvement (item 14) naming one of them is this metric's improvement. */
    items: z.array(ItemIdSchema).min(1),
    /** For periodic-on-time: the items whose due occurrences are measured; every item with a cycle when absent. */
    measures: z.array(ItemIdSchema).min(1).optional(),
    /** For incident-restoration and availability: a workaround (暫定復旧) stops the clock too (true for restoration in the defaults). */
    workaroundCounts: z.boolean().optional(),
    /** For availability: the incident severities that count as an outage of the sites they list. */
    outageSeverities: z.array(z.enum(SEVERITIES)).min(1).optional(),
    /** For availability over opening hours: minutes of planned service before opening and after closing (30). */
    margin: z.int().min(0).max(180).optional(),
    /** For report-before-meeting: the deadline rule. */
    report: ReportRuleSchema.optional(),
    /** true: 初期値（図書館と合意が必要）. Remove the marker once the library has agreed to the value. */
    default: z.boolean().optional(),
    /** Remarks shown with the metric (the reason for a value, what is excluded). */
    note: z.string().min(1).optional(),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const incident = INCIDENT_KINDS.includes(m.kind);
    if (incident && m.severity === undefined) issue('severity', `${m.kind} には severity（S1〜S4）が必要です。`);
    if (!incident && m.severity !== undefined) issue('severity', m.kind === 'incident-onsite-arrival' ? 'incident-onsite-arrival の重要度は severities（一覧）で書きます。' : `severity は障害の項目（incident-…）にだけ書きます。`);
    if (m.kind !== 'incident-onsite-arrival' && m.severities !== undefined) issue('severities', 'severities は incident-onsite-arrival にだけ書きます。');
    if (DURATION_KINDS.includes(m.kind) && m.target.within === undefined) issue('target', `${m.kind} には target.within（目標時間）が必要です。`);
    const unit = m.target.within?.unit;
    if (unit !== undefined && unit in DAY_UNIT_CLOCK && !Number.isInteger(m.target.within?.amount)) issue('target', `単位 ${unit} の amount は整数で書いてください。`);
    if (unit !== undefined && unit in DAY_UNIT_CLOCK && DAY_UNIT_CLOCK[unit as keyof typeof DAY_UNIT_CLOCK] !== m.clock) {
      issue('target', `単位 ${unit} は clock: ${DAY_UNIT_CLOCK[unit as keyof typeof DAY_UNIT_CLOCK]} の項目でだけ使えます。`);
    }
    if (m.kind === 'availability' && m.outageSeverities === undefined) issue('outageSeverities', 'availability には outageSeverities（停止とみなす重要度）が必要です。');
    if (m.kind === 'availability' && m.clock === 'office-hours') issue('clock', 'availability の clock は opening-hours（館ごと）か 24x365 です。');
    if (m.kind === 'report-before-meeting' && m.report === undefined) issue('report', 'report-before-meeting には report（提出期限の決まり）が必要です。');
  });

export type SlaMetric = z.output<typeof SlaMetricSchema>;

/** One version of the definitions; a record is measured by the version in force when it started. */
export const SlaVersionSchema = z
  .strictObject({
    /** The version's name, such as 2026.1. */
    version: z.string().min(1),
    /** The first day (JST) on which this version applies. */
    effectiveFrom: IsoDateSchema,
    /** What changed and who agreed (the minutes MTG-… that approved it). */
    note: z.string().min(1),
    /** The metrics of this version. */
    metrics: z.array(SlaMetricSchema).min(1),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.metrics.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['metrics', i, 'id'], message: `項目 id「${m.id}」が重複しています。` });
      seen.add(m.id);
    });
  });

export type SlaVersion = z.output<typeof SlaVersionSchema>;

/** settings/sla.yaml: the service-level definitions, versioned. SEs change them by pull request. */
export const SlaSchema = z
  .strictObject({
    /** The versions, oldest first; each applies from its effectiveFrom until the next one's. */
    versions: z.array(SlaVersionSchema).min(1),
  })
  .superRefine((s, ctx) => {
    s.versions.forEach((v, i) => {
      const before = s.versions[i - 1];
      if (before && before.effectiveFrom >= v.effectiveFrom) {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'effectiveFrom'], message: `effectiveFrom は古い版から順に、日付が重ならないように書いてください（${before.effectiveFrom} の次が ${v.effectiveFrom}）。` });
      }
      if (s.versions.findIndex((o) => o.version === v.version) !== i) {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'version'], message: `版「${v.version}」が重複しています。` });
      }
    });
  });

export type Sla = z.output<typeof SlaSchema>;
