// Which features of the visible layers lie in the map's view, for the screen-reader list
// (InViewList.tsx). The test is a bounding-box overlap: a feature's box (@turf/bbox, cached per
// feature object) against the view's box. No geometry code of our own, at a known cost: a district
// or corridor whose box reaches into the view is listed even when its shape only passes nearby.
// That errs on the side of listing; a sighted user sees the same feature at the view's edge.
import turfBbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../data/schema';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

export interface InViewItem {
  /** The feature's `id` property, as FeatureRef.featureId. */
  id: string;
  feature: Feature;
}

export interface InViewGroup {
  layerId: LayerId;
  /** The features in view; a large layer's only the first few (`total` counts them all). */
  items: InViewItem[];
  /** How many features of the layer are in view. */
  total: number;
  /** A large layer's group: `id` is the feature's ordinal in the layer (as its table's rows). */
  big?: true;
}

const boxes = new WeakMap<Feature, Box | null>();

function boxOf(feature: Feature): Box | null {
  let box = boxes.get(feature);
  if (box === undefined) {
    const b = feature.geometry ? turfBbox(feature as Feature<Geometry>) : null;
    box = b?.slice(0, 4).every(Number.isFinite) ? [b[0], b[1], b[2], b[3]] : null;
    boxes.set(feature, box);
  }
  return box;
}

/** Whether two boxes overlap (touching edges count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * The features of each layer (in the order given) whose box overlaps `view`, in their layer's
 * order; layers with none are left out. A feature without a location or an `id` is skipped.
 */
export function featuresInView(
  layers: readonly { layerId: LayerId; features: readonly Feature[] }[],
  view: Box,
): InViewGroup[] {
  const groups: InViewGroup[] = [];
  for (const { layerId, features } of layers) {
    const items: InViewItem[] = [];
    for (const feature of features) {
      const id = feature.properties?.id;
      const box = boxOf(feature);
      if (id === undefined || id === null || !box || !boxesOverlap(box, view)) continue;
      items.push({ id: String(id), feature });
    }
    if (items.length > 0) groups.push({ layerId, items, total: items.length });
  }
  return groups;
}
