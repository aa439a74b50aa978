import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteInput, SitePage } from './model.ts';
import { reportDeadlineText } from './references.ts';
import { repoSiteInput } from './repo-site.test-helper.ts';
import { renderSite } from './site.ts';

let input: SiteInput;
let byPath: Map<string, string>;
beforeAll(async () => {
  input = await repoSiteInput();
  byPath = new Map(renderSite(input).map((p: SitePage) => [p.path, p.content]));
});
const page = (id: number) => byPath.get(`runbooks/${id}.html`)!;

describe('the runbook page shows timing, targets and evidence from the cycles, settings and schemas', () => {
  it('shows the timing from the cycles, and {{timing}} in the body as the same text', () => {
    expect(page(89)).toContain('<dt>実施時期</dt><dd>毎週水曜日 17:00まで（休館日なら翌開館日）</dd>');
    expect(page(89)).toContain('週次。毎週水曜日 17:00まで（休館日なら翌開館日）。初期値は当日の午前');
    expect(page(101)).toContain('毎月 月次定例会議の日 会議の開始まで（予定: 12月17日（木）・1月21日（木））');
    expect(page(72)).toContain('毎年 4月 末日 17:00まで（休館日なら前の開館日）');
  });

  it('renders the incident targets of sla.yaml as a table, and single targets in the text', () => {
    const html = page(52);
    expect(html).toMatch(/<th>重要度<\/th>\s*<th>障害の第一報<\/th>\s*<th>障害の対応開始<\/th>\s*<th>障害の現地到着<\/th>\s*<th>障害の復旧<\/th>/);
    expect(html).toMatch(/<td>S1 重大<\/td>\s*<td>30分以内（全件）<\/td>/);
    // On-site arrival is measured for S1–S3 only (severities of its metrics): S4 has none.
    expect(html).toMatch(/<td>S4 低<\/td>(\s*<td>[^<]*<\/td>){2}\s*<td>―<\/td>/);
    expect(html).not.toContain('{{');
    expect(page(22)).toContain('第一回答は受付から 翌開館日中（95%以上）、完了は 5開館日以内（90%以上）');
  });

  it('renders the monthly report deadline from its rule', () => {
    expect(page(99)).toContain('翌月第5開庁日と月次定例会議の3開庁日前のいずれか早い日の終業まで');
    expect(reportDeadlineText({ officeDayOfNextMonth: 4, officeDaysBeforeMeeting: 0, rule: 'earlier' })).toBe('翌月第4開庁日と月次定例会議の開始のいずれか早い日の終業まで');
  });

  it('hides the opt-out marker of the timing check', () => {
    expect(page(63)).not.toContain('時期の照合外');
  });

  it('lists the evidence with the fields the runbook asks for', () => {
    expect(page(1)).toMatch(/インシデント管理簿<\/a> <code>incident<\/code>: <code>source<\/code>、<code>category<\/code>/);
  });
});
