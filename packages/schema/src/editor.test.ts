// What VS Code shows: every record and settings file validated by yaml-language-server (the engine of
// the YAML extension) against the schemas .vscode/settings.json maps it to, with no error or warning.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
// The language service itself, without a server process (the package exports no narrower entry).
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const service = async () => {
  const mapping = JSON.parse(await readFile(path.join(root, '.vscode', 'settings.json'), 'utf8'))['yaml.schemas'] as Record<string, string[]>;
  const schemas = await Promise.all(
    Object.entries(mapping).map(async ([file, fileMatch]) => ({
      uri: pathToFileURL(path.join(root, file)).toString(),
      fileMatch,
      schema: JSON.parse(await readFile(path.join(root, file), 'utf8')) as object,
    })),
  );
  const ls = getLanguageService({
    schemaRequestService: (uri: string) => readFile(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  ls.configure({ validate: true, schemas });
  return ls;
};

// The service caches parsed documents by URI and version: every text gets a version of its own.
let version = 0;

const diagnostics = async (ls: Awaited<ReturnType<typeof service>>, file: string, text: string) =>
  (await ls.doValidation(TextDocument.create(pathToFileURL(path.join(root, file)).toString(), 'yaml', ++version, text), false))
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map((d) => `${file}:${d.range.start.line + 1} ${d.message}`);

/** The lines that have a diagnostic, once each. */
const lines = (found: string[]) => [...new Set(found.map((d) => Number(/:(\d+) /.exec(d)?.[1])))].sort((a, b) => a - b);

describe('the YAML extension of VS Code', () => {
  it('shows no error or warning in any record or settings file of the repo', async () => {
    const ls = await service();
    const files = (
      await Promise.all(['records', 'settings'].map(async (dir) => (await readdir(path.join(root, dir), { recursive: true })).map((f) => `${dir}/${f.split(path.sep).join('/')}`)))
    )
      .flat()
      .filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(400);
    const found: string[] = [];
    for (const file of files) found.push(...(await diagnostics(ls, file, await readFile(path.join(root, file), 'utf8'))));
    expect(found).toEqual([]);
  });

  it('flags what unyo check refuses: a date where a date-time is due, an unknown key, an hours pair of three', async () => {
    const ls = await service();
    const job = 'id: JOB-2026-0901\nkind: job-run\nitems: [98]\nat: 2026-11-07\nby: op-ito\nresult: success\ncolour: red\n';
    expect(lines(await diagnostics(ls, 'records/job-run/2026/11/JOB-2026-0901.yaml', job))).toEqual([4, 7]);
    const calendar = 'hours: { tue: ["09:30", "19:00", "20:00"] }\nyearEnd: { from: "12-29", to: "01-03" }\nclosures: []\noffice: { days: [mon], hours: ["08:30", "17:15"] }\n';
    expect(lines(await diagnostics(ls, 'settings/calendar.yaml', calendar))).toEqual([1]);
  });
});
