import { beforeAll, describe, expect, it } from 'vitest';
import type { SitePage } from './model.ts';
import { repoSiteInput } from './repo-site.test-helper.ts';
import { renderSite } from './site.ts';

let pages: SitePage[];
let page: string;
/** The rows of the table with this id, as the text of each cell (tags dropped). */
const rows = (id: string): string[][] => {
  const table = page.split(`<table id="${id}"`)[1]?.split('</table>')[0] ?? '';
  return [...(table.split('<tbody>')[1] ?? '').matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()));
};

beforeAll(async () => {
  pages = renderSite(await repoSiteInput());
  page = pages.find((p) => p.path === 'ledger-configuration.html')?.content ?? '';
});

describe('the configuration ledger page', () => {
  it('shows the current lists above the records', () => {
    expect(page.indexOf('インストールソフトウェア一覧（項番39）')).toBeGreaterThan(0);
    expect(page.indexOf('テープ媒体（項番42）')).toBeGreaterThan(page.indexOf('インストールソフトウェア一覧（項番39）'));
    expect(page.indexOf('権限一覧のレビュー（項番47・48）')).toBeGreaterThan(page.indexOf('テープ媒体（項番42）'));
    expect(page.indexOf('<h2>記録</h2>')).toBeGreaterThan(page.indexOf('権限一覧のレビュー（項番47・48）'));
  });

  it('lists the installed software as at the build, with the version it replaced and the record behind it', () => {
    const software = rows('ledger-software');
    expect(software).toHaveLength(34);
    expect(software.find((r) => r[0] === 'DBサーバ1号機' && r[1] === 'ディスクコントローラ ファームウェア')).toEqual(['DBサーバ1号機', 'ディスクコントローラ ファームウェア', '7.22.1（←7.18.0）', '', '導入済み', '2026-11-27', 'CFG-2026-0047']);
    expect(page).toContain('<a href="records/CFG-2026-0047.html">CFG-2026-0047</a>');
  });

  it('judges each cartridge on the build day by the tape warning of settings/devices.yaml', () => {
    const tapes = rows('ledger-tapes');
    expect(tapes.map((r) => r[0])).toEqual(['AD-01', 'AP-02', 'DB-03', 'DB-04', 'FS-07', 'FS-12', 'FS-13', 'GW-01', 'WEB-01']);
    expect(tapes.find((r) => r[0] === 'DB-03')?.slice(2, 9)).toEqual(['232', '250', '18', '2028-04-02', '492', '使用中', '注意（交換を計画）']);
    expect(tapes.find((r) => r[0] === 'AP-02')?.slice(6, 9)).toEqual(['22', '使用中', '注意（交換を計画）']);
    expect(tapes.find((r) => r[0] === 'FS-07')?.slice(7, 9)).toEqual(['交換済・保管中', '']);
    expect(tapes.filter((r) => r[8] !== '').map((r) => r[0])).toEqual(['AP-02', 'DB-03']);
  });

  it('lists the permission reviews newest first, with the system, reviewer, result and findings', () => {
    expect(rows('ledger-permission-reviews')).toEqual([
      ['2026-11-25 15:00', 'グループウェアサーバ', '権限一覧の棚卸し', '吉田 彩', '修正して承認', '削除 L20417、削除 L20533、縮小 L19802、維持 GG-館長', 'CFG-2026-0046'],
      ['2026-11-17 16:30', 'ファイルサーバ', '依頼ごとの付与リスト', '加藤 翔', '修正して承認', '縮小 GG-事業担当-全館、維持 GG-事業係', 'CFG-2026-0043'],
    ]);
  });

  it('names the preparer and the reviewer of a permission review on its record page', () => {
    const review = pages.find((p) => p.path === 'records/CFG-2026-0046.html')?.content ?? '';
    expect(review).toMatch(/<dt>一覧の作成者<\/dt>\s*<dd>渡辺 由美<\/dd>/);
    expect(review).toMatch(/<dt>レビューした SE<\/dt>\s*<dd>吉田 彩<\/dd>/);
    expect(review).toContain('<td>L20417</td>');
  });

  it('shows no such lists on other ledgers', () => {
    const incidents = pages.find((p) => p.path === 'ledger-incident.html')?.content ?? '';
    expect(incidents).not.toContain('ledger-section');
  });
});
