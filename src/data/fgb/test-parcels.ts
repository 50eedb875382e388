// Deterministic synthetic land parcels for the indexed-read tests and `npm run bench`: 17-vertex
// polygons (17 distinct corners, ring closed: 18 positions) of 15–60 m radius, centres spread
// uniformly over the province's box (lon 106.3–106.95, lat 10.85–11.5), drawn from a seeded PRNG
// so every run and machine writes the same file.
import type { Feature, Polygon } from 'geojson';
import { seededRandom } from '../../analysis/seeded-random';

export const PARCEL_BOX = { minX: 106.3, minY: 10.85, maxX: 106.95, maxY: 11.5 } as const;
const USES = ['đất ở', 'đất nông nghiệp', 'đất công nghiệp', 'đất thương mại', 'đất công cộng'];
const CORNERS = 17;
const DEG_PER_M = 1 / 111_320;

/** `count` parcels, the same ones for the same seed, as a lazy sequence. */
export function* parcels(count: number, seed = 10): Generator<Feature<Polygon>> {
  const rand = seededRandom(seed);
  const cosLat = Math.cos((11.175 * Math.PI) / 180);
  for (let i = 0; i < count; i++) {
    const cx = PARCEL_BOX.minX + rand() * (PARCEL_BOX.maxX - PARCEL_BOX.minX);
    const cy = PARCEL_BOX.minY + rand() * (PARCEL_BOX.maxY - PARCEL_BOX.minY);
    const radius = (15 + rand() * 45) * DEG_PER_M;
    const ring: number[][] = [];
    for (let k = 0; k < CORNERS; k++) {
      const a = (2 * Math.PI * k) / CORNERS;
      const r = radius * (0.75 + 0.25 * rand());
      ring.push([cx + (r * Math.cos(a)) / cosLat, cy + r * Math.sin(a)]);
    }
    ring.push([ring[0]![0]!, ring[0]![1]!]);
    yield {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: {
        id: `parcel_${i}`,
        use: USES[i % USES.length]!,
        area_m2: Math.round(Math.PI * (radius / DEG_PER_M) ** 2),
      },
    };
  }
}
