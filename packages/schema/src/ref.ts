import { z } from 'zod';

/** A settings id (person, site, device, backup job): lower-case letters, digits and hyphens. */
export const RefSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'id は英小文字・数字・ハイフンで書いてください（例: op-sato）。')
  .meta({ description: 'settings の id（英小文字・数字・ハイフン、例: op-sato）', examples: ['op-sato'] });
