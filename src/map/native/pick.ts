// Turning what MapLibre rendered at a pixel into the app's feature references.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import type { FeatureRef } from '../../state/selection';

/** The part of a rendered feature that picking reads (MapLibre's MapGeoJSONFeature has it). */
export interface RenderedFeature {
  layer: { id: string };
  properties: Record<string, unknown> | null;
}

/**
 * FeatureRefs of rendered features, in the given order (MapLibre's is top first), one per
 * feature: a park drawn by its fill, outline and label is one entry, at its topmost place.
 * Features of style layers not in `pickLayers` (basemap, selection outlines) are left out.
 */
export function refsOf(
  rendered: readonly RenderedFeature[],
  pickLayers: Record<string, LayerId>,
): FeatureRef[] {
  const out: FeatureRef[] = [];
  const seen = new Set<string>();
  for (const f of rendered) {
    const layerId = pickLayers[f.layer.id];
    const id = f.properties?.id;
    if (!layerId || (typeof id !== 'string' && typeof id !== 'number')) continue;
    const key = `${layerId}\u0000${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ layerId, featureId: String(id) });
  }
  return out;
}

/** Every curated feature drawn within `radiusPx` CSS pixels of `point`, top first. */
export function pickAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  radiusPx: number,
  pickLayers: Record<string, LayerId>,
): FeatureRef[] {
  const layers = Object.keys(pickLayers).filter((id) => map.getLayer(id));
  if (layers.length === 0) return [];
  const r = Math.max(0, radiusPx);
  const rendered = map.queryRenderedFeatures(
    [
      [point.x - r, point.y - r],
      [point.x + r, point.y + r],
    ],
    { layers },
  );
  return refsOf(rendered as unknown as RenderedFeature[], pickLayers);
}
