// A data layer's new style or highlight applied to its MapLibre style layers in place, rather than
// by removing them and adding them again under the same ids.
//
// Why: a tile's symbol bucket is bound to the style layer object that had the bucket's id when the
// tile arrived (maplibre's bucket `deserialize`: `style.getLayer(id)`). When a layer is added and
// replaced again before any frame has evaluated it (a park highlight changing twice in a row on a
// slow machine), a bucket can keep the replaced object, whose layout never existed, and the next
// label placement throws "Cannot read properties of undefined (reading 'get')" (maplibre-gl
// src/symbol/placement.ts, getBucketParts). Editing keeps one object per id. MapLibre's own style
// diff (style-spec `diff`) does this for a whole style, but maplibre-gl does not export it and a
// second copy of the style spec does not fit the embed's size budget; these layers are plain JSON,
// so comparing each property's JSON is enough. Only a layer whose type or source changes is still
// replaced under its id (no style here does that).
import type { LayerSpecification } from 'maplibre-gl';

/**
 * One in-place change of a style layer, as the MapLibre Map method and its arguments:
 * ['setPaintProperty', id, property, value], ['setLayoutProperty', id, property, value],
 * ['setFilter', id, filter] or ['setLayerZoomRange', id, minzoom, maxzoom].
 */
export type Restyle =
  | ['setPaintProperty' | 'setLayoutProperty', string, string, unknown]
  | ['setFilter', string, unknown]
  | ['setLayerZoomRange', string, number, number];

/** What turns one list of style layers into another (restylePlan). */
export interface RestylePlan {
  /** Ids to remove: gone from the new list, or of another type or source there. */
  remove: string[];
  /** Edits of the layers kept under their ids. */
  edits: Restyle[];
  /** Layers to add: new ids, and those removed for another type or source. */
  add: LayerSpecification[];
}

type Loose = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * How to turn the style layers `from` into `to`, matched by id: a layer in both with the same type
 * and source (only GeoJSON sources here: no source layer) is edited in place, each paint and layout
 * property whose JSON differs set anew (one only `from` has is set to undefined, MapLibre's
 * default), and its filter and zoom range; the others are removed or added. The draw order is the
 * caller's (NativeLayers restacks). The specs carry no visibility (their owner sets it on the map:
 * the layer panel's checkbox), so none is changed here.
 */
export function restylePlan(
  from: readonly LayerSpecification[],
  to: readonly LayerSpecification[],
): RestylePlan {
  const old = new Map(from.map((l) => [l.id, l as unknown as Loose]));
  const plan: RestylePlan = { remove: [], edits: [], add: [] };
  for (const spec of to) {
    const b = spec as unknown as Loose;
    const a = old.get(spec.id);
    old.delete(spec.id);
    if (!a || a.type !== b.type || a.source !== b.source) {
      if (a) plan.remove.push(spec.id);
      plan.add.push(spec);
      continue;
    }
    for (const [kind, method] of [
      ['paint', 'setPaintProperty'],
      ['layout', 'setLayoutProperty'],
    ] as const) {
      const x = (a[kind] ?? {}) as Loose;
      const y = (b[kind] ?? {}) as Loose;
      for (const k of Object.keys({ ...x, ...y }))
        if (!same(x[k], y[k])) plan.edits.push([method, spec.id, k, y[k]]);
    }
    if (!same(a.filter, b.filter)) plan.edits.push(['setFilter', spec.id, b.filter ?? null]);
    if (a.minzoom !== b.minzoom || a.maxzoom !== b.maxzoom)
      plan.edits.push([
        'setLayerZoomRange',
        spec.id,
        (b.minzoom as number) ?? 0,
        (b.maxzoom as number) ?? 24,
      ]);
  }
  plan.remove.push(...old.keys());
  return plan;
}
