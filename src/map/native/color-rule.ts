// A ColorRule (src/layers/style.ts) as a MapLibre style expression, so one declarative rule draws
// the same colours wherever MapLibre draws it (fill, line or circle colour). Pure: no map needed.
import type { ColorRule } from '../../layers/style';

/** A MapLibre expression (plain JSON arrays) or a constant colour string. */
export type ColorExpression = string | unknown[];

/**
 * The MapLibre expression of `rule`:
 * - fixed → the colour itself;
 * - category → `['match', ['to-string', ['get', field]], value, colour, …, other]`;
 * - classes → a `case` ladder: a feature whose `field` is not a finite number takes `missing`;
 *   otherwise the first class with value <= breaks[i] (upper bounds inclusive, as classify.ts
 *   makes them; MapLibre's `step` is lower-inclusive, which would move a value lying exactly on a
 *   break into the class above, so `case` with `<=` is used instead); above the last break, the
 *   last colour. No breaks → every feature is `missing`.
 * Throws RangeError when a classes rule has fewer colours than breaks or unsorted breaks (a
 * programming error: rules come from classify()).
 */
export function colorRuleExpression(rule: ColorRule): ColorExpression {
  if (rule.type === 'fixed') return rule.color;
  if (rule.type === 'category') {
    const pairs = Object.entries(rule.colors).flat();
    // `match` needs at least one label; with none every feature is `other`.
    if (pairs.length === 0) return rule.other;
    return ['match', ['to-string', ['get', rule.field]], ...pairs, rule.other];
  }
  const { field, breaks, colors, missing } = rule;
  if (colors.length < breaks.length)
    throw new RangeError(`${breaks.length} breaks but ${colors.length} colours.`);
  if (breaks.some((b, i) => i > 0 && b < breaks[i - 1]!)) throw new RangeError('Breaks must ascend.');
  if (breaks.length === 0) return missing;
  const value = ['get', field];
  // A number: GeoJSON (JSON) cannot carry NaN or ±Infinity, so any number MapLibre sees is finite;
  // null, a string or an absent property is missing.
  const isNumber = ['==', ['typeof', value], 'number'];
  const ladder: unknown[] = ['case'];
  for (let i = 0; i < breaks.length - 1; i++) ladder.push(['<=', value, breaks[i]!], colors[i]!);
  ladder.push(colors[breaks.length - 1]!);
  // A one-class rule has no tests left: the ladder is just its colour.
  const classed = ladder.length === 2 ? ladder[1] : ladder;
  return ['case', isNumber, classed, missing];
}
