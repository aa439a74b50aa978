import { CalendarSchema, IncidentSchema } from '@unyo/schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlSource } from './yaml-source.ts';
import { validateWithSchema } from './zod-problems.ts';

const problems = (schema: z.ZodType, text: string) => {
  const source = parseYamlSource('x.yaml', text, 1, text.split('\n'));
  return validateWithSchema(schema, source.value, source.locate).problems.map((p) => ({ line: p.line, message: p.message, hint: p.hint }));
};

const GENERIC = '項目の書き方は README の「記録（records/）」と、同じ種類の既存の記録を参照してください（VS Code ではスキーマの説明が補完に出ます）。';

describe('a value the schema refuses', () => {
  it('is explained with the description the field carries, the one the editor shows', () => {
    const text = 'hours: {}\nyearEnd: { from: "12-29", to: "01-03" }\nclosures:\n  - { from: 2026-04-20T00:00:00+09:00, type: inspection, reason: 施設点検日 }\noffice: { days: [mon], hours: ["08:30", "17:15"] }\n';
    expect(problems(CalendarSchema, text)).toEqual([
      {
        line: 4,
        message: 'closures[0].from: 日付「2026-04-20T00:00:00+09:00」は使えません。2026-11-27 の形（半角数字、実在する日付）で書いてください。',
        hint: `closures[0].from は「最初の休館日（例: 2026-04-20）」です。${GENERIC}`,
      },
    ]);
  });

  it('names what a missing field is, and a field inside an optional list', () => {
    const found = problems(IncidentSchema.pick({ severity: true, pauses: true }), 'pauses:\n  - { from: 2026-11-02T11:00:00+09:00, waitingOn: us, reason: 確認待ち }\n');
    expect(found.map((p) => p.hint)).toEqual([
      `severity は「重要度: S1 重大 / S2 高 / S3 中 / S4 低」です。${GENERIC}`,
      `pauses[0].waitingOn は「待ち先: library 図書館 / third-party 第三者」です。${GENERIC}`,
    ]);
  });

  it('keeps the general hint for a field without a description', () => {
    expect(problems(z.strictObject({ n: z.int() }), 'n: x\n')[0]?.hint).toBe(GENERIC);
  });
});
