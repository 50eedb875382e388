// The selected feature of a large layer, outlined on the map like a curated or small layer's
// selection (the same yellow, 3.5 px). A large layer's features are not MapLibre features, so the
// native selection layers (a filter on a source) cannot reach them: the feature is built from its
// chunk (featureAt) and drawn by one small deck.gl GeoJsonLayer above the large layers. Loaded with
// deck.gl (analysis-overlay.ts), so a map without large layers never downloads it.
import type { Feature, Geometry } from 'geojson';
import { featureAt } from '../../data/binary/feature';
import { locate } from '../../data/binary/rows';
import type { BinaryChunk } from '../../data/binary/types';
import type { FeatureRef } from '../../state/selection';
import { SELECTION } from '../colors';

/** The deck.gl layer id of the large-layer selection outline. */
export const BIG_SELECTION_ID = 'big-selection';

/**
 * The selected feature of a large layer as GeoJSON, or null when `ref` is not one of `layers`'
 * features (another layer, an ordinal not held, a feature without geometry). `ref.featureId` is
 * the layer-wide ordinal as a string (big-feature.ts). Chunks are in `first` order.
 */
export function bigSelectedFeature(
  ref: FeatureRef | null,
  layers: readonly { id: string; chunks: readonly BinaryChunk[] }[],
): Feature<Geometry> | null {
  if (!ref || !/^\d+$/.test(ref.featureId)) return null;
  const layer = layers.find((l) => l.id === ref.layerId);
  if (!layer) return null;
  const at = locate(layer.chunks, Number(ref.featureId));
  if (!at) return null;
  const f = featureAt(at.chunk, at.i);
  return f.geometry ? (f as Feature<Geometry>) : null;
}

/** GeoJsonLayer props of the outline of `feature` (drawn before `beforeId`). */
export function bigSelectionProps(feature: Feature<Geometry>, beforeId: string) {
  return {
    id: BIG_SELECTION_ID,
    data: [feature],
    filled: false,
    stroked: true,
    pickable: false,
    getLineColor: SELECTION,
    getLineWidth: 3.5,
    lineWidthUnits: 'pixels' as const,
    pointType: 'circle',
    getPointRadius: 6,
    pointRadiusUnits: 'pixels' as const,
    beforeId,
  };
}
