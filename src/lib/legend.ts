// Choropleth legend text: class ranges in the language's number format ("12,5 – 30,0" in
// Vietnamese, "12.5 – 30.0" in English, thousands grouped: "1.234,5" / "1,234.5"), every bound of a
// legend with the same number of decimals, the unit once in the header, and a "no data" entry.
import type { Classification } from '../analysis/classify';
import { translate } from '../i18n';
import type { Language } from '../state/language';

// The same locales as src/i18n/index.ts; fixed decimals need minimumFractionDigits, which the
// shared `num` formatter does not set.
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** `n` in `lang`'s format with exactly `digits` decimals (0–6): vi 1.234,5; en 1,234.5. */
export function formatLegendNumber(n: number, lang: Language, digits: number): string {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, f);
  }
  // -0 after rounding (e.g. -0.01 at 1 decimal) would print "-0,0".
  const r = Number(n.toFixed(digits));
  return f.format(r === 0 ? 0 : r);
}

/**
 * The fewest decimals (0 to `maxDigits`) that keep the distinct bounds of `bins` distinct when
 * rounded: 0 when every bound is an integer, at least 1 otherwise (so 12.5 is not shown as 13).
 */
export function legendDigits(bins: readonly { lower: number; upper: number }[], maxDigits = 3): number {
  const bounds = [...new Set(bins.flatMap((b) => [b.lower, b.upper]))];
  if (bounds.every(Number.isInteger)) return 0;
  for (let d = 1; d < maxDigits; d++) {
    if (new Set(bounds.map((b) => b.toFixed(d))).size === bounds.length) return d;
  }
  return maxDigits;
}

/** "12,5 – 30,0" (vi) / "12.5 – 30.0" (en); a single number when the class holds one value. */
export function formatClassRange(lower: number, upper: number, lang: Language, digits: number): string {
  const lo = formatLegendNumber(lower, lang, digits);
  const hi = formatLegendNumber(upper, lang, digits);
  return lo === hi ? lo : translate(lang, 'filter.range.between', { min: lo, max: hi });
}

/** The legend header with the unit: "Mật độ dân số (người/km²)". */
export function legendHeader(title: string, unit: string, lang: Language): string {
  return translate(lang, 'choropleth.header', { title, unit });
}

export interface LegendEntry {
  /** Fill colour, `#rrggbb`. */
  color: string;
  /** The range ("12,5 – 30,0") or, for the no-data entry, its words ("Không có số liệu"). */
  label: string;
  count: number;
  /** The class holds an approximate value or a lower bound: show a mark and `note`. */
  approximate: boolean;
  /** Why the mark, in words; '' when the class is exact. */
  note: string;
  noData: boolean;
}

/**
 * One entry per class of `classification` (colours from `colors`, one per class, e.g. rampColors of
 * the same count), then a no-data entry when a value was missing. Throws RangeError when `colors`
 * has fewer entries than classes.
 */
export function legendEntries(
  classification: Classification,
  colors: readonly string[],
  noDataColor: string,
  lang: Language,
  digits = legendDigits(classification.bins),
): LegendEntry[] {
  const { bins, noData } = classification;
  if (colors.length < bins.length)
    throw new RangeError(`${bins.length} classes but ${colors.length} colours.`);
  const entries: LegendEntry[] = bins.map((b, i) => ({
    color: colors[i]!,
    label: formatClassRange(b.lower, b.upper, lang, digits),
    count: b.count,
    approximate: b.approximate,
    note: b.approximate ? translate(lang, 'choropleth.approximate') : '',
    noData: false,
  }));
  if (noData.length > 0)
    entries.push({
      color: noDataColor,
      label: translate(lang, 'choropleth.noData'),
      count: noData.length,
      approximate: false,
      note: '',
      noData: true,
    });
  return entries;
}
