import { z } from 'zod';
import { refersTo } from './ref.ts';

/** The number of operation items in the requirement (項番 1–101). */
export const CATALOGUE_SIZE = 101;

/** An operation item id, 1–101. */
export const ItemIdSchema = refersTo(z.int().min(1).max(CATALOGUE_SIZE).meta({ description: '運用項目の項番（1–101）', examples: [25] }), 'item');
