import { z } from 'zod';
import { CycleSchema } from './cycle.ts';
import { DutiesSchema } from './duties.ts';
import { CATALOGUE_SIZE } from './item-id.ts';
import { RECORD_KINDS, RecordKindSchema, type RecordKind } from './record-kind.ts';

export { CATALOGUE_SIZE };

const Label = z.string().trim().min(1);

/**
 * One kind of evidence an item asks for: the record kind alone (`job-run`), or the kind and the
 * fields staff fill in (`{ kind: incident, fields: [severity, timeline.type] }`). A field is a path
 * of the kind's schema, with a dot between levels and lists crossed implicitly (`servers.cpu`);
 * `unyo check` refuses a kind or a field the record schemas do not have.
 */
export const EvidenceSchema = z.union([
  RecordKindSchema,
  z.strictObject({
    /** The record kind (records/<kind>/). */
    kind: RecordKindSchema.meta({ description: '記録の種類（records/ のフォルダー名）' }),
    /** The fields of that kind the runbook asks staff to fill in, as paths: `timeline.type`. */
    fields: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, 'fields は記録のフィールド名を「.」でつないだパスで書いてください（例: timeline.type）。')).min(1).meta({ description: '記入する項目（記録のフィールド名を「.」でつないだパス。例: timeline.type）' }),
  }),
], { error: `記録の種類（${RECORD_KINDS.join('、')}）か、{ kind: 記録の種類, fields: [フィールド] } で書いてください` });

export type Evidence = z.output<typeof EvidenceSchema>;

/** An evidence entry as kind and fields (fields empty when the runbook names the kind only). */
export const evidenceEntry = (e: Evidence): { kind: RecordKind; fields: readonly string[] } => (typeof e === 'string' ? { kind: e, fields: [] } : e);

/** The record kinds an item's evidence names, in order. */
export const evidenceKinds = (item: Pick<OperationItem, 'evidence'>): RecordKind[] => item.evidence.map((e) => evidenceEntry(e).kind);

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
  /** The records (ledgers, documents) that prove the item was done: kinds, or kinds with the fields asked for. */
  evidence: z.array(EvidenceSchema).min(1).meta({ description: '実施の証跡となる記録: 種類（例: incident）か、種類と求める項目（例: { kind: incident, fields: [severity, timeline.note] }）' }),
  /** Operation items this one hands over to or builds on, by id. */
  related: z.array(z.int().min(1)).meta({ description: '引き継ぐ・前提とする運用項目の項番' }).optional(),
});

export type OperationItem = z.output<typeof OperationItemSchema>;
