// The style rules of src/layers/style.ts as MapLibre style expressions (plain arrays; MapLibre
// validates them when the layer is added). src/layers/evaluate.ts is the same meaning in
// TypeScript; from-description.test.ts holds the two together.
import type { ColorRule, NumberRule } from '../../layers/style';

export type Expr = unknown[] | string | number | boolean;

export const hovered: Expr = ['boolean', ['feature-state', 'hover'], false];

/** True where the feature's `field` is missing: absent, null or ''. */
export const missingExpr = (field: string): Expr => [
  'any',
  ['!', ['has', field]],
  ['==', ['get', field], null],
  ['==', ['get', field], ''],
];

/**
 * `rule` as an expression whose outputs are `out(colour)` (the colour itself, its alpha, an icon
 * name), so one rule gives the fill colour, the fill opacity and the point icons alike.
 */
export function ruleExpr<T extends Expr>(rule: ColorRule, out: (color: string) => T): Expr {
  if (rule.type === 'fixed') return out(rule.color);
  if (rule.type === 'category') {
    const pairs = Object.entries(rule.colors).flatMap(([value, color]) => [value, out(color)]);
    return pairs.length === 0
      ? out(rule.other)
      : ['match', ['to-string', ['get', rule.field]], ...pairs, out(rule.other)];
  }
  const v = ['get', rule.field];
  if (rule.colors.length === 0) return out(rule.missing);
  const steps = rule.breaks
    .slice(0, rule.colors.length - 1)
    .flatMap((b, i) => [['<=', ['to-number', v], b], out(rule.colors[i]!)]);
  return ['case', ['!=', ['typeof', v], 'number'], out(rule.missing), ...steps, out(rule.colors.at(-1)!)];
}

/** `rule` with features missing `missingField` given `missingOut` first. */
export function withMissing(expr: Expr, missingField: string | undefined, missingOut: Expr): Expr {
  return missingField === undefined ? expr : ['case', missingExpr(missingField), missingOut, expr];
}

export function numberExpr(rule: NumberRule): Expr {
  if (typeof rule === 'number') return rule;
  const pairs = Object.entries(rule.values).flat();
  return pairs.length === 0
    ? rule.other
    : ['match', ['to-string', ['get', rule.field]], ...pairs, rule.other];
}

/** Features of `ids` (by their `id` property) drawn as they are, others at `dimmed` of their opacity. */
export function highlightFactor(ids: readonly string[] | null | undefined, dimmed: number): Expr | null {
  if (!ids) return null;
  return ['case', ['in', ['to-string', ['get', 'id']], ['literal', [...ids]]], 1, dimmed];
}
