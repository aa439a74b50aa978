import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '@unyo/problems';
import { SETTINGS_FILES, readCalendar, readRecords, readRunbooks, readSettings, readYamlFile, type RecordSet, type RunbookSet, type Settings } from '@unyo/read';
import { DeliverablesSchema, RosterSchema, SlaSchema, type Calendar, type Deliverables, type Roster, type Sla } from '@unyo/schema';

/** One settings file that a repo may leave out: its value when it is present and valid, and its problems. */
export interface OptionalFile<T> {
  file: string;
  /** The file exists (as anything: a folder or a link in its place is a problem, not an absence). */
  present: boolean;
  value?: T;
  problems: Problem[];
}

/** Everything in the repo, read once, with the problems found while reading. */
export interface LoadedWorkspace {
  root: string;
  runbooks: RunbookSet;
  records: RecordSet;
  settings: Settings;
  calendar: OptionalFile<Calendar>;
  roster: OptionalFile<Roster>;
  sla: OptionalFile<Sla>;
  deliverables: OptionalFile<Deliverables>;
  /** The committed .github/CODEOWNERS, as text (absent, a link or not a file: undefined). */
  codeowners: string | undefined;
  /** The repo has a settings/ folder (a repo of runbooks only has none, and needs none). */
  hasSettings: boolean;
  /** The problems of reading the settings files (sites, devices, people, calendar, roster, SLA, deliverables). */
  settingsProblems: Problem[];
  /** The problems of reading every file above (runbooks, records, settings), in that order. */
  problems: Problem[];
}

/**
 * The repo as one model. Each part is read the first time it is asked for and kept, so a command that
 * needs the records twice (the build and its reports) reads them once, and a command that needs only
 * the runbooks (catalog) never reads a record.
 */
export interface Workspace {
  readonly root: string;
  runbooks(): Promise<RunbookSet>;
  records(): Promise<RecordSet>;
  /** settings/sites.yaml, devices.yaml and people.yaml (required: a missing one is a problem). */
  settings(): Promise<{ settings: Settings; problems: Problem[] }>;
  /** settings/calendar.yaml; a repo without one has no calendar and no problem. */
  calendar(): Promise<OptionalFile<Calendar>>;
  roster(): Promise<OptionalFile<Roster>>;
  sla(): Promise<OptionalFile<Sla>>;
  deliverables(): Promise<OptionalFile<Deliverables>>;
  /** .github/CODEOWNERS as text, when it is a regular file. */
  codeowners(): Promise<string | undefined>;
  /** Every part, read in parallel. */
  load(): Promise<LoadedWorkspace>;
}

/** Where GitHub reads the code owners from, relative to the repo root. */
export const CODEOWNERS_FILE = '.github/CODEOWNERS';

const exists = (abs: string) => lstat(abs).then(() => true, () => false);

/** The memo of one part: the first call reads, later calls share its promise. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}

/** Opens the repo at `root` (already found: see the CLI's findRoot). Reads nothing until asked. */
export function openWorkspace(root: string): Workspace {
  const optional = <T>(file: string, read: () => Promise<{ value?: T; problems: Problem[] }>) =>
    once(async (): Promise<OptionalFile<T>> => {
      if (!(await exists(path.join(root, file)))) return { file, present: false, problems: [] };
      const { value, problems } = await read();
      return { file, present: true, ...(value === undefined ? {} : { value }), problems };
    });
  const runbooks = once(() => readRunbooks(root));
  const records = once(() => readRecords(root));
  const settings = once(() => readSettings(root));
  const calendar = optional<Calendar>(SETTINGS_FILES.calendar, async () => {
    const read = await readCalendar(root);
    return { ...(read.calendar ? { value: read.calendar } : {}), problems: read.problems };
  });
  const roster = optional<Roster>(SETTINGS_FILES.roster, () => readYamlFile(root, SETTINGS_FILES.roster, RosterSchema));
  const sla = optional<Sla>(SETTINGS_FILES.sla, () => readYamlFile(root, SETTINGS_FILES.sla, SlaSchema));
  const deliverables = optional<Deliverables>(SETTINGS_FILES.deliverables, () => readYamlFile(root, SETTINGS_FILES.deliverables, DeliverablesSchema));
  const codeowners = once(async () => {
    const abs = path.join(root, CODEOWNERS_FILE);
    const info = await lstat(abs).catch(() => undefined);
    return info?.isFile() ? readFile(abs, 'utf8') : undefined;
  });
  const load = once(async (): Promise<LoadedWorkspace> => {
    const [rb, rc, st, cal, ros, sl, del, co, hasSettings] = await Promise.all([
      runbooks(),
      records(),
      settings(),
      calendar(),
      roster(),
      sla(),
      deliverables(),
      codeowners(),
      lstat(path.join(root, 'settings')).then((s) => s.isDirectory(), () => false),
    ]);
    const settingsProblems = [...st.problems, ...cal.problems, ...ros.problems, ...sl.problems, ...del.problems];
    return {
      root,
      runbooks: rb,
      records: rc,
      settings: st.settings,
      calendar: cal,
      roster: ros,
      sla: sl,
      deliverables: del,
      codeowners: co,
      hasSettings,
      settingsProblems,
      problems: [...rb.problems, ...rc.problems, ...settingsProblems],
    };
  });
  return { root, runbooks, records, settings, calendar, roster, sla, deliverables, codeowners, load };
}
