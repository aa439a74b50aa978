// The editor's view and unyo check's view of a file agree: every record and settings file of the
// repo passes the committed JSON Schemas under ajv (the validator of VS Code's YAML extension is
// of the same kind), and files that zod refuses are refused by ajv too.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { JSON_SCHEMA_DIR, SCHEMA_FILES } from './json-schemas.ts';
import { RECORD_SCHEMAS } from './records/index.ts';
import { SETTINGS_SCHEMAS } from './settings/files.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const { name } of SCHEMA_FILES) {
    validators.set(name, ajv.compile(JSON.parse(await readFile(path.join(root, JSON_SCHEMA_DIR, name), 'utf8')) as object));
  }
});

const ajvErrors = (name: string, data: unknown) => {
  const validate = validators.get(name);
  if (!validate) throw new Error(`no JSON Schema ${name}`);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
};

describe('every record and settings file of the repo', () => {
  it('is covered by a JSON Schema and passes it under ajv (strict, draft 2020-12), as it passes zod', async () => {
    const covered = new Map<string, { name: string; schema: z.ZodType }>();
    for (const f of SCHEMA_FILES) for (const file of await glob([...f.files], { cwd: root })) covered.set(file, f);
    const all = [
      ...(await readdir(path.join(root, 'records'), { recursive: true })).map((f) => `records/${f.split(path.sep).join('/')}`),
      ...(await readdir(path.join(root, 'settings'), { recursive: true })).map((f) => `settings/${f.split(path.sep).join('/')}`),
    ].filter((f) => /\.ya?ml$/.test(f));
    expect(all.length).toBeGreaterThan(400);
    expect(all.filter((f) => !covered.has(f))).toEqual([]);

    const failures: string[] = [];
    for (const file of all) {
      const { name, schema } = covered.get(file)!;
      const data: unknown = parse(await readFile(path.join(root, file), 'utf8'));
      for (const e of ajvErrors(name, data)) failures.push(`${file}: ajv ${e}`);
      if (!schema.safeParse(data).success) failures.push(`${file}: zod refuses it`);
    }
    expect(failures).toEqual([]);
  });
});
