import { create } from 'zustand';
import type { FeatureProblem } from '../data/boundary';
import type { LoadErrorKind } from '../data/load-error';
import type { LayerFeature } from '../data/load-layer';
import { type CatalogLayer, LAYER_IDS, type LayerId } from '../data/schema';

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

type Entries = Record<LayerId, LayerEntry>;

interface LayersState {
  layers: Entries;
  setVisible: (id: LayerId, visible: boolean) => void;
  /** Makes exactly these layers visible. */
  setVisibleSet: (ids: readonly LayerId[]) => void;
  /** Sets a layer's opacity, clamped to 0–1 (a non-finite value is ignored). */
  setOpacity: (id: LayerId, opacity: number) => void;
  /** The last "zoom to layer" asked for; `n` grows on every request so a repeat is seen. */
  zoomRequest: { id: LayerId; n: number } | null;
  requestZoom: (id: LayerId) => void;
  begin: (id: LayerId, meta: CatalogLayer | null) => void;
  progress: (id: LayerId, count: number) => void;
  done: (id: LayerId, features: LayerFeature[], problems?: FeatureProblem[]) => void;
  fail: (id: LayerId, message: string, kind?: LoadErrorKind) => void;
  reset: () => void;
}

function initialEntries(): Entries {
  const out = {} as Entries;
  for (const id of LAYER_IDS) {
    out[id] = {
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
  return out;
}

export const useLayers = create<LayersState>()((set, get) => {
  const patch = (id: LayerId, p: Partial<LayerEntry>) =>
    set((s) => ({ layers: { ...s.layers, [id]: { ...s.layers[id], ...p } } }));
  return {
    layers: initialEntries(),
    setVisible: (id, visible) => patch(id, { visible }),
    setOpacity: (id, opacity) => {
      if (Number.isFinite(opacity)) patch(id, { opacity: Math.min(1, Math.max(0, opacity)) });
    },
    zoomRequest: null,
    requestZoom: (id) => set({ zoomRequest: { id, n: (get().zoomRequest?.n ?? 0) + 1 } }),
    setVisibleSet: (ids) =>
      set((s) => {
        const layers = { ...s.layers };
        for (const id of LAYER_IDS) layers[id] = { ...layers[id], visible: ids.includes(id) };
        return { layers };
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
    reset: () => set({ layers: initialEntries(), zoomRequest: null }),
  };
});

/** True once every layer has finished loading, successfully or not. */
export function allSettled(layers: Entries): boolean {
  return LAYER_IDS.every((id) => layers[id].status === 'ready' || layers[id].status === 'error');
}

export function visibleIds(layers: Entries): LayerId[] {
  return LAYER_IDS.filter((id) => layers[id].visible);
}

/** The feature of a layer whose `id` property equals `featureId`. */
export function findFeature(layers: Entries, layerId: LayerId, featureId: string): LayerFeature | null {
  return layers[layerId].features.find((f) => String(f.properties?.id) === featureId) ?? null;
}
