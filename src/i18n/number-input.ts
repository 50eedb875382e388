// Reading a number a person typed, in the language of the UI. Vietnamese writes "2,5" for two and a
// half and "1.000" for a thousand; English the reverse. People also type the other language's
// decimal mark ("2.5" in Vietnamese), so both marks are read as decimal except where the text can
// only be a thousands group: the group mark of the language followed by exactly three digits
// ("1.000" in vi, "1,000" in en). Everything else that is not plainly a number is refused with a
// reason, never guessed (the browser's type="number" silently dropped the comma: '2,5' became 25).

import type { Language } from '../state/language';

export type NumberInputError = 'empty' | 'not_a_number' | 'misplaced_group' | 'out_of_range';

/** A refusal; 'out_of_range' keeps the number that was read (`value`), so the refusal can say it. */
export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; error: NumberInputError; value?: number };

/** The decimal and thousands-group marks each language writes. */
const MARKS: Record<Language, { decimal: string; group: string }> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

const DIGITS = /^\d+$/;

/**
 * Reads `text` as a number in `lang`'s convention.
 *
 * - vi: "2,5" → 2.5, "2.5" → 2.5, "1.000" → 1000, "1.000,5" → 1000.5, "1.234.567" → 1234567;
 * - en: "2.5" → 2.5, "2,5" → 2.5, "1,000" → 1000, "1,000.5" → 1000.5;
 * - an optional leading "-" or "+"; surrounding spaces are ignored.
 *
 * Errors: 'empty' (nothing typed), 'misplaced_group' (a group mark not followed by exactly three
 * digits where it must be a group, e.g. "1.00,5" in vi), 'not_a_number' (anything else: letters,
 * two decimal marks, a trailing mark, spaces inside, exponents).
 */
export function parseNumberInput(text: string, lang: Language): ParsedNumber {
  const s = text.trim();
  if (s === '') return { ok: false, error: 'empty' };
  const { decimal, group } = MARKS[lang];
  const sign = s[0] === '-' ? -1 : 1;
  const body = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  if (!/^[\d.,]+$/.test(body)) return { ok: false, error: 'not_a_number' };

  let intPart: string;
  let fracPart = '';
  const decimalAt = body.indexOf(decimal);
  if (decimalAt >= 0) {
    // The language's own decimal mark: once only; group marks may only come before it.
    intPart = body.slice(0, decimalAt);
    fracPart = body.slice(decimalAt + 1);
    if (!DIGITS.test(fracPart)) return { ok: false, error: 'not_a_number' };
  } else {
    const groups = body.split(group);
    const lastIsGroup = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
    if (groups.length === 2 && !lastIsGroup) {
      // One foreign mark not followed by three digits: the other language's decimal ("2.5" in vi).
      intPart = groups[0]!;
      fracPart = groups[1]!;
      if (!DIGITS.test(fracPart)) return { ok: false, error: 'not_a_number' };
    } else {
      intPart = body;
    }
  }
  const intDigits = readGrouped(intPart, group);
  if (intDigits === null) return { ok: false, error: 'misplaced_group' };
  if (intDigits === '' && fracPart === '') return { ok: false, error: 'not_a_number' };
  const value = Number(`${intDigits || '0'}${fracPart ? `.${fracPart}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, error: 'not_a_number' };
  return { ok: true, value: sign * value };
}

/** "1.234.567" → "1234567" (group = "."); null when a group is not exactly three digits. */
function readGrouped(intPart: string, group: string): string | null {
  if (intPart === '' || DIGITS.test(intPart)) return intPart;
  const groups = intPart.split(group);
  const [head, ...rest] = groups;
  if (!head || !/^\d{1,3}$/.test(head)) return null;
  if (!rest.every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}

/**
 * The range a field accepts. Each bound is optional; `min` is inclusive unless `minExclusive`, `max`
 * inclusive unless `maxExclusive` (the Within distance is 0 < X ≤ 200: { min: 0, minExclusive: true,
 * max: 200 }).
 */
export interface NumberBounds {
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
}

/** Whether `value` is inside `bounds` (no bounds: every finite number). */
export function inBounds(value: number, bounds: NumberBounds | undefined): boolean {
  if (!Number.isFinite(value)) return false;
  if (!bounds) return true;
  const { min, max } = bounds;
  if (min !== undefined && (bounds.minExclusive ? value <= min : value < min)) return false;
  if (max !== undefined && (bounds.maxExclusive ? value >= max : value > max)) return false;
  return true;
}

/** A parse checked against `bounds`: a number outside them becomes the 'out_of_range' error. */
export function checkNumberBounds(parsed: ParsedNumber, bounds: NumberBounds | undefined): ParsedNumber {
  if (!parsed.ok || inBounds(parsed.value, bounds)) return parsed;
  return { ok: false, error: 'out_of_range', value: parsed.value };
}

/** The number as a person of `lang` would type it back: "2,5" (vi), "2.5" (en), no grouping. */
export function formatNumberInput(value: number, lang: Language): string {
  const plain = String(value);
  return lang === 'vi' ? plain.replace('.', ',') : plain;
}
