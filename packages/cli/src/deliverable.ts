// The form of a document the library receives, in the three formats of `unyo report`: Markdown (readable
// on GitHub), HTML (standalone, printable) and PDF (A4 through Debian's Chromium), each with the official
// title block (提出日・宛先・提出者・件名) of settings/deliverables.yaml and a revision history (改訂履歴).
import { formatJapaneseDate, formatWareki } from '@unyo/calendar';
import { headCommit } from '@unyo/history';
import { reportMarkdownToHtml } from '@unyo/reports';
import type { Deliverables } from '@unyo/schema';

export const DOCUMENT_FORMATS = ['md', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** One line of the 改訂履歴. */
export interface Revision {
  edition: string;
  date: string;
  note: string;
}

/** A document to deliver: the report's Markdown and the form around it. */
export interface DeliverableDocument {
  /** 件名 (and the PDF's title). */
  title: string;
  /** The report's Markdown, starting with its `# title` heading. */
  markdown: string;
  /** 提出日, an ISO date. */
  date: string;
  deliverables: Deliverables;
  /** Dates in the Japanese era; the settings' choice unless given. */
  wareki?: boolean;
  /** Built from records that fail the check: 「未確定」 on every page. */
  draft: boolean;
  /** A4 landscape (wide matrices). */
  landscape?: boolean;
  revisions: Revision[];
}

const wareki = (doc: DeliverableDocument) => doc.wareki ?? doc.deliverables.wareki ?? true;
const dateText = (doc: DeliverableDocument, iso: string) => (wareki(doc) ? formatWareki(iso) : formatJapaneseDate(iso));

/** The revision history as a Markdown section. */
function revisionsMarkdown(doc: DeliverableDocument): string {
  const rows = doc.revisions.map((r) => `| ${r.edition} | ${dateText(doc, r.date)} | ${r.note.replaceAll('|', '｜').replace(/\n/g, ' ')} |`);
  return ['## 改訂履歴', '', '| 版 | 日付 | 内容 |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

/** The document as Markdown: the title block as a quote above the report, the revision history at the end. */
export function documentMarkdown(doc: DeliverableDocument): string {
  const block = [
    ...(doc.draft ? ['> **未確定**（記録に問題があります。`npx unyo check` で確認してください）', '>'] : []),
    `> 提出日: ${dateText(doc, doc.date)}  `,
    `> 宛先: ${doc.deliverables.to.join('　')}  `,
    `> 提出者: ${doc.deliverables.from.join('　')}`,
    '',
  ].join('\n');
  return `${block}\n${doc.markdown.trimEnd()}\n\n${revisionsMarkdown(doc)}`;
}

/** Extra print rules of reports: a wide matrix in small type, its cells centred. */
const REPORT_CSS = `
.draft-banner { border: 0.6mm solid #c00000; color: #c00000; font-weight: bold; padding: 1mm 3mm; margin: 0 0 4mm; }
td:first-child { white-space: nowrap; }
table.matrix td, table.matrix th { padding: 0.3mm 0.5mm; font-size: 7pt; text-align: center; }
a { color: inherit; text-decoration: none; }
@media screen { body { max-width: 190mm; margin: 10mm auto; } a { color: #0645ad; text-decoration: underline; } }
`;

/**
 * Anchors renamed s1, s2…: the GitHub-style ones are long Japanese slugs, which a PDF keeps as named
 * destinations longer than its readers accept. Links inside the page follow the new names.
 */
function shortAnchors(html: string): string {
  const ids = new Map<string, string>();
  const renamed = html.replace(/ id="([^"]+)"/g, (_, id: string) => {
    const short = `s${ids.size + 1}`;
    ids.set(id, short);
    return ` id="${short}"`;
  });
  return renamed.replace(/ href="#([^"]+)"/g, (whole, href: string) => {
    let decoded = href;
    try {
      decoded = decodeURIComponent(href);
    } catch {
      // not percent-encoded
    }
    const short = ids.get(decoded) ?? ids.get(href);
    return short === undefined ? whole : ` href="#${short}"`;
  });
}

/** Tables of more than 12 columns (the items × days matrix) are printed in small type. */
const markWideTables = (html: string): string =>
  html.replace(/<table>([\s\S]*?<\/tr>)/g, (whole, head: string) => ((head.match(/<th/g) ?? []).length > 12 ? `<table class="matrix">${head}` : whole));

/** The document as one standalone HTML page: the title block, the report without its own first heading, the history. */
export async function documentHtml(doc: DeliverableDocument): Promise<string> {
  // Loaded here: the PDF layer brings the browser driver, which Markdown output does not need.
  const { printDocument, titleBlockHtml } = await import('@unyo/pdf');
  const body = shortAnchors(markWideTables(reportMarkdownToHtml(doc.markdown).replace(/^\s*<h1[^>]*>[\s\S]*?<\/h1>\n?/, '')));
  const revisions = reportMarkdownToHtml(revisionsMarkdown(doc));
  return printDocument({
    title: doc.title,
    css: REPORT_CSS,
    body: [
      ...(doc.draft ? ['<p class="draft-banner">未確定（記録に問題があります。npx unyo check で確認してください）</p>'] : []),
      titleBlockHtml({ to: doc.deliverables.to, from: doc.deliverables.from, date: doc.date, subject: doc.title, wareki: wareki(doc) }),
      body,
      revisions,
    ].join('\n'),
  });
}

/**
 * The document's bytes in a format. The PDF's dates are the commit's (HEAD's committer date), so the
 * same commit prints the same bytes; outside git they are the submission date.
 */
export async function documentBytes(root: string, doc: DeliverableDocument, format: DocumentFormat): Promise<string | Uint8Array> {
  if (format === 'md') return documentMarkdown(doc);
  const html = await documentHtml(doc);
  if (format === 'html') return html;
  const head = await headCommit(root);
  const pinnedDate = new Date(head?.date ?? `${doc.date}T00:00:00+09:00`);
  const { htmlToPdf } = await import('@unyo/pdf');
  return htmlToPdf(html, { title: doc.title, pinnedDate, draft: doc.draft, landscape: doc.landscape ?? false, headerLeft: doc.title });
}
