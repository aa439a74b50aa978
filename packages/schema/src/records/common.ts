import { z } from 'zod';
import { ItemIdSchema } from '../item-id.ts';
import { PersonRefSchema, RefSchema, refersTo } from '../ref.ts';
import { IsoDateTimeSchema } from '../time.ts';

export { ItemIdSchema, RefSchema };

/**
 * An explicit correction of a mistake in a record: records are never silently rewritten. `unyo check
 * --base` holds each new correction against Git: it names one value, `was` is what that value was
 * before the commit that added it, and `at` lies between the record's `at` and now.
 */
export const CorrectionSchema = z.strictObject({
  /** When the correction was made (JST): not before the record's own `at`, not in the future. */
  at: IsoDateTimeSchema.meta({ description: '訂正した日時（日本時間）。記録の at より後、現在より前' }),
  /** Who made it (a person id of settings/people.yaml). */
  by: PersonRefSchema.meta({ description: '訂正者（settings/people.yaml の id）' }),
  /**
   * The corrected value, as a path to one leaf (`severity`, `source.site`, `timeline[2].at`, counted
   * from 0) or to a list element that is new (`timeline[4]` for an event appended to a closed incident),
   * or `id` when the later of two duplicate records is renumbered. Never a whole list or mapping:
   * timeline events are never removed or reordered.
   */
  field: z
    .string()
    .min(1)
    .meta({
      description:
        '訂正した一つの値（例: severity、source.site、timeline[1].at。番号は 0 から）。クローズ後に追記した事象は timeline[4] のように新しい要素を指す。重複した id を付け替えるときは id。timeline や source のようなまとまり全体は指せない',
      examples: ['timeline[1].at'],
    }),
  /** The value as it was before the correction, written as text ('' for a value that was not there). */
  was: z.string().meta({ description: '訂正前の値（書かれていたとおり。値がなかった項目は ""）。Git の訂正前の版と照合される' }),
  /** Why it was wrong. */
  reason: z.string().min(1).meta({ description: '訂正の理由' }),
});

export type Correction = z.output<typeof CorrectionSchema>;

/** Fields every record has. `at` decides the record's folder: records/<kind>/<yyyy>/<mm>/. */
export const recordBase = {
  /** The operation items this record evidences (項番). */
  items: z.array(ItemIdSchema).min(1).meta({ description: '証跡となる運用項目の項番（1–101）', examples: [[25]] }),
  /** When it happened or was opened (JST, +09:00). */
  at: IsoDateTimeSchema.meta({ description: '発生・受付・記録の日時（日本時間）。記録のフォルダー records/<種類>/<年>/<月>/ を決める' }),
  /** Who recorded it (a person id of settings/people.yaml). */
  by: PersonRefSchema.meta({ description: '記録者（settings/people.yaml の id）' }),
  /** Explicit corrections of mistakes, appended; the only way to change a closed record. */
  corrections: z
    .array(CorrectionSchema)
    .meta({ description: '誤りの訂正（追記のみ）: at・by・field・was・reason。クローズ後の記録はこれでだけ変更できる' })
    .optional(),
};

/** The `kind` of a record: the name of its folder under records/. */
export const recordKind = <K extends string>(kind: K) => z.literal(kind).meta({ description: `記録の種類（フォルダー名と同じ: ${kind}）` });

/** A human id such as INC-2026-0042: the kind's prefix, the year of `at`, a 4-digit number. */
export const sequenceId = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}-\\d{4}-\\d{4}$`), `id は ${prefix}-2026-0001 の形で書いてください。`)
    .meta({ description: `記録 id（${prefix}-年-4 桁の番号、例: ${prefix}-2026-0001）`, examples: [`${prefix}-2026-0001`] });

/** A reference to another record by its id, such as INC-2026-0042 (the record must exist). */
export const recordRef = (prefix: string) => refersTo(sequenceId(prefix), 'record');
