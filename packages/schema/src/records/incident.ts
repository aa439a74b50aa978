import { z } from 'zod';
import { IsoDateTimeSchema } from '../time.ts';
import { RefSchema, recordBase, sequenceId } from './common.ts';

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
  kind: z.literal('incident'),
  ...recordBase,
  /** A short title. */
  title: z.string().min(1),
  /** Where it came from: a site's report, a monitoring alert, an operator's finding, a vendor. */
  source: z.strictObject({
    /** site, monitoring, operator or vendor. */
    type: z.enum(['site', 'monitoring', 'operator', 'vendor']),
    /** The reporting site, for a site's report. */
    site: RefSchema.optional(),
    /** The alerting device, for a monitoring alert. */
    device: RefSchema.optional(),
  }),
  /** network, server, software, security, business-program or hardware. */
  category: z.enum(INCIDENT_CATEGORIES),
  /** S1 重大, S2 高, S3 中, S4 低 (settings/sla.yaml). */
  severity: z.enum(['S1', 'S2', 'S3', 'S4']),
  /** The sites whose work is affected. */
  sites: z.array(RefSchema).min(1),
  /** The devices involved. */
  devices: z.array(RefSchema).optional(),
  /** What happened, as reported and seen. */
  description: z.string().min(1),
  /** What happened when, in order; a `closed` event ends the record. */
  timeline: z
    .array(
      z.strictObject({
        /** When (JST). */
        at: IsoDateTimeSchema,
        /** The kind of event. */
        type: z.enum(INCIDENT_EVENTS),
        /** Who (a person id). */
        by: RefSchema,
        /** What was done or found. */
        note: z.string().min(1),
      }),
    )
    .min(1),
  /** Intervals spent waiting on the library or a third party, excluded from service-level clocks. */
  pauses: z
    .array(
      z.strictObject({
        /** Start of the wait. */
        from: IsoDateTimeSchema,
        /** End of the wait; absent while waiting. */
        to: IsoDateTimeSchema.optional(),
        /** library or third-party. */
        waitingOn: z.enum(['library', 'third-party']),
        /** Why. */
        reason: z.string().min(1),
      }),
    )
    .optional(),
  /** Problems (PRB-…) opened for the root cause. */
  problems: z.array(sequenceId('PRB')).optional(),
  /** Changes (CHG-…) made to fix it. */
  changes: z.array(sequenceId('CHG')).optional(),
});

export type Incident = z.output<typeof IncidentSchema>;
