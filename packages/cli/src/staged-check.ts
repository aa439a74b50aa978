import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkAppendOnly, checkRecords, checkSettingsHistory, checkWorkspace } from '@unyo/check';
import { UnknownBaseError, checkoutStaged, indexFiles, settingsAt, stagedPaths, stagedRecordChanges } from '@unyo/history';
import { createProblem, sortProblems, type Problem } from '@unyo/problems';
import { RECORDS_DIR, RUNBOOKS_DIR, SETTINGS_FILES, type LoadedRecord, type RecordSet } from '@unyo/read';
import { openWorkspace } from '@unyo/workspace';

/** What `unyo check --staged` found, and how many runbooks and records the next commit holds. */
export interface StagedCheck {
  problems: Problem[];
  checked: { runbooks: number; records: number };
}

const idOf = (file: string) => path.posix.basename(file).replace(/\.ya?ml$/, '');
const under = (dir: string) => (file: string) => file.startsWith(`${dir}/`);
const inRecords = under(RECORDS_DIR);
/** What the catalogue's ids and the settings' names are read from, when only records are staged. */
const CONTEXT_DIRS = [RUNBOOKS_DIR, 'settings'];

/** The problems found, and the parsed staged records that append-only compares with HEAD. */
interface Found {
  problems: Problem[];
  records: LoadedRecord[];
}
const HISTORY_SETTINGS = [SETTINGS_FILES.people, SETTINGS_FILES.sites, SETTINGS_FILES.devices];

/**
 * Checks what the next commit holds (the index, never the working tree) with a cost that follows the change.
 * When only records are staged, the staged records are parsed and checked in full; the other records of the
 * index are known by name only (their file name is their id), which is all that the references and the unique
 * ids need; the settings are read from the index, and the catalogue's ids from the runbooks' file names.
 * When a runbook or settings file is staged, every record may be touched, so the whole index is checked.
 * Either way the staged records are compared with HEAD (append-only). The index is written to a temp folder
 * with `git checkout-index` so that the ordinary readers read it; the folder is removed afterwards.
 */
export async function checkStaged(root: string, now: number): Promise<StagedCheck> {
  const staged = await stagedPaths(root);
  const changes = await stagedRecordChanges(root, staged);
  const tmp = await mkdtemp(path.join(tmpdir(), 'unyo-staged-'));
  try {
    const index = await indexFiles(root, '.');
    const records = index.filter((f) => inRecords(f) && path.posix.basename(f) !== '.gitkeep');
    const wholeIndex = staged.some((s) => CONTEXT_DIRS.some((dir) => under(dir)(s.file)));
    const { problems, records: parsed } = wholeIndex
      ? await checkWholeIndex(root, tmp, index, now)
      : await checkStagedRecords(root, tmp, index, records, staged.filter((s) => inRecords(s.file) && s.status !== 'deleted').map((s) => s.file), now);
    problems.push(...checkAppendOnly(changes, parsed, { now }));
    return { problems: sortProblems(problems), checked: { runbooks: index.filter((f) => f.startsWith(`${RUNBOOKS_DIR}/`) && f.endsWith('.md')).length, records: records.length } };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A staged runbook or settings change: every rule over the whole index, and the settings against HEAD. */
async function checkWholeIndex(root: string, tmp: string, index: readonly string[], now: number): Promise<Found> {
  await checkoutStaged(root, index, tmp);
  const loaded = await openWorkspace(tmp).load();
  const problems = checkWorkspace(loaded, now);
  const current = new Map(await Promise.all(HISTORY_SETTINGS.map(async (f) => [f, await readFile(path.join(tmp, f), 'utf8').catch(() => undefined)] as const)));
  // Before the first commit there is no HEAD, and no settings history to keep.
  const before = await settingsAt(root, 'HEAD', HISTORY_SETTINGS).catch((error: unknown) => {
    if (error instanceof UnknownBaseError) return undefined;
    throw error;
  });
  if (before) problems.push(...checkSettingsHistory(before, current, loaded.records));
  return { problems, records: loaded.records.records };
}

/** The operation item of a runbook file, from its name (`053-….md`; the full check holds names to their ids). */
const itemOfName = (file: string) => Number(/^(\d{3})-/.exec(path.posix.basename(file))?.[1] ?? Number.NaN);

/**
 * Only records are staged: the staged ones are parsed in full; the other records, by name (see checkStaged).
 * The settings are read from the index; the catalogue's ids come from the runbooks' file names, and the runbooks,
 * calendar and roster are read only for a staged shift table (the shift rules need them).
 */
async function checkStagedRecords(root: string, tmp: string, index: readonly string[], records: readonly string[], stagedRecords: readonly string[], now: number): Promise<Found> {
  if (stagedRecords.length === 0) return { problems: [], records: [] };
  const ofKind = (kind: string) => (f: string) => f.startsWith(`${RECORDS_DIR}/${kind}/`);
  // The configuration ledgers fold every configuration record in time order, so a staged one brings the others.
  const folded = stagedRecords.some(ofKind('configuration')) ? records.filter(ofKind('configuration')) : [];
  const parsed = new Set([...stagedRecords, ...folded]);
  const shiftStaged = stagedRecords.some(ofKind('shift'));
  const runbookFiles = index.filter(under(RUNBOOKS_DIR));
  await checkoutStaged(root, [...index.filter(under('settings')), ...(shiftStaged ? runbookFiles : []), ...parsed], tmp);
  const ws = openWorkspace(tmp);
  const [first, { settings }] = await Promise.all([ws.records(), ws.settings()]);
  // A report is checked against the kind of the record it names, so a staged report brings its subject.
  const subjects = new Set(first.records.flatMap(({ record }) => (record.kind === 'report' && record.subject !== undefined ? [record.subject] : [])));
  const named = records.filter((f) => !parsed.has(f) && subjects.has(idOf(f)));
  for (const f of named) parsed.add(f);
  if (named.length > 0) await checkoutStaged(root, named, tmp);
  const loaded = named.length > 0 ? await openWorkspace(tmp).records() : first;
  const others = records.filter((f) => !parsed.has(f));
  const set: RecordSet = {
    ...loaded,
    files: [...records],
    // The records not parsed are known by their id, so that links to them are not reported as unknown.
    invalidIds: [...loaded.invalidIds, ...others.map((file) => ({ file, id: idOf(file) }))],
  };
  const itemIds = new Set(runbookFiles.map(itemOfName).filter((id) => Number.isInteger(id)));
  const [calendar, roster, runbooks] = shiftStaged ? await Promise.all([ws.calendar(), ws.roster(), ws.runbooks()]) : [];
  const shift =
    calendar?.value && roster?.value && runbooks
      ? { calendar: calendar.value, sites: settings.sites, people: settings.people, roster: roster.value, items: runbooks.runbooks.map((r) => r.item) }
      : undefined;
  // A subject's own problems are not the staged change's: its file is not staged.
  const problems = checkRecords({ records: set, settings, itemIds, now, ...(shift ? { shift } : {}) }).filter((p) => !named.includes(p.file));
  // One id, one record: a staged record against the names of the records not parsed (uniqueRecordIds compares the parsed ones).
  const byId = new Map(others.map((file) => [idOf(file), file]));
  for (const { file, record, locate } of loaded.records) {
    const other = byId.get(record.id);
    if (other !== undefined && stagedRecords.includes(file)) problems.push(createProblem('record-id-duplicate', locate(['id']), { id: record.id, other }));
  }
  return { problems, records: loaded.records };
}
