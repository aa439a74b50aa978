import { lstat, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@unyo/problems';
import { RECORD_SCHEMAS, STORED_RECORD_KINDS, type AnyRecord, type StoredRecordKind } from '@unyo/schema';
import type { Locate } from './yaml-source.ts';
import { readYamlFile } from './yaml-file.ts';

/** The folder of the records, relative to the repo root. */
export const RECORDS_DIR = 'records';

/** A record whose file passed its kind's schema. */
export interface LoadedRecord {
  /** Repo-relative path, such as records/incident/2026/11/INC-2026-0101.yaml. */
  file: string;
  record: AnyRecord;
  /** The decoded text of the file. */
  text: string;
  locate: Locate;
}

export interface RecordSet {
  records: LoadedRecord[];
  /** Every file under records/, repo-relative. */
  files: string[];
  /** Ids claimed by files that failed their schema (so that links to them are not reported too). */
  invalidIds: { file: string; id: string }[];
  problems: Problem[];
}

const isKind = (name: string): name is StoredRecordKind => (STORED_RECORD_KINDS as string[]).includes(name);

/**
 * Reads every file under `<root>/records`: records/<kind>/<yyyy>/<mm>/<id>.yaml. The kind comes from the
 * folder. Never follows a symbolic link, never writes: the evidence tree is real folders and files, so a
 * link named `records`, or a linked folder or file under it, is a problem (file-symlink) and is not read.
 */
export async function readRecords(root: string): Promise<RecordSet> {
  const dir = path.join(root, RECORDS_DIR);
  if ((await lstat(dir).catch(() => undefined))?.isSymbolicLink()) {
    const problem = createProblem('file-symlink', { file: RECORDS_DIR, line: 1, column: 1 }, { target: await readlink(dir) });
    return { records: [], files: [], invalidIds: [], problems: [problem] };
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((e) => !e.isDirectory() && e.name !== '.gitkeep')
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const records: LoadedRecord[] = [];
  const invalidIds: { file: string; id: string }[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const at = { file, line: 1, column: 1 };
    const kind = file.split('/')[1] ?? '';
    const abs = path.join(root, file);
    if ((await lstat(abs)).isSymbolicLink()) {
      problems.push(createProblem('file-symlink', at, { target: await readlink(abs) }));
      continue;
    }
    if (!/\.ya?ml$/.test(file)) {
      problems.push(createProblem('record-not-yaml', at));
      continue;
    }
    if (!isKind(kind)) {
      problems.push(createProblem('record-kind-unknown', at, { kind, kinds: STORED_RECORD_KINDS }));
      continue;
    }
    const loaded = await readYamlFile(root, file, RECORD_SCHEMAS[kind]);
    problems.push(...loaded.problems);
    if (loaded.value && loaded.text !== undefined && loaded.locate) {
      records.push({ file, record: loaded.value as AnyRecord, text: loaded.text, locate: loaded.locate });
    } else {
      const id = (loaded.data as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') invalidIds.push({ file, id });
    }
  }
  return { records, files, invalidIds, problems };
}
