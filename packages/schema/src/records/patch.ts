import { z } from 'zod';
import { DeviceRefSchema } from '../ref.ts';
import { recordBase, recordKind, recordRef, sequenceId } from './common.ts';

/** 修正モジュール適用記録: Microsoft and other patches (items 40, 41, 63, 64). */
export const PatchSchema = z.strictObject({
  /** PAT-YYYY-NNNN. */
  id: sequenceId('PAT'),
  /** The record kind. */
  kind: recordKind('patch'),
  ...recordBase,
  /** The product patched (Windows 11, Windows Server 2022, 業務パッケージ…). */
  product: z.string().min(1).meta({ description: '対象の製品（Windows 11、Windows Server 2022、業務パッケージなど）' }),
  /** The patches, by their vendor id (KB number…). */
  patches: z.array(z.strictObject({ /** Vendor id. */ id: z.string().min(1).meta({ description: 'ベンダーの番号（KB 番号など）' }), /** Title. */ title: z.string().min(1).meta({ description: '名称' }) })).min(1).meta({ description: '修正モジュール: id（KB 番号など）・title' }),
  /** tested (検証環境), approved (WSUS 承認), applied (適用完了). */
  stage: z.enum(['tested', 'approved', 'applied']).meta({ description: '段階: tested 検証環境で確認 / approved WSUS で承認 / applied 適用完了' }),
  /** The devices or device groups concerned. */
  targets: z.array(DeviceRefSchema).min(1).meta({ description: '対象の機器・機器グループ（settings/devices.yaml の id）' }),
  /** Counts of clients: applied, failed, pending. */
  counts: z.strictObject({ /** Applied. */ applied: z.int().min(0).meta({ description: '適用済みの台数' }), /** Failed. */ failed: z.int().min(0).meta({ description: '失敗した台数' }), /** Pending. */ pending: z.int().min(0).meta({ description: '未適用の台数' }) }).meta({ description: 'クライアントの台数: applied・failed・pending' }).optional(),
  /** The test or rollout result. */
  result: z.string().min(1).meta({ description: '検証・展開の結果' }),
  /** The change record that carried it. */
  change: recordRef('CHG').meta({ description: '適用を担う変更（CHG-…）' }).optional(),
});

export type Patch = z.output<typeof PatchSchema>;
