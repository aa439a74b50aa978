import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '@unyo/problems';
import { parseRunbook, readRecords, readRunbooks, readSettings, type RunbookSet } from '@unyo/read';
import { describe, expect, it } from 'vitest';
import { noPersonalData } from './records/personal-data.ts';
import { noPersonalDataInRunbooks } from './runbook-personal-data.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const FILE = 'runbooks/operations/business/088-overdue-postcards.md';
/** The repo's runbook of item 88 with two careless lines added after its last line. */
const LAST = readFileSync(path.join(REPO, FILE), 'utf8').split('\n').length - 1;
const RUNBOOK = `${readFileSync(path.join(REPO, FILE), 'utf8')}2. 宛先不明で戻ったはがきは、山田 太郎様（０９０－１２３４－５６７８）のように書かず、件数だけを記録する。
3. 問い合わせ先: taro [at] example.jp
`;

const screenRunbook = (text: string) => {
  const parsed = parseRunbook(FILE, new TextEncoder().encode(text));
  const set: RunbookSet = { runbooks: parsed.runbook ? [parsed.runbook] : [], files: [], invalidIds: [], problems: parsed.problems };
  const problems: Problem[] = [];
  noPersonalDataInRunbooks(set, problems, {});
  return { parsed, problems };
};

describe('noPersonalDataInRunbooks', () => {
  it('reports personal data in a runbook body at its line and column, masked', () => {
    const { parsed, problems } = screenRunbook(RUNBOOK);
    expect(parsed.problems).toEqual([]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message} | ${p.excerpt}`)).toEqual([
      `runbooks/operations/business/088-overdue-postcards.md:${LAST + 1}:17 personal-data-runbook 手順書の本文に利用者の個人情報と思われる氏名「山＊＊＊」があります。 | 2. 宛先不明で戻ったはがきは、＊＊ ＊＊様（＊＊＊－＊＊＊＊－＊＊＊＊）のように書かず、件数だけを記録する。`,
      `runbooks/operations/business/088-overdue-postcards.md:${LAST + 1}:24 personal-data-runbook 手順書の本文に利用者の個人情報と思われる電話番号「***－****－５６７８」があります。 | 2. 宛先不明で戻ったはがきは、＊＊ ＊＊様（＊＊＊－＊＊＊＊－＊＊＊＊）のように書かず、件数だけを記録する。`,
      `runbooks/operations/business/088-overdue-postcards.md:${LAST + 2}:12 personal-data-runbook 手順書の本文に利用者の個人情報と思われるメールアドレス「t***@***.jp」があります。 | 3. 問い合わせ先: **** **** *******.**`,
    ]);
  });

  it('accepts masked examples', () => {
    const { problems } = screenRunbook(RUNBOOK.replace(/2\. 宛先.*\n3\. .*\n/, '2. 電話番号は 03-xxxx-xxxx、氏名は「利用者A」と書く。\n'));
    expect(problems).toEqual([]);
  });
});

describe('the repo', () => {
  it('has no personal data in its sample records and runbooks (no false positives)', async () => {
    const [records, runbooks, { settings }] = await Promise.all([readRecords(REPO), readRunbooks(REPO), readSettings(REPO)]);
    expect(records.records.length).toBeGreaterThan(100);
    expect(runbooks.runbooks).toHaveLength(101);
    const problems: Problem[] = [];
    noPersonalData({ records, settings, itemIds: new Set(), now: Date.now() }, problems);
    noPersonalDataInRunbooks(runbooks, problems, {});
    expect(problems.map((p) => `${path.normalize(p.file)}:${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });
});
