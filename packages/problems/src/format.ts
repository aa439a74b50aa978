import stringWidth from 'string-width';
import type { Problem } from './problem.ts';

const codeFrame = (p: Problem): string[] => {
  if (p.excerpt === undefined) return [];
  const gutter = String(p.line);
  const pad = ' '.repeat(gutter.length);
  // The caret sits under the column as a terminal shows it: a full-width character takes two cells, tabs stay tabs.
  const caret = p.excerpt
    .slice(0, p.column - 1)
    .split('\t')
    .map((part) => ' '.repeat(stringWidth(part)))
    .join('\t');
  return [`  ${gutter} | ${p.excerpt}`, `  ${pad} | ${caret}^`];
};

/** Formats problems for a terminal: `file:line:col  CODE  message`, a code frame, and the hint. */
export function formatProblemsText(problems: readonly Problem[]): string {
  return problems
    .map((p) =>
      [`${p.file}:${p.line}:${p.column}  ${p.code}  ${p.message}`, ...codeFrame(p), `  → ${p.hint}`].join('\n'),
    )
    .join('\n\n');
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Formats problems as GitHub Actions workflow commands, which become annotations on the lines. */
export function formatProblemsGithub(problems: readonly Problem[]): string {
  return problems
    .map(
      (p) =>
        `::error file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(`${p.code} ${p.title}`)}::${escapeData(`${p.message}\n${p.hint}`)}`,
    )
    .join('\n');
}
