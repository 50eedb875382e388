// Per-feature colours of a large layer coloured by a column (a category or classes rule), handed to
// deck.gl as binary attributes rather than accessor functions: over 100k features an accessor is a
// JS call per feature on every rebuild, where an attribute is a typed array deck.gl uploads (points)
// or copies per path/polygon (GeoJsonLayer's binary sub-layers read `attributes` by accessor name:
// getFillColor for points and polygons, getColor for the PathLayers of lines and outlines).
// Computed once per chunk and style and cached by both objects (WeakMaps), so an opacity drag, a
// pan or a filter change reuses the same arrays and the same data object (deck.gl re-uploads
// nothing); a new rule is a new style object and computes afresh.
import { withFeatureIds } from '../../data/binary/feature-ids';
import { texts } from '../../data/binary/text-dictionary';
import type { BinaryChunk, Column } from '../../data/binary/types';
import { colorWithMissing, rgbaOf } from '../../layers/evaluate';
import type { ColorRule, LayerStyle, MissingStyle } from '../../layers/style';
import { featurePoints } from './feature-points';

/** deck.gl's binary attribute of RGBA bytes (normalised to 0–1 in the shader). */
export interface ColorAttribute {
  value: Uint8Array;
  size: 4;
  normalized: true;
}

const attribute = (value: Uint8Array): ColorAttribute => ({ value, size: 4, normalized: true });

/**
 * A reader of a column's value per feature as the style rules read it (null: no value). A text
 * column's dictionary (UTF-8, text-dictionary.ts) is decoded once here, not once per feature.
 */
function cellReader(col: Column | undefined): (i: number) => string | number | null {
  if (!col) return () => null;
  if (col.kind === 'number') {
    const values = col.values;
    return (i) => {
      const v = values[i]!;
      return Number.isNaN(v) ? null : v;
    };
  }
  const { codes } = col;
  const values = texts(col.dictionary);
  return (i) => {
    const code = codes[i]!;
    return code === 0 ? null : values[code - 1]!;
  };
}

/**
 * RGBA bytes per feature of `chunk` (count × 4, feature order) for `rule`, with `missing` first (as
 * colorWithMissing), the alpha multiplied by `alpha` (0–1, a fill's opacity). Colour strings are
 * parsed once each; the rule is evaluated once per feature on a reused properties object.
 */
export function featureColors(
  chunk: BinaryChunk,
  rule: ColorRule,
  missing: MissingStyle | undefined,
  alpha = 1,
): Uint8Array {
  const out = new Uint8Array(chunk.count * 4);
  const parsed = new Map<string, [number, number, number, number]>();
  const fields = rule.type === 'fixed' ? [] : [rule.field];
  if (missing && !fields.includes(missing.field)) fields.push(missing.field);
  const readers = fields.map((f) => cellReader(chunk.columns[f]));
  const props: Record<string, unknown> = {};
  for (let i = 0; i < chunk.count; i++) {
    fields.forEach((f, k) => {
      props[f] = readers[k]!(i);
    });
    const css = colorWithMissing(rule, missing, props);
    let c = parsed.get(css);
    if (!c) {
      const [r, g, b, a] = rgbaOf(css);
      c = [r, g, b, Math.round(a * alpha)];
      parsed.set(css, c);
    }
    out.set(c, 4 * i);
  }
  return out;
}

/** Per-feature RGBA bytes spread to the vertices of a part by its feature ids (vertices × 4). */
export function vertexColors(perFeature: Uint8Array, featureIds: ArrayLike<number>): Uint8Array {
  const src = new Uint32Array(perFeature.buffer, perFeature.byteOffset, perFeature.length / 4);
  const out = new Uint32Array(featureIds.length);
  for (let v = 0; v < featureIds.length; v++) out[v] = src[featureIds[v]!]!;
  return new Uint8Array(out.buffer);
}

const ruled = (r: ColorRule | undefined): r is Exclude<ColorRule, { type: 'fixed' }> =>
  r !== undefined && r.type !== 'fixed';

/** The colour rules a style draws large layers' features with, when any is by a column. */
function rulesOf(style: LayerStyle) {
  const { fill, line, point } = style;
  // GeoJsonLayer fills polygons and points with getFillColor (as bigLayerPaint): the fill's rule,
  // else the points'.
  const fillRule = fill?.color ?? point?.color;
  return {
    fill: ruled(fillRule) ? fillRule : null,
    fillAlpha: fill ? fill.opacity : 1,
    point: ruled(point?.color ?? fillRule) ? (point?.color ?? fillRule)! : null,
    line: ruled(line?.color) ? line.color : null,
  };
}

const chunkCache = new WeakMap<BinaryChunk, WeakMap<LayerStyle, BinaryChunk>>();

/**
 * `chunk` with per-vertex colour attributes for `style`'s rules by a column (points: getFillColor;
 * lines: getColor; polygons: getFillColor and, for the outlines, getColor), or `chunk` itself when
 * every rule is a fixed colour (the constant colours of bigLayerPaint then do). The same object for
 * the same chunk and style.
 */
export function coloredChunk(chunk: BinaryChunk, style: LayerStyle): BinaryChunk {
  const rules = rulesOf(style);
  if (!rules.fill && !rules.line && !rules.point) return chunk;
  // Per-vertex colours follow the per-vertex ids, which a chunk drawn as shapes has anyway.
  withFeatureIds(chunk);
  let byStyle = chunkCache.get(chunk);
  const hit = byStyle?.get(style);
  if (hit) return hit;
  const fill = rules.fill && featureColors(chunk, rules.fill, style.missing, rules.fillAlpha);
  const pointRule = rules.point;
  const points =
    pointRule && (pointRule === rules.fill ? fill : featureColors(chunk, pointRule, style.missing));
  const line = rules.line && featureColors(chunk, rules.line, style.missing);
  const attrs = <P extends BinaryChunk['points' | 'lines' | 'polygons']>(
    part: P,
    named: Record<string, Uint8Array | null>,
  ): P => {
    const a: Record<string, ColorAttribute> = {};
    for (const [name, perFeature] of Object.entries(named))
      if (perFeature) a[name] = attribute(vertexColors(perFeature, part.featureIds.value));
    return Object.keys(a).length > 0 ? { ...part, attributes: a } : part;
  };
  const out: BinaryChunk = {
    ...chunk,
    points: attrs(chunk.points, { getFillColor: points }),
    lines: attrs(chunk.lines, { getColor: line }),
    polygons: attrs(chunk.polygons, { getFillColor: fill, getColor: line }),
  };
  if (!byStyle) {
    byStyle = new WeakMap();
    chunkCache.set(chunk, byStyle);
  }
  byStyle.set(style, out);
  return out;
}

const pointCache = new WeakMap<BinaryChunk, WeakMap<LayerStyle, Uint8Array>>();

/**
 * RGBA bytes per point of the chunk's level-of-detail points (featurePoints order), alpha raised to
 * at least `minAlpha` as bigPointProps does for its constant colour; null when the style colours
 * by no column. Cached per chunk and style.
 */
export function pointColors(chunk: BinaryChunk, style: LayerStyle, minAlpha: number): Uint8Array | null {
  const rules = rulesOf(style);
  const rule = rules.fill ?? rules.line;
  if (!rule) return null;
  const hit = pointCache.get(chunk)?.get(style);
  if (hit) return hit;
  const perFeature = featureColors(chunk, rule, style.missing, rules.fill ? rules.fillAlpha : 1);
  const { ordinals, length } = featurePoints(chunk);
  const out = new Uint8Array(length * 4);
  for (let i = 0; i < length; i++) {
    const f = ordinals[i]! - chunk.first;
    out.set(perFeature.subarray(4 * f, 4 * f + 4), 4 * i);
    out[4 * i + 3] = Math.max(out[4 * i + 3]!, minAlpha);
  }
  let byStyle = pointCache.get(chunk);
  if (!byStyle) {
    byStyle = new WeakMap();
    pointCache.set(chunk, byStyle);
  }
  byStyle.set(style, out);
  return out;
}
