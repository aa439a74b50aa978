import { z } from 'zod';
import { CycleSchema } from './cycle.ts';
import { DutiesSchema } from './duties.ts';
import { CATALOGUE_SIZE } from './item-id.ts';
import { RecordKindSchema } from './record-kind.ts';

export { CATALOGUE_SIZE };

const Label = z.string().trim().min(1);

/**
 * The frontmatter of a runbook: one operation item (運用項目) of the requirement.
 * Texts are verbatim from the requirement; `cycles` and `evidence` are typed additions.
 */
export const OperationItemSchema = z.strictObject({
  /** 項番: the item's number in the requirement, 1–101. */
  id: z.int().min(1).max(CATALOGUE_SIZE).meta({ description: '項番: 要件の運用項目の番号（1–101）', examples: [25] }),
  /** 運用項目名: the last level of the category path. */
  name: Label.meta({ description: '運用項目名: 分類の最後の階層' }),
  /**
   * The category path 大分類/中分類/分類/小分類（運用項目名）, two to four levels, inherited from
   * the rows above where the requirement leaves a cell empty. Its last level is `name`.
   */
  path: z.array(Label).min(2).max(4).meta({ description: '分類（大分類/中分類/分類/小分類）: 2〜4 階層。最後が name' }),
  /** 概要: what the item is for, verbatim. */
  summary: Label.meta({ description: '概要（要件の文言のまま）' }),
  /** 周期: the requirement's text verbatim, such as 日次, 月次／随時, or '－' for none. */
  period: Label.meta({ description: '周期（要件の文言のまま、例: 日次、月次／随時、なしは －）', examples: ['日次', '月次／随時'] }),
  /** The period parsed into typed cycles, in the order the period text names them. */
  cycles: z.array(CycleSchema).meta({ description: '周期を型にしたもの（period の順）: kind と、予定を決める条件' }),
  /** 作業項目: the steps per role. */
  duties: DutiesSchema.meta({ description: '作業項目: 役割ごとの手順（maintenance・support）' }),
  /** The records (ledgers, documents) that prove the item was done. */
  evidence: z.array(RecordKindSchema).min(1).meta({ description: '実施の証跡となる記録の種類（管理表・文書）' }),
  /** Operation items this one hands over to or builds on, by id. */
  related: z.array(z.int().min(1)).meta({ description: '引き継ぐ・前提とする運用項目の項番' }).optional(),
});

export type OperationItem = z.output<typeof OperationItemSchema>;
