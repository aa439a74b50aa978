import { formatJapaneseDate, formatWareki } from '@unyo/calendar';
import { escapeHtml } from './escape.ts';

/** The heading of an official document (公用文): 宛先, 提出日, 提出者 and 件名. */
export interface TitleBlock {
  /** 宛先: the addressee, one line or several (「○○市立中央図書館長 様」). */
  to: string | readonly string[];
  /** 提出日: an ISO date `2026-11-30` (a JST date-time is read as its date). */
  date: string;
  /** 提出者: the submitter, one line or several (company, department, name). */
  from: string | readonly string[];
  /** 件名. */
  subject: string;
  /** Write the date in the Japanese era (令和8年11月30日), as official documents do; true by default. */
  wareki?: boolean;
}

const lines = (value: string | readonly string[]) => (typeof value === 'string' ? [value] : value).map((l) => `<p>${escapeHtml(l)}</p>`).join('');

/**
 * The title block laid out as a Japanese official document, styled by `PRINT_STYLESHEET`: the
 * date at the right, the addressee at the left, the submitter at the right below it, and the
 * subject centred. Every value is escaped.
 */
export function titleBlockHtml(block: TitleBlock): string {
  const date = block.wareki === false ? formatJapaneseDate(block.date) : formatWareki(block.date);
  return [
    '<header class="title-block">',
    `<p class="date">${escapeHtml(date)}</p>`,
    `<div class="to">${lines(block.to)}</div>`,
    `<div class="from">${lines(block.from)}</div>`,
    `<h1 class="subject">${escapeHtml(block.subject)}</h1>`,
    '</header>',
  ].join('\n');
}
