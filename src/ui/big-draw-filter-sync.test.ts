// The map's large-layer filters follow the filter store: large layers are held back from the map
// until deck.gl's DataFilterExtension is loaded (a layer made without it would never filter), then
// every large layer carries the extension, with its chunks' masks once filtered.
import { describe, expect, it, vi } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { parcels } from '../data/fgb/test-parcels';
import { userDescriptionOfKind } from '../layers/user-description';
import { useBigDrawFilters } from '../state/big-draw-filter';
import { useBigLayers } from '../state/big-layers-store';
import { useFilters } from '../state/filters';
import { useLayers } from '../state/layers';
import { useResultOnMap } from '../state/result-on-map';
import { hideResultOnMap, showResultOnMap } from '../state/result-on-map-actions';
import { bigInput } from './map-input';

let resolveLoad: () => void = () => {};
const loaded = new Promise<void>((r) => {
  resolveLoad = r;
});
vi.mock('@deck.gl/extensions', async () => {
  await loaded;
  return {
    DataFilterExtension: class {
      constructor(readonly opts: object) {}
    },
  };
});

const ID = 'user:1';
const input = [...parcels(6_000)];
const chunks = featuresToChunks(input);

describe('big-draw-filter-sync', () => {
  it('holds large layers back until the extension is in, then draws them with their masks', async () => {
    await import('./big-draw-filter-sync');
    useLayers.getState().addLayer(ID);
    const input0 = () =>
      bigInput(useLayers.getState().layers, useLayers.getState().order, 'single').filter((l) => l.id === ID);
    useBigLayers.setState({
      layers: {
        [ID]: {
          id: ID,
          fileName: 'p.fgb',
          description: userDescriptionOfKind(ID, 'p.fgb', 'polygon', 0),
          n: 1,
          summary: { count: input.length, bbox: null, fields: ['id', 'use', 'area_m2'], geometry: 'polygon' },
          chunks,
          loaded: input.length,
        },
      },
    });
    expect(useBigDrawFilters.getState().waiting).toBe(true);
    expect(input0()).toEqual([]);

    resolveLoad();
    await vi.waitFor(() => expect(useBigDrawFilters.getState().waiting).toBe(false));
    const drawn = input0();
    expect(drawn).toHaveLength(1);
    const extension = drawn[0]!.filter!.extension as { opts: object };
    expect(extension.opts).toEqual({ filterSize: 1 });
    expect(drawn[0]!.filter!.masks).toBeNull();

    useFilters.getState().setValues(ID, 'use', ['đất ở']);
    const masks = input0()[0]!.filter!.masks!;
    expect(masks).toHaveLength(2);
    const expected = input.map((f) => (f.properties!.use === 'đất ở' ? 1 : 0));
    expect([...masks[0]!, ...masks[1]!]).toEqual(expected);
    // The same extension: deck.gl's layers keep theirs.
    expect(input0()[0]!.filter!.extension).toBe(extension);

    // An analysis answer shown on the map (ordinals, one in each chunk and both chunks' edges):
    // anded with the filter, for the map only.
    const n0 = chunks[0]!.count;
    const answer = Uint32Array.from([0, 1, 2, 3, n0 - 1, n0, n0 + 5, input.length - 1]);
    showResultOnMap(ID, 'within', answer);
    const inAnswer = new Set(answer);
    const anded = input0()[0]!.filter!.masks!;
    expect([...anded[0]!, ...anded[1]!]).toEqual(expected.map((v, k) => (inAnswer.has(k) ? v : 0)));
    expect(anded.flatMap((m) => [...m]).filter((v) => v === 1).length).toBeGreaterThan(0);
    // Another layer's answer re-syncs every layer: this one's unchanged masks stay the same objects
    // (deck.gl keeps the chunks' filter attributes).
    const before = useResultOnMap.getState().byLayer;
    showResultOnMap('user:other', 'within', new Set(['x']));
    expect(useResultOnMap.getState().byLayer).not.toBe(before);
    expect(input0()[0]!.filter!.masks![0]).toBe(anded[0]);
    expect(input0()[0]!.filter!.masks![1]).toBe(anded[1]);
    // Running the analysis again (no answer yet): the filter's masks alone.
    showResultOnMap(ID, 'within', null);
    expect(input0()[0]!.filter!.masks).toEqual(masks);
    showResultOnMap(ID, 'within', answer);
    // The filter cleared: the answer alone; the answer taken away: the whole layer.
    useFilters.getState().clearLayer(ID);
    const alone = input0()[0]!.filter!.masks!;
    expect([...alone[0]!, ...alone[1]!]).toEqual(input.map((_, k) => (inAnswer.has(k) ? 1 : 0)));
    // Another analysis's box unticked does not take this answer away; its own does.
    hideResultOnMap(ID, 'nearest');
    expect(input0()[0]!.filter!.masks).toEqual(alone);
    hideResultOnMap(ID, 'within');
    expect(input0()[0]!.filter!.masks).toBeNull();
  });
});
