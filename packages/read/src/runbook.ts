import { OperationItemSchema, type OperationItem } from '@unyo/schema';
import type { Problem } from '@unyo/problems';
import { decodeText } from './decode.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { extractLinks, type BodyLink } from './links.ts';
import { extractReferences, type BodyReference } from './references.ts';
import { parseYamlSource, type Locate } from './yaml-source.ts';
import { validateWithSchema } from './zod-problems.ts';

/** A runbook whose frontmatter passed the schema. */
export interface Runbook {
  /** Repo-relative path, such as `runbooks/management/incident/002-incident-progress.md`. */
  file: string;
  item: OperationItem;
  /** The Markdown procedure after the frontmatter. */
  body: string;
  /** The 1-based file line where the body starts. */
  bodyLine: number;
  links: BodyLink[];
  /** The `{{…}}` references to settings in the body. */
  references: BodyReference[];
  /** Finds the file location of a frontmatter value by its data path. */
  locate: Locate;
}

/**
 * Parses one runbook file: decoding, frontmatter, YAML and schema. Never throws; returns every
 * problem of the file, and the runbook when its frontmatter is valid.
 */
export function parseRunbook(
  file: string,
  bytes: Uint8Array,
): { runbook?: Runbook; claimedId?: number; problems: Problem[] } {
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) return { problems: decoded.problems };
  const problems = [...decoded.problems];
  const split = splitFrontmatter(file, decoded.text);
  problems.push(...split.problems);
  if (!split.frontmatter) return { problems };
  const { yaml, yamlLine, body, bodyLine } = split.frontmatter;
  const source = parseYamlSource(file, yaml, yamlLine, decoded.text.split('\n'));
  problems.push(...source.problems);
  if (source.problems.length > 0) return { problems };
  const data = source.value ?? {};
  const validated = validateWithSchema(OperationItemSchema, data, source.locate);
  problems.push(...validated.problems);
  if (!validated.value) return { ...claimed(data), problems };
  return {
    runbook: { file, item: validated.value, body, bodyLine, links: extractLinks(body, bodyLine), references: extractReferences(body, bodyLine), locate: source.locate },
    problems,
  };
}

/** The id an invalid frontmatter still claims, so that it is not also reported as missing. */
const claimed = (data: unknown): { claimedId?: number } => {
  const id = (data as { id?: unknown } | null)?.id;
  return Number.isInteger(id) ? { claimedId: id as number } : {};
};
