import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemaText, jsonSchemas } from './json-schemas.ts';

const dir = fileURLToPath(new URL(`../../../${JSON_SCHEMA_DIR}/`, import.meta.url));

describe('the committed JSON Schemas', () => {
  it('are exactly what the zod schemas generate (run `npm run schemas` after changing a schema)', async () => {
    const generated = jsonSchemas();
    const committed = (await readdir(dir)).filter((f) => f.endsWith('.schema.json')).sort();
    expect(committed).toEqual(Object.keys(generated).sort());
    for (const [name, schema] of Object.entries(generated)) {
      expect(await readFile(path.join(dir, name), 'utf8'), name).toBe(jsonSchemaText(schema));
    }
  });

  it('describe every field for the editor hints', () => {
    const incident = jsonSchemas()['record-incident.schema.json'] as { properties: Record<string, { description?: string }> };
    expect(incident.properties['severity']?.description).toContain('S1');
  });
});
