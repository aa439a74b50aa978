export { decodeText, type Decoded } from './decode.ts';
export { splitFrontmatter, type Frontmatter } from './frontmatter.ts';
export { extractLinks, type BodyLink } from './links.ts';
export { RECORDS_DIR, readRecords, type LoadedRecord, type RecordSet } from './read-records.ts';
export { MAX_RUNBOOK_BYTES, RUNBOOKS_DIR, readRunbooks, type RunbookSet } from './read-runbooks.ts';
export { CALENDAR_FILE, SETTINGS_FILES, readCalendar, readSettings, type Settings } from './read-settings.ts';
export {
  REFERENCE_NAMES,
  TIMING_OPT_OUT,
  extractReferences,
  lookupReference,
  metricSeverities,
  replaceReferences,
  slaVersionOn,
  type BodyReference,
  type ReferenceFailure,
  type ReferenceName,
  type ReferenceValue,
} from './references.ts';
export { parseRunbook, type Runbook } from './runbook.ts';
export { MAX_YAML_BYTES, parseYamlFile, readYamlFile, type YamlFile } from './yaml-file.ts';
export { parseYamlSource, yamlTexts, type Locate, type YamlSource, type YamlText } from './yaml-source.ts';
export { fieldName, validateWithSchema } from './zod-problems.ts';
