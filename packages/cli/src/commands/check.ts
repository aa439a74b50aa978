import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkAppendOnly, checkSettingsHistory, checkTrackedSymlinks, checkWorkspace } from '@unyo/check';
import { ShallowCloneError, UnknownBaseError, isWorkTree, recordChanges, settingsAt, trackedSymlinks } from '@unyo/history';
import { createProblem, formatProblemsGithub, formatProblemsText, sortProblems, type Problem } from '@unyo/problems';
import { SETTINGS_FILES } from '@unyo/read';
import type { Workspace } from '@unyo/workspace';
import { IsoDateTimeSchema, instant } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { openRepo } from '../root.ts';
import { checkStaged, type StagedCheck } from '../staged-check.ts';

export const CHECK_HELP = `unyo check — runbook と記録（records/）・設定（settings/）を検証し、すべての問題を報告します
  --base <ref>      Git の比較元（例: origin/main）。記録の削除、クローズ済み記録の変更、
                    時系列の書き換え、id の再利用、記録が参照する設定（担当者・館・機器）の削除と
                    担当者の名前の書き換えを報告します（追記のみの原則）
  --staged          Git でステージした内容（次のコミットに入るもの）だけを検証します。作業ツリーの
                    未ステージの変更は見ません。ステージした記録を全項目検証し、参照・id の重複・
                    HEAD との比較（追記のみの原則）を確かめます（pre-commit フック向け: unyo hooks）
  --now <日時>      この日時より後の記録を「未来」とします（既定: 現在時刻）
  --json            結果を JSON で出力（CI・他のツール向け）
  --format <形式>   text（既定）、json、github（GitHub Actions の注釈）
  --root <dir>      リポジトリのルート（既定: 上位の runbooks/ を探す）
終了コード: 0 問題なし、1 問題あり、2 使い方の誤り・内部エラー
Validates runbooks, records and settings and reports every problem (file:line:col CODE message hint).`;

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values } = parseOptions(
    args,
    { json: { type: 'boolean' }, format: { type: 'string' }, root: { type: 'string' }, base: { type: 'string' }, now: { type: 'string' }, staged: { type: 'boolean' } },
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
  if (values.staged && values.base !== undefined) throw new UsageError('--staged と --base は同時に使えません。--staged は HEAD と比較します。');
  const ws = await openRepo(io.cwd, values.root);
  const { problems, checked: counts } = values.staged ? await checkIndex(ws.root, now) : await checkRepo(ws, now, values.base);
  sortProblems(problems);
  const checked = `runbook ${counts.runbooks} 件、記録 ${counts.records} 件`;
  const files = new Set(problems.map((p) => p.file)).size;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: problems.length === 0, checked: counts, problems }, null, 2)}\n`);
  } else if (format === 'github') {
    if (problems.length > 0) io.stdout(`${formatProblemsGithub(problems)}\n`);
  } else if (problems.length === 0) {
    io.stdout(`${checked}を確認しました。問題はありません。\n`);
  } else {
    io.stdout(`${formatProblemsText(problems)}\n\n問題 ${problems.length} 件（${files} ファイル）。${checked}を確認しました。\n`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}

/** --staged: the index only (see checkStaged), with the symbolic links Git holds. */
async function checkIndex(root: string, now: number): Promise<StagedCheck> {
  if (!(await isWorkTree(root))) throw new UsageError(`${root} は Git のリポジトリではないため、--staged で検証するステージした内容がありません。`);
  try {
    const found = await checkStaged(root, now);
    found.problems.push(...checkTrackedSymlinks(await trackedSymlinks(root)));
    return found;
  } catch (error) {
    if (!(error instanceof ShallowCloneError)) throw error;
    return { problems: [createProblem('git-shallow', { file: '.git', line: 1, column: 1 }, { base: 'HEAD' })], checked: { runbooks: 0, records: 0 } };
  }
}

/** The whole working tree, and with `base` the records and settings against it. */
async function checkRepo(ws: Workspace, now: number, base: string | undefined): Promise<StagedCheck> {
  const loaded = await ws.load();
  const { root, runbooks, records } = loaded;
  const problems: Problem[] = checkWorkspace(loaded, now);
  problems.push(...checkTrackedSymlinks(await trackedSymlinks(root)));
  if (base !== undefined) {
    try {
      const { changes } = await recordChanges(root, base, records.files);
      problems.push(...checkAppendOnly(changes, records.records, { now }));
      const files = [SETTINGS_FILES.people, SETTINGS_FILES.sites, SETTINGS_FILES.devices];
      const current = new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(root, f), 'utf8').catch(() => undefined)] as const)));
      problems.push(...checkSettingsHistory(await settingsAt(root, base, files), current, records));
    } catch (error) {
      const at = { file: '.git', line: 1, column: 1 };
      if (error instanceof ShallowCloneError) problems.push(createProblem('git-shallow', at, { base }));
      else if (error instanceof UnknownBaseError) problems.push(createProblem('git-base-unknown', at, { base }));
      else throw error;
    }
  }
  return { problems, checked: { runbooks: runbooks.files.length, records: records.files.length } };
}
