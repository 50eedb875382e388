// A style layer restyled in place rather than removed and added again under the same id.
//
// Why: MapLibre's tiles keep their symbol buckets between a removeLayer and an addLayer of the same
// id until the source has reloaded, and a bucket holds the layer object it was laid out for. When a
// layer is added and replaced again before any frame has evaluated it (a park highlight changing
// twice in a row on a slow machine), a bucket can keep the replaced object, whose layout was never
// evaluated, and the next symbol placement throws "Cannot read properties of undefined (reading
// 'get')" (maplibre-gl src/symbol/placement.ts, getBucketParts). Editing the layer keeps one object
// per id. MapLibre's style diff (style-spec `diff`) does the same for a whole style, but maplibre-gl
// does not export it and a second copy of the style spec does not fit the embed's size budget; the
// layers here are plain JSON, so comparing each property's JSON is enough.
import type { LayerSpecification } from 'maplibre-gl';

/**
 * One in-place change of a style layer, as the MapLibre Map method and its arguments:
 * ['setPaintProperty', id, property, value], ['setLayoutProperty', id, property, value] or
 * ['setFilter', id, filter].
 */
export type Restyle =
  | ['setPaintProperty' | 'setLayoutProperty', string, string, unknown]
  | ['setFilter', string, unknown];

type Loose = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// Only GeoJSON sources here: no source layer to compare.
const FIXED = ['id', 'type', 'source', 'minzoom', 'maxzoom'];
const SETTERS = [
  ['paint', 'setPaintProperty'],
  ['layout', 'setLayoutProperty'],
] as const;

/**
 * The edits that turn each style layer of `from` into the layer at the same place of `to` in place
 * (an empty list when they are the same; a property only `from` has is set to undefined,
 * MapLibre's default). Null when only new layers can change what differs: the lists' lengths, or a
 * layer's id, type, source or zoom range. The specs compared carry no visibility (their owner sets
 * it on the map: the layer panel's checkbox), so none is changed here.
 */
export function restyleEdits(
  from: readonly LayerSpecification[],
  to: readonly LayerSpecification[],
): Restyle[] | null {
  if (from.length !== to.length) return null;
  const edits: Restyle[] = [];
  for (let i = 0; i < to.length; i++) {
    const a = from[i] as unknown as Loose;
    const b = to[i] as unknown as Loose;
    if (FIXED.some((k) => a[k] !== b[k])) return null;
    for (const [kind, method] of SETTERS) {
      const x = (a[kind] ?? {}) as Loose;
      const y = (b[kind] ?? {}) as Loose;
      for (const k of Object.keys({ ...x, ...y }))
        if (!same(x[k], y[k])) edits.push([method, b.id as string, k, y[k]]);
    }
    if (!same(a.filter, b.filter)) edits.push(['setFilter', b.id as string, b.filter ?? null]);
  }
  return edits;
}
