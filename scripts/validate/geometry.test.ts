import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Bbox } from '../../src/data/schema.ts';
import { validateGeometry } from './geometry.ts';

const REGION: Bbox = [106, 10.5, 107.5, 12];
const square = (lon: number, lat: number, d = 0.01): number[][] => [
  [lon, lat],
  [lon + d, lat],
  [lon + d, lat + d],
  [lon, lat + d],
  [lon, lat],
];
const rules = (g: Geometry | null) => validateGeometry('t', 'x', g, REGION).map((i) => i.rule);

describe('validateGeometry', () => {
  it('passes good geometries of every type', () => {
    expect(rules({ type: 'Point', coordinates: [106.7, 11] })).toEqual([]);
    expect(
      rules({
        type: 'LineString',
        coordinates: [
          [106.7, 11],
          [106.8, 11.1],
        ],
      }),
    ).toEqual([]);
    expect(rules({ type: 'Polygon', coordinates: [square(106.7, 11)] })).toEqual([]);
    expect(rules({ type: 'MultiPolygon', coordinates: [[square(106.7, 11)], [square(106.9, 11)]] })).toEqual(
      [],
    );
  });
  it('fails a missing or empty geometry', () => {
    expect(rules(null)).toEqual(['geometry.empty']);
    expect(rules({ type: 'MultiPolygon', coordinates: [] })).toEqual(['geometry.empty']);
    expect(rules({ type: 'LineString', coordinates: [] })).toContain('geometry.empty');
  });
  it('fails an unclosed ring', () => {
    const ring = square(106.7, 11).slice(0, 4);
    ring.push([106.7, 11.001]);
    expect(rules({ type: 'Polygon', coordinates: [ring] })).toContain('geometry.ring_closed');
  });
  it('fails a ring with too few positions and a one-point line', () => {
    expect(
      rules({
        type: 'Polygon',
        coordinates: [
          [
            [106.7, 11],
            [106.8, 11],
            [106.7, 11],
          ],
        ],
      }),
    ).toContain('geometry.structure');
    expect(rules({ type: 'LineString', coordinates: [[106.7, 11]] })).toContain('geometry.structure');
  });
  it('fails a self-intersecting (bow-tie) polygon', () => {
    const bowtie = [
      [106.7, 11],
      [106.8, 11.1],
      [106.8, 11],
      [106.7, 11.1],
      [106.7, 11],
    ];
    expect(rules({ type: 'Polygon', coordinates: [bowtie] })).toEqual(['geometry.valid']);
  });
  it('fails NaN and Infinity', () => {
    expect(rules({ type: 'Point', coordinates: [Number.NaN, 11] })).toEqual(['geometry.finite']);
    expect(
      rules({
        type: 'LineString',
        coordinates: [
          [106.7, 11],
          [Number.POSITIVE_INFINITY, 11],
        ],
      }),
    ).toEqual(['geometry.finite']);
  });
  it('fails lon/lat out of range (for example a lat/lon swap far from the equator)', () => {
    expect(rules({ type: 'Point', coordinates: [10, 106.7] })).toEqual(['geometry.range']);
  });
  it('fails a geometry outside the expected region (lat/lon swapped)', () => {
    expect(rules({ type: 'Point', coordinates: [11, 106.7 - 100] })).toEqual(['geometry.region']);
    expect(rules({ type: 'Point', coordinates: [105.5, 11] })).toEqual(['geometry.region']);
  });
});

describe('regionFor', () => {
  it('keeps innovation places in the province and lets logistics places reach the region', async () => {
    const { regionFor } = await import('./types.ts');
    const catMep = { type: 'Point' as const, coordinates: [107.025, 10.54] };
    expect(validateGeometry('places', 'p', catMep, regionFor('places', { kind: 'logistics' }))).toEqual([]);
    expect(
      validateGeometry('places', 'p', catMep, regionFor('places', { kind: 'innovation' })).map((i) => i.rule),
    ).toEqual(['geometry.region']);
  });
});
