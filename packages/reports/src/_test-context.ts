import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCalendar, readRecords, readRunbooks, readSettings, readYamlFile } from '@unyo/read';
import { SlaSchema } from '@unyo/schema';
import type { ReportContext } from './context.ts';

/** The repo root, whose records are the sample month (November 2026). */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The context the CLI builds, read from the repo's own data. */
export async function repoContext(asOf = '2026-12-01T09:00:00+09:00'): Promise<ReportContext> {
  const [{ records }, { runbooks }, { calendar }, { settings }, sla] = await Promise.all([
    readRecords(root),
    readRunbooks(root),
    readCalendar(root),
    readSettings(root),
    readYamlFile(root, 'settings/sla.yaml', SlaSchema),
  ]);
  if (!calendar) throw new Error('settings/calendar.yaml does not parse');
  return { records: records.map((r) => r.record), items: runbooks.map((r) => r.item), calendar, settings, ...(sla.value ? { sla: sla.value } : {}), asOf };
}
