import { createProblem, type Location, type Problem } from '@unyo/problems';
import { Composer, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, Parser, Scalar, visit, type Document, type Node } from 'yaml';

/** Finds the file location of the value at a data path (or its nearest existing parent). */
export type Locate = (path: readonly PropertyKey[], options?: { key?: string }) => Location & { excerpt: string };

export interface YamlSource {
  /** The parsed value; undefined when the YAML has an error. */
  value: unknown;
  locate: Locate;
  problems: Problem[];
}

/** Aliases a document may expand before it is refused (an "alias bomb" expands exponentially). */
const MAX_ALIAS_COUNT = 100;

const YAML_ERROR_DETAIL: Record<string, string> = {
  DUPLICATE_KEY: '同じキーが二度書かれています。',
  BAD_INDENT: 'インデントが揃っていないか、[ や { が ] や } で閉じられていません。',
  MISSING_CHAR: '閉じる記号（引用符や括弧）がありません。',
  MULTILINE_IMPLICIT_KEY: 'キーが複数行にまたがっています（コロンの後の空白や引用符を確認してください）。',
  BLOCK_AS_IMPLICIT_KEY: 'キーの書き方が正しくありません。',
  UNEXPECTED_TOKEN: '予期しない文字があります。',
  BAD_SCALAR_START: '値の先頭に使えない文字があります（引用符で囲んでください）。',
};

/**
 * Parses YAML that sits in a file from `firstLine` on, keeping a map from data paths to lines and
 * columns. Reports only the first YAML error: later ones are usually consequences of it.
 */
export function parseYamlSource(file: string, yaml: string, firstLine: number, fileLines: readonly string[]): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    const fileLine = line + firstLine - 1;
    return { file, line: fileLine, column: col, excerpt: fileLines[fileLine - 1] ?? '' };
  };
  const locate: Locate = (path, options) => locateIn(doc, path, options?.key, at, firstLine, fileLines, file);
  const error = doc.errors[0];
  if (error) {
    const diagnosed = diagnoseYaml(yaml, lineCounter.linePos(error.pos[0]).line);
    if (diagnosed) {
      const { line, col } = diagnosed;
      const fileLine = line + firstLine - 1;
      const location = { file, line: fileLine, column: col, excerpt: fileLines[fileLine - 1] ?? '' };
      const problem =
        diagnosed.kind === 'fullwidth'
          ? createProblem('yaml-fullwidth', location, { char: diagnosed.char })
          : createProblem('yaml-indent', location, { indent: diagnosed.indent, line: diagnosed.alignLine + firstLine - 1, align: diagnosed.align });
      return { value: undefined, locate, problems: [problem] };
    }
    const code = error.code === 'TAB_AS_INDENT' ? 'yaml-tab' : 'yaml-syntax';
    const detail = YAML_ERROR_DETAIL[error.code] ?? error.message.split('\n')[0] ?? error.code;
    const location = at(error.pos[0]);
    const problem =
      code === 'yaml-tab' ? createProblem('yaml-tab', location) : createProblem('yaml-syntax', location, { detail });
    return { value: undefined, locate, problems: [problem] };
  }
  const tagged = firstTag(doc);
  if (tagged) {
    // Point at the tag as written (the node's range starts at its value, after the tag).
    const written = yaml.lastIndexOf(tagged.tag, tagged.offset);
    return { value: undefined, locate, problems: [createProblem('yaml-tag', at(written >= 0 ? written : tagged.offset), { tag: tagged.tag })] };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locate, problems: [] };
  } catch {
    return { value: undefined, locate, problems: [createProblem('yaml-alias', at(0))] };
  }
}

/** The tags of YAML's core schema, the only ones records and settings may carry (explicitly or not). */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** The first node with a tag outside the core schema (a custom `!foo`, `!!binary`, `!!set`…), with its offset. */
function firstTag(doc: Document): { tag: string; offset: number } | undefined {
  let found: { tag: string; offset: number } | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node) || node.tag === undefined || CORE_TAGS.has(node.tag)) return undefined;
    found = { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!'), offset: node.range?.[0] ?? 0 };
    return visit.BREAK;
  });
  return found;
}

type Diagnosis =
  | { kind: 'fullwidth'; char: '：' | '　'; line: number; col: number }
  | { kind: 'indent'; line: number; col: number; indent: number; alignLine: number; align: number };

/** A line that starts a mapping key (`key:` or `- key:`), with the column its key starts at. */
const KEY_LINE = /^( *)(- +)?([^\s#'"-][^:#]*?|"[^"]*"|'[^']*'): ?/;

/**
 * The real cause of a YAML error as an operator makes it in an editor (1-based lines of `yaml`): a
 * full-width colon after a key or a full-width space in the indentation near the error, or a key
 * whose indentation matches no key above it. Undefined when none of these explains it.
 */
export function diagnoseYaml(yaml: string, errorLine: number): Diagnosis | undefined {
  const lines = yaml.split(/\r?\n/);
  for (let n = Math.max(1, errorLine - 3); n <= Math.min(lines.length, errorLine + 1); n++) {
    const text = lines[n - 1] ?? '';
    const space = /^ *\u3000/.exec(text);
    if (space) return { kind: 'fullwidth', char: '　', line: n, col: space[0].length };
    const colon = /^ *(- +)?[^\s#:：'"][^:：#]*?：/.exec(text);
    if (colon && !text.slice(0, colon[0].length).includes(': ')) return { kind: 'fullwidth', char: '：', line: n, col: colon[0].length };
  }
  // Indentation: the error's line (or the one before, where the yaml package often points) starts a
  // key at a column that no key line above it in the same block uses.
  for (const n of [errorLine, errorLine + 1, errorLine - 1]) {
    const text = lines[n - 1];
    if (text === undefined) continue;
    const m = KEY_LINE.exec(text);
    if (!m) continue;
    const column = (m[1] ?? '').length + (m[2] ?? '').length;
    const above: { line: number; column: number; opens: boolean }[] = [];
    for (let k = n - 1; k >= 1; k--) {
      const prev = lines[k - 1] ?? '';
      if (prev.trim() === '' || prev.trimStart().startsWith('#')) continue;
      const pm = KEY_LINE.exec(prev);
      if (!pm) continue;
      above.push({ line: k, column: (pm[1] ?? '').length + (pm[2] ?? '').length, opens: /:\s*([|>][-+]?)?\s*(#.*)?$/.test(prev) });
      if ((pm[1] ?? '').length === 0 && !pm[2]) break;
    }
    // Aligned with a key above, or the first key of the block the previous key opens: not the cause.
    if (above.length === 0 || above.some((a) => a.column === column) || (above[0]?.opens && column > (above[0]?.column ?? 0))) continue;
    const nearest = above.reduce((best, a) => (Math.abs(a.column - column) < Math.abs(best.column - column) ? a : best));
    return { kind: 'indent', line: n, col: column + 1, indent: column, alignLine: nearest.line, align: nearest.column };
  }
  return undefined;
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  key: string | undefined,
  at: (offset: number) => Location & { excerpt: string },
  firstLine: number,
  fileLines: readonly string[],
  file: string,
) {
  for (let p = [...path]; ; p = p.slice(0, -1)) {
    const node = (p.length === 0 ? doc.contents : doc.getIn(p as unknown[], true)) as Node | null | undefined;
    if (key !== undefined && p.length === path.length && isMap(node)) {
      const pair = node.items.find((i) => isPair(i) && isScalar(i.key) && i.key.value === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return at(range[0]);
    }
    if (node?.range) return at(node.range[0]);
    if (p.length === 0) return { file, line: firstLine, column: 1, excerpt: fileLines[firstLine - 1] ?? '' };
  }
}

/** A piece of text a YAML file holds: a mapping key, a scalar value or a comment, with its place. */
export interface YamlText {
  kind: 'key' | 'value' | 'comment';
  /** A string scalar's value; another scalar's source as written (a number keeps its leading zeros); a comment after its `#`. */
  text: string;
  /** The nearest mapping key above the piece (for a value, the key it sits under), when it is a string. */
  key?: string;
  /** The offset in the YAML source of the character at `index` of `text` (`text.length`: where it ends). */
  offsetOf: (index: number) => number;
}

/**
 * Every key, scalar value and comment of a YAML text, each with a map from its characters back to the
 * source, and the line and column (1-based) of a source offset. Nothing is refused here: a text that
 * does not parse gives what the parser could read. Linear in the size of the text.
 */
export function yamlTexts(yaml: string): { texts: YamlText[]; position: (offset: number) => { line: number; column: number } } {
  const lineCounter = new LineCounter();
  // One parse: the CST gives the comments, the documents composed from it the keys and values.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(yaml)];
  const texts: YamlText[] = [];
  collectComments(tokens, texts);
  for (const doc of new Composer({ prettyErrors: false, uniqueKeys: false }).compose(tokens)) collectScalars(doc, yaml, texts);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { texts, position };
}

/** Adds every scalar of a document, key or value, to `texts`. */
function collectScalars(doc: Document.Parsed, yaml: string, texts: YamlText[]): void {
  visit(doc, {
    Scalar(key, node, path) {
      if (!node.range) return;
      const [start, end] = node.range;
      const source = yaml.slice(start, end);
      const pair = [...path].reverse().find(isPair);
      const under = pair && isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
      const kind = key === 'key' ? 'key' : 'value';
      const piece = { kind, ...(under === undefined || kind === 'key' ? {} : { key: under }) } as const;
      const value = node.value;
      if (typeof value !== 'string') {
        texts.push({ ...piece, text: source, offsetOf: (i) => start + Math.min(i, source.length) });
        return;
      }
      const offsets = alignScalar(value, source, node.type);
      texts.push({ ...piece, text: value, offsetOf: (i) => start + (offsets[Math.min(i, value.length)] ?? source.length) });
    },
  });
}

/** Adds every comment token of a CST (a tree of plain objects) to `texts`. */
function collectComments(tokens: Iterable<unknown>, texts: YamlText[]): void {
  const stack: unknown[] = [];
  for (const token of tokens) stack.push(token);
  while (stack.length > 0) {
    const token = stack.pop();
    // One at a time: a flow sequence may hold half a million items, too many to spread as arguments.
    if (Array.isArray(token)) for (const item of token) stack.push(item);
    else if (token !== null && typeof token === 'object') {
      const { type, source, offset } = token as { type?: unknown; source?: unknown; offset?: unknown };
      if (type === 'comment' && typeof source === 'string' && typeof offset === 'number') {
        const text = source.slice(1);
        texts.push({ kind: 'comment', text, offsetOf: (i) => offset + 1 + Math.min(i, text.length) });
      } else for (const value of Object.values(token)) if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
}

/** Length of the escape sequence at `src[j]` (a backslash) in a double-quoted scalar, and the UTF-16 units it stands for. */
function escapeAt(src: string, j: number): { length: number; units: number } {
  const c = src[j + 1];
  if (c === 'x') return { length: 4, units: 1 };
  if (c === 'u') return { length: 6, units: 1 };
  if (c === 'U') return { length: 10, units: Number.parseInt(src.slice(j + 2, j + 10), 16) > 0xffff ? 2 : 1 };
  if (c === '\n' || c === '\r') return { length: 2, units: 0 };
  return { length: 2, units: 1 };
}

/**
 * For each index of a scalar's value, its offset in the scalar's source (quotes, escapes, indentation
 * and folded line breaks skipped). One pass: every step moves on in the value or in the source.
 */
function alignScalar(value: string, src: string, type: Scalar['type']): number[] {
  const offsets: number[] = [];
  let j = 0;
  if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) j = 1;
  else if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) j = src.indexOf('\n') + 1 || src.length;
  for (let i = 0; i < value.length; ) {
    const c = value[i];
    const s = src[j];
    if (s === undefined) {
      offsets[i++] = src.length;
    } else if (type === Scalar.QUOTE_DOUBLE && s === '\\') {
      const { length, units } = escapeAt(src, j);
      for (let u = 0; u < units && i < value.length; u++) offsets[i++] = j;
      j += length;
    } else if (s === c) {
      offsets[i++] = j++;
      if (type === Scalar.QUOTE_SINGLE && c === "'" && src[j] === "'") j++;
    } else if (s === ' ' || s === '\t' || s === '\n' || s === '\r') {
      j++;
    } else {
      offsets[i++] = j;
    }
  }
  offsets[value.length] = j;
  return offsets;
}
