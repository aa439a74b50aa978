import { createProblem, type Problem } from '@unyo/problems';
import { z } from 'zod';
import type { Locate } from './yaml-source.ts';

const TYPE_NAMES: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: '真偽値（true / false）',
  array: 'リスト（- で始まる行）',
  object: 'マップ（キー: 値）',
  date: '日付',
};

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'リスト' : typeof v === 'object' ? 'マップ' : typeof v === 'string' ? `文字列「${v}」` : String(v);

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/** Formats a data path as `duties.support[1]`. */
export const fieldName = (path: readonly PropertyKey[]) =>
  path.length === 0
    ? 'フロントマター'
    : path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');

const ja = z.locales.ja().localeError;
const en = z.locales.en().localeError;
const text = (m: ReturnType<typeof ja>) => (typeof m === 'string' ? m : m?.message);

/** Whether a schema gave the issue its own message (`regex(re, 'id は … の形で')`) rather than zod's default. */
const ownMessage = (issue: z.core.$ZodIssue) => issue.message !== '' && issue.message !== text(en(issue as never)) && issue.message !== text(ja(issue as never));

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  const said = describeIssue(issue, value);
  // `key:` with nothing after it is YAML's null: say so, the way an operator sees it in the editor.
  return value === null && issue.code !== 'custom' ? `値が書かれていません（「${lastKey(issue.path)}:」のあとが空です）。${said.replace(/（実際は null）/, '')}` : said;
}

const lastKey = (path: readonly PropertyKey[]) => String([...path].reverse().find((k) => typeof k === 'string') ?? '');

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return '必須の項目がありません。';
      return `${TYPE_NAMES[issue.expected] ?? issue.expected}である必要があります（実際は ${typeOf(value)}）。`;
    case 'too_small':
      if (issue.origin === 'array') return `${String(issue.minimum)} 個以上の要素が必要です。`;
      if (issue.origin === 'string') return '空にはできません。';
      return `${String(issue.minimum)} 以上である必要があります（実際は ${String(value)}）。`;
    case 'too_big':
      if (issue.origin === 'array') return `要素は ${String(issue.maximum)} 個までです。`;
      if (issue.origin === 'string') return `${String(issue.maximum)} 文字までです。`;
      return `${String(issue.maximum)} 以下である必要があります（実際は ${String(value)}）。`;
    case 'invalid_value':
      if (issue.values.length === 1) return `「${String(issue.values[0])}」である必要があります（実際は ${typeOf(value)}）。`;
      return `${issue.values.map((v) => `「${String(v)}」`).join('、')} のいずれかである必要があります（実際は ${typeOf(value)}）。`;
    case 'custom':
      return issue.message;
    case 'invalid_union': {
      if (ownMessage(issue)) return `${issue.message}（実際は ${typeOf(value)}）。`;
      const options = (issue as { options?: unknown[] }).options;
      const allowed = options ? `${options.map((v) => `「${String(v)}」`).join('、')} のいずれかである必要があります` : '使える値ではありません';
      return `${allowed}（実際は ${typeOf(value)}）。`;
    }
    default: {
      if (issue.code === 'invalid_format' && ownMessage(issue)) return issue.message;
      const m = ja(issue as never);
      return typeof m === 'string' ? m : (m?.message ?? issue.message);
    }
  }
}

/**
 * Validates `data` with `schema` and turns every zod issue into a problem at the YAML line and
 * column of the offending value (or key, for an unknown key).
 */
export function validateWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  locate: Locate,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = valueAt(data, issue.path);
      const allowed = schemaKeys(schema, issue.path).filter((k) => !(parent && typeof parent === 'object' && k in parent && issue.keys.includes(k)));
      for (const key of issue.keys) {
        problems.push(createProblem('schema-unknown-key', locate(issue.path, { key }), { key, allowed }));
      }
      continue;
    }
    const description = issue.path.length > 0 ? descriptionAt(schema, issue.path) : undefined;
    problems.push(
      createProblem('schema-invalid', locate(issue.path), { field: fieldName(issue.path), detail: describe(issue, data), ...(description ? { description } : {}) }),
    );
  }
  return { problems };
}

type Def = { type?: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; valueType?: z.ZodType; items?: z.ZodType[] };

const defOf = (s: z.ZodType | undefined) => s?._zod.def as Def | undefined;

/** Wrappers that change whether a value may be absent, not what it is. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** The schema of the value at a data path, wrappers included (best effort: objects, lists, tuples, maps). */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const k of path) {
    s = unwrap(s);
    const def = defOf(s);
    // Own keys only: a key named `constructor` or `__proto__` is no field.
    if (def?.type === 'object' && typeof k === 'string') s = def.shape && Object.hasOwn(def.shape, k) ? def.shape[k] : undefined;
    else if (def?.type === 'array') s = def.element;
    else if (def?.type === 'tuple' && typeof k === 'number') s = def.items?.[k];
    else if (def?.type === 'record') s = def.valueType;
    else return undefined;
  }
  return s;
}

const unwrap = (schema: z.ZodType | undefined) => {
  let s = schema;
  for (let def = defOf(s); def?.type !== undefined && WRAPPERS.has(def.type) && def.innerType; def = defOf(s)) s = def.innerType;
  return s;
};

/** The Japanese description a field's schema carries (`.meta({ description })`, the editor's hint too). */
function descriptionAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let s = schemaAt(schema, path);
  while (s) {
    const description = z.globalRegistry.get(s)?.description;
    if (description) return description;
    const def = defOf(s);
    s = def?.type !== undefined && WRAPPERS.has(def.type) ? def.innerType : undefined;
  }
  return undefined;
}

/** The keys an object schema accepts at a path (best effort, for the hint of an unknown key). */
function schemaKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const shape = defOf(unwrap(schemaAt(schema, path)))?.shape;
  return shape ? Object.keys(shape) : [];
}
