// The feature count a layer's legend shows: the features the map draws, i.e. the located features
// passing the layer's filter (shown-features.ts) and, for the parks while the time slider is on, the
// parks its stop shows plus the year-unknown ones it draws apart (as MapView feeds the map), so the
// legend, the map and the table agree.
import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../data/schema';
import { parkTime, shownAt, yearUnknown } from '../lib/park-time';
import { useFilters } from './filters';
import { useLayers } from './layers';
import { shownFeatures } from './shown-features';
import { useTime, yearFor } from './time';

/** How many features of `layerId` the single map draws (0 for a layer the store does not hold). */
export function legendCount(layerId: LayerId): number {
  if (!useLayers.getState().layers[layerId]) return 0;
  const shown = shownFeatures(layerId);
  const stop = layerId === 'parks' ? yearFor('single') : null;
  if (stop === null) return shown.length;
  return (shown as Feature<Geometry | null>[])
    .map(parkTime)
    .filter((p) => p !== null && (shownAt(p, stop) || yearUnknown(p))).length;
}

/** legendCount, re-read whenever the layer's features, its filter or the time slider change. */
export function useLegendCount(layerId: LayerId): number {
  useLayers((s) => s.layers[layerId]?.features);
  useFilters((s) => s.filters[layerId]);
  useTime((s) => s.year);
  return legendCount(layerId);
}
