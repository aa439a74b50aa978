import { z } from 'zod';
import { IsoDateTimeSchema } from '../time.ts';
import { RefSchema, recordBase, sequenceId } from './common.ts';

/** 作業実施記録: one run of a periodic job (business operations 67–96, and any cyclic item). */
export const JobRunSchema = z.strictObject({
  /** JOB-YYYY-NNNN. */
  id: sequenceId('JOB'),
  /** The record kind. */
  kind: z.literal('job-run'),
  ...recordBase,
  /** When the job ended (JST); `at` is when it started. */
  endedAt: IsoDateTimeSchema.meta({ description: '作業の終了日時（日本時間）。開始は at' }).optional(),
  /** success, partial, failure or skipped. */
  result: z.enum(['success', 'partial', 'failure', 'skipped']),
  /** Result counts by name (抽出件数, 削除件数, 出力枚数…). Counts only: never patron data. */
  counts: z.record(z.string().min(1), z.int().min(0)).optional(),
  /** What was delivered to whom. */
  deliverables: z
    .array(
      z.strictObject({
        /** The list, form or file. */
        name: z.string().min(1),
        /** The receiving site (settings/sites.yaml) or department. */
        to: z.string().min(1),
        /** When it was handed over. */
        at: IsoDateTimeSchema.optional(),
      }),
    )
    .optional(),
  /** What was seen, and why when not success. */
  note: z.string().optional(),
  /** The incident opened for a failure. */
  incident: sequenceId('INC').optional(),
  /** Who else worked on it. */
  with: z.array(RefSchema).optional(),
});

export type JobRun = z.output<typeof JobRunSchema>;
