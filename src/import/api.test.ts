// The worker's API called directly (the worker entry only exposes it through Comlink): reading a
// Blob with progress, cancelling, the CRS question answered, CSV columns detected and confirmed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createImportApi } from './api';
import type { ImportProgress } from './types';

const enc = (s: string) => new TextEncoder().encode(s);
const points = (n: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [106.6 + i * 1e-6, 11] },
    })),
  });

describe('import API', () => {
  it('reads a Blob, reporting bytes and features read', async () => {
    const api = createImportApi();
    const seen: ImportProgress[] = [];
    const text = points(5000);
    const out = await api.importFile(1, new Blob([text]), 'pts.geojson', {}, (p) => seen.push(p));
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.result.features).toHaveLength(5000);
    expect(seen.some((p) => p.bytesRead === enc(text).length && p.totalBytes === enc(text).length)).toBe(
      true,
    );
    expect(Math.max(...seen.map((p) => p.featuresRead))).toBe(5000);
  });

  it('cancel(job) ends the import with import.error.cancelled', async () => {
    const api = createImportApi();
    const pending = api.importFile(7, new Blob([points(20000)]), 'big.geojson', {}, (p) => {
      if (p.featuresRead > 0) api.cancel(7);
    });
    const out = await pending;
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.key).toBe('import.error.cancelled');
  });

  it('asks before reading a Blob over the size limit (without reading it)', async () => {
    const api = createImportApi();
    const huge = {
      size: 200 * 1024 * 1024,
      stream: () => {
        throw new Error('read');
      },
    } as unknown as Blob;
    const out = await api.importFile(2, huge, 'huge.fgb');
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.error).toMatchObject({ key: 'import.error.tooLarge', params: { file: 'huge.fgb' } });
  });

  it('answers the CRS question: VN-2000 / TM-3 105°45′ puts the README point at 106.696082, 10.777808', async () => {
    const api = createImportApi();
    const bytes = enc(
      JSON.stringify({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [603269.965, 1192041.07] },
      }),
    );
    const first = await api.importFile(3, bytes.buffer as ArrayBuffer, 'diem.geojson');
    if (!first.ok) throw new Error(first.error.message);
    expect(first.result.crsQuestion?.choices[0]).toBe('vn2000-tm3-10545');
    const answered = api.applyCrs(first.result, 'vn2000-tm3-10545');
    if (!answered.ok) throw new Error(answered.error.message);
    expect(answered.result.crsQuestion).toBeUndefined();
    const [lon, lat] = (answered.result.features[0]!.geometry as { coordinates: number[] }).coordinates as [
      number,
      number,
    ];
    expect(Math.abs(lon - 106.696082) * 109_000).toBeLessThan(5);
    expect(Math.abs(lat - 10.777808) * 110_600).toBeLessThan(5);
  });

  it('takes the CRS a GeoJSON 2008 `crs` member names (EPSG:9210) without asking', async () => {
    const api = createImportApi();
    const doc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9210' } },
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [603269.965, 1192041.07] },
        },
      ],
    };
    const out = await api.importFile(8, enc(JSON.stringify(doc)).buffer as ArrayBuffer, 'qgis.geojson');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.crsQuestion).toBeUndefined();
    const [lon, lat] = (out.result.features[0]!.geometry as { coordinates: number[] }).coordinates as [
      number,
      number,
    ];
    expect(Math.abs(lon - 106.696082) * 109_000).toBeLessThan(5);
    expect(Math.abs(lat - 10.777808) * 110_600).toBeLessThan(5);
  });

  it('reads a CSV column of numbers as numbers, codes with leading zeros as text', async () => {
    const api = createImportApi();
    const csv = enc('ma;lat;lon;dien_tich\n007;10,98;106,65;1250,5\n008;11,02;106,70;\n');
    const out = await api.importFile(7, csv.buffer as ArrayBuffer, 'lo-dat.csv');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.features.map((f) => f.properties)).toEqual([
      { ma: '007', dien_tich: 1250.5 },
      { ma: '008', dien_tich: null },
    ]);
  });

  it('detects latitude before longitude in a CSV, and takes the user’s columns when given', async () => {
    const api = createImportApi();
    const csv = enc('ten;toa_do_1;toa_do_2\nA;10,98;106,65\nB;11,02;106,70\n');
    const out = await api.importFile(4, csv.buffer as ArrayBuffer, 'diem.csv');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.result.csv).toMatchObject({
      lat: 'toa_do_1',
      lon: 'toa_do_2',
      byValues: true,
      delimiter: ';',
    });
    expect((out.result.features[0]!.geometry as { coordinates: number[] }).coordinates).toEqual([
      106.65, 10.98,
    ]);
    const named = await api.importFile(
      5,
      enc('vĩ độ,kinh độ\n10.98,106.65\n').buffer as ArrayBuffer,
      'named.csv',
    );
    if (!named.ok) throw new Error(named.error.message);
    expect(named.result.csv).toMatchObject({ lat: 'vĩ độ', lon: 'kinh độ', byValues: false });
    const swapped = await api.importFile(6, csv.buffer as ArrayBuffer, 'diem.csv', {
      csvColumns: { lon: 'toa_do_1', lat: 'toa_do_2' },
    });
    if (!swapped.ok) throw new Error(swapped.error.message);
    expect(swapped.result.warnings.map((w) => w.key)).toContain('import.warn.outOfRange');
  });

  it("alldatatypes.fgb (GDAL's test file): its Binary column arrives as plain bytes, not a typed array", async () => {
    // A Uint8Array value was transferred (detached) by MapLibre's worker messages, after which the
    // info panel crashed the app on it, and JSON (exports, storage) wrote it as {}.
    const file = readFileSync(
      new URL('../../../shared/data/flatgeobuf-testdata/alldatatypes.fgb', import.meta.url),
    );
    const out = await createImportApi().importFile(9, new Blob([file]), 'alldatatypes.fgb');
    if (!out.ok) throw new Error(out.error.message);
    const props = out.result.features[0]!.properties as Record<string, unknown>;
    expect(Array.isArray(props.binary)).toBe(true);
    expect(props.binary).toEqual([0x58]); // GDAL writes the one byte 'X'
    expect(JSON.parse(JSON.stringify(props)).binary).toEqual([0x58]);
    expect(structuredClone(props).binary).toEqual([0x58]);
    // Its values kept in another form name their columns (the layer's notice shows them).
    expect(out.result.problems.map((p) => [p.ordinal, p.messageKey, p.column])).toEqual([
      [1, 'problem.value.integer', 'ulong'],
      [1, 'problem.value.json', 'json'],
    ]);
  });
});
