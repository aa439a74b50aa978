export { nextRecordId, recordPath } from './next-id.ts';
export { QUESTIONS, incompleteFields, scaffoldRecord, type ScaffoldInput } from './scaffold.ts';
export { appendEvent, eventNames, isOpen, keepsLines, nextEvent, type EventInput, type EventResult } from './append-event.ts';
