import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { NUMBER_FORMATS, cellText, fitWidth, jstWallClock, type ColumnType } from './cells.ts';

/** One column of a sheet. */
export interface Column {
  /** The heading, in Japanese (受付日時). */
  header: string;
  /** The property of each row that fills it. */
  key: string;
  /** Width in Excel's character units; by default it fits the header and the values (full-width counts 2). */
  width?: number;
  /** text, date (yyyy/mm/dd), datetime (yyyy/mm/dd hh:mm) or number. */
  type: ColumnType;
}

/** One sheet: a header row, then one row per object. */
export interface Sheet {
  /** The tab's name (at most 31 characters, none of \ / ? * [ ] :). */
  name: string;
  columns: readonly Column[];
  rows: readonly Record<string, unknown>[];
}

export interface WorkbookOptions {
  /** Created and modified dates of the workbook and of every zip entry: the commit date, for identical bytes. */
  pinnedDate: Date;
  /** The workbook's author (creator and last modified by). */
  creator: string;
}

/** The text shown for a value of a column, used to fit the column's width. */
function shownText(value: unknown, type: ColumnType): string {
  if (value === undefined || value === null || value === '') return '';
  if (type === 'date') return '0000/00/00';
  if (type === 'datetime') return '0000/00/00 00:00';
  return cellText(value);
}

/** The cell value of one field; throws a RangeError for a date that is not one. */
function cellValue(value: unknown, column: Column, where: string): string | number | Date | null {
  if (value === undefined || value === null || value === '') return null;
  if (column.type === 'date' || column.type === 'datetime') {
    const date = typeof value === 'string' || value instanceof Date ? jstWallClock(value, column.type) : undefined;
    if (!date) throw new RangeError(`${where}: not an ISO date: ${cellText(value)}`);
    return date;
  }
  if (column.type === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    throw new RangeError(`${where}: not a number: ${cellText(value)}`);
  }
  // A plain string is always a string cell in exceljs: `=HYPERLINK(...)` stays text, never `{ formula }`.
  return cellText(value);
}

function addSheet(book: ExcelJS.Workbook, sheet: Sheet): void {
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? fitWidth([c.header, ...sheet.rows.map((r) => shownText(r[c.key], c.type))]),
    ...(NUMBER_FORMATS[c.type] ? { style: { numFmt: NUMBER_FORMATS[c.type] } } : {}),
  }));
  sheet.rows.forEach((row, i) => {
    const values = sheet.columns.map((c) => cellValue(row[c.key], c, `${sheet.name} ${i + 2}行目 ${c.header}`));
    const added = ws.addRow(values);
    added.eachCell((cell, n) => {
      const column = sheet.columns[n - 1];
      if (column && NUMBER_FORMATS[column.type]) cell.numFmt = NUMBER_FORMATS[column.type] as string;
      if (typeof cell.value === 'string' && cell.value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }));
  if (sheet.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
}

/**
 * Rewrites the zip with every entry dated `date`, in the same order: JSZip, which exceljs writes
 * with, stamps each entry with the clock (and reads DOS dates in UTC, so the machine's time zone
 * does not matter).
 */
async function pinZipDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    out.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/**
 * An Excel workbook (.xlsx) of the given sheets, in exceljs: a bold header row that stays in
 * view (frozen) and carries an autofilter, columns as wide as their Japanese content, real
 * Excel dates (JST wall clock, `yyyy/mm/dd` or `yyyy/mm/dd hh:mm`), and every text as a string
 * cell, so that no value is ever a formula. The same sheets and options give the same bytes:
 * the workbook's dates and the zip entries' dates are `pinnedDate`.
 */
export async function workbook(sheets: readonly Sheet[], options: WorkbookOptions): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = options.creator;
  book.lastModifiedBy = options.creator;
  book.created = options.pinnedDate;
  book.modified = options.pinnedDate;
  book.calcProperties = { fullCalcOnLoad: false };
  for (const sheet of sheets) addSheet(book, sheet);
  const written = new Uint8Array(await book.xlsx.writeBuffer());
  return pinZipDates(written, options.pinnedDate);
}
