import type { Finding } from './pii-finding.ts';

/**
 * Patron names where the context says so, in normalised text: a name of kanji or katakana followed by
 * an honorific (山田様, 山田 太郎さん, ヤマダ氏), or any name after a label and a colon (氏名: 山田太郎,
 * 利用者名＝やまだ, 利用者: 山田). Words that take 様 but are no name (仕様, 皆様, お客様, 図書館様,
 * 担当者様, ユーザー様) and the staff's own names are left alone. Each honorific or label is read
 * with a bounded look around, so the scan is linear.
 */

export interface NameOptions {
  /** The whole text is the value of a field with this label as its key (`氏名: …` in YAML). */
  labelled?: string;
  /** Names that are not patrons' (the staff of settings/people.yaml), without spaces: family, given and full names. */
  staff?: ReadonlySet<string>;
}

type Script = 'kanji' | 'katakana' | 'hiragana';
const scriptOf = (c: string | undefined): Script | undefined => {
  if (c === undefined) return undefined;
  const n = c.charCodeAt(0);
  if ((n >= 0x4e00 && n <= 0x9fff) || (n >= 0x3400 && n <= 0x4dbf) || c === '々' || c === '〆') return 'kanji';
  if ((n >= 0x30a1 && n <= 0x30fa) || c === 'ー') return 'katakana';
  if (n >= 0x3041 && n <= 0x3096) return 'hiragana';
  return undefined;
};

const HONORIFICS = ['様', 'さま', 'さん', '氏', '殿'];
/** A 様 followed by these is a word (様式, 様子, 様々, 様相, 様態). */
const NOT_HONORIFIC_AFTER = new Set(['式', '子', '々', '相', '態', '名', '族']);
/** A name does not end with these: 仕様, 同様, 模様, 皆様, お客様, 各位, 図書館様, 係様, 担当者様, 職員様, 会社様. */
const NOT_NAME_LAST = new Set([...'仕同模皆客各貴神王異今多一両別上文有無態式彼某諸館係課室社部所局署会店者員長方団家様当労話走人主民位']);
/** Katakana words that take 様 but are no name. */
const NOT_NAME_WORDS = ['ユーザ', 'メーカ', 'ベンダ', 'オペレータ', 'サポート', 'カスタマ', 'クライアント', 'ゲスト'];
/** Values of a labelled field that are no name. */
const NOT_NAME_VALUES = new Set(['なし', '無し', '不明', '匿名', '非公開', '記載なし', '省略', '伏せ', '未記入', '本人', '利用者', '職員', '同上']);
const LABELS = ['利用者氏名', '利用者名', '氏名', 'お名前', '名前', '利用者'];
/** Whether a YAML key labels a name: 氏名, 利用者名, …, patronName. */
export const isNameLabel = (key: string) => LABELS.includes(key.normalize('NFKC').trim()) || /^patron[_-]?name$/i.test(key);
const LABEL_FIRST = new Set(LABELS.map((l) => l[0] ?? ''));
const HONORIFIC_FIRST = new Set(HONORIFICS.map((h) => h[0] ?? ''));
const MAX_NAME = 8;
const MAX_LABELLED_NAME = 12;

/** Reads a name backwards from `end`: one script, at most one space inside; its start, or undefined. */
function nameBefore(text: string, end: number): number | undefined {
  let i = end;
  if (text[i - 1] === ' ') i--;
  const script = scriptOf(text[i - 1]);
  if (script !== 'kanji' && script !== 'katakana') return undefined;
  let chars = 0;
  let spaces = 0;
  while (i > 0) {
    const c = text[i - 1];
    if (scriptOf(c) === script) chars++;
    else if (c === ' ' && spaces === 0 && scriptOf(text[i - 2]) === script) spaces++;
    else break;
    i--;
    if (chars > MAX_NAME) return undefined;
  }
  // The loop stopped at another script (の, a kanji before katakana), punctuation or the start.
  return chars >= 2 ? i : undefined;
}

/** Reads a name forwards from `from` (after a label): one script, at most one space inside; its end, or undefined. */
function nameAfter(text: string, from: number): number | undefined {
  const script = scriptOf(text[from]);
  if (!script) return undefined;
  let i = from;
  let chars = 0;
  let spaces = 0;
  while (i < text.length) {
    const c = text[i];
    if (scriptOf(c) === script) chars++;
    else if (c === ' ' && spaces === 0 && scriptOf(text[i + 1]) === script) spaces++;
    else break;
    i++;
    if (chars > MAX_LABELLED_NAME) return undefined;
  }
  // 「利用者A」「山田1」: a placeholder or a code, not a name; a kanji run followed by kana is a sentence.
  const next = text[i];
  if (chars < 2 || (next !== undefined && (/[A-Za-z0-9]/.test(next) || scriptOf(next) !== undefined))) return undefined;
  return i;
}

const compact = (s: string) => s.replace(/ /g, '');
const isStaff = (name: string, staff: ReadonlySet<string> | undefined) => staff !== undefined && staff.has(compact(name));

const honorificAt = (text: string, i: number) => HONORIFICS.find((h) => text.startsWith(h, i)) ?? '';

function byHonorific(text: string, i: number, options: NameOptions): Finding | undefined {
  const honorific = honorificAt(text, i);
  if (honorific === '' || (honorific.length === 1 && NOT_HONORIFIC_AFTER.has(text[i + 1] ?? ''))) return undefined;
  const end = text[i - 1] === ' ' ? i - 1 : i;
  const start = nameBefore(text, i);
  if (start === undefined) return undefined;
  const name = text.slice(start, end);
  const last = name.at(-1) ?? '';
  if (NOT_NAME_LAST.has(last) || last === 'ー' || NOT_NAME_WORDS.some((w) => name.startsWith(w)) || isStaff(name, options.staff)) return undefined;
  return { kind: 'name', start, end, cue: `敬称「${honorific}」` };
}

const labelAt = (text: string, i: number) => LABELS.find((l) => text.startsWith(l, i)) ?? '';

function afterLabel(text: string, from: number, cue: string, options: NameOptions): Finding | undefined {
  let j = from;
  while (text[j] === ' ') j++;
  const end = nameAfter(text, j);
  if (end === undefined) return undefined;
  const name = text.slice(j, end);
  if (NOT_NAME_VALUES.has(compact(name)) || LABELS.includes(compact(name)) || NOT_NAME_LAST.has(name.at(-1) ?? '') || isStaff(name, options.staff)) return undefined;
  return { kind: 'name', start: j, end, cue };
}

function byLabel(text: string, i: number, options: NameOptions): Finding | undefined {
  const label = labelAt(text, i);
  if (label === '') return undefined;
  let j = i + label.length;
  while (text[j] === ' ') j++;
  if (text[j] !== ':' && text[j] !== '=') return undefined;
  return afterLabel(text, j + 1, `見出し「${label}」`, options);
}

/** Finds patron names in normalised text. */
export function findNames(text: string, out: Finding[], options: NameOptions = {}): void {
  if (options.labelled !== undefined) {
    const whole = afterLabel(text, 0, `キー「${options.labelled}」`, options);
    if (whole && text.slice(whole.end).trim() === '') out.push(whole);
  }
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const found = (LABEL_FIRST.has(c) ? byLabel(text, i, options) : undefined) ?? (i > 0 && HONORIFIC_FIRST.has(c) ? byHonorific(text, i, options) : undefined);
    if (found && found.start >= floor) {
      out.push(found);
      floor = found.end;
    }
  }
}
