import { z } from 'zod';

/** A settings id (person, site, device, backup job): lower-case letters, digits and hyphens. */
export const RefSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'id は英小文字・数字・ハイフンで書いてください（例: op-sato）。')
  .meta({ description: 'settings の id（英小文字・数字・ハイフン、例: op-sato）', examples: ['op-sato'] });

/** What a field refers to: a person, site, device or backup job of settings/, a record, or an operation item. */
export type RefTarget = 'person' | 'site' | 'device' | 'job' | 'record' | 'item';

/**
 * The fields that refer to something defined elsewhere, and to what. A registry of its own, so that
 * the JSON Schemas do not carry it; `referenceAt` reads it for the rule that the target exists.
 */
export const REFERENCES = z.registry<{ to: RefTarget }>();

/** Marks a schema as a reference to `to`. */
export const refersTo = <S extends z.ZodType>(schema: S, to: RefTarget): S => {
  REFERENCES.add(schema as z.ZodType, { to });
  return schema;
};

/** A person of settings/people.yaml (the vendor's people; the library's staff are written as text). */
export const PersonRefSchema = refersTo(RefSchema.meta({ description: '担当者（settings/people.yaml の id）' }), 'person');
/** A site of settings/sites.yaml. */
export const SiteRefSchema = refersTo(RefSchema.meta({ description: '館（settings/sites.yaml の id）', examples: ['central'] }), 'site');
/** A device of settings/devices.yaml. */
export const DeviceRefSchema = refersTo(RefSchema.meta({ description: '機器（settings/devices.yaml の id）', examples: ['ap01'] }), 'device');
/** A backup job of settings/devices.yaml (backupJobs). */
export const BackupJobRefSchema = refersTo(RefSchema.meta({ description: 'バックアップジョブ（settings/devices.yaml の backupJobs の id）' }), 'job');
