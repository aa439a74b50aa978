import { describe, expect, it } from 'vitest';
import { checkTrackedSymlinks } from './tracked-symlinks.ts';

describe('checkTrackedSymlinks', () => {
  it('reports each path Git holds as a link, at the path, and nothing for none', () => {
    expect(checkTrackedSymlinks([])).toEqual([]);
    expect(checkTrackedSymlinks([{ path: 'records', in: 'HEAD' }, { path: 'records/incident/2026/11', in: 'index' }])).toEqual([
      {
        file: 'records',
        line: 1,
        column: 1,
        code: 'git-symlink',
        title: 'Git 上のシンボリックリンク',
        message: 'records が Git にシンボリックリンク（mode 120000）として登録されています。',
        hint: '記録（records/ とその下のフォルダー・ファイル）は実際のフォルダーとファイルとしてコミットしてください（git rm --cached でリンクを外し、実体を git add します）。',
      },
      expect.objectContaining({ file: 'records/incident/2026/11', code: 'git-symlink' }),
    ]);
  });
});
