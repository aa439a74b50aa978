import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source.ts';

const parse = (text: string) => {
  const { problems } = parseYamlSource('records/incident/2026/11/INC-2026-0001.yaml', text, 1, text.split('\n'));
  return problems.map((p) => ({ code: p.code, line: p.line, column: p.column, message: p.message, hint: p.hint }));
};

describe('YAML mistakes made in an editor, in plain Japanese', () => {
  it('names a full-width colon after a key, where it is', () => {
    expect(parse('id: INC-2026-0001\nkind: incident\ntitle： 印字不良\n')).toMatchInlineSnapshot(`
      [
        {
          "code": "yaml-fullwidth",
          "column": 6,
          "hint": "日本語入力をオフにして、半角で打ち直してください（README の「記録（records/）」に例があります）。",
          "line": 3,
          "message": "キーのあとのコロンが全角（：）です。YAML は半角の「: 」（コロンと空白）でキーと値を分けます。",
        },
      ]
    `);
  });

  it('says which line a key out of line should align with', () => {
    expect(parse('id: INC-2026-0001\ntimeline:\n  - at: 2026-11-01T09:00:00+09:00\n    type: received\n   by: op-sato\n')).toMatchInlineSnapshot(`
      [
        {
          "code": "yaml-indent",
          "column": 4,
          "hint": "同じ階層の項目は、行頭の半角スペースの数を揃えます。「- 」で始まる一覧の中の項目は「- 」のあとの文字に揃えます。",
          "line": 5,
          "message": "この行のインデント（半角 3 文字）が前の行と揃っていません。同じ階層なら 4 行目と同じ半角 4 文字にしてください。",
        },
      ]
    `);
    expect(parse('id: INC-2026-0001\nsource:\n  type: site\n   site: aoba\n')[0]).toMatchObject({ code: 'yaml-indent', line: 4, message: expect.stringContaining('3 行目と同じ半角 2 文字') });
  });

  it('keeps full-width colons inside values and nested blocks that line up', () => {
    expect(parse('title: 件名：レシート\nsource:\n  type: site\n  site: aoba\n')).toEqual([]);
  });

  it('still names a tab, and a quote left open', () => {
    expect(parse('source:\n\ttype: site\n')[0]?.code).toBe('yaml-tab');
    expect(parse('title: "印字不良\n')[0]?.code).toBe('yaml-syntax');
  });
});

describe('a key written without its value', () => {
  it('says the value is missing, then what it may be', async () => {
    const { validateWithSchema } = await import('./zod-problems.ts');
    const { z } = await import('zod');
    const text = 'severity:\n';
    const source = parseYamlSource('x.yaml', text, 1, text.split('\n'));
    const { problems } = validateWithSchema(z.strictObject({ severity: z.enum(['S1', 'S2', 'S3', 'S4']) }), source.value, source.locate);
    expect(problems.map((p) => p.message)).toEqual(['severity: 値が書かれていません（「severity:」のあとが空です）。「S1」、「S2」、「S3」、「S4」 のいずれかである必要があります。']);
  });
});
