import { z } from 'zod';
import { RefSchema } from '../ref.ts';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { CorrectionSchema, ItemIdSchema } from './common.ts';

/** A month `2026-12`. */
const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月は 2026-12 の形で書いてください。');

/**
 * シフト表: the committed shift table of one month (item 20), as presented to the library. Id
 * SFT-YYYY-MM. A day without an assignment is a day off; the patterns are those of
 * settings/roster.yaml.
 */
export const ShiftTableSchema = z
  .strictObject({
    /** SFT- and the month, such as SFT-2026-12. */
    id: z.string().regex(/^SFT-\d{4}-\d{2}$/, 'id は SFT-2026-12 の形（対象月）で書いてください。'),
    /** The record kind. */
    kind: z.literal('shift'),
    /** The operation items it evidences (20 シフト表作成). */
    items: z.array(ItemIdSchema).min(1).default([20]),
    /** Explicit corrections of mistakes, appended. */
    corrections: z.array(CorrectionSchema).optional(),
    /** The month the table plans. */
    month: MonthSchema,
    /** The version (版数), raised at each change presented again to the library. */
    version: z.int().min(1).default(1),
    /** Who made it (a person id of settings/people.yaml; the PL). */
    by: RefSchema,
    /** When it was fixed (JST, +09:00). */
    at: IsoDateTimeSchema,
    /** Who checked it (the PM), if checked. */
    reviewedBy: RefSchema.optional(),
    /** When it was presented to the library, if presented. */
    presentedAt: IsoDateTimeSchema.optional(),
    /** Who works which shift on which day; one entry per person and working day. */
    assignments: z.array(
      z.strictObject({
        /** The day. */
        date: IsoDateSchema,
        /** The operator (a person id of settings/people.yaml). */
        person: RefSchema,
        /** The shift pattern id of settings/roster.yaml, such as early. */
        shift: RefSchema,
      }),
    ),
    /** Remarks shown under the table (changes from the previous version, days agreed with the library). */
    notes: z.array(z.string().min(1)).optional(),
  })
  .check((ctx) => {
    const { id, month, assignments } = ctx.value;
    if (id !== `SFT-${month}`) ctx.issues.push({ code: 'custom', input: id, path: ['id'], message: `id ${id} が対象月 ${month} と一致しません（SFT-${month}）。` });
    assignments.forEach((a, i) => {
      if (a.date.slice(0, 7) !== month) {
        ctx.issues.push({ code: 'custom', input: a.date, path: ['assignments', i, 'date'], message: `${a.date} は対象月 ${month} の日付ではありません。` });
      }
    });
  });

export type ShiftTable = z.output<typeof ShiftTableSchema>;
export type ShiftAssignment = ShiftTable['assignments'][number];
