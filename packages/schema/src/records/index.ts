import { z } from 'zod';
import { ChangeSchema } from './change.ts';
import { ConfigurationSchema } from './configuration.ts';
import { DailyCheckSchema } from './daily-check.ts';
import { IncidentSchema } from './incident.ts';
import { InquirySchema } from './inquiry.ts';
import { JobRunSchema } from './job-run.ts';
import { MinutesSchema } from './minutes.ts';
import { PatchSchema } from './patch.ts';
import { ProblemSchema } from './problem.ts';
import { ReportSchema } from './report.ts';
import { RequestSchema } from './request.ts';
import { ShiftTableSchema } from './shift.ts';

/**
 * Every kind of record kept as files under records/<kind>/: its schema, the prefix of its ids and the
 * Japanese name of its ledger. The one list of the kinds: RECORD_SCHEMAS, RECORD_ID_PREFIXES,
 * RecordSchema, RECORD_KINDS (record-kind.ts), the JSON Schemas and their editor mapping derive from it.
 */
export const RECORD_KIND_DEFINITIONS = {
  'daily-check': { schema: DailyCheckSchema, prefix: 'DC', label: '日次点検表' },
  incident: { schema: IncidentSchema, prefix: 'INC', label: 'インシデント管理簿' },
  inquiry: { schema: InquirySchema, prefix: 'INQ', label: '問い合わせ管理簿' },
  request: { schema: RequestSchema, prefix: 'REQ', label: '依頼申請（依頼票）' },
  problem: { schema: ProblemSchema, prefix: 'PRB', label: '問題管理簿' },
  change: { schema: ChangeSchema, prefix: 'CHG', label: '変更・リリース管理簿' },
  'job-run': { schema: JobRunSchema, prefix: 'JOB', label: '作業実施記録' },
  patch: { schema: PatchSchema, prefix: 'PAT', label: '修正モジュール適用記録' },
  configuration: { schema: ConfigurationSchema, prefix: 'CFG', label: '構成管理表' },
  minutes: { schema: MinutesSchema, prefix: 'MTG', label: '議事録' },
  report: { schema: ReportSchema, prefix: 'RPT', label: '報告書' },
  shift: { schema: ShiftTableSchema, prefix: 'SFT', label: 'シフト表' },
} as const;

type Definitions = typeof RECORD_KIND_DEFINITIONS;

/** The kinds of record kept as files (the schedule is a produced document). */
export type StoredRecordKind = keyof Definitions;

export const STORED_RECORD_KINDS = Object.keys(RECORD_KIND_DEFINITIONS) as StoredRecordKind[];

const byKind = <V>(pick: (definition: Definitions[StoredRecordKind]) => V) =>
  Object.fromEntries(STORED_RECORD_KINDS.map((kind) => [kind, pick(RECORD_KIND_DEFINITIONS[kind])]));

/** The schema of each kind of record kept under records/<kind>/. */
export const RECORD_SCHEMAS = byKind((d) => d.schema) as { [K in StoredRecordKind]: Definitions[K]['schema'] };

/** The id prefix of each kind. */
export const RECORD_ID_PREFIXES = byKind((d) => d.prefix) as Record<StoredRecordKind, string>;

type RecordKindSchema = (typeof RECORD_SCHEMAS)[StoredRecordKind];

/** Any record, discriminated by `kind`. */
export const RecordSchema = z.discriminatedUnion('kind', Object.values(RECORD_SCHEMAS) as [RecordKindSchema, ...RecordKindSchema[]]);

export type AnyRecord = { [K in StoredRecordKind]: z.output<(typeof RECORD_SCHEMAS)[K]> }[StoredRecordKind];

export { ChangeSchema, type Change } from './change.ts';
export { CorrectionSchema, ItemIdSchema, RefSchema, recordBase, recordKind, recordRef, sequenceId, type Correction } from './common.ts';
export {
  CONFIGURATION_TYPES,
  CONFIGURATION_TYPE_LABELS,
  ConfigurationSchema,
  PermissionFindingSchema,
  PermissionReviewSchema,
  SoftwareEntrySchema,
  TapeMediumSchema,
  type Configuration,
  type PermissionFinding,
  type PermissionReview,
  type SoftwareEntry,
  type TapeMedium,
} from './configuration.ts';
export {
  permissionReviews,
  softwareInventory,
  tapeLedger,
  tapeState,
  type InstalledSoftware,
  type PermissionReviewLine,
  type TapeLedgerLine,
  type TapeState,
  type TapeWarning,
} from './configuration-ledgers.ts';
export { DailyCheckSchema, type DailyCheck } from './daily-check.ts';
export { INCIDENT_CATEGORIES, INCIDENT_EVENTS, INCIDENT_EVENT_LABELS, IncidentSchema, type Incident } from './incident.ts';
export { InquirySchema, type Inquiry } from './inquiry.ts';
export { JobRunSchema, type JobRun } from './job-run.ts';
export { MINUTES_STATUSES, MinutesSchema, type Minutes } from './minutes.ts';
export { PatchSchema, type Patch } from './patch.ts';
export { ProblemSchema, type ProblemRecord } from './problem.ts';
export { DeliveredFileSchema, REPORT_TYPES, REPORT_TYPE_ITEMS, REPORT_TYPE_LABELS, ReportPeriodSchema, ReportSchema, type Report, type ReportType } from './report.ts';
export { RequestSchema, type Request } from './request.ts';
export { ShiftTableSchema, type ShiftAssignment, type ShiftTable } from './shift.ts';
