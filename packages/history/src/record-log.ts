import { gitAt } from './git.ts';

/** One commit that touched a record. */
export interface RecordLogEntry {
  commit: string;
  date: string;
  author: string;
  email: string;
  subject: string;
  /** A added, M modified, D deleted. */
  status: string;
  file: string;
}

/** Every commit that added, changed or deleted the record `id`, oldest first (in any folder). */
export async function recordLog(root: string, id: string, dir = 'records'): Promise<RecordLogEntry[]> {
  const git = gitAt(root);
  // A repository without commits has no history (git log would fail).
  const head = await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD']).then((s) => s.trim(), () => '');
  if (head === '') return [];
  const out = await git.raw([
    'log', '--no-renames', '--name-status', '--format=%x1e%H%x1f%aI%x1f%an%x1f%ae%x1f%s', '--', `:(glob)${dir}/**/${id}.yaml`, `:(glob)${dir}/**/${id}.yml`,
  ]);
  const entries: RecordLogEntry[] = [];
  for (const block of out.split('\x1e').filter((b) => b.trim() !== '')) {
    const [header = '', ...rest] = block.split('\n');
    const [commit = '', date = '', author = '', email = '', subject = ''] = header.split('\x1f');
    for (const line of rest.filter((l) => l.trim() !== '')) {
      const [status = '', file = ''] = line.split('\t');
      entries.push({ commit, date, author, email, subject, status, file });
    }
  }
  return entries.reverse();
}
