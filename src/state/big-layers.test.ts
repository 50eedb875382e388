// Large imported layers: chunks appended as they arrive, the row's count and status, the shared
// `user:<n>` numbering, and persistence over fake-indexeddb (the real idb-keyval code path).
import 'fake-indexeddb/auto';
import type { Feature, Polygon } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { IdbUserLayerStore } from '../userlayers/persist';
import {
  appendChunks,
  beginBigLayer,
  chunkGeometryKind,
  finishBigLayer,
  removeBigLayer,
  restoreBigLayers,
} from './big-layers';
import { useBigLayers } from './big-layers-store';
import { useLayers } from './layers';
import { addUserLayer, setUserLayerStorage, useUserLayers } from './user-layers';

// 12,000 small squares: three chunks of 5,000, 5,000 and 2,000 (CHUNK_FEATURES is 5,000).
const squares = (n: number): Feature<Polygon>[] =>
  Array.from({ length: n }, (_, i) => {
    const x = 106.3 + (i % 100) * 0.001;
    const y = 10.9 + Math.floor(i / 100) * 0.001;
    return {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 0.0005, y],
            [x + 0.0005, y + 0.0005],
            [x, y],
          ],
        ],
      },
      properties: { id: `p${i}` },
    };
  });
const CHUNKS = featuresToChunks(squares(12_000));
const SUMMARY = { count: 12_000, bbox: null, fields: ['id'], geometry: 'polygon' as const };

let db = 0;
const reset = () => {
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], saveProblem: null });
  useBigLayers.setState({ layers: {} });
};
beforeEach(reset);
afterEach(() => setUserLayerStorage(null));

describe('large layers', () => {
  it('the chunks under test are three', () => {
    expect(CHUNKS.map((c) => c.count)).toEqual([5000, 5000, 2000]);
    expect(chunkGeometryKind(CHUNKS[0]!)).toBe('polygon');
  });

  it('starts loading with the first chunk, appends the rest keeping each chunk object, then is ready', async () => {
    const id = beginBigLayer('parcels.fgb', CHUNKS[0]!);
    expect(id).toBe('user:1');
    expect(useLayers.getState().layers[id]).toMatchObject({ status: 'loading', count: 5000 });
    expect(useLayers.getState().order.at(-1)).toBe(id);
    appendChunks(id, [CHUNKS[1]!]);
    appendChunks(id, [CHUNKS[2]!]);
    const layer = useBigLayers.getState().layers[id]!;
    expect(layer.chunks[0]).toBe(CHUNKS[0]);
    expect(layer.chunks[2]).toBe(CHUNKS[2]);
    expect(useLayers.getState().layers[id]!.count).toBe(12_000);
    expect(layer.description.geometry).toBe('polygon');
    expect(layer.description.title.vi).toBe('parcels.fgb');
    await finishBigLayer(id, SUMMARY);
    expect(useLayers.getState().layers[id]).toMatchObject({ status: 'ready', count: 12_000 });
    // Held as chunks only: the layers store has no GeoJSON features for it.
    expect(useLayers.getState().layers[id]!.features).toEqual([]);
  });

  it('shares the numbering with small imported layers', async () => {
    await addUserLayer('a.geojson', []);
    expect(beginBigLayer('b.fgb', CHUNKS[0]!)).toBe('user:2');
    expect(Object.keys(useUserLayers.getState().layers)).toEqual(['user:1']);
  });

  it('survives a reload with its chunks, typed arrays and settings; removal deletes them', async () => {
    const store = new IdbUserLayerStore(`big-${++db}`);
    setUserLayerStorage(store);
    const id = beginBigLayer('parcels.fgb', CHUNKS[0]!);
    appendChunks(id, [CHUNKS[1]!]);
    appendChunks(id, [CHUNKS[2]!]);
    await finishBigLayer(id, SUMMARY);
    await store.saveSettings(id, { visible: false, opacity: 0.5 });

    reset();
    await restoreBigLayers();
    const back = useBigLayers.getState().layers[id]!;
    expect(back.chunks.map((c) => c.first)).toEqual([0, 5000, 10_000]);
    expect(back.chunks[1]!.polygons.positions.value).toBeInstanceOf(Float32Array);
    expect([...back.chunks[1]!.polygons.positions.value]).toEqual([...CHUNKS[1]!.polygons.positions.value]);
    expect(useLayers.getState().layers[id]).toMatchObject({
      status: 'ready',
      count: 12_000,
      visible: false,
      opacity: 0.5,
    });
    // The small layers' loader does not read them.
    expect(await store.loadAll()).toEqual([]);

    await removeBigLayer(id);
    expect(useLayers.getState().layers[id]).toBeUndefined();
    reset();
    await restoreBigLayers();
    expect(useBigLayers.getState().layers).toEqual({});
  });

  it('brings back what the import found (problems, warnings) after a reload', async () => {
    const store = new IdbUserLayerStore(`big-${++db}`);
    setUserLayerStorage(store);
    const id = beginBigLayer('parcels.fgb', CHUNKS[0]!);
    const report = {
      problems: [
        { ordinal: 7, id: 'p7', message: 'no geometry', messageKey: 'problem.geometry.missing' as const },
      ],
      warnings: [{ key: 'import.warn.outOfRange' as const, params: { file: 'parcels.fgb', count: 1 } }],
    };
    await finishBigLayer(id, { ...SUMMARY, count: 5000 }, report);
    reset();
    await restoreBigLayers();
    expect(useLayers.getState().layers[id]?.problems).toEqual(report.problems);
    expect(useBigLayers.getState().layers[id]?.warnings).toEqual(report.warnings);
  });

  it('a second large layer of the same file name gets “(2)”, after a small one too, kept over a reload', async () => {
    const store = new IdbUserLayerStore(`big-${++db}`);
    setUserLayerStorage(store);
    await addUserLayer('parcels.fgb', []);
    const id = beginBigLayer('parcels.fgb', CHUNKS[0]!);
    expect(useBigLayers.getState().layers[id]?.description.title).toEqual({
      vi: 'parcels.fgb (2)',
      en: 'parcels.fgb (2)',
    });
    await finishBigLayer(id, { ...SUMMARY, count: 5000 });
    // A re-import that replaces `id` takes its title, though `id` is still on the map.
    const swapped = beginBigLayer('parcels.fgb', CHUNKS[1]!, undefined, id);
    expect(useBigLayers.getState().layers[swapped]?.description.title.vi).toBe('parcels.fgb (2)');
    await removeBigLayer(swapped);
    reset();
    await restoreBigLayers();
    expect(useBigLayers.getState().layers[id]?.description.title.vi).toBe('parcels.fgb (2)');
  });

  it('keeps nothing of an import that ended before its record was written', async () => {
    const store = new IdbUserLayerStore(`big-${++db}`);
    setUserLayerStorage(store);
    const id = beginBigLayer('half.fgb', CHUNKS[0]!);
    appendChunks(id, [CHUNKS[1]!]);
    reset();
    await restoreBigLayers();
    expect(useBigLayers.getState().layers).toEqual({});
    expect(id).toBe('user:1');
  });

  it('a full quota keeps the layer for the visit, says so, and stores no chunk of it', async () => {
    const store = new IdbUserLayerStore(`big-${++db}`);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    let chunkSaves = 0;
    setUserLayerStorage(
      Object.assign(Object.create(store) as IdbUserLayerStore, {
        saveChunk: (...args: Parameters<IdbUserLayerStore['saveChunk']>) =>
          ++chunkSaves === 2 ? Promise.reject(quota) : store.saveChunk(...args),
      }),
    );
    const id = beginBigLayer('big.fgb', CHUNKS[0]!);
    appendChunks(id, [CHUNKS[1]!]);
    appendChunks(id, [CHUNKS[2]!]);
    await finishBigLayer(id, SUMMARY);
    expect(useUserLayers.getState().saveProblem).toBe('quota');
    expect(useLayers.getState().layers[id]).toMatchObject({ status: 'ready', count: 12_000 });
    expect(chunkSaves).toBe(2);
    reset();
    await restoreBigLayers();
    expect(useBigLayers.getState().layers).toEqual({});
  });
});
