import { z } from 'zod';
import { RefSchema } from '../ref.ts';

const Percent = z.number().min(0).max(100);

/** Use (%) above which a daily check value is an anomaly that must be explained (25, 33). */
export const ThresholdsSchema = z.strictObject({
  /** CPU use in %. */
  cpu: Percent.meta({ description: 'CPU 使用率のしきい値（%）' }).optional(),
  /** Memory use in %. */
  memory: Percent.meta({ description: 'メモリ使用率のしきい値（%）' }).optional(),
  /** Use of the fullest disk in %. */
  disk: Percent.meta({ description: '最も使っているディスクの使用率のしきい値（%）' }).optional(),
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
      id: RefSchema.meta({ description: '機器の id（例: ap01）', examples: ['ap01'] }),
      /** Name as on the console. */
      name: z.string().min(1).meta({ description: 'コンソールに表示される名前' }),
      /** server, network, security, storage or other. */
      type: z.enum(['server', 'network', 'security', 'storage', 'other']).meta({ description: '種別: server サーバ / network ネットワーク / security セキュリティ / storage ストレージ / other その他' }),
      /** The site where it stands. */
      site: RefSchema.meta({ description: '設置場所の館（settings/sites.yaml の id）' }),
      /** What it does. */
      role: z.string().min(1).meta({ description: '役割' }),
      /** Checked daily for liveness, performance and state (25, 33). */
      monitored: z.boolean().default(false).meta({ description: '日次で死活・性能・状態を確認する（25・33）' }),
      /** Its antivirus pattern file or signature is checked daily (28, 29): the product. */
      signature: z.string().meta({ description: '日次でパターンファイル・シグネチャを確認する製品名（28・29）' }).optional(),
      /** This device's thresholds, over those of the whole file. */
      thresholds: ThresholdsSchema.meta({ description: 'この機器のしきい値（ファイル全体のしきい値より優先）' }).optional(),
      /** Its host in Zabbix, for `unyo new daily-check --from` a Zabbix API response. */
      zabbix: z
        .strictObject({
          /** The Zabbix hostid (item.get's hostid). */
          hostid: z.string().regex(/^\d+$/, 'hostid は Zabbix の hostid（数字）で書いてください。').meta({ description: 'Zabbix の hostid（数字）' }).optional(),
          /** metric → Zabbix itemid or item key, where they differ from the agent template (agent.ping, system.cpu.util, vm.memory.utilization, vfs.fs.size[/,pused]). */
          items: z.record(z.string().min(1), z.string().min(1)).meta({ description: '指標 → Zabbix の itemid または item key（エージェントのテンプレートと違うときだけ）' }).optional(),
        })
        .meta({ description: 'Zabbix のホスト（unyo new daily-check --from で Zabbix API の応答を読むとき）' })
        .optional(),
      /** A tape device: when its cartridges are to be replaced soon (42). */
      tapeWarning: TapeWarningSchema.optional(),
    }),
  ).meta({ description: '機器の一覧' }),
  /** Thresholds of every monitored server (defaults: CPU 80 %, memory 85 %, disk 80 %). */
  thresholds: ThresholdsSchema.meta({ description: '監視するサーバ全体のしきい値（既定: CPU 80 %、メモリ 85 %、ディスク 80 %）' }).optional(),
  /** The nightly backup jobs checked daily (26). */
  backupJobs: z.array(
    z.strictObject({
      /** Short id. */
      id: RefSchema.meta({ description: 'バックアップジョブの id', examples: ['backup-ap01'] }),
      /** Name as in the backup software. */
      name: z.string().min(1).meta({ description: 'バックアップソフトでのジョブ名' }),
      /** The device backed up. */
      device: RefSchema.meta({ description: 'バックアップ対象の機器（settings/devices.yaml の id）' }),
    }),
  ).meta({ description: '日次で確認する夜間のバックアップジョブ（26）' }),
});

export type Devices = z.output<typeof DevicesSchema>;
