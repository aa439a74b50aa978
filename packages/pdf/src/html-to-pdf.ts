import { access, constants } from 'node:fs/promises';
import { BrowserUnavailableError, CHROMIUM_ARGS, CHROMIUM_PATH } from '@unyo/render-diagrams';
import { launch, type Browser } from 'puppeteer-core';
import { escapeHtml } from './escape.ts';
import { PAGE_RULES, PRINT_FONT } from './print-css.ts';
import { pinMetadata } from './pin.ts';

export interface PdfOptions {
  /** The document's title (the PDF's Title, and the header's left side unless `headerLeft` is given). */
  title: string;
  /** A4 landscape instead of portrait. */
  landscape?: boolean;
  /** Stamp 「未確定」 at the top right of every page: a draft, not yet approved. */
  draft?: boolean;
  /** CreationDate and ModDate of the PDF: pass the commit date, never the clock, for identical bytes. */
  pinnedDate: Date;
  /** The header's left side on every page (the title by default). */
  headerLeft?: string;
  /** 「n / N ページ」 centred in the footer of every page; true by default. */
  pageNumbers?: boolean;
  /** The browser to print with; Debian's Chromium by default. */
  executablePath?: string;
}

/** Chromium draws header and footer templates in their own page, at font-size 0 unless told. */
const TEMPLATE_STYLE = `font-family: ${PRINT_FONT}; font-size: 8pt; color: #333; width: 100%; margin: 0 12mm; -webkit-print-color-adjust: exact;`;

/** The 「未確定」 stamp: a red box in the header, so that Chromium repeats it on every page. */
const DRAFT_STAMP =
  '<span style="border: 0.6mm solid #c00000; color: #c00000; font-size: 11pt; font-weight: bold; padding: 0.5mm 2.5mm; letter-spacing: 0.2em;">未確定</span>';

function headerTemplate(options: PdfOptions): string {
  return (
    `<div style="${TEMPLATE_STYLE} display: flex; justify-content: space-between; align-items: center;">` +
    `<span>${escapeHtml(options.headerLeft ?? options.title)}</span>${options.draft ? DRAFT_STAMP : '<span></span>'}</div>`
  );
}

function footerTemplate(options: PdfOptions): string {
  const numbers = options.pageNumbers === false ? '' : '<span class="pageNumber"></span> / <span class="totalPages"></span> ページ';
  return `<div style="${TEMPLATE_STYLE} text-align: center;">${numbers}</div>`;
}

async function start(executablePath: string): Promise<Browser> {
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new BrowserUnavailableError(`${executablePath} がありません`);
  }
  try {
    return await launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], timeout: 180_000, protocolTimeout: 300_000 });
  } catch (error) {
    throw new BrowserUnavailableError(`${executablePath} を起動できません: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/**
 * Prints a standalone HTML page to an A4 PDF in Debian's Chromium (the browser
 * `@unyo/render-diagrams` draws with), with the title and an optional 「未確定」 stamp in the
 * header and 「n / N ページ」 in the footer of every page. Table rows never split across pages and
 * table heads repeat (`PAGE_RULES` is added to the page). Scripts do not run and nothing is
 * fetched from the network: the page must carry its styles and images inline.
 *
 * The bytes depend only on the HTML, the options and the installed Chromium and fonts: the dates,
 * Producer and ID are pinned (`pinMetadata`). Throws BrowserUnavailableError when there is no
 * browser.
 */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const browser = await start(options.executablePath ?? CHROMIUM_PATH);
  let printed: Uint8Array;
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (/^(data|about|blob):/.test(request.url())) void request.continue();
      else void request.abort();
    });
    await page.setContent(html, { waitUntil: 'load', timeout: 300_000 });
    await page.addStyleTag({ content: PAGE_RULES });
    await page.evaluateHandle('document.fonts.ready');
    printed = await page.pdf({
      format: 'A4',
      landscape: options.landscape ?? false,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(options),
      footerTemplate: footerTemplate(options),
      margin: { top: '18mm', bottom: '15mm', left: '12mm', right: '12mm' },
      timeout: 300_000,
    });
  } finally {
    await browser.close();
  }
  return pinMetadata(printed, { title: options.title, date: options.pinnedDate });
}
