import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkAppendOnly, checkSettingsHistory, checkTrackedSymlinks, checkWorkspace } from '@unyo/check';
import { ShallowCloneError, UnknownBaseError, recordChanges, settingsAt, trackedSymlinks } from '@unyo/history';
import { createProblem, formatProblemsGithub, formatProblemsText, sortProblems, type Problem } from '@unyo/problems';
import { SETTINGS_FILES } from '@unyo/read';
import { IsoDateTimeSchema, instant } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { openRepo } from '../root.ts';

export const CHECK_HELP = `unyo check — runbook と記録（records/）・設定（settings/）を検証し、すべての問題を報告します
  --base <ref>      Git の比較元（例: origin/main）。記録の削除、クローズ済み記録の変更、
                    時系列の書き換え、id の再利用、記録が参照する設定（担当者・館・機器）の削除と
                    担当者の名前の書き換えを報告します（追記のみの原則）
  --now <日時>      この日時より後の記録を「未来」とします（既定: 現在時刻）
  --json            結果を JSON で出力（CI・他のツール向け）
  --format <形式>   text（既定）、json、github（GitHub Actions の注釈）
  --root <dir>      リポジトリのルート（既定: 上位の runbooks/ を探す）
終了コード: 0 問題なし、1 問題あり、2 使い方の誤り・内部エラー
Validates runbooks, records and settings and reports every problem (file:line:col CODE message hint).`;

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values } = parseOptions(
    args,
    { json: { type: 'boolean' }, format: { type: 'string' }, root: { type: 'string' }, base: { type: 'string' }, now: { type: 'string' } },
    'check',
  );
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'json', 'github'].includes(format)) {
    throw new UsageError(`--format ${format} は使えません。text、json、github のいずれかを指定してください。`);
  }
  if (values.now !== undefined && !IsoDateTimeSchema.safeParse(values.now).success) {
    throw new UsageError(`--now ${values.now} は使えません。2026-11-30T18:00+09:00 の形で指定してください。`);
  }
  const now = values.now === undefined ? Date.now() : instant(values.now);
  const ws = await openRepo(io.cwd, values.root);
  const loaded = await ws.load();
  const { root, runbooks, records } = loaded;
  const problems: Problem[] = checkWorkspace(loaded, now);
  problems.push(...checkTrackedSymlinks(await trackedSymlinks(root)));
  if (values.base !== undefined) {
    try {
      const { changes } = await recordChanges(root, values.base, records.files);
      problems.push(...checkAppendOnly(changes, records.records, { now }));
      const files = [SETTINGS_FILES.people, SETTINGS_FILES.sites, SETTINGS_FILES.devices];
      const current = new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(root, f), 'utf8').catch(() => undefined)] as const)));
      problems.push(...checkSettingsHistory(await settingsAt(root, values.base, files), current, records));
    } catch (error) {
      const at = { file: '.git', line: 1, column: 1 };
      if (error instanceof ShallowCloneError) problems.push(createProblem('git-shallow', at, { base: values.base }));
      else if (error instanceof UnknownBaseError) problems.push(createProblem('git-base-unknown', at, { base: values.base }));
      else throw error;
    }
  }
  sortProblems(problems);
  const checked = `runbook ${runbooks.files.length} 件、記録 ${records.files.length} 件`;
  const files = new Set(problems.map((p) => p.file)).size;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: problems.length === 0, checked: { runbooks: runbooks.files.length, records: records.files.length }, problems }, null, 2)}\n`);
  } else if (format === 'github') {
    if (problems.length > 0) io.stdout(`${formatProblemsGithub(problems)}\n`);
  } else if (problems.length === 0) {
    io.stdout(`${checked}を確認しました。問題はありません。\n`);
  } else {
    io.stdout(`${formatProblemsText(problems)}\n\n問題 ${problems.length} 件（${files} ファイル）。${checked}を確認しました。\n`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}
