import { create } from 'zustand';
import type { FeatureProblem } from '../data/boundary';
import type { LoadErrorKind } from '../data/load-error';
import type { LayerFeature } from '../data/load-layer';
import { type Bbox, type CatalogLayer, type CuratedLayerId, LAYER_IDS, type LayerId } from '../data/schema';
import { restoreOrder } from './layer-order';

export type LayerStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LayerEntry {
  id: LayerId;
  status: LayerStatus;
  /** Every feature of the file; `geometry` is null for one without a usable location. */
  features: LayerFeature[];
  /** What the data boundary reported about kept features (a null geometry, a value kept as text). */
  problems: FeatureProblem[];
  /** Features read so far (while loading) or in total (when ready). */
  count: number;
  error: string | null;
  /** Why the layer failed, for a message in the user's language; `error` keeps the detail. */
  errorKind: LoadErrorKind | null;
  visible: boolean;
  /** How opaque the layer is drawn, 0–1 (1: as styled). */
  opacity: number;
  /** The catalog's entry, once the catalog is read. */
  meta: CatalogLayer | null;
}

/**
 * Every layer's entry by id: the curated five always (so `layers.parks` needs no check), and any
 * other layer (an analysis result, an imported file) once added; look those up as possibly absent.
 */
export type Entries = Record<CuratedLayerId, LayerEntry> & Record<LayerId, LayerEntry>;

/**
 * Draw order of the curated layers, bottom first: the layer panel's list (top first) as it always
 * was, the region's structure at the bottom and what sits on it above. Labels and place dots are
 * drawn above every shape whatever the order (one collision index, by the descriptions' priorities).
 */
export const DEFAULT_ORDER: readonly CuratedLayerId[] = [
  'context',
  'districts',
  'places',
  'corridors',
  'parks',
];

interface LayersState {
  layers: Entries;
  /** Draw order, bottom first: every id of `layers` exactly once. */
  order: LayerId[];
  /** Moves a layer to index `to` of `order` (clamped); an unknown id is ignored. */
  moveLayer: (id: LayerId, to: number) => void;
  /** Adds an empty layer (an analysis result or imported file) on top; a known id is left as it is. */
  addLayer: (id: LayerId) => void;
  /** Removes a run-time layer (an imported file); the curated five are never removed. */
  removeLayer: (id: LayerId) => void;
  setVisible: (id: LayerId, visible: boolean) => void;
  /**
   * Makes exactly these curated layers visible (imported layers keep their visibility: a link never
   * lists them), and draws them in the order given (bottom first): they take
   * the places in `order` the listed layers held, so hidden layers keep theirs. Unknown ids are ignored.
   */
  setVisibleSet: (ids: readonly LayerId[]) => void;
  /** Sets a layer's opacity, clamped to 0–1 (a non-finite value is ignored). */
  setOpacity: (id: LayerId, opacity: number) => void;
  /**
   * The last "zoom to layer" asked for; `n` grows on every request so a repeat is seen. `bbox`
   * ([west, south, east, north], degrees) is the box to fit when the layer has no catalog box (an
   * imported layer: ui/import/layer-bbox.ts).
   */
  zoomRequest: { id: LayerId; n: number; bbox?: Bbox } | null;
  requestZoom: (id: LayerId, bbox?: Bbox) => void;
  begin: (id: LayerId, meta: CatalogLayer | null) => void;
  progress: (id: LayerId, count: number) => void;
  done: (id: LayerId, features: LayerFeature[], problems?: FeatureProblem[]) => void;
  fail: (id: LayerId, message: string, kind?: LoadErrorKind) => void;
  reset: () => void;
}

/** A layer not loaded yet: idle, visible, no features. */
export function emptyEntry(id: LayerId): LayerEntry {
  return {
    id,
    status: 'idle',
    features: [],
    problems: [],
    count: 0,
    error: null,
    errorKind: null,
    visible: true,
    opacity: 1,
    meta: null,
  };
}

function initialEntries(): Entries {
  const out = {} as Entries;
  for (const id of LAYER_IDS) out[id] = emptyEntry(id);
  return out;
}

export const useLayers = create<LayersState>()((set, get) => {
  // A patch for an id the store does not hold yet adds it (on top), so a layer the catalog lists
  // beyond the curated five loads like them.
  const patch = (id: LayerId, p: Partial<LayerEntry>) =>
    set((s) => ({
      layers: { ...s.layers, [id]: { ...(s.layers[id] ?? emptyEntry(id)), ...p } },
      ...(s.layers[id] ? {} : { order: [...s.order, id] }),
    }));
  return {
    layers: initialEntries(),
    order: [...DEFAULT_ORDER],
    moveLayer: (id, to) =>
      set((s) => {
        const from = s.order.indexOf(id);
        if (from < 0) return {};
        const order = s.order.filter((x) => x !== id);
        order.splice(Math.max(0, Math.min(order.length, Math.round(to))), 0, id);
        return { order };
      }),
    addLayer: (id) => {
      if (!get().layers[id]) patch(id, {});
    },
    removeLayer: (id) =>
      set((s) => {
        if (!s.layers[id] || (LAYER_IDS as readonly string[]).includes(id)) return {};
        const { [id]: _gone, ...layers } = s.layers;
        return { layers: layers as Entries, order: s.order.filter((x) => x !== id) };
      }),
    setVisible: (id, visible) => patch(id, { visible }),
    setOpacity: (id, opacity) => {
      if (Number.isFinite(opacity)) patch(id, { opacity: Math.min(1, Math.max(0, opacity)) });
    },
    zoomRequest: null,
    requestZoom: (id, bbox) =>
      set({ zoomRequest: { id, n: (get().zoomRequest?.n ?? 0) + 1, ...(bbox ? { bbox } : {}) } }),
    setVisibleSet: (ids) =>
      set((s) => {
        const layers = { ...s.layers };
        // A link lists curated layers only (url.ts): imported layers, never in it, keep theirs.
        for (const id of s.order)
          if ((LAYER_IDS as readonly string[]).includes(id))
            layers[id] = { ...layers[id]!, visible: ids.includes(id) };
        return { layers, order: restoreOrder(s.order, ids) };
      }),
    begin: (id, meta) =>
      patch(id, {
        status: 'loading',
        count: 0,
        error: null,
        errorKind: null,
        features: [],
        problems: [],
        meta,
      }),
    progress: (id, count) => patch(id, { count }),
    done: (id, features, problems = []) =>
      patch(id, {
        status: 'ready',
        features,
        problems,
        count: features.length,
        error: null,
        errorKind: null,
      }),
    // A failed layer shows none of a partial load: a half-read file would mislead.
    fail: (id, message, kind = 'format') =>
      patch(id, { status: 'error', error: message, errorKind: kind, features: [], problems: [], count: 0 }),
    reset: () => set({ layers: initialEntries(), order: [...DEFAULT_ORDER], zoomRequest: null }),
  };
});

/** True once every layer has finished loading, successfully or not. */
export function allSettled(layers: Entries): boolean {
  return Object.values(layers).every((l) => l.status === 'ready' || l.status === 'error');
}

/** The visible layers: the curated ones in LAYER_IDS order, then any other in the order given. */
export function visibleIds(layers: Entries, order: readonly LayerId[] = Object.keys(layers)): LayerId[] {
  const rest = order.filter((id) => !(LAYER_IDS as readonly string[]).includes(id));
  return [...LAYER_IDS, ...rest].filter((id) => layers[id]?.visible);
}

/** The visible layers in draw order, bottom first: what the `layers` link key lists. */
export function visibleInOrder(layers: Entries, order: readonly LayerId[]): LayerId[] {
  return order.filter((id) => layers[id]?.visible);
}

/** Finds features not held in `features` (a large layer's, in its chunks); set by big-feature.ts. */
let heldElsewhere: ((layerId: string, featureId: string) => LayerFeature | null) | null = null;
export function setFeatureFinder(find: (layerId: string, featureId: string) => LayerFeature | null): void {
  heldElsewhere = find;
}

/**
 * The feature of a layer whose `id` property equals `featureId`; for a large layer (once
 * big-feature.ts is loaded) the feature of that layer ordinal, built from its chunk.
 */
export function findFeature(layers: Entries, layerId: LayerId, featureId: string): LayerFeature | null {
  return (
    layers[layerId]?.features.find((f) => String(f.properties?.id) === featureId) ??
    heldElsewhere?.(layerId, featureId) ??
    null
  );
}
