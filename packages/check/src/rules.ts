import path from 'node:path/posix';
import { createProblem, type Problem } from '@unyo/problems';
import type { Runbook, RunbookSet } from '@unyo/read';
import { evidenceFieldsExist } from './runbook-evidence.ts';
import { nothingOutsideCited, referencesResolve } from './runbook-references.ts';
import { noPersonalDataInRunbooks } from './runbook-personal-data.ts';
import { timingAgreesWithCycles } from './runbook-timing.ts';
import { CATALOGUE_SIZE, parsePeriod, type Calendar, type SlaVersion } from '@unyo/schema';

/** What runbook rules compare the runbooks with: the calendar (meetings) and the SLA version shown. */
export interface RunbookContext {
  calendar?: Calendar;
  /** The SLA version the runbook pages show; absent when settings/sla.yaml is missing or invalid. */
  sla?: SlaVersion;
  /**
   * There is no settings/sla.yaml at all (a repository that keeps no SLA, or a test fixture): the
   * `{{sla…}}` references are then checked for their form only, as other rules skip a missing calendar.
   */
  slaAbsent?: boolean;
}

/** A rule reads the whole set of runbooks and pushes the problems it finds. */
export type RunbookRule = (set: RunbookSet, problems: Problem[], context: RunbookContext) => void;

/** Every id 1–101 has exactly one runbook. */
export const uniqueAndCompleteIds: RunbookRule = (set, problems) => {
  const seen = new Map<number, string>();
  const claims = [
    ...set.runbooks.map((r) => ({ file: r.file, id: r.item.id, runbook: r as Runbook | undefined })),
    ...set.invalidIds.map((c) => ({ ...c, runbook: undefined })),
  ].sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const claim of claims) {
    const first = seen.get(claim.id);
    if (first === undefined) {
      seen.set(claim.id, claim.file);
    } else if (claim.runbook) {
      problems.push(createProblem('id-duplicate', claim.runbook.locate(['id']), { id: claim.id, other: first }));
    }
  }
  for (let id = 1; id <= CATALOGUE_SIZE; id++) {
    if (!seen.has(id)) problems.push(createProblem('id-missing', { file: 'runbooks/', line: 1, column: 1 }, { id }));
  }
};

/** The file name starts with the zero-padded id: `002-incident-progress.md`. */
export const fileNameMatchesId: RunbookRule = (set, problems) => {
  for (const r of set.runbooks) {
    const name = path.basename(r.file);
    const expected = String(r.item.id).padStart(3, '0');
    if (!new RegExp(`^${expected}-[a-z0-9]+(-[a-z0-9]+)*\\.md$`).test(name)) {
      problems.push(createProblem('file-name-mismatch', r.locate(['id']), { name, id: r.item.id, expected }));
    }
  }
};

const isRelative = (href: string) => href !== '' && !href.startsWith('#') && !href.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(href);

/** Relative links that lead into runbooks/ point at a runbook that exists. */
export const linksResolve: RunbookRule = (set, problems) => {
  const files = new Set(set.files);
  for (const r of set.runbooks) {
    for (const link of r.links) {
      if (!isRelative(link.href)) continue;
      const target = path.normalize(path.join(path.dirname(r.file), link.href.replace(/[?#].*$/, '')));
      if (target.startsWith('runbooks/') ? !files.has(target) : target.startsWith('..')) {
        problems.push(createProblem('link-broken', { file: r.file, line: link.line, column: link.column, excerpt: link.excerpt }, { href: link.href }));
      }
    }
  }
};

/** `related` names ids that have a runbook. */
export const relatedExist: RunbookRule = (set, problems) => {
  const ids = new Set([...set.runbooks.map((r) => r.item.id), ...set.invalidIds.map((c) => c.id)]);
  for (const r of set.runbooks) {
    (r.item.related ?? []).forEach((id, i) => {
      if (!ids.has(id)) problems.push(createProblem('related-unknown', r.locate(['related', i]), { id }));
    });
  }
};

/** `period` is a text the requirement uses, and `cycles` is exactly that text parsed. */
export const periodMatchesCycles: RunbookRule = (set, problems) => {
  for (const r of set.runbooks) {
    const parsed = parsePeriod(r.item.period);
    if (!parsed.ok) {
      problems.push(createProblem('period-unknown', r.locate(['period']), { text: r.item.period, term: parsed.term }));
      continue;
    }
    const actual = r.item.cycles.map((c) => c.kind).join(', ');
    const expected = parsed.kinds.join(', ');
    if (actual !== expected) {
      problems.push(createProblem('cycles-mismatch', r.locate(['cycles']), { period: r.item.period, expected, actual }));
    }
  }
};

/** The last level of `path` is `name`. */
export const pathEndsWithName: RunbookRule = (set, problems) => {
  for (const r of set.runbooks) {
    const last = r.item.path.at(-1) ?? '';
    if (last !== r.item.name) {
      problems.push(createProblem('path-name-mismatch', r.locate(['path', r.item.path.length - 1]), { last, name: r.item.name }));
    }
  }
};

export const RUNBOOK_RULES: readonly RunbookRule[] = [
  uniqueAndCompleteIds,
  fileNameMatchesId,
  linksResolve,
  relatedExist,
  periodMatchesCycles,
  pathEndsWithName,
  noPersonalDataInRunbooks,
  timingAgreesWithCycles,
  evidenceFieldsExist,
  referencesResolve,
  nothingOutsideCited,
];
