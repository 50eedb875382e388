// The one place a language becomes an Intl locale, and the app's one date formatter. Numbers go
// through index.ts's formatters (Intl.NumberFormat with the same locales); every date the UI or a
// printed sheet shows goes through formatDate, so a date never appears in one language's order
// inside the other language's UI.
import type { Language } from '../state/language';

/** The Intl locale of each UI language: Vietnamese as in Viet Nam, English with day-month order. */
export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export type DateStyle = 'long' | 'short';

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date in the language's convention, in the browser's time zone: 'long' gives
 * "30 tháng 11, 2026" / "30 November 2026", 'short' "30/11/26" / "30/11/2026". Throws a
 * RangeError for an invalid Date (as Intl does), so a bad date is never printed as "Invalid Date".
 */
export function formatDate(lang: Language, date: Date, style: DateStyle = 'long'): string {
  const key = `${lang}:${style}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: style });
    cache.set(key, fmt);
  }
  return fmt.format(date);
}
