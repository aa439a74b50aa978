import { createProblem } from '@unyo/problems';
import type { RecordRule } from './context.ts';

/** One id, one record. */
export const uniqueRecordIds: RecordRule = ({ records }, problems) => {
  const seen = new Map<string, string>();
  for (const { file, record, locate } of records.records) {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, file);
    else problems.push(createProblem('record-id-duplicate', locate(['id']), { id: record.id, other: first }));
  }
};

/** records/<kind>/<yyyy>/<mm>/<id>.yaml, with yyyy/mm from `at`; the id's year (or date) agrees with `at`. */
export const recordsInTheirFolder: RecordRule = ({ records }, problems) => {
  for (const { file, record, locate } of records.records) {
    const [yyyy, mm] = [record.at.slice(0, 4), record.at.slice(5, 7)];
    const expected = `records/${record.kind}/${yyyy}/${mm}/${record.id}.yaml`;
    if (file !== expected && file !== expected.replace(/\.yaml$/, '.yml')) {
      problems.push(createProblem('record-path', locate(['id']), { expected }));
    }
    const idDate = record.kind === 'daily-check' ? `DC-${record.date}` : undefined;
    if (idDate !== undefined && record.id !== idDate) {
      problems.push(createProblem('record-id-date', locate(['id']), { id: record.id, expected: idDate }));
    } else if (idDate === undefined && record.id.split('-')[1] !== yyyy) {
      problems.push(createProblem('record-id-date', locate(['id']), { id: record.id, expected: `${record.id.split('-')[0]}-${yyyy}-…` }));
    }
  }
};
