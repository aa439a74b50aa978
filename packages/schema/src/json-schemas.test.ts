import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, editorSchemaMapping, jsonSchemaText, jsonSchemas } from './json-schemas.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = path.join(root, JSON_SCHEMA_DIR);

describe('the committed JSON Schemas', () => {
  it('are exactly what the zod schemas generate (run `npm run schemas` after changing a schema)', async () => {
    const generated = jsonSchemas();
    const committed = (await readdir(dir)).filter((f) => f.endsWith('.schema.json')).sort();
    expect(committed).toEqual(Object.keys(generated).sort());
    for (const [name, schema] of Object.entries(generated)) {
      expect(await readFile(path.join(dir, name), 'utf8'), name).toBe(jsonSchemaText(schema));
    }
  });

  it('are mapped to their files in .vscode/settings.json (run `npm run schemas` to rewrite the mapping)', async () => {
    const settings = JSON.parse(await readFile(path.join(root, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(editorSchemaMapping());
  });

  it('describe every field in Japanese for the editor hints (give a new field `.meta({ description })`)', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const properties = (node as { properties?: Record<string, { description?: unknown }> }).properties;
      for (const [key, property] of Object.entries(properties ?? {})) {
        if (typeof property.description !== 'string' || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(property.description)) undescribed.push(`${at}.${key}`);
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${at}.${key}`);
    };
    for (const [name, schema] of Object.entries(jsonSchemas())) walk(schema, name);
    expect(undescribed).toEqual([]);
  });

  it('give the incident severity its levels', () => {
    const incident = jsonSchemas()['record-incident.schema.json'] as { properties: Record<string, { description?: string }> };
    expect(incident.properties['severity']?.description).toContain('S1');
  });
});
