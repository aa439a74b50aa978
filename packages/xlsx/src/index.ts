export { NUMBER_FORMATS, cellText, displayWidth, fitWidth, jstWallClock, looksLikeFormula, type ColumnType } from './cells.ts';
export { configurationSheets, type ConfigurationSheetOptions } from './configuration.ts';
export { ledgerSheets, type LedgerNames } from './ledger.ts';
export { workbook, type Column, type Sheet, type WorkbookOptions } from './workbook.ts';
