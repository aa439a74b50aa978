export type { CatalogEntry } from './entry.ts';
export { ROLE_WORDS, filterCatalog, parseCycleKind, parseRole, type CatalogFilter } from './filter.ts';
export { formatCatalogCsv } from './format-csv.ts';
export { formatCatalogTable } from './format-table.ts';
