// What happens to a large imported layer (issue 10 §2): its first chunk makes the layer (a row in
// the layer panel, loading, drawn at once), later chunks are appended as they arrive, the import's
// summary finishes it, a failed import takes it away again (a half-read file would mislead). Each
// chunk is saved to IndexedDB as it arrives; the layer's own record is written last, so a reload
// mid-import restores nothing half-done.
import type { BinaryChunk, BinaryLayerSummary } from '../data/binary/types';
import type { GeometryKind } from '../layers/description';
import { userDescriptionOfKind, userLayerId } from '../layers/user-description';
import { isQuotaError } from '../userlayers/persist';
import { type BigLayer, useBigLayers } from './big-layers-store';
import { type LayerEntry, useLayers } from './layers';
import { useSelection } from './selection';
import { newLayerTitle, withDistinctTitle } from './user-layer-title';
import { type ImportReport, nextN, reportToStore, userLayerStorage, useUserLayers } from './user-layers';

/** The geometry family of a chunk's located features ('mixed' when several or none). */
export function chunkGeometryKind(chunk: BinaryChunk): GeometryKind {
  const kinds: GeometryKind[] = [];
  if (chunk.polygons.polygonIndices.value.length > 1) kinds.push('polygon');
  if (chunk.lines.pathIndices.value.length > 1) kinds.push('line');
  if (chunk.points.positions.value.length > 0) kinds.push('point');
  return kinds.length === 1 ? kinds[0]! : 'mixed';
}

const patchBig = (id: string, p: Partial<BigLayer>) =>
  useBigLayers.setState((s) =>
    s.layers[id] ? { layers: { ...s.layers, [id]: { ...s.layers[id]!, ...p } } } : {},
  );

const patchEntry = (id: string, p: Partial<LayerEntry>) =>
  useLayers.setState((s) => {
    const entry = s.layers[id];
    return entry ? { layers: { ...s.layers, [id]: { ...entry, ...p } } } : {};
  });

/** Saves in flight per layer: chunk saves run one after the other; a failure stops the rest. */
const saving = new Map<string, { chain: Promise<void>; failed: boolean }>();

function reportSave(e: unknown): void {
  useUserLayers.setState({ saveProblem: isQuotaError(e) ? 'quota' : 'unavailable' });
}

function saveChunk(id: string, index: number, chunk: BinaryChunk): void {
  const store = userLayerStorage();
  const job = saving.get(id);
  if (!store?.saveChunk || !job) return;
  job.chain = job.chain.then(async () => {
    if (job.failed) return;
    try {
      await store.saveChunk!(id, index, chunk);
    } catch (e) {
      // The layer stays on the map for this visit; the chunks saved so far are deleted.
      job.failed = true;
      reportSave(e);
      await store.removeBig?.(id).catch(() => {});
    }
  });
}

function add(layer: BigLayer, settings?: { visible: boolean; opacity: number } | null): void {
  // The layers store's row first, so whoever sees the chunks finds the row's status and settings.
  const store = useLayers.getState();
  store.addLayer(layer.id);
  patchEntry(layer.id, {
    status: layer.summary ? 'ready' : 'loading',
    count: layer.summary?.count ?? layer.loaded,
  });
  if (settings) {
    store.setVisible(layer.id, settings.visible);
    store.setOpacity(layer.id, settings.opacity);
  }
  useBigLayers.setState((s) => ({ layers: { ...s.layers, [layer.id]: layer } }));
}

/**
 * Starts a large layer from the import's first chunk: id `user:<n>`, a description from the
 * chunk's geometry (a fixed colour, as small imported layers get) titled with `fileName` made
 * distinct from the other imported layers' titles, on top of the draw order, loading. `replaces`:
 * the layer this import will replace (a large CSV read again with its columns swapped): the new
 * layer takes its title, since the old one is still on the map while the new one loads. Returns
 * the id.
 */
export function beginBigLayer(fileName: string, first: BinaryChunk, url?: string, replaces?: string): string {
  const n = nextN();
  const id = userLayerId(n);
  const title = newLayerTitle(fileName, replaces);
  const description = userDescriptionOfKind(id, title, chunkGeometryKind(first), n - 1);
  saving.set(id, { chain: Promise.resolve(), failed: false });
  add({
    id,
    fileName,
    description,
    n,
    summary: null,
    chunks: [first],
    loaded: first.count,
    ...(url ? { url } : {}),
  });
  saveChunk(id, 0, first);
  return id;
}

/**
 * Appends chunks that arrived, in order, in one update of the stores (one render of the panel and
 * one hand-over to the map for all of them; each chunk is drawn as its own deck.gl layer, earlier
 * ones untouched), and queues each for saving after those before it.
 */
export function appendChunks(id: string, chunks: readonly BinaryChunk[]): void {
  const layer = useBigLayers.getState().layers[id];
  if (!layer || chunks.length === 0) return;
  const loaded = chunks.reduce((n, c) => n + c.count, layer.loaded);
  patchBig(id, { chunks: [...layer.chunks, ...chunks], loaded });
  patchEntry(id, { count: loaded });
  for (const [k, chunk] of chunks.entries()) saveChunk(id, layer.chunks.length + k, chunk);
}

/** The import finished: the summary's count on the row, and the layer's record saved last. */
export async function finishBigLayer(
  id: string,
  summary: BinaryLayerSummary,
  report?: ImportReport,
): Promise<void> {
  const layer = useBigLayers.getState().layers[id];
  if (!layer) return;
  const warnings = report?.warnings ?? [];
  patchBig(id, warnings.length > 0 ? { summary, warnings } : { summary });
  patchEntry(id, { status: 'ready', count: summary.count, problems: report?.problems ?? [] });
  const job = saving.get(id);
  const store = userLayerStorage();
  if (!job || !store?.saveBig) return;
  await job.chain;
  saving.delete(id);
  if (job.failed) return;
  const { chunks: _c, loaded: _l, ...rest } = layer;
  try {
    await store.saveBig({ ...rest, summary, chunkCount: layer.chunks.length, ...reportToStore(report) });
    useUserLayers.setState((s) => ({ saveProblem: null, storageVersion: s.storageVersion + 1 }));
  } catch (e) {
    reportSave(e);
    await store.removeBig?.(id).catch(() => {});
  }
}

/** Removes a large layer from the map, the stores and the saved copies (also a failed import's). */
export async function removeBigLayer(id: string): Promise<void> {
  const job = saving.get(id);
  if (job) job.failed = true;
  saving.delete(id);
  useBigLayers.setState((s) => {
    const { [id]: _gone, ...layers } = s.layers;
    return { layers };
  });
  useLayers.getState().removeLayer(id);
  await job?.chain;
  try {
    await userLayerStorage()?.removeBig?.(id);
  } catch {
    // Nothing to lose: the layer is gone from the page either way.
  }
  useUserLayers.setState((s) => ({ storageVersion: s.storageVersion + 1 }));
}

// Loaded with this module by the start-up restore (no chunk of its own: its name would join the
// embed's first-paint preload lists).
export { orderRestoredLayers } from './restored-order';

/** Puts back the large layers kept from earlier visits (before any new import). */
export async function restoreBigLayers(): Promise<void> {
  const store = userLayerStorage();
  if (!store?.loadBig) return;
  let all: Awaited<ReturnType<NonNullable<typeof store.loadBig>>>;
  try {
    all = await store.loadBig();
  } catch {
    useUserLayers.setState({ saveProblem: 'unavailable' });
    return;
  }
  for (const { layer, chunks, settings } of all) {
    if (useBigLayers.getState().layers[layer.id] || useUserLayers.getState().layers[layer.id]) continue;
    const { chunkCount: _n, problems, ...rest } = layer;
    const description = withDistinctTitle(rest.description);
    add({ ...rest, description, chunks, loaded: chunks.reduce((n, c) => n + c.count, 0) }, settings);
    if (problems) patchEntry(layer.id, { problems });
  }
}

/** The geometry family of a FlatGeobuf header's geometry type name ("MultiPolygon" → 'polygon'). */
export function kindOfTypeName(name: string): GeometryKind {
  if (/Polygon|Triangle|TIN|Surface/i.test(name)) return 'polygon';
  if (/LineString|Curve/i.test(name)) return 'line';
  if (/Point/i.test(name)) return 'point';
  return 'mixed';
}

/**
 * Starts a large layer read by the viewport from `url` (no chunks until the first view is read): id
 * `user:<n>`, a description from `summary.geometry`, on top, ready with the file's feature count.
 * Not saved to IndexedDB: its chunks are one view's, and the link's `src=` brings it back.
 */
export function beginViewportLayer(fileName: string, url: string, summary: BinaryLayerSummary): string {
  const n = nextN();
  const id = userLayerId(n);
  const description = userDescriptionOfKind(id, newLayerTitle(fileName), summary.geometry, n - 1);
  add({ id, fileName, description, n, summary, chunks: [], loaded: 0, url, viewport: true, notice: null });
  return id;
}

/** A viewport layer's new view: its chunks replaced by `chunks` (the row keeps the file's count). */
export function replaceChunks(id: string, chunks: readonly BinaryChunk[]): void {
  const loaded = chunks.reduce((n, c) => n + c.count, 0);
  // Ordinals restart with every read: a selection in this layer would now name another feature.
  if (useSelection.getState().selected?.layerId === id) useSelection.getState().select(null);
  patchBig(id, { chunks, loaded });
}

/** Shows `notice` under a large layer's row (null clears it). */
export function setBigNotice(id: string, notice: BigLayer['notice']): void {
  patchBig(id, { notice: notice ?? null });
}
