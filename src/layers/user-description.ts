// The description an imported file's layer gets (issue 10 §1): plain data like the curated ones, so
// the one renderer, the legend, the filters and the table treat it as any other layer. Colours come
// from a palette none of the curated layers uses, so an imported layer never reads as a park status
// or a corridor kind.
import type { Geometry } from 'geojson';
import type { GeometryKind, LayerDescription } from './description';

/**
 * Colours for imported layers, taken in turn: Paul Tol's "muted" qualitative scheme (colour-blind
 * safe among themselves), reordered so the first ones stand apart from the parks' purples and
 * oranges, without its wine (the ring road's colour). A unit test checks that no curated description
 * uses any of them.
 */
export const USER_PALETTE = [
  '#117733',
  '#44aa99',
  '#cc6677',
  '#999933',
  '#332288',
  '#aa4499',
  '#88ccee',
  '#ddcc77',
] as const;

/** The layer id of the n-th imported layer (n ≥ 1): `user:<n>`, never from the file's name. */
export const userLayerId = (n: number): string => `user:${Math.max(1, Math.floor(n))}`;
export const isUserLayerId = (id: string): boolean => /^user:\d+$/.test(id);

/**
 * The geometry kind of a set of features: 'polygon', 'line' or 'point' when every located feature
 * is of that family (multi-parts included), 'mixed' otherwise (also for none located).
 */
export function geometryKindOf(features: readonly { geometry: Geometry | null }[]): GeometryKind {
  const kinds = new Set<GeometryKind>();
  for (const f of features) {
    const t = f.geometry?.type;
    if (t === 'Polygon' || t === 'MultiPolygon') kinds.add('polygon');
    else if (t === 'LineString' || t === 'MultiLineString') kinds.add('line');
    else if (t === 'Point' || t === 'MultiPoint') kinds.add('point');
    else if (t) kinds.add('mixed');
  }
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

/**
 * A default description for an imported layer: `id`, `title` (the file name, made distinct from the
 * other imported layers' by the caller) as both titles (plain text: the UI renders it as text, never
 * as HTML), features handed over at run time, a fixed colour from
 * USER_PALETTE (index `colorIndex`, wrapping) for fills, outlines, lines and points as the geometry
 * kind needs. No labels: an arbitrary file has no known name field.
 */
export function userLayerDescription(
  id: string,
  title: string,
  features: readonly { geometry: Geometry | null }[],
  colorIndex: number,
): LayerDescription {
  return userDescriptionOfKind(id, title, geometryKindOf(features), colorIndex);
}

/** The same for a layer whose geometry kind is known without its features (a large, binary layer). */
export function userDescriptionOfKind(
  id: string,
  title: string,
  geometry: GeometryKind,
  colorIndex: number,
): LayerDescription {
  const color =
    USER_PALETTE[((colorIndex % USER_PALETTE.length) + USER_PALETTE.length) % USER_PALETTE.length]!;
  const fixed = { type: 'fixed' as const, color };
  const polygons = geometry === 'polygon' || geometry === 'mixed';
  const lines = polygons || geometry === 'line';
  const points = geometry === 'point' || geometry === 'mixed';
  return {
    id,
    title: { vi: title, en: title },
    source: { type: 'features' },
    geometry,
    style: {
      ...(polygons ? { fill: { color: fixed, opacity: 0.35, hoverOpacity: 0.55 } } : {}),
      ...(lines ? { line: { color: fixed, width: geometry === 'line' ? 2.5 : 1.5, hoverWidth: 1.5 } } : {}),
      ...(points ? { point: { color: fixed, radius: 5, strokeColor: '#ffffff', strokeWidth: 1 } } : {}),
    },
    visible: true,
    opacity: 1,
  };
}
