import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRecords } from './read-records.ts';

const JOB = [
  'id: JOB-2026-0001',
  'kind: job-run',
  'items: [68]',
  'at: 2026-11-02T10:00:00+09:00',
  'by: op-sato',
  'result: success',
  '',
].join('\n');

describe('readRecords: the evidence tree is real folders and files', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'unyo-read-records-'));
    await mkdir(path.join(root, 'elsewhere/job-run/2026/11'), { recursive: true });
    await writeFile(path.join(root, 'elsewhere/job-run/2026/11/JOB-2026-0001.yaml'), JOB);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const brief = async () => {
    const set = await readRecords(root);
    return { files: set.files, problems: set.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`) };
  };

  // Failed before issue 11: readdir followed the link, and the records elsewhere passed as records/.
  it('refuses a link named records, reading nothing through it', async () => {
    await symlink('elsewhere', path.join(root, 'records'));
    expect(await brief()).toEqual({ files: [], problems: ['records:1:1 file-symlink シンボリックリンクです（リンク先: elsewhere）。リンクはたどりません。'] });
  });

  it('refuses a linked folder under records/, whatever its name', async () => {
    await mkdir(path.join(root, 'records/job-run/2026'), { recursive: true });
    await symlink('../../../elsewhere/job-run/2026/11', path.join(root, 'records/job-run/2026/11'));
    await symlink('../elsewhere', path.join(root, 'records/more'));
    expect(await brief()).toEqual({ files: ['records/job-run/2026/11', 'records/more'], problems: [
      'records/job-run/2026/11:1:1 file-symlink シンボリックリンクです（リンク先: ../../../elsewhere/job-run/2026/11）。リンクはたどりません。',
      'records/more:1:1 file-symlink シンボリックリンクです（リンク先: ../elsewhere）。リンクはたどりません。',
    ] });
  });

  it('refuses a linked file, with or without a .yaml name', async () => {
    await mkdir(path.join(root, 'records/job-run/2026/11'), { recursive: true });
    const target = '../../../../elsewhere/job-run/2026/11/JOB-2026-0001.yaml';
    await symlink(target, path.join(root, 'records/job-run/2026/11/JOB-2026-0001.yaml'));
    await symlink(target, path.join(root, 'records/job-run/2026/11/JOB-2026-0002.txt'));
    expect((await brief()).problems.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual([
      'records/job-run/2026/11/JOB-2026-0001.yaml:1:1 file-symlink',
      'records/job-run/2026/11/JOB-2026-0002.txt:1:1 file-symlink',
    ]);
  });

  it('reads real folders and files', async () => {
    await mkdir(path.join(root, 'records/job-run/2026/11'), { recursive: true });
    await writeFile(path.join(root, 'records/job-run/2026/11/JOB-2026-0001.yaml'), JOB);
    const set = await readRecords(root);
    expect({ files: set.files, ids: set.records.map((r) => r.record.id) }).toEqual({ files: ['records/job-run/2026/11/JOB-2026-0001.yaml'], ids: ['JOB-2026-0001'] });
  });
});
