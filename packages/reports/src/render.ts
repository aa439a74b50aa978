import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWareki } from '@unyo/calendar';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';

/** The records behind one figure of a report: the figure links to this group in the appendix. */
export interface Evidence {
  key: string;
  label: string;
  ids: string[];
}

/** What every report's data carries, whatever its kind. */
export interface ReportData {
  /** 件名: the report's title, also the PDF's title. */
  title: string;
  /** The groups of records behind the figures, listed in the appendix 根拠記録一覧. */
  evidence: Evidence[];
}

export interface RenderOptions {
  /** Where the SE's templates are (`<repo>/templates/reports`); a missing file falls back to the default shipped with unyo. */
  templatesDir?: string;
  /** Dates as 令和8年11月30日 instead of 2026/11/30. */
  wareki?: boolean;
  /** The link of a record id (default: its page in the site, `records/<id>.html`). */
  recordLink?: (id: string) => string;
}

/** The default templates shipped with unyo, at the repo root beside the site's. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/reports/', import.meta.url));

/**
 * The anchor of a heading, as GitHub makes it (lower case, punctuation dropped, spaces as hyphens), so
 * that a figure's link to its evidence works on GitHub and in the HTML alike.
 */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The appendix heading of an evidence group. */
export const evidenceHeading = (e: Pick<Evidence, 'label'>): string => `根拠: ${e.label}`;

/** A Markdown table cell: pipes and line breaks would end the cell or the row. */
const cell = (value: unknown): string =>
  String(value ?? '')
    .replaceAll('|', '｜')
    .replace(/\r?\n/g, ' ');

function loadTemplate(name: string, dir: string | undefined): string {
  for (const base of [dir, DEFAULT_TEMPLATES_DIR]) {
    if (base === undefined) continue;
    const file = path.join(base, `${name}.md.hbs`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`報告書のテンプレート templates/reports/${name}.md.hbs がありません。`);
}

/** Renders a report's data through its Handlebars template (`templates/reports/<name>.md.hbs`) to Markdown. */
export function renderReportMarkdown(name: string, data: ReportData, options: RenderOptions = {}): string {
  const hb = Handlebars.create();
  const link = options.recordLink ?? ((id: string) => `records/${id}.html`);
  const groups = new Map(data.evidence.map((e) => [e.key, e]));
  const date = (iso: unknown): string => {
    const text = String(iso ?? '');
    if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
    return options.wareki ? formatWareki(text.slice(0, 10)) : text.slice(0, 10).replaceAll('-', '/');
  };
  hb.registerHelper({
    /** A figure: the number of records in an evidence group, linked to that group in the appendix. */
    fig: (key: string) => {
      const group = groups.get(key);
      if (!group) throw new Error(`テンプレートの {{fig "${key}"}}: 根拠のグループ ${key} がありません。`);
      return group.ids.length === 0 ? '0' : `[${group.ids.length}](#${headingSlug(evidenceHeading(group))})`;
    },
    rec: (id: string) => `[${id}](${link(id)})`,
    recs: (ids: string[] | undefined) => (ids && ids.length > 0 ? ids.map((id) => `[${id}](${link(id)})`).join('、') : 'なし'),
    cell,
    date,
    datetime: (iso: unknown) => {
      const text = String(iso ?? '');
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) ? `${date(text)} ${text.slice(11, 16)}` : text;
    },
    join: (list: unknown[] | undefined, sep: unknown) => (list ?? []).join(typeof sep === 'string' ? sep : '、'),
    eq: (a: unknown, b: unknown) => a === b,
    len: (list: unknown[] | undefined) => (list ?? []).length,
    slug: (text: string) => headingSlug(text),
    evidenceHeading: (e: Evidence) => evidenceHeading(e),
  });
  hb.registerPartial('evidence', loadTemplate('_evidence', options.templatesDir));
  const template = hb.compile(loadTemplate(name, options.templatesDir), { noEscape: true, strict: false });
  return `${template(data).replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * A report's Markdown as HTML: raw HTML in the records is shown as text, never run; headings get the
 * same anchors as on GitHub, so figures link to their evidence.
 */
export function reportMarkdownToHtml(markdown: string): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('heading_ids', (state) => {
    const tokens = state.tokens;
    tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const inline = tokens[i + 1];
      if (inline?.type === 'inline') token.attrSet('id', headingSlug(inline.children?.map((c) => c.content).join('') ?? inline.content));
    });
  });
  return md.render(markdown);
}
