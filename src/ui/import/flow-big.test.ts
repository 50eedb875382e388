// The import flow with a large file, over the engine's real API through Comlink (as the worker is
// reached): a 25,000-parcel FlatGeobuf becomes a large layer whose chunks arrived as they were
// read (the first made the row while the rest were still coming) and whose row counts every parcel; a
// GeoJSON file of the same size takes the engine's convert-after-checks path to the same result.
import { beforeEach, describe, expect, it } from 'vitest';
import { parcels } from '../../data/fgb/test-parcels';
import { writeFeatures } from '../../data/fgb/writer';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers';
import { answer, importBlob, useImportQuestion } from './flow';
import { withRealImportEngine } from './test-engine';

withRealImportEngine();

beforeEach(() => {
  useLayers.getState().reset();
  useUserLayers.setState({ layers: {}, failures: [], job: null });
  useBigLayers.setState({ layers: {} });
});

const N = 25_000;
const features = [...parcels(N)];

/** 20,000 points, latitude first in columns without telling names (found by their values). */
function latFirstCsv(): Blob {
  const rows = ['a,b'];
  for (let i = 0; i < 20_000; i++)
    rows.push(`${(10.9 + (i % 500) / 1000).toFixed(3)},106.${600 + (i % 300)}`);
  return new Blob([rows.join('\n')]);
}

/** 20,000 points whose columns are named `lon`, `lat` but hold each other's values. */
function swappedNamesCsv(): Blob {
  const rows = ['lon,lat'];
  for (let i = 0; i < 20_000; i++)
    rows.push(`${(10.9 + (i % 500) / 1000).toFixed(3)},106.${600 + (i % 300)}`);
  return new Blob([rows.join('\n')]);
}

const title = (id: string) => useBigLayers.getState().layers[id]?.description.title;

describe('import flow of a large file', () => {
  it.each([
    ['parcels.fgb', () => new Blob([writeFeatures(features) as Uint8Array<ArrayBuffer>])],
    ['parcels.geojson', () => new Blob([JSON.stringify({ type: 'FeatureCollection', features })])],
  ])(
    '%s becomes a large layer drawn chunk by chunk',
    async (name, blob) => {
      // What the row said each time the chunks changed.
      const seen: { chunks: number; status: string | undefined }[] = [];
      const stop = useBigLayers.subscribe((s) => {
        const l = s.layers['user:1'];
        if (l) seen.push({ chunks: l.chunks.length, status: useLayers.getState().layers['user:1']?.status });
      });
      await importBlob(blob(), name);
      stop();
      expect(useUserLayers.getState().failures).toEqual([]);
      const layer = useBigLayers.getState().layers['user:1']!;
      // 25,000 parcels of 18 positions in chunks ending at 65,000 polygon vertices (3,612 parcels).
      expect(layer.chunks.map((c) => c.count)).toEqual([3612, 3612, 3612, 3612, 3612, 3612, 3328]);
      expect(layer.summary?.count).toBe(N);
      expect(useLayers.getState().layers['user:1']).toMatchObject({
        status: 'ready',
        count: N,
        features: [],
      });
      expect(useUserLayers.getState().layers['user:1']).toBeUndefined();
      expect(seen[0]).toEqual({ chunks: 1, status: 'loading' });
      // The rest joined while the row was still loading (handed over together: big-import.ts).
      expect(seen.some((s) => s.chunks === 7 && s.status === 'loading')).toBe(true);
    },
    120_000,
  );

  it('asks to confirm a large CSV’s columns once it is drawn; a swap that locates nothing keeps the layer', async () => {
    await importBlob(latFirstCsv(), 'diem.csv');
    const q = useImportQuestion.getState().question;
    expect(q?.kind).toBe('csv');
    if (q?.kind !== 'csv') return;
    expect([q.result.csv?.lon, q.result.csv?.lat]).toEqual(['b', 'a']);
    expect(q.replaces).toBe('user:1');
    const first = useBigLayers.getState().layers['user:1']!;
    expect(first.summary?.count).toBe(20_000);
    // Drawn with the detected columns: the first point at 106.600°E, 10.900°N.
    expect(first.chunks[0]!.bbox).toEqual([106.6, 10.9, 106.899, 11.399]);
    await answer({ kind: 'csv', swap: true });
    expect(useImportQuestion.getState().question).toBeNull();
    // Read again with the columns exchanged, latitude 106° is no place: nothing would be located,
    // so the first reading stays and the user is told why.
    expect(useBigLayers.getState().layers['user:1']?.summary?.count).toBe(20_000);
    expect(useBigLayers.getState().layers['user:2']).toBeUndefined();
    expect(useUserLayers.getState().failures).toMatchObject([
      { fileName: 'diem.csv', key: 'import.error.swapNowhere', params: { file: 'diem.csv' } },
    ]);
  }, 120_000);

  it('“never mind” about a large CSV’s columns takes the drawn layer away', async () => {
    await importBlob(latFirstCsv(), 'diem.csv');
    expect(useBigLayers.getState().layers['user:1']?.summary?.count).toBe(20_000);
    await answer(null);
    expect(useBigLayers.getState().layers['user:1']).toBeUndefined();
    expect(useLayers.getState().layers['user:1']).toBeUndefined();
  }, 120_000);

  it('a swap keeps the replaced layer’s title; the same file imported again gets “(2)”', async () => {
    await importBlob(swappedNamesCsv(), 'diem.csv');
    expect(title('user:1')).toEqual({ vi: 'diem.csv', en: 'diem.csv' });
    // The swapped read is made while user:1 is still on the map, then user:1 goes.
    await answer({ kind: 'csv', swap: true });
    expect(useUserLayers.getState().failures).toEqual([]);
    expect(useBigLayers.getState().layers['user:1']).toBeUndefined();
    expect(useBigLayers.getState().layers['user:2']?.summary?.bbox).not.toBeNull();
    expect(title('user:2')).toEqual({ vi: 'diem.csv', en: 'diem.csv' });
    // A second import of the file, beside the first: a distinct title, kept when confirmed.
    await importBlob(swappedNamesCsv(), 'diem.csv');
    expect(title('user:3')).toEqual({ vi: 'diem.csv (2)', en: 'diem.csv (2)' });
    await answer({ kind: 'csv', swap: false });
    expect(title('user:3')?.vi).toBe('diem.csv (2)');
    expect(title('user:2')?.vi).toBe('diem.csv');
  }, 120_000);
});
