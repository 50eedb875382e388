// The real files of ../shared/data/real-gis (read in place, never copied into the repository),
// imported through the registry entry point. Expected values come from that folder's README,
// computed with pyproj/pyshp, independently of proj4 and shpjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importFile } from './registry';

const DIR = join(import.meta.dirname, '../../../shared/data/real-gis');
const file = (...p: string[]) => new Uint8Array(readFileSync(join(DIR, ...p)));

/** The folder as a zip, built here with the same library the importer unzips with. */
function zipFolder(folder: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(join(DIR, folder), { withFileTypes: true })) {
    if (name.isFile()) entries[name.name] = file(folder, name.name);
  }
  return zipSync(entries);
}

/** Metres between two lon/lat points (equirectangular; fine at these distances). */
function metres(a: Position, lon: number, lat: number): number {
  const k = Math.cos((lat * Math.PI) / 180);
  return Math.hypot(((a[0] as number) - lon) * 111320 * k, ((a[1] as number) - lat) * 110574);
}

function firstPosition(g: Geometry | null): Position {
  if (g === null) throw new Error('no geometry');
  if (g.type === 'GeometryCollection') return firstPosition(g.geometries[0] ?? null);
  let c: unknown = 'coordinates' in g ? g.coordinates : null;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return c as Position;
}

describe('VN-2000 shapefiles written by ArcGIS', () => {
  it('DiTich: 167 points, upper-case .CPG, first relic at 106.696082, 10.777808', async () => {
    const r = await importFile({ name: 'DiTich.zip', bytes: zipFolder('hcmgis-ditich-vn2000-points') });
    expect(r.features).toHaveLength(167);
    expect(r.crs.source).toBe('prj');
    expect(r.crsQuestion).toBeUndefined();
    const p = r.features[0]!.properties;
    expect(String(p.Ten_DT)).toMatch(/^Di tích lịch sử Dinh Độc Lập - Nơi ghi dấu/);
    expect(p.Quan).toBe('Quận 1');
    expect(p.Phuong).toBe('Phường Bến Thành');
    const at = firstPosition(r.features[0]!.geometry);
    expect(metres(at, 106.696082, 10.777808)).toBeLessThan(5);
    // Without the datum shift the README's point is 106.694295, 10.778826: ~225 m from ours.
    expect(metres(at, 106.694295, 10.778826)).toBeGreaterThan(200);
    expect(r.warnings.filter((w) => w.key === 'import.warn.legacyEncoding')).toEqual([]);
    expect('source_file' in p).toBe(false); // one .shp: no column naming it
  });

  it('Cau: 1129 lines, first "Cầu Calmette" with 6 vertices from 106.701493, 10.765075', async () => {
    const r = await importFile({ name: 'Cau.zip', bytes: zipFolder('hcmgis-cau-vn2000-lines') });
    expect(r.features).toHaveLength(1129);
    const f = r.features[0]!;
    expect(f.properties.TenDuong).toBe('Cầu Calmette');
    expect(f.geometry?.type).toBe('LineString');
    expect((f.geometry as { coordinates: Position[] }).coordinates).toHaveLength(6);
    expect(metres(firstPosition(f.geometry), 106.701493, 10.765075)).toBeLessThan(5);
    expect(r.features[1]!.properties.TenDuong).toBe('Cầu Trần Quang Diệu');
    expect(r.features[1]!.properties.TinhTrang).toBe('Khá');
  });

  it('Tongiao: 2698 points, NFD names normalised to NFC, first at 106.573347, 10.689832', async () => {
    const r = await importFile({ name: 'Tongiao.zip', bytes: zipFolder('hcmgis-tongiao-vn2000-points') });
    expect(r.features).toHaveLength(2698);
    const f = r.features[0]!;
    expect(f.properties.ten).toBe('');
    expect(f.properties.ma_hc).toBe('785');
    expect(f.properties.doi_tuong).toBe('Lăng tẩm');
    expect(metres(firstPosition(f.geometry), 106.573347, 10.689832)).toBeLessThan(5);
    const names = r.features.map((x) => String(x.properties.ten));
    expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
    expect(names).toContain('Miếu Ngũ Hành'.normalize('NFC'));
  });

  it('District 1 buildings: 3556 polygons, "?" kept as is, same WGS84 as the author’s UTM 48N copy', async () => {
    const r = await importFile({ name: 'Nha_Quan1.zip', bytes: zipFolder('hcm-q1-buildings-vn2000') });
    expect(r.features).toHaveLength(3556);
    const f = r.features[0]!;
    expect(f.properties.LOAI).toBe(503);
    expect(f.properties.SOTANG).toBe(5);
    expect(metres(firstPosition(f.geometry), 106.703759, 10.788164)).toBeLessThan(5);
    expect(r.features.filter((x) => x.properties.LOAIDOITUO === 'Nhà d?c l?p')).toHaveLength(2323);
    // shpjs gives each record a bbox in the file's metres: none is kept beside the degrees (a
    // newcomer found [604089.94, 1193189.26, …] on every geometry, and an export would write it).
    expect(r.features.filter((x) => x.geometry && 'bbox' in x.geometry)).toHaveLength(0);
    const utm = await importFile({
      name: 'utm.zip',
      bytes: zipFolder('hcm-q1-buildings-vn2000/reference-author-utm48n'),
    });
    expect(utm.features).toHaveLength(3556);
    let worst = 0;
    for (let i = 0; i < 3556; i += 50) {
      const a = firstPosition(r.features[i]!.geometry);
      const b = firstPosition(utm.features[i]!.geometry);
      worst = Math.max(worst, metres(a, b[0] as number, b[1] as number));
    }
    expect(worst).toBeLessThan(0.05);
  });
});

describe('a zip of several shapefiles', () => {
  /** The files of several folders in one zip, each under its own name. */
  const zipFolders = (...folders: string[]) => {
    const entries: Record<string, Uint8Array> = {};
    for (const folder of folders)
      for (const e of readdirSync(join(DIR, folder), { withFileTypes: true }))
        if (e.isFile()) entries[e.name] = file(folder, e.name);
    return zipSync(entries);
  };

  it('DiTich and Cau (the same .prj) open as one layer of 167 + 1,129 features, each with its own columns, and a notice names both', async () => {
    const r = await importFile({
      name: 'hcmgis.zip',
      bytes: zipFolders('hcmgis-ditich-vn2000-points', 'hcmgis-cau-vn2000-lines'),
    });
    expect(r.features).toHaveLength(167 + 1129);
    const relic = r.features.find((f) => f.geometry?.type === 'Point')!;
    expect(String(relic.properties.Ten_DT)).toMatch(/^Di tích lịch sử Dinh Độc Lập/);
    expect(metres(firstPosition(relic.geometry), 106.696082, 10.777808)).toBeLessThan(5);
    const bridge = r.features.find((f) => f.properties.TenDuong === 'Cầu Calmette')!;
    expect(metres(firstPosition(bridge.geometry), 106.701493, 10.765075)).toBeLessThan(5);
    const joined = r.warnings.find((w) => w.key === 'import.warn.shpJoined');
    expect(joined?.params).toMatchObject({ file: 'hcmgis.zip', count: 2 });
    expect(String(joined?.params?.names).split(', ').sort()).toEqual(['Cau.shp', 'DiTich.shp']);
  });

  it('the VN-2000 buildings and the author’s UTM 48N copy (two .prj) open as one layer, each .shp reprojected by its own .prj', async () => {
    const bytes = zipFolders('hcm-q1-buildings-vn2000', 'hcm-q1-buildings-vn2000/reference-author-utm48n');
    const order = Object.keys(unzipSync(bytes)).filter((n) => n.endsWith('.shp'));
    const r = await importFile({ name: 'q1.zip', bytes });
    expect(r.features).toHaveLength(2 * 3556);
    expect(r.crsQuestion).toBeUndefined();
    // Both first features at the README's point (the UTM copy read with the VN-2000 .prj, or the
    // reverse, would land hundreds of kilometres away), and every 50th building the same in both.
    expect(metres(firstPosition(r.features[0]!.geometry), 106.703759, 10.788164)).toBeLessThan(5);
    expect(metres(firstPosition(r.features[3556]!.geometry), 106.703759, 10.788164)).toBeLessThan(5);
    let worst = 0;
    for (let i = 0; i < 3556; i += 50) {
      const a = firstPosition(r.features[i]!.geometry);
      const b = firstPosition(r.features[3556 + i]!.geometry);
      worst = Math.max(worst, metres(a, b[0] as number, b[1] as number));
    }
    expect(worst).toBeLessThan(0.05);
    // Each copy says which file it came from.
    expect([r.features[0]!.properties.source_file, r.features[3556]!.properties.source_file]).toEqual(order);
    // Named as the offices name them, the .prj's own name after.
    const labels: Record<string, string> = {
      'Nha_Quan1_VN2000.shp': 'VN-2000 / TM-3 105°45′ (VN_2000_105do45)',
      'Nha_Quan1_32648.shp': 'WGS 84 / UTM 48N (WGS_1984_UTM_Zone_48N)',
    };
    expect(r.warnings.find((w) => w.key === 'import.warn.shpEachCrs')?.params).toEqual({
      file: 'q1.zip',
      list: order.map((n) => `${n}: ${labels[n]}`).join('; '),
    });
    expect(r.warnings.find((w) => w.key === 'import.warn.shpJoined')?.params).toMatchObject({ count: 2 });
    expect(r.crs).toEqual({ source: 'prj', label: order.map((n) => labels[n]).join(' + ') });
    expect(r.warnings.some((w) => w.key.startsWith('import.warn.shpLeft'))).toBe(false);
    // Only the UTM copy lacks a .cpg: the notice names it, not the zip.
    expect(r.warnings.filter((w) => w.key === 'import.warn.noCpg').map((w) => w.params)).toEqual([
      { file: 'q1.zip/Nha_Quan1_32648.shp', encoding: 'UTF-8' },
    ]);
  });

  it('DiTich and the District 1 buildings: two .prj wording one system (TM-3 105°45′) read as one, no notice of two systems', async () => {
    const r = await importFile({
      name: 'two-authors.zip',
      bytes: zipFolders('hcmgis-ditich-vn2000-points', 'hcm-q1-buildings-vn2000'),
    });
    expect(r.features).toHaveLength(167 + 3556);
    expect(metres(firstPosition(r.features[0]!.geometry), 106.696082, 10.777808)).toBeLessThan(5);
    expect(metres(firstPosition(r.features[167]!.geometry), 106.703759, 10.788164)).toBeLessThan(5);
    expect(r.warnings.map((w) => w.key)).not.toContain('import.warn.shpEachCrs');
    expect(r.warnings.find((w) => w.key === 'import.warn.shpJoined')?.params).toMatchObject({ count: 2 });
  });

  it('a .shp without a .prj beside one with a .prj is left out and named, whatever the order in the zip', async () => {
    const both = unzipSync(
      zipFolders('hcmgis-ditich-vn2000-points', 'hcm-q1-buildings-vn2000/reference-author-utm48n'),
    );
    delete both['Nha_Quan1_32648.prj'];
    const reverse: Record<string, Uint8Array> = {};
    for (const [n, b] of Object.entries(both)) if (n.startsWith('Nha_')) reverse[n] = b;
    for (const [n, b] of Object.entries(both)) if (!n.startsWith('Nha_')) reverse[n] = b;
    // The file without a .prj first or last: the relics (with theirs) are read, no question asked.
    for (const entries of [both, reverse]) {
      const r = await importFile({ name: 'mixed.zip', bytes: zipSync(entries) });
      expect(r.features).toHaveLength(167);
      expect(r.crsQuestion).toBeUndefined();
      expect(metres(firstPosition(r.features[0]!.geometry), 106.696082, 10.777808)).toBeLessThan(5);
      expect(r.warnings.find((w) => w.key === 'import.warn.shpLeftNoPrj')?.params).toEqual({
        file: 'mixed.zip',
        names: 'Nha_Quan1_32648.shp',
        kept: 'DiTich.shp',
        count: 1,
      });
    }
  });
});

describe('KMZ from CAD and KML from Google Earth', () => {
  // The README counts <LineString> elements (798 in Da Nang, 2525 in TPHCM). Some hold a single
  // position (CAD's zero-length strokes), which is not a line: togeojson leaves them out. The
  // expected line count is therefore counted here from the KML text itself.
  const kmlText = (kmz: string) =>
    new TextDecoder().decode(Object.values(unzipSync(file('dsct-hsr-kmz-kml', kmz)))[0]);
  const drawableLines = (text: string) => {
    const all = [...text.matchAll(/<LineString>[\s\S]*?<coordinates>([\s\S]*?)<\/coordinates>/g)];
    const single = all.filter((m) => (m[1] as string).trim().split(/\s+/).length < 2).length;
    return { all: all.length, drawable: all.length - single };
  };
  const countParts = (features: { geometry: Geometry | null }[]) => {
    const n: Record<string, number> = { LineString: 0, Point: 0, Polygon: 0 };
    const visit = (g: Geometry | null): void => {
      if (g === null) return;
      if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
      else if (g.type in n) n[g.type]!++;
    };
    for (const f of features) visit(f.geometry);
    return n;
  };
  const label = (
    features: { properties: Record<string, unknown>; geometry: Geometry | null }[],
    name: string,
  ) => features.filter((f) => f.properties.name === name).map((f) => firstPosition(f.geometry));

  it('Da Nang.kmz: 377 placemarks, 798 <LineString>s less the single-position ones, 63 points, none at 0°,0°, "GA ĐÀ NẴNG" placed', async () => {
    const r = await importFile({ name: 'Da Nang.kmz', bytes: file('dsct-hsr-kmz-kml', 'Da Nang.kmz') });
    expect(r.features).toHaveLength(377);
    const lines = drawableLines(kmlText('Da Nang.kmz'));
    expect(lines.all).toBe(798);
    expect(countParts(r.features)).toEqual({ LineString: lines.drawable, Point: 63, Polygon: 0 });
    expect(r.warnings).toContainEqual({
      key: 'import.warn.droppedParts',
      params: { file: 'Da Nang.kmz', count: lines.all - lines.drawable },
    });
    const ga = label(r.features, 'GA ĐÀ NẴNG');
    expect(ga).toHaveLength(1);
    expect(metres(ga[0]!, 108.1156551, 16.0391591)).toBeLessThan(1);
    for (const f of r.features) expect(Math.abs(firstPosition(f.geometry)[0] as number)).toBeGreaterThan(100);
  });

  it('danang.kml (re-saved by Google Earth) gives the same placemarks as the KMZ', async () => {
    const kmz = await importFile({ name: 'Da Nang.kmz', bytes: file('dsct-hsr-kmz-kml', 'Da Nang.kmz') });
    const kml = await importFile({ name: 'danang.kml', bytes: file('dsct-hsr-kmz-kml', 'danang.kml') });
    expect(kml.features).toHaveLength(377);
    expect(countParts(kml.features)).toEqual(countParts(kmz.features));
    const a = kmz.features.map((f) => firstPosition(f.geometry));
    const b = kml.features.map((f) => firstPosition(f.geometry));
    const worst = Math.max(...a.map((p, i) => metres(p, b[i]![0] as number, b[i]![1] as number)));
    expect(worst).toBeLessThan(0.01);
  });

  it('TPHCM.kmz: 232 placemarks with 156 polygons, two "GA THỦ THIÊM" labels', async () => {
    const r = await importFile({ name: 'TPHCM.kmz', bytes: file('dsct-hsr-kmz-kml', 'TPHCM.kmz') });
    expect(r.features).toHaveLength(232);
    const parts = countParts(r.features);
    const lines = drawableLines(kmlText('TPHCM.kmz'));
    expect(lines.all).toBe(2525);
    expect(parts).toEqual({ LineString: lines.drawable, Point: 63, Polygon: 156 });
    const ga = label(r.features, 'GA THỦ THIÊM');
    expect(ga).toHaveLength(2);
    expect(Math.min(...ga.map((p) => metres(p, 106.7468042, 10.7875857)))).toBeLessThan(1);
    expect(Math.min(...ga.map((p) => metres(p, 106.7490274, 10.7872782)))).toBeLessThan(1);
    expect(label(r.features, 'KE GA CƠ BẢN: 220X8').length).toBeGreaterThan(0);
  });
});
