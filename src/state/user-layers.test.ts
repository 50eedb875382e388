// The imported layers' store with persistence over fake-indexeddb (the real idb-keyval code path).
import 'fake-indexeddb/auto';
import type { Feature, Geometry } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IdbUserLayerStore, type StoredLayer, type UserLayerStore } from '../userlayers/persist';
import { useLayers } from './layers';
import {
  addUserLayer,
  removeUserLayer,
  restoreUserLayers,
  setUserLayerStorage,
  userLayerSrc,
  useUserLayers,
  withUniqueIds,
} from './user-layers';

const pt = (id: unknown, name: string): Feature<Geometry, Record<string, unknown>> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.65, 11.05] },
  properties: Object.assign(Object.create(null), { id, ten: name, loai: name.length > 3 ? 'a' : 'b' }),
});

let db = 0;
const fresh = () => new IdbUserLayerStore(`test-${++db}`);
const resetStores = () => {
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], saveProblem: null });
};

beforeEach(resetStores);
afterEach(() => setUserLayerStorage(null));

describe('imported layers', () => {
  it('adds a layer on top with a user id, its features and a description', async () => {
    setUserLayerStorage(fresh());
    const id = await addUserLayer('Khu công nghiệp.geojson', [pt('a', 'Sóng Thần'), pt('b', 'VSIP')]);
    expect(id).toBe('user:1');
    const entry = useLayers.getState().layers[id]!;
    expect(entry.status).toBe('ready');
    expect(entry.count).toBe(2);
    expect(useLayers.getState().order.at(-1)).toBe(id);
    expect(useUserLayers.getState().layers[id]?.description.title.vi).toBe('Khu công nghiệp.geojson');
    expect(useUserLayers.getState().layers[id]?.fields).toEqual(['id', 'ten', 'loai']);
  });

  it('gives the features of a file without ids (or with repeated ones) ids the map and selection can use', async () => {
    const id = await addUserLayer('no-ids.geojson', [pt(null, 'Một'), pt(null, 'Hai'), pt(null, 'Ba')]);
    const ids = useLayers.getState().layers[id]!.features.map((f) => f.properties?.id);
    expect(ids).toEqual(['1', '2', '3']);
    const repeated = await addUserLayer('same.geojson', [pt('x', 'Một'), pt('x', 'Hai')]);
    const props = useLayers.getState().layers[repeated]!.features.map((f) => f.properties);
    expect(props.map((p) => [p?.id, p?.id_source])).toEqual([
      ['1', 'x'],
      ['2', 'x'],
    ]);
    // Those ids are the viewer's, not columns of the file: not offered in the table, filters or
    // colour by; the file's own repeated ids stay a column (id_source).
    expect(useUserLayers.getState().layers[id]?.fields).toEqual(['ten', 'loai']);
    expect(useUserLayers.getState().layers[repeated]?.fields).toEqual(['ten', 'loai', 'id_source']);
  });

  it('keeps the made ids out of the columns after a reload too', async () => {
    const store = fresh();
    setUserLayerStorage(store);
    const id = await addUserLayer('no-ids.geojson', [pt(null, 'Một'), pt(null, 'Hai')]);
    resetStores();
    setUserLayerStorage(store);
    await restoreUserLayers();
    expect(useUserLayers.getState().layers[id]?.idsMade).toBe(true);
    expect(useUserLayers.getState().layers[id]?.fields).toEqual(['ten', 'loai']);
  });

  it('survives a "reload": features, description and settings come back from IndexedDB', async () => {
    const store = fresh();
    setUserLayerStorage(store);
    await addUserLayer('a.geojson', [pt('a', 'Sóng Thần')]);
    await addUserLayer('b.geojson', [pt('b', 'VSIP')], 'https://example.org/b.geojson');
    useLayers.getState().setOpacity('user:2', 0.4);
    await store.saveSettings('user:2', { visible: false, opacity: 0.4 });
    const before = useLayers.getState().layers['user:1']!.features;

    resetStores();
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
    await restoreUserLayers();
    const after = useLayers.getState().layers;
    expect(after['user:1']!.features).toEqual(before);
    expect(Object.getPrototypeOf(after['user:1']!.features[0]!.properties)).toBeNull();
    expect(after['user:2']!.visible).toBe(false);
    expect(after['user:2']!.opacity).toBe(0.4);
    expect(useUserLayers.getState().layers['user:2']?.url).toBe('https://example.org/b.geojson');
    expect(userLayerSrc()).toEqual({ src: ['https://example.org/b.geojson'] });
    // A new import after the restore does not reuse an id.
    expect(await addUserLayer('c.geojson', [pt('c', 'x')])).toBe('user:3');
  });

  it('brings back what the import found (problems in the row, warnings under it) after a reload', async () => {
    const store = fresh();
    setUserLayerStorage(store);
    const report = {
      problems: [
        {
          ordinal: 0,
          id: 'a',
          message: 'ulong',
          messageKey: 'problem.value.integer' as const,
          column: 'ulong',
        },
      ],
      warnings: [{ key: 'import.warn.mixedTypes' as const, params: { file: 'a.geojson' } }],
    };
    await addUserLayer('a.geojson', [pt('a', 'Sóng Thần')], undefined, report);
    await addUserLayer('b.geojson', [pt('b', 'VSIP')]);
    resetStores();
    await restoreUserLayers();
    expect(useLayers.getState().layers['user:1']?.problems).toEqual(report.problems);
    expect(useUserLayers.getState().layers['user:1']?.warnings).toEqual(report.warnings);
    // A layer with nothing to report comes back with nothing.
    expect(useLayers.getState().layers['user:2']?.problems).toEqual([]);
    expect(useUserLayers.getState().layers['user:2']?.warnings).toBeUndefined();
  });

  it('turns the typed arrays of a layer kept before binary values became plain into numbers', async () => {
    // Kept by an earlier version: a Binary column as a Uint8Array (MapLibre's worker messages
    // detached it and the info panel crashed on it).
    const store = fresh();
    setUserLayerStorage(store);
    const old = pt('a', 'Sóng Thần');
    old.properties.bytes = Uint8Array.from([0x58, 1]);
    await addUserLayer('a.fgb', [old]);
    resetStores();
    await restoreUserLayers();
    const props = useLayers.getState().layers['user:1']!.features[0]!.properties as Record<string, unknown>;
    expect(props.bytes).toEqual([0x58, 1]);
    expect(Array.isArray(props.bytes)).toBe(true);
    expect(props.ten).toBe('Sóng Thần');
  });

  it('gives a second import of the same file a distinct title, kept over a reload', async () => {
    const store = fresh();
    setUserLayerStorage(store);
    const title = (id: string) => useUserLayers.getState().layers[id]?.description.title;
    await addUserLayer('parcels.csv', [pt('a', 'Một')]);
    await addUserLayer('parcels.csv', [pt('b', 'Hai')]);
    await addUserLayer('parcels.csv', [pt('c', 'Ba')]);
    expect(title('user:2')).toEqual({ vi: 'parcels.csv (2)', en: 'parcels.csv (2)' });
    expect(title('user:3')?.vi).toBe('parcels.csv (3)');
    // The file's own name is kept as it was (failure rows, the stored record).
    expect(useUserLayers.getState().layers['user:2']?.fileName).toBe('parcels.csv');
    resetStores();
    await restoreUserLayers();
    expect(['user:1', 'user:2', 'user:3'].map((id) => title(id)?.vi)).toEqual([
      'parcels.csv',
      'parcels.csv (2)',
      'parcels.csv (3)',
    ]);
    // A title freed by a removal is given again, as file managers do.
    await removeUserLayer('user:1');
    await addUserLayer('parcels.csv', [pt('d', 'Bốn')]);
    expect(title('user:4')?.vi).toBe('parcels.csv');
  });

  it('layers saved with one title (before titles were made distinct) come back told apart', async () => {
    const store = fresh();
    setUserLayerStorage(store);
    await addUserLayer('parcels.csv', [pt('a', 'Một')]);
    await addUserLayer('parcels.csv', [pt('b', 'Hai')]);
    // As an older version saved them: both titled with the file's name.
    for (const { layer } of await store.loadAll()) {
      const same = { vi: 'parcels.csv', en: 'parcels.csv' };
      await store.save({ ...layer, description: { ...layer.description, title: same } });
    }
    resetStores();
    await restoreUserLayers();
    const title = (id: string) => useUserLayers.getState().layers[id]?.description.title.vi;
    expect([title('user:1'), title('user:2')]).toEqual(['parcels.csv', 'parcels.csv (2)']);
  });

  it('remove takes the layer out of the stores and the storage', async () => {
    const store = fresh();
    setUserLayerStorage(store);
    await addUserLayer('a.geojson', [pt('a', 'Sóng Thần')]);
    await removeUserLayer('user:1');
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
    expect(useLayers.getState().order).not.toContain('user:1');
    expect(await store.loadAll()).toEqual([]);
  });

  it('a full quota gives a message, keeps the layer for the session and loses nothing stored', async () => {
    const inner = fresh();
    setUserLayerStorage(inner);
    await addUserLayer('kept.geojson', [pt('a', 'kept')]);
    const full: UserLayerStore = {
      save: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      saveSettings: (id, s) => inner.saveSettings(id, s),
      remove: (id) => inner.remove(id),
      loadAll: () => inner.loadAll(),
    };
    setUserLayerStorage(full);
    const id = await addUserLayer('big.geojson', [pt('b', 'big')]);
    expect(useUserLayers.getState().saveProblem).toBe('quota');
    expect(useLayers.getState().layers[id]?.count).toBe(1);
    const stored = await inner.loadAll();
    expect(stored.map((s: { layer: StoredLayer }) => s.layer.fileName)).toEqual(['kept.geojson']);
  });

  it('gives features unique ids only when the file has none or repeats them', () => {
    const unique = [pt('a', 'x'), pt('b', 'y')];
    expect(withUniqueIds(unique)).toBe(unique);
    const repeated = withUniqueIds([pt('a', 'x'), pt('a', 'y'), pt(null, 'z')]);
    expect(repeated.map((f) => f.properties?.id)).toEqual(['1', '2', '3']);
    expect(repeated.map((f) => f.properties?.id_source)).toEqual(['a', 'a', undefined]);
  });
});
