export { formatJapaneseDate, formatWareki } from '@unyo/calendar';
export { BrowserUnavailableError } from '@unyo/render-diagrams';
export { htmlToPdf, type PdfOptions } from './html-to-pdf.ts';
export { PDF_PRODUCER, pinMetadata, type PinnedMetadata } from './pin.ts';
export { PAGE_RULES, PRINT_FONT, PRINT_STYLESHEET, printDocument } from './print-css.ts';
export { titleBlockHtml, type TitleBlock } from './title-block.ts';
