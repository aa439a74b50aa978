import { z } from 'zod';

/** The number of operation items in the requirement (項番 1–101). */
export const CATALOGUE_SIZE = 101;

/** An operation item id, 1–101. */
export const ItemIdSchema = z.int().min(1).max(CATALOGUE_SIZE).meta({ description: '運用項目の項番（1–101）', examples: [25] });
