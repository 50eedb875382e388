// A large layer's features in view, for the screen-reader list (InViewList.tsx): counted from its
// chunks (data/binary/in-box.ts, the same bounding-box test as a small layer's) under its filter
// (the masks the table, the counts and the map read), with a feature's properties made only for
// the few the list shows. Without it the list's count left out every large layer: "12 features in
// view" over 100,000 parcels.
import type { Feature } from 'geojson';
import { propertiesAt } from '../data/binary/feature';
import { featuresInBox } from '../data/binary/in-box';
import type { LayerId } from '../data/schema';
import type { LayerFilter } from '../lib/filter';
import { bigMasks } from '../state/big-filter';
import type { BigLayer } from '../state/big-layers-store';
import type { Box, InViewGroup, InViewItem } from './in-view';

/**
 * The group of large layer `layer` for `view` ([west, south, east, north], degrees): `total` every
 * feature passing `filter` whose box overlaps the view, `items` the first `max` of them in layer
 * order (id: the ordinal, as a string). Null when none is in view.
 */
export function bigFeaturesInView(
  layer: BigLayer,
  filter: LayerFilter,
  view: Box,
  max: number,
): InViewGroup | null {
  const masks = bigMasks(layer, filter);
  const items: InViewItem[] = [];
  let total = 0;
  layer.chunks.forEach((chunk, k) => {
    const inside = featuresInBox(chunk, view, masks?.[k] ?? null);
    total += inside.length;
    for (const i of inside) {
      if (items.length >= max) break;
      const feature: Feature = {
        type: 'Feature',
        geometry: null as never,
        properties: propertiesAt(chunk, i),
      };
      items.push({ id: String(chunk.first + i), feature });
    }
  });
  return total > 0 ? { layerId: layer.id as LayerId, items, total, big: true } : null;
}
