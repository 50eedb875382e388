// "Colour by" on imported layers, small and large: the rule written into the description, and kept
// across a reload (fake-indexeddb, the real idb-keyval code path) with the layer's other settings.
import 'fake-indexeddb/auto';
import type { Feature, Geometry } from 'geojson';
import { quantile } from 'simple-statistics';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { featuresToChunks } from '../data/binary/builder';
import { IdbUserLayerStore } from '../userlayers/persist';
import { appendChunks, beginBigLayer, finishBigLayer, removeBigLayer, restoreBigLayers } from './big-layers';
import { useBigLayers } from './big-layers-store';
import { useLayers } from './layers';
import { colorUserLayerBy } from './user-layer-style';
import {
  addUserLayer,
  removeUserLayer,
  restoreUserLayers,
  setUserLayerStorage,
  useUserLayers,
} from './user-layers';

const pt = (i: number, loai: string | null, area: number | null): Feature<Geometry> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6 + i * 0.001, 11] },
  properties: { id: `p${i}`, loai, area },
});

let db = 0;
const reset = () => {
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], saveProblem: null });
  useBigLayers.setState({ layers: {} });
};
beforeEach(reset);
afterEach(() => setUserLayerStorage(null));

describe('colour by, small layers', () => {
  it('colours by a text column, keeps it across a reload, and goes back to one colour', async () => {
    const store = new IdbUserLayerStore(`style-${++db}`);
    setUserLayerStorage(store);
    const id = await addUserLayer('a.geojson', [pt(1, 'kho', 1), pt(2, 'xưởng', 2), pt(3, null, 3)]);
    expect(await colorUserLayerBy(id, 'loai')).toBe(true);
    const rule = useUserLayers.getState().layers[id]!.description.style.point!.color;
    expect(rule).toEqual({
      type: 'category',
      field: 'loai',
      colors: { kho: '#117733', xưởng: '#44aa99' },
      other: '#dddddd',
    });

    reset();
    await restoreUserLayers();
    const back = useUserLayers.getState().layers[id]!.description;
    expect(back.style.point!.color).toEqual(rule);
    expect(back.style.missing).toEqual({ field: 'loai', color: '#bdbdbd', dash: [2, 2] });
    // A feature has no `loai`: the legend keeps its "no data" entry.
    expect(back.legend?.noMissing).toBeUndefined();
    // Features per entry, counted when the rule was made, kept across the reload.
    expect(back.legend?.counts).toEqual({ 'v-kho': 1, 'v-xưởng': 1, missing: 1 });

    expect(await colorUserLayerBy(id, null)).toBe(true);
    reset();
    await restoreUserLayers();
    expect(useUserLayers.getState().layers[id]!.description.style.point!.color).toEqual({
      type: 'fixed',
      color: '#117733',
    });
    await removeUserLayer(id);
    expect(await store.loadAll()).toEqual([]);
  });

  it('refuses a text column of too many values, leaving the layer as it was', async () => {
    const id = await addUserLayer(
      'b.geojson',
      Array.from({ length: 12 }, (_, i) => pt(i, `v${i}`, i)),
    );
    const before = useUserLayers.getState().layers[id]!.description;
    expect(await colorUserLayerBy(id, 'loai')).toBe(false);
    expect(useUserLayers.getState().layers[id]!.description).toBe(before);
  });
});

describe('colour by, two layers', () => {
  const colorsOf = (id: string) => {
    const d =
      useUserLayers.getState().layers[id]?.description ?? useBigLayers.getState().layers[id]?.description;
    const r = d?.style.point?.color;
    return r?.type === 'category' ? r.colors : null;
  };
  const kinds = (k: string[]) => k.map((loai, i) => pt(i, loai, i));

  it('a second layer coloured by categories starts past the colours the first draws, also after a reload', async () => {
    const store = new IdbUserLayerStore(`style-two-${++db}`);
    setUserLayerStorage(store);
    const a = await addUserLayer('a.geojson', kinds(['kho', 'xưởng', 'văn phòng']));
    const b = await addUserLayer('b.geojson', kinds(['đất ở', 'đất công nghiệp']));
    expect(await colorUserLayerBy(a, 'loai')).toBe(true);
    // b draws one colour, Tol's teal (#44aa99, the palette's second): a's three categories start
    // at the palette's third colour, the first run of three that b does not draw.
    expect(colorsOf(a)).toEqual({ kho: '#cc6677', 'văn phòng': '#999933', xưởng: '#332288' });
    expect(await colorUserLayerBy(b, 'loai')).toBe(true);
    // b's two categories avoid a's three: the palette's first two are free again (a no longer
    // draws its one colour), so they start there.
    expect(colorsOf(b)).toEqual({ 'đất công nghiệp': '#117733', 'đất ở': '#44aa99' });
    const shared = Object.values(colorsOf(a)!).filter((c) => Object.values(colorsOf(b)!).includes(c));
    expect(shared).toEqual([]);

    // Stored with the rule: a reload draws the same colours.
    const before = { a: colorsOf(a), b: colorsOf(b) };
    reset();
    await restoreUserLayers();
    expect({ a: colorsOf(a), b: colorsOf(b) }).toEqual(before);
    // Choosing the column again with the same layers around gives the same colours.
    expect(await colorUserLayerBy(b, 'loai')).toBe(true);
    expect(colorsOf(b)).toEqual(before.b);
  });

  it('a large layer avoids a small layer’s categories the same way', async () => {
    const a = await addUserLayer('a.geojson', kinds(['kho', 'xưởng']));
    expect(await colorUserLayerBy(a, 'loai')).toBe(true);
    const features = kinds(['x', 'y', 'z']);
    const id = beginBigLayer('b.fgb', featuresToChunks(features)[0]!);
    await finishBigLayer(id, { count: 3, bbox: null, fields: ['id', 'loai', 'area'], geometry: 'point' });
    expect(await colorUserLayerBy(id, 'loai')).toBe(true);
    // a draws the palette's first two colours (the large layer's own one colour, the second, does
    // not count against itself): the three categories start at the third.
    expect(Object.values(colorsOf(id)!)).toEqual(['#cc6677', '#999933', '#332288']);
  });
});

describe('colour by, large layers', () => {
  it('classes a numeric column over every chunk, and keeps the breaks across a reload', async () => {
    const store = new IdbUserLayerStore(`style-big-${++db}`);
    setUserLayerStorage(store);
    const features = Array.from({ length: 7001 }, (_, i) => pt(i, null, (i * 7919) % 7001));
    const chunks = featuresToChunks(features);
    expect(chunks.length).toBe(2);
    const id = beginBigLayer('parcels.fgb', chunks[0]!);
    appendChunks(id, [chunks[1]!]);
    await finishBigLayer(id, { count: 7001, bbox: null, fields: ['id', 'loai', 'area'], geometry: 'point' });

    expect(await colorUserLayerBy(id, 'area')).toBe(true);
    const all = features.map((f) => f.properties!.area as number);
    const expected = [...[0.2, 0.4, 0.6, 0.8].map((p) => quantile(all, p)), 7000];
    const rule = useBigLayers.getState().layers[id]!.description.style.point!.color;
    expect(rule.type === 'classes' && rule.breaks).toEqual(expected);

    reset();
    await restoreBigLayers();
    const back = useBigLayers.getState().layers[id]!.description;
    expect(back.style.point!.color).toEqual(rule);
    // Every parcel has an area (known from all chunks when the rule was made): no "no data" entry.
    // Its classes' counts (over both chunks) came back with it: every parcel in one class.
    expect(back.legend?.noMissing).toBe(true);
    const counts = back.legend?.counts ?? {};
    expect(Object.keys(counts).sort()).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4']);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(7001);
    const breaks = rule.type === 'classes' ? rule.breaks : [];
    expect(counts['c-0']).toBe(all.filter((v) => v <= breaks[0]!).length);
    await removeBigLayer(id);
    expect(await store.loadBig()).toEqual([]);
  });
});
