import { isDeepStrictEqual } from 'node:util';
import { createProblem, type Problem } from '@unyo/problems';
import type { LoadedRecord } from '@unyo/read';
import { instant } from '@unyo/schema';
import { asWas, isBranch, parsePath, valueAt } from './record-paths.ts';

type Data = Record<string, unknown>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface VerifiedCorrections {
  /** The fields of the corrections that hold: only these excuse a change. */
  fields: string[];
  problems: Problem[];
}

/**
 * Verifies the corrections appended since the base. `states` are the record's data at the base, at each
 * commit since that changed it, and now (oldest first): a correction is held against the state just
 * before the one that added it. It must name one leaf, or a list element that did not exist before; its
 * value must have changed in that step; `was` must be the value it replaced ('' for none); and `at` lies
 * between the record's own `at` at the base and `now`.
 */
export function verifyCorrections(states: readonly Data[], current: LoadedRecord, now: number | undefined): VerifiedCorrections {
  const base = states[0] ?? {};
  const corrections = list(states.at(-1)?.['corrections']) as Data[];
  const opened = asWas(base['at']);
  const latest = states.at(-1) ?? base;
  /** For each field held by a correction, the state that added the last one. */
  const lastSet = new Map<string, Data>();
  const problems: Problem[] = [];
  for (let index = list(base['corrections']).length; index < corrections.length; index++) {
    const correction = corrections[index] ?? {};
    const added = states.findIndex((s, i) => i > 0 && list(s['corrections']).length > index);
    const at = (key: string) => current.locate(['corrections', index, key]);
    const problem = verifyOne(correction, index, states[added - 1] ?? base, states[added] ?? base, { opened, now, at });
    if (problem === undefined) lastSet.set(String(correction['field']), states[added] ?? base);
    else problems.push(problem);
  }
  // A correction explains the change made with it, not one made in a later commit without another correction.
  const fields = [...lastSet]
    .filter(([field, set]) => {
      const segments = parsePath(field) ?? [];
      return isDeepStrictEqual(valueAt(set, segments), valueAt(latest, segments));
    })
    .map(([field]) => field);
  return { fields, problems };
}

interface Bounds {
  /** The record's `at` at the base. */
  opened: string;
  now: number | undefined;
  /** Where a key of this correction is in the current file. */
  at: (key: string) => ReturnType<LoadedRecord['locate']>;
}

function verifyOne(correction: Data, index: number, before: Data, after: Data, { opened, now, at }: Bounds): Problem | undefined {
  const field = String(correction['field'] ?? '');
  const segments = parsePath(field);
  if (segments === undefined) return createProblem('correction-field-invalid', at('field'), { index, field });
  const was = valueAt(before, segments);
  const is = valueAt(after, segments);
  // A whole list or mapping hides what it held; a list element that is new (an event appended to a closed incident) hides nothing.
  const newElement = was === undefined && typeof segments.at(-1) === 'number';
  if (isBranch(was) || (isBranch(is) && !newElement)) return createProblem('correction-field-not-leaf', at('field'), { index, field });
  if (isDeepStrictEqual(was, is)) return createProblem('correction-unchanged', at('field'), { index, field });
  const written = String(correction['was'] ?? '');
  if (written !== asWas(was)) return createProblem('correction-was-wrong', at('was'), { index, field, was: written, actual: asWas(was) });
  const when = instant(String(correction['at'] ?? ''));
  if (Number.isNaN(when) || (opened !== '' && when < instant(opened)) || (now !== undefined && when > now)) {
    return createProblem('correction-at-out-of-range', at('at'), { index, at: String(correction['at']), opened });
  }
  return undefined;
}
