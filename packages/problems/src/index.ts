export { CATALOGUE, type ProblemArgs, type ProblemCode, type ProblemDefinition } from './catalogue.ts';
export { createProblem, sortProblems } from './create.ts';
export { formatProblemsGithub, formatProblemsText } from './format.ts';
export type { Location, Problem } from './problem.ts';
