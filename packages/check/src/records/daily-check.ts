import { dailyCheckAnomalies } from '@unyo/monitoring';
import { createProblem } from '@unyo/problems';
import type { RecordRule } from './context.ts';

/**
 * A daily sheet explains each anomaly (a value beyond the thresholds of settings/devices.yaml, a
 * failed backup, an outdated pattern file, terminals that did not start) by a note or an incident,
 * and every value marked as imported names an export the sheet records.
 */
export const dailyChecksExplained: RecordRule = ({ records, settings }, problems) => {
  for (const { record, locate } of records.records) {
    if (record.kind !== 'daily-check') continue;
    for (const anomaly of dailyCheckAnomalies(record, settings)) {
      if (!anomaly.explained) problems.push(createProblem('daily-check-anomaly', locate(anomaly.path), { subject: anomaly.subject, what: anomaly.what }));
    }
    const files = new Set((record.sources ?? []).map((s) => s.file));
    for (const section of ['servers', 'backups', 'signatures'] as const) {
      record[section].forEach((entry, i) => {
        for (const source of entry.source?.split(', ') ?? []) {
          if (!files.has(source)) problems.push(createProblem('daily-check-source', locate([section, i, 'source']), { source }));
        }
      });
    }
  }
};
