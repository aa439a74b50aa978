import { escapeHtml } from './escape.ts';

/** The Japanese font installed with Debian's fonts-noto-cjk; without it Japanese prints as boxes. */
export const PRINT_FONT = "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";

/**
 * Rules every printed page gets, added by `htmlToPdf` to whatever HTML it is given: a table row
 * never splits across two pages, and a table's head repeats at the top of each page.
 */
export const PAGE_RULES = `
tr, img, svg, figure { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
`;

/**
 * The shared stylesheet of unyo's printed deliverables (A4 portrait by default): the Japanese
 * font, compact tables with ruled cells, and the title block of an official document
 * (`titleBlockHtml`): the date and the submitter to the right, the addressee to the left, the
 * subject centred.
 */
export const PRINT_STYLESHEET = `
* { box-sizing: border-box; }
html { font-family: ${PRINT_FONT}; font-size: 10.5pt; line-height: 1.5; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 0.3mm solid #444; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
p, ul, ol { margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; font-size: 9pt; line-height: 1.3; }
th, td { border: 0.2mm solid #666; padding: 0.8mm 1.5mm; vertical-align: top; }
th { background: #eee; font-weight: bold; text-align: center; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
${PAGE_RULES}
.title-block { margin: 0 0 8mm; }
.title-block .date { text-align: right; margin: 0 0 4mm; }
.title-block .to { text-align: left; margin: 0 0 4mm; }
.title-block .from { text-align: right; margin: 0 0 8mm; }
.title-block .to p, .title-block .from p { margin: 0; }
.title-block .subject { text-align: center; font-size: 14pt; font-weight: bold; margin: 0; }
`;

/** A standalone Japanese page around `body` (trusted HTML), with the shared stylesheet and `css` after it. */
export function printDocument(options: { title: string; body: string; css?: string }): string {
  return [
    '<!doctype html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${PRINT_STYLESHEET}${options.css ?? ''}</style>`,
    '</head>',
    '<body>',
    options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
