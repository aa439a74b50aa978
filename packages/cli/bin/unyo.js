#!/usr/bin/env node
// The unyo command. `npm ci` compiles the CLI ahead of time into dist/ (scripts/build-cli.mjs), so a
// command starts without transpiling. When a source file has changed since (a developer's edit), or
// dist/ is missing, it runs the TypeScript sources through tsx instead: never stale code.
import { compiledIsCurrent } from './current.js';

// A reader that closes the pipe early (`unyo catalog | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const DIST = new URL('../dist/', import.meta.url);

let main;
if (process.env.UNYO_FROM_SOURCE !== '1' && compiledIsCurrent(DIST)) {
  ({ main } = await import(new URL('main.js', DIST).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/main.ts'));
}
// In a terminal, questions are asked with @clack/prompts (a list to pick from with the arrow keys, or a line
// of text); in scripts and CI there is no terminal and commands take their values from flags.
const terminal = process.stdin.isTTY && process.stdout.isTTY ? await import('@clack/prompts') : undefined;
/** A prompt's answer, or the end of the command when the person pressed Ctrl+C / Esc. */
const answered = (value) => {
  if (terminal?.isCancel(value)) {
    terminal.cancel('中止しました。ファイルは作成・変更していません。');
    process.exit(130);
  }
  return value;
};
const message = (question) => question.replace(/[:：]\s*$/, '');
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => Date.now(),
  ...(terminal
    ? {
        ask: async (question) => String(answered(await terminal.text({ message: message(question), defaultValue: '' })) ?? ''),
        choose: async (question, choices) =>
          String(
            answered(
              await terminal.select({
                message: `${message(question)}（↑↓ で選び Enter）`,
                options: choices.map((c) => ({ value: c.value, label: c.label, ...(c.hint ? { hint: c.hint } : {}) })),
                showInstructions: false,
              }),
            ),
          ),
      }
    : {}),
});
