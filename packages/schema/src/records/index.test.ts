import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../json-schemas.ts';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../record-kind.ts';
import { RECORD_KIND_DEFINITIONS, STORED_RECORD_KINDS } from './index.ts';

describe('RECORD_KIND_DEFINITIONS, the one list of the stored record kinds', () => {
  it.each(STORED_RECORD_KINDS)('agrees with the schema of %s: its kind and the prefix of its ids', (kind) => {
    const { schema, prefix } = RECORD_KIND_DEFINITIONS[kind];
    expect(schema.shape.kind.value).toBe(kind);
    const id = (jsonSchemas()[`record-${kind}.schema.json`] as { properties: { id: { pattern: string } } }).properties.id;
    expect(id.pattern.startsWith(`^${prefix}-`)).toBe(true);
  });

  it('gives every kind of evidence a Japanese name, the schedule included', () => {
    expect(RECORD_KINDS).toEqual([...STORED_RECORD_KINDS, 'schedule']);
    expect(Object.keys(RECORD_KIND_LABELS)).toEqual(RECORD_KINDS);
  });
});
