import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CRS_CHOICES,
  looksProjected,
  prjToProj4,
  reprojectGeometry,
  standardCrsName,
  toVn2000Tm3,
  vn2000Tm3,
} from './crs';

// Expected values from ../shared/data/real-gis/README.md (pyproj, EPSG:9210 + EPSG:6960).
describe('toVn2000Tm3', () => {
  it('inverts the README point of case 1 (Independence Palace relic) to within 0.5 m', () => {
    const { x, y } = toVn2000Tm3(106.696082, 10.777808);
    expect(Math.abs(x - 603269.965)).toBeLessThan(0.5);
    expect(Math.abs(y - 1192041.07)).toBeLessThan(0.5);
  });
  it('inverts the README point of case 4 (first District 1 building) to within 0.5 m', () => {
    const { x, y } = toVn2000Tm3(106.703759, 10.788164);
    expect(Math.abs(x - 604106.046)).toBeLessThan(0.5);
    expect(Math.abs(y - 1193189.26)).toBeLessThan(0.5);
  });
});

describe('prjToProj4', () => {
  const esri =
    'PROJCS["VN2000_HCM",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.75],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
  it('adds the VN-2000 datum shift to an ESRI TM-3 .prj', () => {
    const { proj } = prjToProj4(esri);
    expect(proj).toContain('+towgs84=-191.90441429');
    expect(proj).toContain('+lon_0=105.75');
  });
  it('reads another central meridian (TM-3 107°45′)', () => {
    expect(prjToProj4(esri.replace('105.75', '107.75')).proj).toContain('+lon_0=107.75');
  });
  it('reprojects with the shift to within 5 m of the README; without it ~225 m off', () => {
    const { proj } = prjToProj4(esri);
    const p = reprojectGeometry({ type: 'Point', coordinates: [603269.965, 1192041.07] }, proj as string);
    const [lon, lat] = p.coordinates as [number, number];
    const m = (dLon: number, dLat: number) =>
      Math.hypot(dLon * 111320 * Math.cos((lat * Math.PI) / 180), dLat * 110600);
    expect(m(lon - 106.696082, lat - 10.777808)).toBeLessThan(5);
    const noShift = reprojectGeometry(
      { type: 'Point', coordinates: [603269.965, 1192041.07] },
      (proj as string).replace(/\+towgs84=\S+/, '+datum=WGS84').replace('+ellps=WGS84 ', ''),
    ).coordinates as [number, number];
    const off = m(noShift[0] - 106.696082, noShift[1] - 10.777808);
    expect(off).toBeGreaterThan(200);
    expect(off).toBeLessThan(260);
  });
  it('reads VN-2000 / UTM 49N and WGS 84 / UTM 48N (false easting 500 km lies on the central meridian)', () => {
    const utm49 = esri
      .replace('105.75', '111.0')
      .replace('0.9999', '0.9996')
      .replace('VN2000_HCM', 'VN_2000_UTM_Zone_49N');
    const vn = prjToProj4(utm49).proj as string;
    const p = reprojectGeometry({ type: 'Point', coordinates: [500000, 1700000] }, vn)
      .coordinates as number[];
    // The datum shift moves it by a few arc-seconds at most.
    expect(Math.abs((p[0] as number) - 111)).toBeLessThan(0.005);
    const wgs = prjToProj4(utm49.replace('D_Vietnam_2000', 'D_WGS_1984').replace('111.0', '105.0'))
      .proj as string;
    expect(wgs).toContain('+datum=WGS84');
    const q = reprojectGeometry({ type: 'Point', coordinates: [500000, 1700000] }, wgs)
      .coordinates as number[];
    expect(q[0]).toBeCloseTo(105, 9);
  });
  it('detects projected extents', () => {
    expect(looksProjected([577442, 1151012, 633538, 1232314])).toBe(true);
    expect(looksProjected([106.4, 10.4, 106.9, 11.1])).toBe(false);
  });
});

describe('standardCrsName', () => {
  const prj = (...p: string[]) =>
    readFileSync(join(import.meta.dirname, '../../../shared/data/real-gis', ...p), 'utf8');
  it('names the real files’ systems as the offices do, from what prjToProj4 reads', () => {
    const name = (text: string) => standardCrsName(prjToProj4(text).proj);
    expect(name(prj('hcm-q1-buildings-vn2000', 'Nha_Quan1_VN2000.prj'))).toBe('VN-2000 / TM-3 105°45′');
    expect(name(prj('hcmgis-ditich-vn2000-points', 'DiTich.prj'))).toBe('VN-2000 / TM-3 105°45′');
    expect(name(prj('hcm-q1-buildings-vn2000', 'reference-author-utm48n', 'Nha_Quan1_32648.prj'))).toBe(
      'WGS 84 / UTM 48N',
    );
  });
  it('the definitions the import offers, other TM-3 meridians, and nothing for others', () => {
    expect(standardCrsName(CRS_CHOICES['vn2000-utm48'].proj)).toBe('VN-2000 / UTM 48N');
    expect(standardCrsName(CRS_CHOICES['wgs84-utm48'].proj)).toBe('WGS 84 / UTM 48N');
    expect(standardCrsName(vn2000Tm3(104.5))).toBe('VN-2000 / TM-3 104°30′');
    expect(standardCrsName(vn2000Tm3(107))).toBe('VN-2000 / TM-3 107°');
    expect(standardCrsName(null)).toBe('WGS 84');
    expect(
      standardCrsName(
        '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m',
      ),
    ).toBeUndefined();
    expect(standardCrsName('+proj=merc +datum=WGS84')).toBeUndefined();
  });
});
