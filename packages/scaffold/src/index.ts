export { nextRecordId, recordPath } from './next-id.ts';
export { QUESTIONS, incompleteFields, scaffoldRecord, type ScaffoldInput } from './scaffold.ts';
