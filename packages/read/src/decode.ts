import { createProblem, type Problem } from '@unyo/problems';

export interface Decoded {
  /** The text with a BOM removed and CRLF turned into LF; undefined when the file is not usable text. */
  text: string | undefined;
  problems: Problem[];
}

const position = (text: string, index: number) => {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
};

/**
 * Decodes a file's bytes as UTF-8 text. An empty file, a binary file or bytes that are not UTF-8
 * give one problem and no text; a BOM or CRLF line endings give one problem each and are
 * normalised so that the rest of the file is still checked.
 */
export function decodeText(file: string, bytes: Uint8Array): Decoded {
  const at = (line: number, column: number) => ({ file, line, column });
  if (bytes.length === 0) return { text: undefined, problems: [createProblem('file-empty', at(1, 1))] };
  if (bytes.includes(0)) return { text: undefined, problems: [createProblem('file-binary', at(1, 1))] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const p = position(lossy, lossy.indexOf('\uFFFD'));
    return { text: undefined, problems: [createProblem('file-encoding', at(p.line, p.column))] };
  }
  const problems: Problem[] = [];
  if (text.startsWith('\uFEFF')) {
    problems.push(createProblem('file-bom', at(1, 1)));
    text = text.slice(1);
  }
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    const p = position(text, crlf);
    problems.push(createProblem('file-crlf', { ...at(p.line, p.column), excerpt: text.split('\n')[p.line - 1]?.replace(/\r$/, '') ?? '' }));
    text = text.replace(/\r\n/g, '\n');
  }
  if (text.trim() === '') return { text: undefined, problems: [...problems, createProblem('file-empty', at(1, 1))] };
  problems.push(...invisibleChars(file, text));
  return { text, problems };
}

/** Characters that change how text is shown without being seen: bidirectional overrides and zero-width ones. */
const INVISIBLE: Record<number, string> = {
  0x061c: 'アラビア文字の方向指定',
  0x200b: 'ゼロ幅スペース',
  0x200c: 'ゼロ幅非接合子',
  0x200d: 'ゼロ幅接合子',
  0x200e: '左から右への方向指定',
  0x200f: '右から左への方向指定',
  0x202a: '左から右への埋め込み',
  0x202b: '右から左への埋め込み',
  0x202c: '方向指定の終了',
  0x202d: '左から右への上書き',
  0x202e: '右から左への上書き',
  0x2060: 'ワードジョイナー',
  0x2066: '左から右への分離',
  0x2067: '右から左への分離',
  0x2068: '最初の強い文字による分離',
  0x2069: '方向分離の終了',
  0xfeff: 'ゼロ幅ノーブレークスペース（途中の BOM）',
};
const INVISIBLE_RE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** At most this many are reported per file (a pasted block may hold thousands). */
const MAX_INVISIBLE = 20;

/** One problem per invisible character (up to MAX_INVISIBLE), at its line and column, naming its code point. */
function invisibleChars(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  let line = 1;
  let lineStart = 0;
  for (const match of text.matchAll(INVISIBLE_RE)) {
    if (problems.length >= MAX_INVISIBLE) break;
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < match.index; nl = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    const code = match[0].codePointAt(0) ?? 0;
    const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    // Shown with each invisible character as �, one for one, so the line reads as stored and the caret stays in place.
    const excerpt = (lines[line - 1] ?? '').replace(INVISIBLE_RE, '\uFFFD');
    problems.push(createProblem('text-invisible-char', { file, line, column: match.index - lineStart + 1, excerpt }, { codePoint, name: INVISIBLE[code] ?? '制御文字' }));
  }
  return problems;
}
