// Park checks: the estimated location lies inside the polygon of its stated district, and a
// schematic footprint has the stated area (within 0.5 %).

import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Issue, issue } from './types.ts';

export const FOOTPRINT_AREA_TOLERANCE_PCT = 0.5;

export interface ParkLocation {
  id: string;
  district_code: string;
  lon: number;
  lat: number;
}

export interface DistrictPolygon {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface ParkDistrictCheck {
  id: string;
  district_code: string;
  found_in: string[];
  pass: boolean;
}

export function checkParksInDistricts(
  parks: ParkLocation[],
  districts: DistrictPolygon[],
): { checks: ParkDistrictCheck[]; issues: Issue[] } {
  const checks: ParkDistrictCheck[] = [];
  const issues: Issue[] = [];
  for (const p of parks) {
    const found = districts
      .filter((d) => booleanPointInPolygon([p.lon, p.lat], d.geometry))
      .map((d) => d.code);
    const stated = districts.find((d) => d.code === p.district_code);
    const pass = stated !== undefined && found.includes(p.district_code);
    checks.push({ id: p.id, district_code: p.district_code, found_in: found, pass });
    if (!stated) {
      issues.push(
        issue(
          'parks.district',
          'parks',
          p.id,
          `stated district ${p.district_code || '(empty)'} does not exist`,
        ),
      );
    } else if (!pass) {
      const where = found.length
        ? `falls in ${found.map((c) => districts.find((d) => d.code === c)!.name).join(', ')}`
        : 'falls outside every district';
      issues.push(
        issue(
          'parks.district',
          'parks',
          p.id,
          `location ${p.lat},${p.lon} ${where}, not in its stated district ${p.district_code} ${stated.name}`,
        ),
      );
    }
  }
  return { checks, issues };
}

/** A schematic footprint must have the stated area: geodesic polygon area within 0.5 % of area_ha. */
export function checkFootprintArea(
  id: string,
  footprint: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon,
  areaHa: number,
  tolerancePct = FOOTPRINT_AREA_TOLERANCE_PCT,
): Issue[] {
  const ha = turfArea(footprint) / 10_000;
  const diff = ((ha - areaHa) / areaHa) * 100;
  if (Number.isFinite(diff) && Math.abs(diff) <= tolerancePct) return [];
  return [
    issue(
      'parks.footprint_area',
      'parks',
      id,
      `footprint measures ${ha.toFixed(2)} ha against the stated ${areaHa} ha (${diff.toFixed(2)} %, tolerance ±${tolerancePct} %)`,
    ),
  ];
}

export interface FootprintCircle {
  id: string;
  lon: number;
  lat: number;
  area_ha: number;
}

/**
 * Schematic footprints that overlap (warnings, not errors: estimates of neighbouring parks, or one
 * site under two plans, can overlap). Circles are compared by centre distance and equal-area radius.
 */
export function footprintOverlaps(circles: FootprintCircle[]): Issue[] {
  const radiusKm = (ha: number) => Math.sqrt((ha * 10_000) / Math.PI) / 1000;
  const issues: Issue[] = [];
  for (let i = 0; i < circles.length; i++) {
    for (let j = i + 1; j < circles.length; j++) {
      const a = circles[i]!;
      const b = circles[j]!;
      const gap =
        distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' }) -
        radiusKm(a.area_ha) -
        radiusKm(b.area_ha);
      if (gap < 0) {
        issues.push(
          issue(
            'parks.overlap',
            'parks',
            `${a.id}+${b.id}`,
            `schematic footprints overlap by ${(-gap).toFixed(2)} km (estimated centroids)`,
            'warning',
          ),
        );
      }
    }
  }
  return issues;
}
