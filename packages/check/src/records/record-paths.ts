import { isDeepStrictEqual } from 'node:util';

/** One step of a field path: a mapping key or a list index. */
export type Segment = string | number;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether a value is a mapping or a list: what a correction may not name as a whole. */
export const isBranch = (v: unknown): boolean => v !== null && typeof v === 'object';

/**
 * Parses a correction's field such as `timeline[1].at`, `source.site` or `severity` into its steps.
 * Undefined for anything else: a leading index, an empty key, `timeline.1`, spaces.
 */
export function parsePath(field: string): Segment[] | undefined {
  if (!/^[^.[\]\s]+(\.[^.[\]\s]+|\[\d+\])*$/.test(field)) return undefined;
  return [...field.matchAll(/([^.[\]\s]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

/** `timeline[1].at` from its steps. */
export const formatPath = (segments: readonly Segment[]): string =>
  segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** The value at a path, own properties only (a key named `constructor` is data, not the prototype's). */
export function valueAt(data: unknown, segments: readonly Segment[]): unknown {
  let value = data;
  for (const segment of segments) {
    if (typeof segment === 'number' ? !Array.isArray(value) : !isObject(value)) return undefined;
    const container = value as Record<PropertyKey, unknown>;
    if (!Object.hasOwn(container, segment)) return undefined;
    value = container[segment];
  }
  return value;
}

/** A leaf as a correction's `was` writes it: the text of a scalar, '' for a value that was not there. */
export const asWas = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The paths of the leaves that differ between two values, such as `timeline[1].note` or `source.site`; key order does not count. */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => changedPaths(before[i], after[i], `${path}[${i}]`)).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => changedPaths(before[k], after[k], path === '' ? k : `${path}.${k}`));
  }
  return [path];
}

/**
 * Whether verified correction fields excuse a changed path: a leaf only by its own name, and what lies
 * inside a list element only when the correction names that element (one that did not exist before).
 * `timeline[2]` covers `timeline[2].at`, not `timeline[20]`; `timeline[1].at` never covers `timeline[1].note`.
 */
export const covers = (fields: readonly string[], path: string): boolean =>
  fields.some((f) => f === path || (f.endsWith(']') && (path.startsWith(`${f}.`) || path.startsWith(`${f}[`))));
