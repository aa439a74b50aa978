import type { Finding } from './pii-finding.ts';

/**
 * Phone numbers, patron card numbers and credit card numbers in normalised text. A hand-written scanner:
 * it reads runs of digits joined by short separators once, left to right, and tries the few shapes a
 * number can have from each group on; nothing is read twice, so it is linear in the text.
 */

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAsciiWord = (c: string | undefined) =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_');
/** The fewest digits of a number looked for (a 10-digit phone or patron card number). */
const MIN_DIGITS = 10;
/** Characters that may join the groups of one number: spaces, dashes (ー too), dots and parentheses. */
const isSeparator = (c: string | undefined) => c === ' ' || c === '-' || c === 'ー' || c === '.' || c === '(' || c === ')';
/** At most this many separator characters between two groups (`) - ` is three). */
const MAX_SEPARATOR = 3;
/** Longer runs of digits are no phone or card number (and are not looked into). */
const MAX_DIGITS = 19;


/** Masks all digits but the last four: 03-1234-5678 → **-****-5678. */
export function maskDigits(raw: string): string {
  let keep = 4;
  let out = '';
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw[i] ?? '';
    if (/[0-9０-９]/.test(c)) out = (keep-- > 0 ? c : '*') + out;
    else out = c + out;
  }
  return out;
}

/** The Luhn check that every credit card number passes. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const isIsbn13 = (d: string) => {
  if (d.length !== 13 || !(d.startsWith('978') || d.startsWith('979'))) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(d[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
};

/** A national Japanese number: 10 digits 0[1-9]… (landline, 0120), or 11 digits 050/070/080/090 (and 0800). */
const isJapanesePhone = (d: string) => (d.length === 10 && d[1] !== '0') || (d.length === 11 && /^0[5789]0/.test(d));

/** The phone number read from groups[k..k+n): national (0…) or +81 written. */
function phoneDigits(parts: readonly string[], plus: boolean): string | undefined {
  const n = parts.length;
  const first = parts[0] ?? '';
  if (plus) {
    if (!first.startsWith('81')) return undefined;
    const rest = [first.slice(2), ...parts.slice(1)].filter((p) => p !== '');
    // +81 (0)3-1234-5678: the trunk 0 in parentheses, or written once anyway.
    const national = rest.join('');
    const digits = national.startsWith('0') ? national : `0${national}`;
    const lead = rest[0] ?? '';
    if (rest.length > 1 && (lead.length > 5 || (rest.at(-1)?.length ?? 0) < 3)) return undefined;
    return isJapanesePhone(digits) ? digits : undefined;
  }
  if (!first.startsWith('0')) return undefined;
  if (n > 1 && (first.length < 2 || first.length > 5 || (parts.at(-1)?.length ?? 0) < 3)) return undefined;
  const digits = parts.join('');
  return isJapanesePhone(digits) ? digits : undefined;
}

type CardKind = 'card' | 'patron-card';

/** 12 or 14 digits that read as a date and time, yyyymmddhhmm(ss), as log and file names carry them. */
function isTimestamp(d: string): boolean {
  if (d.length !== 12 && d.length !== 14) return false;
  const [year, month, day, hour, minute, second] = [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8), d.slice(8, 10), d.slice(10, 12), d.slice(12, 14) || '00'].map(Number);
  return (year ?? 0) >= 1990 && (year ?? 0) <= 2099 && (month ?? 0) >= 1 && (month ?? 0) <= 12 && (day ?? 0) >= 1 && (day ?? 0) <= 31 && (hour ?? 99) < 24 && (minute ?? 99) < 60 && (second ?? 99) < 60;
}

/** Units after a number that make it a quantity, not a card number: 1073741824 バイト, 2100000000 円. */
const UNITS = ['バイト', 'byte', 'B', 'KB', 'MB', 'GB', '件', '冊', '円', '回', '秒', '個', '行', '人', '名', '点'];
const followedByUnit = (text: string, end: number) => {
  let i = end;
  if (text[i] === ' ') i++;
  return UNITS.some((u) => text.startsWith(u, i));
};

/** A credit card (13–16 digits in its printed groups, Luhn) or a patron card (10 or 12–14 digits, groups of 3 or more). */
function cardKind(parts: readonly string[], plain: boolean, text: string, at: number): CardKind | undefined {
  if (!plain) return undefined;
  const n = parts.length;
  const digits = parts.join('');
  const sizes = parts.map((p) => p.length);
  const printed =
    n === 1 ||
    (sizes.slice(0, -1).every((s) => s === 4) && n === 4 && (sizes[3] ?? 0) >= 1) ||
    sizes.join() === '4,6,5' ||
    sizes.join() === '4,6,4';
  if (digits.length >= 13 && digits.length <= 16 && printed && luhn(digits) && !isIsbn13(digits)) return 'card';
  const patronLength = digits.length === 10 || (digits.length >= 12 && digits.length <= 14);
  if (!patronLength || isIsbn13(digits) || sizes.some((s) => s < 3) || (n === 1 && isTimestamp(digits))) return undefined;
  const before = text.slice(Math.max(0, at - 8), at).toLowerCase();
  return before.includes('isbn') ? undefined : 'patron-card';
}

/**
 * The groups of digits of one run: group g is text[start[g], end[g]); the separator after it is
 * text[end[g], start[g + 1]). Plain numbers, no strings: a run may hold half a million groups.
 */
interface Run {
  start: number[];
  end: number[];
}

/** Whether the separator after group g lets a number start or end there (a space or parenthesis), or the run ends. */
function soft(text: string, run: Run, g: number): boolean {
  const from = run.end[g] ?? 0;
  const to = run.start[g + 1];
  if (to === undefined) return true;
  for (let i = from; i < to; i++) if (text[i] === ' ' || text[i] === '(' || text[i] === ')') return true;
  return false;
}

/** Whether the separators between groups k..e are only spaces and dashes (as card numbers are printed). */
function plainBetween(text: string, run: Run, k: number, e: number): boolean {
  for (let i = run.end[k] ?? 0; i < (run.start[e] ?? 0); i++) {
    const c = text[i];
    if (!isDigit(c) && c !== ' ' && c !== '-' && c !== 'ー') return false;
  }
  return true;
}

/** Finds phone and card numbers in normalised text. */
export function findNumbers(text: string, out: Finding[]): void {
  for (let i = 0; i < text.length; ) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    const run: Run = { start: [], end: [] };
    let digits = 0;
    let j = i;
    for (;;) {
      let k = j;
      while (isDigit(text[k])) k++;
      run.start.push(j);
      run.end.push(k);
      digits += k - j;
      let m = k;
      while (m - k < MAX_SEPARATOR && isSeparator(text[m])) m++;
      j = k;
      if (m === k || !isDigit(text[m])) break;
      j = m;
    }
    // Most runs are too short to be anything.
    if (digits >= MIN_DIGITS) classifyRun(text, run, out);
    i = j;
  }
}

function classifyRun(text: string, run: Run, out: Finding[]): void {
  const runStart = run.start[0] ?? 0;
  const runEnd = run.end.at(-1) ?? 0;
  // An id such as INC-2026-0105 or a hexadecimal hash: digits glued to letters are not a number.
  const before = text[runStart - 1];
  const leftOk = !isAsciiWord(before) && !((before === '-' || before === '.') && isAsciiWord(text[runStart - 2]));
  const after = text[runEnd];
  const rightOk = !isAsciiWord(after) && !((after === '-' || after === '.') && isAsciiWord(text[runEnd + 1]));
  for (let k = 0; k < run.start.length; ) {
    const found = (k === 0 ? leftOk : soft(text, run, k - 1)) ? matchFrom(text, run, k, rightOk) : undefined;
    if (found) {
      out.push(found.finding);
      k += found.groups;
    } else k++;
  }
}

/** The longest phone or card number from group k on: 4111 1111 1111 1111 is one card, not a 12-digit patron card and a rest. */
function matchFrom(text: string, run: Run, k: number, rightOk: boolean) {
  const first = run.start[k] ?? 0;
  let start = first;
  // The "+" of "+81" and the "(" of "(03) 1234-5678" belong to the number.
  // A leading "(" belongs to it only when it closes after the first group (not "（090-1234-5678）").
  const paren = text[start - 1] === '(' && text[run.end[k] ?? 0] === ')';
  const plus = text[start - 1] === '+' || (paren && text[start - 2] === '+');
  if (paren) start--;
  if (text[start - 1] === '+') start--;
  const groups = run.start.length;
  let best: { groups: number; finding: Finding } | undefined;
  let total = 0;
  for (let n = 1; n <= 5 && k + n <= groups; n++) {
    const e = k + n - 1;
    const end = run.end[e] ?? 0;
    total += end - (run.start[e] ?? 0);
    if (total > MAX_DIGITS) break;
    if (total < MIN_DIGITS || !(e === groups - 1 ? rightOk : soft(text, run, e))) continue;
    const parts: string[] = [];
    for (let g = k; g <= e; g++) parts.push(text.slice(run.start[g], run.end[g]));
    if (phoneDigits(parts, plus)) {
      best = { groups: n, finding: { kind: 'phone', start, end } };
      continue;
    }
    const card = plus || followedByUnit(text, end) ? undefined : cardKind(parts, plainBetween(text, run, k, e), text, first);
    if (card) best = { groups: n, finding: { kind: card, start: first, end } };
  }
  return best;
}
