import { CATALOGUE, type ProblemArgs, type ProblemCode, type ProblemDefinition } from './catalogue.ts';
import type { Location, Problem } from './problem.ts';

/** Builds a problem from the catalogue entry of `code`, at `location`. */
export function createProblem<C extends ProblemCode>(
  code: C,
  location: Location & { excerpt?: string },
  ...args: ProblemArgs<C> extends Record<string, never> ? [] : [ProblemArgs<C>]
): Problem {
  const def = CATALOGUE[code] as ProblemDefinition<ProblemArgs<C>>;
  const a = (args[0] ?? {}) as ProblemArgs<C>;
  return {
    file: location.file,
    line: location.line,
    column: location.column,
    code,
    title: def.title,
    message: def.message(a),
    hint: typeof def.hint === 'function' ? def.hint(a) : def.hint,
    ...(location.excerpt === undefined ? {} : { excerpt: location.excerpt }),
  };
}

/** Sorts problems by file, line and column, in place, and returns them. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column),
  );
}
