import { createProblem } from '@unyo/problems';
import { KIND_NAMES } from './records/pii-finding.ts';
import { findPersonalData, maskLine } from './records/pii-scan.ts';
import type { RunbookRule } from './rules.ts';

/**
 * No runbook body carries patron personal data: the same screening as the records (phone, e-mail,
 * card numbers, names by context), each finding at its line and column with the value masked.
 */
export const noPersonalDataInRunbooks: RunbookRule = (set, problems) => {
  for (const runbook of set.runbooks) {
    const lines = runbook.body.split('\n');
    const starts: number[] = [];
    let offset = 0;
    for (const l of lines) {
      starts.push(offset);
      offset += l.length + 1;
    }
    const found = findPersonalData(runbook.body).map((data) => {
      const index = lineOf(starts, data.start);
      const lineStart = starts[index] ?? 0;
      return { data, index, span: [data.start - lineStart, data.end - lineStart] as const };
    });
    const spans = new Map<number, (readonly [number, number])[]>();
    for (const { index, span } of found) {
      const list = spans.get(index) ?? [];
      list.push(span);
      spans.set(index, list);
    }
    const masked = new Map([...spans].map(([index, list]) => [index, maskLine(lines[index] ?? '', list)]));
    for (const { data, index, span } of found) {
      const at = { file: runbook.file, line: runbook.bodyLine + index, column: span[0] + 1, excerpt: masked.get(index) ?? '' };
      problems.push(createProblem('personal-data-runbook', at, { what: `${KIND_NAMES[data.kind]}「${data.masked}」` }));
    }
  }
};

/** The index of the line that holds `offset`, given each line's start offset (sorted). */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
