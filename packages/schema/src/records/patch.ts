import { z } from 'zod';
import { recordBase, RefSchema, sequenceId } from './common.ts';

/** 修正モジュール適用記録: Microsoft and other patches (items 40, 41, 63, 64). */
export const PatchSchema = z.strictObject({
  /** PAT-YYYY-NNNN. */
  id: sequenceId('PAT'),
  /** The record kind. */
  kind: z.literal('patch'),
  ...recordBase,
  /** The product patched (Windows 11, Windows Server 2022, 業務パッケージ…). */
  product: z.string().min(1),
  /** The patches, by their vendor id (KB number…). */
  patches: z.array(z.strictObject({ /** Vendor id. */ id: z.string().min(1), /** Title. */ title: z.string().min(1) })).min(1),
  /** tested (検証環境), approved (WSUS 承認), applied (適用完了). */
  stage: z.enum(['tested', 'approved', 'applied']),
  /** The devices or device groups concerned. */
  targets: z.array(RefSchema).min(1),
  /** Counts of clients: applied, failed, pending. */
  counts: z.strictObject({ /** Applied. */ applied: z.int().min(0), /** Failed. */ failed: z.int().min(0), /** Pending. */ pending: z.int().min(0) }).optional(),
  /** The test or rollout result. */
  result: z.string().min(1),
  /** The change record that carried it. */
  change: sequenceId('CHG').optional(),
});

export type Patch = z.output<typeof PatchSchema>;
