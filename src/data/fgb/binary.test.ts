// The binary decoder against the adapter's GeoJSON reader: same features, same structure, positions
// within the float32 precision of each chunk, the same damage errors and problem keys.

import { readFileSync } from 'node:fs';
import type { Feature, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { featureAt } from '../binary/feature';
import { texts } from '../binary/text-dictionary';
import { triangulatePolygons } from '../binary/triangulate';
import type { BinaryChunk, BinaryLayerSummary } from '../binary/types';
import type { FeatureProblem } from '../boundary';
import { type ChunkReadOptions, readChunks } from './binary';
import { FlatGeobufError, readFeatureCollection, writeFeatures } from './index';
import { fgbFile, props } from './test-bytes';
import { DAMAGE_CASES, damagedPropertyFiles, UNUSABLE_CASES, withBad } from './test-hostile-cases';
import { parcels } from './test-parcels';

const TESTDATA = new URL('../../../../shared/data/flatgeobuf-testdata/', import.meta.url);
// A float32 offset d is stored within |d| × 2⁻²⁴; the origin is exact (float64).
const F32 = 2 ** -24;

async function chunksOf(input: Uint8Array | ReadableStream<Uint8Array>, options: ChunkReadOptions = {}) {
  const chunks: BinaryChunk[] = [];
  const problems: FeatureProblem[] = [];
  const it = readChunks(input, { onProblem: (p) => problems.push(p), ...options });
  let summary: BinaryLayerSummary | undefined;
  for (;;) {
    const next = await it.next();
    if (next.done) {
      summary = next.value;
      break;
    }
    chunks.push(next.value);
  }
  return { chunks, problems, summary: summary! };
}

/** Points, lines and polygons of any geometry (a GeometryCollection's members by family). */
function families(g: Geometry | null): { points: Position[]; lines: Position[][]; polygons: Position[][][] } {
  const out = { points: [] as Position[], lines: [] as Position[][], polygons: [] as Position[][][] };
  const visit = (x: Geometry | null) => {
    if (!x) return;
    if (x.type === 'Point') out.points.push(x.coordinates);
    else if (x.type === 'MultiPoint') out.points.push(...x.coordinates);
    else if (x.type === 'LineString') out.lines.push(x.coordinates);
    else if (x.type === 'MultiLineString') out.lines.push(...x.coordinates);
    else if (x.type === 'Polygon') out.polygons.push(x.coordinates);
    else if (x.type === 'MultiPolygon') out.polygons.push(...x.coordinates);
    else for (const m of x.geometries) visit(m);
  };
  visit(g);
  return out;
}

function maxOffset(c: BinaryChunk): number {
  let m = 0;
  for (const part of [c.points, c.lines, c.polygons]) {
    for (const v of part.positions.value) m = Math.max(m, Math.abs(v));
  }
  return m;
}

/** What a property value becomes in a chunk column: numbers (NaN → null) or text. */
function asColumn(v: unknown, kind: 'number' | 'text'): unknown {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return null;
  if (kind === 'number') return Number(v);
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return JSON.stringify([...v]);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Every feature of the chunks agrees with the reader's: type, structure, positions, properties. */
function expectAgreement(chunks: BinaryChunk[], features: Feature<Geometry | null>[]): number {
  expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(features.length);
  let worst = 0;
  let ordinal = 0;
  for (const c of chunks) {
    expect(c.first).toBe(ordinal);
    expect(c.count).toBeLessThanOrEqual(5000);
    const tol = maxOffset(c) * F32;
    worst = Math.max(worst, tol);
    for (let i = 0; i < c.count; i++, ordinal++) {
      const want = features[ordinal]!;
      const got = featureAt(c, i);
      expect(got.geometry?.type ?? null).toBe(want.geometry?.type ?? null);
      const a = families(got.geometry);
      const b = families(want.geometry);
      // Structure first (counts of parts, rings and positions), then every position.
      const shape = (f: typeof a) => [
        f.points.length,
        f.lines.map((l) => l.length),
        f.polygons.map((p) => p.map((r) => r.length)),
      ];
      expect(shape(a)).toEqual(shape(b));
      const flat = (f: typeof a) => [...f.points, ...f.lines.flat(), ...f.polygons.flat(2)];
      const pa = flat(a);
      const pb = flat(b);
      let off = 0;
      for (let k = 0; k < pa.length; k++) {
        off = Math.max(off, Math.abs(pa[k]![0]! - pb[k]![0]!), Math.abs(pa[k]![1]! - pb[k]![1]!));
      }
      if (off > tol) expect.fail(`feature ${ordinal + 1} is ${off}° off, beyond ${tol}°`);
      const props = want.properties ?? {};
      for (const [name, col] of Object.entries(c.columns)) {
        expect(got.properties![name], `${name} of feature ${ordinal + 1}`).toEqual(
          asColumn(props[name], col.kind),
        );
      }
      expect(Object.keys(c.columns).sort()).toEqual(Object.keys(props).sort());
    }
  }
  return worst;
}

describe('readChunks agrees with readFeatures', () => {
  it('on 12,000 synthetic parcels (≤ 2e-8° over the 0.65° box), through a stream of 1,000-byte pieces', async () => {
    const bytes = writeFeatures([...parcels(12_000)]);
    const { collection } = await readFeatureCollection(bytes);
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(offset, offset + 1000));
        offset += 1000;
      },
    });
    const { chunks, problems, summary } = await chunksOf(stream);
    expect(problems).toEqual([]);
    // Chunks end at 65,000 polygon vertices: ceil(65000 / 18) = 3,612 parcels of 18 positions.
    expect(chunks.map((c) => c.count)).toEqual([3612, 3612, 3612, 1164]);
    expect(expectAgreement(chunks, collection.features)).toBeLessThan(2e-8);
    expect(summary).toMatchObject({ count: 12_000, fields: ['id', 'use', 'area_m2'], geometry: 'polygon' });
    expect(chunks[0]!.columns.area_m2!.kind).toBe('number');
    // 17 corners: 15 earcut triangles per parcel.
    expect(triangulatePolygons(chunks[3]!.polygons).length).toBe(1164 * 15 * 3);
  });

  const files = [
    'countries.fgb',
    'countries_nocrs.fgb',
    'countries_nogeo.fgb',
    'topp_states.fgb',
    'mp_overlapping.fgb',
    'triangle.fgb',
    'heterogeneous.fgb',
    'alldatatypes.fgb',
    'no_properties.fgb',
    'unknown_feature_count.fgb',
    'binary_wkb.fgb',
    'empty.fgb',
  ];
  for (const file of files) {
    it(`on ${file}`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(file, TESTDATA)));
      const keep = { nullGeometry: 'keep' as const, onProblem: () => {} };
      const { collection } = await readFeatureCollection(bytes, keep);
      const { chunks } = await chunksOf(bytes, { nullGeometry: 'keep' });
      const worst = expectAgreement(chunks, collection.features);
      // World layers span up to 360° in one chunk: 180 × 2⁻²⁴ ≈ 1.1e-5° at worst.
      expect(worst).toBeLessThanOrEqual(180 * F32);
    });
  }

  it('the countries agree with the reader within 1.1e-5° (the float32 bound of a world-wide chunk)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('countries.fgb', TESTDATA)));
    const { chunks, summary } = await chunksOf(bytes);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.count).toBe(179);
    expect(summary.geometry).toBe('polygon');
    const t = triangulatePolygons(chunks[0]!.polygons);
    expect(t.length % 3).toBe(0);
    expect(t.length).toBeGreaterThan(0);
  });
});

describe('text values go to the columns as the reader gives them', () => {
  const columns = [
    { name: 'id', type: 'String' as const },
    { name: 'use', type: 'String' as const },
  ];
  const point = { type: 'Point' as const, xy: [106.6, 11] };
  const feature = (id: string, use: string | Uint8Array) => ({
    geometry: point,
    properties: props([0, 'String', id], [1, 'String', use]),
  });

  it('Vietnamese in NFD and NFC is one NFC value (one dictionary entry); ASCII and empty text kept', async () => {
    const nfcUse = 'đất nông nghiệp';
    const bytes = fgbFile('Point', columns, [
      feature('a', nfcUse.normalize('NFD')),
      feature('b', nfcUse),
      feature('c', nfcUse.normalize('NFD')),
      feature('d', ''),
      feature('a', 'plain'),
    ]);
    const { chunks, problems } = await chunksOf(bytes);
    expect(problems).toEqual([]);
    const c = chunks[0]!;
    const uses = [0, 1, 2, 3, 4].map((i) => featureAt(c, i).properties!.use);
    expect(uses).toEqual([nfcUse, nfcUse, nfcUse, '', 'plain']);
    const use = c.columns.use!;
    if (use.kind !== 'text') throw new Error('use is not a text column');
    expect([...use.codes]).toEqual([1, 1, 1, 2, 3]);
    expect(texts(use.dictionary)).toEqual([nfcUse, '', 'plain']);
    const id = c.columns.id!;
    if (id.kind !== 'text') throw new Error('id is not a text column');
    expect([...id.codes]).toEqual([1, 2, 3, 4, 1]);
    expect(texts(id.dictionary)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('bytes that are not UTF-8 are kept with U+FFFD and reported for every feature that has them', async () => {
    const bad = Uint8Array.from([0x66, 0xff, 0x6f]);
    const bytes = fgbFile('Point', columns, [feature('k1', bad), feature('k2', bad), feature('k3', 'ok')]);
    const { chunks, problems } = await chunksOf(bytes);
    expect(problems).toEqual([
      expect.objectContaining({ ordinal: 1, id: 'k1', messageKey: 'problem.value.text' }),
      expect.objectContaining({ ordinal: 2, id: 'k2', messageKey: 'problem.value.text' }),
    ]);
    expect([0, 1, 2].map((i) => featureAt(chunks[0]!, i).properties!.use)).toEqual([
      'f\uFFFDo',
      'f\uFFFDo',
      'ok',
    ]);
    await expect(chunksOf(bytes, { onProblem: undefined })).rejects.toThrow(
      /^Feature 1 \(id k1\): column "use"/,
    );
  });

  it('two header columns with one name after NFC: one column, the value given last', async () => {
    const twin = [
      { name: 'tên'.normalize('NFD'), type: 'String' as const },
      { name: 'tên', type: 'String' as const },
    ];
    const bytes = fgbFile('Point', twin, [
      { geometry: point, properties: props([0, 'String', 'x'], [1, 'String', 'y']) },
      { geometry: point, properties: props([0, 'String', 'z']) },
    ]);
    const { chunks } = await chunksOf(bytes);
    expect(Object.keys(chunks[0]!.columns)).toEqual(['tên']);
    expect([0, 1].map((i) => featureAt(chunks[0]!, i).properties!.tên)).toEqual(['y', 'z']);
  });
});

describe('damaged files', () => {
  for (const [what, type, geometry, message] of DAMAGE_CASES) {
    it(`${what}: a FlatGeobufError naming the feature`, async () => {
      const err = await chunksOf(withBad(type, geometry)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(FlatGeobufError);
      expect((err as Error).message).toMatch(/^Feature 2 \(id bad, "Bad one"\): /);
      expect((err as Error).message).toMatch(message);
    });
  }

  it('property bytes that run past the feature, an unknown column, a column given twice', async () => {
    for (const [bytes, message] of damagedPropertyFiles()) {
      await expect(chunksOf(bytes)).rejects.toThrow(message);
    }
  });

  it('a properties or xy vector whose length runs outside the buffer: the reader’s error', async () => {
    // One point feature; the u32 before the property bytes (their length), or before the xy
    // doubles (their count), claims far more than exists.
    const properties = props([0, 'String', 'needle']);
    const xy = [106.25, 11.5];
    const bytes = fgbFile(
      'Point',
      [{ name: 'id', type: 'String' }],
      [{ geometry: { type: 'Point', xy }, properties }],
    );
    const at = (needle: Uint8Array) => {
      for (let i = bytes.length - needle.length; i >= 0; i--) {
        if (needle.every((b, k) => bytes[i + k] === b)) return i;
      }
      throw new Error('not found');
    };
    const xyBytes = new Uint8Array(Float64Array.from(xy).buffer);
    for (const start of [at(properties), at(xyBytes)]) {
      const damaged = bytes.slice();
      new DataView(damaged.buffer).setUint32(start - 4, 0x0fffffff, true);
      const want = await readFeatureCollection(damaged).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(want?.message).toMatch(/^Damaged FlatGeobuf file: feature 1 cannot be decoded/);
      await expect(chunksOf(damaged)).rejects.toThrow(want!.message);
    }
  });

  it('a truncated file and bytes that are not FlatGeobuf', async () => {
    const bytes = writeFeatures([...parcels(20)]);
    await expect(chunksOf(bytes.subarray(0, bytes.length - 7))).rejects.toThrow(FlatGeobufError);
    await expect(chunksOf(new TextEncoder().encode('{"type":"FeatureCollection"}'))).rejects.toThrow(
      /not FlatGeobuf/,
    );
  });

  for (const [what, type, geometry, key] of UNUSABLE_CASES) {
    it(`${what}: the feature is kept without geometry, with a ${key} problem`, async () => {
      const { chunks, problems } = await chunksOf(withBad(type, geometry));
      expect(chunks).toHaveLength(1);
      const c = chunks[0]!;
      expect(c.count).toBe(2);
      expect(featureAt(c, 0).geometry).toEqual({ type: 'Point', coordinates: [106.6, 11] });
      expect(featureAt(c, 1)).toMatchObject({ geometry: null, properties: { id: 'bad', name: 'Bad one' } });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ ordinal: 2, id: 'bad', name: 'Bad one', messageKey: key });
      // Nobody listening: the problem fails the read.
      await expect(chunksOf(withBad(type, geometry), { onProblem: undefined })).rejects.toThrow(
        /^Feature 2 \(id bad, "Bad one"\): /,
      );
    });
  }

  it('coordinates out of ±180°/±90° leave the feature without geometry and a problem', async () => {
    const far = withBad('Point', { xy: [500_000, 1_200_000] });
    const { chunks, problems } = await chunksOf(far);
    expect(problems).toMatchObject([{ ordinal: 2, id: 'bad', messageKey: 'problem.geometry.invalid' }]);
    expect(featureAt(chunks[0]!, 1).geometry).toBeNull();
    expect(featureAt(chunks[0]!, 0).geometry).toEqual({ type: 'Point', coordinates: [106.6, 11] });
  });

  it('poly00.fgb (planar metres): no geometry without a projection, the reprojected reader’s with one', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('poly00.fgb', TESTDATA)));
    const plain = await chunksOf(bytes);
    expect(plain.problems).toHaveLength(10);
    expect(plain.problems.every((p) => p.messageKey === 'problem.geometry.invalid')).toBe(true);
    expect(plain.summary.bbox).toBeNull();
    // Any planar definition will do to compare: the reader's positions through proj4 directly.
    const utm = '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs';
    const { collection } = await readFeatureCollection(bytes);
    const forward = proj4(utm, '+proj=longlat +datum=WGS84 +no_defs');
    const expected = collection.features.map((f) => ({
      ...f,
      geometry: {
        type: 'Polygon' as const,
        coordinates: (f.geometry as { coordinates: Position[][] }).coordinates.map((r) =>
          r.map((p) => forward.forward([p[0]!, p[1]!])),
        ),
      },
    }));
    const projected = await chunksOf(bytes, { projection: (h) => (h.crs === 'EPSG:27700' ? utm : null) });
    expect(projected.problems).toEqual([]);
    expect(expectAgreement(projected.chunks, expected)).toBeLessThan(1e-7);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const bytes = writeFeatures([...parcels(12_000)]);
    const it = readChunks(bytes, { signal: controller.signal });
    await it.next();
    controller.abort(new Error('stop'));
    await expect(it.next()).rejects.toThrow('stop');
  });
});
