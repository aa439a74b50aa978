import { createProblem, type Location, type Problem } from '@unyo/problems';
import { yamlTexts } from '@unyo/read';
import type { RecordRule } from './context.ts';
import { KIND_NAMES } from './pii-finding.ts';
import { isNameLabel } from './pii-names.ts';
import { findPersonalData, maskLine, type PersonalData } from './pii-scan.ts';

/** The names of the staff (settings/people.yaml), whole and in parts, without spaces: they are no patrons. */
export function staffNames(people: readonly { name: string }[]): Set<string> {
  const names = new Set<string>();
  for (const { name } of people) {
    const parts = name.normalize('NFKC').split(/\s+/).filter((p) => p !== '');
    names.add(parts.join(''));
    for (const part of parts) names.add(part);
  }
  return names;
}

/**
 * No record carries patron personal data (item 95): a phone number, an e-mail address, a patron or
 * credit card number, or a name where the context says so. Every string value, mapping key, number as
 * written and comment of the file is screened (a file's `sha256` is hexadecimal and not), and each
 * finding is reported at its own line and column, with the value masked.
 */
export const noPersonalData: RecordRule = ({ records, settings }, problems) => {
  const staff = staffNames(settings.people);
  for (const { file, text } of records.records) {
    const { texts, position } = yamlTexts(text);
    const found: { at: { line: number; column: number; end: number }; problem: (excerpt: string) => Problem }[] = [];
    for (const piece of texts) {
      if (piece.kind === 'value' && piece.key === 'sha256') continue;
      const labelled = piece.kind === 'value' && piece.key !== undefined && isNameLabel(piece.key) ? piece.key : undefined;
      for (const data of findPersonalData(piece.text, { staff, ...(labelled === undefined ? {} : { labelled }) })) {
        const start = position(piece.offsetOf(data.start));
        const end = position(piece.offsetOf(data.end));
        const at = { ...start, end: end.line === start.line ? end.column : Number.MAX_SAFE_INTEGER };
        found.push({ at, problem: (excerpt) => problemOf(data, { file, line: start.line, column: start.column, excerpt }) });
      }
    }
    problems.push(...withMaskedExcerpts(text, found));
  }
};

const problemOf = (data: PersonalData, at: Location & { excerpt: string }) =>
  data.kind === 'name'
    ? createProblem('personal-data-name', at, { name: data.masked, cue: data.cue ?? '文脈' })
    : createProblem('personal-data', at, { what: `${KIND_NAMES[data.kind]}「${data.masked}」` });

/** The problems, each with its line as excerpt and every finding on that line masked (each line masked once). */
function withMaskedExcerpts(text: string, found: readonly { at: { line: number; column: number; end: number }; problem: (excerpt: string) => Problem }[]): Problem[] {
  if (found.length === 0) return [];
  const lines = text.split('\n');
  const spans = new Map<number, [number, number][]>();
  for (const { at } of found) {
    const list = spans.get(at.line) ?? [];
    list.push([at.column - 1, at.end - 1]);
    spans.set(at.line, list);
  }
  const masked = new Map([...spans].map(([line, list]) => [line, maskLine(lines[line - 1] ?? '', list)]));
  return found.map(({ at, problem }) => problem(masked.get(at.line) ?? ''));
}
