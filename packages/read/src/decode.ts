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
  return { text, problems };
}
