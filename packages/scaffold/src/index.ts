export { nextRecordId, recordPath } from './next-id.ts';
export { QUESTIONS, scaffoldRecord, type ScaffoldInput } from './scaffold.ts';
