import { createProblem } from '@unyo/problems';
import { yamlTexts } from '@unyo/read';
import type { RecordRule } from './context.ts';
import { KIND_NAMES } from './pii-finding.ts';
import { isNameLabel } from './pii-names.ts';
import { findPersonalData } from './pii-scan.ts';

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
    const lines = text.split('\n');
    for (const piece of texts) {
      if (piece.kind === 'value' && piece.key === 'sha256') continue;
      const labelled = piece.kind === 'value' && piece.key !== undefined && isNameLabel(piece.key) ? piece.key : undefined;
      for (const found of findPersonalData(piece.text, { staff, ...(labelled === undefined ? {} : { labelled }) })) {
        const { line, column } = position(piece.offsetOf(found.start));
        const at = { file, line, column, excerpt: lines[line - 1] ?? '' };
        problems.push(
          found.kind === 'name'
            ? createProblem('personal-data-name', at, { name: found.masked, cue: found.cue ?? '文脈' })
            : createProblem('personal-data', at, { what: `${KIND_NAMES[found.kind]}「${found.masked}」` }),
        );
      }
    }
  }
};
