import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { SlaSchema } from '@unyo/schema';
import type { SiteInput, SiteTemplates } from './model.ts';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const TEMPLATES_DIR = path.join(REPO, 'templates', 'site');

/** The CSP every page must carry, as the brief words it. */
export const CSP =
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'">`;

/** templates/site/ as renderSite takes it. */
export function readTemplates(): SiteTemplates {
  const templates: Record<string, string> = {};
  const assets: Record<string, string> = {};
  for (const name of readdirSync(TEMPLATES_DIR).sort()) {
    const text = readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
    if (name.endsWith('.hbs')) templates[name.slice(0, -4)] = text;
    else assets[name] = text;
  }
  return { templates, assets };
}

/** The repository's runbooks, records and settings, with a pinned build time and one made-up revision per runbook. */
export async function repoSiteInput(): Promise<SiteInput> {
  const [runbooks, records, { settings }, { calendar }, sla] = await Promise.all([
    readRunbooks(REPO),
    readRecords(REPO),
    readSettings(REPO),
    readCalendar(REPO),
    readYamlFile(REPO, 'settings/sla.yaml', SlaSchema),
  ]);
  const revision = { date: '2026-11-02T10:00:00+09:00', author: 'Misaki Sato', subject: '初版', commit: 'a'.repeat(40) };
  return {
    templates: readTemplates(),
    runbooks: runbooks.runbooks,
    records: records.records,
    settings,
    ...(calendar ? { calendar } : {}),
    ...(sla.value ? { sla: sla.value } : {}),
    revisions: new Map(runbooks.runbooks.map((r) => [r.file, [revision]])),
    build: { at: '2026-11-27T18:00:00+09:00', commit: 'b'.repeat(40) },
    wareki: false,
    diagrams: new Map(),
  };
}

/** Every href and src of an HTML page. */
export const urlsOf = (html: string): string[] => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
