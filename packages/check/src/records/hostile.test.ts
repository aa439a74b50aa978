// No input crashes the check: random key names (prototype names included) and random values, put
// anywhere in a real record of every kind, give problems located in the file, never an exception.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlFile, readSettings, type LoadedRecord, type RecordSet } from '@unyo/read';
import { RECORD_SCHEMAS, STORED_RECORD_KINDS, type AnyRecord } from '@unyo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkRecords } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const { settings } = await readSettings(ROOT);
const itemIds = new Set(Array.from({ length: 101 }, (_, i) => i + 1));

/** The first sample record of a kind, as data, with its repo path. */
function sampleOf(kind: string): { file: string; data: Record<string, unknown> } | undefined {
  const dir = path.join(ROOT, 'records', kind);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml'));
  const first = files[0];
  if (!first) return undefined;
  const abs = path.join(first.parentPath, first.name);
  return { file: path.relative(ROOT, abs).split(path.sep).join('/'), data: parse(readFileSync(abs, 'utf8')) as Record<string, unknown> };
}

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'then'];
const keyArb = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 12 }), fc.constantFrom('by', 'site', 'sites', 'items', 'at', 'id', 'kind', 'timeline', 'counts'));
const valueArb = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...PROTOTYPE_NAMES), fc.constant(null));

/** Sets `value` under `key` in a random object nested in `data` (chosen by `pick`). */
function inject(data: unknown, key: string, value: unknown, pick: number): void {
  const objects: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === 'object') {
      objects.push(v as Record<string, unknown>);
      Object.values(v).forEach(visit);
    }
  };
  visit(data);
  const target = objects[pick % objects.length];
  if (target) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

describe('hostile records never crash the check', () => {
  const kinds = STORED_RECORD_KINDS.flatMap((kind) => {
    const sample = sampleOf(kind);
    return sample ? [[kind, sample] as const] : [];
  });

  it('has a sample of every stored kind to mutate', () => {
    expect(kinds.map(([k]) => k)).toEqual([...STORED_RECORD_KINDS]);
  });

  /** Checks the record with `key: value` set in its `pick`-th object; every problem is located in the file. */
  const checkMutated = (kind: (typeof STORED_RECORD_KINDS)[number], sample: { file: string; data: Record<string, unknown> }, key: string, value: unknown, pick: number) => {
    const data = structuredClone(sample.data);
    inject(data, key, value, pick);
    const loaded = parseYamlFile(sample.file, new TextEncoder().encode(stringify(data)), RECORD_SCHEMAS[kind]);
    const records: LoadedRecord[] =
      loaded.value && loaded.text !== undefined && loaded.locate ? [{ file: sample.file, record: loaded.value as AnyRecord, text: loaded.text, locate: loaded.locate }] : [];
    const set: RecordSet = { records, files: [sample.file], invalidIds: [], problems: loaded.problems };
    const problems = checkRecords({ records: set, settings, itemIds, now: Date.parse('2027-01-01T00:00:00+09:00') });
    for (const p of problems) {
      expect(p.file).toBe(sample.file);
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  };

  it.each(kinds)('%s: every prototype name, as a number and a string, in every object', (kind, sample) => {
    let objects = 0;
    JSON.stringify(sample.data, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) && objects++, v));
    for (let pick = 0; pick < objects; pick++) {
      for (const key of PROTOTYPE_NAMES) for (const value of [3, 'central', [1]]) checkMutated(kind, sample, key, value, pick);
    }
  });

  it.each(kinds)('%s: any key, any value, anywhere', (kind, sample) => {
    fc.assert(
      fc.property(keyArb, valueArb, fc.nat(), (key, value, pick) => checkMutated(kind, sample, key, value, pick)),
      { numRuns: 60 },
    );
  });
});
