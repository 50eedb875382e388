// Plural forms in the locale tables, in a small subset of ICU MessageFormat:
//   '{count, plural, one {# park} other {# parks}}'  (also '=0 {no parks}' exact matches)
// The branch is chosen with Intl.PluralRules for the language (English: one / other; Vietnamese
// has no plural forms, so its texts simply write '{count} khu'); `#` in the branch stands for the
// parameter as given (usually already formatted: "1,234"). A full ICU library (intl-messageformat,
// ~10 KB gzip) would be the first-paint cost of one feature the tables use in one form only.
import type { Language } from '../state/language';
import { LOCALES } from './format';

const rules = new Map<Language, Intl.PluralRules>();
function pluralRules(lang: Language): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(LOCALES[lang]);
    rules.set(lang, r);
  }
  return r;
}

/**
 * The number a parameter stands for: a number, or a numeral as the app formats it in `lang`
 * (vi "1.234,5", en "1,234.5"); NaN otherwise. (number-input.ts reads what people type, with its
 * ambiguities; a formatted count has none, and this keeps that module out of the first chunk.)
 */
function numeric(value: string | number, lang: Language): number {
  if (typeof value === 'number') return value;
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const plain = value.trim().split(group).join('').replace(decimal, '.');
  return /^[-+]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** The index just after the `}` closing the `{` at `open`, counting nested braces; -1 if none. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The branches of a plural's body (`one {…} other {…}`), by selector; null when malformed. */
function branches(body: string): Map<string, string> | null {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=?\w+)\s*\{/.exec(body.slice(i));
    if (!m) return body.slice(i).trim() === '' ? out : null;
    const open = i + m[0].length - 1;
    const end = closing(body, open);
    if (end < 0) return null;
    out.set(m[1]!, body.slice(open + 1, end - 1));
    i = end;
  }
  return out;
}

/**
 * Replaces every `{name, plural, …}` in `text` by its branch for `params[name]` in `lang`, with
 * `#` replaced by the parameter. A plural whose parameter is missing, or that is malformed, is left
 * as written (as a missing `{name}` is), so a mistake shows instead of vanishing.
 */
export function resolvePlurals(
  text: string,
  lang: Language,
  params: Record<string, string | number>,
): string {
  if (!text.includes(', plural,')) return text;
  let out = '';
  let i = 0;
  const head = /\{(\w+), plural,/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const end = closing(text, m.index);
    const value = params[m[1]!];
    const options = end < 0 ? null : branches(text.slice(m.index + m[0].length, end - 1));
    if (end < 0 || value === undefined || !options) continue;
    const n = numeric(value, lang);
    const chosen =
      options.get(`=${n}`) ??
      (Number.isNaN(n) ? undefined : options.get(pluralRules(lang).select(n))) ??
      options.get('other');
    if (chosen === undefined) continue;
    out += text.slice(i, m.index) + chosen.replace(/#/g, String(value));
    i = end;
    head.lastIndex = end;
  }
  return out + text.slice(i);
}
