// Writes the JSON Schemas generated from the zod schemas into schemas/ (run: npm run schemas).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_DIR, jsonSchemaText, jsonSchemas } from '../src/json-schemas.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
await mkdir(path.join(root, JSON_SCHEMA_DIR), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  await writeFile(path.join(root, JSON_SCHEMA_DIR, name), jsonSchemaText(schema));
}
console.log(`${Object.keys(jsonSchemas()).length} schemas written to ${JSON_SCHEMA_DIR}/`);
