import { z } from 'zod';
import { DeviceRefSchema, PersonRefSchema, SiteRefSchema } from '../ref.ts';
import { IsoDateTimeSchema } from '../time.ts';
import { valuesDescription } from '../values-description.ts';
import { recordBase, recordKind, recordRef, sequenceId } from './common.ts';

/** The kinds of timeline event of an incident, in their usual order. */
export const INCIDENT_EVENTS = [
  'received',
  'triage',
  'escalated',
  'onsite-request',
  'onsite-arrival',
  'first-report',
  'first-response',
  'workaround',
  'restored',
  'permanent-fix',
  'replacement',
  'note',
  'closed',
] as const;

/** Japanese labels of the timeline events. */
export const INCIDENT_EVENT_LABELS: Record<(typeof INCIDENT_EVENTS)[number], string> = {
  received: '受付',
  triage: '一次切り分け',
  escalated: 'SE連絡（エスカレーション）',
  'onsite-request': '現地対応の依頼',
  'onsite-arrival': '現地到着',
  'first-report': '第一報',
  'first-response': '一次対応',
  workaround: '暫定復旧',
  restored: '復旧',
  'permanent-fix': '恒久対応',
  replacement: '保守交換',
  note: '経過',
  closed: 'クローズ',
};

/** The categories of an incident (which first-response runbook applies). */
export const INCIDENT_CATEGORIES = ['network', 'server', 'software', 'security', 'business-program', 'hardware'] as const;

/** インシデント管理簿: one record per incident (items 1–2, 27, 52–60). */
export const IncidentSchema = z.strictObject({
  /** INC-YYYY-NNNN. */
  id: sequenceId('INC'),
  /** The record kind. */
  kind: recordKind('incident'),
  ...recordBase,
  /** A short title. */
  title: z.string().min(1).meta({ description: '件名' }),
  /** Where it came from: a site's report, a monitoring alert, an operator's finding, a vendor. */
  source: z.strictObject({
    /** site, monitoring, operator or vendor. */
    type: z.enum(['site', 'monitoring', 'operator', 'vendor']).meta({ description: '経路: site 館からの連絡 / monitoring 監視の警報 / operator オペレータの発見 / vendor ベンダーからの連絡' }),
    /** The reporting site, for a site's report. */
    site: SiteRefSchema.meta({ description: '連絡してきた館（type: site のとき。settings/sites.yaml の id）' }).optional(),
    /** The alerting device, for a monitoring alert. */
    device: DeviceRefSchema.meta({ description: '警報を出した機器（type: monitoring のとき。settings/devices.yaml の id）' }).optional(),
  }).meta({ description: '受付経路: type（site 館からの連絡 / monitoring 監視 / operator オペレータの発見 / vendor ベンダー）・site・device' }),
  /** network, server, software, security, business-program or hardware. */
  category: z.enum(INCIDENT_CATEGORIES).meta({ description: '分類（どの一次対応手順を使うか）: network ネットワーク / server サーバ / software ソフトウェア / security セキュリティ / business-program 業務プログラム / hardware ハードウェア' }),
  /** S1 重大, S2 高, S3 中, S4 低 (settings/sla.yaml). */
  severity: z.enum(['S1', 'S2', 'S3', 'S4']).meta({ description: '重要度: S1 重大 / S2 高 / S3 中 / S4 低' }),
  /** The sites whose work is affected. */
  sites: z.array(SiteRefSchema).min(1).meta({ description: '業務に影響を受けた館（settings/sites.yaml の id）' }),
  /** The devices involved. */
  devices: z.array(DeviceRefSchema).meta({ description: '関係する機器（settings/devices.yaml の id）' }).optional(),
  /** The SE in charge (担当SE), a person id; the state (受付・対応中・復旧・完了) is read from the timeline, not written. */
  assignee: PersonRefSchema.meta({ description: '担当SE（settings/people.yaml の id）。状態（受付・切り分け中・対応中・復旧・完了）は timeline の最後の出来事から決まるため書きません' }).optional(),
  /** What happened, as reported and seen. */
  description: z.string().min(1).meta({ description: '事象（連絡の内容と確認したこと）' }),
  /** What happened when, in order; a `closed` event ends the record. */
  timeline: z
    .array(
      z.strictObject({
        /** When (JST). */
        at: IsoDateTimeSchema.meta({ description: '日時（日本時間）' }),
        /** The kind of event. */
        type: z.enum(INCIDENT_EVENTS).meta({ description: `出来事: ${valuesDescription(INCIDENT_EVENT_LABELS)}` }),
        /** Who (a person id). */
        by: PersonRefSchema.meta({ description: '担当者（settings/people.yaml の id）' }),
        /** What was done or found. */
        note: z.string().min(1).meta({ description: '行ったこと・わかったこと' }),
      }),
    )
    .min(1)
    .meta({ description: '経過（起きた順に追記）。closed でクローズ' }),
  /** Intervals spent waiting on the library or a third party, excluded from service-level clocks. */
  pauses: z
    .array(
      z.strictObject({
        /** Start of the wait. */
        from: IsoDateTimeSchema.meta({ description: '待ち始めた日時（日本時間）' }),
        /** End of the wait; absent while waiting. */
        to: IsoDateTimeSchema.meta({ description: '待ち終えた日時（日本時間）。待っている間は書かない' }).optional(),
        /** library or third-party. */
        waitingOn: z.enum(['library', 'third-party']).meta({ description: '待ち先: library 図書館 / third-party 第三者' }),
        /** Why. */
        reason: z.string().min(1).meta({ description: '待っている理由' }),
      }),
    )
    .meta({ description: '図書館や第三者の回答待ちの時間（サービスレベルの計測から除く）' })
    .optional(),
  /** Problems (PRB-…) opened for the root cause. */
  problems: z.array(recordRef('PRB')).meta({ description: '根本原因のために起票した問題（PRB-…）' }).optional(),
  /** Changes (CHG-…) made to fix it. */
  changes: z.array(recordRef('CHG')).meta({ description: '対処のための変更（CHG-…）' }).optional(),
});

export type Incident = z.output<typeof IncidentSchema>;
