import { describe, expect, it } from 'vitest';
import { yamlTexts } from './yaml-source.ts';

/** Each piece as "kind key? text @line:column of the character found by `at`". */
const pieces = (yaml: string, at: (text: string) => number) => {
  const { texts, position } = yamlTexts(yaml);
  return texts
    .map((t) => {
      const { line, column } = position(t.offsetOf(Math.max(at(t.text), 0)));
      return { kind: t.kind, key: t.key, text: t.text, line, column, source: yaml.slice(t.offsetOf(Math.max(at(t.text), 0))).slice(0, 4) };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
};

describe('yamlTexts', () => {
  it('gives every key, value and comment, numbers as written', () => {
    const yaml = '# 先頭\nid: JOB-2026-0001 # 行末\ncount: 0312345678\nflag: true\nlist: [a, 2100012345]\n';
    expect(pieces(yaml, () => 0).map((p) => [p.kind, p.key, p.text, `${p.line}:${p.column}`])).toEqual([
      ['comment', undefined, ' 先頭', '1:2'],
      ['key', undefined, 'id', '2:1'],
      ['value', 'id', 'JOB-2026-0001', '2:5'],
      ['comment', undefined, ' 行末', '2:20'],
      ['key', undefined, 'count', '3:1'],
      ['value', 'count', '0312345678', '3:8'],
      ['key', undefined, 'flag', '4:1'],
      ['value', 'flag', 'true', '4:7'],
      ['key', undefined, 'list', '5:1'],
      ['value', 'list', 'a', '5:8'],
      ['value', 'list', '2100012345', '5:11'],
    ]);
  });

  it('maps a character of a value back through quotes, escapes, block scalars and folding', () => {
    const yaml = [
      'a: "\\u3000\\t x 090"',
      "b: 'it''s 090'",
      'c: |',
      '  一行目',
      '  二行目 090',
      'd: >-',
      '  折り返し',
      '  090',
      'e: plain',
      '  continued 090',
      '',
    ].join('\n');
    const found = pieces(yaml, (t) => t.indexOf('090')).filter((p) => p.kind === 'value');
    expect(found.map((p) => `${p.key} ${p.line}:${p.column} ${p.source}`)).toEqual([
      'a 1:16 090"',
      "b 2:11 090'",
      'c 5:7 090\n',
      'd 8:3 090\n',
      'e 10:13 090\n',
    ]);
  });

  it('reads what it can of a text that does not parse, without throwing', () => {
    expect(() => yamlTexts('a: [1, 2\nb: "open\n# note\n')).not.toThrow();
    expect(yamlTexts('a: [1, 2\n# note 090\n').texts.some((t) => t.kind === 'comment' && t.text.includes('090'))).toBe(true);
  });
});
