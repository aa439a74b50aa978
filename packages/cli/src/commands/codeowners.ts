import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeownersText } from '@unyo/check';
import { formatProblemsText } from '@unyo/problems';
import { CODEOWNERS_FILE } from '@unyo/workspace';
import { parseOptions } from '../args.ts';
import { EXIT, type Io } from '../io.ts';
import { openRepo } from '../root.ts';

export const CODEOWNERS_HELP = `unyo codeowners — .github/CODEOWNERS（プルリクエストのレビュー担当）を settings/people.yaml の役割から作ります
  手順書（runbooks/）とサービスレベル定義（settings/sla.yaml）: SE・PL・PM、記録（records/）: オペレーター・SE・PL、
  ほかの設定（settings/）: PM。GitHub のユーザー名は people.yaml の github、なければ git のメールアドレスを使います。
  --write          .github/CODEOWNERS に書く（既定は標準出力に表示）。unyo check は古い CODEOWNERS を報告します
  --root <dir>     リポジトリのルート
Writes .github/CODEOWNERS from the people settings: runbooks and SLA need an SE or the PM, records an operator or an SE, settings the PM.`;

export async function runCodeowners(args: string[], io: Io): Promise<number> {
  const { values } = parseOptions(args, { write: { type: 'boolean' }, root: { type: 'string' } }, 'codeowners');
  const ws = await openRepo(io.cwd, values.root);
  const { settings, problems } = await ws.settings();
  const people = problems.filter((p) => p.file === 'settings/people.yaml');
  if (people.length > 0) {
    io.stderr(`${formatProblemsText(people)}\n\nsettings/people.yaml を直してから再実行してください。\n`);
    return EXIT.problems;
  }
  const text = codeownersText(settings.people);
  if (!values.write) {
    io.stdout(text);
    return EXIT.ok;
  }
  const file = path.join(ws.root, CODEOWNERS_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  io.stdout(`${CODEOWNERS_FILE} を書きました（${settings.people.filter((p) => p.active !== false).length} 人）。コミットしてください。\n`);
  return EXIT.ok;
}
