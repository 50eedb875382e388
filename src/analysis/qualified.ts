// Arithmetic on qualified figures (schema.ts NumberQualifier): the qualifier of a sum or a ratio of
// figures, so a derived number is never shown as more certain than its inputs. null = unknown.
import { NUMBER_QUALIFIERS, type NumberQualifier } from '../data/schema';

/** A figure and what it is: exact, approximate or a lower bound; both null when unknown. */
export interface Qualified {
  value: number | null;
  qualifier: NumberQualifier | null;
}

export const UNKNOWN: Qualified = Object.freeze({ value: null, qualifier: null }) as Qualified;

/**
 * A property pair read from a data file: `value` must be a finite number (else unknown); a
 * qualifier that is missing or not one of NUMBER_QUALIFIERS counts as approximate, never exact.
 */
export function readQualified(value: unknown, qualifier: unknown): Qualified {
  if (typeof value !== 'number' || !Number.isFinite(value)) return UNKNOWN;
  const q = (NUMBER_QUALIFIERS as readonly unknown[]).includes(qualifier)
    ? (qualifier as NumberQualifier)
    : 'approximate';
  return { value, qualifier: q };
}

/**
 * The sum of `parts`. Unknown parts are left out of the value; with any left out the sum is a
 * lower bound ('at_least') if the known parts are exact or lower bounds (the true sum can only be
 * larger: areas and counts are not negative), else approximate. Any approximate part makes it
 * approximate. All parts unknown → unknown; no parts → exact 0 (nothing to add is a true zero).
 */
export function qualifiedSum(parts: readonly Qualified[]): Qualified {
  if (parts.length === 0) return { value: 0, qualifier: 'exact' };
  const known = parts.filter((p) => p.value !== null);
  if (known.length === 0) return UNKNOWN;
  const value = known.reduce((s, p) => s + p.value!, 0);
  if (known.some((p) => p.qualifier === 'approximate')) return { value, qualifier: 'approximate' };
  const bound = known.length < parts.length || known.some((p) => p.qualifier === 'at_least');
  return { value, qualifier: bound ? 'at_least' : 'exact' };
}

/**
 * `numerator / denominator × scale`. Exact over exact is exact; a lower bound over an exact
 * figure is still a lower bound (the ratio can only be larger); any other mix is approximate (a
 * lower-bound denominator bounds the ratio from above, which the qualifiers cannot say). Unknown
 * or a zero denominator → unknown.
 */
export function qualifiedRatio(numerator: Qualified, denominator: Qualified, scale = 1): Qualified {
  if (numerator.value === null || denominator.value === null || denominator.value === 0) return UNKNOWN;
  const value = (numerator.value / denominator.value) * scale;
  const n = numerator.qualifier;
  const d = denominator.qualifier;
  if (n === 'exact' && d === 'exact') return { value, qualifier: 'exact' };
  if (n === 'at_least' && d === 'exact') return { value, qualifier: 'at_least' };
  return { value, qualifier: 'approximate' };
}
