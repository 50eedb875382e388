// "Colour by" for an imported layer: a colour rule made once from one column's values when the user
// chooses it, then kept in the layer's description (plain data: the category list and the class
// breaks are stored, never recomputed at draw time, so a reload draws the same colours).
// Text and boolean columns of few values get a `category` rule, numeric columns a `classes` rule
// of 5 quantile classes by the project's classification (src/analysis/classify.ts).

import { classify } from '../analysis/classify';
import { NO_DATA_COLOR, type RampName, rampColorsOnLight } from '../lib/color-ramps';
import { classDigits } from './class-digits';
import type { LayerDescription } from './description';
import type { ColorRule, LayerStyle } from './style';
import { USER_PALETTE, userDescriptionOfKind } from './user-description';

/**
 * Category colours: Paul Tol's "muted" qualitative scheme, all nine of its colours (USER_PALETTE's
 * eight, in that order, then its wine), which Tol designed to stay apart for colour-blind viewers.
 * Source: https://personal.sron.nl/~pault/ (the muted scheme).
 */
export const CATEGORY_PALETTE: readonly string[] = [...USER_PALETTE, '#882255'];

/**
 * Most distinct values a text column may have to be coloured by category: one colour each from
 * CATEGORY_PALETTE. Nine, not more: past the scheme's nine colours any further hue would be told
 * apart from the others neither by colour-blind viewers nor on a small legend swatch, and a map of
 * more categories reads better filtered (the layer's filters) than coloured.
 */
export const CATEGORY_LIMIT = CATEGORY_PALETTE.length;

/** A value the category list does not name (a value added after the choice): Tol's pale grey. */
export const OTHER_COLOR = '#dddddd';
/** Quantile classes of a numeric column. */
export const CLASS_COUNT = 5;
/** The choropleth's ColorBrewer ramp used for classes (light = low, dark = high). */
export const CLASS_RAMP: RampName = 'YlGnBu';
/**
 * Fill opacity of a layer coloured by a column: the default 0.35 leaves the light classes and the
 * pale categories almost invisible on the basemap; 0.7 keeps them apart at some cost of the
 * basemap showing through.
 */
export const COLORED_FILL_OPACITY = 0.7;
/** Its fill under the pointer: above COLORED_FILL_OPACITY, as the default 0.55 is above 0.35. */
export const COLORED_HOVER_OPACITY = 0.9;

/** What a column offers to "Colour by". */
export type ColumnProfile =
  | { field: string; kind: 'number' }
  /** Text (or boolean) values, distinct, at most CATEGORY_LIMIT of them, sorted. */
  | { field: string; kind: 'text'; values: string[] }
  /** Text with more than CATEGORY_LIMIT distinct values: listed, not offered. */
  | { field: string; kind: 'many'; distinct: number }
  /** Lists or objects (GDAL's Binary bytes, JSON): listed, not offered (no colour per list). */
  | { field: string; kind: 'structured' };

const collator = new Intl.Collator('vi', { numeric: true });

/** Distinct values, sorted as people read them ("2" before "10"). */
export const sortValues = (values: Iterable<string>): string[] => [...values].sort(collator.compare);

/** The profile of a column from its distinct text values, or as numbers. */
export function textProfile(field: string, distinct: ReadonlySet<string>): ColumnProfile {
  return distinct.size > CATEGORY_LIMIT
    ? { field, kind: 'many', distinct: distinct.size }
    : { field, kind: 'text', values: sortValues(distinct) };
}

/**
 * The colours a rule of `count` categories takes in turn: USER_PALETTE's eight while they suffice,
 * CATEGORY_PALETTE's nine for nine. Tol's wine, the ninth, is also the ring road's colour, so only
 * a rule that needs every colour takes it; a rule started late in the palette (category-start.ts)
 * wraps round the eight and never lands on it.
 */
export function categoryPalette(count: number): readonly string[] {
  return count <= USER_PALETTE.length ? USER_PALETTE : CATEGORY_PALETTE;
}

/**
 * A `category` rule: categoryPalette's colours in turn over `values` (at most CATEGORY_LIMIT of
 * them), starting at index `start` and wrapping (category-start.ts chooses it so that two layers
 * coloured by a column do not draw the same colours; 0: the palette's own order).
 */
export function categoryRule(field: string, values: readonly string[], start = 0): ColorRule {
  const colors: Record<string, string> = {};
  const kept = values.slice(0, CATEGORY_LIMIT);
  const palette = categoryPalette(kept.length);
  const n = palette.length;
  const first = ((Math.floor(start) % n) + n) % n;
  kept.forEach((v, i) => {
    colors[v] = palette[(first + i) % n]!;
  });
  return { type: 'category', field, colors, other: OTHER_COLOR };
}

/**
 * A `classes` rule: CLASS_COUNT quantile classes of the finite `values` (NaN, null: no data), each
 * break a class's largest member (classify's bins), colours from CLASS_RAMP without its palest
 * (rampColorsOnLight: #ffffcc all but vanished over the basemap); fewer classes when the
 * values have fewer distinct numbers. Null when no value is a finite number.
 */
export function classRule(field: string, values: readonly (number | null | undefined)[]): ColorRule | null {
  const c = classify(values, { method: 'quantile', classes: CLASS_COUNT });
  if (c.bins.length === 0) return null;
  const breaks = c.bins.map((b) => b.upper);
  const integers = values.every((v) => typeof v !== 'number' || !Number.isFinite(v) || Number.isInteger(v));
  return {
    type: 'classes',
    field,
    breaks,
    digits: classDigits(breaks.slice(0, -1)),
    colors: [...rampColorsOnLight(CLASS_RAMP, c.bins.length)],
    missing: NO_DATA_COLOR,
    ...(integers ? { integers } : {}),
  };
}

/** The style of an imported layer drawn in one colour (its palette colour, as when imported). */
export function oneColorStyle(d: LayerDescription, n: number): LayerStyle {
  return userDescriptionOfKind(d.id, '', d.geometry, n - 1).style;
}

/**
 * `d` coloured by `rule` (null: one colour again). Fills, lines and points all take the rule;
 * features missing the field take NO_DATA_COLOR with a dashed outline (the `missing` style), so
 * "no value" is never read as a category or a class. `missingValues` false: no feature misses the
 * field, so the legend lists no "no data" entry (LegendWords.noMissing). `counts`: features per
 * legend entry (rule-counts.ts), shown beside each (LegendWords.counts).
 */
export function withColorRule(
  d: LayerDescription,
  n: number,
  rule: ColorRule | null,
  missingValues = true,
  counts?: Record<string, number>,
): LayerDescription {
  const base = oneColorStyle(d, n);
  const { noMissing: _, counts: _counts, ...words } = d.legend ?? {};
  const legend = {
    ...words,
    ...(rule && !missingValues ? { noMissing: true } : {}),
    ...(rule && counts ? { counts } : {}),
  };
  const { legend: _old, ...rest } = d;
  const out = Object.keys(legend).length > 0 ? { ...rest, legend } : rest;
  if (!rule || rule.type === 'fixed') return { ...out, style: base };
  const { fill, line, point } = base;
  return {
    ...out,
    style: {
      ...(fill
        ? {
            fill: {
              ...fill,
              color: rule,
              opacity: COLORED_FILL_OPACITY,
              hoverOpacity: COLORED_HOVER_OPACITY,
            },
          }
        : {}),
      ...(line ? { line: { ...line, color: rule } } : {}),
      ...(point ? { point: { ...point, color: rule } } : {}),
      missing: { field: rule.field, color: NO_DATA_COLOR, dash: [2, 2] },
    },
  };
}

/** The column a description is coloured by, or null for one colour. */
export function colorField(d: LayerDescription): string | null {
  const { fill, line, point } = d.style;
  for (const r of [fill?.color, line?.color, point?.color]) if (r && r.type !== 'fixed') return r.field;
  return null;
}
