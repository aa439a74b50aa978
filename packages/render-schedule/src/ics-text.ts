/** The low-level text rules of iCalendar (RFC 5545 §3.1 and §3.3.11). */

/** Escapes a TEXT value: backslash, semicolon, comma, and line breaks as `\n`. */
export const escapeIcsText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

/** The UTF-8 length of one code point. */
const octets = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** The longest line in octets, without its CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/**
 * Folds one content line into physical lines of at most 75 octets: a continuation starts with one
 * space, which counts. Splits only between code points, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const limit = out.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    const n = octets(ch);
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Content lines → the iCalendar text: each folded, each ending in CRLF. */
export const icsText = (lines: readonly string[]): string => lines.map((l) => `${foldLine(l)}\r\n`).join('');
