import type { z } from 'zod';
import { REFERENCES, type RefTarget } from './ref.ts';

/** The parts of a zod definition the walk below reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  innerType?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Wrappers that change whether a value may be absent, not what it is. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

const unwrap = (schema: z.ZodType): z.ZodType => {
  let s = schema;
  for (let def = defOf(s); WRAPPERS.has(def.type) && def.innerType; def = defOf(s)) s = def.innerType;
  return s;
};

/** The target of a schema: its own mark, its inner schema's, or the one target all options of a union share. */
function targetOf(schema: z.ZodType): RefTarget | undefined {
  const own = REFERENCES.get(schema)?.to;
  if (own) return own;
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return targetOf(def.innerType);
  if (def.type === 'union' && def.options && def.options.length > 0) {
    const targets = new Set(def.options.map(targetOf));
    return targets.size === 1 ? [...targets][0] : undefined;
  }
  return undefined;
}

/**
 * What the value at `path` of data that `schema` accepts refers to (a person, site, device, backup
 * job, record or operation item), as the schema marks it with `refersTo`; undefined for a value that
 * refers to nothing. The schema decides, not the field's name: a report's `subject` is a record id,
 * an agenda's `subject` text; `approval.by` names the library's staff, `review.by` a person.
 */
export function referenceAt(schema: z.ZodType, path: readonly PropertyKey[]): RefTarget | undefined {
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    const def: Def = defOf(unwrap(s));
    // Own keys only: a key named `constructor` or `__proto__` is no field.
    if (def.type === 'object' && typeof key === 'string') s = def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    else if (def.type === 'array' && typeof key === 'number') s = def.element;
    else if (def.type === 'tuple' && typeof key === 'number') s = def.items?.[key];
    else if (def.type === 'record') s = def.valueType;
    else return undefined;
    if (s === undefined) return undefined;
  }
  return targetOf(s);
}
