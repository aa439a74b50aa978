/**
 * Text normalised for personal-data screening, one character at a time, with a map back to the
 * original: NFKC (full-width digits, letters, ＠ and ． become ASCII; half-width katakana become
 * full-width), every dash variant becomes `-`, every space variant becomes ` `, and zero-width
 * characters are dropped. A character whose normalised form has another length (㈱ → (株), a
 * zero-width space → nothing) changes only its own place: the rest of the value is still normalised.
 */
export interface Normalised {
  text: string;
  /** For each UTF-16 index of `text` (and `text.length`), the index in the original it came from. */
  origin: Int32Array;
}

/** Dashes and minus signs people type between digits (ー and ｰ are kept as katakana; scanners treat ー as a dash). */
const DASHES = new Set([
  0x2d, 0xad, 0x2d7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x2500, 0x2501, 0x2e3a, 0x2e3b, 0xfe31,
  0xfe32, 0xfe58, 0xfe63, 0xff0d, 0x30a0, 0x2796,
]);

/** Spaces other than U+0020 that NFKC does not already map to it, and tabs. */
const SPACES = new Set([0x09, 0x0b, 0x0c, 0x85, 0x1680, 0x2028, 0x2029, 0x3164, 0xffa0]);

/** Characters that take no room: zero-width space, joiners, word joiner, BOM, bidi marks, Mongolian vowel separator. */
const INVISIBLE = new Set([0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);

const mapCodePoint = (cp: number, char: string): string => {
  if (cp < 0x80 && cp !== 0x09 && cp !== 0x0b && cp !== 0x0c) return char;
  if (DASHES.has(cp)) return '-';
  if (SPACES.has(cp)) return ' ';
  if (INVISIBLE.has(cp)) return '';
  const nfkc = char.normalize('NFKC');
  if (nfkc.length === 1) {
    const n = nfkc.charCodeAt(0);
    if (DASHES.has(n)) return '-';
    if (n === 0x3000 || (n >= 0x2000 && n <= 0x200a) || n === 0xa0 || n === 0x202f || n === 0x205f) return ' ';
  }
  return nfkc;
};

/** The normalised form of each code point met so far (text repeats its characters: each is normalised once). */
const cache = new Map<number, string>();
const decoder = new TextDecoder('utf-16le');

/** Normalises `input` character by character; linear in its length. */
export function normalise(input: string): Normalised {
  let out = new Uint16Array(input.length + 16);
  let origin = new Int32Array(input.length + 17);
  let n = 0;
  for (let i = 0; i < input.length; ) {
    const unit = input.charCodeAt(i);
    if (unit < 0x80 && unit !== 0x09 && unit !== 0x0b && unit !== 0x0c) {
      out[n] = unit;
      origin[n++] = i++;
      continue;
    }
    const cp = input.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    let mapped = cache.get(cp);
    if (mapped === undefined) {
      if (cache.size > 0x10000) cache.clear();
      mapped = mapCodePoint(cp, String.fromCodePoint(cp));
      cache.set(cp, mapped);
    }
    if (n + mapped.length >= out.length) {
      const grown = new Uint16Array(out.length * 2 + mapped.length);
      grown.set(out);
      out = grown;
      const grownOrigin = new Int32Array(grown.length + 1);
      grownOrigin.set(origin);
      origin = grownOrigin;
    }
    for (let u = 0; u < mapped.length; u++) {
      out[n] = mapped.charCodeAt(u);
      origin[n++] = i;
    }
    i += width;
  }
  origin[n] = input.length;
  return { text: decoder.decode(out.subarray(0, n)), origin: origin.subarray(0, n + 1) };
}
