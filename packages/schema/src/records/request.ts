import { z } from 'zod';
import { PersonRefSchema, SiteRefSchema } from '../ref.ts';
import { IsoDateSchema, IsoDateTimeSchema } from '../time.ts';
import { recordBase, recordKind, sequenceId } from './common.ts';

/** 依頼申請: a change of settings or data asked for by a department (items 24, 30, 36, 43, 45–48, 50). */
export const RequestSchema = z.strictObject({
  /** REQ-YYYY-NNNN. */
  id: sequenceId('REQ'),
  /** The record kind. */
  kind: recordKind('request'),
  ...recordBase,
  /** The requesting department (依頼票の起票部署; never a patron). */
  requester: z.string().min(1).meta({ description: '依頼元の部署（依頼票の起票部署。利用者個人は書かない）' }),
  /** The site concerned, if one. */
  site: SiteRefSchema.meta({ description: '対象の館（settings/sites.yaml の id）' }).optional(),
  /** A short title. */
  title: z.string().min(1).meta({ description: '件名' }),
  /** What is asked, as on the request form (依頼票). */
  detail: z.string().min(1).meta({ description: '依頼の内容（依頼票のとおり）' }),
  /** The deadline (期限). */
  deadline: IsoDateSchema.meta({ description: '期限（例: 2026-12-10）' }),
  /** The work plan (作業計画). */
  plan: z.string().meta({ description: '作業計画' }).optional(),
  /** The procedure, step by step (作業手順). */
  procedure: z.array(z.string().min(1)).meta({ description: '作業手順（1 行 1 手順）' }).optional(),
  /** The SE's review of plan and procedure. */
  reviewedBy: PersonRefSchema.meta({ description: '計画と手順をレビューした SE（settings/people.yaml の id）' }).optional(),
  /** Execution. */
  executed: z
    .strictObject({
      /** When it was done. */
      at: IsoDateTimeSchema.meta({ description: '実施した日時（日本時間）' }),
      /** Who did it. */
      by: PersonRefSchema.meta({ description: '実施者（settings/people.yaml の id）' }),
      /** The outcome and counts. */
      result: z.string().min(1).meta({ description: '結果と件数' }),
    })
    .meta({ description: '実施: at・by・result' })
    .optional(),
  /** When the requester confirmed and the request was closed. */
  closedAt: IsoDateTimeSchema.meta({ description: '依頼元の確認を得てクローズした日時（日本時間）' }).optional(),
});

export type Request = z.output<typeof RequestSchema>;
