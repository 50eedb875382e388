// Schematic park footprint: a circle around the estimated centroid whose geodesic area equals the
// stated area. Turf's circle is a 64-gon inscribed in the geodesic circle, so the radius is
// iterated until the polygon's area matches (typically within 0.001 % after 2–3 rounds).

import turfArea from '@turf/area';
import circle from '@turf/circle';
import type { Feature, Polygon } from 'geojson';

export const FOOTPRINT_STEPS = 64;

export function circleWithArea(lon: number, lat: number, areaHa: number): Feature<Polygon> {
  if (!(areaHa > 0)) throw new Error(`circleWithArea: area must be positive, got ${areaHa}`);
  const target = areaHa * 10_000;
  let radiusKm = Math.sqrt(target / Math.PI) / 1000;
  let poly = circle([lon, lat], radiusKm, { steps: FOOTPRINT_STEPS, units: 'kilometers' });
  for (let i = 0; i < 8; i++) {
    const actual = turfArea(poly);
    if (Math.abs(actual - target) / target < 1e-6) break;
    radiusKm *= Math.sqrt(target / actual);
    poly = circle([lon, lat], radiusKm, { steps: FOOTPRINT_STEPS, units: 'kilometers' });
  }
  return poly;
}
