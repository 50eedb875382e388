// Loose Shapefile parts chosen together become one import (the HCMGIS relics' own files, with
// their upper-case .CPG), read by the real engine; other files pass through as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../import/registry';
import { withShapefilesJoined } from './shapefile-parts';

const DIR = join(import.meta.dirname, '../../../../shared/data/real-gis/hcmgis-ditich-vn2000-points');
const file = (name: string, bytes: Uint8Array | string) => new File([bytes as BlobPart], name);

describe('withShapefilesJoined', () => {
  it("joins DiTich's .shp, .dbf, .shx, .prj and .CPG into one import that reads as the README says", async () => {
    const parts = readdirSync(DIR)
      .filter((n) => !n.startsWith('.'))
      .map((n) => file(n, new Uint8Array(readFileSync(join(DIR, n)))));
    const other = file('notes.geojson', '{"type":"FeatureCollection","features":[]}');
    const items = await withShapefilesJoined([other, ...parts]);
    // All of the folder (ArcGIS's .sbn, .sbx, .shp.xml too) is one import.
    expect(parts.map((p) => p.name)).toEqual(
      expect.arrayContaining(['DiTich.CPG', 'DiTich.sbn', 'DiTich.shp.xml']),
    );
    expect(items.map((i) => i.name)).toEqual(['notes.geojson', 'DiTich.shp']);
    const joined = items[1]!;
    const r = await importFile({ name: joined.name, bytes: new Uint8Array(await joined.blob.arrayBuffer()) });
    expect(r.features).toHaveLength(167);
    // README: the first relic at lon 106.696082, lat 10.777808 (EPSG:6960 datum shift).
    const [lon, lat] = (r.features[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(106.696082, 5);
    expect(lat).toBeCloseTo(10.777808, 5);
    expect(r.features[0]!.properties.Quan).toBe('Quận 1');
  });

  it('leaves parts without their .shp, and other files, as they are', async () => {
    const items = await withShapefilesJoined([file('a.dbf', 'x'), file('b.csv', 'x,y')]);
    expect(items.map((i) => i.name)).toEqual(['a.dbf', 'b.csv']);
  });
});
