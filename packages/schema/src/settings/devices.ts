import { z } from 'zod';
import { RefSchema } from '../ref.ts';

/** settings/devices.yaml: servers, network and security devices, and backup jobs. */
export const DevicesSchema = z.strictObject({
  /** The devices. */
  devices: z.array(
    z.strictObject({
      /** Short id, such as ap01. */
      id: RefSchema,
      /** Name as on the console. */
      name: z.string().min(1),
      /** server, network, security, storage or other. */
      type: z.enum(['server', 'network', 'security', 'storage', 'other']),
      /** The site where it stands. */
      site: RefSchema,
      /** What it does. */
      role: z.string().min(1),
      /** Checked daily for liveness, performance and state (25, 33). */
      monitored: z.boolean().default(false),
      /** Its antivirus pattern file or signature is checked daily (28, 29): the product. */
      signature: z.string().optional(),
    }),
  ),
  /** The nightly backup jobs checked daily (26). */
  backupJobs: z.array(
    z.strictObject({
      /** Short id. */
      id: RefSchema,
      /** Name as in the backup software. */
      name: z.string().min(1),
      /** The device backed up. */
      device: RefSchema,
    }),
  ),
});

export type Devices = z.output<typeof DevicesSchema>;
