import { z } from 'zod';
import { DeviceRefSchema, SiteRefSchema } from '../ref.ts';
import { recordBase, recordKind, recordRef, sequenceId } from './common.ts';

/** 構成管理表: an entry of the configuration ledger (items 35–39, 42, 46). */
export const ConfigurationSchema = z.strictObject({
  /** CFG-YYYY-NNNN. */
  id: sequenceId('CFG'),
  /** The record kind. */
  kind: recordKind('configuration'),
  ...recordBase,
  /** hardware-spec (37), location (38), software (39), tape (42), group-policy (46), client-image (36). */
  type: z.enum(['hardware-spec', 'location', 'software', 'tape', 'group-policy', 'client-image']).meta({ description: '種別: hardware-spec 機器仕様（37） / location 設置場所（38） / software ソフトウェア（39） / tape テープ（42） / group-policy グループポリシー（46） / client-image クライアントイメージ（36）' }),
  /** The device concerned. */
  device: DeviceRefSchema.meta({ description: '対象の機器（settings/devices.yaml の id）' }).optional(),
  /** The site concerned. */
  site: SiteRefSchema.meta({ description: '対象の館（settings/sites.yaml の id）' }).optional(),
  /** What changed. */
  change: z.string().min(1).meta({ description: '変更した内容' }),
  /** The value before. */
  before: z.string().meta({ description: '変更前の値' }).optional(),
  /** The value after. */
  after: z.string().meta({ description: '変更後の値' }).optional(),
  /** The request or change that caused it. */
  cause: z.union([recordRef('REQ'), recordRef('CHG'), recordRef('INC')]).meta({ description: 'きっかけとなった依頼・変更・インシデント（REQ-… / CHG-… / INC-…）' }).optional(),
});

export type Configuration = z.output<typeof ConfigurationSchema>;
