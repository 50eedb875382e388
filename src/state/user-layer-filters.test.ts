// Imported layers' filters over a reload, through the real idb-keyval code over fake-indexeddb: a
// filter set on a layer comes back with it (values and ranges), a cleared or removed one does not,
// a layer read by the viewport is not stored, and a stored value of the wrong shape is left out.
import 'fake-indexeddb/auto';
import type { Feature, Geometry } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IdbUserLayerStore } from '../userlayers/persist';
import { useBigLayers } from './big-layers-store';
import { useFilters } from './filters';
import { useLayers } from './layers';
import { asLayerFilter, restoreAndSaveFilters } from './user-layer-filters';
import {
  addUserLayer,
  removeUserLayer,
  restoreUserLayers,
  setUserLayerStorage,
  useUserLayers,
} from './user-layers';

const pt = (ten: string, doi_tuong: string, nam: number): Feature<Geometry, Record<string, unknown>> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.6, 10.7] },
  properties: { ten, doi_tuong, nam },
});
const FEATURES = [
  pt('Miếu Ngũ Hành', 'Miếu', 1900),
  pt('Nhà thờ Tân Định', 'Nhà thờ', 1876),
  pt('Chùa Ấn Quang', 'Chùa', 1948),
];

let db = 0;
/** A fresh page: the stores emptied, as a reload leaves them. */
const reload = () => {
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], saveProblem: null });
  useBigLayers.setState({ layers: {} });
  useFilters.getState().reset();
};
const flush = () => new Promise((r) => setTimeout(r, 20));
const unsubscribes: (() => void)[] = [];

/** A fresh store, `files` imported into it, and its filters restored and saved from then on. */
async function start(...files: string[]): Promise<{ store: IdbUserLayerStore; ids: string[] }> {
  const store = new IdbUserLayerStore(`filters-${++db}`);
  setUserLayerStorage(store);
  const ids: string[] = [];
  for (const name of files) ids.push(await addUserLayer(name, FEATURES));
  unsubscribes.push(await restoreAndSaveFilters(store));
  return { store, ids };
}

beforeEach(reload);
afterEach(() => {
  for (const u of unsubscribes.splice(0)) u();
  setUserLayerStorage(null);
});

describe("imported layers' filters over a reload", () => {
  it('come back as they were set (a values filter and a range), the query too', async () => {
    const { store, ids } = await start('Tongiao.zip');
    const id = ids[0]!;
    useFilters.getState().setValues(id, 'doi_tuong', ['Nhà thờ']);
    useFilters.getState().setRange(id, 'nam', 1850, null);
    useFilters.getState().setQuery(id, 'tân');
    const before = useFilters.getState().filters[id];
    await flush();
    for (const u of unsubscribes.splice(0)) u();

    reload();
    expect(useFilters.getState().filters[id]).toBeUndefined();
    await restoreUserLayers();
    unsubscribes.push(await restoreAndSaveFilters(store));
    expect(useFilters.getState().filters[id]).toEqual(before);
    expect(useFilters.getState().filters[id]).toEqual({
      fields: {
        doi_tuong: { kind: 'values', values: ['Nhà thờ'] },
        nam: { kind: 'range', min: 1850, max: null },
      },
      query: 'tân',
    });
  });

  it('a cleared filter stays cleared; a removed layer leaves no filter behind', async () => {
    const { store, ids } = await start('a.geojson', 'b.geojson');
    const [a, b] = ids as [string, string];
    useFilters.getState().setValues(a, 'doi_tuong', ['Chùa']);
    useFilters.getState().setValues(b, 'doi_tuong', ['Miếu']);
    await flush();
    useFilters.getState().clearLayer(a);
    await removeUserLayer(b);
    await flush();
    expect(await store.loadFilters()).toEqual({});
  });

  it("a link's filters (replaceAll, as on a hash change) keep the imported layer's filter and its saved copy", async () => {
    const { store, ids } = await start('Tongiao.zip');
    const id = ids[0]!;
    useFilters.getState().setValues(id, 'doi_tuong', ['Chùa']);
    useFilters.getState().setValues('parks', 'status', ['planned']);
    const mine = useFilters.getState().filters[id];
    await flush();
    const link = {
      corridors: { fields: { kind: { kind: 'values' as const, values: ['rail'] } }, query: '' },
    };
    useFilters.getState().replaceAll(link);
    await flush();
    // The link's layers replaced (parks' filter gone, the corridors' in), the imported one kept.
    expect(useFilters.getState().filters).toEqual({ [id]: mine, ...link });
    expect(await store.loadFilters()).toEqual({ [id]: mine });
  });

  it('a layer read by the viewport (not stored) keeps no filter', async () => {
    useBigLayers.setState({
      layers: { 'user:9': { id: 'user:9', viewport: true } as never },
    });
    const { store } = await start();
    useFilters.getState().setValues('user:9', 'use', ['x']);
    await flush();
    expect(await store.loadFilters()).toEqual({});
  });
});

describe('asLayerFilter (a stored copy checked before use)', () => {
  it('keeps a filter of the right shape and refuses anything else', () => {
    const ok = {
      fields: { a: { kind: 'values', values: ['x'] }, b: { kind: 'range', min: null, max: 3 } },
      query: '',
    };
    expect(asLayerFilter(ok)).toEqual(ok);
    expect(asLayerFilter({ fields: {}, query: 'q' })).toEqual({ fields: {}, query: 'q' });
    for (const bad of [
      null,
      'x',
      { fields: {}, query: '' }, // empty: nothing to put back
      { fields: { a: { kind: 'values', values: [1] } }, query: '' },
      { fields: { a: { kind: 'range', min: 5, max: 1 } }, query: '' },
      { fields: { a: { kind: 'range', min: '1', max: null } }, query: '' },
      { fields: { a: { kind: 'range', min: Number.NaN, max: null } }, query: '' },
      { fields: { a: { kind: 'regex', values: ['x'] } }, query: '' },
      { fields: [], query: 3 },
    ])
      expect(asLayerFilter(bad)).toBeNull();
  });
});
