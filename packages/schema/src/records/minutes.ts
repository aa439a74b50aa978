import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { ItemIdSchema, RefSchema, recordBase, sequenceId } from './common.ts';

/** The states of a minutes record: draft before the meeting, held after it. */
export const MINUTES_STATUSES = ['draft', 'held'] as const;

/** 議事録: the monthly meeting (item 101), with the approvals of improvements (14) and knowledge (100). */
export const MinutesSchema = z.strictObject({
  /** MTG-YYYY-NNNN. */
  id: sequenceId('MTG'),
  /** The record kind. */
  kind: z.literal('minutes'),
  ...recordBase,
  /**
   * draft: written before the meeting (agenda prefilled, decisions may be empty; `at` and `endedAt`
   * are the planned times and may lie ahead); held: the meeting took place. Absent means held.
   */
  status: z.enum(MINUTES_STATUSES).meta({ description: '状態: draft 会議前の案（予定日時が未来でもよい） / held 開催済み。省略時は開催済み' }).optional(),
  /** The place. */
  place: z.string().min(1),
  /** When it ended. */
  endedAt: IsoDateTimeSchema,
  /** Who attended: person ids of the vendor, and the library's side by department and role. */
  attendees: z.strictObject({
    /** The vendor's people (person ids). */
    vendor: z.array(RefSchema).min(1),
    /** The library's side, by department or role (図書館 システム担当係長…). */
    library: z.array(z.string().min(1)).min(1),
  }),
  /** The reports presented (月次報告書, 性能管理報告書, サービスレベル管理報告書…). */
  reports: z.array(z.string().min(1)),
  /** The agenda and what was said. */
  agenda: z.array(z.strictObject({ /** Subject. */ subject: z.string().min(1), /** Summary of the discussion. */ summary: z.string().min(1) })).min(1),
  /** Decisions, with what they approve. */
  decisions: z.array(
    z.strictObject({
      /** What was decided. */
      text: z.string().min(1),
      /** improvement (14), knowledge (100), change, service-level, other. */
      type: z.enum(['improvement', 'knowledge', 'change', 'service-level', 'other']),
      /** approved, rejected or deferred. */
      status: z.enum(['approved', 'rejected', 'deferred']),
      /** The records concerned (CHG-…, PRB-…). */
      refs: z.array(z.string().min(1)).optional(),
      /** The operation items concerned. */
      items: z.array(ItemIdSchema).optional(),
    }),
  ),
  /** Follow-up actions. */
  actions: z.array(z.strictObject({ /** What. */ text: z.string().min(1), /** Who (person id). */ owner: RefSchema, /** By when. */ due: IsoDateSchema })),
  /** When the minutes were reviewed and fixed. */
  approvedAt: IsoDateTimeSchema.optional(),
  /** The next meeting. */
  next: IsoDateTimeSchema.optional(),
  /** Ids of related records. */
  related: z.array(z.union([sequenceId('CHG'), sequenceId('PRB'), sequenceId('INC')])).optional(),
});

export type Minutes = z.output<typeof MinutesSchema>;
