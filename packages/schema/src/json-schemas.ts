import { z } from 'zod';
import { OperationItemSchema } from './operation-item.ts';
import { RECORD_SCHEMAS } from './records/index.ts';
import { CalendarSchema, DeliverablesSchema, DevicesSchema, PeopleSchema, RosterSchema, SitesSchema, SlaSchema } from './settings/index.ts';

/** The folder of the generated JSON Schemas, relative to the repo root. */
export const JSON_SCHEMA_DIR = 'schemas';

const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?\\+09:00$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** Japanese hints shown by editors, by field name (zod sees no JSDoc, so the hints are given here). */
const FIELD_DOCS: Record<string, { description: string; pattern?: string }> = {
  id: { description: '記録 id（例: INC-2026-0001、日次点検表は DC-2026-11-27）' },
  kind: { description: '記録の種類（フォルダー名と同じ）' },
  items: { description: '証跡となる運用項目の項番（1–101）' },
  at: { description: '日時（日本時間、例: 2026-11-27T09:30:00+09:00）', pattern: DATE_TIME },
  by: { description: '担当者（settings/people.yaml の id）' },
  closedAt: { description: 'クローズした日時（日本時間）。以後は corrections でのみ変更できます', pattern: DATE_TIME },
  updatedAt: { description: '更新した日時（日本時間）', pattern: DATE_TIME },
  approvedAt: { description: '承認した日時（日本時間）', pattern: DATE_TIME },
  endedAt: { description: '終了した日時（日本時間）', pattern: DATE_TIME },
  from: { description: '開始日時（日本時間）', pattern: DATE_TIME },
  to: { description: '終了日時（日本時間）', pattern: DATE_TIME },
  next: { description: '次回の日時（日本時間）', pattern: DATE_TIME },
  date: { description: '日付（例: 2026-11-27）', pattern: DATE },
  deadline: { description: '期限（例: 2026-12-10）', pattern: DATE },
  due: { description: '期限（例: 2026-12-10）', pattern: DATE },
  severity: { description: '重要度: S1 重大 / S2 高 / S3 中 / S4 低' },
  category: { description: '分類: network ネットワーク / server サーバ / software ソフトウェア / security セキュリティ / business-program 業務プログラム / hardware ハードウェア' },
  timeline: { description: '経過（起きた順に追記。受付 received → 切り分け triage → SE連絡 escalated → 第一報 first-report → 一次対応 first-response → 暫定復旧 workaround / 復旧 restored → 恒久対応 permanent-fix / 保守交換 replacement → クローズ closed）' },
  pauses: { description: '図書館や第三者の回答待ちの時間（サービスレベルの計測から除く）' },
  corrections: { description: '誤りの訂正（追記のみ）: at・by・field（例: timeline[1].at）・was（誤っていた値）・reason' },
  site: { description: '館（settings/sites.yaml の id）' },
  sites: { description: '影響を受けた館（settings/sites.yaml の id）' },
  device: { description: '機器（settings/devices.yaml の id）' },
  job: { description: 'バックアップジョブ（settings/devices.yaml の backupJobs の id）' },
  counts: { description: '件数（名前: 数）。利用者の個人情報は書かない' },
  note: { description: '所見・補足' },
  submittedAt: { description: '図書館へ提出した日時（日本時間）', pattern: DATE_TIME },
  submittedBy: { description: '提出者（settings/people.yaml の id）' },
};

/** Adds the Japanese hints and date patterns to every property named in FIELD_DOCS. */
function annotate(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(annotate);
  if (node === null || typeof node !== 'object') return;
  const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
  for (const [name, property] of Object.entries(properties ?? {})) {
    const doc = FIELD_DOCS[name];
    // A field that documents itself (the report's `to` is an addressee, not a time) keeps its own hint.
    if (doc && property['description'] === undefined) {
      property['description'] = doc.description;
      if (doc.pattern && property['type'] === 'string') property['pattern'] ??= doc.pattern;
    }
  }
  Object.values(node).forEach(annotate);
}

const toJson = (schema: z.ZodType, title: string) => {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  annotate(json);
  return json;
};

/**
 * JSON Schemas of the files people edit, generated from the zod schemas, keyed by file name:
 * one per record kind, the settings files and the runbook frontmatter. Editors use them for
 * completion and errors while typing (see .vscode/settings.json).
 */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {
    'runbook-frontmatter.schema.json': toJson(OperationItemSchema, 'runbook frontmatter (運用項目)'),
    'sites.schema.json': toJson(SitesSchema, 'settings/sites.yaml (館)'),
    'devices.schema.json': toJson(DevicesSchema, 'settings/devices.yaml (機器・バックアップジョブ)'),
    'deliverables.schema.json': toJson(DeliverablesSchema, 'settings/deliverables.yaml (報告書の宛先・提出者)'),
    'people.schema.json': toJson(PeopleSchema, 'settings/people.yaml (担当者)'),
    'calendar.schema.json': toJson(CalendarSchema, 'settings/calendar.yaml (開館日・休館日・予定)'),
    'roster.schema.json': toJson(RosterSchema, 'settings/roster.yaml (シフトの条件・希望休)'),
    'sla.schema.json': toJson(SlaSchema, 'settings/sla.yaml (サービスレベルの定義)'),
  };
  for (const [kind, schema] of Object.entries(RECORD_SCHEMAS)) out[`record-${kind}.schema.json`] = toJson(schema, `records/${kind}`);
  return out;
}

/** The text of a generated file: stable key order as zod emits it, two-space indent, final newline. */
export const jsonSchemaText = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;
