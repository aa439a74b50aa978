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
