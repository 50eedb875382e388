// Imported layers kept across reloads (issue 10 §1): one IndexedDB record per layer through
// idb-keyval (a few hundred bytes of well-kept code over the raw IndexedDB API). The features are
// stored once when the layer is added; settings (visible, opacity) and a style chosen later
// ("Colour by": `style:<id>`, the description's style with its category list or class breaks) are
// small records of their own, so toggling or restyling a layer never rewrites its features.
import { createStore, del, delMany, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import { featureStartsFrom } from '../data/binary/feature-ids';
import { asTextDictionary } from '../data/binary/text-dictionary';
import type { BinaryChunk, BinaryLayerSummary } from '../data/binary/types';
import type { FeatureProblem } from '../data/boundary';
import type { LayerFeature } from '../data/load-layer';
import type { ImportWarning } from '../import/types';
import type { LayerDescription } from '../layers/description';
import type { LayerFilter } from '../lib/filter';

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
  /** The viewer gave the features their `id` (UserLayer.idsMade). */
  idsMade?: boolean;
  /** What the import found (ImportReport), shown again after a reload; absent when nothing. */
  warnings?: ImportWarning[];
  problems?: FeatureProblem[];
}

/**
 * The look a user chose for a layer ("Colour by"): its description's style and legend words (the
 * rule's categories or class breaks live in the style, "no missing value" in the legend).
 */
export type StoredStyle = Pick<LayerDescription, 'style' | 'legend'>;

export interface StoredSettings {
  visible: boolean;
  opacity: number;
}

/** The storage behind the import UI; tests use the same class over fake-indexeddb. */
export interface UserLayerStore {
  /** Rejects with the browser's error (`QuotaExceededError` when the disk quota is full). */
  save(layer: StoredLayer): Promise<void>;
  saveSettings(id: string, settings: StoredSettings): Promise<void>;
  /**
   * Keeps the look a user chose for layer `id` (small or large); null forgets it (the layer's
   * stored description applies again). Loaded layers come back with it in their description.
   */
  saveStyle?(id: string, look: StoredStyle | null): Promise<void>;
  remove(id: string): Promise<void>;
  /** Keeps layer `id`'s filter (small or large); null forgets it. */
  saveFilter?(id: string, filter: LayerFilter | null): Promise<void>;
  /** Every kept filter by layer id, as saved (the caller checks their shape). */
  loadFilters?(): Promise<Record<string, unknown>>;
  /** Every stored layer with its settings, by `n` ascending. */
  loadAll(): Promise<{ layer: StoredLayer; settings: StoredSettings | null }[]>;
}

const LAYER = 'layer:';
const SETTINGS = 'settings:';
const BIG = 'big:';
const CHUNK = 'chunk:';
const STYLE = 'style:';
const FILTER = 'filter:';

/** `description` with the look stored apart for it, if any (its legend words replaced too). */
function styled<T extends { description: LayerDescription }>(layer: T, look: StoredStyle | undefined): T {
  if (!look) return layer;
  const { legend: _, ...description } = layer.description;
  return { ...layer, description: { ...description, ...look } };
}

/** What is kept of a large (binary) imported layer besides its chunks. */
export interface StoredBigLayer {
  id: string;
  fileName: string;
  url?: string;
  description: LayerDescription;
  n: number;
  summary: BinaryLayerSummary;
  /** Chunks saved under `chunk:<id>:<index>` (structured clone keeps their typed arrays). */
  chunkCount: number;
  /** As StoredLayer's. */
  warnings?: ImportWarning[];
  problems?: FeatureProblem[];
}

/**
 * Large layers in the same database: one small record per layer written once every chunk is
 * saved, and one record per chunk written as the chunk arrives (each clone a fraction of a MB, so
 * no single save is a long task). Chunks without their layer record (a reload mid-import) are
 * deleted by loadBig.
 */
export interface BigLayerStore {
  saveChunk(id: string, index: number, chunk: BinaryChunk): Promise<void>;
  saveBig(layer: StoredBigLayer): Promise<void>;
  removeBig(id: string): Promise<void>;
  /** Every complete large layer with its chunks (by `first`) and settings, by `n` ascending. */
  loadBig(): Promise<{ layer: StoredBigLayer; chunks: BinaryChunk[]; settings: StoredSettings | null }[]>;
}

const chunkKey = (id: string, index: number) => `${CHUNK}${id}:${index}`;
const chunkOwner = (key: string) => key.slice(CHUNK.length, key.lastIndexOf(':'));

export class IdbUserLayerStore implements UserLayerStore, BigLayerStore {
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
  saveStyle(id: string, look: StoredStyle | null): Promise<void> {
    return look ? set(`${STYLE}${id}`, look, this.store) : del(`${STYLE}${id}`, this.store);
  }
  async remove(id: string): Promise<void> {
    await delMany([`${LAYER}${id}`, `${SETTINGS}${id}`, `${STYLE}${id}`, `${FILTER}${id}`], this.store);
  }
  saveFilter(id: string, filter: LayerFilter | null): Promise<void> {
    return filter ? set(`${FILTER}${id}`, filter, this.store) : del(`${FILTER}${id}`, this.store);
  }
  async loadFilters(): Promise<Record<string, unknown>> {
    const wanted = (await keys<string>(this.store)).filter(
      (k) => typeof k === 'string' && k.startsWith(FILTER),
    );
    const values = await getMany(wanted, this.store);
    return Object.fromEntries(wanted.map((k, i) => [k.slice(FILTER.length), values[i]]));
  }
  saveChunk(id: string, index: number, chunk: BinaryChunk): Promise<void> {
    // Without the per-vertex ids a drawn chunk may have gained (feature-ids.ts): made again on draw.
    const none = { value: new Uint16Array(0), size: 1 };
    const lean = <P extends BinaryChunk['points' | 'lines' | 'polygons']>(p: P): P => ({
      ...p,
      featureIds: none,
      globalFeatureIds: none,
    });
    const stored: BinaryChunk = {
      ...chunk,
      points: lean(chunk.points),
      lines: lean(chunk.lines),
      polygons: lean(chunk.polygons),
    };
    return set(chunkKey(id, index), stored, this.store);
  }
  saveBig(layer: StoredBigLayer): Promise<void> {
    return set(`${BIG}${layer.id}`, layer, this.store);
  }
  async removeBig(id: string): Promise<void> {
    const all = await keys<string>(this.store);
    const mine = all.filter((k) => typeof k === 'string' && k.startsWith(CHUNK) && chunkOwner(k) === id);
    await delMany(
      [`${BIG}${id}`, `${SETTINGS}${id}`, `${STYLE}${id}`, `${FILTER}${id}`, ...mine],
      this.store,
    );
  }
  async loadBig(): Promise<
    { layer: StoredBigLayer; chunks: BinaryChunk[]; settings: StoredSettings | null }[]
  > {
    const all = (await keys<string>(this.store)).filter((k) => typeof k === 'string');
    const bigs = all.filter((k) => k.startsWith(BIG));
    const layers = (await getMany<StoredBigLayer | undefined>(bigs, this.store)).filter(
      (l): l is StoredBigLayer => !!l,
    );
    const known = new Set(layers.map((l) => l.id));
    const orphans = all.filter((k) => k.startsWith(CHUNK) && !known.has(chunkOwner(k)));
    if (orphans.length > 0) await delMany(orphans, this.store);
    const out = [];
    for (const layer of layers.sort((a, b) => a.n - b.n)) {
      const ids = Array.from({ length: layer.chunkCount }, (_, i) => chunkKey(layer.id, i));
      const chunks = (await getMany<BinaryChunk | undefined>(ids, this.store)).filter(
        (c): c is BinaryChunk => !!c,
      );
      // A missing chunk (storage cleared under us) would leave a hole: such a layer is not restored.
      if (chunks.length !== layer.chunkCount) continue;
      // Chunks stored before picking ids became chunk-local (types.ts) hold layer-wide ids in a
      // second array: use the local ones, which is what MapDeck's picking expects now.
      // Chunks stored before `featureStarts` existed (types.ts) get them from their per-vertex ids.
      // Chunks stored before text dictionaries became UTF-8 bytes (text-dictionary.ts) hold
      // `string[]`: encoded here on each load, as `featureStarts` above (the records are not
      // rewritten; a layer imported again is stored in the new form).
      for (const c of chunks) {
        for (const part of [c.points, c.lines, c.polygons]) {
          part.globalFeatureIds = part.featureIds;
          part.featureStarts ??= { value: featureStartsFrom(part.featureIds.value, c.count), size: 1 };
        }
        for (const col of Object.values(c.columns))
          if (col.kind === 'text') col.dictionary = asTextDictionary(col.dictionary);
      }
      const settings = (await get<StoredSettings>(`${SETTINGS}${layer.id}`, this.store)) ?? null;
      const style = await get<StoredStyle>(`${STYLE}${layer.id}`, this.store);
      out.push({ layer: styled(layer, style), chunks: chunks.sort((a, b) => a.first - b.first), settings });
    }
    return out;
  }
  async loadAll(): Promise<{ layer: StoredLayer; settings: StoredSettings | null }[]> {
    // Only the small layers' records: a large layer's chunks (tens of MB) are read by loadBig.
    const wanted = (await keys<string>(this.store)).filter(
      (k) => typeof k === 'string' && (k.startsWith(LAYER) || k.startsWith(SETTINGS) || k.startsWith(STYLE)),
    );
    const values = await getMany(wanted, this.store);
    const all = wanted.map((k, i) => [k, values[i]] as const);
    const settings = new Map<string, StoredSettings>();
    const styles = new Map<string, StoredStyle>();
    const layers: StoredLayer[] = [];
    for (const [key, value] of all) {
      if (typeof key !== 'string') continue;
      if (key.startsWith(SETTINGS)) settings.set(key.slice(SETTINGS.length), value as StoredSettings);
      else if (key.startsWith(STYLE)) styles.set(key.slice(STYLE.length), value as StoredStyle);
      else if (key.startsWith(LAYER)) layers.push(value as StoredLayer);
    }
    return layers
      .sort((a, b) => a.n - b.n)
      .map((layer) => ({
        layer: styled(layer, styles.get(layer.id)),
        settings: settings.get(layer.id) ?? null,
      }));
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
