import { useMemo } from 'react';
import { NUMBER_QUALIFIERS, type NumberQualifier } from '../data/schema';
import { type Language, useLanguage } from '../state/language';
import { LOCALES } from './format';
import { resolvePlurals } from './plural';
import { lookup, useMessagesVersion } from './tables';
import type { MessageKey } from './vi';

export { loadFirstPaint, loadMessages } from './tables';
export type { MessageKey };

export type Params = Record<string, string | number>;

/**
 * Looks up `key` in the language's table (tables.ts: a table still loading gives the other
 * language's text meanwhile), chooses `{n, plural, one {…} other {…}}` branches (plural.ts) and
 * fills `{name}` placeholders.
 */
export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const text = lookup(lang, key);
  if (!params || text === undefined) return text;
  return resolvePlurals(text, lang, params).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

/** The units a qualified figure can carry. */
export type QuantityUnit = 'km2' | 'km' | 'ha' | 'people';

/**
 * The qualifier a figure is shown with. A missing or unknown qualifier is shown as approximate:
 * a number is never presented as exact unless the data says it is.
 */
export function shownQualifier(qualifier: unknown): NumberQualifier {
  return (NUMBER_QUALIFIERS as readonly unknown[]).includes(qualifier)
    ? (qualifier as NumberQualifier)
    : 'approximate';
}

/**
 * A figure with its unit and qualifier, through the locale tables: "≈ 720 km²", "> 403.000 người",
 * "> 52 km". Convention everywhere: "≈" for approximate, ">" for a lower bound (the sources say
 * "more than" / "over"), nothing for exact.
 */
export function formatQualified(
  value: number,
  qualifier: unknown,
  unit: QuantityUnit,
  lang: Language,
): string {
  const f = formatters(lang);
  // A source's figure keeps the source's precision ("> 52 km", not "> 52,0 km" as f.km writes
  // a computed distance).
  const withUnit =
    unit === 'people'
      ? translate(lang, 'unit.people', { value: f.num(value) })
      : unit === 'km'
        ? `${f.num(value, 1)} km`
        : f[unit](value);
  return translate(lang, `number.${shownQualifier(qualifier)}`, { value: withUnit });
}

export interface Formatters {
  lang: Language;
  t: (key: MessageKey, params?: Params) => string;
  /** A plain number in the language's style. */
  num: (value: number, maxFractionDigits?: number) => string;
  /** A number with exactly `digits` decimals (a table column shares its decimals). */
  fixed: (value: number, digits: number) => string;
  km2: (value: number) => string;
  ha: (value: number) => string;
  /** A computed distance, always one decimal ("4,0 km" beside "13,5 km" in a ranking, not "4 km"). */
  km: (value: number) => string;
  pct: (value: number) => string;
  /** A figure with unit and qualifier: see formatQualified. */
  qualified: (value: number, qualifier: unknown, unit: QuantityUnit) => string;
  /** The qualifier in words ("Approximate (a rounded or placeholder figure)"); unknown counts as approximate. */
  qualifierWords: (qualifier: unknown) => string;
  /** The feature name for the language: name_vi or name_en (falls back to the other). */
  name: (props: { name_vi?: unknown; name_en?: unknown } | null | undefined) => string;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, digits: number, signed = false): Intl.NumberFormat {
  const key = `${lang}:${digits}:${signed}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(LOCALES[lang], {
      maximumFractionDigits: digits,
      ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
    });
    cache.set(key, fmt);
  }
  return fmt;
}

export function formatters(lang: Language): Formatters {
  const num = (value: number, digits = 0) => numberFormat(lang, digits).format(value);
  const fixed = (value: number, digits: number) =>
    new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    num,
    fixed,
    km2: (v) => `${num(v, v < 10 ? 2 : 1)} km²`,
    ha: (v) => `${num(v, 0)} ha`,
    km: (v) => `${fixed(v, 1)} km`,
    pct: (v) => `${numberFormat(lang, 1, true).format(v)} %`,
    qualified: (value, qualifier, unit) => formatQualified(value, qualifier, unit, lang),
    qualifierWords: (qualifier) => translate(lang, `qualifier.${shownQualifier(qualifier)}`),
    name: (p) => {
      const vi = typeof p?.name_vi === 'string' ? p.name_vi : '';
      const enName = typeof p?.name_en === 'string' ? p.name_en : '';
      return lang === 'en' ? enName || vi : vi || enName;
    },
  };
}

/**
 * The translation function and number formatters for the current language; renders again when a
 * locale table arrives (tables.ts).
 */
export function useT(): Formatters {
  const lang = useLanguage((s) => s.lang);
  const version = useMessagesVersion((s) => s.version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new table is a new `t` for memoised children.
  return useMemo(() => formatters(lang), [lang, version]);
}
