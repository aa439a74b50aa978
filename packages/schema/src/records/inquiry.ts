import { z } from 'zod';
import { PersonRefSchema, SiteRefSchema } from '../ref.ts';
import { IsoDateTimeSchema } from '../time.ts';
import { recordBase, recordKind, sequenceId } from './common.ts';

/** 問い合わせ管理簿: one record per question from a library (items 21–23, 51). */
export const InquirySchema = z.strictObject({
  /** INQ-YYYY-NNNN. */
  id: sequenceId('INQ'),
  /** The record kind. */
  kind: recordKind('inquiry'),
  ...recordBase,
  /** The asking site. */
  site: SiteRefSchema.meta({ description: '問い合わせ元の館（settings/sites.yaml の id）' }),
  /** The asking department or desk (never a patron). */
  requester: z.string().min(1).meta({ description: '問い合わせ元の部署・窓口（利用者個人は書かない）' }),
  /** phone, mail, groupware or visit. */
  channel: z.enum(['phone', 'mail', 'groupware', 'visit']).meta({ description: '受付方法: phone 電話 / mail メール / groupware グループウェア / visit 来訪' }),
  /** The question. */
  question: z.string().min(1).meta({ description: '問い合わせ内容' }),
  /** What was investigated (operator: simple; SE: system investigation). */
  investigation: z.string().meta({ description: '調査内容（オペレータは簡易な調査、SE はシステムの調査）' }).optional(),
  /** The operator's draft answer. */
  draft: z.strictObject({ /** Who drafted. */ by: PersonRefSchema.meta({ description: '回答案の作成者（settings/people.yaml の id）' }), /** When. */ at: IsoDateTimeSchema.meta({ description: '回答案を作成した日時（日本時間）' }), /** The draft. */ text: z.string().min(1).meta({ description: '回答案' }) }).meta({ description: 'オペレータの回答案: by・at・text' }).optional(),
  /** The SE's review of the draft. */
  review: z
    .strictObject({
      /** The reviewing SE. */
      by: PersonRefSchema.meta({ description: 'レビューした SE（settings/people.yaml の id）' }),
      /** When. */
      at: IsoDateTimeSchema.meta({ description: 'レビューした日時（日本時間）' }),
      /** approved as is, or revised. */
      result: z.enum(['approved', 'revised']).meta({ description: '結果: approved そのまま承認 / revised 修正' }),
      /** What was changed. */
      note: z.string().meta({ description: '修正した内容' }).optional(),
    })
    .meta({ description: 'SE のレビュー: by・at・result・note' })
    .optional(),
  /** The answer given to the library. */
  answer: z.strictObject({ /** Who answered. */ by: PersonRefSchema.meta({ description: '回答者（settings/people.yaml の id）' }), /** When. */ at: IsoDateTimeSchema.meta({ description: '回答した日時（日本時間）' }), /** The answer. */ text: z.string().min(1).meta({ description: '回答内容' }) }).meta({ description: '図書館への回答: by・at・text' }).optional(),
  /** When the question was closed; a closed record changes only by correction. */
  closedAt: IsoDateTimeSchema.meta({ description: 'クローズした日時（日本時間）。以後は corrections でのみ変更できる' }).optional(),
});

export type Inquiry = z.output<typeof InquirySchema>;
