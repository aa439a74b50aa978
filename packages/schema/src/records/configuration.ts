import { z } from 'zod';
import { IsoDateSchema } from '../time.ts';
import { RefSchema, recordBase, sequenceId } from './common.ts';

/** The kinds of configuration entry; the Japanese labels are those of the ledgers. */
export const CONFIGURATION_TYPES = ['hardware-spec', 'location', 'software', 'tape', 'group-policy', 'client-image', 'permission-review'] as const;

export const CONFIGURATION_TYPE_LABELS: Record<(typeof CONFIGURATION_TYPES)[number], string> = {
  'hardware-spec': 'ハードウェア仕様',
  location: '設置場所',
  software: 'ソフトウェア',
  tape: 'テープ',
  'group-policy': 'グループポリシー',
  'client-image': 'クライアントイメージ',
  'permission-review': '権限一覧のレビュー',
};

/**
 * One line of the installed-software list (インストールソフトウェア一覧, item 39) as this record
 * leaves it: the software on a device, installed (or its version changed) or removed. The list
 * of a device is every line of every record, the latest per name winning; nothing is rewritten.
 */
export const SoftwareEntrySchema = z.strictObject({
  /** The device it is installed on. */
  device: RefSchema.meta({ description: '導入先の機器（settings/devices.yaml の id）' }),
  /** Its name, as the vendor writes it. */
  name: z.string().min(1).meta({ description: 'ソフトウェア名（例: PostgreSQL、Windows Server 2022 Standard）' }),
  /** The version installed; required unless removed. */
  version: z.string().min(1).meta({ description: '版数（例: 16.4、10.0.20348.2849）。削除（state: removed）のときは省略可' }).optional(),
  /** The maker or supplier. */
  publisher: z.string().min(1).meta({ description: 'メーカー・提供元' }).optional(),
  /** The licence, where one applies: its form and the number held. */
  licence: z.string().min(1).meta({ description: 'ライセンス形態と保有数（例: サーバライセンス 1、CAL 80。OSS は PostgreSQL License など）' }).optional(),
  /** installed (the default) or removed. */
  state: z.enum(['installed', 'removed']).default('installed').meta({ description: '状態: installed 導入済み（版数変更を含む、省略時）/ removed 削除済み' }),
});

export type SoftwareEntry = z.output<typeof SoftwareEntrySchema>;

/**
 * One tape cartridge of the tape media ledger (テープ媒体管理表, item 42) as read on the day of
 * the record: its use count against its maximum, and its expiry. The ledger is the latest line
 * per cartridge.
 */
export const TapeMediumSchema = z.strictObject({
  /** The cartridge's label. */
  id: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, '媒体番号は英大文字・数字・ハイフンで書いてください（例: FS-13）。').meta({ description: '媒体番号（カートリッジのラベル、例: FS-13）' }),
  /** The backup job that writes to it. */
  job: RefSchema.meta({ description: '書き込むバックアップジョブ（settings/devices.yaml の backupJobs の id）' }).optional(),
  /** The day it was first used. */
  since: IsoDateSchema.meta({ description: '使用開始日（例: 2026-11-06）' }),
  /** Uses so far, as the backup software counts them. */
  uses: z.int().min(0).meta({ description: '利用回数（バックアップソフトの媒体情報の値）' }),
  /** The uses after which it is replaced (the maker's figure or the agreed one). */
  maxUses: z.int().min(1).meta({ description: '上限回数（交換する利用回数。メーカー推奨値を基に合意した値）' }),
  /** The day from which it is no longer used (the maker's service life from `since`, or the agreed one). */
  expires: IsoDateSchema.meta({ description: '使用期限（この日からは使わない。例: 2031-11-05）' }),
  /** in-use (the default), retired (taken out, kept locked) or disposed. */
  state: z.enum(['in-use', 'retired', 'disposed']).default('in-use').meta({ description: '状態: in-use 使用中（省略時）/ retired 交換済・保管中 / disposed 廃棄済' }),
});

export type TapeMedium = z.output<typeof TapeMediumSchema>;

/** What a permission review found about one account or group, and what was done. */
export const PermissionFindingSchema = z.strictObject({
  /** The account or security group, by its id on the system (never a person's name). */
  account: z.string().min(1).meta({ description: 'アカウント名またはグループ名（システム上の id。氏名は書かない）' }),
  /** What was done. */
  action: z.enum(['removed', 'reduced', 'added', 'kept']).meta({ description: '処置: removed 削除 / reduced 権限を縮小 / added 不足を付与 / kept 理由を確認して維持' }),
  /** Why. */
  detail: z.string().min(1).meta({ description: '指摘の内容と理由（例: 10月末退職、アカウント無効化済みだがグループに残存）' }),
  /** The requests or changes that carried it out. */
  refs: z.array(z.union([sequenceId('REQ'), sequenceId('CHG'), sequenceId('INC')])).meta({ description: '処置した依頼・変更の記録 id（例: REQ-2026-0091）' }).optional(),
});

export type PermissionFinding = z.output<typeof PermissionFindingSchema>;

/**
 * The review of a permission list (who has which right on which system, items 47 and 48): the
 * list reviewed, who prepared and who reviewed it, and the findings. The system is `device`.
 */
export const PermissionReviewSchema = z.strictObject({
  /** request: the grant list of one request; inventory: the whole permission list (棚卸し). */
  scope: z.enum(['request', 'inventory']).meta({ description: '範囲: request 依頼ごとの付与リスト / inventory 権限一覧全体の棚卸し' }),
  /** The list reviewed: its file, the day it was taken, its number of entries. */
  list: z
    .strictObject({
      /** The file's name as kept (the export of the system's rights). */
      name: z.string().min(1).meta({ description: '一覧のファイル名（例: fs01-権限一覧-2026-11-20.xlsx）' }),
      /** The day the list was taken from the system. */
      asOf: IsoDateSchema.meta({ description: '一覧を取得した日（例: 2026-11-20）' }),
      /** Its number of lines (folder × group, or user × function). */
      entries: z.int().min(0).meta({ description: '一覧の行数（フォルダ×グループ、ユーザー×機能）' }),
      /** The SHA-256 of the file. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 は 16 進数の小文字 64 桁で書いてください（sha256sum の出力）。').meta({ description: '一覧ファイルの SHA-256（16 進数の小文字 64 桁）' }).optional(),
    })
    .meta({ description: 'レビューした一覧: name（ファイル名）・asOf（取得日）・entries（行数）・sha256' }),
  /** The operator who prepared the list. */
  preparedBy: RefSchema.meta({ description: '一覧を作成したオペレータ（settings/people.yaml の id）' }),
  /** The SE who reviewed it. */
  reviewedBy: RefSchema.meta({ description: 'レビューした SE（settings/people.yaml の id、役割 se・pl・pm）' }),
  /** approved as it was, approved once corrected, or returned. */
  result: z.enum(['approved', 'corrected', 'returned']).meta({ description: '結果: approved そのまま承認 / corrected 修正して承認 / returned 差戻し' }),
  /** What was found; an empty list says nothing was. */
  findings: z.array(PermissionFindingSchema).meta({ description: '指摘事項（account・action・detail・refs）。指摘がなければ []' }),
});

export type PermissionReview = z.output<typeof PermissionReviewSchema>;

/** Which structured field goes with which type: the others are refused on it. */
const STRUCTURED: Record<'software' | 'media' | 'review', (typeof CONFIGURATION_TYPES)[number]> = { software: 'software', media: 'tape', review: 'permission-review' };

/** 構成管理表: an entry of the configuration ledger (items 35–39, 42, 46, 47, 48). */
export const ConfigurationSchema = z
  .strictObject({
    /** CFG-YYYY-NNNN. */
    id: sequenceId('CFG'),
    /** The record kind. */
    kind: z.literal('configuration'),
    ...recordBase,
    /** hardware-spec (37), location (38), software (39), tape (42), group-policy (46), client-image (36), permission-review (47, 48). */
    type: z.enum(CONFIGURATION_TYPES).meta({
      description: '種別: hardware-spec ハードウェア仕様 / location 設置場所 / software ソフトウェア（software 欄に一覧の行） / tape テープ（media 欄に媒体） / group-policy グループポリシー / client-image クライアントイメージ / permission-review 権限一覧のレビュー（review 欄）',
    }),
    /** The device concerned. */
    device: RefSchema.optional(),
    /** The site concerned. */
    site: RefSchema.optional(),
    /** What changed. */
    change: z.string().min(1),
    /** The value before. */
    before: z.string().optional(),
    /** The value after. */
    after: z.string().optional(),
    /** The request or change that caused it. */
    cause: z.union([sequenceId('REQ'), sequenceId('CHG'), sequenceId('INC')]).optional(),
    /** software: the lines of the installed-software list this record adds, changes or removes (39). */
    software: z.array(SoftwareEntrySchema).min(1).meta({ description: 'インストールソフトウェア一覧の行（device・name・version・publisher・licence・state）。type: software のとき必須' }).optional(),
    /** tape: the cartridges as read on this day, or replaced (42). */
    media: z.array(TapeMediumSchema).min(1).meta({ description: 'テープ媒体（id・job・since・uses・maxUses・expires・state）。type: tape のとき、点検・交換した媒体を書く' }).optional(),
    /** permission-review: the review of the permission list of `device` (47, 48). */
    review: PermissionReviewSchema.meta({ description: '権限一覧のレビュー（scope・list・preparedBy・reviewedBy・result・findings）。type: permission-review のとき必須' }).optional(),
  })
  .superRefine((r, ctx) => {
    for (const [field, type] of Object.entries(STRUCTURED) as [keyof typeof STRUCTURED, string][]) {
      if (r[field] !== undefined && r.type !== type) ctx.addIssue({ code: 'custom', path: [field], input: r[field], message: `${field} は type: ${type} の記録にだけ書けます（この記録は type: ${r.type}）。` });
    }
    if (r.type === 'software' && r.software === undefined) ctx.addIssue({ code: 'custom', path: ['type'], input: r.type, message: 'type: software の記録には software に一覧の行（device・name・version）を書いてください。' });
    if (r.type === 'permission-review') {
      if (r.review === undefined) ctx.addIssue({ code: 'custom', path: ['type'], input: r.type, message: 'type: permission-review の記録には review（レビューした一覧・レビュー者・結果・指摘事項）を書いてください。' });
      if (r.device === undefined) ctx.addIssue({ code: 'custom', path: ['type'], input: r.type, message: 'type: permission-review の記録には device に対象のシステム（例: fs01、gw01）を書いてください。' });
    }
    if (r.media !== undefined && r.device === undefined) ctx.addIssue({ code: 'custom', path: ['media'], input: r.media, message: 'media を書くときは device にテープ装置（例: tl01）を書いてください。' });
    r.software?.forEach((s, i) => {
      if (s.state === 'installed' && s.version === undefined) ctx.addIssue({ code: 'custom', path: ['software', i, 'version'], input: s, message: `${s.name} の version（版数）を書いてください。削除なら state: removed にします。` });
    });
    r.media?.forEach((m, i) => {
      if (m.expires <= m.since) ctx.addIssue({ code: 'custom', path: ['media', i, 'expires'], input: m.expires, message: `期限 ${m.expires} が使用開始日 ${m.since} より後になっていません。` });
    });
  });

export type Configuration = z.output<typeof ConfigurationSchema>;
