import circle from '@turf/circle';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { circleWithArea } from '../footprint.ts';
import { checkFootprintArea, checkParksInDistricts, type DistrictPolygon } from './parks.ts';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const districts: DistrictPolygon[] = [
  { code: '723', name: 'Tân Uyên', geometry: box(106.7, 11.0, 106.8, 11.12) },
  { code: '726', name: 'Bắc Tân Uyên', geometry: box(106.7, 11.12, 106.9, 11.25) },
];

describe('checkParksInDistricts', () => {
  it('passes a park inside its stated district', () => {
    const r = checkParksInDistricts(
      [{ id: 'vsip_3', district_code: '726', lon: 106.735, lat: 11.155 }],
      districts,
    );
    expect(r.issues).toEqual([]);
    expect(r.checks[0]).toMatchObject({ pass: true, found_in: ['726'] });
  });
  it('fails a park in another district and names where it is', () => {
    const r = checkParksInDistricts(
      [{ id: 'thaco_mech', district_code: '726', lon: 106.77, lat: 11.1 }],
      districts,
    );
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toContain('falls in Tân Uyên');
  });
  it('fails a park outside every district and one whose district does not exist', () => {
    const r = checkParksInDistricts(
      [
        { id: 'a', district_code: '726', lon: 106.5, lat: 11 },
        { id: 'b', district_code: '999', lon: 106.75, lat: 11.05 },
      ],
      districts,
    );
    expect(r.issues.map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('checkFootprintArea', () => {
  it('passes a footprint built with the stated area', () => {
    expect(checkFootprintArea('p', circleWithArea(106.7, 11, 1000), 1000)).toEqual([]);
  });
  it('fails a naive circle whose radius ignores the polygon approximation (well, a wrong radius)', () => {
    const r = Math.sqrt((1000 * 10_000) / Math.PI) / 1000;
    const wrong = circle([106.7, 11], r * 1.01, { steps: 64, units: 'kilometers' });
    expect(checkFootprintArea('p', wrong, 1000).map((i) => i.rule)).toEqual(['parks.footprint_area']);
  });
});

describe('footprintOverlaps', () => {
  it('warns about overlapping footprints only', async () => {
    const { footprintOverlaps } = await import('./parks.ts');
    const far = footprintOverlaps([
      { id: 'a', lon: 106.7, lat: 11, area_ha: 100 },
      { id: 'b', lon: 106.75, lat: 11, area_ha: 100 },
    ]);
    expect(far).toEqual([]);
    const near = footprintOverlaps([
      { id: 'a', lon: 106.7, lat: 11, area_ha: 100 },
      { id: 'b', lon: 106.705, lat: 11, area_ha: 100 },
    ]);
    expect(near.map((i) => [i.id, i.severity])).toEqual([['a+b', 'warning']]);
  });
});
