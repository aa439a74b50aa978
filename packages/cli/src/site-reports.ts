// The reports in the site (`unyo build`): the monthly report of every month with records and the
// service level report of every half-year, as pages under reports/, linked from the site's navigation.
import type { SitePage } from '@unyo/render-site';
import type { Workspace } from '@unyo/workspace';
import { documentHtml } from './deliverable.ts';
import type { Io } from './io.ts';
import { readReportInputs, reportDocument } from './commands/report.ts';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The half-year (2026H2) of a month: April–September is H1, October–March H2 of the fiscal year. */
const halfOf = (month: string) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m >= 4 && m <= 9 ? `${y}H1` : `${m >= 10 ? y : y - 1}H2`;
};

/**
 * The report pages, standing at `asOf` (the commit's date, so that a build is reproducible). Records
 * link to their pages in the site (../records/<id>.html).
 */
export async function siteReportPages(ws: Workspace, asOf: string, io: Io): Promise<SitePage[]> {
  const inputs = await readReportInputs(ws, asOf);
  if (inputs.context.calendar === undefined) return [];
  const months = [...new Set(inputs.records.map((r) => r.at.slice(0, 7)))].filter((m) => m <= asOf.slice(0, 7)).sort().reverse();
  const targets: [string, string, string][] = [
    ...months.map((m): [string, string, string] => ['monthly', m, `reports/monthly-${m}.html`]),
    ...(inputs.context.sla ? [...new Set(months.map(halfOf))].map((h): [string, string, string] => ['sla', h, `reports/sla-${h}.html`]) : []),
  ];
  const quiet: Io = { ...io, stdout: () => undefined };
  const pages: SitePage[] = [];
  const links: string[] = [];
  for (const [kind, target, file] of targets) {
    const doc = await reportDocument(inputs, kind, target, { date: asOf.slice(0, 10), draft: inputs.problems.length > 0, recordLink: (id) => `../records/${id}.html` }, quiet);
    if (doc === undefined) continue;
    pages.push({ path: file, content: await documentHtml(doc) });
    links.push(`<li><a href="${escape(file.slice('reports/'.length))}">${escape(doc.title)}</a></li>`);
  }
  if (pages.length === 0) return [];
  const index = [
    '<!doctype html>',
    '<html lang="ja"><head><meta charset="utf-8"><title>報告書</title>',
    '<style>body{font-family:"Noto Sans CJK JP",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.7}</style></head><body>',
    '<p><a href="../index.html">← 運用項目</a></p>',
    '<h1>報告書</h1>',
    `<p>${escape(asOf.slice(0, 16).replace('T', ' '))} 時点の記録から作成（提出用の PDF は <code>npx unyo month-end &lt;月&gt;</code>）。</p>`,
    `<ul>${links.join('')}</ul>`,
    '</body></html>',
    '',
  ].join('\n');
  return [{ path: 'reports/index.html', content: index }, ...pages];
}
