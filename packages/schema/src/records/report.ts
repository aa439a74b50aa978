import { z } from 'zod';
import { PersonRefSchema, refersTo } from '../ref.ts';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { valuesDescription } from '../values-description.ts';
import { recordBase, recordKind, sequenceId } from './common.ts';

/**
 * The reports the library receives, by the operation item that makes them: daily (98), monthly (99),
 * incident (54, 97), service level (13), performance (10), minutes (101), ad hoc (97).
 */
export const REPORT_TYPES = ['daily', 'monthly', 'incident', 'sla', 'performance', 'minutes', 'ad-hoc'] as const;

export type ReportType = (typeof REPORT_TYPES)[number];

/** The Japanese name of each report. */
export const REPORT_TYPE_LABELS: Record<ReportType, string> = {
  daily: '日次報告書',
  monthly: '月次報告書',
  incident: '障害報告書',
  sla: 'サービスレベル管理レポート',
  performance: '性能管理報告',
  minutes: '議事録',
  'ad-hoc': '随時報告書',
};

/** The operation items each report evidences, the first one being the item that makes it. */
export const REPORT_TYPE_ITEMS: Record<ReportType, readonly number[]> = {
  daily: [98],
  monthly: [99],
  incident: [54, 97],
  sla: [13],
  performance: [10],
  minutes: [101],
  'ad-hoc': [97],
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const HALF = /^\d{4}H[12]$/;

/** A period a report covers: a date `2026-11-27`, a month `2026-11`, or a half-year `2026H2`. */
export const ReportPeriodSchema = z
  .string()
  .check((ctx) => {
    if (MONTH.test(ctx.value) || HALF.test(ctx.value) || IsoDateSchema.safeParse(ctx.value).success) return;
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `period「${ctx.value}」は使えません。日付 2026-11-27、月 2026-11、半期 2026H2 のいずれかの形で書いてください。` });
  })
  .meta({ examples: ['2026-11', '2026-11-27', '2026H2'], pattern: `^(\\d{4}-\\d{2}-\\d{2}|${MONTH.source.slice(1, -1)}|${HALF.source.slice(1, -1)})$` });

/** What the JSON Schema says of a delivered file's path (zod checks it with the function below): not absolute, no `..`. */
const RELATIVE_PATH = /^(?![\\/]|[A-Za-z]:)(?!(?:.*[\\/])?\.\.(?:[\\/]|$)).+$/;

/** A file delivered to the library, and the SHA-256 of its bytes as delivered. */
export const DeliveredFileSchema = z.strictObject({
  /** The file, relative to the repository root (reports/2026-11/monthly-2026-10.pdf). */
  path: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && !p.split(/[\\/]/).includes('..'), 'path はリポジトリのルートからの相対パスで書いてください（例: reports/2026-11/monthly-2026-10.pdf）。')
    .meta({ description: 'ファイルのパス（リポジトリのルートからの相対パス、例: reports/2026-11/monthly-2026-10.pdf）', examples: ['reports/2026-11/monthly-2026-10.pdf'], pattern: RELATIVE_PATH.source }),
  /** The SHA-256 of the delivered bytes: 64 lower-case hexadecimal digits (`sha256sum` prints it). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 は 16 進数の小文字 64 桁で書いてください（sha256sum の出力）。').meta({ description: '提出したバイト列の SHA-256（16 進数の小文字 64 桁、sha256sum の出力）' }),
});

/** 報告書の提出記録: one report handed to the library — which, for what, when, to whom, which files. */
export const ReportSchema = z
  .strictObject({
    /** RPT-YYYY-NNNN. */
    id: sequenceId('RPT'),
    /** The record kind. */
    kind: recordKind('report'),
    ...recordBase,
    /** Which report: daily, monthly, incident, sla, performance, minutes or ad-hoc. */
    report: z.enum(REPORT_TYPES).meta({ description: `報告書の種類: ${valuesDescription(REPORT_TYPE_LABELS)}` }),
    /** The period it covers: a date for daily, a month for monthly, a half-year (2026H2) or month for sla. */
    period: ReportPeriodSchema.meta({ description: '対象期間（日次は 2026-11-27、月次は 2026-11、サービスレベルは 2026H2 か 2026-11）。period か subject のどちらかは必須' }).optional(),
    /** The record it is about (INC-2026-0105 for an incident report, MTG-… for minutes). */
    subject: refersTo(z.string().regex(/^[A-Z]+-\d{4}-[0-9-]+$/, 'subject は記録 id で書いてください（例: INC-2026-0105）。'), 'record')
      .meta({ description: '対象の記録 id（障害報告書は INC-2026-0105）' })
      .optional(),
    /** When it was handed to the library (JST); may be before `at` when registered afterwards. */
    submittedAt: IsoDateTimeSchema.meta({ description: '図書館へ提出した日時（日本時間）。at より前でもよい' }),
    /** To whom, as the library names the post (中央図書館 システム担当係長). */
    to: z.string().min(1).meta({ description: '宛先（例: 中央図書館 システム担当係長）' }),
    /** Who submitted it (a person id of settings/people.yaml). */
    submittedBy: PersonRefSchema.meta({ description: '提出者（settings/people.yaml の id）' }),
    /** The files delivered, with the SHA-256 of their bytes. */
    files: z.array(DeliveredFileSchema).min(1).meta({ description: '提出したファイル: path（リポジトリのルートからの相対パス）と sha256（16 進数の小文字 64 桁）' }),
    /** The library's acknowledgement of receipt. */
    acknowledgement: z
      .strictObject({
        /** When the library acknowledged it (JST). */
        at: IsoDateTimeSchema.meta({ description: '図書館が受領した日時（日本時間）' }),
        /** Who acknowledged it, as the library names the person or post (システム担当係 田中). */
        by: z.string().min(1).meta({ description: '受領した図書館の担当者・係（例: 中央図書館 システム担当係）' }),
        /** What they said. */
        note: z.string().min(1).meta({ description: '図書館の言ったこと' }).optional(),
      })
      .meta({ description: '図書館の受領: at（日時）・by（受領した担当者・係）・note' })
      .optional(),
    /** Remarks. */
    note: z.string().meta({ description: '備考' }).optional(),
  })
  .refine((r) => r.period !== undefined || r.subject !== undefined, {
    message: 'period（対象期間）か subject（対象の記録 id）のどちらかを書いてください。',
    path: ['period'],
  })
  .superRefine((r, ctx) => {
    const p = r.period;
    if (p === undefined) return;
    const shape = /^\d{4}-\d{2}-\d{2}$/.test(p) ? 'date' : MONTH.test(p) ? 'month' : 'half';
    const wanted = r.report === 'daily' ? ['date'] : r.report === 'monthly' || r.report === 'performance' ? ['month'] : r.report === 'sla' ? ['month', 'half'] : undefined;
    if (wanted && !wanted.includes(shape)) {
      const example = r.report === 'daily' ? '2026-11-27' : r.report === 'sla' ? '2026H2 または 2026-11' : '2026-11';
      ctx.addIssue({ code: 'custom', path: ['period'], input: p, message: `${REPORT_TYPE_LABELS[r.report]}の period は ${example} の形で書いてください。` });
    }
  });

export type Report = z.output<typeof ReportSchema>;
