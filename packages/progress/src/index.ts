export { formatLeft, progressBoard, type BoardEntry, type BoardInput, type OpenTarget, type Urgency } from './board.ts';
