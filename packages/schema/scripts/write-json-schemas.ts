// Writes the JSON Schemas generated from the zod schemas into schemas/, and their editor mapping
// into the `yaml.schemas` key of .vscode/settings.json (run: npm run schemas).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_DIR, editorSchemaMapping, jsonSchemaText, jsonSchemas } from '../src/json-schemas.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const schemas = jsonSchemas();
await mkdir(path.join(root, JSON_SCHEMA_DIR), { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  await writeFile(path.join(root, JSON_SCHEMA_DIR, name), jsonSchemaText(schema));
}

const vscode = path.join(root, '.vscode', 'settings.json');
const settings = JSON.parse(await readFile(vscode, 'utf8').catch(() => '{}')) as Record<string, unknown>;
await mkdir(path.dirname(vscode), { recursive: true });
await writeFile(vscode, `${JSON.stringify({ ...settings, 'yaml.schemas': editorSchemaMapping() }, null, 2)}\n`);
console.log(`${Object.keys(schemas).length} schemas written to ${JSON_SCHEMA_DIR}/, their mapping to .vscode/settings.json`);
