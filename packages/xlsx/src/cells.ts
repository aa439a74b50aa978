import stringWidth from 'string-width';

/** How a column's values are written: text cells, Excel dates (day or minute) or numbers. */
export type ColumnType = 'text' | 'date' | 'datetime' | 'number';

/** Excel's display of each type; dates and times are JST wall-clock values. */
export const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: '@',
  date: 'yyyy/mm/dd',
  datetime: 'yyyy/mm/dd hh:mm',
  number: undefined,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;
const JST_MS = 9 * 3600_000;

/**
 * The JST wall-clock time of an ISO date or date-time, as a Date whose UTC fields are that wall
 * clock: Excel dates have no time zone, and exceljs converts a Date through UTC, so
 * `2026-11-27T09:30+09:00` is stored as 2026/11/27 09:30 on any machine. A date-time with
 * another offset (or `Z`) is converted to JST first; one without an offset is read as JST. A
 * `date` column keeps only the day. Undefined when the text is not an ISO date.
 */
export function jstWallClock(value: string | Date, type: 'date' | 'datetime'): Date | undefined {
  let wall: Date;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    wall = new Date(value.getTime() + JST_MS);
  } else {
    const m = ISO.exec(value);
    if (!m) return undefined;
    const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = m;
    const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    const check = new Date(local);
    if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
    wall = offset === undefined || offset === '+09:00' ? check : new Date(Date.parse(value) + JST_MS);
  }
  return type === 'date' ? new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate())) : wall;
}

/**
 * Text a spreadsheet would run as a formula or a DDE command when typed or imported: it begins
 * with = + - @, a tab or a CR (OWASP, CSV injection). In xlsx such a value is safe as a string
 * cell (never a formula cell); this tells the tests and callers which values needed that care.
 */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

/** A value as the text of a text cell: arrays joined with 、, nothing for null and undefined. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).filter((t) => t !== '').join('、');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The display width of a text in Excel's character units: full-width (East Asian Wide,
 * Fullwidth and Ambiguous, as in a Japanese font) characters count 2, the widest line counts.
 */
export const displayWidth = (text: string): number => Math.max(0, ...text.split(/\r?\n/).map((line) => stringWidth(line, { ambiguousIsNarrow: false })));

/** The width a column needs for its header and values, with a margin, between 6 and 60. */
export function fitWidth(texts: readonly string[]): number {
  return Math.min(60, Math.max(6, ...texts.map((t) => displayWidth(t) + 2)));
}
