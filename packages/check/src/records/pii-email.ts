import type { Finding } from './pii-finding.ts';

/**
 * E-mail addresses in normalised text, plain or obfuscated: taro@example.jp, taro＠example．jp (NFKC
 * makes these ASCII), taro [at] example [dot] jp, taro(at)example.jp, taro at example dot jp,
 * taro アットマーク example.jp. A hand-written scanner: it looks for an "at" marker and reads at most
 * 64 characters back (the local part) and 255 forward (the domain), never past the previous marker,
 * so every character is read a bounded number of times.
 */

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
const isAlnum = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const isLocal = (c: string | undefined) => isAlnum(c) || c === '.' || c === '_' || c === '%' || c === '+' || c === '-';
const isLabel = (c: string | undefined) => isAlnum(c) || c === '-';
/** Top-level domains accepted after the spelled-out form (`taro at example dot jp`), which English prose could imitate. */
const SPELLED_TLDS = new Set(['jp', 'com', 'net', 'org', 'info', 'biz', 'io', 'me', 'us', 'uk', 'de', 'fr', 'cn', 'kr', 'tw', 'edu', 'gov']);

const lower = (text: string, at: number, length: number) => text.slice(at, at + length).toLowerCase();

/** The length of a bracketed word at `i`: [at], (at), {at}, <at>, with spaces inside allowed. */
function bracketed(text: string, i: number, word: string): number {
  const open = text[i];
  const close = open === '[' ? ']' : open === '(' ? ')' : open === '{' ? '}' : open === '<' ? '>' : undefined;
  if (!close) return 0;
  let j = i + 1;
  while (text[j] === ' ') j++;
  if (lower(text, j, word.length) !== word) return 0;
  j += word.length;
  while (text[j] === ' ') j++;
  return text[j] === close ? j + 1 - i : 0;
}

/** The length of a spelled-out word at `i` with a space each side (` at `, ` dot `), or 0. */
function spelled(text: string, i: number, word: string): number {
  if (text[i] !== ' ' || lower(text, i + 1, word.length) !== word || text[i + 1 + word.length] !== ' ') return 0;
  return word.length + 2;
}

/** An "at" marker at `i`: its length and whether it is spelled out; undefined when there is none. */
function atMarker(text: string, i: number): { length: number; spelledOut: boolean } | undefined {
  const c = text[i];
  if (c === '@') return { length: 1, spelledOut: false };
  if (c === 'ア' && text.startsWith('アットマーク', i)) return { length: 6, spelledOut: false };
  const b = bracketed(text, i, 'at');
  if (b > 0) return { length: b, spelledOut: false };
  const s = spelled(text, i, 'at');
  return s > 0 ? { length: s, spelledOut: true } : undefined;
}

/** A "dot" marker at `i` (., [dot], (dot), ` [dot] `, ` dot `, ドット): its length, or 0. */
function dotMarker(text: string, i: number): number {
  if (text[i] === '.') return 1;
  if (text.startsWith('ドット', i)) return 3;
  const spelledOut = spelled(text, i, 'dot');
  if (spelledOut > 0) return spelledOut;
  const open = skipSpaces(text, i, 1);
  const b = bracketed(text, open, 'dot');
  return b > 0 ? skipSpaces(text, open + b, 1) - i : 0;
}

const skipSpaces = (text: string, i: number, step: 1 | -1, limit = 3) => {
  let j = i;
  while (Math.abs(j - i) < limit && text[step === 1 ? j : j - 1] === ' ') j += step;
  return j;
};

/** Reads the domain from `from`: labels joined by dot markers; returns its end and last label, or undefined. */
function readDomain(text: string, from: number): { end: number; tld: string } | undefined {
  let j = from;
  let labels = 0;
  let tld = '';
  let end = from;
  for (;;) {
    const labelStart = j;
    while (j - from < MAX_DOMAIN && isLabel(text[j])) j++;
    if (j === labelStart) break;
    labels++;
    tld = text.slice(labelStart, j);
    end = j;
    const dot = dotMarker(text, j);
    if (dot === 0 || !isLabel(text[j + dot])) break;
    j += dot;
  }
  return labels >= 2 && /^[A-Za-z]{2,}$/.test(tld) ? { end, tld } : undefined;
}

/** Finds e-mail addresses in normalised text. */
export function findEmails(text: string, out: Finding[]): void {
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '@' && c !== 'ア' && c !== ' ' && c !== '[' && c !== '(' && c !== '{' && c !== '<') continue;
    const marker = atMarker(text, i);
    if (!marker) continue;
    const localEnd = marker.spelledOut ? i : skipSpaces(text, i, -1);
    let start = localEnd;
    while (start > floor && localEnd - start < MAX_LOCAL && isLocal(text[start - 1])) start--;
    while (text[start] === '.') start++;
    const domainStart = marker.spelledOut ? i + marker.length : skipSpaces(text, i + marker.length, 1);
    const domain = start < localEnd ? readDomain(text, domainStart) : undefined;
    if (domain && (!marker.spelledOut || SPELLED_TLDS.has(domain.tld.toLowerCase()))) {
      out.push({ kind: 'email', start, end: domain.end });
      floor = domain.end;
      i = domain.end - 1;
    } else {
      floor = i + marker.length;
      i += marker.length - 1;
    }
  }
}
