export { decodeText, type Decoded } from './decode.ts';
export { splitFrontmatter, type Frontmatter } from './frontmatter.ts';
export { extractLinks, type BodyLink } from './links.ts';
export { MAX_RUNBOOK_BYTES, RUNBOOKS_DIR, readRunbooks, type RunbookSet } from './read-runbooks.ts';
export { parseRunbook, type Runbook } from './runbook.ts';
export { parseYamlSource, type Locate, type YamlSource } from './yaml-source.ts';
export { fieldName, validateWithSchema } from './zod-problems.ts';
