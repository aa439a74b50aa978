import { createProblem, type Location, type Problem } from '@unyo/problems';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

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
    const code = error.code === 'TAB_AS_INDENT' ? 'yaml-tab' : 'yaml-syntax';
    const detail = YAML_ERROR_DETAIL[error.code] ?? error.message.split('\n')[0] ?? error.code;
    const location = at(error.pos[0]);
    const problem =
      code === 'yaml-tab' ? createProblem('yaml-tab', location) : createProblem('yaml-syntax', location, { detail });
    return { value: undefined, locate, problems: [problem] };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locate, problems: [] };
  } catch {
    return { value: undefined, locate, problems: [createProblem('yaml-alias', at(0))] };
  }
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
