import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { RefSchema, recordBase } from './common.ts';

const IncidentRef = z.string().regex(/^INC-\d{4}-\d{4}$/, 'インシデントは INC-2026-0001 の形で書いてください。');

const Result = z.enum(['ok', 'warning', 'error']);

/** The export file a value was read from (a name of the sheet's sources); absent: typed by hand. */
const Source = z.string().min(1).optional();

/** 日次点検表: one sheet per day for items 25, 26, 28, 29, 31–34. Id DC-YYYY-MM-DD. */
export const DailyCheckSchema = z.strictObject({
  /** DC- and the date checked, such as DC-2026-11-27. */
  id: z.string().regex(/^DC-\d{4}-\d{2}-\d{2}$/, 'id は DC-2026-11-27 の形（点検日）で書いてください。'),
  /** The record kind. */
  kind: z.literal('daily-check'),
  ...recordBase,
  /** The date checked. */
  date: IsoDateSchema,
  /** The exports the values were read from (unyo new daily-check --from): what was measured, not typed. */
  sources: z
    .array(
      z.strictObject({
        /** The export's file name, as given. */
        file: z.string().min(1),
        /** csv (device,metric,value,at), zabbix-history (history.get) or zabbix-items (item.get). */
        format: z.enum(['csv', 'zabbix-history', 'zabbix-items']),
        /** SHA-256 of the file's bytes, in hex. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 は 64 桁の16進数で書いてください。'),
        /** The first time measured in the export. */
        from: IsoDateTimeSchema,
        /** The last time measured in the export. */
        to: IsoDateTimeSchema,
        /** How many values the export held. */
        samples: z.int().min(0),
      }),
    )
    .optional(),
  /** 定常監視・サーバ状態確認 (25, 33): liveness, performance and state of each server. */
  servers: z.array(
    z.strictObject({
      /** The server (a device id of settings/devices.yaml). */
      device: RefSchema,
      /** 死活監視: the server answers. */
      alive: z.boolean(),
      /** 性能監視: CPU use in %. */
      cpu: z.number().min(0).max(100).optional(),
      /** Memory use in %. */
      memory: z.number().min(0).max(100).optional(),
      /** Use of the fullest disk in %. */
      disk: z.number().min(0).max(100).optional(),
      /** The response time of the service it serves (WebOPAC), in milliseconds. */
      responseMs: z.number().min(0).meta({ description: 'サービスの応答時間（ミリ秒）。WebOPAC の応答時間など' }).optional(),
      /** When this server was checked (JST). */
      at: IsoDateTimeSchema.meta({ description: 'このサーバを点検した時刻（日本時間）' }).optional(),
      /** State seen on the console and in the logs: ok, warning or error. */
      state: Result,
      /** What was seen, when not ok. */
      note: z.string().optional(),
      /** The incident opened for an anomaly. */
      incident: IncidentRef.optional(),
      /** The export the values were read from. */
      source: Source,
    }),
  ),
  /** バックアップ取得確認 (26): the result of each backup job of the night. */
  backups: z.array(
    z.strictObject({
      /** The backup job (an id of settings/devices.yaml backupJobs). */
      job: RefSchema,
      /** success, failure or not-run. */
      result: z.enum(['success', 'failure', 'not-run']),
      /** When the job started (JST), as its log says. */
      startedAt: IsoDateTimeSchema.meta({ description: 'バックアップジョブの開始時刻（日本時間、ジョブのログのとおり）' }).optional(),
      /** When the job ended (JST), as its log says. */
      endedAt: IsoDateTimeSchema.meta({ description: 'バックアップジョブの終了時刻（日本時間、ジョブのログのとおり）' }).optional(),
      /** What was seen, when not success. */
      note: z.string().optional(),
      /** The incident opened for a failure. */
      incident: IncidentRef.optional(),
      /** The export the result was read from. */
      source: Source,
    }),
  ),
  /** パターンファイル／シグネチャ (28, 29): the version on each device, and whether it was updated. */
  signatures: z.array(
    z.strictObject({
      /** The device (antivirus server, UTM/FW, web filter). */
      device: RefSchema,
      /** The pattern file or signature version seen. */
      version: z.string().min(1),
      /** The version is the current one. */
      current: z.boolean(),
      /** 29: the update was applied by hand today. */
      applied: z.boolean().optional(),
      /** When this device was checked (JST). */
      at: IsoDateTimeSchema.meta({ description: 'この機器を点検した時刻（日本時間）' }).optional(),
      /** What was done or asked to support, when not current. */
      note: z.string().optional(),
      /** The incident opened, if any. */
      incident: IncidentRef.optional(),
      /** The export the version was read from. */
      source: Source,
    }),
  ),
  /** サーバ室内温度・湿度 (32). */
  serverRoom: z.strictObject({
    /** Temperature in ℃. */
    temperature: z.number().min(-10).max(60),
    /** Relative humidity in %. */
    humidity: z.number().min(0).max(100),
    /** When it was read. */
    at: IsoDateTimeSchema,
  }),
  /** 利用者検索用端末・業務端末電源投入 (34): terminals started per site. */
  terminals: z.array(
    z.strictObject({
      /** The site (settings/sites.yaml). */
      site: RefSchema,
      /** Terminals that started. */
      started: z.int().min(0),
      /** Terminals expected at the site. */
      total: z.int().min(0),
      /** When the power-on was confirmed at the site (JST). */
      at: IsoDateTimeSchema.meta({ description: '起動を確認した時刻（日本時間）' }).optional(),
      /** Which did not start and what was done. */
      note: z.string().optional(),
      /** The incident opened, if any. */
      incident: IncidentRef.optional(),
    }),
  ),
  /** Anything else seen during the checks. */
  note: z.string().optional(),
});

export type DailyCheck = z.output<typeof DailyCheckSchema>;
