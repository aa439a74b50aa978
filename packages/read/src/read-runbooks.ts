import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { createProblem, type Problem } from '@unyo/problems';
import { parseRunbook, type Runbook } from './runbook.ts';

/** The folder of the runbooks, relative to the repo root. */
export const RUNBOOKS_DIR = 'runbooks';

/** Runbook files larger than this are refused unread. */
export const MAX_RUNBOOK_BYTES = 1024 * 1024;

export interface RunbookSet {
  runbooks: Runbook[];
  /** Every `.md` path under runbooks/, valid or not, repo-relative. */
  files: string[];
  /** Ids claimed by runbooks whose frontmatter failed the schema. */
  invalidIds: { file: string; id: number }[];
  problems: Problem[];
}

/**
 * Reads every `*.md` file under `<root>/runbooks`. Never follows a symbolic link and never writes.
 */
export async function readRunbooks(root: string): Promise<RunbookSet> {
  const dir = path.join(root, RUNBOOKS_DIR);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((e) => e.name.endsWith('.md') && !e.isDirectory())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const runbooks: Runbook[] = [];
  const problems: Problem[] = [];
  const invalidIds: { file: string; id: number }[] = [];
  for (const file of files) {
    const abs = path.join(root, file);
    const stat = await lstat(abs);
    const at = { file, line: 1, column: 1 };
    if (stat.isSymbolicLink()) {
      problems.push(createProblem('file-symlink', at, { target: await readlink(abs) }));
    } else if (stat.size > MAX_RUNBOOK_BYTES) {
      problems.push(createProblem('file-too-large', at, { size: stat.size, limit: MAX_RUNBOOK_BYTES }));
    } else {
      const parsed = parseRunbook(file, await readFile(abs));
      problems.push(...parsed.problems);
      if (parsed.runbook) runbooks.push(parsed.runbook);
      if (parsed.claimedId !== undefined) invalidIds.push({ file, id: parsed.claimedId });
    }
  }
  return { runbooks, files, invalidIds, problems };
}
