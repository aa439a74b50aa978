import { nameAt, type AnyRecord } from '@unyo/schema';
import type { SiteRecord, SiteRunbook, SiteSettings } from './model.ts';
import { PAGE } from './paths.ts';

/** Names and pages looked up while rendering: people, sites, devices, runbooks and records by id. */
export interface Directory {
  /** A person's name; on `at` (a record's date), the name in force then (formerNames). */
  person: (id: string, at?: string) => string | undefined;
  site: (id: string) => string | undefined;
  device: (id: string) => string | undefined;
  backupJob: (id: string) => string | undefined;
  /** A git author (user.name or email) as the person's display name. */
  author: (gitName: string) => string;
  runbook: (id: number) => SiteRunbook | undefined;
  /** The site path of a record's page. */
  recordPage: (id: string) => string | undefined;
  /** Records that evidence an operation item, newest first. */
  recordsOf: (item: number) => readonly SiteRecord[];
  /** The site path of a runbook by its repo file, for links between runbooks. */
  runbookByFile: (file: string) => SiteRunbook | undefined;
}

const byId = <T extends { id: string; name: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x.name]));

/** Newest first, then by id (a deterministic order for records of the same minute). */
export const newestFirst = (a: { record: AnyRecord }, b: { record: AnyRecord }): number =>
  a.record.at < b.record.at ? 1 : a.record.at > b.record.at ? -1 : a.record.id < b.record.id ? 1 : a.record.id > b.record.id ? -1 : 0;

/**
 * The record pages: records/<id>.html; a duplicate id (which `unyo check` reports) gets a
 * numbered page rather than overwriting the first.
 */
export function recordPaths(records: readonly SiteRecord[]): Map<SiteRecord, string> {
  const taken = new Set<string>();
  const paths = new Map<SiteRecord, string>();
  for (const r of records) {
    let page = PAGE.record(r.record.id);
    for (let n = 2; taken.has(page); n++) page = PAGE.record(`${r.record.id}~${n}`);
    taken.add(page);
    paths.set(r, page);
  }
  return paths;
}

export function createDirectory(settings: SiteSettings, runbooks: readonly SiteRunbook[], records: readonly SiteRecord[], pages: ReadonlyMap<SiteRecord, string>): Directory {
  const people = new Map(settings.people.map((p) => [p.id, p]));
  const sites = byId(settings.sites);
  const devices = byId(settings.devices);
  const jobs = byId(settings.backupJobs);
  const authors = new Map(settings.people.flatMap((p) => (p.git ?? []).map((g) => [g, p.name] as const)));
  const items = new Map(runbooks.map((r) => [r.item.id, r]));
  const files = new Map(runbooks.map((r) => [r.file, r]));
  const recordPages = new Map<string, string>();
  for (const [r, page] of pages) if (!recordPages.has(r.record.id)) recordPages.set(r.record.id, page);
  const evidence = new Map<number, SiteRecord[]>();
  for (const r of [...records].sort(newestFirst)) {
    for (const item of new Set(r.record.items)) {
      const list = evidence.get(item) ?? [];
      list.push(r);
      evidence.set(item, list);
    }
  }
  return {
    person: (id, at) => {
      const person = people.get(id);
      return person === undefined ? undefined : at === undefined ? person.name : nameAt(person, at);
    },
    site: (id) => sites.get(id),
    device: (id) => devices.get(id),
    backupJob: (id) => jobs.get(id),
    author: (name) => authors.get(name) ?? name,
    runbook: (id) => items.get(id),
    recordPage: (id) => recordPages.get(id),
    recordsOf: (item) => evidence.get(item) ?? [],
    runbookByFile: (file) => files.get(file),
  };
}
