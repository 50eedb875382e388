// How many fraction digits a legend writes class bounds with, decided once when a `classes` rule is
// made from an imported column (color-by.ts) and kept in the rule: the legend, in every page's first
// paint (the embed's included), only reads it.

/**
 * Fraction digits for class bounds: the fewest (0–2) that write every break exactly (20.5 stays
 * 20.5, 12 stays 12), else the fewest (2–6) that keep the breaks apart (an imported column's
 * quantiles can be any real number: 0.123 and 0.127 must not both read "0.12").
 */
export function classDigits(breaks: readonly number[]): number {
  const at = (b: number, d: number) => Math.round(b * 10 ** d) / 10 ** d;
  for (let d = 0; d <= 2; d++)
    if (breaks.every((b) => Math.abs(at(b, d) - b) <= 1e-9 * Math.max(1, Math.abs(b)))) return d;
  for (let d = 2; d < 6; d++)
    if (new Set(breaks.map((b) => at(b, d))).size === new Set(breaks).size) return d;
  return 6;
}
