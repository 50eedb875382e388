// A large layer's feature as GeoJSON, built on demand from its chunk (what the info panel shows for
// a selection). Apart from the store so the chunk decoder loads with the info panel, not with the map.
import type { Feature, Geometry } from 'geojson';
import { featureAt } from '../data/binary/feature';
import { locate } from '../data/binary/rows';
import { bigLayer } from './big-layers-store';
import { setFeatureFinder } from './layers';

/**
 * The GeoJSON of a large layer's feature, by its layer-wide ordinal as a string (a FeatureRef's
 * featureId), built from its chunk (featureAt); null for another layer or an ordinal not loaded.
 */
export function bigFeature(layerId: string, featureId: string): Feature<Geometry | null> | null {
  const layer = bigLayer(layerId);
  const ordinal = Number(featureId);
  if (!layer || !/^\d+$/.test(featureId)) return null;
  // Chunks are in `first` order: a binary search finds the one holding the ordinal.
  const at = locate(layer.chunks, ordinal);
  return at ? featureAt(at.chunk, at.i) : null;
}

// Lists that find features through findFeature (a table row's zoom, the chooser) reach large layers
// once this module is loaded (with the info panel or the attribute table).
setFeatureFinder(bigFeature);
