// Start-up benchmark of the unyo command (issue 10 item 6). Run: npm run bench.
// Every figure is a median of several runs measured in this same run, and is reported as a ratio
// against a baseline measured beside it, because this machine is shared and noisy:
//   - `unyo help` (the compiled CLI) against `node -e 0`: target ≤ 3×;
//   - `unyo help` run from the TypeScript sources (tsx), for comparison with what the compile saves;
//   - `unyo check` on this repo against the same check run in-process plus the start-up of `unyo help`:
//     target ≤ 1.5×.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/unyo.js', import.meta.url));
const RUNS = Number(process.env.UNYO_BENCH_RUNS ?? 7);

execFileSync(process.execPath, [fileURLToPath(new URL('../../../scripts/build-cli.mjs', import.meta.url))], { stdio: 'inherit' });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall time (ms) of a child process, after one warm-up run. */
function timeProcess(args, env = {}) {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const elapsed = performance.now() - start;
    if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
    if (i > 0) times.push(elapsed);
  }
  return median(times);
}

/** Median time (ms) of `unyo check` run in-process by the compiled CLI, after one warm-up run. */
async function timeInProcessCheck() {
  const { main } = await import(new URL('../dist/main.js', import.meta.url).href);
  const io = { cwd: ROOT, stdout: () => {}, stderr: () => {}, now: () => Date.now() };
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    await main(['check'], io);
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

const node = timeProcess(['-e', '0']);
const help = timeProcess([BIN, 'help']);
const helpFromSource = timeProcess([BIN, 'help'], { UNYO_FROM_SOURCE: '1' });
const check = timeProcess([BIN, 'check']);
const inProcess = await timeInProcessCheck();

const row = (name, ms, baseline, target) =>
  `| ${name} | ${ms.toFixed(0)} ms | ${(ms / baseline).toFixed(2)}× | ${target ?? ''} |`;
process.stdout.write(
  [
    `unyo start-up, medians of ${RUNS} runs (after a warm-up run each)`,
    '',
    '| measured | median | ratio | target |',
    '| --- | --- | --- | --- |',
    row('node -e 0 (baseline)', node, node),
    row('unyo help (compiled)', help, node, `≤ 3× node -e 0: ${help / node <= 3 ? 'met' : 'NOT met'}`),
    row('unyo help (from the sources, tsx)', helpFromSource, node),
    row('unyo check, in-process + unyo help start-up (baseline)', inProcess + help, inProcess + help),
    row('unyo check (compiled, a new process)', check, inProcess + help, `≤ 1.5×: ${check / (inProcess + help) <= 1.5 ? 'met' : 'NOT met'}`),
    '',
  ].join('\n'),
);
