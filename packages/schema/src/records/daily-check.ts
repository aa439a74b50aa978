import { z } from 'zod';
import { BackupJobRefSchema, DeviceRefSchema, refersTo, SiteRefSchema } from '../ref.ts';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { recordBase, recordKind } from './common.ts';

const IncidentRef = refersTo(z.string().regex(/^INC-\d{4}-\d{4}$/, 'インシデントは INC-2026-0001 の形で書いてください。'), 'record');

const Result = z.enum(['ok', 'warning', 'error']);

/** The export file a value was read from (a name of the sheet's sources); absent: typed by hand. */
const Source = z.string().min(1).optional();

/** 日次点検表: one sheet per day for items 25, 26, 28, 29, 31–34. Id DC-YYYY-MM-DD. */
export const DailyCheckSchema = z.strictObject({
  /** DC- and the date checked, such as DC-2026-11-27. */
  id: z.string().regex(/^DC-\d{4}-\d{2}-\d{2}$/, 'id は DC-2026-11-27 の形（点検日）で書いてください。').meta({ description: '記録 id（DC- と点検日、例: DC-2026-11-27）', examples: ['DC-2026-11-27'] }),
  /** The record kind. */
  kind: recordKind('daily-check'),
  ...recordBase,
  /** The date checked. */
  date: IsoDateSchema.meta({ description: '点検日（例: 2026-11-27）' }),
  /** The exports the values were read from (unyo new daily-check --from): what was measured, not typed. */
  sources: z
    .array(
      z.strictObject({
        /** The export's file name, as given. */
        file: z.string().min(1).meta({ description: 'エクスポートのファイル名（指定したとおり）' }),
        /** csv (device,metric,value,at), zabbix-history (history.get) or zabbix-items (item.get). */
        format: z.enum(['csv', 'zabbix-history', 'zabbix-items']).meta({ description: '形式: csv（device,metric,value,at） / zabbix-history（history.get） / zabbix-items（item.get）' }),
        /** SHA-256 of the file's bytes, in hex. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 は 64 桁の16進数で書いてください。').meta({ description: 'ファイルの SHA-256（16 進数の小文字 64 桁）' }),
        /** The first time measured in the export. */
        from: IsoDateTimeSchema.meta({ description: 'エクスポート内の最初の計測日時（日本時間）' }),
        /** The last time measured in the export. */
        to: IsoDateTimeSchema.meta({ description: 'エクスポート内の最後の計測日時（日本時間）' }),
        /** How many values the export held. */
        samples: z.int().min(0).meta({ description: 'エクスポートに含まれる値の数' }),
      }),
    )
    .meta({ description: '値を読み取ったエクスポート（unyo new daily-check --from）: 手入力でなく計測した値であることの証跡' })
    .optional(),
  /** 定常監視・サーバ状態確認 (25, 33): liveness, performance and state of each server. */
  servers: z.array(
    z.strictObject({
      /** The server (a device id of settings/devices.yaml). */
      device: DeviceRefSchema.meta({ description: 'サーバ（settings/devices.yaml の id）' }),
      /** 死活監視: the server answers. */
      alive: z.boolean().meta({ description: '死活監視: サーバが応答した' }),
      /** 性能監視: CPU use in %. */
      cpu: z.number().min(0).max(100).meta({ description: 'CPU 使用率（%）' }).optional(),
      /** Memory use in %. */
      memory: z.number().min(0).max(100).meta({ description: 'メモリ使用率（%）' }).optional(),
      /** Use of the fullest disk in %. */
      disk: z.number().min(0).max(100).meta({ description: '最も使っているディスクの使用率（%）' }).optional(),
      /** The response time of the service it serves (WebOPAC), in milliseconds. */
      responseMs: z.number().min(0).meta({ description: 'サービスの応答時間（ミリ秒）。WebOPAC の応答時間など' }).optional(),
      /** When this server was checked (JST). */
      at: IsoDateTimeSchema.meta({ description: 'このサーバを点検した時刻（日本時間）' }).optional(),
      /** State seen on the console and in the logs: ok, warning or error. */
      state: Result.meta({ description: 'コンソール・ログで見た状態: ok 正常 / warning 注意 / error 異常' }),
      /** What was seen, when not ok. */
      note: z.string().meta({ description: '正常でないときに見たこと' }).optional(),
      /** The incident opened for an anomaly. */
      incident: IncidentRef.meta({ description: '異常で起票したインシデント（INC-…）' }).optional(),
      /** The export the values were read from. */
      source: Source.meta({ description: '値を読み取ったエクスポート（sources の file）。省略時は手入力' }),
    }),
  ).meta({ description: '定常監視・サーバ状態確認（25・33）: サーバごとの死活・性能・状態' }),
  /** バックアップ取得確認 (26): the result of each backup job of the night. */
  backups: z.array(
    z.strictObject({
      /** The backup job (an id of settings/devices.yaml backupJobs). */
      job: BackupJobRefSchema.meta({ description: 'バックアップジョブ（settings/devices.yaml の backupJobs の id）' }),
      /** success, failure or not-run. */
      result: z.enum(['success', 'failure', 'not-run']).meta({ description: '結果: success 成功 / failure 失敗 / not-run 未実行' }),
      /** When the job started (JST), as its log says. */
      startedAt: IsoDateTimeSchema.meta({ description: 'バックアップジョブの開始時刻（日本時間、ジョブのログのとおり）' }).optional(),
      /** When the job ended (JST), as its log says. */
      endedAt: IsoDateTimeSchema.meta({ description: 'バックアップジョブの終了時刻（日本時間、ジョブのログのとおり）' }).optional(),
      /** What was seen, when not success. */
      note: z.string().meta({ description: '成功でないときに見たこと' }).optional(),
      /** The incident opened for a failure. */
      incident: IncidentRef.meta({ description: '失敗で起票したインシデント（INC-…）' }).optional(),
      /** The export the result was read from. */
      source: Source.meta({ description: '結果を読み取ったエクスポート（sources の file）。省略時は手入力' }),
    }),
  ).meta({ description: 'バックアップ取得確認（26）: 夜間のバックアップジョブごとの結果' }),
  /** パターンファイル／シグネチャ (28, 29): the version on each device, and whether it was updated. */
  signatures: z.array(
    z.strictObject({
      /** The device (antivirus server, UTM/FW, web filter). */
      device: DeviceRefSchema.meta({ description: '機器（ウイルス対策サーバ・UTM/FW・Web フィルタ。settings/devices.yaml の id）' }),
      /** The pattern file or signature version seen. */
      version: z.string().min(1).meta({ description: '確認したパターンファイル・シグネチャの版' }),
      /** The version is the current one. */
      current: z.boolean().meta({ description: '最新の版である' }),
      /** 29: the update was applied by hand today. */
      applied: z.boolean().meta({ description: '29: 本日手動で更新を適用した' }).optional(),
      /** When this device was checked (JST). */
      at: IsoDateTimeSchema.meta({ description: 'この機器を点検した時刻（日本時間）' }).optional(),
      /** What was done or asked to support, when not current. */
      note: z.string().meta({ description: '最新でないときに行ったこと・依頼したこと' }).optional(),
      /** The incident opened, if any. */
      incident: IncidentRef.meta({ description: '起票したインシデント（INC-…）' }).optional(),
      /** The export the version was read from. */
      source: Source.meta({ description: '版を読み取ったエクスポート（sources の file）。省略時は手入力' }),
    }),
  ).meta({ description: 'パターンファイル／シグネチャ（28・29）: 機器ごとの版と更新の有無' }),
  /** サーバ室内温度・湿度 (32). */
  serverRoom: z.strictObject({
    /** Temperature in ℃. */
    temperature: z.number().min(-10).max(60).meta({ description: '室温（℃）' }),
    /** Relative humidity in %. */
    humidity: z.number().min(0).max(100).meta({ description: '相対湿度（%）' }),
    /** When it was read. */
    at: IsoDateTimeSchema.meta({ description: '読み取った日時（日本時間）' }),
  }).meta({ description: 'サーバ室内温度・湿度（32）' }),
  /** 利用者検索用端末・業務端末電源投入 (34): terminals started per site. */
  terminals: z.array(
    z.strictObject({
      /** The site (settings/sites.yaml). */
      site: SiteRefSchema.meta({ description: '館（settings/sites.yaml の id）' }),
      /** Terminals that started. */
      started: z.int().min(0).meta({ description: '起動した端末の台数' }),
      /** Terminals expected at the site. */
      total: z.int().min(0).meta({ description: '館にある端末の台数' }),
      /** When the power-on was confirmed at the site (JST). */
      at: IsoDateTimeSchema.meta({ description: '起動を確認した時刻（日本時間）' }).optional(),
      /** Which did not start and what was done. */
      note: z.string().meta({ description: '起動しなかった端末と行ったこと' }).optional(),
      /** The incident opened, if any. */
      incident: IncidentRef.meta({ description: '起票したインシデント（INC-…）' }).optional(),
    }),
  ).meta({ description: '利用者検索用端末・業務端末電源投入（34）: 館ごとの起動台数' }),
  /** Anything else seen during the checks. */
  note: z.string().meta({ description: '点検中に気づいたその他のこと' }).optional(),
});

export type DailyCheck = z.output<typeof DailyCheckSchema>;
