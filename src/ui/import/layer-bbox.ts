// The box "zoom to layer" fits for an imported layer. A curated layer's box comes from the catalog
// the pipeline wrote; an imported one has no catalog entry, so its box is worked out here: a small
// layer's from its features (held as GeoJSON in the layers store), a large layer's from the
// import's summary (its chunks are never turned back into GeoJSON). Kept apart from the row's
// component so MapView reads the same box the button was enabled for.
import turfBbox from '@turf/bbox';
import type { Feature } from 'geojson';
import type { BinaryLayerSummary } from '../../data/binary/types';
import type { LayerFeature } from '../../data/load-layer';
import type { Bbox, LayerId } from '../../data/schema';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';

const finite = (b: readonly number[]) => b.length >= 4 && b.slice(0, 4).every(Number.isFinite);

/**
 * [west, south, east, north] in degrees of the features that have a location (a geometry whose
 * box is finite); null when none has. Features without geometry (kept by the data boundary) and
 * those with NaN or infinite coordinates add nothing.
 */
export function locatedBbox(features: readonly LayerFeature[]): Bbox | null {
  let box: Bbox | null = null;
  for (const f of features) {
    if (!f.geometry) continue;
    const b = turfBbox(f as Feature) as number[];
    if (!finite(b)) continue;
    box = box
      ? [Math.min(box[0], b[0]!), Math.min(box[1], b[1]!), Math.max(box[2], b[2]!), Math.max(box[3], b[3]!)]
      : [b[0]!, b[1]!, b[2]!, b[3]!];
  }
  return box;
}

/** A large layer's box: its import summary's, once the import has finished; else null. */
export function summaryBbox(summary: BinaryLayerSummary | null | undefined): Bbox | null {
  const b = summary?.bbox;
  return b && finite(b) ? [b[0], b[1], b[2], b[3]] : null;
}

/** The box of the imported layer `id` (small or large, read from the stores); null for any other. */
export function importedLayerBbox(id: LayerId): Bbox | null {
  const big = useBigLayers.getState().layers[id];
  if (big) return summaryBbox(big.summary);
  if (!useUserLayers.getState().layers[id]) return null;
  return locatedBbox(useLayers.getState().layers[id]?.features ?? []);
}
