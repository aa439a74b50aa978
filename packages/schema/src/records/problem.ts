import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { recordBase, sequenceId } from './common.ts';

/** 問題（障害）管理: root cause, workaround and prevention of recurrence (items 3–4). */
export const ProblemSchema = z.strictObject({
  /** PRB-YYYY-NNNN. */
  id: sequenceId('PRB'),
  /** The record kind. */
  kind: z.literal('problem'),
  ...recordBase,
  /** A short title. */
  title: z.string().min(1),
  /** The incidents it explains. */
  incidents: z.array(sequenceId('INC')).min(1),
  /** The root cause, once known. */
  rootCause: z.string().optional(),
  /** 暫定手順: the workaround given to the operators. */
  workaround: z.string().optional(),
  /** 再発防止: the prevention of recurrence. */
  prevention: z.string().optional(),
  /** Changes that carry the prevention. */
  changes: z.array(sequenceId('CHG')).optional(),
  /** When the prevention is due. */
  due: IsoDateSchema,
  /** open, known-error (cause known, workaround given), resolved (prevention done), closed. */
  status: z.enum(['open', 'known-error', 'resolved', 'closed']),
  /** When it was closed. */
  closedAt: IsoDateTimeSchema.optional(),
});

export type ProblemRecord = z.output<typeof ProblemSchema>;
