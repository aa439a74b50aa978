#!/usr/bin/env node
// The unyo command: runs the TypeScript sources through tsx, with no build step.
import { register } from 'tsx/esm/api';

// A reader that closes the pipe early (`unyo catalog | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import('../src/main.ts');
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
