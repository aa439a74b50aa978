import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Choice } from './io.ts';
import { UsageError } from './io.ts';
import { resolvePerson } from './person.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'unyo-person-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const PEOPLE = [
  { id: 'op-sato', name: '佐藤 美咲', role: 'operator' as const, active: true },
  { id: 'se-kato', name: '加藤 健', role: 'se' as const, active: true },
  { id: 'op-old', name: '退職 者', role: 'operator' as const, active: false },
];

describe('resolvePerson', () => {
  it('in a terminal, offers the active people by name when git does not say who is recording', async () => {
    let offered: Choice[] = [];
    const by = await resolvePerson(dir, undefined, PEOPLE, {
      choose: async (_question, choices) => {
        offered = choices;
        return 'se-kato';
      },
    });
    expect(by).toBe('se-kato');
    expect(offered.map((c) => [c.value, c.label, c.hint])).toEqual([
      ['op-sato', '佐藤 美咲', 'オペレーター・op-sato'],
      ['se-kato', '加藤 健', 'SE・se-kato'],
    ]);
  });

  it('in a script, says how to name the person instead of guessing', async () => {
    await expect(resolvePerson(dir, undefined, PEOPLE)).rejects.toThrow(UsageError);
    await expect(resolvePerson(dir, undefined, PEOPLE)).rejects.toThrow('--by <担当者id>');
  });

  it('takes --by when it names a person, and refuses one that does not', async () => {
    expect(await resolvePerson(dir, 'op-sato', PEOPLE)).toBe('op-sato');
    await expect(resolvePerson(dir, 'op-nobody', PEOPLE)).rejects.toThrow('settings/people.yaml にありません');
  });
});
