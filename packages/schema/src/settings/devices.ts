import { z } from 'zod';
import { RefSchema } from '../ref.ts';

const Percent = z.number().min(0).max(100);

/** Use (%) above which a daily check value is an anomaly that must be explained (25, 33). */
export const ThresholdsSchema = z.strictObject({
  /** CPU use in %. */
  cpu: Percent.optional(),
  /** Memory use in %. */
  memory: Percent.optional(),
  /** Use of the fullest disk in %. */
  disk: Percent.optional(),
});

/** The thresholds when settings/devices.yaml gives none. */
export const DEFAULT_THRESHOLDS = { cpu: 80, memory: 85, disk: 80 } as const;

/** When a tape cartridge of a tape device is to be replaced soon (item 42): `unyo status` then warns. */
export const TapeWarningSchema = z
  .strictObject({
    /** Within this share of the maximum uses, in % (10: from 90 % of the uses). */
    usesPercent: Percent.meta({ description: '上限回数の残りがこの割合（%）以内になったら注意（10 なら上限の 90% から）' }),
    /** Within this many days of the expiry. */
    days: z.int().min(0).meta({ description: '期限のこの日数前から注意（例: 60）' }),
  })
  .meta({ description: 'テープ媒体の交換の注意（項番42）: usesPercent（上限回数の残り %）・days（期限の日数前）。unyo status が「注意」に出します' });

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
      /** This device's thresholds, over those of the whole file. */
      thresholds: ThresholdsSchema.optional(),
      /** Its host in Zabbix, for `unyo new daily-check --from` a Zabbix API response. */
      zabbix: z
        .strictObject({
          /** The Zabbix hostid (item.get's hostid). */
          hostid: z.string().regex(/^\d+$/, 'hostid は Zabbix の hostid（数字）で書いてください。').optional(),
          /** metric → Zabbix itemid or item key, where they differ from the agent template (agent.ping, system.cpu.util, vm.memory.utilization, vfs.fs.size[/,pused]). */
          items: z.record(z.string().min(1), z.string().min(1)).optional(),
        })
        .optional(),
      /** A tape device: when its cartridges are to be replaced soon (42). */
      tapeWarning: TapeWarningSchema.optional(),
    }),
  ),
  /** Thresholds of every monitored server (defaults: CPU 80 %, memory 85 %, disk 80 %). */
  thresholds: ThresholdsSchema.optional(),
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
