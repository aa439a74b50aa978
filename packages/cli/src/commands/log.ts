import { recordLog } from '@unyo/history';
import { formatJst } from '@unyo/schema';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { findRoot } from '../root.ts';

export const LOG_HELP = `unyo log <記録id> — 記録の履歴（誰が・いつ・どのコミットで追加・変更したか）を表示します
  --json            JSON で出力
  --root <dir>      リポジトリのルート
Shows the history of one record from Git.`;

const STATUS: Record<string, string> = { A: '追加', M: '変更', D: '削除' };

export async function runLog(args: string[], io: Io): Promise<number> {
  const id = args.find((a) => !a.startsWith('-'));
  const { values } = parseOptions(args.filter((a) => a !== id), { json: { type: 'boolean' }, root: { type: 'string' } }, 'log');
  if (id === undefined || !/^[A-Z]+-[0-9-]+$/.test(id)) throw new UsageError('記録 id を指定してください（例: unyo log INC-2026-0101）。');
  const root = await findRoot(io.cwd, values.root);
  const entries = await recordLog(root, id);
  if (values.json) {
    io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  } else if (entries.length === 0) {
    io.stdout(`${id} の履歴はありません（まだコミットされていないか、id が違います）。\n`);
  } else {
    io.stdout(
      `${id} の履歴（古い順）\n` +
        entries.map((e) => `${e.commit.slice(0, 7)}  ${formatJst(Date.parse(e.date)).slice(0, 16).replace('T', ' ')}  ${STATUS[e.status] ?? e.status}  ${e.author} <${e.email}>  ${e.subject}\n    ${e.file}`).join('\n') +
        '\n',
    );
  }
  return entries.length === 0 ? EXIT.problems : EXIT.ok;
}
