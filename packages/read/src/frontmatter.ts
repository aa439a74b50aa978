import { createProblem, type Problem } from '@unyo/problems';

export interface Frontmatter {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** The 1-based file line of the YAML's first line. */
  yamlLine: number;
  /** The Markdown after the closing `---` line. */
  body: string;
  /** The 1-based file line of the body's first line. */
  bodyLine: number;
}

/** Splits `---\nYAML\n---\nbody`. A file without a frontmatter gives one problem. */
export function splitFrontmatter(file: string, text: string): { frontmatter?: Frontmatter; problems: Problem[] } {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return { problems: [createProblem('frontmatter-missing', { file, line: 1, column: 1, excerpt: lines[0] ?? '' })] };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (close < 0) {
    return { problems: [createProblem('frontmatter-unclosed', { file, line: lines.length, column: 1, excerpt: lines.at(-1) ?? '' })] };
  }
  return {
    frontmatter: {
      yaml: lines.slice(1, close).join('\n'),
      yamlLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyLine: close + 2,
    },
    problems: [],
  };
}
