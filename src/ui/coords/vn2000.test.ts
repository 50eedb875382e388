import { describe, expect, it } from 'vitest';
import { formatVn2000 } from '../../i18n/coords';
import { formatVn2000Point } from './vn2000';

// The WGS 84 points and their VN-2000 / TM-3 105°45′ coordinates are the ones
// ../shared/data/real-gis/README.md gives (pyproj 3.7, EPSG:9210 with EPSG:6960), written there as
// the files store them: (easting, northing). Vietnamese offices write X = northing, Y = easting.
const README_POINTS = [
  {
    name: 'case 1, Dinh Độc Lập relic',
    lon: 106.696082,
    lat: 10.777808,
    east: 603269.965,
    north: 1192041.07,
  },
  { name: 'case 2, Cầu Calmette', lon: 106.701493, lat: 10.765075, east: 603866.192, north: 1190634.471 },
  {
    name: 'case 3, first religious site',
    lon: 106.573347,
    lat: 10.689832,
    east: 589872.554,
    north: 1182271.127,
  },
  {
    name: 'case 4, first District 1 building',
    lon: 106.703759,
    lat: 10.788164,
    east: 604106.046,
    north: 1193189.26,
  },
];

/** The two numbers of "X = … m · Y = … m" in either language. */
function parsePair(text: string): { x: number; y: number } {
  const m = /^X = (\d+[.,]\d{2}) m · Y = (\d+[.,]\d{2}) m$/.exec(text);
  if (!m) throw new Error(`not a VN-2000 pair: ${text}`);
  return { x: Number(m[1]!.replace(',', '.')), y: Number(m[2]!.replace(',', '.')) };
}

describe('formatVn2000', () => {
  it('writes X (northing) first and Y (easting) second, in centimetres, with the language decimal mark', () => {
    expect(formatVn2000(1193189.26, 604106.046, 'vi')).toBe('X = 1193189,26 m · Y = 604106,05 m');
    expect(formatVn2000(1193189.26, 604106.046, 'en')).toBe('X = 1193189.26 m · Y = 604106.05 m');
    // No digit grouping: "1.193.189" would read as a decimal in English and paste as text.
    expect(formatVn2000(1000000, 500000, 'vi')).toBe('X = 1000000,00 m · Y = 500000,00 m');
  });
  it('refuses what is not a plane coordinate', () => {
    expect(() => formatVn2000(Number.NaN, 600000, 'vi')).toThrow(RangeError);
    expect(() => formatVn2000(1190000, Number.POSITIVE_INFINITY, 'en')).toThrow(RangeError);
  });
});

describe('formatVn2000Point (WGS 84 → VN-2000 / TM-3 105°45′ text)', () => {
  for (const p of README_POINTS) {
    it(`gives the README's coordinates for ${p.name}`, () => {
      for (const lang of ['vi', 'en'] as const) {
        const { x, y } = parsePair(formatVn2000Point(p.lon, p.lat, lang));
        // The README's degrees have 6 decimals (≈ 0.11 m): the plane figures agree to within that.
        expect(Math.abs(x - p.north)).toBeLessThan(0.1);
        expect(Math.abs(y - p.east)).toBeLessThan(0.1);
      }
    });
  }
  it('is not the result without the datum shift (≈ 225 m off)', () => {
    // README case 1: the point without the shift would be 106.694295, 10.778826; formatting that
    // one must land ≈ 225 m from the true native coordinates, so the test above can tell them apart.
    const { x, y } = parsePair(formatVn2000Point(106.694295, 10.778826, 'en'));
    expect(Math.hypot(x - 1192041.07, y - 603269.965)).toBeGreaterThan(150);
  });
});
