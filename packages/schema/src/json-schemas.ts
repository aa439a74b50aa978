import { z } from 'zod';
import { OperationItemSchema } from './operation-item.ts';
import { RECORD_KIND_LABELS } from './record-kind.ts';
import { RECORD_SCHEMAS, STORED_RECORD_KINDS } from './records/index.ts';
import { SETTINGS_SCHEMAS, type SettingsName } from './settings/files.ts';

/** The folder of the generated JSON Schemas, relative to the repo root. */
export const JSON_SCHEMA_DIR = 'schemas';

/** One generated JSON Schema: its file name in schemas/, its title, the zod schema, and the files it applies to. */
export interface SchemaFile {
  name: string;
  title: string;
  schema: z.ZodType;
  /** Globs relative to the repo root; editors map them to the schema (none for runbook frontmatter, inside Markdown). */
  files: readonly string[];
}

/**
 * Every JSON Schema of the files people edit: the runbook frontmatter, one per settings file, one per
 * stored record kind. Derived from RECORD_SCHEMAS and SETTINGS_SCHEMAS, so a new kind or settings file
 * gets its schema and its editor mapping without being listed here.
 */
export const SCHEMA_FILES: readonly SchemaFile[] = [
  { name: 'runbook-frontmatter.schema.json', title: 'runbook frontmatter (運用項目)', schema: OperationItemSchema, files: [] },
  ...(Object.keys(SETTINGS_SCHEMAS) as SettingsName[]).map((name) => {
    const { file, schema, label } = SETTINGS_SCHEMAS[name];
    return { name: `${name}.schema.json`, title: `${file} (${label})`, schema, files: [file] };
  }),
  ...STORED_RECORD_KINDS.map((kind) => ({
    name: `record-${kind}.schema.json`,
    title: `records/${kind} (${RECORD_KIND_LABELS[kind]})`,
    schema: RECORD_SCHEMAS[kind],
    files: [`records/${kind}/**/*.yaml`, `records/${kind}/**/*.yml`],
  })),
];

/**
 * The JSON Schema of a zod schema, as the editor sees the file: the input side (defaults make a
 * field optional), checks JSON Schema cannot express (real dates, cross-field rules) left out. The
 * descriptions, examples and patterns come from each field's `.meta()`. Draft-07, the draft VS Code's
 * YAML extension has always validated with: older releases (1.19) read a 2020-12 tuple
 * (`prefixItems`, `items: false`, zod's default for opening hours ["09:30", "19:00"]) as "no item
 * allowed" and flag valid calendars (redhat-developer/vscode-yaml#1175).
 */
const toJson = ({ schema, title }: SchemaFile) => ({ title, ...z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) });

/** JSON Schemas of the files people edit, generated from the zod schemas, keyed by file name (see SCHEMA_FILES). */
export function jsonSchemas(): Record<string, object> {
  return Object.fromEntries(SCHEMA_FILES.map((f) => [f.name, toJson(f)]));
}

/** The `yaml.schemas` setting of .vscode/settings.json (VS Code's YAML extension): schema path → the files it applies to. */
export function editorSchemaMapping(): Record<string, string[]> {
  return Object.fromEntries(SCHEMA_FILES.filter((f) => f.files.length > 0).map((f) => [`./${JSON_SCHEMA_DIR}/${f.name}`, [...f.files]]));
}

/** The text of a generated file: stable key order as zod emits it, two-space indent, final newline. */
export const jsonSchemaText = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;
