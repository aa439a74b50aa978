/** What kind of patron personal data a piece of text seems to hold. */
export type FindingKind = 'phone' | 'email' | 'card' | 'patron-card' | 'name';

/** One place in a text that looks like personal data: [start, end) in the text scanned. */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** For a name: what tells it is one (the honorific or the label), in Japanese. */
  cue?: string;
}

/** The Japanese word for each kind, as the problem messages name it. */
export const KIND_NAMES: Record<FindingKind, string> = {
  phone: '電話番号',
  email: 'メールアドレス',
  card: 'クレジットカード番号',
  'patron-card': '利用者カード番号',
  name: '氏名',
};
