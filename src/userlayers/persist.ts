// Imported layers kept across reloads (issue 10 §1): one IndexedDB record per layer through
// idb-keyval (a few hundred bytes of well-kept code over the raw IndexedDB API). The features are
// stored once when the layer is added; settings (visible, opacity) are small records of their own,
// so toggling a layer never rewrites its features.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { LayerFeature } from '../data/load-layer';
import type { LayerDescription } from '../layers/description';

/** What is kept of one imported layer. */
export interface StoredLayer {
  id: string;
  /** The file's name (or the URL's last part) as the user gave it. */
  fileName: string;
  /** Present for a layer added from a URL (the link's `src=` key re-adds it). */
  url?: string;
  description: LayerDescription;
  features: LayerFeature[];
  /** The order the layer was added in (ids `user:<n>` are not reused). */
  n: number;
}

export interface StoredSettings {
  visible: boolean;
  opacity: number;
}

/** The storage behind the import UI; tests use the same class over fake-indexeddb. */
export interface UserLayerStore {
  /** Rejects with the browser's error (`QuotaExceededError` when the disk quota is full). */
  save(layer: StoredLayer): Promise<void>;
  saveSettings(id: string, settings: StoredSettings): Promise<void>;
  remove(id: string): Promise<void>;
  /** Every stored layer with its settings, by `n` ascending. */
  loadAll(): Promise<{ layer: StoredLayer; settings: StoredSettings | null }[]>;
}

const LAYER = 'layer:';
const SETTINGS = 'settings:';

export class IdbUserLayerStore implements UserLayerStore {
  private readonly store: UseStore;
  constructor(dbName = 'bd-planning-user-layers') {
    this.store = createStore(dbName, 'layers');
  }
  save(layer: StoredLayer): Promise<void> {
    return set(`${LAYER}${layer.id}`, layer, this.store);
  }
  saveSettings(id: string, settings: StoredSettings): Promise<void> {
    return set(`${SETTINGS}${id}`, settings, this.store);
  }
  async remove(id: string): Promise<void> {
    await del(`${LAYER}${id}`, this.store);
    await del(`${SETTINGS}${id}`, this.store);
  }
  async loadAll(): Promise<{ layer: StoredLayer; settings: StoredSettings | null }[]> {
    const all = await entries<string, unknown>(this.store);
    const settings = new Map<string, StoredSettings>();
    const layers: StoredLayer[] = [];
    for (const [key, value] of all) {
      if (typeof key !== 'string') continue;
      if (key.startsWith(SETTINGS)) settings.set(key.slice(SETTINGS.length), value as StoredSettings);
      else if (key.startsWith(LAYER)) layers.push(value as StoredLayer);
    }
    return layers
      .sort((a, b) => a.n - b.n)
      .map((layer) => ({ layer, settings: settings.get(layer.id) ?? null }));
  }
}

/** True for the error a browser gives when the storage quota is full. */
export function isQuotaError(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    ((e as { name?: string }).name === 'QuotaExceededError' ||
      (e as { name?: string }).name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Bytes used and available to this site (navigator.storage.estimate), or null where unsupported. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.usage === 'number' ? { usage: e.usage, quota: e.quota ?? 0 } : null;
  } catch {
    return null;
  }
}
