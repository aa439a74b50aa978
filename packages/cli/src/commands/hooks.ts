import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hookPath } from '@unyo/history';
import { parseOptions } from '../args.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { findRoot } from '../root.ts';

export const HOOKS_HELP = `unyo hooks — Git の pre-commit フック（コミットの前に unyo check --staged を実行）を管理します
  unyo hooks install     .git/hooks/pre-commit を作ります。コミットするたびに、ステージした内容を検証し、
                         問題があればコミットを止めます（npm ci の後ならグローバルなインストールは不要）
  unyo hooks uninstall   unyo が作った pre-commit フックだけを削除します
  --root <dir>           リポジトリのルート（既定: 上位の runbooks/ を探す）
既にほかの pre-commit フックがあるときは上書きせず、書き足す 1 行を案内します。
一度だけ検証を飛ばすには git commit --no-verify。
Manages a pre-commit hook that runs unyo check --staged; never overwrites a hook it did not write.`;

/** The line that marks a hook as unyo's: uninstall removes a hook only when it carries it. */
export const HOOK_MARKER = '# unyo pre-commit hook';

/** The command the hook runs: the repo's own unyo (npm ci installs it), never a global one. */
export const HOOK_COMMAND = 'npx --no-install unyo check --staged';

export const HOOK_SCRIPT = `#!/bin/sh
${HOOK_MARKER}: written by \`unyo hooks install\`, removed by \`unyo hooks uninstall\`.
# Checks what the next commit holds (the staged content) and stops the commit when it has problems.
# Skip it once with: git commit --no-verify
exec ${HOOK_COMMAND}
`;

export async function runHooks(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { root: { type: 'string' } }, 'hooks', true);
  const [action, ...rest] = positionals;
  if ((action !== 'install' && action !== 'uninstall') || rest.length > 0) {
    throw new UsageError('unyo hooks install または unyo hooks uninstall と指定してください。\n使い方: unyo help hooks');
  }
  const root = await findRoot(io.cwd, values.root);
  const file = await hookPath(root, 'pre-commit');
  if (file === undefined) throw new UsageError(`${root} は Git のリポジトリではありません。git clone したフォルダーの中で実行してください。`);
  const shown = path.relative(root, file) || file;
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  const ours = existing?.includes(HOOK_MARKER) ?? false;
  if (action === 'install') {
    if (existing !== undefined && !ours) {
      throw new UsageError(
        `${shown} には unyo が作っていない pre-commit フックがあるため、上書きしません。\n` +
          `そのフックの最後に次の 1 行を書き足すと、コミットの前に検証します:\n  ${HOOK_COMMAND} || exit 1`,
      );
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, HOOK_SCRIPT);
    await chmod(file, 0o755);
    io.stdout(`${shown} を${ours ? '更新' : '作成'}しました。コミットの前にステージした内容を unyo check --staged で検証します。\n`);
    return EXIT.ok;
  }
  if (existing === undefined) {
    io.stdout(`${shown} はありません。削除するものはありません。\n`);
    return EXIT.ok;
  }
  if (!ours) throw new UsageError(`${shown} は unyo が作ったフックではないため、削除しません。`);
  await rm(file);
  io.stdout(`${shown} を削除しました。\n`);
  return EXIT.ok;
}
