import { findEmails } from './pii-email.ts';
import type { Finding, FindingKind } from './pii-finding.ts';
import { findNames, type NameOptions } from './pii-names.ts';
import { normalise } from './pii-normalise.ts';
import { findNumbers, maskDigits } from './pii-numbers.ts';

/** A finding in the original text: [start, end) are its indexes there, `masked` what a message may show. */
export interface PersonalData {
  kind: FindingKind;
  start: number;
  end: number;
  masked: string;
  /** For a name: what tells it is one. */
  cue?: string;
}

/** Shows the first character of a name and hides the rest: 山田 太郎 → 山＊＊＊. */
const maskName = (name: string) => {
  const chars = [...name.replace(/[ \u3000]/g, '')];
  return (chars[0] ?? '') + '＊'.repeat(Math.max(chars.length - 1, 1));
};

/** Shows the first character of the local part and the top-level domain: taro@example.jp → t***@***.jp. */
const maskEmail = (normalised: string) => {
  const tld = /([A-Za-z]+)$/.exec(normalised)?.[1] ?? '';
  return `${normalised[0] ?? ''}***@***.${tld}`;
};

const mask = (kind: FindingKind, original: string, normalised: string) => {
  if (kind === 'email') return maskEmail(normalised);
  if (kind === 'name') return maskName(original);
  return maskDigits(original);
};

/**
 * Every piece of `text` that looks like patron personal data: phone numbers, card numbers, e-mail
 * addresses and names where the context says so. The text is normalised first, one character at a
 * time, and each finding is mapped back to the original. Linear in the length of `text`: each scanner
 * reads the text once with a bounded look around (no regular expression runs over the whole text).
 */
export function findPersonalData(text: string, options: NameOptions = {}): PersonalData[] {
  const { text: normalised, origin } = normalise(text);
  const findings: Finding[] = [];
  findNumbers(normalised, findings);
  findEmails(normalised, findings);
  findNames(normalised, findings, options);
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalData[] = [];
  let reach = -1;
  for (const f of findings) {
    if (f.start < reach) continue;
    reach = f.end;
    const start = origin[f.start] ?? 0;
    const end = origin[f.end] ?? text.length;
    const masked = mask(f.kind, text.slice(start, end), normalised.slice(f.start, f.end));
    kept.push({ kind: f.kind, start, end, masked, ...(f.cue === undefined ? {} : { cue: f.cue }) });
  }
  return kept;
}

/** A wide character (CJK, kana, full-width forms) takes two cells; its mask does too. */
const isWide = (c: string) => /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c);

/**
 * A line of a file with the spans [start, end) (UTF-16 offsets in the line) masked character for
 * character, separators kept, so that the code frame shows where the data is, not the data, and its
 * caret still points at the right column.
 */
export function maskLine(line: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += line.slice(at, start);
    for (const c of line.slice(start, Math.min(end, line.length))) out += /[\s\-‐-―−ー－()（）.．@＠:：]/.test(c) ? c : isWide(c) ? '＊' : '*';
    at = Math.min(end, line.length);
  }
  return out + line.slice(at);
}
