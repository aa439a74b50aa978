import { z } from 'zod';
import { RefSchema, recordBase, sequenceId } from './common.ts';

/** 構成管理表: an entry of the configuration ledger (items 35–39, 42, 46). */
export const ConfigurationSchema = z.strictObject({
  /** CFG-YYYY-NNNN. */
  id: sequenceId('CFG'),
  /** The record kind. */
  kind: z.literal('configuration'),
  ...recordBase,
  /** hardware-spec (37), location (38), software (39), tape (42), group-policy (46), client-image (36). */
  type: z.enum(['hardware-spec', 'location', 'software', 'tape', 'group-policy', 'client-image']),
  /** The device concerned. */
  device: RefSchema.optional(),
  /** The site concerned. */
  site: RefSchema.optional(),
  /** What changed. */
  change: z.string().min(1),
  /** The value before. */
  before: z.string().optional(),
  /** The value after. */
  after: z.string().optional(),
  /** The request or change that caused it. */
  cause: z.union([sequenceId('REQ'), sequenceId('CHG'), sequenceId('INC')]).optional(),
});

export type Configuration = z.output<typeof ConfigurationSchema>;
