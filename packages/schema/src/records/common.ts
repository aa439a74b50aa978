import { z } from 'zod';
import { CATALOGUE_SIZE } from '../operation-item.ts';
import { RefSchema } from '../ref.ts';
import { IsoDateTimeSchema } from '../time.ts';

export { RefSchema };

/** An operation item id, 1–101. */
export const ItemIdSchema = z.int().min(1).max(CATALOGUE_SIZE);

/**
 * An explicit correction of a mistake in a record: records are never silently rewritten. `unyo check
 * --base` holds each new correction against Git: it names one value, `was` is what that value was
 * before the commit that added it, and `at` lies between the record's `at` and now.
 */
export const CorrectionSchema = z.strictObject({
  /** When the correction was made (JST): not before the record's own `at`, not in the future. */
  at: IsoDateTimeSchema,
  /** Who made it (a person id of settings/people.yaml). */
  by: RefSchema,
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
    }),
  /** The value as it was before the correction, written as text ('' for a value that was not there). */
  was: z.string().meta({ description: '訂正前の値（書かれていたとおり。値がなかった項目は ""）。Git の訂正前の版と照合される' }),
  /** Why it was wrong. */
  reason: z.string().min(1),
});

export type Correction = z.output<typeof CorrectionSchema>;

/** Fields every record has. `at` decides the record's folder: records/<kind>/<yyyy>/<mm>/. */
export const recordBase = {
  /** The operation items this record evidences (項番). */
  items: z.array(ItemIdSchema).min(1),
  /** When it happened or was opened (JST, +09:00). */
  at: IsoDateTimeSchema,
  /** Who recorded it (a person id of settings/people.yaml). */
  by: RefSchema,
  /** Explicit corrections of mistakes, appended; the only way to change a closed record. */
  corrections: z.array(CorrectionSchema).optional(),
};

/** A human id such as INC-2026-0042: the kind's prefix, the year of `at`, a 4-digit number. */
export const sequenceId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}-\\d{4}-\\d{4}$`), `id は ${prefix}-2026-0001 の形で書いてください。`);
