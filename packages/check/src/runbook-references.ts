import { createProblem } from '@unyo/problems';
import { REFERENCE_NAMES, lookupReference } from '@unyo/read';
import type { RunbookRule } from './rules.ts';

/** The settings file the SLA references are read from. */
export const SLA_FILE = 'settings/sla.yaml';

const NAMES = Object.keys(REFERENCE_NAMES)
  .map((n) => (n === 'timing' ? '{{timing}}' : `{{${n}:…}}`))
  .join('、');

/** Every `{{…}}` of a body is a known reference whose argument exists in settings/sla.yaml. */
export const referencesResolve: RunbookRule = (set, problems, context) => {
  for (const r of set.runbooks) {
    for (const ref of r.references) {
      const at = { file: r.file, line: ref.line, column: ref.column, excerpt: ref.excerpt };
      const found = lookupReference(ref, context.sla);
      if ('value' in found) continue;
      switch (found.reason) {
        case 'name':
          problems.push(createProblem('reference-unknown', at, { raw: ref.raw, known: NAMES }));
          break;
        case 'arg-missing':
          problems.push(createProblem('reference-arg', at, { raw: ref.raw, problem: `「${ref.name}:」のあとに何を表示するかを書いてください（例: {{${ref.name}:${REFERENCE_NAMES[ref.name as keyof typeof REFERENCE_NAMES]}}}）。`, known: '' }));
          break;
        case 'arg-unexpected':
          problems.push(createProblem('reference-arg', at, { raw: ref.raw, problem: `{{${ref.name}}} は引数を取りません。`, known: '' }));
          break;
        case 'arg-unknown':
          problems.push(createProblem('reference-arg', at, { raw: ref.raw, problem: `「${ref.arg ?? ''}」は ${SLA_FILE} にありません。`, known: found.known.join('、') }));
          break;
        case 'no-sla':
          if (context.slaAbsent) break;
          problems.push(createProblem('reference-no-settings', at, { raw: ref.raw, file: SLA_FILE }));
          break;
      }
    }
  }
};

/** Files outside the repository that a runbook must not cite (the reader cannot open them): a path into ../shared/, or SLA-DEFAULTS. */
const OUTSIDE = /(?<![\w-])(?:\.\.\/)+shared\/[\w./-]*|SLA-DEFAULTS/g;

/** Nothing in a runbook cites a file outside the repository (SLA-DEFAULTS, ../shared/…). */
export const nothingOutsideCited: RunbookRule = (set, problems) => {
  for (const r of set.runbooks) {
    r.body.split('\n').forEach((text, i) => {
      for (const m of text.matchAll(OUTSIDE)) {
        problems.push(createProblem('outside-reference', { file: r.file, line: r.bodyLine + i, column: m.index + 1, excerpt: text }, { text: m[0] }));
      }
    });
  }
};
