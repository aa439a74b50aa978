import { checkRunbooks } from '@unyo/check';
import { formatProblemsGithub, formatProblemsText } from '@unyo/problems';
import { readRunbooks } from '@unyo/read';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { findRoot } from '../root.ts';

export const CHECK_HELP = `unyo check — runbook を検証し、すべての問題を報告します
  --json            結果を JSON で出力（CI・他のツール向け）
  --format <形式>   text（既定）、json、github（GitHub Actions の注釈）
  --root <dir>      リポジトリのルート（既定: 上位の runbooks/ を探す）
終了コード: 0 問題なし、1 問題あり、2 使い方の誤り・内部エラー
Validates every runbook and reports every problem (file:line:col CODE message hint).`;

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values } = parseOptions(args, { json: { type: 'boolean' }, format: { type: 'string' }, root: { type: 'string' } }, 'check');
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!['text', 'json', 'github'].includes(format)) {
    throw new UsageError(`--format ${format} は使えません。text、json、github のいずれかを指定してください。`);
  }
  const root = await findRoot(io.cwd, values.root);
  const set = await readRunbooks(root);
  const problems = checkRunbooks(set);
  const files = new Set(problems.map((p) => p.file)).size;
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: problems.length === 0, checked: { runbooks: set.files.length }, problems }, null, 2)}\n`);
  } else if (format === 'github') {
    if (problems.length > 0) io.stdout(`${formatProblemsGithub(problems)}\n`);
  } else if (problems.length === 0) {
    io.stdout(`runbook ${set.files.length} 件を確認しました。問題はありません。\n`);
  } else {
    io.stdout(`${formatProblemsText(problems)}\n\n問題 ${problems.length} 件（${files} ファイル）。runbook ${set.files.length} 件を確認しました。\n`);
  }
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}
