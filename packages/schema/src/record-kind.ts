import { z } from 'zod';
import { RECORD_KIND_DEFINITIONS, STORED_RECORD_KINDS, type StoredRecordKind } from './records/index.ts';

/**
 * The kinds of evidence record an operation item can leave: each kind kept as files (see
 * RECORD_KIND_DEFINITIONS in records/index.ts), and the schedule, a document `unyo schedule` produces.
 */
export const RECORD_KINDS = [...STORED_RECORD_KINDS, 'schedule'] as const;

/** A kind of evidence record. */
export const RecordKindSchema = z.enum(RECORD_KINDS).meta({ description: '記録の種類（records/ のフォルダー名、または schedule）' });

export type RecordKind = z.output<typeof RecordKindSchema>;

/** The Japanese name of the ledger or document of each record kind. */
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  ...(Object.fromEntries(STORED_RECORD_KINDS.map((kind) => [kind, RECORD_KIND_DEFINITIONS[kind].label])) as Record<StoredRecordKind, string>),
  schedule: '月次スケジュール',
};
