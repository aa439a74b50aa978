import { z } from 'zod';
import { PersonRefSchema, refersTo } from '../ref.ts';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { ItemIdSchema, recordBase, recordKind, recordRef, sequenceId } from './common.ts';

/** The states of a minutes record: draft before the meeting, held after it. */
export const MINUTES_STATUSES = ['draft', 'held'] as const;

/** 議事録: the monthly meeting (item 101), with the approvals of improvements (14) and knowledge (100). */
export const MinutesSchema = z.strictObject({
  /** MTG-YYYY-NNNN. */
  id: sequenceId('MTG'),
  /** The record kind. */
  kind: recordKind('minutes'),
  ...recordBase,
  /**
   * draft: written before the meeting (agenda prefilled, decisions may be empty; `at` and `endedAt`
   * are the planned times and may lie ahead); held: the meeting took place. Absent means held.
   */
  status: z.enum(MINUTES_STATUSES).meta({ description: '状態: draft 会議前の案（予定日時が未来でもよい） / held 開催済み。省略時は開催済み' }).optional(),
  /** The place. */
  place: z.string().min(1).meta({ description: '開催場所' }),
  /** When it ended. */
  endedAt: IsoDateTimeSchema.meta({ description: '終了した日時（日本時間。draft では予定）' }),
  /** Who attended: person ids of the vendor, and the library's side by department and role. */
  attendees: z.strictObject({
    /** The vendor's people (person ids). */
    vendor: z.array(PersonRefSchema).min(1).meta({ description: '受託者側の出席者（settings/people.yaml の id）' }),
    /** The library's side, by department or role (図書館 システム担当係長…). */
    library: z.array(z.string().min(1)).min(1).meta({ description: '図書館側の出席者（部署・役職、例: 中央図書館 システム担当係長）' }),
  }).meta({ description: '出席者: vendor（受託者の担当者 id）・library（図書館側の部署・役職）' }),
  /** The reports presented (月次報告書, 性能管理報告書, サービスレベル管理報告書…). */
  reports: z.array(z.string().min(1)).meta({ description: '報告した資料（月次報告書・性能管理報告書・サービスレベル管理報告書など）' }),
  /** The agenda and what was said. */
  agenda: z.array(z.strictObject({ /** Subject. */ subject: z.string().min(1).meta({ description: '議題' }), /** Summary of the discussion. */ summary: z.string().min(1).meta({ description: '議事の要旨' }) })).min(1).meta({ description: '議題と議事: subject・summary' }),
  /** Decisions, with what they approve. */
  decisions: z.array(
    z.strictObject({
      /** What was decided. */
      text: z.string().min(1).meta({ description: '決定した内容' }),
      /** improvement (14), knowledge (100), change, service-level, other. */
      type: z.enum(['improvement', 'knowledge', 'change', 'service-level', 'other']).meta({ description: '種別: improvement 改善（14） / knowledge ナレッジ（100） / change 変更 / service-level サービスレベル / other その他' }),
      /** approved, rejected or deferred. */
      status: z.enum(['approved', 'rejected', 'deferred']).meta({ description: '結論: approved 承認 / rejected 否認 / deferred 保留' }),
      /** The records concerned (CHG-…, PRB-…). */
      refs: z.array(refersTo(z.string().min(1), 'record')).meta({ description: '関係する記録（CHG-… / PRB-… など）' }).optional(),
      /** The operation items concerned. */
      items: z.array(ItemIdSchema).meta({ description: '関係する運用項目の項番' }).optional(),
    }),
  ).meta({ description: '決定事項' }),
  /** Follow-up actions. */
  actions: z.array(z.strictObject({ /** What. */ text: z.string().min(1).meta({ description: '内容' }), /** Who (person id). */ owner: PersonRefSchema.meta({ description: '担当者（settings/people.yaml の id）' }), /** By when. */ due: IsoDateSchema.meta({ description: '期限（例: 2026-12-10）' }) })).meta({ description: '宿題（フォローアップ）: text・owner・due' }),
  /** When the minutes were reviewed and fixed. */
  approvedAt: IsoDateTimeSchema.meta({ description: '議事録を確認・確定した日時（日本時間）' }).optional(),
  /** The next meeting. */
  next: IsoDateTimeSchema.meta({ description: '次回の開催日時（日本時間）' }).optional(),
  /** Ids of related records. */
  related: z.array(z.union([recordRef('CHG'), recordRef('PRB'), recordRef('INC')])).meta({ description: '関係する記録の id（CHG-… / PRB-… / INC-…）' }).optional(),
});

export type Minutes = z.output<typeof MinutesSchema>;
