import { createProblem, type Location } from '@unyo/problems';
import { fieldOf, walk, type RecordRule } from './context.ts';

/**
 * Patterns of patron personal data (item 95). Text is NFKC-normalised first, so full-width digits
 * and ＠ are caught too; NFKC keeps these characters one for one, so positions still match.
 */
const PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'メールアドレス', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g },
  { what: '電話番号', pattern: /(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])|(?<!\d)0[5789]0\d{8}(?!\d)|(?<!\d)0\d{9}(?!\d)/g },
  { what: '利用者カード番号', pattern: /(?<![\d-])(?:\d{10}|\d{12,14})(?![\d-])/g },
];

/** Finds the location of `needle` in the file text from the value's own position on. */
const locateIn = (text: string, start: Location, needle: string): Location => {
  const lines = text.split('\n');
  let offset = lines.slice(0, start.line - 1).reduce((n, l) => n + l.length + 1, 0) + start.column - 1;
  offset = Math.max(text.indexOf(needle, offset), 0) || offset;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file: start.file, line, column: offset - before.lastIndexOf('\n') };
};

/** No record carries a phone number, an e-mail address or a patron card number. */
export const noPersonalData: RecordRule = ({ records }, problems) => {
  for (const { record, text, locate } of records.records) {
    walk(record, (value, path) => {
      // A file's SHA-256 is hexadecimal digits, which may run like a card number.
      if (typeof value !== 'string' || fieldOf(path) === 'sha256') return;
      const normalised = value.normalize('NFKC');
      if (normalised.length !== value.length) return scan(value, value, path);
      return scan(normalised, value, path);
    });
    function scan(normalised: string, original: string, path: (string | number)[]) {
      for (const { what, pattern } of PATTERNS) {
        for (const match of normalised.matchAll(pattern)) {
          const raw = original.slice(match.index, match.index + match[0].length);
          const at = locateIn(text, locate(path), raw);
          problems.push(createProblem('personal-data', { ...at, excerpt: text.split('\n')[at.line - 1] ?? '' }, { what: `${what}「${raw}」` }));
        }
      }
    }
  }
};
