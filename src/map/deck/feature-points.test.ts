// The level of detail's points: one per located feature at the mean of its outer ring's vertices
// (computed here from the GeoJSON, independently of the binary layout), null geometries skipped
// with the others' ordinals kept; and the zoom from which a chunk's shapes are drawn.
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { parcels } from '../../data/fgb/test-parcels';
import { featurePoints, shapeZoom, typicalExtent } from './feature-points';

const f = (geometry: Geometry | null): Feature<Geometry | null> => ({
  type: 'Feature',
  geometry,
  properties: {},
});

/** Mean of a ring's vertices, the closing repeat of the first left out. */
function ringMean(ring: Position[]): [number, number] {
  const open = ring.slice(0, -1);
  return [
    open.reduce((s, p) => s + p[0]!, 0) / open.length,
    open.reduce((s, p) => s + p[1]!, 0) / open.length,
  ];
}

describe('featurePoints', () => {
  const square: Position[] = [
    [106.6, 11],
    [106.61, 11],
    [106.61, 11.01],
    [106.6, 11.01],
    [106.6, 11],
  ];
  const hole: Position[] = [
    [106.602, 11.002],
    [106.603, 11.002],
    [106.603, 11.003],
    [106.602, 11.002],
  ];
  const triangle: Position[] = [
    [106.7, 11.2],
    [106.72, 11.2],
    [106.7, 11.23],
    [106.7, 11.2],
  ];
  const features = [
    f(null),
    f({ type: 'Polygon', coordinates: [square, hole] }),
    f(null),
    f({ type: 'Polygon', coordinates: [triangle] }),
    f({
      type: 'LineString',
      coordinates: [
        [106.5, 11.1],
        [106.52, 11.14],
      ],
    }),
  ];
  const [chunk] = featuresToChunks(features, 40);
  const pts = featurePoints(chunk!);

  it('skips features without geometry and names each point by its layer-wide ordinal', () => {
    expect(pts.length).toBe(3);
    expect([...pts.ordinals]).toEqual([41, 43, 44]);
  });

  it('places a polygon at the mean of its outer ring (holes ignored), a line at its vertices mean', () => {
    const expected: [number, number][] = [ringMean(square), ringMean(triangle), [106.51, 11.12]];
    expected.forEach(([lon, lat], i) => {
      // float32 offsets from the origin: within ~1e-6° of the float64 mean at offsets below 1°.
      expect(pts.positions[2 * i]! + chunk!.origin[0]).toBeCloseTo(lon, 6);
      expect(pts.positions[2 * i + 1]! + chunk!.origin[1]).toBeCloseTo(lat, 6);
    });
  });

  it('is computed once per chunk', () => {
    expect(featurePoints(chunk!)).toBe(pts);
  });

  it('gives every generated parcel its outer ring mean', () => {
    const list = [...parcels(300, 3)];
    const [c] = featuresToChunks(list);
    const p = featurePoints(c!);
    expect(p.length).toBe(300);
    list.forEach((feature, i) => {
      const [lon, lat] = ringMean(feature.geometry.coordinates[0]!);
      expect(p.positions[2 * i]! + c!.origin[0]).toBeCloseTo(lon, 5);
      expect(p.positions[2 * i + 1]! + c!.origin[1]).toBeCloseTo(lat, 5);
    });
  });
});

describe('shapeZoom', () => {
  const box = (lon: number, lat: number, size: number): Feature<Geometry> => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon + size, lat],
          [lon + size, lat + size / 2],
          [lon, lat],
        ],
      ],
    },
  });

  it('is where the typical feature spans 3 px of the 512-px world', () => {
    // 0.0003° boxes: 3 px when 0.0003 / 360 × 512 × 2^z = 3, i.e. z = log2(3 × 360 / (512 × 0.0003)).
    const [c] = featuresToChunks(Array.from({ length: 200 }, (_, i) => box(106.5 + i * 0.001, 11, 0.0003)));
    expect(typicalExtent(c!)).toBeCloseTo(0.0003, 6);
    expect(shapeZoom(c!)).toBeCloseTo(Math.log2(1080 / 0.1536), 2);
    expect(shapeZoom(c!)).toBeGreaterThan(12.7);
    expect(shapeZoom(c!)).toBeLessThan(12.9);
  });

  it('takes the median size, so a few large features do not lift the whole chunk to shapes', () => {
    const list = Array.from({ length: 101 }, (_, i) => box(106.5 + i * 0.01, 11, i < 20 ? 0.05 : 0.001));
    const [c] = featuresToChunks(list);
    expect(typicalExtent(c!)).toBeCloseTo(0.001, 6);
  });

  it('is −Infinity for points only: they are always drawn as themselves', () => {
    const [c] = featuresToChunks([f({ type: 'Point', coordinates: [106.6, 11] })]);
    expect(shapeZoom(c!)).toBe(-Infinity);
  });
});
