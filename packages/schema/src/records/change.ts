import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { ItemIdSchema, RefSchema, recordBase, sequenceId } from './common.ts';

/** 変更・リリース管理: review, evaluation and plan of a change (items 5–8, 61–66, 100). */
export const ChangeSchema = z.strictObject({
  /** CHG-YYYY-NNNN. */
  id: sequenceId('CHG'),
  /** The record kind. */
  kind: z.literal('change'),
  ...recordBase,
  /** A short title. */
  title: z.string().min(1),
  /** change (settings, configuration) or release (software, patches, versions). */
  type: z.enum(['change', 'release']),
  /** What changes and why. */
  content: z.string().min(1),
  /** low, medium or high. */
  risk: z.enum(['low', 'medium', 'high']),
  /** The SE's review. */
  review: z.strictObject({ /** Reviewer. */ by: RefSchema, /** When. */ at: IsoDateTimeSchema, /** Findings. */ note: z.string().min(1) }).optional(),
  /** The library's approval, usually at the monthly meeting. */
  approval: z
    .strictObject({
      /** Who approved (a person id, or the library's contact). */
      by: z.string().min(1),
      /** When. */
      at: IsoDateTimeSchema,
      /** The minutes (MTG-…) that record it. */
      minutes: sequenceId('MTG').optional(),
    })
    .optional(),
  /** The planned work window. */
  window: z.strictObject({ /** Start. */ from: IsoDateTimeSchema, /** End. */ to: IsoDateTimeSchema }),
  /** How to roll back. */
  rollback: z.string().min(1),
  /** The outcome. */
  result: z
    .strictObject({
      /** When the work ended. */
      at: IsoDateTimeSchema,
      /** Who did it. */
      by: RefSchema,
      /** success, failed or rolled-back. */
      outcome: z.enum(['success', 'failed', 'rolled-back']),
      /** What was seen. */
      note: z.string().min(1),
    })
    .optional(),
  /** Documents the change obliges to update (items 7–8, 100), with their due date. */
  documents: z
    .array(
      z.strictObject({
        /** The document's title. */
        title: z.string().min(1),
        /** The runbook concerned, by operation item id. */
        item: ItemIdSchema.optional(),
        /** Due date of the update. */
        due: IsoDateSchema,
        /** When it was updated. */
        updatedAt: IsoDateTimeSchema.optional(),
      }),
    )
    .optional(),
  /** Incidents that led to the change. */
  incidents: z.array(sequenceId('INC')).optional(),
  /** Problems whose prevention it carries. */
  problems: z.array(sequenceId('PRB')).optional(),
  /** When the change was closed. */
  closedAt: IsoDateTimeSchema.optional(),
});

export type Change = z.output<typeof ChangeSchema>;
