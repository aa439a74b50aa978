import { RECORD_KIND_LABELS, REPORT_TYPE_LABELS, type AnyRecord } from '@unyo/schema';
import { formatWhen, type DateStyle } from './dates.ts';
import type { Directory } from './directory.ts';
import { FREE_KEYS, booleanLabel, fieldLabel, valueLabel } from './labels.ts';
import { PAGE, hrefFrom } from './paths.ts';
import { NONE, link, list, text, type Field, type View } from './view.ts';

/** Where a record is shown from: the names to look up, the date style, and the page linking out. */
export interface ViewContext {
  dir: Directory;
  style: DateStyle;
  /** The site path of the page being rendered (links are relative to it). */
  page: string;
  /** The date of the record shown: people appear under the name they had then. */
  at?: string;
}

const PERSON_KEYS = new Set(['by', 'owner', 'reviewedBy', 'preparedBy', 'vendor', 'with', 'person']);
const SITE_KEYS = new Set(['site', 'sites']);
const DEVICE_KEYS = new Set(['device', 'devices', 'targets']);
const ITEM_KEYS = new Set(['items', 'item']);

const lastKey = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The runbook of an operation item as a link: `52 障害受付`. */
export function itemView(id: number, ctx: ViewContext): View {
  const runbook = ctx.dir.runbook(id);
  return runbook ? link(`${id} ${runbook.item.name}`, hrefFrom(ctx.page, PAGE.runbook(id))) : text(String(id));
}

/** A record id as a link to its page when the record exists. */
export function recordRefView(id: string, ctx: ViewContext): View {
  const page = ctx.dir.recordPage(id);
  return page ? link(id, hrefFrom(ctx.page, page)) : text(id);
}

function stringView(kind: string, path: string, value: string, ctx: ViewContext): View {
  const key = lastKey(path);
  const named = valueLabel(kind, path, value);
  if (named !== value) return text(named, value);
  const name = PERSON_KEYS.has(key)
    ? ctx.dir.person(value, ctx.at)
    : SITE_KEYS.has(key)
      ? ctx.dir.site(value)
      : DEVICE_KEYS.has(key)
        ? ctx.dir.device(value)
        : key === 'job'
          ? ctx.dir.backupJob(value)
          : undefined;
  if (name !== undefined) return text(name, value);
  if (ctx.dir.recordPage(value) !== undefined) return recordRefView(value, ctx);
  const when = formatWhen(value, ctx.style);
  return when !== value ? text(when, value) : text(value);
}

function tableView(kind: string, path: string, rows: readonly Record<string, unknown>[], ctx: ViewContext): View {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return {
    table: {
      head: columns.map((c) => fieldLabel(kind, `${path}.${c}`) ?? c),
      rows: rows.map((r) => columns.map((c) => (r[c] === undefined ? text('') : valueView(kind, `${path}.${c}`, r[c], ctx)))),
    },
  };
}

/** Any value of a record as a view: names for ids, links for records and runbooks, Japanese for enums. */
export function valueView(kind: string, path: string, value: unknown, ctx: ViewContext): View {
  if (value === undefined || value === null) return NONE;
  if (typeof value === 'string') return stringView(kind, path, value, ctx);
  if (typeof value === 'number') return ITEM_KEYS.has(lastKey(path)) ? itemView(value, ctx) : text(String(value), String(value));
  if (typeof value === 'boolean') return text(booleanLabel(path, value));
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE;
    if (value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) return tableView(kind, path, value as Record<string, unknown>[], ctx);
    return list(value.map((v) => valueView(kind, path, v, ctx)));
  }
  if (typeof value === 'object') {
    const free = FREE_KEYS.has(`${kind}:${path}`);
    const fields = Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
      label: free ? key : (fieldLabel(kind, `${path}.${key}`) ?? key),
      value: free ? text(String(v)) : valueView(kind, `${path}.${key}`, v, ctx),
    }));
    return fields.length === 0 ? NONE : { fields };
  }
  return text(String(value));
}

/** Every field of a record, labelled in Japanese, in the schema's order. */
export const recordFields = (record: AnyRecord, ctx: ViewContext): Field[] =>
  Object.entries(record).map(([key, value]) => ({
    label: fieldLabel(record.kind, key) ?? key,
    // The record's own id is its page: no link to itself.
    value: key === 'id' ? text(record.id) : valueView(record.kind, key, value, ctx),
  }));

/** The field paths of records that have no Japanese label (for the test that keeps labels complete). */
export function unlabelledFields(records: readonly AnyRecord[]): string[] {
  const missing = new Set<string>();
  const walk = (kind: string, path: string, value: unknown) => {
    if (path !== '' && fieldLabel(kind, path) === undefined) missing.add(`${kind}:${path}`);
    if (FREE_KEYS.has(`${kind}:${path}`)) return;
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (typeof child !== 'object' || child === null || Array.isArray(child)) continue;
      for (const [key, v] of Object.entries(child)) walk(kind, path === '' ? key : `${path}.${key}`, v);
    }
  };
  for (const r of records) walk(r.kind, '', r);
  return [...missing].sort();
}

const firstLine = (s: string) => s.split('\n')[0] ?? '';

/** A one-line title of any record, for headings and lists. */
export function recordTitle(record: AnyRecord, ctx: ViewContext): string {
  switch (record.kind) {
    case 'incident':
    case 'request':
    case 'problem':
    case 'change':
      return record.title;
    case 'inquiry':
      return firstLine(record.question);
    case 'daily-check':
      return `日次点検表 ${record.date}`;
    case 'patch':
      return `${record.product} ${record.patches.map((p) => p.id).join('、')}`;
    case 'configuration':
      return firstLine(record.change);
    case 'minutes':
      return `月次定例会議（${record.place}）`;
    case 'report':
      return `${REPORT_TYPE_LABELS[record.report]}（${[record.period, record.subject].filter(Boolean).join('、')}）`;
    case 'job-run':
      return record.items.map((id) => ctx.dir.runbook(id)?.item.name ?? String(id)).join('、');
    default:
      return RECORD_KIND_LABELS[(record as AnyRecord).kind] ?? '';
  }
}
