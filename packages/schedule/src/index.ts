export { expandOccurrences, isOperatorWork, type ExpandInput } from './expand.ts';
export type { Occurrence } from './occurrence.ts';
export { trackExecution, type Evidence, type Execution, type ExecutionStatus } from './track.ts';
