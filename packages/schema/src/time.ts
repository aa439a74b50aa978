import { z } from 'zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?\+09:00$/;

const realDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * A calendar date `2026-11-27` that exists (no 2026-13-40, no 2026/11/27, no full-width digits).
 * The JSON Schema carries the pattern; that the date exists only zod checks.
 */
export const IsoDateSchema = z.string().check((ctx) => {
  const m = DATE.exec(ctx.value);
  if (!m || !realDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `日付「${ctx.value}」は使えません。2026-11-27 の形（半角数字、実在する日付）で書いてください。` });
  }
}).meta({ description: '日付（例: 2026-11-27）', examples: ['2026-11-27'], pattern: DATE.source });

/** A JST date and time `2026-11-27T09:30:00+09:00` (seconds optional) that exists. */
export const IsoDateTimeSchema = z.string().check((ctx) => {
  const m = DATE_TIME.exec(ctx.value);
  const ok =
    m !== null && realDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60;
  if (!ok) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `日時「${ctx.value}」は使えません。2026-11-27T09:30:00+09:00 の形（半角数字、日本時間 +09:00 付き、実在する日時）で書いてください。`,
    });
  }
}).meta({ description: '日時（日本時間、例: 2026-11-27T09:30:00+09:00。秒は省略可）', examples: ['2026-11-27T09:30:00+09:00'], pattern: DATE_TIME.source });

/** Milliseconds since the epoch of an ISO date-time or date (a date is its JST midnight). */
export const instant = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00+09:00` : iso);

/** Formats epoch milliseconds as a JST date-time `2026-11-27T09:30:00+09:00`, whatever the machine's time zone. */
export const formatJst = (ms: number): string => new Date(ms + 9 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+09:00');
