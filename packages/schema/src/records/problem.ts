import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { recordBase, recordKind, recordRef, sequenceId } from './common.ts';

/** 問題（障害）管理: root cause, workaround and prevention of recurrence (items 3–4). */
export const ProblemSchema = z.strictObject({
  /** PRB-YYYY-NNNN. */
  id: sequenceId('PRB'),
  /** The record kind. */
  kind: recordKind('problem'),
  ...recordBase,
  /** A short title. */
  title: z.string().min(1).meta({ description: '件名' }),
  /** The incidents it explains. */
  incidents: z.array(recordRef('INC')).min(1).meta({ description: '原因を同じくするインシデント（INC-…）' }),
  /** The root cause, once known. */
  rootCause: z.string().meta({ description: '根本原因（判明したら）' }).optional(),
  /** 暫定手順: the workaround given to the operators. */
  workaround: z.string().meta({ description: '暫定手順: オペレータに渡した回避策' }).optional(),
  /** 再発防止: the prevention of recurrence. */
  prevention: z.string().meta({ description: '再発防止策' }).optional(),
  /** Changes that carry the prevention. */
  changes: z.array(recordRef('CHG')).meta({ description: '再発防止を担う変更（CHG-…）' }).optional(),
  /** When the prevention is due. */
  due: IsoDateSchema.meta({ description: '再発防止の期限（例: 2026-12-10）' }),
  /** open, known-error (cause known, workaround given), resolved (prevention done), closed. */
  status: z.enum(['open', 'known-error', 'resolved', 'closed']).meta({ description: '状態: open 調査中 / known-error 原因判明・暫定手順あり / resolved 再発防止済み / closed クローズ' }),
  /** When it was closed. */
  closedAt: IsoDateTimeSchema.meta({ description: 'クローズした日時（日本時間）。以後は corrections でのみ変更できる' }).optional(),
});

export type ProblemRecord = z.output<typeof ProblemSchema>;
