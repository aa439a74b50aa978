import { z } from 'zod';
import { CycleSchema } from './cycle.ts';
import { DutiesSchema } from './duties.ts';
import { RecordKindSchema } from './record-kind.ts';

/** The number of operation items in the requirement (項番 1–101). */
export const CATALOGUE_SIZE = 101;

const Label = z.string().trim().min(1);

/**
 * The frontmatter of a runbook: one operation item (運用項目) of the requirement.
 * Texts are verbatim from the requirement; `cycles` and `evidence` are typed additions.
 */
export const OperationItemSchema = z.strictObject({
  /** 項番: the item's number in the requirement, 1–101. */
  id: z.int().min(1).max(CATALOGUE_SIZE),
  /** 運用項目名: the last level of the category path. */
  name: Label,
  /**
   * The category path 大分類/中分類/分類/小分類（運用項目名）, two to four levels, inherited from
   * the rows above where the requirement leaves a cell empty. Its last level is `name`.
   */
  path: z.array(Label).min(2).max(4),
  /** 概要: what the item is for, verbatim. */
  summary: Label,
  /** 周期: the requirement's text verbatim, such as 日次, 月次／随時, or '－' for none. */
  period: Label,
  /** The period parsed into typed cycles, in the order the period text names them. */
  cycles: z.array(CycleSchema),
  /** 作業項目: the steps per role. */
  duties: DutiesSchema,
  /** The records (ledgers, documents) that prove the item was done. */
  evidence: z.array(RecordKindSchema).min(1),
  /** Operation items this one hands over to or builds on, by id. */
  related: z.array(z.int().min(1)).optional(),
});

export type OperationItem = z.output<typeof OperationItemSchema>;
