import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from './workspace.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A repo in a temporary folder with the given files. */
async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'unyo-workspace-'));
  dirs.push(root);
  await mkdir(path.join(root, 'runbooks'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

const SETTINGS = {
  'settings/sites.yaml': 'sites:\n  - { id: central, name: 中央図書館, type: central, staffed: true }\n',
  'settings/devices.yaml': 'devices: []\nbackupJobs: []\n',
  'settings/people.yaml': 'people:\n  - { id: sato, name: 佐藤, role: operator }\n',
};

describe('openWorkspace', () => {
  it('reads a part once, however often it is asked for', async () => {
    const ws = openWorkspace(await repo(SETTINGS));
    const [a, b] = await Promise.all([ws.settings(), ws.settings()]);
    expect(a).toBe(b);
    expect(a.settings.sites.map((s) => s.id)).toEqual(['central']);
    const loaded = await ws.load();
    expect(loaded.settings).toBe(a.settings);
    expect(await ws.load()).toBe(loaded);
  });

  it('a settings file the repo leaves out is absent, not a problem; a required one is a problem', async () => {
    const ws = openWorkspace(await repo({ 'settings/sites.yaml': SETTINGS['settings/sites.yaml'] }));
    const loaded = await ws.load();
    expect(loaded.calendar).toEqual({ file: 'settings/calendar.yaml', present: false, problems: [] });
    expect(loaded.sla.present).toBe(false);
    expect(loaded.roster.present).toBe(false);
    expect(loaded.deliverables.present).toBe(false);
    expect(loaded.problems.map((p) => [p.file, p.code])).toEqual([
      ['settings/devices.yaml', 'file-missing'],
      ['settings/people.yaml', 'file-missing'],
    ]);
  });

  it('a folder where a settings file belongs is present and a problem, located at the file', async () => {
    const root = await repo(SETTINGS);
    await mkdir(path.join(root, 'settings/sla.yaml'));
    const loaded = await openWorkspace(root).load();
    expect(loaded.sla.present).toBe(true);
    expect(loaded.sla.value).toBeUndefined();
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect(loaded.problems.every((p) => p.file === 'settings/sla.yaml')).toBe(true);
  });

  it('gathers the problems of every part, each at its file, line and column', async () => {
    const root = await repo({
      ...SETTINGS,
      'settings/calendar.yaml': 'hours: [\n',
      'records/incident/2026/11/INC-2026-0001.yaml': 'id: INC-2026-0001\nkind: incident\n',
    });
    const loaded = await openWorkspace(root).load();
    expect(loaded.calendar.present).toBe(true);
    expect(loaded.calendar.value).toBeUndefined();
    const files = new Set(loaded.problems.map((p) => p.file));
    expect(files).toEqual(new Set(['settings/calendar.yaml', 'records/incident/2026/11/INC-2026-0001.yaml']));
    expect(loaded.problems.find((p) => p.file === 'settings/calendar.yaml')?.line).toBe(2);
    for (const p of loaded.problems) expect(p.line).toBeGreaterThanOrEqual(1);
    expect(loaded.records.files).toEqual(['records/incident/2026/11/INC-2026-0001.yaml']);
  });
});
