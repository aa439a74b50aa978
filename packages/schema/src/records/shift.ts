import { z } from 'zod';
import { PersonRefSchema, RefSchema } from '../ref.ts';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { CorrectionSchema, ItemIdSchema, recordKind } from './common.ts';

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
    id: z.string().regex(/^SFT-\d{4}-\d{2}$/, 'id は SFT-2026-12 の形（対象月）で書いてください。').meta({ description: '記録 id（SFT- と対象月、例: SFT-2026-12）', examples: ['SFT-2026-12'] }),
    /** The record kind. */
    kind: recordKind('shift'),
    /** The operation items it evidences (20 シフト表作成). */
    items: z.array(ItemIdSchema).min(1).default([20]).meta({ description: '証跡となる運用項目の項番（既定は 20 シフト表作成）' }),
    /** Explicit corrections of mistakes, appended. */
    corrections: z.array(CorrectionSchema).meta({ description: '誤りの訂正（追記のみ）: at・by・field・was・reason' }).optional(),
    /** The month the table plans. */
    month: MonthSchema.meta({ description: '対象月（例: 2026-12）', examples: ['2026-12'] }),
    /** The version (版数), raised at each change presented again to the library. */
    version: z.int().min(1).default(1).meta({ description: '版数（図書館へ再提示するたびに上げる）' }),
    /** Who made it (a person id of settings/people.yaml; the PL). */
    by: PersonRefSchema.meta({ description: '作成者（PL。settings/people.yaml の id）' }),
    /** When it was fixed (JST, +09:00). */
    at: IsoDateTimeSchema.meta({ description: '確定した日時（日本時間）' }),
    /** Who checked it (the PM), if checked. */
    reviewedBy: PersonRefSchema.meta({ description: '確認した PM（settings/people.yaml の id）' }).optional(),
    /** When it was presented to the library, if presented. */
    presentedAt: IsoDateTimeSchema.meta({ description: '図書館へ提示した日時（日本時間）' }).optional(),
    /** Who works which shift on which day; one entry per person and working day. */
    assignments: z.array(
      z.strictObject({
        /** The day. */
        date: IsoDateSchema.meta({ description: '勤務日（例: 2026-12-01）' }),
        /** The operator (a person id of settings/people.yaml). */
        person: PersonRefSchema.meta({ description: 'オペレータ（settings/people.yaml の id）' }),
        /** The shift pattern id of settings/roster.yaml, such as early. */
        shift: RefSchema.meta({ description: '勤務パターン（settings/roster.yaml の shifts の id、例: early）' }),
      }),
    ).meta({ description: '勤務の割り当て（担当者と勤務日ごとに 1 件）。割り当てのない日は休み' }),
    /** Remarks shown under the table (changes from the previous version, days agreed with the library). */
    notes: z.array(z.string().min(1)).meta({ description: '表の下に示す備考（前版からの変更、図書館と合意した日など）' }).optional(),
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
