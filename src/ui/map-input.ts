// What one map (a side of a comparison, or the only map) is told to draw, built from the stores:
// the visible layers in draw order, their filtered features, the time slider's parks, the
// choropleth's districts, the explorer's highlight. Plain data for PlanningMap.setLayers.
import type { Feature } from 'geojson';
import type { LayerId } from '../data/schema';
import { CURATED_DESCRIPTIONS } from '../layers/curated';
import type { BigLayerInput, MapLayersInput } from '../map/PlanningMap';
import { useBigDrawFilters } from '../state/big-draw-filter';
import { useBigLayers } from '../state/big-layers-store';
import { choroplethView } from '../state/choropleth';
import { visibleFor } from '../state/compare';
import { explorerHighlight } from '../state/explorer';
import type { useLayers } from '../state/layers';
import { type ResultOnMap, useResultOnMap } from '../state/result-on-map';
import { shownFeatures } from '../state/shown-features';
import type { MapSide } from '../state/side';
import { yearFor } from '../state/time';
import { runtimeDescription } from '../state/user-layers-store';
import { drawnParkIds, parksAtStop, withYearUnknown } from './time/map-time';

/** The parks' own style with the year-unknown parks drawn apart: one object, so inputs compare equal. */
const TIME_PARKS_STYLE = withYearUnknown(CURATED_DESCRIPTIONS.parks.style);

/** What a map side draws of each layer the store holds (keys in draw order, bottom first). */
export function mapInput(
  layers: ReturnType<typeof useLayers.getState>['layers'],
  order: readonly LayerId[],
  side: MapSide,
): MapLayersInput {
  const out: MapLayersInput = {};
  const shown = visibleFor(side);
  const results = useResultOnMap.getState().byLayer;
  for (const id of order) {
    const layer = layers[id];
    if (!layer) continue;
    out[id] = {
      visible: shown.includes(id),
      // The features passing the layer's filter (memoised: unchanged filters give the same array),
      // only those of an analysis answer shown on the map (result-on-map.ts).
      features: onlyOf(shownFeatures(id, side), results[id]?.result),
      opacity: layer.opacity,
    };
    // An imported layer brings its description (drawn by the same renderer as the curated ones).
    const description = runtimeDescription(id);
    if (description) out[id] = { ...out[id]!, description };
  }
  // The time slider: only the parks established by the side's year, and the year-unknown ones drawn
  // apart (a style override: the parks' own style plus the missing-year rule).
  const stop = yearFor(side);
  if (stop !== null && out.parks) {
    out.parks = { ...out.parks, features: parksAtStop(out.parks.features, stop), style: TIME_PARKS_STYLE };
  }
  // The choropleth: the districts with the metric's value, drawn by classes.
  const choropleth = choroplethView();
  if (choropleth.status === 'ready' && out.districts) {
    out.districts = { ...out.districts, features: choropleth.layer.features, style: choropleth.layer.style };
  }
  // The investors' explorer dims the parks outside its filters while it is open.
  if (out.parks) out.parks = { ...out.parks, highlight: explorerHighlight() };
  return out;
}

const onlyCache = new WeakMap<Feature[], WeakMap<ReadonlySet<string>, Feature[]>>();

/** The features of `features` whose id is in `ids` (memoised per pair); all without a set of ids. */
export function onlyOf(features: Feature[], ids: ResultOnMap | null | undefined): Feature[] {
  if (!(ids instanceof Set)) return features;
  let byIds = onlyCache.get(features);
  if (!byIds) {
    byIds = new WeakMap();
    onlyCache.set(features, byIds);
  }
  let out = byIds.get(ids);
  if (!out) {
    out = features.filter((f) => ids.has(String(f.properties?.id ?? '')));
    byIds.set(ids, out);
  }
  return out;
}

/** Whether two inputs would draw the same (by identity of features, styles and descriptions). */
export function sameInput(a: MapLayersInput | null, b: MapLayersInput): boolean {
  if (!a) return false;
  const ids = Object.keys(b);
  if (Object.keys(a).join('\u0000') !== ids.join('\u0000')) return false;
  return ids.every((id) => {
    const x = a[id]!;
    const y = b[id]!;
    return (
      x.visible === y.visible &&
      x.features === y.features &&
      x.opacity === y.opacity &&
      x.style === y.style &&
      x.description === y.description &&
      String(x.highlight ?? null) === String(y.highlight ?? null)
    );
  });
}

/** What the map draws of the parks while the time slider is on, for tests and tools (data-*). */
export function markParks(el: HTMLElement, input: MapLayersInput, timeOn: boolean): void {
  if (!timeOn) {
    delete el.dataset.parksPlaced;
    delete el.dataset.parksYearUnknown;
    return;
  }
  const { placed, yearUnknown } = drawnParkIds(input.parks?.features ?? []);
  el.dataset.parksPlaced = placed.join(' ');
  el.dataset.parksYearUnknown = yearUnknown.join(' ');
}

/**
 * What a map side draws of the large imported layers, in draw order (bottom first). `last` is the
 * side's previous answer: returned as it is when nothing changed, so the map is not re-fed.
 */
export function bigInput(
  layers: ReturnType<typeof useLayers.getState>['layers'],
  order: readonly LayerId[],
  side: MapSide,
  last: readonly BigLayerInput[] = [],
): readonly BigLayerInput[] {
  const big = useBigLayers.getState().layers;
  const { byLayer: filters, waiting } = useBigDrawFilters.getState();
  const shown = visibleFor(side);
  const out: BigLayerInput[] = [];
  for (const id of order) {
    const b = big[id];
    if (!b || !layers[id] || waiting) continue;
    out.push({
      id,
      description: b.description,
      chunks: b.chunks,
      visible: shown.includes(id),
      opacity: layers[id].opacity,
      filter: filters[id],
    });
  }
  const same =
    out.length === last.length &&
    out.every((x, i) => {
      const y = last[i]!;
      return (
        x.id === y.id &&
        x.description === y.description &&
        x.chunks === y.chunks &&
        x.visible === y.visible &&
        x.opacity === y.opacity &&
        x.filter === y.filter
      );
    });
  return same ? last : out;
}
