/**
 * What a template shows for a value. Templates render these with `{{ }}` only, so every string
 * in them is escaped by Handlebars; hrefs are built here from ids, never taken from the data.
 */
export type View =
  | { text: string; multiline?: boolean; sort?: string }
  | { text: string; href: string; sort?: string }
  | { list: View[]; inline?: boolean }
  | { table: { head: string[]; rows: View[][] } }
  | { fields: Field[] };

/** A labelled value of a record. */
export interface Field {
  label: string;
  value: View;
}

export const text = (value: string, sort?: string): View => ({ text: value, ...(value.includes('\n') ? { multiline: true } : {}), ...(sort !== undefined ? { sort } : {}) });

export const link = (value: string, href: string): View => ({ text: value, href });

/** An empty list still shows something: Handlebars treats [] as false. */
export const NONE: View = { text: '（なし）' };

/** A list; short items (ids, names) read on one line, sentences one per line. */
export const list = (items: View[]): View => ({ list: items, ...(items.every((v) => 'text' in v && v.text.length <= 24) ? { inline: true } : {}) });
