// The imported layers (issue 10 §1): adding, removing, saving and restoring them. Their state (the
// store the map, legend and link read) is ./user-layers-store.ts, re-exported here. A layer's
// features live in the layers store like a curated layer's (so filters, table, legend, compare and
// the map treat it the same); the store holds what only imported layers have.
import type { LayerFeature } from '../data/load-layer';
import { userLayerDescription, userLayerId } from '../layers/user-description';
import { propertyNames } from '../ui/table/user-columns';
import { registerUserFilterFields } from '../userlayers/filter-fields';
import {
  type BigLayerStore,
  isQuotaError,
  type StoredLayer,
  type UserLayerStore,
} from '../userlayers/persist';
import { useBigLayers } from './big-layers-store';
import { useFilters } from './filters';
import { useLayers } from './layers';
import { newLayerTitle, withDistinctTitle } from './user-layer-title';
import { type UserLayer, useUserLayers } from './user-layers-store';

export {
  type ImportFailure,
  runtimeDescription,
  type SaveProblem,
  type UserLayer,
  userLayerSrc,
  useUserLayers,
} from './user-layers-store';

import type { FeatureProblem } from '../data/boundary';
import type { ImportWarning } from '../import/types';

let storage: (UserLayerStore & Partial<BigLayerStore>) | null = null;
/** Sets where imported layers are kept (the app passes IndexedDB; tests an in-memory or fake one). */
export function setUserLayerStorage(store: (UserLayerStore & Partial<BigLayerStore>) | null): void {
  storage = store;
}
/** Where imported layers are kept (null: nowhere, this visit only). */
export const userLayerStorage = () => storage;

/** The next imported layer's number: small and large layers share `user:<n>` ids, never reused. */
export const nextN = () =>
  Math.max(
    0,
    ...Object.values(useUserLayers.getState().layers).map((l) => l.n),
    ...Object.values(useBigLayers.getState().layers).map((l) => l.n),
  ) + 1;

function put(
  layer: UserLayer,
  features: LayerFeature[],
  settings?: { visible: boolean; opacity: number },
  problems: FeatureProblem[] = [],
) {
  // An `id` the viewer made is not one of the file's columns (table, filters, colour by).
  const fields = propertyNames(features).filter((k) => !(layer.idsMade && k === 'id'));
  registerUserFilterFields(layer.id, features, fields);
  useUserLayers.setState((s) => ({ layers: { ...s.layers, [layer.id]: { ...layer, fields } } }));
  const store = useLayers.getState();
  store.addLayer(layer.id);
  store.done(layer.id, features, problems);
  if (settings) {
    store.setVisible(layer.id, settings.visible);
    store.setOpacity(layer.id, settings.opacity);
  }
}

async function persist(record: StoredLayer): Promise<void> {
  if (!storage) return;
  try {
    await storage.save(record);
    useUserLayers.setState((s) => ({ saveProblem: null, storageVersion: s.storageVersion + 1 }));
  } catch (e) {
    // The layer stays on the map for this session; what was stored before is untouched.
    useUserLayers.setState({ saveProblem: isQuotaError(e) ? 'quota' : 'unavailable' });
  }
}

/**
 * Gives every feature a unique `id` property (what selection, picking and the table's "select" go
 * by): kept when the file's ids are already unique, else the 1-based feature number, with a file's
 * own `id` value kept as `id_source`. Properties keep their null prototype.
 */
export function withUniqueIds(features: LayerFeature[]): LayerFeature[] {
  const ids = new Set<string>();
  const unique = features.every((f) => {
    const v = f.properties?.id;
    if ((typeof v !== 'string' && typeof v !== 'number') || ids.has(String(v))) return false;
    ids.add(String(v));
    return true;
  });
  if (unique) return features;
  return features.map((f, i) => {
    const properties = Object.assign(Object.create(null), f.properties) as Record<string, unknown>;
    if (properties.id !== undefined && properties.id !== null) properties.id_source = properties.id;
    properties.id = String(i + 1);
    return { ...f, properties };
  });
}

/**
 * What the import found beside the features: problems of kept features (named in the row, like a
 * curated layer's) and warnings about the whole file (under the row). Saved with the layer, so a
 * reload shows them again (`reportToStore`).
 */
export interface ImportReport {
  problems: FeatureProblem[];
  warnings: ImportWarning[];
}

/**
 * Adds an imported layer: a new id `user:<n>`, a default description from its geometry titled with
 * `fileName` made distinct from the other imported layers' titles ("a.csv (2)", see
 * user-layer-title.ts), its features into the layers store (on top), and a saved copy. Returns the id.
 */
export async function addUserLayer(
  fileName: string,
  features: LayerFeature[],
  url?: string,
  report?: ImportReport,
): Promise<string> {
  // Selection, picking and the table go by `properties.id`: a file without unique ids gets them.
  const numbered = withUniqueIds(features);
  const idsMade = numbered !== features;
  features = numbered;
  const n = nextN();
  const id = userLayerId(n);
  const description = userLayerDescription(id, newLayerTitle(fileName), features, n - 1);
  const layer: UserLayer = {
    id,
    fileName,
    description,
    n,
    ...(url ? { url } : {}),
    ...(idsMade ? { idsMade } : {}),
  };
  const warnings = report?.warnings ?? [];
  put(warnings.length > 0 ? { ...layer, warnings } : layer, features, undefined, report?.problems ?? []);
  await persist({ ...layer, features, ...reportToStore(report) });
  return id;
}

/** The parts of `report` worth storing with a layer (StoredLayer's `warnings`, `problems`). */
export function reportToStore(report?: ImportReport): Partial<ImportReport> {
  return {
    ...(report?.warnings.length ? { warnings: report.warnings } : {}),
    ...(report?.problems.length ? { problems: report.problems } : {}),
  };
}

/** Removes an imported layer from the map, the stores and the saved copies. */
export async function removeUserLayer(id: string): Promise<void> {
  useUserLayers.setState((s) => {
    const { [id]: _gone, ...layers } = s.layers;
    return { layers };
  });
  useLayers.getState().removeLayer(id);
  registerUserFilterFields(id, [], []);
  useFilters.getState().clearLayer(id);
  try {
    await storage?.remove(id);
  } catch {
    // Nothing to lose: the layer is gone from the page either way.
  }
  useUserLayers.setState((s) => ({ storageVersion: s.storageVersion + 1 }));
}

/** Puts back the layers kept from earlier visits (before any new import, so ids are not reused). */
export async function restoreUserLayers(): Promise<void> {
  if (!storage) return;
  let all: Awaited<ReturnType<UserLayerStore['loadAll']>>;
  try {
    all = await storage.loadAll();
  } catch {
    useUserLayers.setState({ saveProblem: 'unavailable' });
    return;
  }
  for (const { layer, settings } of all) {
    if (useUserLayers.getState().layers[layer.id]) continue;
    // Structured clone gave the properties a prototype; the boundary's objects have none. A layer
    // kept before binary values became arrays of numbers (safeValue, data/boundary) may still hold
    // a Uint8Array: as the boundary now gives it. (Not safeValue itself: importing it here split its
    // module out of the embed's chunks, 256 bytes over the embed's budget.)
    for (const f of layer.features) {
      const p = f.properties;
      if (!p) continue;
      Object.setPrototypeOf(p, null);
      for (const k in p) if (p[k] instanceof Uint8Array) p[k] = Array.from(p[k]);
    }
    const { features, problems, ...rest } = layer;
    put(
      { ...rest, description: withDistinctTitle(rest.description) },
      withUniqueIds(features),
      settings ?? undefined,
      problems,
    );
  }
}

/** Saves an imported layer's visibility and opacity when they change. */
export function saveUserLayerSettings(): () => void {
  return useLayers.subscribe((s, prev) => {
    if (!storage) return;
    const ids = [
      ...Object.keys(useUserLayers.getState().layers),
      ...Object.keys(useBigLayers.getState().layers),
    ];
    for (const id of ids) {
      const a = s.layers[id];
      const b = prev.layers[id];
      if (a && b && (a.visible !== b.visible || a.opacity !== b.opacity)) {
        void storage.saveSettings(id, { visible: a.visible, opacity: a.opacity }).catch(() => {});
      }
    }
  });
}
