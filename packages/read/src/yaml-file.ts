import { lstat, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@unyo/problems';
import type { z } from 'zod';
import { decodeText } from './decode.ts';
import { parseYamlSource, type Locate } from './yaml-source.ts';
import { validateWithSchema } from './zod-problems.ts';

/** YAML data files (records, settings) larger than this are refused unread. */
export const MAX_YAML_BYTES = 1024 * 1024;

export interface YamlFile<T> {
  /** Repo-relative path. */
  file: string;
  /** The validated value; undefined when the file has problems that prevent it. */
  value?: T;
  /** The raw parsed data (before validation), when the YAML could be read. */
  data?: unknown;
  /** The decoded text, when the file could be decoded. */
  text?: string;
  locate?: Locate;
  problems: Problem[];
}

/** Decodes, parses and validates one YAML text. Pure: no I/O, never throws. */
export function parseYamlFile<S extends z.ZodType>(file: string, bytes: Uint8Array, schema: S): YamlFile<z.output<S>> {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return { file, problems: decoded.problems };
  const text = decoded.text;
  const source = parseYamlSource(file, text, 1, text.split('\n'));
  const problems = [...decoded.problems, ...source.problems];
  if (source.problems.length > 0) return { file, text, locate: source.locate, problems };
  const validated = validateWithSchema(schema, source.value, source.locate);
  return {
    file,
    text,
    data: source.value,
    locate: source.locate,
    problems: [...problems, ...validated.problems],
    ...(validated.value === undefined ? {} : { value: validated.value }),
  };
}

/**
 * Reads one YAML file under `root` without following a symbolic link: a link, a folder, a file over the
 * size limit or a missing file is one problem.
 */
export async function readYamlFile<S extends z.ZodType>(root: string, file: string, schema: S): Promise<YamlFile<z.output<S>>> {
  const abs = path.join(root, file);
  const at = { file, line: 1, column: 1 };
  const stat = await lstat(abs).catch(() => undefined);
  if (!stat) return { file, problems: [createProblem('file-missing', at)] };
  if (stat.isSymbolicLink()) return { file, problems: [createProblem('file-symlink', at, { target: await readlink(abs) })] };
  if (!stat.isFile()) return { file, problems: [createProblem('file-not-regular', at)] };
  if (stat.size > MAX_YAML_BYTES) return { file, problems: [createProblem('file-too-large', at, { size: stat.size, limit: MAX_YAML_BYTES })] };
  return parseYamlFile(file, await readFile(abs), schema);
}
