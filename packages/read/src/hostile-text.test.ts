import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeText } from './decode.ts';
import { parseYamlFile } from './yaml-file.ts';

const FILE = 'records/job-run/2026/11/JOB-2026-0001.yaml';
const bytes = (text: string) => new TextEncoder().encode(text);
const loose = z.record(z.string(), z.unknown());

describe('tags and invisible characters are one clear problem each, never silently accepted', () => {
  it.each([
    ['a custom tag', 'result: !foo success\n', '!foo', 1, 9],
    ['a non-core standard tag', 'note: ok\nblob: !!binary aGVsbG8=\n', '!!binary', 2, 7],
    ['a tag on a mapping', 'counts: !custom\n  a: 1\n', '!custom', 1, 9],
  ])('%s', (_what, text, tag, line, column) => {
    const read = parseYamlFile(FILE, bytes(text), loose);
    expect(read.value).toBeUndefined();
    expect(read.problems.map((p) => [p.code, p.line, p.column, p.message.includes(tag)])).toEqual([['yaml-tag', line, column, true]]);
  });

  it('accepts the core tags written out', () => {
    const read = parseYamlFile(FILE, bytes('a: !!str 12\nb: !!int "3"\n'), loose);
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual({ a: '12', b: 3 });
  });

  it('names each bidirectional override and zero-width character by its code point, where it is', () => {
    const { text, problems } = decodeText(FILE, bytes('id: JOB-2026-0001\nnote: 記載\u202e作業\u200b件数\nby: a\u2066b\n'));
    expect(text).toBeDefined();
    expect(problems.map((p) => [p.code, p.line, p.column, p.message.match(/U\+[0-9A-F]{4}/)?.[0]])).toEqual([
      ['text-invisible-char', 2, 9, 'U+202E'],
      ['text-invisible-char', 2, 12, 'U+200B'],
      ['text-invisible-char', 3, 6, 'U+2066'],
    ]);
    // The excerpt shows a visible stand-in, one for one, so the caret stays under the character.
    expect(problems[0]?.excerpt).toBe('note: 記載\uFFFD作業\uFFFD件数');
  });

  it('reports at most 20 per file', () => {
    expect(decodeText(FILE, bytes(`note: ${'\u200b'.repeat(500)}\n`)).problems).toHaveLength(20);
  });

  it('leaves ordinary Japanese text alone (full-width space, long vowel mark, emoji)', () => {
    expect(decodeText(FILE, bytes('note: 中央図書館　カウンター ー 😀\n')).problems).toEqual([]);
  });
});
