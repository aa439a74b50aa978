// Compiles the unyo CLI ahead of time, so that a command starts without transpiling TypeScript.
// Run by the root "prepare" script, that is by every `npm ci` / `npm install`.
//
// The bundle holds the CLI and the workspace packages (@unyo/*), whose sources are TypeScript;
// every other package stays an import from node_modules. `import.meta.url` in a source file is
// rewritten to that file's own URL (relative to the bundle), so paths such as the bundled
// templates and mermaid's script resolve as they do from the sources.
//
// Chunks sit beside main.js (one folder), so a rewritten URL is right whichever chunk holds the code.
// Beside the bundle, `manifest.json` lists every source file with its size and modification time.
// bin/unyo.js uses the bundle only while all of them are unchanged; after an edit it falls back to
// running the sources through tsx, so a developer never runs stale code.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(ROOT, 'packages/cli/dist'));
// Written beside the target, then moved in place: a build cut short never leaves a half bundle.
const temp = `${outdir}.tmp-${process.pid}`;

/** Keeps every bare import except the workspace packages outside the bundle. */
const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@unyo/') || args.path === 'unyo' ? undefined : { path: args.path, external: true }));
  },
};

/** Gives each bundled source file its own import.meta.url. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const relative = path.relative(outdir, args.path).split(path.sep).join('/');
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/** Bundles into a temporary folder beside outdir, writes the manifest, then moves it in place. */
async function compile() {
  const result = await build({
    entryPoints: [path.join(ROOT, 'packages/cli/src/main.ts')],
    outdir: temp,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    splitting: true,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [externals, ownUrl],
  });

  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs).sort()) {
    const file = path.resolve(ROOT, input);
    const info = await stat(file);
    inputs[path.relative(outdir, file).split(path.sep).join('/')] = { size: info.size, mtimeMs: info.mtimeMs };
  }
  await writeFile(path.join(temp, 'manifest.json'), `${JSON.stringify({ inputs }, null, 1)}\n`);
  await rm(outdir, { recursive: true, force: true });
  await rename(temp, outdir);
  process.stdout.write(`unyo: CLI compiled to ${path.relative(process.cwd(), outdir) || outdir} (${Object.keys(inputs).length} sources)\n`);
}

try {
  await compile();
} catch (error) {
  await rm(temp, { recursive: true, force: true });
  // From `npm ci` (no folder given) a failed compile must not fail the install: the CLI then runs from the sources.
  if (process.argv[2] !== undefined) throw error;
  process.stderr.write(`unyo: the CLI could not be compiled ahead of time (${error instanceof Error ? error.message.split('\n')[0] : error}); it will run from the TypeScript sources, slower to start.\n`);
}
