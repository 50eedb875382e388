// Picking for PlanningMap: which features lie under a pixel, read from the two renderers that draw
// them (MapLibre's own layers for the curated layers and small imports, deck.gl's chunk layers for
// the large imports) and merged into one top-first list. Kept apart from the class because the
// merge rule (two renderers ordered by the app's draw order) is arithmetic that a unit test can
// check without a map, and because large-layer picking evolves in the deck modules while the class
// only hands over its state.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../data/schema';
import type { FeatureRef } from '../state/selection';
import type { MapDeck } from './analysis-overlay';
import { pickAt } from './native/pick';

/** Picking tolerance around the pointer, in CSS pixels. */
export const PICK_RADIUS = 4;

/**
 * The topmost feature MapLibre draws within PICK_RADIUS CSS pixels of `point` (CSS pixels from the
 * map's top-left corner), or null; null too before the style (`pickLayers` null). Native layers only:
 * this runs on every mouse move (hover), and a pick of deck.gl's large layers renders a picking pass
 * of every chunk, far too slow for that in software WebGL.
 */
export function pickTopNative(
  map: MapLibreMap,
  pickLayers: Record<string, LayerId> | null,
  point: { x: number; y: number },
): FeatureRef | null {
  return pickLayers ? (pickAt(map, point, PICK_RADIUS, pickLayers)[0] ?? null) : null;
}

/**
 * Every feature drawn within `radiusPx` CSS pixels of `point`, top first, one entry per feature:
 * MapLibre's (`pickLayers`: style layer id → app layer; null before the style gives []) and the
 * large layers' from `deck` (null while deck.gl is not loaded), named by their layer-wide ordinal.
 * `order` is the draw order handed to setLayers (bottom first).
 */
export function pickAllAt(
  map: MapLibreMap,
  pickLayers: Record<string, LayerId> | null,
  deck: Pick<MapDeck, 'pickBig'> | null,
  order: readonly LayerId[],
  point: { x: number; y: number },
  radiusPx: number,
): FeatureRef[] {
  if (!pickLayers) return [];
  const native = pickAt(map, point, radiusPx, pickLayers);
  // A large layer's feature is named by its layer-wide ordinal (what deck.gl's picking reports).
  const big: FeatureRef[] = (deck?.pickBig(point, radiusPx) ?? []).map((p) => ({
    layerId: p.layerId,
    featureId: String(p.ordinal),
  }));
  return mergePicks(native, big, order);
}

/**
 * Two top-first pick lists merged by the layers' draw order (`order`, bottom first; a layer not in
 * it counts as the bottom), stable within a layer and between equal ranks (native first). With no
 * large-layer pick the native list is returned as it is.
 */
export function mergePicks(
  native: FeatureRef[],
  big: readonly FeatureRef[],
  order: readonly LayerId[],
): FeatureRef[] {
  if (big.length === 0) return native;
  const rank = (r: FeatureRef) => -order.indexOf(r.layerId);
  return [...native, ...big]
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
}
