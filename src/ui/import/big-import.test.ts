// The main thread's receiver of a large import: the first chunk makes the layer at once, later
// chunks reach the stores together (one update per APPEND_MS, 150 ms), finish hands over those
// still waiting before the layer is ready, and an abort drops them with the layer.
import type { Feature, Point } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { bigLayersDrawn } from '../../state/big-drawn';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers';
import { bigReceiver } from './big-import';

const points: Feature<Point>[] = Array.from({ length: 40 }, (_, i) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.5 + i * 0.001, 11] },
  properties: { id: `d${i}` },
}));
const CHUNKS = featuresToChunks(points, 0, { chunkFeatures: 10 });
const SUMMARY = { count: 40, bbox: null, fields: ['id'], geometry: 'point' as const };

beforeEach(() => {
  vi.useFakeTimers();
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], saveProblem: null });
  useBigLayers.setState({ layers: {} });
});
afterEach(() => vi.useRealTimers());

const held = () => useBigLayers.getState().layers['user:1']?.chunks ?? [];

describe('bigReceiver', () => {
  it('hands later chunks over together, in order, 150 ms after the first of them', () => {
    expect(CHUNKS).toHaveLength(4);
    const updates: number[] = [];
    const stop = useBigLayers.subscribe((s) => updates.push(s.layers['user:1']?.chunks.length ?? 0));
    const r = bigReceiver('diem.fgb');
    r.onChunk(CHUNKS[0]!);
    expect(held()).toEqual([CHUNKS[0]]);
    r.onChunk(CHUNKS[1]!);
    r.onChunk(CHUNKS[2]!);
    vi.advanceTimersByTime(149);
    expect(held()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(held()).toEqual(CHUNKS.slice(0, 3));
    expect(useLayers.getState().layers['user:1']?.count).toBe(30);
    stop();
    // One update for the first chunk, one for the two after it.
    expect(updates).toEqual([1, 3]);
  });

  it('finish hands over the chunks still waiting before the layer is ready', async () => {
    const r = bigReceiver('diem.fgb');
    for (const c of CHUNKS) r.onChunk(c);
    expect(held()).toHaveLength(1);
    await r.finish(SUMMARY);
    expect(held()).toEqual(CHUNKS);
    expect(useLayers.getState().layers['user:1']).toMatchObject({ status: 'ready', count: 40 });
    // Nothing is handed over twice when the timer would have fired.
    vi.advanceTimersByTime(1000);
    expect(held()).toHaveLength(4);
  });

  it('an abort drops the waiting chunks with the layer; later chunks are ignored', async () => {
    const r = bigReceiver('diem.fgb');
    r.onChunk(CHUNKS[0]!);
    r.onChunk(CHUNKS[1]!);
    await r.abort();
    r.onChunk(CHUNKS[2]!);
    vi.advanceTimersByTime(1000);
    expect(useBigLayers.getState().layers['user:1']).toBeUndefined();
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
    expect(r.layerId()).toBeNull();
  });

  describe('the first chunk is answered once the map has drawn it', () => {
    // A page with a map on it, or without (there is no DOM in node: a stand-in for querySelector).
    let mapOnPage = false;
    beforeEach(() => {
      mapOnPage = true;
      vi.stubGlobal('document', {
        querySelector: (s: string) => (s === '.maplibregl-map' && mapOnPage ? {} : null),
      });
    });
    afterEach(() => vi.unstubAllGlobals());
    const settled = (p: Promise<void> | undefined) => {
      const state = { done: false };
      void p?.then(() => {
        state.done = true;
      });
      return state;
    };

    it('with a map on the page: when the map reports the layer drawn, not before', async () => {
      const r = bigReceiver('diem.fgb');
      const first = r.onChunk(CHUNKS[0]!);
      expect(first).toBeInstanceOf(Promise);
      // Later chunks are answered at once.
      expect(r.onChunk(CHUNKS[1]!)).toBeUndefined();
      const state = settled(first);
      bigLayersDrawn([{ id: 'user:9' }]);
      await vi.advanceTimersByTimeAsync(3000);
      expect(state.done).toBe(false);
      bigLayersDrawn([{ id: 'user:1' }]);
      await vi.advanceTimersByTimeAsync(0);
      expect(state.done).toBe(true);
    });

    it('after 4 s at most (a background tab draws nothing), or at once when aborted', async () => {
      const slow = settled(bigReceiver('a.fgb').onChunk(CHUNKS[0]!));
      await vi.advanceTimersByTimeAsync(3999);
      expect(slow.done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(slow.done).toBe(true);
      const r = bigReceiver('b.fgb');
      const cancelled = settled(r.onChunk(CHUNKS[0]!));
      await r.abort();
      await vi.advanceTimersByTimeAsync(0);
      expect(cancelled.done).toBe(true);
    });

    it('with no map on the page, at once', () => {
      mapOnPage = false;
      expect(bigReceiver('diem.fgb').onChunk(CHUNKS[0]!)).toBeUndefined();
    });
  });
});
