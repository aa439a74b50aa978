import { z } from 'zod';
import { CATALOGUE_SIZE } from '../operation-item.ts';
import { RefSchema } from '../ref.ts';
import { IsoDateTimeSchema } from '../time.ts';

export { RefSchema };

/** An operation item id, 1–101. */
export const ItemIdSchema = z.int().min(1).max(CATALOGUE_SIZE);

/** An explicit correction of a mistake in a record: records are never silently rewritten. */
export const CorrectionSchema = z.strictObject({
  /** When the correction was made (JST). */
  at: IsoDateTimeSchema,
  /** Who made it (a person id of settings/people.yaml). */
  by: RefSchema,
  /** The corrected field, as a path such as `timeline[2].at` or `severity`. */
  field: z.string().min(1),
  /** The value that was wrong, as it was written. */
  was: z.string(),
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
