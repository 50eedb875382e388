// The box "zoom to layer" fits for an imported layer. A curated layer's box comes from the catalog
// the pipeline wrote; an imported one has no catalog entry, so its box is worked out here: a small
// layer's from its features (held as GeoJSON in the layers store), a large layer's from the
// import's summary (its chunks are never turned back into GeoJSON). The row's button hands the box
// with its zoom request, so the map (and the embed, which has no imported-layer rows) never needs
// this code: the embed is within bytes of its size target (README, Bundle size).
import type { Geometry } from 'geojson';
import type { BinaryLayerSummary } from '../../data/binary/types';
import type { LayerFeature } from '../../data/load-layer';
import type { Bbox, LayerId } from '../../data/schema';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';

const finite = (b: readonly number[]) => b.length >= 4 && b.slice(0, 4).every(Number.isFinite);

/**
 * Grows `box` ([west, south, east, north], mutated) by every position of `geometry`. A plain walk
 * rather than @turf/bbox: importing Turf here regroups the shared chunks so that the embed, which
 * never shows this button, loads 70 bytes more (it is at its size target); the unit test
 * checks the result against @turf/bbox.
 */
function grow(box: number[], geometry: Geometry): void {
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) grow(box, g);
    return;
  }
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0]!, x!);
      box[1] = Math.min(box[1]!, y!);
      box[2] = Math.max(box[2]!, x!);
      box[3] = Math.max(box[3]!, y!);
    } else for (const inner of c) walk(inner);
  };
  walk(geometry.coordinates);
}

/**
 * [west, south, east, north] in degrees of the features that have a location (a geometry whose
 * box is finite); null when none has. Features without geometry (kept by the data boundary) and
 * those with a NaN or infinite coordinate add nothing.
 */
export function locatedBbox(features: readonly LayerFeature[]): Bbox | null {
  let box: Bbox | null = null;
  for (const f of features) {
    if (!f.geometry) continue;
    const b = [Infinity, Infinity, -Infinity, -Infinity];
    grow(b, f.geometry);
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

/** "Zoom to layer" for the imported layer `id`: a zoom request carrying its box; nothing without one. */
export function requestImportedZoom(id: LayerId): void {
  const bbox = importedLayerBbox(id);
  if (bbox) useLayers.getState().requestZoom(id, bbox);
}
