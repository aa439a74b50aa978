import { createProblem } from '@unyo/problems';
import { RECORD_SCHEMAS, evidenceEntry, type StoredRecordKind } from '@unyo/schema';
import type { RunbookRule } from './rules.ts';

/** The parts of a zod 4 schema's definition that a field path walks through. */
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  valueType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
}

/** The object levels a schema stands for, looking through optional, nullable, default, array, union and pipe. */
function objectsOf(def: Def): Def[] {
  switch (def.type) {
    case 'object':
      return [def];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return def.innerType ? objectsOf(def.innerType._zod.def) : [];
    case 'array':
      return def.element ? objectsOf(def.element._zod.def) : [];
    case 'union':
      return (def.options ?? []).flatMap((o) => objectsOf(o._zod.def));
    case 'pipe':
      return def.in ? objectsOf(def.in._zod.def) : [];
    default:
      return [];
  }
}

/** A record (`counts`): any key is a field, under the values' schema. */
const isRecord = (def: Def): boolean =>
  def.type === 'record' || (['optional', 'nullable', 'default'].includes(def.type) && def.innerType !== undefined && isRecord(def.innerType._zod.def));

/**
 * Whether `path` (`timeline.type`, lists crossed implicitly) is a field of the kind's schema. When
 * it is not, gives the fields known at the level where it went wrong, for the hint.
 */
export function findField(kind: StoredRecordKind, path: string): { ok: true } | { ok: false; known: string[] } {
  let level: Def[] = [(RECORD_SCHEMAS[kind] as unknown as { _zod: { def: Def } })._zod.def];
  for (const part of path.split('.')) {
    const objects = level.flatMap(objectsOf);
    const next = objects.map((o) => o.shape?.[part]?._zod.def).filter((d): d is Def => d !== undefined);
    if (next.length === 0) return { ok: false, known: [...new Set(objects.flatMap((o) => Object.keys(o.shape ?? {})))] };
    if (next.some(isRecord)) return { ok: true };
    level = next;
  }
  return { ok: true };
}

/** Each `fields` entry of `evidence` is a field of its record kind's schema; `fields` only on stored kinds. */
export const evidenceFieldsExist: RunbookRule = (set, problems) => {
  for (const r of set.runbooks) {
    r.item.evidence.forEach((e, i) => {
      const { kind, fields } = evidenceEntry(e);
      if (fields.length === 0) return;
      if (!Object.hasOwn(RECORD_SCHEMAS, kind)) {
        problems.push(createProblem('evidence-kind-unstored', r.locate(['evidence', i, 'kind']), { kind }));
        return;
      }
      fields.forEach((field, j) => {
        const found = findField(kind as StoredRecordKind, field);
        if (!found.ok) problems.push(createProblem('evidence-field-unknown', r.locate(['evidence', i, 'fields', j]), { kind, field, known: found.known.join('、') }));
      });
    });
  }
};
