import { z } from 'zod';
import { IsoDateTimeSchema } from '../time.ts';
import { RefSchema, recordBase, sequenceId } from './common.ts';

/** 問い合わせ管理簿: one record per question from a library (items 21–23, 51). */
export const InquirySchema = z.strictObject({
  /** INQ-YYYY-NNNN. */
  id: sequenceId('INQ'),
  /** The record kind. */
  kind: z.literal('inquiry'),
  ...recordBase,
  /** The asking site. */
  site: RefSchema,
  /** The asking department or desk (never a patron). */
  requester: z.string().min(1),
  /** phone, mail, groupware or visit. */
  channel: z.enum(['phone', 'mail', 'groupware', 'visit']),
  /** The question. */
  question: z.string().min(1),
  /** What was investigated (operator: simple; SE: system investigation). */
  investigation: z.string().optional(),
  /** The operator's draft answer. */
  draft: z.strictObject({ /** Who drafted. */ by: RefSchema, /** When. */ at: IsoDateTimeSchema, /** The draft. */ text: z.string().min(1) }).optional(),
  /** The SE's review of the draft. */
  review: z
    .strictObject({
      /** The reviewing SE. */
      by: RefSchema,
      /** When. */
      at: IsoDateTimeSchema,
      /** approved as is, or revised. */
      result: z.enum(['approved', 'revised']),
      /** What was changed. */
      note: z.string().optional(),
    })
    .optional(),
  /** The answer given to the library. */
  answer: z.strictObject({ /** Who answered. */ by: RefSchema, /** When. */ at: IsoDateTimeSchema, /** The answer. */ text: z.string().min(1) }).optional(),
  /** When the question was closed; a closed record changes only by correction. */
  closedAt: IsoDateTimeSchema.optional(),
});

export type Inquiry = z.output<typeof InquirySchema>;
