export { CYCLE_KINDS, CYCLE_LABELS, CycleSchema, type Cycle, type CycleKind } from './cycle.ts';
export { DutiesSchema, ROLES, ROLE_LABELS, type Duties, type Role } from './duties.ts';
export { CATALOGUE_SIZE, EvidenceSchema, OperationItemSchema, evidenceEntry, evidenceKinds, type Evidence, type OperationItem } from './operation-item.ts';
export { NO_PERIOD, PERIOD_SEPARATOR, PERIOD_TERMS, parsePeriod, type PeriodParse } from './period.ts';
export { RECORD_KINDS, RECORD_KIND_LABELS, RecordKindSchema, type RecordKind } from './record-kind.ts';
export * from './records/index.ts';
export * from './settings/index.ts';
export { IsoDateSchema, IsoDateTimeSchema, formatJst, instant } from './time.ts';
