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

/** The schema of each kind of record kept under records/<kind>/. */
export const RECORD_SCHEMAS = {
  'daily-check': DailyCheckSchema,
  incident: IncidentSchema,
  inquiry: InquirySchema,
  request: RequestSchema,
  problem: ProblemSchema,
  change: ChangeSchema,
  'job-run': JobRunSchema,
  patch: PatchSchema,
  configuration: ConfigurationSchema,
  minutes: MinutesSchema,
  report: ReportSchema,
  shift: ShiftTableSchema,
} as const;

/** The kinds of record kept as files (the schedule is a produced document). */
export type StoredRecordKind = keyof typeof RECORD_SCHEMAS;

export const STORED_RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as StoredRecordKind[];

/** The id prefix of each kind. */
export const RECORD_ID_PREFIXES: Record<StoredRecordKind, string> = {
  'daily-check': 'DC',
  incident: 'INC',
  inquiry: 'INQ',
  request: 'REQ',
  problem: 'PRB',
  change: 'CHG',
  'job-run': 'JOB',
  patch: 'PAT',
  configuration: 'CFG',
  minutes: 'MTG',
  report: 'RPT',
  shift: 'SFT',
};

/** Any record, discriminated by `kind`. */
export const RecordSchema = z.discriminatedUnion('kind', [
  DailyCheckSchema,
  IncidentSchema,
  InquirySchema,
  RequestSchema,
  ProblemSchema,
  ChangeSchema,
  JobRunSchema,
  PatchSchema,
  ConfigurationSchema,
  MinutesSchema,
  ReportSchema,
  ShiftTableSchema,
]);

export type AnyRecord = z.output<typeof RecordSchema>;

export { ChangeSchema, type Change } from './change.ts';
export { CorrectionSchema, ItemIdSchema, RefSchema, type Correction } from './common.ts';
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
