import { z } from 'zod';

/**
 * The kinds of evidence record an operation item can leave. Each is a ledger (管理表) or a
 * document; the record schemas themselves live with the records.
 */
export const RECORD_KINDS = [
  'daily-check',
  'incident',
  'inquiry',
  'request',
  'problem',
  'change',
  'job-run',
  'patch',
  'configuration',
  'minutes',
  'report',
  'schedule',
  'shift',
] as const;

/** A kind of evidence record. */
export const RecordKindSchema = z.enum(RECORD_KINDS).meta({ description: '記録の種類（records/ のフォルダー名）' });

export type RecordKind = z.output<typeof RecordKindSchema>;

/** The Japanese name of the ledger or document of each record kind. */
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  'daily-check': '日次点検表',
  incident: 'インシデント管理簿',
  inquiry: '問い合わせ管理簿',
  request: '依頼申請（依頼票）',
  problem: '問題管理簿',
  change: '変更・リリース管理簿',
  'job-run': '作業実施記録',
  patch: '修正モジュール適用記録',
  configuration: '構成管理表',
  minutes: '議事録',
  report: '報告書',
  schedule: '月次スケジュール',
  shift: 'シフト表',
};
