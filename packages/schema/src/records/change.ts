import { z } from 'zod';
import { PersonRefSchema } from '../ref.ts';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { ItemIdSchema, recordBase, recordKind, recordRef, sequenceId } from './common.ts';

/** 変更・リリース管理: review, evaluation and plan of a change (items 5–8, 61–66, 100). */
export const ChangeSchema = z.strictObject({
  /** CHG-YYYY-NNNN. */
  id: sequenceId('CHG'),
  /** The record kind. */
  kind: recordKind('change'),
  ...recordBase,
  /** A short title. */
  title: z.string().min(1).meta({ description: '件名' }),
  /** change (settings, configuration) or release (software, patches, versions). */
  type: z.enum(['change', 'release']).meta({ description: '種別: change 変更（設定・構成） / release リリース（ソフトウェア・パッチ・版）' }),
  /** What changes and why. */
  content: z.string().min(1).meta({ description: '変更の内容と理由' }),
  /** low, medium or high. */
  risk: z.enum(['low', 'medium', 'high']).meta({ description: 'リスク: low 低 / medium 中 / high 高' }),
  /** The SE's review. */
  review: z
    .strictObject({ /** Reviewer. */ by: PersonRefSchema.meta({ description: 'レビューした SE（settings/people.yaml の id）' }), /** When. */ at: IsoDateTimeSchema.meta({ description: 'レビューした日時（日本時間）' }), /** Findings. */ note: z.string().min(1).meta({ description: '所見' }) })
    .meta({ description: 'SE のレビュー: by・at・note' })
    .optional(),
  /** The library's approval, usually at the monthly meeting. */
  approval: z
    .strictObject({
      /** Who approved (a person id, or the library's contact). */
      by: z.string().min(1).meta({ description: '承認者（担当者の id、または図書館の担当者・係）' }),
      /** When. */
      at: IsoDateTimeSchema.meta({ description: '承認した日時（日本時間）' }),
      /** The minutes (MTG-…) that record it. */
      minutes: recordRef('MTG').meta({ description: '承認を記録した議事録（例: MTG-2026-0001）' }).optional(),
    })
    .meta({ description: '図書館の承認（通常は月次定例会議）' })
    .optional(),
  /** The planned work window. */
  window: z
    .strictObject({ /** Start. */ from: IsoDateTimeSchema.meta({ description: '作業開始の日時（日本時間）' }), /** End. */ to: IsoDateTimeSchema.meta({ description: '作業終了の日時（日本時間）' }) })
    .meta({ description: '予定の作業時間帯: from・to' }),
  /** How to roll back. */
  rollback: z.string().min(1).meta({ description: '切り戻しの手順' }),
  /** The outcome. */
  result: z
    .strictObject({
      /** When the work ended. */
      at: IsoDateTimeSchema.meta({ description: '作業を終えた日時（日本時間）' }),
      /** Who did it. */
      by: PersonRefSchema.meta({ description: '作業者（settings/people.yaml の id）' }),
      /** success, failed or rolled-back. */
      outcome: z.enum(['success', 'failed', 'rolled-back']).meta({ description: '結果: success 成功 / failed 失敗 / rolled-back 切り戻し' }),
      /** What was seen. */
      note: z.string().min(1).meta({ description: '所見' }),
    })
    .meta({ description: '作業の結果: at・by・outcome・note' })
    .optional(),
  /** Documents the change obliges to update (items 7–8, 100), with their due date. */
  documents: z
    .array(
      z.strictObject({
        /** The document's title. */
        title: z.string().min(1).meta({ description: '文書名' }),
        /** The runbook concerned, by operation item id. */
        item: ItemIdSchema.meta({ description: '対象の手順書（運用項目の項番）' }).optional(),
        /** Due date of the update. */
        due: IsoDateSchema.meta({ description: '更新の期限（例: 2026-12-10）' }),
        /** When it was updated. */
        updatedAt: IsoDateTimeSchema.meta({ description: '更新した日時（日本時間）' }).optional(),
      }),
    )
    .meta({ description: '変更に伴って更新する文書と期限（項番 7・8・100）' })
    .optional(),
  /** Incidents that led to the change. */
  incidents: z.array(recordRef('INC')).meta({ description: '変更のきっかけとなったインシデント（INC-…）' }).optional(),
  /** Problems whose prevention it carries. */
  problems: z.array(recordRef('PRB')).meta({ description: '再発防止を担う問題（PRB-…）' }).optional(),
  /** When the change was closed. */
  closedAt: IsoDateTimeSchema.meta({ description: 'クローズした日時（日本時間）。以後は corrections でのみ変更できる' }).optional(),
});

export type Change = z.output<typeof ChangeSchema>;
