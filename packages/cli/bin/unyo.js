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
const { createInterface } = await import('node:readline/promises');
const terminal = process.stdin.isTTY && process.stdout.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => Date.now(),
  ...(terminal ? { ask: (question) => terminal.question(question) } : {}),
});
terminal?.close();
