// "Area of my polygons per district" for a LARGE layer (binary chunks), on the REAL district
// boundaries (data/build): the features cut into many small chunks and measured chunk by chunk,
// the sums carried from chunk to chunk. Checked two ways: against the small-layer function on the
// same features as the chunks hold them (equal to the bit), and against areas computed here
// directly with @turf/intersect + @turf/area on the original GeoJSON (within the chunks' float32
// precision).
import turfArea from '@turf/area';
import turfIntersect from '@turf/intersect';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AnalysisContext, createContext } from '../../src/analysis/context';
import { readBuiltLayers } from '../../src/analysis/node-data';
import { packLayers } from '../../src/analysis/pack';
import { seededRandom } from '../../src/analysis/seeded-random';
import { type AreaSums, userDistrictAreas } from '../../src/analysis/user-district-areas';
import {
  type BigDistrictAreaReport,
  userChunkDistrictAreas,
} from '../../src/analysis/user-district-areas-chunk';
import { featuresToChunks } from '../../src/data/binary/builder';
import { geometryAt } from '../../src/data/binary/feature';
import type { BinaryChunk } from '../../src/data/binary/types';

const square = (lon: number, lat: number, half: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - half, lat - half],
      [lon + half, lat - half],
      [lon + half, lat + half],
      [lon - half, lat + half],
      [lon - half, lat - half],
    ],
  ],
});
const feature = (geometry: Geometry | null): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry,
  properties: {},
});
const ha = (g: Polygon | MultiPolygon | Feature) =>
  turfArea('type' in g && g.type === 'Feature' ? g : feature(g as Polygon)) / 1e4;

function measureChunks(ctx: AnalysisContext, chunks: BinaryChunk[]): BigDistrictAreaReport {
  let carry: AreaSums | null = null;
  let report: BigDistrictAreaReport | null = null;
  for (const chunk of chunks) {
    const r = userChunkDistrictAreas(ctx, chunk, carry);
    if (!r.ok) throw new Error(r.message);
    carry = r.value.sums;
    report = r.value.report;
  }
  return report!;
}

describe('userChunkDistrictAreas on the real district boundaries', () => {
  let ctx: AnalysisContext;
  let districts: Feature<MultiPolygon>[];
  const geometries: (Geometry | null)[] = [];

  beforeAll(async () => {
    const raw = await readBuiltLayers(undefined, ['districts']);
    ctx = createContext(packLayers(raw));
    districts = raw.districts as Feature<MultiPolygon>[];
    const random = seededRandom(726);
    // Squares around boundary vertices (they straddle borders, some the province edge), and small
    // parcels anywhere over the province's box (most inside one district, some outside all).
    for (let i = 0; i < 30; i++) {
      const d = districts[Math.floor(random() * districts.length)]!;
      const ring = d.geometry.coordinates[0]![0]!;
      const [lon, lat] = ring[Math.floor(random() * (ring.length - 1))]! as [number, number];
      geometries.push(square(lon, lat, 0.003 + random() * 0.012));
    }
    for (let i = 0; i < 120; i++)
      geometries.push(square(106.35 + random() * 0.65, 10.85 + random() * 0.6, 0.0005 + random() * 0.003));
    // A two-part MultiPolygon, a point, a line and a feature without geometry.
    const a = square(106.65, 11.0, 0.004).coordinates;
    const b = square(106.7, 11.2, 0.002).coordinates;
    geometries.push({ type: 'MultiPolygon', coordinates: [a, b] });
    geometries.push({ type: 'Point', coordinates: [106.65, 11.0] });
    geometries.push({
      type: 'LineString',
      coordinates: [
        [106.6, 11.0],
        [106.7, 11.1],
      ],
    });
    geometries.push(null);
  });

  const chunksOf = () => featuresToChunks(geometries.map(feature), 0, { chunkFeatures: 7 });

  it('gives, over many small chunks, the table the small-layer function gives for the same features', () => {
    const chunks = chunksOf();
    expect(chunks.length).toBeGreaterThan(15);
    const big = measureChunks(ctx, chunks);
    // The same features as the chunks hold them (float32 offsets), measured as a small layer.
    const rebuilt = chunks.flatMap((c) => Array.from({ length: c.count }, (_, i) => geometryAt(c, i)));
    expect(rebuilt).toHaveLength(geometries.length);
    const small = userDistrictAreas(ctx, rebuilt);
    if (!small.ok) throw new Error(small.message);
    expect(big).toEqual({ ...small.value, unusable: small.value.unusable.length });
    expect(big.unusable).toBe(1);
    expect(big.not_polygons).toBe(2);
    expect(big.polygon_features).toBe(geometries.length - 3);
    expect(big.outside.polygons).toBeGreaterThan(5);
  });

  it('matches @turf/intersect + @turf/area on the original features, district by district', () => {
    const big = measureChunks(ctx, chunksOf());
    const polygons = geometries.filter(
      (g): g is Polygon | MultiPolygon => g?.type === 'Polygon' || g?.type === 'MultiPolygon',
    );
    const total = polygons.reduce((s, g) => s + ha(g), 0);
    expect(Math.abs(big.total_ha - total) / total).toBeLessThan(1e-6);
    let inside = 0;
    for (const row of big.districts) {
      const d = districts.find((x) => x.properties?.code === row.code)!;
      const parts = polygons.map((g) => {
        const part = turfIntersect({
          type: 'FeatureCollection',
          features: [feature(g) as Feature<Polygon>, d],
        });
        return part ? ha(part) : 0;
      });
      const expected = parts.reduce((s, x) => s + x, 0);
      expect(Math.abs(row.area_ha - expected), `district ${row.code}`).toBeLessThan(1e-6 * total);
      expect(row.polygons, `district ${row.code}`).toBe(
        parts.filter((x, i) => x > 1e-6 * ha(polygons[i]!)).length,
      );
      expect(row.share).toBeCloseTo(row.area_ha / big.total_ha, 12);
      inside += expected;
    }
    expect(Math.abs(big.outside.area_ha - (total - inside)) / total).toBeLessThan(1e-6);
  });

  it('leaves the carried sums as they were, and refuses sums of another district list', () => {
    const [c0, c1] = chunksOf();
    const first = userChunkDistrictAreas(ctx, c0!, null);
    if (!first.ok) throw new Error(first.message);
    const before = structuredClone(first.value.sums);
    const second = userChunkDistrictAreas(ctx, c1!, first.value.sums);
    if (!second.ok) throw new Error(second.message);
    expect(first.value.sums).toEqual(before);
    expect(second.value.report.total_ha).toBeGreaterThan(first.value.report.total_ha);
    const short = { ...before, area_ha: [0], polygons: [0] };
    expect(userChunkDistrictAreas(ctx, c1!, short)).toMatchObject({ ok: false, error: 'not_loaded' });
    const noDistricts = createContext(packLayers({}));
    expect(userChunkDistrictAreas(noDistricts, c0!, null)).toMatchObject({
      ok: false,
      error: 'missing_layer',
    });
  });
});
