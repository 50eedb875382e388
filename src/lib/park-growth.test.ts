import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import turfArea from '@turf/area';
import type { Feature, Geometry, Polygon } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_DIR, readLayerFile } from '../analysis/node-data';
import {
  featuresAtStop,
  growthParks,
  growthSeries,
  growthSummary,
  parksAt,
  type YearStop,
  yearStops,
} from './park-growth';

function park(
  id: string,
  props: { year?: number | null; area?: number | null; q?: string; status?: string; excluded?: string },
  geometry: Geometry = { type: 'Point', coordinates: [106.7, 11] },
): Feature<Geometry> {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      established_year: props.year ?? null,
      area_ha: props.area ?? null,
      area_qualifier: props.area == null ? null : (props.q ?? 'exact'),
      status: props.status ?? 'existing',
      totals_exclusion_reason: props.excluded ?? '',
    },
  };
}

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [0.01, 0],
      [0.01, 0.01],
      [0, 0.01],
      [0, 0],
    ],
  ],
};
// The reference for a footprint without a stated area: Turf's own area of the same square.
const squareHa = turfArea(square) / 10_000;

const FIXTURE = [
  park('a', { year: 2000, area: 100 }),
  park('b', { year: 2005, area: 50, q: 'approximate' }),
  park('c', { year: 2005 }), // known year, unknown area (a point)
  park('d', { area: 30 }), // year unknown
  park('e', {}), // year unknown, area unknown
  park('f', { status: 'planned', area: 200 }),
  park('g', { status: 'planned', area: 80, excluded: 'same land as f' }),
  park('h', { year: 1985, area: 10 }),
  park('i', { year: 2010 }, square), // polygon footprint, no stated area
];

describe('park growth on a hand-made fixture', () => {
  const parks = growthParks(FIXTURE);
  const stops = yearStops(parks, 2012);

  it('runs from the earliest year (before 1990 here) to the current year, then "planned"', () => {
    expect(stops[0]).toBe(1985);
    expect(stops.at(-2)).toBe(2012);
    expect(stops.at(-1)).toBe('planned');
    expect(stops).toHaveLength(2012 - 1985 + 1 + 1);
    // Without older parks the slider still starts in 1990.
    expect(yearStops(growthParks([park('x', { year: 2001, area: 1 })]), 2003)).toEqual([
      1990,
      1991,
      1992,
      1993,
      1994,
      1995,
      1996,
      1997,
      1998,
      1999,
      2000,
      2001,
      2002,
      2003,
      'planned',
    ]);
  });

  it('adds up the land shown at each stop, unknown areas counted apart', () => {
    const at = (s: YearStop) => growthSeries(parks, [s])[0]!;
    expect(at(1984)).toMatchObject({ count: 0, area: { value: 0, qualifier: 'exact' } });
    expect(at(1999)).toMatchObject({ ids: ['h'], area: { value: 10, qualifier: 'exact' } });
    expect(at(2000)).toMatchObject({ ids: ['a', 'h'], area: { value: 110, qualifier: 'exact' } });
    // b is approximate, so the sum is; c has no area and is listed, not counted as 0.
    expect(at(2005)).toMatchObject({
      ids: ['a', 'b', 'c', 'h'],
      area: { value: 160, qualifier: 'approximate' },
      unknownAreaIds: ['c'],
    });
    const y2010 = at(2010);
    expect(y2010.ids).toEqual(['a', 'b', 'c', 'h', 'i']);
    expect(y2010.area.value).toBeCloseTo(160 + squareHa, 6);
    // The last stop adds the planned parks; g is shown but its land is not in totals.
    const planned = at('planned');
    expect(planned.ids).toEqual(['a', 'b', 'c', 'f', 'g', 'h', 'i']);
    expect(planned.area.value).toBeCloseTo(160 + squareHa + 200, 6);
    expect(planned.notInTotalsIds).toEqual(['g']);
  });

  it('names the parks it cannot place in time, with their land', () => {
    const s = growthSummary(parks);
    expect(s.knownYear.count).toBe(5);
    expect(s.yearUnknown).toMatchObject({
      ids: ['d', 'e'],
      count: 2,
      area: { value: 30, qualifier: 'exact' },
      unknownAreaIds: ['e'],
    });
    expect(s.planned.ids).toEqual(['f', 'g']);
    expect(s.noYear.count).toBe(4);
  });

  it('draws the established parks and, apart, the year-unknown ones', () => {
    expect(parksAt(parks, 2005)).toEqual({ shown: ['a', 'b', 'c', 'h'], yearUnknown: ['d', 'e'] });
    const ids = (stop: YearStop | null) => featuresAtStop(FIXTURE, stop).map((f) => f.properties!.id);
    expect(ids(2005)).toEqual(['a', 'b', 'c', 'd', 'e', 'h']);
    expect(ids('planned')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(ids(null)).toHaveLength(FIXTURE.length);
  });
});

describe('park growth on the real parks layer', () => {
  // Expected values come from the curated source, read here with papaparse, not from the code.
  const csv = Papa.parse<Record<string, string>>(
    readFileSync(join(DEFAULT_BUILD_DIR, '..', 'curated', 'parks.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data.filter((r) => r.include === 'true');
  const withYear = csv.filter((r) => r.established_year !== '');
  const unknown = csv.filter((r) => r.established_year === '' && r.status !== 'planned');

  it('has 13 parks of known year and 23 without one, as the issue says', async () => {
    const features = await readLayerFile(join(DEFAULT_BUILD_DIR, 'parks.fgb'));
    const s = growthSummary(growthParks(features));
    expect(features).toHaveLength(csv.length);
    expect(s.knownYear.count).toBe(withYear.length);
    expect(s.knownYear.count).toBe(13);
    expect(s.noYear.count).toBe(23);
    expect(s.yearUnknown.ids.sort()).toEqual(unknown.map((r) => r.id).sort());
    const knownHa = unknown.filter((r) => r.area_ha !== '' && r.totals_exclusion_reason === '');
    const ha = knownHa.reduce((sum, r) => sum + Number(r.area_ha), 0);
    expect(s.yearUnknown.area.value).toBeCloseTo(ha, 6);
    expect(s.yearUnknown.unknownAreaIds.sort()).toEqual(
      unknown
        .filter((r) => r.area_ha === '')
        .map((r) => r.id)
        .sort(),
    );
    // By 2005: the curated rows of a year ≤ 2005 (none of them planned).
    const by2005 = withYear.filter((r) => Number(r.established_year) <= 2005 && r.status !== 'planned');
    expect(parksAt(growthParks(features), 2005).shown.sort()).toEqual(by2005.map((r) => r.id).sort());
  });
});
