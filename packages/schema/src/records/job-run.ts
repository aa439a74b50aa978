import { z } from 'zod';
import { PersonRefSchema } from '../ref.ts';
import { IsoDateTimeSchema } from '../time.ts';
import { recordBase, recordKind, recordRef, sequenceId } from './common.ts';

/** 作業実施記録: one run of a periodic job (business operations 67–96, and any cyclic item). */
export const JobRunSchema = z.strictObject({
  /** JOB-YYYY-NNNN. */
  id: sequenceId('JOB'),
  /** The record kind. */
  kind: recordKind('job-run'),
  ...recordBase,
  /** When the job ended (JST); `at` is when it started. */
  endedAt: IsoDateTimeSchema.meta({ description: '作業の終了日時（日本時間）。開始は at' }).optional(),
  /** success, partial, failure or skipped. */
  result: z.enum(['success', 'partial', 'failure', 'skipped']).meta({ description: '結果: success 成功 / partial 一部成功 / failure 失敗 / skipped 実施せず' }),
  /** Result counts by name (抽出件数, 削除件数, 出力枚数…). Counts only: never patron data. */
  counts: z.record(z.string().min(1), z.int().min(0)).meta({ description: '件数（名前: 数。抽出件数・削除件数・出力枚数など）。利用者の個人情報は書かない', examples: [{ 抽出件数: 120 }] }).optional(),
  /** What was delivered to whom. */
  deliverables: z
    .array(
      z.strictObject({
        /** The list, form or file. */
        name: z.string().min(1).meta({ description: '帳票・リスト・ファイルの名前' }),
        /** The receiving site (settings/sites.yaml) or department. */
        to: z.string().min(1).meta({ description: '引き渡し先の館（settings/sites.yaml の id）または部署' }),
        /** When it was handed over. */
        at: IsoDateTimeSchema.meta({ description: '引き渡した日時（日本時間）' }).optional(),
      }),
    )
    .meta({ description: '引き渡したもの: name・to・at' })
    .optional(),
  /** What was seen, and why when not success. */
  note: z.string().meta({ description: '所見（成功でないときはその理由）' }).optional(),
  /** The incident opened for a failure. */
  incident: recordRef('INC').meta({ description: '失敗で起票したインシデント（INC-…）' }).optional(),
  /** Who else worked on it. */
  with: z.array(PersonRefSchema).meta({ description: '一緒に作業した担当者（settings/people.yaml の id）' }).optional(),
});

export type JobRun = z.output<typeof JobRunSchema>;
