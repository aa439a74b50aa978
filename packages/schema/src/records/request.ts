import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { RefSchema, recordBase, sequenceId } from './common.ts';

/** 依頼申請: a change of settings or data asked for by a department (items 24, 30, 36, 43, 45–48, 50). */
export const RequestSchema = z.strictObject({
  /** REQ-YYYY-NNNN. */
  id: sequenceId('REQ'),
  /** The record kind. */
  kind: z.literal('request'),
  ...recordBase,
  /** The requesting department (依頼票の起票部署; never a patron). */
  requester: z.string().min(1),
  /** The site concerned, if one. */
  site: RefSchema.optional(),
  /** A short title. */
  title: z.string().min(1),
  /** What is asked, as on the request form (依頼票). */
  detail: z.string().min(1),
  /** The deadline (期限). */
  deadline: IsoDateSchema,
  /** The work plan (作業計画). */
  plan: z.string().optional(),
  /** The procedure, step by step (作業手順). */
  procedure: z.array(z.string().min(1)).optional(),
  /** The SE's review of plan and procedure. */
  reviewedBy: RefSchema.optional(),
  /** Execution. */
  executed: z
    .strictObject({
      /** When it was done. */
      at: IsoDateTimeSchema,
      /** Who did it. */
      by: RefSchema,
      /** The outcome and counts. */
      result: z.string().min(1),
    })
    .optional(),
  /** When the requester confirmed and the request was closed. */
  closedAt: IsoDateTimeSchema.optional(),
});

export type Request = z.output<typeof RequestSchema>;
